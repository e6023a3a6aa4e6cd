//! The pool: lanes of producers, least-loaded routing, breaker-protected
//! sends with bounded backpressure, batch sends, scaling and close.

use std::collections::HashSet;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::time::{Duration, Instant};

use omnibase_circuit_breaker::{CircuitBreaker, OwnedPermit};
use omnibase_metrics::{Metrics, ProducerPoolMetrics, ScaleDirection};
use rdkafka::ClientConfig;
use rdkafka::config::FromClientConfigAndContext;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseRecord, Producer as _, PurgeConfig};
use serde::Serialize;
use tokio::sync::oneshot;

use crate::config::{LaneConfig, PoolConfig};
use crate::envelope::{CLOUDEVENTS_JSON, EventEnvelope};
use crate::error::{DeliveryErrorKind, Error, Result};
use crate::producer::{
    BatchReport, BatchState, Delivered, DeliveryFuture, LaneCounters, Pending, PoolContext,
    Producer, Slot, SlotStats, lock,
};
use crate::scaling::{ScaleDecision, ScalingInput, ScalingPolicy, ScalingState, Signals};
use crate::transaction::{Transaction, TxPool};
use crate::validate::{KeyRules, check_payload, validate_topic};

/// One message to send; borrows its topic, key and payload.
///
/// # Examples
///
/// ```
/// use omnibase_kafka_pool::Message;
///
/// let m = Message::new("orders.created")
///     .key("order-7")
///     .payload(br#"{"id":7}"#)
///     .header("trace-id", "abc");
/// assert_eq!(m.topic(), "orders.created");
/// ```
pub struct Message<'a> {
    topic: &'a str,
    key: Option<&'a [u8]>,
    payload: Option<&'a [u8]>,
    headers: Option<OwnedHeaders>,
    partition: Option<i32>,
    timestamp: Option<i64>,
}

impl fmt::Debug for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("topic", &self.topic)
            .field("key", &self.key.map(String::from_utf8_lossy))
            .field("payload_len", &self.payload.map(<[u8]>::len))
            .field(
                "headers",
                &self.headers.as_ref().map(rdkafka::message::Headers::count),
            )
            .field("partition", &self.partition)
            .field("timestamp", &self.timestamp)
            .finish()
    }
}

impl<'a> Message<'a> {
    /// A message to `topic` with no key, payload or headers.
    #[must_use]
    pub fn new(topic: &'a str) -> Self {
        Self {
            topic,
            key: None,
            payload: None,
            headers: None,
            partition: None,
            timestamp: None,
        }
    }

    /// Sets the key, which picks the partition.
    #[must_use]
    pub fn key<K: AsRef<[u8]> + ?Sized>(mut self, key: &'a K) -> Self {
        self.key = Some(key.as_ref());
        self
    }

    /// Sets the payload.
    #[must_use]
    pub fn payload<P: AsRef<[u8]> + ?Sized>(mut self, payload: &'a P) -> Self {
        self.payload = Some(payload.as_ref());
        self
    }

    /// Adds a header.
    #[must_use]
    pub fn header<V: AsRef<[u8]> + ?Sized>(mut self, name: &str, value: &V) -> Self {
        let headers = self.headers.take().unwrap_or_default();
        self.headers = Some(headers.insert(Header {
            key: name,
            value: Some(value.as_ref()),
        }));
        self
    }

    /// Sends to this partition instead of the one the key picks.
    #[must_use]
    pub fn partition(mut self, partition: i32) -> Self {
        self.partition = Some(partition);
        self
    }

    /// Sets the message timestamp, milliseconds since the Unix epoch.
    #[must_use]
    pub fn timestamp(mut self, millis: i64) -> Self {
        self.timestamp = Some(millis);
        self
    }

    /// The topic.
    #[must_use]
    pub fn topic(&self) -> &'a str {
        self.topic
    }

    pub(crate) fn into_record<D: rdkafka::util::IntoOpaque>(
        self,
        opaque: D,
    ) -> BaseRecord<'a, [u8], [u8], D> {
        let mut r = BaseRecord::with_opaque_to(self.topic, opaque);
        r.key = self.key;
        r.payload = self.payload;
        r.headers = self.headers;
        r.partition = self.partition;
        r.timestamp = self.timestamp;
        r
    }
}

type Record<'a> = BaseRecord<'a, [u8], [u8], Arc<Pending>>;

