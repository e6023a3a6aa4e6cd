//! Statement fingerprints: literals become placeholders, IN-lists and
//! VALUES rows collapse, case and whitespace fold, comments drop; the
//! normalized token sequence hashes to a stable 64-bit value.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::hash::StableHasher;
use crate::keywords::Kw;
use crate::lexer::{Token, TokenKind, has_kind, kind_mask, tokenize};

/// A stable 64-bit statement fingerprint; displays as 16 hex digits.
///
/// # Examples
///
/// ```
/// use omnibase_sql_guard::Fingerprint;
///
/// let a = Fingerprint::of("SELECT * FROM t WHERE id = 1");
/// let b = Fingerprint::of("select *   from T where ID=42 -- hot path");
/// assert_eq!(a, b);
/// assert_eq!(a.to_string().len(), 16);
/// assert_eq!(a.to_string().parse::<Fingerprint>()?, a);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Fingerprint(pub u64);

impl Fingerprint {
    /// Fingerprints a statement.
    pub fn of(sql: &str) -> Fingerprint {
        fingerprint_tokens(sql, &tokenize(sql))
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// The text is not 16 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a 16-digit hex fingerprint")]
pub struct ParseFingerprintError(String);

impl std::str::FromStr for Fingerprint {
    type Err = ParseFingerprintError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 16 {
            return Err(ParseFingerprintError(s.to_owned()));
        }
        u64::from_str_radix(s, 16)
            .map(Fingerprint)
            .map_err(|_| ParseFingerprintError(s.to_owned()))
    }
}

impl From<Fingerprint> for String {
    fn from(f: Fingerprint) -> String {
        f.to_string()
    }
}

impl TryFrom<String> for Fingerprint {
    type Error = ParseFingerprintError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// Where the normalized pieces go: a hasher, or a string for people.
trait Sink {
    fn piece(&mut self, text: &str, lower: bool);

    /// The text of `token`, possibly lowercased.
    #[inline]
    fn token(&mut self, sql: &str, token: &Token, lower: bool) {
        self.piece(token.text(sql), lower);
    }
}

impl Sink for StableHasher {
    #[inline]
    fn piece(&mut self, text: &str, lower: bool) {
        if lower {
            self.write_lower(text.as_bytes());
        } else {
            self.write(text.as_bytes());
        }
    }

