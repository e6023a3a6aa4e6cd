//! `omnibase check`: load the configuration, print it with secrets redacted
//! and every problem in it, then probe what it points at.

use std::path::PathBuf;
use std::process::ExitCode;

use omnibase_infra::config::{Loader, startup, to_redacted_toml};

/// Options of `omnibase check`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The TOML configuration file; OMNIBASE__SECTION__KEY environment
    /// variables override it. Without it, defaults and the environment.
    #[arg(long, short, env = "OMNIBASE_CONFIG")]
    config: Option<PathBuf>,
    /// Only load and validate; do not contact any server.
    #[arg(long)]
    offline: bool,
}

/// Exit 0 when the configuration is valid and every probe passes, 1 when
/// not, 2 when the file cannot be read.
pub(crate) async fn run(args: Args) -> ExitCode {
    let mut loader = Loader::new();
    if let Some(path) = &args.config {
        loader = loader.file(path);
    }
    let config = match loader.load() {
        Ok(config) => config,
        Err(e @ omnibase_infra::config::Error::Invalid(_)) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    println!("# resolved configuration (secrets redacted)");
    println!("{}", to_redacted_toml(&config));
    if args.offline {
        println!("configuration valid; servers not contacted (--offline)");
        return ExitCode::SUCCESS;
    }
    let report = startup::check(&config).await;
    print!("{report}");
    if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
