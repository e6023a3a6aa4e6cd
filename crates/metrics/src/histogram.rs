//! A sharded histogram: per-thread-shard atomic buckets, merged at scrape.
//!
//! prometheus's own `Histogram` makes every `observe` hit one shared
//! hot/cold counter, so two threads observing into one histogram bounce the
//! same cache line and scale negatively. Here each thread picks a shard once
//! (a thread-local index) and then only touches that shard's cache lines;
//! `collect` adds the shards up, as tikv's thread-local metrics do.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use prometheus::core::{Collector, Desc};
use prometheus::proto;

use crate::{Error, Result};

/// Upper bounds, in seconds, shared by every latency histogram in this crate:
/// 0.5 ms to 30 s, roughly ×2.5 apart.
pub const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Words (`u64`) per cache line; shards are separated by at least one line.
const LINE_WORDS: usize = 8;

/// Hands each thread a distinct shard number, round-robin.
static NEXT_SHARD: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    // `usize::MAX` means "not yet assigned"; a const initialiser keeps the
    // access a plain TLS load with no lazy-init state or destructor.
    static SHARD: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// This thread's shard number, before masking by a histogram's shard count.
#[inline]
fn thread_shard() -> usize {
    SHARD.with(|s| {
        let v = s.get();
        if v != usize::MAX {
            return v;
        }
        let v = NEXT_SHARD.fetch_add(1, Ordering::Relaxed) & (usize::MAX >> 1);
        s.set(v);
        v
    })
}

/// How many shards a histogram gets: twice the machine's parallelism,
/// rounded up to a power of two, between 4 and 64. More shards than threads
/// costs memory only (one bucket array each); fewer makes threads share.
fn default_shards() -> usize {
    let cpus = std::thread::available_parallelism().map_or(8, std::num::NonZeroUsize::get);
    (cpus * 2).next_power_of_two().clamp(4, 64)
}

/// The storage of one labelled histogram series.
///
/// Layout: `shards` blocks of `stride` words each. In a block, words
/// `0..=bounds.len()` count observations per bucket (not cumulative; the last
/// one is the `+Inf` overflow), the next word holds the sum as `f64` bits,
/// and the rest pads the block so that no two shards share a cache line,
/// whatever the allocation's alignment.
#[derive(Debug)]
struct Core {
    bounds: Arc<[f64]>,
    mask: usize,
    stride: usize,
    cells: Box<[AtomicU64]>,
}

impl Core {
    fn new(bounds: Arc<[f64]>, shards: usize) -> Self {
        debug_assert!(shards.is_power_of_two());
        let used = bounds.len() + 2;
        let stride = used.div_ceil(LINE_WORDS) * LINE_WORDS + LINE_WORDS;
        let cells = (0..shards * stride).map(|_| AtomicU64::new(0)).collect();
        Self {
            bounds,
            mask: shards - 1,
            stride,
            cells,
        }
    }

    #[inline]
    fn observe(&self, v: f64) {
        let base = (thread_shard() & self.mask) * self.stride;
        // A linear scan, like prometheus's: bucket lists are short and the
        // common small values stop early. NaN matches no bound and lands in
        // the overflow bucket, which keeps `+Inf == count`.
        let n = self.bounds.len();
        let bucket = self.bounds.iter().position(|b| v <= *b).unwrap_or(n);
        self.cells[base + bucket].fetch_add(1, Ordering::Relaxed);
        // The shard is normally written by one thread only, so this loop
        // almost always succeeds first time.
        let sum = &self.cells[base + n + 1];
        let mut current = sum.load(Ordering::Relaxed);
        loop {
            let next = (f64::from_bits(current) + v).to_bits();
            match sum.compare_exchange_weak(current, next, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => break,
                Err(seen) => current = seen,
            }
        }
    }

    /// Per-bucket counts (non-cumulative, overflow last) and the sum, over all
    /// shards.
    fn snapshot(&self) -> (Vec<u64>, f64) {
        let n = self.bounds.len();
        let mut counts = vec![0_u64; n + 1];
        let mut sum = 0.0;
        for block in self.cells.chunks_exact(self.stride) {
            for (total, cell) in counts.iter_mut().zip(block) {
                *total += cell.load(Ordering::Relaxed);
            }
            sum += f64::from_bits(block[n + 1].load(Ordering::Relaxed));
        }
        (counts, sum)
    }

    fn proto(&self) -> proto::Histogram {
        let (counts, sum) = self.snapshot();
        let mut cumulative = 0;
        let buckets = self
            .bounds
            .iter()
            .zip(&counts)
            .map(|(bound, count)| {
                cumulative += count;
                let mut b = proto::Bucket::default();
                b.set_upper_bound(*bound);
                b.set_cumulative_count(cumulative);
                b
            })
            .collect();
        let mut h = proto::Histogram::default();
        h.set_bucket(buckets);
        h.set_sample_count(counts.iter().sum());
        h.set_sample_sum(sum);
        h
    }
}

