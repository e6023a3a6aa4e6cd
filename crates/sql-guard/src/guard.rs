//! The guard: lexes a statement, runs the rules, applies the policy and the
//! allowlist, and caches the verdict.

use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::allowlist::Allowlist;
use crate::cache::{CacheStats, VerdictCache};
use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;
use crate::hash::hash_bytes;
use omnibase_metrics::{CacheResult, GuardAction, GuardMetrics};

use crate::lexer::lex;
use crate::policy::{AllowlistMode, Mode, Policy};
use crate::rules::{Decisive, Finding, Rule, Scratch, Severity, analyze};

/// What to do with a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Send it.
    Allow,
    /// Send it, but a person should look.
    Review,
    /// Do not send it.
    Block,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Allow => "allow",
            Action::Review => "review",
            Action::Block => "block",
        })
    }
}

/// The guard's answer for one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// What to do: [`Verdict::assessed`], except that monitor mode never
    /// blocks or flags.
    pub action: Action,
    /// What enforce mode makes of the findings.
    pub assessed: Action,
    /// What the rules found, in the order of their spans; at most
    /// [`MAX_FINDINGS`], the most severe.
    pub findings: Vec<Finding>,
    /// The statement's fingerprint.
    pub fingerprint: Fingerprint,
}

impl Verdict {
    /// The most severe finding, if any.
    pub fn worst(&self) -> Option<&Finding> {
        self.findings.iter().max_by_key(|f| f.severity)
    }

    /// The rules that fired at or above `severity`, each once, in order.
    pub fn rules_at_least(&self, severity: Severity) -> Vec<Rule> {
        let mut rules: Vec<Rule> = Vec::new();
        for finding in self.findings.iter().filter(|f| f.severity >= severity) {
            if !rules.contains(&finding.rule) {
                rules.push(finding.rule);
            }
        }
        rules
    }
}

/// The most findings a verdict lists: an adversarial statement can hold a
/// finding per byte (a million stray backslashes), which no reader wants
/// and every copy of the verdict would carry. The verdict keeps the most
/// severe, so its action is the same as with all of them.
pub const MAX_FINDINGS: usize = 1000;

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Checks statements against a [`Policy`]; built by [`Policy::build`].
/// Cheap to share: wrap it in an `Arc` and call it from every thread.
#[derive(Debug)]
pub struct Guard {
    policy: Policy,
    /// The findings that end a statement's analysis, from the policy.
    decisive: Decisive,
    cache: Option<VerdictCache>,
    allowlist: Option<Allowlist>,
    metrics: Option<GuardMetrics>,
}

impl Guard {
    pub(crate) fn new(policy: Policy) -> Result<Guard> {
        let allowlist = match (policy.allowlist, &policy.allowlist_path) {
            (AllowlistMode::Off, _) | (_, None) => None,
            (mode, Some(path)) => Some(Allowlist::load(path, mode == AllowlistMode::Learn)?),
        };
        let cache = VerdictCache::new(policy.cache_capacity, policy.cache_shards);
        Ok(Guard {
            decisive: policy.decisive(),
            policy,
            cache,
            allowlist,
            metrics: None,
        })
    }

