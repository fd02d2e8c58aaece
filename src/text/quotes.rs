//! Quotation marks: which characters open and close quotes, and the quoted spans.
//!
//! Straight and curly double quotes, guillemets and curly single quotes used as quotes are
//! paired within a paragraph; straight single quotes too in an article that quotes with them
//! (British style on a plain keyboard, see [`QuoteStyle`]). An apostrophe ("countries'",
//! "Xi'an") is never a mark. A mark left open is closed by the paragraph end, so one stray
//! mark cannot swallow the article.

use crate::lexicon::grammar::WordList;
use crate::text::offsets::{Ahead, ascii_len, lead_before, utf8_len};

/// One quoted span (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The opening mark.
    pub open: usize,
    /// First byte inside the marks.
    pub content_start: usize,
    /// End of the content (the closing mark's start, or the paragraph end when unclosed).
    pub content_end: usize,
    /// Just past the closing mark (equal to `content_end` when unclosed).
    pub close_end: usize,
    /// Whether a closing mark was found in the paragraph.
    pub closed: bool,
}

impl QuoteSpan {
    /// A quotation closed by its mark at `close..close_end`.
    fn closed(open: usize, content_start: usize, close: usize, close_end: usize) -> Self {
        QuoteSpan {
            open,
            content_start,
            content_end: close,
            close_end,
            closed: true,
        }
    }

    /// A quotation left open, its content running to `content_end`.
    fn unclosed(open: usize, content_start: usize, content_end: usize) -> Self {
        QuoteSpan {
            open,
            content_start,
            content_end,
            close_end: content_end,
            closed: false,
        }
    }
}

fn is_double(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{300C}'
            | '\u{300D}'
    )
}

/// Whether a character is any quotation mark this module pairs.
pub fn is_quote_mark(c: char) -> bool {
    is_double(c) || c == '\u{2018}' || c == '\u{2019}'
}

/// Finds the quoted spans of one paragraph `text[start..end]`.
pub fn find_quotes(text: &str, start: usize, end: usize) -> Vec<QuoteSpan> {
    // Most paragraphs hold no mark at all: skip building their character table. Every span
    // opens at a mark `is_quote_mark` knows, or at two apostrophes (a test checks this).
    let para = &text[start..end];
    // Every mark but '"' is outside ASCII, so ASCII text without '"' is decided bytewise.
    let may_hold_mark = if para.is_ascii() {
        para.contains('"')
    } else {
        holds_mark(para.as_bytes())
    };
    if !may_hold_mark && !para.contains("''") && !holds_entity_mark(para) {
        return Vec::new();
    }
    find_quotes_in(text, start, end)
}

/// The quotation mark an HTML character reference at the start of `s` stands for, and its
/// length: text taken from a page's source without decoding keeps "&quot;" and "&#8220;",
/// as the corpora keep "&amp;" and "&#233;".
fn entity_mark(s: &str) -> Option<(char, usize)> {
    let end = s.get(..s.len().min(10))?.find(';')?;
    let name = &s[1..end];
    let c = match name {
        "quot" | "#34" | "#x22" => '"',
        "ldquo" | "#8220" | "#x201C" | "#x201c" => '\u{201C}',
        "rdquo" | "#8221" | "#x201D" | "#x201d" => '\u{201D}',
        "lsquo" | "#8216" | "#x2018" => '\u{2018}',
        "rsquo" | "#8217" | "#x2019" => '\u{2019}',
        "laquo" | "#171" | "#xAB" | "#xab" => '\u{AB}',
        "raquo" | "#187" | "#xBB" | "#xbb" => '\u{BB}',
        "#39" | "#x27" | "apos" => '\'',
        _ => return None,
    };
    Some((c, end + 1))
}

/// Whether a paragraph holds a character reference for a quotation mark (`entity_mark`).
fn holds_entity_mark(para: &str) -> bool {
    memchr::memchr_iter(b'&', para.as_bytes()).any(|i| entity_mark(&para[i..]).is_some())
}

/// Which characters an article uses as its quotation marks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuoteStyle {
    /// Double marks, and curly single ones; a straight single mark is an apostrophe.
    #[default]
    Double,
    /// Straight single marks open and close quotations too: British style typed on a plain
    /// keyboard ("'It was late,' she said").
    StraightSingle,
}

