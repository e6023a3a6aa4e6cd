//! One producer of the pool: its librdkafka context, which accounts for
//! every delivery report and reads the statistics callback, and what a
//! queued message carries until its report arrives.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use omnibase_circuit_breaker::{CircuitBreaker, Outcome, OwnedPermit};
use omnibase_metrics::LaneMetrics;
use rdkafka::ClientContext;
use rdkafka::error::KafkaError;
use rdkafka::message::{DeliveryResult, Message as _};
use rdkafka::producer::{ProducerContext, ThreadedProducer};
use rdkafka::statistics::Statistics;
use tokio::sync::oneshot;

use crate::error::{DeliveryErrorKind, Error, Result};

/// Keeps a counter written by one thread off the cache line of a counter
/// written by another (senders count `sent`, the poll thread `delivered`).
#[derive(Debug, Default)]
#[repr(align(128))]
pub(crate) struct Padded<T>(pub(crate) T);

/// Counters of one lane, shared by its producers' contexts.
#[derive(Debug, Default)]
pub(crate) struct LaneCounters {
    pub(crate) sent: Padded<AtomicU64>,
    pub(crate) delivered: Padded<AtomicU64>,
    pub(crate) failed: AtomicU64,
    pub(crate) errors: [AtomicU64; DeliveryErrorKind::ALL.len()],
    pub(crate) metrics: Option<LaneMetrics>,
}

/// What one producer's context measures.
#[derive(Debug, Default)]
pub(crate) struct SlotStats {
    /// Messages queued, written by senders.
    queued: Padded<AtomicUsize>,
    /// Messages reported, written by the poll thread: a line of its own, so
    /// that counting a report does not pull the senders' line over.
    reported: Padded<AtomicUsize>,
    /// librdkafka's `msg_cnt` at the last statistics callback.
    pub(crate) queue_depth: AtomicU64,
    /// Largest p95 internal queue latency over brokers, µs.
    pub(crate) internal_latency_us: AtomicU64,
    /// Largest p95 round-trip time over brokers, µs.
    pub(crate) rtt_us: AtomicU64,
    /// Bytes sent to brokers (requests, after compression), at the last
    /// statistics callback.
    pub(crate) wire_bytes: AtomicU64,
    /// Statistics callbacks seen.
    pub(crate) stats_seen: AtomicU64,
}

impl SlotStats {
    /// Counts `n` messages as queued.
    #[inline]
    pub(crate) fn queue(&self, n: usize) {
        self.queued.0.fetch_add(n, Ordering::Relaxed);
    }

    /// Takes back `n` messages counted by [`queue`](Self::queue) that
    /// librdkafka refused.
    #[inline]
    pub(crate) fn unqueue(&self, n: usize) {
        self.queued.0.fetch_sub(n, Ordering::Relaxed);
    }

    /// Messages queued and not yet reported.
    #[inline]
    pub(crate) fn in_flight(&self) -> usize {
        // Reported first: `queued` never falls below `reported`, so the
        // later read of `queued` is at least the earlier `reported`.
        let reported = self.reported.0.load(Ordering::Acquire);
        self.queued
            .0
            .load(Ordering::Acquire)
            .saturating_sub(reported)
    }
}

/// The librdkafka context of every producer in the pool.
pub(crate) struct PoolContext {
    pub(crate) slot: Arc<SlotStats>,
    pub(crate) lane: Arc<LaneCounters>,
    /// Records the outcome of closed-state sends, which carry no permit.
    pub(crate) breaker: CircuitBreaker,
}

/// A producer of the pool.
pub(crate) type Producer = ThreadedProducer<PoolContext>;

/// One producer with its measurements.
pub(crate) struct Slot {
    pub(crate) producer: Producer,
    pub(crate) stats: Arc<SlotStats>,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Slot").field("stats", &self.stats).finish()
    }
}

impl ClientContext for PoolContext {
    fn stats(&self, s: Statistics) {
        let p95 = |w: Option<&rdkafka::statistics::Window>| {
            w.filter(|w| w.cnt > 0)
                .map_or(0, |w| u64::try_from(w.p95).unwrap_or(0))
        };
        let latency = s
            .brokers
            .values()
            .map(|b| p95(b.int_latency.as_ref()))
            .max()
            .unwrap_or(0);
        let rtt = s
            .brokers
            .values()
            .map(|b| p95(b.rtt.as_ref()))
            .max()
            .unwrap_or(0);
        self.slot.queue_depth.store(s.msg_cnt, Ordering::Relaxed);
        self.slot
            .internal_latency_us
            .store(latency, Ordering::Relaxed);
        self.slot.rtt_us.store(rtt, Ordering::Relaxed);
        self.slot
            .wire_bytes
            .store(u64::try_from(s.tx_bytes).unwrap_or(0), Ordering::Relaxed);
        self.slot.stats_seen.fetch_add(1, Ordering::Release);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        tracing::warn!(%error, reason, "librdkafka reported an error");
    }
}

