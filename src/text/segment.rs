//! Sentences: unicode-segmentation's boundaries, repaired for news text.
//!
//! UAX #29 breaks after "Mr.", "U.S.", initials and inside quotations. A short merge pass
//! removes those breaks: a boundary after a listed abbreviation or an initial, before a
//! lowercase word, or inside a quoted span is not a sentence end.
//!
//! A "sentence" longer than [`MAX_SENTENCE`] bytes is not prose (a table, a list, a whole
//! article on one unpunctuated line) and is cut into pieces at spaces, so that the frame
//! grammar, which looks along its sentence, costs time in proportion to the text.

use crate::lexicon::LEXICON;
use crate::text::quotes::QuoteSpan;

/// One sentence (byte offsets, trailing spaces excluded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// The longest sentence the later stages see, in bytes. The longest sentence in the
/// development corpora is under 4,500 bytes.
pub const MAX_SENTENCE: usize = 10_000;

/// Words that start sentences; an abbreviation like "U.S." before one of them ends a sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "there",
    "meanwhile",
    "however",
    "his",
    "her",
    "its",
    "their",
    "our",
    "as",
    "for",
    "with",
    "after",
    "before",
    "since",
    "when",
    "while",
    "if",
    "according",
    "some",
    "many",
    "most",
    "other",
    "also",
    "both",
    "last",
    "earlier",
    "later",
    "still",
    "so",
    "yet",
    "now",
    "then",
    "such",
    "what",
    "why",
    "how",
    "who",
];

