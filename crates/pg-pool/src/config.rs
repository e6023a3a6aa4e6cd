//! The pool's configuration: a plain serde struct with documented defaults,
//! checked as a whole by [`PgPoolConfig::validate`].

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// What to do when the server cannot be reached while warming up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Warmup {
    /// Fail [`PgPool::connect`](crate::PgPool::connect) when the first
    /// `min_idle` connections cannot be opened.
    #[default]
    FailFast,
    /// Start at once; open the connections in the background, retrying.
    Background,
}

/// Configuration of a [`PgPool`](crate::PgPool).
///
/// Durations are written as humantime strings in files (`"5s"`, `"30min"`).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PgPoolConfig {
    /// Where to connect: a `postgres://` URL or a `key=value` string.
    /// Default: `postgres://localhost/postgres`.
    pub url: String,
    /// Connections opened at start and kept open while idle.
    /// Default: 2.
    pub min_idle: usize,
    /// The most connections the pool opens. Default: 16.
    pub max_size: usize,
    /// How long `acquire` waits for a free connection; never infinite.
    /// Default: 5s.
    #[serde(with = "humantime_serde")]
    pub acquire_timeout: Duration,
    /// How many callers may wait for a connection at once; one more is
    /// refused at once with [`Error::Overloaded`]. Default: 1024.
    pub max_waiters: usize,
    /// How long opening one connection may take. Default: 5s.
    #[serde(with = "humantime_serde")]
    pub connect_timeout: Duration,
    /// A connection older than this is closed and replaced. Default: 30min.
    #[serde(with = "humantime_serde")]
    pub max_lifetime: Duration,
    /// Up to this much is taken off each connection's lifetime at random,
    /// so that connections opened together do not expire together.
    /// Default: 1min.
    #[serde(with = "humantime_serde")]
    pub lifetime_jitter: Duration,
    /// An idle connection beyond `min_idle` is closed after this long.
    /// Default: 10min.
    #[serde(with = "humantime_serde")]
    pub idle_timeout: Duration,
    /// A connection used successfully within this window is handed out
    /// without a round trip; an older one is validated first (HikariCP's
    /// aliveBypassWindow). Default: 500ms.
    #[serde(with = "humantime_serde")]
    pub bypass_window: Duration,
    /// How long a validation round trip may take. Default: 2s.
    #[serde(with = "humantime_serde")]
    pub validation_timeout: Duration,
    /// How often the reaper closes expired and surplus idle connections and
    /// tops the pool up to `min_idle`. Default: 1s.
    #[serde(with = "humantime_serde")]
    pub reap_interval: Duration,
    /// How long one statement may run: the server's `statement_timeout`,
    /// set on every connection the pool opens, so that the server stops the
    /// statement itself and no timer runs per call; `None` for no limit.
    /// Default: 30s.
    #[serde(with = "humantime_serde")]
    pub query_timeout: Option<Duration>,
    /// Prepared statements kept per connection (least recently used go
    /// first). Default: 256.
    pub statement_cache_size: usize,
    /// Statement shapes (by fingerprint) whose statistics are kept; 0 turns
    /// the statistics off. Default: 512.
    pub shape_stats_capacity: usize,
    /// A statement slower than this is logged, once per shape, with its
    /// normalized text. Default: 1s.
    #[serde(with = "humantime_serde")]
    pub slow_statement: Duration,
    /// Whether an unreachable server fails start-up. Default: `fail_fast`.
    pub warmup: Warmup,
    /// `application_name` reported to the server. Default: `omnibase`.
    pub application_name: String,
}

impl Default for PgPoolConfig {
    fn default() -> Self {
        PgPoolConfig {
            url: "postgres://localhost/postgres".into(),
            min_idle: 2,
            max_size: 16,
            acquire_timeout: Duration::from_secs(5),
            max_waiters: 1024,
            connect_timeout: Duration::from_secs(5),
            max_lifetime: Duration::from_secs(30 * 60),
            lifetime_jitter: Duration::from_secs(60),
            idle_timeout: Duration::from_secs(10 * 60),
            bypass_window: Duration::from_millis(500),
            validation_timeout: Duration::from_secs(2),
            reap_interval: Duration::from_secs(1),
            query_timeout: Some(Duration::from_secs(30)),
            statement_cache_size: 256,
            shape_stats_capacity: 512,
            slow_statement: Duration::from_secs(1),
            warmup: Warmup::FailFast,
            application_name: "omnibase".into(),
        }
    }
}

impl PgPoolConfig {
    /// A default configuration pointing at `url`.
    pub fn new(url: impl Into<String>) -> Self {
        PgPoolConfig {
            url: url.into(),
            ..PgPoolConfig::default()
        }
    }

