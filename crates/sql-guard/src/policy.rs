//! The policy: what the guard does with its findings. A serde struct with
//! documented defaults; [`Policy::build`] validates it into a
//! [`Guard`](crate::Guard).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::guard::Guard;
use crate::rules::{Decisive, Rule, Severity};

/// Whether the guard may block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Never blocks; verdicts still carry findings and what enforce would
    /// have done ([`Verdict::assessed`](crate::Verdict::assessed)).
    Monitor,
    /// Blocks and flags by severity.
    #[default]
    Enforce,
}

/// What the guard does with statement fingerprints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AllowlistMode {
    /// Fingerprints are computed but not compared.
    #[default]
    Off,
    /// Every fingerprint seen is recorded; [`Guard::save_allowlist`] writes
    /// them to `allowlist_path`.
    Learn,
    /// Fingerprints missing from the file at `allowlist_path` are a
    /// [`Rule::UnknownFingerprint`] finding.
    Enforce,
}

/// How far the guard reads a statement that it blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Findings {
    /// In `enforce` mode, analysis stops at the first finding that blocks
    /// the statement: its verdict is `block` whatever else the text holds,
    /// and that finding says why. A statement that is not blocked gets
    /// every finding, and so does every statement in `monitor` mode. An
    /// attack costs about a third of the time it takes with
    /// [`Findings::All`] (docs/benchmarks.md), so a flood of them costs a
    /// service little more than its ordinary traffic.
    #[default]
    UntilBlocked,
    /// Every finding of every statement: for audits and tuning, where each
    /// reason a statement is an attack counts (metrics then count every
    /// rule that fires, not only the rule that blocked).
    All,
}

/// A per-rule override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    /// Drop the rule's findings.
    Off,
    /// Report the rule's findings at this severity instead of their own.
    Low,
    /// See [`RuleSetting::Low`].
    Medium,
    /// See [`RuleSetting::Low`].
    High,
}

impl RuleSetting {
    /// The severity the rule's findings get, or `None` for a rule turned
    /// off.
    pub(crate) fn severity(self) -> Option<Severity> {
        match self {
            RuleSetting::Off => None,
            RuleSetting::Low => Some(Severity::Low),
            RuleSetting::Medium => Some(Severity::Medium),
            RuleSetting::High => Some(Severity::High),
        }
    }
}

/// What the guard does with its findings.
///
/// # Examples
///
/// A migration runner sends several statements and DDL at once:
///
/// ```
/// use omnibase_sql_guard::{Action, Policy, Rule, RuleSetting};
///
/// let mut policy = Policy::default();
/// policy.overrides.insert(Rule::StackedStatement, RuleSetting::Off);
/// let guard = policy.build()?;
/// let verdict = guard.check("CREATE TABLE t (id int); DROP TABLE old");
/// assert_eq!(verdict.action, Action::Allow);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Whether verdicts may block. Default: `enforce`.
    pub mode: Mode,
    /// Findings at or above this severity block the statement.
    /// Default: `high`.
    pub block_at: Severity,
    /// Findings at or above this severity (and below `block_at`) flag the
    /// statement for review. Default: `medium`.
    pub review_at: Severity,
    /// Statements longer than this many bytes are blocked unchecked, with a
    /// [`Rule::SizeLimit`] finding. Default: `1048576` (1 MiB).
    pub max_len: usize,
    /// Per-rule severity overrides, by rule name. Default: none.
    pub overrides: BTreeMap<Rule, RuleSetting>,
    /// What to do with fingerprints. Default: `off`.
    pub allowlist: AllowlistMode,
    /// The allowlist file: read in `enforce`, read (if present) and written
    /// by [`Guard::save_allowlist`] in `learn`. One 16-digit hex fingerprint
    /// a line; `#` starts a comment. Default: none (required unless
    /// `allowlist` is `off`).
    pub allowlist_path: Option<PathBuf>,
    /// Severity of a fingerprint missing from the allowlist in `enforce`.
    /// Default: `medium`.
    pub unknown_fingerprint: Severity,
    /// Verdicts kept in the cache, over all shards; 0 turns it off.
    /// Default: `8192`.
    pub cache_capacity: usize,
    /// Cache shards, a power of two; more shards, less lock contention.
    /// Default: `16`.
    pub cache_shards: usize,
    /// Whether a blocked statement's verdict lists the finding that
    /// blocked it or every finding. Default: `until_blocked`.
    pub findings: Findings,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            mode: Mode::Enforce,
            block_at: Severity::High,
            review_at: Severity::Medium,
            max_len: 1 << 20,
            overrides: BTreeMap::new(),
            allowlist: AllowlistMode::Off,
            allowlist_path: None,
            unknown_fingerprint: Severity::Medium,
            cache_capacity: 8192,
            cache_shards: 16,
            findings: Findings::UntilBlocked,
        }
    }
}