/// One histogram series with its labels resolved: the hot-path handle.
///
/// `observe` costs one thread-local load, a bucket scan and two uncontended
/// atomic updates on this thread's shard. Cloning is cheap; clones share
/// the series.
///
/// A scrape reads the shards without stopping writers, so a sample being
/// recorded during a scrape may show in the bucket counts before it shows
/// in the sum; the next scrape sees both.
#[derive(Clone, Debug)]
pub struct Histogram {
    core: Arc<Core>,
}

impl Histogram {
    /// Records one observation, in the family's base unit (seconds for
    /// `_seconds` families).
    #[inline]
    pub fn observe(&self, v: f64) {
        self.core.observe(v);
    }

    /// Records a duration in seconds.
    #[inline]
    pub fn observe_duration(&self, d: Duration) {
        self.core.observe(d.as_secs_f64());
    }

    /// How many observations were recorded, over all threads.
    #[must_use]
    pub fn count(&self) -> u64 {
        self.core.snapshot().0.iter().sum()
    }

    /// The sum of all observations, over all threads.
    #[must_use]
    pub fn sum(&self) -> f64 {
        self.core.snapshot().1
    }
}

/// A histogram family of [`Histogram`] series, one per label-value set; a
/// prometheus [`Collector`] that merges the shards of every series at
/// scrape time.
///
/// Cloning is cheap; clones share the family, so one clone can go to the
/// registry while another resolves handles.
#[derive(Clone, Debug)]
pub struct HistogramVec {
    inner: Arc<VecInner>,
}

#[derive(Debug)]
struct VecInner {
    desc: Desc,
    bounds: Arc<[f64]>,
    shards: usize,
    children: RwLock<BTreeMap<Vec<String>, Histogram>>,
}

impl HistogramVec {
    /// A new, unregistered family. `buckets` are the upper bounds, finite
    /// and strictly increasing; the `+Inf` bucket is implicit (a trailing
    /// `+Inf` is dropped).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidBuckets`] for bad bounds, [`Error::Prometheus`] for a
    /// bad name or label name.
    pub fn new(name: &str, help: &str, label_names: &[&str], buckets: &[f64]) -> Result<Self> {
        let mut bounds = buckets.to_vec();
        if bounds.last() == Some(&f64::INFINITY) {
            bounds.pop();
        }
        let reason = if bounds.is_empty() {
            Some("no finite upper bound")
        } else if bounds.iter().any(|b| !b.is_finite()) {
            Some("bounds must be finite")
        } else if bounds.windows(2).any(|w| w[0] >= w[1]) {
            Some("bounds must be strictly increasing")
        } else if label_names.contains(&"le") {
            Some("`le` is reserved for the bucket label")
        } else {
            None
        };
        if let Some(reason) = reason {
            return Err(Error::InvalidBuckets {
                family: name.to_owned(),
                buckets: buckets.to_vec(),
                reason,
            });
        }
        let desc = Desc::new(
            name.to_owned(),
            help.to_owned(),
            label_names.iter().map(|l| (*l).to_owned()).collect(),
            HashMap::new(),
        )
        .map_err(|source| Error::Prometheus {
            family: name.to_owned(),
            source,
        })?;
        let inner = VecInner {
            desc,
            bounds: bounds.into(),
            shards: default_shards(),
            children: RwLock::default(),
        };
        Ok(Self {
            inner: Arc::new(inner),
        })
    }

    /// The family's full name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.inner.desc.fq_name
    }

    /// The series for `values` (one per label name, in order), created on
    /// first use. Resolve once and keep the handle: this takes a lock.
    ///
    /// # Errors
    ///
    /// [`Error::LabelCount`] when the number of values is wrong.
    pub fn with_label_values(&self, values: &[&str]) -> Result<Histogram> {
        let this = &*self.inner;
        if values.len() != this.desc.variable_labels.len() {
            return Err(Error::LabelCount {
                family: this.desc.fq_name.clone(),
                expected: this.desc.variable_labels.len(),
                got: values.iter().map(|v| (*v).to_owned()).collect(),
            });
        }
        let key: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
        // Children are only ever inserted whole, so a poisoned lock still
        // guards a consistent map.
        if let Some(h) = this
            .children
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
        {
            return Ok(h.clone());
        }
        let mut children = this
            .children
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let h = children.entry(key).or_insert_with(|| Histogram {
            core: Arc::new(Core::new(Arc::clone(&this.bounds), this.shards)),
        });
        Ok(h.clone())
    }
}

impl Collector for HistogramVec {
    fn desc(&self) -> Vec<&Desc> {
        vec![&self.inner.desc]
    }

