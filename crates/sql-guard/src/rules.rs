//! The detection rules. They look at tokens, never at raw text, so words
//! inside string literals and comments never fire; the few rules that look
//! at literals (tautologies, escapes) say so.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::grammar::Grammar;
use crate::keywords::{Class, Kw};
use crate::lexer::{Lexed, Token, TokenKind, has_kind, kind_mask, lex};

/// A detection rule; the names are those of the policy file and the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// A second statement after `;`: `1; DROP TABLE users`.
    StackedStatement,
    /// A comment that cuts the statement short after injected text:
    /// `'admin' --' AND password = …`.
    CommentTruncation,
    /// A condition that is always true after `OR`: `OR 1=1`, `OR 'a'='a'`,
    /// `OR x=x`, `OR true`, `OR 2>1`.
    Tautology,
    /// A constant condition after `AND` or `WHEN`: a boolean-blind probe
    /// (`AND 6379=6379`, `CASE WHEN (1=1)`).
    ConstantCondition,
    /// UNION-based extraction: a UNION where no query can have one, or an
    /// arm padded with NULLs or constants.
    UnionInjection,
    /// Makes the server wait: `pg_sleep`, heavy `generate_series`.
    TimeBased,
    /// Error-based extraction: casting a probe or subquery to a number.
    ErrorBased,
    /// System catalogs reached from a subquery or UNION arm; credential
    /// catalogs anywhere.
    CatalogProbe,
    /// `version()`, `current_user` and friends where applications do not put
    /// them.
    EnvironmentProbe,
    /// Files and other hosts: `COPY … PROGRAM`, `lo_import`, `pg_read_file`,
    /// `dblink`.
    FileAccess,
    /// Functions and tables of other databases (`SLEEP()`, `DUAL`, `NVL`):
    /// the mark of a payload generator.
    ForeignDialect,
    /// `CHR()` concatenation, hex escapes of plain letters, comments splitting
    /// keywords, keywords glued to literals, odd whitespace.
    Obfuscation,
    /// Character-by-character extraction: `substr(x, 5, 1) = 'a'`.
    CharExtraction,
    /// A scalar subquery or an expression spliced into a string or a
    /// LIMIT, or a constant wrapped in a subquery where a value belongs.
    SubqueryInjection,
    /// An unterminated string, identifier or comment, or unbalanced
    /// parentheses.
    Unbalanced,
    /// The statement ends inside an expression: `OFFSET 20#`.
    IncompleteStatement,
    /// The text is over the policy's size limit.
    SizeLimit,
    /// The fingerprint is not on the allowlist.
    UnknownFingerprint,
    /// Tokens no statement can hold, the mark of a literal cut open or a
    /// clause spliced in: operands side by side (`'x' post % ''`), clauses
    /// out of order (`LIMIT 1 ORDER BY 9`), `AND` right after `WHERE`.
    Malformed,
}

impl Rule {
    /// Every rule.
    pub const ALL: &'static [Rule] = &[
        Rule::StackedStatement,
        Rule::CommentTruncation,
        Rule::Tautology,
        Rule::ConstantCondition,
        Rule::UnionInjection,
        Rule::TimeBased,
        Rule::ErrorBased,
        Rule::CatalogProbe,
        Rule::EnvironmentProbe,
        Rule::FileAccess,
        Rule::ForeignDialect,
        Rule::Obfuscation,
        Rule::CharExtraction,
        Rule::SubqueryInjection,
        Rule::Unbalanced,
        Rule::IncompleteStatement,
        Rule::SizeLimit,
        Rule::UnknownFingerprint,
        Rule::Malformed,
    ];

    /// The rule's snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            Rule::StackedStatement => "stacked_statement",
            Rule::CommentTruncation => "comment_truncation",
            Rule::Tautology => "tautology",
            Rule::ConstantCondition => "constant_condition",
            Rule::UnionInjection => "union_injection",
            Rule::TimeBased => "time_based",
            Rule::ErrorBased => "error_based",
            Rule::CatalogProbe => "catalog_probe",
            Rule::EnvironmentProbe => "environment_probe",
            Rule::FileAccess => "file_access",
            Rule::ForeignDialect => "foreign_dialect",
            Rule::Obfuscation => "obfuscation",
            Rule::CharExtraction => "char_extraction",
            Rule::SubqueryInjection => "subquery_injection",
            Rule::Unbalanced => "unbalanced",
            Rule::IncompleteStatement => "incomplete_statement",
            Rule::SizeLimit => "size_limit",
            Rule::UnknownFingerprint => "unknown_fingerprint",
            Rule::Malformed => "malformed",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How strongly a finding points at an injection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; common in legitimate statements too.
    Low,
    /// Rare in legitimate statements; a person should look.
    Medium,
    /// Injection, as far as text can tell.
    High,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        })
    }
}

/// One thing a rule found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule.
    pub rule: Rule,
    /// Byte span in the statement.
    pub span: Range<usize>,
    /// How strongly it points at an injection (after policy overrides).
    pub severity: Severity,
    /// What was found, for people.
    pub message: &'static str,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at byte {} ({}): {}",
            self.rule, self.span.start, self.severity, self.message
        )
    }
}

/// The findings that block a statement by themselves, whatever else its
/// text holds, by rule and severity (a bit each): analysis stops at the
/// first of them (see [`Findings::UntilBlocked`](crate::Findings)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Decisive(u64);

const _: () = assert!(
    Rule::ALL.len() * 3 <= 64,
    "Decisive holds a bit a rule and severity"
);

impl Decisive {
    /// None: every finding is collected.
    pub(crate) const NONE: Decisive = Decisive(0);

    fn bit(rule: Rule, severity: Severity) -> u64 {
        1 << (rule as u32 * 3 + severity as u32)
    }

    /// These and findings of `rule` at `severity`.
    pub(crate) fn with(self, rule: Rule, severity: Severity) -> Decisive {
        Decisive(self.0 | Decisive::bit(rule, severity))
    }

    fn decides(self, f: &Finding) -> bool {
        self.0 & Decisive::bit(f.rule, f.severity) != 0
    }
}

/// Reusable buffers, so that checking a statement allocates nothing once
/// warm.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) lexed: Lexed,
    frames: Vec<Frame>,
    /// The tokens of a comment that ends a statement, for
    /// [`truncation_body`]: a vector of its own per comment cost a growing
    /// allocation per truncated statement.
    comment_tokens: Vec<Token>,
    /// The findings of the statement being checked, before the verdict
    /// takes a copy of the exact size.
    pub(crate) findings: Vec<Finding>,
    /// The buffers of the analysis of a quoted identifier's text, kept
    /// for the next one: a fresh set per identifier cost its allocations
    /// and frees (~1,000 instructions an identifier).
    inner: Option<Box<Scratch>>,
    /// The thread's last verdict, which the next check overwrites when
    /// nobody else holds it any more (see `Guard::check`).
    pub(crate) verdict: Option<std::sync::Arc<crate::guard::Verdict>>,
}

impl Scratch {
    /// Statements longer than this leave the thread's buffers shrunk back
    /// to it: one 1 MiB statement grows them to tens of megabytes (a token
    /// or a finding per byte at worst), which a thread should not keep.
    pub(crate) const KEEP_BYTES: usize = 64 << 10;

    /// The most findings the thread's buffer keeps room for between
    /// statements.
    pub(crate) const KEEP_FINDINGS: usize = Self::KEEP_BYTES / 64;

    /// Gives back what a long statement made the buffers hold.
    #[cold]
    pub(crate) fn shrink(&mut self) {
        let keep = Self::KEEP_BYTES;
        self.lexed.sig.clear();
        self.lexed.sig.shrink_to(keep / 8);
        self.lexed.comments.clear();
        self.lexed.comments.shrink_to(keep / 16);
        self.frames.clear();
        self.frames.shrink_to(keep / 8);
        self.comment_tokens.clear();
        self.comment_tokens.shrink_to(keep / 16);
        self.findings.clear();
        self.findings.shrink_to(Self::KEEP_FINDINGS);
        if let Some(inner) = &mut self.inner {
            inner.shrink();
        }
    }
}

/// Aligned to 4 bytes, a frame moves as one `u32`: three bytes took a
/// 16-bit and an 8-bit move, with shifts, at every push and pop
/// (`analyze_at` 67.22M -> 66.19M over the corpus's two passes).
#[derive(Debug, Clone, Copy)]
#[repr(align(4))]
struct Frame {
    /// The first keyword at this depth: what kind of clause or query it is.
    first: Kw,
    /// The function called by the paren that opened this depth.
    func: Kw,
    /// [`UNION_ARM`], [`COPY`], [`IN_COND`], [`SEEN_WHERE`], [`SEEN_LIMIT`]:
    /// bits rather than bools, so that a keyword updates them with the
    /// masks of one [`kw_info`] lookup instead of a branch per flag.
    bits: u8,
}

/// [`Frame::bits`]: inside the arm of a UNION at this depth or above.
const UNION_ARM: u8 = 1;
/// [`Frame::bits`]: the statement is `COPY`.
const COPY: u8 = 2;
/// [`Frame::bits`]: inside a condition or ordering (after WHERE, AND,
/// ORDER, …) rather than a select list.
const IN_COND: u8 = 4;
/// [`Frame::bits`]: a WHERE was seen at this depth.
const SEEN_WHERE: u8 = 8;
/// [`Frame::bits`]: an ORDER BY, LIMIT or OFFSET was seen at this depth.
const SEEN_LIMIT: u8 = 16;

impl Frame {
    fn root() -> Frame {
        Frame {
            first: Kw::None,
            func: Kw::None,
            bits: 0,
        }
    }

    fn union_arm(self) -> bool {
        self.bits & UNION_ARM != 0
    }

    fn copy(self) -> bool {
        self.bits & COPY != 0
    }

    fn in_cond(self) -> bool {
        self.bits & IN_COND != 0
    }

    fn seen_where(self) -> bool {
        self.bits & SEEN_WHERE != 0
    }

    fn seen_limit(self) -> bool {
        self.bits & SEEN_LIMIT != 0
    }
}

/// Runs every rule over `scratch.tokens` (the lexed `sql`).
///
/// Stops at the first finding that `decisive` names: the statement is
/// blocked whatever the rest of it holds.
pub(crate) fn analyze(
    sql: &str,
    scratch: &mut Scratch,
    out: &mut Vec<Finding>,
    decisive: Decisive,
) {
    analyze_at(sql, scratch, out, decisive, false);
}

fn analyze_at(
    sql: &str,
    scratch: &mut Scratch,
    out: &mut Vec<Finding>,
    decisive: Decisive,
    nested: bool,
) {
    let Scratch {
        lexed,
        frames,
        comment_tokens,
        inner,
        ..
    } = scratch;
    let statement_start = out.len();
    let mut a = Analyzer {
        sql,
        sig: &lexed.sig,
        out,
        root_catalog: false,
        root_from: false,
        statement_start,
        catalog_pending: false,
        chr_calls: 0,
        script: None,
        decisive,
    };
    // Most statements have no comment: no call for them.
    if !lexed.comments.is_empty() {
        a.comments(&lexed.comments, comment_tokens);
    }
    a.unterminated(&lexed.comments);
    if a.decided(statement_start) {
        return;
    }
    if a.main_pass(frames) {
        return;
    }
    if !lexed.comments.is_empty() {
        crate::grammar::check(sql, &lexed.sig, &lexed.comments, a.out);
        if a.decided(statement_start) {
            return;
        }
    }
    if !nested && lexed.quoted {
        a.quoted_identifiers(inner.get_or_insert_default());
    }
}

/// Analyzes text found inside a token (a quoted identifier), with buffers
/// of its own (`scratch`); findings come back shifted to `offset`.
fn analyze_inner(
    text: &str,
    offset: usize,
    escaped: bool,
    scratch: &mut Scratch,
    out: &mut Vec<Finding>,
) {
    lex(text, &mut scratch.lexed);
    // A name with no keyword outside its own quotes (`a;b`, `it's (v2)`)
    // holds punctuation, not SQL; nor does a name of one or two words
    // (`"union all"`, `"drop table"`).
    if scratch.lexed.sig.len() < 3 || scratch.lexed.sig.iter().all(|t| t.kw == Kw::None) {
        return;
    }
    let mut inner = std::mem::take(&mut scratch.findings);
    inner.clear();
    // Every finding: they are filtered and softened below.
    analyze_at(text, scratch, &mut inner, Decisive::NONE, true);
    // The text is a fragment cut out of a statement, so a quote or paren
    // left open inside it (`' OR 1=1 --`, `x') OR ('a`) says nothing, nor
    // does a clause word or an operator at either of its ends (`select *
    // from`, `and then`): the server reads it as part of the name either
    // way.
    let sig = &scratch.lexed.sig;
    let first = sig.first().map_or(0, |t| t.end);
    let last = sig.last().map_or(0, |t| t.start);
    let at_edge = |f: &Finding| f.span.start < first || f.span.end > last;
    for mut finding in inner.drain(..).filter(|f| {
        f.severity > Severity::Low
            && f.rule != Rule::Unbalanced
            && !(matches!(f.rule, Rule::Malformed | Rule::IncompleteStatement) && at_edge(f))
    }) {
        finding.span = finding.span.start + offset..finding.span.end + offset;
        // The server takes the whole text for a name: the injection failed,
        // but someone tried one. Where the application escaped the name, the
        // text is data like an escaped string literal: worth a note only.
        finding.severity = if escaped {
            Severity::Low
        } else {
            finding.severity.min(Severity::Medium)
        };
        finding.message = "quoted identifier holds SQL";
        out.push(finding);
    }
    scratch.findings = inner;
}

struct Analyzer<'s> {
    sql: &'s str,
    sig: &'s [Token],
    out: &'s mut Vec<Finding>,
    /// The current statement reads a system catalog at its top level.
    root_catalog: bool,
    /// The current statement has a FROM at its top level.
    root_from: bool,
    /// Where the current statement's findings start in `out`.
    statement_start: usize,
    /// The current statement has a catalog read from a subquery for
    /// [`Analyzer::settle_catalog`] to settle.
    catalog_pending: bool,
    /// `chr()` calls seen so far.
    chr_calls: usize,
    /// The text is a script its author wrote: its first statement is DDL,
    /// DCL or maintenance, or opens a transaction block that its last
    /// statement closes.
    script: Option<Script>,
    /// The findings that end the analysis.
    decisive: Decisive,
}

/// Why a text is a script (see [`Analyzer::stacked`]).
#[derive(Debug, Clone, Copy)]
enum Script {
    /// `GRANT …; REVOKE …`, a migration on one line, `PREPARE q AS …;
    /// EXECUTE q(…)`.
    Schema,
    /// `BEGIN; UPDATE …; UPDATE …; COMMIT;`, `SAVEPOINT s; …; RELEASE s;`.
    Block,
}

impl Script {
    fn message(self) -> &'static str {
        match self {
            Script::Schema => "script of schema, permission or prepared statements",
            Script::Block => "transaction block in one text",
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Val<'a> {
    Num(f64),
    Str(&'a str),
    Bool(bool),
    Null,
    Ident(&'a str),
    /// A constant whose value the rules do not compute: `'x'||'y'`,
    /// `'2020-01-01'::date`.
    Const,
}

#[derive(Debug, Clone, Copy)]
struct Cond {
    value: Option<bool>,
    constant: bool,
    same_ident: bool,
    /// Index of the first token after the condition.
    end: usize,
}

/// Where [`Analyzer::cond`] found the first operand of a condition.
#[derive(Debug, Clone, Copy)]
struct CondStart {
    /// The index of the first operand, or of the subquery.
    at: usize,
    /// Parens opened before it.
    opens: usize,
    /// An odd number of NOTs before it.
    negate: bool,
    /// What starts it.
    start: Start,
}

/// What a condition starts with, for [`Analyzer::cond_resume`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// An operand.
    Operand,
    /// A subquery compared with a value.
    Subquery,
    /// `EXISTS (subquery)`.
    Exists,
}

/// How far rules that look ahead scan, in tokens. Bounding every
/// look-ahead keeps the whole analysis linear on adversarial input.
const SCAN_LIMIT: usize = 256;

/// The message of a catalog read from a subquery, until the end of its
/// statement settles it (see [`Analyzer::settle_catalog`]).
const CATALOG_FROM_SUBQUERY: &str = "system catalog probed from a subquery";

/// The message of a catalog read in a UNION arm, settled like
/// [`CATALOG_FROM_SUBQUERY`]: `SELECT attname FROM pg_attribute UNION
/// SELECT relname FROM pg_class` is a completion tool's own query.
const CATALOG_IN_UNION_ARM: &str = "system catalog read in a UNION arm";

/// Whether `f` is a catalog read that the end of its statement may yet
/// find to be an introspection query's own (see
/// [`Analyzer::settle_catalog`]): it blocks nothing until then.
fn unsettled(f: &Finding) -> bool {
    f.rule == Rule::CatalogProbe
        && (f.message == CATALOG_FROM_SUBQUERY || f.message == CATALOG_IN_UNION_ARM)
}

const CLAUSE_AFTER_TRUNCATION: &[Kw] = &[
    Kw::And,
    Kw::Or,
    Kw::Where,
    Kw::Order,
    Kw::Group,
    Kw::Limit,
    Kw::Offset,
    Kw::Desc,
    Kw::Asc,
    Kw::Returning,
    Kw::From,
    Kw::Having,
    Kw::Set,
    Kw::Window,
];

impl<'s> Analyzer<'s> {
    fn push(&mut self, rule: Rule, severity: Severity, span: Range<usize>, message: &'static str) {
        self.out.push(Finding {
            rule,
            span,
            severity,
            message,
        });
    }

    /// Whether a finding from `from` on blocks the statement by itself. A
    /// catalog read from a subquery or a UNION arm does not: at the
    /// statement's end it may turn out to be an introspection query's own
    /// (see [`Analyzer::settle_catalog`]).
    fn decided(&self, from: usize) -> bool {
        self.decisive != Decisive::NONE
            && self
                .out
                .get(from..)
                .unwrap_or_default()
                .iter()
                .any(|f| self.decisive.decides(f) && !unsettled(f))
    }

    /// Stops the analysis at a decisive finding: the current statement's
    /// catalog reads that [`Analyzer::settle_catalog`] has not settled are
    /// dropped, since its end, which would settle them, is not read.
    fn stop(&mut self) {
        if self.catalog_pending {
            let start = self.statement_start;
            let mut i = 0;
            self.out.retain(|f| {
                i += 1;
                i <= start || !unsettled(f)
            });
        }
    }

    fn tok(&self, i: usize) -> Option<&'s Token> {
        self.sig.get(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.sig.get(i).map(|t| t.kind)
    }

    fn kw(&self, i: usize) -> Kw {
        self.sig.get(i).map_or(Kw::None, |t| t.kw)
    }

    fn text(&self, i: usize) -> &'s str {
        self.sig.get(i).map_or("", |t| self.text_of(t))
    }

    /// [`Token::text`], which lives in another codegen unit and is not
    /// inlined there: the rules ask for texts often enough for the call to
    /// show.
    fn text_of(&self, t: &Token) -> &'s str {
        self.sql.get(t.start..t.end).unwrap_or("")
    }

