//! The crate's one error type.

/// What can go wrong while building metric families, resolving handles,
/// encoding a scrape or serving `/metrics`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Prometheus refused a family: a bad name, a duplicate registration, or
    /// label values that do not match the family's label names.
    #[error("metric family {family:?} rejected by prometheus")]
    Prometheus {
        /// The family's full name, e.g. `omnibase_pg_query_duration_seconds`.
        family: String,
        /// What prometheus reported.
        #[source]
        source: prometheus::Error,
    },

    /// A configured name used as a label value breaks the label rules.
    #[error("{label} name {value:?} is invalid: {reason}")]
    InvalidLabelValue {
        /// The kind of name, e.g. `pool`, `breaker`, `lane`, `rule`.
        label: &'static str,
        /// The rejected value.
        value: String,
        /// Which rule it breaks.
        reason: &'static str,
    },

    /// One more distinct name would exceed the family's cardinality bound.
    #[error("{label} name {value:?} would exceed the limit of {limit} distinct {label} names")]
    TooManyLabelValues {
        /// The kind of name, e.g. `pool`.
        label: &'static str,
        /// The name that did not fit.
        value: String,
        /// The bound, see [`MAX_NAMES_PER_LABEL`](crate::MAX_NAMES_PER_LABEL).
        limit: usize,
    },

    /// Histogram bucket bounds are empty, not finite or not increasing.
    #[error("histogram {family:?} has invalid buckets {buckets:?}: {reason}")]
    InvalidBuckets {
        /// The histogram family's full name.
        family: String,
        /// The rejected upper bounds.
        buckets: Vec<f64>,
        /// Which rule they break.
        reason: &'static str,
    },

    /// A histogram handle was asked for with the wrong number of label values.
    #[error("histogram {family:?} takes {expected} label values, got {got:?}")]
    LabelCount {
        /// The histogram family's full name.
        family: String,
        /// How many label names the family has.
        expected: usize,
        /// The label values given.
        got: Vec<String>,
    },

    /// The text encoder failed on the gathered families.
    #[error("encoding the gathered metric families as text failed")]
    Encode(#[source] prometheus::Error),

    /// The exporter could not bind its listening socket.
    #[cfg(feature = "exporter")]
    #[error("metrics exporter cannot bind {addr}")]
    Bind {
        /// The address asked for.
        addr: std::net::SocketAddr,
        /// What the operating system reported.
        #[source]
        source: std::io::Error,
    },

    /// The exporter's accept loop failed.
    #[cfg(feature = "exporter")]
    #[error("metrics exporter on {addr} stopped accepting connections")]
    Serve {
        /// The address the exporter listened on.
        addr: std::net::SocketAddr,
        /// What the operating system reported.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// Whether trying the same call again can succeed.
    ///
    /// Only socket errors are: a port can be freed, a transient accept error
    /// can clear. Everything else is a programming or configuration error
    /// that repeats identically.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        match self {
            #[cfg(feature = "exporter")]
            Self::Bind { .. } | Self::Serve { .. } => true,
            _ => false,
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(error: Error, expected: &str) {
        assert_eq!(error.to_string(), expected);
    }

    #[test]
    fn messages_name_the_input() {
        check(
            Error::InvalidLabelValue {
                label: "pool",
                value: "a b".into(),
                reason: "contains ' ' (allowed: a-z A-Z 0-9 _ - . :)",
            },
            "pool name \"a b\" is invalid: contains ' ' (allowed: a-z A-Z 0-9 _ - . :)",
        );
        check(
            Error::TooManyLabelValues {
                label: "lane",
                value: "x".into(),
                limit: 64,
            },
            "lane name \"x\" would exceed the limit of 64 distinct lane names",
        );
        check(
            Error::LabelCount {
                family: "h".into(),
                expected: 1,
                got: vec![],
            },
            "histogram \"h\" takes 1 label values, got []",
        );
    }

    #[test]
    fn only_socket_errors_are_retryable() {
        assert!(!Error::Encode(prometheus::Error::Msg("x".into())).is_retryable());
    }
}
