//! Per-query-shape statistics: pg_stat_statements' view from the client,
//! without a server extension. Statements are grouped by sql-guard's
//! fingerprint (literals, IN-lists, case and white space folded), so
//! `WHERE id = 1` and `where ID=42` are one shape. The map is bounded.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use omnibase_sql_guard::Fingerprint;

/// Latency buckets: bucket `i` holds calls under `10 µs · 2^i`; 24 buckets
/// reach past 80 s.
const BUCKETS: usize = 24;
const FIRST_BUCKET_NANOS: u64 = 10_000;
const SHARDS: usize = 8;

/// What the pool saw of one statement shape.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ShapeStats {
    /// The shape's fingerprint.
    pub fingerprint: Fingerprint,
    /// The shape's normalized text (literals as `?`).
    pub normalized: String,
    /// Calls.
    pub calls: u64,
    /// Calls that failed.
    pub errors: u64,
    /// Rows returned or affected, over all calls.
    pub rows: u64,
    /// Time spent, over all calls.
    pub total: Duration,
    /// Median latency, to the bucket (powers of two from 10 µs).
    pub p50: Duration,
    /// 99th-percentile latency, to the bucket.
    pub p99: Duration,
    /// The slowest call.
    pub max: Duration,
}

#[derive(Debug)]
struct Shape {
    normalized: String,
    calls: u64,
    errors: u64,
    rows: u64,
    total: Duration,
    max: Duration,
    buckets: [u32; BUCKETS],
    slow_logged: bool,
}

/// The bounded map of shapes, sharded so that callers on different shapes
/// rarely meet on a lock.
#[derive(Debug)]
pub(crate) struct Shapes {
    shards: Box<[Mutex<HashMap<u64, Shape>>]>,
    per_shard: usize,
    slow: Duration,
}

impl Shapes {
    /// Up to `capacity` shapes; statements slower than `slow` are logged,
    /// once per shape.
    pub(crate) fn new(capacity: usize, slow: Duration) -> Option<Shapes> {
        (capacity > 0).then(|| Shapes {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            per_shard: capacity.div_ceil(SHARDS),
            slow,
        })
    }

    /// Records one call of `sql`, whose fingerprint is `fingerprint`.
    pub(crate) fn record(
        &self,
        fingerprint: Fingerprint,
        sql: &str,
        took: Duration,
        rows: u64,
        failed: bool,
    ) {
        let shard = &self.shards[usize::try_from(fingerprint.0 % SHARDS as u64).unwrap_or(0)];
        let Ok(mut shard) = shard.lock() else { return };
        if !shard.contains_key(&fingerprint.0) {
            if shard.len() >= self.per_shard {
                return; // Full: the shapes already tracked keep their places.
            }
            shard.insert(
                fingerprint.0,
                Shape::new(omnibase_sql_guard::normalize(sql)),
            );
        }
        let Some(shape) = shard.get_mut(&fingerprint.0) else {
            return;
        };
        shape.calls += 1;
        shape.errors += u64::from(failed);
        shape.rows += rows;
        shape.total += took;
        shape.max = shape.max.max(took);
        shape.buckets[bucket(took)] += 1;
        if took >= self.slow && !shape.slow_logged {
            shape.slow_logged = true;
            tracing::warn!(
                fingerprint = %fingerprint,
                took_ms = took.as_millis(),
                statement = %shape.normalized,
                "slow statement (logged once per shape)"
            );
        }
    }

    /// The `n` shapes with the most total time, most first.
    pub(crate) fn top(&self, n: usize) -> Vec<ShapeStats> {
        let mut all: Vec<ShapeStats> = self
            .shards
            .iter()
            .filter_map(|shard| shard.lock().ok())
            .flat_map(|shard| {
                shard
                    .iter()
                    .map(|(fp, shape)| shape.stats(Fingerprint(*fp)))
                    .collect::<Vec<_>>()
            })
            .collect();
        all.sort_by_key(|s| std::cmp::Reverse(s.total));
        all.truncate(n);
        all
    }
}

impl Shape {
    fn new(normalized: String) -> Shape {
        Shape {
            normalized,
            calls: 0,
            errors: 0,
            rows: 0,
            total: Duration::ZERO,
            max: Duration::ZERO,
            buckets: [0; BUCKETS],
            slow_logged: false,
        }
    }

    fn stats(&self, fingerprint: Fingerprint) -> ShapeStats {
        ShapeStats {
            fingerprint,
            normalized: self.normalized.clone(),
            calls: self.calls,
            errors: self.errors,
            rows: self.rows,
            total: self.total,
            p50: self.quantile(500),
            p99: self.quantile(990),
            max: self.max,
        }
    }

    /// The upper bound of the bucket holding the quantile `permille`/1000,
    /// capped at the slowest call seen.
    fn quantile(&self, permille: u64) -> Duration {
        let total: u64 = self.buckets.iter().map(|&c| u64::from(c)).sum();
        let rank = (total * permille).div_ceil(1000).max(1);
        let mut seen = 0;
        for (i, &count) in self.buckets.iter().enumerate() {
            seen += u64::from(count);
            if seen >= rank {
                return Duration::from_nanos(FIRST_BUCKET_NANOS << i).min(self.max);
            }
        }
        self.max
    }
}

/// The bucket of a latency: the first `i` with `took < 10 µs · 2^i`.
fn bucket(took: Duration) -> usize {
    let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
    let ratio = nanos / FIRST_BUCKET_NANOS;
    let i = usize::try_from(u64::BITS - ratio.leading_zeros()).unwrap_or(BUCKETS);
    i.min(BUCKETS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(micros: u64, expected: usize) {
        assert_eq!(
            bucket(Duration::from_micros(micros)),
            expected,
            "{micros} µs"
        );
    }

    #[test]
    fn buckets_double_from_ten_micros() {
        check(0, 0);
        check(9, 0);
        check(10, 1);
        check(19, 1);
        check(20, 2);
        check(40, 3);
        check(1_000_000_000, BUCKETS - 1);
    }

    #[test]
    fn one_shape_for_literal_variants_with_quantiles_and_a_bound() {
        let shapes = Shapes::new(8, Duration::from_secs(60)).unwrap();
        for (i, sql) in [
            "SELECT * FROM t WHERE id = 1",
            "select * from T where ID=42",
        ]
        .iter()
        .enumerate()
        {
            let fp = Fingerprint::of(sql);
            for _ in 0..50 {
                shapes.record(fp, sql, Duration::from_micros(15 + i as u64), 1, false);
            }
        }
        let fp = Fingerprint::of("SELECT * FROM t WHERE id = 1");
        shapes.record(
            fp,
            "SELECT * FROM t WHERE id = 1",
            Duration::from_millis(3),
            0,
            true,
        );
        let top = shapes.top(10);
        assert_eq!(top.len(), 1, "{top:?}");
        let shape = &top[0];
        assert_eq!((shape.calls, shape.errors, shape.rows), (101, 1, 100));
        assert_eq!(shape.p50, Duration::from_micros(20));
        assert_eq!(shape.p99, Duration::from_micros(20));
        assert_eq!(shape.max, Duration::from_millis(3));
        assert!(shape.normalized.contains('?'), "{}", shape.normalized);

        // A full map keeps the shapes it has.
        for i in 0..100 {
            let sql = format!("SELECT c{i} FROM t");
            shapes.record(
                Fingerprint::of(&sql),
                &sql,
                Duration::from_micros(5),
                0,
                false,
            );
        }
        assert!(shapes.top(1000).len() <= 8 + SHARDS);
        assert!(shapes.top(1000).iter().any(|s| s.fingerprint == fp));
    }
}