    /// The bytes of token `i`: for tests against ASCII text, which need
    /// none of the char-boundary checks of [`Analyzer::text`].
    fn bytes(&self, i: usize) -> &'s [u8] {
        self.sig
            .get(i)
            .and_then(|t| self.sql.as_bytes().get(t.start..t.end))
            .unwrap_or_default()
    }

    fn span(&self, from: usize, to: usize) -> Range<usize> {
        let start = self.sig.get(from).map_or(0, |t| t.start);
        let end = self.sig.get(to).map_or(start, |t| t.end).max(start);
        start..end
    }

    /// The matching paren of the paren at `i`.
    fn partner(&self, i: usize) -> Option<usize> {
        self.sig.get(i).and_then(Token::partner)
    }

    fn is_call(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(TokenKind::LParen)
    }

    /// The closing paren of the call at `i`, or `i` itself.
    fn call_end(&self, i: usize) -> usize {
        if self.is_call(i) {
            self.partner(i + 1).unwrap_or(i + 1)
        } else {
            i
        }
    }

    fn is_comparison(&self, i: usize) -> bool {
        // On the bytes: operators are ASCII, and a byte slice skips the
        // char-boundary tests of `str::get` on a path the condition parser
        // takes several times per condition.
        self.sig.get(i).is_some_and(|t| {
            t.kind == TokenKind::Operator
                && matches!(
                    self.sql.as_bytes().get(t.start..t.end),
                    Some(
                        b"=" | b"<>"
                            | b"!="
                            | b"<"
                            | b">"
                            | b"<="
                            | b">="
                            | b"@>"
                            | b"<@"
                            | b"&&"
                            | b"@@"
                    )
                )
        })
    }

    /// At `IN (` or `NOT IN (` from `j`: the position of `IN`, and whether
    /// it was negated.
    fn in_list(&self, j: usize) -> Option<(usize, bool)> {
        let not_in = self.kw(j) == Kw::Not;
        let at = j + usize::from(not_in);
        (self.kw(at) == Kw::In && self.kind(at + 1) == Some(TokenKind::LParen))
            .then_some((at, not_in))
    }

    /// At a pattern match from `j` (`LIKE`, `NOT ILIKE`, `SIMILAR TO`,
    /// `~*`, `!~~`, `^@`, …): the position of its pattern.
    fn pattern_match(&self, j: usize) -> Option<usize> {
        let j = j + usize::from(self.kw(j) == Kw::Not);
        if matches!(self.kw(j), Kw::Like | Kw::Ilike) {
            return Some(j + 1);
        }
        if self.kw(j + 1) == Kw::To
            && self.kind(j) == Some(TokenKind::Ident)
            && self.bytes(j).eq_ignore_ascii_case(b"similar")
        {
            return Some(j + 2);
        }
        (self.kind(j) == Some(TokenKind::Operator)
            && matches!(
                self.bytes(j),
                b"~" | b"~*" | b"!~" | b"!~*" | b"~~" | b"~~*" | b"!~~" | b"!~~*" | b"^@"
            ))
        .then_some(j + 1)
    }

    /// The innermost of the parens opened one after another from `k`
    /// (`length(((SELECT …)))`: extra parens change nothing), or `k`.
    fn inner_paren(&self, mut k: usize) -> usize {
        while self.kind(k) == Some(TokenKind::LParen) && self.kind(k + 1) == Some(TokenKind::LParen)
        {
            k += 1;
        }
        k
    }

    /// Whether the paren at `open` starts a subquery.
    fn opens_subquery(&self, open: usize) -> bool {
        self.kind(open) == Some(TokenKind::LParen)
            && matches!(self.kw(open + 1), Kw::Select | Kw::With | Kw::Values)
    }
    #[inline(never)]
    fn quoted_identifiers(&mut self, scratch: &mut Scratch) {
        for t in self.sig {
            if t.kind == TokenKind::QuotedIdent && !t.unterminated() {
                let inner = self.sql.get(t.start + 1..t.end - 1).unwrap_or("");
                // On the bytes: a char-set `contains` walks the text a char
                // at a time through a pattern searcher.
                if inner
                    .bytes()
                    .any(|b| matches!(b, b' ' | b';' | b'\t' | b'\n'))
                {
                    // A doubled `""` is the application escaping the name:
                    // then the whole text is only a name, and runs nothing.
                    let escaped = inner.contains("\"\"");
                    analyze_inner(inner, t.start + 1, escaped, scratch, self.out);
                }
            }
        }
    }

    #[inline(never)]
    fn comments(&mut self, comments: &[(usize, Token)], tokens: &mut Vec<Token>) {
        let bytes = self.sql.as_bytes();
        let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        for (n, &(at, c)) in comments.iter().enumerate() {
            let last = n + 1 == comments.len() && at == self.sig.len();
            // `/*!00000UNION ALL SELECT …*/`: MySQL runs what such a
            // comment holds (sqlmap's versionedkeywords); PostgreSQL
            // skips it, so here it is a payload written for MySQL.
            if c.kind == TokenKind::BlockComment && bytes.get(c.start + 2) == Some(&b'!') {
                self.push(
                    Rule::ForeignDialect,
                    Severity::High,
                    c.start..c.end,
                    "MySQL executable comment",
                );
            }
            if c.kind == TokenKind::BlockComment && !last {
                let before = c.start.checked_sub(1).and_then(|p| bytes.get(p));
                let after = bytes.get(c.end);
                let empty = c.end - c.start == 4;
                if (word(before) && word(after)) || (empty && (at > 0 || n > 0)) {
                    self.push(
                        Rule::Obfuscation,
                        Severity::Medium,
                        c.start..c.end,
                        "comment splits the statement's words",
                    );
                }
            }
            let ends_text = last && (c.kind == TokenKind::LineComment || c.unterminated());
            // An empty `/* */` between the code and the comment hides
            // nothing: `'{"side": "left"}') /* */--'::jsonb) …`.
            // Nor does one on the same line as the code and the comment
            // (`'x' /* x */--' AND active`, a payload's pair of marks).
            let after_comment = n > 0 && comments[n - 1].0 == at && {
                let prev = comments[n - 1].1;
                let same_line = !prev.newline_before() && !c.newline_before();
                prev.kind != TokenKind::BlockComment
                    || (!same_line
                        && !trim(
                            self.sql
                                .get(prev.start + 2..prev.end.saturating_sub(2))
                                .unwrap_or("x"),
                        )
                        .is_empty())
                    || (n > 1 && comments[n - 2].0 == at)
            };
            let prev_is_code = at > 0 && !after_comment;
            let after_code = prev_is_code && !c.newline_before();
            if ends_text && after_code {
                let body = self.sql.get(c.start + 2..c.end).unwrap_or("");
                if let Some(message) = truncation_body(body, tokens) {
                    self.push(
                        Rule::CommentTruncation,
                        Severity::High,
                        c.start..c.end,
                        message,
                    );
                } else if c.kind == TokenKind::LineComment && !c.space_before() {
                    // `ORDER BY 5-- Fsxh`: sqlmap's comment of a few random
                    // letters, glued to the value it closes. People put a
                    // space before their comments.
                    if is_tag(trim(body).as_bytes()) {
                        self.push(
                            Rule::CommentTruncation,
                            Severity::Medium,
                            c.start..c.end,
                            "comment of one short word glued to the statement's end",
                        );
                    } else if glued_sql(trim(body), tokens) {
                        self.push(
                            Rule::CommentTruncation,
                            Severity::High,
                            c.start..c.end,
                            "comment glued to the statement hides SQL: the rest was cut off",
                        );
                    }
                }
            } else if ends_text && prev_is_code && c.kind == TokenKind::LineComment {
                // A line break before the comment (`'admin'%0A-- -' AND
                // …`) still cuts the statement; a note on a line of its
                // own holds no unpaired quote or parenthesis.
                let body = trim(self.sql.get(c.start + 2..c.end).unwrap_or(""));
                let message = unpaired(body).or_else(|| {
                    crate::lexer::tokenize_into(body, tokens);
                    sql_in_body(body, tokens)
                });
                if let Some(message) = message {
                    self.push(
                        Rule::CommentTruncation,
                        Severity::Medium,
                        c.start..c.end,
                        message,
                    );
                }
            }
        }
    }

    fn unterminated(&mut self, comments: &[(usize, Token)]) {
        let last = match comments.last() {
            Some(&(at, c)) if at == self.sig.len() => Some(c),
            _ => self.sig.last().copied(),
        };
        if let Some(t) = last.filter(|t| t.unterminated()) {
            let message = match t.kind {
                TokenKind::BlockComment => "unterminated comment",
                TokenKind::QuotedIdent => "unterminated quoted identifier",
                TokenKind::DollarString => "unterminated dollar-quoted string",
                _ => "unterminated string literal",
            };
            self.push(Rule::Unbalanced, Severity::High, t.start..t.end, message);
        }
    }

    fn ending(&mut self) {
        let Some(last) = self.sig.len().checked_sub(1) else {
            return;
        };
        let t = self.sig[last];
        let after_using = last > 0 && self.kw(last - 1) == Kw::Using;
        let dangling = match t.kind {
            TokenKind::Operator => !matches!(self.text_of(&t), "*" | "?") && !after_using,
            TokenKind::Comma | TokenKind::LParen | TokenKind::Cast => true,
            TokenKind::Ident => matches!(t.kw, Kw::And | Kw::Or | Kw::Not | Kw::Where | Kw::Union),
            _ => false,
        };
        if dangling {
            self.push(
                Rule::IncompleteStatement,
                Severity::Medium,
                t.start..t.end,
                "statement ends inside an expression",
            );
        }
    }

    /// Gives whether it stopped at a decisive finding.
    fn main_pass(&mut self, frames: &mut Vec<Frame>) -> bool {
        // The innermost frame lives in a local, `frames` holds only the
        // enclosing ones: reading `frames.last()` for every token, and
        // writing back through `last_mut()` for every keyword, cost more
        // than the rules themselves on benign statements. Every rule body
        // is out of line and most tokens are decided here without a call:
        // inlined, the bodies made the loop save and reload registers for
        // every token (the pass was ~123 instructions a token with what it
        // inlined; the loop itself is now ~35, and 14 for a token that
        // needs nothing).
        frames.clear();
        let mut top = Frame::root();
        let mut statement = 0usize;
        // `[` open in the statement (array subscripts and constructors).
        let mut brackets = 0usize;
        let sig = self.sig;
        // The grammar rules ride along: one `match` on each token's kind
        // for both (see `Grammar`).
        let mut grammar = Grammar::new(self.sql, sig);
        let n = sig.len();
        // Findings already looked at for a decisive one.
        let mut seen = self.out.len();
        // By index rather than `iter().enumerate()`: one induction variable
        // instead of a pointer and an index (`analyze_at` 65.77M -> 65.56M).
        for i in 0..n {
            let t = &sig[i];
            match t.kind {
                TokenKind::Ident => {
                    let kw = t.kw;
                    if kw != Kw::None {
                        // Whether the findings added since the last look
                        // hold a decisive one: at each keyword, where most
                        // rules start, rather than at every token (which
                        // cost the pass 3 to 5 %).
                        if self.out.len() != seen {
                            if self.decided(seen) {
                                self.stop();
                                return true;
                            }
                            seen = self.out.len();
                        }
                        // The depth's first keyword, by selects (a branch
                        // here mispredicted at random).
                        let first = top.first == Kw::None;
                        let copy = first & (kw == Kw::Copy) & frames.is_empty();
                        top.first = if first { kw } else { top.first };
                        top.bits |= COPY * u8::from(copy);
                        let info = kw_info(kw);
                        let [sets, clears] = info.to_le_bytes();
                        top.bits = (top.bits & !clears) | sets;
                        if info & RULES != 0 {
                            // The commonest keywords straight to their one
                            // check: `keyword` saves registers on entry.
                            match kw {
                                Kw::Select | Kw::Where => {
                                    if sig.get(i + 1).is_some_and(|next| {
                                        next.kind.is_string() && !next.space_before()
                                    }) {
                                        self.glued_keyword(i);
                                    }
                                }
                                Kw::From => self.from(i, top, frames.len()),
                                Kw::And | Kw::Or | Kw::When | Kw::Having => {
                                    self.condition(i, kw);
                                }
                                _ => self.keyword(i, &mut top, frames.len()),
                            }
                        }
                        grammar.keyword(i, self.out);
                    } else {
                        if top.union_arm() {
                            self.union_column(i);
                        }
                        grammar.word(i, self.out);
                    }
                }
                TokenKind::LParen => {
                    frames.push(top);
                    let prev = i.checked_sub(1).and_then(|p| sig.get(p));
                    let func = match prev {
                        Some(prev) if prev.kind == TokenKind::Ident => prev.kw,
                        _ => Kw::None,
                    };
                    // A call of a function that is no keyword (`count(`,
                    // `lower(`, a table's column list) has nothing to
                    // check, nor has a paren after most keywords: most
                    // parens are one of these.
                    let quiet = prev.is_some_and(|prev| {
                        if prev.kw == Kw::None {
                            matches!(prev.kind, TokenKind::Ident | TokenKind::QuotedIdent)
                                && !self.literal_comparison(i + 1)
                        } else {
                            kw_info(prev.kw) & PAREN_QUIET != 0
                        }
                    });
                    if !quiet && self.paren_may_matter(i) {
                        self.paren(i, func, prev.copied());
                    }
                    top = Frame {
                        first: Kw::None,
                        func,
                        bits: top.bits & (UNION_ARM | COPY | IN_COND),
                    };
                    grammar.open();
                }
                TokenKind::LBracket => {
                    brackets += 1;
                    grammar.open();
                }
                TokenKind::RBracket => {
                    if brackets == 0 {
                        self.push(
                            Rule::Unbalanced,
                            Severity::High,
                            t.start..t.end,
                            "closing bracket without an opening one",
                        );
                    }
                    brackets = brackets.saturating_sub(1);
                    grammar.close();
                }
                TokenKind::RParen => {
                    if let Some(outer) = frames.pop() {
                        top = outer;
                    } else {
                        self.push(
                            Rule::Unbalanced,
                            Severity::High,
                            t.start..t.end,
                            "closing parenthesis without an opening one",
                        );
                    }
                    grammar.close();
                }
                TokenKind::Semicolon => {
                    if !frames.is_empty() || brackets > 0 {
                        self.push(
                            Rule::StackedStatement,
                            Severity::High,
                            t.start..t.end,
                            "statement separator inside parentheses or brackets",
                        );
                    }
                    if i + 1 < n {
                        let root = frames.first().copied().unwrap_or(top);
                        self.stacked(i, root, statement == 0);
                        statement += 1;
                    }
                    frames.clear();
                    brackets = 0;
                    top = Frame::root();
                    self.settle_catalog(i);
                    self.root_catalog = false;
                    self.root_from = false;
                    grammar.semicolon(i, self.out);
                }
                TokenKind::Operator => {
                    // Whether any operator rule can fire, from the operator's
                    // first byte and its neighbours: most operators (`=`
                    // between a name and a value) need no call.
                    let first = self.sql.as_bytes().get(t.start).copied();
                    let after_call = i > 0 && sig[i - 1].kind == TokenKind::RParen;
                    let before_end = sig.get(i + 1).is_some_and(|next| {
                        matches!(
                            next.kind,
                            TokenKind::Comma | TokenKind::RParen | TokenKind::Semicolon
                        ) || kw_info(next.kw) & ENDS_OPERAND != 0
                    });
                    if matches!(first, Some(b'+' | b'/' | b'|')) || after_call || before_end {
                        self.operator(i);
                    }
                    grammar.operator(i, self.out);
                }
                TokenKind::Cast => self.cast(i),
                TokenKind::EString => {
                    self.e_string(i);
                    grammar.literal(i, self.out);
                }
                TokenKind::String => {
                    self.plain_literal(i);
                    grammar.string(i, self.out);
                }
                TokenKind::DollarString | TokenKind::Number => {
                    self.plain_literal(i);
                    grammar.literal(i, self.out);
                }
                TokenKind::BitString => grammar.literal(i, self.out),
                TokenKind::Comma => grammar.comma(i, self.out),
                TokenKind::Dot => grammar.dot(i, self.out),
                TokenKind::QuotedIdent => {
                    if matches!(self.bytes(i).first(), Some(b'u' | b'U')) && self.is_call(i) {
                        self.escaped_call(i);
                    }
                    grammar.quoted(i, self.out);
                }
                TokenKind::Other => grammar.other(i, self.out),
                _ => {}
            }
            grammar.advance(t);
            if t.odd_space_before() {
                self.push(
                    Rule::Obfuscation,
                    Severity::Medium,
                    t.start..t.end,
                    "unusual whitespace between tokens",
                );
            }
        }
        if !frames.is_empty() || brackets > 0 {
            let at = self.sig.last().map_or(0..0, |t| t.start..t.end);
            let message = if frames.is_empty() {
                "unclosed bracket"
            } else {
                "unclosed parenthesis"
            };
            self.push(Rule::Unbalanced, Severity::High, at, message);
        }
        if self.chr_calls >= 3 {
            self.push(
                Rule::Obfuscation,
                Severity::Medium,
                0..0,
                "text built from many chr() calls",
            );
        }
        self.settle_catalog(n);
        self.ending();
        grammar.finish(self.out);
        self.decided(seen)
    }

    /// The rules at a `'…'` string, a dollar-quoted string or a number.
    #[inline(always)]
    fn plain_literal(&mut self, i: usize) {
        let sig = self.sig;
        let t = &sig[i];
        // `U&'…'` and `0x…` have checks of their own; other
        // literals only the keyword glued to their end.
        let first = self.sql.as_bytes().get(t.start).copied();
        let special = match t.kind {
            TokenKind::String => matches!(first, Some(b'U' | b'u')),
            TokenKind::Number => first == Some(b'0') && t.end - t.start > 2,
            _ => false,
        };
        if special {
            self.literal(i);
        } else if let Some(next) = sig.get(i + 1)
            && next.kind == TokenKind::Ident
            && next.kw != Kw::None
            && !next.space_before()
        {
            self.glued_literal(i);
        }
    }

    /// Whether a literal compared with something starts at `i`: `9680=9680`.
    #[inline(always)]
    fn literal_comparison(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Number
                    | TokenKind::String
                    | TokenKind::EString
                    | TokenKind::DollarString
            )
        }) && self.is_comparison(i + 1)
    }

    /// Whether the token after the paren at `i` leaves [`Analyzer::paren`]
    /// anything to find: a keyword that is no value (`(SELECT`, `chr(CASE`),
    /// a parameter or a closing paren starts no condition, and only a
    /// paren can open the subquery an extraction helper takes apart.
    #[inline(always)]
    fn paren_may_matter(&self, i: usize) -> bool {
        const NOTHING: u32 = kind_mask(&[TokenKind::Param, TokenKind::RParen, TokenKind::Comma]);
        // Both answers computed and one selected: a `match` on the kind
        // compiled to a jump table, an indirect jump at every paren.
        self.sig.get(i + 1).is_some_and(|t| {
            let value_word = matches!(t.kw, Kw::None | Kw::True | Kw::False | Kw::Null | Kw::Not);
            if t.kind == TokenKind::Ident {
                value_word
            } else {
                !has_kind(NOTHING, t.kind)
            }
        })
    }

    /// `U&"\0070g_sleep"(15)`: a function called by a name spelled with
    /// Unicode escapes, which no application needs.
    #[cold]
    #[inline(never)]
    fn escaped_call(&mut self, i: usize) {
        if self.bytes(i).contains(&b'\\') {
            self.push(
                Rule::Obfuscation,
                Severity::Medium,
                self.span(i, self.call_end(i)),
                "function name spelled with Unicode escapes",
            );
        }
    }

    /// What the calls around the token at `i` do with it, out to the
    /// nearest subquery: whether one takes text apart (`length((upper(
    /// current_database()))::text)`), and whether one is joined to text with
    /// `||` (`'' || host(inet_server_addr()) || ''`). Walked back from the
    /// token (probes are rare; the token pass keeps no state for this).
    fn enclosing_calls(&self, i: usize) -> (bool, bool) {
        let concat = |k: usize| self.kind(k) == Some(TokenKind::Operator) && self.bytes(k) == b"||";
        let (mut extract, mut spliced) = (false, false);
        let mut depth = 0usize;
        for k in (i.saturating_sub(SCAN_LIMIT)..i).rev() {
            match self.sig[k].kind {
                TokenKind::RParen => depth += 1,
                TokenKind::LParen if depth > 0 => depth -= 1,
                TokenKind::LParen => {
                    if self.kw(k + 1) == Kw::Select {
                        break;
                    }
                    if k > 0
                        && matches!(
                            self.kind(k - 1),
                            Some(TokenKind::Ident | TokenKind::QuotedIdent)
                        )
                    {
                        extract |= keywords_class(self.kw(k - 1)) == Class::Extract;
                        spliced |= (k >= 2 && concat(k - 2))
                            || self.partner(k).is_some_and(|close| concat(close + 1));
                    }
                }
                TokenKind::Semicolon => break,
                _ => {}
            }
        }
        (extract, spliced)
    }

    /// A name that is no keyword, inside a UNION arm.
    #[inline(never)]
    fn union_column(&mut self, i: usize) {
        let t = self.sig[i];
        if has_passw(self.text_of(&t)) {
            self.push(
                Rule::CatalogProbe,
                Severity::High,
                t.start..t.end,
                "password column read in a UNION arm",
            );
        }
    }

    /// `U&'…'` strings and numbers that start with `0` and run over two
    /// characters: escapes hiding letters, text spelled in hex; other
    /// numbers, a keyword glued to their end.
    #[inline(never)]
    fn literal(&mut self, i: usize) {
        let t = self.sig[i];
        if t.kind == TokenKind::String {
            return self.unicode_string(i);
        }
        if matches!(self.sql.as_bytes().get(t.start + 1), Some(b'x' | b'X')) {
            return self.hex_number(i);
        }
        if let Some(next) = self.sig.get(i + 1)
            && next.kind == TokenKind::Ident
            && next.kw != Kw::None
            && !next.space_before()
        {
            self.glued_literal(i);
        }
    }

    /// `1AND`, `'x'OR`: a keyword glued to the literal at `i`.
    #[cold]
    #[inline(never)]
    fn glued_literal(&mut self, i: usize) {
        self.push(
            Rule::Obfuscation,
            Severity::Medium,
            self.span(i, i + 1),
            "keyword glued to a literal",
        );
    }

    #[inline(never)]
    fn stacked(&mut self, semi: usize, root: Frame, first: bool) {
        let Some(next) = self.tok(semi + 1) else {
            return;
        };
        // Whatever the statements before it, `ALTER SYSTEM` rewrites the
        // server's configuration (`archive_command = 'curl …'` runs a
        // program at the next WAL switch): no script of an application's
        // stacks it after other statements.
        if next.kw == Kw::Alter && self.bytes(semi + 2).eq_ignore_ascii_case(b"system") {
            self.push(
                Rule::StackedStatement,
                Severity::High,
                self.span(semi, semi + 2),
                "stacked ALTER SYSTEM rewrites the server's configuration",
            );
        }
        // Nor does a script stack a role's promotion to superuser (or to
        // replication or row-security bypass), or a switch of the session's
        // user: a payload taking over the server.
        if self.escalates(semi + 1) {
            self.push(
                Rule::StackedStatement,
                Severity::High,
                self.span(semi, semi + 2),
                "stacked statement makes a role a superuser or switches the session's user",
            );
        }
        // Whatever the statements before it, a stacked DO block whose code
        // reaches files or other hosts, or sleeps, is judged by that code.
        if next.kw == Kw::Do {
            if let Some(span) = self.do_block_reach(semi + 1) {
                self.push(
                    Rule::FileAccess,
                    Severity::High,
                    span,
                    "stacked DO block reaches files or other hosts, or makes the server wait",
                );
            }
            if let Some(span) = self.do_block_untrusted(semi + 1) {
                self.push(
                    Rule::FileAccess,
                    Severity::High,
                    span,
                    "stacked DO block in an untrusted language runs code on the server's host",
                );
            }
            if let Some(span) = self.do_block_tail(semi + 1) {
                self.push(
                    Rule::Malformed,
                    Severity::High,
                    span,
                    "stacked DO block followed by the rest of a statement",
                );
            }
        }
        // The application's lookup, ending in a literal, then a line break
        // and a destructive statement: a payload with a newline in it. Only
        // for the first statement: scripts put data fixes anywhere.
        let lookup_then_destroy = first
            && matches!(root.first, Kw::Select | Kw::Update | Kw::Delete)
            && root.seen_where()
            && semi > 0
            && (self.sig[semi - 1].kind.is_literal()
                || matches!(self.kw(semi - 1), Kw::True | Kw::False))
            && matches!(
                next.kw,
                Kw::Drop
                    | Kw::Delete
                    | Kw::Truncate
                    | Kw::Alter
                    | Kw::Grant
                    | Kw::Revoke
                    | Kw::Update
            );
        let from = self.sig[semi].end;
        let same_line = !self
            .sql
            .as_bytes()
            .get(from..next.start)
            .is_some_and(|gap| gap.contains(&b'\n'));
        let destructive = matches!(
            next.kw,
            Kw::Drop
                | Kw::Delete
                | Kw::Truncate
                | Kw::Alter
                | Kw::Create
                | Kw::Grant
                | Kw::Revoke
                | Kw::Copy
                | Kw::Do
                | Kw::Execute
                | Kw::Exec
                | Kw::Insert
                | Kw::Update
        );
        // Session and transaction control first (`SET LOCAL …; SELECT …`,
        // `BEGIN; …`) is how applications batch; an injection's first
        // statement is the application's own query.
        let session_first = matches!(
            root.first,
            Kw::Set
                | Kw::Begin
                | Kw::Start
                | Kw::Commit
                | Kw::Rollback
                | Kw::Savepoint
                | Kw::Release
                | Kw::Show
                | Kw::Listen
                | Kw::Reset
                | Kw::Discard
        );
        // A text that opens with DDL, DCL or maintenance (`GRANT …; REVOKE
        // …`, a migration on one line) is a script its author wrote; an
        // injection stacks onto the application's own query or DML.
        // So is a text that opens a transaction block (`BEGIN; UPDATE …;
        // UPDATE …; COMMIT;`, `SAVEPOINT s; INSERT …; RELEASE s;`): a client
        // sending one transaction in one string.
        if first {
            self.script = match root.first {
                Kw::Alter
                | Kw::Create
                | Kw::Grant
                | Kw::Revoke
                | Kw::Comment
                | Kw::Vacuum
                | Kw::Analyze
                | Kw::Reindex
                | Kw::Cluster
                | Kw::Refresh
                | Kw::Prepare => Some(Script::Schema),
                Kw::Begin | Kw::Start | Kw::Savepoint if self.closes_block() => Some(Script::Block),
                _ => None,
            };
        }
        // In a block the client wrote, its queries and DML; schema, file and
        // code statements (`…'; DROP TABLE users; SELECT '`) are judged as
        // anywhere else.
        let exempt = match self.script {
            Some(Script::Schema) => true,
            Some(Script::Block) => !matches!(
                next.kw,
                Kw::Drop
                    | Kw::Truncate
                    | Kw::Alter
                    | Kw::Create
                    | Kw::Grant
                    | Kw::Revoke
                    | Kw::Copy
                    | Kw::Do
                    | Kw::Execute
                    | Kw::Exec
            ),
            None => false,
        };
        if let Some(script) = self.script.filter(|_| exempt) {
            let span = self.span(semi, semi + 1);
            self.push(
                Rule::StackedStatement,
                Severity::Low,
                span,
                script.message(),
            );
            return;
        }
        // `SELECT pg_advisory_xact_lock(4242); UPDATE …`, `LOCK TABLE t IN
        // SHARE MODE; UPDATE t …`, `SELECT set_config('app.tenant', $1,
        // true); SELECT …`: the text's first statement takes a lock or
        // sets the session up for the query or DML after it (schema, file
        // and code statements are judged as anywhere else).
        let prepared = first
            && matches!(
                next.kw,
                Kw::Select | Kw::Update | Kw::Insert | Kw::Delete | Kw::With
            )
            && self.prepares_next(semi);
        if session_first || prepared || (first && self.reads_declared_cursor(semi)) {
            let span = self.span(semi, semi + 1);
            self.push(
                Rule::StackedStatement,
                Severity::Low,
                span,
                "session control, then a statement",
            );
            return;
        }
        if first && self.reloads_one_table(semi) {
            let span = self.span(semi, semi + 1);
            self.push(
                Rule::StackedStatement,
                Severity::Low,
                span,
                "one table reloaded: rows deleted, then inserted",
            );
            return;
        }
        if self.ends_transaction(semi + 1) {
            let span = self.span(semi, semi + 1);
            self.push(
                Rule::StackedStatement,
                Severity::Low,
                span,
                "transaction block on one line",
            );
            return;
        }
        let (severity, message) = match (same_line, destructive) {
            (true, true) => (Severity::High, "second statement changes data or schema"),
            (true, false) => (Severity::Medium, "second statement on the same line"),
            (false, _) if lookup_then_destroy => (
                Severity::Medium,
                "lookup followed by a destructive statement",
            ),
            // An application's query, then code, schema or session
            // settings on the next line: a script opens with its DDL or its
            // settings, not with a query.
            (false, _)
                if first
                    && matches!(
                        root.first,
                        Kw::Select | Kw::Update | Kw::Delete | Kw::Insert | Kw::With | Kw::Explain
                    )
                    && (matches!(
                        next.kw,
                        Kw::Do
                            | Kw::Create
                            | Kw::Drop
                            | Kw::Alter
                            | Kw::Grant
                            | Kw::Truncate
                            | Kw::Copy
                            | Kw::Set
                            | Kw::Vacuum
                            | Kw::Reindex
                            | Kw::Cluster
                    ) || session_takeover(self.text_of(next))) =>
            {
                (
                    Severity::Medium,
                    "query followed by code, schema or settings on the next line",
                )
            }
            (false, _) => (Severity::Low, "several statements, one per line"),
        };
        self.push(
            Rule::StackedStatement,
            severity,
            self.span(semi, semi + 1),
            message,
        );
    }
    /// The span of the first call of a file, network or sleep function in
    /// the body of the `DO` block at `at` (`DO $$ BEGIN PERFORM
    /// dblink_connect(…); END $$`, `DO LANGUAGE plpgsql $$…$$`). Lexes
    /// the body, on the rare path of a stacked DO only.
    fn do_block_reach(&self, at: usize) -> Option<Range<usize>> {
        let body = (at + 1..at + 4)
            .map_while(|k| self.tok(k))
            .find(|t| t.kind == TokenKind::DollarString)?;
        let text = self.text_of(body);
        let tag = text.get(1..)?.find('$')? + 2;
        let code = text.get(tag..text.len().saturating_sub(tag))?;
        let offset = body.start + tag;
        let tokens = crate::lexer::tokenize(code);
        if let Some(span) = reaches(&tokens) {
            return Some(span.start + offset..span.end + offset);
        }
        // The code the block runs through `EXECUTE 'SELECT pg_sleep(9)'`,
        // `EXECUTE format('COPY (…) TO PROGRAM %L', …)`: one level of
        // strings in the body, those it executes (a message it raises
        // runs nothing); their spans are the string's.
        let executed = |j: usize| {
            let word = |k: usize| {
                j.checked_sub(k)
                    .and_then(|p| code.get(tokens[p].start..tokens[p].end))
                    .unwrap_or("")
            };
            word(1).eq_ignore_ascii_case("execute")
                || (word(1) == "("
                    && word(2).eq_ignore_ascii_case("format")
                    && word(3).eq_ignore_ascii_case("execute"))
        };
        tokens.iter().enumerate().find_map(|(j, t)| {
            let inner = string_body(code.get(t.start..t.end)?, t.kind).filter(|_| executed(j))?;
            reaches(&crate::lexer::tokenize(inner)).map(|_| t.start + offset..t.end + offset)
        })
    }

    /// Whether the statement at `at` is `ALTER`/`CREATE ROLE` (or `USER`)
    /// with `SUPERUSER`, `BYPASSRLS` or `REPLICATION`, or `SET SESSION
    /// AUTHORIZATION`.
    fn escalates(&self, at: usize) -> bool {
        let word = |k: usize, w: &[u8]| self.bytes(k).eq_ignore_ascii_case(w);
        match self.kw(at) {
            Kw::Set => word(at + 1, b"session") && word(at + 2, b"authorization"),
            Kw::Alter | Kw::Create if word(at + 1, b"role") || word(at + 1, b"user") => self
                .sig
                .iter()
                .enumerate()
                .skip(at + 2)
                .take(SCAN_LIMIT)
                .take_while(|(_, t)| t.kind != TokenKind::Semicolon)
                .any(|(k, t)| {
                    t.kind == TokenKind::Ident
                        && (word(k, b"superuser")
                            || word(k, b"bypassrls")
                            || word(k, b"replication"))
                }),
            _ => false,
        }
    }

    /// `DO LANGUAGE plpython3u $$ import os; … $$`: a `DO` block at `at`
    /// whose language is an untrusted one (`plpython3u`, `plperlu`,
    /// `pltclu`, `plsh`, …), which runs code with the server's operating
    /// system rights. The span of the language's name, if so.
    fn do_block_untrusted(&self, at: usize) -> Option<Range<usize>> {
        [at + 1, at + 3].into_iter().find_map(|k| {
            let name = self.bytes(k + 1);
            let untrusted = (name.len() > 2
                && name[..2].eq_ignore_ascii_case(b"pl")
                && name.last().is_some_and(|b| b.eq_ignore_ascii_case(&b'u')))
                || name.eq_ignore_ascii_case(b"plsh");
            (self.bytes(k).eq_ignore_ascii_case(b"language") && untrusted)
                .then(|| self.span(k + 1, k + 1))
        })
    }

    /// Whether a stacked `DO` block at `at` has more after its body than
    /// `LANGUAGE name`: the template's remainder, after a payload closed
    /// the template's statement and added the block (`…(x int); DO $$ …
    /// $$ (chamber text not null, …)`). The span of what follows, if so.
    fn do_block_tail(&self, at: usize) -> Option<Range<usize>> {
        let language = |k: usize| self.bytes(k).eq_ignore_ascii_case(b"language");
        let mut k = at + 1;
        if language(k) {
            k += 2;
        }
        if self.kind(k) != Some(TokenKind::DollarString) {
            return None;
        }
        k += 1;
        if language(k) {
            k += 2;
        }
        match self.tok(k) {
            None => None,
            Some(t) if t.kind == TokenKind::Semicolon => None,
            Some(_) => Some(self.span(k, k)),
        }
    }

    /// Whether the text's first statement, up to the separator at `semi`,
    /// only takes a lock or sets the session up: `LOCK [TABLE] name … [IN
    /// … MODE]`, or one call on constants and parameters of an
    /// advisory-lock function (`SELECT pg_advisory_xact_lock(4242)`,
    /// `pg_try_advisory_lock(hashtext('job'))`) or of `set_config`.
    fn prepares_next(&self, semi: usize) -> bool {
        if self.bytes(0).eq_ignore_ascii_case(b"lock") {
            // With its mode stated at its end, as an application writes it:
            // a value spliced into the name (`LOCK TABLE t; DELETE FROM u
            // IN ROW EXCLUSIVE MODE`) cuts the mode off.
            let word = |k: usize, w: &[u8]| self.bytes(k).eq_ignore_ascii_case(w);
            let ends_with_mode = word(semi - 1, b"mode")
                || (semi > 2 && word(semi - 2, b"mode") && word(semi - 1, b"nowait"));
            let names = (1..semi).all(|k| {
                matches!(
                    self.kind(k),
                    Some(
                        TokenKind::Ident
                            | TokenKind::QuotedIdent
                            | TokenKind::Dot
                            | TokenKind::Comma
                    )
                )
            });
            return ends_with_mode && names;
        }
        let name = self.bytes(1);
        let lock = name.len() > 14
            && (name[..11].eq_ignore_ascii_case(b"pg_advisory")
                || name[..15.min(name.len())].eq_ignore_ascii_case(b"pg_try_advisory"));
        let call = lock || name.eq_ignore_ascii_case(b"set_config");
        self.kw(0) == Kw::Select
            && call
            && self.kind(2) == Some(TokenKind::LParen)
            && self.partner(2) == Some(semi - 1)
            && (3..semi - 1).all(|k| {
                let t = &self.sig[k];
                t.kind.is_literal()
                    || matches!(
                        t.kind,
                        TokenKind::Param | TokenKind::Comma | TokenKind::LParen | TokenKind::RParen
                    )
                    || matches!(t.kw, Kw::True | Kw::False)
                    || (t.kind == TokenKind::Ident
                        && self.is_call(k)
                        && pure_function(self.bytes(k)))
            })
    }

    /// `DECLARE c CURSOR FOR SELECT …; FETCH 100 FROM c`: the text's first
    /// statement declares the cursor that the statement after the
    /// separator at `semi` reads (or moves in, or closes), and that
    /// statement is the last.
    fn reads_declared_cursor(&self, semi: usize) -> bool {
        let end = self.text_end();
        let reads = ["fetch", "move", "close"]
            .iter()
            .any(|w| self.bytes(semi + 1).eq_ignore_ascii_case(w.as_bytes()));
        self.kw(0) == Kw::Declare
            && reads
            && end > semi + 2
            && (semi + 1..end).all(|k| self.kind(k) != Some(TokenKind::Semicolon))
            && self.bytes(1).eq_ignore_ascii_case(self.bytes(end - 1))
    }

    /// `DELETE FROM t WHERE day = '…'; INSERT INTO t SELECT …`: a data
    /// tool's reload of one table (dbt, Airflow, Dagster), the first
    /// statement deleting from the table the second, at `semi + 1`,
    /// inserts into.
    fn reloads_one_table(&self, semi: usize) -> bool {
        // The words of a (dotted, perhaps quoted) name from `k`.
        let name = |k: usize| {
            self.sig
                .get(k..)
                .unwrap_or_default()
                .iter()
                .take(7)
                .take_while(|t| {
                    matches!(
                        t.kind,
                        TokenKind::Ident | TokenKind::QuotedIdent | TokenKind::Dot
                    ) && !matches!(t.kw, Kw::Where | Kw::Using | Kw::Select | Kw::Values)
                })
                .map(|t| self.text_of(t))
                .collect::<Vec<_>>()
        };
        let at = semi + 1;
        self.kw(0) == Kw::Delete
            && self.kw(1) == Kw::From
            && self.kw(at) == Kw::Insert
            && self.kw(at + 1) == Kw::Into
            && {
                let (deleted, inserted) = (name(2), name(at + 2));
                !deleted.is_empty()
                    && deleted.len() == inserted.len()
                    && deleted
                        .iter()
                        .zip(&inserted)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            }
    }

    /// The index past the text's last statement: its final `;` excluded.
    fn text_end(&self) -> usize {
        match self.sig.last() {
            Some(t) if t.kind == TokenKind::Semicolon => self.sig.len() - 1,
            _ => self.sig.len(),
        }
    }

    /// Whether the text's last statement ends the transaction block its
    /// first one opens (see [`Analyzer::ends_transaction`]).
    fn closes_block(&self) -> bool {
        // The last statement starts after the last separator that has a
        // token after it.
        let end = self.text_end();
        let start = self.sig[..end]
            .iter()
            .rposition(|t| t.kind == TokenKind::Semicolon)
            .map_or(0, |semi| semi + 1);
        start > 0 && self.ends_transaction(start)
    }

    /// Whether the statement at `at` is the `COMMIT` (or `END`,
    /// `ROLLBACK`) that ends a text opened with `BEGIN` or `START
    /// TRANSACTION`, with nothing after it: `BEGIN; SET LOCAL …; SELECT …
    /// FOR UPDATE; COMMIT;` on one line is a client batching one
    /// transaction. A payload stacks onto the application's statement, and
    /// the separator before it is judged on its own.
    fn ends_transaction(&self, at: usize) -> bool {
        let word = |k: usize| self.bytes(k);
        let closes = match self.kw(0) {
            Kw::Begin | Kw::Start => matches!(self.kw(at), Kw::Commit | Kw::End | Kw::Rollback),
            // `SAVEPOINT s; …; RELEASE SAVEPOINT s;`
            Kw::Savepoint => matches!(self.kw(at), Kw::Release | Kw::Rollback | Kw::Commit),
            // `SET ROLE tenant_a; SELECT …; RESET ROLE`: a tenant switch,
            // the setting the text opens with reset at its end.
            Kw::Set => self.kw(at) == Kw::Reset && word(1).eq_ignore_ascii_case(word(at + 1)),
            // `MOVE LAST IN c; CLOSE c`: the cursor the text reads, closed.
            _ if word(0).eq_ignore_ascii_case(b"move") || self.kw(0) == Kw::Fetch => {
                let cursor = self.sig[..at]
                    .iter()
                    .rposition(|t| t.kind == TokenKind::Semicolon)
                    .and_then(|semi| semi.checked_sub(1));
                word(at).eq_ignore_ascii_case(b"close")
                    && cursor.is_some_and(|c| word(c).eq_ignore_ascii_case(word(at + 1)))
            }
            _ => false,
        };
        if !closes {
            return false;
        }
        // `COMMIT`, `COMMIT WORK`, `ROLLBACK AND NO CHAIN`, then at most a
        // final `;`.
        let rest = self.sig.get(at + 1..).unwrap_or_default();
        let words = rest
            .iter()
            .take_while(|t| t.kind == TokenKind::Ident)
            .count();
        match rest.get(words..).unwrap_or_default() {
            [] => true,
            [last] => last.kind == TokenKind::Semicolon,
            _ => false,
        }
    }

    #[inline(never)]
    fn operator(&mut self, i: usize) {
        let t = &self.sig[i];
        let text = self.sql.as_bytes().get(t.start..t.end).unwrap_or_default();
        if matches!(text, b"+" | b"/") {
            self.arithmetic(i, text);
        }
        // `*` is a select list or `count(*)`; a lone `?` is a client-side
        // placeholder that a driver has not rewritten.
        if !matches!(text, b"*" | b"?")
            && let Some(next) = self.sig.get(i + 1)
        {
            // A binary operator with nothing after it: `20# OFFSET 0`.
            let dangling = matches!(
                next.kind,
                TokenKind::Comma | TokenKind::RParen | TokenKind::Semicolon
            ) || kw_info(next.kw) & ENDS_OPERAND != 0;
            // `ORDER BY x USING <`, `EXCLUDE USING gist (r WITH &&)`: an
            // operator named as an operand.
            // `OPERATOR(pg_catalog.->)`: an operator's name, qualified.
            let named = i > 0
                && (matches!(self.kw(i - 1), Kw::Using | Kw::With)
                    || self.kind(i - 1) == Some(TokenKind::Dot));
            if dangling && !named {
                self.push(
                    Rule::IncompleteStatement,
                    Severity::Medium,
                    self.span(i, i + 1),
                    "operator without a right operand",
                );
            }
        }
        if text == b"||" {
            self.concat(i);
        }
        if matches!(text, b"=" | b"<>" | b"!=" | b"<" | b">" | b"<=" | b">=")
            && i > 0
            && self.kind(i - 1) == Some(TokenKind::RParen)
        {
            self.char_extraction(i);
        }
    }

    /// `'a' + (SELECT …)`, `1/0`, `x / (SELECT …)`.
    #[inline(never)]
    fn arithmetic(&mut self, i: usize, text: &[u8]) {
        if text == b"+" && self.opens_subquery(i + 1) && i > 0 && self.sig[i - 1].kind.is_string() {
            self.push(
                Rule::SubqueryInjection,
                Severity::Medium,
                self.span(i - 1, i + 1),
                "subquery added to a string",
            );
        }
        if text == b"/" {
            let zero = self.kind(i + 1) == Some(TokenKind::Number)
                && parse_number(self.text(i + 1)) == Some(0.0);
            if zero || self.opens_subquery(i + 1) {
                // A literal `1/0` is how tests provoke errors; a division by
                // a subquery is how payloads do.
                let severity = if zero {
                    Severity::Low
                } else {
                    Severity::Medium
                };
                self.push(
                    Rule::ErrorBased,
                    severity,
                    self.span(i, i + 1),
                    "division by zero or by a subquery forces an error",
                );
            }
        }
    }

    /// `'x' || (SELECT …)`: a subquery concatenated into a string.
    #[inline(never)]
    fn concat(&mut self, i: usize) {
        // `'' || overlay((SELECT iban …) placing …)`, `'0'||to_char((SELECT
        // count(*) …), 'FM99')`: a call around the subquery, joined to a
        // literal.
        let wrapped = i > 0
            && self.kind(i - 1).is_some_and(TokenKind::is_string)
            && self.kind(i + 1) == Some(TokenKind::Ident)
            && self.is_call(i + 1)
            && self.holds_subquery(i + 2);
        let after_sub = self.opens_subquery(self.inner_paren(i + 1)) || wrapped;
        let before_sub = i > 0
            && self.kind(i - 1) == Some(TokenKind::RParen)
            && self.partner(i - 1).is_some_and(|o| self.opens_subquery(o));
        if after_sub || before_sub {
            self.push(
                Rule::SubqueryInjection,
                Severity::Medium,
                self.span(i, i),
                "subquery concatenated into a string",
            );
        } else if i > 0
            && self.empty_string(i - 1)
            && let Some(end) = self.operand_end(i + 1)
            && self.bytes(end + 1) == b"||"
            && self.empty_string(end + 2)
        {
            // `'' || current_setting('request.jwt.claims', true) || ''`:
            // what `' || expr || '` leaves in a string slot; no
            // application pads a value with nothing on both sides.
            self.push(
                Rule::SubqueryInjection,
                Severity::Medium,
                self.span(i - 1, end + 2),
                "expression spliced into a string between empty strings",
            );
        }
    }

    /// Whether the token at `k` is an empty string, in any spelling.
    fn empty_string(&self, k: usize) -> bool {
        self.string_content(k) == Some("")
    }

    /// The last token of the operand starting at `k`: a name, number or
    /// parameter, a call, or a parenthesized expression, with its casts.
    fn operand_end(&self, k: usize) -> Option<usize> {
        let end = match self.kind(k)? {
            TokenKind::LParen => self.partner(k)?,
            TokenKind::Ident | TokenKind::QuotedIdent => {
                // A dotted name (`t.col`, `pg_catalog.current_setting`).
                let mut last = k;
                while self.kind(last + 1) == Some(TokenKind::Dot)
                    && matches!(
                        self.kind(last + 2),
                        Some(TokenKind::Ident | TokenKind::QuotedIdent)
                    )
                {
                    last += 2;
                }
                if self.kind(last + 1) == Some(TokenKind::LParen) {
                    self.partner(last + 1)?
                } else {
                    last
                }
            }
            TokenKind::Number | TokenKind::Param => k,
            _ => return None,
        };
        Some(self.wrapped(k, end).1 - 1)
    }

    /// Whether the parens opened at `open` hold a scalar subquery, at any
    /// depth within [`SCAN_LIMIT`] tokens. `ARRAY(SELECT …)` gathers rows
    /// into an array, as introspection queries do to list them
    /// (`array_to_string(ARRAY(SELECT rolname …), ', ')`).
    fn holds_subquery(&self, open: usize) -> bool {
        let Some(close) = self.partner(open) else {
            return false;
        };
        (open + 1..close.min(open + SCAN_LIMIT))
            .any(|k| self.opens_subquery(k) && !self.bytes(k - 1).eq_ignore_ascii_case(b"array"))
    }

    /// `substr(x, 3, 1) = 'a'`, `ascii(substr(…)) > 64`: the comparison at
    /// `i` after a call.
    #[inline(never)]
    fn char_extraction(&mut self, i: usize) {
        if let Some(open) = self.partner(i - 1)
            && open > 0
        {
            let func = self.kw(open - 1);
            let one_char = matches!(func, Kw::Substr | Kw::Substring | Kw::Mid | Kw::Substrc)
                && self.kind(i - 2) == Some(TokenKind::Number)
                && self.bytes(i - 2) == b"1"
                && matches!(
                    self.kind(i - 3),
                    Some(TokenKind::Comma) | Some(TokenKind::Ident)
                );
            let code_of = matches!(func, Kw::Ascii | Kw::Ord | Kw::Length)
                && matches!(
                    self.kw(open + 1),
                    Kw::Substr | Kw::Substring | Kw::Mid | Kw::Substrc | Kw::Left | Kw::Right
                );
            if one_char || code_of {
                // `substr(name, 1, 1) = 'A'` is an alphabetical index;
                // taking the character code is not.
                let secret = self.kind(open + 1) == Some(TokenKind::LParen)
                    || secret_name(self.text(open + 1));
                let severity = if code_of || secret {
                    Severity::Medium
                } else {
                    Severity::Low
                };
                self.push(
                    Rule::CharExtraction,
                    severity,
                    self.span(open - 1, i),
                    "value compared one character at a time",
                );
            }
        }
    }

    #[inline(never)]
    fn cast(&mut self, i: usize) {
        if i == 0 {
            return;
        }
        if keywords_class(self.kw(i + 1)) != Class::NumericType {
            if self.kind(i + 1) == Some(TokenKind::Ident) && self.kw(i + 1) == Kw::None {
                self.probe_cast(i);
            }
            return;
        }
        let p = i - 1;
        let hit = match self.kind(p) {
            Some(TokenKind::RParen) => self.partner(p).is_some_and(|o| {
                (self.opens_subquery(o) && !self.numeric_subquery(o))
                    || (o > 0
                        && matches!(keywords_class(self.kw(o - 1)), Class::Probe)
                        && self.kw(o - 1) != Kw::CurrentSetting
                        || xml_dump(self.kw(o.wrapping_sub(1)))
                        || self.kw(o.wrapping_sub(1)) == Kw::Xmlparse)
                    || self.leaks(o, true, false)
            }),
            // `(version())::text::int`, `(SELECT …)::varchar::int`; a
            // column so cast is how an xid becomes a number
            // (`xmin::text::bigint`).
            Some(TokenKind::Ident) => {
                self.is_probe(p)
                    || (matches!(self.kw(p), Kw::Text | Kw::Varchar)
                        && p > 1
                        && self.kind(p - 1) == Some(TokenKind::Cast)
                        && !self.tok(p - 2).is_some_and(|t| {
                            t.kind == TokenKind::QuotedIdent
                                || (t.kind == TokenKind::Ident && t.kw == Kw::None)
                        }))
            }
            _ => false,
        };
        if hit {
            self.push(
                Rule::ErrorBased,
                Severity::High,
                self.span(p, i + 1),
                "non-numeric value cast to a number",
            );
        }
    }

    /// Whether the word at `i` reads the server's identity: a probe
    /// keyword, called where it is a function (`version()`, not a column
    /// `version`), and not a qualified name's part (`t.version`).
    fn is_probe(&self, i: usize) -> bool {
        let kw = self.kw(i);
        if keywords_class(kw) != Class::Probe {
            return false;
        }
        let needs_call = matches!(
            kw,
            Kw::Version
                | Kw::CurrentSetting
                | Kw::CurrentDatabase
                | Kw::InetServerAddr
                | Kw::InetServerPort
                | Kw::PgBackendPid
                | Kw::TxidCurrent
                | Kw::PgCurrentXactId
        );
        let qualified = i > 0 && self.kind(i - 1) == Some(TokenKind::Dot);
        (!needs_call || self.is_call(i)) && !qualified
    }

    /// Whether the parenthesized expression opened at `open` holds the
    /// server's identity (`('{'||(inet_server_addr())::text)`) or a
    /// subquery that selects no number (`('x'||((SELECT login FROM …
    /// LIMIT 1))::text)`): cast to a type whose input check rejects text,
    /// its value comes back in the error. Within [`SCAN_LIMIT`] tokens;
    /// subqueries only where `subqueries` says so, and every probe, even an
    /// application's own setting, where `any_probe` does.
    fn leaks(&self, open: usize, subqueries: bool, any_probe: bool) -> bool {
        let Some(close) = self.partner(open) else {
            return false;
        };
        (open + 1..close.min(open + SCAN_LIMIT)).any(|k| {
            self.leaky_probe(k)
                || (any_probe && self.is_probe(k))
                || (subqueries && self.opens_subquery(k) && !self.numeric_subquery(k))
        })
    }

    /// Whether the probe at `k` says something an error message would
    /// leak: any but `current_setting`, which applications cast to numbers
    /// (`current_setting('server_version_num')::int`) unless it reads where
    /// the server keeps its files.
    fn leaky_probe(&self, k: usize) -> bool {
        self.is_probe(k) && (self.kw(k) != Kw::CurrentSetting || self.file_setting(k))
    }

    /// Whether the subquery opened at `open` selects a number: a count,
    /// a sum, a length (`(SELECT count(*) FROM orders)::int`, which
    /// drivers that read `bigint` as text make common) or one of the
    /// application's own settings (`(SELECT current_setting('app.tenant'))`).
    /// Cast to a number, such a value raises no error that leaks anything.
    fn numeric_subquery(&self, open: usize) -> bool {
        const NUMERIC: &[&[u8]] = &[
            b"count",
            b"sum",
            b"avg",
            b"length",
            b"char_length",
            b"octet_length",
            b"array_length",
            b"cardinality",
            b"date_part",
            b"extract",
            b"floor",
            b"ceil",
            b"round",
            b"abs",
            b"min",
            b"max",
        ];
        let k = open + 2;
        if self.kw(open + 1) != Kw::Select {
            return false;
        }
        let end = match self.kind(k) {
            Some(TokenKind::Number) => k + 1,
            Some(TokenKind::Ident) if self.is_call(k) => {
                let name = self.bytes(k);
                let numeric = NUMERIC.iter().any(|f| f.eq_ignore_ascii_case(name))
                    || (self.kw(k) == Kw::CurrentSetting && self.harmless_setting(k));
                if !numeric {
                    return false;
                }
                self.call_end(k) + 1
            }
            _ => return false,
        };
        // The select list holds that one item.
        self.kind(end) == Some(TokenKind::RParen) || matches!(self.kw(end), Kw::From | Kw::Where)
    }

    /// `current_user::text::uuid`: the session's identity cast to a type
    /// whose input check fails on it, so that the error message carries
    /// the value (a number's cast is [`Analyzer::cast`]'s).
    #[cold]
    fn probe_cast(&mut self, i: usize) {
        const TYPES: &[&[u8]] = &[
            b"uuid",
            b"inet",
            b"cidr",
            b"macaddr",
            b"date",
            b"timestamp",
            b"timestamptz",
            b"interval",
            b"json",
            b"jsonb",
            b"bool",
            b"boolean",
            b"bytea",
            b"money",
            b"xml",
            b"regclass",
            b"regproc",
            b"regtype",
            b"regrole",
            b"regnamespace",
            b"bit",
            b"varbit",
            // Extension types, whose input functions reject text too (the
            // last `EXTENSION_TYPES` entries).
            b"tsquery",
            b"ltree",
            b"lquery",
            b"vector",
            b"halfvec",
            b"sparsevec",
            b"hstore",
            b"geometry",
            b"geography",
            b"cube",
        ];
        const EXTENSION_TYPES: usize = 10;
        let target = self.bytes(i + 1);
        if !TYPES.iter().any(|t| t.eq_ignore_ascii_case(target)) {
            return;
        }
        let mut p = i - 1;
        // Through `::text` or `::varchar` to what was cast first.
        if matches!(self.kw(p), Kw::Text | Kw::Varchar)
            && p >= 2
            && self.kind(p - 1) == Some(TokenKind::Cast)
        {
            p -= 2;
        }
        let source = match self.kind(p) {
            Some(TokenKind::RParen) => self.partner(p).and_then(|o| o.checked_sub(1)),
            Some(TokenKind::Ident) => Some(p),
            _ => None,
        };
        // A subquery cast to JSON, XML or a date is common enough
        // (`(SELECT array_to_json(…))::jsonb`); to an object name or bits,
        // it is a leak.
        let strict = (target.len() >= 3
            && (target[..3].eq_ignore_ascii_case(b"reg")
                || target.eq_ignore_ascii_case(b"bit")
                || target.eq_ignore_ascii_case(b"varbit")))
            || TYPES[TYPES.len() - EXTENSION_TYPES..]
                .iter()
                .any(|t| t.eq_ignore_ascii_case(target));
        let leak = self.kind(p) == Some(TokenKind::RParen)
            && self
                .partner(p)
                .is_some_and(|o| self.leaks(o, strict, strict));
        // To an object name, bits or an extension's type no application
        // casts even its own settings (`current_setting('cron.…')::text::cube`).
        if leak || source.is_some_and(|k| self.leaky_probe(k) || (strict && self.is_probe(k))) {
            self.push(
                Rule::ErrorBased,
                Severity::Medium,
                self.span(p, i + 1),
                "server identity cast to a type that rejects it",
            );
        }
    }

    #[inline(never)]
    fn e_string(&mut self, i: usize) {
        // Hex or octal escapes that spell plain letters hide words from
        // filters; applications escape control characters, not letters.
        let text = self.text(i).as_bytes();
        let mut k = 0;
        while k + 1 < text.len() {
            if text[k] == b'\\' {
                let next = text[k + 1];
                let decoded = if next == b'x' {
                    hex_value(text.get(k + 2..k + 4))
                } else if (b'0'..=b'3').contains(&next) {
                    octal_value(text.get(k + 1..k + 4))
                } else {
                    None
                };
                if decoded.is_some_and(|b| b.is_ascii_alphanumeric()) {
                    self.push(
                        Rule::Obfuscation,
                        Severity::Medium,
                        self.span(i, i),
                        "escape sequence spelling a plain letter",
                    );
                    return;
                }
                k += 2;
            } else {
                k += 1;
            }
        }
    }

    /// `U&'\0061dmin'`: the same trick as hex escapes in `E''` strings,
    /// but a note only: `U&` strings are how clients write any character
    /// in ASCII (`U&'d\0061t\+000061'`), the escapes are data inside the
    /// literal, and a payload that uses them still needs structure the
    /// other rules see.
    #[inline(never)]
    fn unicode_string(&mut self, i: usize) {
        let text = self.text(i);
        let hides_letter = text.split('\\').skip(1).any(|escape| {
            escape
                .get(..4)
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32)
                .is_some_and(|c| c.is_ascii_alphanumeric())
        });
        if hides_letter {
            self.push(
                Rule::Obfuscation,
                Severity::Low,
                self.span(i, i),
                "escape sequence spelling a plain letter",
            );
        }
    }

    /// The rules of keyword `i`, for the keywords [`kw_info`] marks with
    /// [`RULES`]. One match on the keyword: each keyword runs only its own
    /// checks, in the order the findings must come out.
    #[inline(never)]
    fn keyword(&mut self, i: usize, top: &mut Frame, depth: usize) {
        // Every arm a call, so that this dispatch saves no registers.
        let kw = self.sig[i].kw;
        match kw {
            Kw::Or | Kw::And | Kw::When | Kw::Having => self.condition(i, kw),
            Kw::Select | Kw::Where => self.glued_keyword(i),
            Kw::Union | Kw::Intersect | Kw::Except => self.set_operation(i, top),
            Kw::From => self.from(i, *top, depth),
            Kw::Cast => self.cast_call(i),
            Kw::Chr => self.chr_call(i),
            Kw::Limit | Kw::Offset | Kw::Sys | Kw::Program | Kw::To | Kw::QueryToXml => {
                self.rare_keyword(i, *top, depth);
            }
            Kw::Execute | Kw::Listen | Kw::Notify => self.utility_statement(i),
            Kw::Grant => self.grant(i),
            Kw::With => self.recursive_query(i),
            _ => self.classed(i, kw, *top, depth),
        }
    }

    /// `WITH RECURSIVE z(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM z)
    /// SELECT count(*) FROM z`: a recursive query whose recursive term
    /// reads only itself and keeps every row (UNION ALL), with no WHERE to
    /// stop it, and no LIMIT on the
    /// query that reads it, runs until the server runs out of memory or
    /// the statement times out: a denial of service. An application's
    /// recursive query walks a table (`JOIN tree t ON …`) or counts up to
    /// a bound.
    #[inline(never)]
    fn recursive_query(&mut self, i: usize) {
        if let Some(close) = self.unbounded_recursion(i) {
            self.push(
                Rule::TimeBased,
                Severity::High,
                self.span(i, close),
                "recursive query with nothing to stop it",
            );
        }
    }

    /// [`Analyzer::recursive_query`]'s test, at the WITH at `i`: the end of
    /// the recursive query's body, if nothing stops it.
    fn unbounded_recursion(&self, i: usize) -> Option<usize> {
        if !self.bytes(i + 1).eq_ignore_ascii_case(b"recursive") {
            return None;
        }
        let name = self.bytes(i + 2);
        let mut k = i + 3;
        if self.kind(k) == Some(TokenKind::LParen) {
            k = self.partner(k)? + 1;
        }
        if self.kw(k) != Kw::As || self.kind(k + 1) != Some(TokenKind::LParen) {
            return None;
        }
        let close = self.partner(k + 1)?;
        // The recursive term: after the body's UNION, at its own depth.
        // Only UNION ALL: under UNION, a term that repeats its rows adds
        // none, and the recursion ends (`SELECT a FROM cte` in PostgreSQL's
        // own tests).
        let union = self
            .top_level(k + 2, close)
            .find(|&j| self.kw(j) == Kw::Union)
            .filter(|&j| self.kw(j + 1) == Kw::All)?;
        let mut from = None;
        for j in self.top_level(union + 1, close) {
            match self.kw(j) {
                Kw::Where | Kw::Limit | Kw::Fetch | Kw::Join | Kw::Union => return None,
                Kw::From => from = Some(j),
                _ => {}
            }
        }
        // FROM the query's own name (and perhaps an alias), nothing else.
        let f = from?;
        let reads_itself = self.bytes(f + 1).eq_ignore_ascii_case(name)
            && (f + 2 == close || (f + 3 == close && self.kind(f + 2) == Some(TokenKind::Ident)));
        // The query that reads it may bound it.
        let bounded = self
            .top_level(close + 1, self.sig.len())
            .take_while(|&j| self.kind(j) != Some(TokenKind::Semicolon))
            .any(|j| matches!(self.kw(j), Kw::Limit | Kw::Fetch));
        (reads_itself && !bounded).then_some(close)
    }

    /// The tokens from `from` to `to` (at most [`SCAN_LIMIT`] of them)
    /// outside any parens opened among them.
    fn top_level(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let mut depth = 0usize;
        (from..to.min(from.saturating_add(SCAN_LIMIT))).filter(move |&j| {
            match self.kind(j) {
                Some(TokenKind::LParen) => depth += 1,
                Some(TokenKind::RParen) => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
    }

    /// UNION, INTERSECT or EXCEPT: what the set operation joins; the rest
    /// of the frame is a UNION arm.
    #[inline(never)]
    fn set_operation(&mut self, i: usize, top: &mut Frame) {
        if self.sig[i].kw == Kw::Union {
            self.glued_keyword(i);
        }
        self.union(i, *top);
        top.bits = (top.bits | UNION_ARM) & !SEEN_LIMIT;
    }

    /// The keywords with one rule each that benign statements seldom or
    /// never hold, LIMIT and OFFSET aside.
    #[inline(never)]
    fn rare_keyword(&mut self, i: usize, top: Frame, depth: usize) {
        match self.sig[i].kw {
            Kw::Limit | Kw::Offset if self.opens_subquery(i + 1) => {
                self.push(
                    Rule::SubqueryInjection,
                    Severity::Medium,
                    self.span(i, i + 2),
                    "subquery as a LIMIT or OFFSET",
                );
            }
            Kw::Sys if self.kind(i + 1) == Some(TokenKind::Dot) => {
                self.push(
                    Rule::ForeignDialect,
                    Severity::High,
                    self.span(i, i + 2),
                    "name from another database",
                );
            }
            Kw::Program if top.copy() => {
                self.push(
                    Rule::FileAccess,
                    Severity::High,
                    self.span(i, i),
                    "COPY runs a program on the server",
                );
            }
            Kw::To => self.copy_file(i, top, depth),
            Kw::QueryToXml if self.is_call(i) => {
                self.push(
                    Rule::ErrorBased,
                    Severity::Medium,
                    self.span(i, self.call_end(i)),
                    "query run from a string",
                );
            }
            _ => {}
        }
    }

    /// `EXECUTE name (args)`, `LISTEN channel`, `NOTIFY channel, 'payload'`
    /// as a statement: a fixed shape with nothing after it, so any more
    /// tokens were spliced in (`EXECUTE stmt_17 OR …`, `NOTIFY chan OR …`).
    /// EXECUTE elsewhere (`GRANT EXECUTE`, a trigger's `EXECUTE FUNCTION`)
    /// is no statement.
    #[cold]
    fn utility_statement(&mut self, i: usize) {
        if i > 0 && self.kind(i - 1) != Some(TokenKind::Semicolon) {
            return;
        }
        if !matches!(
            self.kind(i + 1),
            Some(TokenKind::Ident | TokenKind::QuotedIdent)
        ) {
            return;
        }
        let mut end = i + 2;
        match self.sig[i].kw {
            Kw::Execute if self.kind(end) == Some(TokenKind::LParen) => {
                let Some(close) = self.partner(end) else {
                    return;
                };
                end = close + 1;
            }
            Kw::Notify if self.kind(end) == Some(TokenKind::Comma) => {
                if !self.tok(end + 1).is_some_and(|t| t.kind.is_string()) {
                    return;
                }
                end += 2;
            }
            _ => {}
        }
        if let Some(t) = self.tok(end)
            && t.kind != TokenKind::Semicolon
        {
            self.push(
                Rule::Malformed,
                Severity::High,
                self.span(end, end),
                "more after a statement of fixed shape (EXECUTE, LISTEN, NOTIFY)",
            );
        }
    }

    /// `GRANT pg_execute_server_program TO app`: one of the roles that
    /// hand out the server's files and programs, granted. (A catalog query
    /// names them in strings; a REVOKE takes them away.)
    #[cold]
    fn grant(&mut self, i: usize) {
        const ROLES: [&[u8]; 3] = [
            b"pg_execute_server_program",
            b"pg_read_server_files",
            b"pg_write_server_files",
        ];
        for k in i + 1..i + SCAN_LIMIT {
            let Some(t) = self.tok(k) else {
                return;
            };
            if matches!(t.kw, Kw::To | Kw::On | Kw::Grant) || t.kind == TokenKind::Semicolon {
                return;
            }
            let name = self.bytes(k);
            if t.kind == TokenKind::Ident && ROLES.iter().any(|r| r.eq_ignore_ascii_case(name)) {
                self.push(
                    Rule::FileAccess,
                    Severity::Medium,
                    self.span(k, k),
                    "role with the server's file or program access granted",
                );
                return;
            }
        }
    }

    /// `FROM`: the file of a COPY, a table joined with itself.
    #[inline(never)]
    fn from(&mut self, i: usize, top: Frame, depth: usize) {
        if depth == 0 {
            self.root_from = true;
        } else if self.kind(i - 1) == Some(TokenKind::Ident) {
            self.secret_subquery(i);
        }
        self.other_catalog(i, top, depth);
        if top.copy() {
            self.copy_file(i, top, depth);
        }
        self.self_join(i);
    }

    /// `(SELECT password_hash FROM staff_accounts WHERE …)`, `(SELECT
    /// a.pin_hash FROM …)`: a subquery of one password column, whose
    /// `FROM` is at `i`, spliced into another statement's expression (to
    /// be hashed, padded, compared or cast there). An application compares
    /// a password where it reads the row, not through a subquery.
    #[cold]
    fn secret_subquery(&mut self, i: usize) {
        let select = if self.kind(i - 2) == Some(TokenKind::Dot) {
            i.checked_sub(4)
        } else {
            Some(i - 2)
        };
        let Some(select) = select.filter(|&k| k > 0 && self.kw(k) == Kw::Select) else {
            return;
        };
        if self.kind(select - 1) == Some(TokenKind::LParen) && password_name(self.text(i - 1)) {
            self.push(
                Rule::CatalogProbe,
                Severity::Medium,
                self.span(select, i),
                "password column read in a subquery",
            );
        }
    }

    /// A system catalog read at `i`, settled by where it stands: in a UNION
    /// arm, at the top, or from a subquery (see
    /// [`Analyzer::settle_catalog`]).
    #[cold]
    fn catalog_read(&mut self, i: usize, top: Frame, depth: usize) {
        let (severity, message) = if top.union_arm() {
            self.catalog_pending = true;
            (Severity::High, CATALOG_IN_UNION_ARM)
        } else if depth == 0 {
            self.root_catalog = true;
            (Severity::Low, "system catalog read")
        } else if !self.root_catalog {
            // An application query that reaches into the catalog from a
            // subquery; introspection queries read the catalog at the top
            // (settled at the statement's end, as a CTE comes before the
            // top's FROM).
            self.catalog_pending = true;
            (Severity::Medium, CATALOG_FROM_SUBQUERY)
        } else {
            (Severity::Low, "system catalog read in a subquery")
        };
        self.push(Rule::CatalogProbe, severity, self.span(i, i), message);
    }

    /// `FROM pg_db_role_setting`, `FROM pg_catalog.pg_foreign_server`: a
    /// relation named `pg_…` that is no keyword of the rules is one of
    /// PostgreSQL's many other catalogs (the prefix is reserved for them).
    fn other_catalog(&mut self, i: usize, top: Frame, depth: usize) {
        let mut k = i + 1;
        if self.kw(k) == Kw::PgCatalog && self.kind(k + 1) == Some(TokenKind::Dot) {
            k += 2;
        }
        if self.kw(k) == Kw::None && self.pg_relation(k) {
            self.catalog_read(k, top, depth);
        }
    }

    /// Whether the word at `k` names a relation `pg_…` (not a call): the
    /// prefix PostgreSQL reserves for its catalogs.
    fn pg_relation(&self, k: usize) -> bool {
        self.kind(k) == Some(TokenKind::Ident)
            && self.kind(k + 1) != Some(TokenKind::LParen)
            && self
                .bytes(k)
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"pg_"))
    }

    /// `COPY t FROM '/etc/passwd'`, `COPY t TO '/tmp/x'`.
    #[inline(never)]
    fn copy_file(&mut self, i: usize, top: Frame, depth: usize) {
        if top.copy()
            && depth == 0
            && matches!(
                self.kind(i + 1),
                Some(TokenKind::String | TokenKind::EString | TokenKind::DollarString)
            )
        {
            // The text's own COPY (its first statement, which no injection
            // writes) names its file; a COPY stacked after another
            // statement is a payload's, and so is a file name with an
            // expression after it (`TO '/x/q9' OR 3 IS DISTINCT FROM 4`,
            // `TO '/x/x" OR'k2'='k2'`: the template's literal cut open).
            let options_follow = self.tok(i + 2).is_none_or(|t| {
                matches!(t.kind, TokenKind::Semicolon | TokenKind::LParen)
                    || (t.kind == TokenKind::Ident
                        && t.space_before()
                        && !matches!(
                            t.kw,
                            Kw::And | Kw::Or | Kw::Not | Kw::Is | Kw::In | Kw::Like | Kw::Ilike
                        ))
            });
            let own = self.first_statement(i) && options_follow;
            self.push(
                Rule::FileAccess,
                if own { Severity::Low } else { Severity::Medium },
                self.span(i, i + 1),
                if own {
                    "the statement's own COPY reads or writes a server file"
                } else {
                    "COPY reads or writes a server file"
                },
            );
        }
    }

    /// `chr(65)||chr(66)||chr(67)`: text built from character codes.
    #[inline(never)]
    fn chr_call(&mut self, i: usize) {
        if !self.is_call(i) {
            return;
        }
        let end = self.call_end(i);
        // Text spelled from constants: a chr() joined to a string, a
        // subquery or a run of chr() calls (`'ad'||chr(109)`,
        // `CHR(113)||CHR(101)||CHR(111)`). One joined to a column (`name ||
        // chr(10) || address`, `chr(80) || substr(name, 2)`) formats data,
        // and so do two characters (`chr(65) || chr(66)`, `chr(13) ||
        // chr(10)`): a payload spells a word.
        let left = (i >= 2 && self.bytes(i - 1) == b"||").then(|| i - 2);
        let right = (self.bytes(end + 1) == b"||").then_some(end + 2);
        let chr_at = |k: usize| self.kw(k) == Kw::Chr && self.is_call(k);
        let left_chr = left.and_then(|k| self.chr_ending(k));
        let right_chr = right.filter(|&k| chr_at(k));
        let run = match (left_chr, right_chr) {
            (Some(_), Some(_)) => true,
            (Some(s), None) => {
                s >= 2 && self.bytes(s - 1) == b"||" && self.chr_ending(s - 2).is_some()
            }
            (None, Some(k)) => {
                let after = self.call_end(k) + 1;
                self.bytes(after) == b"||" && chr_at(after + 1)
            }
            (None, None) => false,
        };
        let spelled =
            run || left.is_some_and(|k| match self.kind(k) {
                Some(TokenKind::RParen) => self.partner(k).is_some_and(|o| self.opens_subquery(o)),
                kind => kind.is_some_and(TokenKind::is_string),
            }) || right.is_some_and(|k| {
                self.kind(k).is_some_and(TokenKind::is_string) || self.opens_subquery(k)
            });
        if spelled {
            self.push(
                Rule::Obfuscation,
                Severity::Medium,
                self.span(i, end),
                "text built with chr()",
            );
        }
        self.chr_calls += 1;
    }

    /// The start of the chr() call whose `)` is at `k`.
    fn chr_ending(&self, k: usize) -> Option<usize> {
        if self.kind(k) != Some(TokenKind::RParen) {
            return None;
        }
        self.partner(k)
            .and_then(|o| o.checked_sub(1))
            .filter(|&s| self.kw(s) == Kw::Chr)
    }

    /// The condition after OR, AND, WHEN or HAVING: tautologies and
    /// constant conditions; after OR and AND, a string glued to the
    /// keyword, unless the statement's own shape (a null test, a query
    /// builder's idiom) ended the checks.
    #[inline(never)]
    fn condition(&mut self, i: usize, kw: Kw) {
        if self.condition_checks(i, kw) && matches!(kw, Kw::Or | Kw::And) {
            self.glued_keyword(i);
        }
    }

    /// [`Analyzer::condition`] but the glued string: false where the checks
    /// ended early.
    fn condition_checks(&mut self, i: usize, kw: Kw) -> bool {
        if let Some((rule, end, message)) = self.server_asked(i + 1) {
            self.push(rule, Severity::Medium, self.span(i, end), message);
        }
        if kw != Kw::When
            && let Some(end) = self.setting_compared(i + 1)
        {
            self.push(
                Rule::ConstantCondition,
                Severity::Medium,
                self.span(i, end - 1),
                "server setting compared with a constant",
            );
            return false;
        }
        let Some(cond) = self.cond(i + 1) else {
            return true;
        };
        let span = self.span(i, cond.end.saturating_sub(1).max(i));
        // `x IS NOT NULL` is a tautology only where a literal
        // was just closed: `id = 5 OR id IS NOT NULL`.
        let after_literal = i > 0 && self.sig[i - 1].kind.is_literal();
        let is_null_test = self.kw(cond.end.saturating_sub(1)) == Kw::Null && !cond.constant;
        if is_null_test && !(kw == Kw::Or && after_literal) {
            return false;
        }
        // `AND true` and `AND 1=1` are how query builders spell
        // an empty filter; they only matter after OR. `1=1` right after
        // a literal is the exception: `WHERE volume > 1 AND 1=1` is a
        // number slot filled with the classic probe, and a builder puts
        // its filler after WHERE or a parameter.
        let builder_idiom = cond.end <= i + 2
            || (cond.end == i + 4
                && self.text(i + 1) == "1"
                && self.text(i + 2) == "="
                && self.text(i + 3) == "1"
                && !(kw == Kw::And && after_literal));
        if kw != Kw::Or && builder_idiom {
            return false;
        }
        if kw == Kw::Or && cond.value == Some(true) && (cond.constant || cond.same_ident) {
            self.push(
                Rule::Tautology,
                Severity::High,
                span,
                "always-true condition after OR",
            );
        } else if cond.constant || cond.same_ident {
            self.push(
                Rule::ConstantCondition,
                Severity::Medium,
                span,
                "constant condition in a query",
            );
        }
        true
    }

    /// A condition that asks the server about itself with constants, in a
    /// query that reads no catalog, at `k`: the finding's rule, the end of
    /// the question and the message, if so.
    ///
    /// - `AND has_table_privilege('pg_authid', 'SELECT')`, `WHEN
    ///   (pg_has_role(current_user, 'pg_read_server_files', 'member'))`:
    ///   the session's privileges. An application asks about its own tables
    ///   in its select list, or about a catalog's rows (`WHERE
    ///   has_table_privilege(c.oid, 'SELECT')`).
    /// - `AND to_regclass('hdb_catalog.hdb_metadata') IS NOT NULL`: whether
    ///   a relation, role, type or function of a constant name exists, a
    ///   blind probe for what is installed (as sqlmap's `EXISTS (SELECT n
    ///   FROM t)`).
    fn server_asked(&self, mut k: usize) -> Option<(Rule, usize, &'static str)> {
        if self.root_catalog {
            return None;
        }
        while self.kind(k) == Some(TokenKind::LParen) || self.kw(k) == Kw::Not {
            k += 1;
        }
        // Most conditions start with a name compared: no call, one test.
        if self.kind(k) != Some(TokenKind::Ident) || !self.is_call(k) {
            return None;
        }
        let name = self.bytes(k);
        let privilege = (name.len() > 14
            && name[..4].eq_ignore_ascii_case(b"has_")
            && name[name.len() - 10..].eq_ignore_ascii_case(b"_privilege"))
            || name.eq_ignore_ascii_case(b"pg_has_role");
        if privilege {
            let end = self.call_end(k);
            // `has_table_privilege((current_role)::text, 'SELECT')`: casts
            // and their types change nothing.
            let constant = (k + 2..end).all(|a| {
                let t = &self.sig[a];
                t.kind.is_literal()
                    || matches!(
                        t.kind,
                        TokenKind::Comma | TokenKind::LParen | TokenKind::RParen | TokenKind::Cast
                    )
                    || keywords_class(t.kw) == Class::Probe
                    || (a > 0 && self.kind(a - 1) == Some(TokenKind::Cast))
            });
            return constant.then_some((
                Rule::EnvironmentProbe,
                end,
                "privileges tested in a condition",
            ));
        }
        let lookup = name.len() > 6 && name[..6].eq_ignore_ascii_case(b"to_reg");
        let close = self.partner(k + 1)?;
        if !lookup || close != k + 3 || !self.kind(k + 2).is_some_and(TokenKind::is_string) {
            return None;
        }
        let mut j = close + 1;
        if self.kw(j) != Kw::Is {
            return None;
        }
        j += 1;
        if self.kw(j) == Kw::Not {
            j += 1;
        }
        (self.kw(j) == Kw::Null).then_some((
            Rule::CatalogProbe,
            j,
            "object existence tested in a condition",
        ))
    }

    /// `SELECT pg_sleep(0.5), pg_try_advisory_lock(…)`: a sleep of a
    /// constant under a second in the select list of the text's first
    /// statement, outside any subquery, condition or UNION arm. That is
    /// where the application's own text stands (a batch job pacing
    /// itself); an injection lands in a condition, a subquery or a stacked
    /// statement, and a time-based probe needs a delay that stands out
    /// from network jitter (sqlmap's least is a second).
    fn own_short_pause(&self, i: usize, kw: Kw, top: Frame, depth: usize) -> bool {
        let short = kw == Kw::PgSleep
            && self.kind(i + 2) == Some(TokenKind::Number)
            && self.kind(i + 3) == Some(TokenKind::RParen)
            && self.text(i + 2).parse::<f64>().is_ok_and(|s| s < 1.0);
        short && self.own_select_list(i, top, depth)
    }

    /// Whether the token at `i` stands in the select list of the text's
    /// first statement, outside any subquery, condition or UNION arm:
    /// where the application's own text stands, and no injection lands.
    fn own_select_list(&self, i: usize, top: Frame, depth: usize) -> bool {
        depth == 0
            && top.first == Kw::Select
            && !top.in_cond()
            && !top.union_arm()
            && self.first_statement(i)
    }

    /// Whether the token at `i` is in the text's first statement.
    fn first_statement(&self, i: usize) -> bool {
        !self.sig[..i].iter().any(|t| t.kind == TokenKind::Semicolon)
    }

    /// `'x'OR b = 1`: a keyword glued to the string after it.
    #[inline(never)]
    fn glued_keyword(&mut self, i: usize) {
        if let Some(next) = self.tok(i + 1)
            && next.kind.is_string()
            && !next.space_before()
        {
            self.push(
                Rule::Obfuscation,
                Severity::Medium,
                self.span(i, i + 1),
                "keyword glued to a literal",
            );
        }
    }

    /// The rules of the keywords with a [`Class`] other than
    /// [`Class::Plain`]: functions and names of probes, files, catalogs
    /// and other databases.
    #[inline(never)]
    fn classed(&mut self, i: usize, kw: Kw, top: Frame, depth: usize) {
        match keywords_class(kw) {
            Class::Time if self.is_call(i) => {
                if self.own_short_pause(i, kw, top, depth) {
                    self.push(
                        Rule::TimeBased,
                        Severity::Low,
                        self.span(i, self.call_end(i)),
                        "short pause in the statement's own select list",
                    );
                } else {
                    self.push(
                        Rule::TimeBased,
                        Severity::High,
                        self.span(i, self.call_end(i)),
                        "call makes the server sleep",
                    );
                }
            }
            // `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE
            // …`: an administrator's statement, when the call is its own.
            Class::File
                if kw == Kw::PgTerminateBackend
                    && self.is_call(i)
                    && self.own_select_list(i, top, depth) =>
            {
                self.push(
                    Rule::FileAccess,
                    Severity::Low,
                    self.span(i, self.call_end(i)),
                    "backends ended by the statement's own select list",
                );
            }
            Class::File if self.is_call(i) => {
                self.push(
                    Rule::FileAccess,
                    Severity::High,
                    self.span(i, self.call_end(i)),
                    "file system or network access",
                );
            }
            Class::ForeignFn if self.is_call(i) => {
                self.push(
                    Rule::ForeignDialect,
                    Severity::High,
                    self.span(i, self.call_end(i)),
                    "function of another database",
                );
            }
            Class::ForeignName => {
                self.push(
                    Rule::ForeignDialect,
                    Severity::High,
                    self.span(i, i),
                    "name from another database",
                );
            }
            // `usename` is a user name, not a password: monitoring reads it
            // from pg_stat_activity. Payloads that take it reach for it in
            // a UNION arm, or from pg_user or pg_shadow, which fire anyway.
            Class::Credential if kw == Kw::Usename && !top.union_arm() => {
                self.push(
                    Rule::CatalogProbe,
                    Severity::Low,
                    self.span(i, i),
                    "user name column read",
                );
            }
            // `pg_user` is pg_shadow without the hashes: introspection
            // tools join it at the top of their query for owners' names
            // (drizzle-kit, pgspecial's `\du`). From a subquery or a UNION
            // arm it is how payloads list the users.
            Class::Credential if kw == Kw::PgUser && depth == 0 && !top.union_arm() => {
                // A catalog read at the top, as `pg_catalog.pg_user` is.
                self.root_catalog = true;
                self.push(
                    Rule::CatalogProbe,
                    Severity::Low,
                    self.span(i, i),
                    "user list read",
                );
            }
            Class::Credential => {
                self.push(
                    Rule::CatalogProbe,
                    Severity::High,
                    self.span(i, i),
                    "password catalog",
                );
            }
            // `pg_catalog.int4`, `pg_catalog.format(…)`, `OPERATOR(pg_catalog.=)`:
            // a built-in type, function or operator named with its schema,
            // as search-path-safe code does, reads no catalog.
            Class::Catalog if kw == Kw::PgCatalog && self.qualifies_builtin(i) => {}
            // `x::information_schema.sql_identifier`: a type's schema.
            Class::Catalog if i > 0 && self.kind(i - 1) == Some(TokenKind::Cast) => {}
            Class::Catalog => self.catalog_read(i, top, depth),
            Class::Probe => self.probe(i, top),
            Class::Heavy if self.is_call(i) => {
                let end = self.call_end(i);
                // `generate_series(a, b)` of two numbers makes `b - a + 1` rows,
                // however large the numbers (`generate_series(
                // 9223372036854775805::int8, 9223372036854775807::int8)` is
                // three); other calls and other arguments, by their largest.
                let heavy = match self.series_bounds(i, end) {
                    Some((from, to)) => (to - from).abs() + 1.0 >= 1e6,
                    None => (i + 2..end.min(i + SCAN_LIMIT)).any(|k| {
                        self.kind(k) == Some(TokenKind::Number)
                            && parse_number(self.text(k)).is_some_and(|v| v >= 1e6)
                    }),
                };
                if heavy {
                    self.push(
                        Rule::TimeBased,
                        Severity::High,
                        self.span(i, end),
                        "call with a huge count makes the server busy",
                    );
                }
            }
            _ => {}
        }
    }

    /// The first two arguments of the `generate_series` call at `i`
    /// (ending at `end`) where both are numbers, signed or cast.
    fn series_bounds(&self, i: usize, end: usize) -> Option<(f64, f64)> {
        if self.kw(i) != Kw::GenerateSeries {
            return None;
        }
        let number = |k: usize| {
            let (sign, k) = if self.bytes(k) == b"-" {
                (-1.0, k + 1)
            } else {
                (1.0, k)
            };
            let value =
                parse_number(self.text(k)).filter(|_| self.kind(k) == Some(TokenKind::Number))?;
            // The number, then its casts, then the comma or the paren.
            let mut next = k + 1;
            while self.kind(next) == Some(TokenKind::Cast) {
                next += 2;
            }
            Some((sign * value, next))
        };
        let (from, comma) = number(i + 2)?;
        if comma >= end || self.kind(comma) != Some(TokenKind::Comma) {
            return None;
        }
        let (to, _) = number(comma + 1)?;
        Some((from, to))
    }

    /// At the end of the statement whose last token is before `end`:
    /// catalog reads from its subqueries are an introspection query's own
    /// when its top level reads a catalog too (`WITH deps AS (… pg_depend …)
    /// SELECT … FROM pg_catalog.pg_type`), or when the text's first
    /// statement is a SELECT with no FROM at its top, only subqueries:
    /// `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, or
    /// when the text's first statement is DDL (a view over the catalog). An
    /// injection lands beside a template's own FROM.
    fn settle_catalog(&mut self, end: usize) {
        let start = std::mem::replace(&mut self.statement_start, self.out.len());
        if !std::mem::take(&mut self.catalog_pending) {
            return;
        }
        let first = self.first_statement(end.min(self.sig.len()));
        let own_query = self.root_catalog
            || (first && self.kw(0) == Kw::Select && !self.root_from)
            || (first && self.kw(0) == Kw::Create)
            || (first && self.kw(0) == Kw::With && self.first_cte_reads_catalog());
        if !own_query {
            return;
        }
        for f in &mut self.out[start..] {
            if unsettled(f) {
                f.severity = Severity::Low;
                f.message = "system catalog read in an introspection query";
            }
        }
    }

    /// Whether the text opens with `WITH name AS (…)` whose body reads a
    /// system catalog at its own level (`WITH database AS (SELECT … FROM
    /// pg_catalog.pg_database …)`, `… FROM pg_depend d`): an introspection
    /// query, whose later CTEs and subqueries read catalogs too. An
    /// injection cannot write the text's first CTE; inside it, it reaches a
    /// catalog from a subquery or a UNION arm, not in the body's first arm.
    fn first_cte_reads_catalog(&self) -> bool {
        let mut k = 1;
        if self.bytes(k).eq_ignore_ascii_case(b"recursive") {
            k += 1;
        }
        if !matches!(
            self.kind(k),
            Some(TokenKind::Ident | TokenKind::QuotedIdent)
        ) {
            return false;
        }
        k += 1;
        if self.kind(k) == Some(TokenKind::LParen) {
            let Some(close) = self.partner(k) else {
                return false;
            };
            k = close + 1;
        }
        if self.kw(k) != Kw::As {
            return false;
        }
        k += 1;
        while self.kw(k) == Kw::Not || self.bytes(k).eq_ignore_ascii_case(b"materialized") {
            k += 1;
        }
        let Some(close) = self
            .partner(k)
            .filter(|_| self.kind(k) == Some(TokenKind::LParen))
        else {
            return false;
        };
        // The body's first arm only: a UNION arm is where a payload would
        // put its catalog read.
        let mut depth = 0usize;
        for j in k + 1..close.min(k + SCAN_LIMIT) {
            match self.kind(j) {
                Some(TokenKind::LParen) => depth += 1,
                Some(TokenKind::RParen) => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 {
                continue;
            }
            let kw = self.kw(j);
            if matches!(kw, Kw::Union | Kw::Intersect | Kw::Except) {
                return false;
            }
            if keywords_class(kw) == Class::Catalog || self.pg_relation(j) {
                return true;
            }
        }
        false
    }

    /// Whether `pg_catalog` at `i` qualifies a name that is no catalog
    /// relation and no function the rules watch: `pg_catalog.text`,
    /// `pg_catalog.format`, `pg_catalog.=`. Catalog relations are named
    /// `pg_…`; `pg_catalog.version()` keeps its finding.
    fn qualifies_builtin(&self, i: usize) -> bool {
        if self.kind(i + 1) != Some(TokenKind::Dot) {
            return false;
        }
        let Some(name) = self.tok(i + 2) else {
            return false;
        };
        match name.kind {
            TokenKind::Operator => true,
            TokenKind::Ident => {
                matches!(
                    keywords_class(name.kw),
                    Class::Plain | Class::NumericType | Class::Extract
                ) && !self
                    .bytes(i + 2)
                    .get(..3)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"pg_"))
            }
            _ => false,
        }
    }

    #[inline(never)]
    fn probe(&mut self, i: usize, top: Frame) {
        let kw = self.kw(i);
        if !self.is_probe(i) {
            return;
        }
        // `current_setting(((SELECT json_agg(z)::text FROM t z))::text)`:
        // no setting has that name, and the error message says the name.
        if kw == Kw::CurrentSetting && self.opens_subquery(self.inner_paren(i + 2)) {
            self.push(
                Rule::ErrorBased,
                Severity::High,
                self.span(i, i + 2),
                "subquery's value read as a setting's name",
            );
        }
        let end = self.call_end(i);
        let argument =
            i > 0 && matches!(self.kind(i - 1), Some(TokenKind::LParen | TokenKind::Comma));
        let (around_extract, around_spliced) = if argument {
            self.enclosing_calls(i)
        } else {
            (false, false)
        };
        let in_extract = argument
            && (matches!(keywords_class(top.func), Class::Extract | Class::ForeignFn)
                || around_extract
                || matches!(
                    top.func,
                    Kw::Concat | Kw::Md5 | Kw::StringAgg | Kw::Coalesce | Kw::Cast | Kw::Chr
                ));
        let scalar_subquery =
            i > 1 && self.kw(i - 1) == Kw::Select && self.kind(i - 2) == Some(TokenKind::LParen);
        let compared_to_literal = (i > 1
            && self.is_comparison(i - 1)
            && self.tok(i - 2).is_some_and(|t| t.kind.is_literal()))
            || (self.is_comparison(end + 1)
                && self.tok(end + 2).is_some_and(|t| t.kind.is_literal()));
        // `'x' || (current_database())::text || ''`: parens and casts
        // around the probe change nothing.
        let (before, after) = self.wrapped(i, end);
        let concatenated = before.is_some_and(|b| matches!(self.bytes(b), b"||" | b"+"))
            || matches!(self.bytes(after), b"||" | b"+")
            || around_spliced;
        // `version()` and `current_database()` belong in select lists and
        // admin tools, not in conditions or function arguments.
        // A subquery in parens is no function's arguments: `EXISTS (SELECT
        // 1 FROM pg_stat_activity WHERE datname = current_database())`.
        let in_call = top.func != Kw::None && !matches!(top.first, Kw::Select | Kw::With);
        let odd_function = (kw == Kw::Version && (top.in_cond() || in_call))
            || (matches!(kw, Kw::CurrentDatabase | Kw::InetServerAddr) && in_call);
        let tested = top.in_cond() && self.probe_tested(i, end);
        let (severity, message) = if kw == Kw::CurrentSetting && self.harmless_setting(i) {
            // `'pgstac,' || current_setting('search_path')`,
            // `current_setting('app.tenant_id')`: the application's own
            // settings, wherever they are read.
            (Severity::Low, "server setting read")
        } else if kw == Kw::CurrentSetting && top.in_cond() && self.file_setting(i) {
            // `AND 8-ascii(current_setting('config_file')::text)`.
            (Severity::Medium, "server file location read in a condition")
        } else if kw == Kw::CurrentSetting && in_extract && self.file_setting(i) {
            // `VALUES (318 + 0*length((current_setting('ident_file'))), …)`.
            (Severity::Medium, "server file location taken apart")
        } else if kw == Kw::CurrentSetting
            && scalar_subquery
            && i > 2
            && (self.is_comparison(i - 3) || matches!(self.kw(i - 3), Kw::Where | Kw::And | Kw::Or))
        {
            // `viability_pct >= (SELECT current_setting('server_version'))`:
            // an inline query of the server's own setting, as a value in
            // a condition.
            (Severity::Medium, "server setting compared in a condition")
        } else if kw == Kw::CurrentSetting && !concatenated && !top.union_arm() && !tested {
            // Applications read settings (row-level security, feature
            // flags) all the time.
            (Severity::Low, "server setting read")
        } else if in_extract {
            (Severity::High, "server identity taken apart")
        } else if concatenated {
            (Severity::High, "server identity spliced into a value")
        } else if odd_function {
            (Severity::Medium, "server identity tested in a condition")
        } else if scalar_subquery || compared_to_literal {
            (
                Severity::High,
                "server identity compared or selected in a subquery",
            )
        } else if tested {
            (Severity::Medium, "server identity tested in a condition")
        } else if top.union_arm() {
            (Severity::High, "server identity read in a UNION arm")
        } else {
            (Severity::Low, "server identity read")
        };
        // A process id or a transaction id is no secret, and `'job_' ||
        // pg_backend_pid()` names an advisory lock: worth a review, never
        // a block.
        let severity = if matches!(kw, Kw::PgBackendPid | Kw::TxidCurrent | Kw::PgCurrentXactId) {
            severity.min(Severity::Medium)
        } else {
            severity
        };
        self.push(Rule::EnvironmentProbe, severity, self.span(i, end), message);
    }
    /// Around the operand made of the tokens `i..=end`, the parens that
    /// wrap it exactly and the casts of it (`(session_user)::text`,
    /// `((version()))::varchar(40)`): the index of the token before, if
    /// any, and of the token after.
    fn wrapped(&self, mut i: usize, mut end: usize) -> (Option<usize>, usize) {
        loop {
            if self.kind(end + 1) == Some(TokenKind::Cast)
                && self.kind(end + 2) == Some(TokenKind::Ident)
            {
                end += 2;
                if self.kind(end + 1) == Some(TokenKind::LParen) {
                    match self.partner(end + 1) {
                        Some(close) => end = close,
                        None => break,
                    }
                }
            } else if i > 0
                && self.kind(i - 1) == Some(TokenKind::LParen)
                && self.partner(i - 1) == Some(end + 1)
            {
                i -= 1;
                end += 1;
            } else {
                break;
            }
        }
        (i.checked_sub(1), end + 1)
    }

    /// Whether `current_setting` at `i` reads, by a literal name, a setting
    /// that says nothing about the server's files, users or version: a
    /// custom one (`app.tenant_id`) or one an application tunes.
    fn harmless_setting(&self, i: usize) -> bool {
        const NAMES: &[&str] = &[
            "search_path",
            "timezone",
            "datestyle",
            "intervalstyle",
            "application_name",
            "statement_timeout",
            "lock_timeout",
            "idle_in_transaction_session_timeout",
            "work_mem",
            "block_size",
            "max_connections",
            "client_encoding",
            "default_transaction_isolation",
            "transaction_isolation",
        ];
        // `pgrst.jwt_secret`: a custom setting, but a secret one.
        self.setting_name(i).is_some_and(|name| {
            (name.contains('.') || NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)))
                && !secret_name(name)
                && !name_has(name, &[b"key"])
        })
    }

    /// Whether `current_setting(…)` at `i` names where the server keeps
    /// its files, or how it loads code: what a probe reads, never an
    /// application's query.
    fn file_setting(&self, i: usize) -> bool {
        const NAMES: &[&str] = &[
            "config_file",
            "hba_file",
            "ident_file",
            "data_directory",
            "external_pid_file",
            "log_directory",
            "ssl_cert_file",
            "ssl_key_file",
            "ssl_ca_file",
            "krb_server_keyfile",
            "unix_socket_directories",
            "dynamic_library_path",
            "shared_preload_libraries",
            "archive_command",
            "primary_conninfo",
        ];
        self.setting_name(i)
            .is_some_and(|name| NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)))
    }

    /// The name in `current_setting('name')` or `current_setting('name',
    /// …)` at `i`.
    fn setting_name(&self, i: usize) -> Option<&'s str> {
        if self.kind(i + 1) != Some(TokenKind::LParen)
            || !matches!(self.kind(i + 3), Some(TokenKind::RParen | TokenKind::Comma))
        {
            return None;
        }
        self.string_content(i + 2)
    }

    /// What the string at `i` holds, between its quotes: `'…'`, `N'…'`,
    /// `U&'…'`, `E'…'` or `$tag$…$tag$` (escapes and doubled quotes left
    /// as written); `None` for any other token.
    fn string_content(&self, i: usize) -> Option<&'s str> {
        let t = self.tok(i)?;
        string_body(self.text_of(t), t.kind)
    }

    /// Whether the probe at `i` (ending at `end`), bare or wrapped in up to
    /// two calls (`position('a' in current_user)`, `get_byte(convert_to(
    /// current_user, 'UTF8'), 0)`), is compared with a literal, matched
    /// against a pattern or tested for NULL: a boolean-blind probe.
    /// `owner = current_user` compares with a column, and custom settings
    /// (`current_setting('app.tenant')`, row-level security) are the
    /// application's own.
    fn probe_tested(&self, i: usize, end: usize) -> bool {
        if self.kw(i) == Kw::CurrentSetting
            && self
                .tok(i + 2)
                .is_none_or(|t| !t.kind.is_string() || self.text(i + 2).contains('.'))
        {
            return false;
        }
        let mut k = end + 1;
        // `starts_with(current_user, 'r')`: tested by the call around it.
        let test_call = i >= 2
            && self.kind(i - 1) == Some(TokenKind::LParen)
            && (self.bytes(i - 2).eq_ignore_ascii_case(b"starts_with")
                || self.bytes(i - 2).eq_ignore_ascii_case(b"regexp_like"));
        if test_call
            && self.kind(k) == Some(TokenKind::Comma)
            && self.tok(k + 1).is_some_and(|t| t.kind.is_literal())
        {
            return true;
        }
        // `AND current_setting('fsync')::bool`: the value itself is the
        // condition.
        if self.kind(k) == Some(TokenKind::Cast)
            && matches!(self.kw(k + 1), Kw::None)
            && (self.bytes(k + 1).eq_ignore_ascii_case(b"bool")
                || self.bytes(k + 1).eq_ignore_ascii_case(b"boolean"))
        {
            return true;
        }
        for _ in 0..3 {
            let matched = self.kind(k) == Some(TokenKind::Operator)
                && matches!(
                    self.bytes(k),
                    b"~" | b"~*" | b"!~" | b"!~*" | b"^@" | b"~~" | b"~~*" | b"!~~" | b"!~~*"
                );
            if self.is_comparison(k) || matches!(self.kw(k), Kw::Like | Kw::Ilike) || matched {
                let rhs = if self.bytes(k + 1) == b"-" {
                    k + 2
                } else {
                    k + 1
                };
                return self.tok(rhs).is_some_and(|t| t.kind.is_literal());
            }
            if self.kw(k) == Kw::Is {
                return true;
            }
            // Out to the closing paren of the enclosing call.
            let mut depth = 0usize;
            let limit = k + SCAN_LIMIT;
            loop {
                match self.kind(k) {
                    None => return false,
                    Some(TokenKind::LParen) => depth += 1,
                    Some(TokenKind::RParen) if depth == 0 => break,
                    Some(TokenKind::RParen) => depth -= 1,
                    Some(TokenKind::Semicolon) => return false,
                    _ => {}
                }
                k += 1;
                if k >= limit {
                    return false;
                }
            }
            k += 1;
        }
        false
    }

    /// Checks made at an opening paren.
    /// Checks made at an opening paren after anything but a plain call;
    /// `func` is the keyword before it, `prev` the token.
    #[inline(never)]
    fn paren(&mut self, i: usize, func: Kw, prev: Option<Token>) {
        if keywords_class(func) == Class::Extract && self.opens_subquery(self.inner_paren(i + 1)) {
            self.extracted_subquery(i);
        }

        // `(5 BETWEEN 1 AND 9)::int`, `(2321=2321)*5496`: a parenthesized
        // constant condition used as a value.
        let Some(prev) = prev else {
            return;
        };
        let call = matches!(prev.kind, TokenKind::Ident | TokenKind::QuotedIdent)
            && (prev.kw == Kw::None || keywords_class(prev.kw) != Class::Plain);
        // After USING, a join's column list or a row-level security
        // policy's condition, where `USING (true)` is the policy that lets
        // every row through.
        let handled = matches!(
            prev.kw,
            Kw::When
                | Kw::And
                | Kw::Or
                | Kw::Having
                | Kw::In
                | Kw::Values
                | Kw::Not
                | Kw::Where
                | Kw::Using
        );
        // `ORDER BY title (9680=9680)*5491`: a sort key made a call of a
        // constant test by the payload's paren; no function of the
        // application's takes one.
        let probe_argument = call
            && prev.kw == Kw::None
            && prev.kind == TokenKind::Ident
            && self.literal_comparison(i + 1);
        if (call && !probe_argument) || handled || self.kind(i + 1) == Some(TokenKind::LParen) {
            return;
        }
        // Most parens here hold a lone value (`chr(32)`, `cast(x AS int)`):
        // turned away without a call.
        if let Some(start) = self.cond_start(i + 1) {
            self.paren_condition(i, start);
        }
    }

    /// `substr((SELECT …), 1, 1)`: a subquery's result taken apart.
    #[cold]
    #[inline(never)]
    fn extracted_subquery(&mut self, i: usize) {
        self.push(
            Rule::SubqueryInjection,
            Severity::Medium,
            self.span(i.saturating_sub(1), i + 2),
            "subquery result taken apart",
        );
    }

    /// The condition in the paren at `i`, from its `start`.
    #[inline(never)]
    fn paren_condition(&mut self, i: usize, start: CondStart) {
        let close = self.partner(i).unwrap_or(usize::MAX);
        if let Some(cond) = self.cond_resume(start)
            && (cond.constant || cond.same_ident)
            && cond.end == close
            && self.kw(i + 1) != Kw::Select
            // `WHEN ((old.p IS NOT NULL))`: a column tested for NULL, as a
            // condition (`(id IS NOT NULL)::int` is one used as a value).
            && !(!cond.constant
                && self.kw(close - 1) == Kw::Null
                && !matches!(
                    self.kind(close + 1),
                    Some(TokenKind::Cast | TokenKind::Operator)
                ))
            // `('1'::text < '0'::text)::int`: literals typed by hand are a
            // test of the cast rules; a probe compares bare numbers.
            && !(i + 1..close).any(|k| self.kind(k) == Some(TokenKind::Cast))
        {
            self.push(
                Rule::ConstantCondition,
                Severity::Medium,
                self.span(i, close),
                "constant condition used as a value",
            );
        }
    }

    /// The names listed after the FROM at `from`, into `names` as far as
    /// it goes: how many, and the index of the token that ends the list.
    #[inline(always)]
    fn listed_after_from(&self, from: usize, names: &mut [&'s str]) -> (usize, usize) {
        let mut found = 0;
        let mut k = from + 1;
        let mut expect_name = true;
        let last = (from + SCAN_LIMIT).min(self.sig.len());
        while k < last {
            let t = &self.sig[k];
            match t.kind {
                TokenKind::Comma => expect_name = true,
                TokenKind::Ident | TokenKind::QuotedIdent if expect_name => {
                    if matches!(
                        t.kw,
                        Kw::Select
                            | Kw::Where
                            | Kw::Order
                            | Kw::Group
                            | Kw::Limit
                            | Kw::Union
                            | Kw::Join
                    ) {
                        break;
                    }
                    // The whole dotted name: `pg_catalog.pg_class` and
                    // `pg_catalog.pg_index` are two tables of one schema.
                    let mut end = k;
                    while self.kind(end + 1) == Some(TokenKind::Dot)
                        && matches!(
                            self.kind(end + 2),
                            Some(TokenKind::Ident | TokenKind::QuotedIdent)
                        )
                    {
                        end += 2;
                    }
                    if let Some(slot) = names.get_mut(found) {
                        *slot = self.sql.get(self.span(k, end)).unwrap_or("");
                    }
                    found += 1;
                    expect_name = false;
                    k = end;
                }
                TokenKind::Ident | TokenKind::Dot | TokenKind::Colon | TokenKind::QuotedIdent => {
                    if matches!(
                        t.kw,
                        Kw::Where
                            | Kw::Order
                            | Kw::Group
                            | Kw::Limit
                            | Kw::Union
                            | Kw::Join
                            | Kw::On
                    ) {
                        break;
                    }
                }
                _ => break,
            }
            k += 1;
        }
        (found, k)
    }

    /// `FROM t AS t1, t AS t2, t AS t3`: a cartesian product of one table
    /// with itself, the heavy query of time-based blind injection.
    fn self_join(&mut self, from: usize) {
        // The list ends by the second token after FROM at the latest where
        // that token is no comma, name or part of one, or a clause that
        // ends both a name and a list: one name at most, with no scan.
        // The common `FROM t WHERE`, `FROM t)` and `FROM t;` end here
        // (`from` 1.72M -> 1.30M instructions over the corpus's two passes).
        let ends = self.sig.get(from + 2).is_none_or(|t| match t.kind {
            TokenKind::Comma | TokenKind::Dot | TokenKind::Colon | TokenKind::QuotedIdent => false,
            TokenKind::Ident => matches!(
                t.kw,
                Kw::Where | Kw::Order | Kw::Group | Kw::Limit | Kw::Union | Kw::Join
            ),
            _ => true,
        });
        if !ends {
            self.listed_names(from);
        }
    }

    /// [`Analyzer::self_join`] of a list that goes on past its second
    /// token. Out of line, so that `from` saves no registers for the
    /// common short lists (`from` 1.30M -> 1.27M).
    #[inline(never)]
    fn listed_names(&mut self, from: usize) {
        // Counting the names first, and reading their texts only for lists
        // of three or more, spares the common `FROM t WHERE` every text.
        let (found, k) = self.listed_after_from(from, &mut []);
        if found >= 3 {
            self.repeated_tables(from, found, k);
        }
    }

    /// [`Analyzer::self_join`] of a list of `found` names ending at `k`.
    #[inline(never)]
    fn repeated_tables(&mut self, from: usize, found: usize, k: usize) {
        // A fixed array: this runs for every FROM, and must not allocate.
        let mut names: [&str; 16] = [""; 16];
        self.listed_after_from(from, &mut names);
        let count = found.min(names.len());
        let names = &names[..count];
        let thrice = |key: fn(&str) -> &str| {
            names.iter().any(|name| {
                names
                    .iter()
                    .filter(|other| key(other).eq_ignore_ascii_case(key(name)))
                    .count()
                    >= 3
            })
        };
        // One table three times, or three tables of one schema multiplied
        // with no condition after them (sqlmap's `COUNT(*) FROM
        // DOMAIN.DOMAINS AS T1, DOMAIN.COLUMNS AS T2, DOMAIN.TABLES AS
        // T3)`); psql's own `FROM pg_catalog.pg_class c,
        // pg_catalog.pg_class c2, pg_catalog.pg_index i … WHERE` joins them.
        fn whole(name: &str) -> &str {
            name
        }
        fn schema(name: &str) -> &str {
            name.split_once('.').map_or(name, |(schema, _)| schema)
        }
        let product = matches!(
            self.kind(k),
            None | Some(TokenKind::RParen | TokenKind::Semicolon)
        );
        let repeated = count >= 3 && (thrice(whole) || (product && thrice(schema)));
        if repeated {
            self.push(
                Rule::TimeBased,
                Severity::High,
                self.span(from, k.saturating_sub(1)),
                "table joined with itself three times or more",
            );
        }
    }

    /// `0x7177766b71`: text spelled in hex, a MySQL habit that PostgreSQL
    /// 16 reads as a number.
    #[inline(never)]
    fn hex_number(&mut self, i: usize) {
        // The digits counted, then read in pairs, from the token: a vector
        // of them cost an allocation per number (`hex_number` 0.74M -> 0.23M
        // instructions over the corpus's two passes).
        let digits = || self.bytes(i).iter().skip(2).copied().filter(|b| *b != b'_');
        let len = digits().count();
        if len < 6 || !len.is_multiple_of(2) {
            return;
        }
        // The byte two hex digits spell, as `u8::from_str_radix(pair, 16)`
        // reads them: a leading `+` is a sign it accepts.
        let hex_pair = |high: u8, low: u8| {
            let digit = |b: u8| char::from(b).to_digit(16);
            let low = digit(low)?;
            let high = if high == b'+' { 0 } else { digit(high)? };
            u8::try_from(high * 16 + low).ok()
        };
        let mut pairs = digits();
        let mut printable = true;
        while let (Some(high), Some(low)) = (pairs.next(), pairs.next()) {
            if !hex_pair(high, low).is_some_and(|b| b.is_ascii_graphic() || b == b' ') {
                printable = false;
                break;
            }
        }
        if printable {
            self.push(
                Rule::Obfuscation,
                Severity::Medium,
                self.span(i, i),
                "text spelled as a hex number",
            );
        }
    }

    #[inline(never)]
    fn cast_call(&mut self, i: usize) {
        if !self.is_call(i) {
            return;
        }
        let end = self.call_end(i);
        let mut depth = 0usize;
        let mut risky = false;
        let last = end.min(i + SCAN_LIMIT).min(self.sig.len());
        for k in i + 2..last {
            let t = &self.sig[k];
            match t.kind {
                TokenKind::LParen => depth += 1,
                TokenKind::RParen => depth = depth.saturating_sub(1),
                // Keywords are words: the other kinds have none.
                TokenKind::Ident if t.kw != Kw::None => {
                    let kw = t.kw;
                    if kw == Kw::Select || xml_dump(kw) || self.is_probe(k) {
                        risky = true;
                    }
                    if depth == 0
                        && kw == Kw::As
                        && risky
                        && keywords_class(self.kw(k + 1)) == Class::NumericType
                    {
                        self.push(
                            Rule::ErrorBased,
                            Severity::High,
                            self.span(i, end),
                            "non-numeric value cast to a number",
                        );
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    #[inline(never)]
    fn union(&mut self, i: usize, top: Frame) {
        let in_query =
            matches!(
                top.first,
                Kw::Select
                    | Kw::With
                    | Kw::Values
                    | Kw::Table
                    | Kw::Insert
                    | Kw::Create
                    | Kw::Explain
                    | Kw::Declare
                    | Kw::Prepare
            ) || (matches!(top.first, Kw::None | Kw::Union | Kw::Intersect | Kw::Except)
                && i > 0
                && self.kind(i - 1) == Some(TokenKind::RParen));
        if in_query && top.seen_limit() {
            self.push(
                Rule::UnionInjection,
                Severity::High,
                self.span(i, i + 1),
                "UNION after ORDER BY or LIMIT without parentheses",
            );
            return;
        }
        if !in_query {
            self.push(
                Rule::UnionInjection,
                Severity::High,
                self.span(i, i + 1),
                "UNION where no query can have one",
            );
            return;
        }
        let mut j = i + 1;
        while matches!(self.kw(j), Kw::All | Kw::Distinct)
            || self.kind(j) == Some(TokenKind::LParen)
        {
            j += 1;
        }
        if self.kw(j) != Kw::Select {
            return;
        }
        let (mut items, mut nulls, mut constants) = (0usize, 0usize, 0usize);
        let mut item_constant = true;
        let mut item_len = 0usize;
        let mut item_null = false;
        let mut depth = 0usize;
        let mut k = j + 1;
        loop {
            let t = self.tok(k).filter(|_| k < i + SCAN_LIMIT);
            let stop = match t {
                None => true,
                Some(t) if depth == 0 => {
                    matches!(
                        t.kind,
                        TokenKind::Comma | TokenKind::RParen | TokenKind::Semicolon
                    ) || matches!(
                        t.kw,
                        Kw::From
                            | Kw::Union
                            | Kw::Intersect
                            | Kw::Except
                            | Kw::Order
                            | Kw::Limit
                            | Kw::Into
                            | Kw::Where
                    )
                }
                Some(_) => false,
            };
            if stop {
                if item_len > 0 {
                    items += 1;
                    nulls += usize::from(item_null && item_len == 1);
                    constants += usize::from(item_constant);
                }
                item_constant = true;
                item_len = 0;
                item_null = false;
                if t.is_none_or(|t| t.kind != TokenKind::Comma) {
                    break;
                }
            } else if let Some(t) = t
                && (t.kind == TokenKind::Cast
                    || (t.kind == TokenKind::Ident && self.kind(k - 1) == Some(TokenKind::Cast)))
            {
                // `NULL::text`: a cast leaves a NULL or a constant what it is.
            } else if let Some(t) = t {
                item_len += 1;
                match t.kind {
                    TokenKind::LParen => depth += 1,
                    TokenKind::RParen => depth = depth.saturating_sub(1),
                    _ => {}
                }
                item_null |= t.kw == Kw::Null;
                let constant_token = t.kind.is_literal()
                    || t.kw == Kw::Null
                    || (t.kind == TokenKind::Operator && self.bytes(k) == b"||");
                item_constant &= constant_token;
            }
            k += 1;
        }
        // One NULL among real columns is how reports fill a gap; payloads
        // pad every unknown column, or pair a NULL with constants.
        if nulls >= 2 || (nulls == 1 && constants == items) {
            self.push(
                Rule::UnionInjection,
                Severity::High,
                self.span(i, j),
                "UNION arm padded with NULLs",
            );
        } else if items >= 2 && constants == items && !self.constants_before(i) {
            self.push(
                Rule::UnionInjection,
                Severity::Medium,
                self.span(i, j),
                "UNION arm of constants",
            );
        }
    }

    /// Whether everything from the statement's start up to the set
    /// operation at `i` is a query of constants (`(SELECT 1, 2) UNION ALL
    /// (SELECT 3, 4)`, `(SELECT 1,2,3 UNION SELECT 4,5,6) INTERSECT …`):
    /// an arm of constants added to it extracts nothing. Within
    /// [`SCAN_LIMIT`] tokens.
    fn constants_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && k + SCAN_LIMIT > i {
            k -= 1;
            let t = &self.sig[k];
            let fits = t.kind.is_literal()
                || matches!(
                    t.kind,
                    TokenKind::Comma | TokenKind::LParen | TokenKind::RParen | TokenKind::Cast
                )
                || (t.kind == TokenKind::Ident
                    && k > 0
                    && self.kind(k - 1) == Some(TokenKind::Cast))
                || matches!(
                    t.kw,
                    Kw::Select
                        | Kw::Null
                        | Kw::Union
                        | Kw::Intersect
                        | Kw::Except
                        | Kw::All
                        | Kw::Distinct
                );
            if t.kind == TokenKind::Semicolon {
                return true;
            }
            if !fits {
                return false;
            }
        }
        k == 0
    }

    /// Parses a simple condition at `i`: `[(] [NOT] operand [op operand] [)]`,
    /// with `IN (constants)`, `BETWEEN a AND b`, `IS [NOT] NULL`, and a
    /// constant compared with a scalar subquery.
    ///
    /// `None` where it cannot parse one, and also where a name is compared
    /// with a value or a value with a name (`id = $1`, `'x' = name`): such
    /// a condition is neither constant nor a name compared with itself,
    /// which is all the callers look for, and it is most conditions of
    /// applications' statements, so it is turned away before any value is
    /// parsed.
    // Inlined into both callers, so that the conditions turned away on
    // their first token cost no call.
    #[inline(always)]
    fn cond(&self, i: usize) -> Option<Cond> {
        let start = self.cond_start(i)?;
        self.cond_resume(start)
    }

    /// The first steps of [`Analyzer::cond`]: past its parens and NOTs to
    /// its first operand, `None` for the conditions turned away there.
    #[inline(always)]
    fn cond_start(&self, i: usize) -> Option<CondStart> {
        // Most conditions start with their operand: no paren, NOT or
        // EXISTS to step over, and one load of the token decides it
        // (`paren` 1.10M -> 0.93M, `analyze_at` 65.56M -> 65.37M).
        let t = self.tok(i)?;
        if t.kind == TokenKind::LParen || matches!(t.kw, Kw::Not | Kw::Exists) {
            return self.cond_prefixed(i);
        }
        self.cond_operand(i, t, 0, false)
    }

    /// [`Analyzer::cond_start`] of a condition that starts with a paren,
    /// NOT or EXISTS.
    #[inline(never)]
    fn cond_prefixed(&self, mut i: usize) -> Option<CondStart> {
        let mut opens = 0;
        while self.kind(i) == Some(TokenKind::LParen) && !self.opens_subquery(i) {
            opens += 1;
            i += 1;
        }
        let mut negate = false;
        while self.kw(i) == Kw::Not {
            negate = !negate;
            i += 1;
        }
        // `OR EXISTS(SELECT 1)`: decided in `cond_exists`.
        if self.kw(i) == Kw::Exists && self.opens_subquery(i + 1) {
            return Some(CondStart {
                at: i,
                opens,
                negate,
                start: Start::Exists,
            });
        }
        // Turned away on the first token, before `operand`: a keyword that
        // is no value (`SELECT`, `CASE`, a function's name), a parameter or
        // punctuation has no operand, and a lone literal (`chr(32)`,
        // `coalesce(a, 0)`) is a value, not a condition.
        let t = self.tok(i)?;
        self.cond_operand(i, t, opens, negate)
    }

    /// The end of [`Analyzer::cond_start`]: the first operand `t`, at `i`.
    #[inline(always)]
    fn cond_operand(&self, i: usize, t: &Token, opens: usize, negate: bool) -> Option<CondStart> {
        match t.kind {
            // After NOT, a paren need not open a subquery: `NOT (a = 1)`
            // has no operand `atom` reads.
            TokenKind::LParen if self.opens_subquery(i) => {
                return Some(CondStart {
                    at: i,
                    opens,
                    negate,
                    start: Start::Subquery,
                });
            }
            // `md5('')=md5('')`, `interval '1 day' > …`: a constant (see
            // `const_call`); any other call has no operand `cond_at` reads.
            TokenKind::Ident if self.kind(i + 1) == Some(TokenKind::LParen) => {
                self.const_call(i)?;
            }
            TokenKind::Ident if self.typed_literal(i) => {}
            TokenKind::Ident if t.kw == Kw::None && self.array_constructor(i) => {
                self.const_array(i)?;
            }
            TokenKind::Ident if self.clock_word(i) => {}
            TokenKind::Ident | TokenKind::QuotedIdent
                if t.kw == Kw::None || t.kind == TokenKind::QuotedIdent =>
            {
                // A name: only compared with a name, or tested for NOT
                // NULL, can it make a condition the callers look for.
                let j = if t.kind == TokenKind::Ident {
                    self.name_end(i)?
                } else {
                    i + 1
                };
                if self.is_comparison(j) || matches!(self.kw(j), Kw::Like | Kw::Ilike) {
                    // A name compared with a call (`expires_at > now()`)
                    // has no right operand `cond_at` reads either.
                    if !self.is_name(j + 1) || self.kind(j + 2) == Some(TokenKind::LParen) {
                        return None;
                    }
                } else if self.kw(j) != Kw::Is || self.kw(j + 1) != Kw::Not {
                    return None;
                }
            }
            TokenKind::Ident => {
                if !matches!(t.kw, Kw::True | Kw::False | Kw::Null) {
                    return None;
                }
            }
            TokenKind::Number
            | TokenKind::String
            | TokenKind::EString
            | TokenKind::BitString
            | TokenKind::DollarString => {
                let lone = self
                    .sig
                    .get(i + 1)
                    .is_none_or(|next| matches!(next.kind, TokenKind::Comma | TokenKind::RParen));
                if opens == 0 && lone {
                    return None;
                }
            }
            TokenKind::Operator => {}
            _ => return None,
        }
        Some(CondStart {
            at: i,
            opens,
            negate,
            start: Start::Operand,
        })
    }

    /// [`Analyzer::cond`] from its `start`.
    #[inline(never)]
    fn cond_resume(&self, start: CondStart) -> Option<Cond> {
        match start.start {
            Start::Subquery => self.cond_subquery(start.at),
            Start::Exists => self.cond_exists(start.at, start.negate),
            Start::Operand => self.cond_at(start.at, start.opens, start.negate),
        }
    }

    /// [`Analyzer::cond`] of `EXISTS (subquery)` at `i`: a subquery of
    /// constants without FROM has one row, so EXISTS is always true.
    fn cond_exists(&self, i: usize, negate: bool) -> Option<Cond> {
        let close = self.partner(i + 1)?;
        // `EXISTS (VALUES (38))`: a VALUES list always has a row.
        let constant = self.kw(i + 2) == Kw::Values
            || (i + 3..close).all(|k| {
                self.sig[k].kind.is_literal()
                    || matches!(self.sig[k].kind, TokenKind::Comma | TokenKind::Operator)
                    || self.kw(k) == Kw::Null
            });
        if constant {
            return Some(Cond {
                value: Some(!negate),
                constant: true,
                same_ident: false,
                end: close + 1,
            });
        }
        // `OR NOT EXISTS(SELECT 7368 FROM users)`: whether a table exists
        // (sqlmap's --common-tables), asked with a random number; an
        // application's EXISTS selects 1 and ties the row to its own.
        let number = self.tok(i + 3).filter(|t| t.kind == TokenKind::Number);
        let probe = number.is_some_and(|t| !matches!(self.text_of(t), "0" | "1"))
            && self.kw(i + 4) == Kw::From
            && self.name_end(i + 5) == Some(close);
        (probe || self.exists_elsewhere(i + 2, close)).then_some(Cond {
            value: None,
            constant: true,
            same_ident: false,
            end: close + 1,
        })
    }

    /// Whether the subquery from `SELECT` at `i` to its `)` at `close` asks
    /// only whether a row with given values exists in one table: `SELECT 1
    /// FROM laser_players WHERE callsign = 'Ghost'`. The answer is the
    /// same for every row of the query around it, the shape of a boolean
    /// probe; an application's EXISTS ties the row to its own (`WHERE
    /// o.user_id = u.id`), which a bare name compared with a literal
    /// cannot.
    fn exists_elsewhere(&self, i: usize, close: usize) -> bool {
        if self.kw(i) != Kw::Select || self.kw(i + 2) != Kw::From {
            return false;
        }
        let Some(mut k) = self.name_end(i + 3) else {
            return false;
        };
        if self.kind(k) == Some(TokenKind::Ident) && self.kw(k) == Kw::None {
            k += 1;
        }
        if self.kw(k) != Kw::Where {
            return false;
        }
        loop {
            let bare = self
                .tok(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Ident && t.kw == Kw::None);
            let literal = self.tok(k + 3).is_some_and(|t| t.kind.is_literal());
            // `AND password_hash IS NOT NULL`: a test of the row alone.
            let not = usize::from(self.kw(k + 3) == Kw::Not);
            if bare && self.kw(k + 2) == Kw::Is && self.kw(k + 3 + not) == Kw::Null {
                k += 4 + not;
            } else if bare && self.is_comparison(k + 2) && literal {
                k += 4;
            } else {
                return false;
            }
            if k == close {
                return true;
            }
            if self.kw(k) != Kw::And {
                return false;
            }
        }
    }

    /// [`Analyzer::cond`] of a condition that starts with a subquery.
    fn cond_subquery(&self, i: usize) -> Option<Cond> {
        // `AND (SELECT count(*) FROM users) > 0`: a subquery tested
        // against a constant, the other side of a boolean probe.
        let close = self.partner(i)?;
        // `OR (SELECT 16 = 16)`: a constant condition selected.
        if self.kw(i + 1) == Kw::Select
            && let Some(cond) = self.cond_at(i + 2, 0, false)
            && cond.constant
            && cond.end == close
        {
            return Some(Cond {
                end: close + 1,
                ..cond
            });
        }
        // `((SELECT passcode …))::text ~* '^n'`: parens around the
        // subquery change nothing.
        let mut after = close + 1;
        let mut open = i;
        while open > 0
            && self.kind(open - 1) == Some(TokenKind::LParen)
            && self.partner(open - 1) == Some(after)
        {
            open -= 1;
            after += 1;
        }
        let end = self.compared_with_constant(after)?;
        Some(Cond {
            value: None,
            constant: true,
            same_ident: false,
            end,
        })
    }

    /// After an operand, at `after`: a cast of it if any, then a
    /// comparison or a pattern match (which tests it as a comparison does)
    /// with something other than a name; the end of that, if so.
    fn compared_with_constant(&self, mut after: usize) -> Option<usize> {
        if self.kind(after) == Some(TokenKind::Cast)
            && self.kind(after + 1) == Some(TokenKind::Ident)
        {
            after += 2;
        }
        let rhs_at = if self.is_comparison(after) {
            after + 1
        } else {
            self.pattern_match(after)?
        };
        match self.operand(rhs_at)? {
            (Val::Ident(_), _) => None,
            (_, end) => Some(end),
        }
    }

    /// [`Analyzer::cond`] from its first operand at `i`, after `opens`
    /// parens and NOTs that `negate` it.
    #[inline(never)]
    fn cond_at(&self, i: usize, opens: usize, negate: bool) -> Option<Cond> {
        // A literal compared with a literal, with nothing after the second
        // that could extend it (a cast, arithmetic, a call), or with a
        // subquery: `1=1`, `'a'='a'`, `1=(SELECT …)`, the commonest probes,
        // read without the operand parser, to the same result (`cond_at`
        // 3.26M -> 2.52M).
        let literal = |t: &Token| {
            matches!(
                t.kind,
                TokenKind::Number
                    | TokenKind::String
                    | TokenKind::EString
                    | TokenKind::DollarString
            )
        };
        if self.tok(i).is_some_and(literal) && self.is_comparison(i + 1) {
            if self.opens_subquery(i + 2) {
                self.atom(i)?;
                let end = self.partner(i + 2)? + 1;
                return Some(Cond {
                    value: None,
                    constant: true,
                    same_ident: false,
                    end,
                });
            }
            if self.tok(i + 2).is_some_and(literal)
                && self.tok(i + 3).is_none_or(|next| {
                    !matches!(
                        next.kind,
                        TokenKind::Operator
                            | TokenKind::Cast
                            | TokenKind::Dot
                            | TokenKind::LParen
                            | TokenKind::LBracket
                    )
                })
            {
                let (lhs, _) = self.atom(i)?;
                let (rhs, _) = self.atom(i + 2)?;
                let mut cond = compare_vals(lhs, rhs, self.text(i + 1));
                cond.end = i + 3;
                if negate {
                    cond.value = cond.value.map(|v| !v);
                }
                return Some(cond);
            }
        }
        let (lhs, mut j) = self.operand(i)?;
        // `(B'101' # B'011') = B'110'`: the group closed, then compared.
        if opens > 0
            && self.kind(j) == Some(TokenKind::RParen)
            && self.is_comparison(j + 1)
            && self
                .operand(j + 2)
                .is_some_and(|(rhs, _)| !matches!(rhs, Val::Ident(_)))
        {
            j += 1;
        }
        // `'chg' NOT LIKE 'zz%'`: LIKE, negated.
        // `~~` and `~~*` are LIKE and ILIKE; `!~~` and `!~~*` their negations.
        let like_op = match (self.kind(j), self.bytes(j)) {
            (Some(TokenKind::Operator), b"~~" | b"!~~") => Some("like"),
            (Some(TokenKind::Operator), b"~~*" | b"!~~*") => Some("ilike"),
            _ => None,
        };
        let not_like = (self.kw(j) == Kw::Not && matches!(self.kw(j + 1), Kw::Like | Kw::Ilike))
            || (like_op.is_some() && self.bytes(j).starts_with(b"!"));
        let j = j + usize::from(not_like && like_op.is_none());
        let negate = negate != not_like;
        // `'k' SIMILAR TO 'k'`: a pattern match, like LIKE (SIMILAR is no
        // keyword to the table; TO is).
        let similar = self.kw(j + 1) == Kw::To
            && self.kind(j) == Some(TokenKind::Ident)
            && self.text(j).eq_ignore_ascii_case("similar");
        // `'abc' ~ 'b'`, `'ljkzq' ^@ 'l'`, `'{"a": 1}'::jsonb ? 'a'`: a
        // match or a test of constants, like LIKE.
        let regex = self.kind(j) == Some(TokenKind::Operator)
            && matches!(
                self.bytes(j),
                b"~" | b"~*" | b"!~" | b"!~*" | b"^@" | b"?" | b"?|" | b"?&" | b"@?"
            );
        let compare = self.is_comparison(j)
            || matches!(self.kw(j), Kw::Like | Kw::Ilike)
            || similar
            || regex
            || like_op.is_some();
        let rhs_at = j + 1 + usize::from(similar);
        let op = match self.kw(j) {
            Kw::Like => "like",
            _ if similar => "like",
            Kw::Ilike => "ilike",
            _ => like_op.unwrap_or_else(|| self.text(j)),
        };
        let lhs_name = matches!(lhs, Val::Ident(_));
        if compare
            && !lhs_name
            && let Some(mut cond) = self.quantified(lhs, op, rhs_at)
        {
            if negate {
                cond.value = cond.value.map(|v| !v);
            }
            return Some(cond);
        }
        if compare {
            if lhs_name != self.is_name(rhs_at) {
                return None;
            }
        } else if lhs_name && self.kw(j) != Kw::Is {
            // `name IN (…)`, `name BETWEEN …` and a lone name are never
            // constant.
            return None;
        }
        let mut cond = if compare && self.opens_subquery(rhs_at) {
            // `AND 7150=(SELECT …)`: a probe's shape, whatever the subquery.
            let end = self.partner(rhs_at)? + 1;
            let constant = !matches!(lhs, Val::Ident(_));
            Cond {
                value: None,
                constant,
                same_ident: false,
                end,
            }
        } else if compare {
            let (rhs, k) = self.operand(rhs_at)?;
            // The right side must end the condition: `1=1+x` is not constant.
            if let Some(next) = self.tok(k) {
                if next.kind == TokenKind::Operator
                    && self.bytes(k) != b"||"
                    && !self.is_comparison(k)
                {
                    return None;
                }
                if matches!(
                    next.kind,
                    TokenKind::Dot | TokenKind::LParen | TokenKind::Cast | TokenKind::LBracket
                ) {
                    return None;
                }
            }
            let mut cond = compare_vals(lhs, rhs, op);
            cond.end = k;
            cond
        } else if let Some((j, not_in)) = self.in_list(j) {
            let close = self.partner(j + 1)?;
            if self.kw(j + 2) == Kw::Select {
                // `5 IN (SELECT 5)`: a constant tested against a subquery
                // of constants without FROM.
                // `1 IN (SELECT generate_subscripts(ARRAY[33, 247], 1))`:
                // calls of built-ins on constants are constants too.
                let constants = (j + 3..close).all(|k| {
                    self.sig[k].kind.is_literal()
                        || matches!(
                            self.sig[k].kind,
                            TokenKind::Comma
                                | TokenKind::Operator
                                | TokenKind::LParen
                                | TokenKind::RParen
                                | TokenKind::LBracket
                                | TokenKind::RBracket
                        )
                        || self.kw(k) == Kw::Null
                        || (self.kind(k) == Some(TokenKind::Ident)
                            && (self.bytes(k).eq_ignore_ascii_case(b"array")
                                || (self.kind(k + 1) == Some(TokenKind::LParen)
                                    && pure_function(self.bytes(k)))))
                });
                return (constants && !matches!(lhs, Val::Ident(_))).then_some(Cond {
                    value: None,
                    constant: true,
                    same_ident: false,
                    end: close + 1,
                });
            }
            let mut found = false;
            let mut k = j + 2;
            while k < close {
                let (item, next) = self.operand(k)?;
                if matches!(item, Val::Ident(_)) || matches!(lhs, Val::Ident(_)) {
                    return None;
                }
                found |= compare_vals(lhs, item, "=").value == Some(true);
                k = next;
                if self.kind(k) == Some(TokenKind::Comma) {
                    k += 1;
                } else if k != close {
                    return None;
                }
            }
            Cond {
                value: Some(found != not_in),
                constant: true,
                same_ident: false,
                end: close + 1,
            }
        } else if self.kw(j) == Kw::Between
            || (self.kw(j) == Kw::Not && self.kw(j + 1) == Kw::Between)
        {
            // `NOT BETWEEN 337 AND 338`: the test negated.
            let negated = self.kw(j) == Kw::Not;
            let j = j + usize::from(negated);
            // `BETWEEN SYMMETRIC 898 AND 1`: the bounds in either order.
            let symmetric = self.kind(j + 1) == Some(TokenKind::Ident)
                && self.text(j + 1).eq_ignore_ascii_case("symmetric");
            let (low, k) = self.operand(j + 1 + usize::from(symmetric))?;
            if self.kw(k) != Kw::And {
                return None;
            }
            let (high, end) = self.operand(k + 1)?;
            if [lhs, low, high].iter().any(|v| matches!(v, Val::Ident(_))) {
                return None;
            }
            let within = |low, high| {
                compare_vals(lhs, low, ">=")
                    .value
                    .zip(compare_vals(lhs, high, "<=").value)
                    .map(|(a, b)| a && b)
            };
            let value = match within(low, high) {
                Some(false) if symmetric => within(high, low),
                value => value,
            };
            Cond {
                value: value.map(|v| v != negated),
                constant: true,
                same_ident: false,
                end,
            }
        } else if self.kw(j) == Kw::Is {
            let not = self.kw(j + 1) == Kw::Not;
            let k = j + 1 + usize::from(not);
            if self.kw(k) == Kw::Distinct && self.kw(k + 1) == Kw::From {
                // `NULL IS NOT DISTINCT FROM NULL`: `=` (`<>` without NOT)
                // with NULLs equal.
                let (rhs, end) = self.operand(k + 2)?;
                let mut cond = match (lhs, rhs) {
                    (Val::Null, Val::Null) => Cond {
                        value: Some(not),
                        constant: true,
                        same_ident: false,
                        end: 0,
                    },
                    _ => compare_vals(lhs, rhs, if not { "=" } else { "<>" }),
                };
                cond.end = end;
                cond
            } else if matches!(self.kw(k), Kw::True | Kw::False) {
                // `OR true IS TRUE`, `OR 'a'='a' IS NOT FALSE`.
                let wanted = self.kw(k) == Kw::True;
                match lhs {
                    Val::Ident(_) => return None,
                    Val::Bool(b) => Cond {
                        value: Some((b == wanted) != not),
                        constant: true,
                        same_ident: false,
                        end: k + 1,
                    },
                    _ => Cond {
                        value: None,
                        constant: true,
                        same_ident: false,
                        end: k + 1,
                    },
                }
            } else if self.kw(k) != Kw::Null {
                return None;
            } else {
                match lhs {
                    // `OR id IS NOT NULL`: true for every row.
                    Val::Ident(_) => Cond {
                        value: not.then_some(true),
                        constant: false,
                        same_ident: not,
                        end: k + 1,
                    },
                    Val::Null => Cond {
                        value: Some(!not),
                        constant: true,
                        same_ident: false,
                        end: k + 1,
                    },
                    _ => Cond {
                        value: Some(not),
                        constant: true,
                        same_ident: false,
                        end: k + 1,
                    },
                }
            }
        } else {
            // `OR starts_with('abc', 'a')`: a test of constants, whole.
            let name = self.bytes(i);
            let test = [
                &b"starts_with"[..],
                b"regexp_like",
                b"jsonb_path_exists",
                b"st_intersects",
                b"st_contains",
                b"st_within",
                b"st_dwithin",
                b"isempty",
                b"lower_inf",
                b"upper_inf",
                b"jsonb_path_match",
                b"xml_is_well_formed",
                b"xml_is_well_formed_document",
                b"xml_is_well_formed_content",
                b"bool_and",
                b"bool_or",
                b"every",
                b"xmlexists",
            ]
            .iter()
            .any(|t| name.eq_ignore_ascii_case(t))
                && self.const_call(i) == Some(j);
            if test {
                return Some(Cond {
                    value: None,
                    constant: true,
                    same_ident: false,
                    end: j,
                });
            }
            if opens == 0 && !matches!(lhs, Val::Bool(_)) {
                // A lone number or string is a value, not a condition.
                return None;
            }
            match lhs {
                Val::Bool(b) => Cond {
                    value: Some(b),
                    constant: true,
                    same_ident: false,
                    end: j,
                },
                Val::Num(n) => Cond {
                    value: Some(n != 0.0),
                    constant: true,
                    same_ident: false,
                    end: j,
                },
                _ => return None,
            }
        };
        if negate {
            cond.value = cond.value.map(|v| !v);
        }
        Some(cond)
    }

    /// `3 = ANY(ARRAY[1, 2, 3])`, `58 = ALL(ARRAY[58, 58])`: the constant
    /// `lhs` compared by `op` with each element of an array of constants
    /// at `at` (`ANY`, `SOME` or `ALL`), when every comparison is known.
    fn quantified(&self, lhs: Val<'s>, op: &str, at: usize) -> Option<Cond> {
        let word = |k: usize, w: &str| {
            self.kind(k) == Some(TokenKind::Ident) && self.text(k).eq_ignore_ascii_case(w)
        };
        let all = self.kw(at) == Kw::All;
        if !(all || word(at, "any") || word(at, "some"))
            || self.kind(at + 1) != Some(TokenKind::LParen)
            || !word(at + 2, "array")
            || self.kind(at + 3) != Some(TokenKind::LBracket)
        {
            return None;
        }
        let close = self.partner(at + 1)?;
        let last = close.checked_sub(1)?;
        if self.kind(last) != Some(TokenKind::RBracket) || last == at + 4 {
            return None;
        }
        let (mut any, mut every) = (false, true);
        let mut k = at + 4;
        while k < last {
            let (item, next) = self.operand(k)?;
            if matches!(item, Val::Ident(_)) {
                return None;
            }
            let value = compare_vals(lhs, item, op).value?;
            any |= value;
            every &= value;
            k = next;
            if self.kind(k) == Some(TokenKind::Comma) {
                k += 1;
            } else if k != last {
                return None;
            }
        }
        Some(Cond {
            value: Some(if all { every } else { any }),
            constant: true,
            same_ident: false,
            end: close + 1,
        })
    }

    /// Whether `atom` would read token `i` as a name, or fail on it as on
    /// a call; anything else (a subquery, a negative number) is no name
    /// either.
    fn is_name(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::QuotedIdent
                || (t.kind == TokenKind::Ident
                    && t.kw == Kw::None
                    && !self.typed_literal(i)
                    && !self.clock_word(i)
                    && self.const_call(i).is_none()
                    && !(self.array_constructor(i) && self.const_array(i).is_some()))
        })
    }

    /// Whether the word at `i` and the string after it are a typed
    /// literal: `interval '1 day'`, `date '2020-01-01'`, `int4 '83'`
    /// (PostgreSQL reads a type's name before a string as a cast of it:
    /// the number types and `text` are keywords to the rules, the rest
    /// are listed here).
    fn typed_literal(&self, i: usize) -> bool {
        const TYPES: &[&[u8]] = &[
            b"interval",
            b"date",
            b"time",
            b"timestamp",
            b"timestamptz",
            b"timetz",
            b"bool",
            b"uuid",
            b"inet",
            b"json",
            b"jsonb",
        ];
        let kw = self.kw(i);
        matches!(
            self.kind(i + 1),
            Some(TokenKind::String | TokenKind::EString | TokenKind::DollarString)
        ) && (keywords_class(kw) == Class::NumericType
            || matches!(kw, Kw::Text | Kw::Varchar)
            || (kw == Kw::None
                && TYPES
                    .iter()
                    .any(|ty| ty.eq_ignore_ascii_case(self.bytes(i)))))
    }

    /// The end of the call at `i`, where it calls a deterministic built-in
    /// function on constants only: `md5('')`, `upper('z')`, `coalesce(NULL,
    /// 1)`, `length('ab')`, `chr(49)`. Such a call is a constant of unknown
    /// value, which a probe compares with another (`OR md5('')=md5('')`);
    /// an application compares columns.
    fn const_call(&self, i: usize) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Ident) || self.kind(i + 1) != Some(TokenKind::LParen) {
            return None;
        }
        let close = self.partner(i + 1)?;
        let mut k = i + 2;
        while k < close {
            k = self.const_part(k)?;
        }
        // Last: most calls turn out to take a column first.
        pure_function(self.bytes(i)).then_some(close + 1)
    }

    /// At `k`, one of the server's own settings compared with a constant:
    /// `current_setting('server_version_num')::int >= 130000`,
    /// `current_setting('TimeZone') ^@ 'America'`. Asked after AND, OR or
    /// HAVING, that is a boolean probe; the end of the comparison, if so.
    /// An application's own settings (`app.tenant`) have a dot in their
    /// names and are compared with columns; its `CASE WHEN` may test
    /// `search_path` (the caller does not ask after WHEN).
    fn setting_compared(&self, mut k: usize) -> Option<usize> {
        // An introspection query's own (see `server_asked`).
        if self.root_catalog {
            return None;
        }
        while self.kind(k) == Some(TokenKind::LParen) || self.kw(k) == Kw::Not {
            k += 1;
        }
        if !self.bytes(k).eq_ignore_ascii_case(b"current_setting")
            || self.kind(k + 1) != Some(TokenKind::LParen)
        {
            return None;
        }
        let close = self.partner(k + 1)?;
        let name = self.string_content(k + 2)?;
        let one_setting = close == k + 3
            || (close == k + 5
                && self.kind(k + 3) == Some(TokenKind::Comma)
                && matches!(self.kw(k + 4), Kw::True | Kw::False));
        if name.is_empty() || name.contains('.') || !one_setting {
            return None;
        }
        self.compared_with_constant(close + 1)
    }

    /// The token after the one at `k`, where that token may be part of a
    /// constant expression: a literal, an operator, a paren, a bracket, a
    /// cast's type, `ARRAY`, or the name of a [`pure_function`] called.
    fn const_part(&self, k: usize) -> Option<usize> {
        let t = self.tok(k)?;
        match t.kind {
            TokenKind::Comma
            | TokenKind::Operator
            | TokenKind::LParen
            | TokenKind::RParen
            | TokenKind::LBracket
            | TokenKind::RBracket => {}
            kind if kind.is_literal() => {}
            // `::numeric(8,3)`: the type's name is no column.
            TokenKind::Cast if self.kind(k + 1) == Some(TokenKind::Ident) => return Some(k + 2),
            // `position('t' IN 'tg')`, `2 IN (1, 2)`: IN between constants.
            TokenKind::Ident if matches!(t.kw, Kw::Null | Kw::True | Kw::False | Kw::In) => {}
            // `CAST('64' AS smallint)`: the type's name is no column.
            TokenKind::Ident if t.kw == Kw::As && self.kind(k + 1) == Some(TokenKind::Ident) => {
                return Some(k + 2);
            }
            TokenKind::Ident
                if self.kind(k + 1) == Some(TokenKind::LParen) && pure_function(self.bytes(k)) => {}
            TokenKind::Ident if self.clock_word(k) => {}
            TokenKind::Ident if self.array_constructor(k) => {}
            // `xmlexists('/a' PASSING BY VALUE '<a/>')`: SQL/XML's syntax
            // for the document argument.
            TokenKind::Ident if self.bytes(k).eq_ignore_ascii_case(b"passing") => {}
            TokenKind::Ident
                if self.bytes(k).eq_ignore_ascii_case(b"by")
                    && (self.bytes(k + 1).eq_ignore_ascii_case(b"value")
                        || self.bytes(k + 1).eq_ignore_ascii_case(b"ref")) =>
            {
                return Some(k + 2);
            }
            _ => return None,
        }
        Some(k + 1)
    }

    /// Whether the word at `i` is the statement's clock, a constant for
    /// the statement's length: `current_date`, `current_timestamp`, …
    /// (compared with a constant, `OR current_date > date '1970-01-01'`,
    /// it decides nothing about a row).
    fn clock_word(&self, i: usize) -> bool {
        const WORDS: &[&[u8]] = &[
            b"current_date",
            b"current_timestamp",
            b"current_time",
            b"localtimestamp",
            b"localtime",
        ];
        self.kind(i) == Some(TokenKind::Ident)
            && self.kind(i + 1) != Some(TokenKind::LParen)
            && WORDS.iter().any(|w| w.eq_ignore_ascii_case(self.bytes(i)))
    }

    /// Whether the word at `i` opens an array constructor: `ARRAY[`.
    fn array_constructor(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(TokenKind::LBracket)
            && self.bytes(i).eq_ignore_ascii_case(b"array")
    }

    /// The end of the array constructor at `i` when it holds constants
    /// only: `ARRAY[1, 2, 3]`, `ARRAY['a', upper('b')]` (within
    /// [`SCAN_LIMIT`] tokens).
    fn const_array(&self, i: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut k = i + 1;
        while k < i + SCAN_LIMIT {
            match self.kind(k)? {
                TokenKind::LBracket => depth += 1,
                TokenKind::RBracket => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(k + 1);
                    }
                }
                _ => {}
            }
            k = self.const_part(k)?;
        }
        None
    }

    /// The end of the dotted name that starts with the word at `i`
    /// (`a.b.c`), or `None` where the word is a function's name.
    fn name_end(&self, i: usize) -> Option<usize> {
        if self.kind(i + 1) == Some(TokenKind::LParen) {
            return None;
        }
        let mut end = i + 1;
        while self.kind(end) == Some(TokenKind::Dot)
            && matches!(
                self.kind(end + 1),
                Some(TokenKind::Ident | TokenKind::QuotedIdent)
            )
        {
            end += 2;
        }
        Some(end)
    }

    #[inline]
    fn atom(&self, i: usize) -> Option<(Val<'s>, usize)> {
        let t = self.tok(i)?;
        Some(match t.kind {
            TokenKind::Ident if self.kind(i + 1) == Some(TokenKind::LParen) => {
                (Val::Const, self.const_call(i)?)
            }
            TokenKind::Ident if self.typed_literal(i) => {
                // `int4 '83'` is the number 83.
                let text = self.text(i + 1);
                let number = (keywords_class(t.kw) == Class::NumericType)
                    .then(|| parse_number(text.get(1..text.len().saturating_sub(1))?.trim()))
                    .flatten();
                (number.map_or(Val::Const, Val::Num), i + 2)
            }
            TokenKind::Ident if t.kw == Kw::None && self.array_constructor(i) => {
                (Val::Const, self.const_array(i)?)
            }
            // The clock by its name, so that `current_date = current_date`
            // is as true as `'a' = 'a'`.
            TokenKind::Ident if self.clock_word(i) => (Val::Str(self.text_of(t)), i + 1),
            TokenKind::Ident => match t.kw {
                Kw::True => (Val::Bool(true), i + 1),
                Kw::False => (Val::Bool(false), i + 1),
                Kw::Null => (Val::Null, i + 1),
                Kw::None => {
                    let end = self.name_end(i)?;
                    let span = self.span(i, end - 1);
                    (Val::Ident(self.sql.get(span).unwrap_or("")), end)
                }
                _ => return None,
            },
            TokenKind::Number => (Val::Num(parse_number(self.text_of(t))?), i + 1),
            // `U&'^0071weky' UESCAPE '^'`: a string with its escape
            // character named, a constant the rules do not decode.
            TokenKind::String
                if self.bytes(i + 1).eq_ignore_ascii_case(b"uescape")
                    && self.kind(i + 2) == Some(TokenKind::String) =>
            {
                (Val::Const, i + 3)
            }
            TokenKind::String | TokenKind::EString | TokenKind::DollarString => {
                (Val::Str(self.string_content(i)?), i + 1)
            }
            TokenKind::BitString => {
                let text = self.text_of(t);
                (
                    Val::Str(text.get(2..text.len().saturating_sub(1)).unwrap_or("")),
                    i + 1,
                )
            }
            TokenKind::QuotedIdent => (Val::Ident(self.text_of(t)), i + 1),
            // `('a')`: a constant in parens is that constant.
            TokenKind::LParen => match self.operand(i + 1)? {
                (val, close)
                    if self.kind(close) == Some(TokenKind::RParen)
                        && !matches!(val, Val::Ident(_)) =>
                {
                    (val, close + 1)
                }
                _ => return None,
            },
            TokenKind::Operator if self.bytes(i) == b"-" => match self.atom(i + 1)? {
                (Val::Num(n), next) => (Val::Num(-n), next),
                _ => return None,
            },
            _ => return None,
        })
    }

    fn operand(&self, i: usize) -> Option<(Val<'s>, usize)> {
        let (mut val, mut j) = self.cast_atom(i)?;
        // On the bytes: operators are ASCII, and `text` tests char
        // boundaries on every call.
        while let (Val::Num(_) | Val::Const | Val::Str(_), Some(TokenKind::Operator)) =
            (val, self.kind(j))
        {
            let op = self.bytes(j);
            let arithmetic = matches!(op, b"+" | b"-" | b"*" | b"/" | b"%");
            // `B'101' # B'011'`, `6 & 3`: bitwise, on bit strings or
            // integers.
            // `'wxwer' <-> 'wxwer'`, `'a=>1'::hstore -> 'a'`: distances
            // and field access, of constants a constant.
            let bitwise = matches!(
                op,
                b"#" | b"&"
                    | b"|"
                    | b"<<"
                    | b">>"
                    | b"<->"
                    | b"<=>"
                    | b"<#>"
                    | b"<<->"
                    | b"<->>"
                    | b"->"
                    | b"->>"
                    | b"#>"
                    | b"#>>"
            );
            if !(bitwise || (arithmetic && !matches!(val, Val::Str(_)))) {
                break;
            }
            let (b, next) = match self.cast_atom(j + 1) {
                Some((Val::Num(b), next)) => (Val::Num(b), next),
                // `1 * interval '1 day'`, `2 + length('ab')`.
                Some((Val::Const, next)) => (Val::Const, next),
                Some((Val::Str(_), next)) if bitwise => (Val::Const, next),
                _ => break,
            };
            val = match (val, b) {
                (Val::Num(a), Val::Num(b)) if arithmetic => Val::Num(match op {
                    b"+" => a + b,
                    b"-" => a - b,
                    b"*" => a * b,
                    b"/" if b != 0.0 => a / b,
                    b"%" if b != 0.0 => a % b,
                    _ => return None,
                }),
                _ => Val::Const,
            };
            j = next;
        }
        // `'x'||'y'`: constant, whatever it spells.
        while self.bytes(j) == b"||" && !matches!(val, Val::Ident(_)) {
            match self.cast_atom(j + 1) {
                Some((Val::Ident(name), next)) => return Some((Val::Ident(name), next)),
                Some((_, next)) => {
                    val = Val::Const;
                    j = next;
                }
                None => break,
            }
        }
        Some((val, j))
    }

    /// An atom with the casts after it: `4821::bigint`, `'t'::boolean`,
    /// `NULL::text`, `'{1}'::int[]`. A cast to boolean or a number folds
    /// the literal; a cast to another type makes it a constant of unknown
    /// value; a column stays a column.
    fn cast_atom(&self, i: usize) -> Option<(Val<'s>, usize)> {
        let (mut val, mut j) = self.atom(i)?;
        // `'a' COLLATE "C"`: the same value, sorted another way.
        if self.bytes(j).eq_ignore_ascii_case(b"collate")
            && matches!(
                self.kind(j + 1),
                Some(TokenKind::QuotedIdent | TokenKind::Ident)
            )
        {
            j += 2;
        }
        while self.kind(j) == Some(TokenKind::Cast) && self.kind(j + 1) == Some(TokenKind::Ident) {
            let ty = self.bytes(j + 1);
            let numeric = keywords_class(self.kw(j + 1)) == Class::NumericType;
            let text = matches!(self.kw(j + 1), Kw::Text | Kw::Varchar);
            j += 2;
            if self.kind(j) == Some(TokenKind::LBracket)
                && self.kind(j + 1) == Some(TokenKind::RBracket)
            {
                j += 2;
            } else if self.kind(j) == Some(TokenKind::LParen) {
                j = self.partner(j)? + 1;
            }
            val = match val {
                Val::Ident(_) | Val::Null => val,
                _ if ty.eq_ignore_ascii_case(b"boolean") || ty.eq_ignore_ascii_case(b"bool") => {
                    match val {
                        Val::Bool(b) => Val::Bool(b),
                        Val::Num(n) => Val::Bool(n != 0.0),
                        Val::Str(s) => parse_bool(s).map_or(Val::Const, Val::Bool),
                        _ => Val::Const,
                    }
                }
                Val::Str(s) if numeric => parse_number(s.trim()).map_or(Val::Const, Val::Num),
                Val::Num(_) if numeric => val,
                Val::Str(_) if text => val,
                _ => Val::Const,
            };
        }
        Some((val, j))
    }
}

