//! The one path every statement takes on a connection or transaction:
//! statement cache, query timeout with server-side cancel, and bookkeeping of
//! whether the connection is still good.

use std::future::Future;
use std::time::Instant;

use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Row, Statement, Transaction};

use omnibase_sql_guard::{Action, Fingerprint};

use crate::context::Context;
use crate::manager::{ConnState, Statements};
use crate::{Error, Result};

/// One call on a prepared statement, as data: keeps the call path free of
/// closures, whose futures the compiler cannot always prove `Send`.
#[derive(Clone, Copy)]
pub(crate) enum Call<'p> {
    Query(&'p [&'p (dyn ToSql + Sync)]),
    QueryOne(&'p [&'p (dyn ToSql + Sync)]),
    QueryOpt(&'p [&'p (dyn ToSql + Sync)]),
    Execute(&'p [&'p (dyn ToSql + Sync)]),
}

/// What a [`Call`] returned.
pub(crate) enum Reply {
    Rows(Vec<Row>),
    Row(Row),
    MaybeRow(Option<Row>),
    Count(u64),
}

impl Reply {
    /// Rows returned or affected.
    fn rows(&self) -> u64 {
        match self {
            Reply::Rows(rows) => u64::try_from(rows.len()).unwrap_or(u64::MAX),
            Reply::Row(_) => 1,
            Reply::MaybeRow(row) => u64::from(row.is_some()),
            Reply::Count(n) => *n,
        }
    }
}

/// What statements run on: a client, or a transaction on one.
pub(crate) trait Backend: Sync {
    fn prepare_statement(
        &self,
        sql: &str,
    ) -> impl Future<Output = Result<Statement, tokio_postgres::Error>> + Send;

    fn run(
        &self,
        statement: &Statement,
        call: Call<'_>,
    ) -> impl Future<Output = Result<Reply, tokio_postgres::Error>> + Send;
}

macro_rules! backend {
    ($ty:ty) => {
        impl Backend for $ty {
            async fn prepare_statement(
                &self,
                sql: &str,
            ) -> Result<Statement, tokio_postgres::Error> {
                self.prepare(sql).await
            }

            async fn run(
                &self,
                statement: &Statement,
                call: Call<'_>,
            ) -> Result<Reply, tokio_postgres::Error> {
                Ok(match call {
                    Call::Query(p) => Reply::Rows(self.query(statement, p).await?),
                    Call::QueryOne(p) => Reply::Row(self.query_one(statement, p).await?),
                    Call::QueryOpt(p) => Reply::MaybeRow(self.query_opt(statement, p).await?),
                    Call::Execute(p) => Reply::Count(self.execute(statement, p).await?),
                })
            }
        }
    };
}

backend!(Client);
backend!(Transaction<'_>);

/// A borrowed view of one connection for the length of one call.
pub(crate) struct Session<'s, C> {
    pub(crate) client: &'s C,
    pub(crate) statements: &'s mut Statements,
    pub(crate) state: &'s mut ConnState,
    pub(crate) ctx: &'s Context,
}

impl<C: Backend> Session<'_, C> {
    /// The prepared statement for `sql` and its fingerprint, from the cache
    /// or prepared now.
    pub(crate) async fn prepare(&mut self, sql: &str) -> Result<(Statement, Fingerprint)> {
        if let Some((statement, fingerprint)) = self.statements.get(sql) {
            // Its text passed the guard when it was prepared here.
            return Ok((statement.clone(), *fingerprint));
        }
        let fingerprint = self.guard(sql)?;
        self.state.busy = true;
        let prepared = self
            .client
            .prepare_statement(sql)
            .await
            .map_err(Error::from_driver);
        self.state.busy = false;
        let statement = prepared.map_err(|e| {
            self.ctx.counters.failed(&e);
            self.failed(e)
        })?;
        self.statements
            .put(sql.to_owned(), (statement.clone(), fingerprint));
        Ok((statement, fingerprint))
    }

    /// Prepares `sql` and runs `call` with it under the query timeout.
    pub(crate) async fn call(&mut self, sql: &str, call: Call<'_>) -> Result<Reply> {
        let (statement, fingerprint) = self.prepare(sql).await?;
        self.state.busy = true;
        let shapes = self.ctx.shapes.as_ref();
        let start = (shapes.is_some() || self.ctx.counters.timing()).then(Instant::now);
        // The query timeout is the server's `statement_timeout`, set when
        // the connection opened: no timer per call, and the server itself
        // stops the statement, leaving the connection clean.
        let outcome = match self
            .client
            .run(&statement, call)
            .await
            .map_err(Error::from_driver)
        {
            Err(e) if e.is_statement_timeout() => Err(Error::QueryTimeout {
                timeout: self.ctx.query_timeout.unwrap_or_default(),
                statement: excerpt(sql),
            }),
            other => other,
        };
        if let Some(start) = start {
            let took = start.elapsed();
            self.ctx
                .counters
                .statement(sql, took, outcome.as_ref().err());
            if let Some(shapes) = shapes {
                let rows = outcome.as_ref().map_or(0, Reply::rows);
                shapes.record(fingerprint, sql, took, rows, outcome.is_err());
            }
        }
        self.finish(outcome)
    }

    pub(crate) async fn query(&mut self, sql: &str, p: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        match self.call(sql, Call::Query(p)).await? {
            Reply::Rows(rows) => Ok(rows),
            _ => unreachable!("a query replies with rows"),
        }
    }

    pub(crate) async fn query_one(&mut self, sql: &str, p: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        match self.call(sql, Call::QueryOne(p)).await? {
            Reply::Row(row) => Ok(row),
            _ => unreachable!("query_one replies with a row"),
        }
    }

    pub(crate) async fn query_opt(
        &mut self,
        sql: &str,
        p: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>> {
        match self.call(sql, Call::QueryOpt(p)).await? {
            Reply::MaybeRow(row) => Ok(row),
            _ => unreachable!("query_opt replies with an optional row"),
        }
    }

    pub(crate) async fn execute(&mut self, sql: &str, p: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        match self.call(sql, Call::Execute(p)).await? {
            Reply::Count(n) => Ok(n),
            _ => unreachable!("execute replies with a count"),
        }
    }

    /// Runs `sql` past the guard; a blocked statement is never sent.
    /// Returns the statement's fingerprint.
    pub(crate) fn guard(&self, sql: &str) -> Result<Fingerprint> {
        let verdict = self.ctx.guard.check(sql);
        if verdict.action != Action::Block {
            return Ok(verdict.fingerprint);
        }
        let mut findings = verdict.findings.clone();
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        let error = Error::Rejected {
            findings,
            fingerprint: verdict.fingerprint,
        };
        self.ctx.counters.failed(&error);
        Err(error)
    }

    /// Records how a call ended.
    pub(crate) fn finish<T>(&mut self, outcome: Result<T>) -> Result<T> {
        self.state.busy = false;
        match outcome {
            Ok(value) => {
                self.state.last_ok = Instant::now();
                Ok(value)
            }
            Err(e) => Err(self.failed(e)),
        }
    }

    /// Marks the connection broken when `error` says it is.
    pub(crate) fn failed(&mut self, error: Error) -> Error {
        if error.breaks_connection() {
            self.state.broken = true;
        }
        error
    }
}

/// The start of a statement, for messages.
fn excerpt(sql: &str) -> String {
    const MAX: usize = 80;
    match sql.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &sql[..end]),
        None => sql.to_owned(),
    }
}
