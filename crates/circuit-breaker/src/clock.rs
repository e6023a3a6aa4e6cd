//! Injectable time sources: a coarse clock for the hot path, tokio's clock for
//! paused-time tests, and a manual clock for deterministic models.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// How often the coarse clock's upkeep thread refreshes the shared time.
pub const COARSE_RESOLUTION: Duration = Duration::from_millis(1);

/// Keeps quanta's upkeep thread alive for the whole process once any coarse clock exists.
static UPKEEP: OnceLock<Option<quanta::Handle>> = OnceLock::new();

/// Where a breaker reads the time. Cheap to clone.
///
/// Time is kept as nanoseconds since the clock was made, so the breaker's
/// arithmetic is plain `u64`.
#[derive(Debug, Clone)]
pub struct Clock {
    source: Source,
}

#[derive(Debug, Clone)]
enum Source {
    Coarse {
        clock: quanta::Clock,
        base: quanta::Instant,
    },
    Precise {
        clock: quanta::Clock,
        base: quanta::Instant,
    },
    Tokio {
        base: tokio::time::Instant,
    },
    Manual(ManualClock),
}

fn nanos(d: Duration) -> u64 {
    d.as_secs()
        .saturating_mul(1_000_000_000)
        .saturating_add(u64::from(d.subsec_nanos()))
}

impl Clock {
    /// A clock read from one shared atomic that a background thread refreshes every
    /// [`COARSE_RESOLUTION`] (quanta's upkeep thread, started once per process).
    /// Reading it costs about a nanosecond; slow-call durations are measured to
    /// about a millisecond. The default.
    #[must_use]
    pub fn coarse() -> Self {
        UPKEEP.get_or_init(|| quanta::Upkeep::new(COARSE_RESOLUTION).start().ok());
        let clock = quanta::Clock::new();
        let base = clock.recent();
        Self {
            source: Source::Coarse { clock, base },
        }
    }

    /// quanta's precise clock (the TSC where available): about 10–20 ns a read, twice per call.
    #[must_use]
    pub fn precise() -> Self {
        let clock = quanta::Clock::new();
        let base = clock.now();
        Self {
            source: Source::Precise { clock, base },
        }
    }

    /// `tokio::time::Instant`, which follows a paused test clock
    /// (`#[tokio::test(start_paused = true)]`, `tokio::time::advance`).
    #[must_use]
    pub fn tokio() -> Self {
        Self {
            source: Source::Tokio {
                base: tokio::time::Instant::now(),
            },
        }
    }

    /// A clock that moves only when told, and the handle that moves it.
    #[must_use]
    pub fn manual() -> (Self, ManualClock) {
        let handle = ManualClock::default();
        (
            Self {
                source: Source::Manual(handle.clone()),
            },
            handle,
        )
    }

    /// Nanoseconds since this clock was made.
    #[inline]
    pub(crate) fn now_nanos(&self) -> u64 {
        match &self.source {
            Source::Coarse { clock, base } => {
                nanos(clock.recent().saturating_duration_since(*base))
            }
            Source::Precise { clock, base } => nanos(clock.now().saturating_duration_since(*base)),
            Source::Tokio { base } => {
                nanos(tokio::time::Instant::now().saturating_duration_since(*base))
            }
            Source::Manual(m) => m.now.load(Ordering::Acquire),
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::coarse()
    }
}

/// The handle of a [`Clock::manual`] clock.
#[derive(Debug, Clone, Default)]
pub struct ManualClock {
    now: Arc<AtomicU64>,
}

impl ManualClock {
    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        self.now.fetch_add(nanos(by), Ordering::AcqRel);
    }

    /// The time since the clock was made.
    #[must_use]
    pub fn elapsed(&self) -> Duration {
        Duration::from_nanos(self.now.load(Ordering::Acquire))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_manual_clock_moves_only_when_told() {
        let (clock, handle) = Clock::manual();
        assert_eq!(clock.now_nanos(), 0);
        handle.advance(Duration::from_millis(1500));
        assert_eq!(clock.now_nanos(), 1_500_000_000);
        assert_eq!(handle.elapsed(), Duration::from_millis(1500));
    }

    #[tokio::test(start_paused = true)]
    async fn test_tokio_clock_follows_paused_time() {
        let clock = Clock::tokio();
        tokio::time::advance(Duration::from_secs(3)).await;
        assert_eq!(clock.now_nanos(), 3_000_000_000);
    }

    #[test]
    fn test_coarse_and_precise_clocks_do_not_go_backwards() {
        for clock in [Clock::coarse(), Clock::precise()] {
            let a = clock.now_nanos();
            let b = clock.now_nanos();
            assert!(b >= a);
        }
    }
}