/// Whether `name` is a built-in function whose result depends only on its
/// arguments (no clock, no randomness, no session), so that a call of it
/// on constants is a constant.
fn pure_function(name: &[u8]) -> bool {
    let mut lower = [0u8; 24];
    let Some(lower) = lower.get_mut(..name.len()) else {
        return false;
    };
    for (l, b) in lower.iter_mut().zip(name) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"md5"
            | b"sha224"
            | b"sha256"
            | b"sha384"
            | b"sha512"
            | b"upper"
            | b"lower"
            | b"initcap"
            | b"length"
            | b"char_length"
            | b"character_length"
            | b"octet_length"
            | b"bit_length"
            | b"substr"
            | b"left"
            | b"right"
            | b"lpad"
            | b"rpad"
            | b"ltrim"
            | b"rtrim"
            | b"btrim"
            | b"replace"
            | b"reverse"
            | b"repeat"
            | b"concat"
            | b"concat_ws"
            | b"coalesce"
            | b"nullif"
            | b"greatest"
            | b"least"
            | b"abs"
            | b"ceil"
            | b"ceiling"
            | b"floor"
            | b"round"
            | b"trunc"
            | b"mod"
            | b"power"
            | b"sqrt"
            | b"sign"
            | b"chr"
            | b"ascii"
            | b"to_hex"
            | b"strpos"
            | b"split_part"
            | b"translate"
            | b"quote_literal"
            | b"quote_ident"
            | b"encode"
            | b"decode"
            | b"row"
            | b"array_length"
            | b"array_upper"
            | b"array_lower"
            | b"array_ndims"
            | b"cardinality"
            | b"array_position"
            | b"array_to_string"
            | b"position"
            | b"cast"
            | b"regexp_match"
            | b"to_tsvector"
            | b"to_tsquery"
            | b"scale"
            | b"to_char"
            | b"date_part"
            | b"now"
            | b"starts_with"
            | b"regexp_like"
            | b"regexp_count"
            | b"regexp_substr"
            | b"regexp_replace"
            | b"format"
            | b"generate_subscripts"
            | b"jsonb_typeof"
            | b"jsonb_array_length"
            | b"jsonb_path_exists"
            | b"similarity"
            | b"word_similarity"
            | b"levenshtein"
            | b"st_makepoint"
            | b"st_point"
            | b"st_geomfromtext"
            | b"st_setsrid"
            | b"st_intersects"
            | b"st_contains"
            | b"st_within"
            | b"st_dwithin"
            | b"st_distance"
            | b"int4range"
            | b"int8range"
            | b"numrange"
            | b"daterange"
            | b"tsrange"
            | b"tstzrange"
            | b"isempty"
            | b"lower_inf"
            | b"upper_inf"
            | b"range_merge"
            | b"hashtext"
            | b"xmlexists"
            | b"bool_and"
            | b"bool_or"
            | b"every"
            | b"jsonb_path_match"
            | b"xml_is_well_formed"
            | b"num_nulls"
            | b"num_nonnulls"
            | b"to_json"
            | b"to_jsonb"
            | b"point"
            | b"circle"
            | b"box"
            | b"lseg"
            | b"polygon"
    )
}

