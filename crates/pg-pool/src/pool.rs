//! [`PgPool`]: building, warming up, acquiring with a bounded wait and load
//! shedding, the background reaper, and a graceful close.

use std::sync::Arc;
use std::time::{Duration, Instant};

use omnibase_metrics::{AcquireFailure, OpenReason, Operation, PgPoolMetrics};
use omnibase_sql_guard::{Guard, Policy};

use deadpool::managed::{self, PoolError, TimeoutType, Timeouts};
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;

use crate::conn::PgConn;
use crate::context::Context;
use crate::manager::Manager;
use crate::shapes::{ShapeStats, Shapes};
use crate::stats::Counters;
use crate::stats::PoolStats;
use crate::{Error, PgPoolConfig, Result, Warmup};

pub(crate) type Inner = managed::Pool<Manager>;

/// A pool of PostgreSQL connections.
///
/// Cloning is cheap and every clone is the same pool. See the crate docs for
/// an example.
#[derive(Clone, Debug)]
pub struct PgPool {
    shared: Arc<Shared>,
}

#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) pool: Inner,
    pub(crate) config: PgPoolConfig,
    timeouts: Timeouts,
    reaper: std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>,
}

/// How many connections the pool holds right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PoolStatus {
    /// Connections open.
    pub size: usize,
    /// Open connections not handed out.
    pub idle: usize,
    /// Connections handed out.
    pub in_use: usize,
    /// Callers waiting for a connection.
    pub waiting: usize,
    /// The most connections the pool opens.
    pub max_size: usize,
}

impl Shared {
    /// The pool-wide parts every call uses.
    pub(crate) fn ctx(&self) -> &Context {
        &self.pool.manager().ctx
    }
}

impl PgPool {
    /// Builds a pool from `config` without metrics, opens `min_idle`
    /// connections in parallel and starts the reaper. Must be called inside a
    /// tokio runtime.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] for a bad config; with
    /// [`Warmup::FailFast`], the error of the first connection that could not
    /// be opened.
    pub async fn connect(config: PgPoolConfig) -> Result<PgPool> {
        PgPool::builder(config).connect().await
    }

    /// A pool to be built from `config`, with options beyond the config.
    pub fn builder(config: PgPoolConfig) -> PgPoolBuilder {
        PgPoolBuilder {
            config,
            metrics: None,
            guard: None,
        }
    }
}

/// Builds a [`PgPool`]: `PgPool::builder(config).metrics(handles).connect()`.
#[derive(Debug)]
pub struct PgPoolBuilder {
    config: PgPoolConfig,
    metrics: Option<PgPoolMetrics>,
    guard: Option<Arc<Guard>>,
}

impl PgPoolBuilder {
    /// Records into `metrics` (from `omnibase_metrics::Metrics::pg_pool`):
    /// connections opened and closed by reason, occupancy, acquire wait,
    /// statement latency by operation, errors by SQLSTATE class,
    /// validations, acquire failures and retries.
    pub fn metrics(mut self, metrics: PgPoolMetrics) -> Self {
        self.metrics = Some(metrics);
        self
    }

    /// Checks statements with `guard` instead of a guard built from
    /// sql-guard's default policy (enforce mode, blocking high-severity
    /// findings). A migration runner, say, passes one whose policy allows
    /// stacked statements and DDL.
    pub fn guard(mut self, guard: Arc<Guard>) -> Self {
        self.guard = Some(guard);
        self
    }

    /// Builds the pool, as [`PgPool::connect`] describes.
    ///
    /// # Errors
    ///
    /// As [`PgPool::connect`].
    pub async fn connect(self) -> Result<PgPool> {
        let PgPoolBuilder {
            config,
            metrics,
            guard,
        } = self;
        let guard = match guard {
            Some(guard) => guard,
            None => Arc::new(
                Policy::default()
                    .build()
                    .map_err(|e| Error::InvalidConfig {
                        problems: vec![format!("sql guard: {e}")],
                    })?,
            ),
        };
        let ctx = Arc::new(Context {
            counters: Counters::new(metrics),
            guard,
            shapes: Shapes::new(config.shape_stats_capacity, config.slow_statement),
            query_timeout: config.query_timeout,
        });
        let pg = config.validate()?;
        let manager = Manager::new(&config, pg, ctx);
        // The manager bounds validation itself, so recycling needs no timer
        // of deadpool's; a timer per checkout is what the hot path avoids.
        let timeouts = Timeouts {
            wait: Some(config.acquire_timeout),
            create: Some(config.connect_timeout),
            recycle: None,
        };
        let pool = managed::Pool::builder(manager)
            .max_size(config.max_size)
            .timeouts(timeouts)
            .runtime(deadpool::Runtime::Tokio1)
            .build()
            .map_err(|e| Error::InvalidConfig {
                problems: vec![e.to_string()],
            })?;
        let shared = Arc::new(Shared {
            pool,
            config,
            timeouts,
            reaper: Default::default(),
        });
        if shared.config.warmup == Warmup::FailFast {
            warm_up(&shared, OpenReason::Warmup).await?;
        }
        let reaper = tokio::spawn(crate::reaper::run(Arc::downgrade(&shared)));
        if let Ok(mut slot) = shared.reaper.lock() {
            *slot = Some(reaper);
        }
        Ok(PgPool { shared })
    }
}