fn last_word(s: &str) -> &str {
    let t = s.trim_end();
    let start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || is_open_punct(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &t[start..]
}

fn is_open_punct(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\u{AB}' | '[' | '(')
}

fn first_word(s: &str) -> &str {
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || is_open_punct(c));
    let end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .unwrap_or(t.len());
    &t[..end]
}

/// Whether `next_t`, after a quotation that ends `prev`, opens the quotation's frame.
fn frame_after_quotation(prev: &str, next_t: &str) -> bool {
    // '"Go!" Li said.': a short frame after a quotation ending in ! or ? belongs to it.
    // Two apostrophes ('') close a quotation in some newspapers' text, as a mark does, and
    // so does a quotation's inner mark before its outer one ("... help do you need?'"").
    // After a period, only a bare frame does ('"... are missing." Trump said.').
    let p = prev.trim_end();
    let inside = p
        .strip_suffix("''")
        .or_else(|| p.strip_suffix(crate::text::quotes::is_quote_mark))
        .map(|r| {
            r.strip_suffix(crate::text::quotes::is_quote_mark)
                .unwrap_or(r)
        });
    let Some(q) = inside.and_then(|r| r.chars().next_back()) else {
        return false;
    };
    // ("Trump said.", "Renteria told reporters.": capitalized words, the cue (with its
    // listener after "told"), the period: a few words, counted before any is read.)
    let sentence = next_t.split_inclusive(['.', '!', '?']).next().unwrap_or("");
    let n = sentence.split_whitespace().count();
    if !(matches!(q, '!' | '?') || q == '.' && sentence.ends_with('.') && (2..=6).contains(&n)) {
        return false;
    }
    let words: Vec<String> = next_t
        .split_whitespace()
        .take(5)
        .map(|w| crate::text::tokens::norm(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let cue_at = |k: usize| LEXICON.cues.longest_at(&words, k).is_some();
    if q != '.' {
        return (0..words.len()).any(cue_at);
    }
    (1..n.min(words.len()))
        .find(|&k| cue_at(k))
        .is_some_and(|k| {
            (k + 1 == n || k + 2 == n && ["told", "tells"].contains(&words[k].as_str()))
                && sentence
                    .split_whitespace()
                    .take(k)
                    .all(|w| w.starts_with(char::is_uppercase))
        })
}

/// Whether the break after `prev` (before `next`) is not a real sentence end.
fn joins(prev: &str, next: &str) -> bool {
    let next_t = next.trim_start();
    if next_t.is_empty() {
        return false;
    }
    let first = next_t.chars().next().unwrap_or(' ');
    // A lone line break inside a hard-wrapped paragraph, after no sentence-final mark.
    // The white space around the break, counted in its two halves without joining them.
    let newlines = prev[prev.trim_end().len()..].matches('\n').count()
        + next[..next.len() - next_t.len()].matches('\n').count();
    // A quotation that ends with a comma goes on after the break ('... society,"\nMr de
    // Vabres said.').
    let last = prev.trim_end();
    if newlines == 1
        && (!last.ends_with(['.', '!', '?', ':', '"', '\u{201D}', '\u{2019}', ')'])
            || last
                .strip_suffix(['"', '\u{201D}', '\u{2019}'])
                .is_some_and(|r| r.ends_with(',')))
    {
        return true;
    }
    // Only closing punctuation, or a lowercase continuation ('"Go!" he said').
    if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | '\u{201D}' | '\u{2019}') {
        return true;
    }
    if frame_after_quotation(prev, next_t) {
        return true;
    }
    if ticker_exchange_follows(prev, next, next_t) {
        return true;
    }
    let w = last_word(prev);
    w.ends_with('.') && period_ends_no_sentence(prev, w, next_t, first)
}

/// "(002594.SZ)", "(0700.HK)": a stock ticker's exchange right after its number.
fn ticker_exchange_follows(prev: &str, next: &str, next_t: &str) -> bool {
    next.len() == next_t.len()
        && prev
            .strip_suffix('.')
            .is_some_and(|p| p.ends_with(|c: char| c.is_ascii_digit()))
        && next_t.starts_with(|c: char| c.is_ascii_uppercase())
        && next_t
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .starts_with(')')
}

/// Whether the period of `w`, the last word of `prev`, belongs to an initial or an
/// abbreviation that the text `next_t` (opening with `first`) goes on after.
fn period_ends_no_sentence(prev: &str, w: &str, next_t: &str, first: char) -> bool {
    // Lowercase already (most words before a period): no copy.
    let lw: std::borrow::Cow<str> = if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    };
    let bare = lw.trim_end_matches('.');
    // An initial: "J. K. Rowling", "George W. Bush". Not the platform X after "on" or
    // "via" ('... he said in a post on X. "Every citizen has a role."'), nor a letter
    // before a quotation that opens the next sentence.
    if bare.chars().count() == 1
        && bare.chars().all(char::is_alphabetic)
        && w.chars().next().is_some_and(char::is_uppercase)
    {
        let platform = w == "X."
            && ["on", "via"].contains(&last_word(
                &prev.trim_end()[..prev.trim_end().len() - w.len()],
            ));
        let quotation_opens = first == '"' || first == '\u{201C}';
        return !(platform || quotation_opens);
    }
    // "Rep. Ann Lee, R-St. George, said": a party tag's home town goes on after its
    // abbreviated first word.
    if let Some((party, town)) = w.split_once('-')
        && crate::lexicon::grammar::PARTY_TAG_LETTERS.contains(&party)
        && town
            .strip_suffix('.')
            .is_some_and(|t| crate::text::units::PLACE_PREFIXES.contains(&t))
    {
        return first.is_uppercase();
    }
    // "at 8 a.m. Saturday, ...", "4 p.m. Eastern": a time goes on into its day or zone (a.m.
    // and p.m. end a sentence before anything else).
    if matches!(bare, "a.m" | "p.m") {
        let nw = first_word(next_t).to_lowercase();
        let nw = nw.trim_end_matches([',', '.']);
        return crate::lexicon::grammar::is_month_or_day(nw)
            || ["eastern", "central", "pacific", "mountain", "gmt", "local"].contains(&nw);
    }
    // (A capitalized abbreviation only when written so: "Ore." is Oregon, "iron ore." ends.)
    if LEXICON.abbreviations.contains(&lw)
        && (w.starts_with(char::is_uppercase) || LEXICON.lowercase_abbreviations.contains(&lw))
    {
        // Initialisms ("U.S.") end a sentence before a sentence starter; titles never do.
        let initialism = bare.contains('.');
        let nw = first_word(next_t).to_lowercase();
        if initialism && SENTENCE_STARTERS.contains(&nw.as_str()) {
            return false;
        }
        return first.is_alphanumeric() || first == '(';
    }
    // Initials written together: "J.K. Rowling", "George H.W. Bush" (an initialism that ends
    // sentences, "U.S.", "N.J.", is listed and read above).
    let letters = bare.split('.').count();
    (2..=3).contains(&letters)
        && bare.split('.').all(|p| p.chars().count() == 1)
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && first.is_uppercase()
}

/// Splits one body region into sentences, never ending inside a quoted span.
pub fn sentences(text: &str, start: usize, end: usize, quotes: &[QuoteSpan]) -> Vec<Sentence> {
    let region = &text[start..end];
    // unicode-segmentation's boundaries, by a faster route (see sentence_breaks).
    let mut bounds: Vec<usize> = crate::text::sentence_breaks::segment_starts(region)
        .into_iter()
        .map(|i| start + i)
        .filter(|&i| i > start)
        .collect();
    run_in_headline_break(text, region, start, &mut bounds);
    reference_mark_breaks(text, (start, end), quotes, &mut bounds);
    figure_opening_breaks(region, start, &mut bounds);
    credit_breaks(region, start, &mut bounds);
    bounds.push(end);
    // At most a sentence a boundary: sized once, not grown.
    let mut out: Vec<Sentence> = Vec::with_capacity(bounds.len());
    let mut cur = start;
    for (n, &b) in bounds.iter().enumerate() {
        let is_last = n + 1 == bounds.len();
        if !is_last {
            // The spans are in text order and do not overlap, so the only one that can
            // hold `b` is the first that ends after it: a binary search, not a scan of
            // every span for every boundary.
            let inside_quote = quotes[quotes.partition_point(|q| q.close_end <= b)..]
                .first()
                .is_some_and(|q| q.content_start < b && b < q.close_end);
            if inside_quote || joins(&text[cur..b], &text[b..end]) {
                continue;
            }
        }
        push_trimmed(text, cur, b, &mut out);
        cur = b;
    }
    out
}

/// Where a quotation's marks are HTML character references ("&quot;"), UAX #29 reads the
/// reference's letters as a lowercase word and so never breaks before or after one: a
/// sentence ends before an opening reference that follows a sentence's stop and a space,
/// and after a closing one whose quotation ends with a stop, before a capital or a mark.
/// Adds those boundaries to `bounds`, keeping it sorted.
fn reference_mark_breaks(
    text: &str,
    (start, end): (usize, usize),
    quotes: &[QuoteSpan],
    bounds: &mut Vec<usize>,
) {
    let stop = |s: &str| s.ends_with(['.', '!', '?']);
    // (Most quotations are marked with characters, not references: a byte test each.)
    for q in quotes.iter().filter(|q| {
        q.open >= start
            && q.close_end <= end
            && (text.as_bytes()[q.open] == b'&'
                || text.as_bytes().get(q.content_end) == Some(&b'&'))
    }) {
        let before = &text[start..q.open];
        let trimmed = before.trim_end();
        let opens = text[q.open..].starts_with('&')
            && trimmed.len() < before.len()
            && (stop(trimmed) || trimmed.ends_with(';'));
        let after = &text[q.close_end..end];
        let next = after.trim_start();
        let closes = q.closed
            && text[q.content_end..].starts_with('&')
            && stop(&text[q.content_start..q.content_end])
            && next.len() < after.len()
            && next.starts_with(|c: char| c.is_uppercase() || c == '&');
        let at = [opens.then_some(q.open), closes.then_some(end - next.len())];
        for b in at.into_iter().flatten() {
            let i = bounds.partition_point(|&x| x < b);
            if b > start && bounds.get(i) != Some(&b) {
                bounds.insert(i, b);
            }
        }
    }
}

/// A sentence that opens with a figure ("... come and go. "1983 was when I was first
/// elected", "Puri said 18 people died. 149 of the survivors ...", "in 2003. 2004 was a good
/// year", a sum: "£120m is a stretch"): UAX #29 never breaks after a stop when a lowercase word follows the next word,
/// whatever that word is, so a figure's sentence runs on from the one before it. A stop
/// (not an ellipsis's), closing marks, spaces, then an opening mark or none and an ASCII
/// digit end a sentence before the mark or digit; `joins` takes back the breaks after an
/// abbreviation ("Sept. 11", "No. 2", "U.S. 30-year bonds"). Adds those boundaries to
/// `bounds` (offsets into the text; `region` starts at `start`), keeping it sorted: merged
/// once, not inserted one by one, so a long region with many costs no more than a sort.
fn figure_opening_breaks(region: &str, start: usize, bounds: &mut Vec<usize>) {
    let bytes = region.as_bytes();
    let before = bounds.len();
    for stop in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if stop > 0 && bytes[stop - 1] == b'.' || bytes.get(stop + 1) == Some(&b'.') {
            continue;
        }
        let after = &region[stop + 1..];
        let closed = after.trim_start_matches(['"', '\u{201D}', '\u{2019}', ')']);
        let next = closed.trim_start_matches([' ', '\t']);
        if next.len() == closed.len() {
            continue;
        }
        let figure = next.trim_start_matches(['"', '\u{201C}', '\u{2018}']);
        // (A sum opens one too: '"£120m is a stretch," said ...'.)
        let figure = figure.strip_prefix(['£', '$', '€', '¥']).unwrap_or(figure);
        if !figure.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        bounds.push(start + region.len() - next.len());
    }
    merge_added(bounds, before);
}

/// Sorts the boundaries a pass pushed after the first `before` in among the others, once.
fn merge_added(bounds: &mut Vec<usize>, before: usize) {
    if bounds.len() > before {
        bounds.sort_unstable();
        bounds.dedup();
    }
}

/// Where a page's lines were run into one, a photo's caption and its credit run into the
/// story ("... Hebei Province. (Xinhua/Li He) \"The lesson from China is ...\""): a credit in
/// parentheses, a capitalized source, a slash and a name, before a space and a capital or an
/// opening mark, ends its sentence (UAX #29 breaks before it, after the caption's stop, and
/// not after it), so the story's sentence after it starts there.
/// Adds those boundaries to `bounds` (offsets into the text; `region` starts at `start`),
/// keeping it sorted.
fn credit_breaks(region: &str, start: usize, bounds: &mut Vec<usize>) {
    let bytes = region.as_bytes();
    let before = bounds.len();
    for slash in memchr::memchr_iter(b'/', bytes) {
        // (Within a credit's reach of the slash, so a long line costs no more than a short
        // one a slash: '(' and ')' are ASCII, so the slices fall on characters.)
        let lo = slash.saturating_sub(21);
        let Some(open) = memchr::memrchr(b'(', &bytes[lo..slash]).map(|k| lo + k) else {
            continue;
        };
        let hi = (slash + 42).min(bytes.len());
        let Some(close) = memchr::memchr(b')', &bytes[slash..hi]).map(|k| slash + k) else {
            continue;
        };
        let source = &region[open + 1..slash];
        let name = &region[slash + 1..close];
        let next = region[close + 1..].trim_start_matches(' ');
        let credit = (2..=20).contains(&source.len())
            && source.starts_with(|c: char| c.is_ascii_uppercase())
            && source.chars().all(|c| c.is_alphabetic() || c == ' ')
            && (2..=40).contains(&name.len())
            && name.starts_with(|c: char| c.is_uppercase())
            && !name.contains(['(', '/'])
            && next.len() < region.len() - close - 1
            && next.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\u{201C}');
        if credit {
            bounds.push(start + region.len() - next.len());
        }
    }
    merge_added(bounds, before);
}

/// Where a page's lines were run into one, the headline runs into the first sentence with
/// only the spaces between them ("Roddick splits from coach Gilbert  Andy Roddick has ended
/// ..."): in a region that opens the text, the first two or more spaces within
/// [`HEADLINE_MAX`] bytes, after a letter or figure with no stop before them and before a
/// capital, end a sentence. (Further on, two spaces are a slip: "said  Yaakov Amidror".)
/// Adds that boundary to `bounds` (offsets into the text; `region` starts at `start`),
/// keeping it sorted.
fn run_in_headline_break(text: &str, region: &str, start: usize, bounds: &mut Vec<usize>) {
    if !text[..start].trim().is_empty() {
        return;
    }
    let head = &region[..crate::text::structure::floor_boundary(region, HEADLINE_MAX)];
    let Some(k) = head.find("  ") else { return };
    let next = k + region[k..].len() - region[k..].trim_start_matches(' ').len();
    let after_word = region[..k]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let before_capital = region[next..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if after_word && before_capital && !region[..k].contains(['.', '!', '?']) {
        let at = start + next;
        let i = bounds.partition_point(|&b| b < at);
        if bounds.get(i) != Some(&at) {
            bounds.insert(i, at);
        }
    }
}

/// The longest headline, in bytes, that `run_in_headline_break` looks for.
const HEADLINE_MAX: usize = 200;

/// A sentence that a pair of parentheses holds whole ("(News Corporation denied the
/// reports.)", "(Mr. Lewandowski denied he was working on a book.)"): the part inside them,
/// so that no name takes the opening one and no statement the closing one. Otherwise
/// `start..end` as it is.
fn inside_parentheses(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return (start, end);
    };
    let stopped = inner
        .trim_end_matches(['"', '\u{201D}', '\u{2019}', '\''])
        .ends_with(['.', '!', '?']);
    // (The opening parenthesis is the final one's pair: "(a) b (c)." is no such sentence.)
    let mut depth = 0usize;
    let paired = inner.bytes().all(|b| {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return false,
            b')' => depth -= 1,
            _ => {}
        }
        true
    }) && depth == 0;
    if stopped && paired {
        let lead = inner.len() - inner.trim_start().len();
        (start + 1 + lead, start + 1 + inner.trim_end().len())
    } else {
        (start, end)
    }
}

