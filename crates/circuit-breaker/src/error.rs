//! The crate's error type, the outcome of a protected call, and config problems.

use std::fmt;
use std::time::Duration;

use crate::state::State;

/// A `Result` whose error defaults to this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in this crate.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration holds one or more invalid values; all of them are listed.
    #[error("invalid circuit breaker config: {0}")]
    InvalidConfig(ConfigErrors),
    /// The breaker refused the call: it is open, forced open, or out of half-open probes.
    #[error("call not permitted: circuit breaker is {state}{}", RetryAfter(*retry_after))]
    NotPermitted {
        /// The state that refused the call.
        state: State,
        /// When a retry may be permitted, if the breaker knows (not when forced open).
        retry_after: Option<Duration>,
    },
}

impl Error {
    /// Whether retrying the same operation later can succeed.
    ///
    /// A refused call can be retried once the breaker lets calls through again;
    /// an invalid config stays invalid.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::InvalidConfig(_) => false,
            Self::NotPermitted { .. } => true,
        }
    }
}

/// Formats `retry_after` as a suffix of the not-permitted message.
struct RetryAfter(Option<Duration>);

impl fmt::Display for RetryAfter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(d) => write!(f, ", retry after {d:?}"),
            None => Ok(()),
        }
    }
}

/// The error of [`CircuitBreaker::call`](crate::CircuitBreaker::call): either the
/// breaker refused the call, or the call ran and returned its own error.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum CallError<E> {
    /// The breaker refused the call; the operation was not run.
    #[error("call not permitted: circuit breaker is {state}{}", RetryAfter(*retry_after))]
    NotPermitted {
        /// The state that refused the call.
        state: State,
        /// When a retry may be permitted, if the breaker knows.
        retry_after: Option<Duration>,
    },
    /// The operation ran and failed with this error.
    #[error(transparent)]
    Inner(E),
}

impl<E> CallError<E> {
    /// The operation's own error, if it ran.
    pub fn into_inner(self) -> Option<E> {
        match self {
            Self::Inner(e) => Some(e),
            Self::NotPermitted { .. } => None,
        }
    }

    /// Whether the breaker refused the call (the operation never ran).
    #[must_use]
    pub fn is_not_permitted(&self) -> bool {
        matches!(self, Self::NotPermitted { .. })
    }

    /// Whether retrying later can help: always for a refusal; for the
    /// operation's own error the caller knows better, so this says `false`.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.is_not_permitted()
    }
}

impl<E> From<Error> for CallError<E> {
    fn from(e: Error) -> Self {
        match e {
            Error::NotPermitted { state, retry_after } => Self::NotPermitted { state, retry_after },
            // `try_acquire` only ever fails with `NotPermitted`; an open breaker is the
            // closest meaning for anything else a future version might add.
            _ => Self::NotPermitted {
                state: State::Open,
                retry_after: None,
            },
        }
    }
}

/// One invalid config value: the field's path and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The field's path, for example `backoff.max_ms`.
    pub field: &'static str,
    /// What is wrong, naming the value, for example `0 must be at least 1`.
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Every problem found in one config, in field order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConfigErrors(pub Vec<ConfigProblem>);

impl ConfigErrors {
    /// The problems, in field order.
    #[must_use]
    pub fn problems(&self) -> &[ConfigProblem] {
        &self.0
    }

    pub(crate) fn push(&mut self, field: &'static str, message: String) {
        self.0.push(ConfigProblem { field, message });
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}
