//! UAX #29 sentence boundaries, fast, for the characters news text is made of.
//!
//! unicode-segmentation's sentence iterator is the reference, and it runs at 20-25 MB/s:
//! a range-table search for every character. Nearly all news text is ASCII plus a few
//! characters (curly quotes, dashes, no-break spaces, Latin letters), whose sentence-break
//! classes are listed here, so the rules of UAX #29 (SB3-SB11) run over a byte table
//! instead. A region holding any other character (or a Format/Extend character, which the
//! rules see through) goes to unicode-segmentation unchanged. Tests compare the two on
//! every listed character in context and on many generated strings.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::offsets::{Ahead, ascii_len, lead_before, utf8_len};

/// Sentence_Break classes (UAX #29) of the characters handled here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Other,
    Cr,
    Lf,
    Sep,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

use Class::*;

const fn ascii_classes() -> [Class; 128] {
    let mut t = [Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b'\t' | 0x0b | 0x0c | b' ' => Sp,
            b'\n' => Lf,
            b'\r' => Cr,
            b'a'..=b'z' => Lower,
            b'A'..=b'Z' => Upper,
            b'0'..=b'9' => Numeric,
            b'.' => ATerm,
            b'!' | b'?' => STerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Close,
            b',' | b'-' | b':' | b';' => SContinue,
            _ => Other,
        };
        b += 1;
    }
    t
}

static ASCII: [Class; 128] = ascii_classes();

/// The class of a character, or `None` for one not handled here.
fn class(c: char) -> Option<Class> {
    let u = c as u32;
    if u < 0x80 {
        return Some(ASCII[u as usize]);
    }
    Some(match u {
        0x85 => Sep,
        0xa0 => Sp,
        0xaa | 0xb5 | 0xba => Lower,
        0xab | 0xbb => Close,
        0xad => return None, // Format
        0xc0..=0xd6 | 0xd8..=0xde => Upper,
        0xdf..=0xf6 | 0xf8..=0xff => Lower,
        0x80..=0xff => Other,
        // Latin Extended-A: cased letters, as Unicode's Lowercase/Uppercase properties say.
        0x100..=0x17f if c.is_lowercase() => Lower,
        0x100..=0x17f if c.is_uppercase() => Upper,
        0x2000..=0x200a | 0x202f | 0x205f => Sp,
        0x2013 | 0x2014 => SContinue,
        0x2018..=0x201f | 0x2039 | 0x203a | 0x2045 | 0x2046 => Close,
        0x2024 => ATerm,
        0x2028 | 0x2029 => Sep,
        0x203c | 0x203d | 0x2047..=0x2049 => STerm,
        0x2010..=0x2012
        | 0x2015..=0x2017
        | 0x2020..=0x2023
        | 0x2025..=0x2027
        | 0x2030..=0x2038
        | 0x203b
        | 0x203e..=0x2044
        | 0x204a..=0x205e
        | 0x20a0..=0x20c0 => Other,
        _ => return None,
    })
}

/// The byte offset where each sentence segment of `s` starts, as
/// `s.split_sentence_bound_indices()` gives them (0 first; none for an empty string).
///
/// A long text is taken in pieces of about [`PIECE`] bytes, cut where UAX #29 breaks
/// whatever stands around: so one character the fast route does not class (a line of
/// Devanagari in a story run together on one line) sends only its piece to
/// unicode-segmentation's slower route, not megabytes.
pub fn segment_starts(s: &str) -> Vec<usize> {
    if s.len() < 2 * PIECE {
        return starts_of_piece(s);
    }
    let mut starts = Vec::new();
    let mut from = 0;
    while from < s.len() {
        let to = piece_end(s, from + PIECE);
        starts.extend(starts_of_piece(&s[from..to]).into_iter().map(|i| from + i));
        from = to;
    }
    starts
}

/// The length of the pieces [`segment_starts`] takes a long text in.
const PIECE: usize = 2 * 1024;

fn starts_of_piece(s: &str) -> Vec<usize> {
    fast_starts(s).unwrap_or_else(|| reference_starts(s))
}

/// The first sure break at or after byte `from` of `s` (its length if none): an ASCII
/// capital after spaces after a '.', '!' or '?' ("... said. The ..."). UAX #29 breaks there
/// (SB11), and neither side's rules see past it: those that look back from a later
/// position stop at the capital (they pass over only spaces and closing marks), and those
/// that look ahead from an earlier one stop at it too, as at the end of the text (SB8
/// passes over only what is neither a letter nor a terminator).
fn piece_end(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut k = from;
    while k < b.len() {
        let Some(space) = memchr::memchr(b' ', &b[k..]) else {
            break;
        };
        k += space;
        let mut first = k;
        while first > 0 && b[first - 1] == b' ' {
            first -= 1;
        }
        let mut next = k;
        while next < b.len() && b[next] == b' ' {
            next += 1;
        }
        if first > 0
            && matches!(b[first - 1], b'.' | b'!' | b'?')
            && next < b.len()
            && b[next].is_ascii_uppercase()
        {
            return next;
        }
        k = next;
    }
    b.len()
}