    fn collect(&self) -> Vec<proto::MetricFamily> {
        let this = &*self.inner;
        let children = this.children.read().unwrap_or_else(PoisonError::into_inner);
        let metrics = children
            .iter()
            .map(|(values, h)| {
                let mut labels: Vec<proto::LabelPair> = this
                    .desc
                    .variable_labels
                    .iter()
                    .zip(values)
                    .map(|(name, value)| {
                        let mut pair = proto::LabelPair::default();
                        pair.set_name(name.clone());
                        pair.set_value(value.clone());
                        pair
                    })
                    .chain(this.desc.const_label_pairs.iter().cloned())
                    .collect();
                labels.sort_by(|a, b| a.name().cmp(b.name()));
                let mut m = proto::Metric::from_label(labels);
                m.set_histogram(h.core.proto());
                m
            })
            .collect();
        let mut family = proto::MetricFamily::default();
        family.set_name(this.desc.fq_name.clone());
        family.set_help(this.desc.help.clone());
        family.set_field_type(proto::MetricType::HISTOGRAM);
        family.set_metric(metrics);
        vec![family]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family() -> HistogramVec {
        HistogramVec::new("t_seconds", "test", &["op"], &[0.1, 1.0, 10.0]).unwrap()
    }

    #[track_caller]
    fn check_buckets(buckets: &[f64], expected: Option<&str>) {
        let got = HistogramVec::new("h", "h", &[], buckets)
            .err()
            .map(|e| e.to_string());
        assert_eq!(got.as_deref(), expected);
    }

    #[test]
    fn bucket_validation() {
        check_buckets(&[1.0, 2.0], None);
        check_buckets(&[1.0, f64::INFINITY], None);
        check_buckets(
            &[],
            Some("histogram \"h\" has invalid buckets []: no finite upper bound"),
        );
        check_buckets(
            &[2.0, 1.0],
            Some(
                "histogram \"h\" has invalid buckets [2.0, 1.0]: bounds must be strictly increasing",
            ),
        );
        check_buckets(
            &[f64::NAN],
            Some("histogram \"h\" has invalid buckets [NaN]: bounds must be finite"),
        );
    }

    #[test]
    fn observations_land_in_buckets_and_merge_across_threads() {
        let vec = family();
        let h = vec.with_label_values(&["select"]).unwrap();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for v in [0.05, 0.5, 5.0, 50.0] {
                        h.observe(v);
                    }
                });
            }
        });
        h.observe_duration(Duration::from_millis(100));
        assert_eq!(h.count(), 17);
        assert!((h.sum() - (4.0 * 55.55 + 0.1)).abs() < 1e-9);

        let mf = vec.collect();
        let m = &mf[0].get_metric()[0];
        assert_eq!(m.get_label()[0].value(), "select");
        let hist = m.get_histogram();
        let cumulative: Vec<u64> = hist
            .get_bucket()
            .iter()
            .map(proto::Bucket::cumulative_count)
            .collect();
        // 0.1 (the duration) is <= 0.1, so it joins the first bucket.
        assert_eq!(cumulative, [5, 9, 13]);
        assert_eq!(hist.get_sample_count(), 17);
    }

    #[test]
    fn same_labels_share_a_series() {
        let vec = family();
        vec.with_label_values(&["a"]).unwrap().observe(1.0);
        vec.with_label_values(&["a"]).unwrap().observe(1.0);
        assert_eq!(vec.with_label_values(&["a"]).unwrap().count(), 2);
        assert!(matches!(
            vec.with_label_values(&[]),
            Err(Error::LabelCount { expected: 1, .. })
        ));
    }

    #[test]
    fn nan_counts_in_overflow() {
        let vec = family();
        let h = vec.with_label_values(&["a"]).unwrap();
        h.observe(f64::NAN);
        assert_eq!(h.count(), 1);
    }

    proptest::proptest! {
        /// prometheus's own `Histogram` is the model: same buckets, same
        /// count, same sum for any sequence of observations.
        #[test]
        fn matches_prometheus_histogram(values in proptest::collection::vec(-1.0e3..1.0e3_f64, 0..200)) {
            let ours = HistogramVec::new("p_seconds", "p", &[], LATENCY_BUCKETS).unwrap();
            let ours = ours.with_label_values(&[]).unwrap();
            let opts = prometheus::HistogramOpts::new("p_seconds", "p").buckets(LATENCY_BUCKETS.to_vec());
            let model = prometheus::Histogram::with_opts(opts).unwrap();
            for v in &values {
                ours.observe(*v);
                model.observe(*v);
            }
            let (a, b) = (ours.core.proto(), prometheus::core::Metric::metric(&model));
            let b = b.get_histogram();
            proptest::prop_assert_eq!(a.get_sample_count(), b.get_sample_count());
            proptest::prop_assert!((a.get_sample_sum() - b.get_sample_sum()).abs() <= 1e-6 * (1.0 + b.get_sample_sum().abs()));
            let counts = |h: &proto::Histogram| h.get_bucket().iter().map(|x| (x.upper_bound().to_bits(), x.cumulative_count())).collect::<Vec<_>>();
            proptest::prop_assert_eq!(counts(&a), counts(b));
        }
    }
}
