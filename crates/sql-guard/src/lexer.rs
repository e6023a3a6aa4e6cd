//! A PostgreSQL-aware lexer: strings in all their forms, dollar quoting,
//! quoted identifiers, nested comments, numbers, parameters, casts and
//! operators, in one linear pass that never panics.

use crate::fingerprint::{List, Streaming, ends_value};
use crate::keywords::{self, Kw};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A bare word: a keyword or an identifier (see [`Token::kw`]).
    Ident,
    /// `"quoted identifier"`, with `""` escapes; also `U&"…"`.
    QuotedIdent,
    /// `'…'` with `''` escapes; also `N'…'`, `U&'…'`.
    String,
    /// `E'…'` with backslash escapes.
    EString,
    /// `B'…'` or `X'…'`.
    BitString,
    /// `$$…$$` or `$tag$…$tag$`.
    DollarString,
    /// A numeric literal.
    Number,
    /// `$1`, a positional parameter.
    Param,
    /// `::`.
    Cast,
    /// An operator: `=`, `<>`, `||`, `+`, `#`, …
    Operator,
    /// `(`.
    LParen,
    /// `)`.
    RParen,
    /// `[`.
    LBracket,
    /// `]`.
    RBracket,
    /// `,`.
    Comma,
    /// `;`.
    Semicolon,
    /// `.`.
    Dot,
    /// `:`.
    Colon,
    /// `-- …` up to the end of the line.
    LineComment,
    /// `/* … */`, nesting.
    BlockComment,
    /// A byte PostgreSQL would reject outside a literal (`\`, `{`, a control
    /// character, …).
    Other,
}

impl TokenKind {
    /// Whether this is a literal value: a string of any form or a number.
    pub fn is_literal(self) -> bool {
        matches!(
            self,
            TokenKind::String
                | TokenKind::EString
                | TokenKind::BitString
                | TokenKind::DollarString
                | TokenKind::Number
        )
    }

    /// Whether this is a string literal of any form.
    pub fn is_string(self) -> bool {
        matches!(
            self,
            TokenKind::String | TokenKind::EString | TokenKind::BitString | TokenKind::DollarString
        )
    }

    /// Whether this is a comment.
    pub fn is_comment(self) -> bool {
        matches!(self, TokenKind::LineComment | TokenKind::BlockComment)
    }
}

/// The bit of each kind in `kinds`, for one-instruction membership tests
/// ([`has_kind`]): a `matches!` on the kind may compile to a jump table.
pub(crate) const fn kind_mask(kinds: &[TokenKind]) -> u32 {
    let mut mask = 0;
    let mut k = 0;
    while k < kinds.len() {
        mask |= 1 << kinds[k] as u32;
        k += 1;
    }
    mask
}

/// Whether `kind` is one of the kinds of `mask` (see [`kind_mask`]).
#[inline]
pub(crate) fn has_kind(mask: u32, kind: TokenKind) -> bool {
    mask >> (kind as u32) & 1 != 0
}

/// One token: its kind, its byte span and what came before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// The keyword, for [`TokenKind::Ident`] tokens that are one.
    pub kw: Kw,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    flags: u8,
    /// For a paren lexed by [`lex`]: the index of its partner among the
    /// code tokens, or [`NO_PARTNER`]. Stored here rather than in a vector
    /// beside the tokens: it fits the token's padding, and one push per
    /// token is cheaper than two.
    partner: u32,
}

/// [`Token::partner`] of a token without one.
const NO_PARTNER: u32 = u32::MAX;

const SPACE_BEFORE: u8 = 1;
const NEWLINE_BEFORE: u8 = 2;
const UNTERMINATED: u8 = 4;
const ODD_SPACE_BEFORE: u8 = 8;

impl Token {
    /// Whether whitespace separates this token from the one before.
    pub fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }

    /// Whether a line break separates this token from the one before.
    pub fn newline_before(&self) -> bool {
        self.flags & NEWLINE_BEFORE != 0
    }

    /// Whether the whitespace before this token holds unusual characters
    /// (vertical tab, form feed).
    pub fn odd_space_before(&self) -> bool {
        self.flags & ODD_SPACE_BEFORE != 0
    }

    /// Whether a string, quoted identifier or comment runs off the end of
    /// the input.
    pub fn unterminated(&self) -> bool {
        self.flags & UNTERMINATED != 0
    }

    /// The index of the matching paren among the code tokens, for parens
    /// lexed by [`lex`].
    #[inline]
    pub(crate) fn partner(&self) -> Option<usize> {
        if self.partner == NO_PARTNER {
            None
        } else {
            usize::try_from(self.partner).ok()
        }
    }

    /// The token's text.
    pub fn text<'a>(&self, sql: &'a str) -> &'a str {
        sql.get(self.start..self.end).unwrap_or("")
    }
}

/// Lexes a whole statement into `out` (cleared first), comments included,
/// whitespace dropped (it is recorded in each token's flags).
///
/// Runs in time linear in the input's length on any input.
pub fn tokenize_into(sql: &str, out: &mut Vec<Token>) {
    out.clear();
    run(sql, &mut Collect(out));
}

/// Lexes a whole statement; see [`tokenize_into`].
///
/// # Examples
///
/// ```
/// use omnibase_sql_guard::{tokenize, TokenKind};
///
/// let kinds: Vec<TokenKind> =
///     tokenize("SELECT 'it''s' -- note").iter().map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Ident, TokenKind::String, TokenKind::LineComment]);
/// ```
pub fn tokenize(sql: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(sql, &mut out);
    out
}

/// A statement lexed for the rules: code tokens, each paren knowing its
/// partner, and comments apart (each with the number of code tokens before
/// it).
#[derive(Debug, Default)]
pub(crate) struct Lexed {
    pub(crate) sig: Vec<Token>,
    pub(crate) comments: Vec<(usize, Token)>,
    /// The statement's fingerprint, hashed while lexing.
    pub(crate) fingerprint: u64,
    /// Whether a code token is a quoted identifier, which the rules look
    /// inside; most statements have none, and skip that pass.
    pub(crate) quoted: bool,
}