    #[inline]
    fn token(&mut self, sql: &str, token: &Token, lower: bool) {
        // Most tokens are short: read them with one 8-byte load instead of
        // a slice walk; the value is the same as `piece` would give.
        self.write_short(sql.as_bytes(), token.start, token.end, lower);
    }
}

impl Sink for String {
    fn piece(&mut self, text: &str, lower: bool) {
        if !self.is_empty() {
            self.push(' ');
        }
        if lower {
            self.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            self.push_str(text);
        }
    }
}

/// The normalized text of a statement, the fingerprint's preimage.
///
/// # Examples
///
/// ```
/// use omnibase_sql_guard::normalize;
///
/// assert_eq!(
///     normalize("SELECT a FROM t WHERE id IN (1, 2, 3) AND n = 'x' /* c */"),
///     "select a from t where id in ( ... ) and n = ?",
/// );
/// ```
pub fn normalize(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    walk(sql, &tokenize(sql), &mut out);
    out
}

/// Fingerprints already lexed tokens of `sql`.
pub(crate) fn fingerprint_tokens(sql: &str, tokens: &[Token]) -> Fingerprint {
    let mut hasher = StableHasher::new();
    walk(sql, tokens, &mut hasher);
    Fingerprint(hasher.finish())
}

/// Kinds that hash as `?`: literals and parameters.
const PLACEHOLDER: u32 = kind_mask(&[
    TokenKind::String,
    TokenKind::EString,
    TokenKind::BitString,
    TokenKind::DollarString,
    TokenKind::Number,
    TokenKind::Param,
]);

/// Kinds that keep a list inside a candidate a constant list (see
/// [`constant_list`]): literals, parameters and commas.
const PASSES: u32 = PLACEHOLDER | kind_mask(&[TokenKind::Comma]);

/// Kinds that end a value (so that a `-` after them is binary), besides
/// identifiers that are no keyword; see [`ends_value`].
const ENDS_VALUE: u32 = PLACEHOLDER
    | kind_mask(&[
        TokenKind::QuotedIdent,
        TokenKind::RParen,
        TokenKind::RBracket,
    ]);

/// Whether `token` ends a value, so that a `-` after it is binary.
pub(crate) fn ends_value(token: &Token) -> bool {
    has_kind(ENDS_VALUE, token.kind) || (token.kind == TokenKind::Ident && token.kw == Kw::None)
}

/// Whether tokens from `i` form `( value, value, … )` with only literals and
/// parameters; returns the index of the closing paren.
fn constant_list(sql: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if tokens.get(i)?.kind != TokenKind::LParen {
        return None;
    }
    let mut j = i + 1;
    // Comments do not count: `( /* c */ )` is as empty as `()` whether or
    // not the caller's tokens hold comments.
    let mut empty = true;
    loop {
        let t = tokens.get(j)?;
        if t.kind == TokenKind::RParen {
            return (!empty).then_some(j);
        }
        empty &= t.kind.is_comment();
        match t.kind {
            TokenKind::Comma
            | TokenKind::Param
            | TokenKind::LineComment
            | TokenKind::BlockComment => {}
            TokenKind::Operator if matches!(t.text(sql), "-" | "+") => {}
            TokenKind::Cast => {
                // A cast on a literal: `'x'::text`; the type name follows,
                // after any comments (the check path, which hashes while
                // lexing, never sees them: `IN (::--\n)` skips the `)`).
                j = skip_comments(tokens, j + 1);
            }
            TokenKind::Ident if matches!(t.kw, Kw::Null | Kw::True | Kw::False) => {}
            kind if kind.is_literal() => {}
            _ => return None,
        }
        j += 1;
    }
}

fn walk(sql: &str, tokens: &[Token], sink: &mut impl Sink) {
    walk_from(sql, tokens, 0, None, sink);
}

/// [`walk`] from token `i` on, `prev` being the last token that shaped the
/// text before it.
fn walk_from<'t>(
    sql: &str,
    tokens: &'t [Token],
    mut i: usize,
    mut prev: Option<&'t Token>,
    sink: &mut impl Sink,
) {
    while let Some(t) = tokens.get(i) {
        i += 1;
        match t.kind {
            TokenKind::LineComment | TokenKind::BlockComment => continue,
            kind if kind.is_literal() => sink.piece("?", false),
            TokenKind::Param => sink.piece("?", false),
            TokenKind::Operator
                if matches!(sql.as_bytes().get(t.start..t.end), Some(b"-" | b"+"))
                    && !prev.is_some_and(ends_value)
                    && next_significant(tokens, i).is_some_and(|n| n.kind == TokenKind::Number) =>
            {
                // A sign on a number: `id = -1` and `id = 1` share a shape.
                continue;
            }
            TokenKind::Ident if matches!(t.kw, Kw::In | Kw::Values) => {
                sink.token(sql, t, true);
                let mut collapsed = false;
                let mut j = skip_comments(tokens, i);
                while let Some(close) = constant_list(sql, tokens, j) {
                    if !collapsed {
                        sink.piece("(", false);
                        sink.piece("...", false);
                        sink.piece(")", false);
                        collapsed = true;
                    }
                    i = close + 1;
                    // VALUES rows: `(…), (…)` collapse to one.
                    j = skip_comments(tokens, i);
                    if t.kw == Kw::Values
                        && tokens.get(j).is_some_and(|c| c.kind == TokenKind::Comma)
                    {
                        j = skip_comments(tokens, j + 1);
                    } else {
                        break;
                    }
                }
                prev = tokens.get(i.saturating_sub(1));
                continue;
            }
            TokenKind::Ident => sink.token(sql, t, true),
            _ => sink.token(sql, t, false),
        }
        prev = Some(t);
    }
}

/// The fingerprint hashed while the lexer produces code tokens, so that the
/// check path needs no second pass over them; it gives exactly the value of
/// [`fingerprint_tokens`].
///
/// A `-` or `+` that may be a sign waits for the next token (the walk looks
/// ahead one token to drop signs of numbers). After `IN` or `VALUES` the
/// list that follows is hashed token by token like any other, while
/// [`List`] watches whether it is a constant list; when its closing paren
/// shows it is, the hasher goes back to its state before the list and takes
/// `( ... )` instead. (This replaced a second walk over every token after
/// the first `IN` or `VALUES`, 4.6 % of the instructions of a check.)
///
/// The list lives apart, behind a reference (see [`Streaming::new`]), so
/// that [`slow`], which takes its address, takes none of the lexer's
/// consumer that holds the hot state.
#[derive(Debug)]
pub(crate) struct Streaming<'a> {
    hot: Hot,
    /// The list after an `IN` or `VALUES` that may yet collapse.
    list: &'a mut Option<List>,
}

