//! The breaker's states and the outcome of one call.

use std::fmt;

/// The state of a circuit breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum State {
    /// Calls pass and are recorded in the sliding window.
    Closed,
    /// Calls are refused until the open duration has elapsed.
    Open,
    /// A limited number of probe calls decide between closing and reopening.
    HalfOpen,
    /// Calls are refused until [`reset`](crate::CircuitBreaker::reset) or
    /// [`force_closed`](crate::CircuitBreaker::force_closed).
    ForcedOpen,
    /// Calls pass and are recorded, but the breaker never opens by itself.
    ForcedClosed,
}

impl State {
    /// A stable lowercase name, usable as a metrics label.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::Open => "open",
            Self::HalfOpen => "half_open",
            Self::ForcedOpen => "forced_open",
            Self::ForcedClosed => "forced_closed",
        }
    }

    /// A stable number for a state gauge: closed 0, half-open 1, open 2 (the
    /// values `omnibase-metrics` uses), forced open 3, forced closed 4.
    #[must_use]
    pub fn as_gauge(self) -> u8 {
        match self {
            Self::Closed => 0,
            Self::HalfOpen => 1,
            Self::Open => 2,
            Self::ForcedOpen => 3,
            Self::ForcedClosed => 4,
        }
    }

    pub(crate) fn tag(self) -> u8 {
        match self {
            Self::Closed => 0,
            Self::Open => 1,
            Self::HalfOpen => 2,
            Self::ForcedOpen => 3,
            Self::ForcedClosed => 4,
        }
    }

    pub(crate) fn from_tag(tag: u64) -> Self {
        match tag {
            0 => Self::Closed,
            1 => Self::Open,
            2 => Self::HalfOpen,
            3 => Self::ForcedOpen,
            _ => Self::ForcedClosed,
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How one finished call counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// The call worked (or failed in a way that says nothing about the dependency's health).
    Success,
    /// The call failed in a way that counts against the dependency.
    Failure,
    /// The call is not recorded at all; a half-open probe permit is given back.
    Ignored,
}

impl Outcome {
    /// A stable lowercase name, usable as a metrics label.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Ignored => "ignored",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
