//! Integration tests through the public API: every transition, windows over
//! paused time, classification, events, concurrency, the adaptive threshold,
//! the tower layer, and a proptest against a reference model.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use omnibase_circuit_breaker::{
    AdaptiveConfig, BackoffConfig, CallError, CircuitBreaker, Clock, Config, Error, ManualClock,
    Observer, Outcome, Reason, State, Transition, WindowConfig,
};

/// Four-call count window opening at 50 % failures or 50 % slow calls (500 ms).
fn base() -> Config {
    Config {
        failure_rate_threshold: 50.0,
        slow_call_rate_threshold: 50.0,
        slow_call_duration_ms: 500,
        minimum_calls: 4,
        window: WindowConfig::Count { size: 4 },
        half_open_permits: 2,
        max_wait_in_half_open_ms: 10_000,
        backoff: BackoffConfig::Fixed { open_ms: 1_000 },
        adaptive: None,
    }
}

fn manual(config: Config) -> (CircuitBreaker, ManualClock) {
    let (clock, handle) = Clock::manual();
    let breaker = CircuitBreaker::builder("test")
        .config(config)
        .clock(clock)
        .build()
        .unwrap();
    (breaker, handle)
}

#[track_caller]
fn succeed(b: &CircuitBreaker) {
    b.try_acquire().expect("permitted").success();
}

#[track_caller]
fn fail(b: &CircuitBreaker) {
    b.try_acquire().expect("permitted").failure();
}

#[track_caller]
fn refused(b: &CircuitBreaker) -> (State, Option<Duration>) {
    match b.try_acquire() {
        Err(Error::NotPermitted { state, retry_after }) => (state, retry_after),
        Ok(_) => panic!("permitted in {}", b.state()),
        Err(e) => panic!("unexpected error {e}"),
    }
}

fn drain(rx: &mut tokio::sync::broadcast::Receiver<Transition>) -> Vec<(State, State, Reason)> {
    std::iter::from_fn(|| rx.try_recv().ok())
        .map(|t| (t.from, t.to, t.reason))
        .collect()
}

#[test]
fn test_circuit_breaker_state_transitions() {
    let (b, clock) = manual(base());
    let mut rx = b.subscribe();
    assert_eq!(b.state(), State::Closed);
    succeed(&b);
    succeed(&b);
    fail(&b);
    // Three calls are below the minimum of four: no rate is acted on yet.
    assert_eq!(b.state(), State::Closed);
    fail(&b);
    assert_eq!(b.state(), State::Open);
    assert_eq!(
        refused(&b),
        (State::Open, Some(Duration::from_millis(1_000)))
    );
    clock.advance(Duration::from_millis(999));
    assert_eq!(refused(&b), (State::Open, Some(Duration::from_millis(1))));
    clock.advance(Duration::from_millis(1));
    let probe = b.try_acquire().unwrap();
    assert!(probe.is_probe());
    assert_eq!(b.state(), State::HalfOpen);
    probe.success();
    succeed(&b);
    assert_eq!(b.state(), State::Closed);
    // The window starts empty after closing.
    assert_eq!(b.snapshot().calls, 0);
    assert_eq!(
        drain(&mut rx),
        [
            (State::Closed, State::Open, Reason::FailureRate),
            (State::Open, State::HalfOpen, Reason::OpenDurationElapsed),
            (State::HalfOpen, State::Closed, Reason::ProbesPassed),
        ]
    );
}

#[test]
fn test_circuit_breaker_state_transitions_half_open_reopens_on_failed_probes() {
    let (b, clock) = manual(base());
    let mut rx = b.subscribe();
    for _ in 0..4 {
        fail(&b);
    }
    clock.advance(Duration::from_secs(1));
    succeed(&b);
    assert_eq!(b.state(), State::HalfOpen);
    fail(&b);
    assert_eq!(b.state(), State::Open);
    let t: Vec<_> = drain(&mut rx);
    assert_eq!(
        t.last(),
        Some(&(State::HalfOpen, State::Open, Reason::ProbesFailed))
    );
}

#[test]
fn test_circuit_breaker_state_transitions_half_open_reopens_on_slow_probes() {
    let (b, clock) = manual(base());
    for _ in 0..4 {
        fail(&b);
    }
    clock.advance(Duration::from_secs(1));
    for _ in 0..2 {
        let p = b.try_acquire().unwrap();
        clock.advance(Duration::from_millis(600));
        p.success();
    }
    assert_eq!(b.state(), State::Open);
}

