//! The serde config of a pool, its lanes, scaling and transactions, and its
//! validation, which reports every invalid value at once.

use std::collections::BTreeMap;
use std::fmt;

use rdkafka::ClientConfig;
use serde::{Deserialize, Serialize};

use crate::error::{ConfigErrors, ConfigProblem, Error, Result};
use crate::validate::validate_topic;

/// Everything a [`ProducerPool`](crate::ProducerPool) needs, as loaded from a
/// file or the environment.
///
/// Every producer of the pool shares this base config; each lane adds its
/// compression, linger and extra properties on top.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PoolConfig {
    /// The pool's name, used in metrics and errors; a bounded label value.
    /// Default: `"default"`.
    pub name: String,
    /// `bootstrap.servers`. Default: `"127.0.0.1:9092"`.
    pub bootstrap_servers: String,
    /// `security.protocol` (`plaintext`, `ssl`, `sasl_plaintext`, `sasl_ssl`).
    /// Default: none (librdkafka's `plaintext`).
    pub security_protocol: Option<String>,
    /// SASL credentials. Default: none.
    pub sasl: Option<SaslConfig>,
    /// `enable.idempotence`: the broker drops duplicates caused by retries.
    /// Default: true.
    pub idempotence: bool,
    /// `linger.ms`, the batching delay. Default: 5.
    pub linger_ms: u32,
    /// `message.max.bytes`, in 1000..=1000000000; payloads above it are
    /// refused before they are queued. Default: 1000000.
    pub message_max_bytes: usize,
    /// `message.timeout.ms`: how long librdkafka keeps retrying a message
    /// before it reports it failed; at least 1. Default: 30000.
    pub message_timeout_ms: u64,
    /// `queue.buffering.max.messages` per producer; at least 1. Default: 100000.
    pub queue_max_messages: u32,
    /// How long a send waits for room when every producer of its lane is
    /// full, before it fails with a retryable `QueueFull`. Default: 5000.
    pub queue_full_timeout_ms: u64,
    /// `statistics.interval.ms`, which feeds queue depth and internal latency
    /// into scaling; 0 turns statistics off. Default: 1000.
    pub statistics_interval_ms: u64,
    /// Extra librdkafka properties for every producer; they override the
    /// fields above. Default: none.
    pub properties: BTreeMap<String, String>,
    /// Key rules. Default: see [`KeyConfig`].
    pub key: KeyConfig,
    /// The lanes; sends without a lane go to the first. Default: one lane
    /// `"default"` (see [`LaneConfig`]).
    pub lanes: Vec<LaneConfig>,
    /// Scaling between each lane's bounds. Default: see [`ScalingConfig`].
    pub scaling: ScalingConfig,
    /// The circuit breaker every send goes through. Default: the breaker's
    /// defaults.
    pub breaker: omnibase_circuit_breaker::Config,
    /// Transactional producers for [`ProducerPool::transaction`](crate::ProducerPool::transaction).
    /// Default: none.
    pub transactions: Option<TransactionConfig>,
}

impl Default for PoolConfig {
    fn default() -> Self {
        Self {
            name: "default".into(),
            bootstrap_servers: "127.0.0.1:9092".into(),
            security_protocol: None,
            sasl: None,
            idempotence: true,
            linger_ms: 5,
            message_max_bytes: 1_000_000,
            message_timeout_ms: 30_000,
            queue_max_messages: 100_000,
            queue_full_timeout_ms: 5_000,
            statistics_interval_ms: 1_000,
            properties: BTreeMap::new(),
            key: KeyConfig::default(),
            lanes: vec![LaneConfig::default()],
            scaling: ScalingConfig::default(),
            breaker: omnibase_circuit_breaker::Config::default(),
            transactions: None,
        }
    }
}

/// SASL credentials; the password never shows in `Debug`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaslConfig {
    /// `sasl.mechanism` (`PLAIN`, `SCRAM-SHA-256`, `SCRAM-SHA-512`).
    pub mechanism: String,
    /// `sasl.username`.
    pub username: String,
    /// `sasl.password`.
    pub password: Secret,
}