impl QuoteStyle {
    /// The style of an article: straight single marks when the quotations they open
    /// outnumber the double marks' (a double-style article's single marks are nested
    /// quotations and scare quotes, fewer than its double ones).
    pub fn of(text: &str) -> QuoteStyle {
        let b = text.as_bytes();
        let (mut singles, mut spoken, mut apostrophe_pairs) = (0, 0, 0);
        for i in memchr::memchr_iter(b'\'', b) {
            if b.get(i + 1) == Some(&b'\'') || i > 0 && b[i - 1] == b'\'' {
                apostrophe_pairs += 1;
            } else if opens_single(text, i) {
                singles += 1;
            } else if spoken_close(b, i) {
                spoken += 1;
            }
        }
        // A quotation's words end in punctuation before the mark ("'I agree,' she said"); a
        // term in scare quotes ("a phenomenon called 'knocking'") does not.
        if spoken == 0 {
            return QuoteStyle::Double;
        }
        let doubles = apostrophe_pairs / 2
            + memchr::memchr_iter(b'"', b).count()
            + memchr::memchr3_iter(0xc2, 0xe2, 0xe3, b)
                .filter(|&i| text[i..].chars().next().is_some_and(is_double))
                .count();
        // Each double quotation has two marks, each single one is counted by its opener.
        if 2 * singles > doubles {
            QuoteStyle::StraightSingle
        } else {
            QuoteStyle::Double
        }
    }
}

/// Whether the straight mark at byte `i` closes spoken words: after ',', '.', '?' or '!',
/// before a space or the end.
fn spoken_close(b: &[u8], i: usize) -> bool {
    i > 0
        && matches!(b[i - 1], b',' | b'.' | b'?' | b'!')
        && b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
}

/// Whether the straight mark at byte `i` of `para` opens a quotation: after a space, a
/// bracket, a dash or a double mark, before a letter, a digit or a double mark, and not an
/// elision ("'em", "rock 'n' roll", "the '90s").
fn opens_single(para: &str, i: usize) -> bool {
    let prev = para[..i].chars().next_back();
    let rest = &para[i + 1..];
    let Some(next) = rest.chars().next() else {
        return false;
    };
    let after_space = prev.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '(' | '[' | '{' | '-' | '/' | '\u{2013}' | '\u{2014}')
            || is_double(c)
    });
    if !after_space || !(next.is_alphanumeric() || is_double(next)) {
        return false;
    }
    let word_end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    let year = word.len() <= 3
        && word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .trim_end_matches('s')
            .bytes()
            .all(|c| c.is_ascii_digit());
    !year && !ELISIONS.contains(&word)
}

/// Words a straight mark shortens at their start ("'em"), so that it opens no quotation.
const ELISIONS: &[&str] = &[
    "em", "n", "til", "cause", "cos", "tis", "twas", "bout", "nuff",
];

/// The curly mark a straight single mark at byte `i` of `para` stands for: an opening one
/// where it opens a quotation, else a closing one, which the pairing reads as a closer or
/// an apostrophe as it does a curly one.
fn straight_single(para: &str, i: usize) -> char {
    if opens_single(para, i) {
        '\u{2018}'
    } else if para[..i].ends_with(" 'n") {
        // The second mark of "rock 'n' roll" closes nothing.
        '\''
    } else {
        '\u{2019}'
    }
}

/// Finds the quoted spans of one paragraph `text[start..end]` in an article's `style`.
pub fn find_quotes_in_style(
    text: &str,
    start: usize,
    end: usize,
    style: QuoteStyle,
) -> Vec<QuoteSpan> {
    if style == QuoteStyle::Double
        || !text[start..end].contains('\'')
        || u32::try_from(end - start).is_err()
    {
        return find_quotes(text, start, end);
    }
    find_quotes_by_table_in(text, start, end, style)
}

/// `text.contains(is_quote_mark)` on the bytes: '"', or the UTF-8 of a mark found from the
/// first bytes the others share (C2 for the guillemets, E2 80 for the curly marks, E3 80 for
/// the corner brackets), so that the rest of the text is never decoded.
fn holds_mark(b: &[u8]) -> bool {
    memchr::memchr(b'"', b).is_some()
        || memchr::memchr3_iter(0xc2, 0xe2, 0xe3, b).any(|i| {
            matches!(
                (b[i], b.get(i + 1).copied(), b.get(i + 2).copied()),
                (0xc2, Some(0xab | 0xbb), _)
                    | (0xe2, Some(0x80), Some(0x98 | 0x99 | 0x9c..=0x9f))
                    | (0xe3, Some(0x80), Some(0x8c | 0x8d))
            )
        })
}

fn find_quotes_in(text: &str, start: usize, end: usize) -> Vec<QuoteSpan> {
    let para = &text[start..end];
    // Offsets within the paragraph as u32 halve the table (a 50 MB line of text costs
    // 400 MB, not 800); a paragraph over 4 GiB gets no quotations.
    if u32::try_from(para.len()).is_err() {
        return Vec::new();
    }
    if para.contains("''") || holds_entity_mark(para) {
        return find_quotes_by_table(text, start, end);
    }
    // Without two apostrophes every character is itself, and the pairing steps over the
    // bytes with no table: ASCII, where '"' is the only mark, and any other paragraph (a
    // "£" or a curly quote is enough), where a search also stops at each non-ASCII byte.
    if para.is_ascii() {
        pair_marks(text, start, end, &AsciiPara(para.as_bytes()))
    } else {
        pair_marks(text, start, end, &BytePara::new(para))
    }
}

