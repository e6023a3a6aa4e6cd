//! `cargo xtask`: the project's automation (matklad/cargo-xtask).
//!
//! Tasks: `services up|down|status|env`, `ci`, `demo`, `tidy`. Run
//! `cargo xtask help` for the list with what each does.

// xtask is a synchronous program: sleeping while a server starts is how it waits.
#![allow(clippy::disallowed_methods)]

mod ci;
mod cmd;
mod services;
mod tidy;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What a task failed with: a message for the person at the terminal.
pub(crate) type Result<T = ()> = std::result::Result<T, String>;

const HELP: &str = "\
cargo xtask <task>

tasks:
  ci                 run every check: fmt, tidy, clippy, tests against real
                     PostgreSQL and broker, doc tests, docs, cargo deny
  demo [--keep]      start the services and run the `omnibase demo` round trip;
                     --keep leaves the services running afterwards
  services up        start PostgreSQL and a Kafka-protocol broker on free
                     loopback ports (installs the broker on first use)
  services down      stop them and remove their data
  services status    say what runs and where
  services env       print the connection settings as shell exports
  tidy               check every .rs file: a //! header, no leftovers
  help               this text

environment:
  OMNIBASE_SERVICES=native|docker   how to run the services (default: docker
                                    when a Docker engine answers, else native)
  OMNIBASE_CACHE_DIR                where installed tools are kept
                                    (default: ~/.cache/omnibase)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["ci"] => ci::run(),
        ["demo", rest @ ..] => ci::demo(rest.contains(&"--keep")),
        ["services", "up"] => services::up().map(|_| ()),
        ["services", "down"] => services::down().map(|()| eprintln!("services down")),
        ["services", "status"] => services::status(),
        ["services", "env"] => services::print_env(),
        ["tidy"] => tidy::check(&workspace_root()),
        [] | ["help" | "--help" | "-h"] => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown task `{}`\n\n{HELP}", other.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask's own manifest sits one level below it.
///
/// Read from the environment `cargo run` sets, not from the path baked in at
/// compile time: with a target folder shared between clones (as CI keeps
/// one), a binary built in another clone may be reused, and its baked-in
/// path would point every task at that other clone.
pub(crate) fn workspace_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .map_or_else(|| Path::new(".").to_path_buf(), Path::to_path_buf)
}

/// Where tools that xtask installs are kept, outside any clone so that they
/// survive fresh checkouts.
pub(crate) fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("OMNIBASE_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/tmp".into())).join(".cache")
        });
    base.join("omnibase")
}
