//! Injectable time sources: a coarse clock for the hot path, tokio's clock for
//! paused-time tests, and a manual clock for deterministic models.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

/// How often the coarse clock's upkeep thread refreshes the shared time.
pub const COARSE_RESOLUTION: Duration = Duration::from_millis(1);

/// Nanoseconds since the upkeep thread started, refreshed every [`COARSE_RESOLUTION`].
static COARSE_NOW: AtomicU64 = AtomicU64::new(0);
static COARSE_START: Once = Once::new();

/// Starts the process-wide upkeep thread once. It reads the monotonic clock every
/// millisecond and publishes it in one atomic, so that a hot-path read is a
/// plain load with no system call, no TSC scaling and no conversion.
fn start_coarse() {
    COARSE_START.call_once(|| {
        let base = Instant::now();
        let tick = move || COARSE_NOW.store(nanos(base.elapsed()).max(1), Ordering::Release);
        tick();
        // If the thread cannot be spawned the time stays frozen, which would keep
        // an open breaker open forever; fall back to reading the clock per call.
        let spawned = std::thread::Builder::new()
            .name("omnibase-coarse-clock".to_owned())
            .spawn(move || {
                loop {
                    #[allow(
                        clippy::disallowed_methods,
                        reason = "a dedicated ticker thread, never a tokio worker, and not synchronisation"
                    )]
                    std::thread::sleep(COARSE_RESOLUTION);
                    tick();
                }
            });
        if spawned.is_err() {
            COARSE_NOW.store(0, Ordering::Release);
        }
    });
}

/// Where a breaker reads the time. Cheap to clone.
///
/// Time is kept as nanoseconds in a `u64`, so the breaker's arithmetic is plain
/// integer arithmetic.
#[derive(Debug, Clone)]
pub struct Clock {
    source: Source,
}

#[derive(Debug, Clone)]
enum Source {
    Coarse,
    Precise { base: Instant },
    Tokio { base: tokio::time::Instant },
    Manual(ManualClock),
}

fn nanos(d: Duration) -> u64 {
    d.as_secs()
        .saturating_mul(1_000_000_000)
        .saturating_add(u64::from(d.subsec_nanos()))
}

impl Clock {
    /// A clock read from one shared atomic that a background thread refreshes every
    /// [`COARSE_RESOLUTION`] (one thread per process, started by the first coarse
    /// clock). Reading it is a single load; slow-call durations are measured to
    /// about a millisecond. The default.
    #[must_use]
    pub fn coarse() -> Self {
        start_coarse();
        if COARSE_NOW.load(Ordering::Acquire) == 0 {
            // The upkeep thread could not start: stay correct, just slower.
            return Self::precise();
        }
        Self {
            source: Source::Coarse,
        }
    }

    /// `std::time::Instant`: exact, about 20 ns a read, twice per call.
    #[must_use]
    pub fn precise() -> Self {
        Self {
            source: Source::Precise {
                base: Instant::now(),
            },
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

    /// Nanoseconds on this clock; only differences mean anything.
    #[inline(always)]
    pub(crate) fn now_nanos(&self) -> u64 {
        if let Source::Coarse = self.source {
            return COARSE_NOW.load(Ordering::Relaxed);
        }
        self.now_other()
    }

    #[inline(never)]
    fn now_other(&self) -> u64 {
        match &self.source {
            Source::Coarse => COARSE_NOW.load(Ordering::Relaxed),
            Source::Precise { base } => nanos(base.elapsed()),
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