/// Builds a [`ProducerPool`]; from [`ProducerPool::builder`].
pub struct Builder {
    config: PoolConfig,
    metrics: Option<Metrics>,
    breaker: Option<CircuitBreaker>,
}

impl fmt::Debug for Builder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Builder")
            .field("config", &self.config)
            .field("metrics", &self.metrics.is_some())
            .field("breaker", &self.breaker)
            .finish()
    }
}

impl Builder {
    /// Records into `metrics`' `omnibase_producer_*` families.
    #[must_use]
    pub fn metrics(mut self, metrics: &Metrics) -> Self {
        self.metrics = Some(metrics.clone());
        self
    }

    /// Uses this breaker instead of one built from `config.breaker`, e.g. to
    /// share one breaker between the pool and a relay.
    #[must_use]
    pub fn breaker(mut self, breaker: CircuitBreaker) -> Self {
        self.breaker = Some(breaker);
        self
    }

    /// Validates the config and starts each lane's `min_producers`
    /// producers. Producers connect in the background: this does not wait
    /// for the broker. Inside a tokio runtime, with `scaling.enabled`, it
    /// also starts the task that scales the lanes at each interval.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] listing every invalid value;
    /// [`Error::Kafka`] when librdkafka cannot create a producer.
    pub fn build(self) -> Result<ProducerPool> {
        let config = self.config;
        config.validate()?;
        let keys = KeyRules::new(
            config.key.max_bytes,
            config.key.pattern.as_deref(),
            config.key.required,
        )?;
        let breaker = match self.breaker {
            Some(b) => b,
            None => CircuitBreaker::builder(format!("kafka-pool:{}", config.name))
                .config(config.breaker.clone())
                .build()
                .map_err(|e| {
                    Error::InvalidConfig(crate::ConfigErrors(vec![crate::ConfigProblem {
                        field: "breaker".into(),
                        problem: e.to_string(),
                    }]))
                })?,
        };
        let metrics = self
            .metrics
            .as_ref()
            .map(|m| m.producer_pool(&config.name))
            .transpose()
            .map_err(|e| config_problem("name", e.to_string()))?;
        let mut lanes = Vec::with_capacity(config.lanes.len());
        for (index, lane) in config.lanes.iter().enumerate() {
            let lane_metrics = metrics
                .as_ref()
                .map(|m| m.lane(&lane.name))
                .transpose()
                .map_err(|e| config_problem(&format!("lanes[{index}].name"), e.to_string()))?;
            let counters = Arc::new(LaneCounters {
                metrics: lane_metrics,
                ..LaneCounters::default()
            });
            let client_config = config.client_config(lane);
            let producers = (0..lane.min_producers)
                .map(|_| new_slot(&client_config, &counters, &breaker))
                .collect::<Result<Vec<_>>>()?;
            // With min = max the list never changes: route without the lock.
            let fixed = (lane.min_producers == lane.max_producers).then(|| producers.clone());
            lanes.push(LaneInner {
                config: lane.clone(),
                client_config,
                fixed,
                producers: RwLock::new(producers),
                counters,
                policy: ScalingPolicy::new(&config.scaling, lane.min_producers, lane.max_producers),
                scaling: Mutex::new(ScalingMemory {
                    state: ScalingState::default(),
                    last_sent: 0,
                    last_at: Instant::now(),
                }),
            });
        }
        let transactions = config
            .transactions
            .as_ref()
            .map(|t| TxPool::new(t, config.base_client_config(), breaker.clone()));
        let inner = Arc::new(PoolInner {
            name: Arc::from(config.name.as_str()),
            queue_full_timeout: Duration::from_millis(config.queue_full_timeout_ms),
            message_max_bytes: config.message_max_bytes,
            flush_timeout: Duration::from_millis(config.message_timeout_ms),
            config,
            breaker,
            keys,
            lanes,
            closed: AtomicBool::new(false),
            metrics,
            transactions,
            retiring: Arc::new(Mutex::new(Vec::new())),
            warned_topics: Mutex::new(HashSet::new()),
        });
        if let Some(m) = &inner.metrics {
            m.producers().set(i64::from(inner.producer_count()));
        }
        if inner.config.scaling.enabled
            && let Ok(handle) = tokio::runtime::Handle::try_current()
        {
            let weak = Arc::downgrade(&inner);
            let every = Duration::from_millis(inner.config.scaling.interval_ms);
            handle.spawn(scale_loop(weak, every));
        }
        Ok(ProducerPool { inner })
    }
}

