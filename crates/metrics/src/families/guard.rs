//! sql-guard families: verdicts by action, findings by rule, cache lookups.

use prometheus::IntCounterVec;

use crate::label::{NameSet, label_enum};
use crate::{Counter, Error, LabelEnum, Registry, Result};

label_enum! {
    /// What sql-guard decided about a statement.
    pub enum GuardAction {
        /// Sent as is.
        Allow => "allow",
        /// Sent, and flagged for review.
        Review => "review",
        /// Refused.
        Block => "block",
    }
}

label_enum! {
    /// Whether a verdict came from the cache.
    pub enum CacheResult {
        /// Found in the verdict cache.
        Hit => "hit",
        /// Computed, then cached.
        Miss => "miss",
    }
}

/// The label value that findings of a rule outside the declared set count
/// under; reserved, so no declared rule may use it.
pub const UNKNOWN_RULE: &str = "unknown";

/// The sql-guard families, registered once per [`Metrics`](crate::Metrics).
#[derive(Debug)]
pub(crate) struct GuardFamilies {
    rules: NameSet,
    verdicts: IntCounterVec,
    findings: IntCounterVec,
    cache: IntCounterVec,
}

impl GuardFamilies {
    pub(crate) fn register(r: &Registry) -> Result<Self> {
        Ok(Self {
            rules: NameSet::new("rule"),
            verdicts: r.counter_vec(
                "omnibase_guard_verdicts_total",
                "sql-guard verdicts, by action.",
                &["action"],
            )?,
            findings: r.counter_vec(
                "omnibase_guard_findings_total",
                "sql-guard findings, by rule.",
                &["rule"],
            )?,
            cache: r.counter_vec(
                "omnibase_guard_cache_lookups_total",
                "sql-guard verdict cache lookups, by result.",
                &["result"],
            )?,
        })
    }

    pub(crate) fn guard(&self, rules: &[&'static str]) -> Result<GuardMetrics> {
        let mut resolved = Vec::with_capacity(rules.len());
        for &rule in rules {
            if rule == UNKNOWN_RULE {
                return Err(Error::InvalidLabelValue {
                    label: "rule",
                    value: rule.to_owned(),
                    reason: "reserved for findings of undeclared rules",
                });
            }
            self.rules.admit(rule)?;
            resolved.push((rule, Counter::new(self.findings.with_label_values(&[rule]))));
        }
        Ok(GuardMetrics {
            verdicts: GuardAction::ALL
                .iter()
                .map(|a| Counter::new(self.verdicts.with_label_values(&[a.as_str()])))
                .collect(),
            findings: resolved.into(),
            unknown: Counter::new(self.findings.with_label_values(&[UNKNOWN_RULE])),
            cache: CacheResult::ALL
                .iter()
                .map(|c| Counter::new(self.cache.with_label_values(&[c.as_str()])))
                .collect(),
        })
    }
}

/// Pre-resolved handles for sql-guard; from
/// [`Metrics::guard`](crate::Metrics::guard), which takes the fixed set of
/// rule names up front.
#[derive(Clone, Debug)]
pub struct GuardMetrics {
    verdicts: Box<[Counter]>,
    findings: Box<[(&'static str, Counter)]>,
    unknown: Counter,
    cache: Box<[Counter]>,
}

impl GuardMetrics {
    /// `omnibase_guard_verdicts_total{action}`.
    #[must_use]
    pub fn verdict(&self, action: GuardAction) -> &Counter {
        &self.verdicts[action.index()]
    }

    /// `omnibase_guard_findings_total{rule}` for a declared rule, found by
    /// name; a rule outside the declared set counts under
    /// [`UNKNOWN_RULE`]. A linear scan, which beats hashing for the dozen
    /// or so rules a guard has; for a rule enum, prefer
    /// [`finding_at`](Self::finding_at).
    #[must_use]
    pub fn finding(&self, rule: &'static str) -> &Counter {
        self.findings
            .iter()
            .find(|(name, _)| std::ptr::eq(*name, rule) || *name == rule)
            .map_or(&self.unknown, |(_, c)| c)
    }

    /// The findings counter of the `index`-th rule passed to
    /// [`Metrics::guard`](crate::Metrics::guard) (a rule enum's
    /// discriminant), or the [`UNKNOWN_RULE`] counter when out of range.
    #[must_use]
    pub fn finding_at(&self, index: usize) -> &Counter {
        self.findings.get(index).map_or(&self.unknown, |(_, c)| c)
    }

    /// `omnibase_guard_cache_lookups_total{result}`.
    #[must_use]
    pub fn cache(&self, result: CacheResult) -> &Counter {
        &self.cache[result.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &[&str] = &["stacked_statement", "tautology", "comment_injection"];

    #[test]
    fn findings_by_name_and_index() {
        let r = Registry::new();
        let f = GuardFamilies::register(&r).unwrap();
        let g = f.guard(RULES).unwrap();
        g.finding("tautology").inc();
        g.finding_at(0).inc();
        g.finding("not-declared").inc();
        g.finding_at(99).inc();
        assert_eq!(g.finding("tautology").get(), 1);
        assert_eq!(g.finding("stacked_statement").get(), 1);
        assert_eq!(g.finding(UNKNOWN_RULE).get(), 2);
        g.verdict(GuardAction::Block).inc();
        g.cache(CacheResult::Hit).inc();
        let text = r.encode_text().unwrap();
        assert!(
            text.contains("omnibase_guard_verdicts_total{action=\"block\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("omnibase_guard_cache_lookups_total{result=\"hit\"} 1"),
            "{text}"
        );
    }

    #[test]
    fn reserved_and_invalid_rule_names_are_rejected() {
        let f = GuardFamilies::register(&Registry::new()).unwrap();
        assert_eq!(
            f.guard(&["unknown"]).unwrap_err().to_string(),
            "rule name \"unknown\" is invalid: reserved for findings of undeclared rules"
        );
        assert!(f.guard(&["two words"]).is_err());
    }
}
