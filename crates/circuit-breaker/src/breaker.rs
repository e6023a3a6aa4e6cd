//! The breaker: its builder, the state machine, the lock-free hot path,
//! permits, and `call`.
//!
//! # How the hot path stays cheap
//!
//! One atomic word (`hot`) packs the state, a generation number bumped on every
//! transition, the current second of a time window, and an *inert* flag. The
//! flag says that more successes cannot change the state right now: the window
//! holds no failure or slow call, or it already holds the minimum number of
//! calls and its rates are under the thresholds (then a success can only lower
//! them). While it is set, a fast
//! success only bumps this thread's own counter slot ([`crate::slots`]); the
//! next time the breaker takes its lock (a failure, a slow call, a new second, a
//! snapshot) it folds those counts into the window first. Everything else takes
//! a short mutex. This keeps the healthy closed state free of shared writes,
//! which is what lets two threads scale.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::broadcast;

use crate::backoff::{Backoff, Rng};
use crate::clock::Clock;
use crate::config::{AdaptiveConfig, Config, WindowConfig};
use crate::error::{CallError, Error, Result};
use crate::event::{Counters, Observer, Reason, Snapshot, Transition};
use crate::slots::{self, SLOTS, Slot};
use crate::state::{Outcome, State};
use crate::window::{Aggregate, CountWindow, FAILURE, SLOW, TimeWindow, Window};

const TAG_MASK: u64 = 0b111;
const INERT: u64 = 0b1000;
const GEN_SHIFT: u32 = 4;
const GEN_MASK: u64 = (1 << 22) - 1;
const EPOCH_SHIFT: u32 = 32;
const EPOCH_MASK: u64 = 0xFFFF_FFFF;
const NANOS_PER_SEC: u64 = 1_000_000_000;
const NANOS_PER_MS: u64 = 1_000_000;
const NANOS_PER_US: u64 = 1_000;
const CLOSED: u64 = 0;
const OPEN: u64 = 1;
const FORCED_OPEN: u64 = 3;
const FORCED_CLOSED: u64 = 4;
/// Transition events buffered per subscriber before the slowest one lags.
const EVENT_CAPACITY: usize = 64;