    /// Records every check into the `omnibase_guard_*` families: verdicts by
    /// action, findings by rule (those each verdict lists: see
    /// [`Findings`](crate::Findings)), verdict-cache hits and misses.
    ///
    /// ```
    /// use omnibase_sql_guard::{Policy, rule_metrics};
    ///
    /// let metrics = omnibase_metrics::Metrics::new()?;
    /// let guard = Policy::default().build()?.with_metrics(rule_metrics(&metrics)?);
    /// guard.check("SELECT * FROM t WHERE a = 1 OR 1=1");
    /// let text = metrics.encode_text()?;
    /// assert!(text.contains(r#"omnibase_guard_verdicts_total{action="block"} 1"#));
    /// assert!(text.contains(r#"omnibase_guard_findings_total{rule="tautology"} 1"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_metrics(mut self, metrics: GuardMetrics) -> Guard {
        self.metrics = Some(metrics);
        self
    }

    /// Counts one check's verdict, its findings and its cache lookup.
    fn record(&self, verdict: &Verdict, lookup: Option<CacheResult>) {
        let Some(m) = &self.metrics else { return };
        m.verdict(match verdict.action {
            Action::Allow => GuardAction::Allow,
            Action::Review => GuardAction::Review,
            Action::Block => GuardAction::Block,
        })
        .inc();
        for finding in &verdict.findings {
            let index = Rule::ALL
                .iter()
                .position(|r| *r == finding.rule)
                .unwrap_or(usize::MAX);
            m.finding_at(index).inc();
        }
        if let Some(lookup) = lookup {
            m.cache(lookup).inc();
        }
    }

    /// The policy this guard applies.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Checks a statement.
    ///
    /// Without a cache, each thread keeps a reference to the verdict it
    /// gave last and, once the caller has dropped theirs, refills that
    /// allocation for the next check (allocating and freeing the verdict
    /// and its findings was 4–9 % of an uncached check). So
    /// `Arc::strong_count` of a fresh verdict is 2 and `Arc::try_unwrap`
    /// fails: clone the verdict to own it.
    ///
    /// # Examples
    ///
    /// ```
    /// use omnibase_sql_guard::{Action, Policy, Rule};
    ///
    /// let guard = Policy::default().build()?;
    /// let ok = guard.check("SELECT * FROM users WHERE name = 'O''Brien'");
    /// assert_eq!(ok.action, Action::Allow);
    ///
    /// let bad = guard.check("SELECT * FROM users WHERE name = 'x' OR 'a'='a'");
    /// assert_eq!(bad.action, Action::Block);
    /// assert_eq!(bad.findings[0].rule, Rule::Tautology);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, sql: &str) -> Arc<Verdict> {
        if sql.len() > self.policy.max_len {
            let finding = Finding {
                rule: Rule::SizeLimit,
                span: self.policy.max_len..sql.len(),
                severity: Severity::High,
                message: "statement is over the size limit",
            };
            let mut findings = vec![finding];
            let (action, assessed) = self.decide(&mut findings);
            let verdict = Arc::new(Verdict {
                action,
                assessed,
                findings,
                fingerprint: Fingerprint(hash_bytes(sql.as_bytes())),
            });
            self.record(&verdict, None);
            return verdict;
        }
        let Some(cache) = &self.cache else {
            let verdict = self.check_recycling(sql);
            self.learn(verdict.fingerprint);
            self.record(&verdict, None);
            return verdict;
        };
        let key = hash_bytes(sql.as_bytes());
        if let Some(verdict) = cache.get(key, sql) {
            self.learn(verdict.fingerprint);
            self.record(&verdict, Some(CacheResult::Hit));
            return verdict;
        }
        let verdict = Arc::new(self.check_uncached(sql));
        self.learn(verdict.fingerprint);
        self.record(&verdict, Some(CacheResult::Miss));
        cache.put(key, sql, Arc::clone(&verdict));
        verdict
    }

    /// Checks statement bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] naming the offset of the first bad byte.
    pub fn check_bytes(&self, sql: &[u8]) -> Result<Arc<Verdict>> {
        match std::str::from_utf8(sql) {
            Ok(sql) => Ok(self.check(sql)),
            Err(source) => Err(Error::InvalidUtf8 {
                offset: source.valid_up_to(),
                source,
            }),
        }
    }

    /// Checks a statement without the cache (and without learning its
    /// fingerprint); what `check` does on a miss.
    pub fn check_uncached(&self, sql: &str) -> Verdict {
        if sql.len() > self.policy.max_len {
            return (*self.check(sql)).clone();
        }
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let fingerprint = self.assess(sql, &mut scratch);
            // One allocation of the exact size (none when clean), not the
            // doublings of a vector grown finding by finding.
            let mut findings = scratch.findings.clone();
            let (action, assessed) = self.decide(&mut findings);
            Verdict {
                action,
                assessed,
                findings,
                fingerprint,
            }
        })
    }

    /// [`Guard::check_uncached`] behind an `Arc`, reusing the thread's last
    /// verdict when its caller has dropped it: a loop that checks and
    /// reads each verdict then allocates nothing.
    fn check_recycling(&self, sql: &str) -> Arc<Verdict> {
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let fingerprint = self.assess(sql, &mut scratch);
            let scratch = &mut *scratch;
            let mut last = scratch.verdict.take();
            let reused = last.as_mut().and_then(Arc::get_mut).map(|verdict| {
                // The buffers trade places: the next check clears the
                // old findings.
                std::mem::swap(&mut verdict.findings, &mut scratch.findings);
                (verdict.action, verdict.assessed) = self.decide(&mut verdict.findings);
                verdict.fingerprint = fingerprint;
            });
            let verdict = match last {
                Some(last) if reused.is_some() => last,
                _ => {
                    let mut findings = scratch.findings.clone();
                    let (action, assessed) = self.decide(&mut findings);
                    Arc::new(Verdict {
                        action,
                        assessed,
                        findings,
                        fingerprint,
                    })
                }
            };
            scratch.verdict = Some(Arc::clone(&verdict));
            verdict
        })
    }

    /// Lexes and analyzes `sql` into the scratch's findings (with the
    /// allowlist's), and gives its fingerprint.
    fn assess(&self, sql: &str, scratch: &mut Scratch) -> Fingerprint {
        lex(sql, &mut scratch.lexed);
        let fingerprint = Fingerprint(scratch.lexed.fingerprint);
        let mut found = std::mem::take(&mut scratch.findings);
        found.clear();
        // What a noisy statement before left (a no-op unless it did).
        found.shrink_to(Scratch::KEEP_FINDINGS);
        analyze(sql, scratch, &mut found, self.decisive);
        if sql.len() > Scratch::KEEP_BYTES {
            scratch.shrink();
        }
        if self.policy.allowlist == AllowlistMode::Enforce
            && !sql.trim().is_empty()
            && self
                .allowlist
                .as_ref()
                .is_some_and(|list| !list.contains(fingerprint))
        {
            found.push(Finding {
                rule: Rule::UnknownFingerprint,
                span: 0..sql.len(),
                severity: self.policy.unknown_fingerprint,
                message: "statement shape is not on the allowlist",
            });
        }
        scratch.findings = found;
        fingerprint
    }

    /// Applies the policy to `findings`: overrides, the cap, span order;
    /// gives the action and the assessed action.
    fn decide(&self, findings: &mut Vec<Finding>) -> (Action, Action) {
        if !self.policy.overrides.is_empty() {
            findings.retain_mut(|f| match self.policy.overrides.get(&f.rule) {
                None => true,
                Some(setting) => match setting.severity() {
                    Some(severity) => {
                        f.severity = severity;
                        true
                    }
                    None => false,
                },
            });
        }
        if findings.len() > MAX_FINDINGS {
            // The most severe, the earliest first among equals: the action
            // depends on the worst finding only.
            findings.sort_by_key(|f| (std::cmp::Reverse(f.severity), f.span.start));
            findings.truncate(MAX_FINDINGS);
            findings.shrink_to_fit();
        }
        if findings.len() > 1 {
            findings.sort_by_key(|f| f.span.start);
        }
        let worst = findings.iter().map(|f| f.severity).max();
        let assessed = match worst {
            Some(s) if s >= self.policy.block_at => Action::Block,
            Some(s) if s >= self.policy.review_at => Action::Review,
            _ => Action::Allow,
        };
        let action = match self.policy.mode {
            Mode::Enforce => assessed,
            Mode::Monitor => Action::Allow,
        };
        (action, assessed)
    }

    fn learn(&self, fingerprint: Fingerprint) {
        if self.policy.allowlist == AllowlistMode::Learn
            && let Some(list) = &self.allowlist
        {
            list.record(fingerprint);
        }
    }

    /// The fingerprints on the allowlist (learned so far, in learn mode),
    /// sorted.
    pub fn allowlist(&self) -> Vec<Fingerprint> {
        self.allowlist
            .as_ref()
            .map(Allowlist::sorted)
            .unwrap_or_default()
    }

    /// Writes the allowlist to the policy's `allowlist_path`; a no-op when
    /// the allowlist is off.
    ///
    /// # Errors
    ///
    /// [`Error::AllowlistIo`] when the file cannot be written.
    pub fn save_allowlist(&self) -> Result<()> {
        match (&self.allowlist, &self.policy.allowlist_path) {
            (Some(list), Some(path)) => list.save(path),
            _ => Ok(()),
        }
    }

    /// Hit and miss counts of the verdict cache (all zero when it is off).
    pub fn cache_stats(&self) -> CacheStats {
        self.cache
            .as_ref()
            .map(VerdictCache::stats)
            .unwrap_or_default()
    }
}