/// Whether `word` is one short run of letters and digits: `rXkG`, `x9`.
fn is_tag(word: &[u8]) -> bool {
    (1..=8).contains(&word.len()) && word.iter().all(u8::is_ascii_alphanumeric)
}

/// PostgreSQL's spellings of a boolean literal.
fn parse_bool(text: &str) -> Option<bool> {
    let text = text.trim();
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(text));
    if is(&["t", "true", "y", "yes", "on", "1"]) {
        Some(true)
    } else if is(&["f", "false", "n", "no", "off", "0"]) {
        Some(false)
    } else {
        None
    }
}

/// Whether `kw` dumps a query, a table, a schema or the database as XML:
/// `query_to_xml('SELECT …', …)`, `database_to_xml(true, true, '')`. Cast
/// to a number, any of them is an error-based leak; called, only
/// `query_to_xml` runs text as a query (an admin selects
/// `table_to_xml('t', true, true, '')`).
const fn xml_dump(kw: Kw) -> bool {
    matches!(
        kw,
        Kw::QueryToXml | Kw::TableToXml | Kw::SchemaToXml | Kw::DatabaseToXml
    )
}

/// Whether a name looks like a column holding a password or its hash
/// (`password_hash`, `passwd_sha`, `pwd`, `pass_hash`, `pin_hash`,
/// `secret`).
fn password_name(name: &str) -> bool {
    name_has(name, &[b"passw", b"pwd", b"pass_", b"pin_hash", b"secret"])
}

