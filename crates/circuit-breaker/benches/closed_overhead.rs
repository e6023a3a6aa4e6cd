//! Closed-state overhead per call, against a bare call and the `failsafe` and
//! `recloser` crates configured equivalently, single-threaded and with two
//! threads sharing one breaker.
//!
//! Run: `cargo bench -p omnibase-circuit-breaker --bench closed_overhead --
//! --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use failsafe::{CircuitBreaker as _, backoff, failure_policy};
use omnibase_circuit_breaker::{CircuitBreaker, Config, WindowConfig};

/// The protected operation: as cheap as possible, so the breaker's cost shows.
#[inline(never)]
fn op(i: u64) -> Result<u64, std::io::Error> {
    Ok(black_box(i))
}

/// resilience4j's defaults, full feature set on: 100-call or 60-second window,
/// slow-call tracking at 60 s, 50 % failure threshold, 100 minimum calls.
fn omnibase(window: WindowConfig) -> CircuitBreaker {
    let config = Config {
        window,
        ..Config::default()
    };
    CircuitBreaker::builder("bench")
        .config(config)
        .build()
        .expect("valid config")
}

fn recloser() -> recloser::Recloser {
    recloser::Recloser::custom()
        .error_rate(0.5)
        .closed_len(100)
        .half_open_len(10)
        .open_wait(Duration::from_secs(60))
        .build()
}

type Consecutive =
    failsafe::StateMachine<failure_policy::ConsecutiveFailures<backoff::Constant>, ()>;
type SuccessRate =
    failsafe::StateMachine<failure_policy::SuccessRateOverTimeWindow<backoff::Constant>, ()>;

fn failsafe_consecutive() -> Consecutive {
    let policy =
        failure_policy::consecutive_failures(100, backoff::constant(Duration::from_secs(60)));
    failsafe::Config::new().failure_policy(policy).build()
}

fn failsafe_success_rate() -> SuccessRate {
    let policy = failure_policy::success_rate_over_time_window(
        0.5,
        100,
        Duration::from_secs(60),
        backoff::constant(Duration::from_secs(60)),
    );
    failsafe::Config::new().failure_policy(policy).build()
}

/// Polls a future that never waits, so the async `call` is measured without an
/// executor; inlined, as an executor's poll loop would inline a ready future.
#[inline(always)]
fn run<F: Future>(f: F) -> F::Output {
    let mut cx = Context::from_waker(Waker::noop());
    match pin!(f).poll(&mut cx) {
        Poll::Ready(v) => v,
        Poll::Pending => unreachable!("the benchmarked operation never waits"),
    }
}

/// Every contender as one closure-producing entry, so both groups bench the same set.
#[derive(Clone, Copy)]
enum Contender {
    Bare,
    OmnibaseCount,
    OmnibaseTime,
    OmnibaseCallAsync,
    Recloser,
    FailsafeConsecutive,
    FailsafeSuccessRate,
}

impl Contender {
    const ALL: [Self; 7] = [
        Self::Bare,
        Self::OmnibaseCount,
        Self::OmnibaseTime,
        Self::OmnibaseCallAsync,
        Self::Recloser,
        Self::FailsafeConsecutive,
        Self::FailsafeSuccessRate,
    ];

    fn name(self) -> &'static str {
        match self {
            Self::Bare => "bare",
            Self::OmnibaseCount => "omnibase-count-window",
            Self::OmnibaseTime => "omnibase-time-window",
            Self::OmnibaseCallAsync => "omnibase-call-async",
            Self::Recloser => "recloser",
            Self::FailsafeConsecutive => "failsafe-consecutive",
            Self::FailsafeSuccessRate => "failsafe-success-rate",
        }
    }
}

/// Runs `n` calls through one contender from each of `threads` threads, sharing one breaker.
fn run_calls(contender: Contender, threads: usize, n: u64) -> Duration {
    macro_rules! drive {
        ($breaker:expr, $call:expr) => {{
            let breaker = $breaker;
            let call = $call;
            let start = Instant::now();
            std::thread::scope(|s| {
                for _ in 1..threads {
                    s.spawn(|| {
                        for i in 0..n {
                            call(&breaker, i);
                        }
                    });
                }
                for i in 0..n {
                    call(&breaker, i);
                }
            });
            start.elapsed()
        }};
    }
    match contender {
        Contender::Bare => drive!((), |_: &(), i| {
            let _ = black_box(op(i));
        }),
        Contender::OmnibaseCount => drive!(
            omnibase(WindowConfig::Count { size: 100 }),
            |b: &CircuitBreaker, i| {
                let permit = b.try_acquire().expect("closed");
                let r = op(i);
                permit.success();
                let _ = black_box(r);
            }
        ),
        Contender::OmnibaseTime => drive!(
            omnibase(WindowConfig::Time { seconds: 60 }),
            |b: &CircuitBreaker, i| {
                let permit = b.try_acquire().expect("closed");
                let r = op(i);
                permit.success();
                let _ = black_box(r);
            }
        ),
        Contender::OmnibaseCallAsync => {
            drive!(
                omnibase(WindowConfig::Count { size: 100 }),
                |b: &CircuitBreaker, i| {
                    let _ = black_box(run(b.call(|| async move { op(i) })));
                }
            )
        }
        Contender::Recloser => drive!(recloser(), |b: &recloser::Recloser, i| {
            let _ = black_box(b.call(|| op(i)));
        }),
        Contender::FailsafeConsecutive => drive!(failsafe_consecutive(), |b: &Consecutive, i| {
            let _ = black_box(b.call(|| op(i)));
        }),
        Contender::FailsafeSuccessRate => drive!(failsafe_success_rate(), |b: &SuccessRate, i| {
            let _ = black_box(b.call(|| op(i)));
        }),
    }
}

/// One group, so every figure is a ratio within one run: the parameter is the
/// number of threads sharing one breaker; throughput counts calls on all threads.
fn closed_call(c: &mut Criterion) {
    let mut group = c.benchmark_group("closed_call");
    for threads in [1_usize, 2] {
        group.throughput(Throughput::Elements(threads as u64));
        for contender in Contender::ALL {
            group.bench_function(BenchmarkId::new(contender.name(), threads), |b| {
                b.iter_custom(|iters| run_calls(contender, threads, iters));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, closed_call);
criterion_main!(benches);