#[test]
fn test_circuit_breaker_state_transitions_slow_calls_open_the_breaker() {
    let (b, clock) = manual(base());
    let mut rx = b.subscribe();
    succeed(&b);
    succeed(&b);
    for _ in 0..2 {
        let p = b.try_acquire().unwrap();
        clock.advance(Duration::from_millis(500));
        p.success();
    }
    assert_eq!(b.state(), State::Open);
    let t = rx.try_recv().unwrap();
    assert_eq!(t.reason, Reason::SlowCallRate);
    assert_eq!(
        (t.snapshot.calls, t.snapshot.failures, t.snapshot.slow_calls),
        (4, 0, 2)
    );
    assert_eq!(t.snapshot.slow_call_rate, 50.0);
    assert_eq!(t.open_for, Some(Duration::from_secs(1)));
}

#[test]
fn test_circuit_breaker_state_transitions_half_open_permits_are_limited_and_given_back() {
    let (b, clock) = manual(base());
    for _ in 0..4 {
        fail(&b);
    }
    clock.advance(Duration::from_secs(1));
    let p1 = b.try_acquire().unwrap();
    let p2 = b.try_acquire().unwrap();
    let (state, retry_after) = refused(&b);
    assert_eq!(state, State::HalfOpen);
    assert_eq!(retry_after, Some(Duration::from_secs(10)));
    // A dropped (cancelled) probe gives its permit back; an ignored one too.
    drop(p1);
    let p3 = b.try_acquire().unwrap();
    p2.ignore();
    let p4 = b.try_acquire().unwrap();
    p3.success();
    p4.success();
    assert_eq!(b.state(), State::Closed);
}

#[test]
fn test_circuit_breaker_state_transitions_half_open_max_wait_reopens() {
    let (b, clock) = manual(base());
    let mut rx = b.subscribe();
    for _ in 0..4 {
        fail(&b);
    }
    clock.advance(Duration::from_secs(1));
    let stuck1 = b.try_acquire().unwrap();
    let stuck2 = b.try_acquire().unwrap();
    clock.advance(Duration::from_millis(10_000));
    assert_eq!(refused(&b), (State::Open, Some(Duration::from_secs(1))));
    // Probes finishing after the timeout belong to an old half-open: not recorded.
    stuck1.success();
    stuck2.success();
    assert_eq!(b.state(), State::Open);
    let t = drain(&mut rx);
    assert_eq!(
        t.last(),
        Some(&(State::HalfOpen, State::Open, Reason::HalfOpenTimeout))
    );
}

#[test]
fn test_circuit_breaker_state_transitions_exponential_backoff_grows_and_resets() {
    let config = Config {
        backoff: BackoffConfig::Exponential {
            initial_ms: 100,
            max_ms: 350,
            multiplier: 2.0,
            jitter: 0.0,
        },
        half_open_permits: 1,
        ..base()
    };
    let (b, clock) = manual(config);
    for _ in 0..4 {
        fail(&b);
    }
    let mut seen = Vec::new();
    for _ in 0..4 {
        let (_, retry) = refused(&b);
        let retry = retry.unwrap();
        seen.push(retry.as_millis());
        clock.advance(retry);
        fail(&b); // the probe fails: reopen, one step further
    }
    assert_eq!(seen, [100, 200, 350, 350]);
    let (_, retry) = refused(&b);
    clock.advance(retry.unwrap());
    succeed(&b);
    assert_eq!(b.state(), State::Closed);
    for _ in 0..4 {
        fail(&b);
    }
    assert_eq!(refused(&b).1, Some(Duration::from_millis(100)));
}

#[test]
fn test_circuit_breaker_state_transitions_force_open_force_closed_reset() {
    let (b, _clock) = manual(base());
    let mut rx = b.subscribe();
    b.force_open();
    assert_eq!(refused(&b), (State::ForcedOpen, None));
    b.force_open();
    b.force_closed();
    for _ in 0..10 {
        fail(&b);
    }
    assert_eq!(b.state(), State::ForcedClosed);
    assert_eq!(b.snapshot().failures, 4);
    b.reset();
    assert_eq!(b.state(), State::Closed);
    assert_eq!(b.snapshot().calls, 0);
    b.reset();
    assert_eq!(
        drain(&mut rx),
        [
            (State::Closed, State::ForcedOpen, Reason::ForcedOpen),
            (State::ForcedOpen, State::ForcedClosed, Reason::ForcedClosed),
            (State::ForcedClosed, State::Closed, Reason::Reset),
            (State::Closed, State::Closed, Reason::Reset),
        ]
    );
}