/// Whether a name looks like a column holding a secret: a password
/// ([`password_name`]), a hash or a token (`api_token`), which one reads a
/// character at a time only to steal it.
fn secret_name(name: &str) -> bool {
    name_has(name, &[b"passw", b"pwd", b"hash", b"token", b"secret"])
}

/// Whether a name looks like a password column (`password`, `passwd`,
/// `password_hash`), without allocating.
fn has_passw(name: &str) -> bool {
    name_has(name, &[b"passw"])
}

/// Whether `name` holds one of `parts`, ignoring ASCII case.
fn name_has(name: &str, parts: &[&[u8]]) -> bool {
    parts.iter().any(|part| {
        name.as_bytes()
            .windows(part.len())
            .any(|w| w.eq_ignore_ascii_case(part))
    })
}

/// [`kw_info`]: a paren after this keyword has nothing to check: the
/// keyword's own rules read the condition in it (`AND (…)`, `IN (…)`), or
/// it is a function other than an extraction helper.
const PAREN_QUIET: u16 = 1 << 13;
/// [`kw_info`]: a clause or connective that cannot follow a binary
/// operator: the operator before it has no right operand.
const ENDS_OPERAND: u16 = 1 << 14;
/// [`kw_info`]: [`Analyzer::keyword`] has rules for this keyword.
const RULES: u16 = 1 << 15;

