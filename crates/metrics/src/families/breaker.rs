//! circuit-breaker families: state, calls by outcome, transitions, latency.

use prometheus::{IntCounterVec, IntGaugeVec};

use crate::histogram::{HistogramVec, LATENCY_BUCKETS};
use crate::label::{NameSet, label_enum};
use crate::{Counter, Gauge, Histogram, LabelEnum, Registry, Result};

label_enum! {
    /// A breaker's state; exported as the value of `omnibase_breaker_state`
    /// (closed 0, half-open 1, open 2, so that "higher is worse" among the
    /// automatic states; forced open 3, forced closed 4), the numbers
    /// omnibase-circuit-breaker's `State::as_gauge` gives.
    pub enum BreakerState {
        /// Calls flow.
        Closed => "closed",
        /// A limited number of probe calls flow.
        HalfOpen => "half_open",
        /// Calls are refused.
        Open => "open",
        /// Held open by an operator: calls are refused until released.
        ForcedOpen => "forced_open",
        /// Held closed by an operator: calls flow whatever their outcome.
        ForcedClosed => "forced_closed",
    }
}

impl BreakerState {
    /// The gauge value for this state.
    #[must_use]
    pub fn gauge_value(self) -> i64 {
        match self {
            Self::Closed => 0,
            Self::HalfOpen => 1,
            Self::Open => 2,
            Self::ForcedOpen => 3,
            Self::ForcedClosed => 4,
        }
    }
}

label_enum! {
    /// How a call through a breaker ended.
    pub enum CallOutcome {
        /// It succeeded within the slow-call threshold.
        Success => "success",
        /// It failed and counts against the breaker.
        Failure => "failure",
        /// It failed with an error the breaker is configured to ignore.
        Ignored => "ignored",
        /// It succeeded but slower than the slow-call threshold.
        Slow => "slow",
        /// The breaker refused it without calling.
        NotPermitted => "not_permitted",
    }
}

/// The circuit-breaker families, registered once per
/// [`Metrics`](crate::Metrics).
#[derive(Debug)]
pub(crate) struct BreakerFamilies {
    names: NameSet,
    state: IntGaugeVec,
    calls: IntCounterVec,
    transitions: IntCounterVec,
    duration: HistogramVec,
}

impl BreakerFamilies {
    pub(crate) fn register(r: &Registry) -> Result<Self> {
        Ok(Self {
            names: NameSet::new("breaker"),
            state: r.gauge_vec(
                "omnibase_breaker_state",
                "Circuit breaker state: 0 closed, 1 half-open, 2 open, 3 forced open, 4 forced closed.",
                &["breaker"],
            )?,
            calls: r.counter_vec(
                "omnibase_breaker_calls_total",
                "Calls through a circuit breaker, by outcome.",
                &["breaker", "outcome"],
            )?,
            transitions: r.counter_vec(
                "omnibase_breaker_transitions_total",
                "Circuit breaker state transitions.",
                &["breaker", "from", "to"],
            )?,
            duration: r.histogram_vec(
                "omnibase_breaker_call_duration_seconds",
                "Latency of calls that a circuit breaker let through.",
                &["breaker"],
                LATENCY_BUCKETS,
            )?,
        })
    }

    pub(crate) fn breaker(&self, name: &str) -> Result<BreakerMetrics> {
        self.names.admit(name)?;
        let states = BreakerState::ALL;
        let transitions = states
            .iter()
            .flat_map(|from| states.iter().map(move |to| (from, to)))
            .filter(|(from, to)| from != to)
            .map(|(from, to)| {
                Counter::new(self.transitions.with_label_values(&[
                    name,
                    from.as_str(),
                    to.as_str(),
                ]))
            })
            .collect();
        let state = Gauge::new(self.state.with_label_values(&[name]));
        state.set(BreakerState::Closed.gauge_value());
        Ok(BreakerMetrics {
            state,
            calls: CallOutcome::ALL
                .iter()
                .map(|o| Counter::new(self.calls.with_label_values(&[name, o.as_str()])))
                .collect(),
            transitions,
            duration: self.duration.with_label_values(&[name])?,
        })
    }
}