impl Policy {
    /// Checks the policy and builds a guard from it, reading the allowlist
    /// file if the policy names one.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPolicy`] for out-of-range or inconsistent settings;
    /// [`Error::AllowlistIo`] and [`Error::AllowlistParse`] for the file.
    pub fn build(self) -> Result<Guard> {
        self.validate()?;
        Guard::new(self)
    }

    /// The findings that block a statement whatever else it holds, after
    /// the overrides: none in `monitor` mode or with [`Findings::All`].
    pub(crate) fn decisive(&self) -> Decisive {
        if self.mode == Mode::Monitor || self.findings == Findings::All {
            return Decisive::NONE;
        }
        let mut decisive = Decisive::NONE;
        for &rule in Rule::ALL {
            for severity in [Severity::Low, Severity::Medium, Severity::High] {
                let effective = match self.overrides.get(&rule) {
                    Some(setting) => setting.severity(),
                    None => Some(severity),
                };
                if effective.is_some_and(|s| s >= self.block_at) {
                    decisive = decisive.with(rule, severity);
                }
            }
        }
        decisive
    }

    fn validate(&self) -> Result<()> {
        let invalid = |field, reason: &str| {
            Err(Error::InvalidPolicy {
                field,
                reason: reason.to_owned(),
            })
        };
        if self.max_len == 0 {
            return invalid("max_len", "must be at least 1");
        }
        if self.review_at > self.block_at {
            return invalid("review_at", "must not be above block_at");
        }
        if self.cache_shards == 0 || !self.cache_shards.is_power_of_two() {
            return invalid(
                "cache_shards",
                &format!("must be a power of two, not {}", self.cache_shards),
            );
        }
        if self.cache_capacity > 0 && self.cache_capacity < self.cache_shards {
            return invalid("cache_capacity", "must be 0 or at least cache_shards");
        }
        if self.allowlist != AllowlistMode::Off && self.allowlist_path.is_none() {
            return invalid(
                "allowlist_path",
                "is required when allowlist is learn or enforce",
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(policy: Policy, expected: Option<&str>) {
        let got = policy.validate().err().map(|e| e.to_string());
        assert_eq!(got.as_deref(), expected);
    }

    #[test]
    fn validation() {
        check(Policy::default(), None);
        check(
            Policy {
                max_len: 0,
                ..Policy::default()
            },
            Some("invalid sql-guard policy: max_len must be at least 1"),
        );
        check(
            Policy {
                cache_shards: 3,
                ..Policy::default()
            },
            Some("invalid sql-guard policy: cache_shards must be a power of two, not 3"),
        );
        check(
            Policy {
                review_at: Severity::High,
                block_at: Severity::Medium,
                ..Policy::default()
            },
            Some("invalid sql-guard policy: review_at must not be above block_at"),
        );
        check(
            Policy {
                allowlist: AllowlistMode::Learn,
                ..Policy::default()
            },
            Some(
                "invalid sql-guard policy: allowlist_path is required when allowlist is learn or enforce",
            ),
        );
    }

    #[test]
    fn serde_names() {
        let policy: Policy =
            serde_json::from_str(r#"{"mode":"monitor","overrides":{"stacked_statement":"off"}}"#)
                .unwrap();
        assert_eq!(policy.findings, Findings::UntilBlocked);
        let all: Policy = serde_json::from_str(r#"{"findings":"all"}"#).unwrap();
        assert_eq!(all.findings, Findings::All);
        assert_eq!(policy.mode, Mode::Monitor);
        assert_eq!(
            policy.overrides.get(&Rule::StackedStatement),
            Some(&RuleSetting::Off)
        );
        assert_eq!(policy.max_len, 1 << 20);
    }
}