/// The part of [`Streaming`] every token touches, apart from the list that
/// only the slow path reads: the fast paths test one byte and hash. (It
/// still lives in the lexer's stack frame, as the whole consumer does: the
/// token vector's growth path takes the consumer's address. Holding the
/// vectors and the list behind references instead, to free it, cost more
/// registers than it saved loads; so did a push that grows the vector out
/// of line, by value, which freed the consumer but spilled the rest: 90 to
/// 190 instructions a statement more, measured three times.)
#[derive(Debug, Clone, Copy)]
struct Hot {
    hasher: StableHasher,
    /// In the bits of [`SIGN`], a `-` or `+` after no value, that byte (0
    /// for none): a sign if a number follows; [`OPENS_IN`] or
    /// [`OPENS_VALUES`] just after that keyword, whose list the next token
    /// opens; in the high bit, whether a list is watched (`list` is `Some`,
    /// or is about to be). One byte, so that the fast paths test all at
    /// once.
    pending: u8,
}

/// The bits of [`Hot::pending`] that hold a sign: those of `+` and `-`.
const SIGN: u8 = b'+' | b'-';
/// [`Hot::pending`]'s bit just after `IN`: the slow path opens the list
/// at the next token (the hasher is as the keyword left it), so that the
/// identifier path only sets bits (looked up by keyword, without a branch)
/// and never touches the list.
const OPENS_IN: u8 = 0x10;
/// [`OPENS_IN`] for `VALUES`.
const OPENS_VALUES: u8 = 0x40;
/// [`Hot::pending`]'s bit for a watched list.
const WATCHING: u8 = 0x80;

/// What each keyword adds to [`Hot::pending`]: for `IN` and `VALUES`, the
/// bits that open a list.
static OPENS: [u8; 256] = {
    let mut table = [0; 256];
    table[Kw::In as usize] = WATCHING | OPENS_IN;
    table[Kw::Values as usize] = WATCHING | OPENS_VALUES;
    table
};

/// Where a possible constant list after `IN` or `VALUES` stands, with the
/// hasher as it was before the list (what a collapse goes back to), whether
/// `( ... )` was already hashed for an earlier row, and whether the keyword
/// was `VALUES` (whose rows `(…), (…)` collapse to one); the states follow
/// [`constant_list`] token by token.
#[derive(Debug, Clone, Copy)]
pub(crate) enum List {
    /// Just after the keyword, or after the comma that follows a collapsed
    /// `VALUES` row: a `(` starts a candidate.
    Open {
        saved: StableHasher,
        collapsed: bool,
        values: bool,
    },
    /// Inside a candidate: `empty` until a token is seen, `skip` after a
    /// cast (the type name that follows is not looked at).
    Inside {
        saved: StableHasher,
        collapsed: bool,
        values: bool,
        empty: bool,
        skip: bool,
    },
    /// After a collapsed `VALUES` row: a comma may start another.
    Row { saved: StableHasher },
}

impl<'a> Streaming<'a> {
    /// A fingerprint that keeps its list state in `list` (set to `None`).
    pub(crate) fn new(list: &'a mut Option<List>) -> Self {
        *list = None;
        Streaming {
            hot: Hot {
                hasher: StableHasher::new(),
                pending: 0,
            },
            list,
        }
    }

    /// Feeds the identifier `t`, whose first words are `words`: its first
    /// (up to) 8 bytes, ASCII letters lowercased, as a little-endian word,
    /// then for an identifier of 8 to 15 bytes, its other bytes so (the
    /// lexer computed them finding its end).
    #[inline(always)]
    pub(crate) fn ident(&mut self, sql: &str, t: &Token, words: [u64; 2]) {
        if self.hot.quiet() {
            self.hot.hash_ident(sql, t, words);
        } else {
            self.hot = slow(self.hot, self.list, sql, *t, words[0], words[1]);
        }
    }