#[test]
fn test_count_window_minimum_calls_and_eviction_at_the_boundary() {
    let config = Config {
        minimum_calls: 3,
        window: WindowConfig::Count { size: 3 },
        ..base()
    };
    let (b, _clock) = manual(config);
    fail(&b);
    succeed(&b);
    succeed(&b);
    // 1 of 3 failed: 33 %.
    assert_eq!(b.state(), State::Closed);
    // This failure evicts the first one: still 1 of 3.
    fail(&b);
    assert_eq!(b.snapshot().failures, 1);
    assert_eq!(b.state(), State::Closed);
    // Now 2 of 3 (the oldest success is evicted): 67 % opens.
    fail(&b);
    assert_eq!(b.state(), State::Open);
}

#[test]
fn test_successes_on_the_fast_path_evict_failures_from_the_count_window() {
    let config = Config {
        minimum_calls: 2,
        window: WindowConfig::Count { size: 3 },
        ..base()
    };
    let (b, _clock) = manual(config);
    succeed(&b);
    succeed(&b);
    fail(&b);
    for _ in 0..3 {
        succeed(&b);
    }
    let s = b.snapshot();
    assert_eq!((s.calls, s.failures), (3, 0));
    fail(&b);
    assert_eq!(b.state(), State::Closed);
}

#[tokio::test(start_paused = true)]
async fn test_time_window_forgets_failures_older_than_the_window() {
    let config = Config {
        minimum_calls: 2,
        window: WindowConfig::Time { seconds: 3 },
        ..base()
    };
    let b = CircuitBreaker::builder("t")
        .config(config)
        .clock(Clock::tokio())
        .build()
        .unwrap();
    succeed(&b);
    succeed(&b);
    fail(&b);
    tokio::time::advance(Duration::from_secs(1)).await;
    succeed(&b);
    assert_eq!(b.snapshot().calls, 4);
    tokio::time::advance(Duration::from_secs(2)).await;
    // The first second has left the window.
    let s = b.snapshot();
    assert_eq!((s.calls, s.failures), (1, 0));
    fail(&b);
    assert_eq!(b.state(), State::Open);
    tokio::time::advance(Duration::from_secs(10)).await;
    assert_eq!(b.snapshot().calls, 0);
}

#[tokio::test(start_paused = true)]
async fn test_open_duration_and_slow_calls_under_paused_tokio_time() {
    let b = CircuitBreaker::builder("t")
        .config(base())
        .clock(Clock::tokio())
        .build()
        .unwrap();
    for _ in 0..4 {
        let r = b
            .call(|| async {
                tokio::time::advance(Duration::from_millis(700)).await;
                Ok::<_, std::io::Error>(())
            })
            .await;
        assert!(r.is_ok());
    }
    assert_eq!(b.state(), State::Open);
    let e = b
        .call(|| async { Ok::<_, std::io::Error>(()) })
        .await
        .unwrap_err();
    assert!(
        matches!(e, CallError::NotPermitted { state: State::Open, retry_after: Some(d) } if d == Duration::from_secs(1))
    );
    tokio::time::advance(Duration::from_secs(1)).await;
    b.call(|| async { Ok::<_, std::io::Error>(()) })
        .await
        .unwrap();
    assert_eq!(b.state(), State::HalfOpen);
}

#[tokio::test(start_paused = true)]
async fn test_half_open_max_wait_under_paused_tokio_time() {
    let b = CircuitBreaker::builder("t")
        .config(base())
        .clock(Clock::tokio())
        .build()
        .unwrap();
    let mut rx = b.subscribe();
    for _ in 0..4 {
        fail(&b);
    }
    tokio::time::advance(Duration::from_secs(1)).await;
    // Two probes start and never finish: the task holding them is cancelled.
    let stuck = tokio::spawn({
        let b = b.clone();
        async move {
            let _p1 = b.try_acquire_owned().unwrap();
            let _p2 = b.try_acquire_owned().unwrap();
            std::future::pending::<()>().await;
        }
    });
    tokio::task::yield_now().await;
    assert_eq!(refused(&b).0, State::HalfOpen);
    tokio::time::advance(Duration::from_millis(9_999)).await;
    assert_eq!(refused(&b).0, State::HalfOpen);
    tokio::time::advance(Duration::from_millis(1)).await;
    assert_eq!(refused(&b), (State::Open, Some(Duration::from_secs(1))));
    stuck.abort();
    let _ = stuck.await;
    tokio::time::advance(Duration::from_secs(1)).await;
    succeed(&b);
    succeed(&b);
    assert_eq!(b.state(), State::Closed);
    let reasons: Vec<Reason> = drain(&mut rx).into_iter().map(|t| t.2).collect();
    assert_eq!(
        reasons,
        [
            Reason::FailureRate,
            Reason::OpenDurationElapsed,
            Reason::HalfOpenTimeout,
            Reason::OpenDurationElapsed,
            Reason::ProbesPassed,
        ]
    );
}

