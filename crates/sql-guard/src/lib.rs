//! Decides, before a statement is sent to PostgreSQL, whether its text
//! carries signs of SQL injection; fingerprints statements; learns and
//! enforces an allowlist of fingerprints.
//!
//! A PostgreSQL-aware lexer turns the statement into tokens (strings in all
//! their forms, dollar quoting, nested comments, casts, parameters), and
//! rules look at the tokens, never at the raw text: a word inside a string
//! literal never fires a rule. The rules know how injected text changes a
//! statement's structure: a second statement after `;`, a comment that cuts
//! off the rest, an always-true condition after `OR`, a UNION where no
//! query can have one or with an arm of NULLs, sleeps, casts of
//! `version()` to `int`, catalog and file access, obfuscation. And they
//! know what no statement can hold, the trace of a literal cut open or a
//! clause spliced in: operands side by side (`'x' post % ''`), clauses out
//! of order (`LIMIT 1 ORDER BY 9`), `AND` right after `WHERE`. They read
//! the text as PostgreSQL does, so spelling a payload another way changes
//! nothing: any case, comments or line breaks for spaces, `"pg_sleep"(5)`
//! for `pg_sleep(5)`, `$$a$$` for `'a'` (`tests/metamorphic.rs` rewrites
//! every statement of the test corpora these ways and checks the verdicts).
//!
//! ```
//! use omnibase_sql_guard::{Action, Findings, Policy, Rule};
//!
//! let guard = Policy::default().build()?;
//!
//! // Attack text the application escaped is just a string.
//! let verdict = guard.check("SELECT * FROM t WHERE name = 'x'' OR 1=1 --'");
//! assert_eq!(verdict.action, Action::Allow);
//!
//! // The same text spliced in unescaped closes the literal. The verdict
//! // names the finding that blocked it.
//! let attack = "SELECT * FROM t WHERE name = 'x' OR 1=1 --'";
//! let verdict = guard.check(attack);
//! assert_eq!(verdict.action, Action::Block);
//! println!("{}", verdict.findings[0]); // comment_truncation at byte 40 (high): …
//!
//! // Every finding, for an audit: `Findings::All` (or monitor mode).
//! let audit = Policy { findings: Findings::All, ..Policy::default() }.build()?;
//! let verdict = audit.check(attack);
//! assert!(verdict.findings.iter().any(|f| f.rule == Rule::Tautology));
//!
//! // A quoted name is the bare name, a dollar-quoted string a string.
//! let verdict = guard.check(r#"SELECT * FROM t WHERE id = 1 AND "pg_sleep"(5) IS NULL"#);
//! assert!(verdict.findings.iter().any(|f| f.rule == Rule::TimeBased));
//! let verdict = guard.check("SELECT * FROM t WHERE name = 'x' OR $$a$$=$$a$$");
//! assert_eq!(verdict.action, Action::Block);
//!
//! // Statements differing only in literals share a fingerprint.
//! let a = guard.check("SELECT * FROM t WHERE id = 1").fingerprint;
//! let b = guard.check("select * from T where ID=42").fingerprint;
//! assert_eq!(a, b);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A [`Verdict`] says [`Action::Allow`], [`Action::Review`] or
//! [`Action::Block`], with the findings (rule, byte span, severity, message)
//! and the fingerprint. The [`Policy`] decides what severities block or
//! flag, whether the guard only monitors, per-rule overrides (a migration
//! runner turns [`Rule::StackedStatement`] off), the size limit, the verdict
//! cache, and the fingerprint allowlist (learn, then enforce). By default a
//! statement's analysis stops at the first finding that blocks it, so an
//! attack costs little more to check than ordinary traffic;
//! [`Findings::All`] collects every finding (monitor mode always does).
//!
//! # Metrics
//!
//! [`Guard::with_metrics`] with handles from [`rule_metrics`] records every
//! check into the `omnibase_guard_*` families of `omnibase-metrics`:
//! verdicts by action, findings by rule, verdict-cache hits and misses.
//!
//! # Feature flags
//!
//! None yet. PostgreSQL's own parser (`pg_query`, libpg_query) as a second
//! opinion is not wired in, because the numbers say it would not earn its
//! place. Measured with `pg_query` 18.1.0 over the committed corpora
//! (`tests/data/external/pg_query/`, 28,256 statements): a parser can only
//! say whether a statement parses, and most attacks do (`OR 1=1`, a UNION,
//! a sleep). Clearing the statements flagged only for syntax that parse
//! would clear 2 false positives and lose 10 detections. Flagging the
//! statements the guard allows that do not parse would catch 7 more attacks
//! and add 5 false positives, at a parse for every statement. It would also
//! cost a libclang build dependency, and it parses about 67k statements/s,
//! a twentieth of this crate's uncached checks.
//!
//! # Limits
//!
//! A statement over [`Policy::max_len`] bytes is blocked unread. Inside it,
//! every input is lexed and checked in linear time, and a verdict lists at
//! most [`MAX_FINDINGS`] findings, the most severe.
//!
//! # Costs
//!
//! The keyword and function lists go into one hash table on first use
//! (microseconds; [`warm_up`] moves it to startup), once per process,
//! shared by all threads. After that an uncached check lexes
//! the statement once, in linear time, into a reused thread-local buffer;
//! it allocates only for findings. The cache keeps whole statement texts
//! (so a hash collision can never hand out another statement's verdict):
//! budget `cache_capacity` times your typical statement length.

// `unsafe_code`, `missing_docs` and the rest come from the workspace lints.

mod allowlist;
mod cache;
mod error;
mod fingerprint;
mod grammar;
mod guard;
mod hash;
pub mod jsonl;
mod keywords;
mod lexer;
mod policy;
mod rules;

pub use cache::CacheStats;
pub use error::{Error, Result};
pub use fingerprint::{Fingerprint, ParseFingerprintError, normalize};
pub use guard::{Action, Guard, MAX_FINDINGS, Verdict, rule_metrics};
pub use keywords::{Kw, automaton_builds, compile_keywords, warm_up};
pub use lexer::{Token, TokenKind, tokenize, tokenize_into};
pub use policy::{AllowlistMode, Findings, Mode, Policy, RuleSetting};
pub use rules::{Finding, Rule, Severity};