/// Where one message was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    /// The partition.
    pub partition: i32,
    /// The offset in the partition.
    pub offset: i64,
    /// Time from the send to the broker's acknowledgement.
    pub latency: Duration,
}

/// A message whose delivery failed, from a [`BatchReport`].
#[derive(Debug)]
pub struct FailedMessage {
    /// The topic.
    pub topic: String,
    /// The message key.
    pub key: Option<Vec<u8>>,
    /// The kind of failure.
    pub kind: DeliveryErrorKind,
    /// librdkafka's error.
    pub error: KafkaError,
}

/// The outcome of [`Lane::send_batch`](crate::Lane::send_batch): every
/// message is either delivered or listed as failed or not queued.
#[derive(Debug, Default)]
pub struct BatchReport {
    /// Messages the broker acknowledged.
    pub delivered: usize,
    /// Messages whose delivery failed.
    pub failed: Vec<FailedMessage>,
    /// Indexes of messages never queued: the producer stayed full for the
    /// whole bounded wait (they may be sent again), or librdkafka refused
    /// the message itself (an unknown partition, say).
    pub not_queued: Vec<usize>,
    /// Time from the first send to the last report.
    pub elapsed: Duration,
}

impl BatchReport {
    /// Whether every message was delivered.
    #[must_use]
    pub fn all_delivered(&self) -> bool {
        self.failed.is_empty() && self.not_queued.is_empty()
    }
}

/// What travels with a queued message to its delivery report.
pub(crate) enum Pending {
    /// One message; shared by librdkafka's opaque and the caller's
    /// [`DeliveryFuture`], so one allocation serves as both the opaque and
    /// the channel.
    One(OneState),
    Batch(BatchState),
}

pub(crate) struct OneState {
    start: Instant,
    inner: Mutex<OneInner>,
}

struct OneInner {
    /// A half-open probe's permit; `None` for a send admitted while the
    /// breaker was closed (see [`PoolContext::record`]).
    permit: Option<OwnedPermit>,
    result: Option<Result<Delivered>>,
    waker: Option<Waker>,
}

impl Pending {
    /// The state of one message, started now.
    #[inline]
    pub(crate) fn one(permit: Option<OwnedPermit>) -> Arc<Self> {
        Arc::new(Self::One(OneState {
            start: Instant::now(),
            inner: Mutex::new(OneInner {
                permit,
                result: None,
                waker: None,
            }),
        }))
    }

    /// The permit of a message that librdkafka refused.
    pub(crate) fn take_permit(&self) -> Option<OwnedPermit> {
        match self {
            Self::One(one) => lock(&one.inner).permit.take(),
            Self::Batch(_) => None,
        }
    }
}

pub(crate) struct BatchState {
    /// Messages not yet reported, plus one for the sender until it has
    /// queued them all, so the batch cannot complete early.
    pub(crate) remaining: AtomicUsize,
    pub(crate) delivered: AtomicUsize,
    pub(crate) infra_failure: AtomicBool,
    pub(crate) failed: Mutex<Vec<FailedMessage>>,
    pub(crate) done: Mutex<Option<oneshot::Sender<()>>>,
    pub(crate) permit: Mutex<Option<OwnedPermit>>,
    pub(crate) start: Instant,
}

impl BatchState {
    pub(crate) fn new(n: usize, permit: OwnedPermit, done: oneshot::Sender<()>) -> Self {
        Self {
            remaining: AtomicUsize::new(n + 1),
            delivered: AtomicUsize::new(0),
            infra_failure: AtomicBool::new(false),
            failed: Mutex::new(Vec::new()),
            done: Mutex::new(Some(done)),
            permit: Mutex::new(Some(permit)),
            start: Instant::now(),
        }
    }

    /// Counts `n` messages as reported; the last one completes the batch.
    pub(crate) fn finish(&self, n: usize) {
        if n == 0 {
            return;
        }
        if self.remaining.fetch_sub(n, Ordering::AcqRel) == n {
            let outcome = if self.infra_failure.load(Ordering::Acquire) {
                Outcome::Failure
            } else {
                Outcome::Success
            };
            if let Some(p) = lock(&self.permit).take() {
                p.record(outcome);
            }
            if let Some(tx) = lock(&self.done).take() {
                let _ = tx.send(());
            }
        }
    }
}

/// Locks a mutex, going on with the data if a panicking thread poisoned it:
/// every value kept under these locks is valid at each step.
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn outcome_of(kind: DeliveryErrorKind) -> Outcome {
    if kind.is_infrastructure() {
        Outcome::Failure
    } else {
        Outcome::Ignored
    }
}

impl ProducerContext for PoolContext {
    type DeliveryOpaque = Arc<Pending>;

