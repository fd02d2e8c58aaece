//! Byte offsets to code point offsets.
//!
//! The output counts code points (Python string indices), as analysts' tools do; the
//! pipeline works in bytes. For ASCII text the two agree; otherwise a checkpoint every
//! 256 bytes keeps each conversion short (six a row).

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

#[cfg(test)]
mod tests {
    use super::*;

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
