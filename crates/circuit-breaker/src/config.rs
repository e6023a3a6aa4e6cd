//! The serde config and its validation, which reports every invalid value at once.

use serde::{Deserialize, Serialize};

use crate::error::{ConfigErrors, Error, Result};

/// Largest count-based window, in calls; a bigger one wastes memory for no benefit.
pub const MAX_COUNT_WINDOW: u32 = 1_000_000;
/// Largest time-based window, in seconds.
pub const MAX_TIME_WINDOW_SECONDS: u32 = 3_600;

/// Everything a breaker needs, as loaded from a file or the environment.
///
/// Build a breaker with [`CircuitBreaker::builder`](crate::CircuitBreaker::builder);
/// [`Config::validate`] runs there and reports every invalid field in one error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Failure rate, in percent of the window's calls, at or above which the breaker
    /// opens; in (0, 100]. Default: 50.
    pub failure_rate_threshold: f64,
    /// Slow-call rate, in percent, at or above which the breaker opens; in (0, 100].
    /// Default: 100.
    pub slow_call_rate_threshold: f64,
    /// A call taking at least this many milliseconds is slow; at least 1. Default: 60000.
    pub slow_call_duration_ms: u64,
    /// Calls the window must hold before any rate is acted on; at least 1, and at most
    /// the size of a count-based window. Default: 100.
    pub minimum_calls: u64,
    /// The sliding window. Default: the last 100 calls.
    pub window: WindowConfig,
    /// Probe calls permitted in half-open; at least 1. Default: 10.
    pub half_open_permits: u32,
    /// Longest stay in half-open before reopening, in milliseconds, so that probes that
    /// never finish cannot wedge the breaker; at least 1. Default: 60000.
    pub max_wait_in_half_open_ms: u64,
    /// How long the breaker stays open. Default: fixed 60000 ms.
    pub backoff: BackoffConfig,
    /// The optional adaptive failure threshold. Default: off.
    pub adaptive: Option<AdaptiveConfig>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            failure_rate_threshold: 50.0,
            slow_call_rate_threshold: 100.0,
            slow_call_duration_ms: 60_000,
            minimum_calls: 100,
            window: WindowConfig::Count { size: 100 },
            half_open_permits: 10,
            max_wait_in_half_open_ms: 60_000,
            backoff: BackoffConfig::Fixed { open_ms: 60_000 },
            adaptive: None,
        }
    }
}

/// The sliding window over which rates are computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum WindowConfig {
    /// The last `size` recorded calls; `size` in 1..=1000000.
    Count {
        /// Calls in the window.
        size: u32,
    },
    /// The calls recorded in the last `seconds` seconds, in one-second buckets;
    /// `seconds` in 1..=3600.
    Time {
        /// Seconds in the window.
        seconds: u32,
    },
}

/// How long the breaker stays open each time it opens.
///
/// The un-jittered durations are computed once, when the breaker is built, into
/// a table indexed by the number of consecutive opens (the seed design's cached
/// recovery time); an open only looks up its entry, adds jitter, and stores the
/// end of the open period in an atomic that refused calls compare against.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BackoffConfig {
    /// Always the same duration.
    Fixed {
        /// Open duration in milliseconds; at least 1.
        open_ms: u64,
    },
    /// `initial_ms × multiplier^(n-1)` for the n-th consecutive open, capped at
    /// `max_ms`, then spread by ±`jitter` (a fraction) and capped again. A close
    /// after successful probes starts the sequence over.
    Exponential {
        /// First open duration in milliseconds; at least 1.
        initial_ms: u64,
        /// Cap in milliseconds; at least `initial_ms`.
        max_ms: u64,
        /// Growth per consecutive open; at least 1.
        multiplier: f64,
        /// Random spread as a fraction of the duration, in [0, 1].
        jitter: f64,
    },
}

/// The adaptive failure threshold: it follows a smoothed baseline of the
/// recent failure rate, `threshold = clamp(baseline + headroom, floor, ceiling)`.
///
/// The baseline is an exponentially weighted moving average of the failure rate
/// over successive samples of at least `sample_calls` closed-state calls:
/// `baseline = smoothing × sample_rate + (1 − smoothing) × baseline` (the first
/// sample sets it outright). A quiet dependency (baseline near 0) gets the tight
/// `floor`; a noisy one gets its usual error rate plus `headroom`, never more than
/// `ceiling`. Samples are folded in when the breaker next takes its lock (a
/// failure, a slow call, a new second of a time window, or a snapshot), after the
/// window has been checked against the old threshold, so a burst of failures is
/// judged before it can relax the threshold. While open or half-open the baseline
/// does not move.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdaptiveConfig {
    /// Lowest threshold, in percent; in (0, 100]. Default: 10.
    pub floor: f64,
    /// Highest threshold, in percent; in [floor, 100]. Default: 90.
    pub ceiling: f64,
    /// Percentage points added to the baseline; at least 0. Default: 25.
    pub headroom: f64,
    /// Weight of the newest sample, in (0, 1]. Default: 0.2.
    pub smoothing: f64,
    /// Calls per sample; at least 1. Default: 100.
    pub sample_calls: u64,
}

