//! [`InfraConfig`]: the one configuration of the whole stack, one section
//! per crate, each section that crate's own config type.

use std::net::SocketAddr;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use validator::Validate;

pub use omnibase_circuit_breaker::Config as BreakerConfig;
pub use omnibase_kafka_pool::PoolConfig as KafkaConfig;
pub use omnibase_pg_pool::PgPoolConfig;
pub use omnibase_sql_guard::Policy as SqlGuardConfig;

/// The configuration of a service using omnibase: one section per crate.
///
/// In a TOML file each section is a table (`[postgres]`, `[kafka]`, …);
/// in the environment each key is `OMNIBASE__SECTION__KEY`, e.g.
/// `OMNIBASE__POSTGRES__MAX_SIZE=32`, which wins over the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct InfraConfig {
    /// The service as a whole.
    pub service: ServiceConfig,
    /// The PostgreSQL pool.
    pub postgres: PgPoolConfig,
    /// The Kafka-protocol broker and the producer pool.
    pub kafka: KafkaConfig,
    /// A circuit breaker for the service's own calls to a dependency (the
    /// producer pool has its own, under `kafka.breaker`).
    pub circuit_breaker: BreakerConfig,
    /// The SQL injection guard every statement passes.
    pub sql_guard: SqlGuardConfig,
    /// Metrics and their exporter.
    pub metrics: MetricsConfig,
}

/// Settings of the service as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceConfig {
    /// The service's name, reported to PostgreSQL and the broker as the
    /// client name; 1 to 63 characters. Default: `omnibase`.
    #[validate(length(min = 1, max = 63, message = "must be 1 to 63 characters"))]
    pub name: String,
    /// How long each startup probe may take. Default: 5s.
    #[serde(with = "humantime_serde")]
    pub check_timeout: Duration,
}

impl Default for ServiceConfig {
    fn default() -> Self {
        ServiceConfig {
            name: "omnibase".into(),
            check_timeout: Duration::from_secs(5),
        }
    }
}

/// Metrics settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate, Default)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsConfig {
    /// Where to serve `GET /metrics`, e.g. `127.0.0.1:9464`; absent for no
    /// exporter. Default: absent.
    pub exporter_listen: Option<SocketAddr>,
}