/// Lexes `sql` into `out`, reusing its buffers.
pub(crate) fn lex(sql: &str, out: &mut Lexed) {
    // The token vector moves into the consumer for the statement (behind
    // `&mut out` every push stored and reloaded its length); the rarely
    // used comments stay behind a reference (moving them too cost 40
    // instructions a statement).
    out.comments.clear();
    let mut list: Option<List> = None;
    let mut sink = Split {
        sig: std::mem::take(&mut out.sig),
        comments: &mut out.comments,
        open: NO_PARTNER,
        unlinked: 0,
        quoted: false,
        qualified_at: usize::MAX,
        fingerprint: Streaming::new(&mut list),
    };
    sink.sig.clear();
    run(sql, &mut sink);
    let fingerprint = sink.fingerprint.finish();
    let quoted = sink.quoted;
    // The open parens never closed still hold their links.
    let mut open = sink.open;
    while open != NO_PARTNER
        && let Some(opener) = sink.sig.get_mut(open as usize)
    {
        open = std::mem::replace(&mut opener.partner, NO_PARTNER);
    }
    out.sig = sink.sig;
    out.fingerprint = fingerprint;
    out.quoted = quoted;
}

/// Where [`run`] hands the tokens: specialised entries for the commonest
/// kinds, so that the fingerprint hashes them without testing their kind
/// again.
trait Consume {
    /// An identifier of 8 bytes or more; `words` are its first 8 bytes,
    /// ASCII letters lowercased, as a little-endian word, and what
    /// [`ident_rest`] gives.
    fn ident(&mut self, sql: &str, token: Token, words: [u64; 2]);
    /// An identifier of `len` bytes, under 8, whose first word is `word`:
    /// its bytes, ASCII letters lowercased, as a little-endian word.
    fn ident_short(&mut self, sql: &str, token: Token, word: u64, len: usize);
    /// `(`, `)`, `[`, `]`, `,` or `;`, which is the byte `b`.
    fn punct(&mut self, sql: &str, token: Token, b: u8);
    /// Any other token, whose first byte is `b`.
    fn other(&mut self, sql: &str, token: Token, b: u8);
}

/// [`tokenize_into`]'s consumer: every token into one list.
struct Collect<'a>(&'a mut Vec<Token>);

impl Consume for Collect<'_> {
    #[inline(always)]
    fn ident(&mut self, _: &str, token: Token, _: [u64; 2]) {
        self.0.push(token);
    }

    #[inline(always)]
    fn ident_short(&mut self, _: &str, token: Token, _: u64, _: usize) {
        self.0.push(token);
    }

    #[inline(always)]
    fn punct(&mut self, _: &str, token: Token, _: u8) {
        self.0.push(token);
    }

    #[inline(always)]
    fn other(&mut self, _: &str, token: Token, _: u8) {
        self.0.push(token);
    }
}

/// [`lex`]'s consumer: code tokens with paren partners, comments apart,
/// and the fingerprint.
struct Split<'a> {
    sig: Vec<Token>,
    comments: &'a mut Vec<(usize, Token)>,
    /// The index of the innermost open paren not closed yet, or
    /// [`NO_PARTNER`]. Until it closes, its `partner` holds the index of
    /// the next one out: the open parens form a stack through the tokens
    /// themselves (a vector of them cost 9 instructions a push and 16 a
    /// pop, behind a reference that took a register: 11 instructions a
    /// statement in all).
    open: u32,
    /// Open parens at index `u32::MAX` or later (past 2^32 tokens), which
    /// stay unmatched: they can only be innermost.
    unlinked: usize,
    quoted: bool,
    /// The length `sig` has right after a `pg_catalog.` qualifier
    /// (`usize::MAX` for none): a word pushed at that length drops it.
    qualified_at: usize,
    fingerprint: Streaming<'a>,
}

impl Consume for Split<'_> {
    #[inline(always)]
    fn ident(&mut self, sql: &str, token: Token, words: [u64; 2]) {
        self.push_word(token);
        self.fingerprint.ident(sql, &token, words);
    }

    #[inline(always)]
    fn ident_short(&mut self, sql: &str, token: Token, word: u64, len: usize) {
        self.push_word(token);
        self.fingerprint.ident_short(sql, &token, word, len);
    }

    #[inline(always)]
    fn punct(&mut self, sql: &str, mut token: Token, b: u8) {
        let index = self.sig.len();
        if token.kind == TokenKind::LParen {
            self.push_open(&mut token, index);
        } else if token.kind == TokenKind::RParen {
            self.close(&mut token, index);
        }
        self.sig.push(token);
        self.fingerprint.punct(sql, &token, b);
    }

    #[inline(always)]
    fn other(&mut self, sql: &str, token: Token, b: u8) {
        let index = self.sig.len();
        match token.kind {
            TokenKind::LineComment | TokenKind::BlockComment => {
                self.comments.push((index, token));
                return;
            }
            TokenKind::QuotedIdent => {
                self.quoted = true;
                // The fingerprint hashes the name as written.
                let name = unquote(sql, token);
                if name.kind == TokenKind::Ident {
                    self.push_word(name);
                } else {
                    self.sig.push(name);
                }
                self.fingerprint.feed(sql, &token, b, false);
                return;
            }
            // `pg_catalog.` before a name: remembered (see `push_word`).
            TokenKind::Dot
                if self
                    .sig
                    .last()
                    .is_some_and(|t| t.kind == TokenKind::Ident && t.kw == Kw::PgCatalog) =>
            {
                self.qualified_at = index + 1;
            }
            _ => {}
        }
        let prev_ends_value =
            token.kind == TokenKind::Operator && self.sig.last().is_some_and(ends_value);
        self.sig.push(token);
        self.fingerprint.feed(sql, &token, b, prev_ends_value);
    }
}