    /// Checks every field and the rules between them.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidConfig`] listing every problem at once.
    pub fn validate(&self) -> Result<tokio_postgres::Config> {
        let mut problems = Vec::new();
        let parsed = tokio_postgres::Config::from_str(&self.url)
            .map_err(|e| problems.push(format!("url {}: {e}", redact_url(&self.url))))
            .ok();
        if self.max_size == 0 {
            problems.push("max_size must be at least 1".into());
        }
        if self.min_idle > self.max_size {
            problems.push(format!(
                "min_idle ({}) must not exceed max_size ({})",
                self.min_idle, self.max_size
            ));
        }
        if self.max_waiters == 0 {
            problems.push("max_waiters must be at least 1".into());
        }
        for (name, value) in [
            ("acquire_timeout", self.acquire_timeout),
            ("connect_timeout", self.connect_timeout),
            ("max_lifetime", self.max_lifetime),
            ("idle_timeout", self.idle_timeout),
            ("validation_timeout", self.validation_timeout),
            ("reap_interval", self.reap_interval),
        ] {
            if value.is_zero() {
                problems.push(format!("{name} must be greater than zero"));
            }
        }
        if self.query_timeout.is_some_and(|t| t.is_zero()) {
            problems
                .push("query_timeout must be greater than zero (or absent for no limit)".into());
        }
        if self.lifetime_jitter >= self.max_lifetime && !self.max_lifetime.is_zero() {
            problems.push(format!(
                "lifetime_jitter ({:?}) must be shorter than max_lifetime ({:?})",
                self.lifetime_jitter, self.max_lifetime
            ));
        }
        if self.statement_cache_size == 0 {
            problems.push("statement_cache_size must be at least 1".into());
        }
        match (problems.is_empty(), parsed) {
            (true, Some(mut config)) => {
                config.application_name(&self.application_name);
                config.connect_timeout(self.connect_timeout);
                if let Some(limit) = self.query_timeout {
                    let ours = format!("-c statement_timeout={}", limit.as_millis());
                    let options = match config.get_options() {
                        Some(theirs) if !theirs.is_empty() => format!("{theirs} {ours}"),
                        _ => ours,
                    };
                    config.options(&options);
                }
                Ok(config)
            }
            _ => Err(Error::InvalidConfig { problems }),
        }
    }
}

impl fmt::Debug for PgPoolConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgPoolConfig")
            .field("url", &redact_url(&self.url))
            .field("min_idle", &self.min_idle)
            .field("max_size", &self.max_size)
            .field("acquire_timeout", &self.acquire_timeout)
            .field("max_waiters", &self.max_waiters)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_lifetime", &self.max_lifetime)
            .field("lifetime_jitter", &self.lifetime_jitter)
            .field("idle_timeout", &self.idle_timeout)
            .field("bypass_window", &self.bypass_window)
            .field("validation_timeout", &self.validation_timeout)
            .field("reap_interval", &self.reap_interval)
            .field("query_timeout", &self.query_timeout)
            .field("statement_cache_size", &self.statement_cache_size)
            .field("shape_stats_capacity", &self.shape_stats_capacity)
            .field("slow_statement", &self.slow_statement)
            .field("warmup", &self.warmup)
            .field("application_name", &self.application_name)
            .finish()
    }
}

/// `url` with any password replaced by `***`, for logs and errors; both the
/// URL form and the `key=value` form are covered.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://") {
        let (authority, tail) = match rest.find(['/', '?']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if let Some((userinfo, host)) = authority.rsplit_once('@')
            && let Some((user, _password)) = userinfo.split_once(':')
        {
            return format!("{scheme}://{user}:***@{host}{tail}");
        }
        return url.to_owned();
    }
    url.split_whitespace()
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_redacted(url: &str, expected: &str) {
        assert_eq!(redact_url(url), expected);
    }

    #[test]
    fn passwords_are_redacted() {
        check_redacted(
            "postgres://u:secret@h:5432/db",
            "postgres://u:***@h:5432/db",
        );
        check_redacted("postgres://u:p@ss@h/db?x=1", "postgres://u:***@h/db?x=1");
        check_redacted("postgres://u@h/db", "postgres://u@h/db");
        check_redacted(
            "host=h password=secret user=u",
            "host=h password=*** user=u",
        );
        let config = PgPoolConfig::new("postgres://u:hunter2@h/db");
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let config = PgPoolConfig {
            url: "postgres://u:hunter2@h:notaport/db".into(),
            max_size: 0,
            min_idle: 3,
            acquire_timeout: Duration::ZERO,
            query_timeout: Some(Duration::ZERO),
            lifetime_jitter: Duration::from_secs(3600),
            ..PgPoolConfig::default()
        };
        let Err(Error::InvalidConfig { problems }) = config.validate() else {
            panic!("invalid config accepted")
        };
        let text = problems.join("\n");
        for needle in [
            "url",
            "max_size",
            "min_idle (3)",
            "acquire_timeout",
            "query_timeout",
            "lifetime_jitter",
        ] {
            assert!(text.contains(needle), "{needle} missing from:\n{text}");
        }
        assert!(!text.contains("hunter2"), "{text}");
    }

    #[test]
    fn defaults_are_valid_and_round_trip_through_toml_like_json() {
        let config = PgPoolConfig::default();
        config.validate().unwrap();
        let json = serde_json::to_string(&config).unwrap();
        assert!(json.contains(r#""acquire_timeout":"5s""#), "{json}");
        let back: PgPoolConfig = serde_json::from_str(&json).unwrap();
        assert_eq!(back, config);
        let err = serde_json::from_str::<PgPoolConfig>(r#"{"max_sise": 3}"#).unwrap_err();
        assert!(err.to_string().contains("max_sise"), "{err}");
    }
}
