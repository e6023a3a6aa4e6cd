//! The verdict cache: a bounded LRU keyed by a fast hash of the statement
//! text, split into shards so that threads rarely wait on one lock.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use lru::LruCache;

use crate::guard::Verdict;

/// Hit and miss counts of a guard's verdict cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheStats {
    /// Lookups answered from the cache.
    pub hits: u64,
    /// Lookups that had to check the statement.
    pub misses: u64,
    /// Verdicts held now.
    pub len: usize,
}

struct Entry {
    /// The full text: a hash match alone must never hand out another
    /// statement's verdict, or a crafted collision would bypass the guard.
    text: Box<str>,
    verdict: Arc<Verdict>,
}

struct Shard {
    map: Mutex<LruCache<u64, Entry>>,
    hits: AtomicU64,
    misses: AtomicU64,
}

/// A sharded LRU of verdicts.
pub(crate) struct VerdictCache {
    shards: Box<[Shard]>,
    mask: u64,
}

impl std::fmt::Debug for VerdictCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerdictCache")
            .field("shards", &self.shards.len())
            .field("stats", &self.stats())
            .finish()
    }
}

impl VerdictCache {
    /// `shards` is a power of two and `capacity >= shards` (the policy
    /// checks both).
    pub(crate) fn new(capacity: usize, shards: usize) -> Option<VerdictCache> {
        let per_shard = NonZeroUsize::new(capacity / shards.max(1))?;
        let shards: Box<[Shard]> = (0..shards.max(1))
            .map(|_| Shard {
                map: Mutex::new(LruCache::new(per_shard)),
                hits: AtomicU64::new(0),
                misses: AtomicU64::new(0),
            })
            .collect();
        let mask = (shards.len() as u64).saturating_sub(1);
        Some(VerdictCache { shards, mask })
    }

    fn shard(&self, hash: u64) -> &Shard {
        // The top bits pick the shard; the map itself hashes the whole key.
        let index = usize::try_from((hash >> 40) & self.mask).unwrap_or(0);
        &self.shards[index % self.shards.len()]
    }

    pub(crate) fn get(&self, hash: u64, text: &str) -> Option<Arc<Verdict>> {
        let shard = self.shard(hash);
        let found = {
            let mut map = shard.map.lock().unwrap_or_else(|e| e.into_inner());
            map.get(&hash)
                .filter(|e| &*e.text == text)
                .map(|e| Arc::clone(&e.verdict))
        };
        let counter = if found.is_some() {
            &shard.hits
        } else {
            &shard.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    pub(crate) fn put(&self, hash: u64, text: &str, verdict: Arc<Verdict>) {
        let shard = self.shard(hash);
        let entry = Entry {
            text: text.into(),
            verdict,
        };
        shard
            .map
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .put(hash, entry);
    }

    pub(crate) fn stats(&self) -> CacheStats {
        let mut stats = CacheStats::default();
        for shard in self.shards.iter() {
            stats.hits += shard.hits.load(Ordering::Relaxed);
            stats.misses += shard.misses.load(Ordering::Relaxed);
            stats.len += shard.map.lock().unwrap_or_else(|e| e.into_inner()).len();
        }
        stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Fingerprint;
    use crate::guard::{Action, Verdict};

    fn verdict(n: u64) -> Arc<Verdict> {
        Arc::new(Verdict {
            action: Action::Allow,
            assessed: Action::Allow,
            findings: Vec::new(),
            fingerprint: Fingerprint(n),
        })
    }

    #[track_caller]
    fn check(cache: &VerdictCache, hash: u64, text: &str, expected: Option<u64>) {
        assert_eq!(cache.get(hash, text).map(|v| v.fingerprint.0), expected);
    }

    #[test]
    fn hits_misses_and_collisions() {
        let cache = VerdictCache::new(4, 2).unwrap();
        check(&cache, 1, "a", None);
        cache.put(1, "a", verdict(10));
        check(&cache, 1, "a", Some(10));
        // Same hash, other text: a miss, never the other verdict.
        check(&cache, 1, "b", None);
        let stats = cache.stats();
        assert_eq!((stats.hits, stats.misses, stats.len), (1, 2, 1));
    }

    #[test]
    fn bounded() {
        let cache = VerdictCache::new(2, 1).unwrap();
        for n in 0..10 {
            cache.put(n, "x", verdict(n));
        }
        assert_eq!(cache.stats().len, 2);
        check(&cache, 9, "x", Some(9));
        check(&cache, 0, "x", None);
        assert!(VerdictCache::new(0, 1).is_none());
    }
}