    /// [`Streaming::ident`] of an identifier of `len` bytes, under 8,
    /// whose first word is `word`: hashed without testing the length.
    #[inline(always)]
    pub(crate) fn ident_short(&mut self, sql: &str, t: &Token, word: u64, len: usize) {
        if self.hot.quiet() {
            self.hot.hasher.write_word(word, len);
            self.hot.ident_done(t.kw);
        } else {
            self.hot = slow(self.hot, self.list, sql, *t, word, 0);
        }
    }

    /// Feeds the one-byte token `t` (a paren, bracket, comma or
    /// semicolon), which is the byte `b`: hashed as that byte, exactly as
    /// its text would be.
    #[inline(always)]
    pub(crate) fn punct(&mut self, sql: &str, t: &Token, b: u8) {
        if self.hot.quiet() || self.passes(t.kind) {
            self.hot.hasher.write_word(u64::from(b), 1);
        } else {
            self.hot = slow(self.hot, self.list, sql, *t, u64::from(b), 0);
        }
    }

    /// Feeds code token `t` (comments are not fed), which is no identifier
    /// and starts with the byte `b`. For an operator, `prev_ends_value`
    /// says whether the code token before it ends a value (see
    /// [`ends_value`]), so that a `-` after it is binary.
    ///
    /// That is the only use of the token before, so the caller, which has
    /// it at hand, looks at it for the few operators, rather than this
    /// keeping a flag up to date on every token (a store on each, and its
    /// computation on most: 59 instructions a statement).
    #[inline(always)]
    pub(crate) fn feed(&mut self, sql: &str, t: &Token, b: u8, prev_ends_value: bool) {
        let words = [u64::from(b), u64::from(prev_ends_value)];
        if self.hot.quiet() || self.passes(t.kind) {
            self.hot.hash(sql, t, words);
        } else {
            self.hot = slow(self.hot, self.list, sql, *t, words[0], words[1]);
        }
    }

    /// Whether a token of `kind` leaves the watched list inside a candidate,
    /// no longer empty, and is hashed as usual: what the commas, literals
    /// and parameters of `IN (…)` and `VALUES (…)` do, taken here without
    /// the call to [`slow`] (which these tokens made two in three of).
    #[inline(always)]
    fn passes(&mut self, kind: TokenKind) -> bool {
        if self.hot.pending == WATCHING
            && has_kind(PASSES, kind)
            && let Some(List::Inside {
                empty, skip: false, ..
            }) = self.list
        {
            *empty = false;
            return true;
        }
        false
    }

    /// The fingerprint of the tokens fed.
    pub(crate) fn finish(mut self) -> u64 {
        let sign = self.hot.pending & SIGN;
        if sign != 0 {
            self.hot.hasher.write_word(u64::from(sign), 1);
        }
        self.hot.hasher.finish()
    }
}

/// [`Streaming::feed`] when a sign waits or a list is watched (a few tokens
/// in a statement): settles the sign, steps the list, then hashes `t`.
#[cold]
#[inline(never)]
// The words apart, not as an array: an array argument went through memory.
fn slow(
    mut hot: Hot,
    list: &mut Option<List>,
    sql: &str,
    t: Token,
    first: u64,
    second: u64,
) -> Hot {
    let opens = hot.pending & (OPENS_IN | OPENS_VALUES);
    if opens != 0 {
        hot.pending &= !opens;
        // Inside a candidate list the keyword was a cast's type name
        // (`('x'::in)`), which the walk skips while the list stays
        // constant. Only a `(` after it ends that list (no constant list
        // holds one), and then the walk reads the keyword as a keyword
        // whose list this `(` opens (`IN (1::in (2))`).
        if !matches!(list, Some(List::Inside { .. })) || t.kind == TokenKind::LParen {
            *list = Some(List::Open {
                saved: hot.hasher,
                collapsed: false,
                values: opens == OPENS_VALUES,
            });
        }
    }
    let sign = hot.pending & SIGN;
    if sign != 0 {
        hot.pending &= !SIGN;
        // A sign on a number is dropped, and what came before it stays the
        // last token that shaped the text.
        if t.kind != TokenKind::Number {
            hot.hasher.write_word(u64::from(sign), 1);
        }
    }
    if list.is_some() {
        let closed = hot.watch(list, sql, &t);
        hot.pending = (hot.pending & !WATCHING) | if list.is_some() { WATCHING } else { 0 };
        if closed {
            return hot;
        }
    }
    hot.hash(sql, &t, [first, second]);
    hot
}