/// Decides how an error counts; see [`Builder::classifier`].
type Classifier = Arc<dyn Fn(&(dyn StdError + 'static)) -> Outcome + Send + Sync>;

fn pack(state: State, inert: bool, generation: u64, epoch: u64) -> u64 {
    u64::from(state.tag())
        | if inert { INERT } else { 0 }
        | (generation & GEN_MASK) << GEN_SHIFT
        | (epoch & EPOCH_MASK) << EPOCH_SHIFT
}

fn generation_of(hot: u64) -> u64 {
    (hot >> GEN_SHIFT) & GEN_MASK
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// A circuit breaker. Cheap to clone: clones share one state.
///
/// # Examples
///
/// ```
/// use omnibase_circuit_breaker::{CallError, CircuitBreaker, Config, State, WindowConfig};
///
/// let config = Config {
///     minimum_calls: 2,
///     window: WindowConfig::Count { size: 4 },
///     ..Config::default()
/// };
/// let breaker = CircuitBreaker::builder("db").config(config).build()?;
/// let failing = || async { Err::<(), _>(std::io::Error::other("pool timeout")) };
/// # futures::executor::block_on(async {
/// for _ in 0..2 {
///     assert!(matches!(breaker.call(failing).await, Err(CallError::Inner(_))));
/// }
/// assert_eq!(breaker.state(), State::Open);
/// let refused = breaker.call(failing).await.unwrap_err();
/// assert!(matches!(refused, CallError::NotPermitted { state: State::Open, retry_after: Some(_) }));
/// # });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct CircuitBreaker {
    shared: Arc<Shared>,
}

struct Shared {
    name: Arc<str>,
    hot: AtomicU64,
    /// While open: when the open duration ends, in clock nanoseconds.
    open_until: AtomicU64,
    clock: Clock,
    time_window: bool,
    slow_us: u64,
    slots: Box<[Slot]>,
    observer: Option<Arc<dyn Observer>>,
    classifier: Option<Classifier>,
    events: broadcast::Sender<Transition>,
    config: Config,
    inner: Mutex<Inner>,
}

/// Which permit a call holds, packed into one word so a [`Permit`] is two words
/// and travels in registers: the start in microseconds (40 bits, wrapping after
/// 12 days), the generation (22 bits), and whether it is a half-open probe.
#[derive(Debug, Clone, Copy)]
struct RawPermit(u64);

const START_MASK: u64 = (1 << 40) - 1;
const PERMIT_GEN_SHIFT: u32 = 40;
const PROBE_BIT: u64 = 1 << 63;

impl RawPermit {
    #[inline(always)]
    fn new(generation: u64, now_ns: u64, probe: bool) -> Self {
        Self(
            (now_ns / NANOS_PER_US) & START_MASK
                | (generation & GEN_MASK) << PERMIT_GEN_SHIFT
                | if probe { PROBE_BIT } else { 0 },
        )
    }

    #[inline(always)]
    fn generation(self) -> u64 {
        (self.0 >> PERMIT_GEN_SHIFT) & GEN_MASK
    }

    #[inline(always)]
    fn probe(self) -> bool {
        self.0 & PROBE_BIT != 0
    }

    /// Microseconds from the acquire to `now_ns`.
    #[inline(always)]
    fn elapsed_us(self, now_ns: u64) -> u64 {
        (now_ns / NANOS_PER_US).wrapping_sub(self.0) & START_MASK
    }
}

#[derive(Debug, Default)]
struct Probes {
    since: u64,
    issued: u32,
    recorded: u32,
    failures: u32,
    slow: u32,
}

#[derive(Debug)]
struct Adaptive {
    config: AdaptiveConfig,
    baseline: Option<f64>,
    last_calls: u64,
    last_failures: u64,
}

#[derive(Debug)]
struct Inner {
    state: State,
    generation: u64,
    window: Window,
    folded: [u64; SLOTS],
    consecutive_opens: u32,
    open_until: u64,
    probes: Probes,
    backoff: Backoff,
    rng: Rng,
    threshold: f64,
    adaptive: Option<Adaptive>,
    /// Calls and failures recorded in closed-state windows, for the adaptive baseline.
    closed_calls: u64,
    closed_failures: u64,
    counters: Counters,
}

/// Builds a [`CircuitBreaker`]; made by [`CircuitBreaker::builder`].
pub struct Builder {
    name: Arc<str>,
    config: Config,
    clock: Option<Clock>,
    observer: Option<Arc<dyn Observer>>,
    classifier: Option<Classifier>,
    seed: Option<u64>,
}

impl fmt::Debug for Builder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Builder")
            .field("name", &self.name)
            .field("config", &self.config)
            .field("clock", &self.clock)
            .field("observer", &self.observer)
            .field("classifier", &self.classifier.as_ref().map(|_| "<fn>"))
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// The configuration. Default: [`Config::default`].
    #[must_use]
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// The time source. Default: [`Clock::coarse`].
    #[must_use]
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// A metrics hook called on every call, refusal and transition. Default: none.
    #[must_use]
    pub fn observer(mut self, observer: Arc<dyn Observer>) -> Self {
        self.observer = Some(observer);
        self
    }

    /// Decides how an error returned through [`CircuitBreaker::call`] counts:
    /// downcast it and return [`Outcome::Failure`] (a pool timeout),
    /// [`Outcome::Success`] (a unique violation: the dependency is healthy) or
    /// [`Outcome::Ignored`]. Default: every error is a failure.
    #[must_use]
    pub fn classifier<F>(mut self, classify: F) -> Self
    where
        F: Fn(&(dyn StdError + 'static)) -> Outcome + Send + Sync + 'static,
    {
        self.classifier = Some(Arc::new(classify));
        self
    }

    /// Seeds the backoff jitter, for reproducible tests. Default: from the clock and the name.
    #[must_use]
    pub fn jitter_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Validates the config and builds the breaker.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] listing every invalid config value.
    pub fn build(self) -> Result<CircuitBreaker> {
        self.config.validate()?;
        let config = self.config;
        let clock = self.clock.unwrap_or_default();
        let now = clock.now_nanos();
        let (window, time_window) = match config.window {
            WindowConfig::Count { size } => (
                Window::Count(CountWindow::new(
                    usize::try_from(size).unwrap_or(usize::MAX),
                )),
                false,
            ),
            WindowConfig::Time { seconds } => (
                Window::Time(TimeWindow::new(
                    usize::try_from(seconds).unwrap_or(usize::MAX),
                    now / NANOS_PER_SEC,
                )),
                true,
            ),
        };
        let seed = self.seed.unwrap_or_else(|| {
            self.name.bytes().fold(now ^ 0x5DEE_CE66_D1CE_4E5B, |h, b| {
                h.rotate_left(5) ^ u64::from(b)
            })
        });
        let inner = Inner {
            state: State::Closed,
            generation: 0,
            window,
            folded: [0; SLOTS],
            consecutive_opens: 0,
            open_until: 0,
            probes: Probes::default(),
            backoff: Backoff::new(&config.backoff),
            rng: Rng::new(seed),
            threshold: config.failure_rate_threshold,
            adaptive: config.adaptive.map(|a| Adaptive {
                config: a,
                baseline: None,
                last_calls: 0,
                last_failures: 0,
            }),
            closed_calls: 0,
            closed_failures: 0,
            counters: Counters::default(),
        };
        let (events, _) = broadcast::channel(EVENT_CAPACITY);
        let shared = Shared {
            name: self.name,
            hot: AtomicU64::new(0),
            open_until: AtomicU64::new(0),
            slow_us: config.slow_call_duration_ms.saturating_mul(1_000),
            time_window,
            clock,
            slots: (0..SLOTS).map(|_| Slot::default()).collect(),
            observer: self.observer,
            classifier: self.classifier,
            events,
            config,
            inner: Mutex::new(inner),
        };
        shared.publish(&shared.lock());
        Ok(CircuitBreaker {
            shared: Arc::new(shared),
        })
    }
}

impl fmt::Debug for CircuitBreaker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CircuitBreaker")
            .field("name", &self.shared.name)
            .field("state", &self.state())
            .finish_non_exhaustive()
    }
}