/// `find_quotes_in` over a table of the paragraph's characters: the general route.
fn find_quotes_by_table(text: &str, start: usize, end: usize) -> Vec<QuoteSpan> {
    find_quotes_by_table_in(text, start, end, QuoteStyle::Double)
}

fn find_quotes_by_table_in(
    text: &str,
    start: usize,
    end: usize,
    style: QuoteStyle,
) -> Vec<QuoteSpan> {
    let para = &text[start..end];
    // Two apostrophes ('') stand for a double quotation mark in some newspapers' text; they
    // become one mark here, and `width` keeps the true byte length.
    let mut chars: Vec<(u32, char)> = Vec::with_capacity(para.len());
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\'' && it.peek().is_some_and(|&(_, d)| d == '\'') {
            it.next();
            chars.push((i as u32, '"'));
        } else if let Some((mark, len)) = (c == '&').then(|| entity_mark(&para[i..])).flatten() {
            // The reference is one character of its mark; `width` keeps its length.
            while it.peek().is_some_and(|&(j, _)| j < i + len) {
                it.next();
            }
            let mark = if mark == '\'' && style == QuoteStyle::StraightSingle {
                '\u{2019}'
            } else {
                mark
            };
            chars.push((i as u32, mark));
        } else if c == '\'' && style == QuoteStyle::StraightSingle {
            chars.push((i as u32, straight_single(para, i)));
        } else {
            chars.push((i as u32, c));
        }
    }
    let len = para.len() as u32;
    pair_marks(text, start, end, &TablePara { chars, len })
}

/// A paragraph's characters as the pairing reads them: positions `0..n()`, each the start
/// of one character (a byte offset, or an index into a table).
trait Para {
    /// Where the characters end.
    fn n(&self) -> usize;
    /// The character at `k` (`k < n()`): its byte offset in the paragraph, and the
    /// character (`'"'` for two apostrophes).
    fn get(&self, k: usize) -> (u32, char);
    /// The length in bytes of the character `c` at `k`.
    fn width(&self, k: usize, c: char) -> usize;
    /// The position of the character after the one at `k` (`k < n()`).
    fn next(&self, k: usize) -> usize {
        k + 1
    }
    /// The position of the character before the one at `k` (`k > 0`).
    fn prev(&self, k: usize) -> usize {
        k - 1
    }
    /// The first character from `k` on (or `n()`) that can be a quotation mark, or any
    /// character before it.
    fn next_mark(&self, k: usize) -> usize;
}

/// An ASCII paragraph: positions are bytes, and '"' the only mark.
struct AsciiPara<'a>(&'a [u8]);

impl Para for AsciiPara<'_> {
    fn n(&self) -> usize {
        self.0.len()
    }
    fn get(&self, k: usize) -> (u32, char) {
        (k as u32, char::from(self.0[k]))
    }
    fn width(&self, _: usize, _: char) -> usize {
        1
    }
    fn next_mark(&self, k: usize) -> usize {
        let b = self.0;
        b.get(k..)
            .and_then(|rest| memchr::memchr(b'"', rest))
            .map_or(b.len(), |p| k + p)
    }
}

/// A paragraph without two apostrophes: positions are the byte offsets of its characters.
struct BytePara<'a> {
    text: &'a str,
    /// The next '"' and the next non-ASCII byte, each searched for once (see `Ahead`).
    quote: Ahead,
    high: Ahead,
}

impl<'a> BytePara<'a> {
    fn new(text: &'a str) -> Self {
        BytePara {
            text,
            quote: Ahead::default(),
            high: Ahead::default(),
        }
    }
}

impl Para for BytePara<'_> {
    fn n(&self) -> usize {
        self.text.len()
    }
    fn get(&self, k: usize) -> (u32, char) {
        let b = self.text.as_bytes()[k];
        if b < 0x80 {
            return (k as u32, char::from(b));
        }
        (k as u32, self.text[k..].chars().next().unwrap_or_default())
    }
    fn width(&self, _: usize, c: char) -> usize {
        c.len_utf8()
    }
    fn next(&self, k: usize) -> usize {
        k + utf8_len(self.text.as_bytes()[k])
    }
    fn prev(&self, k: usize) -> usize {
        lead_before(self.text.as_bytes(), k)
    }
    fn next_mark(&self, k: usize) -> usize {
        // '"' is the only ASCII mark; every other one starts with a byte past ASCII.
        let b = self.text.as_bytes();
        let quote = self.quote.find(k, |k| {
            k + memchr::memchr(b'"', &b[k..]).unwrap_or(b.len() - k)
        });
        let high = self.high.find(k, |k| k + ascii_len(&b[k..]));
        quote.min(high)
    }
}

