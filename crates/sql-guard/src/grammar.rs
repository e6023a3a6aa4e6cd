//! Grammar rules: token sequences that no PostgreSQL statement can hold, the
//! cheap stand-in for "does not parse". An injection whose quote cuts the
//! template's literal open leaves the template's remnants beside its own
//! text (`BETWEEN 'x AND current_user LIKE 'post%'' AND …`): operands side
//! by side, which a parser rejects; a payload written for another place in
//! the statement breaks the clause order (`LIMIT 1 ORDER BY 9`); a `--`
//! leaves the template's tail in a comment (`-- trailing LIMIT 25`).
//!
//! The token rules ([`Grammar`]) run inside the rules' token pass, one
//! method per token kind, without allocation; [`check`] is the one look at
//! the last comment.

use crate::keywords::{Class, Kw};
use crate::lexer::{Token, TokenKind};
use crate::rules::{Finding, Rule, Severity};

/// Runs the comment rule over the comments of `sql` (the token rules run
/// in the rules' token pass, see [`Grammar`]).
pub(crate) fn check(sql: &str, sig: &[Token], comments: &[(usize, Token)], out: &mut Vec<Finding>) {
    comment_body(sql, sig, comments, out);
}

/// Whether a statement starting with `kw` is a query or DML, whose
/// expressions follow the plain expression grammar (DDL has option lists
/// such as `LANGUAGE 'plpgsql'` or `ENCODING 'UTF8' LC_COLLATE 'C'`).
fn is_dml(kw: Kw) -> bool {
    matches!(
        kw,
        Kw::Select
            | Kw::Insert
            | Kw::Update
            | Kw::Delete
            | Kw::With
            | Kw::Values
            | Kw::Merge
            | Kw::Table
    )
}

/// Words that may stand between two operands after a literal without
/// being keywords to the rules: `'a%' ESCAPE '!'`, `U&'x' UESCAPE '!'`,
/// `'…' AT TIME ZONE`, `OVERLAY('abc' PLACING 'x' …)`, `'x' COLLATE C`,
/// `SUBSTRING('abc' SIMILAR 'a' ESCAPE '#')`, `XMLTABLE('/r' PASSING '<r/>' …)`,
/// SQL/JSON's `JSON_OBJECT('k' VALUE 1)`, `PATH '$.a' DEFAULT 0 ON EMPTY`,
/// `'[1]' FORMAT JSON`,
/// and the SQL-standard interval qualifiers (`INTERVAL '1' DAY - …`).
fn infix_word(word: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"escape", b"uescape", b"similar", b"passing", b"value", b"default", b"format", b"at",
        b"placing", b"collate", b"year", b"month", b"day", b"hour", b"minute", b"second", b"years",
        b"months", b"days", b"hours", b"minutes", b"seconds",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Paren and bracket depths the clause rule tracks; deeper text is
/// skipped (no statement nests 32 subqueries, and a fixed array keeps the
/// pass free of allocation).
const DEPTH: usize = 32;

/// What the clause rule knows about one paren depth of a query.
#[derive(Clone, Copy)]
struct Level {
    /// Rank of the last clause seen (see [`clause_rank`]); 0 for none.
    rank: u8,
    /// CASE expressions open at this depth.
    cases: u8,
    /// The clause being read, up to the next clause word.
    part: Part,
    /// A BETWEEN waits for its AND.
    between: bool,
    /// The verb of the query at this depth: `DELETE` and `UPDATE` take no
    /// GROUP BY, ORDER BY or LIMIT.
    verb: Kw,
    /// A comparison (`=`, `<>`, `<`, …) was read since the last keyword or
    /// comma: another one now chains them, which PostgreSQL rejects.
    compared: bool,
}

/// The clause a level is in, where the rules care. One byte, so that the
/// level, saved and restored at every paren, stays small.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Other,
    /// A WHERE condition.
    Where,
    /// An ORDER BY or GROUP BY list.
    Order,
    /// A LIMIT or OFFSET argument.
    Limit,
}

const LEVEL: Level = Level {
    rank: 0,
    cases: 0,
    part: Part::Other,
    between: false,
    verb: Kw::None,
    compared: false,
};

/// The place of a clause keyword in a SELECT (`WHERE`, `GROUP BY`,
/// `HAVING`, `WINDOW`, `ORDER BY`, then `LIMIT`/`OFFSET`/`FETCH` in any
/// order), or 0 for other words. GROUP and ORDER count only before BY:
/// `WITHIN GROUP (ORDER BY …)` is an aggregate's.
#[inline]
fn clause_rank(kw: Kw, next: impl Fn() -> Kw) -> u8 {
    match kw {
        Kw::Where => 1,
        Kw::Group if next() == Kw::By => 2,
        Kw::Having => 3,
        Kw::Window => 4,
        Kw::Order if next() == Kw::By => 5,
        Kw::Limit | Kw::Offset | Kw::Fetch => 6,
        _ => 0,
    }
}

// Findings are rare: kept out of the loop's way.
#[cold]
#[inline(never)]
fn malformed(out: &mut Vec<Finding>, span: std::ops::Range<usize>, message: &'static str) {
    out.push(Finding {
        rule: Rule::Malformed,
        span,
        severity: Severity::High,
        message,
    });
}

/// The token rules of queries and DML, in one pass.
///
/// Operands side by side: a literal followed by another literal on the
/// same line, a literal glued to a quoted identifier (`15479" AND …`), a
/// literal followed by a bare word that is itself followed by an operator
/// or a literal (`'…LIKE 'post%'' AND …`: the word `post` between two
/// literals). Legitimate neighbours are kept apart: `DATE '2020-01-01'` (a
/// word before the literal), `'a'` and `'b'` on separate lines (string
/// continuation), `'lit' alias` followed by a comma or `FROM`, `1 "alias"`
/// with a space, [`infix_word`]s.
///
/// Clause grammar, per paren depth: clauses once each and in order, none
/// inside a CASE expression, nor a UNION; no GROUP BY, ORDER BY or LIMIT in
/// DELETE or UPDATE; no comma at the top of a WHERE condition; `AND`/`OR`
/// never right after `WHERE`, `(`, `,`, `LIMIT`, `OFFSET`, `SELECT`,
/// `ASC`/`DESC` or another `AND`/`OR`; a LIMIT or OFFSET argument never
/// compared or joined with `AND`/`OR` (`LIMIT 5 AND 1::boolean`). Legitimate
/// neighbours: `ORDER BY` and `LIMIT` in parenthesized subqueries, window
/// definitions and aggregates (another depth), `OFFSET` before `LIMIT`,
/// UNION arms (each arm starts over), `ON CONFLICT … WHERE … DO UPDATE SET a
/// = 1, b = 2`, `WHERE x = ANY(ARRAY[1, 2])`.
///
/// Names of other databases' syntax: `@@version` (a system variable where
/// PostgreSQL's `@@` would need a left operand), `CONVERT(int, …)` (a type
/// first; PostgreSQL's `convert` takes bytes).
pub(crate) struct Grammar<'a> {
    sig: &'a [Token],
    bytes: &'a [u8],
    /// The levels of the enclosing parens; the innermost is kept in `cur`
    /// so that the common token touches no array.
    levels: [Level; DEPTH],
    cur: Level,
    depth: usize,
    /// The statement's first keyword; `Kw::None` before it.
    statement: Kw,
    /// Whether the statement is a query or DML (see [`is_dml`]).
    dml: bool,
    /// The token before the current one; a semicolon stands in at the
    /// start. A keyword read as a name counts as a name.
    prev_kind: TokenKind,
    prev_kw: Kw,
    /// Where the statement being read starts.
    start: usize,
}