/// Pushes `text[start..end]` without its surrounding spaces, in pieces of at most
/// `MAX_SENTENCE` bytes cut at a space (or anywhere, when the last half holds none).
fn push_trimmed(text: &str, mut start: usize, end: usize, out: &mut Vec<Sentence>) {
    loop {
        let s = &text[start..end];
        let lead = s.len() - s.trim_start().len();
        let trimmed_end = start + s.trim_end().len();
        start += lead;
        if trimmed_end <= start {
            return;
        }
        if trimmed_end - start <= MAX_SENTENCE {
            let (start, end) = inside_parentheses(text, start, trimmed_end);
            out.push(Sentence { start, end });
            return;
        }
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let half = start + MAX_SENTENCE / 2;
        let cut = text[start..limit]
            .rfind(char::is_whitespace)
            .map(|i| start + i)
            .filter(|&i| i > half)
            .unwrap_or(limit);
        let piece_end = start + text[start..cut].trim_end().len();
        out.push(Sentence {
            start,
            end: piece_end,
        });
        start = cut;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::quotes::find_quotes;

    fn split(s: &str) -> Vec<&str> {
        let q = find_quotes(s, 0, s.len());
        sentences(s, 0, s.len(), &q)
            .iter()
            .map(|x| &s[x.start..x.end])
            .collect()
    }

    #[test]
    fn sentences_end_at_quotation_marks_written_as_references() {
        let s =
            "Rates rose. &quot;It is too early,&quot; she said. &quot;We wait.&quot; Markets fell.";
        let q = find_quotes(s, 0, s.len());
        let got: Vec<&str> = sentences(s, 0, s.len(), &q)
            .iter()
            .map(|x| &s[x.start..x.end])
            .collect();
        assert_eq!(
            got,
            [
                "Rates rose.",
                "&quot;It is too early,&quot; she said.",
                "&quot;We wait.&quot;",
                "Markets fell."
            ]
        );
    }

    #[test]
    fn a_bare_frame_after_a_quotation_belongs_to_it() {
        // An inner mark before the outer one, after "?" or ".".
        assert_eq!(
            split(
                "\u{201C}Her reply was, \u{2018}What can we do?\u{2019}\u{201D} Weaver said. Next."
            ),
            [
                "\u{201C}Her reply was, \u{2018}What can we do?\u{2019}\u{201D} Weaver said.",
                "Next."
            ]
        );
        // After a period, a frame alone joins; a sentence of its own does not.
        assert_eq!(
            split("\"They are missing.\" Trump said. Next."),
            ["\"They are missing.\" Trump said.", "Next."]
        );
        assert_eq!(
            split("\"They are missing.\" Critics say otherwise."),
            ["\"They are missing.\"", "Critics say otherwise."]
        );
    }

    #[test]
    fn a_quotation_ending_with_a_comma_goes_on_over_a_line_break() {
        assert_eq!(
            split("\"It is an essential place in our society,\"\nMr de Vabres said. Next."),
            [
                "\"It is an essential place in our society,\"\nMr de Vabres said.",
                "Next."
            ]
        );
        assert_eq!(
            split("\"We are done.\"\nCritics say otherwise."),
            ["\"We are done.\"", "Critics say otherwise."]
        );
    }

    #[test]
    fn a_photo_s_credit_ends_its_caption_s_sentence() {
        assert_eq!(
            split(
                "Aerial photo taken on Aug. 26 shows a village in Hebei Province. (Xinhua/Li He) \"The lesson is clear,\" he said. A vendor in New York, Nov. 9. (Xinhua/Wang Ying) With 875 new cases, it rose."
            ),
            [
                "Aerial photo taken on Aug. 26 shows a village in Hebei Province.",
                "(Xinhua/Li He)",
                "\"The lesson is clear,\" he said.",
                "A vendor in New York, Nov. 9.",
                "(Xinhua/Wang Ying)",
                "With 875 new cases, it rose."
            ]
        );
        // Not a date or a fraction in parentheses, nor a credit before a lowercase word.
        for s in [
            "Sales rose (2003/04) and fell.",
            "The film (Paramount/DreamWorks) was released on Friday.",
        ] {
            assert_eq!(split(s), [s], "{s}");
        }
    }

    #[test]
    fn a_sentence_may_open_with_a_figure() {
        assert_eq!(
            split(
                "Leaders come and go. \"1983 was the year,\" he said. Puri said 18 people died. 149 of them were hurt. Sales rose in 2003. 2004 was good (£21.5bn). \"2005 is better.\""
            ),
            [
                "Leaders come and go.",
                "\"1983 was the year,\" he said.",
                "Puri said 18 people died.",
                "149 of them were hurt.",
                "Sales rose in 2003.",
                "2004 was good (£21.5bn).",
                "\"2005 is better.\""
            ]
        );
        // A sum opens one too.
        assert_eq!(
            split(
                "Analysts said it made sense. \"£120m is a stretch,\" said Ms Norton. $5m is a lot."
            ),
            [
                "Analysts said it made sense.",
                "\"£120m is a stretch,\" said Ms Norton.",
                "$5m is a lot."
            ]
        );
        // After an abbreviation or an ellipsis a figure goes on with the sentence.
        for s in [
            "It fell on Sept. 11 last year.",
            "Federal mine No. 2 would close.",
            "The U.S. 30-year bond rose.",
            "He paused... 20 seconds went by.",
        ] {
            assert_eq!(split(s), [s]);
        }
    }

    #[test]
    fn a_time_goes_on_into_its_day_or_zone() {
        assert_eq!(
            split("It rose at 8 a.m. Saturday, the center said. It fell."),
            vec!["It rose at 8 a.m. Saturday, the center said.", "It fell."]
        );
        assert_eq!(
            split("The polls close at 8 p.m. Eastern, he said."),
            vec!["The polls close at 8 p.m. Eastern, he said."]
        );
        assert_eq!(
            split("They met at 9 a.m. The talks ended at noon."),
            vec!["They met at 9 a.m.", "The talks ended at noon."]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split(
                "Mr. Li met Dr. Wu in St. Louis on Sept. 3. J. K. Rowling wrote. U.S. President Joe Biden spoke. He left the U.S. The end. J.K. Rowling and George H.W. Bush met."
            ),
            [
                "Mr. Li met Dr. Wu in St. Louis on Sept. 3.",
                "J. K. Rowling wrote.",
                "U.S. President Joe Biden spoke.",
                "He left the U.S.",
                "The end.",
                "J.K. Rowling and George H.W. Bush met."
            ]
        );
    }

    /// A party tag's abbreviated home town goes on past its period; a state's does not
    /// keep a sentence from ending.
    #[test]
    fn a_party_tag_s_town_goes_on_past_its_period() {
        assert_eq!(
            split("Rep. Ann Lee, R-St. George, said it was bad. It fell."),
            ["Rep. Ann Lee, R-St. George, said it was bad.", "It fell."]
        );
        assert_eq!(
            split("Sen. Tom Berg, DFL-St. Paul, said it was bad. It fell."),
            ["Sen. Tom Berg, DFL-St. Paul, said it was bad.", "It fell."]
        );
        assert_eq!(
            split("It was bad, said Rep. Ed Kerr, D-Ore. The bill died."),
            ["It was bad, said Rep. Ed Kerr, D-Ore.", "The bill died."]
        );
    }

    /// The platform X after "on" or "via", and a letter before a quotation, end their
    /// sentence; an initial before a surname does not.
    #[test]
    fn the_platform_x_and_a_letter_before_a_quotation_end_sentences() {
        assert_eq!(
            split("\"We are ready,\" he said in a post on X. \"The rest is up to them.\""),
            [
                "\"We are ready,\" he said in a post on X.",
                "\"The rest is up to them.\""
            ]
        );
        assert_eq!(
            split("She wrote on X. The minister agreed."),
            ["She wrote on X.", "The minister agreed."]
        );
        assert_eq!(
            split("It was like World War I. \"Unless we act, it will return.\""),
            [
                "It was like World War I.",
                "\"Unless we act, it will return.\""
            ]
        );
        assert_eq!(
            split("Malcolm X. Little spoke."),
            ["Malcolm X. Little spoke."]
        );
    }

    /// A capitalized abbreviation only when written so ("Ore." is Oregon, "iron ore." ends a
    /// sentence), and a stock ticker's period ends none.
    #[test]
    fn abbreviations_keep_their_case_and_tickers_their_periods() {
        assert_eq!(
            split(
                "It paid more for iron ore. China's Baosteel said so. Rep. Wyden (D-Ore.) agreed."
            ),
            [
                "It paid more for iron ore.",
                "China's Baosteel said so.",
                "Rep. Wyden (D-Ore.) agreed."
            ]
        );
        assert_eq!(
            split("Rival BYD Co Ltd (002594.SZ) said its sales rose. They had fallen."),
            [
                "Rival BYD Co Ltd (002594.SZ) said its sales rose.",
                "They had fallen."
            ]
        );
    }

    #[test]
    fn never_inside_a_quote() {
        assert_eq!(
            split("\"We came. We saw!\" he said. \"Go!\" Li said. Next."),
            ["\"We came. We saw!\" he said.", "\"Go!\" Li said.", "Next."]
        );
        assert_eq!(
            split("''Was it right?'' Mrs. Lee asked. ''No.'' Next."),
            ["''Was it right?'' Mrs. Lee asked.", "''No.''", "Next."]
        );
    }

    #[test]
    fn very_long_sentences_are_cut_at_spaces() {
        let s = "said ".repeat(5000);
        let parts = split(&s);
        assert!(parts.len() >= 3, "{}", parts.len());
        assert!(
            parts
                .iter()
                .all(|p| p.len() <= MAX_SENTENCE && !p.is_empty())
        );
        assert!(
            parts
                .iter()
                .all(|p| p.trim() == *p && p.starts_with("said"))
        );
        assert_eq!(parts.join(" "), s.trim_end());
        // No space at all: cut anywhere, but on a character boundary.
        let s = "\u{e9}".repeat(MAX_SENTENCE);
        let parts = split(&s);
        assert_eq!(parts.concat(), s);
    }

    #[test]
    fn a_headline_run_into_the_story_ends_at_its_spaces() {
        assert_eq!(
            split("Roddick splits from coach Gilbert  Andy Roddick has ended it. He said so."),
            [
                "Roddick splits from coach Gilbert",
                "Andy Roddick has ended it.",
                "He said so."
            ]
        );
        // Not two spaces further on, nor after a stop, nor before a lowercase word.
        for (s, n) in [
            ("He said so. It was said by  Uzi Arad  Then more.", 2),
            ("Roddick splits  from coach Gilbert.", 1),
        ] {
            assert_eq!(split(s).len(), n, "{s}");
        }
    }

    #[test]
    fn a_sentence_in_parentheses_is_what_they_hold() {
        assert_eq!(
            split(
                "The deal collapsed. (News Corp denied the reports.) Sales fell. (See above) Then (a) and (b) went."
            ),
            [
                "The deal collapsed.",
                "News Corp denied the reports.",
                "Sales fell.",
                "(See above) Then (a) and (b) went."
            ]
        );
        assert_eq!(split("(It was \"late.\")"), ["It was \"late.\""]);
        assert_eq!(
            split("(Sales rose (a lot) in May.)"),
            ["Sales rose (a lot) in May."]
        );
        assert_eq!(
            split("(a) rose, and so did (b.)"),
            ["(a) rose, and so did (b.)"]
        );
    }

    #[test]
    fn sentences_rejoin_to_the_input() {
        let s = "A b. C d? \"E f.\" G h.";
        let parts = split(s);
        assert_eq!(parts.join(" "), s);
    }
}
