//! One problem with the configuration: which key, what is wrong, and where
//! the value came from.

use std::fmt;

/// Where a configuration value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Origin {
    /// The built-in default.
    Default,
    /// A key in a configuration file.
    File {
        /// The file.
        path: String,
    },
    /// An environment variable.
    Env {
        /// The variable's name, e.g. `OMNIBASE__POSTGRES__MAX_SIZE`.
        var: String,
    },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("the default"),
            Origin::File { path } => write!(f, "{path}"),
            Origin::Env { var } => write!(f, "env {var}"),
        }
    }
}

/// A problem with one key of the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The key's dotted path, e.g. `postgres.max_size`.
    pub path: String,
    /// What is wrong, in lowercase, naming the value.
    pub message: String,
    /// Where the value came from.
    pub origin: Origin,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (from {}): {}", self.path, self.origin, self.message)
    }
}
