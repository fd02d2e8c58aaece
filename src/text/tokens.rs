//! Word tokens with byte offsets into the article text.
//!
//! The tokenizer is deliberately small: the frame grammar needs words, punctuation and
//! possessives, with offsets that point back into the text unchanged. Initialisms keep
//! their periods ("U.S.", "U.N."), names keep inner apostrophes and hyphens ("Xi'an",
//! "Frank-Walter"), and a possessive `'s` is its own token so "China's" reads as a
//! country word followed by a possessive.

use std::borrow::Cow;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters or digits (with inner apostrophes, hyphens, periods of initialisms).
    Word,
    /// A possessive `'s` or `’s`.
    Possessive,
    /// Any other single character that is not space.
    Punct,
}

/// One token: a byte range of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// The token's bytes: for comparing it with a known string, without the char-boundary
    /// checks of slicing a `str` (frame rules compare tokens with punctuation at nearly
    /// every unit).
    #[inline]
    pub fn bytes<'a>(&self, text: &'a str) -> &'a [u8] {
        &text.as_bytes()[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text[range]` into tokens whose offsets are absolute in `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // News English averages about one token per five bytes.
    let mut out = Vec::with_capacity((end - start) / 4 + 1);
    tokenize_into(text, start, end, &mut out);
    out
}

/// Whether an apostrophe followed by `after` and then `third` stays inside its word ("don't",
/// "O'Brien"); a possessive "'s" is a token of its own, and so is a closing apostrophe.
fn apostrophe_inside_word(after: Option<char>, third: Option<char>) -> bool {
    match after {
        Some(a) if (a == 's' || a == 'S') && !third.is_some_and(|x| x.is_alphanumeric()) => false,
        Some(a) => a.is_alphanumeric(),
        None => false,
    }
}

