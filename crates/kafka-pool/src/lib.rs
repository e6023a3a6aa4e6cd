//! Producers for a Kafka-protocol event bus (Kafka, Redpanda) on rdkafka:
//! topic and key validation before anything is queued, a typed CloudEvents
//! envelope, isolation lanes, transactional leases, scaling by measured
//! load, breaker-protected sends with bounded backpressure, and a close that
//! says how many messages were not delivered.
//!
//! # Why more than one producer
//!
//! librdkafka's maintainers say one producer per process is usually enough:
//! a producer is already a multi-threaded, batching, pipelining client. The
//! pool earns its keep only where one producer cannot do the job:
//!
//! - **Isolation lanes.** A producer has one queue. A topic class that is
//!   slow (a large-message topic, a topic on a struggling broker) fills it
//!   and delays every other message behind it. Each [`Lane`] has its own
//!   producers, compression and linger, so a slow class cannot starve the
//!   others.
//! - **Spreading work at high rates.** One producer's queue and its
//!   per-broker threads saturate at some rate; above it, more producers
//!   spread the serialisation and I/O. The pool adds producers only when
//!   the measured load says so (see *Scaling*) and retires them when idle.
//! - **Transactional producers.** A transaction belongs to one producer, so
//!   concurrent transactions need one producer each, each with its own
//!   `transactional.id`, used exclusively: [`ProducerPool::transaction`]
//!   leases one.
//!
//! Without those needs, configure one lane with `max_producers = 1`: the
//! pool then costs a validation and a breaker check per message over a bare
//! producer.
//!
//! # Example
//!
//! ```no_run
//! use std::time::Duration;
//! use omnibase_kafka_pool::{EventEnvelope, LaneConfig, Message, PoolConfig, ProducerPool};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let config = PoolConfig {
//!     bootstrap_servers: "127.0.0.1:9092".into(),
//!     lanes: vec![
//!         LaneConfig { name: "events".into(), ..LaneConfig::default() },
//!         LaneConfig { name: "bulk".into(), max_producers: 8, ..LaneConfig::default() },
//!     ],
//!     ..PoolConfig::default()
//! };
//! let pool = ProducerPool::builder(config).build()?;
//!
//! // One message, through the breaker, acknowledged by the broker.
//! let delivered = pool.send(Message::new("orders.created").key("order-7").payload("{}")).await?;
//! println!("stored at {}:{}", delivered.partition, delivered.offset);
//!
//! // A CloudEvent; its partition key becomes the message key.
//! let event = EventEnvelope::new("/orders", "com.example.order.created", serde_json::json!({"id": 7}))
//!     .with_partition_key("order-7");
//! pool.lane("events")?.send_event("orders.events", &event).await?;
//!
//! // Many messages, one completion.
//! let payloads: Vec<String> = (0..1000).map(|i| format!("row {i}")).collect();
//! let batch = payloads.iter().map(|p| Message::new("bulk.rows").payload(p)).collect();
//! let report = pool.lane("bulk")?.send_batch(batch).await?;
//! assert!(report.all_delivered());
//!
//! // A transaction on a leased producer (needs `transactions` in the config).
//! let tx = pool.transaction().await?;
//! let _pending = tx.enqueue(Message::new("ledger").key("acct-1").payload("+5"))?;
//! tx.commit().await?;
//!
//! assert_eq!(pool.close(Duration::from_secs(10)).await, 0);
//! # Ok(())
//! # }
//! ```
//!
//! # Validation
//!
//! Every message is checked before it is queued, with typed errors naming
//! the input: the topic follows Kafka's rules ([`validate_topic`]; names
//! mixing `.` and `_` are logged once as a warning, since they collide in
//! Kafka's metric names), the key follows [`KeyConfig`] (length, an
//! optional pattern compiled once at build), the payload fits
//! `message.max.bytes`.
//!
//! # Sends
//!
//! Every send asks the pool's [`CircuitBreaker`](omnibase_circuit_breaker::CircuitBreaker)
//! first and records the delivery report's outcome into it: timeouts and
//! broker failures count as failures, rejected messages and unknown topics
//! are ignored (they say nothing about the bus's health). A full producer
//! queue is backpressure: the send waits with a bounded backoff
//! (`queue_full_timeout_ms`) instead of failing at once. Idempotence is on
//! by default, so librdkafka's retries make no duplicates. Delivery reports
//! are counted per lane and by [`DeliveryErrorKind`]; with
//! [`Builder::metrics`] they feed `omnibase_producer_*`, including a
//! delivery latency histogram.
//!
//! Routing is by in-flight count, so with several producers in a lane two
//! pipelined sends of one key may take different producers, and their order
//! is then not guaranteed. Messages of one key keep their order within one
//! [`Lane::send_batch`] (one producer per batch), when each send is awaited
//! before the next, or in a lane with `max_producers = 1`.
//!
//! # Scaling
//!
//! At each interval every lane makes one [`ScalingPolicy::decide`]: an
//! EWMA of messages/s per producer, plus librdkafka's queue depth and
//! internal queue latency from its statistics callback. Pressure (any of
//! them above its threshold) for `up_after` intervals adds a producer;
//! an idle rate for `down_after` intervals retires the least-loaded one,
//! which is flushed before it is dropped. Thresholds apart by more than a
//! factor of two, streaks, a cooldown and the lane's bounds keep the pool
//! from flapping.
//!
//! # Feature flags
//!
//! - `lz4`: allows `compression = "lz4"` on a lane (the codec is built into
//!   librdkafka; without the feature the config is refused).
//! - `zstd`: allows `compression = "zstd"`; builds zstd into librdkafka.
//!
//! # Costs
//!
//! Per message, over a bare rdkafka producer: the topic scan (one table
//! lookup per byte), the key length check (and a regex match when a pattern
//! is set), the breaker check (while closed: an atomic load and a clock
//! read; nothing is held, the report records through a fresh permit on the
//! poll thread, so slow-call tracking sees half-open probes only), one
//! `Instant::now`, a read lock on the lane's producer list, and counters on
//! cache lines of their own. One allocation per message serves as both
//! librdkafka's opaque and the channel to the [`DeliveryFuture`], where
//! rdkafka's `FutureProducer` makes two. A batch shares one permit, one
//! completion and one allocation over all its messages. Each producer is a
//! librdkafka client with its own threads and TCP connections to every
//! broker it talks to, so producers are not free: the pool adds them only
//! under measured pressure. The statistics callback parses librdkafka's
//! JSON once per `statistics_interval_ms` per producer. A scaling decision
//! is a few float operations. `docs/benchmarks.md` in the workspace has the
//! figures.

// Lints live in the workspace `Cargo.toml`; nothing to add per crate.

mod config;
mod envelope;
mod error;
mod pool;
mod producer;
mod scaling;
mod transaction;
mod validate;

pub use crate::config::{
    Compression, KeyConfig, LaneConfig, MAX_PRODUCERS_PER_LANE, PoolConfig, SaslConfig,
    ScalingConfig, Secret, TransactionConfig,
};
pub use crate::envelope::{CLOUDEVENTS_JSON, EventEnvelope, SpecVersion};
pub use crate::error::{
    ConfigErrors, ConfigProblem, DeliveryErrorKind, Error, Result, TopicProblem,
};
pub use crate::pool::{Builder, Lane, LaneScaling, LaneStats, Message, ProducerPool};
pub use crate::producer::{BatchReport, Delivered, DeliveryFuture, FailedMessage};
pub use crate::scaling::{ScaleDecision, ScalingInput, ScalingPolicy, ScalingState, Signals};
pub use crate::transaction::Transaction;
pub use crate::validate::{KeyRules, MAX_TOPIC_LEN, TopicWarnings, check_payload, validate_topic};
/// The rdkafka crate this one is built on, for its error types.
pub use rdkafka;