impl CircuitBreaker {
    /// Starts building a breaker called `name` (used in events and metrics labels).
    pub fn builder(name: impl Into<Arc<str>>) -> Builder {
        Builder {
            name: name.into(),
            config: Config::default(),
            clock: None,
            observer: None,
            classifier: None,
            seed: None,
        }
    }

    /// The breaker's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.shared.name
    }

    /// The validated config the breaker was built with.
    #[must_use]
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// The current state, from one atomic load.
    ///
    /// `Open` turns into `HalfOpen` when the first call asks to pass after the
    /// open duration, so an idle breaker may report `Open` past its open time.
    #[must_use]
    pub fn state(&self) -> State {
        State::from_tag(self.shared.hot.load(Ordering::Acquire) & TAG_MASK)
    }

    /// Runs `f` if the breaker permits it and records the outcome: `Ok` is a
    /// success, an `Err` is classified by the builder's
    /// [`classifier`](Builder::classifier). A slow call (at least
    /// `slow_call_duration_ms`) is also counted as slow.
    ///
    /// # Errors
    ///
    /// [`CallError::NotPermitted`] without running `f` when the breaker refuses;
    /// [`CallError::Inner`] with `f`'s own error otherwise.
    pub async fn call<F, Fut, T, E>(&self, f: F) -> Result<T, CallError<E>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: StdError + 'static,
    {
        let permit = self.try_acquire()?;
        let result = f().await;
        match &result {
            Ok(_) => permit.success(),
            Err(e) => permit.record(self.classify(e)),
        }
        result.map_err(CallError::Inner)
    }

    /// Like [`call`](Self::call), for any error type, with the classification
    /// given per call.
    ///
    /// # Errors
    ///
    /// As [`call`](Self::call).
    pub async fn call_with<F, Fut, T, E, C>(&self, classify: C, f: F) -> Result<T, CallError<E>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
        C: FnOnce(&E) -> Outcome,
    {
        let permit = self.try_acquire()?;
        let result = f().await;
        match &result {
            Ok(_) => permit.success(),
            Err(e) => permit.record(classify(e)),
        }
        result.map_err(CallError::Inner)
    }

    /// How the builder's classifier counts `error`.
    #[must_use]
    pub fn classify(&self, error: &(dyn StdError + 'static)) -> Outcome {
        self.shared
            .classifier
            .as_ref()
            .map_or(Outcome::Failure, |c| c(error))
    }

    /// Asks to make one call; the [`Permit`] records its outcome. Dropping the
    /// permit without recording gives a half-open probe back and records nothing.
    ///
    /// # Errors
    ///
    /// [`Error::NotPermitted`] when the breaker refuses the call.
    #[inline(always)]
    pub fn try_acquire(&self) -> Result<Permit<'_>> {
        let s = &*self.shared;
        let hot = s.hot.load(Ordering::Acquire);
        let now = s.clock.now_nanos();
        let tag = hot & TAG_MASK;
        if tag == CLOSED || tag == FORCED_CLOSED {
            let raw = RawPermit::new(generation_of(hot), now, false);
            return Ok(Permit { breaker: self, raw });
        }
        let raw = s.acquire_slow(tag, now)?;
        Ok(Permit { breaker: self, raw })
    }

    /// Like [`try_acquire`](Self::try_acquire), but the permit owns a handle to the
    /// breaker, so it can move into a spawned task.
    ///
    /// # Errors
    ///
    /// [`Error::NotPermitted`] when the breaker refuses the call.
    pub fn try_acquire_owned(&self) -> Result<OwnedPermit> {
        let raw = self.shared.acquire()?;
        Ok(OwnedPermit {
            breaker: self.clone(),
            raw,
            done: false,
        })
    }

    /// The window's aggregate now (half-open: the probes so far).
    #[must_use]
    pub fn snapshot(&self) -> Snapshot {
        let s = &*self.shared;
        let now = s.clock.now_nanos();
        let (snapshot, event) = {
            let mut inner = s.lock();
            inner.fold(s);
            inner.window.rotate(now / NANOS_PER_SEC);
            let event = inner.check_half_open_timeout(s, now);
            s.publish(&inner);
            (inner.snapshot(s), event)
        };
        s.emit(event);
        snapshot
    }

    /// Cumulative counts since the breaker was built.
    #[must_use]
    pub fn counters(&self) -> Counters {
        let s = &*self.shared;
        let mut c = s.lock().counters;
        for i in s.slot_indices() {
            c.successes += s.slots[i].successes.load(Ordering::Relaxed);
            c.not_permitted += s.slots[i].not_permitted.load(Ordering::Relaxed);
        }
        c
    }

    /// Receives every later state transition. A subscriber that falls more than
    /// 64 events behind loses the oldest ones (`RecvError::Lagged`).
    #[must_use]
    pub fn subscribe(&self) -> broadcast::Receiver<Transition> {
        self.shared.events.subscribe()
    }

    /// Opens the breaker until [`force_closed`](Self::force_closed) or [`reset`](Self::reset).
    pub fn force_open(&self) {
        self.shared.manual(State::ForcedOpen, Reason::ForcedOpen);
    }

    /// Lets every call through and never opens by itself, still recording calls,
    /// until [`force_open`](Self::force_open) or [`reset`](Self::reset).
    pub fn force_closed(&self) {
        self.shared
            .manual(State::ForcedClosed, Reason::ForcedClosed);
    }

    /// Back to a fresh closed state: empty window, backoff sequence started over.
    pub fn reset(&self) {
        self.shared.manual(State::Closed, Reason::Reset);
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // The state stays consistent between statements, so a panic elsewhere
        // while holding the lock leaves nothing half-done worth refusing service for.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn slot_indices(&self) -> impl Iterator<Item = usize> {
        (0..slots::high_water()).chain(std::iter::once(slots::shared()))
    }

    /// Stores the hot word from the locked state.
    fn publish(&self, inner: &Inner) {
        let agg = inner.window.aggregate();
        let inert = match inner.state {
            // A success cannot open the breaker if the window holds nothing bad, or
            // if it already holds the minimum and its rates are below the
            // thresholds (a success only lowers them). Rates are checked here too
            // because seconds leaving a time window outside a record (a snapshot)
            // can raise them without an evaluation.
            State::Closed => {
                (agg.failures == 0 && agg.slow == 0)
                    || (agg.calls >= self.config.minimum_calls
                        && percent(agg.failures, agg.calls) < inner.threshold
                        && percent(agg.slow, agg.calls) < self.config.slow_call_rate_threshold)
            }
            State::ForcedClosed => true,
            _ => false,
        };
        let epoch = match &inner.window {
            Window::Time(w) => w.epoch(),
            Window::Count(_) => 0,
        };
        self.hot.store(
            pack(inner.state, inert, inner.generation, epoch),
            Ordering::Release,
        );
    }

    fn emit(&self, event: Option<Transition>) {
        if let Some(t) = event {
            if let Some(o) = &self.observer {
                o.on_transition(&t);
            }
            // No subscriber is not an error: events are for whoever listens.
            let _ = self.events.send(t);
        }
    }

    fn acquire(&self) -> Result<RawPermit> {
        let hot = self.hot.load(Ordering::Acquire);
        let now = self.clock.now_nanos();
        let tag = hot & TAG_MASK;
        if tag == CLOSED || tag == FORCED_CLOSED {
            return Ok(RawPermit::new(generation_of(hot), now, false));
        }
        self.acquire_slow(tag, now)
    }

    #[cold]
    #[inline(never)]
    fn acquire_slow(&self, tag: u64, now: u64) -> Result<RawPermit> {
        if tag == OPEN {
            let until = self.open_until.load(Ordering::Acquire);
            if now < until {
                return Err(self.refuse(State::Open, Some(Duration::from_nanos(until - now))));
            }
        } else if tag == FORCED_OPEN {
            return Err(self.refuse(State::ForcedOpen, None));
        }
        let (result, event) = {
            let mut inner = self.lock();
            inner.fold(self);
            let mut event = inner.check_half_open_timeout(self, now);
            if inner.state == State::Open && now >= inner.open_until {
                let snapshot = inner.snapshot(self);
                event = Some(inner.transition(
                    self,
                    State::HalfOpen,
                    Reason::OpenDurationElapsed,
                    now,
                    snapshot,
                ));
            }
            let result = match inner.state {
                State::Closed | State::ForcedClosed => {
                    Ok(RawPermit::new(inner.generation, now, false))
                }
                State::HalfOpen if inner.probes.issued < self.config.half_open_permits => {
                    inner.probes.issued += 1;
                    Ok(RawPermit::new(inner.generation, now, true))
                }
                State::HalfOpen => {
                    let deadline = inner.probes.since.saturating_add(
                        self.config
                            .max_wait_in_half_open_ms
                            .saturating_mul(NANOS_PER_MS),
                    );
                    Err((State::HalfOpen, Some(deadline.saturating_sub(now))))
                }
                State::Open => Err((State::Open, Some(inner.open_until.saturating_sub(now)))),
                State::ForcedOpen => Err((State::ForcedOpen, None)),
            };
            self.publish(&inner);
            (result, event)
        };
        self.emit(event);
        result.map_err(|(state, retry_after): (State, Option<u64>)| {
            self.refuse(state, retry_after.map(Duration::from_nanos))
        })
    }

    fn refuse(&self, state: State, retry_after: Option<Duration>) -> Error {
        let i = slots::current();
        slots::bump(&self.slots[i].not_permitted, i);
        if let Some(o) = &self.observer {
            o.on_not_permitted(state);
        }
        Error::NotPermitted { state, retry_after }
    }

    /// Records a finished call; the closed-state success path is a handful of
    /// loads and one store to this thread's slot.
    #[inline(always)]
    fn record(&self, raw: RawPermit, outcome: Outcome) {
        let now = self.clock.now_nanos();
        let elapsed = raw.elapsed_us(now);
        if self.observer.is_none()
            && outcome == Outcome::Success
            && elapsed < self.slow_us
            && !raw.probe()
            && self.count_inert_success(raw, now)
        {
            return;
        }
        self.record_observed(raw, outcome, now, elapsed);
    }

    /// Counts a fast, successful, non-probe call in this thread's slot when
    /// the state word says a success cannot change anything (closed or
    /// forced closed, same generation, same second); whether it did.
    #[inline(always)]
    fn count_inert_success(&self, raw: RawPermit, now: u64) -> bool {
        let hot = self.hot.load(Ordering::Acquire);
        let epoch = if self.time_window {
            now / NANOS_PER_SEC
        } else {
            0
        };
        let expected = INERT | raw.generation() << GEN_SHIFT | (epoch & EPOCH_MASK) << EPOCH_SHIFT;
        let tag = hot & TAG_MASK;
        if hot & !TAG_MASK == expected && (tag == CLOSED || tag == FORCED_CLOSED) {
            let i = slots::current();
            slots::bump(&self.slots[i].successes, i);
            true
        } else {
            false
        }
    }

    /// The record path with an observer, or when the fast path does not apply.
    #[inline(never)]
    fn record_observed(&self, raw: RawPermit, outcome: Outcome, now: u64, elapsed: u64) {
        let slow = elapsed >= self.slow_us;
        if let Some(o) = &self.observer {
            o.on_call(outcome, slow, Duration::from_micros(elapsed));
        }
        if outcome == Outcome::Success
            && !slow
            && !raw.probe()
            && self.count_inert_success(raw, now)
        {
            return;
        }
        self.record_slow(raw, outcome, slow, now);
    }

    #[cold]
    #[inline(never)]
    fn record_slow(&self, raw: RawPermit, outcome: Outcome, slow: bool, now: u64) {
        let event = {
            let mut inner = self.lock();
            inner.fold(self);
            inner.window.rotate(now / NANOS_PER_SEC);
            let mut event = inner.check_half_open_timeout(self, now);
            let c = &mut inner.counters;
            match outcome {
                Outcome::Success => c.successes += 1,
                Outcome::Failure => c.failures += 1,
                Outcome::Ignored => c.ignored += 1,
            }
            if slow && outcome != Outcome::Ignored {
                c.slow_calls += 1;
            }
            if raw.generation() == inner.generation {
                event = event.or(inner.apply(self, raw, outcome, slow, now));
            }
            self.publish(&inner);
            event
        };
        self.emit(event);
    }

    #[inline(never)]
    fn release(&self, raw: RawPermit) {
        if !raw.probe() {
            return;
        }
        let mut inner = self.lock();
        if inner.state == State::HalfOpen && inner.generation == raw.generation() {
            inner.probes.issued = inner.probes.issued.saturating_sub(1);
        }
    }

    fn manual(&self, to: State, reason: Reason) {
        let now = self.clock.now_nanos();
        let event = {
            let mut inner = self.lock();
            inner.fold(self);
            if inner.state == to && reason != Reason::Reset {
                None
            } else {
                if reason == Reason::Reset {
                    inner.consecutive_opens = 0;
                }
                let snapshot = inner.snapshot(self);
                Some(inner.transition(self, to, reason, now, snapshot))
            }
        };
        self.emit(event);
    }
}