#[test]
fn test_state_labels_and_gauge_values_are_stable() {
    let all = [
        State::Closed,
        State::HalfOpen,
        State::Open,
        State::ForcedOpen,
        State::ForcedClosed,
    ];
    let labels: Vec<_> = all.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        labels,
        [
            "closed",
            "half_open",
            "open",
            "forced_open",
            "forced_closed"
        ]
    );
    let gauges: Vec<_> = all.iter().map(|s| s.as_gauge()).collect();
    assert_eq!(gauges, [0, 1, 2, 3, 4]);
}

#[derive(Debug)]
struct DbError(&'static str);

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for DbError {}

#[tokio::test]
async fn test_classifier_decides_failures_successes_and_ignored() {
    let (clock, _h) = Clock::manual();
    let b = CircuitBreaker::builder("db")
        .config(base())
        .clock(clock)
        .classifier(|e| match e.downcast_ref::<DbError>() {
            Some(DbError("unique violation")) => Outcome::Success,
            Some(DbError("cancelled")) => Outcome::Ignored,
            _ => Outcome::Failure,
        })
        .build()
        .unwrap();
    for kind in [
        "unique violation",
        "cancelled",
        "pool timeout",
        "unique violation",
        "cancelled",
    ] {
        let r = b.call(|| async move { Err::<(), _>(DbError(kind)) }).await;
        assert!(matches!(r, Err(CallError::Inner(DbError(k))) if k == kind));
    }
    let s = b.snapshot();
    assert_eq!((s.calls, s.failures), (3, 1));
    let c = b.counters();
    assert_eq!((c.successes, c.failures, c.ignored), (2, 1, 2));
    // call_with classifies per call, for any error type.
    let r = b
        .call_with(
            |_: &String| Outcome::Ignored,
            || async { Err::<(), _>("x".to_owned()) },
        )
        .await;
    assert_eq!(r.unwrap_err().into_inner().as_deref(), Some("x"));
    assert_eq!(b.counters().ignored, 3);
}

#[test]
fn test_not_permitted_error_names_the_state_and_is_retryable() {
    let (b, _c) = manual(base());
    b.force_open();
    let e = b.try_acquire().unwrap_err();
    assert!(e.is_retryable());
    assert_eq!(
        e.to_string(),
        "call not permitted: circuit breaker is forced_open"
    );
    b.reset();
    for _ in 0..4 {
        fail(&b);
    }
    let e = b.try_acquire().unwrap_err();
    assert_eq!(
        e.to_string(),
        "call not permitted: circuit breaker is open, retry after 1s"
    );
    let e = CircuitBreaker::builder("x")
        .config(Config {
            half_open_permits: 0,
            minimum_calls: 0,
            ..base()
        })
        .build()
        .unwrap_err();
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "invalid circuit breaker config: minimum_calls: 0 must be at least 1; half_open_permits: 0 must be at least 1"
    );
}

#[derive(Debug, Default)]
struct Recorder {
    calls: AtomicU64,
    slow: AtomicU64,
    refused: AtomicU64,
    transitions: AtomicU64,
}

impl Observer for Recorder {
    fn on_call(&self, _outcome: Outcome, slow: bool, _duration: Duration) {
        self.calls.fetch_add(1, Ordering::Relaxed);
        self.slow.fetch_add(u64::from(slow), Ordering::Relaxed);
    }

    fn on_not_permitted(&self, _state: State) {
        self.refused.fetch_add(1, Ordering::Relaxed);
    }

