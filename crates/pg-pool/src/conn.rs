//! [`PgConn`], a connection handed out by the pool, and [`PgTransaction`]:
//! statements go through the per-connection statement cache, under the
//! query timeout, with outcomes recorded so the pool knows whether the
//! connection can be reused.

use std::time::{Duration, Instant};

use deadpool::managed::Object;
use futures::{Stream, StreamExt};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, NoTls, Row, Transaction};

use crate::context::Context;
use crate::manager::{ConnState, Connection, Manager, Meta, Statements};
use crate::session::Session;
use crate::{Error, Result};
use omnibase_metrics::CloseReason;

/// A pooled connection. It goes back to the pool when dropped — unless a
/// call on it was abandoned mid-flight or broke it; then the running
/// statement is cancelled on the server and the connection is closed.
pub struct PgConn {
    object: Option<Object<Manager>>,
}

impl std::fmt::Debug for PgConn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgConn")
            .field("connection", &self.object.as_deref())
            .finish()
    }
}

impl PgConn {
    pub(crate) fn new(object: Object<Manager>) -> PgConn {
        PgConn {
            object: Some(object),
        }
    }

    /// The connection's client and the parts of its metadata a call uses,
    /// borrowed apart.
    fn split(&mut self) -> (&mut Client, &mut Statements, &mut ConnState, &Context) {
        let conn: &mut Connection = self.object.as_mut().expect("present until drop");
        let Meta {
            client,
            statements,
            state,
            ctx,
            ..
        } = &mut *conn.meta;
        (client, statements, state, ctx)
    }

