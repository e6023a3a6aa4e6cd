//! One typed configuration for the whole omnibase stack: loaded from a TOML
//! file and `OMNIBASE__SECTION__KEY` environment variables (which win),
//! validated as a whole, with every problem reported at once — each naming
//! its key and where the value came from — and a startup check that probes
//! what the configuration points at.
//!
//! ```no_run
//! use omnibase_config::{Loader, startup};
//!
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let config = Loader::new().file("omnibase.toml").load()?;
//! let report = startup::check(&config).await;
//! print!("{report}");
//! if !report.ok() {
//!     std::process::exit(1);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! A file with two mistakes and an environment override that is out of
//! range fails with all three at once:
//!
//! ```text
//! 3 problem(s) in the configuration:
//!   postgres.max_sise (from omnibase.toml): unknown key `max_sise` (did you mean `max_size`?)
//!   circuit_breaker.failure_rate_threshold (from env OMNIBASE__CIRCUIT_BREAKER__FAILURE_RATE_THRESHOLD): 150 is outside (0, 100]
//!   postgres.min_idle (from omnibase.toml): min_idle (40) must not exceed max_size (16)
//! ```
//!
//! Each section is the config type of the crate it configures
//! ([`PgPoolConfig`], [`BreakerConfig`], …), so a crate used alone reads
//! the same keys. Secrets never print: [`to_redacted_toml`] and the
//! sections' `Debug` output replace them with `***`.

mod error;
mod infra;
mod load;
mod problem;
pub mod startup;

pub use error::{Error, Result};
pub use infra::{
    BreakerConfig, InfraConfig, KafkaConfig, MetricsConfig, PgPoolConfig, ServiceConfig,
    SqlGuardConfig,
};
pub use load::{ENV_PREFIX, Loader, to_redacted_toml};
pub use problem::{Origin, Problem};
