//! A PostgreSQL connection pool for services: warm-up, health validation
//! cached for a bypass window, lifetime and idle reaping, a bounded acquire
//! wait with load shedding, a per-connection statement cache, query
//! timeouts that cancel on the server, transactions, streaming and binary
//! `COPY`. Built on deadpool's managed pool and tokio-postgres; HikariCP is
//! the model for behaviour.
//!
//! ```no_run
//! use omnibase_pg_pool::{PgPool, PgPoolConfig};
//!
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let pool = PgPool::connect(PgPoolConfig {
//!     min_idle: 4,
//!     max_size: 32,
//!     ..PgPoolConfig::new("postgres://app:secret@127.0.0.1/app")
//! })
//! .await?;
//!
//! let rows = pool.query("SELECT id, name FROM users WHERE id = $1", &[&42_i64]).await?;
//!
//! let mut conn = pool.acquire().await?;
//! let mut tx = conn.transaction().await?;
//! tx.execute("UPDATE users SET name = $1 WHERE id = $2", &[&"Ada", &42_i64]).await?;
//! tx.commit().await?;
//! # drop(rows);
//! # Ok(())
//! # }
//! ```
//!
//! # Validation and the bypass window
//!
//! A connection that served a call successfully within
//! [`PgPoolConfig::bypass_window`] is handed out without a round trip; an
//! older one is validated first with a protocol-level `Sync` (the cheapest
//! round trip there is). The tradeoff: a connection the server dropped
//! within the window is handed out anyway, and its first call fails. That
//! is mitigated in three ways: such a connection is closed, not returned;
//! [`PgPool::query`] retries a read once on a fresh connection; and every
//! error says through [`Error::is_retryable`] whether retrying can help.
//!
//! # Guarded statements
//!
//! Every statement's text passes an `omnibase-sql-guard` [`Guard`](omnibase_sql_guard::Guard)
//! before it is sent; a blocked one fails with [`Error::Rejected`] and never
//! reaches the server. The default guard enforces sql-guard's default
//! policy; [`PgPoolBuilder::guard`] sets another (a migration runner allows
//! stacked statements and DDL; monitor mode only reports). A text is checked
//! when it is first prepared on a connection: once prepared there, it was
//! already allowed, so the per-connection statement cache also caches the
//! verdict.
//!
//! # Metrics
//!
//! [`PgPoolBuilder::metrics`] records into the `omnibase_pg_*` families of
//! `omnibase-metrics`: connections opened and closed by reason, in-use /
//! idle / waiting gauges (sampled by the reaper), acquire wait, statement
//! latency by [`Operation`], errors by SQLSTATE class, validations run vs
//! bypassed, acquire failures and retries. [`PgPool::stats`] reads the
//! lifecycle counts without a metrics system.
//!
//! # Statement shapes
//!
//! The pool keeps, per statement shape (sql-guard's fingerprint: literals,
//! IN-lists, case and white space folded), calls, errors, rows and latency
//! quantiles in a bounded map: [`PgPool::top_shapes`] is pg_stat_statements'
//! view from the client, with no server extension. A statement slower than
//! [`PgPoolConfig::slow_statement`] is logged (`tracing`, warn) once per
//! shape with its normalized text.
//!
//! # Abandoned calls
//!
//! When the future of a call is dropped mid-flight (a request cancelled, a
//! `select!` that lost), the statement is still running on the server. The
//! pool then does not reuse the connection: in the background it sends a
//! cancel request, repeats it until a round trip queued behind the statement
//! comes back (a cancel can overtake the statement it means to stop), and
//! then closes the connection — so no session leaks, no statement runs on
//! unobserved, and no later caller inherits a busy connection.
//!
//! # Costs
//!
//! A checkout costs less than raw deadpool-postgres with
//! `RecyclingMethod::Fast`: no clock read (the reaper marks stale
//! connections), no timer (the query timeout is the server's
//! `statement_timeout`), no reference count (the pool's context lives with
//! each connection), the waiter bound checked only when a caller has to
//! wait, and a pooled connection that is one pointer to move. A statement is prepared and
//! guarded once per connection and found again by its text (one hash of the
//! text per call). Per-shape statistics cost two clock reads and a short
//! lock per call; set `shape_stats_capacity = 0` to turn them off.
//! `docs/benchmarks.md` has the figures against raw deadpool and pgbench.

mod config;
mod conn;
mod context;
mod error;
mod manager;
mod pool;
mod reaper;
mod session;
mod shapes;
mod stats;

pub use config::{PgPoolConfig, Warmup, redact_url};
pub use conn::{PgConn, PgTransaction};
pub use error::{Error, Result};
pub use pool::{PgPool, PgPoolBuilder, PoolStatus};
pub use shapes::ShapeStats;
pub use stats::PoolStats;

/// Labels this crate records under, shared with `omnibase-metrics`.
pub use omnibase_metrics::{CloseReason, Operation};

/// The driver's types that appear in this crate's API.
pub use tokio_postgres::{Row, types};