impl Split<'_> {
    /// Pushes a word; after `pg_catalog.` the rules see the bare word
    /// (`pg_catalog.pg_sleep(5)` is `pg_sleep(5)`: the catalog schema is
    /// searched first anyway), so that the words before the qualifier are
    /// the word's neighbours. The fingerprint still hashes every token.
    #[inline(always)]
    fn push_word(&mut self, token: Token) {
        // Not across a comment, which counts the tokens before it.
        if self.qualified_at == self.sig.len()
            && self
                .comments
                .last()
                .is_none_or(|&(at, _)| at + 2 < self.qualified_at)
        {
            self.sig.truncate(self.sig.len() - 2);
            self.qualified_at = usize::MAX;
        }
        self.sig.push(token);
    }

    /// Makes the `(` at `index` the innermost open paren.
    #[inline(always)]
    fn push_open(&mut self, token: &mut Token, index: usize) {
        match u32::try_from(index) {
            Ok(index32) if index32 != NO_PARTNER => {
                token.partner = self.open;
                self.open = index32;
            }
            _ => self.unlinked += 1,
        }
    }

    /// Pairs the `)` at `index` with the innermost open paren.
    #[inline(always)]
    fn close(&mut self, token: &mut Token, index: usize) {
        // Past 2^32 tokens parens simply go unmatched.
        if self.unlinked > 0 {
            self.unlinked -= 1;
            return;
        }
        if self.open == NO_PARTNER {
            return;
        }
        let open = self.open;
        if let Some(opener) = self.sig.get_mut(open as usize) {
            self.open = opener.partner;
            match u32::try_from(index) {
                Ok(index32) => {
                    opener.partner = index32;
                    token.partner = open;
                }
                Err(_) => opener.partner = NO_PARTNER,
            }
        }
    }
}

/// A quoted identifier of lowercase letters, digits and underscores as the
/// bare word it equals to PostgreSQL, its span the name inside the quotes:
/// `"pg_sleep"(5)` calls what `pg_sleep(5)` does, `"orders"."id"` names
/// what `orders.id` does. A keyword that quoting turns into a plain name
/// (`"select"`, `"user"`; see [`Kw::quoted_means_same`]) stays quoted, as
/// does any other quoted identifier.
#[cold]
#[inline(never)]
fn unquote(sql: &str, token: Token) -> Token {
    let bytes = sql.as_bytes();
    let inner = bytes
        .get(token.start + 1..token.end.saturating_sub(1))
        .unwrap_or_default();
    let plain = bytes.get(token.start) == Some(&b'"')
        && !token.unterminated()
        && !inner.is_empty()
        && inner
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_');
    if !plain {
        return token;
    }
    let start = token.start + 1;
    let end = token.end - 1;
    let first = load8(bytes, start) & low_bytes(end - start);
    let kw = keywords::table().lookup(bytes, start, end, first);
    if kw == Kw::None || kw.quoted_means_same() {
        Token {
            kind: TokenKind::Ident,
            kw,
            start,
            end,
            ..token
        }
    } else {
        token
    }
}

/// A mask of the low `n` bytes of a word (all of them for 8 or more).
fn low_bytes(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// What a byte starting a token says: [`IDENT`] (with [`PREFIX`]),
/// [`PUNCT`], whitespace (the flags it sets on the next token, within
/// [`SPACE_MASK`]) or 0 for anything else. One table for the three tests
/// of every token (this, the whitespace loop out of line and the
/// fingerprint's one pending byte together took `lex` from 4,918 to 4,462
/// instructions a statement).
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut c: u8 = 0;
    loop {
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            table[c as usize] = IDENT;
        }
        if matches!(c | 0x20, b'e' | b'b' | b'x' | b'n' | b'u') {
            table[c as usize] = IDENT | PREFIX;
        }
        if c == u8::MAX {
            break;
        }
        c += 1;
    }
    table[b' ' as usize] = SPACE_BEFORE;
    table[b'\t' as usize] = SPACE_BEFORE;
    table[b'\r' as usize] = SPACE_BEFORE;
    table[b'\n' as usize] = SPACE_BEFORE | NEWLINE_BEFORE;
    table[0x0b] = SPACE_BEFORE | ODD_SPACE_BEFORE;
    table[0x0c] = SPACE_BEFORE | ODD_SPACE_BEFORE;
    let mut i = 0;
    while i < 256 {
        if !matches!(PUNCT_KIND[i], TokenKind::Other) {
            table[i] = PUNCT;
        }
        i += 1;
    }
    table
};

/// [`CLASS`] of a byte that starts an identifier.
const IDENT: u8 = 0x10;
/// [`CLASS`] bit of a letter that may prefix a literal: `E'…'`, `B'…'`,
/// `X'…'`, `N'…'`, `U&'…'`.
const PREFIX: u8 = 0x40;
/// [`CLASS`] of a byte of [`PUNCT_KIND`].
const PUNCT: u8 = 0x20;
/// The bits of [`CLASS`] that whitespace sets.
const SPACE_MASK: u8 = SPACE_BEFORE | NEWLINE_BEFORE | ODD_SPACE_BEFORE;

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// Skips the whitespace at `pos`: the position of the next byte, with
/// `flags` and the flags the whitespace sets; `None` at the end. Out of
/// line: inlined, its loop made the compiler keep positions derived from
/// `pos` up to date on every token. The flags go in and out by value, so
/// that they need not live in memory (behind a reference they were stored
/// on every token).
#[cold]
#[inline(never)]
fn skip_space(bytes: &[u8], mut pos: usize, mut flags: u8) -> Option<(usize, u8)> {
    loop {
        let &b = bytes.get(pos)?;
        let space = CLASS[usize::from(b)] & SPACE_MASK;
        if space == 0 {
            return Some((pos, flags));
        }
        flags |= space;
        pos += 1;
    }
}

