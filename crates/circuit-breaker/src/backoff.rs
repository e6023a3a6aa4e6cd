//! Open durations: the backoff table computed once at build time (the "cached
//! recovery time"), plus jitter from a small seeded generator.

use crate::config::BackoffConfig;

const NANOS_PER_MS: u64 = 1_000_000;
/// A table never grows past this many steps; the cap is reached long before.
const MAX_STEPS: usize = 64;

/// Precomputed open durations by consecutive-open count.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    /// Un-jittered durations in nanoseconds; entry `n - 1` is for the n-th consecutive open.
    table: Vec<u64>,
    max: u64,
    jitter: f64,
}

impl Backoff {
    pub(crate) fn new(config: &BackoffConfig) -> Self {
        match *config {
            BackoffConfig::Fixed { open_ms } => {
                let d = open_ms.saturating_mul(NANOS_PER_MS);
                Self {
                    table: vec![d],
                    max: d,
                    jitter: 0.0,
                }
            }
            BackoffConfig::Exponential {
                initial_ms,
                max_ms,
                multiplier,
                jitter,
            } => {
                let max = max_ms.saturating_mul(NANOS_PER_MS);
                let mut table = Vec::new();
                let mut d = initial_ms.saturating_mul(NANOS_PER_MS) as f64;
                while table.len() < MAX_STEPS {
                    let step = to_nanos(d).min(max);
                    table.push(step);
                    if step >= max || multiplier <= 1.0 {
                        break;
                    }
                    d *= multiplier;
                }
                Self { table, max, jitter }
            }
        }
    }

    /// The open duration in nanoseconds for the `n`-th consecutive open (n ≥ 1);
    /// `unit` is a uniform random number in [0, 1).
    pub(crate) fn duration(&self, n: u32, unit: f64) -> u64 {
        let i = usize::try_from(n.max(1) - 1)
            .unwrap_or(usize::MAX)
            .min(self.table.len() - 1);
        let base = self.table[i];
        if self.jitter == 0.0 {
            return base;
        }
        let factor = 1.0 - self.jitter + 2.0 * self.jitter * unit;
        to_nanos(base as f64 * factor).clamp(NANOS_PER_MS.min(base), self.max)
    }
}

fn to_nanos(x: f64) -> u64 {
    if x.is_nan() || x <= 0.0 {
        0
    } else if x >= u64::MAX as f64 {
        u64::MAX
    } else {
        // In range and non-negative by the checks above.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let n = x as u64;
        n
    }
}

/// splitmix64: enough randomness for jitter, no dependency, seedable in tests.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A uniform number in [0, 1).
    pub(crate) fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1_u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: u64 = NANOS_PER_MS;

    #[test]
    fn test_fixed_backoff_never_grows() {
        let b = Backoff::new(&BackoffConfig::Fixed { open_ms: 250 });
        assert_eq!(b.duration(1, 0.5), 250 * MS);
        assert_eq!(b.duration(40, 0.5), 250 * MS);
    }

    #[test]
    fn test_exponential_backoff_grows_with_consecutive_opens_up_to_the_cap() {
        let b = Backoff::new(&BackoffConfig::Exponential {
            initial_ms: 100,
            max_ms: 1000,
            multiplier: 2.0,
            jitter: 0.0,
        });
        let got: Vec<u64> = (1..=6).map(|n| b.duration(n, 0.0) / MS).collect();
        assert_eq!(got, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(b.duration(u32::MAX, 0.0), 1000 * MS);
    }

    #[test]
    fn test_jitter_stays_within_its_band_and_under_the_cap() {
        let b = Backoff::new(&BackoffConfig::Exponential {
            initial_ms: 100,
            max_ms: 1000,
            multiplier: 2.0,
            jitter: 0.5,
        });
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let d = b.duration(1, rng.unit());
            assert!((50 * MS..=150 * MS).contains(&d), "{d}");
            let d = b.duration(9, rng.unit());
            assert!((500 * MS..=1000 * MS).contains(&d), "{d}");
        }
        assert_eq!(b.duration(1, 0.0), 50 * MS);
    }
}
