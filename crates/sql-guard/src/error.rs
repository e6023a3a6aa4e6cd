//! The crate's one error type.

use std::path::PathBuf;

/// Everything that can go wrong in this crate.
///
/// A verdict is not an error: a statement that looks like an injection comes
/// back as a [`Verdict`](crate::Verdict) with [`Action::Block`](crate::Action::Block).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The statement bytes are not valid UTF-8.
    #[error("sql rejected: statement is not valid utf-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// The decoding error.
        #[source]
        source: std::str::Utf8Error,
    },
    /// A policy setting is out of range or inconsistent.
    #[error("invalid sql-guard policy: {field} {reason}")]
    InvalidPolicy {
        /// The offending field, as named in the serde config.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// Reading or writing an allowlist file failed.
    #[error("allowlist file {path:?}: {op} failed")]
    AllowlistIo {
        /// The file.
        path: PathBuf,
        /// `read` or `write`.
        op: &'static str,
        /// The underlying IO error.
        #[source]
        source: std::io::Error,
    },
    /// A line of an allowlist file is not a 16-digit hex fingerprint.
    #[error("allowlist file {path:?} line {line}: {text:?} is not a 16-digit hex fingerprint")]
    AllowlistParse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// The offending text.
        text: String,
    },
    /// A JSON-lines input line is not a JSON object with a string `sql`.
    #[error("input line {line}: {reason}")]
    JsonLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: &'static str,
        /// The JSON error, when the line did not parse.
        #[source]
        source: Option<serde_json::Error>,
    },
}

impl Error {
    /// Whether retrying the same call can help.
    ///
    /// Only IO on an allowlist file can be transient; bad input and bad
    /// policy stay bad.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::AllowlistIo { source, .. } => matches!(
                source.kind(),
                std::io::ErrorKind::Interrupted
                    | std::io::ErrorKind::WouldBlock
                    | std::io::ErrorKind::TimedOut
            ),
            _ => false,
        }
    }
}

/// This crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(error: Error, expected: &str, retryable: bool) {
        assert_eq!(error.to_string(), expected);
        assert_eq!(error.is_retryable(), retryable);
    }

    #[test]
    fn messages_name_the_input() {
        let bytes = std::hint::black_box(vec![b'a', 0xff]);
        let source = std::str::from_utf8(&bytes).unwrap_err();
        check(
            Error::InvalidUtf8 { offset: 1, source },
            "sql rejected: statement is not valid utf-8 at byte 1",
            false,
        );
        check(
            Error::InvalidPolicy {
                field: "max_len",
                reason: "must be at least 1".into(),
            },
            "invalid sql-guard policy: max_len must be at least 1",
            false,
        );
        check(
            Error::AllowlistIo {
                path: "a.txt".into(),
                op: "read",
                source: std::io::ErrorKind::Interrupted.into(),
            },
            "allowlist file \"a.txt\": read failed",
            true,
        );
    }
}