/// The kind of the bytes that are a whole token by themselves, whatever
/// follows: `(`, `)`, `[`, `]`, `,`, `;`.
static PUNCT_KIND: [TokenKind; 256] = {
    let mut table = [TokenKind::Other; 256];
    table[b'(' as usize] = TokenKind::LParen;
    table[b')' as usize] = TokenKind::RParen;
    table[b'[' as usize] = TokenKind::LBracket;
    table[b']' as usize] = TokenKind::RBracket;
    table[b',' as usize] = TokenKind::Comma;
    table[b';' as usize] = TokenKind::Semicolon;
    table
};

/// Bytes that continue an identifier, as a table: the reference the SWAR
/// scan is tested against.
#[cfg(test)]
static IDENT_CONT: [bool; 256] = {
    let mut table = [false; 256];
    let mut c: u8 = 0;
    loop {
        table[c as usize] = c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80;
        if c == u8::MAX {
            break table;
        }
        c += 1;
    }
};

#[cfg(test)]
fn is_ident_cont(b: u8) -> bool {
    IDENT_CONT[usize::from(b)]
}

/// The 8 bytes at `bytes[at..]` as a little-endian word, zeros past the
/// end (a zero byte continues no token).
#[inline(always)]
fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => load_short(bytes, at),
    }
}

/// [`load8`] within 8 bytes of the end: the last 8 bytes of the input,
/// shifted (a byte loop here cost 56 instructions a call, on one
/// statement in two). Out of line: most tokens are further from the end.
#[cold]
#[inline(never)]
fn load_short(bytes: &[u8], at: usize) -> u64 {
    let n = bytes.len().saturating_sub(at);
    match bytes.last_chunk::<8>() {
        Some(last) if (1..8).contains(&n) => u64::from_le_bytes(*last) >> (8 * (8 - n)),
        _ => bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take(8)
            .rev()
            .fold(0, |word, &b| (word << 8) | u64::from(b)),
    }
}

/// An identifier of 8 bytes or more past its first 8 bytes, at `from`: its
/// end, and the bytes up to it, ASCII letters lowercased, as a
/// little-endian word if there are fewer than 8, else 0 (the fingerprint
/// hashes identifiers of 8 to 15 bytes from this and the first word). Out
/// of line: one identifier in six is this long.
#[inline(never)]
fn ident_rest(bytes: &[u8], from: usize) -> (usize, u64) {
    let raw = load8(bytes, from);
    let (stop, letters) = classify(raw);
    if stop != 0 {
        let len = stop.trailing_zeros() / 8;
        let lower = (raw | (letters >> 2)) & ((1u64 << (8 * len)) - 1);
        return (from + len as usize, lower);
    }
    (ident_end(bytes, from + 8), 0)
}

/// The end of the identifier bytes starting at `from`, eight at a time.
/// Out of line, apart from [`ident_rest`]: identifiers of 16 bytes or more
/// are rare, and its loop made `ident_rest` save six registers.
#[cold]
#[inline(never)]
fn ident_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        let stop = classify(load8(bytes, i)).0;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
}

/// For 8 packed bytes: the high bit of each byte that does not continue an
/// identifier (the SWAR form of [`is_ident_cont`]), and the high bit of
/// each ASCII letter (`word | letters >> 2` is what
/// [`crate::hash::ascii_lower_word`] gives).
#[inline(always)]
fn classify(word: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // For bytes below 0x80: the high bit is set where `lo <= x <= hi`;
    // no sum carries into the next byte.
    let in_range = |x: u64, lo: u8, hi: u8| {
        (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGH
    };
    let low7 = word & !HIGH;
    let letter = in_range(low7 | (ONES * 0x20), b'a', b'z');
    let digit = in_range(low7, b'0', b'9');
    // Equality, cheaper than a range of one: the xor zeroes the bytes
    // equal to `c`, and adding 0x7f sets the high bit of every other one
    // (without a carry: both are below 0x80). Saved 4 of the 40
    // instructions of a pass, and 3 constants the loop kept reloading.
    let differ = |c: u8| (low7 ^ (ONES * u64::from(c))) + ONES * 0x7f;
    let stop = !(letter | digit | word) & differ(b'_') & differ(b'$') & HIGH;
    // Setting bit 5 of every ASCII letter lowercases the capitals and
    // leaves the rest as they are: no need to find the capitals.
    (stop, letter & !word)
}

/// Whether `b` is an operator character: a load from a table (the
/// `matches!` of [`op_char_of`] compiled to jump tables, one indirect
/// jump per operator lexed).
#[inline(always)]
fn is_op_char(b: u8) -> bool {
    static TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b: u8 = 0;
        loop {
            table[b as usize] = op_char_of(b);
            if b == u8::MAX {
                break table;
            }
            b += 1;
        }
    };
    TABLE[usize::from(b)]
}

/// [`is_op_char`], computed.
const fn op_char_of(b: u8) -> bool {
    matches!(
        b,
        b'+' | b'-'
            | b'*'
            | b'/'
            | b'<'
            | b'>'
            | b'='
            | b'~'
            | b'!'
            | b'@'
            | b'#'
            | b'%'
            | b'^'
            | b'&'
            | b'|'
            | b'`'
            | b'?'
    )
}