/// The token rules, one method per token kind, called by the rules' token
/// pass (`rules::Analyzer::main_pass`) from its own `match` on the kind:
/// a pass of their own, with a `match` of its own, mispredicted that
/// jump on most tokens a second time (their kinds follow no pattern the
/// predictor learns).
///
/// Each method but [`Grammar::advance`] and [`Grammar::finish`] runs at the
/// token at `i`; the caller then calls `advance`.
impl<'a> Grammar<'a> {
    pub(crate) fn new(sql: &'a str, sig: &'a [Token]) -> Grammar<'a> {
        Grammar {
            sig,
            bytes: sql.as_bytes(),
            levels: [LEVEL; DEPTH],
            cur: LEVEL,
            depth: 0,
            statement: Kw::None,
            dml: false,
            prev_kind: TokenKind::Semicolon,
            prev_kw: Kw::None,
            start: 0,
        }
    }

    /// Makes `t` the token before the next.
    #[inline(always)]
    pub(crate) fn advance(&mut self, t: &Token) {
        // `AS offset`, `s.offset`, `::text`: a keyword as a name, and the
        // next token sees a name.
        self.prev_kw = if self.names_next() { Kw::None } else { t.kw };
        self.prev_kind = t.kind;
    }

    /// Whether the token before makes the next a name: `.`, `::` or `AS`.
    /// Both tests always run (`|`, not `||`): one select, no branch for
    /// the predictor to get wrong on every other token.
    #[inline(always)]
    fn names_next(&self) -> bool {
        matches!(self.prev_kind, TokenKind::Dot | TokenKind::Cast) | (self.prev_kw == Kw::As)
    }

    /// A bare word that is no keyword.
    #[inline(always)]
    pub(crate) fn word(&self, i: usize, out: &mut Vec<Finding>) {
        if self.dml && self.prev_kind.is_literal() {
            word_after_literal(self.sig, i, self.bytes, out);
        }
    }

    /// A keyword.
    #[inline(always)]
    pub(crate) fn keyword(&mut self, i: usize, out: &mut Vec<Finding>) {
        self.cur.compared = false;
        if self.statement == Kw::Create {
            self.create_as_query(i);
        }
        if self.names_next() {
            return;
        }
        let t = &self.sig[i];
        // The statement's first keyword, by selects: once per statement,
        // a branch here mispredicted at random.
        let first = self.statement == Kw::None;
        self.dml = if first { is_dml(t.kw) } else { self.dml };

        self.statement = if first { t.kw } else { self.statement };
        if self.dml & (self.depth < DEPTH) && clause_relevant(t.kw) {
            clause(
                self.sig,
                i,
                t,
                self.prev_kind,
                self.prev_kw,
                &mut self.cur,
                out,
            );
        }
    }

    /// In a CREATE statement, at the keyword at `i`: the query after `AS`
    /// (`CREATE TEMP TABLE x AS SELECT …`, `… AS (WITH …)`) is a query like
    /// any other (and its verb no name, as a word after AS would be).
    #[cold]
    #[inline(never)]
    fn create_as_query(&mut self, i: usize) {
        let after_as = self.prev_kw == Kw::As
            || (self.prev_kind == TokenKind::LParen && i >= 2 && self.sig[i - 2].kw == Kw::As);
        if after_as && matches!(self.sig[i].kw, Kw::Select | Kw::With | Kw::Values) {
            self.dml = true;
            self.prev_kw = Kw::None;
        }
    }

    /// `,`: only ever in a WHERE part in queries and DML.
    #[inline(always)]
    pub(crate) fn comma(&mut self, i: usize, out: &mut Vec<Finding>) {
        self.cur.compared = false;
        if self.cur.part == Part::Where {
            let t = &self.sig[i];
            malformed(out, t.start..t.end, "comma at the top of a WHERE condition");
        }
    }

    /// An operator: most need no look, only one after another, one in a
    /// LIMIT argument, or `@@`.
    #[inline(always)]
    pub(crate) fn operator(&mut self, i: usize, out: &mut Vec<Finding>) {
        let t = &self.sig[i];
        // `u.email = '(CASE … name||'='||setting …)'`: the payload's own
        // quotes split it into two strings compared, after the template's
        // comparison. Comparisons do not associate in PostgreSQL.
        if self.dml
            && matches!(
                self.bytes.get(t.start..t.end),
                Some(b"=" | b"<>" | b"!=" | b"<" | b">" | b"<=" | b">=")
            )
        {
            if self.cur.compared {
                malformed(out, t.start..t.end, "comparisons chained without AND or OR");
            }
            self.cur.compared = true;
        }
        if self.dml
            && (matches!(
                self.prev_kind,
                TokenKind::Operator | TokenKind::LParen | TokenKind::Comma
            ) || self.prev_kw != Kw::None
                || self.cur.part == Part::Limit
                || self.bytes.get(t.start) == Some(&b'@'))
        {
            operator(
                self.sig,
                i,
                self.bytes,
                self.prev_kind,
                self.prev_kw,
                &self.cur,
                out,
            );
        }
    }

    /// A byte PostgreSQL rejects outside a literal: a backslash or a
    /// backtick (COPY data lines, which hold `\N`, are no DML).
    #[inline(always)]
    pub(crate) fn other(&self, i: usize, out: &mut Vec<Finding>) {
        let t = &self.sig[i];
        // `{` and `}` too: what a JSON value cut open leaves outside its
        // quotes (`'(CASE … THEN '{"k": "v"}' ELSE NULL END)'`).
        if self.dml
            && matches!(
                self.bytes.get(t.start..t.end),
                Some(b"\\" | b"`" | b"{" | b"}")
            )
        {
            malformed(
                out,
                t.start..t.end,
                "byte PostgreSQL rejects outside a literal",
            );
        }
    }

    /// A `'…'` string.
    #[inline(always)]
    pub(crate) fn string(&self, i: usize, out: &mut Vec<Finding>) {
        if self.dml {
            string(self.sig, i, self.bytes, self.prev_kind, self.prev_kw, out);
        }
    }

    /// `.`: `pg_ls_dir('.')` cut open is `'…' . '…'`.
    #[inline(always)]
    pub(crate) fn dot(&self, i: usize, out: &mut Vec<Finding>) {
        if self.dml && self.prev_kind.is_literal() {
            let t = &self.sig[i];
            malformed(out, t.start..t.end, "dot after a literal");
        }
    }

    /// `(` or `[`.
    #[inline(always)]
    pub(crate) fn open(&mut self) {
        if let Some(slot) = self.levels.get_mut(self.depth) {
            *slot = self.cur;
        }
        self.depth += 1;
        self.cur = LEVEL;
        // `IN (3, 4 ORDER BY 9)`: a list, until a SELECT makes it a
        // subquery.
        if self.prev_kw == Kw::In {
            self.cur.verb = Kw::In;
        }
    }

    /// `)` or `]`.
    #[inline(always)]
    pub(crate) fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.cur = self.levels.get(self.depth).copied().unwrap_or(LEVEL);
    }

    /// `;`.
    #[inline(always)]
    pub(crate) fn semicolon(&mut self, i: usize, out: &mut Vec<Finding>) {
        if self.dml {
            let t = &self.sig[i];
            if let Some(message) = self.ends_early() {
                malformed(out, t.start..t.end, message);
            }
        } else {
            split_strings(self.sig, self.start..i, out);
        }
        self.start = i + 1;
        self.depth = 0;
        self.cur = LEVEL;
        self.statement = Kw::None;
        self.dml = false;
    }

    /// A quoted identifier: glued to a literal, operands side by side (not
    /// in COPY data lines, which follow the COPY statement as a statement
    /// of their own).
    #[inline(always)]
    pub(crate) fn quoted(&self, i: usize, out: &mut Vec<Finding>) {
        let t = &self.sig[i];
        if self.dml && self.prev_kind.is_literal() && !t.space_before() {
            let start = self.sig[i - 1].start;
            malformed(out, start..t.end, "quoted identifier glued to a literal");
        }
    }

    /// A literal other than a `'…'` string: two literals side by side.
    #[inline(always)]
    pub(crate) fn literal(&self, i: usize, out: &mut Vec<Finding>) {
        if self.dml && self.prev_kind.is_literal() {
            two_literals(self.sig, i, self.prev_kind, out);
        }
    }

    /// After the last token: a statement that ends on a clause word.
    pub(crate) fn finish(&self, out: &mut Vec<Finding>) {
        if !self.dml {
            split_strings(self.sig, self.start..self.sig.len(), out);
        } else if let Some(message) = self.ends_early()
            && let Some(last) = self.sig.last()
        {
            malformed(out, last.start..last.end, message);
        }
    }

    /// Why the statement cannot end here, if it cannot: after a clause
    /// word, or inside a CASE expression (`SELECT id, CASE WHEN score > 1;
    /// UPDATE …`, cut short by the payload's semicolon).
    fn ends_early(&self) -> Option<&'static str> {
        if dangling(self.prev_kw, self.prev_kind) {
            Some("statement ends after a clause word")
        } else if self.depth == 0 && self.cur.cases > 0 {
            Some("statement ends inside a CASE expression")
        } else {
            None
        }
    }
}

/// `'a' 'b'`, `1 2`: two literals side by side, unless two strings on
/// separate lines (`'a'\n'b'` is one string).
#[cold]
#[inline(never)]
fn two_literals(sig: &[Token], i: usize, prev_kind: TokenKind, out: &mut Vec<Finding>) {
    let t = &sig[i];
    if !(prev_kind.is_string() && t.kind.is_string() && t.newline_before()) {
        let start = sig[i - 1].start;
        malformed(out, start..t.end, "two literals side by side");
    }
}

/// A bare word after a literal, followed by an operator or a literal.
#[inline(never)]
fn word_after_literal(sig: &[Token], i: usize, bytes: &[u8], out: &mut Vec<Finding>) {
    let t = &sig[i];
    let next = sig.get(i + 1).map(|n| n.kind);
    let operand_follows =
        matches!(next, Some(TokenKind::Operator)) || next.is_some_and(TokenKind::is_literal);
    if operand_follows && !infix_word(bytes.get(t.start..t.end).unwrap_or_default()) {
        let start = sig[i - 1].start;
        malformed(out, start..t.end, "literal, word and operand side by side");
    }
}