/// Handles for [`Guard::with_metrics`], with every [`Rule`] declared as a
/// `rule` label value.
///
/// # Errors
///
/// As [`omnibase_metrics::Metrics::guard`].
pub fn rule_metrics(metrics: &omnibase_metrics::Metrics) -> omnibase_metrics::Result<GuardMetrics> {
    let names: Vec<&'static str> = Rule::ALL.iter().map(|r| r.name()).collect();
    metrics.guard(&names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Findings, RuleSetting};

    fn every_finding() -> Guard {
        Policy {
            findings: Findings::All,
            ..Policy::default()
        }
        .build()
        .unwrap()
    }

    /// Checks `sql` with every finding collected, and with the default
    /// policy, which must come to the same action with a part of them.
    #[track_caller]
    fn check(sql: &str, expected: Action, rules: &[Rule]) {
        let verdict = every_finding().check(sql);
        let default = Policy::default().build().unwrap().check(sql);
        assert_eq!(verdict.action, expected, "{sql}: {:?}", verdict.findings);
        assert_eq!(default.action, expected, "{sql}: {:?}", default.findings);
        assert!(
            default
                .findings
                .iter()
                .all(|f| verdict.findings.contains(f)),
            "{sql}: {:?} not among {:?}",
            default.findings,
            verdict.findings
        );
        if expected != Action::Block {
            assert_eq!(default.findings, verdict.findings, "{sql}");
        }
        let fired = verdict.rules_at_least(Severity::Medium);
        for rule in rules {
            assert!(
                fired.contains(rule),
                "{sql}: {rule} did not fire: {:?}",
                verdict.findings
            );
        }
    }

    #[test]
    fn a_long_statement_leaves_the_buffers_small() {
        let guard = Policy {
            max_len: 4 << 20,
            cache_capacity: 0,
            ..Policy::default()
        }
        .build()
        .unwrap();
        let sql = format!("SELECT {}1", "a, ".repeat(1 << 18));
        let capacity = || SCRATCH.with(|s| s.borrow().lexed.sig.capacity());
        assert!(guard.check(&sql).findings.is_empty());
        assert!(capacity() <= Scratch::KEEP_BYTES / 8, "{}", capacity());
        // A short one keeps its buffers for the next.
        guard.check("SELECT a, b FROM t");
        assert!(capacity() > 0);
        // A finding every few bytes: neither the verdict nor the buffer
        // it trades places with keeps room for all of them.
        let noisy = format!("SELECT {}1", "chr(65)||".repeat(1 << 14));
        let findings = || SCRATCH.with(|s| s.borrow().findings.capacity());
        for check in [
            |guard: &Guard, sql: &str| (*guard.check(sql)).clone(),
            Guard::check_uncached,
        ] {
            let verdict = check(&guard, &noisy);
            assert_eq!(verdict.findings.len(), MAX_FINDINGS);
            check(&guard, "SELECT a, b FROM t");
            assert!(findings() <= Scratch::KEEP_FINDINGS, "{}", findings());
        }
    }

    #[test]
    fn verdicts_dropped_on_another_thread_stay_whole() {
        // Two checking threads hand every verdict to a third, which reads
        // and drops it while the next checks run: each verdict must still
        // be its own statement's.
        let guard = Arc::new(
            Policy {
                cache_capacity: 0,
                ..Policy::default()
            }
            .build()
            .unwrap(),
        );
        let statements = [
            "SELECT * FROM t WHERE a = 1 OR 1=1",
            "SELECT a FROM t WHERE id = $1",
            "SELECT 1; DROP TABLE users",
            "SELECT pg_sleep(10)--",
        ];
        let expected: Vec<Verdict> = statements.iter().map(|s| guard.check_uncached(s)).collect();
        let (send, receive) = std::sync::mpsc::sync_channel::<(usize, Arc<Verdict>)>(4);
        let checkers: Vec<_> = (0..2)
            .map(|_| {
                let guard = Arc::clone(&guard);
                let send = send.clone();
                std::thread::spawn(move || {
                    for n in 0..2_000 {
                        let k = n % statements.len();
                        send.send((k, guard.check(statements[k]))).unwrap();
                    }
                })
            })
            .collect();
        drop(send);
        let mut seen = 0;
        for (k, verdict) in receive {
            assert_eq!(*verdict, expected[k], "{}", statements[k]);
            seen += 1;
        }
        for checker in checkers {
            checker.join().unwrap();
        }
        assert_eq!(seen, 4_000);
    }

    #[test]
    fn a_dropped_verdict_is_reused_and_a_held_one_is_not() {
        let guard = Policy {
            cache_capacity: 0,
            ..Policy::default()
        }
        .build()
        .unwrap();
        let held = guard.check("SELECT * FROM t WHERE a = 1 OR 1=1");
        let clean = guard.check("SELECT a FROM t WHERE id = $1");
        // The held verdict was not overwritten by the next check.
        assert_eq!(held.action, Action::Block);
        assert_eq!(held.findings[0].rule, Rule::Tautology);
        assert!(clean.findings.is_empty());
        // Once its caller drops the last verdict, the next check refills
        // that allocation in place, with its own findings.
        let at = Arc::as_ptr(&clean);
        drop(clean);
        // A block of the same size, which an allocator would hand out
        // again had the verdict been freed.
        let occupied = Arc::new((*held).clone());
        let next = guard.check("SELECT 1; DROP TABLE users");
        assert_eq!(Arc::as_ptr(&next), at);
        assert_eq!(next.action, Action::Block);
        assert!(
            next.rules_at_least(Severity::High)
                .contains(&Rule::StackedStatement)
        );
        assert_eq!(
            next.fingerprint,
            guard
                .check_uncached("SELECT 1; DROP TABLE users")
                .fingerprint
        );
        assert_eq!(held.findings[0].rule, Rule::Tautology);
        assert_eq!(occupied.findings, held.findings);
    }

    #[test]
    fn a_comment_that_truncates_for_two_reasons_is_one_finding() {
        // The comment hides both a quote and a clause.
        let sql = "SELECT * FROM \"users\" UNION SELECT usename, NULL FROM pg_user--+\" LIMIT 100";
        let verdict = Policy::default().build().unwrap().check(sql);
        let truncations: Vec<&Finding> = verdict
            .findings
            .iter()
            .filter(|f| f.rule == Rule::CommentTruncation)
            .collect();
        assert_eq!(truncations.len(), 1, "{:?}", verdict.findings);
        assert_eq!(truncations[0].severity, Severity::High);
    }

    #[test]
    fn findings_are_capped_keeping_the_most_severe() {
        let guard = Policy {
            max_len: 4 << 20,
            findings: Findings::All,
            ..Policy::default()
        }
        .build()
        .unwrap();
        // Three medium findings per chr() run, then one stacked statement
        // (high) at the very end.
        let noise = "chr(65)||chr(66)||chr(67), ".repeat(MAX_FINDINGS);
        let sql = format!("SELECT {noise}1; DROP TABLE users");
        let all = {
            let mut scratch = Scratch::default();
            lex(&sql, &mut scratch.lexed);
            let mut found = Vec::new();
            analyze(&sql, &mut scratch, &mut found, Decisive::NONE);
            found
        };
        assert!(all.len() > MAX_FINDINGS, "{} findings", all.len());
        let verdict = guard.check(&sql);
        assert_eq!(verdict.findings.len(), MAX_FINDINGS);
        assert_eq!(verdict.action, Action::Block);
        assert!(
            verdict
                .findings
                .iter()
                .any(|f| f.rule == Rule::StackedStatement)
        );
        assert!(verdict.findings.is_sorted_by_key(|f| f.span.start));
        // A finding per byte: a million stray backslashes.
        let verdict = guard.check(&format!("SELECT {}", "\\".repeat(1 << 20)));
        assert_eq!(verdict.findings.len(), MAX_FINDINGS);
    }

    #[test]
    fn a_blocked_statement_stops_at_the_finding_that_blocks_it() {
        let sql = "SELECT * FROM u WHERE name = 'x' OR 1=1 UNION SELECT usename, passwd FROM pg_shadow; DROP TABLE u --";
        let all = every_finding().check(sql);
        let first = Policy::default().build().unwrap().check(sql);
        assert_eq!(all.action, Action::Block);
        assert_eq!(first.action, Action::Block);
        let high = |v: &Verdict| {
            v.findings
                .iter()
                .filter(|f| f.severity == Severity::High)
                .count()
        };
        assert!(high(&all) >= 3, "{:?}", all.findings);
        assert_eq!(high(&first), 1, "{:?}", first.findings);
        let decided = first.worst().unwrap().rule;

        // Monitor mode reports every finding.
        let monitor = Policy {
            mode: Mode::Monitor,
            ..Policy::default()
        }
        .build()
        .unwrap()
        .check(sql);
        assert_eq!(monitor.findings, all.findings);
        assert_eq!(monitor.assessed, Action::Block);

        // A rule turned off or down decides nothing: the next one does.
        for setting in [RuleSetting::Off, RuleSetting::Medium] {
            let mut policy = Policy::default();
            policy.overrides.insert(decided, setting);
            let verdict = policy.build().unwrap().check(sql);
            assert_eq!(verdict.action, Action::Block);
            assert_eq!(high(&verdict), 1, "{:?}", verdict.findings);
            assert_ne!(verdict.worst().unwrap().rule, decided);
        }

        // Blocking at medium stops at the first medium finding.
        let medium = Policy {
            block_at: Severity::Medium,
            ..Policy::default()
        }
        .build()
        .unwrap()
        .check(sql);
        assert_eq!(medium.action, Action::Block);
        assert!(medium.findings.len() <= first.findings.len());

        // A statement that is not blocked gets every finding.
        let review = "SELECT chr(65)||chr(66)||chr(67)";
        let (all, first) = (
            every_finding().check(review),
            Policy::default().build().unwrap().check(review),
        );
        assert_eq!(all.action, Action::Review, "{:?}", all.findings);
        assert_eq!(all.findings.len(), 4, "{:?}", all.findings);
        assert_eq!(first.findings, all.findings);
    }

    #[test]
    fn benign_statements_pass() {
        check("", Action::Allow, &[]);
        check("   ", Action::Allow, &[]);
        check(
            "SELECT * FROM users WHERE name = 'O''Brien'",
            Action::Allow,
            &[],
        );
        check(
            "SELECT * FROM stations WHERE name = 'Union Station'",
            Action::Allow,
            &[],
        );
        check(
            "SELECT * FROM t WHERE note = 'x'' OR 1=1 --'",
            Action::Allow,
            &[],
        );
        check(
            "SELECT id FROM products WHERE 1=1 AND price < 5",
            Action::Allow,
            &[],
        );
        check(
            "SELECT id FROM t WHERE stock < 8 -- low stock alert; see ticket #5812",
            Action::Allow,
            &[],
        );
        check(
            "BEGIN;\nDROP TABLE IF EXISTS a_old;\nCOMMIT;",
            Action::Allow,
            &[],
        );
        check(
            "SELECT 'open', count(*) FROM t UNION ALL SELECT 'closed', count(*) FROM t",
            Action::Allow,
            &[],
        );
        check(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'users'",
            Action::Allow,
            &[],
        );
        check(
            "DO $$ BEGIN PERFORM pg_sleep(1); END $$",
            Action::Allow,
            &[],
        );
    }

    #[test]
    fn attacks_are_flagged() {
        check(
            "SELECT * FROM u WHERE name = 'x' OR 1=1-- -'",
            Action::Block,
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM u WHERE id = 1; DROP TABLE users",
            Action::Block,
            &[Rule::StackedStatement],
        );
        check(
            "SELECT * FROM u WHERE name = 'a' --' AND pw = 'b'",
            Action::Block,
            &[Rule::CommentTruncation],
        );
        check(
            "SELECT a FROM u WHERE id = 1 UNION SELECT NULL, NULL, passwd FROM pg_shadow",
            Action::Block,
            &[Rule::UnionInjection, Rule::CatalogProbe],
        );
        check(
            "UPDATE u SET n = 1 WHERE id = 2 UNION SELECT 1",
            Action::Block,
            &[Rule::UnionInjection],
        );
        check(
            "SELECT * FROM u WHERE id = 1 AND 1=(SELECT 1 FROM pg_sleep(5))",
            Action::Block,
            &[Rule::TimeBased],
        );
        check(
            "SELECT * FROM u WHERE id = 1 AND 1=CAST(version() AS int)",
            Action::Block,
            &[Rule::ErrorBased],
        );
        check(
            "SELECT * FROM u WHERE id = 1 AND 1=(SELECT current_user)::int",
            Action::Block,
            &[Rule::ErrorBased],
        );
        check(
            "COPY t TO PROGRAM 'curl x'",
            Action::Block,
            &[Rule::FileAccess],
        );
        check(
            "SELECT * FROM u WHERE n = 'a' OR 'b'='b'",
            Action::Block,
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM u WHERE n = 1 OR x=x",
            Action::Block,
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM u WHERE n = 'x",
            Action::Block,
            &[Rule::Unbalanced],
        );
        check(
            "SELECT * FROM u WHERE n = E'\\x61dmin'",
            Action::Review,
            &[Rule::Obfuscation],
        );
        check(
            "SELECT * FROM u WHERE id = 1 AND length(current_user)>5",
            Action::Block,
            &[Rule::EnvironmentProbe],
        );
    }

    #[test]
    fn bad_input_and_limits() {
        let guard = Policy {
            max_len: 10,
            ..Policy::default()
        }
        .build()
        .unwrap();
        let verdict = guard.check("SELECT 1234567890");
        assert_eq!(verdict.action, Action::Block);
        assert_eq!(verdict.findings[0].rule, Rule::SizeLimit);
        let err = guard.check_bytes(b"SELECT \xff").unwrap_err();
        assert_eq!(
            err.to_string(),
            "sql rejected: statement is not valid utf-8 at byte 7"
        );
    }

    #[test]
    fn monitor_never_blocks_and_cache_counts() {
        let guard = Policy {
            mode: Mode::Monitor,
            ..Policy::default()
        }
        .build()
        .unwrap();
        let sql = "SELECT 1; DROP TABLE t";
        let first = guard.check(sql);
        let second = guard.check(sql);
        assert_eq!(first.action, Action::Allow);
        assert_eq!(first.assessed, Action::Block);
        assert!(Arc::ptr_eq(&first, &second));
        let stats = guard.cache_stats();
        assert_eq!((stats.hits, stats.misses), (1, 1));
    }

    #[test]
    fn guard_and_verdicts_cross_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Guard>();
        send_sync::<Arc<Verdict>>();
    }

    #[test]
    fn cache_is_shared_by_threads() {
        let guard = Policy {
            cache_capacity: 64,
            cache_shards: 4,
            ..Policy::default()
        }
        .build()
        .unwrap();
        let statements: Vec<String> = (0..10)
            .map(|n| format!("SELECT * FROM t{n} WHERE a = '{n}' OR {n}={n}"))
            .collect();
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for round in 0..250 {
                        let sql = &statements[round % statements.len()];
                        assert_eq!(*guard.check(sql), guard.check_uncached(sql));
                    }
                });
            }
        });
        let stats = guard.cache_stats();
        assert_eq!(stats.hits + stats.misses, 1000);
        assert!(stats.misses >= 10 && stats.len == 10, "{stats:?}");
    }

    #[test]
    fn allowlist_learn_then_enforce() {
        let path = std::env::temp_dir().join(format!("sql-guard-guard-{}.txt", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let learn = Policy {
            allowlist: AllowlistMode::Learn,
            allowlist_path: Some(path.clone()),
            ..Policy::default()
        }
        .build()
        .unwrap();
        learn.check("SELECT * FROM t WHERE id = 1");
        learn.check("SELECT * FROM t WHERE id = 2");
        assert_eq!(learn.allowlist().len(), 1);
        learn.save_allowlist().unwrap();
        let enforce = Policy {
            allowlist: AllowlistMode::Enforce,
            allowlist_path: Some(path.clone()),
            ..Policy::default()
        }
        .build()
        .unwrap();
        assert_eq!(
            enforce.check("select * from t where ID = 99").action,
            Action::Allow
        );
        let unknown = enforce.check("SELECT * FROM t WHERE name = 'x'");
        assert_eq!(unknown.action, Action::Review);
        assert_eq!(unknown.findings[0].rule, Rule::UnknownFingerprint);
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn metrics_count_verdicts_findings_and_cache_lookups() {
        let metrics = omnibase_metrics::Metrics::new().unwrap();
        let guard = Policy::default()
            .build()
            .unwrap()
            .with_metrics(rule_metrics(&metrics).unwrap());
        for _ in 0..2 {
            guard.check("SELECT name FROM users WHERE id = 7");
        }
        guard.check("SELECT 1; DROP TABLE users");
        let text = metrics.encode_text().unwrap();
        for line in [
            r#"omnibase_guard_verdicts_total{action="allow"} 2"#,
            r#"omnibase_guard_verdicts_total{action="block"} 1"#,
            r#"omnibase_guard_cache_lookups_total{result="hit"} 1"#,
            r#"omnibase_guard_cache_lookups_total{result="miss"} 2"#,
        ] {
            assert!(text.contains(line), "{line} missing from:\n{text}");
        }
        assert!(
            !text.contains(r#"rule="unknown"} 1"#),
            "every rule is declared:\n{text}"
        );
    }
}