/// unicode-segmentation's answer.
pub fn reference_starts(s: &str) -> Vec<usize> {
    s.split_sentence_bound_indices().map(|(i, _)| i).collect()
}

/// The rules over the classes above; `None` when `s` holds a character without one.
///
/// Both routes step over bytes, never a table of every character: a paragraph with one
/// "£" or curly quote (most of a news corpus) is passed over by the same vectorized
/// searches as an ASCII one, which stop at each non-ASCII character as well, so that every
/// such character is classed (and one without a class found) on the way.
fn fast_starts(s: &str) -> Option<Vec<usize>> {
    let b = s.as_bytes();
    if s.is_ascii() {
        // Bytes are characters. Only line ends and terminators start a rule: the rest is
        // passed over by a vectorized search for the next terminator, then for a line end
        // before it (a byte loop testing five values was a tenth of this stage's
        // instructions).
        let skip = |k: usize| {
            let rest = &b[k..];
            let term = memchr::memchr3(b'.', b'!', b'?', rest).unwrap_or(rest.len());
            k + memchr::memchr2(b'\n', b'\r', &rest[..term]).unwrap_or(term)
        };
        return Some(starts_by_rules(
            b.len(),
            |k| ASCII[b[k] as usize],
            |k| k + 1,
            |k| k - 1,
            skip,
        ));
    }
    // A character without a class is noted and read as Other; the answer is then dropped.
    let unhandled = std::cell::Cell::new(false);
    let at = |k: usize| {
        if b[k] < 0x80 {
            return ASCII[b[k] as usize];
        }
        let c = s[k..].chars().next().unwrap_or_default();
        class(c).unwrap_or_else(|| {
            unhandled.set(true);
            Other
        })
    };
    // The same searches, and a stop at each non-ASCII byte: whichever comes first, each
    // search remembered (see `Ahead`) so that no stop searches past another again.
    let (term, line, high) = (Ahead::default(), Ahead::default(), Ahead::default());
    let skip = |k: usize| {
        let term = term.find(k, |k| {
            k + memchr::memchr3(b'.', b'!', b'?', &b[k..]).unwrap_or(b.len() - k)
        });
        let line = line.find(k, |k| {
            k + memchr::memchr2(b'\n', b'\r', &b[k..]).unwrap_or(b.len() - k)
        });
        let high = high.find(k, |k| k + ascii_len(&b[k..]));
        term.min(line).min(high)
    };
    let out = starts_by_rules(
        b.len(),
        at,
        |k| k + utf8_len(b[k]),
        |k| lead_before(b, k),
        skip,
    );
    (!unhandled.get()).then_some(out)
}