    fn on_transition(&self, _t: &Transition) {
        self.transitions.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn test_observer_and_counters_see_calls_refusals_and_transitions() {
    let recorder = Arc::new(Recorder::default());
    let (clock, handle) = Clock::manual();
    let b = CircuitBreaker::builder("obs")
        .config(base())
        .clock(clock)
        .observer(recorder.clone())
        .build()
        .unwrap();
    succeed(&b);
    let p = b.try_acquire().unwrap();
    handle.advance(Duration::from_secs(1));
    p.success();
    fail(&b);
    fail(&b);
    let _ = refused(&b);
    let _ = refused(&b);
    assert_eq!(recorder.calls.load(Ordering::Relaxed), 4);
    assert_eq!(recorder.slow.load(Ordering::Relaxed), 1);
    assert_eq!(recorder.refused.load(Ordering::Relaxed), 2);
    assert_eq!(recorder.transitions.load(Ordering::Relaxed), 1);
    let c = b.counters();
    assert_eq!(
        (
            c.successes,
            c.failures,
            c.slow_calls,
            c.not_permitted,
            c.transitions
        ),
        (2, 2, 1, 2, 1)
    );
}

#[test]
fn test_many_threads_lose_no_updates() {
    // More threads than owned counter slots, so the shared overflow slot is used too.
    const THREADS: u64 = 80;
    const CALLS: u64 = 2_000;
    let (clock, _h) = Clock::manual();
    let config = Config {
        minimum_calls: 1_000,
        window: WindowConfig::Time { seconds: 10 },
        ..base()
    };
    let b = CircuitBreaker::builder("many")
        .config(config)
        .clock(clock)
        .build()
        .unwrap();
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let b = &b;
            s.spawn(move || {
                for i in 0..CALLS {
                    // One failure in 100 keeps the rate far under 50 %.
                    if (i + t) % 100 == 0 {
                        fail(b)
                    } else {
                        succeed(b)
                    }
                }
            });
        }
    });
    let total = THREADS * CALLS;
    let s = b.snapshot();
    assert_eq!(b.state(), State::Closed);
    assert_eq!((s.calls, s.failures), (total, total / 100));
    let c = b.counters();
    assert_eq!(c.successes + c.failures, total);
    assert_eq!(c.failures, total / 100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_many_tasks_on_one_breaker_lose_no_updates() {
    let (clock, _h) = Clock::manual();
    let config = Config {
        minimum_calls: 1_000,
        window: WindowConfig::Time { seconds: 10 },
        ..base()
    };
    let b = CircuitBreaker::builder("tasks")
        .config(config)
        .clock(clock)
        .build()
        .unwrap();
    let mut tasks = Vec::new();
    for t in 0..16_u64 {
        let b = b.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..1_000_u64 {
                let fails = (i + t) % 50 == 0;
                let r = b
                    .call(|| async move {
                        if fails {
                            Err(std::io::Error::other("x"))
                        } else {
                            Ok(i)
                        }
                    })
                    .await;
                assert_eq!(r.is_err(), fails);
                if i % 64 == 0 {
                    tokio::task::yield_now().await;
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let s = b.snapshot();
    assert_eq!((s.calls, s.failures), (16_000, 320));
    assert_eq!(b.counters().successes, 16_000 - 320);
}

#[test]
fn test_adaptive_threshold_tightens_when_quiet_and_relaxes_when_noisy() {
    let config = Config {
        minimum_calls: 1_000,
        window: WindowConfig::Count { size: 1_000 },
        adaptive: Some(AdaptiveConfig {
            floor: 10.0,
            ceiling: 90.0,
            headroom: 25.0,
            smoothing: 0.5,
            sample_calls: 100,
        }),
        ..base()
    };
    let (b, _c) = manual(config);
    assert_eq!(b.snapshot().failure_rate_threshold, 50.0);
    // Quiet: 1 failure in 200 calls, baseline 0.5 %, threshold 25.5 %.
    for _ in 0..199 {
        succeed(&b);
    }
    fail(&b);
    assert!((b.snapshot().failure_rate_threshold - 25.5).abs() < 1e-9);
    // Noisy: a steady 30 % failure rate pulls the baseline to 30 %, threshold to 55 %.
    for i in 0..3_000 {
        if i % 10 < 3 { fail(&b) } else { succeed(&b) }
    }
    assert_eq!(b.state(), State::Closed);
    let t = b.snapshot().failure_rate_threshold;
    assert!((54.0..=56.0).contains(&t), "{t}");
}

#[test]
fn test_adaptive_threshold_stays_within_its_bounds() {
    let adaptive = AdaptiveConfig {
        floor: 20.0,
        ceiling: 40.0,
        headroom: 5.0,
        smoothing: 1.0,
        sample_calls: 10,
    };
    let config = Config {
        failure_rate_threshold: 30.0,
        minimum_calls: 100,
        window: WindowConfig::Count { size: 100 },
        adaptive: Some(adaptive),
        ..base()
    };
    let (b, _c) = manual(config.clone());
    for _ in 0..9 {
        succeed(&b);
    }
    fail(&b);
    // Baseline 10 % + 5 = 15 %, held at the floor.
    assert_eq!(b.snapshot().failure_rate_threshold, 20.0);
    let (b, _c) = manual(Config {
        adaptive: Some(AdaptiveConfig {
            headroom: 80.0,
            ..adaptive
        }),
        ..config
    });
    for _ in 0..9 {
        succeed(&b);
    }
    fail(&b);
    // Baseline 10 % + 80 = 90 %, held at the ceiling.
    assert_eq!(b.snapshot().failure_rate_threshold, 40.0);
}

#[test]
fn test_owned_permit_moves_into_a_thread() {
    let (b, _c) = manual(base());
    let p = b.try_acquire_owned().unwrap();
    std::thread::spawn(move || p.failure()).join().unwrap();
    assert_eq!(b.snapshot().failures, 1);
    assert!(format!("{b:?}").contains("Closed"));
}

#[cfg(feature = "tower")]
#[tokio::test]
async fn test_tower_layer_records_outcomes_and_refuses_when_open() {
    use omnibase_circuit_breaker::CircuitBreakerLayer;
    use tower::{Service, ServiceBuilder, ServiceExt, service_fn};

    let (b, _c) = manual(Config {
        minimum_calls: 2,
        window: WindowConfig::Count { size: 2 },
        ..base()
    });
    let mut svc = ServiceBuilder::new()
        .layer(CircuitBreakerLayer::new(b.clone()))
        .service(service_fn(|fail: bool| async move {
            if fail {
                Err(std::io::Error::other("down"))
            } else {
                Ok("up")
            }
        }));
    assert_eq!(svc.ready().await.unwrap().call(false).await.unwrap(), "up");
    let e = svc.ready().await.unwrap().call(true).await.unwrap_err();
    assert_eq!(e.to_string(), "down");
    assert_eq!(b.state(), State::Open);
    let e = svc.ready().await.unwrap().call(false).await.unwrap_err();
    assert!(matches!(
        e.downcast_ref::<Error>(),
        Some(Error::NotPermitted {
            state: State::Open,
            ..
        })
    ));
    let c = b.counters();
    assert_eq!((c.successes, c.failures, c.not_permitted), (1, 1, 1));
}

mod model {
    //! A deliberately plain reference model: it keeps every call and scans.

    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    pub(super) enum Op {
        Call { outcome: u8, millis: u64 },
        Cancel,
        Advance(u64),
        ForceOpen,
        ForceClosed,
        Reset,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            6 => (0_u8..3, prop_oneof![Just(0_u64), 1_u64..1_500]).prop_map(|(outcome, millis)| Op::Call { outcome, millis }),
            1 => Just(Op::Cancel),
            2 => (1_u64..6_000).prop_map(Op::Advance),
            1 => prop_oneof![Just(Op::ForceOpen), Just(Op::ForceClosed), Just(Op::Reset)],
        ]
    }

    pub(super) fn config() -> impl Strategy<Value = Config> {
        (
            prop_oneof![
                (1_u32..6).prop_map(|size| WindowConfig::Count { size }),
                (1_u32..5).prop_map(|seconds| WindowConfig::Time { seconds })
            ],
            1_u64..6,
            prop_oneof![Just(20.0), Just(50.0), Just(80.0)],
            prop_oneof![Just(50.0), Just(100.0)],
            1_u32..4,
            2_000_u64..10_000,
        )
            .prop_map(|(window, min, thr, slow_thr, permits, max_wait)| Config {
                failure_rate_threshold: thr,
                slow_call_rate_threshold: slow_thr,
                slow_call_duration_ms: 1_000,
                minimum_calls: match window {
                    WindowConfig::Count { size } => min.min(u64::from(size)),
                    WindowConfig::Time { .. } => min,
                },
                window,
                half_open_permits: permits,
                max_wait_in_half_open_ms: max_wait,
                backoff: BackoffConfig::Exponential {
                    initial_ms: 1_000,
                    max_ms: 8_000,
                    multiplier: 2.0,
                    jitter: 0.0,
                },
                adaptive: None,
            })
    }

    #[derive(Debug)]
    struct Model {
        config: Config,
        state: State,
        now: u64,
        /// (second recorded, failed, slow), oldest first.
        calls: Vec<(u64, bool, bool)>,
        opens: u32,
        open_until: u64,
        since: u64,
        issued: u32,
        probes: Vec<(bool, bool)>,
        generation: u64,
    }

    impl Model {
        fn new(config: Config) -> Self {
            Self {
                config,
                state: State::Closed,
                now: 0,
                calls: Vec::new(),
                opens: 0,
                open_until: 0,
                since: 0,
                issued: 0,
                probes: Vec::new(),
                generation: 0,
            }
        }

        fn window(&self) -> (u64, u64, u64) {
            let live: Vec<_> = match self.config.window {
                WindowConfig::Count { size } => {
                    self.calls.iter().rev().take(size as usize).collect()
                }
                WindowConfig::Time { seconds } => {
                    let now_s = self.now / 1_000;
                    self.calls
                        .iter()
                        .filter(|c| c.0 + u64::from(seconds) > now_s)
                        .collect()
                }
            };
            (
                live.len() as u64,
                live.iter().filter(|c| c.1).count() as u64,
                live.iter().filter(|c| c.2).count() as u64,
            )
        }

        fn snapshot(&mut self) -> (u64, u64, u64) {
            self.timeout();
            if self.state == State::HalfOpen {
                let p = &self.probes;
                (
                    p.len() as u64,
                    p.iter().filter(|c| c.0).count() as u64,
                    p.iter().filter(|c| c.1).count() as u64,
                )
            } else {
                self.window()
            }
        }

        fn go(&mut self, to: State) {
            self.state = to;
            self.generation += 1;
            match to {
                State::Open => {
                    self.opens += 1;
                    let d = (1_000_u64 << (self.opens - 1).min(10)).min(8_000);
                    self.open_until = self.now + d;
                }
                State::HalfOpen => {
                    self.since = self.now;
                    self.issued = 0;
                    self.probes.clear();
                }
                State::ForcedOpen => {}
                _ => self.calls.clear(),
            }
        }

        fn timeout(&mut self) {
            if self.state == State::HalfOpen
                && self.now >= self.since + self.config.max_wait_in_half_open_ms
            {
                self.go(State::Open);
            }
        }

        fn rate(part: u64, whole: u64) -> f64 {
            if whole == 0 {
                0.0
            } else {
                part as f64 * 100.0 / whole as f64
            }
        }

        /// `Some((generation, probe))` if permitted.
        fn acquire(&mut self) -> Option<(u64, bool)> {
            match self.state {
                State::Closed | State::ForcedClosed => return Some((self.generation, false)),
                State::Open if self.now < self.open_until => return None,
                State::ForcedOpen => return None,
                _ => {}
            }
            self.timeout();
            if self.state == State::Open && self.now >= self.open_until {
                self.go(State::HalfOpen);
            }
            if self.state == State::HalfOpen && self.issued < self.config.half_open_permits {
                self.issued += 1;
                return Some((self.generation, true));
            }
            None
        }

        fn record(&mut self, permit: (u64, bool), outcome: u8, slow: bool) {
            self.timeout();
            if permit.0 != self.generation {
                return;
            }
            let failed = outcome == 1;
            match self.state {
                State::ForcedClosed if outcome != 2 => {
                    self.calls.push((self.now / 1_000, failed, slow));
                }
                State::Closed if outcome != 2 => {
                    self.calls.push((self.now / 1_000, failed, slow));
                    let (calls, failures, slows) = self.window();
                    if calls >= self.config.minimum_calls
                        && (Self::rate(failures, calls) >= self.config.failure_rate_threshold
                            || Self::rate(slows, calls) >= self.config.slow_call_rate_threshold)
                    {
                        self.go(State::Open);
                    }
                }
                State::HalfOpen if permit.1 => {
                    if outcome == 2 {
                        self.issued -= 1;
                        return;
                    }
                    self.probes.push((failed, slow));
                    if self.probes.len() >= self.config.half_open_permits as usize {
                        let n = self.probes.len() as u64;
                        let f = self.probes.iter().filter(|c| c.0).count() as u64;
                        let s = self.probes.iter().filter(|c| c.1).count() as u64;
                        if Self::rate(f, n) >= self.config.failure_rate_threshold
                            || Self::rate(s, n) >= self.config.slow_call_rate_threshold
                        {
                            self.go(State::Open);
                        } else {
                            self.opens = 0;
                            self.go(State::Closed);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn outcome(code: u8) -> Outcome {
        match code {
            0 => Outcome::Success,
            1 => Outcome::Failure,
            _ => Outcome::Ignored,
        }
    }

    fn any_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(-1.0),
            Just(0.0),
            -10.0..200.0_f64,
            0.0..1.5_f64,
        ]
    }

    fn any_u64() -> impl Strategy<Value = u64> {
        prop_oneof![Just(0_u64), Just(u64::MAX), 0_u64..2_000]
    }

    prop_compose! {
        fn any_config()(
            thresholds in (any_f64(), any_f64()),
            durations in (any_u64(), any_u64(), any_u64()),
            window in prop_oneof![(0_u32..3_000).prop_map(|size| WindowConfig::Count { size }),
                                  (0_u32..4_000).prop_map(|seconds| WindowConfig::Time { seconds })],
            permits in 0_u32..5,
            backoff in prop_oneof![
                any_u64().prop_map(|open_ms| BackoffConfig::Fixed { open_ms }),
                (any_u64(), any_u64(), any_f64(), any_f64()).prop_map(|(initial_ms, max_ms, multiplier, jitter)|
                    BackoffConfig::Exponential { initial_ms, max_ms, multiplier, jitter }),
            ],
            adaptive in prop::option::of((any_f64(), any_f64(), any_f64(), any_f64(), any_u64()).prop_map(
                |(floor, ceiling, headroom, smoothing, sample_calls)| AdaptiveConfig { floor, ceiling, headroom, smoothing, sample_calls })),
        ) -> Config {
            Config {
                failure_rate_threshold: thresholds.0,
                slow_call_rate_threshold: thresholds.1,
                slow_call_duration_ms: durations.0,
                minimum_calls: durations.1,
                window,
                half_open_permits: permits,
                max_wait_in_half_open_ms: durations.2,
                backoff,
                adaptive,
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

        #[test]
        fn test_any_config_is_rejected_with_reasons_or_runs_without_panicking(config in any_config(), outcomes in prop::collection::vec(0_u8..3, 0..50)) {
            let (clock, handle) = Clock::manual();
            match CircuitBreaker::builder("any").config(config).clock(clock).build() {
                Err(Error::InvalidConfig(e)) => prop_assert!(!e.problems().is_empty()),
                Err(e) => prop_assert!(false, "unexpected error {}", e),
                Ok(b) => {
                    for code in outcomes {
                        if let Ok(p) = b.try_acquire() {
                            handle.advance(Duration::from_millis(700));
                            p.record(outcome(code));
                        }
                        handle.advance(Duration::from_secs(3));
                    }
                    let _ = b.snapshot();
                }
            }
        }

        #[test]
        fn test_breaker_matches_the_reference_model(config in config(), ops in prop::collection::vec(op(), 1..80)) {
            let (b, clock) = manual(config.clone());
            let mut m = Model::new(config);
            for (step, op) in ops.iter().enumerate() {
                match *op {
                    Op::Call { outcome: code, millis } => {
                        let permit = b.try_acquire();
                        let expected = m.acquire();
                        prop_assert_eq!(permit.is_ok(), expected.is_some(), "step {} {:?}: state {}", step, op, m.state);
                        clock.advance(Duration::from_millis(millis));
                        m.now += millis;
                        if let (Ok(p), Some(mp)) = (permit, expected) {
                            p.record(outcome(code));
                            m.record(mp, code, millis >= 1_000);
                        }
                    }
                    Op::Cancel => {
                        let permit = b.try_acquire();
                        let expected = m.acquire();
                        prop_assert_eq!(permit.is_ok(), expected.is_some(), "step {} cancel", step);
                        drop(permit);
                        if let Some((g, true)) = expected
                            && m.state == State::HalfOpen
                            && g == m.generation
                        {
                            m.issued -= 1;
                        }
                    }
                    Op::Advance(ms) => {
                        clock.advance(Duration::from_millis(ms));
                        m.now += ms;
                    }
                    Op::ForceOpen => {
                        b.force_open();
                        if m.state != State::ForcedOpen {
                            m.go(State::ForcedOpen);
                        }
                    }
                    Op::ForceClosed => {
                        b.force_closed();
                        if m.state != State::ForcedClosed {
                            m.go(State::ForcedClosed);
                        }
                    }
                    Op::Reset => {
                        b.reset();
                        m.opens = 0;
                        m.go(State::Closed);
                    }
                }
                let s = b.snapshot();
                let expected = m.snapshot();
                prop_assert_eq!(b.state(), m.state, "step {} {:?}", step, op);
                prop_assert_eq!((s.calls, s.failures, s.slow_calls), expected, "step {} {:?}", step, op);
            }
        }
    }
}