/// The byte at `i`, or 0 past the end.
#[inline(always)]
fn at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// Lexes `sql`, handing each token to `out`.
#[inline(always)]
fn run(sql: &str, out: &mut impl Consume) {
    let bytes = sql.as_bytes();
    let keywords = keywords::table();
    let mut pos = 0;
    // The end of an operator run whose trailing signs were trimmed off (see
    // [`operator`]): each sign up to it is an operator of one byte.
    let mut signs_until = 0;
    loop {
        // One plain space is what separates most tokens: skip it without
        // a branch, which mispredicts on every token that follows a
        // parenthesis or precedes a comma.
        let Some(&first) = bytes.get(pos) else {
            return;
        };
        let space = first == b' ';
        pos += usize::from(space);
        let mut flags = u8::from(space) * SPACE_BEFORE;
        let Some(&(mut b)) = bytes.get(pos) else {
            return;
        };
        // A table, not a `match`: the match compiled to a jump table whose
        // indirect jump on the first byte of every token mispredicted.
        let mut class = CLASS[usize::from(b)];
        if class & SPACE_MASK != 0 {
            // More whitespace: one token in a hundred.
            let Some((next, more)) = skip_space(bytes, pos, flags) else {
                return;
            };
            pos = next;
            flags = more;
            b = bytes[pos];
            class = CLASS[usize::from(b)];
        }
        let start = pos;
        let token = |kind, kw, end, flags| Token {
            kind,
            kw,
            start,
            end,
            flags,
            partner: NO_PARTNER,
        };
        // Identifiers first, on one table test: they are the commonest
        // tokens.
        if class & IDENT != 0 {
            // One 8-byte load and one SWAR pass both find the end of an
            // identifier under 8 bytes and give its first word, so that the
            // keyword lookup and the fingerprint need no second load and no
            // second pass to lowercase; the loop's exit branch is
            // predictable (a byte-at-a-time loop mispredicted at the end of
            // every identifier).
            let raw = load8(bytes, start);
            let (stop, letters) = classify(raw);
            let lower = raw | (letters >> 2);
            if stop != 0 {
                // Five identifiers in six: under 8 bytes (the first byte
                // continues one, so 1 <= len <= 7). A path of their own, so
                // that the lookup and the fingerprint test no length (this
                // took `lex` from 3,853 to 3,666 instructions a statement).
                let len = (stop.trailing_zeros() / 8) as usize;
                let end = start + len;
                let word = lower & (u64::MAX >> (64 - 8 * len));
                // A prefixed literal (`E'…'`, `U&'…'`, …) starts with a
                // one-letter identifier of a prefix letter, which is rare:
                // lexed out of line, and only tested for after the scan, so
                // that the identifier path takes one more test.
                if class & PREFIX != 0
                    && len == 1
                    && matches!(at(bytes, end), b'\'' | b'&')
                    && let Some((kind, end, unterminated)) = prefixed(bytes, start, b)
                {
                    out.other(sql, token(kind, Kw::None, end, flags | unterminated), b);
                    pos = end;
                    continue;
                }
                let kw = keywords.lookup_short(word, len);
                out.ident_short(sql, token(TokenKind::Ident, kw, end, flags), word, len);
                pos = end;
                continue;
            }
            let (end, second) = ident_rest(bytes, start + 8);
            let kw = keywords.lookup(bytes, start, end, lower);
            out.ident(
                sql,
                token(TokenKind::Ident, kw, end, flags),
                [lower, second],
            );
            pos = end;
            continue;
        }
        if class == PUNCT {
            // No `Option`: [`CLASS`] said the byte is one of these.
            let kind = PUNCT_KIND[usize::from(b)];
            pos = start + 1;
            out.punct(sql, token(kind, Kw::None, pos, flags), b);
            continue;
        }
        let (kind, end) = other(bytes, start, b, &mut flags, &mut signs_until);
        out.other(sql, token(kind, Kw::None, end, flags), b);
        pos = end;
    }
}

/// Lexes the token at `start`, which begins with `b` (neither an
/// identifier nor a byte of [`PUNCT`]): its kind and end.
#[inline(always)]
fn other(
    bytes: &[u8],
    start: usize,
    b: u8,
    flags: &mut u8,
    signs_until: &mut usize,
) -> (TokenKind, usize) {
    let next = at(bytes, start + 1);
    let unterminated = |(end, closed): (usize, bool), flags: &mut u8| {
        if !closed {
            *flags |= UNTERMINATED;
        }
        end
    };
    match b {
        b'-' if next == b'-' => (
            TokenKind::LineComment,
            memchr(b'\n', bytes, start).unwrap_or(bytes.len()),
        ),
        b'/' if next == b'*' => (
            TokenKind::BlockComment,
            unterminated(block_comment(bytes, start), flags),
        ),
        b'\'' => (
            TokenKind::String,
            unterminated(quoted(bytes, start + 1, b'\'', false), flags),
        ),
        b'"' => (
            TokenKind::QuotedIdent,
            unterminated(quoted(bytes, start + 1, b'"', false), flags),
        ),
        b'$' if next.is_ascii_digit() => {
            let mut i = start + 2;
            while at(bytes, i).is_ascii_digit() {
                i += 1;
            }
            (TokenKind::Param, i)
        }
        b'$' => match dollar_tag(bytes, start) {
            Some(tag_end) => (
                TokenKind::DollarString,
                unterminated(dollar_body(bytes, start, tag_end), flags),
            ),
            None => (TokenKind::Other, start + 1),
        },
        b'0'..=b'9' => {
            // Most numbers are plain digits: `number` only when what
            // follows them may continue the number (`.`, `e`, `_`, a radix).
            let mut i = start + 1;
            while at(bytes, i).is_ascii_digit() {
                i += 1;
            }
            if matches!(
                at(bytes, i) | 0x20,
                b'.' | b'e' | b'\x7f' | b'x' | b'o' | b'b'
            ) {
                i = number(bytes, start);
            }
            (TokenKind::Number, i)
        }
        b'.' if next.is_ascii_digit() => (TokenKind::Number, number(bytes, start)),
        b'.' => (TokenKind::Dot, start + 1),
        b':' if next == b':' => (TokenKind::Cast, start + 2),
        b':' => (TokenKind::Colon, start + 1),
        // A lone operator character (`=` then a space) is a whole operator;
        // so are two (`<>`, `<=`, `||`) when the second is no sign that
        // the trimming rule could drop (a comment start was taken above,
        // and a third operator character would extend the run).
        _ if is_op_char(b) && !is_op_char(next) => (TokenKind::Operator, start + 1),
        _ if is_op_char(b) && !matches!(next, b'+' | b'-') && !is_op_char(at(bytes, start + 2)) => {
            (TokenKind::Operator, start + 2)
        }
        _ if is_op_char(b) => (TokenKind::Operator, operator(bytes, start, signs_until)),
        // Non-ASCII lead bytes were taken as identifier starts, so this is
        // an ASCII byte and spans stay on char boundaries.
        _ => (TokenKind::Other, start + 1),
    }
}