impl Hot {
    /// Whether no sign waits and no list is watched: then the lexer's
    /// specialised entries hash their token directly.
    #[inline(always)]
    fn quiet(&self) -> bool {
        self.pending == 0
    }

    #[inline(always)]
    fn hash_ident(&mut self, sql: &str, t: &Token, words: [u64; 2]) {
        let len = t.end - t.start;
        if len < 8 {
            self.hasher.write_word(words[0], len);
        } else if len < 16 {
            // What `write_lower` gives: the first 8 bytes, then the rest
            // with its length (this took 87 instructions off each of these
            // identifiers, one in six).
            self.hasher.write_chunk(words[0]);
            self.hasher.write_word(words[1], len - 8);
        } else {
            self.hasher.token(sql, t, true);
        }
        self.ident_done(t.kw);
    }

    /// What an identifier that is the keyword `kw` leaves after hashing.
    #[inline(always)]
    fn ident_done(&mut self, kw: Kw) {
        self.pending |= OPENS[kw as usize];
    }

    /// Hashes `t` once no sign waits and the list watch let it through.
    /// `words` are an identifier's first words (see [`Streaming::ident`]);
    /// for any other token, its first byte and whether the token before
    /// ends a value (see [`Streaming::feed`]).
    #[inline(always)]
    fn hash(&mut self, sql: &str, t: &Token, words: [u64; 2]) {
        // Tests on bit masks of the kind, not a `match`: the match compiled
        // to a chain of compares and a jump table whose indirect jump
        // mispredicted on mixed token streams, once per token.
        let kind = t.kind;
        if has_kind(PLACEHOLDER, kind) {
            // `piece("?")`, precomputed.
            self.hasher.write_word(u64::from(b'?'), 1);
            return;
        }
        if kind == TokenKind::Ident {
            self.hash_ident(sql, t, words);
            return;
        }
        // One-byte tokens (`=`, `.`, `-`, …) hash from their byte, without
        // the bounds checks of a load from the text.
        let one = t.end.wrapping_sub(t.start) == 1;
        if kind == TokenKind::Operator
            && words[1] == 0
            && one
            && let Ok(sign @ (b'-' | b'+')) = u8::try_from(words[0])
        {
            self.pending |= sign;
            return;
        }
        if one {
            self.hasher.write_word(words[0], 1);
        } else {
            self.hasher.token(sql, t, false);
        }
    }

    /// Steps the watched `list` over `t`, in place (copying the state out
    /// and back, as this did, took a third of the slow path), and says
    /// whether `t` closed a constant list, which is then hashed as collapsed
    /// (and `t` must not be hashed again).
    fn watch(&mut self, list: &mut Option<List>, sql: &str, t: &Token) -> bool {
        let keep = match list {
            None => return false,
            Some(List::Open {
                saved,
                collapsed,
                values,
            }) => {
                if t.kind == TokenKind::LParen {
                    *list = Some(List::Inside {
                        saved: *saved,
                        collapsed: *collapsed,
                        values: *values,
                        empty: true,
                        skip: false,
                    });
                    return false;
                }
                false
            }
            Some(List::Row { saved }) => {
                if t.kind == TokenKind::Comma {
                    *list = Some(List::Open {
                        saved: *saved,
                        collapsed: true,
                        values: true,
                    });
                    return false;
                }
                false
            }
            Some(List::Inside {
                saved,
                collapsed,
                values,
                empty,
                skip,
            }) => {
                if *skip {
                    *skip = false;
                    *empty = false;
                    return false;
                }
                let keep = match t.kind {
                    TokenKind::RParen if *empty => false,
                    TokenKind::RParen => {
                        self.hasher = *saved;
                        if !*collapsed {
                            self.hasher.piece("(", false);
                            self.hasher.piece("...", false);
                            self.hasher.piece(")", false);
                        }
                        *list = values.then_some(List::Row { saved: self.hasher });
                        return true;
                    }
                    TokenKind::Comma | TokenKind::Param => true,
                    TokenKind::Operator
                        if matches!(sql.as_bytes().get(t.start..t.end), Some(b"-" | b"+")) =>
                    {
                        true
                    }
                    // A cast on a literal: `'x'::text`; the type name
                    // follows.
                    TokenKind::Cast => {
                        *skip = true;
                        true
                    }
                    TokenKind::Ident if matches!(t.kw, Kw::Null | Kw::True | Kw::False) => true,
                    kind => kind.is_literal(),
                };
                *empty &= !keep;
                keep
            }
        };
        if !keep {
            *list = None;
        }
        false
    }
}

