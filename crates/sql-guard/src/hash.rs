//! A small, fast, stable 64-bit hash: the same bytes give the same value in
//! every process and every version, which fingerprints and allowlist files
//! need and `std`'s randomly seeded hashers do not give.

/// Hashes 8 bytes at a time (rotate, xor, multiply), then mixes the state
/// with murmur3's finaliser. Not collision resistant: callers that act on a
/// hash match compare the text too (see the verdict cache).
#[derive(Debug, Clone, Copy)]
pub(crate) struct StableHasher {
    state: u64,
}

const K: u64 = 0x517c_c1b7_2722_0a95;

impl StableHasher {
    pub(crate) fn new() -> Self {
        StableHasher {
            state: 0x243f_6a88_85a3_08d3,
        }
    }

    #[inline]
    fn add(&mut self, word: u64) {
        self.state = (self.state.rotate_left(5) ^ word).wrapping_mul(K);
    }

    /// Feeds bytes as they are.
    #[inline]
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        self.write_mapped(bytes, |w| w);
    }

    /// Feeds bytes with ASCII letters folded to lowercase.
    #[inline]
    pub(crate) fn write_lower(&mut self, bytes: &[u8]) {
        self.write_mapped(bytes, ascii_lower_word);
    }

    /// Feeds `all[start..end]`, lowercased if asked, exactly as
    /// [`StableHasher::write`] or [`StableHasher::write_lower`] would, but
    /// with one unaligned load when the piece is under 8 bytes and 8 bytes
    /// of input follow its start.
    // Always inlined: it runs once per token, and the call costs as much as
    // the hashing.
    #[inline(always)]
    pub(crate) fn write_short(&mut self, all: &[u8], start: usize, end: usize, lower: bool) {
        let len = end.saturating_sub(start);
        if (1..8).contains(&len)
            && let Some(chunk) = all.get(start..start + 8)
        {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_le_bytes(word) & (u64::MAX >> (8 * (8 - len)));
            let word = if lower { ascii_lower_word(word) } else { word };
            self.add(word ^ ((len as u64) << 59));
            return;
        }
        let bytes = all.get(start..end).unwrap_or_default();
        if lower {
            self.write_lower(bytes);
        } else {
            self.write(bytes);
        }
    }

    /// Feeds 8 bytes of a longer piece, exactly as [`StableHasher::write`]
    /// feeds each full 8 bytes (already mapped, if they are to be).
    #[inline]
    pub(crate) fn write_chunk(&mut self, word: u64) {
        self.add(word);
    }

    /// Feeds a piece of `len` (1 to 7) bytes already packed into `word`
    /// (and mapped, if it is to be), exactly as [`StableHasher::write`]
    /// would feed those bytes; or, with `len` 0 and `word` 0, the empty tail
    /// that ends a piece of 8 or 16 bytes after its [`write_chunk`]s.
    ///
    /// [`write_chunk`]: StableHasher::write_chunk
    #[inline]
    pub(crate) fn write_word(&mut self, word: u64, len: usize) {
        self.add(word ^ ((len as u64) << 59));
    }

    // The work by value: behind `&mut self`, where the compiler kept it
    // out of line (the lexer's identifiers of 16 bytes or more), the
    // hasher's address escaped, which tied the lexer's register allocation
    // (11 instructions a statement).
    #[inline]
    fn write_mapped(&mut self, bytes: &[u8], map: impl Fn(u64) -> u64) {
        *self = self.mapped(bytes, map);
    }

    #[must_use]
    fn mapped(mut self, bytes: &[u8], map: impl Fn(u64) -> u64) -> Self {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(map(u64::from_le_bytes(word)));
        }
        let tail = chunks.remainder();
        let word = match bytes.last_chunk::<8>() {
            // Over 8 bytes: the tail is the end of the last 8 bytes, one
            // load and a shift (the byte loop cost 40 instructions on each
            // long identifier).
            Some(last) if !tail.is_empty() => u64::from_le_bytes(*last) >> (8 * (8 - tail.len())),
            _ => {
                // Shifting bytes in beats a variable-length memcpy for the
                // short pieces (tokens) this mostly sees.
                let mut word = 0u64;
                for (k, &b) in tail.iter().enumerate() {
                    word |= u64::from(b) << (8 * k);
                }
                word
            }
        };
        // The length tag keeps "ab" + "" apart from "a" + "b".
        self.add(map(word) ^ ((tail.len() as u64) << 59));
        self
    }

    pub(crate) fn finish(&self) -> u64 {
        let mut h = self.state;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Lowercases the ASCII letters of 8 packed bytes at once (the SWAR trick
/// `std` uses for `make_ascii_lowercase`).
#[inline]
pub(crate) fn ascii_lower_word(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = word & !HIGH;
    let ge_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let gt_z = low7 + ONES * (0x7f - u64::from(b'Z'));
    let upper = ge_a & !gt_z & !word & HIGH;
    word | (upper >> 2)
}

/// Hashes a byte string in one call.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = StableHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(a: &str, b: &str, equal: bool) {
        let mut x = StableHasher::new();
        x.write_lower(a.as_bytes());
        let mut y = StableHasher::new();
        y.write_lower(b.as_bytes());
        assert_eq!(x.finish() == y.finish(), equal, "{a} vs {b}");
    }

    #[test]
    fn lowercasing_is_exact() {
        check("SELECT", "select", true);
        check(
            "AbCdEfGhIjKlMnOpQrStUvWxYz@[`{",
            "abcdefghijklmnopqrstuvwxyz@[`{",
            true,
        );
        check("é", "É", false);
        check("a", "b", false);
        check("", "\0", false);
    }

    #[test]
    fn short_path_matches_slice_path() {
        let all = b"SeLeCt id_x FROM t WHERE a = 'ab' AND b2 <> 3.5e2 OR c";
        for start in 0..all.len() {
            for end in start..=all.len().min(start + 12) {
                for lower in [false, true] {
                    let mut fast = StableHasher::new();
                    fast.write_short(all, start, end, lower);
                    let mut slow = StableHasher::new();
                    if lower {
                        slow.write_lower(&all[start..end]);
                    } else {
                        slow.write(&all[start..end]);
                    }
                    assert_eq!(fast.finish(), slow.finish(), "{start}..{end} lower={lower}");
                }
            }
        }
    }

    #[test]
    fn tails_of_long_pieces() {
        let text = b"AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789";
        for len in 0..text.len() {
            let mut fast = StableHasher::new();
            fast.write_lower(&text[..len]);
            let mut slow = StableHasher {
                state: StableHasher::new().state,
            };
            for chunk in text[..len].chunks(8) {
                let mut word = 0u64;
                for (k, &b) in chunk.iter().enumerate() {
                    word |= u64::from(b.to_ascii_lowercase()) << (8 * k);
                }
                let tag = if chunk.len() < 8 {
                    (chunk.len() as u64) << 59
                } else {
                    0
                };
                slow.add(word ^ tag);
            }
            if len % 8 == 0 {
                slow.add(0);
            }
            assert_eq!(fast.finish(), slow.finish(), "{len}");
        }
    }

    #[test]
    fn stable_value() {
        // Fingerprint files depend on this value never changing.
        assert_eq!(hash_bytes(b"select ?"), hash_bytes(b"select ?"));
        assert_ne!(hash_bytes(b"select ?"), hash_bytes(b"select ?\0"));
    }
}