/// At a letter `b` followed by a quote or `&`: lexes `E'…'`, `B'…'`,
/// `X'…'`, `N'…'`, `U&'…'` or `U&"…"`, or returns `None` for an
/// identifier that only looks like a prefix. The third value is
/// [`UNTERMINATED`] or 0 (flags by value, as in [`skip_space`]).
#[cold]
#[inline(never)]
fn prefixed(bytes: &[u8], start: usize, b: u8) -> Option<(TokenKind, usize, u8)> {
    let next = at(bytes, start + 1);
    let (skip, quote, backslash, kind) = match (b | 0x20, next) {
        (b'e', b'\'') => (2, b'\'', true, TokenKind::EString),
        (b'b' | b'x', b'\'') => (2, b'\'', false, TokenKind::BitString),
        (b'n', b'\'') => (2, b'\'', false, TokenKind::String),
        (b'u', b'&') if at(bytes, start + 2) == b'\'' => (3, b'\'', false, TokenKind::String),
        (b'u', b'&') if at(bytes, start + 2) == b'"' => (3, b'"', false, TokenKind::QuotedIdent),
        _ => return None,
    };
    let (end, closed) = quoted(bytes, start + skip, quote, backslash);
    Some((kind, end, if closed { 0 } else { UNTERMINATED }))
}

/// Consumes the body of a quoted token from `i` up to and including its
/// closing quote, doubled quotes standing for one; returns the end and
/// false when the input ends first.
#[inline(always)]
fn quoted(bytes: &[u8], i: usize, quote: u8, backslash: bool) -> (usize, bool) {
    if backslash {
        return escaped(bytes, i);
    }
    let Some(at_quote) = memchr(quote, bytes, i) else {
        return (bytes.len(), false);
    };
    if bytes.get(at_quote + 1) == Some(&quote) {
        return doubled(bytes, at_quote + 2, quote);
    }
    (at_quote + 1, true)
}

/// [`quoted`] past a doubled quote. Out of line and cold: inlined into
/// the lexer's loop, a long run of quotes reloaded spilled registers on
/// every quote (1.6 times the time of the old byte loop).
#[cold]
#[inline(never)]
fn doubled(bytes: &[u8], mut i: usize, quote: u8) -> (usize, bool) {
    loop {
        // The byte at hand first: in a run of quotes the search's setup
        // was the cost per byte.
        let Some(&b) = bytes.get(i) else {
            return (i, false);
        };
        if b != quote {
            let Some(at_quote) = memchr(quote, bytes, i + 1) else {
                return (bytes.len(), false);
            };
            i = at_quote;
        }
        // At a quote: doubled, it stands for one; else it closes.
        if bytes.get(i + 1) != Some(&quote) {
            return (i + 1, true);
        }
        i += 2;
    }
}

/// [`quoted`] for `E'…'`, where a backslash escapes the next byte.
#[cold]
#[inline(never)]
fn escaped(bytes: &[u8], mut i: usize) -> (usize, bool) {
    loop {
        let Some(&b) = bytes.get(i) else {
            return (i, false);
        };
        i += 1;
        if b == b'\'' {
            if bytes.get(i) == Some(&b'\'') {
                i += 1;
            } else {
                return (i, true);
            }
        } else if b == b'\\' && i < bytes.len() {
            i += 1;
        }
    }
}

/// Consumes a possibly nested block comment at `start`; false when
/// unterminated.
#[cold]
fn block_comment(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut i = start + 2;
    let mut depth = 1usize;
    while let Some(&b) = bytes.get(i) {
        match (b, at(bytes, i + 1)) {
            (b'*', b'/') => {
                i += 2;
                depth -= 1;
                if depth == 0 {
                    return (i, true);
                }
            }
            (b'/', b'*') => {
                i += 2;
                depth += 1;
            }
            _ => i += 1,
        }
    }
    (i, false)
}

/// At a `$`: the end of a `$tag$` opener, if one starts here.
#[cold]
fn dollar_tag(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if let Some(&b) = bytes.get(i)
        && b != b'$'
        && !is_ident_start(b)
    {
        return None;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'$' {
            return Some(i + 1);
        }
        if !(b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80) {
            return None;
        }
        i += 1;
    }
    None
}

/// Consumes a dollar-quoted body whose opener spans `start..tag_end`.
///
/// Each candidate `$` is compared with the tag only up to the first
/// mismatch, and the tag holds no `$`, so a byte is compared at most
/// twice: linear time even for long tags.
#[cold]
fn dollar_body(bytes: &[u8], start: usize, tag_end: usize) -> (usize, bool) {
    let tag = &bytes[start..tag_end];
    let mut i = tag_end;
    // A byte loop, not the SWAR `memchr`: dollar strings are rare, and
    // close `$`s (`$ab$$ab$…`) made the search's setup its cost.
    let find = |i: usize| {
        bytes
            .get(i..)?
            .iter()
            .position(|&b| b == b'$')
            .map(|k| k + i)
    };
    while let Some(found) = find(i) {
        let mut k = 1;
        while k < tag.len() && bytes.get(found + k) == Some(&tag[k]) {
            k += 1;
        }
        if k == tag.len() {
            return (found + tag.len(), true);
        }
        i = found + k.max(1);
    }
    (bytes.len(), false)
}