/// A table of the paragraph's characters, two apostrophes one character among them and a
/// straight single mark read as the curly one it stands for.
struct TablePara {
    chars: Vec<(u32, char)>,
    /// The paragraph's length in bytes, where the last character ends.
    len: u32,
}

impl Para for TablePara {
    fn n(&self) -> usize {
        self.chars.len()
    }
    fn get(&self, k: usize) -> (u32, char) {
        self.chars[k]
    }
    fn width(&self, k: usize, _: char) -> usize {
        // A table character can stand for another width: two apostrophes, a straight mark.
        let end = self.chars.get(k + 1).map_or(self.len, |&(i, _)| i);
        (end - self.chars[k].0) as usize
    }
    fn next_mark(&self, k: usize) -> usize {
        k
    }
}

/// Pairs the marks of the paragraph `text[start..end]`, read as `p`'s characters.
fn pair_marks(text: &str, start: usize, end: usize, p: &impl Para) -> Vec<QuoteSpan> {
    let n = p.n();
    let mut out = Vec::new();
    // Where the last search for a single closing mark stopped (a closer, a double mark or
    // the paragraph end). Whether a mark stops that search depends only on the mark and its
    // neighbours, so an opening mark before that stop finds the same stop: each character
    // is searched over once, and 100,000 unclosed marks stay linear.
    let mut single_stop: Option<(usize, Option<usize>)> = None;
    // Where the paragraph's first visible character stands (once: a paragraph of many
    // marks would rescan its opening spaces at each).
    let first_visible = text[start..end]
        .find(|c: char| !invisible(c))
        .unwrap_or(end - start);
    let mut k = p.next_mark(0);
    while k < n {
        let c = p.get(k).1;
        // Only marks open spans; any other character is passed over.
        if !is_double(c) && c != '\u{2018}' {
            k = p.next_mark(p.next(k));
            continue;
        }
        let prev = if k > 0 {
            Some(p.get(p.prev(k)).1)
        } else {
            None
        };
        let after = p.next(k);
        let next = (after < n).then(|| p.get(after).1);
        if is_double(c) {
            // A closing-only mark, with nothing open, is stray; but a right double mark
            // that opens its paragraph before a word opens a quotation ('”This is why ISIS
            // has to be destroyed ...,” said John Krystek', as some sites type it).
            if matches!(c, '\u{201D}' | '\u{00BB}' | '\u{300D}')
                && !(c == '\u{201D}'
                    && next.is_some_and(|x| x.is_alphanumeric())
                    && p.get(k).0 as usize == first_visible)
            {
                k = p.next_mark(after);
                continue;
            }
            let (span, on) = double_span(text, (start, end), p, k);
            out.push(span);
            k = on;
            continue;
        }
        if c == '\u{2018}'
            && !prev.is_some_and(char::is_alphanumeric)
            && next.is_some_and(|x| x.is_alphanumeric() || is_double(x))
            && let Some((span, on)) = single_span(text, start, p, k, &mut single_stop)
        {
            out.push(span);
            k = on;
            continue;
        }
        k = p.next_mark(after);
    }
    out
}

/// Whether a character shows nothing: a space or an invisible direction mark.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}'
        )
}

/// The span the single opening mark `k` opens, and the mark to go on from: closed at the
/// first closing single mark that is not an apostrophe (one followed by punctuation before a
/// plural possessive, "sides' interests"), or unclosed up to a mark that reopens the
/// quotation; `None` when neither is found. `single_stop` keeps where the last search
/// stopped, for the opening marks before it.
fn single_span(
    text: &str,
    start: usize,
    p: &impl Para,
    k: usize,
    single_stop: &mut Option<(usize, Option<usize>)>,
) -> Option<(QuoteSpan, usize)> {
    let n = p.n();
    let (i, c) = p.get(k);
    let i = i as usize;
    let (stop, best) = match *single_stop {
        Some((stop, best)) if stop > k => (stop, best),
        _ => {
            let found = single_closer(p, k);
            *single_stop = Some(found);
            found
        }
    };
    let content_start = start + i + p.width(k, c);
    if let Some(m) = best {
        let (j, d) = p.get(m);
        let close = start + j as usize;
        let span = QuoteSpan::closed(start + i, content_start, close, close + p.width(m, d));
        return Some((span, p.next(m)));
    }
    // Reopened before it closed: the quotation runs, unclosed, up to the new mark.
    if stop < n && stop > k && p.get(stop).1 == '\u{2018}' {
        let content_end = trim_end(text, content_start, start + p.get(stop).0 as usize);
        return Some((
            QuoteSpan::unclosed(start + i, content_start, content_end),
            stop,
        ));
    }
    // A quotation that goes on into the next paragraph opens each of its paragraphs and
    // closes only at its end: a mark that opens the paragraph, follows a colon ("He
    // said: 'If ...") or opens a sentence ("..., the MLA said. 'There isn't. We ...")
    // runs unclosed to the paragraph's end.
    let before = text[start..start + i].trim_end();
    if stop == n && (before.is_empty() || before.ends_with([':', '.', '?', '!'])) {
        let last = p.prev(n);
        let (j, d) = p.get(last);
        let content_end = trim_end(text, content_start, start + j as usize + p.width(last, d));
        return Some((
            QuoteSpan::unclosed(start + i, content_start, content_end),
            n,
        ));
    }
    None
}

