//! omnibase-infra: PostgreSQL and a Kafka-protocol event bus for Rust
//! services, safely, fast and observably.
//!
//! This facade re-exports the workspace's focused crates under short names,
//! so that a service can depend on one crate and reach them all. Each crate
//! also stands alone; depend on `omnibase-circuit-breaker` by itself, say,
//! when that is all you need.
//!
//! | module | crate | job |
//! |---|---|---|
//! | [`sql_guard`] | `omnibase-sql-guard` | SQL injection checks, fingerprints, allowlists |
//! | [`pg_pool`] | `omnibase-pg-pool` | the PostgreSQL pool |
//! | [`kafka_pool`] | `omnibase-kafka-pool` | producers for the event bus |
//! | [`circuit_breaker`] | `omnibase-circuit-breaker` | stop calling a failing dependency |
//! | [`metrics`] | `omnibase-metrics` | one prometheus registry |
//! | [`config`] | `omnibase-config` | one validated config |
//!
//! The `omnibase` binary of this package is the command-line front end
//! (`omnibase demo`, `omnibase --help`).
//!
//! The facade has no logic of its own (ripgrep's `grep` crate is the model):
//! everything lives in the crate that owns it.

pub use omnibase_circuit_breaker as circuit_breaker;
pub use omnibase_config as config;
pub use omnibase_kafka_pool as kafka_pool;
pub use omnibase_metrics as metrics;
pub use omnibase_pg_pool as pg_pool;
pub use omnibase_sql_guard as sql_guard;
