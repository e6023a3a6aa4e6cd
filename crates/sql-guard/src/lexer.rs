//! A PostgreSQL-aware lexer: strings in all their forms, dollar quoting,
//! quoted identifiers, nested comments, numbers, parameters, casts and
//! operators, in one linear pass that never panics.

use crate::fingerprint::Streaming;
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
    let mut lexer = Lexer {
        bytes: sql.as_bytes(),
        pos: 0,
        word: 0,
    };
    while let Some(token) = lexer.next_token() {
        out.push(token);
    }
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
    /// Indexes of the open parens not closed yet.
    stack: Vec<usize>,
    /// The statement's fingerprint, hashed while lexing.
    pub(crate) fingerprint: u64,
    /// Whether a code token is a quoted identifier, which the rules look
    /// inside; most statements have none, and skip that pass.
    pub(crate) quoted: bool,
}

/// Lexes `sql` into `out`, reusing its buffers.
pub(crate) fn lex(sql: &str, out: &mut Lexed) {
    out.sig.clear();
    out.comments.clear();
    out.stack.clear();
    out.quoted = false;
    let mut lexer = Lexer {
        bytes: sql.as_bytes(),
        pos: 0,
        word: 0,
    };
    let mut fingerprint = Streaming::new();
    while let Some(mut token) = lexer.next_token() {
        let index = out.sig.len();
        match token.kind {
            TokenKind::LineComment | TokenKind::BlockComment => {
                out.comments.push((index, token));
                continue;
            }
            TokenKind::LParen => out.stack.push(index),
            TokenKind::QuotedIdent => out.quoted = true,
            TokenKind::RParen => {
                // Past 2^32 tokens parens simply go unmatched.
                if let Some(open) = out.stack.pop()
                    && let (Ok(open32), Ok(index32)) = (u32::try_from(open), u32::try_from(index))
                    && let Some(opener) = out.sig.get_mut(open)
                {
                    opener.partner = index32;
                    token.partner = open32;
                }
            }
            _ => {}
        }
        out.sig.push(token);
        fingerprint.feed(sql, &out.sig, index, &token, lexer.word);
    }
    out.fingerprint = fingerprint.finish(sql, &out.sig);
}

struct Lexer<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// For the last identifier: its first 8 bytes, lowercased (see
    /// [`keywords::first_word`]).
    word: u64,
}

/// Bytes that start an identifier, as a table.
static IDENT_START: [bool; 256] = {
    let mut table = [false; 256];
    let mut c: u8 = 0;
    loop {
        table[c as usize] = c.is_ascii_alphabetic() || c == b'_' || c >= 0x80;
        if c == u8::MAX {
            break table;
        }
        c += 1;
    }
};

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// The flags whitespace bytes set on the next token; 0 for other bytes.
static SPACE_FLAGS: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b' ' as usize] = SPACE_BEFORE;
    table[b'\t' as usize] = SPACE_BEFORE;
    table[b'\r' as usize] = SPACE_BEFORE;
    table[b'\n' as usize] = SPACE_BEFORE | NEWLINE_BEFORE;
    table[0x0b] = SPACE_BEFORE | ODD_SPACE_BEFORE;
    table[0x0c] = SPACE_BEFORE | ODD_SPACE_BEFORE;
    table
};

/// Bytes that continue an identifier, as a table: the lexer's hottest
/// loop is a lookup per byte.
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

fn is_ident_cont(b: u8) -> bool {
    IDENT_CONT[usize::from(b)]
}

/// The end of the identifier bytes starting at `from`: eight bytes at a
/// time, so that an identifier of up to seven more bytes takes one step
/// and the loop's exit branch is predictable (a byte-at-a-time loop
/// mispredicted at the end of every identifier).
#[inline]
fn ident_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let stop = non_ident_bytes(word);
        if stop != 0 {
            return i + usize::try_from(stop.trailing_zeros() / 8).unwrap_or(0);
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| is_ident_cont(b)) {
        i += 1;
    }
    i
}

/// The high bit of each byte of `word` that does not continue an
/// identifier (the SWAR form of [`is_ident_cont`]).
#[inline]
fn non_ident_bytes(word: u64) -> u64 {
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
    let other = in_range(low7, b'_', b'_') | in_range(low7, b'$', b'$');
    !(letter | digit | other | (word & HIGH)) & HIGH
}