fn skip_comments(tokens: &[Token], mut i: usize) -> usize {
    while tokens.get(i).is_some_and(|t| t.kind.is_comment()) {
        i += 1;
    }
    i
}

fn next_significant(tokens: &[Token], i: usize) -> Option<&Token> {
    tokens.get(skip_comments(tokens, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: &str) {
        assert_eq!(normalize(input), expected, "{input}");
    }

    #[test]
    fn literals_case_space_comments_fold() {
        check(
            "SELECT * FROM t WHERE id = 1",
            "select * from t where id = ?",
        );
        check(
            "select *\n from T where ID=42 -- x",
            "select * from t where id = ?",
        );
        check(
            "select 'a', E'b', $$c$$, $1, -5, x - 5",
            "select ? , ? , ? , ? , ? , x - ?",
        );
        check("SELECT \"Mixed\" FROM t", "select \"Mixed\" from t");
    }

    #[test]
    fn lists_collapse() {
        check("WHERE id IN (1,2,3)", "where id in ( ... )");
        check(
            "WHERE id IN () AND x IN (/* c */)",
            "where id in ( ) and x in ( )",
        );
        check("WHERE id IN ($1, $2)", "where id in ( ... )");
        check("WHERE id IN (SELECT 1)", "where id in ( select ? )");
        check(
            "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
            "insert into t values ( ... )",
        );
        check(
            "INSERT INTO t VALUES (1, now())",
            "insert into t values ( ? , now ( ) )",
        );
    }

    #[test]
    fn streaming_matches_the_walk() {
        let statements = [
            "",
            "-1",
            "SELECT - 1, x - 1, -x, - - 1, (-1), +",
            "a = -",
            "WHERE id IN (1, -2) AND b IN ($1) AND c = -3",
            "INSERT INTO t VALUES (1, 'a'), (-2, 'b'), (3, now()) RETURNING id",
            "x IN /* c */ (1) -- end",
            " IN (--\n)",
            "a IN (/* c */) AND b IN (/**/1)",
            "SELECT 'a' - 1, $$b$$ + 2, E'c' -- 5",
            "VALUES",
            "a IN",
            // Identifiers of 8 to 16 bytes hash from the lexer's words.
            "SELECT AbCdEfGh, abcdefghIJKLMNO, ABCDEFGHijklmnop, a_b$c9_D",
            "x = -1 AND ÉtÉ_ÀbcdÉ IN (1) OR Long_Name_Of_Seventeen",
            "WHERE id IN (1) AND LONGERNAME",
            "SELECT abcdefghijklmno",
            // Signs after every kind of token, collapsed lists included.
            "x IN (1) - 1, (a) -1, a[1] -1, 's' - 1, \"q\" -1, $1 -2, f() - -3",
            "VALUES (1), (2) -1; select -1 /* c */ - 1, + /* c */ 2, not -x, 1 - - - 2",
            // A cast's type name that is the keyword IN or VALUES opens no
            // list inside one.
            "VALUES ('a'::in) x, ('b'::values)",
            "x IN ('a'::in--\n) y, 1::in (2, 3)",
            "$1 IN (:: IN (, ) x IN (1::in (2)), ('a'::values /* c */ (1), (2))",
        ];
        for sql in statements {
            let mut lexed = crate::lexer::Lexed::default();
            crate::lexer::lex(sql, &mut lexed);
            assert_eq!(lexed.fingerprint, Fingerprint::of(sql).0, "{sql}");
        }
    }

    #[test]
    fn fingerprints_match_normalized_shape() {
        assert_eq!(
            Fingerprint::of("WHERE id = 1"),
            Fingerprint::of("where ID=42")
        );
        assert_eq!(Fingerprint::of("IN (1)"), Fingerprint::of("in (1, 2, 3)"));
        assert_ne!(
            Fingerprint::of("WHERE id = 1"),
            Fingerprint::of("WHERE id = 1 OR 1=1")
        );
        assert_eq!(
            "00000000000000ff".parse::<Fingerprint>(),
            Ok(Fingerprint(255))
        );
        assert!("xyz".parse::<Fingerprint>().is_err());
    }
}