/// The end of the run of ASCII letters and digits in `b` from `j`, read eight bytes at a
/// time: a byte loop's exit, at a word length no predictor can know, was the pipeline's
/// most mispredicted branch (cachegrind on BBC politics: 3% of all mispredictions).
#[inline]
fn ascii_alnum_run_end(b: &[u8], mut j: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether each byte of `y` (all under 0x80, so no sum carries into the next byte) is
    // in `lo..=hi`, in its high bit.
    let in_range = |y: u64, lo: u8, hi: u8| {
        y.wrapping_add(u64::from(0x80 - lo) * ONES) & !y.wrapping_add(u64::from(0x7F - hi) * ONES)
    };
    while let Some(eight) = b.get(j..j + 8) {
        let w = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        let y = w & !HIGH;
        // A letter with 0x20 set is lowercase: 'A'..='Z' and 'a'..='z' alone land in 'a'..='z'.
        let alnum = (in_range(y, b'0', b'9') | in_range(y | (0x20 * ONES), b'a', b'z')) & !w & HIGH;
        if alnum != HIGH {
            return j + ((!alnum & HIGH).trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < b.len() && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    j
}

/// The end of the word that starts with `c` at byte `i` of `s`: letters and digits, with
/// an apostrophe or a hyphen between letters, a period or comma between digits (1,000 and
/// 3.5), and the periods of an initialism (U.S., a.m.); a possessive 's is left for a token
/// of its own.
fn word_end(s: &str, i: usize, c: char) -> usize {
    let b = s.as_bytes();
    let mut j = i + c.len_utf8();
    let mut last_letter_run = 1usize; // letters since the last period, for initialisms
    let mut initialism = true;
    loop {
        // A run of ASCII letters and digits, as the general case below reads each
        // (the counts move once for the run: they only grow along it).
        let run_start = j;
        j = ascii_alnum_run_end(b, j);
        if j > run_start {
            last_letter_run += j - run_start;
            if last_letter_run > 1 {
                initialism = false;
            }
        }
        // What ends most words: the text's end, or ASCII that no rule below reads
        // on (letters and digits were taken above).
        if j == b.len() || b[j] < 0x80 && !matches!(b[j], b'\'' | b'-' | b'.' | b',' | b'?' | b'!')
        {
            break;
        }
        if matches!(b[j], b'?' | b'!') {
            if names_own_mark(b, j, c) {
                j += 1;
            }
            break;
        }
        let rest = &s[j..];
        let mut chars = rest.chars();
        let Some(n) = chars.next() else { break };
        if n.is_alphanumeric() {
            j += n.len_utf8();
            last_letter_run += 1;
            if last_letter_run > 1 {
                initialism = false;
            }
            continue;
        }
        let after = chars.next();
        if is_apostrophe(n) {
            if !apostrophe_inside_word(after, chars.next()) {
                break;
            }
            j += n.len_utf8();
            initialism = false;
            continue;
        }
        if n == '-' && after.is_some_and(|a| a.is_alphanumeric()) {
            j += 1;
            initialism = false;
            last_letter_run = 0;
            continue;
        }
        if separates_digits(&s[i..j], n, after) {
            j += 1; // 1,000 and 3.5
            continue;
        }
        if n == '.' && initialism && last_letter_run == 1 {
            // U.S. / U.N. / a.m.: single letters joined by periods
            if after.is_some_and(|a| a.is_alphabetic()) {
                let third = chars.next();
                if !third.is_some_and(|t| t.is_alphanumeric()) {
                    j += 1;
                    last_letter_run = 0;
                    continue;
                }
            } else if s[i..j].contains('.') {
                j += 1; // the final period of an initialism
            }
        }
        break;
    }
    j
}

/// Whether the question or exclamation mark at byte `j` of `b`, in a word that starts with
/// `c`, is a name's own. ("Consumer group Which? warned", "the former Wham! star": a name's
/// own mark, with the sentence going on in lowercase after it, is the name's.)
fn names_own_mark(b: &[u8], j: usize, c: char) -> bool {
    c.is_uppercase()
        && b.get(j + 1) == Some(&b' ')
        && b.get(j + 2).is_some_and(u8::is_ascii_lowercase)
}

/// Whether the character `n` after the word so far, `word`, is a period or comma between
/// digits (`after` the character after it): 1,000 and 3.5.
fn separates_digits(word: &str, n: char, after: Option<char>) -> bool {
    (n == '.' || n == ',')
        && after.is_some_and(|a| a.is_ascii_digit())
        && word.chars().last().is_some_and(|p| p.is_ascii_digit())
}

/// `tokenize`, appending to `out` (whose tokens before are left as they are).
pub fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let first = out.len();
    let s = &text[start..end];
    // A position rather than a char iterator: a word is scanned once, and the scan resumes
    // where it ended.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII space, the common case, without decoding.
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let c = if b[i] < 0x80 {
            char::from(b[i])
        } else {
            s[i..].chars().next().unwrap_or(' ')
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let j = word_end(s, i, c);
            out.push(Token {
                start: start + i,
                end: start + j,
                kind: TokenKind::Word,
            });
            i = j;
            continue;
        }
        if is_apostrophe(c) {
            let rest = &s[i + c.len_utf8()..];
            let mut chars = rest.chars();
            if let Some(a) = chars.next()
                && (a == 's' || a == 'S')
                && !chars.next().is_some_and(|x| x.is_alphanumeric())
                && out[first..]
                    .last()
                    .is_some_and(|t: &Token| t.end == start + i && t.kind == TokenKind::Word)
            {
                let j = i + c.len_utf8() + 1;
                out.push(Token {
                    start: start + i,
                    end: start + j,
                    kind: TokenKind::Possessive,
                });
                i = j;
                continue;
            }
        }
        out.push(Token {
            start: start + i,
            end: start + i + c.len_utf8(),
            kind: TokenKind::Punct,
        });
        i += c.len_utf8();
    }
}

/// Lowercased token text for lexicon lookups; curly apostrophes become straight ones.
pub fn norm(word: &str) -> String {
    // Nearly every token is ASCII: one allocation of the right size, no per-char mapping.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A word of a name as names are compared: its edges' punctuation trimmed, lowercased, and
/// its diacritics dropped ("Erdoğan" is "erdogan", and a name typed in NFD is the one typed
/// in NFC).
pub fn fold_name_word(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    // ASCII has no decomposition and no combining marks.
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    w.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// `norm(word)`, borrowing `word` when that is what it already is (lowercase ASCII).
pub fn norm_cow(word: &str) -> Cow<'_, str> {
    // One pass over the bytes, words being short: any byte outside ASCII, or an uppercase
    // letter, needs a copy.
    let mut upper = false;
    for &b in word.as_bytes() {
        if b >= 0x80 {
            return Cow::Owned(norm(word));
        }
        upper |= b.is_ascii_uppercase();
    }
    if upper {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// `norm_cow(&text[start..end])`, reading a word of up to eight bytes with one load from the
/// text around it instead of a byte at a time: nearly every token is such a word.
#[inline]
pub fn norm_cow_at(text: &str, start: usize, end: usize) -> Cow<'_, str> {
    norm_cow_lowered(text, None, start, end)
}

/// `norm_cow_at`, borrowing an ASCII word with capitals from `lower` instead of copying it
/// (a sentence's capitalized words were a copy each): `(l, base)`, where `l` is the text from
/// byte `base` on, as far as the word at least, lowercased by `str::to_ascii_lowercase`,
/// which keeps every byte where it was.
#[inline]
pub fn norm_cow_lowered<'a>(
    text: &'a str,
    lower: Option<(&'a str, usize)>,
    start: usize,
    end: usize,
) -> Cow<'a, str> {
    let lowered = |word: &'a str| match lower {
        Some((l, base)) => Cow::Borrowed(&l[start - base..end - base]),
        None => Cow::Owned(word.to_ascii_lowercase()),
    };
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let n = end - start;
    let eight = text.as_bytes().get(start..start + 8);
    let Some(Ok(bytes)) = eight.map(<[u8; 8]>::try_from).filter(|_| n > 0 && n <= 8) else {
        // `norm_cow` over longer words (and words at the text's end).
        let word = &text[start..end];
        return match word.is_ascii() {
            true if word.bytes().any(|b| b.is_ascii_uppercase()) => lowered(word),
            true => Cow::Borrowed(word),
            false => Cow::Owned(norm(word)),
        };
    };
    // The word's bytes, the bytes after it cleared.
    let w = u64::from_le_bytes(bytes) & (u64::MAX >> (64 - 8 * n));
    if w & HIGH != 0 {
        return Cow::Owned(norm(&text[start..end]));
    }
    // An ASCII byte x is uppercase when x + 0x3F reaches 0x80 (x >= 'A') and x + 0x25 does
    // not (x <= 'Z'); no sum carries into the next byte, every byte being under 0x80.
    let upper = w.wrapping_add(0x3F * ONES) & !w.wrapping_add(0x25 * ONES) & HIGH;
    let word = &text[start..end];
    if upper != 0 {
        lowered(word)
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether a word starts with an uppercase letter.
#[inline]
pub fn is_capitalized(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii() => {
            b.is_ascii_uppercase()
                || opens_a_lowercase_name(b) && name_in_lower_case(word.as_bytes())
        }
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Whether a word that opens in lower case is a name all the same: after an Arabic
/// article ("al-Assad", "el-Sisi"), or a brand written with an inner capital after an "e"
/// or an "i" ("eBay", "easyJet", "iTunes": letters up to a capital and a lowercase letter
/// after it, four letters or more; not "mRNA", "kWh", "pro-Trump").
#[inline]
pub fn name_in_lower_case(word: &[u8]) -> bool {
    // (Such brands open with "e" or "i" as a rule: "eBay", "easyJet", "iPhone", "eSwatini".)
    match word {
        [b'a' | b'e', b'l', b'-', c, ..] => c.is_ascii_uppercase(),
        _ => brand_in_lower_case(word),
    }
}

/// Whether a word is a brand written with an inner capital after an "e" or an "i" ("eBay",
/// "easyJet", "iTunes"): a body's name, never a person's.
#[inline]
pub fn brand_in_lower_case(word: &[u8]) -> bool {
    matches!(word, [b'e' | b'i', _, _, _, ..]) && inner_capital(word)
}

/// Whether a lowercase name may open with byte `b` ("al-", "el-", "eBay", "iTunes"): asked
/// before [`name_in_lower_case`], which most lowercase words then never reach.
#[inline(always)]
pub fn opens_a_lowercase_name(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i')
}

/// Whether a word of four bytes or more has one capital among its first six bytes, after
/// lowercase letters and before a lowercase one, and no other ("easyJet"; "realDonaldTrump"
/// is a handle). Nearly every word asked is plain lower case: a test of eight bytes at once
/// for any capital comes first.
fn inner_capital(word: &[u8]) -> bool {
    has_ascii_capital(word)
        && word
            .iter()
            .take(6)
            .position(|b| !b.is_ascii_lowercase())
            .is_some_and(|p| {
                p > 0
                    && word[p].is_ascii_uppercase()
                    && word[p + 1..].first().is_some_and(u8::is_ascii_lowercase)
                    && !word[p + 1..].iter().any(u8::is_ascii_uppercase)
            })
}

/// Whether any of the first eight bytes of a word of four bytes or more (of all its bytes,
/// if fewer) is an ASCII capital, tested in one machine word: a byte gets its high bit from
/// `b + (0x80 - b'A')` when `b >= b'A'` and loses it again past `b'Z'` (bytes of 0x80 and
/// more are masked out first, so no sum carries into its neighbour). A shorter word is read
/// as its first four bytes and its last four, which may overlap.
#[inline]
fn has_ascii_capital(word: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = match (
        word.first_chunk::<8>(),
        word.first_chunk::<4>(),
        word.last_chunk::<4>(),
    ) {
        (Some(eight), _, _) => u64::from_le_bytes(*eight),
        (None, Some(first), Some(last)) => {
            u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32
        }
        _ => return word.iter().any(u8::is_ascii_uppercase),
    };
    let ascii = !x & (0x80 * ONES);
    let low = x & (0x7f * ONES);
    let at_least_a = low + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low + (0x7f - u64::from(b'Z')) * ONES;
    (at_least_a & !past_z & ascii) != 0
}

/// Whether a word is a single capital letter, an initial ("D" of "John D. Podesta").
pub fn is_initial(word: &str) -> bool {
    word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    /// "Which?", "OutRage!": a name's own mark stays in the name where the sentence goes on
    /// in lowercase; a question or an exclamation ends its word otherwise.
    #[test]
    fn a_name_s_own_question_or_exclamation_mark_is_the_name_s() {
        assert_eq!(
            words("group Which? warned it"),
            ["group", "Which?", "warned", "it"]
        );
        assert_eq!(words("OutRage! said"), ["OutRage!", "said"]);
        assert_eq!(words("Why? Because"), ["Why", "?", "Because"]);
        assert_eq!(words("go? he said"), ["go", "?", "he", "said"]);
    }

    #[test]
    fn a_name_after_an_arabic_article_is_capitalized() {
        for w in ["al-Assad", "el-Sisi", "Assad"] {
            assert!(is_capitalized(w), "{w}");
        }
        for w in ["al-", "also", "el-nino", "ale-House", "assad"] {
            assert!(!is_capitalized(w), "{w}");
        }
    }

    #[test]
    fn eight_bytes_at_once_find_a_capital_as_one_at_a_time_does() {
        for b in 0..=255u8 {
            for len in 1..=9 {
                for at in 0..len {
                    let mut w = vec![b'x'; len];
                    w[at] = b;
                    let want = at < 8 && b.is_ascii_uppercase();
                    assert_eq!(has_ascii_capital(&w), want, "{b} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn a_brand_with_an_inner_capital_is_capitalized() {
        for w in ["eBay", "easyJet", "iTunes", "iDefence"] {
            assert!(is_capitalized(w), "{w}");
        }
        for w in [
            "mRNA",
            "kWh",
            "pro-Trump",
            "ex-Labour",
            "realDonaldTrump",
            "iOS",
        ] {
            assert!(!is_capitalized(w), "{w}");
        }
    }

    #[test]
    fn possessives_and_initialisms() {
        assert_eq!(
            words("China's U.S. envoy"),
            ["China", "'s", "U.S.", "envoy"]
        );
        assert_eq!(words("the U.N. said."), ["the", "U.N.", "said", "."]);
        assert_eq!(words("Xi'an, don't"), ["Xi'an", ",", "don't"]);
        assert_eq!(words("countries' ties"), ["countries", "'", "ties"]);
        assert_eq!(
            words("Frank-Walter 1,000.5 Japan- China"),
            ["Frank-Walter", "1,000.5", "Japan", "-", "China"]
        );
        assert_eq!(words("China\u{2019}s"), ["China", "\u{2019}s"]);
        assert_eq!(words("Mr. Li"), ["Mr", ".", "Li"]);
    }

    #[test]
    fn norm_lowercases_and_straightens_apostrophes() {
        assert_eq!(norm("Xi'AN"), "xi'an");
        assert_eq!(norm("China\u{2019}S"), "china's");
        assert_eq!(norm("\u{130}ZMIR"), "i\u{307}zmir");
        for w in ["U.S.", "Ab-Cd", "123", "ÉTÉ", "Straße", "\u{2019}s"] {
            let slow: String = w
                .chars()
                .map(|c| if c == '\u{2019}' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(norm(w), slow, "{w}");
            assert_eq!(norm_cow(w), slow, "{w}");
        }
    }

    #[test]
    fn norm_cow_borrows_what_needs_no_change() {
        for w in ["said", "u.s.", "1,000", "xi'an", "'s", "-", ""] {
            assert!(matches!(norm_cow(w), Cow::Borrowed(b) if b == w), "{w}");
        }
        for w in ["Said", "U.S.", "xi\u{2019}an", "\u{e9}t\u{e9}"] {
            assert!(
                matches!(norm_cow(w), Cow::Owned(ref o) if *o == norm(w)),
                "{w}"
            );
        }
    }

    /// The tokenizer as first written (a char iterator), the reference for `tokenize`.
    fn tokenize_reference(text: &str, start: usize, end: usize) -> Vec<Token> {
        // News English averages about one token per five bytes.
        let mut out = Vec::with_capacity((end - start) / 4 + 1);
        let s = &text[start..end];
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if c.is_alphanumeric() {
                let mut j = i + c.len_utf8();
                let mut last_letter_run = 1usize; // letters since the last period, for initialisms
                let mut initialism = true;
                loop {
                    let rest = &s[j..];
                    let mut chars = rest.chars();
                    let Some(n) = chars.next() else { break };
                    if n.is_alphanumeric() {
                        j += n.len_utf8();
                        last_letter_run += 1;
                        if last_letter_run > 1 {
                            initialism = false;
                        }
                        continue;
                    }
                    let after = chars.next();
                    if is_apostrophe(n) {
                        match after {
                            Some(a)
                                if (a == 's' || a == 'S')
                                    && !chars.next().is_some_and(|x| x.is_alphanumeric()) =>
                            {
                                break; // possessive: its own token
                            }
                            Some(a) if a.is_alphanumeric() => {
                                j += n.len_utf8();
                                initialism = false;
                                continue;
                            }
                            _ => break,
                        }
                    }
                    if n == '-' && after.is_some_and(|a| a.is_alphanumeric()) {
                        j += 1;
                        initialism = false;
                        last_letter_run = 0;
                        continue;
                    }
                    if (n == '.' || n == ',')
                        && after.is_some_and(|a| a.is_ascii_digit())
                        && s[i..j].chars().last().is_some_and(|p| p.is_ascii_digit())
                    {
                        j += 1; // 1,000 and 3.5
                        continue;
                    }
                    if n == '.' && initialism && last_letter_run == 1 {
                        // U.S. / U.N. / a.m.: single letters joined by periods
                        if after.is_some_and(|a| a.is_alphabetic()) {
                            let third = chars.next();
                            if !third.is_some_and(|t| t.is_alphanumeric()) {
                                j += 1;
                                last_letter_run = 0;
                                continue;
                            }
                        } else if s[i..j].contains('.') {
                            j += 1; // the final period of an initialism
                        }
                    }
                    break;
                }
                // A name's own mark before a lowercase word ("Which? warned").
                let mut rest = s[j..].chars();
                if matches!(rest.next(), Some('?' | '!'))
                    && c.is_uppercase()
                    && rest.next() == Some(' ')
                    && rest.next().is_some_and(|a| a.is_ascii_lowercase())
                {
                    j += 1;
                }
                out.push(Token {
                    start: start + i,
                    end: start + j,
                    kind: TokenKind::Word,
                });
                // skip the chars consumed
                while let Some(&(k, _)) = it.peek() {
                    if k < j {
                        it.next();
                    } else {
                        break;
                    }
                }
                continue;
            }
            if is_apostrophe(c) {
                let rest = &s[i + c.len_utf8()..];
                let mut chars = rest.chars();
                if let Some(a) = chars.next()
                    && (a == 's' || a == 'S')
                    && !chars.next().is_some_and(|x| x.is_alphanumeric())
                    && out
                        .last()
                        .is_some_and(|t: &Token| t.end == start + i && t.kind == TokenKind::Word)
                {
                    let j = i + c.len_utf8() + 1;
                    out.push(Token {
                        start: start + i,
                        end: start + j,
                        kind: TokenKind::Possessive,
                    });
                    it.next();
                    continue;
                }
            }
            out.push(Token {
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
        out
    }

    #[test]
    fn tokenize_agrees_with_the_reference() {
        for t in crate::text::testgen::random_strings(
            "aZs S1.,'\u{2019}-  \t\n\"()\u{e9}\u{4e2d}.9?!",
            0x2545_f491_4f6c_dd1d,
            100_000,
            16,
        ) {
            assert_eq!(
                tokenize(&t, 0, t.len()),
                tokenize_reference(&t, 0, t.len()),
                "{t:?}"
            );
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["tests/fixtures/articles", "data/samples"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                if let Ok(t) = std::fs::read_to_string(entry.unwrap().path()) {
                    assert_eq!(tokenize(&t, 0, t.len()), tokenize_reference(&t, 0, t.len()));
                }
            }
        }
    }

    #[test]
    fn offsets_are_absolute() {
        let s = "xx said he";
        let t = tokenize(s, 3, s.len());
        assert_eq!(t[0].text(s), "said");
        assert_eq!(t[1].start, 8);
    }

    #[test]
    fn alnum_run_reads_as_the_byte_loop() {
        let bytes: Vec<u8> = (0u8..=255).collect();
        let mut texts: Vec<Vec<u8>> = vec![b"abcdefghijklmnopqrstuvwxyz0123456789 x".to_vec()];
        // Every byte after runs of every length up to 17, and runs broken at every place.
        for &c in &bytes {
            for n in 0..18 {
                let mut t = b"aZ09".repeat(5)[..n].to_vec();
                t.push(c);
                t.extend_from_slice(b"abcdefghij");
                texts.push(t);
            }
        }
        for t in &texts {
            for j in 0..t.len() {
                let mut k = j;
                while k < t.len() && t[k].is_ascii_alphanumeric() {
                    k += 1;
                }
                assert_eq!(ascii_alnum_run_end(t, j), k, "{t:?} from {j}");
            }
        }
    }

    #[test]
    fn norm_cow_at_is_norm_cow() {
        let text =
            "Ab ab AB a Z z @ [ ` { zZ 12345678 ABCDEFGH abcdefgh abcdefghi \u{dc}nter \u{2019}s x";
        let mut words: Vec<(usize, usize)> = Vec::new();
        for t in tokenize(text, 0, text.len()) {
            words.push((t.start, t.end));
        }
        // Every slice on char boundaries, not only tokens: the bytes after the word vary.
        for a in 0..text.len() {
            for b in a + 1..=text.len().min(a + 10) {
                if text.is_char_boundary(a) && text.is_char_boundary(b) {
                    words.push((a, b));
                }
            }
        }
        for (a, b) in words {
            let word = &text[a..b];
            assert_eq!(norm_cow_at(text, a, b), norm_cow(word), "{word:?}");
            let lower = text[a..].to_ascii_lowercase();
            let lowered = norm_cow_lowered(text, Some((&lower, a)), a, b);
            assert_eq!(lowered, norm_cow(word), "{word:?}");
        }
        for c in 0u8..0x80 {
            let s = format!("{}xyzabcdefg", c as char);
            assert_eq!(norm_cow_at(&s, 0, 1), norm_cow(&s[..1]), "{c}");
        }
    }
}