/// Pre-resolved handles for one named breaker; from
/// [`Metrics::breaker`](crate::Metrics::breaker). Every series is labelled
/// `breaker="<name>"`; the state gauge starts at closed.
#[derive(Clone, Debug)]
pub struct BreakerMetrics {
    state: Gauge,
    calls: Box<[Counter]>,
    /// The `from != to` pairs, in `transition_index` order.
    transitions: Box<[Counter]>,
    duration: Histogram,
}

/// The position of `(from, to)` among the pairs with `from != to`, ordered
/// by `from` then `to`: row `from` holds every state but itself.
fn transition_index(from: BreakerState, to: BreakerState) -> Option<usize> {
    let (f, t) = (from.index(), to.index());
    let row = BreakerState::ALL.len() - 1;
    match t.cmp(&f) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Less => Some(f * row + t),
        std::cmp::Ordering::Greater => Some(f * row + t - 1),
    }
}

impl BreakerMetrics {
    /// Records the breaker's current state in `omnibase_breaker_state`.
    pub fn set_state(&self, state: BreakerState) {
        self.state.set(state.gauge_value());
    }

    /// Records a transition: counts it in
    /// `omnibase_breaker_transitions_total{from,to}` and sets the state
    /// gauge. `from == to` is not a transition and records nothing.
    pub fn transition(&self, from: BreakerState, to: BreakerState) {
        if let Some(i) = transition_index(from, to) {
            self.transitions[i].inc();
            self.set_state(to);
        }
    }

    /// `omnibase_breaker_calls_total{outcome}`.
    #[must_use]
    pub fn calls(&self, outcome: CallOutcome) -> &Counter {
        &self.calls[outcome.index()]
    }

    /// `omnibase_breaker_call_duration_seconds`.
    #[must_use]
    pub fn call_duration(&self) -> &Histogram {
        &self.duration
    }

    /// The state gauge, for reading back in tests.
    #[must_use]
    pub fn state(&self) -> &Gauge {
        &self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transition_indices_are_a_bijection_onto_the_resolved_counters() {
        let mut seen = Vec::new();
        for &from in BreakerState::ALL {
            for &to in BreakerState::ALL {
                if let Some(i) = transition_index(from, to) {
                    seen.push(i);
                } else {
                    assert_eq!(from, to);
                }
            }
        }
        seen.sort_unstable();
        let n = BreakerState::ALL.len();
        assert_eq!(seen, (0..n * (n - 1)).collect::<Vec<_>>());
    }

    #[test]
    fn transitions_count_under_the_right_labels_and_set_state() {
        let r = Registry::new();
        let f = BreakerFamilies::register(&r).unwrap();
        let b = f.breaker("kafka").unwrap();
        b.transition(BreakerState::Closed, BreakerState::Open);
        b.transition(BreakerState::Open, BreakerState::HalfOpen);
        b.transition(BreakerState::Open, BreakerState::Open);
        b.calls(CallOutcome::NotPermitted).inc();
        assert_eq!(b.state().get(), 1);
        b.transition(BreakerState::HalfOpen, BreakerState::ForcedClosed);
        assert_eq!(b.state().get(), 4);
        let text = r.encode_text().unwrap();
        for line in [
            "omnibase_breaker_transitions_total{breaker=\"kafka\",from=\"closed\",to=\"open\"} 1",
            "omnibase_breaker_transitions_total{breaker=\"kafka\",from=\"open\",to=\"half_open\"} 1",
            "omnibase_breaker_transitions_total{breaker=\"kafka\",from=\"half_open\",to=\"closed\"} 0",
            "omnibase_breaker_calls_total{breaker=\"kafka\",outcome=\"not_permitted\"} 1",
            "omnibase_breaker_transitions_total{breaker=\"kafka\",from=\"half_open\",to=\"forced_closed\"} 1",
            "omnibase_breaker_state{breaker=\"kafka\"} 4",
        ] {
            assert!(text.contains(line), "{line} missing from\n{text}");
        }
    }
}