impl Inner {
    /// Moves successes counted in the per-thread slots into the window.
    fn fold(&mut self, s: &Shared) {
        let mut pending = 0_u64;
        for i in s.slot_indices() {
            let v = s.slots[i].successes.load(Ordering::Relaxed);
            pending = pending.wrapping_add(v.wrapping_sub(self.folded[i]));
            self.folded[i] = v;
        }
        if pending == 0 {
            return;
        }
        // The slots count successes cumulatively; `counters()` reads them directly.
        if matches!(self.state, State::Closed | State::ForcedClosed) {
            self.window.record_successes(pending);
            self.closed_calls += pending;
        }
    }

    fn snapshot(&self, _s: &Shared) -> Snapshot {
        let agg = if self.state == State::HalfOpen {
            Aggregate {
                calls: u64::from(self.probes.recorded),
                failures: u64::from(self.probes.failures),
                slow: u64::from(self.probes.slow),
            }
        } else {
            self.window.aggregate()
        };
        Snapshot {
            state: self.state,
            calls: agg.calls,
            failures: agg.failures,
            slow_calls: agg.slow,
            failure_rate: percent(agg.failures, agg.calls),
            slow_call_rate: percent(agg.slow, agg.calls),
            failure_rate_threshold: self.threshold,
        }
    }