fn config_problem(field: &str, problem: String) -> Error {
    Error::InvalidConfig(crate::ConfigErrors(vec![crate::ConfigProblem {
        field: field.into(),
        problem,
    }]))
}

pub(crate) fn new_slot(
    config: &ClientConfig,
    counters: &Arc<LaneCounters>,
    breaker: &CircuitBreaker,
) -> Result<Arc<Slot>> {
    let stats = Arc::new(SlotStats::default());
    let context = PoolContext {
        slot: Arc::clone(&stats),
        lane: Arc::clone(counters),
        breaker: breaker.clone(),
    };
    let producer =
        Producer::from_config_and_context(config, context).map_err(|source| Error::Kafka {
            operation: "create producer",
            source,
        })?;
    Ok(Arc::new(Slot { producer, stats }))
}

async fn scale_loop(pool: Weak<PoolInner>, every: Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ticker.tick().await;
    loop {
        ticker.tick().await;
        let Some(pool) = pool.upgrade() else { return };
        if pool.closed.load(Ordering::Acquire) {
            return;
        }
        pool.scale_now();
    }
}

struct ScalingMemory {
    state: ScalingState,
    last_sent: u64,
    last_at: Instant,
}

struct LaneInner {
    config: LaneConfig,
    client_config: ClientConfig,
    /// The producers of a lane that cannot scale (min = max), read without
    /// taking `producers`' lock.
    fixed: Option<Vec<Arc<Slot>>>,
    producers: RwLock<Vec<Arc<Slot>>>,
    counters: Arc<LaneCounters>,
    policy: ScalingPolicy,
    scaling: Mutex<ScalingMemory>,
}

pub(crate) struct PoolInner {
    pub(crate) name: Arc<str>,
    config: PoolConfig,
    pub(crate) breaker: CircuitBreaker,
    keys: KeyRules,
    message_max_bytes: usize,
    queue_full_timeout: Duration,
    flush_timeout: Duration,
    lanes: Vec<LaneInner>,
    pub(crate) closed: AtomicBool,
    metrics: Option<ProducerPoolMetrics>,
    transactions: Option<TxPool>,
    retiring: Arc<Mutex<Vec<Arc<Slot>>>>,
    warned_topics: Mutex<HashSet<String>>,
}

impl PoolInner {
    fn producer_count(&self) -> u32 {
        let n: usize = self
            .lanes
            .iter()
            .map(|l| {
                l.producers
                    .read()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .len()
            })
            .sum();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// The checks every message passes before it is queued.
    #[inline]
    pub(crate) fn check(&self, m: &Message<'_>) -> Result<()> {
        if self.closed.load(Ordering::Relaxed) {
            return Err(self.closed_error());
        }
        let warnings = validate_topic(m.topic)?;
        if warnings.mixes_period_and_underscore {
            self.warn_topic(m.topic);
        }
        self.keys.check(m.key)?;
        check_payload(m.topic, m.payload, self.message_max_bytes)
    }

    #[cold]
    fn warn_topic(&self, topic: &str) {
        let mut warned = lock(&self.warned_topics);
        // Bounded, so that generated topic names cannot grow it forever;
        // past the bound every such send warns, which says so loudly.
        if warned.contains(topic) {
            return;
        }
        if warned.len() < 1_024 {
            warned.insert(topic.to_owned());
        }
        drop(warned);
        tracing::warn!(
            topic,
            "topic name mixes '.' and '_', which collide in Kafka's metric names"
        );
    }

    #[cold]
    pub(crate) fn closed_error(&self) -> Error {
        Error::Closed {
            pool: self.name.to_string(),
        }
    }

    /// One batch's permit.
    pub(crate) fn permit(&self) -> Result<OwnedPermit> {
        self.breaker.try_acquire_owned().map_err(Error::CircuitOpen)
    }

    /// Asks the breaker to let one message through. While closed nothing is
    /// held (the delivery report records through a fresh permit); a
    /// half-open probe keeps its permit until the report.
    #[inline]
    pub(crate) fn admit(&self) -> Result<Option<OwnedPermit>> {
        let p = self.breaker.try_acquire().map_err(Error::CircuitOpen)?;
        if !p.is_probe() {
            // Unrecorded, a closed-state permit records nothing.
            drop(p);
            return Ok(None);
        }
        // Give the probe back and take it again as one that can travel.
        drop(p);
        self.breaker
            .try_acquire_owned()
            .map(Some)
            .map_err(Error::CircuitOpen)
    }

    fn read_lane(&self, lane: usize) -> std::sync::RwLockReadGuard<'_, Vec<Arc<Slot>>> {
        self.lanes[lane]
            .producers
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Queues `record` on the least-loaded producer of `lane`, adding
    /// `count` to its in-flight messages.
    // The record comes back so that the caller can retry it without a copy,
    // as rdkafka's own `send` does.
    #[allow(clippy::result_large_err)]
    #[inline]
    fn try_send<'a>(
        &self,
        lane: usize,
        record: Record<'a>,
        count: usize,
    ) -> Result<(), (KafkaError, Record<'a>)> {
        let send = |slot: &Slot, record| {
            slot.stats.queue(count);
            slot.producer.send(record).inspect_err(|_| {
                slot.stats.unqueue(count);
            })
        };
        if let Some(fixed) = &self.lanes[lane].fixed {
            return send(least_loaded(fixed), record);
        }
        let slots = self.read_lane(lane);
        send(least_loaded(&slots), record)
    }