/// The rules at a `'…'` string in a query: a path or a bare word glued
/// to it, another literal before it.
#[inline(never)]
fn string(
    sig: &[Token],
    i: usize,
    bytes: &[u8],
    prev_kind: TokenKind,
    prev_kw: Kw,
    out: &mut Vec<Finding>,
) {
    let t = &sig[i];
    let text = |t: &Token| bytes.get(t.start..t.end).unwrap_or_default();
    // `/etc/shadow');--'`, `/tmp/x.so'`: a path's last part glued to a
    // literal, the template's quote closing the payload's path. A typed
    // literal (`date'2020-01-01'`) follows no `/` or `.`.
    if !t.space_before()
        && prev_kind == TokenKind::Ident
        && prev_kw == Kw::None
        && i >= 2
        && (sig[i - 2].kind == TokenKind::Dot || text(&sig[i - 2]) == b"/")
    {
        let start = sig[i - 2].start;
        malformed(out, start..t.end, "path glued to a literal");
    } else if prev_kind == TokenKind::Ident
        && prev_kw == Kw::None
        && sig[i - 1].end == t.start
        && !type_name(text(&sig[i - 1]))
    {
        // `ORDER BY id'); SELECT …`: a bare word glued to a literal is a
        // typed literal only when the word names a type.
        let start = sig[i - 1].start;
        malformed(out, start..t.end, "word glued to a literal");
    } else if prev_kind.is_literal() {
        two_literals(sig, i, prev_kind, out);
    }
}

/// Outside queries (COPY options, COMMENT, SET, EXECUTE and CALL
/// arguments, DDL), in the statement of the tokens `within`: a string right
/// after a string on the same line, or a bare word glued between two
/// strings, in any spelling of string. Option lists put words before
/// strings (`ENCODING 'UTF8' LC_COLLATE 'C'`), and a line break between two
/// strings makes one string of them; nothing else does either, so both
/// are a payload's own quotes splitting the value it was put in
/// (`DELIMITER '(SELECT … ::text,' ') FROM pg_shadow …'`, `IS
/// E'(SELECT 'qzjzq'||…`). Run once a statement ends, off the token pass.
#[cold]
#[inline(never)]
fn split_strings(sig: &[Token], within: std::ops::Range<usize>, out: &mut Vec<Finding>) {
    let tokens = sig.get(within.clone()).unwrap_or_default();
    for (k, w) in tokens.windows(2).enumerate() {
        let (prev, t) = (&w[0], &w[1]);
        if !t.kind.is_string() {
            continue;
        }
        let glued_word = prev.kind == TokenKind::Ident
            && prev.kw == Kw::None
            && prev.end == t.start
            && k >= 1
            && tokens[k - 1].kind.is_string()
            && tokens[k - 1].end == prev.start;
        if glued_word {
            malformed(
                out,
                tokens[k - 1].start..t.end,
                "word glued between two strings",
            );
        } else if prev.kind.is_string() && !t.newline_before() {
            malformed(out, prev.start..t.end, "two strings side by side");
        }
    }
}

/// Whether the clause rule does anything at keyword `kw`: a clause word
/// ([`clause_rank`]), a set operation or RETURNING (which want an operand
/// before them), or a word [`keyword`] acts on. Many keywords of a query
/// (`FROM`, `AS`, `BY`, `NULL`, `JOIN`, `DESC`, function names) are none of
/// these, and one test here spares them both matches on the keyword.
#[inline(always)]
fn clause_relevant(kw: Kw) -> bool {
    static TABLE: [bool; 256] = crate::keywords::per_keyword!(clause_relevant_of);
    TABLE[kw.index()]
}

/// [`clause_relevant`]'s entry for `kw`.
const fn clause_relevant_of(kw: Kw) -> bool {
    matches!(
        kw,
        Kw::Where
            | Kw::Group
            | Kw::Having
            | Kw::Window
            | Kw::Order
            | Kw::Limit
            | Kw::Offset
            | Kw::Fetch
            | Kw::Returning
            | Kw::Case
            | Kw::End
            | Kw::And
            | Kw::Or
            | Kw::Like
            | Kw::Ilike
            | Kw::Between
            | Kw::Is
            | Kw::In
            | Kw::Union
            | Kw::Intersect
            | Kw::Except
            | Kw::Select
            | Kw::Values
            | Kw::Delete
            | Kw::Update
            | Kw::Insert
            | Kw::For
            | Kw::Set
            | Kw::Do
            | Kw::On
            | Kw::Into
            | Kw::Convert
    )
}

/// The clause rule at a keyword of a query, at a depth it tracks.
#[inline]
fn clause(
    sig: &[Token],
    i: usize,
    t: &Token,
    prev_kind: TokenKind,
    prev_kw: Kw,
    cur: &mut Level,
    out: &mut Vec<Finding>,
) {
    let mut message = None;
    let rank = clause_rank(t.kw, || sig.get(i + 1).map_or(Kw::None, |n| n.kw));
    let clause_like =
        rank > 0 || matches!(t.kw, Kw::Union | Kw::Intersect | Kw::Except | Kw::Returning);
    let wants_operand = clause_like
        && prev_kind == TokenKind::Ident
        && matches!(
            prev_kw,
            Kw::Between
                | Kw::Like
                | Kw::Ilike
                | Kw::Where
                | Kw::And
                | Kw::Or
                | Kw::Not
                | Kw::Limit
                | Kw::Offset
                | Kw::When
                | Kw::Then
                | Kw::Else
                | Kw::Having
                | Kw::By
                | Kw::In
                | Kw::Is
        );
    if wants_operand {
        // `BETWEEN UNION SELECT …`, `WHERE ORDER BY …`.
        message = Some("clause word where an operand belongs");
    }
    if rank > 0 {
        if cur.verb == Kw::In {
            message = Some("clause inside an IN list");
        } else if cur.cases > 0 {
            message = Some("clause inside a CASE expression");
        } else if matches!(cur.verb, Kw::Delete | Kw::Update) && rank >= 2 {
            message = Some("GROUP BY, ORDER BY or LIMIT in DELETE or UPDATE");
        } else if rank < cur.rank || (rank == cur.rank && rank != 6) {
            message = Some("clauses out of order or repeated");
        } else if cur.verb == Kw::None || (rank == 6 && cur.rank == 6) {
            message = clause_in_place(sig, i, rank, cur.rank);
        }
        cur.rank = cur.rank.max(rank);
        cur.part = match rank {
            1 => Part::Where,
            2 | 5 => Part::Order,
            6 => Part::Limit,
            _ => Part::Other,
        };
    } else {
        message = message.or(keyword(sig, i, t, prev_kind, prev_kw, cur, out));
    }
    if let Some(message) = message {
        malformed(out, t.start..t.end, message);
    }
}

/// The clause word at `i` (of [`clause_rank`] `rank`) where its level is
/// no query (`cur_rank` the level's clauses so far), or a second LIMIT,
/// OFFSET or FETCH:
///
/// * In the arguments of a function call, which take expressions only:
///   `ST_DWithin(a, b, 3 LIMIT 1)`. An aggregate's own ORDER BY is fine,
///   unless it sorts by a number (`string_agg(x, ',' ORDER BY 7)`): there
///   a number is a constant, not a column position, and sorts nothing.
///   Window specifications (`OVER (…)`, `WITHIN GROUP (…)`, `WINDOW w AS
///   (…)`) and `FILTER (WHERE …)` are no calls.
/// * LIMIT and FETCH FIRST in one query, which PostgreSQL rejects: the
///   template's FETCH after an injected LIMIT (`OFFSET 3 LIMIT 1 ROWS
///   FETCH FIRST 25 ROWS ONLY`).
#[cold]
#[inline(never)]
fn clause_in_place(sig: &[Token], i: usize, rank: u8, cur_rank: u8) -> Option<&'static str> {
    let kw = sig[i].kw;
    if rank == 6 && cur_rank == 6 {
        let other = match kw {
            Kw::Limit => Kw::Fetch,
            Kw::Fetch => Kw::Limit,
            _ => return None,
        };
        // LIMIT, OFFSET and FETCH stand together at a query's end: a few
        // tokens back reach the one before, at this depth.
        let mut depth = 0usize;
        for t in sig[i.saturating_sub(16)..i].iter().rev() {
            match t.kind {
                TokenKind::RParen => depth += 1,
                TokenKind::LParen if depth == 0 => return None,
                TokenKind::LParen => depth -= 1,
                TokenKind::Semicolon => return None,
                _ if depth == 0 && t.kw == other => {
                    return Some("LIMIT and FETCH in one query");
                }
                _ => {}
            }
        }
        return None;
    }
    // Back to the paren that opened this level, counting nested ones.
    let mut depth = 0usize;
    let mut open = None;
    for j in (i.saturating_sub(256)..i).rev() {
        match sig[j].kind {
            TokenKind::RParen | TokenKind::RBracket => depth += 1,
            TokenKind::LParen | TokenKind::LBracket if depth == 0 => {
                open = Some(j);
                break;
            }
            TokenKind::LParen | TokenKind::LBracket => depth -= 1,
            TokenKind::Semicolon => break,
            _ => {}
        }
    }
    let open = open.filter(|&j| sig[j].kind == TokenKind::LParen && j > 0)?;
    let callee = &sig[open - 1];
    let call = callee.kind == TokenKind::Ident
        && (callee.kw == Kw::None
            || callee.kw.class() != crate::keywords::Class::Plain
            || matches!(
                callee.kw,
                Kw::StringAgg | Kw::Coalesce | Kw::Concat | Kw::Md5 | Kw::Chr
            ));
    // `count(*) FILTER (WHERE …)`, `rank() OVER (ORDER BY …)`: a word
    // right after a call's closing paren is no function's name but `OVER`
    // or `FILTER` (no keywords to the table), whose parens hold a window
    // specification or a condition.
    let after_call = open >= 2 && sig[open - 2].kind == TokenKind::RParen;
    if !call || after_call {
        return None;
    }
    if rank != 5 {
        return Some("clause inside a function call's arguments");
    }
    let constant_key = sig.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number)
        && sig
            .get(i + 3)
            .is_some_and(|t| matches!(t.kind, TokenKind::RParen | TokenKind::Comma));
    constant_key.then_some("aggregate sorted by a constant")
}