    fn transition(
        &mut self,
        s: &Shared,
        to: State,
        reason: Reason,
        now: u64,
        snapshot: Snapshot,
    ) -> Transition {
        let from = self.state;
        self.state = to;
        self.generation = (self.generation + 1) & GEN_MASK;
        self.counters.transitions += 1;
        let mut open_for = None;
        match to {
            State::Open => {
                self.consecutive_opens = self.consecutive_opens.saturating_add(1);
                let unit = self.rng.unit();
                let d = self.backoff.duration(self.consecutive_opens, unit);
                self.open_until = now.saturating_add(d);
                s.open_until.store(self.open_until, Ordering::Release);
                open_for = Some(Duration::from_nanos(d));
            }
            State::HalfOpen => {
                self.probes = Probes {
                    since: now,
                    ..Probes::default()
                }
            }
            State::Closed | State::ForcedClosed => self.window.clear(),
            State::ForcedOpen => {}
        }
        s.publish(self);
        Transition {
            name: s.name.clone(),
            from,
            to,
            reason,
            snapshot,
            open_for,
        }
    }

    fn check_half_open_timeout(&mut self, s: &Shared, now: u64) -> Option<Transition> {
        let max_wait = s
            .config
            .max_wait_in_half_open_ms
            .saturating_mul(NANOS_PER_MS);
        if self.state == State::HalfOpen && now >= self.probes.since.saturating_add(max_wait) {
            let snapshot = self.snapshot(s);
            return Some(self.transition(s, State::Open, Reason::HalfOpenTimeout, now, snapshot));
        }
        None
    }

