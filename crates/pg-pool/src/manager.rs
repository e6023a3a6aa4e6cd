//! The deadpool manager: opens connections, and decides at checkout whether
//! an idle connection can be handed out as is, must be validated first, or
//! must be replaced.

use std::hash::{BuildHasher, RandomState};
use std::num::NonZeroUsize;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::time::{Duration, Instant};

use deadpool::managed::{self, Metrics, RecycleError, RecycleResult};
use lru::LruCache;
use omnibase_sql_guard::Fingerprint;
use tokio_postgres::{CancelToken, Client, NoTls, Statement};

use omnibase_metrics::{CloseReason, Validation};

use crate::context::Context;
use crate::{Error, PgPoolConfig, Result};

/// One pooled connection and what the pool knows about it.
///
/// It is moved out of the pool and back on every checkout (and through the
/// caller's futures), so it is one pointer: everything lives behind one box,
/// reached through `Deref`.
pub(crate) struct Connection {
    pub(crate) meta: Box<Meta>,
}

/// A connection's prepared statements by text, each with the text's
/// fingerprint (the guard's verdict was taken when it was prepared).
pub(crate) type Statements = LruCache<String, (Statement, Fingerprint)>;

/// A connection's client and what the pool keeps beside it.
pub(crate) struct Meta {
    pub(crate) client: Client,
    /// Cancels the statement running on this connection, from elsewhere.
    pub(crate) cancel: CancelToken,
    /// Prepared statements by text, with the text's fingerprint.
    pub(crate) statements: Statements,
    pub(crate) state: ConnState,
    /// Set by the reaper when the connection sat unused beyond the bypass
    /// window: the next checkout validates it first.
    pub(crate) stale: AtomicBool,
    expires_at: Instant,
    pub(crate) ctx: Arc<Context>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("closed", &self.client.is_closed())
            .field("cached_statements", &self.statements.len())
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

/// How the last calls on a connection went.
#[derive(Debug)]
pub(crate) struct ConnState {
    /// When a call on it last succeeded (or it was validated or opened).
    pub(crate) last_ok: Instant,
    /// A call is in flight; if the connection goes back in this state, the
    /// caller abandoned it mid-call.
    pub(crate) busy: bool,
    /// Set when an error showed that the connection must not be reused.
    pub(crate) broken: bool,
    /// Why it is to be closed, once decided.
    pub(crate) close_reason: Option<CloseReason>,
}

impl std::ops::Deref for Connection {
    type Target = Meta;

    fn deref(&self) -> &Meta {
        &self.meta
    }
}

impl std::ops::DerefMut for Connection {
    fn deref_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }
}

impl Meta {
    /// Whether the connection outlived its (jittered) lifetime at `now`.
    pub(crate) fn expired(&self, now: Instant) -> bool {
        now >= self.expires_at
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let reason = self
            .state
            .close_reason
            .unwrap_or(if self.client.is_closed() {
                CloseReason::Broken
            } else {
                CloseReason::PoolClosed
            });
        self.ctx.counters.closed(reason);
    }
}

/// Opens and checks connections for the pool.
#[derive(Debug)]
pub(crate) struct Manager {
    pg: tokio_postgres::Config,
    /// `host:port` for messages; never the password.
    pub(crate) target: String,
    connect_timeout: Duration,
    max_lifetime: Duration,
    lifetime_jitter: Duration,
    pub(crate) bypass_window: Duration,
    validation_timeout: Duration,
    statement_cache_size: NonZeroUsize,
    pub(crate) ctx: Arc<Context>,
    random: RandomState,
}

impl Manager {
    pub(crate) fn new(
        config: &PgPoolConfig,
        pg: tokio_postgres::Config,
        ctx: Arc<Context>,
    ) -> Manager {
        let target = describe_target(&pg);
        Manager {
            pg,
            target,
            connect_timeout: config.connect_timeout,
            max_lifetime: config.max_lifetime,
            lifetime_jitter: config.lifetime_jitter,
            bypass_window: config.bypass_window,
            validation_timeout: config.validation_timeout,
            statement_cache_size: NonZeroUsize::new(config.statement_cache_size)
                .unwrap_or(NonZeroUsize::MIN),
            ctx,
            random: RandomState::new(),
        }
    }

