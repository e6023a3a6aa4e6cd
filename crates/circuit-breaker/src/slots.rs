//! Per-thread counter slots, so that successes on the hot path never write a
//! cache line another thread writes.
//!
//! Each thread claims one of [`OWNED`] slot indices for its lifetime (a bit in a
//! process-wide mask) and gives it back when it exits. A slot index owned by one
//! thread is written only by that thread, so its counters are bumped with a plain
//! load and store instead of a locked read-modify-write; threads beyond
//! [`OWNED`] share the last slot and use `fetch_add`. Readers only sum.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Slot indices that a single thread owns.
pub(crate) const OWNED: usize = 64;
/// All slots: the owned ones plus one shared overflow slot.
pub(crate) const SLOTS: usize = OWNED + 1;
const SHARED: usize = OWNED;

/// Bit `i` set: slot `i` belongs to a live thread.
static CLAIMED: AtomicU64 = AtomicU64::new(0);
/// One past the highest slot index ever claimed, so readers skip slots never used.
static HIGH_WATER: AtomicUsize = AtomicUsize::new(0);

struct SlotGuard {
    index: usize,
}

impl SlotGuard {
    fn claim() -> Self {
        let mut mask = CLAIMED.load(Ordering::Relaxed);
        loop {
            let free = (!mask).trailing_zeros();
            if free >= 64 {
                return Self { index: SHARED };
            }
            let bit = 1_u64 << free;
            match CLAIMED.compare_exchange_weak(
                mask,
                mask | bit,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    let index = free as usize;
                    HIGH_WATER.fetch_max(index + 1, Ordering::Relaxed);
                    return Self { index };
                }
                Err(actual) => mask = actual,
            }
        }
    }
}

impl Drop for SlotGuard {
    fn drop(&mut self) {
        // Anything this thread records after this point goes to the shared slot.
        let _ = INDEX.try_with(|i| i.set(SHARED));
        if self.index < OWNED {
            // Release: the next owner sees every store this thread made to the slot.
            CLAIMED.fetch_and(!(1_u64 << self.index), Ordering::Release);
        }
    }
}

/// Marks a thread that has not claimed a slot yet.
const UNCLAIMED: usize = usize::MAX;

thread_local! {
    /// This thread's slot index: a const-initialised cell, so reading it needs
    /// no lazy-initialisation check on the hot path.
    static INDEX: Cell<usize> = const { Cell::new(UNCLAIMED) };
    /// Owns the claim and gives the slot back when the thread exits.
    static GUARD: SlotGuard = SlotGuard::claim();
}

/// This thread's slot index.
#[inline(always)]
pub(crate) fn current() -> usize {
    let index = INDEX.with(Cell::get);
    if index != UNCLAIMED {
        return index;
    }
    claim_current()
}

#[cold]
#[inline(never)]
fn claim_current() -> usize {
    // During thread teardown the guard may be gone; the shared slot is always safe.
    let index = GUARD.try_with(|g| g.index).unwrap_or(SHARED);
    let _ = INDEX.try_with(|i| i.set(index));
    index
}

/// Slots at or above this index have never been claimed.
pub(crate) fn high_water() -> usize {
    HIGH_WATER.load(Ordering::Relaxed)
}

/// Index of the shared overflow slot, which readers always include.
pub(crate) const fn shared() -> usize {
    SHARED
}

/// One slot's counters, padded to two cache lines so that neighbours never
/// share a line (adjacent-line prefetch pairs lines on x86).
#[derive(Debug, Default)]
#[repr(align(128))]
pub(crate) struct Slot {
    pub(crate) successes: AtomicU64,
    pub(crate) not_permitted: AtomicU64,
}

/// Adds one to a counter of the slot at `index`.
#[inline(always)]
pub(crate) fn bump(counter: &AtomicU64, index: usize) {
    if index < OWNED {
        // Only this thread writes this slot, so a load and a store lose nothing.
        counter.store(
            counter.load(Ordering::Relaxed).wrapping_add(1),
            Ordering::Relaxed,
        );
    } else {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_threads_get_distinct_slots_and_give_them_back() {
        let mine = current();
        let other = std::thread::spawn(current).join().unwrap();
        assert_ne!(mine, other);
        assert!(high_water() > mine.min(other));
        // The exited thread's slot is free again, so a new thread may reuse it.
        let again = std::thread::spawn(current).join().unwrap();
        assert_ne!(again, mine);
    }
}
