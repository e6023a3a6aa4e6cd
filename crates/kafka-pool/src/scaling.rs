//! The scaling decision: a pure, O(1) function of an EWMA of the send rate,
//! librdkafka's queue depth and internal latency, with hysteresis and bounds.

use crate::config::ScalingConfig;

/// What one interval measured for one lane.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ScalingInput {
    /// Producers in the lane now.
    pub producers: u32,
    /// Messages sent during the interval.
    pub messages: u64,
    /// Length of the interval in seconds; > 0.
    pub interval_secs: f64,
    /// Messages queued and not yet acknowledged, over the lane's producers
    /// (librdkafka's `msg_cnt`).
    pub queue_depth: u64,
    /// librdkafka's internal producer queue latency, p95 in microseconds,
    /// the largest over the lane's producers and brokers.
    pub internal_latency_us: u64,
}

/// The outcome of one decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleDecision {
    /// Add one producer.
    Up,
    /// Retire one idle producer (flushed before it is dropped).
    Down,
    /// Keep the lane as it is.
    Hold,
}

/// Why the lane is under pressure or idle, for logs and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Signals {
    /// The rate per producer is above the up threshold.
    pub rate_high: bool,
    /// The queue depth per producer is above its threshold.
    pub queue_high: bool,
    /// The internal latency is above its threshold.
    pub latency_high: bool,
    /// The rate per producer is below the down threshold and nothing else
    /// is high.
    pub idle: bool,
}

/// The state carried from one decision to the next: a few numbers, no history.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ScalingState {
    /// The smoothed rate, messages/s; `None` before the first sample.
    pub rate_ewma: Option<f64>,
    /// Consecutive intervals under pressure.
    pub pressure_streak: u32,
    /// Consecutive idle intervals.
    pub idle_streak: u32,
    /// Intervals left before another change is allowed.
    pub cooldown_left: u32,
    /// The signals seen at the last decision.
    pub last_signals: Signals,
}

/// The thresholds of [`ScalingConfig`] with a lane's bounds, ready for
/// [`decide`](Self::decide).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScalingPolicy {
    /// Fewest producers.
    pub min: u32,
    /// Most producers.
    pub max: u32,
    /// EWMA weight of the newest sample.
    pub alpha: f64,
    /// Rate per producer above which to add.
    pub up_rate: f64,
    /// Rate per producer below which to retire.
    pub down_rate: f64,
    /// Queue depth per producer above which to add.
    pub up_queue_depth: u64,
    /// Internal latency (µs) above which to add.
    pub up_latency_us: u64,
    /// Intervals of pressure before adding.
    pub up_after: u32,
    /// Idle intervals before retiring.
    pub down_after: u32,
    /// Intervals without change after a change.
    pub cooldown: u32,
}

impl ScalingPolicy {
    /// The policy of a lane with bounds `min..=max`.
    #[must_use]
    pub fn new(config: &ScalingConfig, min: u32, max: u32) -> Self {
        Self {
            min,
            max,
            alpha: config.ewma_alpha,
            up_rate: config.up_rate_per_producer,
            down_rate: config.down_rate_per_producer,
            up_queue_depth: config.up_queue_depth_per_producer,
            up_latency_us: config.up_internal_latency_ms.saturating_mul(1_000),
            up_after: config.up_after,
            down_after: config.down_after,
            cooldown: config.cooldown,
        }
    }

    /// One decision: folds `input` into `state` and says whether to add,
    /// retire or hold. O(1), no allocation.
    ///
    /// Pressure is any of: EWMA rate per producer above `up_rate`, queue
    /// depth per producer above `up_queue_depth`, internal latency above
    /// `up_latency_us`. Idle is a rate per producer below `down_rate` with no
    /// pressure. A change needs `up_after` (or `down_after`) consecutive
    /// intervals of the same signal, is never made during `cooldown`
    /// intervals after the previous change, and never crosses `min`/`max`;
    /// a lane below `min` grows at once.
    ///
    /// # Examples
    ///
    /// ```
    /// use omnibase_kafka_pool::{ScaleDecision, ScalingConfig, ScalingInput, ScalingPolicy, ScalingState};
    ///
    /// let policy = ScalingPolicy::new(&ScalingConfig { up_after: 1, ..ScalingConfig::default() }, 1, 4);
    /// let mut state = ScalingState::default();
    /// let busy = ScalingInput { producers: 1, messages: 300_000, interval_secs: 1.0, ..ScalingInput::default() };
    /// assert_eq!(policy.decide(&mut state, &busy), ScaleDecision::Up);
    /// // Cooldown: the next interval holds even under the same load.
    /// assert_eq!(policy.decide(&mut state, &ScalingInput { producers: 2, ..busy }), ScaleDecision::Hold);
    /// ```
    #[inline]
    pub fn decide(&self, state: &mut ScalingState, input: &ScalingInput) -> ScaleDecision {
        let sample = if input.interval_secs > 0.0 {
            // Precision loss only above 2^53 messages per interval.
            #[allow(clippy::cast_precision_loss)]
            let m = input.messages as f64;
            m / input.interval_secs
        } else {
            0.0
        };
        let rate = match state.rate_ewma {
            Some(prev) => self.alpha.mul_add(sample - prev, prev),
            None => sample,
        };
        state.rate_ewma = Some(rate);

        let producers = input.producers.max(1);
        let per_producer = rate / f64::from(producers);
        let rate_high = per_producer > self.up_rate;
        let queue_high = input.queue_depth / u64::from(producers) > self.up_queue_depth;
        let latency_high = input.internal_latency_us > self.up_latency_us;
        let pressure = rate_high || queue_high || latency_high;
        let idle = !pressure && per_producer < self.down_rate;
        state.last_signals = Signals {
            rate_high,
            queue_high,
            latency_high,
            idle,
        };

        state.pressure_streak = if pressure {
            state.pressure_streak + 1
        } else {
            0
        };
        state.idle_streak = if idle { state.idle_streak + 1 } else { 0 };

        if input.producers < self.min {
            return self.changed(state, ScaleDecision::Up);
        }
        if input.producers > self.max {
            return self.changed(state, ScaleDecision::Down);
        }
        if state.cooldown_left > 0 {
            state.cooldown_left -= 1;
            return ScaleDecision::Hold;
        }
        if state.pressure_streak >= self.up_after && input.producers < self.max {
            return self.changed(state, ScaleDecision::Up);
        }
        if state.idle_streak >= self.down_after && input.producers > self.min {
            return self.changed(state, ScaleDecision::Down);
        }
        ScaleDecision::Hold
    }