    /// Queues `record`, waiting with a bounded backoff while every
    /// producer of the lane is full.
    async fn send_with_backpressure<'a>(
        &self,
        lane: usize,
        mut record: Record<'a>,
    ) -> Result<(), (Error, Record<'a>)> {
        let mut waited = Duration::ZERO;
        let mut backoff = Duration::from_micros(500);
        loop {
            match self.try_send(lane, record, 1) {
                Ok(()) => return Ok(()),
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                    if waited >= self.queue_full_timeout {
                        let lane_name = self.lanes[lane].config.name.clone();
                        return Err((
                            Error::QueueFull {
                                lane: lane_name,
                                waited,
                            },
                            r,
                        ));
                    }
                    record = r;
                    let pause = backoff.min(self.queue_full_timeout - waited);
                    tokio::time::sleep(pause).await;
                    waited += pause;
                    backoff = (backoff * 2).min(Duration::from_millis(50));
                }
                Err((source, r)) => {
                    return Err((
                        Error::Kafka {
                            operation: "produce",
                            source,
                        },
                        r,
                    ));
                }
            }
        }
    }

    /// Creates, retires and counts producers as the policy decides.
    fn scale_now(&self) -> Vec<LaneScaling> {
        let mut out = Vec::with_capacity(self.lanes.len());
        for lane in &self.lanes {
            let (producers, queue_depth, latency) = {
                let slots = lane
                    .producers
                    .read()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let depth = slots
                    .iter()
                    .map(|s| s.stats.queue_depth.load(Ordering::Relaxed))
                    .sum::<u64>();
                let latency = slots
                    .iter()
                    .map(|s| s.stats.internal_latency_us.load(Ordering::Relaxed))
                    .max()
                    .unwrap_or(0);
                (
                    u32::try_from(slots.len()).unwrap_or(u32::MAX),
                    depth,
                    latency,
                )
            };
            let mut memory = lock(&lane.scaling);
            let now = Instant::now();
            let sent = lane.counters.sent.0.load(Ordering::Relaxed);
            let input = ScalingInput {
                producers,
                messages: sent.saturating_sub(memory.last_sent),
                interval_secs: now.duration_since(memory.last_at).as_secs_f64(),
                queue_depth,
                internal_latency_us: latency,
            };
            memory.last_sent = sent;
            memory.last_at = now;
            let decision = lane.policy.decide(&mut memory.state, &input);
            let mut applied = decision;
            match decision {
                ScaleDecision::Up => {
                    match new_slot(&lane.client_config, &lane.counters, &self.breaker) {
                        Ok(slot) => {
                            lane.producers
                                .write()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .push(slot);
                            if let Some(m) = &self.metrics {
                                m.scaling(ScaleDirection::Up).inc();
                            }
                        }
                        Err(e) => {
                            tracing::warn!(error = %e, lane = lane.config.name, "could not add a producer");
                            applied = ScaleDecision::Hold;
                        }
                    }
                }
                ScaleDecision::Down => {
                    let retired = {
                        let mut slots = lane
                            .producers
                            .write()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        if slots.len() > 1 {
                            let (i, _) = slots
                                .iter()
                                .enumerate()
                                .min_by_key(|(_, s)| s.stats.in_flight())
                                .unwrap_or((0, &slots[0]));
                            Some(slots.remove(i))
                        } else {
                            None
                        }
                    };
                    match retired {
                        Some(slot) => {
                            self.retire(slot);
                            if let Some(m) = &self.metrics {
                                m.scaling(ScaleDirection::Down).inc();
                            }
                        }
                        None => applied = ScaleDecision::Hold,
                    }
                }
                ScaleDecision::Hold => {}
            }
            out.push(LaneScaling {
                lane: lane.config.name.clone(),
                input,
                rate_ewma: memory.state.rate_ewma.unwrap_or(0.0),
                signals: memory.state.last_signals,
                decision: applied,
            });
        }
        if let Some(m) = &self.metrics {
            m.producers().set(i64::from(self.producer_count()));
            let depth: u64 = self
                .lanes
                .iter()
                .flat_map(|l| {
                    l.producers
                        .read()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .iter()
                        .map(|s| s.stats.queue_depth.load(Ordering::Relaxed))
                        .collect::<Vec<_>>()
                })
                .sum();
            m.queue_depth()
                .set(i64::try_from(depth).unwrap_or(i64::MAX));
        }
        out
    }

    /// Flushes a producer no longer routed to, on its own thread, and drops
    /// it once every message it held is reported.
    fn retire(&self, slot: Arc<Slot>) {
        lock(&self.retiring).push(Arc::clone(&slot));
        let timeout = self.flush_timeout;
        let retiring = Arc::clone(&self.retiring);
        let spawned = std::thread::Builder::new()
            .name("kafka-pool-retire".into())
            .spawn(move || {
                if let Err(e) = slot.producer.flush(timeout) {
                    tracing::warn!(error = %e, "retired producer did not flush in time");
                }
                lock(&retiring).retain(|s| !Arc::ptr_eq(s, &slot));
            });
        if let Err(e) = spawned {
            // The producer stays in `retiring`; close flushes it.
            tracing::warn!(error = %e, "could not start the retire thread");
        }
    }
}

