//! Proves that a call in the closed state allocates nothing, with a counting
//! global allocator (allocation-counter) confined to this test binary.

use std::pin::pin;
use std::task::{Context, Poll, Waker};

use omnibase_circuit_breaker::{CircuitBreaker, Clock, Config, WindowConfig};

/// Polls a future that never waits, without an executor that might allocate.
fn run<F: Future>(f: F) -> F::Output {
    let mut cx = Context::from_waker(Waker::noop());
    match pin!(f).poll(&mut cx) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("the future under test never waits"),
    }
}

fn check(window: WindowConfig) {
    let config = Config {
        minimum_calls: 1,
        window,
        ..Config::default()
    };
    let breaker = CircuitBreaker::builder("alloc")
        .config(config)
        .clock(Clock::coarse())
        .build()
        .unwrap();
    // Warm up: claim this thread's counter slot and settle the window's second.
    for _ in 0..1_000 {
        breaker.try_acquire().unwrap().success();
    }
    let info = allocation_counter::measure(|| {
        for i in 0..10_000_u32 {
            let r = run(breaker.call(|| async move { Ok::<_, std::io::Error>(i) }));
            assert_eq!(r.unwrap(), i);
            breaker.try_acquire().unwrap().success();
        }
    });
    assert_eq!(info.count_total, 0, "{window:?}: {info:?}");
}

#[test]
fn test_closed_state_calls_allocate_nothing_with_a_count_window() {
    check(WindowConfig::Count { size: 100 });
}

#[test]
fn test_closed_state_calls_allocate_nothing_with_a_time_window() {
    check(WindowConfig::Time { seconds: 60 });
}