    fn changed(&self, state: &mut ScalingState, d: ScaleDecision) -> ScaleDecision {
        state.cooldown_left = self.cooldown;
        state.pressure_streak = 0;
        state.idle_streak = 0;
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> ScalingPolicy {
        ScalingPolicy::new(
            &ScalingConfig {
                ewma_alpha: 1.0,
                up_rate_per_producer: 1_000.0,
                down_rate_per_producer: 100.0,
                up_queue_depth_per_producer: 500,
                up_internal_latency_ms: 20,
                up_after: 2,
                down_after: 3,
                cooldown: 1,
                ..ScalingConfig::default()
            },
            1,
            3,
        )
    }

    fn input(producers: u32, rate: u64) -> ScalingInput {
        ScalingInput {
            producers,
            messages: rate,
            interval_secs: 1.0,
            ..ScalingInput::default()
        }
    }

    #[track_caller]
    fn check(steps: &[(ScalingInput, ScaleDecision)]) {
        let p = policy();
        let mut s = ScalingState::default();
        for (i, (input, want)) in steps.iter().enumerate() {
            assert_eq!(p.decide(&mut s, input), *want, "step {i}: {input:?} {s:?}");
        }
    }

    #[test]
    fn pressure_must_last_before_adding() {
        use ScaleDecision::{Hold, Up};
        check(&[
            (input(1, 1_500), Hold),
            (input(1, 1_500), Up),
            // Cooldown; the streak still counts during it.
            (input(2, 3_000), Hold),
            (input(2, 3_000), Up),
            // At max.
            (input(3, 9_000), Hold),
            (input(3, 9_000), Hold),
            (input(3, 9_000), Hold),
        ]);
    }

    #[test]
    fn idle_must_last_before_retiring_and_stops_at_min() {
        use ScaleDecision::{Down, Hold};
        check(&[
            (input(2, 10), Hold),
            (input(2, 10), Hold),
            (input(2, 10), Down),
            (input(1, 10), Hold),
            (input(1, 10), Hold),
            (input(1, 10), Hold),
            (input(1, 10), Hold),
        ]);
    }

    #[test]
    fn a_spike_between_idle_intervals_resets_the_streak() {
        use ScaleDecision::Hold;
        check(&[
            (input(2, 10), Hold),
            (input(2, 10), Hold),
            (input(2, 500), Hold),
            (input(2, 10), Hold),
            (input(2, 10), Hold),
        ]);
    }

    #[test]
    fn queue_depth_and_latency_are_pressure() {
        use ScaleDecision::{Hold, Up};
        let deep = ScalingInput {
            queue_depth: 2_000,
            ..input(2, 10)
        };
        let slow = ScalingInput {
            internal_latency_us: 50_000,
            ..input(1, 10)
        };
        check(&[(deep, Hold), (deep, Up)]);
        check(&[(slow, Hold), (slow, Up)]);
    }

    #[test]
    fn bounds_are_restored_at_once() {
        use ScaleDecision::{Down, Up};
        check(&[(input(0, 0), Up)]);
        check(&[(input(5, 0), Down)]);
    }

    #[test]
    fn adding_a_producer_does_not_make_the_lane_idle() {
        // Just above the up threshold on one producer is above the down
        // threshold on two (validation keeps down < up / 2).
        let p = policy();
        let mut s = ScalingState::default();
        p.decide(&mut s, &input(1, 1_001));
        p.decide(&mut s, &input(1, 1_001));
        for _ in 0..10 {
            assert_eq!(p.decide(&mut s, &input(2, 1_001)), ScaleDecision::Hold);
        }
    }
}