    fn delivery(&self, result: &DeliveryResult<'_>, pending: Arc<Pending>) {
        self.slot.reported.0.fetch_add(1, Ordering::Release);
        let lane = &*self.lane;
        let failure = match result {
            Ok(_) => {
                lane.delivered.0.fetch_add(1, Ordering::Relaxed);
                None
            }
            Err((e, _)) => {
                let kind = e
                    .rdkafka_error_code()
                    .map_or(DeliveryErrorKind::Other, DeliveryErrorKind::of);
                lane.failed.fetch_add(1, Ordering::Relaxed);
                lane.errors[kind.index()].fetch_add(1, Ordering::Relaxed);
                Some((e, kind))
            }
        };
        let start = match &*pending {
            Pending::One(one) => one.start,
            Pending::Batch(b) => b.start,
        };
        let latency = start.elapsed();
        if let Some(m) = &lane.metrics {
            if failure.is_none() {
                m.delivered().inc();
                m.delivery().observe_duration(latency);
            } else {
                m.failed().inc();
            }
        }
        match &*pending {
            Pending::One(one) => {
                let outcome = match (&failure, result) {
                    (None, Ok(m)) => Ok(Delivered {
                        partition: m.partition(),
                        offset: m.offset(),
                        latency,
                    }),
                    (Some((e, kind)), Err((_, m))) => Err(Error::Delivery {
                        topic: m.topic().to_owned(),
                        kind: *kind,
                        source: (*e).clone(),
                    }),
                    _ => unreachable_outcome(),
                };
                let breaker_outcome = failure.map_or(Outcome::Success, |(_, k)| outcome_of(k));
                let (permit, waker) = {
                    let mut inner = lock(&one.inner);
                    // The caller may have stopped waiting; the report is
                    // counted anyway.
                    inner.result = Some(outcome);
                    (inner.permit.take(), inner.waker.take())
                };
                self.record(permit, breaker_outcome);
                if let Some(w) = waker {
                    w.wake();
                }
            }
            Pending::Batch(b) => self.batch_report(b, result, failure),
        }
    }
}

#[cold]
fn unreachable_outcome() -> Result<Delivered> {
    // `failure` is derived from `result` above, so the two always agree.
    Err(Error::ReportLost)
}

impl PoolContext {
    /// Records one send's outcome. A probe records through its own permit.
    /// A send admitted while closed carries none, so that the hot path does
    /// not clone the breaker's `Arc` per message (the clone on the sender's
    /// thread and the drop on this one would bounce its cache line): its
    /// outcome goes through a permit taken now, if the breaker still lets
    /// calls through without probing. The cost: such a call's duration is
    /// not measured by the breaker, so slow-call tracking sees probes only;
    /// delivery latency is in the lane's histogram.
    #[inline]
    fn record(&self, permit: Option<OwnedPermit>, outcome: Outcome) {
        match permit {
            Some(p) => p.record(outcome),
            None => {
                if let Ok(p) = self.breaker.try_acquire()
                    && !p.is_probe()
                {
                    p.record(outcome);
                }
            }
        }
    }

    fn batch_report(
        &self,
        b: &BatchState,
        result: &DeliveryResult<'_>,
        failure: Option<(&KafkaError, DeliveryErrorKind)>,
    ) {
        match (failure, result) {
            (None, _) => {
                b.delivered.fetch_add(1, Ordering::Relaxed);
            }
            (Some((e, kind)), Err((_, m))) => {
                if kind.is_infrastructure() {
                    b.infra_failure.store(true, Ordering::Release);
                }
                lock(&b.failed).push(FailedMessage {
                    topic: m.topic().to_owned(),
                    key: m.key().map(<[u8]>::to_vec),
                    kind,
                    error: e.clone(),
                });
            }
            (Some(_), Ok(_)) => {}
        }
        b.finish(1);
    }
}

/// The broker's answer to one message, from
/// [`Lane::enqueue`](crate::Lane::enqueue).
#[must_use = "the delivery report is only seen by awaiting the future"]
pub struct DeliveryFuture {
    pub(crate) pending: Arc<Pending>,
}

impl std::fmt::Debug for DeliveryFuture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let done = match &*self.pending {
            Pending::One(one) => lock(&one.inner).result.is_some(),
            Pending::Batch(_) => false,
        };
        f.debug_struct("DeliveryFuture")
            .field("reported", &done)
            .finish()
    }
}

impl Future for DeliveryFuture {
    type Output = Result<Delivered>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let Pending::One(one) = &*self.pending else {
            return Poll::Ready(Err(Error::ReportLost));
        };
        let mut inner = lock(&one.inner);
        if let Some(r) = inner.result.take() {
            return Poll::Ready(r);
        }
        // Only this future's reference is left: the producer dropped the
        // message without a report, which a flushed close never does.
        if Arc::strong_count(&self.pending) == 1 {
            return Poll::Ready(Err(Error::ReportLost));
        }
        match &inner.waker {
            Some(w) if w.will_wake(cx.waker()) => {}
            _ => inner.waker = Some(cx.waker().clone()),
        }
        Poll::Pending
    }
}