    fn session(&mut self) -> Session<'_, Client> {
        let (client, statements, state, ctx) = self.split();
        Session {
            client,
            statements,
            state,
            ctx,
        }
    }

    /// Runs `sql` with `params`; returns every row.
    ///
    /// # Errors
    ///
    /// [`Error::Db`] from the server, [`Error::QueryTimeout`],
    /// [`Error::Connection`].
    pub async fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        self.session().query(sql, params).await
    }

    /// Runs `sql`; returns its one row.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`], and an error when there is not exactly one row.
    pub async fn query_one(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        self.session().query_one(sql, params).await
    }

    /// Runs `sql`; returns its row, if any.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`], and an error when there is more than one row.
    pub async fn query_opt(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>> {
        self.session().query_opt(sql, params).await
    }

    /// Runs `sql`; returns how many rows it affected.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`].
    pub async fn execute(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        self.session().execute(sql, params).await
    }

    /// Streams the rows of `sql` as the server sends them, so that memory
    /// stays flat however large the result. The query timeout (the server's
    /// `statement_timeout`) applies; dropping the stream early cancels the
    /// statement.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`], for starting the statement and for each row.
    pub async fn query_stream<'a>(
        &'a mut self,
        sql: &str,
        params: &'a [&'a (dyn ToSql + Sync)],
    ) -> Result<impl Stream<Item = Result<Row>> + 'a> {
        let mut session = self.session();
        let (statement, _) = session.prepare(sql).await?;
        session.state.busy = true;
        let rows = session
            .client
            .query_raw(&statement, params.iter().copied())
            .await
            .map_err(|e| session.failed(Error::from_driver(e)))?;
        let state = session.state;
        let mut rows = Box::pin(rows);
        Ok(futures::stream::poll_fn(move |cx| {
            let next = rows.poll_next_unpin(cx);
            match &next {
                std::task::Poll::Ready(None) => {
                    state.busy = false;
                    state.last_ok = Instant::now();
                }
                std::task::Poll::Ready(Some(Err(e))) if e.as_db_error().is_none() => {
                    state.broken = true;
                }
                _ => {}
            }
            next.map(|row| row.map(|r| r.map_err(Error::from_driver)))
        }))
    }

    /// Loads rows with binary `COPY … FROM STDIN (FORMAT binary)`: the
    /// fastest way to insert many rows. `types` are the column types in
    /// order; each row is one value per column. Rows are streamed to the
    /// server as they are produced. Returns how many rows were written.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`]; a type mismatch fails the whole `COPY`, which
    /// then writes nothing.
    pub async fn copy_in<'a, I, R>(&mut self, sql: &str, types: &[Type], rows: I) -> Result<u64>
    where
        I: IntoIterator<Item = R>,
        R: AsRef<[&'a (dyn ToSql + Sync)]>,
    {
        let mut session = self.session();
        session.guard(sql)?;
        session.state.busy = true;
        let start = session.ctx.counters.timing().then(Instant::now);
        let copied = async {
            let sink = session.client.copy_in(sql).await?;
            let writer = BinaryCopyInWriter::new(sink, types);
            let mut writer = std::pin::pin!(writer);
            for row in rows {
                writer.as_mut().write(row.as_ref()).await?;
            }
            writer.finish().await
        }
        .await
        .map_err(Error::from_driver);
        if let Some(start) = start {
            session
                .ctx
                .counters
                .statement(sql, start.elapsed(), copied.as_ref().err());
        }
        session.finish(copied)
    }

    /// Starts a transaction; it rolls back when dropped without
    /// [`PgTransaction::commit`].
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`].
    pub async fn transaction(&mut self) -> Result<PgTransaction<'_>> {
        let (client, statements, state, ctx) = self.split();
        state.busy = true;
        let started = client.transaction().await.map_err(Error::from_driver);
        state.busy = false;
        let tx = started.inspect_err(|e| state.broken |= e.breaks_connection())?;
        Ok(PgTransaction {
            tx,
            statements,
            state,
            ctx,
        })
    }

    /// The driver's client, for what this API does not cover. Statements
    /// sent through it bypass the statement cache and the query timeout.
    pub fn client(&self) -> &Client {
        &self.object.as_ref().expect("present until drop").client
    }
}

impl Drop for PgConn {
    fn drop(&mut self) {
        let Some(object) = self.object.take() else {
            return;
        };
        if !object.state.busy && !object.state.broken {
            return; // Back to the pool.
        }
        let mut conn = Object::take(object);
        let abandoned = conn.state.busy;
        conn.state.close_reason.get_or_insert(if abandoned {
            CloseReason::Abandoned
        } else {
            CloseReason::Broken
        });
        if abandoned {
            retire_abandoned(conn);
        }
    }
}

/// How many times a retiring connection's statement is cancelled before the
/// connection is dropped regardless.
const CANCEL_ATTEMPTS: u32 = 50;
/// How long each attempt waits for the statement to end.
const CANCEL_WAIT: Duration = Duration::from_millis(100);

/// Cancels what runs on an abandoned connection and closes it once the
/// server has let go of it. A cancel request can overtake the statement it
/// means to stop (it travels on its own connection) and then does nothing;
/// so it is repeated until a round trip queued behind the statement comes
/// back, which proves the statement over.
fn retire_abandoned(conn: Connection) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    runtime.spawn(async move {
        for _ in 0..CANCEL_ATTEMPTS {
            let _ = conn.cancel.cancel_query(NoTls).await;
            if tokio::time::timeout(CANCEL_WAIT, conn.client.check_connection())
                .await
                .is_ok()
            {
                break;
            }
        }
        drop(conn);
    });
}

/// A transaction on a pooled connection, with the same guarded, cached,
/// timed calls as [`PgConn`].
pub struct PgTransaction<'a> {
    tx: Transaction<'a>,
    statements: &'a mut Statements,
    state: &'a mut ConnState,
    ctx: &'a Context,
}

impl std::fmt::Debug for PgTransaction<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgTransaction")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl<'a> PgTransaction<'a> {
    fn session(&mut self) -> Session<'_, Transaction<'a>> {
        Session {
            client: &self.tx,
            statements: self.statements,
            state: self.state,
            ctx: self.ctx,
        }
    }

    /// As [`PgConn::query`], inside the transaction.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`].
    pub async fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        self.session().query(sql, params).await
    }

    /// As [`PgConn::query_one`], inside the transaction.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query_one`].
    pub async fn query_one(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        self.session().query_one(sql, params).await
    }

    /// As [`PgConn::execute`], inside the transaction.
    ///
    /// # Errors
    ///
    /// As [`PgConn::execute`].
    pub async fn execute(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        self.session().execute(sql, params).await
    }

    /// Commits.
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`]; the transaction is rolled back on error.
    pub async fn commit(self) -> Result<()> {
        self.state.busy = true;
        let committed = self.tx.commit().await.map_err(Error::from_driver);
        self.state.busy = false;
        committed.inspect_err(|e| self.state.broken |= e.breaks_connection())
    }

    /// Rolls back (dropping the transaction does too, without waiting).
    ///
    /// # Errors
    ///
    /// As [`PgConn::query`].
    pub async fn rollback(self) -> Result<()> {
        self.state.busy = true;
        let rolled_back = self.tx.rollback().await.map_err(Error::from_driver);
        self.state.busy = false;
        rolled_back.inspect_err(|e| self.state.broken |= e.breaks_connection())
    }
}