/// A secret string: `Debug` and `Display` print `***`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret itself, to hand to the client.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Rules every message key must follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KeyConfig {
    /// Longest key in bytes. Default: 1024.
    pub max_bytes: usize,
    /// A regular expression every key must match in full (keys must then be
    /// UTF-8); compiled once at build. Default: none.
    pub pattern: Option<String>,
    /// Whether every message must have a key. Default: false.
    pub required: bool,
}

impl Default for KeyConfig {
    fn default() -> Self {
        Self {
            max_bytes: 1024,
            pattern: None,
            required: false,
        }
    }
}

/// A compression codec for a lane's producers (`compression.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Compression {
    /// No compression.
    #[default]
    None,
    /// gzip.
    Gzip,
    /// snappy.
    Snappy,
    /// lz4; needs the crate feature `lz4`.
    Lz4,
    /// zstd; needs the crate feature `zstd`.
    Zstd,
}

impl Compression {
    /// The `compression.type` value.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Gzip => "gzip",
            Self::Snappy => "snappy",
            Self::Lz4 => "lz4",
            Self::Zstd => "zstd",
        }
    }

    /// The crate feature this codec needs, if it is not compiled in.
    fn missing_feature(self) -> Option<&'static str> {
        match self {
            Self::Lz4 if !cfg!(feature = "lz4") => Some("lz4"),
            Self::Zstd if !cfg!(feature = "zstd") => Some("zstd"),
            _ => None,
        }
    }
}

/// One isolation lane: its own producers, so that a slow topic class cannot
/// starve the others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LaneConfig {
    /// The lane's name; a bounded label value, unique in the pool.
    /// Default: `"default"`.
    pub name: String,
    /// Fewest producers; at least 1. Default: 1.
    pub min_producers: u32,
    /// Most producers; at least `min_producers`, at most 64. Default: 4.
    pub max_producers: u32,
    /// `compression.type` for this lane. Default: none.
    pub compression: Compression,
    /// `linger.ms` for this lane, overriding the pool's. Default: the pool's.
    pub linger_ms: Option<u32>,
    /// Extra librdkafka properties for this lane, applied last. Default: none.
    pub properties: BTreeMap<String, String>,
}

impl Default for LaneConfig {
    fn default() -> Self {
        Self {
            name: "default".into(),
            min_producers: 1,
            max_producers: 4,
            compression: Compression::None,
            linger_ms: None,
            properties: BTreeMap::new(),
        }
    }
}

/// Most producers in one lane.
pub const MAX_PRODUCERS_PER_LANE: u32 = 64;

/// When to add or retire a producer; see [`ScalingPolicy`](crate::ScalingPolicy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScalingConfig {
    /// Whether a background task decides at each interval (needs a tokio
    /// runtime at build); [`ProducerPool::scale_now`](crate::ProducerPool::scale_now)
    /// works either way. Default: true.
    pub enabled: bool,
    /// Interval between decisions, in milliseconds; at least 10. Default: 1000.
    pub interval_ms: u64,
    /// Weight of the newest rate sample in the EWMA, in (0, 1]. Default: 0.3.
    pub ewma_alpha: f64,
    /// Messages/s per producer above which a producer is added; > 0.
    /// Default: 200000.
    pub up_rate_per_producer: f64,
    /// Messages/s per producer below which an idle producer is retired; at
    /// least 0 and below half of `up_rate_per_producer`, so that adding a
    /// producer cannot at once make the pool look idle. Default: 20000.
    pub down_rate_per_producer: f64,
    /// Queued, unacknowledged messages per producer (librdkafka's `msg_cnt`)
    /// above which a producer is added; at least 1. Default: 50000.
    pub up_queue_depth_per_producer: u64,
    /// librdkafka's internal queue latency (p95 over brokers, in
    /// milliseconds) above which a producer is added; at least 1. Default: 50.
    pub up_internal_latency_ms: u64,
    /// Consecutive intervals of pressure before adding; at least 1. Default: 2.
    pub up_after: u32,
    /// Consecutive idle intervals before retiring; at least 1. Default: 5.
    pub down_after: u32,
    /// Intervals after a change during which no other change is made.
    /// Default: 3.
    pub cooldown: u32,
}