    /// Applies one current-generation outcome to the state machine.
    fn apply(
        &mut self,
        s: &Shared,
        raw: RawPermit,
        outcome: Outcome,
        slow: bool,
        now: u64,
    ) -> Option<Transition> {
        let failed = outcome == Outcome::Failure;
        match self.state {
            State::Closed | State::ForcedClosed if !raw.probe() => {
                if outcome == Outcome::Ignored {
                    return None;
                }
                let code = if failed { FAILURE } else { 0 } | if slow { SLOW } else { 0 };
                self.window.record(code);
                self.closed_calls += 1;
                self.closed_failures += u64::from(failed);
                if self.state == State::Closed {
                    self.evaluate_closed(s, now)
                } else {
                    None
                }
            }
            State::HalfOpen if raw.probe() => {
                if outcome == Outcome::Ignored {
                    self.probes.issued = self.probes.issued.saturating_sub(1);
                    return None;
                }
                self.probes.recorded += 1;
                self.probes.failures += u32::from(failed);
                self.probes.slow += u32::from(slow);
                if self.probes.recorded < s.config.half_open_permits {
                    return None;
                }
                let snapshot = self.snapshot(s);
                let (to, reason) = if snapshot.failure_rate >= self.threshold {
                    (State::Open, Reason::ProbesFailed)
                } else if snapshot.slow_call_rate >= s.config.slow_call_rate_threshold {
                    (State::Open, Reason::ProbesSlow)
                } else {
                    self.consecutive_opens = 0;
                    (State::Closed, Reason::ProbesPassed)
                };
                Some(self.transition(s, to, reason, now, snapshot))
            }
            _ => None,
        }
    }