/// The span the double mark `k` opens, and the mark to go on from: closed at its closer, or
/// left open up to where the search for one stopped (the next opening mark or the
/// paragraph's end).
fn double_span(
    text: &str,
    (start, end): (usize, usize),
    p: &impl Para,
    k: usize,
) -> (QuoteSpan, usize) {
    let (i, c) = p.get(k);
    let i = i as usize;
    let (close, m) = double_closer(p, k, c);
    let content_start = start + i + p.width(k, c);
    match close {
        Some(m) => {
            let (j, d) = p.get(m);
            let close = start + j as usize;
            let span = QuoteSpan::closed(start + i, content_start, close, close + p.width(m, d));
            (span, p.next(m))
        }
        None => {
            let stop = if m < p.n() {
                start + p.get(m).0 as usize
            } else {
                end
            };
            let content_end = trim_end(text, content_start, stop);
            (
                QuoteSpan::unclosed(start + i, content_start, content_end),
                m,
            )
        }
    }
}

/// The mark that closes the double mark `c` at `k`, and where the search stopped (that
/// mark, a mark that opens a new quotation instead, or `n`). Every closer is a mark: the
/// search goes from mark to mark.
fn double_closer(p: &impl Para, k: usize, c: char) -> (Option<usize>, usize) {
    let n = p.n();
    let closers: &[char] = match c {
        '\u{00AB}' => &['\u{00BB}'],
        '\u{300C}' => &['\u{300D}'],
        _ => &['"', '\u{201D}', '\u{201C}', '\u{201F}'],
    };
    let mut m = p.next_mark(p.next(k));
    while m < n {
        let d = p.get(m).1;
        if closers.contains(&d) {
            let before_space = m > 0 && p.get(p.prev(m)).1.is_whitespace();
            let after = p.next(m);
            let after_word = after < n && p.get(after).1.is_alphanumeric();
            // A curly opening mark after a space, with a letter next, opens a new quote
            // (the last one was unclosed), unless the text is all curly-open.
            if d == '\u{201C}' && c == '\u{201C}' && before_space && after_word {
                return (None, m);
            }
            // A straight mark that opens a sentence after one that ended inside the
            // quotation ('"We tried. "Then the rain came."') reopens it: a corpus that lost
            // its paragraph breaks keeps the marks that began each paragraph.
            if d == '"' && before_space && after_word && ends_sentence(p, k, m) {
                return (None, m);
            }
            return (Some(m), m);
        }
        m = p.next_mark(p.next(m));
    }
    (None, m)
}

/// From the single opening mark at `k`: where the search stopped (the closer, a double
/// mark, a single opening mark that reopens the quotation, or `n`) and the first closing
/// single mark that is not an apostrophe, preferring one followed by punctuation over a
/// plural possessive ("sides' interests").
fn single_closer(p: &impl Para, k: usize) -> (usize, Option<usize>) {
    let n = p.n();
    let mut m = p.next(k);
    while m < n {
        let d = p.get(m).1;
        if is_double(d) {
            break;
        }
        let after = p.next(m);
        // An opening mark that starts a sentence after one that ended inside the quotation
        // ("'We tried. 'Then the rain came.'") reopens it, as a straight double mark does:
        // the search stops there with no closer.
        if d == '\u{2018}'
            && p.get(p.prev(m)).1.is_whitespace()
            && after < n
            && p.get(after).1.is_alphanumeric()
            && ends_sentence(p, k, m)
        {
            return (m, None);
        }
        if d == '\u{2019}' {
            let next = (after < n).then(|| p.get(after).1);
            if !next.is_some_and(|a| a.is_alphanumeric()) {
                let possessive = p.get(p.prev(m)).1 == 's'
                    && next == Some(' ')
                    && p.next(after) < n
                    && p.get(p.next(after)).1.is_lowercase()
                    && !CLOSED_CLASS.contains(&word_at(p, p.next(after)));
                if !possessive {
                    return (m, Some(m));
                }
            }
        }
        m = after;
    }
    (m, None)
}