/// The producer with the fewest messages in flight; the first when there is
/// one, which is the common case and costs no scan.
#[inline]
fn least_loaded(slots: &[Arc<Slot>]) -> &Arc<Slot> {
    match slots {
        [only] => only,
        _ => slots
            .iter()
            .min_by_key(|s| s.stats.in_flight())
            .unwrap_or(&slots[0]),
    }
}

/// What one scaling decision saw and did for one lane.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneScaling {
    /// The lane.
    pub lane: String,
    /// The measured input.
    pub input: ScalingInput,
    /// The smoothed rate after this interval, messages/s.
    pub rate_ewma: f64,
    /// Which signals were high.
    pub signals: Signals,
    /// What was done.
    pub decision: ScaleDecision,
}

/// Counters of one lane, from [`ProducerPool::stats`].
#[derive(Debug, Clone, PartialEq)]
pub struct LaneStats {
    /// The lane.
    pub lane: String,
    /// Producers routed to now.
    pub producers: usize,
    /// Messages queued and not yet reported.
    pub in_flight: usize,
    /// Messages queued since the pool started.
    pub sent: u64,
    /// Messages the broker acknowledged.
    pub delivered: u64,
    /// Messages whose delivery failed.
    pub failed: u64,
    /// Failed messages by kind, for every kind.
    pub errors: Vec<(DeliveryErrorKind, u64)>,
    /// librdkafka's queue depth at the last statistics callback, summed.
    pub queue_depth: u64,
    /// librdkafka's internal latency p95 at the last statistics callback, µs.
    pub internal_latency_us: u64,
    /// Broker round-trip time p95 at the last statistics callback, µs.
    pub rtt_us: u64,
    /// Bytes the lane's current producers sent to brokers (after
    /// compression), at their last statistics callback.
    pub wire_bytes: u64,
    /// Statistics callbacks seen over the lane's current producers.
    pub statistics_seen: u64,
}

/// A pool of rdkafka producers in lanes; see the crate docs.
///
/// Cheap to clone: clones share the producers.
#[derive(Clone)]
pub struct ProducerPool {
    inner: Arc<PoolInner>,
}

impl fmt::Debug for ProducerPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProducerPool")
            .field("name", &self.inner.name)
            .field("lanes", &self.inner.lanes.len())
            .field("producers", &self.inner.producer_count())
            .field("closed", &self.inner.closed.load(Ordering::Relaxed))
            .finish()
    }
}

impl ProducerPool {
    /// A builder for a pool with `config`.
    #[must_use]
    pub fn builder(config: PoolConfig) -> Builder {
        Builder {
            config,
            metrics: None,
            breaker: None,
        }
    }