/// UAX #29's sentence rules over the characters before offset `n`, `at(k)` the class of the
/// one at offset `k`, `next(k)` and `prev(k)` the offsets of the characters after and before
/// it; `skip(k)` is the first character from offset `k` on (or `n`) that is a line end, a
/// separator or a terminator, or any character before it. Offsets are pushed as found.
fn starts_by_rules(
    n: usize,
    at: impl Fn(usize) -> Class,
    next: impl Fn(usize) -> usize,
    prev: impl Fn(usize) -> usize,
    skip: impl Fn(usize) -> usize,
) -> Vec<usize> {
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    out.push(0);
    let mut i = 0;
    while i < n {
        match at(i) {
            // SB3, SB4: a break after a paragraph separator, CR LF counting as one.
            Cr | Lf | Sep => {
                let mut j = next(i);
                if at(i) == Cr && j < n && at(j) == Lf {
                    j = next(j);
                }
                if j < n {
                    out.push(j);
                }
                i = j;
            }
            ATerm | STerm => {
                let t = i;
                let mut j = next(t);
                if at(t) == ATerm && j < n {
                    // SB6: "3.5"; SB7: "U.S".
                    if at(j) == Numeric
                        || at(j) == Upper && t > 0 && matches!(at(prev(t)), Upper | Lower)
                    {
                        i = j;
                        continue;
                    }
                }
                // SB9, SB10: closing punctuation and spaces stay with the terminator.
                while j < n && at(j) == Close {
                    j = next(j);
                }
                while j < n && at(j) == Sp {
                    j = next(j);
                }
                if j >= n {
                    break;
                }
                // A paragraph separator breaks after itself (SB4); SB8a: a continuation
                // or another terminator follows without a break.
                if matches!(at(j), Cr | Lf | Sep | SContinue | ATerm | STerm) {
                    i = j;
                    continue;
                }
                // SB8: after a period, a lowercase word ahead (past anything that is not a
                // letter, separator or terminator) continues the sentence.
                if at(t) == ATerm {
                    let mut k = j;
                    while k < n && !matches!(at(k), Upper | Lower | Cr | Lf | Sep | ATerm | STerm) {
                        k = next(k);
                    }
                    if k < n && at(k) == Lower {
                        i = j;
                        continue;
                    }
                }
                // SB11.
                out.push(j);
                i = j;
            }
            _ => i = skip(next(i)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character handled here, and a few that are not (to exercise the fallback).
    fn handled_chars() -> Vec<char> {
        (0u32..0x250)
            .chain(0x2000..0x20d0)
            .filter_map(char::from_u32)
            .filter(|&c| class(c).is_some())
            .collect()
    }

    fn check(s: &str) {
        assert_eq!(segment_starts(s), reference_starts(s), "{s:?}");
    }

    #[test]
    fn each_character_in_context_agrees_with_unicode_segmentation() {
        let contexts = [
            "{}",
            "a{}b",
            "a. {}b",
            "a.{}b",
            "A.{}",
            "Ab.{}A",
            "{}. B",
            "{}.B",
            "a{}. b",
            "a? {}",
            "a! {} b",
            "a.\"{} c",
            "a. {} c. D",
            "a.{}{}B",
            "x. ({}) y",
            "x.) {} 2 y",
            "U{}S. The",
            "a{}\r\nB",
            "A. {}\u{2019} b",
        ];
        for c in handled_chars() {
            for ctx in contexts {
                check(&ctx.replace("{}", &c.to_string()));
            }
        }
    }

    #[test]
    fn generated_strings_agree_with_unicode_segmentation() {
        for s in crate::text::testgen::random_strings(
            "aAbZ1. .!?\"'()[], -:; \t\r\n\u{85}\u{a0}\u{ab}\u{bb}\u{e9}\u{c9}\u{d7}\u{2014}\u{2019}\u{201c}\u{201d}\u{2024}\u{2026}\u{2029}\u{203c}#\u{4e2d}\u{ad}",
            0x9e37_79b9_7f4a_7c15,
            100_000,
            24,
        ) {
            check(&s);
        }
    }

    #[test]
    fn long_texts_taken_in_pieces_agree_with_unicode_segmentation() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut line = String::new();
        for entry in std::fs::read_dir(root.join("tests/fixtures/articles")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            line.push_str(&text.replace(['\r', '\n'], " "));
        }
        assert!(
            line.len() > 4 * PIECE && line.contains('\u{93e}'),
            "pieces, some slow"
        );
        check(&line);
        // Cuts after each kind of terminator, before spaces and marks that are no sure
        // break, at the text's ends.
        let unit = "A.  B! C? \"D. (e. F.\u{a0}G. H.\u{2014}I. J)  K. \u{93e} L.";
        for n in [PIECE / unit.len(), PIECE / unit.len() * 3] {
            for tail in ["", " ", ".", " M", " m"] {
                check(&(unit.repeat(n) + tail));
                check(&(String::from("x") + &unit.repeat(n) + tail));
            }
        }
        assert_eq!(piece_end("ab. Cd", 0), 4);
        assert_eq!(piece_end("ab.  Cd", 3), 5);
        assert_eq!(piece_end("ab. cd. (E", 0), 10);
    }

    #[test]
    fn repository_texts_agree_with_unicode_segmentation() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut n = 0;
        for dir in ["tests/fixtures/articles", "data/samples"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if let Ok(text) = std::fs::read_to_string(&path) {
                    check(&text);
                    for line in text.lines() {
                        check(line);
                    }
                    n += 1;
                }
            }
        }
        assert!(n > 3);
    }

    /// Not part of `make test`: `cargo test --release -- --ignored shared_corpora` checks
    /// every article and line of ../shared/corpus when it is there.
    #[test]
    #[ignore]
    fn shared_corpora_agree_with_unicode_segmentation() {
        fn walk(p: &std::path::Path, texts: &mut Vec<std::path::PathBuf>) {
            if p.is_dir() {
                let mut entries: Vec<_> = std::fs::read_dir(p)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .collect();
                entries.sort();
                for e in entries {
                    walk(&e, texts);
                }
            } else if p.extension().is_some_and(|e| e == "txt") {
                texts.push(p.to_path_buf());
            }
        }
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
        let mut texts = Vec::new();
        walk(&shared.join("corpus"), &mut texts);
        walk(&shared.join("eval"), &mut texts);
        walk(&shared.join("seeds"), &mut texts);
        let (mut fast, mut total) = (0, 0);
        for path in &texts {
            let bytes = std::fs::read(path).unwrap();
            let text = crate::input::read::decode(&bytes).0;
            for piece in std::iter::once(text.as_str()).chain(text.lines()) {
                check(piece);
                total += 1;
                fast += usize::from(fast_starts(piece).is_some());
            }
        }
        eprintln!(
            "{} files; {total} texts and lines agree; {fast} took the fast path",
            texts.len()
        );
    }
}
