//! One prometheus registry, the metric families every omnibase crate records
//! into, pre-resolved handles for hot paths and an optional `/metrics`
//! exporter.
//!
//! A process creates one [`Metrics`] at startup, which registers every
//! `omnibase_*` family in a [`Registry`]. Each crate then resolves the
//! handles it needs once (per pool, breaker, lane) and records through them:
//! no label lookup, no string handling on the hot path. Label values come
//! only from fixed enums ([`Operation`], [`CallOutcome`], …, all
//! [`LabelEnum`]) or from configured names that are validated and bounded
//! ([`MAX_NAMES_PER_LABEL`]), never from free text.
//!
//! | subsystem | handles | families |
//! |---|---|---|
//! | pg-pool | [`PgPoolMetrics`] | `omnibase_pg_*` |
//! | circuit-breaker | [`BreakerMetrics`] | `omnibase_breaker_*` |
//! | sql-guard | [`GuardMetrics`] | `omnibase_guard_*` |
//! | kafka-pool | [`ProducerPoolMetrics`], [`LaneMetrics`] | `omnibase_producer_*` |
//! | event-bus relay | [`RelayMetrics`] | `omnibase_relay_*` |
//!
//! # Example
//!
//! ```
//! use std::time::Duration;
//! use omnibase_metrics::{CallOutcome, Metrics, Operation};
//!
//! let metrics = Metrics::new()?;
//! let pool = metrics.pg_pool("primary")?;
//! let breaker = metrics.breaker("postgres")?;
//!
//! // Hot path: handles are resolved, recording is a few atomics.
//! pool.query(Operation::classify("SELECT 1")).observe_duration(Duration::from_micros(420));
//! breaker.calls(CallOutcome::Success).inc();
//!
//! let text = metrics.encode_text()?;
//! assert!(text.contains(r#"omnibase_breaker_calls_total{breaker="postgres",outcome="success"} 1"#));
//! assert!(text.contains(r#"omnibase_pg_query_duration_seconds_count{operation="select",pool="primary"} 1"#));
//!
//! // Free text is refused as a label value.
//! assert!(metrics.pg_pool("SELECT * FROM users").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Feature flags
//!
//! - `exporter` (off by default): `Exporter`, serving `GET /metrics` over
//!   HTTP/1 with hyper 1 on the caller's tokio runtime.
//!
//! # Costs
//!
//! Counters and gauges are prometheus's own atomics behind a newtype: an
//! increment costs what `IntCounter::inc` costs. Histograms are this
//! crate's [`Histogram`], sharded per thread: an observation is a
//! thread-local load, a linear scan of the bucket bounds and two atomic
//! updates on a cache line no other thread writes, so two threads observing
//! into one series do not slow each other down, unlike prometheus's
//! `Histogram`, whose every observation hits one shared counter. The price
//! is memory (4 to 64 shards of `buckets + 2` words, padded to cache lines,
//! per series: 256 bytes a shard for the 15 latency buckets, so 1 KiB per
//! latency series on a 2-core machine, 16 KiB at 64 shards) and a
//! scrape that adds the shards up. Resolving a handle takes a lock and
//! allocates; do it at startup, not per call. `docs/benchmarks.md` has the
//! measured figures.

// Lints live in the workspace `Cargo.toml`; nothing to add per crate.

mod error;
#[cfg(feature = "exporter")]
mod exporter;
mod families;
mod handles;
mod histogram;
mod label;
mod metrics;
mod registry;

pub use crate::error::{Error, Result};
#[cfg(feature = "exporter")]
pub use crate::exporter::Exporter;
pub use crate::families::breaker::{BreakerMetrics, BreakerState, CallOutcome};
pub use crate::families::guard::{CacheResult, GuardAction, GuardMetrics, UNKNOWN_RULE};
pub use crate::families::pg::{
    AcquireFailure, CloseReason, MAX_TOP_SHAPES, OpenReason, Operation, PgPoolMetrics, ShapeSample,
    SqlStateClass, Validation,
};
pub use crate::families::producer::{LaneMetrics, ProducerPoolMetrics, ScaleDirection};
pub use crate::families::relay::{BATCH_ROWS_BUCKETS, RelayMetrics};
pub use crate::handles::{Counter, FloatGauge, Gauge};
pub use crate::histogram::{Histogram, HistogramVec, LATENCY_BUCKETS};
pub use crate::label::{LabelEnum, MAX_NAME_LEN, MAX_NAMES_PER_LABEL, check_name};
pub use crate::metrics::Metrics;
pub use crate::registry::Registry;
/// The prometheus crate this one is built on, for its types
/// (`proto::MetricFamily`) and for registering families of your own.
pub use prometheus;

/// The content type of the text exposition format that
/// [`Registry::encode_text`] produces.
pub const TEXT_CONTENT_TYPE: &str = prometheus::TEXT_FORMAT;