/// The end of the number at `start`.
#[cold]
fn number(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    if at(bytes, i) == b'0' && matches!(at(bytes, i + 1) | 0x20, b'x' | b'o' | b'b') {
        let radix_start = i + 2;
        let mut j = radix_start;
        while bytes
            .get(j)
            .is_some_and(|b| b.is_ascii_hexdigit() || *b == b'_')
        {
            j += 1;
        }
        if j > radix_start {
            return j;
        }
    }
    while at(bytes, i).is_ascii_digit() || at(bytes, i) == b'_' {
        i += 1;
    }
    if at(bytes, i) == b'.' && at(bytes, i + 1) != b'.' {
        i += 1;
        while at(bytes, i).is_ascii_digit() || at(bytes, i) == b'_' {
            i += 1;
        }
    }
    if at(bytes, i) | 0x20 == b'e' {
        let digits_at = if matches!(at(bytes, i + 1), b'+' | b'-') {
            2
        } else {
            1
        };
        if at(bytes, i + digits_at).is_ascii_digit() {
            i += digits_at;
            while at(bytes, i).is_ascii_digit() {
                i += 1;
            }
        }
    }
    i
}

/// PostgreSQL's operator rule: a run of operator characters, cut before
/// a comment start, and a trailing `+`/`-` dropped unless the operator
/// holds one of `~ ! @ # % ^ & | \` ?`; returns its end.
///
/// The signs dropped are lexed again, each the start of a run that ends
/// where this one does and holds nothing but signs: an operator of one
/// byte. `signs_until` remembers that end, so that a run of `n` signs
/// (`+++…`) is read once, not `n` times (which took 68 s for 256 KiB).
#[cold]
fn operator(bytes: &[u8], start: usize, signs_until: &mut usize) -> usize {
    if start < *signs_until {
        return start + 1;
    }
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        if !is_op_char(b) {
            break;
        }
        let next = at(bytes, end + 1);
        if end > start && ((b == b'-' && next == b'-') || (b == b'/' && next == b'*')) {
            break;
        }
        end += 1;
    }
    if end - start > 1 {
        let special = bytes[start..end].iter().any(|b| {
            matches!(
                b,
                b'~' | b'!' | b'@' | b'#' | b'%' | b'^' | b'&' | b'|' | b'`' | b'?'
            )
        });
        if !special {
            *signs_until = end;
            while end - start > 1 && matches!(bytes[end - 1], b'+' | b'-') {
                end -= 1;
            }
        }
    }
    end
}