/// What a keyword does to its frame, and whether a rule looks at it, in
/// one load: the low byte holds the [`Frame::bits`] it sets, the high
/// byte those it clears, with [`PAREN_QUIET`], [`ENDS_OPERAND`] and
/// [`RULES`] in its top three bits, which no frame bit uses. Most
/// keywords (`BY`, `AS`, `INTO`, `IS`, …) only shape the frame, and one
/// test of these bits spares them the dozen tests they would fall through.
/// The `match` of [`kw_info_of`] compiled to a jump table: an indirect
/// jump per keyword, which mispredicted like a coin toss; the table built
/// from it at compile time made checking the corpus in order 4–8 % faster
/// (session 6).
#[inline(always)]
fn kw_info(kw: Kw) -> u16 {
    static TABLE: [u16; 256] = crate::keywords::per_keyword!(kw_info_of);
    TABLE[kw.index()]
}

/// [`kw_info`]'s entry for `kw`.
const fn kw_info_of(kw: Kw) -> u16 {
    const CLEARS_COND: u16 = (IN_COND as u16) << 8;
    const COND: u16 = IN_COND as u16;
    match kw {
        Kw::Where => COND | SEEN_WHERE as u16 | RULES | ENDS_OPERAND | PAREN_QUIET,
        Kw::Having | Kw::And | Kw::Or => COND | RULES | ENDS_OPERAND | PAREN_QUIET,
        Kw::When => COND | RULES | PAREN_QUIET,
        Kw::On => COND,
        Kw::Order => COND | SEEN_LIMIT as u16 | ENDS_OPERAND,
        Kw::Limit | Kw::Offset => COND | SEEN_LIMIT as u16 | RULES | ENDS_OPERAND,
        Kw::Select => CLEARS_COND | RULES,
        Kw::From => CLEARS_COND | RULES | ENDS_OPERAND,
        Kw::Returning | Kw::Group => CLEARS_COND | ENDS_OPERAND,
        Kw::Set => CLEARS_COND,
        Kw::Values => CLEARS_COND | PAREN_QUIET,
        Kw::Union => RULES | ENDS_OPERAND,
        Kw::Intersect | Kw::Except => RULES,
        Kw::Sys | Kw::Program | Kw::To | Kw::Cast | Kw::QueryToXml | Kw::Chr | Kw::Grant => RULES,
        Kw::Execute | Kw::Listen | Kw::Notify | Kw::With => RULES,
        Kw::In | Kw::Not => PAREN_QUIET,
        // Extraction helpers and numeric types only matter to the rules
        // of other tokens.
        kw => match kw.class_of() {
            Class::Plain | Class::NumericType | Class::Extract => 0,
            _ => RULES | PAREN_QUIET,
        },
    }
}

fn keywords_class(kw: Kw) -> Class {
    kw.class()
}

fn compare_vals(lhs: Val<'_>, rhs: Val<'_>, op: &str) -> Cond {
    use std::cmp::Ordering;
    let ordering = match (lhs, rhs) {
        (Val::Num(a), Val::Num(b)) => a.partial_cmp(&b),
        (Val::Str(a), Val::Str(b)) => {
            if matches!(op, "like" | "ilike") {
                let matches = b.bytes().all(|c| c == b'%')
                    || (op == "like" && a == b)
                    || (op == "ilike" && a.eq_ignore_ascii_case(b));
                return Cond {
                    value: Some(matches),
                    constant: true,
                    same_ident: false,
                    end: 0,
                };
            }
            Some(a.cmp(b))
        }
        (Val::Str(s), Val::Num(n)) => parse_number(s.trim()).and_then(|v| v.partial_cmp(&n)),
        (Val::Num(n), Val::Str(s)) => parse_number(s.trim()).and_then(|v| n.partial_cmp(&v)),
        (Val::Bool(a), Val::Bool(b)) => Some(a.cmp(&b)),
        (Val::Ident(a), Val::Ident(b)) => {
            let same = a.eq_ignore_ascii_case(b);
            let value = same.then_some(matches!(op, "=" | "<=" | ">=" | "like" | "ilike"));
            return Cond {
                value,
                constant: false,
                same_ident: same,
                end: 0,
            };
        }
        (Val::Ident(_), _) | (_, Val::Ident(_)) => {
            return Cond {
                value: None,
                constant: false,
                same_ident: false,
                end: 0,
            };
        }
        _ => None,
    };
    let value = ordering.and_then(|o| match op {
        "=" | "like" | "ilike" => Some(o == Ordering::Equal),
        "<>" | "!=" => Some(o != Ordering::Equal),
        "<" => Some(o == Ordering::Less),
        ">" => Some(o == Ordering::Greater),
        "<=" => Some(o != Ordering::Greater),
        ">=" => Some(o != Ordering::Less),
        // `~`, `@>`, …: constant, of a value not worked out here.
        _ => None,
    });
    Cond {
        value,
        constant: true,
        same_ident: false,
        end: 0,
    }
}

fn parse_number(text: &str) -> Option<f64> {
    let digits = text.as_bytes();
    if (1..=15).contains(&digits.len()) {
        // Most numbers are small integers: below 2^53 the conversion is
        // exact, the same value `parse` gives, without the float parser.
        // One pass both tests the digits and adds them up.
        let mut value = 0u64;
        let mut all_digits = true;
        for &d in digits {
            let digit = d.wrapping_sub(b'0');
            all_digits &= digit <= 9;
            value = value.wrapping_mul(10).wrapping_add(u64::from(digit));
        }
        if all_digits {
            return Some(value as f64);
        }
    }
    if !text.contains(['_', 'x', 'X']) {
        return text.parse().ok();
    }
    let lower = text.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return u64::from_str_radix(&hex.replace('_', ""), 16)
            .ok()
            .map(|v| v as f64);
    }
    lower.replace('_', "").parse().ok()
}

fn hex_value(digits: Option<&[u8]>) -> Option<u8> {
    let digits = std::str::from_utf8(digits?).ok()?;
    u8::from_str_radix(digits, 16).ok()
}

fn octal_value(digits: Option<&[u8]>) -> Option<u8> {
    let digits = std::str::from_utf8(digits?).ok()?;
    u8::from_str_radix(digits, 8).ok()
}

/// `text.trim()`, on the bytes where both ends are ASCII: `str::trim`
/// decodes a char at a time to test it for Unicode whitespace, and cost
/// `truncation_body` 0.11M of its 1.99M instructions over the corpus's
/// two passes.
fn trim(text: &str) -> &str {
    // `char::is_whitespace` of the ASCII bytes: `u8::is_ascii_whitespace`
    // leaves out the vertical tab.
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |k| k + 1);
    match (
        bytes.get(start),
        end.checked_sub(1).and_then(|k| bytes.get(k)),
    ) {
        (Some(&first), Some(&last)) if first.is_ascii() && last.is_ascii() => {
            text.get(start..end).unwrap_or("")
        }
        (None, _) => "",
        _ => text.trim(),
    }
}

/// `LOCK` and `REASSIGN`: statements that take a table or the objects of a
/// role, which no query an application sends ends with.
fn session_takeover(word: &str) -> bool {
    word.eq_ignore_ascii_case("lock") || word.eq_ignore_ascii_case("reassign")
}

/// Whether the body of a comment glued to the code before it starts with
/// SQL, after at most one tag word: `207-- zljw AND stripped_on IS NULL`,
/// `END$$-- jvuw, bin_code`. With the space people put before a comment,
/// the same words are more likely prose (`-- and the archived ones`).
fn glued_sql(body: &str, tokens: &mut Vec<Token>) -> bool {
    crate::lexer::tokenize_into(body, tokens);
    let tagged = tokens.first().is_some_and(|t| {
        t.kind == TokenKind::Ident && t.kw == Kw::None && is_tag(t.text(body).as_bytes())
    });
    tokens.get(usize::from(tagged)).is_some_and(|t| {
        t.kind == TokenKind::Comma || t.kw == Kw::By || CLAUSE_AFTER_TRUNCATION.contains(&t.kw)
    })
}

/// Why the body of a comment that ends the text looks like the remnant of a
/// truncated statement, if it does.
#[inline(never)]
fn truncation_body(body: &str, tokens: &mut Vec<Token>) -> Option<&'static str> {
    let trimmed = trim(body);
    if trimmed.is_empty() {
        return Some("empty comment ends the statement");
    }
    // One character: `chars().count() == 1` without counting them all.
    let one_char = trimmed.chars().nth(1).is_none();
    if !trimmed.bytes().any(|b| b.is_ascii_alphanumeric()) || one_char {
        return Some("comment of punctuation ends the statement");
    }
    if let Some(message) = unpaired(trimmed) {
        return Some(message);
    }
    if hides_statements(trimmed, tokens) {
        return Some("comment hides more statements: the rest of the text was cut off");
    }
    // SQL right at the start of the comment, and more of it after: `-- x,
    // name ASC LIMIT 10`, `-- - RETURNING id, status`, `-- -- FOR UPDATE
    // SKIP LOCKED` (a comment mark or two of a payload's tag first).
    let sql = trimmed.trim_start_matches(['-', '#', '+', ' ', '\t']);
    // `CREATE STATISTICS taxa-- #_stats (…) ON …`, `CLUSTER t--?_pkey`:
    // the rest of a name the template built around the value
    // (`{name}_stats`), cut off right after the payload's comment marks.
    // A note that names a column puts a space first (`-- _id is the key`).
    // The same cut where the template uses the value again
    // (`CLUSTER t--? USING t--?_pkey`): after a `--` inside the body.
    let cut_name = |body: &str| {
        let marks = body
            .find(|c: char| {
                !matches!(
                    c,
                    '-' | '#' | '+' | '?' | '!' | '/' | '*' | ':' | ' ' | '\t' | '\u{b}' | '\u{c}'
                )
            })
            .unwrap_or(body.len());
        body.get(marks..).is_some_and(|rest| {
            rest.strip_prefix('_')
                .is_some_and(|name| name.starts_with(|c: char| c.is_ascii_alphanumeric()))
        }) && !body[..marks].ends_with(' ')
    };
    if cut_name(body)
        || body
            .match_indices("--")
            .any(|(k, _)| cut_name(&body[k + 2..]))
    {
        return Some("comment cuts a name in two: the rest of the statement was cut off");
    }
    crate::lexer::tokenize_into(sql, tokens);
    sql_in_body(sql, tokens)
}

/// The text between the quotes of a string token `text` of `kind`
/// (`'…'`, `E'…'`, `N'…'`, `U&'…'`, `$tag$…$tag$`), escapes as written.
fn string_body(text: &str, kind: TokenKind) -> Option<&str> {
    let open = match kind {
        TokenKind::String | TokenKind::EString => text.find('\'')? + 1,
        TokenKind::DollarString => text.get(1..)?.find('$')? + 2,
        _ => return None,
    };
    let close = if kind == TokenKind::DollarString {
        open
    } else {
        1
    };
    Some(
        text.get(open..text.len().saturating_sub(close))
            .unwrap_or(""),
    )
}

/// In `tokens`, the first call of a function that reaches files
/// or other hosts or makes the server wait (`pg_sleep(`, `lo_import(`),
/// or `TO PROGRAM` / `FROM PROGRAM`: its span.
fn reaches(tokens: &[Token]) -> Option<Range<usize>> {
    tokens.windows(2).find_map(|w| {
        let call =
            matches!(w[0].kw.class(), Class::File | Class::Time) && w[1].kind == TokenKind::LParen;
        let program = matches!(w[0].kw, Kw::To | Kw::From) && w[1].kw == Kw::Program;
        (call || program).then(|| w[0].start..w[1].end)
    })
}

/// Whether a comment's body holds the end of a statement, a separator and
/// the first words of another (`-- TO viewer; ALTER DEFAULT PRIVILEGES
/// …`, `-- USING t;ALTER ROLE …`): a template's remainder that repeats the
/// value, cut off with the rest of the text.
fn hides_statements(body: &str, tokens: &mut Vec<Token>) -> bool {
    if !body.contains(';') {
        return false;
    }
    crate::lexer::tokenize_into(body, tokens);
    // Some of the cut statement comes first: `-- ; DROP TABLE t` after a
    // whole statement is a note about one.
    tokens.windows(3).skip(1).any(|w| {
        w[0].kind == TokenKind::Semicolon
            && matches!(
                w[1].kw,
                Kw::Select
                    | Kw::Insert
                    | Kw::Update
                    | Kw::Delete
                    | Kw::Alter
                    | Kw::Create
                    | Kw::Drop
                    | Kw::Grant
                    | Kw::Revoke
                    | Kw::Truncate
                    | Kw::Copy
                    | Kw::Do
                    | Kw::With
            )
            && w[2].kind == TokenKind::Ident
    })
}

/// Whether the (trimmed) body of a comment leaves a quote or a parenthesis
/// unpaired: the template's own, cut off with the rest of the statement.
/// Apostrophes inside words (`don't`, `O'Neil`) are prose.
fn unpaired(trimmed: &str) -> Option<&'static str> {
    // One pass counts the quotes and parens: a pass per count cost four
    // times as much.
    let bytes = trimmed.as_bytes();
    let letter = |k: usize| bytes.get(k).is_some_and(|b| b.is_ascii_alphabetic());
    let (mut loose_single, mut double, mut opens, mut closes) = (0usize, 0usize, 0usize, 0usize);
    let mut brackets = 0isize;
    for (k, &b) in bytes.iter().enumerate() {
        match b {
            b'\'' => loose_single += usize::from(!(k > 0 && letter(k - 1) && letter(k + 1))),
            b'"' => double += 1,
            b'(' => opens += 1,
            b')' => closes += 1,
            b'[' => brackets += 1,
            b']' => brackets -= 1,
            _ => {}
        }
    }
    if !loose_single.is_multiple_of(2) || !double.is_multiple_of(2) {
        return Some("comment hides a quote: the rest of the statement was cut off");
    }
    if opens != closes {
        return Some("comment hides unbalanced parentheses: the rest of the statement was cut off");
    }
    // `--#:3] as "layers" from …`: an array subscript's end, cut off.
    if brackets < 0 {
        return Some("comment hides a closing bracket: the rest of the statement was cut off");
    }
    None
}

