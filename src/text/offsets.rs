//! Byte offsets to code point offsets.
//!
//! The output counts code points (Python string indices), as analysts' tools do; the
//! pipeline works in bytes. For ASCII text the two agree; otherwise a checkpoint every
//! 256 bytes keeps each conversion short (six a row).
//!
//! Also the byte-level steps the sentence and quotation-mark stages take over text that is
//! not all ASCII without a table of its characters: a character's length from its first
//! byte, the character before, the run of ASCII ahead, and a remembered forward search.

use std::cell::Cell;

/// Converts byte offsets of one text to code point offsets.
#[derive(Debug)]
pub struct OffsetMap<'a> {
    bytes: &'a [u8],
    ascii: bool,
    /// Code points before each 256-byte block.
    blocks: Vec<usize>,
}

const BLOCK: usize = 256;

fn count(bytes: &[u8]) -> usize {
    // Eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is set and the
    // bit below it (shifted up into the top bit's place) is clear.
    const TOP: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        continuations += (w & !(w << 1) & TOP).count_ones() as usize;
    }
    let rest = chunks.remainder();
    bytes.len() - continuations - rest.iter().filter(|&&b| (b as i8) < -0x40).count()
}

impl<'a> OffsetMap<'a> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'a str) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            let mut total = 0;
            for chunk in bytes.chunks(BLOCK) {
                blocks.push(total);
                total += count(chunk);
            }
        }
        OffsetMap {
            bytes,
            ascii,
            blocks,
        }
    }

    /// The code point offset of a byte offset (which must be a char boundary).
    pub fn chars(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let b = byte / BLOCK;
        let base = self
            .blocks
            .get(b)
            .copied()
            .unwrap_or_else(|| count(self.bytes));
        base + count(&self.bytes[(b * BLOCK).min(self.bytes.len())..byte.min(self.bytes.len())])
    }
}

/// The length of the UTF-8 character whose first byte is `lead`.
pub fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0x80 => 1,
        0x80..0xe0 => 2,
        0xe0..0xf0 => 3,
        _ => 4,
    }
}

/// The offset of the character before the one at `k` (`k` > 0, a character boundary).
pub fn lead_before(b: &[u8], k: usize) -> usize {
    let mut j = k - 1;
    while b[j] & 0xc0 == 0x80 {
        j -= 1;
    }
    j
}

/// The number of ASCII bytes `b` opens with, read eight at a time.
pub fn ascii_len(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut i = 0;
    for c in &mut chunks {
        let high = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) & HIGH;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let rest = chunks.remainder();
    i + rest.iter().position(|&x| x >= 0x80).unwrap_or(rest.len())
}

/// A forward search remembered: `find(k, search)` is `search(k)`, the first match at or
/// after `k`, run again only when `k` has passed the last match (or comes before where that
/// search began). A scan that stops at whichever of several things comes first (a
/// terminator, a line end, a non-ASCII byte) would otherwise search past the nearest one
/// for the others at every stop, which on a paragraph of 100,000 curly quotation marks
/// and no terminator is quadratic.
pub struct Ahead {
    from: Cell<usize>,
    at: Cell<usize>,
}

impl Default for Ahead {
    fn default() -> Self {
        Ahead {
            from: Cell::new(usize::MAX),
            at: Cell::new(0),
        }
    }
}

impl Ahead {
    /// `search(k)`, the remembered answer when it is still the answer.
    pub fn find(&self, k: usize, search: impl FnOnce(usize) -> usize) -> usize {
        if !(self.from.get() <= k && k <= self.at.get()) {
            self.from.set(k);
            self.at.set(search(k));
        }
        self.at.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_len_is_the_first_non_ascii_byte() {
        let s = "abcdefghij\u{e9}klmnopq\u{2019}r".repeat(3);
        let b = s.as_bytes();
        for k in 0..=b.len() {
            let slow = b[k..]
                .iter()
                .position(|&x| x >= 0x80)
                .unwrap_or(b.len() - k);
            assert_eq!(ascii_len(&b[k..]), slow, "{k}");
        }
    }

    #[test]
    fn ahead_answers_as_the_search_does() {
        let b = b"ab.cd..e f.";
        let search = |k: usize| {
            k + b[k..]
                .iter()
                .position(|&x| x == b'.')
                .unwrap_or(b.len() - k)
        };
        let ahead = Ahead::default();
        for k in (0..=b.len()).chain((0..=b.len()).rev()).chain([3, 1, 9, 4]) {
            assert_eq!(ahead.find(k, search), search(k), "{k}");
        }
    }

    #[test]
    fn matches_char_indices() {
        let s = "José said \u{201C}ok\u{201D} ".repeat(200);
        let m = OffsetMap::new(&s);
        for (n, (i, _)) in s.char_indices().enumerate() {
            assert_eq!(m.chars(i), n);
        }
        assert_eq!(m.chars(s.len()), s.chars().count());
    }

    #[test]
    fn count_is_the_number_of_non_continuation_bytes() {
        let s = "a\u{e9}\u{201C}\u{1F600}b \u{300C}x".repeat(7);
        for a in 0..s.len() {
            for b in a..s.len().min(a + 40) {
                let bytes = &s.as_bytes()[a..b];
                let slow = bytes.iter().filter(|&&x| (x as i8) >= -0x40).count();
                assert_eq!(count(bytes), slow, "{a}..{b}");
            }
        }
    }
}