impl Default for ScalingConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            interval_ms: 1_000,
            ewma_alpha: 0.3,
            up_rate_per_producer: 200_000.0,
            down_rate_per_producer: 20_000.0,
            up_queue_depth_per_producer: 50_000,
            up_internal_latency_ms: 50,
            up_after: 2,
            down_after: 5,
            cooldown: 3,
        }
    }
}

/// Transactional producers, each leased for exclusive use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TransactionConfig {
    /// Prefix of each producer's `transactional.id` (`{prefix}-{n}`); must be
    /// stable across restarts so that a restarted service fences its old
    /// producers. Default: `"omnibase-tx"`.
    pub id_prefix: String,
    /// How many transactional producers, so how many concurrent leases;
    /// 1 to 64. Default: 1.
    pub producers: u32,
    /// `transaction.timeout.ms`; at least 1000. Default: 60000.
    pub timeout_ms: u64,
    /// Bound on `init_transactions`, commit and abort, in milliseconds; at
    /// least 1. Default: 30000.
    pub operation_timeout_ms: u64,
}

impl Default for TransactionConfig {
    fn default() -> Self {
        Self {
            id_prefix: "omnibase-tx".into(),
            producers: 1,
            timeout_ms: 60_000,
            operation_timeout_ms: 30_000,
        }
    }
}

struct Problems(Vec<ConfigProblem>);

impl Problems {
    fn check(&mut self, ok: bool, field: impl Into<String>, problem: impl Into<String>) {
        if !ok {
            self.0.push(ConfigProblem {
                field: field.into(),
                problem: problem.into(),
            });
        }
    }
}

fn properties_only(properties: &BTreeMap<String, String>) -> ClientConfig {
    let mut c = ClientConfig::new();
    for (k, v) in properties {
        c.set(k, v);
    }
    c
}

