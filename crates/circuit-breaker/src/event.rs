//! What the breaker tells the outside: window snapshots, transition events,
//! cumulative counters, and the [`Observer`] hook a metrics crate plugs into.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::state::{Outcome, State};

/// The window's aggregate at one moment, plus the thresholds in force.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snapshot {
    /// The state when the snapshot was taken.
    pub state: State,
    /// Recorded calls in the window (ignored calls are not recorded).
    pub calls: u64,
    /// Calls in the window that counted as failures.
    pub failures: u64,
    /// Calls in the window slower than the slow-call threshold (failed or not).
    pub slow_calls: u64,
    /// `failures / calls` in percent; 0 for an empty window.
    pub failure_rate: f64,
    /// `slow_calls / calls` in percent; 0 for an empty window.
    pub slow_call_rate: f64,
    /// The failure-rate threshold in force, in percent (moves when adaptive).
    pub failure_rate_threshold: f64,
}

/// Why a transition happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The window's failure rate reached the threshold.
    FailureRate,
    /// The window's slow-call rate reached the threshold.
    SlowCallRate,
    /// The open duration elapsed and a call asked to pass.
    OpenDurationElapsed,
    /// Every half-open probe was recorded and the probes passed the thresholds.
    ProbesPassed,
    /// The half-open probes' failure rate reached the threshold.
    ProbesFailed,
    /// The half-open probes' slow-call rate reached the threshold.
    ProbesSlow,
    /// The breaker stayed half-open longer than the configured maximum wait.
    HalfOpenTimeout,
    /// [`force_open`](crate::CircuitBreaker::force_open) was called.
    ForcedOpen,
    /// [`force_closed`](crate::CircuitBreaker::force_closed) was called.
    ForcedClosed,
    /// [`reset`](crate::CircuitBreaker::reset) was called.
    Reset,
}

impl Reason {
    /// A stable lowercase name, usable as a metrics label.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FailureRate => "failure_rate",
            Self::SlowCallRate => "slow_call_rate",
            Self::OpenDurationElapsed => "open_duration_elapsed",
            Self::ProbesPassed => "probes_passed",
            Self::ProbesFailed => "probes_failed",
            Self::ProbesSlow => "probes_slow",
            Self::HalfOpenTimeout => "half_open_timeout",
            Self::ForcedOpen => "forced_open",
            Self::ForcedClosed => "forced_closed",
            Self::Reset => "reset",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One state transition, sent to every subscriber and observer.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    /// The breaker's name.
    pub name: Arc<str>,
    /// The state left.
    pub from: State,
    /// The state entered.
    pub to: State,
    /// Why.
    pub reason: Reason,
    /// The window (or, leaving half-open, the probes) at the moment of the transition.
    pub snapshot: Snapshot,
    /// When entering `Open`: how long the breaker stays open.
    pub open_for: Option<Duration>,
}

/// Cumulative counts since the breaker was built, cheap to read for metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counters {
    /// Calls recorded as successes (slow ones included).
    pub successes: u64,
    /// Calls recorded as failures (slow ones included).
    pub failures: u64,
    /// Recorded calls slower than the slow-call threshold.
    pub slow_calls: u64,
    /// Calls classified as ignored.
    pub ignored: u64,
    /// Calls refused by the breaker.
    pub not_permitted: u64,
    /// State transitions.
    pub transitions: u64,
}

/// A hook for metrics: the breaker calls it on every recorded call, refusal and
/// transition. All methods default to doing nothing.
///
/// `on_call` runs on the hot path of every call, so an implementation should be
/// a few relaxed atomic adds at most. None of the methods is called while the
/// breaker holds its lock, so an observer may read the breaker.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use std::sync::atomic::{AtomicU64, Ordering};
/// use std::time::Duration;
/// use omnibase_circuit_breaker::{CircuitBreaker, Observer, Outcome};
///
/// #[derive(Debug, Default)]
/// struct SlowCalls(AtomicU64);
///
/// impl Observer for SlowCalls {
///     fn on_call(&self, _outcome: Outcome, slow: bool, _duration: Duration) {
///         self.0.fetch_add(u64::from(slow), Ordering::Relaxed);
///     }
/// }
///
/// let slow = Arc::new(SlowCalls::default());
/// let breaker = CircuitBreaker::builder("bus").observer(slow.clone()).build()?;
/// breaker.try_acquire()?.success();
/// assert_eq!(slow.0.load(Ordering::Relaxed), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Observer: Send + Sync + fmt::Debug + 'static {
    /// A call finished and was classified; `slow` says it reached the slow-call threshold.
    fn on_call(&self, outcome: Outcome, slow: bool, duration: Duration) {
        let _ = (outcome, slow, duration);
    }

    /// A call was refused in `state`.
    fn on_not_permitted(&self, state: State) {
        let _ = state;
    }

    /// The breaker changed state.
    fn on_transition(&self, transition: &Transition) {
        let _ = transition;
    }
}
