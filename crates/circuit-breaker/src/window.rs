//! Sliding windows: count-based (last N calls, a ring) and time-based (last N
//! seconds, one bucket per second). Both keep a running aggregate, so recording
//! and reading are O(1); only skipped-over seconds or a long run of batched
//! successes touch more than one slot, and each slot at most once per pass.

/// A call's code in a window: bit 0 failure, bit 1 slow.
pub(crate) const FAILURE: u8 = 1;
/// See [`FAILURE`].
pub(crate) const SLOW: u8 = 2;

/// Calls, failures and slow calls; the unit both windows add and subtract.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Aggregate {
    pub(crate) calls: u64,
    pub(crate) failures: u64,
    pub(crate) slow: u64,
}

impl Aggregate {
    fn add(&mut self, code: u8) {
        self.calls += 1;
        self.failures += u64::from(code & FAILURE);
        self.slow += u64::from((code & SLOW) >> 1);
    }

    fn remove(&mut self, code: u8) {
        self.calls -= 1;
        self.failures -= u64::from(code & FAILURE);
        self.slow -= u64::from((code & SLOW) >> 1);
    }

    fn subtract(&mut self, other: Self) {
        self.calls -= other.calls;
        self.failures -= other.failures;
        self.slow -= other.slow;
    }
}

/// Either kind of window.
#[derive(Debug)]
pub(crate) enum Window {
    Count(CountWindow),
    Time(TimeWindow),
}

impl Window {
    pub(crate) fn aggregate(&self) -> Aggregate {
        match self {
            Self::Count(w) => w.agg,
            Self::Time(w) => w.agg,
        }
    }

    /// Moves a time window to `epoch` (whole seconds); a count window has no time.
    pub(crate) fn rotate(&mut self, epoch: u64) {
        if let Self::Time(w) = self {
            w.rotate(epoch);
        }
    }

    pub(crate) fn record(&mut self, code: u8) {
        match self {
            Self::Count(w) => w.record(code),
            Self::Time(w) => w.record(code),
        }
    }

    pub(crate) fn record_successes(&mut self, n: u64) {
        if n == 0 {
            return;
        }
        match self {
            Self::Count(w) => w.record_successes(n),
            Self::Time(w) => w.record_successes(n),
        }
    }

    pub(crate) fn clear(&mut self) {
        match self {
            Self::Count(w) => {
                w.ring.fill(0);
                w.head = 0;
                w.filled = 0;
                w.agg = Aggregate::default();
            }
            Self::Time(w) => {
                w.buckets.fill(Aggregate::default());
                w.agg = Aggregate::default();
            }
        }
    }
}

/// The last `ring.len()` calls.
#[derive(Debug)]
pub(crate) struct CountWindow {
    ring: Vec<u8>,
    head: usize,
    filled: usize,
    agg: Aggregate,
}

impl CountWindow {
    pub(crate) fn new(size: usize) -> Self {
        Self {
            ring: vec![0; size.max(1)],
            head: 0,
            filled: 0,
            agg: Aggregate::default(),
        }
    }

    fn record(&mut self, code: u8) {
        if self.filled == self.ring.len() {
            self.agg.remove(self.ring[self.head]);
        } else {
            self.filled += 1;
        }
        self.ring[self.head] = code;
        self.agg.add(code);
        self.head = (self.head + 1) % self.ring.len();
    }

    fn record_successes(&mut self, n: u64) {
        let len = self.ring.len();
        if usize::try_from(n).map_or(true, |n| n >= len) {
            // Every slot is overwritten by a success: the window is all successes.
            self.ring.fill(0);
            self.head = 0;
            self.filled = len;
            self.agg = Aggregate {
                calls: len as u64,
                failures: 0,
                slow: 0,
            };
        } else {
            for _ in 0..n {
                self.record(0);
            }
        }
    }
}

/// The calls of the last `buckets.len()` whole seconds.
#[derive(Debug)]
pub(crate) struct TimeWindow {
    buckets: Vec<Aggregate>,
    /// The second the newest bucket stands for.
    epoch: u64,
    agg: Aggregate,
}

impl TimeWindow {
    pub(crate) fn new(seconds: usize, epoch: u64) -> Self {
        Self {
            buckets: vec![Aggregate::default(); seconds.max(1)],
            epoch,
            agg: Aggregate::default(),
        }
    }

