//! A circuit breaker for calls to a failing dependency (the event bus, the
//! database): closed, open and half-open states over a sliding window, with
//! failure-rate and slow-call thresholds, backoff between opens, an optional
//! adaptive threshold, and a hot path cheap enough to put in front of every call.
//!
//! The feature set follows resilience4j's `CircuitBreaker`:
//!
//! - **Closed → Open** once the window holds `minimum_calls` and the failure rate
//!   or the slow-call rate reaches its threshold.
//! - **Open → HalfOpen** when a call asks to pass after the open duration, which
//!   the [`BackoffConfig`] gives: fixed, or exponential in the number of
//!   consecutive opens, capped and jittered.
//! - **HalfOpen** lets `half_open_permits` probes through; when all are recorded
//!   it closes if they pass the thresholds and reopens otherwise. After
//!   `max_wait_in_half_open_ms` it reopens, so unfinished probes cannot wedge it.
//! - [`force_open`](CircuitBreaker::force_open),
//!   [`force_closed`](CircuitBreaker::force_closed) and
//!   [`reset`](CircuitBreaker::reset) by hand.
//!
//! Windows are count-based (the last N calls) or time-based (the last N seconds
//! in one-second buckets); both keep running totals, so recording a call and
//! reading a [`Snapshot`] never scan the window. The builder's
//! [`classifier`](Builder::classifier) decides which errors are failures, which
//! count as successes and which are ignored.
//!
//! # Example
//!
//! ```
//! use omnibase_circuit_breaker::{CallError, CircuitBreaker, Config, Outcome, State, WindowConfig};
//!
//! let config = Config {
//!     failure_rate_threshold: 50.0,
//!     minimum_calls: 4,
//!     window: WindowConfig::Count { size: 10 },
//!     ..Config::default()
//! };
//! let breaker = CircuitBreaker::builder("postgres")
//!     .config(config)
//!     // A unique violation says nothing about the database's health.
//!     .classifier(|e| if e.to_string().contains("unique") { Outcome::Success } else { Outcome::Failure })
//!     .build()?;
//! let mut events = breaker.subscribe();
//!
//! # futures::executor::block_on(async {
//! breaker.call(|| async { Ok::<_, std::io::Error>(()) }).await?;
//! for _ in 0..3 {
//!     let _ = breaker.call(|| async { Err::<(), _>(std::io::Error::other("pool timeout")) }).await;
//! }
//! assert_eq!(breaker.state(), State::Open);
//! let opened = events.try_recv()?;
//! assert_eq!((opened.from, opened.to, opened.snapshot.failures), (State::Closed, State::Open, 3));
//!
//! // Callers that record outcomes themselves use a permit.
//! match breaker.try_acquire() {
//!     Ok(permit) => permit.success(),
//!     Err(e) => assert!(e.is_retryable()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # })?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Metrics
//!
//! [`MetricsObserver`] records calls by outcome, call latency, refusals,
//! transitions and the state gauge into the `omnibase_breaker_*` families
//! of `omnibase-metrics`; set it with [`Builder::observer`]. Beneath it is
//! what any other metrics system can use: [`CircuitBreaker::subscribe`]
//! sends every [`Transition`] (from, to, reason, window snapshot); an
//! [`Observer`] sees every call with its outcome and duration, every refusal
//! and every transition; [`CircuitBreaker::counters`] reads cumulative
//! counts; [`State::as_gauge`] gives the state gauge value.
//!
//! # Feature flags
//!
//! - `tower`: [`CircuitBreakerLayer`], a `tower::Layer` putting a breaker in
//!   front of any `tower::Service`.
//!
//! # Costs
//!
//! In the closed state a call reads one shared atomic word and the coarse clock
//! twice, and a success adds one to a counter slot owned by the current thread
//! (a plain load and store, no locked instruction, no cache line shared with
//! another thread). No call allocates. Failures, slow calls, the first call of
//! each second of a time window, half-open probes and snapshots take a short
//! mutex and fold the per-thread counts into the window; folding is amortised
//! O(1) per call. Each breaker holds 65 cache-line-padded slots (about 8 KiB).
//! The default [`Clock::coarse`] starts one process-wide upkeep thread that
//! refreshes the time every millisecond, so slow-call durations are measured to
//! about a millisecond; [`Clock::tokio`] follows tokio's paused test clock.
//! `docs/benchmarks.md` in the workspace has the figures.

// Reason: the workspace forbids unsafe code; repeated here so the crate says so itself.
#![forbid(unsafe_code)]

mod backoff;
mod breaker;
mod clock;
mod config;
mod error;
mod event;
mod metrics;
mod slots;
mod state;
#[cfg(feature = "tower")]
mod tower;
mod window;

pub use crate::breaker::{Builder, CircuitBreaker, OwnedPermit, Permit};
pub use crate::clock::{COARSE_RESOLUTION, Clock, ManualClock};
pub use crate::config::{
    AdaptiveConfig, BackoffConfig, Config, MAX_COUNT_WINDOW, MAX_TIME_WINDOW_SECONDS, WindowConfig,
};
pub use crate::error::{CallError, ConfigErrors, ConfigProblem, Error, Result};
pub use crate::event::{Counters, Observer, Reason, Snapshot, Transition};
pub use crate::metrics::MetricsObserver;
pub use crate::state::{Outcome, State};
#[cfg(feature = "tower")]
pub use crate::tower::{BoxError, CircuitBreakerLayer, CircuitBreakerService, ResponseFuture};