/// The rules at an operator of a query that may break them: one with no
/// left operand, one in a LIMIT argument, `@@version`.
#[inline(never)]
fn operator(
    sig: &[Token],
    i: usize,
    bytes: &[u8],
    prev_kind: TokenKind,
    prev_kw: Kw,
    cur: &Level,
    out: &mut Vec<Finding>,
) {
    let t = &sig[i];
    let op = bytes.get(t.start..t.end).unwrap_or_default();
    let mut message = None;
    // `o.id = %' AND …`, `LIMIT %' …`, `BETWEEN %' …`: these take a left
    // operand, which an operator, a paren, a comma or a clause word is not.
    let no_left = matches!(
        prev_kind,
        TokenKind::Operator | TokenKind::LParen | TokenKind::Comma
    ) || matches!(
        prev_kw,
        Kw::Limit
            | Kw::Offset
            | Kw::Where
            | Kw::And
            | Kw::Or
            | Kw::Not
            | Kw::Select
            | Kw::By
            | Kw::Having
            | Kw::When
            | Kw::Then
            | Kw::Else
            | Kw::Like
            | Kw::Ilike
            | Kw::Between
    );
    if no_left
        && matches!(
            op,
            b"%" | b"/"
                | b"="
                | b"<>"
                | b"!="
                | b"<"
                | b">"
                | b"<="
                | b">="
                | b"^"
                | b"||"
                | b"&&"
                | b"->"
                | b"->>"
                | b"@>"
                | b"<@"
        )
    {
        message = Some("operator without a left operand");
    }
    if cur.part == Part::Limit
        && cur.cases == 0
        && matches!(op, b"=" | b"<>" | b"!=" | b"<" | b">" | b"<=" | b">=")
    {
        message = Some("LIMIT or OFFSET argument compared");
    } else if cur.part == Part::Limit
        // A binary operator, after an operand (`FETCH FIRST -1 ROWS` has a
        // sign after a word).
        && (prev_kind.is_literal() || prev_kind == TokenKind::RParen)
        && rows_follow(sig, i, bytes)
    {
        message = Some("expression before ROWS without parentheses");
    }
    // `@@version`: `@@` with no left operand, glued to a name.
    if op == b"@@" {
        let prefix = matches!(
            prev_kind,
            TokenKind::Operator | TokenKind::Comma | TokenKind::LParen | TokenKind::Semicolon
        ) || prev_kw != Kw::None;
        let glued = sig
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Ident && n.start == t.end);
        let called = sig.get(i + 2).is_some_and(|n| n.kind == TokenKind::LParen);
        if prefix && glued && !called {
            out.push(Finding {
                rule: Rule::ForeignDialect,
                span: t.start..sig[i + 1].end,
                severity: Severity::High,
                message: "system variable of another database",
            });
        }
    }
    if let Some(message) = message {
        malformed(out, t.start..t.end, message);
    }
}

