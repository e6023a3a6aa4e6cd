//! [`MetricsObserver`]: a breaker's calls, refusals and transitions recorded
//! into the `omnibase_breaker_*` families of `omnibase-metrics`.

use std::time::Duration;

use omnibase_metrics::{BreakerMetrics, BreakerState, CallOutcome};

use crate::{Observer, Outcome, State, Transition};

/// Records into the handles of one breaker from
/// [`omnibase_metrics::Metrics::breaker`].
///
/// ```
/// use std::sync::Arc;
/// use omnibase_circuit_breaker::{CircuitBreaker, MetricsObserver};
///
/// let metrics = omnibase_metrics::Metrics::new()?;
/// let breaker = CircuitBreaker::builder("broker")
///     .observer(Arc::new(MetricsObserver::new(metrics.breaker("broker")?)))
///     .build()?;
/// let permit = breaker.try_acquire()?;
/// permit.success();
/// assert!(metrics.encode_text()?.contains(r#"omnibase_breaker_calls_total{breaker="broker",outcome="success"} 1"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct MetricsObserver {
    metrics: BreakerMetrics,
}

impl MetricsObserver {
    /// An observer recording into `metrics`, whose state gauge starts at
    /// closed, as a new breaker does.
    pub fn new(metrics: BreakerMetrics) -> Self {
        metrics.set_state(BreakerState::Closed);
        MetricsObserver { metrics }
    }
}

impl Observer for MetricsObserver {
    fn on_call(&self, outcome: Outcome, slow: bool, duration: Duration) {
        let label = match outcome {
            Outcome::Success if slow => CallOutcome::Slow,
            Outcome::Success => CallOutcome::Success,
            Outcome::Failure => CallOutcome::Failure,
            Outcome::Ignored => CallOutcome::Ignored,
        };
        self.metrics.calls(label).inc();
        self.metrics.call_duration().observe_duration(duration);
    }

    fn on_not_permitted(&self, _state: State) {
        self.metrics.calls(CallOutcome::NotPermitted).inc();
    }

    fn on_transition(&self, transition: &Transition) {
        self.metrics
            .transition(label(transition.from), label(transition.to));
    }
}

fn label(state: State) -> BreakerState {
    match state {
        State::Closed => BreakerState::Closed,
        State::Open => BreakerState::Open,
        State::HalfOpen => BreakerState::HalfOpen,
        State::ForcedOpen => BreakerState::ForcedOpen,
        State::ForcedClosed => BreakerState::ForcedClosed,
    }
}