/// The first `needle` in `bytes` at or after `from`, eight bytes at a time
/// (strings and comments average 14 bytes; a byte loop took 5 instructions
/// a byte).
fn memchr(needle: u8, bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let pattern = ONES * u64::from(needle);
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        let x = u64::from_le_bytes(*chunk) ^ pattern;
        // The high bit of the first zero byte of `x` is exact (borrows
        // only run up from zero bytes, past the first).
        let found = x.wrapping_sub(ONES) & !x & (ONES * 0x80);
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| b == needle)
        .map(|k| k + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::ascii_lower_word;
    use TokenKind::*;

    #[track_caller]
    fn check(input: &str, expected: &[(TokenKind, &str)]) {
        let tokens = tokenize(input);
        let got: Vec<(TokenKind, &str)> = tokens.iter().map(|t| (t.kind, t.text(input))).collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn strings() {
        check("'it''s'", &[(String, "'it''s'")]);
        check(r"E'a\'b' x", &[(EString, r"E'a\'b'"), (Ident, "x")]);
        check(r"'a\' x", &[(String, r"'a\'"), (Ident, "x")]);
        check(
            "B'101' X'ff' N'n' U&'d'",
            &[
                (BitString, "B'101'"),
                (BitString, "X'ff'"),
                (String, "N'n'"),
                (String, "U&'d'"),
            ],
        );
        check(
            "$$a'b$$ $q$x$$y$q$",
            &[(DollarString, "$$a'b$$"), (DollarString, "$q$x$$y$q$")],
        );
        check("\"we\"\"ird\"", &[(QuotedIdent, "\"we\"\"ird\"")]);
    }

    #[test]
    fn comments_nest_and_stop_operators() {
        check(
            "/* a /* b */ c */x",
            &[(BlockComment, "/* a /* b */ c */"), (Ident, "x")],
        );
        check(
            "1--c\n2",
            &[(Number, "1"), (LineComment, "--c"), (Number, "2")],
        );
        check(
            "a=-1",
            &[
                (Ident, "a"),
                (Operator, "="),
                (Operator, "-"),
                (Number, "1"),
            ],
        );
        check("a<>b", &[(Ident, "a"), (Operator, "<>"), (Ident, "b")]);
        check(
            "x=--y",
            &[(Ident, "x"), (Operator, "="), (LineComment, "--y")],
        );
        check(
            "x=/**/y",
            &[
                (Ident, "x"),
                (Operator, "="),
                (BlockComment, "/**/"),
                (Ident, "y"),
            ],
        );
    }

    #[test]
    fn numbers_params_casts() {
        check(
            "1.5e3 .5 0x1F $1::int",
            &[
                (Number, "1.5e3"),
                (Number, ".5"),
                (Number, "0x1F"),
                (Param, "$1"),
                (Cast, "::"),
                (Ident, "int"),
            ],
        );
        check(
            "a.b[1]:x",
            &[
                (Ident, "a"),
                (Dot, "."),
                (Ident, "b"),
                (LBracket, "["),
                (Number, "1"),
                (RBracket, "]"),
                (Colon, ":"),
                (Ident, "x"),
            ],
        );
    }

    #[test]
    fn unterminated_tokens_are_marked() {
        for input in ["'abc", "\"abc", "/* /* */", "$x$ abc", "E'\\'"] {
            let tokens = tokenize(input);
            assert!(tokens.last().unwrap().unterminated(), "{input}");
        }
        assert!(!tokenize("'a'").last().unwrap().unterminated());
    }

    #[test]
    fn ident_end_matches_the_table() {
        for b in 0..=u8::MAX {
            for at in 0..10 {
                let mut bytes = vec![b'a'; 12];
                bytes[at] = b;
                let slow = bytes.iter().position(|&c| !is_ident_cont(c)).unwrap_or(12);
                assert_eq!(ident_end(&bytes, 0), slow, "byte {b:#x} at {at}");
                let word = u64::from_le_bytes(bytes[..8].try_into().unwrap());
                let letters = classify(word).1;
                assert_eq!(
                    word | (letters >> 2),
                    ascii_lower_word(word),
                    "byte {b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn load8_pads_with_zeros() {
        for len in 0..20 {
            let bytes: Vec<u8> = (1..=len).collect();
            for at in 0..=len as usize + 9 {
                let mut word = [0u8; 8];
                for (k, b) in bytes.iter().skip(at).take(8).enumerate() {
                    word[k] = *b;
                }
                assert_eq!(load8(&bytes, at), u64::from_le_bytes(word), "{len} at {at}");
            }
        }
    }

    #[test]
    fn quoted_matches_a_byte_loop() {
        fn naive(bytes: &[u8], mut i: usize) -> (usize, bool) {
            while let Some(&b) = bytes.get(i) {
                i += 1;
                if b == b'\'' {
                    if bytes.get(i) == Some(&b'\'') {
                        i += 1;
                    } else {
                        return (i, true);
                    }
                }
            }
            (i, false)
        }
        // Every string of up to 12 quotes and letters, and some long ones.
        let mut inputs: Vec<Vec<u8>> = Vec::new();
        for len in 0..=12u32 {
            for bits in 0..1u32 << len {
                inputs.push(
                    (0..len)
                        .map(|k| if bits >> k & 1 == 1 { b'\'' } else { b'a' })
                        .collect(),
                );
            }
        }
        inputs.push([b"'".repeat(33), b"abcdefghijklmnopq''rstuvwxyz'".to_vec()].concat());
        for input in &inputs {
            for from in 0..=input.len() {
                assert_eq!(
                    quoted(input, from, b'\'', false),
                    naive(input, from),
                    "{input:?} {from}"
                );
            }
        }
    }

    #[test]
    fn memchr_finds_the_first() {
        let hay = b"ab'cd''efghij'klmnopq'rs\n'tuvwxyz0123456789'";
        for needle in [b'\'', b'\n', b'z', b'#'] {
            for from in 0..=hay.len() + 1 {
                let slow = hay
                    .get(from..)
                    .and_then(|rest| rest.iter().position(|&b| b == needle))
                    .map(|k| k + from);
                assert_eq!(memchr(needle, hay, from), slow, "{needle} from {from}");
            }
        }
    }

    #[test]
    fn operator_fast_paths_agree() {
        for text in [
            "=", "<>", "<=", "!=", "||", "=-", "<-", "*-", "=+", "@-", "->", "->>", "=/*", "+-1",
            "|/", "<=>", "~~", "!", "-", "+", "a=b",
        ] {
            let end = tokenize(text).first().map_or(0, |t| t.end);
            let start = usize::from(text.starts_with('a'));
            let expected = if text.starts_with('a') {
                1
            } else {
                operator(text.as_bytes(), start, &mut 0)
            };
            assert_eq!(end, expected, "{text}");
        }
    }

    #[test]
    fn sign_runs_split_as_postgres_does() {
        // Each operator lexed afresh from where the one before ended: the
        // rule itself, with nothing remembered between tokens.
        let fresh = |text: &str| {
            let mut ends = Vec::new();
            let mut start = 0;
            while start < text.len() {
                start = operator(text.as_bytes(), start, &mut 0);
                ends.push(start);
            }
            ends
        };
        for text in [
            "+++", "=+-+-", "<-+", "*+-+", "@+-", "+-+-+-+", "=-", "<>+-", "~+-+", "+",
        ] {
            let ends: Vec<usize> = tokenize(text).iter().map(|t| t.end).collect();
            assert_eq!(ends, fresh(text), "{text}");
        }
        let signs = "+".repeat(100_000);
        let tokens = tokenize(&signs);
        assert_eq!(tokens.len(), signs.len());
        assert!(
            tokens
                .iter()
                .all(|t| t.kind == TokenKind::Operator && t.end == t.start + 1)
        );
    }

    #[test]
    fn number_fast_path_agrees() {
        for text in [
            "1", "12 ", "0x1F", "0b", "1_000", "1.5", "2e3", "3E+4", "7..8", "9o", "0o7",
        ] {
            let tokens = tokenize(text);
            assert_eq!(tokens[0].end, number(text.as_bytes(), 0), "{text}");
        }
    }

    #[test]
    fn parens_pair_as_a_stack_would() {
        // Every string of up to 8 parens and words.
        for len in 0..=8u32 {
            for code in 0..3u32.pow(len) {
                let sql: std::string::String = (0..len)
                    .map(|k| ["(", ")", "x "][(code / 3u32.pow(k) % 3) as usize])
                    .collect();
                let mut lexed = Lexed::default();
                lex(&sql, &mut lexed);
                let mut stack = Vec::new();
                let mut expected = vec![None; lexed.sig.len()];
                for (i, t) in lexed.sig.iter().enumerate() {
                    match t.kind {
                        LParen => stack.push(i),
                        RParen => {
                            if let Some(open) = stack.pop() {
                                expected[open] = Some(i);
                                expected[i] = Some(open);
                            }
                        }
                        _ => {}
                    }
                }
                let got: Vec<Option<usize>> = lexed.sig.iter().map(Token::partner).collect();
                assert_eq!(got, expected, "{sql}");
            }
        }
    }

    #[test]
    fn keywords_and_flags() {
        let tokens = tokenize("SELECT\n x");
        assert_eq!(tokens[0].kw, Kw::Select);
        assert!(tokens[1].newline_before());
        assert!(tokens[1].space_before());
        check("héllo wörld", &[(Ident, "héllo"), (Ident, "wörld")]);
    }
}