    fn evaluate_closed(&mut self, s: &Shared, now: u64) -> Option<Transition> {
        let agg = self.window.aggregate();
        if agg.calls >= s.config.minimum_calls {
            let reason = if percent(agg.failures, agg.calls) >= self.threshold {
                Some(Reason::FailureRate)
            } else if percent(agg.slow, agg.calls) >= s.config.slow_call_rate_threshold {
                Some(Reason::SlowCallRate)
            } else {
                None
            };
            if let Some(reason) = reason {
                let snapshot = self.snapshot(s);
                return Some(self.transition(s, State::Open, reason, now, snapshot));
            }
        }
        self.adapt();
        None
    }

    /// Folds a finished sample into the adaptive baseline; the rule is on [`AdaptiveConfig`].
    fn adapt(&mut self) {
        let Some(a) = &mut self.adaptive else { return };
        let calls = self.closed_calls - a.last_calls;
        if calls < a.config.sample_calls {
            return;
        }
        let rate = percent(self.closed_failures - a.last_failures, calls);
        let baseline = match a.baseline {
            None => rate,
            Some(b) => a.config.smoothing * rate + (1.0 - a.config.smoothing) * b,
        };
        a.baseline = Some(baseline);
        a.last_calls = self.closed_calls;
        a.last_failures = self.closed_failures;
        self.threshold = (baseline + a.config.headroom).clamp(a.config.floor, a.config.ceiling);
    }
}