impl PgPool {
    /// Hands out a connection: an idle one if there is one (validated first
    /// when it sat unused beyond the bypass window), else a new one while the
    /// pool is below `max_size`, else the first one returned.
    ///
    /// # Errors
    ///
    /// [`Error::Overloaded`] at once when `max_waiters` callers already wait;
    /// [`Error::AcquireTimeout`] after `acquire_timeout`; connection errors
    /// when a new connection cannot be opened; [`Error::Closed`].
    pub async fn acquire(&self) -> Result<PgConn> {
        let shared = &self.shared;
        // First without waiting: a free connection is taken with no timer
        // armed and no waiter bookkeeping. Only when none is free does the
        // caller queue, under the acquire timeout and the bound on waiters.
        let start = shared.ctx().counters.timing().then(Instant::now);
        let no_wait = Timeouts {
            wait: Some(Duration::ZERO),
            ..shared.timeouts
        };
        let object = match shared.pool.timeout_get(&no_wait).await {
            Err(PoolError::Timeout(TimeoutType::Wait)) => {
                let (waiting, limit) = (shared.pool.status().waiting, shared.config.max_waiters);
                if waiting >= limit {
                    shared
                        .ctx()
                        .counters
                        .acquire_failed(AcquireFailure::Overloaded);
                    return Err(Error::Overloaded { waiting, limit });
                }
                shared.pool.timeout_get(&shared.timeouts).await
            }
            other => other,
        };
        if let Some(start) = start {
            shared.ctx().counters.acquired_after(start.elapsed());
        }
        match object {
            Ok(object) => Ok(PgConn::new(object)),
            Err(e) => Err(self.acquire_error(e)),
        }
    }

    fn acquire_error(&self, error: PoolError<Error>) -> Error {
        let manager = self.shared.pool.manager();
        match error {
            PoolError::Timeout(TimeoutType::Wait | TimeoutType::Recycle) => {
                self.shared
                    .ctx()
                    .counters
                    .acquire_failed(AcquireFailure::Timeout);
                let status = self.status();
                Error::AcquireTimeout {
                    waited: self.shared.config.acquire_timeout,
                    size: status.size,
                    in_use: status.in_use,
                    waiting: status.waiting,
                }
            }
            PoolError::Timeout(TimeoutType::Create) => Error::ConnectTimeout {
                target: manager.target.clone(),
                timeout: self.shared.config.connect_timeout,
            },
            PoolError::Backend(e) => e,
            PoolError::Closed => Error::Closed,
            other => Error::InvalidConfig {
                problems: vec![other.to_string()],
            },
        }
    }

    /// Runs a read with `params` on a pooled connection and returns its rows.
    /// When the connection turns out to be broken and the statement only
    /// reads, it is retried once on another connection.
    ///
    /// # Errors
    ///
    /// As [`PgPool::acquire`] and [`PgConn::query`].
    pub async fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let first = self.acquire().await?.query(sql, params).await;
        match first {
            Err(e) if e.breaks_connection() && Operation::classify(sql).is_read_only() => {
                self.shared.ctx().counters.retried();
                self.acquire().await?.query(sql, params).await
            }
            other => other,
        }
    }

    /// Runs a statement on a pooled connection; returns the rows it affected.
    /// Never retried: a write may have taken effect before the error.
    ///
    /// # Errors
    ///
    /// As [`PgPool::acquire`] and [`PgConn::execute`].
    pub async fn execute(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        self.acquire().await?.execute(sql, params).await
    }

    /// How many connections are open, idle, in use and waited for.
    pub fn status(&self) -> PoolStatus {
        let status = self.shared.pool.status();
        PoolStatus {
            size: status.size,
            idle: status.available,
            in_use: status.size - status.available,
            waiting: status.waiting,
            max_size: status.max_size,
        }
    }

    /// What the pool has done since it was built.
    pub fn stats(&self) -> PoolStats {
        self.shared.ctx().counters.snapshot()
    }

    /// The `n` statement shapes that took the most time so far, with calls,
    /// errors, rows and latency quantiles each: pg_stat_statements' view,
    /// from the client. Empty when `shape_stats_capacity` is 0.
    pub fn top_shapes(&self, n: usize) -> Vec<ShapeStats> {
        self.shared
            .ctx()
            .shapes
            .as_ref()
            .map_or_else(Vec::new, |s| s.top(n))
    }

    /// The configuration the pool was built with.
    pub fn config(&self) -> &PgPoolConfig {
        &self.shared.config
    }

    /// Closes the pool: new acquires fail with [`Error::Closed`], idle
    /// connections close now, connections in use close as they come back.
    /// Waits up to `timeout` for them; returns how many were still in use
    /// when it gave up (0 when all came back).
    pub async fn close(&self, timeout: Duration) -> usize {
        if let Some(reaper) = self.shared.reaper.lock().ok().and_then(|mut r| r.take()) {
            reaper.abort();
        }
        self.shared.pool.close();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = self.shared.pool.status().size;
            if left == 0 || tokio::time::Instant::now() >= deadline {
                return left;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

/// Opens connections up to `min_idle` in parallel, counted as opened for
/// `reason`; they go back to the pool idle.
pub(crate) async fn warm_up(shared: &Shared, reason: OpenReason) -> Result<()> {
    shared.ctx().counters.opening_for(reason);
    let opened = open_min_idle(shared).await;
    shared.ctx().counters.opening_for(OpenReason::Demand);
    opened
}

async fn open_min_idle(shared: &Shared) -> Result<()> {
    let want = shared
        .config
        .min_idle
        .saturating_sub(shared.pool.status().size);
    let opened = futures::future::join_all((0..want).map(|_| shared.pool.get())).await;
    for result in opened {
        let _ready_connection = result.map_err(|e| match e {
            PoolError::Backend(e) => e,
            PoolError::Timeout(_) => Error::ConnectTimeout {
                target: shared.pool.manager().target.clone(),
                timeout: shared.config.connect_timeout,
            },
            PoolError::Closed => Error::Closed,
            other => Error::InvalidConfig {
                problems: vec![other.to_string()],
            },
        })?;
    }
    Ok(())
}