    /// The second the newest bucket stands for.
    pub(crate) fn epoch(&self) -> u64 {
        self.epoch
    }

    fn index(&self, epoch: u64) -> usize {
        // The remainder is below the bucket count, which is a usize.
        usize::try_from(epoch % self.buckets.len() as u64).unwrap_or(0)
    }

    fn rotate(&mut self, epoch: u64) {
        if epoch <= self.epoch {
            return;
        }
        let len = self.buckets.len() as u64;
        if epoch - self.epoch >= len {
            self.buckets.fill(Aggregate::default());
            self.agg = Aggregate::default();
        } else {
            for e in self.epoch + 1..=epoch {
                let i = self.index(e);
                self.agg.subtract(self.buckets[i]);
                self.buckets[i] = Aggregate::default();
            }
        }
        self.epoch = epoch;
    }

    fn record(&mut self, code: u8) {
        let i = self.index(self.epoch);
        self.buckets[i].add(code);
        self.agg.add(code);
    }

    fn record_successes(&mut self, n: u64) {
        let i = self.index(self.epoch);
        self.buckets[i].calls += n;
        self.agg.calls += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(window: &Window, calls: u64, failures: u64, slow: u64) {
        assert_eq!(
            window.aggregate(),
            Aggregate {
                calls,
                failures,
                slow
            }
        );
    }

    #[test]
    fn test_count_window_evicts_the_oldest_call_at_the_boundary() {
        let mut w = Window::Count(CountWindow::new(3));
        w.record(FAILURE);
        w.record(SLOW);
        check(&w, 2, 1, 1);
        w.record(FAILURE | SLOW);
        check(&w, 3, 2, 2);
        // The fourth call evicts the first failure, not more.
        w.record(0);
        check(&w, 3, 1, 2);
        w.record(0);
        w.record(0);
        check(&w, 3, 0, 0);
    }

    #[test]
    fn test_count_window_of_one() {
        let mut w = Window::Count(CountWindow::new(1));
        w.record(FAILURE);
        check(&w, 1, 1, 0);
        w.record(0);
        check(&w, 1, 0, 0);
    }

    #[test]
    fn test_count_window_batched_successes_match_one_by_one() {
        for n in 0..8 {
            let mut a = Window::Count(CountWindow::new(5));
            let mut b = Window::Count(CountWindow::new(5));
            for code in [FAILURE, 0, SLOW, FAILURE] {
                a.record(code);
                b.record(code);
            }
            a.record_successes(n);
            for _ in 0..n {
                b.record(0);
            }
            assert_eq!(a.aggregate(), b.aggregate(), "n = {n}");
            a.record(FAILURE);
            b.record(FAILURE);
            assert_eq!(a.aggregate(), b.aggregate(), "n = {n}");
        }
    }

    #[test]
    fn test_time_window_expires_buckets_exactly_at_the_window_edge() {
        let mut w = Window::Time(TimeWindow::new(3, 0));
        w.record(FAILURE);
        w.rotate(1);
        w.record(0);
        w.rotate(2);
        w.record(SLOW);
        check(&w, 3, 1, 1);
        // Second 3 pushes second 0 out; seconds 1 and 2 stay.
        w.rotate(3);
        check(&w, 2, 0, 1);
        w.rotate(4);
        check(&w, 1, 0, 1);
        w.rotate(5);
        check(&w, 0, 0, 0);
    }

    #[test]
    fn test_time_window_jump_past_the_whole_window_clears_it() {
        let mut w = Window::Time(TimeWindow::new(4, 10));
        w.record(FAILURE);
        w.record_successes(5);
        check(&w, 6, 1, 0);
        w.rotate(13);
        check(&w, 6, 1, 0);
        w.rotate(14);
        check(&w, 0, 0, 0);
        w.record(0);
        w.rotate(1_000);
        check(&w, 0, 0, 0);
        // Going back in time is a no-op.
        w.record(0);
        w.rotate(999);
        check(&w, 1, 0, 0);
    }

    #[test]
    fn test_clear_empties_both_kinds() {
        let mut c = Window::Count(CountWindow::new(2));
        c.record(FAILURE);
        c.clear();
        check(&c, 0, 0, 0);
        c.record(0);
        c.record(0);
        c.record(0);
        check(&c, 2, 0, 0);
        let mut t = Window::Time(TimeWindow::new(2, 0));
        t.record(FAILURE);
        t.clear();
        check(&t, 0, 0, 0);
    }
}