/// Permission to make one call, from [`CircuitBreaker::try_acquire`].
///
/// Record the outcome with [`success`](Self::success), [`failure`](Self::failure),
/// [`ignore`](Self::ignore) or [`record`](Self::record); the call's duration runs
/// from the acquire to the record. Dropped unrecorded, it records nothing and
/// gives a half-open probe back, so a cancelled call cannot wedge the breaker.
#[must_use = "a permit records nothing unless its outcome is recorded"]
pub struct Permit<'a> {
    breaker: &'a CircuitBreaker,
    raw: RawPermit,
}

impl fmt::Debug for Permit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Permit")
            .field("breaker", &self.breaker.name())
            .field("probe", &self.raw.probe())
            .finish()
    }
}

impl Permit<'_> {
    /// Records a success.
    #[inline(always)]
    pub fn success(self) {
        self.record(Outcome::Success);
    }

    /// Records a failure.
    pub fn failure(self) {
        self.record(Outcome::Failure);
    }

    /// Records nothing but the ignored count; gives a half-open probe back.
    pub fn ignore(self) {
        self.record(Outcome::Ignored);
    }

    /// Records `outcome`.
    #[inline(always)]
    pub fn record(self, outcome: Outcome) {
        // Recorded: the drop, which would give a probe back, must not run. Both
        // fields are `Copy`, so nothing leaks.
        let this = std::mem::ManuallyDrop::new(self);
        this.breaker.shared.record(this.raw, outcome);
    }

    /// Whether this permit is one of the half-open probes.
    #[must_use]
    pub fn is_probe(&self) -> bool {
        self.raw.probe()
    }
}

impl Drop for Permit<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        // Only a half-open probe has anything to give back.
        if self.raw.probe() {
            self.breaker.shared.release(self.raw);
        }
    }
}

/// A [`Permit`] that owns a handle to its breaker; from
/// [`CircuitBreaker::try_acquire_owned`].
#[must_use = "a permit records nothing unless its outcome is recorded"]
pub struct OwnedPermit {
    breaker: CircuitBreaker,
    raw: RawPermit,
    done: bool,
}

impl fmt::Debug for OwnedPermit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OwnedPermit")
            .field("breaker", &self.breaker.name())
            .field("probe", &self.raw.probe())
            .finish()
    }
}

impl OwnedPermit {
    /// Records `outcome`.
    pub fn record(mut self, outcome: Outcome) {
        self.done = true;
        self.breaker.shared.record(self.raw, outcome);
    }

    /// Records a success.
    pub fn success(self) {
        self.record(Outcome::Success);
    }

    /// Records a failure.
    pub fn failure(self) {
        self.record(Outcome::Failure);
    }

    /// The breaker this permit belongs to.
    #[must_use]
    pub fn breaker(&self) -> &CircuitBreaker {
        &self.breaker
    }
}

impl Drop for OwnedPermit {
    fn drop(&mut self) {
        if !self.done {
            self.breaker.shared.release(self.raw);
        }
    }
}