    /// The pool's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.inner.name
    }

    /// The breaker every send goes through.
    #[must_use]
    pub fn breaker(&self) -> &CircuitBreaker {
        &self.inner.breaker
    }

    /// The config the pool was built with.
    #[must_use]
    pub fn config(&self) -> &PoolConfig {
        &self.inner.config
    }

    /// The lane named `name`.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownLane`] when no lane has that name.
    pub fn lane(&self, name: &str) -> Result<Lane> {
        self.inner
            .lanes
            .iter()
            .position(|l| l.config.name == name)
            .map(|index| Lane {
                pool: Arc::clone(&self.inner),
                index,
            })
            .ok_or_else(|| Error::UnknownLane {
                lane: name.to_owned(),
                configured: self
                    .inner
                    .lanes
                    .iter()
                    .map(|l| l.config.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The first lane, where [`send`](Self::send) goes.
    #[must_use]
    pub fn default_lane(&self) -> Lane {
        Lane {
            pool: Arc::clone(&self.inner),
            index: 0,
        }
    }

    /// Sends on the first lane; see [`Lane::send`].
    ///
    /// # Errors
    ///
    /// As [`Lane::send`].
    pub async fn send(&self, message: Message<'_>) -> Result<Delivered> {
        self.default_lane().send(message).await
    }

    /// Queues on the first lane; see [`Lane::enqueue`].
    ///
    /// # Errors
    ///
    /// As [`Lane::enqueue`].
    pub async fn enqueue(&self, message: Message<'_>) -> Result<DeliveryFuture> {
        Lane::enqueue_on(&self.inner, 0, message).await
    }

    /// Sends a batch on the first lane; see [`Lane::send_batch`].
    ///
    /// # Errors
    ///
    /// As [`Lane::send_batch`].
    pub async fn send_batch(&self, messages: Vec<Message<'_>>) -> Result<BatchReport> {
        self.default_lane().send_batch(messages).await
    }

    /// Leases a transactional producer for exclusive use and begins a
    /// transaction on it; waits while every transactional producer is leased.
    ///
    /// # Errors
    ///
    /// [`Error::TransactionsDisabled`] without `transactions` in the config;
    /// [`Error::Kafka`] or [`Error::Fenced`] when the producer cannot be
    /// initialised or the transaction cannot begin.
    pub async fn transaction(&self) -> Result<Transaction> {
        let tx = self
            .inner
            .transactions
            .as_ref()
            .ok_or(Error::TransactionsDisabled)?;
        if self.inner.closed.load(Ordering::Acquire) {
            return Err(self.inner.closed_error());
        }
        tx.lease(Arc::clone(&self.inner)).await
    }

    /// Makes one scaling decision for every lane now, from what was
    /// measured since the previous one, and applies it. The background
    /// task calls this at each `scaling.interval_ms`.
    pub fn scale_now(&self) -> Vec<LaneScaling> {
        self.inner.scale_now()
    }

    /// Producers being flushed after being retired.
    #[must_use]
    pub fn retiring(&self) -> usize {
        lock(&self.inner.retiring).len()
    }

    /// The counters of every lane.
    #[must_use]
    pub fn stats(&self) -> Vec<LaneStats> {
        self.inner
            .lanes
            .iter()
            .map(|l| {
                let slots = l
                    .producers
                    .read()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let c = &l.counters;
                LaneStats {
                    lane: l.config.name.clone(),
                    producers: slots.len(),
                    in_flight: slots.iter().map(|s| s.stats.in_flight()).sum(),
                    sent: c.sent.0.load(Ordering::Relaxed),
                    delivered: c.delivered.0.load(Ordering::Relaxed),
                    failed: c.failed.load(Ordering::Relaxed),
                    errors: DeliveryErrorKind::ALL
                        .iter()
                        .map(|k| (*k, c.errors[k.index()].load(Ordering::Relaxed)))
                        .collect(),
                    queue_depth: slots
                        .iter()
                        .map(|s| s.stats.queue_depth.load(Ordering::Relaxed))
                        .sum(),
                    internal_latency_us: slots
                        .iter()
                        .map(|s| s.stats.internal_latency_us.load(Ordering::Relaxed))
                        .max()
                        .unwrap_or(0),
                    rtt_us: slots
                        .iter()
                        .map(|s| s.stats.rtt_us.load(Ordering::Relaxed))
                        .max()
                        .unwrap_or(0),
                    wire_bytes: slots
                        .iter()
                        .map(|s| s.stats.wire_bytes.load(Ordering::Relaxed))
                        .sum(),
                    statistics_seen: slots
                        .iter()
                        .map(|s| s.stats.stats_seen.load(Ordering::Acquire))
                        .sum(),
                }
            })
            .collect()
    }

    /// Stops taking sends, flushes every producer (lanes, retiring and
    /// transactional) for at most `timeout` in all, and returns how many
    /// messages were not delivered by then: 0 in the normal case. Messages
    /// still queued after the timeout are purged; their senders see a
    /// `Purged` delivery error. Blocks the calling thread; see
    /// [`close`](Self::close) for async callers.
    pub fn close_blocking(&self, timeout: Duration) -> usize {
        let p = &*self.inner;
        p.closed.store(true, Ordering::Release);
        let deadline = Instant::now() + timeout;
        let mut slots: Vec<Arc<Slot>> = p
            .lanes
            .iter()
            .flat_map(|l| {
                l.producers
                    .read()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .clone()
            })
            .collect();
        slots.extend(lock(&p.retiring).iter().cloned());
        let mut undelivered = 0;
        for slot in &slots {
            let left = deadline.saturating_duration_since(Instant::now());
            let _ = slot.producer.flush(left);
            let pending = slot.stats.in_flight();
            if pending > 0 {
                undelivered += pending;
                slot.producer
                    .purge(PurgeConfig::default().queue().inflight());
                // The purge reports arrive through the poll thread.
                let _ = slot.producer.flush(Duration::from_millis(100));
            }
        }
        if let Some(tx) = &p.transactions {
            undelivered += tx.close(deadline);
        }
        undelivered
    }

    /// [`close_blocking`](Self::close_blocking) on tokio's blocking pool.
    pub async fn close(&self, timeout: Duration) -> usize {
        let pool = self.clone();
        match tokio::task::spawn_blocking(move || pool.close_blocking(timeout)).await {
            Ok(n) => n,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
}

/// One lane of a pool: its own producers, compression and linger; from
/// [`ProducerPool::lane`]. Cheap to clone.
#[derive(Clone)]
pub struct Lane {
    pool: Arc<PoolInner>,
    index: usize,
}

impl fmt::Debug for Lane {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lane")
            .field("pool", &self.pool.name)
            .field("lane", &self.name())
            .finish()
    }
}

impl Lane {
    /// The lane's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.pool.lanes[self.index].config.name
    }

    /// Sends one message and waits for the broker's acknowledgement.
    ///
    /// # Errors
    ///
    /// Before anything is queued: [`Error::InvalidTopic`],
    /// [`Error::InvalidKey`], [`Error::PayloadTooLarge`], [`Error::Closed`],
    /// [`Error::CircuitOpen`], [`Error::QueueFull`] after the bounded wait.
    /// After: [`Error::Delivery`] with the kind of failure.
    pub async fn send(&self, message: Message<'_>) -> Result<Delivered> {
        Self::enqueue_on(&self.pool, self.index, message)
            .await?
            .await
    }

    /// Queues one message on the least-loaded producer of the lane and
    /// returns a future of its delivery report, so a caller can keep many
    /// messages in flight. Waits (bounded by `queue_full_timeout_ms`) only
    /// while every producer's queue is full.
    ///
    /// Messages with the same key keep their order when they go through one
    /// producer: with more than one producer in the lane, pipelined sends of
    /// one key may be spread over producers; send them in one
    /// [`send_batch`](Self::send_batch) (one producer per batch), await each
    /// one, or use a lane with `max_producers = 1`.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send), before anything is queued.
    pub async fn enqueue(&self, message: Message<'_>) -> Result<DeliveryFuture> {
        Self::enqueue_on(&self.pool, self.index, message).await
    }

    pub(crate) async fn enqueue_on(
        pool: &Arc<PoolInner>,
        lane: usize,
        message: Message<'_>,
    ) -> Result<DeliveryFuture> {
        pool.check(&message)?;
        let pending = Pending::one(pool.admit()?);
        let record = message.into_record(Arc::clone(&pending));
        let counters = &pool.lanes[lane].counters;
        let queued = match pool.try_send(lane, record, 1) {
            Ok(()) => Ok(()),
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), record)) => {
                pool.send_with_backpressure(lane, record).await
            }
            Err((source, record)) => Err((
                Error::Kafka {
                    operation: "produce",
                    source,
                },
                record,
            )),
        };
        match queued {
            Ok(()) => {
                counters.sent.0.fetch_add(1, Ordering::Relaxed);
                if let Some(m) = &counters.metrics {
                    m.sent().inc();
                }
                Ok(DeliveryFuture { pending })
            }
            Err((e, record)) => {
                drop(record);
                // A queue full for the whole wait says the bus is not
                // draining: the breaker counts it. Other errors are ignored.
                let outcome = if matches!(e, Error::QueueFull { .. }) {
                    omnibase_circuit_breaker::Outcome::Failure
                } else {
                    omnibase_circuit_breaker::Outcome::Ignored
                };
                match pending.take_permit() {
                    Some(p) => p.record(outcome),
                    None => {
                        if let Ok(p) = pool.breaker.try_acquire() {
                            p.record(outcome);
                        }
                    }
                }
                Err(e)
            }
        }
    }

    /// Sends `messages` through one producer (the least-loaded) and waits
    /// once for all of their delivery reports: one breaker call and one
    /// completion for the whole batch instead of one future per message.
    /// Every message is accounted for in the report: delivered, failed, or
    /// not queued. The batch counts as a breaker failure when any message
    /// failed for an infrastructure reason.
    ///
    /// # Errors
    ///
    /// Before anything is queued: the first invalid message's
    /// validation error, [`Error::Closed`], [`Error::CircuitOpen`].
    pub async fn send_batch(&self, messages: Vec<Message<'_>>) -> Result<BatchReport> {
        let pool = &*self.pool;
        for m in &messages {
            pool.check(m)?;
        }
        let permit = pool.permit()?;
        let n = messages.len();
        let (done_tx, done_rx) = oneshot::channel();
        let state = Arc::new(Pending::Batch(BatchState::new(n, permit, done_tx)));
        let Pending::Batch(batch) = &*state else {
            unreachable_batch()
        };
        let lane = &pool.lanes[self.index];
        let mut not_queued = Vec::new();
        // One producer for the whole batch keeps per-key order within it.
        let slot = Arc::clone(least_loaded(&pool.read_lane(self.index)));
        slot.stats.queue(n);
        let mut queued = 0_u64;
        let mut waited = Duration::ZERO;
        for (i, m) in messages.into_iter().enumerate() {
            let mut record = m.into_record(Arc::clone(&state));
            let mut backoff = Duration::from_micros(500);
            loop {
                match slot.producer.send(record) {
                    Ok(()) => {
                        queued += 1;
                        break;
                    }
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r))
                        if waited < pool.queue_full_timeout =>
                    {
                        record = r;
                        let pause = backoff.min(pool.queue_full_timeout - waited);
                        tokio::time::sleep(pause).await;
                        waited += pause;
                        backoff = (backoff * 2).min(Duration::from_millis(50));
                    }
                    Err((e, _)) => {
                        // Still full after the bounded wait says the bus is
                        // not draining; another refusal is this message's.
                        if e == KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull) {
                            batch.infra_failure.store(true, Ordering::Release);
                        }
                        not_queued.push(i);
                        break;
                    }
                }
            }
        }
        let unsent = not_queued.len();
        slot.stats.unqueue(unsent);
        lane.counters.sent.0.fetch_add(queued, Ordering::Relaxed);
        if let Some(m) = &lane.counters.metrics {
            m.sent().inc_by(queued);
        }
        batch.finish(unsent + 1);
        // The last report sends; a dropped sender means the producer is gone.
        let _ = done_rx.await;
        let Pending::Batch(batch) = &*state else {
            unreachable_batch()
        };
        Ok(BatchReport {
            delivered: batch.delivered.load(Ordering::Acquire),
            failed: std::mem::take(&mut *lock(&batch.failed)),
            not_queued,
            elapsed: batch.start.elapsed(),
        })
    }

    /// Sends `event` as a structured-mode CloudEvent in JSON: its
    /// `partitionkey` as the message key, `content-type:
    /// application/cloudevents+json` as a header.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidEnvelope`] when the data does not serialize; then as
    /// [`send`](Self::send).
    pub async fn send_event<T: Serialize>(
        &self,
        topic: &str,
        event: &EventEnvelope<T>,
    ) -> Result<Delivered> {
        let json = event.to_json()?;
        let mut m = Message::new(topic)
            .payload(&json)
            .header("content-type", CLOUDEVENTS_JSON);
        if let Some(k) = &event.partitionkey {
            m = m.key(k);
        }
        self.send(m).await
    }
}

#[cold]
fn unreachable_batch() -> ! {
    // Built as `Pending::Batch` two lines above; never another variant.
    panic!("batch state is not a batch")
}