impl PoolConfig {
    /// Checks every field and reports every problem at once.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] listing each invalid field.
    ///
    /// # Examples
    ///
    /// ```
    /// use omnibase_kafka_pool::{LaneConfig, PoolConfig};
    ///
    /// let config = PoolConfig {
    ///     linger_ms: 5,
    ///     message_timeout_ms: 0,
    ///     lanes: vec![LaneConfig { min_producers: 3, max_producers: 2, ..LaneConfig::default() }],
    ///     ..PoolConfig::default()
    /// };
    /// let err = config.validate().unwrap_err().to_string();
    /// assert!(err.contains("message_timeout_ms: must be at least 1"), "{err}");
    /// assert!(err.contains("lanes[0].max_producers: 2 is below min_producers 3"), "{err}");
    /// ```
    pub fn validate(&self) -> Result<()> {
        let mut p = Problems(Vec::new());
        p.check(
            omnibase_metrics::check_name("pool", &self.name).is_ok(),
            "name",
            format!("{:?} is not a valid metric label value", self.name),
        );
        p.check(
            !self.bootstrap_servers.trim().is_empty(),
            "bootstrap_servers",
            "must not be empty",
        );
        if let Some(sasl) = &self.sasl {
            p.check(
                !sasl.mechanism.is_empty(),
                "sasl.mechanism",
                "must not be empty",
            );
            p.check(
                !sasl.username.is_empty(),
                "sasl.username",
                "must not be empty",
            );
        }
        p.check(
            self.message_max_bytes >= 1,
            "message_max_bytes",
            "must be at least 1",
        );
        p.check(
            self.message_timeout_ms >= 1,
            "message_timeout_ms",
            "must be at least 1",
        );
        p.check(
            self.queue_max_messages >= 1,
            "queue_max_messages",
            "must be at least 1",
        );
        p.check(
            self.key.max_bytes >= 1,
            "key.max_bytes",
            "must be at least 1",
        );
        if let Some(pattern) = &self.key.pattern
            && let Err(e) = regex::Regex::new(pattern)
        {
            p.check(
                false,
                "key.pattern",
                format!("{pattern:?} does not compile: {e}"),
            );
        }
        p.check(
            !self.lanes.is_empty(),
            "lanes",
            "must hold at least one lane",
        );
        p.check(
            self.linger_ms <= 900_000,
            "linger_ms",
            format!("{} is above 900000", self.linger_ms),
        );
        p.check(
            self.message_timeout_ms <= 2_147_483_647,
            "message_timeout_ms",
            "must fit in 31 bits",
        );
        // librdkafka checks the free-form properties itself; each set is
        // checked alone so that a problem is reported under its own field.
        if let Err(e) = properties_only(&self.properties).create_native_config() {
            p.check(false, "properties", format!("librdkafka refuses them: {e}"));
        }
        for (i, lane) in self.lanes.iter().enumerate() {
            let f = |name: &str| format!("lanes[{i}].{name}");
            p.check(
                omnibase_metrics::check_name("lane", &lane.name).is_ok(),
                f("name"),
                format!("{:?} is not a valid metric label value", lane.name),
            );
            p.check(
                !self.lanes[..i].iter().any(|l| l.name == lane.name),
                f("name"),
                format!("{:?} is used by an earlier lane", lane.name),
            );
            p.check(
                lane.min_producers >= 1,
                f("min_producers"),
                "must be at least 1",
            );
            p.check(
                lane.max_producers >= lane.min_producers,
                f("max_producers"),
                format!(
                    "{} is below min_producers {}",
                    lane.max_producers, lane.min_producers
                ),
            );
            p.check(
                lane.max_producers <= MAX_PRODUCERS_PER_LANE,
                f("max_producers"),
                format!("{} is above {MAX_PRODUCERS_PER_LANE}", lane.max_producers),
            );
            if let Some(feature) = lane.compression.missing_feature() {
                p.check(
                    false,
                    f("compression"),
                    format!(
                        "{:?} needs the crate feature `{feature}`",
                        lane.compression.as_str()
                    ),
                );
            }
            // librdkafka itself checks every property name and value.
            if let Err(e) = properties_only(&lane.properties).create_native_config() {
                p.check(
                    false,
                    f("properties"),
                    format!("librdkafka refuses them: {e}"),
                );
            }
        }
        let s = &self.scaling;
        p.check(
            s.interval_ms >= 10,
            "scaling.interval_ms",
            "must be at least 10",
        );
        p.check(
            s.ewma_alpha > 0.0 && s.ewma_alpha <= 1.0,
            "scaling.ewma_alpha",
            format!("{} is not in (0, 1]", s.ewma_alpha),
        );
        p.check(
            s.up_rate_per_producer > 0.0,
            "scaling.up_rate_per_producer",
            "must be above 0",
        );
        p.check(
            s.down_rate_per_producer >= 0.0
                && s.down_rate_per_producer < s.up_rate_per_producer / 2.0,
            "scaling.down_rate_per_producer",
            format!(
                "{} must be at least 0 and below half of up_rate_per_producer ({})",
                s.down_rate_per_producer, s.up_rate_per_producer
            ),
        );
        p.check(
            s.up_queue_depth_per_producer >= 1,
            "scaling.up_queue_depth_per_producer",
            "must be at least 1",
        );
        p.check(
            s.up_internal_latency_ms >= 1,
            "scaling.up_internal_latency_ms",
            "must be at least 1",
        );
        p.check(s.up_after >= 1, "scaling.up_after", "must be at least 1");
        p.check(
            s.down_after >= 1,
            "scaling.down_after",
            "must be at least 1",
        );
        if let Err(e) = self.breaker.validate() {
            p.check(false, "breaker", e.to_string());
        }
        if let Some(t) = &self.transactions {
            p.check(
                validate_topic(&t.id_prefix).is_ok(),
                "transactions.id_prefix",
                format!(
                    "{:?} must be 1 to 249 characters of a-z A-Z 0-9 . _ -",
                    t.id_prefix
                ),
            );
            p.check(
                (1..=64).contains(&t.producers),
                "transactions.producers",
                format!("{} is not in 1..=64", t.producers),
            );
            p.check(
                t.timeout_ms >= 1_000,
                "transactions.timeout_ms",
                "must be at least 1000",
            );
            p.check(
                t.operation_timeout_ms >= 1,
                "transactions.operation_timeout_ms",
                "must be at least 1",
            );
        }
        if p.0.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidConfig(ConfigErrors(p.0)))
        }
    }

    /// The librdkafka config shared by every producer, before any lane's
    /// settings.
    #[must_use]
    pub fn base_client_config(&self) -> ClientConfig {
        let mut c = ClientConfig::new();
        c.set("bootstrap.servers", &self.bootstrap_servers)
            .set("enable.idempotence", self.idempotence.to_string())
            .set("linger.ms", self.linger_ms.to_string())
            .set("message.max.bytes", self.message_max_bytes.to_string())
            .set("message.timeout.ms", self.message_timeout_ms.to_string())
            .set(
                "queue.buffering.max.messages",
                self.queue_max_messages.to_string(),
            );
        if self.statistics_interval_ms > 0 {
            c.set(
                "statistics.interval.ms",
                self.statistics_interval_ms.to_string(),
            );
        }
        if let Some(p) = &self.security_protocol {
            c.set("security.protocol", p);
        }
        if let Some(sasl) = &self.sasl {
            c.set("sasl.mechanism", &sasl.mechanism)
                .set("sasl.username", &sasl.username)
                .set("sasl.password", sasl.password.expose());
        }
        for (k, v) in &self.properties {
            c.set(k, v);
        }
        c
    }

    /// The librdkafka config of one lane's producers.
    #[must_use]
    pub fn client_config(&self, lane: &LaneConfig) -> ClientConfig {
        let mut c = self.base_client_config();
        c.set("compression.type", lane.compression.as_str());
        if let Some(linger) = lane.linger_ms {
            c.set("linger.ms", linger.to_string());
        }
        for (k, v) in &lane.properties {
            c.set(k, v);
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_round_trip() {
        let c = PoolConfig::default();
        c.validate().unwrap();
        let json = serde_json::to_string(&c).unwrap();
        let back: PoolConfig = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        let partial: PoolConfig = serde_json::from_str(
            r#"{"name":"events","lanes":[{"name":"bulk","compression":"gzip"}]}"#,
        )
        .unwrap();
        assert_eq!(partial.lanes[0].max_producers, 4);
        assert!(partial.idempotence);
    }

    #[test]
    fn every_problem_is_reported() {
        let c = PoolConfig {
            name: String::new(),
            message_timeout_ms: 0,
            lanes: vec![
                LaneConfig {
                    min_producers: 0,
                    ..LaneConfig::default()
                },
                LaneConfig {
                    properties: BTreeMap::from([("no.such.property".into(), "1".into())]),
                    ..LaneConfig::default()
                },
            ],
            scaling: ScalingConfig {
                down_rate_per_producer: 150_000.0,
                ..ScalingConfig::default()
            },
            ..PoolConfig::default()
        };
        let Err(Error::InvalidConfig(errors)) = c.validate() else {
            panic!("expected config errors");
        };
        let fields: Vec<&str> = errors.problems().iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "message_timeout_ms",
                "lanes[0].min_producers",
                "lanes[1].name",
                "lanes[1].properties",
                "scaling.down_rate_per_producer"
            ],
            "{errors}"
        );
    }

    #[test]
    fn secrets_stay_hidden() {
        let c = PoolConfig {
            sasl: Some(SaslConfig {
                mechanism: "PLAIN".into(),
                username: "svc".into(),
                password: Secret::new("hunter2"),
            }),
            ..PoolConfig::default()
        };
        let shown = format!("{c:?} {}", c.sasl.as_ref().unwrap().password);
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(c.base_client_config().get("sasl.password"), Some("hunter2"));
    }

    #[test]
    fn compression_needs_its_feature() {
        let c = PoolConfig {
            lanes: vec![LaneConfig {
                compression: Compression::Zstd,
                ..LaneConfig::default()
            }],
            ..PoolConfig::default()
        };
        assert_eq!(c.validate().is_ok(), cfg!(feature = "zstd"));
    }
}
