//! Our handles beside the raw prometheus calls, in one group: counter
//! increment, histogram observe, labelled lookup + increment, and the
//! two-thread throughput of one histogram.

use std::hint::black_box;
use std::sync::Barrier;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use omnibase_metrics::{CallOutcome, LATENCY_BUCKETS, Metrics, Operation};
use prometheus::{Histogram, HistogramOpts, IntCounter, IntCounterVec, Opts};

const RAW: &str = "raw-prometheus";
const OURS: &str = "omnibase-handle";

/// A latency that lands mid-way through the bucket list, like a typical
/// query does.
const SAMPLE: f64 = 0.003;

/// Runs `observe` `iters` times on each of two threads at once and returns
/// the slower thread's time, which is the wall time for `2 * iters`
/// observations. Thread start-up is outside the timed part.
fn two_threads(iters: u64, observe: &(dyn Fn(f64) + Sync)) -> Duration {
    let barrier = Barrier::new(2);
    std::thread::scope(|s| {
        let run = || {
            barrier.wait();
            let start = Instant::now();
            for _ in 0..iters {
                observe(black_box(SAMPLE));
            }
            start.elapsed()
        };
        let a = s.spawn(run);
        let b = s.spawn(run);
        let (a, b) = (a.join(), b.join());
        match (a, b) {
            (Ok(a), Ok(b)) => a.max(b),
            _ => panic!("a benchmark thread panicked"),
        }
    })
}

fn metrics(c: &mut Criterion) {
    let metrics = Metrics::new().expect("families register");
    let pool = metrics.pg_pool("bench").expect("valid pool name");
    let breaker = metrics.breaker("bench").expect("valid breaker name");
    let ours_hist = pool.query(Operation::Select).clone();
    let ours_counter = breaker.calls(CallOutcome::Success).clone();

    let raw_counter = IntCounter::new("raw_total", "raw").expect("valid name");
    let raw_hist = Histogram::with_opts(
        HistogramOpts::new("raw_seconds", "raw").buckets(LATENCY_BUCKETS.to_vec()),
    )
    .expect("valid histogram");
    let raw_vec = IntCounterVec::new(Opts::new("raw_calls_total", "raw"), &["breaker", "outcome"])
        .expect("valid vec");

    let mut g = c.benchmark_group("metrics");
    g.throughput(Throughput::Elements(1));

    g.bench_function(BenchmarkId::new(RAW, "counter-inc"), |b| {
        b.iter(|| black_box(&raw_counter).inc())
    });
    g.bench_function(BenchmarkId::new(OURS, "counter-inc"), |b| {
        b.iter(|| black_box(&ours_counter).inc())
    });

    g.bench_function(BenchmarkId::new(RAW, "histogram-observe"), |b| {
        b.iter(|| black_box(&raw_hist).observe(black_box(SAMPLE)));
    });
    g.bench_function(BenchmarkId::new(OURS, "histogram-observe"), |b| {
        b.iter(|| black_box(&ours_hist).observe(black_box(SAMPLE)));
    });

    // Raw: the label lookup every call site pays without handles. Ours: the
    // enum-indexed handle, which is what a call site does with this crate.
    g.bench_function(BenchmarkId::new(RAW, "labelled-inc"), |b| {
        b.iter(|| {
            raw_vec
                .with_label_values(&[black_box("bench"), black_box("success")])
                .inc()
        });
    });
    g.bench_function(BenchmarkId::new(OURS, "labelled-inc"), |b| {
        b.iter(|| breaker.calls(black_box(CallOutcome::Success)).inc());
    });

    g.throughput(Throughput::Elements(2));
    g.bench_function(BenchmarkId::new(RAW, "histogram-observe-2-threads"), |b| {
        b.iter_custom(|iters| two_threads(iters, &|v| raw_hist.observe(v)));
    });
    g.bench_function(BenchmarkId::new(OURS, "histogram-observe-2-threads"), |b| {
        b.iter_custom(|iters| two_threads(iters, &|v| ours_hist.observe(v)));
    });
    g.finish();
}

criterion_group!(benches, metrics);
criterion_main!(benches);
