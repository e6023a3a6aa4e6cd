//! `cargo xtask ci` and `cargo xtask demo`: the pipelines that start the
//! services, run against them and stop them again, even on failure.

use std::path::PathBuf;
use std::process::Command;

use crate::{Result, cache_dir, cmd, services, tidy, workspace_root};

const CARGO_DENY_VERSION: &str = "0.20.2";

/// Every check, in the order that fails fastest.
pub(crate) fn run() -> Result {
    let root = workspace_root();
    let total = std::time::Instant::now();
    preflight()?;
    timed("cargo fmt --check", || {
        cmd::run(
            cmd::cargo()
                .current_dir(&root)
                .args(["fmt", "--all", "--", "--check"]),
        )
    })?;
    timed("tidy", || tidy::check(&root))?;
    timed("clippy", || {
        cmd::run(cmd::cargo().current_dir(&root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    with_services(|env| {
        timed("tests", || cmd::run(test_command(&root).envs(env)))?;
        timed("doc tests", || {
            cmd::run(
                cmd::cargo()
                    .current_dir(&root)
                    .args(["test", "--workspace", "--all-features", "--doc"])
                    .envs(env),
            )
        })
    })?;
    timed("cargo doc", || {
        cmd::run(
            cmd::cargo()
                .current_dir(&root)
                .args(["doc", "--workspace", "--no-deps", "--all-features"])
                .env("RUSTDOCFLAGS", "-D warnings"),
        )
    })?;
    timed("cargo deny", || {
        // Advisories are left out: their database is fetched from the
        // internet, which this project's machines cannot reach.
        cmd::run(
            cmd::cargo()
                .current_dir(&root)
                .args([
                    "deny",
                    "--all-features",
                    "check",
                    "bans",
                    "licenses",
                    "sources",
                ])
                .env("PATH", path_with(cargo_deny_dir()?)),
        )
    })?;
    eprintln!("\nci passed in {:.0}s", total.elapsed().as_secs_f64());
    Ok(())
}

/// `cargo xtask demo`: services up, the `omnibase demo` round trip, services
/// down again unless `keep` or they were already running.
pub(crate) fn demo(keep: bool) -> Result {
    let root = workspace_root();
    let run = |env: &services::Settings| {
        timed("omnibase demo", || {
            cmd::run(
                cmd::cargo()
                    .current_dir(&root)
                    .args([
                        "run",
                        "--quiet",
                        "--package",
                        "omnibase-infra",
                        "--bin",
                        "omnibase",
                    ])
                    .args(["--", "demo"])
                    .envs(env),
            )
        })
    };
    if keep {
        services::up()?;
        let env = services::read_env().ok_or("services did not record their settings")?;
        run(&env)?;
        eprintln!("services left running; stop them with `cargo xtask services down`");
        Ok(())
    } else {
        with_services(run)
    }
}

/// Runs `body` with the services up and their settings; stops them afterwards
/// when this call started them, whatever `body` returned.
fn with_services(body: impl FnOnce(&services::Settings) -> Result) -> Result {
    if let Some(own) = services::from_environment() {
        eprintln!("using the servers named by the environment; starting none");
        return body(&own);
    }
    let started = services::up()?;
    let result = services::read_env()
        .ok_or_else(|| "services did not record their settings".to_owned())
        .and_then(|env| body(&env));
    if started {
        let stopped = services::down();
        if stopped.is_ok() {
            eprintln!("\nservices stopped");
        }
        result.and(stopped)
    } else {
        result
    }
}

fn test_command(root: &PathBuf) -> Command {
    let mut command = cmd::cargo();
    command.current_dir(root);
    if cmd::succeeds(cmd::cargo().args(["nextest", "--version"])) {
        command.args([
            "nextest",
            "run",
            "--workspace",
            "--all-features",
            "--no-fail-fast",
        ]);
    } else {
        command.args(["test", "--workspace", "--all-features", "--no-fail-fast"]);
    }
    command
}

fn timed(name: &str, body: impl FnOnce() -> Result) -> Result {
    let timer = cmd::step(name);
    let result = body();
    let verdict = if result.is_ok() { "ok" } else { "FAILED" };
    eprintln!(
        "<== {name}: {verdict} in {:.1}s",
        timer.elapsed().as_secs_f64()
    );
    result.map_err(|e| format!("{name}: {e}"))
}

/// The folder holding a `cargo-deny` binary, installing the pinned version
/// into the cache when none is on PATH.
fn cargo_deny_dir() -> Result<PathBuf> {
    let root = cache_dir().join(format!("cargo-deny-{CARGO_DENY_VERSION}"));
    let bin = root.join("bin");
    if bin.join("cargo-deny").is_file() {
        return Ok(bin);
    }
    if cmd::succeeds(cmd::cargo().args(["deny", "--version"])) {
        return Ok(bin);
    }
    eprintln!(
        "installing cargo-deny {CARGO_DENY_VERSION} into {} (once per machine)",
        root.display()
    );
    cmd::run(
        cmd::cargo()
            .args([
                "install",
                "cargo-deny",
                "--version",
                CARGO_DENY_VERSION,
                "--locked",
                "--root",
            ])
            .arg(&root)
            .env("CARGO_TARGET_DIR", cache_dir().join("cargo-deny-build")),
    )?;
    let _ = std::fs::remove_dir_all(cache_dir().join("cargo-deny-build"));
    Ok(bin)
}

/// PATH with `dir` in front.
fn path_with(dir: PathBuf) -> std::ffi::OsString {
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir).chain(std::env::split_paths(&rest))).unwrap_or(rest)
}

/// Tools the tests need that xtask does not install itself: stop at once
/// with what to do, not after a long build.
fn preflight() -> Result {
    let on_path = |tool: &str| {
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
            .chain([PathBuf::from("/usr/bin")])
            .any(|dir| dir.join(tool).is_file())
    };
    if !on_path("promtool") {
        return Err(
            "promtool is missing; the metrics tests check the exposition format with it. \
                    Install Debian's `prometheus` package (`sudo apt-get install prometheus`), \
                    or put a promtool binary on PATH"
                .into(),
        );
    }
    Ok(())
}