/// Whether the tokens of a comment's (trimmed) body read as the SQL of a
/// truncated statement rather than prose.
fn sql_in_body(trimmed: &str, tokens: &[Token]) -> Option<&'static str> {
    // A pattern match is SQL when a quoted pattern follows it (`ILIKE
    // 'St Mary%'`); prose says "like I said".
    let pattern_match = |k: usize| {
        matches!(tokens[k].kw, Kw::Like | Kw::Ilike)
            && tokens.get(k + 1).is_some_and(|t| t.kind.is_string())
    };
    // `IS NULL`, `IS NOT NULL`: a soft-delete filter cut off
    // (`… = 1188 -- AND deleted_at IS NULL`); prose says "is null" rarely.
    let null_test = |k: usize| {
        tokens[k].kw == Kw::Is
            && (tokens.get(k + 1).is_some_and(|t| t.kw == Kw::Null)
                || (tokens.get(k + 1).is_some_and(|t| t.kw == Kw::Not)
                    && tokens.get(k + 2).is_some_and(|t| t.kw == Kw::Null)))
    };
    let sql_like_at = |k: usize| {
        let t = &tokens[k];
        t.kind == TokenKind::Comma
            || CLAUSE_AFTER_TRUNCATION.contains(&t.kw)
            || t.kw == Kw::By
            || (t.kind == TokenKind::Operator
                && matches!(
                    t.text(trimmed),
                    "=" | "<" | ">" | "<>" | "!=" | "<=" | ">=" | "||"
                ))
            || pattern_match(k)
            || null_test(k)
    };
    // `FOR UPDATE SKIP LOCKED`, `FOR NO KEY UPDATE`: a query's locking
    // clause, whole.
    let locking = tokens.first().is_some_and(|t| t.kw == Kw::For)
        && tokens.get(1).is_some_and(|t| {
            t.kw == Kw::Update
                || ["share", "no", "key"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(t.text(trimmed)))
        });
    if locking {
        return Some("comment hides a locking clause: the rest of the statement was cut off");
    }
    if !(0..tokens.len().min(2)).any(sql_like_at) {
        return None;
    }
    // `-- '' AND NOT archived`: the template's closing quote and what
    // followed it, both commented out.
    if tokens.first().is_some_and(|t| t.kind == TokenKind::String)
        && tokens.len() > 1
        && sql_like_at(1)
    {
        return Some("comment hides a literal and SQL: the rest of the statement was cut off");
    }
    // `-- OR 1=1 was removed in PR #4411`: a literal followed by two bare
    // words is prose quoting SQL; in SQL a literal takes at most an alias
    // (`1 x,`), and `5 ROWS ONLY` is FETCH's.
    let word = |t: Option<&Token>| {
        t.is_some_and(|t| {
            t.kind == TokenKind::Ident
                && t.kw == Kw::None
                && !["rows", "row", "only"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(t.text(trimmed)))
        })
    };
    let prose = tokens
        .windows(3)
        .take(SCAN_LIMIT)
        .any(|w| w[0].kind.is_literal() && word(w.get(1)) && word(w.get(2)));
    if prose {
        return None;
    }
    let sql_count = (0..tokens.len().min(SCAN_LIMIT))
        .filter(|&k| sql_like_at(k))
        .count();
    if sql_count >= 2 {
        return Some("comment hides SQL clauses: the rest of the statement was cut off");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that `sql` fires exactly the rules `expected` (see [`rules_of`]).
    #[track_caller]
    fn check(sql: &str, expected: &[Rule]) {
        let got = rules_of(sql);
        let mut expected = expected.to_vec();
        expected.sort();
        assert_eq!(got, expected, "{sql}");
    }

    /// Asserts that `sql` holds a tautology or a constant condition.
    #[track_caller]
    fn assert_constant(sql: &str) {
        let rules = rules_of(sql);
        assert!(
            rules
                .iter()
                .any(|r| matches!(r, Rule::Tautology | Rule::ConstantCondition)),
            "{sql}: {rules:?}"
        );
    }

    #[track_caller]
    fn assert_fires(sql: &str, rule: Rule) {
        let rules = rules_of(sql);
        assert!(rules.contains(&rule), "{sql}: {rules:?}");
    }

    #[track_caller]
    fn assert_each_fires(statements: &[&str], rule: Rule) {
        for sql in statements {
            assert_fires(sql, rule);
        }
    }

    /// The rules that fire at medium severity or above, each once, sorted.
    fn rules_of(sql: &str) -> Vec<Rule> {
        let mut scratch = Scratch::default();
        lex(sql, &mut scratch.lexed);
        let mut findings = Vec::new();
        analyze(sql, &mut scratch, &mut findings, Decisive::NONE);
        let mut got: Vec<Rule> = findings
            .iter()
            .filter(|f| f.severity >= Severity::Medium)
            .map(|f| f.rule)
            .collect();
        got.sort();
        got.dedup();
        got
    }

    #[test]
    fn trim_is_str_trim() {
        for text in [
            "",
            " ",
            "\x0b x \x0c",
            " a b ",
            "\t\n",
            "\u{a0}x",
            "x\u{3000}",
            "\u{2028}",
            " é ",
            "\r\n'x",
            "x ",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn own_statements_of_maintenance_and_transactions_stay_quiet() {
        check("SELECT pg_sleep(0.25), pg_advisory_lock(42)", &[]);
        check(
            "BEGIN; SET LOCAL statement_timeout = '5s'; SELECT n FROM t WHERE id = 3; COMMIT;",
            &[],
        );
        check(
            "START TRANSACTION; SELECT 1 FROM q WHERE id = 2 FOR UPDATE SKIP LOCKED; ROLLBACK",
            &[],
        );
        check(
            "ALTER TABLE b ADD CONSTRAINT x EXCLUDE USING gist (room WITH =, span WITH &&)",
            &[],
        );
        // Look-alikes that still fire: a sleep of a second or more, one in
        // a condition or a subquery, a statement after the COMMIT, a schema
        // statement stacked inside the block.
        check("SELECT pg_sleep(1), now()", &[Rule::TimeBased]);
        check(
            "SELECT * FROM t WHERE id = 1 AND pg_sleep(0.5) IS NOT NULL",
            &[Rule::TimeBased],
        );
        check("SELECT (SELECT pg_sleep(0.5))", &[Rule::TimeBased]);
        check(
            "SELECT 1; SELECT pg_sleep(0.5)",
            &[Rule::StackedStatement, Rule::TimeBased],
        );
        check(
            "BEGIN; SELECT a FROM t WHERE id = 1; COMMIT; SELECT b FROM u",
            &[Rule::StackedStatement],
        );
        check(
            "BEGIN; UPDATE t SET a = 'x'; DROP TABLE users; SELECT ''; COMMIT;",
            &[Rule::StackedStatement],
        );
        // A COPY stacked or with an expression after its file, a backend
        // ended from a condition.
        check(
            "SELECT 1 FROM t WHERE a = 'x';\nCOPY t TO '/tmp/x'",
            &[Rule::StackedStatement, Rule::FileAccess],
        );
        check(
            "COPY (SELECT id FROM s) TO '/var/exports/q9'  OR 3 IS DISTINCT FROM 4",
            &[Rule::FileAccess, Rule::Tautology],
        );
        check(
            "SELECT a FROM t WHERE id = 1 AND pg_terminate_backend(42)",
            &[Rule::FileAccess],
        );
        check(
            "SELECT a FROM t WHERE id = 1; COMMIT",
            &[Rule::StackedStatement],
        );
    }

    #[test]
    fn legitimate_shapes_stay_quiet() {
        check("SELECT * FROM t WHERE a = 'x' OR b = 'y'", &[]);
        check("SELECT * FROM t WHERE 1=1 AND a = 5", &[]);
        check(
            "SELECT * FROM t WHERE volume > 1 AND 1=1 AND b IS NOT TRUE",
            &[Rule::ConstantCondition],
        );
        check("SELECT * FROM t WHERE a = 5 AND true", &[]);
        check("SELECT * FROM t WHERE (a = $1 AND 1=1) LIMIT $2", &[]);
        check("SELECT * FROM t WHERE a = 1 -- hot path: see runbook", &[]);
        check("BEGIN;\nUPDATE t SET a = 1 WHERE id = 2;\nCOMMIT;", &[]);
        check(
            "BEGIN;\nUPDATE t SET a = 0 WHERE b = 'x';\nALTER TABLE t DROP COLUMN b;",
            &[],
        );
        check("SELECT current_setting('app.tenant')::int", &[]);
        check("SELECT version()", &[]);
        check("INSERT INTO audit (who) VALUES (current_user)", &[]);
        check("SELECT * FROM t WHERE owner = current_user", &[]);
        check(
            "SELECT a FROM x UNION ALL SELECT 'total', sum(n) FROM y",
            &[],
        );
        check("SELECT \"weird name\" FROM \"select\"", &[]);
        check("SELECT E'\\t', U&'caf\\00e9'", &[]);
        check("SELECT * FROM t WHERE name = U&'d\\0061t\\+000061'", &[]);
        check(
            "SELECT * FROM t WHERE name = U&'\\0061dmin' OR U&'\\0031'=U&'\\0031'",
            &[Rule::Tautology],
        );
        check("SELECT * FROM t ORDER BY a USING <", &[]);
        check(
            "SELECT * FROM t WHERE a = 1 -- don't cache: see O'Neil's note",
            &[],
        );
        check("SELECT * FROM t WHERE a = 1 -- TODO, fix later", &[]);
        check(
            "SET LOCAL statement_timeout = 5000; SELECT * FROM t WHERE a = 'x'",
            &[],
        );
        check(
            "SELECT a, b FROM x UNION ALL SELECT NULL, sum(n) FROM y",
            &[],
        );
        check("SELECT name FROM t WHERE substr(name, 1, 1) = 'A'", &[]);
        check(
            "SELECT name FROM t WHERE id = ? AND tag IN (?, ?) LIMIT ?",
            &[],
        );
        check(
            "SELECT * FROM pg_class WHERE oid = (SELECT 1 FROM pg_namespace)",
            &[],
        );
        check(
            "SELECT * FROM t WHERE id = 1 AND EXISTS (SELECT 1 FROM pg_roles WHERE rolsuper)",
            &[Rule::CatalogProbe],
        );
    }

    #[test]
    fn scripts_monitoring_and_escaped_names_stay_quiet() {
        check("GRANT SELECT ON t TO app; REVOKE DELETE ON t FROM app", &[]);
        check(
            "ALTER TABLE t ADD c text; CREATE INDEX i ON t (c); INSERT INTO m (v) VALUES ('1')",
            &[],
        );
        check(
            "SELECT pid, usename FROM pg_stat_activity WHERE state <> 'idle'",
            &[],
        );
        check("SELECT \"\"\"; TRUNCATE users -- \" FROM r", &[]);
        check("SELECT \"{\"\"q\"\": \"\"it's\"\"}\" FROM r", &[]);
        // Names with punctuation but no SQL: a separator between bare
        // words, quotes and parens left open by a fragment of text.
        check("SELECT day, \"a;b\" FROM r", &[]);
        check("SELECT \"it's; (v2\" FROM r", &[]);
        check("SELECT \"' OR 1=1 --\" FROM r", &[]);
        check("SELECT \"x') AND ('y\" FROM r", &[]);
        // Or a clause word at a fragment's end or start.
        check("SELECT \"select * from\" AS answer FROM r", &[]);
        check(
            "COPY (SELECT * FROM s.\"and then\" ORDER BY 1) TO STDOUT",
            &[],
        );
        // A name of one or two SQL words.
        check("SELECT ts, \"union all\" FROM k", &[]);
        check("LISTEN \"drop table\"", &[]);
        // The text's own COPY to a file, PREPARE then EXECUTE, UNION of
        // parenthesized arms, an administrator ending idle backends.
        check(
            "COPY (SELECT id FROM s WHERE ok) TO '/var/exports/a;b.csv' WITH (FORMAT csv)",
            &[],
        );
        check(
            "PREPARE q(text) AS SELECT id FROM a WHERE n = $1; EXECUTE q('x')",
            &[],
        );
        check(
            "(SELECT 'c' AS k, id FROM c WHERE a = 'x') UNION ALL (SELECT 'l', id FROM l) \
             ORDER BY id DESC LIMIT 5",
            &[],
        );
        check(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle'",
            &[],
        );
        // A transaction block sent as one text.
        check(
            "BEGIN ISOLATION LEVEL SERIALIZABLE; UPDATE a SET b = b - 30 WHERE id = 1; \
             UPDATE a SET b = b + 30 WHERE id = 2; COMMIT;",
            &[],
        );
        check(
            "SAVEPOINT s1; INSERT INTO imports (name) VALUES ('x'); RELEASE SAVEPOINT s1;",
            &[],
        );
        check(
            "START TRANSACTION; LOCK TABLE inv IN SHARE MODE; SELECT sum(q) FROM inv; COMMIT",
            &[],
        );
        // Look-alikes that still fire: DML first, usename in a UNION arm,
        // an unescaped name holding SQL.
        check(
            "SELECT 1 FROM t WHERE a = 1; GRANT ALL ON t TO x",
            &[Rule::StackedStatement],
        );
        check(
            "SELECT a FROM t WHERE b = 1 UNION SELECT usename FROM x",
            &[Rule::CatalogProbe],
        );
        check(
            "SELECT * FROM \"x` WHERE 1=1 AND SLEEP(5)-- \"",
            &[
                Rule::CommentTruncation,
                Rule::ForeignDialect,
                Rule::IncompleteStatement,
            ],
        );
    }

    #[test]
    fn identity_tested_in_a_condition() {
        // A server setting compared with a constant is a probe too.
        check(
            "SELECT * FROM t WHERE id = 5 AND current_setting('data_directory') LIKE '/%'",
            &[Rule::ConstantCondition, Rule::EnvironmentProbe],
        );
        for sql in [
            "SELECT * FROM t WHERE id = 5 AND current_user LIKE 'post%'",
            "SELECT * FROM t WHERE id = 5 AND position('a' in current_user)>0",
            "SELECT * FROM t WHERE id = 5 AND get_byte(convert_to(current_user,'UTF8'),0)=112",
            "SELECT * FROM t WHERE id = 5 AND inet_server_addr() IS NOT NULL",
            // The session's process id spliced into arithmetic.
            "SELECT * FROM h WHERE pct <= 18-ascii(pg_backend_pid()::text)",
            "SELECT * FROM h WHERE pct <= 18-ascii((pg_backend_pid()::text)::text)",
            // Inside calls that take text apart, or that are spliced in.
            "SELECT * FROM d WHERE n = 11 + length((upper(current_database()))::text)",
            // Privileges asked about constants, as a condition.
            "SELECT * FROM m WHERE sku = 'x' AND has_table_privilege('pg_authid', 'SELECT')",
            "SELECT a FROM b ORDER BY (CASE WHEN (pg_has_role(current_user, 'pg_monitor', \
             'member')) THEN 1 ELSE 0 END)",
            // Where the server keeps its files, in arithmetic in a condition.
            "DELETE FROM d WHERE id = 8-ascii((current_setting('config_file'))::text)",
            "SELECT * FROM t WHERE v > 2.5+length(current_setting('hba_file'))",
            // Converted by a function whose input check fails on it.
            "SELECT * FROM m WHERE id = 42 AND 1=to_number(session_user, '999')",
            "SELECT * FROM m WHERE id = 42 AND to_date(version(), 'YYYY') IS NULL",
            // A server setting as an inline query compared in a condition.
            "SELECT * FROM s WHERE v >= (SELECT current_setting('server_version')) LIMIT 2",
        ] {
            check(sql, &[Rule::EnvironmentProbe]);
        }
        // Spliced into a string slot between empty strings: the splice is
        // a finding of its own.
        for sql in [
            "SELECT * FROM g WHERE club = ''||pg_backend_pid()::text||'' GROUP BY 1",
            "INSERT INTO w (a, b) VALUES (3, '' || hOsT(iNeT_SeRvEr_aDdR()) || '')",
        ] {
            check(sql, &[Rule::EnvironmentProbe, Rule::SubqueryInjection]);
        }
        for sql in [
            "SELECT * FROM t WHERE owner = current_user",
            "SELECT * FROM t WHERE owner = lower(current_user) AND b = 1",
            "SELECT * FROM t WHERE tenant = current_setting('app.tenant')::int",
            "SELECT * FROM t WHERE current_setting('app.flag') = 'on'",
            "SELECT current_setting('max_connections')::int < 2 AS skip",
            "INSERT INTO audit (who, what) VALUES (current_user, 'x')",
            "SELECT * FROM pg_stat_activity WHERE datname = current_database()",
            "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'idle'",
            "INSERT INTO heartbeat (pid, seen) VALUES (pg_backend_pid(), now())",
            "SELECT has_table_privilege('app', 'orders', 'SELECT')",
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' \
             AND has_table_privilege(c.oid, 'SELECT')",
            // An admin tool's own read.
            "SELECT current_setting('data_directory') AS dir, current_setting('config_file')",
            "SELECT * FROM t WHERE d = to_date(current_setting('app.day'), 'YYYY-MM-DD')",
            "SELECT * FROM t WHERE tenant = (SELECT current_setting('app.tenant'))",
            // A column named like a probe function, not called.
            "INSERT INTO k2 SELECT user_id, CAST(version AS BIGINT), algorithm FROM k",
            "SELECT version::int, s.version::text::uuid FROM t s WHERE id = 4",
            "SELECT * FROM t WHERE n = to_number(code, '999') AND d < to_timestamp(1e9)",
        ] {
            check(sql, &[]);
        }
    }

    #[test]
    fn introspection_and_qualified_names_stay_quiet() {
        for sql in [
            // Built-ins named with their schema, as search-path-safe code
            // does.
            "CREATE FUNCTION f(a pg_catalog.int4, b pg_catalog.name) RETURNS pg_catalog.text \
             AS $$ SELECT pg_catalog.format('%I', b) $$ LANGUAGE sql",
            "SELECT v.id FROM v WHERE v.config OPERATOR(pg_catalog.->>) 'k' = 'table'",
            "SELECT nr.nspname::information_schema.sql_identifier AS s FROM pg_namespace nr",
            // The statement's own catalog reads: in a select list of
            // subqueries only, in a CTE before the top's catalog, in DDL.
            "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)",
            "select exists(SELECT 1 from pg_database WHERE datname = $1)",
            "WITH d AS (SELECT objid FROM pg_depend) SELECT t.typname FROM pg_catalog.pg_type t",
            "CREATE VIEW v AS SELECT p.x FROM parts p JOIN (SELECT oid FROM pg_class) c ON c.oid = p.r",
            "SELECT EXISTS(SELECT 1 FROM pg_stat_activity WHERE datname = current_database())",
            // A column tested for NULL in parens, as a condition.
            "CREATE TRIGGER t AFTER DELETE ON q FOR EACH ROW WHEN ((old.p IS NOT NULL)) \
             EXECUTE FUNCTION f()",
            "SELECT a FROM v WHERE ((v.r IS NOT NULL) AND (v.r <> 'empty'))",
            // chr() formatting data.
            "SELECT chr(80) || substr(pet_name, 2) FROM pets WHERE pet_id = 9",
            "SELECT first_line || chr(10) || second_line FROM addresses",
            "SELECT chr(65) || chr(66) AS ab, ascii('x') AS code",
            // Set operations between parenthesized queries.
            "(SELECT a FROM t WHERE d >= '2021-08-10') EXCEPT ALL (SELECT a FROM u) ORDER BY 1",
            "(SELECT a FROM t WHERE b = 'x') INTERSECT (SELECT a FROM u WHERE c = 2)",
            // Row-level security that lets every row through.
            "CREATE POLICY p ON profiles FOR SELECT USING (true)",
            "ALTER POLICY p ON docs USING (true) WITH CHECK (true)",
            // Arrays compared with columns.
            "SELECT * FROM t WHERE id = ANY(ARRAY[1, 2, 3]) OR 'a' = ANY(tags)",
            "SELECT * FROM t WHERE a = 1 OR 5 = ALL(ARRAY[x, 5])",
            "SELECT replace(body, chr(13) || chr(10), ' ') FROM notes",
            // The application's own settings, wherever read.
            "SELECT set_config('search_path', 'app,' || current_setting('search_path'), false)",
            "SELECT 1 UNION ALL SELECT current_setting('block_size')::int",
        ] {
            check(sql, &[]);
        }
        // Beside a template's own FROM, or spelled from constants, the same
        // reads stay findings.
        check(
            "SELECT name FROM products WHERE id = 1 AND EXISTS (SELECT 1 FROM pg_namespace)",
            &[Rule::CatalogProbe],
        );
        check(
            "SELECT name FROM products WHERE id = 1 AND 1=(SELECT count(*) FROM pg_catalog.pg_class)",
            &[Rule::CatalogProbe, Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM users WHERE name = 'ad'||chr(109)||'in'",
            &[Rule::Obfuscation],
        );
        check(
            "SELECT * FROM users WHERE name = 'x'||current_setting('data_directory')",
            &[Rule::EnvironmentProbe],
        );
        check(
            "SELECT id FROM t ORDER BY score DESC, (id IS NOT NULL)::int",
            &[Rule::ConstantCondition],
        );
    }

    #[test]
    fn calls_of_pure_functions_on_constants_are_constants() {
        for sql in [
            "DELETE FROM t WHERE id = 1 OR md5('')=md5('') AND week = '2025-03-03'::date",
            "SELECT * FROM t WHERE a = false OR length('ab')=2 AND c = 4",
            "DELETE FROM t WHERE a = 9 AND b = 42 OR coalesce(NULL, 1)=1",
            "SELECT * FROM t WHERE w > 0 OR CHR(49)=CHR(49)::numeric(8,3)",
            "SELECT * FROM t WHERE r < current_date + 5 OR 2>1 * interval '1 day' AND a",
            "SELECT * FROM t WHERE a = 2 OR row(40, 'x') = Row(40, 'x')",
            "SELECT * FROM t WHERE a = 2 OR array_length(ARRAY[1,2,3], 1) = 3",
            "SELECT * FROM t WHERE a = 2 OR cardinality(ARRAY[ARRAY[1], ARRAY[2]]) = 2",
            "SELECT * FROM t WHERE a = 2 OR ARRAY['a', upper('b')] = ARRAY['a', 'B']",
        ] {
            check(sql, &[Rule::ConstantCondition]);
        }
        // In SET, the number OR'ed is an error of its own.
        check(
            "UPDATE t SET s = 'x', c = 7 OR 'Z'=upper('z') WHERE id = 5",
            &[Rule::ConstantCondition, Rule::Malformed],
        );
        check(
            "SELECT * FROM t WHERE a = 5 OR 1 IS NOT DISTINCT FROM 1",
            &[Rule::Tautology],
        );
        // A constant against every element of an array of constants.
        for sql in [
            "UPDATE t SET a = 'x' OR 3 = ANY(ARRAY[1,2,3]), b = 'z' WHERE id = 5",
            "SELECT * FROM t WHERE a > 1 OR 58 = ALL (ARRAY[58, 58])",
            "SELECT * FROM t WHERE a > 1 OR 'k' LIKE SOME(ARRAY['j', 'k'])",
            "SELECT * FROM t WHERE a > 1 OR 42 BETWEEN SYMMETRIC 898 AND 1",
            "SELECT * FROM t WHERE a = 7 OR EXISTS (VALUES (38)) AND b = 1",
            "SELECT * FROM t WHERE a = 11 OR (SELECT 16 = 16) AND b = 1",
        ] {
            check(sql, &[Rule::Tautology]);
        }
        check(
            "SELECT * FROM t WHERE a = 5 AND (NULL IS NOT DISTINCT FROM NULL)",
            &[Rule::ConstantCondition],
        );
        check("SELECT * FROM t WHERE a = 5 AND b IS DISTINCT FROM c", &[]);
        check(
            "SELECT a FROM t WHERE b = 4 ORDER BY title (9680=9680)*5491 NULLS LAST",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT a FROM t ORDER BY lower (title), coalesce(b = 1, false)",
            &[],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND b IS NOT DISTINCT FROM $1",
            &[],
        );
        // A column, a parameter or a volatile function inside the call, or
        // a column on the other side: an application's test.
        for sql in [
            "SELECT * FROM t WHERE a = 1 AND lower(email) = lower('X@Y.com')",
            "SELECT * FROM t WHERE a = 1 AND upper(code) = 'ABC'",
            "SELECT * FROM t WHERE a = 1 AND random() < 0.1",
            "SELECT * FROM t WHERE ($1::text IS NULL OR length($1) = 0)",
            "SELECT * FROM t WHERE a = 1 AND coalesce(deleted_at, now()) > now()",
            "SELECT * FROM t WHERE a = 1 AND date '2020-01-01' < created_at",
            "SELECT * FROM t WHERE a = 1 AND created_at > now() - interval '1 day'",
            "SELECT * FROM t WHERE a = 1 AND md5(name) = md5('x')",
            "SELECT * FROM t WHERE a = 1 AND tags = ARRAY['x', 'y']",
            "SELECT * FROM t WHERE a = 1 AND array_length(tags, 1) = 3",
            "SELECT * FROM t WHERE a = 1 AND ARRAY[b, 2] = ARRAY[1, 2]",
        ] {
            check(sql, &[]);
        }
    }

    #[test]
    fn casts_and_concatenation_fold() {
        check(
            "SELECT * FROM t WHERE a = 5 OR 't'::boolean",
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM t WHERE a = 5 OR E't'::boolean",
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND 1::boolean",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND 4821=4821::bigint",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND 'x'||'y'='xy'",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM t WHERE a = 5 OR EXISTS(SELECT 1)",
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND 5 IN (SELECT 5)",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND 5 IN (SELECT b FROM u)",
            &[],
        );
        check("SELECT * FROM t WHERE a = 5 AND c IN (SELECT 5)", &[]);
        check(
            "SELECT a, b FROM t WHERE a = 5 UNION SELECT NULL::text, NULL::int",
            &[Rule::UnionInjection],
        );
        // Columns stay columns, whatever their casts; EXISTS over a table
        // is a real test; typed literals compared in a test of casts.
        check("SELECT * FROM t WHERE a = 5 AND b::text = 'x'", &[]);
        check("SELECT * FROM t WHERE a = 5 AND b = 'x'::text || c", &[]);
        check("SELECT * FROM t WHERE a = 5 AND b::int = c::int", &[]);
        check(
            "SELECT * FROM t WHERE a = 5 OR EXISTS (SELECT 1 FROM u WHERE u.a = t.a)",
            &[],
        );
        check(
            "SELECT * FROM t TABLESAMPLE bernoulli (('1'::text < '0'::text)::int)",
            &[],
        );
        check(
            "SELECT a, b FROM t UNION ALL SELECT NULL::text, sum(n) FROM u",
            &[],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND d > '2020-01-01'::date",
            &[],
        );
    }

    #[test]
    fn quoted_lowercase_names_are_the_bare_names() {
        for (bare, expected) in [
            (
                "SELECT a FROM t WHERE id = 1 AND pg_sleep(5) IS NULL",
                &[Rule::TimeBased][..],
            ),
            (
                "SELECT a FROM t WHERE id = 1 UNION SELECT usename, passwd FROM pg_shadow",
                &[Rule::CatalogProbe],
            ),
            (
                "SELECT a FROM t WHERE id = 1 OR md5('')=md5('')",
                &[Rule::ConstantCondition],
            ),
        ] {
            check(bare, expected);
            let quoted = ["pg_sleep", "usename", "passwd", "pg_shadow", "md5"]
                .iter()
                .fold(bare.to_owned(), |sql, name| {
                    sql.replace(name, &format!("\"{name}\""))
                });
            assert_ne!(quoted, bare);
            check(&quoted, expected);
        }
        // Other spellings are other names: quoted, a keyword or an
        // uppercase letter makes a plain name.
        check("SELECT \"PG_SLEEP\"(5)", &[]);
        check("SELECT \"select\", \"current_user\" FROM t", &[]);
        check(
            "SELECT \"orders\".\"id\" FROM \"orders\" WHERE \"id\" = $1",
            &[],
        );
    }

    #[test]
    fn constant_tests_of_more_shapes() {
        for sql in [
            "SELECT a FROM t WHERE id = 1 OR true IS TRUE",
            "SELECT a FROM t WHERE id = 1 OR 'abc' ~ 'b'",
            "SELECT a FROM t WHERE id = 1 OR 'abc' !~* 'z'",
            "SELECT a FROM t WHERE id = 1 OR starts_with('abc', 'a')",
            "SELECT a FROM t WHERE id = 1 OR regexp_like('abc', '^a')",
        ] {
            assert_constant(sql);
        }
        for sql in [
            "SELECT a FROM t WHERE id = 1 OR 'chg' NOT LIKE 'zz%'",
            "SELECT a FROM t WHERE id = 1 OR 'chg' !~~ 'zz%'",
            "SELECT a FROM t WHERE id = 1 OR 'a' ~~* 'A'",
            "SELECT a FROM t WHERE id = 1 OR 'ljkzq' ^@ 'l'",
            "SELECT a FROM t WHERE id = 1 OR '{\"a\": 1}'::jsonb ? 'a'",
            "SELECT a FROM t WHERE id = 1 OR (B'101' # B'011') = B'110'",
            "SELECT a FROM t WHERE id = 1 OR ('a')=('a')",
        ] {
            assert_constant(sql);
        }
        check(
            "SELECT a FROM t WHERE b = 1 /*!00000UNION ALL SELECT NULL*/",
            &[Rule::ForeignDialect],
        );
        for sql in [
            "SELECT a FROM t WHERE active IS TRUE AND name ~ '^a' AND starts_with(code, 'x')",
            "SELECT a FROM t WHERE doc ? 'key' AND name NOT LIKE 'x%' AND (flags & 4) = 4",
            "SELECT a FROM t WHERE regexp_like(name, $1) OR flag IS NOT FALSE",
        ] {
            check(sql, &[]);
        }
    }

    #[test]
    fn probes_tested_by_a_match() {
        assert_each_fires(
            &[
                "SELECT a FROM t WHERE b = 1 AND starts_with(current_user, 'r')",
                "SELECT a FROM t WHERE b = 1 AND current_user ^@ 'r'",
                "SELECT a FROM t WHERE b = 1 AND version() ~ '^PostgreSQL 1'",
            ],
            Rule::EnvironmentProbe,
        );
    }

    #[test]
    fn probes_in_parens_and_casts_spliced_into_strings() {
        assert_each_fires(
            &[
                "SELECT a FROM t WHERE name = '' || (session_user)::text || ''",
                "SELECT jsonb_path_query(m, 'z' ||$$ $$ || (current_database())::text ||'') FROM t",
                "SELECT a FROM t WHERE v = ((version()))::varchar(40) || 'x'",
            ],
            Rule::EnvironmentProbe,
        );
        check("SELECT 'db: ' || current_setting('search_path')", &[]);
    }

    #[test]
    fn stacked_do_blocks_judged_by_the_code_they_execute_and_what_follows() {
        assert_each_fires(
            &[
                "CREATE TABLE a (x int); DO $r$ BEGIN EXECUTE 'SELECT pg_sleep($1)' USING 9; END $r$",
                "CREATE TABLE a (x int); DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'id'); END $$",
            ],
            Rule::FileAccess,
        );
        assert_fires(
            "CREATE TABLE a (x int); DO $$ BEGIN PERFORM 1; END $$ (b text not null)",
            Rule::Malformed,
        );
        for sql in [
            "CREATE TABLE a (x int); DO $$ BEGIN EXECUTE 'CREATE INDEX ON a (x)'; END $$;",
            "CREATE TABLE a (x int); DO LANGUAGE plpgsql $$ BEGIN PERFORM 1; END $$",
            "CREATE TABLE a (x int); DO $$ BEGIN PERFORM 1; END $$ LANGUAGE plpgsql; SELECT 1",
        ] {
            assert!(
                !rules_of(sql)
                    .iter()
                    .any(|r| matches!(r, Rule::FileAccess | Rule::Malformed)),
                "{sql}: {:?}",
                rules_of(sql)
            );
        }
    }

    #[test]
    fn multi_statement_templates_applications_send() {
        // A lock taken or the session set up for the statement after it, a
        // tenant switch undone at the end, a cursor read and closed, one
        // table reloaded.
        for sql in [
            "SELECT pg_advisory_xact_lock(4242); UPDATE stock SET n = n - 2 WHERE k = 'a' RETURNING n",
            "SELECT pg_advisory_xact_lock(hashtext('job 7')); UPDATE g SET locked_by = $1 WHERE id = 8",
            "LOCK TABLE stock IN SHARE ROW EXCLUSIVE MODE; UPDATE stock SET n = n - 6 WHERE k = 'a'",
            "SELECT set_config('app.tenant', $1, true); SELECT * FROM s WHERE d = current_date",
            "SET ROLE tenant_a; SELECT id FROM t WHERE d = '2022-09-09'; RESET ROLE",
            "MOVE LAST IN c1; CLOSE c1",
            "DECLARE q CURSOR FOR SELECT id FROM t WHERE s = 'open'; FETCH 100 FROM q",
            "DELETE FROM \"a\".\"g\" WHERE d >= '2025-06-30'; INSERT INTO \"a\".\"g\" SELECT * FROM g_tmp",
        ] {
            check(sql, &[]);
        }
        // Schema statements after the lock, another setting reset, another
        // cursor closed, a lock whose mode a payload cut off, another
        // table filled.
        assert_each_fires(
            &[
                "SELECT pg_advisory_xact_lock(4242); DROP TABLE stock",
                "SET ROLE tenant_a; SELECT id FROM t; RESET search_path",
                "MOVE LAST IN c1; CLOSE c2",
                "LOCK TABLE t; DELETE FROM u IN ROW EXCLUSIVE MODE NOWAIT",
                "DECLARE q CURSOR FOR SELECT id FROM t; FETCH 100 FROM q; DROP TABLE t",
                "DELETE FROM a WHERE d = '1'; INSERT INTO b SELECT * FROM a",
            ],
            Rule::StackedStatement,
        );
    }

    #[test]
    fn names_cut_by_a_comment_and_untrusted_do_blocks() {
        assert_each_fires(
            &[
                "CREATE STATISTICS IF NOT EXISTS taxa-- #_stats (dependencies) ON a, b FROM t",
                "CREATE TYPE sorbet\t--_base AS ENUM ('a', 'b')",
            ],
            Rule::CommentTruncation,
        );
        check("CREATE TABLE t (a int) -- _a is the key", &[]);
        assert_fires(
            "ALTER TABLE t ENABLE ROW LEVEL SECURITY; DO LANGUAGE plpython3u $$ import os $$",
            Rule::FileAccess,
        );
        check(
            "ALTER TABLE t ENABLE ROW LEVEL SECURITY; DO LANGUAGE plpgsql $$ BEGIN PERFORM 1; END $$",
            &[],
        );
        // Constants wrapped in a subquery, and an expression between empty
        // strings.
        assert_each_fires(
            &[
                "UPDATE s SET n = n - (SELECT octet_length($_$abc$_$)) WHERE k = 'a'",
                "SELECT pg_advisory_lock(18, (SELECT octet_length($x$abc$x$)))",
                "SELECT a FROM l WHERE club_id = (SELECT $z$56$z$) AND s <= 4.5",
                "UPDATE f SET g = 150 - (SELECT 0 WHERE ((SELECT string_agg(k, ';') FROM keys)) IS NULL)",
            ],
            Rule::SubqueryInjection,
        );
        assert_each_fires(
            &[
                "CLUSTER c.t--? USING t--?_pkey",
                "SELECT a FROM t WHERE d = 'x'  /* x */--' AND active = true",
            ],
            Rule::CommentTruncation,
        );
        check("SELECT a FROM t WHERE d = $1 /* hint */ -- a note", &[]);
        assert_fires(
            "UPDATE s SET n = 1 WHERE k = '' || current_setting('request.jwt.claims', true) || ''",
            Rule::SubqueryInjection,
        );
        check(
            "SELECT '' || id AS label, (SELECT max(n) FROM u) - n FROM s",
            &[],
        );
    }

    #[test]
    fn stacked_takeovers_are_high_even_in_scripts() {
        for sql in [
            "REINDEX INDEX i; SET SESSION AUTHORIZATION rds_superuser",
            "CLUSTER t; ALTER ROLE app WITH SUPERUSER",
            "GRANT SELECT ON t TO r; CREATE USER x WITH LOGIN BYPASSRLS PASSWORD 'p'",
        ] {
            let mut scratch = Scratch::default();
            lex(sql, &mut scratch.lexed);
            let mut found = Vec::new();
            analyze(sql, &mut scratch, &mut found, Decisive::NONE);
            assert!(
                found
                    .iter()
                    .any(|f| f.rule == Rule::StackedStatement && f.severity == Severity::High),
                "{sql}: {found:?}"
            );
        }
        check(
            "CREATE ROLE reporting NOLOGIN; GRANT SELECT ON t TO reporting",
            &[],
        );
    }

    #[test]
    fn comments_hiding_statements_and_endless_recursion() {
        assert_each_fires(
            &[
                "GRANT SELECT ON ALL TABLES IN SCHEMA a;DELETE FROM cron.job-- TO v; ALTER DEFAULT PRIVILEGES IN SCHEMA a",
                "CLUSTER c.t;ALTER ROLE x BYPASSRLS -- USING t;ALTER ROLE x BYPASSRLS --_pkey",
            ],
            Rule::CommentTruncation,
        );
        check("CREATE INDEX i ON t (a); -- then; vacuum it later", &[]);
        assert_fires(
            "REINDEX INDEX i; WITH RECURSIVE z(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM z) SELECT count(*) FROM z",
            Rule::TimeBased,
        );
        for sql in [
            "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 9) SELECT n FROM t",
            "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 9",
            "WITH RECURSIVE c (a) AS (SELECT a FROM d UNION SELECT a FROM c) SELECT a FROM c",
            "WITH RECURSIVE tree AS (SELECT id FROM n WHERE p IS NULL UNION ALL SELECT n.id FROM n JOIN tree ON n.p = tree.id) SELECT id FROM tree",
        ] {
            check(sql, &[]);
        }
    }

    #[test]
    fn probes_of_other_tables_and_server_settings() {
        // A subquery's value tested against a pattern, through parens and
        // a cast.
        assert_constant(
            "UPDATE z SET s = 'open' WHERE n = 11 AND ((SELECT passcode FROM g WHERE login = 'grey'))::text ~* '^n'",
        );
        assert_constant(
            "SELECT a FROM t WHERE n = 11 AND (SELECT passcode FROM g WHERE login = 'grey') NOT LIKE 'n%'",
        );
        // Whether a row exists elsewhere, asked with constants only.
        assert_constant(
            "SELECT a FROM t WHERE id = 204 AND EXISTS (SELECT 1 FROM laser_players WHERE callsign = 'Ghost')",
        );
        assert_constant(
            "SELECT m FROM r GROUP BY m HAVING min(s) < 2400 AND NOT EXISTS (SELECT 1 FROM u x WHERE email = 'a@b.c' AND rank = 3)",
        );
        for sql in [
            "SELECT * FROM users u WHERE active AND EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)",
            "SELECT * FROM users WHERE active AND EXISTS (SELECT 1 FROM orders WHERE user_id = $1)",
            "SELECT * FROM users WHERE active AND EXISTS (SELECT 1 FROM orders WHERE status = 'open' AND user_id = users.id)",
        ] {
            check(sql, &[]);
        }
        // One of the server's own settings compared with a constant, after
        // AND, OR or HAVING; not an application's setting, nor after WHEN.
        for sql in [
            "SELECT m FROM r GROUP BY m HAVING min(s) < 1800 AND current_setting('server_version_num')::int >= 130000",
            "UPDATE f SET n = 1 WHERE id = 27 AND current_setting('TimeZone') ^@ 'America'",
            "SELECT a FROM t WHERE d > 120 OR current_setting('DateStyle', true) <> ''",
        ] {
            assert_fires(sql, Rule::ConstantCondition);
        }
        for sql in [
            "SELECT a FROM t WHERE tenant = current_setting('app.tenant')::int",
            "SELECT a FROM t WHERE x = 1 AND current_setting('app.role') = 'admin'",
            "SELECT CASE WHEN current_setting('search_path') ~* 'pgstac' THEN 1 ELSE 0 END",
            "SELECT a FROM t WHERE x = 1 AND current_setting('work_mem') = setting",
        ] {
            check(sql, &[]);
        }
    }

    #[test]
    fn twenty_second_corpus_shapes() {
        // A subquery taken apart by split_part.
        assert_fires(
            "UPDATE c SET p = 1 WHERE id = 5 AND NOT (length(split_part(((SELECT pw FROM u LIMIT 1))::text, '.', 1)) = 8)",
            Rule::SubqueryInjection,
        );
        check("SELECT split_part(email, '@', 2) FROM users", &[]);
        // The transaction id spliced between strings, like the process id;
        // read as a value it is an application's.
        for sql in [
            "SELECT a FROM s WHERE maker ILIKE ''||txid_cURRENT()::teXT||'%'",
            "SELECT u FROM l WHERE username = '0' ||pg_current_xact_id()::text ||''",
        ] {
            assert_fires(sql, Rule::EnvironmentProbe);
        }
        for sql in [
            "INSERT INTO outbox (payload, tx) VALUES ('x', txid_current())",
            "SELECT * FROM events WHERE xmin::text::bigint >= txid_current() - 100",
        ] {
            check(sql, &[]);
        }
        // A string with its escape character named is a constant.
        assert_constant("SELECT a FROM s WHERE id = 305 OR U&'^0071weky' UESCAPE '^' = 'qweky'");
        check("SELECT U&'d!0061t!+000061' UESCAPE '!' AS x", &[]);
        // A subquery's value as a setting's name comes back in the error.
        assert_fires(
            "SELECT t FROM m WHERE h > 5 AND current_setting(((SELECT json_agg(z)::text FROM c z))::text) IS NULL",
            Rule::ErrorBased,
        );
        // Casting a probe or subquery through text to a number leaks it.
        assert_fires(
            "SELECT a FROM t WHERE id = version()::text::int",
            Rule::ErrorBased,
        );
        assert_fires(
            "SELECT a FROM t WHERE id = (SELECT passwd FROM u)::text::int",
            Rule::ErrorBased,
        );
    }

    #[test]
    fn twenty_third_corpus_shapes() {
        // Privileges of the current role, through parens and a cast.
        assert_fires(
            "SELECT a FROM v WHERE id = 4402 AND has_table_privilege((current_role)::text, 'SELECT')",
            Rule::EnvironmentProbe,
        );
        check("SELECT * FROM t WHERE owner = current_role", &[]);
        check(
            "SELECT has_table_privilege(current_role, 'orders', 'SELECT')",
            &[],
        );
        // Firebird's system tables in sqlmap's heavy query.
        assert_fires(
            "SELECT a FROM o WHERE f = $1 ORDER BY (SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2) ASC",
            Rule::ForeignDialect,
        );
        // Whether a row exists elsewhere, with a test for NULL too.
        assert_constant(
            "SELECT a FROM v WHERE id = 4402 AND EXISTS (SELECT 1 FROM g WHERE email = 'c@e.org' AND password_hash IS NOT NULL)",
        );
        check(
            "SELECT a FROM v WHERE active AND EXISTS (SELECT 1 FROM g WHERE g.v_id = v.id AND deleted_at IS NULL)",
            &[],
        );
        // A number assigned in SET, then AND: no integer is a boolean.
        for sql in [
            "UPDATE b SET owed = 0 AND get_byte(convert_to((session_user)::text, 'UTF8'), 8) > 95 WHERE id = 2290",
            "UPDATE b SET a = 'x', owed = 4.50 AND (current_setting('server_version_num'))::text::numrange IS NULL WHERE id = 2290",
        ] {
            assert_fires(sql, Rule::Malformed);
        }
        for sql in [
            "UPDATE t SET a = 1, b = 2 WHERE c = 3 AND d = 4",
            "UPDATE t SET flag = true AND other, n = 5 WHERE id = 1",
            "SELECT a, b = 1 AND c FROM t",
        ] {
            check(sql, &[]);
        }
        // Where the server keeps its files, taken apart in a value.
        assert_fires(
            "INSERT INTO g (m, v) VALUES (318 + 0*length((current_setting('ident_file'))), 'x')",
            Rule::EnvironmentProbe,
        );
        check("SELECT current_setting('data_directory')", &[]);
    }

    #[test]
    fn ranges_of_constants_and_existence_tests() {
        assert_constant("SELECT a FROM t WHERE h > 1 OR isempty(numrange(75, 75))");
        assert_constant("SELECT a FROM t WHERE h > 1 OR num_nonnulls(28, NULL) = 1");
        assert_constant("SELECT a FROM t WHERE h > 1 OR to_jsonb(34) = '34'::jsonb");
        assert_constant("SELECT a FROM t WHERE h > 1 OR xml_is_well_formed('<a/>')");
        assert_constant("SELECT a FROM t WHERE h > 1 OR (SELECT bool_and(true))");
        assert_constant("SELECT a FROM t WHERE c = 260 OR 3 NOT BETWEEN 337 AND 338");
        assert_constant("UPDATE z SET s = 'x' WHERE n = 11 OR 77 NOT IN (4732, 4733)");
        check("SELECT a FROM t WHERE h > 1 AND 3 NOT IN (a, b)", &[]);
        assert_constant("SELECT a FROM t WHERE h > 1 OR xmlexists('/a' PASSING BY VALUE '<a/>')");
        check(
            "SELECT a FROM t WHERE h > 1 AND xmlexists('/a' PASSING BY VALUE doc)",
            &[],
        );
        assert_constant(
            "SELECT a FROM t WHERE h > 1 OR jsonb_path_match('{\"a\": 2}', '$.a == 2')",
        );
        assert_constant(
            "SELECT a FROM t WHERE h > 1 OR daterange('2025-01-01', '2025-02-01') && daterange('2025-01-15', '2025-03-01')",
        );
        assert!(
            rules_of("SELECT a FROM t WHERE h > 1 AND to_regclass('hdb_catalog.hdb_metadata') IS NOT NULL")
                .contains(&Rule::CatalogProbe)
        );
        check(
            "SELECT a FROM t WHERE during && tstzrange($1, $2) AND NOT isempty(during)",
            &[],
        );
        check("SELECT to_regclass('public.t') IS NOT NULL AS present", &[]);
    }

    #[test]
    fn file_settings_cast_and_tables_probed_by_exists() {
        assert!(
            rules_of("UPDATE c SET a = 1 WHERE id IN ((SELECT (current_setting('ssl_key_file'))::text::regrole::oid))")
                .contains(&Rule::ErrorBased)
        );
        // Cast to a number, a setting leaks nothing; compared with a
        // constant in a condition it is a boolean probe.
        check(
            "SELECT a FROM t WHERE b > 1 AND current_setting('server_version_num')::int >= 150000",
            &[Rule::ConstantCondition],
        );
        assert!(
            rules_of("SELECT a FROM t WHERE b <= 250 OR NOT EXISTS(SELECT 7368 FROM users)")
                .contains(&Rule::ConstantCondition)
        );
        check(
            "SELECT a FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.id = t.owner)",
            &[],
        );
        // A stacked ALTER SYSTEM, even in a script.
        assert!(
            rules_of("COMMENT ON COLUMN c.a IS 'x';\nALTER SYSTEM SET archive_command = 'curl x';\nSELECT pg_reload_conf()")
                .contains(&Rule::StackedStatement)
        );
        check("ALTER SYSTEM SET work_mem = '64MB'", &[]);
        // A soft-delete filter cut off after a tag.
        check(
            "UPDATE b SET c = 4 WHERE b.id = 1188\t--\u{3000} AND b.deleted_at IS NULL",
            &[Rule::CommentTruncation],
        );
        check("SELECT a FROM t WHERE id = 5 -- the default is null", &[]);
        assert_constant("SELECT a FROM t WHERE id = 7 OR format('%s', 77) = '77'");
        // octet_length() takes a subquery apart as length() does.
        assert!(
            rules_of("INSERT INTO f (a, b) VALUES ('x', 14-coalesce(octet_length(((SELECT string_agg(key, ';') FROM variable))), 0)*0)")
                .contains(&Rule::SubqueryInjection)
        );
        // Extra parens around a subquery taken apart change nothing.
        check(
            "SELECT a FROM t LIMIT 5+0*length(((SELECT concat_ws('|',b,c) FROM u LIMIT 1)))",
            &[Rule::SubqueryInjection],
        );
    }

    #[test]
    fn schema_qualified_builtins_are_the_builtins() {
        check(
            "SELECT a FROM t WHERE id = 1 AND pg_catalog.pg_sleep(5) IS NULL",
            &[Rule::TimeBased],
        );
        assert!(
            !rules_of(
                "SELECT a FROM t WHERE c = 'x'||pg_catalog.current_setting('data_directory')||''"
            )
            .is_empty()
        );
        check(
            "INSERT INTO t (a, b) VALUES (50, pg_catalog.repeat('x', 10000))",
            &[],
        );
        // A comment between the qualifier and the name keeps both.
        check("SELECT pg_catalog./* x */upper(a) FROM t", &[]);
    }

    #[test]
    fn extension_operators_types_and_probes() {
        for sql in [
            "SELECT a FROM t WHERE id = 1 OR '{\"d\": 38}'::jsonb @? '$.d'",
            "SELECT a FROM t WHERE id = 1 OR 'wxwer' <-> 'wxwer' = 0",
            "SELECT a FROM t WHERE id = 1 OR ('k=>47'::hstore -> 'k') = '47'",
            "SELECT a FROM t WHERE id = 1 OR ST_MakePoint(9, 7) <-> ST_MakePoint(9, 7) = 0",
            "SELECT a FROM t WHERE id = 1 OR 1 IN (SELECT generate_subscripts(ARRAY[3, 4], 1))",
        ] {
            assert_constant(sql);
        }
        assert_each_fires(
            &[
                "SELECT a FROM t WHERE b % 'x' || (current_database())::text::ltree::text",
                "SELECT a FROM t WHERE n <= (SELECT vector_dims((inet_client_addr()::text)::text::vector))",
            ],
            Rule::ErrorBased,
        );
        assert!(!rules_of("SELECT a FROM t WHERE b = ''||postgis_full_version()||''").is_empty());
        // Even an application's own setting, cast to an extension's type.
        assert!(
            rules_of("SELECT a FROM t WHERE b = 1 AND (current_setting('cron.database_name', true))::text::cube IS NULL")
                .contains(&Rule::ErrorBased)
        );
        check(
            "SELECT a FROM t WHERE tenant = current_setting('app.tenant')::int",
            &[],
        );
        assert!(
            rules_of("SELECT a FROM t WHERE ST_GeomFromText($v$POINT($v$ || ((SELECT command FROM cron.job LIMIT 1))::text) IS NULL")
                .contains(&Rule::SubqueryInjection)
        );
        assert!(
            !rules_of(
                "SELECT a FROM t WHERE b = '' || current_setting('pgrst.jwt_secret', true) || ''"
            )
            .is_empty()
        );
        for sql in [
            "SELECT id FROM items ORDER BY embedding <-> '[3,1,2]' LIMIT 5",
            "SELECT id FROM t WHERE name % 'Margarethe' ORDER BY name <-> 'Margarethe' LIMIT 10",
            "SELECT doc -> 'a' FROM t WHERE doc @? '$.a' AND tags ?| array['x', 'y']",
            "SELECT id FROM p WHERE ST_DWithin(geom, ST_MakePoint(13.4, 52.5)::geography, 500)",
            "SELECT a FROM t WHERE tenant = current_setting('app.tenant_id')",
        ] {
            check(sql, &[]);
        }
    }

    #[test]
    fn dollar_quoted_strings_are_strings() {
        for sql in [
            "SELECT a FROM t WHERE id = 1 OR 'a'='a'",
            "UPDATE t SET b = 2 WHERE id = 1 AND 0=current_setting('config_file')::int",
            "SELECT a FROM t WHERE d > 5 OR current_date > date '1970-01-01'",
            "SELECT a FROM t WHERE c = ''||encode(convert_to((SELECT token FROM u LIMIT 1),'UTF8'),'base64')",
        ] {
            let rules = rules_of(sql);
            assert!(!rules.is_empty(), "{sql}");
            let dollar = sql.replace("''", "$$$$").replace('\'', "$$");
            check(&dollar, &rules);
            let escaped = sql
                .replace(" '", " E'")
                .replace("('", "(E'")
                .replace(",'", ",E'");
            check(&escaped, &rules);
        }
    }

    #[test]
    fn each_rule_fires() {
        check("SELECT 1; DELETE FROM t", &[Rule::StackedStatement]);
        check(
            "SELECT * FROM t WHERE id IN (1;SELECT 2)",
            &[Rule::StackedStatement, Rule::Unbalanced],
        );
        check(
            "SELECT * FROM t WHERE a = 'x' -- ' AND b = 'y'",
            &[Rule::CommentTruncation],
        );
        check(
            "SELECT * FROM t WHERE id = 5 -- x, name ASC",
            &[Rule::CommentTruncation],
        );
        check(
            "SELECT * FROM t WHERE team = 'x'--'' AND NOT on_leave",
            &[Rule::CommentTruncation],
        );
        // Prose that quotes a word, or a condition, stays quiet; a clause
        // hidden after a literal does not.
        check("SELECT * FROM t WHERE id = 5 -- 'draft' rows only", &[]);
        check(
            "SELECT * FROM t WHERE id = 5 -- OR 1=1 was removed in PR #4411",
            &[],
        );
        check(
            "SELECT * FROM t WHERE id = 5 -- AND 1=1 ORDER BY name",
            &[Rule::CommentTruncation],
        );
        check(
            "SELECT * FROM t WHERE id = 5 -- AND b = 2 FETCH FIRST 5 ROWS ONLY",
            &[Rule::CommentTruncation],
        );
        // sqlmap's comment of a few random letters, glued to the value.
        check(
            "SELECT s, count(*) FROM o GROUP BY s ORDER BY 5-- Fsxh",
            &[Rule::CommentTruncation],
        );
        check(
            "SELECT s, count(*) FROM o GROUP BY s ORDER BY 1 -- fast",
            &[],
        );
        // SQL in a comment glued to the value before it, after a tag or
        // not; with a space, the same words may be prose.
        for sql in [
            "SELECT a FROM t WHERE route_id = 207-- zljw AND stripped_on IS NULL",
            "SELECT a FROM t WHERE route_id = 207--AND stripped_on IS NULL",
            "SELECT a, b FROM t ORDER BY a DESC-- jvuw, b",
        ] {
            check(sql, &[Rule::CommentTruncation]);
        }
        check(
            "SELECT a FROM t WHERE id = 207 -- and the archived ones",
            &[],
        );
        check(
            "INSERT INTO p (id, prefs) VALUES (512, '{\"side\": \"left\"}') /* */--'::jsonb)",
            &[Rule::CommentTruncation],
        );
        check("SELECT a FROM t WHERE id = 207-- note to self", &[]);
        // A pattern match with its quoted pattern, or a literal joined
        // with `||`, hidden by the comment.
        for sql in [
            "SELECT a FROM g WHERE w BETWEEN 450 AND 900 -- AND church ILIKE 'St Mary%'",
            "SELECT a FROM g WHERE t ILIKE '%' || 'admin' --'' || '%' ORDER BY x",
        ] {
            check(sql, &[Rule::CommentTruncation]);
        }
        check("SELECT a FROM t WHERE id = 5 -- and like the old one", &[]);
        // A payload's comment marks before the SQL it hides; a locking
        // clause; an array subscript's end.
        check(
            "SELECT a FROM q WHERE s = 'w' ORDER BY b LIMIT 5  -- -- FOR UPDATE SKIP LOCKED",
            &[Rule::CommentTruncation],
        );
        check(
            "SELECT a FROM q LIMIT 5 -- for the report, see the wiki",
            &[],
        );
        check(
            "SELECT a, count(*) OVER w FROM p ORDER BY 13-- - WINDOW w AS (PARTITION BY b ORDER BY c)",
            &[Rule::CommentTruncation],
        );
        assert!(
            rules_of("select \"l\"[1]; SET LOCAL ROLE postgres --#:3] as \"x\" from h")
                .contains(&Rule::CommentTruncation)
        );
        // A line break before the comment (`%0A` in the input) cuts the
        // statement too; notes and migration tools' markers on a line of
        // their own stay quiet.
        for sql in [
            "UPDATE u SET token = 'admin'\n-- -', expires = now() WHERE email = 'a@b.c'",
            "SELECT id FROM t WHERE a = 'x'\n\t--')) ORDER BY b DESC",
            "UPDATE orders SET status = 'shipped' WHERE id = 16067\n-- - RETURNING id, status",
        ] {
            check(sql, &[Rule::CommentTruncation]);
        }
        for sql in [
            "CREATE INDEX i ON t (a)\n-- +goose StatementEnd",
            "SELECT a FROM t WHERE id = 5\n-- don't forget the archived ones",
            "SELECT a FROM t WHERE id = 5\n-- and the archived ones",
        ] {
            check(sql, &[]);
        }
        // A number ANDed as a function argument or list element.
        for sql in [
            "SELECT a FROM m WHERE bbox && box(point(-3.5, 51.4 AND b), point(0.4, 54.6))",
            "SELECT a FROM m WHERE b IN (4, 9 AND c)",
        ] {
            check(sql, &[Rule::Malformed]);
        }
        check("SELECT a FROM m WHERE f(4, b BETWEEN 1 AND 2)", &[]);
        // The server's identity or a subquery inside an expression cast to
        // a type whose input check rejects it.
        check(
            "SELECT a FROM m WHERE y > 1 AND((SELECT callsign FROM d LIMIT 1))::text::regclass IS NULL",
            &[Rule::ErrorBased],
        );
        // The identity is spliced into the string too, through its cast.
        check(
            "UPDATE c SET n = 'x' WHERE id = 12 AND ('{'||(inet_server_addr())::text)::int[] IS NULL",
            &[Rule::ErrorBased, Rule::EnvironmentProbe],
        );
        // The subquery is joined to a literal too.
        check(
            "SELECT a FROM r HAVING sum(k) > 40 AND ('x'||((SELECT login FROM s LIMIT 1))::text)::bit(8) IS NULL",
            &[Rule::ErrorBased, Rule::SubqueryInjection],
        );
        check(
            "UPDATE p SET value = (SELECT array_to_json(ARRAY(SELECT value FROM v WHERE v.id = p.id))::jsonb)",
            &[],
        );
        // Typed literals of numbers, and containment between constants.
        check(
            "SELECT a FROM g WHERE b = 41 OR int4 '83'=83",
            &[Rule::Tautology],
        );
        check(
            "SELECT a FROM g WHERE b < 40 OR position('t' in 'tg')>0",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT a FROM g WHERE b < 40 AND position('t' in name) > 0",
            &[],
        );
        // Constants in more shapes: the clock, casts, text search, COLLATE.
        for sql in [
            "SELECT a FROM g WHERE b = 1 OR current_date > date '1970-01-01'",
            "SELECT a FROM g WHERE b = 9 OR CAST('64' AS smallint)=64 AND c = 88",
            "UPDATE m SET q = 1 WHERE id = 77 OR to_tsvector('simple','ff') @@ to_tsquery('simple','ff')",
            "SELECT a FROM g WHERE b < 180000 OR 'a' COLLATE \"C\" < 'b' ORDER BY a",
            "SELECT a FROM g WHERE b ~ 'a' OR date_part('year',now())>2009",
        ] {
            let found = rules_of(sql);
            assert!(
                found.contains(&Rule::Tautology) || found.contains(&Rule::ConstantCondition),
                "{sql}: {found:?}"
            );
        }
        check(
            "SELECT a FROM g WHERE created_at > current_date - 7 AND b COLLATE \"C\" < 'm'",
            &[],
        );
        check(
            "SELECT a FROM g WHERE c = 'x' OR current_date = current_date",
            &[Rule::Tautology],
        );
        // A subquery inside a call, joined to a literal.
        check(
            "SELECT a FROM k WHERE m = '' || overlay((SELECT iban FROM p LIMIT 1) placing '' from 1 for 0) || ''",
            &[Rule::SubqueryInjection],
        );
        check(
            "UPDATE f SET n = 1 WHERE id = 1184 OR ARRAY[33,957] @> ARRAY[33]",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT a FROM t WHERE tags @> ARRAY['x'] AND b && c AND d <@ numrange(1, 2)",
            &[],
        );
        // A password column read through a subquery, spliced into an
        // expression of another statement.
        for sql in [
            "SELECT a FROM f WHERE h > 40 - ascii((lpad((SELECT password_hash FROM s WHERE \
             login='admin'),64,'*'))::text)",
            "UPDATE f SET n = 1 WHERE id = 4 AND md5(((SELECT a.pin_hash FROM s a))::text) LIKE 'c7%'",
        ] {
            check(sql, &[Rule::CatalogProbe]);
        }
        check(
            "SELECT u.id, (SELECT count(*) FROM password_resets r WHERE r.user_id = u.id) FROM users u",
            &[],
        );
        // An introspection query's first CTE reads the catalog itself; an
        // application's CTE reaches it only through the payload's subquery.
        check(
            "with database as (select pg_database.oid as _id, * from pg_catalog.pg_database \
             where datname = current_database()), namespaces as (select pg_namespace.oid as _id, \
             * from pg_catalog.pg_namespace where nspname <> 'information_schema'), classes as \
             (select c.oid as _id, * from pg_catalog.pg_class c where c.relnamespace in \
             (select _id from namespaces)) select * from database, namespaces, classes",
            &[],
        );
        check(
            "WITH recent AS (SELECT * FROM orders WHERE customer_id = 7 AND 4=(SELECT COUNT(*) \
             FROM pg_class)) SELECT id FROM recent",
            &[Rule::ConstantCondition, Rule::CatalogProbe],
        );
        // Catalog names in the UNION arms of a catalog query, and of an
        // application's query.
        check(
            "SELECT attname AS name FROM pg_catalog.pg_attribute UNION SELECT relname FROM \
             pg_catalog.pg_class UNION SELECT proname FROM pg_catalog.pg_proc",
            &[],
        );
        check(
            "SELECT a, b FROM t WHERE x = 'k' UNION SELECT relname, 1 FROM pg_class",
            &[Rule::CatalogProbe],
        );
        check(
            "WITH recent AS (SELECT * FROM orders WHERE customer_id = 3 UNION SELECT table_name, \
             table_schema FROM information_schema.tables) SELECT id FROM recent",
            &[Rule::CatalogProbe],
        );
        // Any `pg_…` relation is a catalog: probed from a subquery or a
        // UNION arm, read at the top.
        check(
            "SELECT a, b FROM d WHERE id IN (1) UNION SELECT srvname, srvoptions::text FROM \
             pg_foreign_server",
            &[Rule::CatalogProbe],
        );
        check(
            "SELECT relname, n_dead_tup FROM pg_stat_user_tables ORDER BY 2",
            &[],
        );
        // Catalogs of extensions and languages probed from a subquery.
        check(
            "SELECT a FROM r GROUP BY a HAVING sum(k) > 40 AND EXISTS(SELECT(1) FROM pg_extension \
             WHERE extname='plpython3u')",
            &[Rule::CatalogProbe],
        );
        check(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')",
            &[],
        );
        // pg_user joined at the top for owners' names; from a subquery,
        // the user list probed.
        check(
            "select s.nspname as table_schema from pg_catalog.pg_namespace s join \
             pg_catalog.pg_user u on u.usesysid = s.nspowner where nspname not in \
             ('information_schema', 'pg_catalog', 'public') order by table_schema",
            &[],
        );
        check(
            "SELECT a FROM t WHERE b = 'x'||(SELECT string_agg(usename, ',') FROM pg_user)||''",
            &[Rule::SubqueryInjection, Rule::CatalogProbe],
        );
        // A subquery of a count or a sum cast to a number raises nothing.
        for sql in [
            "SELECT (SELECT count(*) FROM orders)::int AS n",
            "SELECT a FROM t WHERE b > (SELECT avg(price) FROM p WHERE q = 1)::int",
            "SELECT a FROM t WHERE tenant = (SELECT current_setting('app.tenant'))::int",
        ] {
            check(sql, &[]);
        }
        check(
            "SELECT a FROM t WHERE b = 1 AND 7=(SELECT name FROM u LIMIT 1)::int",
            &[Rule::ConstantCondition, Rule::ErrorBased],
        );
        // Constants added to a query of constants extract nothing.
        for sql in [
            "(SELECT 1, 2) UNION ALL (SELECT 3, 4) ORDER BY 1 DESC LIMIT 1",
            "(SELECT 1,2,3 UNION SELECT 4,5,6) INTERSECT SELECT 4,5,6",
        ] {
            check(sql, &[]);
        }
        check(
            "SELECT a, b FROM t WHERE c = 'x' UNION SELECT 1, 2",
            &[Rule::UnionInjection],
        );
        // The other XML dumps read as query_to_xml.
        check(
            "SELECT a FROM c WHERE d = 'x' AND 1=CAST(schema_to_xml('public',true,true,'')::text AS int)",
            &[Rule::ErrorBased],
        );
        // A secret read a character at a time, and found by position.
        check(
            "SELECT a FROM c WHERE d = 2 AND EXISTS(SELECT 1 FROM u WHERE SUBSTRING(api_token,5,1)='3')",
            &[Rule::CharExtraction],
        );
        check(
            "SELECT a FROM c WHERE d < (CASE WHEN (strpos((SELECT pass_hash FROM w),'o')=2) THEN 3 END)",
            &[Rule::CatalogProbe, Rule::SubqueryInjection],
        );
        // A heavy query: one table thrice, or three of one schema
        // multiplied with no condition.
        for sql in [
            "SELECT a FROM t WHERE id = 1 AND 5=(SELECT COUNT(*) FROM users T1, users T2, \
             users T3)",
            "SELECT a FROM t WHERE id = 1 AND 5=(SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1, \
             DOMAIN.COLUMNS AS T2, DOMAIN.TABLES AS T3)",
        ] {
            check(sql, &[Rule::ConstantCondition, Rule::TimeBased]);
        }
        // psql's `\d`: three catalog tables of one schema, joined.
        check(
            "SELECT c2.relname FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, \
             pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = \
             i.indrelid) WHERE c.oid = '31048' AND c.oid = i.indrelid AND i.indexrelid = c2.oid",
            &[],
        );
        // Statements of a fixed shape, with more after them.
        for sql in [
            "EXECUTE stmt_17 OR convert_from(decode('76','hex'),'UTF8')='v'",
            "EXECUTE q(7001) AND 1 = 1",
            "NOTIFY orders_changed || 'x', 'full'",
            "LISTEN jobs AND 1 = 1",
        ] {
            check(sql, &[Rule::Malformed]);
        }
        for sql in [
            "EXECUTE stmt_17 (7001, 'x')",
            "EXECUTE q;",
            "NOTIFY jobs, 'done'",
            "LISTEN \"a b\";",
            "GRANT EXECUTE ON FUNCTION f(int) TO app",
            "CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION f()",
        ] {
            check(sql, &[]);
        }
        // An application's query, then code or schema on the next line;
        // a script that opens with its DDL puts more on its lines.
        check(
            "SELECT a FROM t WHERE b = 'LDN';\nDO $$ BEGIN DELETE FROM x; END $$",
            &[Rule::StackedStatement],
        );
        check(
            "CREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);\nDROP TABLE old_t",
            &[],
        );
        for sql in [
            "SELECT a FROM t WHERE id = 42;\nSET ROLE postgres",
            "SELECT a FROM t WHERE id = 42;\nLOCK TABLE invoices IN ACCESS EXCLUSIVE MODE",
            "UPDATE t SET a = 1 WHERE id = 2;\nREASSIGN OWNED BY app TO mallory",
        ] {
            check(sql, &[Rule::StackedStatement]);
        }
        check(
            "SET search_path TO app;\nSELECT a FROM t WHERE id = 42",
            &[],
        );
        // A stacked DO block is judged by what its code calls, even in a
        // script.
        check(
            "REFRESH MATERIALIZED VIEW CONCURRENTLY mv; \
             DO $$ BEGIN PERFORM dblink_connect('host=198.51.100.194'); END $$",
            &[Rule::FileAccess],
        );
        check(
            "CREATE TABLE t (a int); DO $$ BEGIN RAISE NOTICE 'dblink(x)'; END $$",
            &[],
        );
        // A bare SELECT where a value belongs.
        check(
            "SELECT a FROM t WHERE id = SELECT CHAR(113)||CHAR(118)",
            &[Rule::Malformed],
        );
        check("SELECT a FROM t ORDER BY SELECT 1", &[Rule::Malformed]);
        check(
            "SELECT * FROM t WHERE a = 5 OR 5 BETWEEN 1 AND 9",
            &[Rule::Tautology],
        );
        check(
            "DELETE FROM c WHERE cart_id = 1 OR 'k' SIMILAR TO 'k' AND added_at < now()",
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM t WHERE a = 5 OR 1 IN (1, 2)",
            &[Rule::Tautology],
        );
        check("SELECT * FROM t WHERE a = 5 OR a = a", &[Rule::Tautology]);
        check(
            "SELECT * FROM t WHERE a = 5 OR NOT false",
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND 6379=6379",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM t WHERE a = (3297=3297)*1460",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT * FROM t WHERE a = 5 AND (SELECT count(*) FROM u) > 0",
            &[Rule::ConstantCondition],
        );
        check(
            "SELECT a FROM t WHERE a = 5 UNION SELECT NULL",
            &[Rule::UnionInjection],
        );
        check(
            "SELECT a FROM t LIMIT 5 UNION SELECT 1",
            &[Rule::UnionInjection],
        );
        check("SELECT pg_sleep(5)", &[Rule::TimeBased]);
        for sql in [
            "SELECT count(*) FROM generate_series(1, 50000000)",
            "SELECT count(*) FROM generate_series(1,1000000)",
            "SELECT count(*) FROM generate_series(-500000, 500000::int)",
            "SELECT repeat('x', 90000000)",
        ] {
            check(sql, &[Rule::TimeBased]);
        }
        // A series of a few huge numbers is a few rows.
        check(
            "SELECT generate_series(9223372036854775805::int8, 9223372036854775807::int8)",
            &[],
        );
        check(
            "SELECT count(*) FROM t AS a, t AS b, t AS c",
            &[Rule::TimeBased],
        );
        check(
            "SELECT (SELECT current_user)::int",
            &[Rule::ErrorBased, Rule::EnvironmentProbe],
        );
        check(
            "SELECT 1 FROM t WHERE a = 1/(SELECT 0)",
            &[Rule::ErrorBased, Rule::SubqueryInjection],
        );
        check(
            "SELECT a FROM t WHERE b = 'x' || current_user",
            &[Rule::EnvironmentProbe],
        );
        check("SELECT lo_import('/etc/passwd')", &[Rule::FileAccess]);
        check("COPY t FROM PROGRAM 'id'", &[Rule::FileAccess]);
        check(
            "SELECT * FROM t WHERE a = 1 AND SLEEP(5)",
            &[Rule::ForeignDialect],
        );
        check("SELECT 1 FROM DUAL", &[Rule::ForeignDialect]);
        check(
            "SET search_path TO t_42; GRANT pG_EXECutE_sERvER_proGrAM TO app_rw, public",
            &[Rule::FileAccess],
        );
        check(
            "GRANT pg_read_server_files, pg_monitor TO etl",
            &[Rule::FileAccess],
        );
        check("REVOKE pg_write_server_files FROM etl", &[]);
        check(
            "SELECT * FROM w WHERE d = 1 AND current_user::text::uuid IS NULL",
            &[Rule::ErrorBased],
        );
        check(
            "SELECT * FROM w WHERE d = 1 AND version()::json IS NULL",
            &[Rule::ErrorBased, Rule::EnvironmentProbe],
        );
        check(
            "SELECT '2024-01-01'::date, $1::uuid, current_date::timestamp",
            &[],
        );
        check(
            "UPDATE c SET b = b - 3 AND U&\"\\0070g_sleep\"(15) IS NOT NULL WHERE id = 4",
            &[Rule::Obfuscation],
        );
        check("SELECT U&\"d\\0061t\\+000061\" FROM t", &[]);
        check("GRANT SELECT ON orders TO pg_monitor", &[]);
        check(
            "SELECT id FROM inbox ORDER BY (SELECT 'q' FROM RDB$DATABASE) DESC",
            &[Rule::ForeignDialect],
        );
        check("SELECT chr(65)||chr(66)||chr(67)", &[Rule::Obfuscation]);
        check("SELECT chr(65)||chr(66)||'C'", &[Rule::Obfuscation]);
        check(
            "SELECT * FROM t WHERE a = E'\\x61dmin'",
            &[Rule::Obfuscation],
        );
        check("SELECT/**/a FROM t", &[Rule::Obfuscation]);
        check(
            "SELECT * FROM t WHERE a = 'x'OR b = 1",
            &[Rule::Obfuscation],
        );
        check("SELECT 0x61646d696e", &[Rule::Obfuscation]);
        check(
            "SELECT 1 WHERE ascii(substr(name, 1, 1)) > 64",
            &[Rule::CharExtraction],
        );
        check(
            "SELECT 1 FROM t WHERE a = 'x' || (SELECT b FROM u)",
            &[Rule::SubqueryInjection],
        );
        check(
            "SELECT 1 FROM t LIMIT (SELECT 1)",
            &[Rule::SubqueryInjection],
        );
        check("SELECT 'abc", &[Rule::Unbalanced]);
        check("SELECT (1", &[Rule::Unbalanced]);
        check("SELECT a FROM t WHERE b && ARRAY[1, 2", &[Rule::Unbalanced]);
        check(
            "UPDATE g SET c = 1 WHERE true]::bigint[] ORDER BY d",
            &[Rule::Unbalanced],
        );
        check("SELECT a[1], ARRAY[b[2:3]] FROM t", &[]);
        check("SELECT 1 /* open", &[Rule::Unbalanced]);
        check(
            "SELECT * FROM t WHERE a = 1 OFFSET 20#",
            &[Rule::IncompleteStatement],
        );
        check(
            "SELECT * FROM \"x` WHERE 1=1 AND SLEEP(5)-- \"",
            &[
                Rule::CommentTruncation,
                Rule::ForeignDialect,
                Rule::IncompleteStatement,
            ],
        );
    }

    /// Shapes the fast paths of the condition parser and the token loop
    /// turn away or pass on: they must find what the full parse finds.
    #[test]
    fn fast_paths_keep_findings() {
        check("SELECT * FROM t WHERE a = 1 AND NOT (a) = 5", &[]);
        check(
            "SELECT * FROM t WHERE a = 1 AND NOT (SELECT 1) = 5",
            &[Rule::ConstantCondition, Rule::SubqueryInjection],
        );
        check(
            "SELECT * FROM t WHERE id = 5 OR id IS NOT NULL",
            &[Rule::Tautology],
        );
        check("SELECT * FROM t WHERE id = 5 OR id IS NULL", &[]);
        check(
            "SELECT * FROM t WHERE a = 5 OR t.b = t.b",
            &[Rule::Tautology],
        );
        check(
            "SELECT * FROM t WHERE a = 5 OR \"b\" = \"b\"",
            &[Rule::Tautology],
        );
        check("SELECT * FROM t WHERE a = 5 OR 'x' = b", &[]);
        check("SELECT * FROM t WHERE a = 5 OR (1) = 1", &[Rule::Tautology]);
        check("SELECT chr(32), coalesce(a, 0), cast(b AS int) FROM t", &[]);
        check("SELECT chr(1=1) FROM t", &[Rule::ConstantCondition]);
        check(
            "SELECT * FROM t WHERE a = 1 AND (true)",
            &[Rule::ConstantCondition],
        );
        check("SELECT count(*) FROM t WHERE a IN (1, 2) LIMIT 5", &[]);
        check(
            "SELECT a FROM t WHERE a = 1 -",
            &[Rule::IncompleteStatement],
        );
        check(
            "SELECT a * 2 FROM t WHERE b = 1 + FROM",
            // The grammar rules add: a statement cannot end on FROM.
            &[Rule::IncompleteStatement, Rule::Malformed],
        );
        check("SELECT 0x414243414243", &[Rule::Obfuscation]);
        check("SELECT 0x12 FROM t", &[]);
        check("SELECT 1FROM t", &[Rule::Obfuscation]);
        check(
            "SELECT * FROM t UNION SELECT NULL, NULL",
            &[Rule::UnionInjection],
        );
        check(
            "SELECT * FROM t AS a, t AS b, t AS c, u",
            &[Rule::TimeBased],
        );
        check(
            "SELECT cast((SELECT version()) AS int)",
            &[Rule::ErrorBased, Rule::EnvironmentProbe],
        );
    }

    #[test]
    fn words_inside_literals_never_fire() {
        check("SELECT 'x'' OR 1=1; DROP TABLE t; --' AS s", &[]);
        check("SELECT $$ UNION SELECT NULL, pg_sleep(5) $$", &[]);
        check("SELECT E'\\' OR 1=1 --'", &[]);
        check("SELECT 1 -- ; DROP TABLE t\n", &[]);
    }
}