fn is_op_char(b: u8) -> bool {
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

impl Lexer<'_> {
    fn peek(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    #[inline(always)]
    fn next_token(&mut self) -> Option<Token> {
        // One plain space is what separates most tokens: skip it without
        // a branch, which mispredicts on every token that follows a
        // parenthesis or precedes a comma.
        let space = self.bytes.get(self.pos) == Some(&b' ');
        self.pos += usize::from(space);
        let mut flags = u8::from(space) * SPACE_BEFORE;
        // A table, not a `match`: the match compiled to a jump table whose
        // indirect jump on the first byte of every token mispredicted.
        while let Some(&b) = self.bytes.get(self.pos) {
            let space = SPACE_FLAGS[usize::from(b)];
            if space == 0 {
                break;
            }
            flags |= space;
            self.pos += 1;
        }
        let start = self.pos;
        let &b = self.bytes.get(start)?;
        let mut kw = Kw::None;
        // Identifiers first, on one table test: they are the commonest
        // tokens, and the `match` reached them only after its jump table
        // and guards.
        let kind = if IDENT_START[usize::from(b)] {
            // A quote or `&` after the first letter is rare: the prefixed
            // literals are lexed out of line, so that the identifier path
            // takes one more test.
            let prefixed = if matches!(self.peek(1), b'\'' | b'&') {
                self.prefixed(b, &mut flags)
            } else {
                None
            };
            match prefixed {
                Some(kind) => kind,
                None => {
                    self.pos = ident_end(self.bytes, start + 1);
                    self.word = keywords::first_word(self.bytes, start, self.pos);
                    kw = keywords::lookup_in(self.bytes, start, self.pos, self.word);
                    TokenKind::Ident
                }
            }
        } else {
            match b {
                b'-' if self.peek(1) == b'-' => {
                    self.pos = memchr(b'\n', self.bytes, start).unwrap_or(self.bytes.len());
                    TokenKind::LineComment
                }
                b'/' if self.peek(1) == b'*' => {
                    if !self.block_comment() {
                        flags |= UNTERMINATED;
                    }
                    TokenKind::BlockComment
                }
                b'\'' => {
                    self.pos += 1;
                    if !self.quoted(b'\'', false) {
                        flags |= UNTERMINATED;
                    }
                    TokenKind::String
                }
                b'"' => {
                    self.pos += 1;
                    if !self.quoted(b'"', false) {
                        flags |= UNTERMINATED;
                    }
                    TokenKind::QuotedIdent
                }
                b'$' if self.peek(1).is_ascii_digit() => {
                    self.pos += 1;
                    while self.peek(0).is_ascii_digit() {
                        self.pos += 1;
                    }
                    TokenKind::Param
                }
                b'$' => match self.dollar_tag() {
                    Some(tag_end) => {
                        if !self.dollar_body(start, tag_end) {
                            flags |= UNTERMINATED;
                        }
                        TokenKind::DollarString
                    }
                    None => {
                        self.pos += 1;
                        TokenKind::Other
                    }
                },
                b'0'..=b'9' => {
                    self.number();
                    TokenKind::Number
                }
                b'.' if self.peek(1).is_ascii_digit() => {
                    self.number();
                    TokenKind::Number
                }
                b'(' => self.one(TokenKind::LParen),
                b')' => self.one(TokenKind::RParen),
                b'[' => self.one(TokenKind::LBracket),
                b']' => self.one(TokenKind::RBracket),
                b',' => self.one(TokenKind::Comma),
                b';' => self.one(TokenKind::Semicolon),
                b'.' => self.one(TokenKind::Dot),
                b':' if self.peek(1) == b':' => {
                    self.pos += 2;
                    TokenKind::Cast
                }
                b':' => self.one(TokenKind::Colon),
                _ if is_op_char(b) => {
                    self.operator();
                    TokenKind::Operator
                }
                _ => {
                    // Skip a whole UTF-8 sequence so that spans stay on char
                    // boundaries; non-ASCII lead bytes were taken as identifier
                    // starts above, so this is an ASCII byte.
                    self.one(TokenKind::Other)
                }
            }
        };
        Some(Token {
            kind,
            kw,
            start,
            end: self.pos,
            flags,
            partner: NO_PARTNER,
        })
    }

    /// At a letter `b` followed by a quote or `&`: lexes `E'…'`, `B'…'`,
    /// `X'…'`, `N'…'`, `U&'…'` or `U&"…"`, or returns `None` (and consumes
    /// nothing) for an identifier that only looks like a prefix.
    #[inline(never)]
    fn prefixed(&mut self, b: u8, flags: &mut u8) -> Option<TokenKind> {
        let next = self.peek(1);
        let (skip, quote, backslash, kind) = match (b | 0x20, next) {
            (b'e', b'\'') => (2, b'\'', true, TokenKind::EString),
            (b'b' | b'x', b'\'') => (2, b'\'', false, TokenKind::BitString),
            (b'n', b'\'') => (2, b'\'', false, TokenKind::String),
            (b'u', b'&') if self.peek(2) == b'\'' => (3, b'\'', false, TokenKind::String),
            (b'u', b'&') if self.peek(2) == b'"' => (3, b'"', false, TokenKind::QuotedIdent),
            _ => return None,
        };
        self.pos += skip;
        if !self.quoted(quote, backslash) {
            *flags |= UNTERMINATED;
        }
        Some(kind)
    }

    fn one(&mut self, kind: TokenKind) -> TokenKind {
        self.pos += 1;
        kind
    }

    /// Consumes the body of a quoted token up to and including its closing
    /// quote, doubled quotes standing for one; returns false when the input
    /// ends first.
    fn quoted(&mut self, quote: u8, backslash: bool) -> bool {
        let bytes = self.bytes;
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return false;
            };
            self.pos += 1;
            if b == quote {
                if bytes.get(self.pos) == Some(&quote) {
                    self.pos += 1;
                } else {
                    return true;
                }
            } else if backslash && b == b'\\' && self.pos < bytes.len() {
                self.pos += 1;
            }
        }
    }

    /// Consumes a possibly nested block comment; false when unterminated.
    fn block_comment(&mut self) -> bool {
        let bytes = self.bytes;
        self.pos += 2;
        let mut depth = 1usize;
        while self.pos < bytes.len() {
            match (bytes[self.pos], self.peek(1)) {
                (b'*', b'/') => {
                    self.pos += 2;
                    depth -= 1;
                    if depth == 0 {
                        return true;
                    }
                }
                (b'/', b'*') => {
                    self.pos += 2;
                    depth += 1;
                }
                _ => self.pos += 1,
            }
        }
        false
    }

    /// At a `$`: the end of a `$tag$` opener, if one starts here.
    fn dollar_tag(&self) -> Option<usize> {
        let bytes = self.bytes;
        let mut i = self.pos + 1;
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
    fn dollar_body(&mut self, start: usize, tag_end: usize) -> bool {
        let bytes = self.bytes;
        let tag = &bytes[start..tag_end];
        let mut i = tag_end;
        while let Some(found) = memchr(b'$', bytes, i) {
            let mut k = 1;
            while k < tag.len() && bytes.get(found + k) == Some(&tag[k]) {
                k += 1;
            }
            if k == tag.len() {
                self.pos = found + tag.len();
                return true;
            }
            i = found + k.max(1);
        }
        self.pos = bytes.len();
        false
    }

    fn number(&mut self) {
        let bytes = self.bytes;
        if self.peek(0) == b'0' && matches!(self.peek(1) | 0x20, b'x' | b'o' | b'b') {
            let radix_start = self.pos + 2;
            let mut i = radix_start;
            while bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_hexdigit() || *b == b'_')
            {
                i += 1;
            }
            if i > radix_start {
                self.pos = i;
                return;
            }
        }
        while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
            self.pos += 1;
        }
        if self.peek(0) == b'.' && self.peek(1) != b'.' {
            self.pos += 1;
            while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                self.pos += 1;
            }
        }
        if self.peek(0) | 0x20 == b'e' {
            let digits_at = if matches!(self.peek(1), b'+' | b'-') {
                2
            } else {
                1
            };
            if self.peek(digits_at).is_ascii_digit() {
                self.pos += digits_at;
                while self.peek(0).is_ascii_digit() {
                    self.pos += 1;
                }
            }
        }
    }

    /// PostgreSQL's operator rule: a run of operator characters, cut before
    /// a comment start, and a trailing `+`/`-` dropped unless the operator
    /// holds one of `~ ! @ # % ^ & | \` ?`.
    fn operator(&mut self) {
        let bytes = self.bytes;
        let start = self.pos;
        let mut end = start;
        while let Some(&b) = bytes.get(end) {
            if !is_op_char(b) {
                break;
            }
            let next = bytes.get(end + 1).copied().unwrap_or(0);
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
                while end - start > 1 && matches!(bytes[end - 1], b'+' | b'-') {
                    end -= 1;
                }
            }
        }
        self.pos = end;
    }
}

/// The first `needle` in `bytes` at or after `from`.
fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::*;
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
