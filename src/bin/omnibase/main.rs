//! The `omnibase` command-line tool: the demo round trip, and the front end
//! of the workspace's crates as they land.

mod check;
mod demo;
mod sql_guard;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// PostgreSQL and Kafka-protocol plumbing for Rust services.
#[derive(Debug, Parser)]
#[command(name = "omnibase", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Round trip through PostgreSQL and the broker, with timings.
    ///
    /// Reads OMNIBASE__POSTGRES__URL and OMNIBASE__KAFKA__BOOTSTRAP_SERVERS;
    /// `cargo xtask demo` starts local servers and sets both.
    Demo(demo::Args),
    /// Load and validate the configuration, then probe PostgreSQL and the
    /// broker it names (exit 1 on any problem).
    Check(check::Args),
    /// Check SQL statements for signs of injection (exit 1 if any is blocked).
    SqlGuard(sql_guard::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Demo(args) => runtime.block_on(demo::run(args)),
        Command::SqlGuard(args) => return sql_guard::run(args),
        Command::Check(args) => return runtime.block_on(check::run(args)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            let mut source = e.source();
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::FAILURE
        }
    }
}