impl Default for AdaptiveConfig {
    fn default() -> Self {
        Self {
            floor: 10.0,
            ceiling: 90.0,
            headroom: 25.0,
            smoothing: 0.2,
            sample_calls: 100,
        }
    }
}

fn check_percent(errors: &mut ConfigErrors, field: &'static str, value: f64) {
    if !(value > 0.0 && value <= 100.0) {
        errors.push(field, format!("{value} is outside (0, 100]"));
    }
}

fn check_at_least_one(errors: &mut ConfigErrors, field: &'static str, value: u64) {
    if value == 0 {
        errors.push(field, "0 must be at least 1".to_owned());
    }
}

impl Config {
    /// Checks every field and reports all invalid values in one
    /// [`Error::InvalidConfig`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] listing each invalid field.
    pub fn validate(&self) -> Result<()> {
        let mut e = ConfigErrors::default();
        check_percent(
            &mut e,
            "failure_rate_threshold",
            self.failure_rate_threshold,
        );
        check_percent(
            &mut e,
            "slow_call_rate_threshold",
            self.slow_call_rate_threshold,
        );
        check_at_least_one(&mut e, "slow_call_duration_ms", self.slow_call_duration_ms);
        check_at_least_one(&mut e, "minimum_calls", self.minimum_calls);
        match self.window {
            WindowConfig::Count { size } => {
                if size == 0 || size > MAX_COUNT_WINDOW {
                    e.push(
                        "window.size",
                        format!("{size} is outside 1..={MAX_COUNT_WINDOW}"),
                    );
                } else if self.minimum_calls > u64::from(size) {
                    e.push(
                        "minimum_calls",
                        format!(
                            "{} exceeds the count window size {size}, so the breaker could never open",
                            self.minimum_calls
                        ),
                    );
                }
            }
            WindowConfig::Time { seconds } => {
                if seconds == 0 || seconds > MAX_TIME_WINDOW_SECONDS {
                    e.push(
                        "window.seconds",
                        format!("{seconds} is outside 1..={MAX_TIME_WINDOW_SECONDS}"),
                    );
                }
            }
        }
        check_at_least_one(
            &mut e,
            "half_open_permits",
            u64::from(self.half_open_permits),
        );
        check_at_least_one(
            &mut e,
            "max_wait_in_half_open_ms",
            self.max_wait_in_half_open_ms,
        );
        match self.backoff {
            BackoffConfig::Fixed { open_ms } => {
                check_at_least_one(&mut e, "backoff.open_ms", open_ms)
            }
            BackoffConfig::Exponential {
                initial_ms,
                max_ms,
                multiplier,
                jitter,
            } => {
                check_at_least_one(&mut e, "backoff.initial_ms", initial_ms);
                if max_ms < initial_ms {
                    e.push(
                        "backoff.max_ms",
                        format!("{max_ms} is below initial_ms {initial_ms}"),
                    );
                }
                if !(multiplier.is_finite() && multiplier >= 1.0) {
                    e.push(
                        "backoff.multiplier",
                        format!("{multiplier} must be finite and at least 1"),
                    );
                }
                if !(0.0..=1.0).contains(&jitter) {
                    e.push("backoff.jitter", format!("{jitter} is outside [0, 1]"));
                }
            }
        }
        if let Some(a) = &self.adaptive {
            check_percent(&mut e, "adaptive.floor", a.floor);
            check_percent(&mut e, "adaptive.ceiling", a.ceiling);
            if a.floor > a.ceiling {
                e.push(
                    "adaptive.ceiling",
                    format!("{} is below floor {}", a.ceiling, a.floor),
                );
            }
            if !(a.headroom.is_finite() && a.headroom >= 0.0) {
                e.push(
                    "adaptive.headroom",
                    format!("{} must be finite and at least 0", a.headroom),
                );
            }
            if !(a.smoothing > 0.0 && a.smoothing <= 1.0) {
                e.push(
                    "adaptive.smoothing",
                    format!("{} is outside (0, 1]", a.smoothing),
                );
            }
            check_at_least_one(&mut e, "adaptive.sample_calls", a.sample_calls);
            if a.floor <= a.ceiling && !(a.floor..=a.ceiling).contains(&self.failure_rate_threshold)
            {
                e.push(
                    "failure_rate_threshold",
                    format!(
                        "{} is outside the adaptive bounds [{}, {}]",
                        self.failure_rate_threshold, a.floor, a.ceiling
                    ),
                );
            }
        }
        if e.0.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidConfig(e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(config: &Config, expected_fields: &[&str]) {
        let fields: Vec<&str> = match config.validate() {
            Ok(()) => Vec::new(),
            Err(Error::InvalidConfig(e)) => e.problems().iter().map(|p| p.field).collect(),
            Err(other) => panic!("unexpected error {other}"),
        };
        assert_eq!(fields, expected_fields);
    }

    #[test]
    fn test_default_config_is_valid() {
        check(&Config::default(), &[]);
    }

    #[test]
    fn test_every_invalid_value_is_reported_at_once() {
        let config = Config {
            failure_rate_threshold: 150.0,
            slow_call_rate_threshold: 0.0,
            slow_call_duration_ms: 0,
            minimum_calls: 0,
            window: WindowConfig::Count { size: 0 },
            half_open_permits: 0,
            max_wait_in_half_open_ms: 0,
            backoff: BackoffConfig::Exponential {
                initial_ms: 0,
                max_ms: 0,
                multiplier: 0.5,
                jitter: 2.0,
            },
            adaptive: Some(AdaptiveConfig {
                floor: 60.0,
                ceiling: 40.0,
                headroom: -1.0,
                smoothing: 0.0,
                sample_calls: 0,
            }),
        };
        check(
            &config,
            &[
                "failure_rate_threshold",
                "slow_call_rate_threshold",
                "slow_call_duration_ms",
                "minimum_calls",
                "window.size",
                "half_open_permits",
                "max_wait_in_half_open_ms",
                "backoff.initial_ms",
                "backoff.multiplier",
                "backoff.jitter",
                "adaptive.ceiling",
                "adaptive.headroom",
                "adaptive.smoothing",
                "adaptive.sample_calls",
            ],
        );
    }

    #[test]
    fn test_min_backoff_above_max_and_nan_rates_are_rejected() {
        let config = Config {
            failure_rate_threshold: f64::NAN,
            backoff: BackoffConfig::Exponential {
                initial_ms: 100,
                max_ms: 10,
                multiplier: 2.0,
                jitter: 0.0,
            },
            ..Config::default()
        };
        check(&config, &["failure_rate_threshold", "backoff.max_ms"]);
        let msg = config.validate().unwrap_err().to_string();
        assert!(
            msg.contains("backoff.max_ms: 10 is below initial_ms 100"),
            "{msg}"
        );
    }

    #[test]
    fn test_minimum_calls_above_count_window_and_time_window_bounds() {
        let config = Config {
            minimum_calls: 20,
            window: WindowConfig::Count { size: 10 },
            ..Config::default()
        };
        check(&config, &["minimum_calls"]);
        let config = Config {
            window: WindowConfig::Time { seconds: 0 },
            ..Config::default()
        };
        check(&config, &["window.seconds"]);
        let config = Config {
            minimum_calls: 1000,
            window: WindowConfig::Time { seconds: 10 },
            ..Config::default()
        };
        check(&config, &[]);
    }

    #[test]
    fn test_threshold_outside_adaptive_bounds() {
        let config = Config {
            adaptive: Some(AdaptiveConfig {
                floor: 60.0,
                ..AdaptiveConfig::default()
            }),
            ..Config::default()
        };
        check(&config, &["failure_rate_threshold"]);
    }

    #[test]
    fn test_config_round_trips_through_json() {
        let json = r#"{"failure_rate_threshold": 25, "window": {"kind": "time", "seconds": 30},
            "backoff": {"kind": "exponential", "initial_ms": 100, "max_ms": 1000, "multiplier": 2, "jitter": 0.1},
            "adaptive": {"floor": 5}}"#;
        let config: Config = serde_json::from_str(json).unwrap();
        assert_eq!(config.window, WindowConfig::Time { seconds: 30 });
        assert_eq!(config.adaptive.unwrap().ceiling, 90.0);
        assert_eq!(config.minimum_calls, 100);
        let back: Config = serde_json::from_str(&serde_json::to_string(&config).unwrap()).unwrap();
        assert_eq!(back, config);
        assert!(serde_json::from_str::<Config>(r#"{"failure_rate": 1}"#).is_err());
    }
}
