//! The config crate's error type.

use crate::Problem;

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration file could not be read.
    #[error("cannot read config file {path}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML.
    #[error("config file {path} is not valid TOML: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// The parser's message, with line and column.
        message: String,
    },
    /// One or more keys are unknown, mistyped or invalid; every problem is
    /// listed.
    #[error("{} problem(s) in the configuration:\n  {}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
}

impl Error {
    /// Whether loading again can succeed without changing the input: never
    /// for a bad configuration; for an unreadable file, perhaps.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Error::Read { .. })
    }
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n  ")
}