/// Whether `ROW` or `ROWS` follows the operator at `i` within the same
/// argument: `OFFSET 2-1 ROWS`, `FETCH FIRST 4*2 ROWS ONLY`. The SQL
/// standard forms take a constant, a parameter or a parenthesized
/// expression there, so PostgreSQL rejects a bare binary operator (`LIMIT
/// 2-1` alone is fine); a number slot filled with arithmetic leaves one.
#[cold]
#[inline(never)]
fn rows_follow(sig: &[Token], i: usize, bytes: &[u8]) -> bool {
    let mut depth = 0usize;
    for t in sig.iter().skip(i + 1).take(16) {
        match t.kind {
            TokenKind::LParen => depth += 1,
            TokenKind::RParen if depth == 0 => return false,
            TokenKind::RParen => depth -= 1,
            TokenKind::Comma | TokenKind::Semicolon if depth == 0 => return false,
            TokenKind::Ident if depth == 0 => {
                let word = bytes.get(t.start..t.end).unwrap_or_default();
                if word.eq_ignore_ascii_case(b"rows") || word.eq_ignore_ascii_case(b"row") {
                    return true;
                }
                if t.kw != Kw::None {
                    return false;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether a statement cannot end at a token of kind `kind` and keyword
/// `kw`: `OFFSET --`, `ORDER BY`, `WHERE`, `THEN` want what follows.
/// `DEFAULT VALUES` and a bare `SELECT` are whole statements.
fn dangling(kw: Kw, kind: TokenKind) -> bool {
    kind == TokenKind::Ident
        && matches!(
            kw,
            Kw::Limit
                | Kw::Offset
                | Kw::By
                | Kw::Having
                | Kw::Where
                | Kw::When
                | Kw::Then
                | Kw::Else
                | Kw::Like
                | Kw::Ilike
                | Kw::Between
                | Kw::In
                | Kw::Is
                | Kw::Fetch
                | Kw::Returning
                | Kw::Join
                | Kw::On
                | Kw::Set
                | Kw::From
                | Kw::Union
                | Kw::Intersect
                | Kw::Except
                | Kw::And
                | Kw::Or
                | Kw::Not
        )
}

/// Type names written before a literal with no space between
/// (`date'2020-01-01'`): the typed literals a word may be glued to.
fn type_name(word: &[u8]) -> bool {
    const TYPES: &[&[u8]] = &[
        b"char",
        b"character",
        b"bit",
        b"xml",
        b"point",
        b"box",
        b"line",
        b"lseg",
        b"circle",
        b"polygon",
        b"path",
        b"tsquery",
        b"tsvector",
        b"timetz",
        b"macaddr",
        b"name",
        b"oid",
        b"regtype",
        b"regproc",
        b"jsonpath",
        b"int4range",
        b"int8range",
        b"numrange",
        b"daterange",
        b"tsrange",
        b"tstzrange",
        b"bpchar",
    ];
    cast_type(word) || TYPES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// The clause rule at a keyword that is no clause: CASE nesting, `AND`/`OR`
/// without a left operand, a LIMIT argument tested, UNION inside CASE, the
/// verbs and clause ends that start a level over, `CONVERT(int, …)`.
fn keyword(
    sig: &[Token],
    i: usize,
    t: &Token,
    prev_kind: TokenKind,
    prev_kw: Kw,
    level: &mut Level,
    out: &mut Vec<Finding>,
) -> Option<&'static str> {
    match t.kw {
        Kw::Case => level.cases = level.cases.saturating_add(1),
        Kw::End => level.cases = level.cases.saturating_sub(1),
        Kw::And | Kw::Or => {
            let dangling = matches!(prev_kind, TokenKind::LParen | TokenKind::Comma)
                || matches!(
                    prev_kw,
                    Kw::Where
                        | Kw::Having
                        | Kw::When
                        | Kw::And
                        | Kw::Or
                        | Kw::Not
                        | Kw::Limit
                        | Kw::Offset
                        | Kw::Select
                        | Kw::Asc
                        | Kw::Desc
                );
            if dangling {
                return Some("AND or OR without a left operand");
            }
            if std::mem::take(&mut level.between) && t.kw == Kw::And {
                return None;
            }
            // `WHERE 1 AND …`, `(-8370 OR …)`: a lone number as a condition,
            // which PostgreSQL rejects (an integer is no boolean); the
            // template's number with the payload's AND after it.
            if prev_kind == TokenKind::Number && number_as_condition(sig, i - 1) {
                return Some("number used as a condition");
            }
            // `UPDATE … SET owed = 0 AND get_byte(…) > 95`: the template's
            // number assigned, then the payload's AND (an integer is no
            // boolean either).
            if prev_kind == TokenKind::Number
                && level.verb == Kw::Update
                && level.rank == 0
                && level.cases == 0
                && assigned_number(sig, i - 1)
            {
                return Some("number assigned in SET joined with AND or OR");
            }
            if level.part == Part::Limit && level.cases == 0 {
                return Some("LIMIT or OFFSET argument joined with AND or OR");
            }
            // `VALUES ('tjaot', md5(…)) AND worked_on BETWEEN …`: a row
            // list is no condition; the template's condition after a row
            // the payload inserted.
            if level.verb == Kw::Values && prev_kind == TokenKind::RParen && level.cases == 0 {
                return Some("VALUES row joined with AND or OR");
            }
            // `ORDER BY price AND starts_with(…)`: a sort key is no
            // condition.
            if level.part == Part::Order && level.cases == 0 {
                return Some("ORDER BY or GROUP BY item joined with AND or OR");
            }
        }
        Kw::Like | Kw::Ilike | Kw::Between | Kw::Is | Kw::In
            if level.part == Part::Limit && level.cases == 0 =>
        {
            return Some("LIMIT or OFFSET argument compared");
        }
        Kw::Between => level.between = true,
        Kw::Union | Kw::Intersect | Kw::Except if level.cases > 0 => {
            return Some("UNION inside a CASE expression");
        }
        Kw::Select | Kw::Values | Kw::Union | Kw::Intersect | Kw::Except => {
            // `id = SELECT …`, `ORDER BY SELECT …`: a subquery needs its
            // parens; this is a payload written for another database.
            let bare = t.kw == Kw::Select
                && (prev_kind == TokenKind::Operator
                    || (prev_kind == TokenKind::Ident && prev_kw == Kw::By));
            if prev_kind == TokenKind::LParen
                && t.kw == Kw::Select
                && sig
                    .get(i + 1)
                    .is_some_and(|n| n.kind.is_literal() || n.kw.class() == Class::Extract)
            {
                constant_subquery(sig, i, out);
            } else if prev_kind == TokenKind::RParen && t.kw == Kw::Values {
                values_width(sig, i, out);
            }
            *level = Level {
                verb: t.kw,
                cases: level.cases,
                ..LEVEL
            };
            if bare {
                return Some("SELECT without parentheses where a value belongs");
            }
        }
        // A verb only where a statement or a MERGE/ON CONFLICT action
        // starts: `FOR UPDATE` and `FOR NO KEY UPDATE` are locking clauses.
        Kw::Delete | Kw::Update | Kw::Insert
            if matches!(prev_kind, TokenKind::RParen | TokenKind::Semicolon)
                || matches!(prev_kw, Kw::Do | Kw::Then) =>
        {
            *level = Level {
                verb: t.kw,
                cases: level.cases,
                ..LEVEL
            };
        }
        Kw::For | Kw::Returning | Kw::Set | Kw::Do | Kw::On | Kw::Into => {
            level.part = Part::Other;
        }
        // `CONVERT(int, @@version)`: a type first is SQL Server's order.
        Kw::Convert
            if sig.get(i + 1).is_some_and(|n| n.kind == TokenKind::LParen)
                && sig.get(i + 2).is_some_and(|n| {
                    matches!(n.kw.class(), crate::keywords::Class::NumericType)
                        || matches!(n.kw, Kw::Text | Kw::Varchar | Kw::Nvarchar | Kw::Nchar)
                })
                && sig.get(i + 3).is_some_and(|n| n.kind == TokenKind::Comma) =>
        {
            out.push(Finding {
                rule: Rule::ForeignDialect,
                span: t.start..sig[i + 1].end,
                severity: Severity::High,
                message: "CONVERT with a type first, from another database",
            });
        }
        _ => {}
    }
    None
}

/// `> (SELECT 5) THEN`, `FETCH FIRST (SELECT 5) ROWS`, `- (SELECT
/// octet_length($_$jgbchcz$_$))`: a subquery that selects one number, or
/// a built-in that takes values apart (`length`, `substr`, `ascii`, …) of
/// constants, as an operand, at the SELECT at `i`.
/// No application wraps a constant in a query; a payload does, to test
/// that a number slot runs what it is given. A derived table or a COPY
/// source (`FROM (SELECT 1) s`, `COPY (SELECT 1) TO …`) is no operand.
#[cold]
#[inline(never)]
fn constant_subquery(sig: &[Token], i: usize, out: &mut Vec<Finding>) {
    let Some(close) = i.checked_sub(1).and_then(|open| sig[open].partner()) else {
        return;
    };
    let constant = match sig.get(i + 1..close).unwrap_or_default() {
        [t] => t.kind.is_literal(),
        // `- (SELECT 0 WHERE ((SELECT string_agg(…) FROM keys)) IS NULL)`:
        // a constant that only runs the query in its filter.
        [t, filter, ..] if filter.kw == Kw::Where => t.kind.is_literal(),
        [f, open, args @ .., shut] => {
            f.kind == TokenKind::Ident
                && f.kw.class() == Class::Extract
                && open.kind == TokenKind::LParen
                && shut.kind == TokenKind::RParen
                && !args.is_empty()
                && args
                    .iter()
                    .all(|a| a.kind.is_literal() || a.kind == TokenKind::Comma)
        }
        _ => false,
    };
    if !constant || i < 2 {
        return;
    }
    let before = &sig[i - 2];
    let operand = match before.kind {
        // `pg_advisory_lock(18, (SELECT octet_length('x')))`: an argument.
        TokenKind::Operator | TokenKind::Comma => true,
        // `FETCH FIRST (`, `FETCH NEXT (`: words the table does not know.
        TokenKind::Ident if before.kw == Kw::None => i >= 3 && sig[i - 3].kw == Kw::Fetch,
        TokenKind::Ident => matches!(
            before.kw,
            Kw::Where
                | Kw::And
                | Kw::Or
                | Kw::Not
                | Kw::When
                | Kw::Then
                | Kw::Else
                | Kw::Limit
                | Kw::Offset
                | Kw::Having
        ),
        _ => false,
    };
    if operand {
        out.push(Finding {
            rule: Rule::SubqueryInjection,
            span: sig[i - 1].start..sig[close].end,
            severity: Severity::Medium,
            message: "subquery of a constant where a value belongs",
        });
    }
}

/// How many tokens [`values_width`] reads after VALUES: the rows of a long
/// batch past it go unchecked, which keeps the look linear.
const VALUES_SCAN: usize = 128;

/// `INSERT INTO t (a, b, c) VALUES (1, 'x', 'y', now())`: a VALUES row
/// longer or shorter than the column list before it (the RParen before
/// the VALUES at `i`), which PostgreSQL rejects. An application's INSERT
/// always matches its list; a quote in the input that cut a literal in two
/// around a comma (`'a',' … '`) adds an item.
#[cold]
#[inline(never)]
fn values_width(sig: &[Token], i: usize, out: &mut Vec<Finding>) {
    // Back over the column list, counting its top-level commas.
    let mut depth = 0usize;
    let mut columns = 1usize;
    let mut open = None;
    let lo = i.saturating_sub(VALUES_SCAN);
    for (j, t) in sig[lo..i - 1].iter().enumerate().rev() {
        match t.kind {
            TokenKind::RParen | TokenKind::RBracket => depth += 1,
            TokenKind::LParen if depth == 0 => {
                open = Some(lo + j);
                break;
            }
            TokenKind::LParen | TokenKind::LBracket => depth = depth.saturating_sub(1),
            TokenKind::Comma if depth == 0 => columns += 1,
            _ => {}
        }
    }
    // The list must follow the table's name, after INTO: `INSERT INTO t
    // (…)`, not a call or a subquery.
    let Some(open) = open else { return };
    let named = open >= 2
        && matches!(
            sig[open - 1].kind,
            TokenKind::Ident | TokenKind::QuotedIdent
        )
        && sig[open - 1].kw == Kw::None
        && sig[..open - 1]
            .iter()
            .rev()
            .take(4)
            .any(|t| t.kw == Kw::Into);
    if !named {
        return;
    }
    // The first row (a template's, or the first of a batch, whose rows the
    // same code wrote): its items separated by commas.
    if sig.get(i + 1).is_none_or(|t| t.kind != TokenKind::LParen) {
        return;
    }
    let mut depth = 0usize;
    let mut items = 1usize;
    let end = sig.len().min(i + 2 + VALUES_SCAN);
    for t in &sig[i + 2..end] {
        match t.kind {
            TokenKind::LParen | TokenKind::LBracket => depth += 1,
            TokenKind::RParen if depth == 0 => {
                if items != columns {
                    malformed(
                        out,
                        t.start..t.end,
                        "VALUES row and column list differ in length",
                    );
                }
                return;
            }
            TokenKind::RParen | TokenKind::RBracket => depth = depth.saturating_sub(1),
            TokenKind::Comma if depth == 0 => items += 1,
            TokenKind::Semicolon => return,
            _ => {}
        }
    }
}

/// Whether the number at `at`, with a sign before it or not, stands where
/// a condition starts: after `WHERE`, `OR`, `WHEN`, `HAVING`, `NOT`, `ON`
/// or `(`. Not after `AND`, which may be a BETWEEN's (`BETWEEN 1 AND 5 AND
/// …`); `BETWEEN 1 AND …` has BETWEEN there.
#[cold]
#[inline(never)]
fn number_as_condition(sig: &[Token], at: usize) -> bool {
    let mut k = at;
    // A prefix operator (`-8370`) keeps it a number.
    if k > 0 && sig[k - 1].kind == TokenKind::Operator {
        k -= 1;
    }
    // After a comma it is an argument or a list element (`box(point(-3.5,
    // 51.4 AND …))`): no integer is a boolean there either.
    k > 0
        && (matches!(sig[k - 1].kind, TokenKind::LParen | TokenKind::Comma)
            || matches!(
                sig[k - 1].kw,
                Kw::Where | Kw::Or | Kw::When | Kw::Having | Kw::Not | Kw::On
            ))
}

/// Whether the number at `at` is assigned in a SET list: `SET owed = 0`,
/// `, fee = 4.50`.
fn assigned_number(sig: &[Token], at: usize) -> bool {
    at >= 3
        && sig[at - 1].kind == TokenKind::Operator
        && matches!(sig[at - 2].kind, TokenKind::Ident | TokenKind::QuotedIdent)
        && (sig[at - 3].kw == Kw::Set || sig[at - 3].kind == TokenKind::Comma)
}

/// What a clause word in a comment takes right after it, if it is one:
/// `LIMIT 25`, `OFFSET 29` a number; `THEN 'high'`, `ELSE 'low'`,
/// `interval '1 day'` a quoted literal; `NULLS LAST` FIRST or LAST. In a comment that is the template's own text, cut off by the
/// injected `--`; prose says "from the replica" or "then cached", and
/// clause words with a bare word after them stay quiet.
fn clause_word(word: &[u8]) -> Option<fn(u8) -> bool> {
    if word.eq_ignore_ascii_case(b"limit") || word.eq_ignore_ascii_case(b"offset") {
        Some(|b: u8| b.is_ascii_digit())
    } else if word.eq_ignore_ascii_case(b"then")
        || word.eq_ignore_ascii_case(b"else")
        || word.eq_ignore_ascii_case(b"interval")
        || word.eq_ignore_ascii_case(b"date")
        || word.eq_ignore_ascii_case(b"timestamp")
    {
        // `ELSE 'low'`, and the typed literals `interval '1 day'`, `date
        // '2026-01-01'`.
        Some(|b: u8| b == b'\'')
    } else if word.eq_ignore_ascii_case(b"nulls") {
        // `NULLS LAST`, `NULLS FIRST` of a sort key.
        Some(|b: u8| matches!(b | 0x20, b'f' | b'l'))
    } else {
        None
    }
}

/// Type names a template casts its input to (`= <input>::bigint`): after
/// `::` in a comment, the cast's remnant (`Foo::Bar` in a note is not).
fn cast_type(word: &[u8]) -> bool {
    const TYPES: &[&[u8]] = &[
        b"int",
        b"int2",
        b"int4",
        b"int8",
        b"integer",
        b"bigint",
        b"smallint",
        b"numeric",
        b"decimal",
        b"real",
        b"float",
        b"float4",
        b"float8",
        b"text",
        b"varchar",
        b"uuid",
        b"date",
        b"time",
        b"timestamp",
        b"timestamptz",
        b"interval",
        b"inet",
        b"cidr",
        b"json",
        b"jsonb",
        b"bool",
        b"boolean",
        b"bytea",
        b"regclass",
        b"money",
    ];
    TYPES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether `body` holds `::type` for a [`cast_type`].
fn cast_in(body: &[u8]) -> bool {
    let mut k = 0;
    while let Some(off) = body
        .get(k..)
        .and_then(|rest| rest.windows(2).position(|w| w == b"::"))
    {
        let start = k + off + 2;
        let len = body
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if cast_type(body.get(start..start + len).unwrap_or_default()) {
            return true;
        }
        k = start;
    }
    false
}

/// How many leading tokens of a comment body [`comment_body`] reads: the
/// template's remnant starts right after the payload's `--` and at most a
/// filler word (`-- x`, `-- trailing`); prose further on is prose.
const BODY_TOKENS: usize = 4;

/// A line comment that ends the text, right after code on the same line,
/// whose body holds the statement's cut-off structure: a dollar-quote tag
/// (`$body$x$body$-- $body$`), a cast (`1-- trailing::bigint`), or, among
/// its first words, a clause word followed by an operand (`ORDER BY id--
/// trailing LIMIT 25`, `-- x THEN 'high' ELSE …`). Notes people leave
/// (`-- see runbook`, `-- TODO, fix later`) hold none of these.
pub(crate) fn comment_body(
    sql: &str,
    sig: &[Token],
    comments: &[(usize, Token)],
    out: &mut Vec<Finding>,
) {
    let Some(&(at, c)) = comments.last() else {
        return;
    };
    let ends_text = at == sig.len() && at > 0 && c.kind == TokenKind::LineComment;
    let shares_line = comments.len() < 2 || comments[comments.len() - 2].0 != at;
    if !ends_text || !shares_line || c.newline_before() {
        return;
    }
    let body = sql.as_bytes().get(c.start + 2..c.end).unwrap_or_default();
    let message = if dollar_tag(body) {
        Some("comment hides a dollar-quote tag: the rest of the statement was cut off")
    } else if cast_in(body) {
        Some("comment hides a cast: the rest of the statement was cut off")
    } else if clause_with_operand(body) {
        Some("comment hides a clause: the rest of the statement was cut off")
    } else {
        None
    };
    let Some(message) = message else {
        return;
    };
    // One finding a comment: the token rules may have found it already,
    // for another of its reasons.
    let span = c.start..c.end;
    if let Some(found) = out
        .iter_mut()
        .find(|f| f.rule == Rule::CommentTruncation && f.span == span)
    {
        if found.severity < Severity::High {
            found.severity = Severity::High;
            found.message = message;
        }
    } else {
        out.push(Finding {
            rule: Rule::CommentTruncation,
            span,
            severity: Severity::High,
            message,
        });
    }
}

/// Whether `body` holds `$tag$` or `$$` (a tag of letters and underscores:
/// `$5 and $10` is prose).
fn dollar_tag(body: &[u8]) -> bool {
    let mut k = 0;
    while let Some(off) = body
        .get(k..)
        .and_then(|rest| rest.iter().position(|&b| b == b'$'))
    {
        let start = k + off + 1;
        let tag = body
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphabetic() || **b == b'_')
            .count();
        if body.get(start + tag) == Some(&b'$') {
            return true;
        }
        k = start;
    }
    false
}

/// Whether one of the first [`BODY_TOKENS`] tokens of `body` is a
/// [`clause_word`] directly followed by the operand it takes.
fn clause_with_operand(body: &[u8]) -> bool {
    let mut k = 0;
    let mut after_clause: Option<fn(u8) -> bool> = None;
    let mut fetch = false;
    for _ in 0..BODY_TOKENS {
        while body.get(k).is_some_and(u8::is_ascii_whitespace) {
            k += 1;
        }
        let Some(&b) = body.get(k) else {
            return false;
        };
        let len = if b.is_ascii_alphanumeric() || b == b'_' {
            body[k..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                .count()
        } else {
            1
        };
        if after_clause.is_some_and(|takes| takes(b)) {
            return true;
        }
        let word = &body[k..k + len];
        // `FETCH NEXT 25`, `FETCH FIRST 10`: NEXT and FIRST count only
        // after FETCH ("next 5 minutes" is prose).
        let fetch_count =
            fetch && (word.eq_ignore_ascii_case(b"next") || word.eq_ignore_ascii_case(b"first"));
        fetch = word.eq_ignore_ascii_case(b"fetch");
        after_clause = if fetch_count {
            Some(|b: u8| b.is_ascii_digit())
        } else {
            clause_word(word)
        };
        k += len;
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::lexer::{Lexed, lex};
    use crate::rules::{Decisive, Finding, Rule, Scratch, analyze};

    /// The findings of `rule` in `sql`: the token rules run inside the
    /// rules' token pass.
    fn findings(sql: &str, rule: Rule) -> Vec<Finding> {
        let mut scratch = Scratch::default();
        lex(sql, &mut scratch.lexed);
        let mut out = Vec::new();
        analyze(sql, &mut scratch, &mut out, Decisive::NONE);
        out.retain(|f| f.rule == rule);
        out
    }

    fn malformed(sql: &str) -> Vec<Finding> {
        findings(sql, Rule::Malformed)
    }

    #[track_caller]
    fn quiet(sql: &str) {
        let found = malformed(sql);
        assert!(found.is_empty(), "{sql}: {found:?}");
    }

    #[track_caller]
    fn fires(sql: &str) {
        assert!(!malformed(sql).is_empty(), "{sql}: nothing found");
    }

    fn comment_findings(sql: &str) -> usize {
        let mut lexed = Lexed::default();
        lex(sql, &mut lexed);
        let mut out = Vec::new();
        super::comment_body(sql, &lexed.sig, &lexed.comments, &mut out);
        out.len()
    }

    #[test]
    fn comment_bodies_holding_structure_fire() {
        for sql in [
            "SELECT * FROM t WHERE in_stock ORDER BY id-- trailing LIMIT 25",
            "SELECT * FROM t ORDER BY id LIMIT -5391-- - OFFSET 29",
            "SELECT * FROM t WHERE n = 1-- trailing::bigint",
            "SELECT id FROM s WHERE body = $body$admin$body$-- $body$",
            "SELECT id FROM s WHERE body = $body$7237$body$;--$body$",
            "SELECT CASE WHEN score > -5530-- x THEN 'high' ELSE 'low' END FROM r",
            "SELECT * FROM t ORDER BY d OFFSET -2081--  ROWS FETCH NEXT 25 ROWS ONLY",
            "SELECT * FROM t ORDER BY d ASC NULLS LAST-- NULLS FIRST, id",
            "SELECT * FROM t WHERE due < now() + 3-- x * interval '1 hour' AND open",
            "SELECT * FROM t WHERE d > 5-- date '2026-01-01'",
        ] {
            assert_eq!(comment_findings(sql), 1, "{sql}");
        }
    }

    #[test]
    fn notes_in_comments_stay_quiet() {
        for sql in [
            "SELECT * FROM t WHERE a = 1 -- hot path: see runbook",
            "SELECT * FROM t WHERE a = 1 -- TODO, fix later; costs $5 and $10",
            "SELECT count(*) FROM t -- low stock alert; see ticket #8942",
            "SELECT * FROM t -- fetched from the replica, then cached",
            "SELECT * FROM t -- next 5 minutes, first 10 rows",
            "SELECT * FROM t WHERE a = 1 -- see Foo::Bar later",
            "-- LIMIT 25 per page\nSELECT * FROM t LIMIT 25",
            "SELECT * FROM t -- limit\n LIMIT 25",
            "SELECT * FROM t ORDER BY d -- nulls are rare, dates come first",
            "SELECT * FROM t ORDER BY d -- by date, the interval's start",
        ] {
            assert_eq!(comment_findings(sql), 0, "{sql}");
        }
    }

    #[test]
    fn operands_side_by_side_fire() {
        fires("SELECT * FROM t WHERE d BETWEEN 'x AND u LIKE 'post%'' AND '2026-03-02'");
        fires("INSERT INTO t (a, b) VALUES (1'; DELETE FROM s; SELECT 'q, 'b')");
        fires("SELECT * FROM t WHERE tags && ARRAY['8285; WAITFOR DELAY '0:0:5'; SELECT 1']");
        fires("SELECT * FROM t WHERE a = lower('1` AND 1::int=('x'||current_database())::int')");
        fires("SELECT * FROM t LIMIT 35470' AND pg_sleep_for('3 seconds') IS NULL AND 'q'='q");
        fires("SELECT * FROM t WHERE id = 15479\" AND 1=1 AND \"q\"=\"q");
        fires("SELECT 'a' 'b'");
        fires("SELECT * FROM t WHERE a < 'admin\"; SELECT lo_import('/etc/shadow');--'");
        fires("INSERT INTO t VALUES (-1153%'; SELECT lo_export(1, '/tmp/x.so'); SELECT ', 'b')");
        fires("SELECT * FROM t WHERE o.id = %' AND 7=CAST((SELECT version()) AS int) AND '%'='");
        fires("SELECT * FROM t WHERE tags && ARRAY['admin` OR E'\\x74'::boolean', 'x']");
    }

    #[test]
    fn clauses_in_calls_numbers_as_conditions_and_double_limits_fire() {
        fires("SELECT * FROM s WHERE near(p, q, 5 LIMIT 1) ORDER BY d");
        fires("SELECT * FROM s WHERE near(p, q, 5 OFFSET 2) ORDER BY d");
        fires("SELECT string_agg(n, ',' ORDER BY 4) FROM s");
        fires("SELECT * FROM s WHERE near(p, q, 8 ORDER BY 3) ORDER BY d");
        fires("SELECT * FROM s WHERE 1 AND active");
        fires("SELECT * FROM s WHERE a > now() - (-42 OR b) ORDER BY a");
        fires("SELECT * FROM s WHERE a = 1 OR 7 AND b");
        fires("SELECT * FROM s ORDER BY a OFFSET 4 LIMIT 2 ROWS FETCH FIRST 9 ROWS ONLY");
        fires("SELECT * FROM s ORDER BY a FETCH FIRST 9 ROWS ONLY LIMIT 3");
        fires("SELECT * FROM s ORDER BY a OFFSET 3-1 ROWS");
        fires("SELECT * FROM s ORDER BY a FETCH NEXT 2*5 ROWS ONLY");
    }

    #[test]
    fn values_rows_as_wide_as_their_column_list() {
        fires("INSERT INTO f (a, b, c) VALUES (1, 'x) AND 1=(SELECT 2 ', ') --', now())");
        fires("INSERT INTO f (a, b) VALUES (3)");
        quiet(
            "INSERT INTO f (a, b, c) VALUES (1, ARRAY[1, 2], coalesce(x, y)), (2, '{}', f(1, 2))",
        );
        quiet("INSERT INTO s.f (a, \"b\") VALUES ($1, $2) ON CONFLICT (a) DO UPDATE SET b = 1");
        quiet("INSERT INTO f (arr[1], b) VALUES (1, 2) RETURNING a, b, c");
        quiet("INSERT INTO f VALUES (1, 2, 3)");
        quiet("SELECT * FROM (VALUES (1, 2), (3, 4)) AS v (a, b)");
    }

    #[test]
    fn constant_subqueries_as_operands_are_found() {
        let found = |sql: &str| !findings(sql, Rule::SubqueryInjection).is_empty();
        assert!(found("SELECT a FROM t WHERE n > (SELECT 5)"));
        assert!(found(
            "SELECT a FROM t ORDER BY a FETCH FIRST (SELECT 5) ROWS ONLY"
        ));
        assert!(found("SELECT CASE WHEN n > 1 THEN (SELECT 2) END FROM t"));
        assert!(!found("COPY (SELECT 1) TO STDOUT"));
        assert!(!found(
            "SELECT * FROM (SELECT 1) s, t WHERE t.n > (SELECT max(n) FROM u)"
        ));
        assert!(!found(
            "SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.a = t.a)"
        ));
    }

    #[test]
    fn clauses_of_aggregates_and_windows_stay_quiet() {
        quiet("SELECT string_agg(n, ',' ORDER BY n DESC), array_agg(x ORDER BY y, z) FROM s");
        quiet("SELECT count(*) FILTER (WHERE ok), sum(v) filter (where v > 0) FROM s");
        quiet("SELECT rank() OVER (PARTITION BY g ORDER BY 1), row_number() over (order by 2)");
        quiet("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM s");
        quiet("SELECT avg(v) OVER w FROM s WINDOW w AS (ORDER BY t ROWS 2 PRECEDING)");
        quiet("SELECT * FROM s WHERE a IN (SELECT b FROM u ORDER BY 1 LIMIT 5)");
        quiet("SELECT * FROM s WHERE a BETWEEN 1 AND 5 AND b BETWEEN -2 AND 2 OR c = -1 AND d");
        quiet("SELECT * FROM s WHERE (a = 1 OR b = 2) AND 3 < c");
        quiet("SELECT * FROM s ORDER BY a OFFSET 4 ROWS FETCH NEXT 9 ROWS ONLY");
        quiet("SELECT * FROM s ORDER BY a LIMIT 9 OFFSET 4");
        quiet("SELECT * FROM s ORDER BY a LIMIT 10 - 1 OFFSET 2 * 3");
        quiet("SELECT * FROM s ORDER BY a OFFSET (3-1) ROWS FETCH FIRST -1 ROW ONLY");
        quiet("SELECT * FROM (SELECT * FROM s LIMIT 3) a FETCH FIRST 2 ROWS ONLY");
    }

    #[test]
    fn legitimate_neighbours_of_literals_stay_quiet() {
        quiet("SELECT DATE '2020-01-01', INTERVAL '1 day', timestamp 'now'");
        quiet("SELECT 'a'\n'b' AS ab");
        quiet("SELECT 'a' x, 'b' y, 1 one FROM t");
        quiet("SELECT 1 \"one\", 'x' AS \"two\"");
        quiet("SELECT * FROM t WHERE a LIKE 'x!%' ESCAPE '!'");
        quiet("SELECT U&'d!0061t' UESCAPE '!'");
        quiet("SELECT now() - interval '1' day - interval '2' hour");
        quiet("SELECT ts AT TIME ZONE 'UTC' FROM t WHERE ts > '2020-01-01' AT TIME ZONE 'UTC'");
        quiet("SELECT overlay('abc' placing 'x' from 2 for 1)");
        quiet("SELECT substring('abc' similar 'a' escape '#')");
        quiet("SELECT * FROM xmltable('/r' passing '<r/>' COLUMNS a int)");
        quiet(
            "SELECT json_object('k' VALUE 1), jt.* FROM j, \
             JSON_TABLE(j.doc, '$' COLUMNS (a int PATH '$.a' DEFAULT 0 ON EMPTY)) jt",
        );
        quiet("SELECT 'abc' COLLATE \"C\" < 'abd'");
        quiet("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE 'sql'");
        quiet("CREATE DATABASE d ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        quiet("SELECT * FROM t OFFSET 5 ROWS FETCH FIRST 10 ROWS ONLY");
        quiet("SELECT '{\"a\":1}'::jsonb ? 'a', '{1,2}'::int[] && ARRAY[1]");
        quiet("SELECT * FROM t WHERE d > date'2020-01-01' AND e < now() - interval'1 day'");
        quiet("SELECT * FROM t WHERE a = -1 AND b = ?  AND c = - -2 AND d = ~5 AND e = @ -3");
        quiet("COPY t FROM STDIN;\n1\t\\N\n\\.\n");
    }

    #[test]
    fn strings_split_by_a_payload_outside_queries_fire() {
        // sqlmap's value put into a COPY option, a COMMENT, an EXECUTE
        // argument: its own quotes cut the string in pieces.
        fires(
            "COPY t (a) FROM STDIN WITH (DELIMITER '(SELECT COALESCE(x::text,' ') FROM pg_shadow)')",
        );
        fires("COMMENT ON COLUMN t.c IS E'(SELECT 'qzjzq'||(SELECT 1)::text||'qxjqq')'");
        fires("EXECUTE s('(SELECT 'qkxxq'||((SELECT 1))::text||'qbxzq')')");
        fires("SET application_name = '(CASE WHEN (1=1) THEN ' ' ELSE 'x' END)'");
        fires("SET application_name = $$(CASE WHEN (1=1) THEN $$ $$ ELSE 1 END)$$");
        fires("SET application_name = E'(CASE WHEN (1=1) THEN ' E' ELSE 1 END)'");
        // Option lists, and two strings a line break joins into one.
        quiet("COPY t FROM STDIN WITH (FORMAT csv, DELIMITER ',', NULL '', QUOTE '\"')");
        quiet("COMMENT ON TABLE t IS 'first line'\n' and the second'");
        quiet("CREATE FUNCTION f() RETURNS int AS 'MODULE_PATHNAME', 'f' LANGUAGE C");
        quiet("ALTER TABLE t ALTER c SET DEFAULT 'a' || 'b'");
        quiet("SET TIME ZONE 'Europe/Dublin'");
    }

    #[test]
    fn broken_clause_grammar_fires() {
        fires("SELECT * FROM t WHERE a = 1 ORDER BY 9 ORDER BY 2 DESC");
        fires("SELECT * FROM t WHERE a ORDER BY sku GROUP BY 1 HAVING 1=1");
        fires("DELETE FROM t WHERE id = 1 ORDER BY 9");
        fires("SELECT * FROM (SELECT a FROM t LIMIT 1 ORDER BY 9) s");
        fires("SELECT * FROM t WHERE  AND position('a' in current_user)>0");
        fires("SELECT now() - ( OR id>0 * interval '1 day')");
        fires("SELECT * FROM t LIMIT 5337 AND starts_with(version(), '1')");
        fires("SELECT * FROM t LIMIT 10 OFFSET -6615 AND x LIKE '/%'");
        fires("SELECT * FROM t LIMIT -503 OR 1=1::int");
        fires("SELECT id, CASE WHEN score > 1 ORDER BY 1 THEN 'a' END FROM r");
        fires("SELECT CASE WHEN a > 1 UNION SELECT NULL::text THEN 'a' END FROM r");
        fires("SELECT * FROM t WHERE a = 'x', 'y' AND b = 1");
        // A row list joined like a condition; a statement cut inside CASE.
        fires("INSERT INTO c (o, s) VALUES ('t', md5(random()::text)) AND d BETWEEN 1 AND 2");
        fires("SELECT id, CASE WHEN score > 1");
        fires("SELECT id, CASE WHEN score > 1; UPDATE a SET b = 1");
        // Comparisons chained: the payload's quotes split a string in two.
        fires(
            "DELETE FROM s USING u WHERE u.email = '(CASE WHEN (SELECT name||'='||setting FROM f)'",
        );
        fires("SELECT a FROM t WHERE x = 1 < 2");
        fires(
            "CREATE TEMP TABLE r AS SELECT h.* FROM h WHERE d && ARRAY['(CAST('q'||(SELECT 1)::text||'z' AS NUMERIC))']",
        );
        fires("SELECT * FROM t ORDER BY a ASC AND starts_with(version(), '1')");
        fires("SELECT * FROM t ORDER BY price AND starts_with(version(), '1'), id LIMIT 5");
        fires("SELECT * FROM t ORDER BY created_at OFFSET");
        fires("SELECT * FROM t ORDER BY created_at OFFSET;");
        fires("SELECT * FROM t ORDER BY id'); SELECT pg_sleep(8); SELECT ('q LIMIT 40");
        fires("SELECT * FROM t LIMIT %'; SELECT set_config('a', 'b', false); SELECT '");
        fires("SELECT * FROM t WHERE p BETWEEN %' UNION SELECT NULL AND '%'=' AND 500");
        fires("SELECT * FROM t WHERE a = lower('1` AND (SELECT pg_ls_dir('.') LIMIT 1) #%')");
        fires("SELECT * FROM t WHERE w IN (3, -5297 ORDER BY 9, 9) AND q > 0");
        fires("SELECT * FROM t WHERE p BETWEEN  UNION SELECT NULL::text AND 500");
    }

    #[test]
    fn foreign_syntax() {
        let foreign = |sql: &str| findings(sql, Rule::ForeignDialect).len();
        assert_eq!(
            foreign("SELECT * FROM t WHERE id = 1 AND 1=CONVERT(int,@@version)"),
            2
        );
        assert_eq!(foreign("SELECT @@datadir"), 1);
        assert_eq!(
            foreign("SELECT * FROM d WHERE tsv @@ to_tsquery('x') AND tsv @@q"),
            0
        );
        assert_eq!(
            foreign("SELECT * FROM d WHERE to_tsvector(body) @@plainto_tsquery('x')"),
            0
        );
        assert_eq!(foreign("SELECT convert('abc'::bytea, 'UTF8', 'LATIN1')"), 0);
        assert_eq!(
            foreign("SELECT convert(payload, 'UTF8', 'LATIN1') FROM t"),
            0
        );
    }

    #[test]
    fn bytes_outside_literals_that_postgresql_rejects() {
        let malformed = |sql: &str| findings(sql, Rule::Malformed).len();
        // A JSON value cut open by a CASE spliced between its quotes.
        assert_eq!(
            malformed(
                r#"SELECT a FROM h WHERE i @> '(CASE WHEN 1=1 THEN '{"k": "v"}' ELSE NULL END)'::jsonb"#
            ),
            2
        );
        assert_eq!(malformed("SELECT a FROM t WHERE b = 'x'} OR 1=1"), 1);
        assert_eq!(
            malformed(r#"SELECT a FROM t WHERE b @> '{"k": "v"}' AND c = '{}'"#),
            0
        );
    }

    #[test]
    fn legitimate_clauses_stay_quiet() {
        quiet(
            "SELECT a, rank() OVER (PARTITION BY b ORDER BY c), string_agg(d, ',' ORDER BY d) \
             FROM t WHERE a > 1 GROUP BY a, b HAVING count(*) > 1 WINDOW w AS (ORDER BY a) \
             ORDER BY a, b LIMIT ALL OFFSET 5",
        );
        quiet("SELECT * FROM t OFFSET 10 LIMIT 5");
        quiet("INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET b = (2) WHERE (c) AND d");
        quiet("SELECT CASE WHEN a THEN 1 END; SELECT (CASE WHEN b THEN 2 END)");
        quiet("UPDATE t SET a = 1, b = 2 WHERE (c = d) = true AND e = f AND g BETWEEN 1 AND 2");
        quiet("CREATE VIEW v AS SELECT a, b AS c FROM t WHERE d = 'x' ORDER BY a LIMIT 5");
        quiet("SELECT a FROM t WHERE b = c IS NOT TRUE AND x = ANY(y) AND z = (SELECT 1)");
        quiet("SELECT * FROM t WHERE a = 1 FOR UPDATE SKIP LOCKED LIMIT 1");
        quiet("SELECT * FROM t ORDER BY a LIMIT 1 FOR NO KEY UPDATE OF t");
        quiet("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM t WHERE y > 0");
        quiet("SELECT a FROM t WHERE b ORDER BY a LIMIT 5 UNION ALL (SELECT a FROM u ORDER BY a)");
        quiet(
            "INSERT INTO t (a, b) VALUES (1, 2) ON CONFLICT (a) WHERE a > 0 \
             DO UPDATE SET b = 1, c = 2 WHERE t.b < 5 RETURNING a, b",
        );
        quiet(
            "UPDATE t SET a = (SELECT b FROM u ORDER BY c LIMIT 1) WHERE id IN (SELECT id FROM v LIMIT 5)",
        );
        quiet("SELECT * FROM t WHERE a = ANY(ARRAY[1, 2]) AND b && ARRAY[3, 4]");
        quiet("SELECT * FROM t LIMIT CASE WHEN $1 > 0 THEN $1 ELSE 10 END");
        quiet(
            "WITH x AS (SELECT a FROM t WHERE b ORDER BY a LIMIT 3), y AS (SELECT 1) DELETE FROM u WHERE a IN (SELECT a FROM x)",
        );
        quiet("SELECT CASE WHEN a BETWEEN 1 AND 2 THEN 'x' END FROM t WHERE a IS DISTINCT FROM b");
        quiet("SELECT * FROM t WHERE x = 1 ORDER BY a, b FETCH FIRST 5 ROWS WITH TIES");
        quiet(
            "SELECT sum(x) OVER (ORDER BY d RANGE BETWEEN INTERVAL '1 day' PRECEDING AND CURRENT ROW) \
             FROM t ORDER BY d BETWEEN '2020-01-01' AND '2021-01-01', (a AND b) LIMIT 5",
        );
        quiet("SELECT a AS limit, b AS offset FROM t;");
        quiet(
            "SELECT * FROM t WHERE a IN (SELECT b FROM u WHERE c ORDER BY d LIMIT 3) AND e IN (1, 2)",
        );
        quiet("INSERT INTO t DEFAULT VALUES; SELECT;");
        quiet("SELECT * FROM t WHERE d > date'2020-01-01' AND p ~ point'(1,2)' AND n = ?");
        quiet("SELECT count(*), 1.5, t.a FROM t WHERE a = (-1) AND b IN (-2, +3)");
        quiet(
            "WITH s AS (SELECT t.id, min(o.start) AS offset FROM t WHERE a = 1 GROUP BY t.id) \
             SELECT s.offset AS limit FROM s WHERE s.id = 2 ORDER BY 1",
        );
    }
}