/// Words that never follow a plural possessive ("the 'looming problems' of ...", "'more
/// police officers' he said"): a closing mark stands before them.
const CLOSED_CLASS: WordList = WordList::new(&[
    "of", "for", "to", "in", "on", "at", "by", "from", "with", "into", "over", "after", "before",
    "and", "or", "but", "as", "than", "that", "which", "who", "if", "when", "while", "because",
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can",
    "may", "might", "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "said", "says",
]);

/// The lowercase letters of the word at `k`, up to 12 (enough to tell a short word).
fn word_at(p: &impl Para, mut k: usize) -> String {
    let mut w = String::new();
    while k < p.n() && w.len() < 12 {
        let c = p.get(k).1;
        if !c.is_alphabetic() {
            break;
        }
        w.extend(c.to_lowercase());
        k = p.next(k);
    }
    w
}

/// Whether the text between the opening mark `k` and the mark `m` ends, before the
/// spaces ahead of `m`, with sentence-final punctuation (a closing bracket may follow it).
fn ends_sentence(p: &impl Para, k: usize, m: usize) -> bool {
    let inside = p.next(k);
    let mut b = m;
    while b > inside && p.get(p.prev(b)).1.is_whitespace() {
        b = p.prev(b);
    }
    if b > inside && matches!(p.get(p.prev(b)).1, ')' | ']') {
        b = p.prev(b);
    }
    b > inside && matches!(p.get(p.prev(b)).1, '.' | '!' | '?' | '\u{2026}')
}

/// Cuts an unclosed quotation before a frame of its own at the paragraph end ('"We are
/// ready, said the captain.'): the last comma whose next few words hold a cue word.
/// A paragraph of a quoted transcript ('"DRAKE: But, Mayor, some members say ...') is the
/// labelled speaker's to its end, and is left whole.
pub fn trim_unclosed(text: &str, quotes: &mut [QuoteSpan], is_cue: impl Fn(&str) -> bool) {
    for q in quotes.iter_mut().filter(|q| !q.closed) {
        let content = &text[q.content_start..q.content_end];
        if opens_with_label(content) {
            continue;
        }
        for (i, _) in content
            .match_indices(", ")
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let rest = &content[i + 2..];
            let words: Vec<&str> = rest.split_whitespace().collect();
            if words.len() > 12 {
                break;
            }
            let cue_near = words.iter().take(4).any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.chars().next().is_some_and(char::is_lowercase) && is_cue(w)
            });
            if cue_near {
                q.content_end = q.content_start + i + 1;
                q.close_end = q.content_end;
                break;
            }
        }
    }
}

/// Whether `content` opens with a speaker label: one to four capitalized words and a colon
/// ("PENCE: ", "Chris Matthews: ").
fn opens_with_label(content: &str) -> bool {
    let Some(colon) = content
        .get(..content.len().min(40))
        .and_then(|h| h.find(": "))
    else {
        return false;
    };
    let words = content[..colon].split(' ');
    words.clone().count() <= 4
        && words.into_iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
}

fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        let c = text[..end].chars().next_back().unwrap_or(' ');
        if c.is_whitespace() {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_open_only_at_marks_the_shortcut_knows() {
        for c in (0u32..0x3100).filter_map(char::from_u32) {
            if is_quote_mark(c) || c == '\'' {
                continue;
            }
            for t in [format!("a {c}b c{c} d"), format!("{c}{c}x{c} y {c}")] {
                assert!(find_quotes_in(&t, 0, t.len()).is_empty(), "{c:?}");
            }
        }
    }

    /// Every generated string over `alphabet`, padded, pairs its marks as the table does.
    fn assert_routes_agree_with_the_table(alphabet: &str, seed: u64, count: usize) {
        for t in crate::text::testgen::random_strings(alphabet, seed, count, 24) {
            let t = format!("x {t} y");
            assert_eq!(
                find_quotes_in(&t, 2, t.len() - 2),
                find_quotes_by_table(&t, 2, t.len() - 2),
                "{t:?}"
            );
        }
    }

    #[test]
    fn ascii_route_agrees_with_the_table() {
        assert_routes_agree_with_the_table("ab s.,\"\"'\u{2019}", 0x9e37_79b9_7f4a_7c15, 50_000);
    }

    #[test]
    fn holds_mark_is_contains_is_quote_mark() {
        let chars: Vec<char> = (0u32..0x3100).filter_map(char::from_u32).collect();
        for &c in &chars {
            let t = format!("a {c}b");
            assert_eq!(holds_mark(t.as_bytes()), t.contains(is_quote_mark), "{c:?}");
        }
        for t in crate::text::testgen::random_strings(
            "a \"\u{2018}\u{201D}\u{ab}\u{300D}\u{a3}\u{2014}\u{201A}\u{3001}",
            0x5851_f42d_4c95_7f2d,
            20_000,
            12,
        ) {
            assert_eq!(holds_mark(t.as_bytes()), t.contains(is_quote_mark), "{t:?}");
        }
    }

    #[test]
    fn byte_route_agrees_with_the_table() {
        // Every mark, letters and punctuation of either width, and characters whose first
        // byte is a mark's ('£' as '«', '—' as '“', '、' as '「').
        assert_routes_agree_with_the_table(
            "ab s.,!?)\"'\u{2018}\u{2019}\u{201C}\u{201D}\u{201E}\u{201F}\u{ab}\u{bb}\u{300C}\u{300D}\u{e9}\u{a3}\u{2014}\u{2026}\u{3001}\u{a0}",
            0x2545_f491_4f6c_dd1d,
            100_000,
        );
    }

    fn inner(s: &str) -> Vec<&str> {
        find_quotes(s, 0, s.len())
            .iter()
            .map(|q| &s[q.content_start..q.content_end])
            .collect()
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(inner(r#"He said "yes" and "no"."#), ["yes", "no"]);
        assert_eq!(
            inner("He said \u{201C}yes,\u{201D} then \u{AB}oui\u{BB}."),
            ["yes,", "oui"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(
            inner("The two countries\u{2019} ties and Xi\u{2019}an\u{2019}s sides\u{2019} talks")
                .is_empty()
        );
        assert_eq!(
            inner("It was \u{2018}a big step\u{2019}, he said."),
            ["a big step"]
        );
        assert_eq!(
            inner("\u{2018}The sides\u{2019} talks went well\u{2019}, he said"),
            ["The sides\u{2019} talks went well"]
        );
    }

    #[test]
    fn unclosed_mark_closes_at_paragraph_end() {
        let s = "He said: \"We will go on.  ";
        let q = find_quotes(s, 0, s.len());
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(&s[q[0].content_start..q[0].content_end], "We will go on.");
    }

    #[test]
    fn transcript_paragraph_stays_whole() {
        let s = "\"DRAKE: But, Mayor, some members say the figures came late.";
        let mut q = find_quotes(s, 0, s.len());
        trim_unclosed(s, &mut q, |w| w == "say");
        assert_eq!(q[0].content_end, s.len());
        assert!(!opens_with_label("But, Mayor: a note"));
    }

    #[test]
    fn unclosed_quote_stops_before_its_frame() {
        let s = "\"We are ready to go home, said the captain, Fiona Gale.";
        let mut q = find_quotes(s, 0, s.len());
        trim_unclosed(s, &mut q, |w| w == "said");
        assert_eq!(
            &s[q[0].content_start..q[0].content_end],
            "We are ready to go home,"
        );
    }

    #[test]
    fn mixed_curly_open_straight_close() {
        assert_eq!(
            inner("all the \u{201C}little leaves\" \u{2013}volunteers"),
            ["little leaves"]
        );
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        let s = "''It's anti-reform,'' he said, and ''fine.''";
        assert_eq!(inner(s), ["It's anti-reform,", "fine."]);
        let q = find_quotes(s, 0, s.len());
        assert_eq!(&s[q[0].open..q[0].close_end], "''It's anti-reform,''");
    }

    #[test]
    fn a_mark_after_a_sentence_reopens_the_quotation() {
        let s = r#"Smith said it was late. "We tried. "Then the rain came." Jones said so."#;
        assert_eq!(inner(s), ["We tried.", "Then the rain came."]);
        let q = find_quotes(s, 0, s.len());
        assert!(!q[0].closed && q[1].closed);
        // Not after a word or a comma, and not when a space does not precede it.
        assert_eq!(inner(r#""I said "no" to him.""#), ["I said ", " to him."]);
        assert_eq!(inner(r#""A." "B.""#), ["A.", "B."]);
        assert_eq!(inner(r#""Go (now.) "Then."#), ["Go (now.)", "Then."]);
    }

    #[test]
    fn a_single_mark_after_a_sentence_reopens_the_quotation() {
        let s = "Smith said: \u{2018}We tried. \u{2018}Then the rain came.\u{2019} Jones agreed.";
        assert_eq!(inner(s), ["We tried.", "Then the rain came."]);
        let q = find_quotes(s, 0, s.len());
        assert!(!q[0].closed && q[1].closed);
        // Not after a comma: one quotation.
        let s = "\u{2018}We tried, \u{2018}Then\u{2019} came the rain.\u{2019}";
        assert_eq!(find_quotes(s, 0, s.len()).len(), 1);
    }

    fn inner_single(s: &str) -> Vec<&str> {
        find_quotes_in_style(s, 0, s.len(), QuoteStyle::StraightSingle)
            .iter()
            .map(|q| &s[q.content_start..q.content_end])
            .collect()
    }

    #[test]
    fn an_article_quoting_with_straight_single_marks_is_told_from_one_with_double_marks() {
        let british = "Rates rise\n\n'It is too early to say,' she said. 'We will wait.'\n";
        assert_eq!(QuoteStyle::of(british), QuoteStyle::StraightSingle);
        // Nested and scare quotes in a double-quoted article, apostrophes, and a term in
        // scare quotes with no spoken words anywhere.
        let double = "\"He called it 'a disgrace',\" she said. It's the players' turn.";
        assert_eq!(QuoteStyle::of(double), QuoteStyle::Double);
        assert_eq!(
            QuoteStyle::of("A phenomenon called 'knocking' in the 'back office'."),
            QuoteStyle::Double
        );
        // Two apostrophes are a newspaper's double mark, not two single ones.
        let nyt = "''It works,'' he said. ''Yes.''\n\n'Pretty cool working there.'";
        assert_eq!(QuoteStyle::of(nyt), QuoteStyle::Double);
    }

    #[test]
    fn straight_single_marks_pair_as_curly_ones_do() {
        let s = "'It's the players' turn now,' said Jones, 'and we're ready.'";
        assert_eq!(
            inner_single(s),
            ["It's the players' turn now,", "and we're ready."]
        );
        let q = find_quotes_in_style(s, 0, s.len(), QuoteStyle::StraightSingle);
        assert_eq!(
            &s[q[0].open..q[0].close_end],
            "'It's the players' turn now,'"
        );
        // Elisions open nothing; a plural possessive before a noun closes nothing, before
        // a function word it does.
        assert!(inner_single("Shoot 'em ups of the '90s rock 'n' roll.").is_empty());
        assert_eq!(
            inner_single("'Rock 'n' roll fares.'"),
            ["Rock 'n' roll fares."]
        );
        assert_eq!(
            inner_single("He said the 'looming problems' of the bands would grow."),
            ["looming problems"]
        );
        // The double style reads the same text with no quotation at all.
        assert!(inner("'It is late,' she said.").is_empty());
    }

    #[test]
    fn a_single_mark_opening_a_paragraph_or_sentence_runs_to_its_end() {
        // A quotation over several paragraphs opens each one and closes only at the last.
        assert_eq!(
            inner_single("'There are a few basic technologies out there.  "),
            ["There are a few basic technologies out there."]
        );
        assert_eq!(
            inner("He said: \u{2018}If the sound is off to one side, it bends \u{2014}"),
            ["If the sound is off to one side, it bends \u{2014}"]
        );
        // Nor after a sentence that a frame ended: the paragraph goes on quoting to its end.
        assert_eq!(
            inner_single("'No quick fix,' the MLA said. 'There isn't. We have the longest lists."),
            ["No quick fix,", "There isn't. We have the longest lists."]
        );
        // Not after a word: an opening mark with no closer is no quotation there.
        assert!(inner("the \u{2018}Remain side lost").is_empty());
    }

    #[test]
    fn character_references_are_the_marks_they_stand_for() {
        let s = "He said &quot;We are ready,&quot; and &#8220;fine&#8221; &amp; more.";
        assert_eq!(inner(s), ["We are ready,", "fine"]);
        let q = find_quotes(s, 0, s.len());
        assert_eq!(&s[q[0].open..q[0].close_end], "&quot;We are ready,&quot;");
        assert!(inner("AT&amp;T and S&#227;o Paulo &quot").is_empty());
        assert_eq!(entity_mark("&rsquo;s"), Some(('\u{2019}', 7)));
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        assert_eq!(inner("oops\u{201D} then \u{201C}fine\u{201D}"), ["fine"]);
        assert_eq!(inner("a \u{201D}stray\u{201D} one"), Vec::<&str>::new());
    }

    /// '”This is why ISIS has to be destroyed,” said John Krystek': a right double mark that
    /// opens its paragraph before a word, after invisible direction marks at most, opens a
    /// quotation (the quotation was lost and "declares" inside it made a frame).
    #[test]
    fn a_right_double_mark_opening_a_paragraph_opens_a_quotation() {
        for s in [
            "\u{201D}They are evil,\u{201D} said John Krystek.",
            "\u{202A}\u{201D}They are evil,\u{201D} said John Krystek.",
        ] {
            assert_eq!(inner(s), ["They are evil,"], "{s:?}");
        }
    }
}
