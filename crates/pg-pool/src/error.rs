//! The pool's one error type: what went wrong, with what a caller needs to
//! decide whether to retry.

use std::time::Duration;

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything the pool can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration is invalid; every problem is listed.
    #[error("invalid pg-pool config: {}", .problems.join("; "))]
    InvalidConfig {
        /// One line per problem, each naming the field.
        problems: Vec<String>,
    },

    /// No connection became free within the acquire timeout.
    #[error(
        "no connection within {waited:?} (pool size {size}, {in_use} in use, {waiting} waiting)"
    )]
    AcquireTimeout {
        /// How long the caller waited.
        waited: Duration,
        /// Connections open when the wait ended.
        size: usize,
        /// Connections handed out when the wait ended.
        in_use: usize,
        /// Callers waiting when the wait ended.
        waiting: usize,
    },

    /// Too many callers are already waiting: the acquire was refused at once
    /// instead of queueing (load shedding).
    #[error("pool overloaded: {waiting} callers already waiting (limit {limit})")]
    Overloaded {
        /// Callers waiting when this one arrived.
        waiting: usize,
        /// The configured bound on waiters.
        limit: usize,
    },

    /// sql-guard blocked the statement: it was never sent to the server.
    #[error("sql rejected: {}", .findings.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Rejected {
        /// What the guard found, most severe first.
        findings: Vec<omnibase_sql_guard::Finding>,
        /// The statement's fingerprint, for allowlists and logs.
        fingerprint: omnibase_sql_guard::Fingerprint,
    },

    /// The pool has been closed.
    #[error("pool is closed")]
    Closed,

    /// A new connection could not be opened.
    #[error("cannot connect to {target}")]
    Connect {
        /// Host and port (never the password).
        target: String,
        /// Why.
        #[source]
        source: tokio_postgres::Error,
    },

    /// Opening a connection took longer than the connect timeout.
    #[error("connecting to {target} took longer than {timeout:?}")]
    ConnectTimeout {
        /// Host and port (never the password).
        target: String,
        /// The configured connect timeout.
        timeout: Duration,
    },

    /// The statement did not finish within the query timeout; it was
    /// cancelled on the server.
    #[error("statement did not finish within {timeout:?} and was cancelled: {statement}")]
    QueryTimeout {
        /// The configured query timeout.
        timeout: Duration,
        /// The statement's first characters.
        statement: String,
    },

    /// The server answered with an error.
    #[error("{severity} {sqlstate}: {message}")]
    Db {
        /// The five-character SQLSTATE, e.g. `23505`.
        sqlstate: String,
        /// The server's severity, e.g. `ERROR`.
        severity: String,
        /// The server's message.
        message: String,
        /// The full error from the driver.
        #[source]
        source: tokio_postgres::Error,
    },

    /// The connection broke (closed socket, protocol error) mid-call.
    #[error("connection lost")]
    Connection {
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
}

impl Error {
    /// Whether trying the same call again may succeed: a timeout, an
    /// overloaded or briefly unreachable server, a lost connection, or a
    /// server error whose SQLSTATE says so (serialization failure, deadlock,
    /// too many connections, shutdown). Constraint violations and syntax
    /// errors are not.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::AcquireTimeout { .. }
            | Error::Overloaded { .. }
            | Error::Connect { .. }
            | Error::ConnectTimeout { .. }
            | Error::QueryTimeout { .. }
            | Error::Connection { .. } => true,
            Error::Db { sqlstate, .. } => retryable_sqlstate(sqlstate),
            Error::InvalidConfig { .. } | Error::Closed | Error::Rejected { .. } => false,
        }
    }

    /// The SQLSTATE of a server error.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            Error::Db { sqlstate, .. } => Some(sqlstate),
            _ => None,
        }
    }

    /// Classifies a driver error: a server error keeps its SQLSTATE, anything
    /// else means the connection is no longer usable.
    pub(crate) fn from_driver(source: tokio_postgres::Error) -> Error {
        match source.as_db_error() {
            Some(db) => Error::Db {
                sqlstate: db.code().code().to_owned(),
                severity: db.severity().to_owned(),
                message: db.message().to_owned(),
                source,
            },
            None => Error::Connection { source },
        }
    }

    /// Whether the server cancelled the statement for outrunning its
    /// `statement_timeout`.
    pub(crate) fn is_statement_timeout(&self) -> bool {
        matches!(self, Error::Db { sqlstate, message, .. }
            if sqlstate == "57014" && message.contains("statement timeout"))
    }

    /// Whether the connection that produced this error must not be reused.
    pub(crate) fn breaks_connection(&self) -> bool {
        match self {
            Error::Connection { .. } => true,
            // Class 08 is "connection exception"; 57P01..57P03 are the
            // server shutting down or being unavailable.
            Error::Db { sqlstate, .. } => {
                sqlstate.starts_with("08")
                    || matches!(sqlstate.as_str(), "57P01" | "57P02" | "57P03")
            }
            _ => false,
        }
    }
}

/// SQLSTATEs after which the same statement may succeed on a retry.
fn retryable_sqlstate(code: &str) -> bool {
    code.starts_with("08") // connection exception
        || code.starts_with("53") // insufficient resources (too many connections, ...)
        || matches!(
            code,
            "40001" // serialization_failure
            | "40P01" // deadlock_detected
            | "55P03" // lock_not_available
            | "57014" // query_canceled
            | "57P01" // admin_shutdown
            | "57P02" // crash_shutdown
            | "57P03" // cannot_connect_now
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(code: &str, expected: bool) {
        assert_eq!(retryable_sqlstate(code), expected, "{code}");
    }

    #[test]
    fn retryable_sqlstates() {
        check("40001", true);
        check("40P01", true);
        check("08006", true);
        check("53300", true);
        check("57P01", true);
        check("23505", false);
        check("42601", false);
        check("22P02", false);
    }

    #[test]
    fn messages_name_the_numbers() {
        let e = Error::AcquireTimeout {
            waited: Duration::from_millis(250),
            size: 4,
            in_use: 4,
            waiting: 7,
        };
        assert_eq!(
            e.to_string(),
            "no connection within 250ms (pool size 4, 4 in use, 7 waiting)"
        );
        assert!(e.is_retryable());
        let e = Error::InvalidConfig {
            problems: vec!["a".into(), "b".into()],
        };
        assert_eq!(e.to_string(), "invalid pg-pool config: a; b");
        assert!(!e.is_retryable());
    }
}