    /// This connection's lifetime: the maximum less a random share of the
    /// jitter, so that connections opened together expire apart.
    fn lifetime(&self) -> Duration {
        let jitter_nanos = u64::try_from(self.lifetime_jitter.as_nanos()).unwrap_or(u64::MAX);
        let cut = match jitter_nanos {
            0 => 0,
            n => self.random.hash_one(Instant::now()) % n,
        };
        self.max_lifetime.saturating_sub(Duration::from_nanos(cut))
    }
}

impl managed::Manager for Manager {
    type Type = Connection;
    type Error = Error;

    async fn create(&self) -> Result<Connection> {
        // Boxed: a connect future is kilobytes, and inline it would make
        // every checkout's future that large, to be moved on each call.
        Box::pin(self.open()).await
    }

    async fn recycle(&self, conn: &mut Connection, _: &Metrics) -> RecycleResult<Error> {
        if conn.client.is_closed() {
            conn.state.close_reason = Some(CloseReason::Broken);
            return Err(RecycleError::message("connection closed by the server"));
        }
        // The hot path reads no clock: the reaper marks connections that sat
        // idle beyond the bypass window as stale, and only those are looked
        // at more closely here.
        if !self.bypass_window.is_zero() && !conn.stale.load(Relaxed) {
            self.ctx.counters.validation(Validation::Bypassed);
            return Ok(());
        }
        // Boxed: the validation's timer and round trip would otherwise make
        // every checkout's future large, fast path included.
        Box::pin(self.validate(conn)).await
    }
}

impl Manager {
    /// Opens a new connection under the connect timeout.
    async fn open(&self) -> Result<Connection> {
        let connecting = self.pg.connect(NoTls);
        let (client, connection) = tokio::time::timeout(self.connect_timeout, connecting)
            .await
            .map_err(|_| Error::ConnectTimeout {
                target: self.target.clone(),
                timeout: self.connect_timeout,
            })?
            .map_err(|source| Error::Connect {
                target: self.target.clone(),
                source,
            })?;
        // The connection task ends when the client is dropped or the socket
        // closes; its error, if any, surfaces on the client's next call.
        tokio::spawn(async move {
            let _ = connection.await;
        });
        self.ctx.counters.opened();
        let now = Instant::now();
        Ok(Connection {
            meta: Box::new(Meta {
                cancel: client.cancel_token(),
                client,
                statements: LruCache::new(self.statement_cache_size),
                state: ConnState {
                    last_ok: now,
                    busy: false,
                    broken: false,
                    close_reason: None,
                },
                stale: AtomicBool::new(false),
                expires_at: now + self.lifetime(),
                ctx: Arc::clone(&self.ctx),
            }),
        })
    }

    /// The slow path of a checkout: lifetime check and a round trip.
    async fn validate(&self, conn: &mut Connection) -> RecycleResult<Error> {
        if conn.expired(Instant::now()) {
            conn.state.close_reason = Some(CloseReason::Lifetime);
            return Err(RecycleError::message("connection outlived max_lifetime"));
        }
        let check = conn.client.check_connection();
        match tokio::time::timeout(self.validation_timeout, check).await {
            Ok(Ok(())) => {
                self.ctx.counters.validation(Validation::Passed);
                conn.state.last_ok = Instant::now();
                conn.stale.store(false, Relaxed);
                Ok(())
            }
            _ => {
                self.ctx.counters.validation(Validation::Failed);
                conn.state.close_reason = Some(CloseReason::Broken);
                Err(RecycleError::message("connection failed validation"))
            }
        }
    }
}

/// `host:port` of the first host in `pg`, for messages.
fn describe_target(pg: &tokio_postgres::Config) -> String {
    let host = match pg.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(host)) => host.clone(),
        Some(tokio_postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => "localhost".into(),
    };
    let port = pg.get_ports().first().copied().unwrap_or(5432);
    format!("{host}:{port}")
}
