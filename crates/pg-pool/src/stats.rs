//! What the pool did: lifecycle counters readable at any time as a
//! [`PoolStats`] snapshot, and, when the pool was given handles from
//! `omnibase-metrics`, the same events recorded as metrics.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use omnibase_metrics::{
    AcquireFailure, CloseReason, LabelEnum, MAX_TOP_SHAPES, OpenReason, Operation, PgPoolMetrics,
    ShapeSample, SqlStateClass, Validation,
};

use crate::Error;
use crate::shapes::Shapes;

const CLOSE_REASONS: usize = <CloseReason as LabelEnum>::ALL.len();

/// The one place a pool records what happens: relaxed atomics for
/// [`PoolStats`], and the optional metrics handles.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    created: AtomicU64,
    closed: [AtomicU64; CLOSE_REASONS],
    validations: AtomicU64,
    validations_bypassed: AtomicU64,
    acquire_timeouts: AtomicU64,
    overloaded: AtomicU64,
    retries: AtomicU64,
    /// Why connections opened now are opened ([`OpenReason`] as its index).
    opening_for: AtomicU8,
    metrics: Option<PgPoolMetrics>,
}

impl Counters {
    pub(crate) fn new(metrics: Option<PgPoolMetrics>) -> Counters {
        Counters {
            metrics,
            ..Counters::default()
        }
    }

    /// Whether metrics are recorded (and so worth timing things for).
    pub(crate) fn timing(&self) -> bool {
        self.metrics.is_some()
    }

    /// Connections opened from now on are opened for `reason`.
    pub(crate) fn opening_for(&self, reason: OpenReason) {
        self.opening_for
            .store(u8::try_from(reason.index()).unwrap_or(0), Relaxed);
    }

    pub(crate) fn opened(&self) {
        self.created.fetch_add(1, Relaxed);
        if let Some(m) = &self.metrics {
            let reason = OpenReason::ALL
                .get(usize::from(self.opening_for.load(Relaxed)))
                .copied()
                .unwrap_or(OpenReason::Demand);
            m.opened(reason).inc();
        }
    }

    pub(crate) fn closed(&self, reason: CloseReason) {
        self.closed[reason.index()].fetch_add(1, Relaxed);
        if let Some(m) = &self.metrics {
            m.closed(reason).inc();
        }
    }

    pub(crate) fn validation(&self, result: Validation) {
        match result {
            Validation::Bypassed => &self.validations_bypassed,
            Validation::Passed | Validation::Failed => &self.validations,
        }
        .fetch_add(1, Relaxed);
        if let Some(m) = &self.metrics {
            m.validation(result).inc();
        }
    }

    pub(crate) fn acquire_failed(&self, why: AcquireFailure) {
        match why {
            AcquireFailure::Timeout => &self.acquire_timeouts,
            AcquireFailure::Overloaded => &self.overloaded,
        }
        .fetch_add(1, Relaxed);
        if let Some(m) = &self.metrics {
            m.acquire_failure(why).inc();
        }
    }

    pub(crate) fn retried(&self) {
        self.retries.fetch_add(1, Relaxed);
        if let Some(m) = &self.metrics {
            m.retries().inc();
        }
    }

    pub(crate) fn acquired_after(&self, waited: Duration) {
        if let Some(m) = &self.metrics {
            m.acquire_wait().observe_duration(waited);
        }
    }

    /// A statement finished after `took`, with `error` if it failed.
    pub(crate) fn statement(&self, sql: &str, took: Duration, error: Option<&Error>) {
        let Some(m) = &self.metrics else { return };
        m.query(Operation::classify(sql)).observe_duration(took);
        if let Some(error) = error {
            self.failed(error);
        }
    }

    /// A statement failed before it ran (while being prepared, say).
    pub(crate) fn failed(&self, error: &Error) {
        if let Some(m) = &self.metrics {
            m.error(
                error
                    .sqlstate()
                    .map_or(SqlStateClass::NONE, SqlStateClass::from_code),
            );
        }
    }

    /// Publishes the shapes that took the most time, if metrics are on.
    pub(crate) fn top_shapes(&self, shapes: &Shapes) {
        let Some(m) = &self.metrics else { return };
        let top: Vec<ShapeSample> = shapes
            .top(MAX_TOP_SHAPES)
            .into_iter()
            .map(|s| ShapeSample {
                fingerprint: s.fingerprint.to_string(),
                calls: s.calls,
                total: s.total,
                p99: s.p99,
            })
            .collect();
        m.set_top_shapes(&top);
    }

    /// Occupancy, sampled by the reaper.
    pub(crate) fn occupancy(&self, in_use: usize, idle: usize, waiting: usize) {
        if let Some(m) = &self.metrics {
            let gauge = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
            m.in_use().set(gauge(in_use));
            m.idle().set(gauge(idle));
            m.waiting().set(gauge(waiting));
        }
    }

    pub(crate) fn snapshot(&self) -> PoolStats {
        let closed = |r: CloseReason| self.closed[r.index()].load(Relaxed);
        PoolStats {
            created: self.created.load(Relaxed),
            closed_lifetime: closed(CloseReason::Lifetime),
            closed_idle: closed(CloseReason::Idle),
            closed_broken: closed(CloseReason::Broken),
            closed_abandoned: closed(CloseReason::Abandoned),
            closed_pool_closed: closed(CloseReason::PoolClosed),
            validations: self.validations.load(Relaxed),
            validations_bypassed: self.validations_bypassed.load(Relaxed),
            acquire_timeouts: self.acquire_timeouts.load(Relaxed),
            overloaded: self.overloaded.load(Relaxed),
            retries: self.retries.load(Relaxed),
        }
    }
}

/// A snapshot of a pool's lifecycle counters since it was built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PoolStats {
    /// Connections opened.
    pub created: u64,
    /// Connections closed for outliving `max_lifetime`.
    pub closed_lifetime: u64,
    /// Connections closed for idling beyond `idle_timeout`.
    pub closed_idle: u64,
    /// Connections found broken (closed by the server, failed validation).
    pub closed_broken: u64,
    /// Connections closed because a call on them was abandoned or timed out.
    pub closed_abandoned: u64,
    /// Connections closed by closing the pool.
    pub closed_pool_closed: u64,
    /// Checkouts that validated the connection with a round trip.
    pub validations: u64,
    /// Checkouts that skipped validation inside the bypass window.
    pub validations_bypassed: u64,
    /// Acquires that timed out.
    pub acquire_timeouts: u64,
    /// Acquires refused at once because too many callers waited.
    pub overloaded: u64,
    /// Idempotent reads retried once after a broken connection.
    pub retries: u64,
}
