//! Lifecycle counters: what the pool did, readable at any time as a
//! [`PoolStats`] snapshot (and, once wired, exported as metrics).

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Why a connection was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CloseReason {
    /// It outlived `max_lifetime`.
    Lifetime,
    /// It sat idle beyond `idle_timeout` while more than `min_idle` were open.
    Idle,
    /// The server closed it, or validation failed.
    Broken,
    /// A call on it was abandoned mid-flight (the caller's future dropped) or
    /// timed out; it was cancelled and closed rather than reused.
    Abandoned,
    /// The pool was closed.
    PoolClosed,
}

impl CloseReason {
    /// Every reason, in label order.
    pub const ALL: [CloseReason; 5] = [
        CloseReason::Lifetime,
        CloseReason::Idle,
        CloseReason::Broken,
        CloseReason::Abandoned,
        CloseReason::PoolClosed,
    ];

    /// The metric label of this reason.
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::Lifetime => "lifetime",
            CloseReason::Idle => "idle",
            CloseReason::Broken => "broken",
            CloseReason::Abandoned => "abandoned",
            CloseReason::PoolClosed => "pool_closed",
        }
    }
}

/// The counters one pool updates; relaxed atomics, read as a snapshot.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub(crate) created: AtomicU64,
    closed: [AtomicU64; CloseReason::ALL.len()],
    pub(crate) validations: AtomicU64,
    pub(crate) validations_bypassed: AtomicU64,
    pub(crate) acquire_timeouts: AtomicU64,
    pub(crate) overloaded: AtomicU64,
    pub(crate) retries: AtomicU64,
}

impl Counters {
    pub(crate) fn closed(&self, reason: CloseReason) {
        self.closed[reason as usize].fetch_add(1, Relaxed);
    }

    pub(crate) fn snapshot(&self) -> PoolStats {
        PoolStats {
            created: self.created.load(Relaxed),
            closed_lifetime: self.closed[CloseReason::Lifetime as usize].load(Relaxed),
            closed_idle: self.closed[CloseReason::Idle as usize].load(Relaxed),
            closed_broken: self.closed[CloseReason::Broken as usize].load(Relaxed),
            closed_abandoned: self.closed[CloseReason::Abandoned as usize].load(Relaxed),
            closed_pool_closed: self.closed[CloseReason::PoolClosed as usize].load(Relaxed),
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
