//! A sentence as a sequence of units: word tokens outside quotation marks, and whole
//! quoted spans as single units. The frame grammar works on this view, so a quotation
//! is one opaque object whatever words it holds.

use std::borrow::Cow;
use std::cell::RefCell;

use crate::text::quotes::QuoteSpan;
use crate::text::tokens::{
    Token, TokenKind, is_capitalized, is_initial, name_in_lower_case, norm_cow_lowered,
    opens_a_lowercase_name, tokenize_into,
};

/// One unit of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Tok(Token),
    Quote(QuoteSpan),
}

/// The placeholder word of a quoted span.
pub const QUOTE_WORD: &str = "\u{1}q";

impl Unit {
    /// First byte, including an opening mark.
    pub fn start(&self) -> usize {
        match self {
            Unit::Tok(t) => t.start,
            Unit::Quote(q) => q.open,
        }
    }
    /// End byte, including a closing mark.
    pub fn end(&self) -> usize {
        match self {
            Unit::Tok(t) => t.end,
            Unit::Quote(q) => q.close_end,
        }
    }
    /// Whether this is a quoted span.
    pub fn is_quote(&self) -> bool {
        matches!(self, Unit::Quote(_))
    }
    /// Whether this is punctuation.
    pub fn is_punct(&self) -> bool {
        matches!(self, Unit::Tok(t) if t.kind == TokenKind::Punct)
    }
    /// Whether this is a word (or possessive).
    pub fn is_word(&self) -> bool {
        matches!(self, Unit::Tok(t) if t.kind != TokenKind::Punct)
    }
}

/// The abbreviated first words of place names ("St. Louis", "Ft. Worth", "Mt. Vernon");
/// each is listed in data/abbreviations.txt, so no sentence ends after it.
pub const PLACE_PREFIXES: &[&str] = &["St", "Mt", "Ft"];

/// A sentence's units and their normalized words (parallel vectors).
///
/// A word borrows the article text when normalizing leaves it as written (lowercase ASCII,
/// most of news text) and owns a lowercased copy otherwise.
#[derive(Clone, Debug, Default)]
pub struct Units<'a> {
    pub units: Vec<Unit>,
    pub words: Vec<Cow<'a, str>>,
}

thread_local! {
    /// The token buffer of `push_tokens`, reused.
    static TOKENS: RefCell<Vec<Token>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    /// The emptied unit vectors of dropped units, reused by the next `build` on the same
    /// thread: a sentence's unit vector is over a kilobyte.
    static SPARE_UNITS: RefCell<Vec<Vec<Unit>>> = const { RefCell::new(Vec::new()) };
}

/// At most this many spare unit vectors are kept per thread (a sentence's units are alive
/// a few at a time)...
const SPARE_UNITS_MAX: usize = 8;

/// ...and only vectors of at most this many units, so one huge sentence does not pin
/// its memory.
const SPARE_VEC_UNITS: usize = 4096;

impl Drop for Units<'_> {
    fn drop(&mut self) {
        if self.units.capacity() > SPARE_VEC_UNITS || self.units.capacity() == 0 {
            return;
        }
        let _ = SPARE_UNITS.try_with(|spare| {
            if let Ok(mut spare) = spare.try_borrow_mut()
                && spare.len() < SPARE_UNITS_MAX
            {
                self.units.clear();
                spare.push(std::mem::take(&mut self.units));
            }
        });
    }
}

/// The World Health Organization's initials as written, and the word they normalize to: its
/// dotted spelling, which data/institutions.csv lists. Lowercased, "WHO" would be the relative
/// pronoun, and "The WHO said" would end its subject at "The".
const WHO_ACRONYM: &str = "WHO";
const WHO_WORD: &str = "w.h.o.";

/// Whether token `k` is "WHO" among words that are not all capitals (in a headline in
/// capitals, "THE MAN WHO SAID" has the pronoun).
fn is_acronym_who(text: &str, tokens: &[Token], k: usize) -> bool {
    // On the bytes: asked of every token, and slicing the `str` checked its char
    // boundaries first.
    if tokens[k].bytes(text) != WHO_ACRONYM.as_bytes() {
        return false;
    }
    let shouting = |j: usize| {
        tokens.get(j).is_some_and(|n| {
            let w = &text[n.start..n.end];
            n.kind != TokenKind::Punct
                && w.len() >= 2
                && w.bytes().any(|b| b.is_ascii_alphabetic())
                && !w.bytes().any(|b| b.is_ascii_lowercase())
        })
    };
    !shouting(k + 1) && !k.checked_sub(1).is_some_and(shouting)
}

impl<'a> Units<'a> {
    /// Builds the units of `text[start..end]`, given the quoted spans of its paragraph.
    pub fn build(text: &'a str, start: usize, end: usize, quotes: &[QuoteSpan]) -> Units<'a> {
        Units::build_lowered(text, None, start, end, quotes)
    }

    /// `build`, the words with capitals borrowed from `lower`: `(l, base)`, `l` being
    /// `text[base..]` as far as `end` at least, lowercased by `str::to_ascii_lowercase` (the
    /// pipeline lowercases each sentence once into a buffer it keeps).
    pub fn build_lowered(
        text: &'a str,
        lower: Option<(&'a str, usize)>,
        start: usize,
        end: usize,
        quotes: &[QuoteSpan],
    ) -> Units<'a> {
        // Sized once for the whole sentence (news English averages a token per five bytes),
        // not grown again for each stretch between its quotations.
        let room = (end - start) / 4 + 1;
        let units = SPARE_UNITS
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
            .ok()
            .flatten()
            .unwrap_or_default();
        let mut out = Units {
            units,
            words: Vec::with_capacity(room),
        };
        out.units.reserve(room);
        let mut pos = start;
        // The spans are in text order: find the sentence's first one by binary search
        // rather than filtering a paragraph of spans for every sentence.
        let first = quotes.partition_point(|q| q.open < start);
        for q in quotes[first..].iter().take_while(|q| q.open < end) {
            out.push_tokens(text, lower, pos, q.open);
            out.units.push(Unit::Quote(*q));
            out.words.push(Cow::Borrowed(QUOTE_WORD));
            pos = q.close_end.min(end).max(q.open);
        }
        out.push_tokens(text, lower, pos, end);
        out
    }

    fn push_tokens(
        &mut self,
        text: &'a str,
        lower: Option<(&'a str, usize)>,
        start: usize,
        end: usize,
    ) {
        if start >= end {
            return;
        }
        let mut tokens = TOKENS.with_borrow_mut(std::mem::take);
        tokens.clear();
        tokenize_into(text, start, end, &mut tokens);
        self.words.reserve(tokens.len());
        self.units.reserve(tokens.len());
        for (k, &t) in tokens.iter().enumerate() {
            let word = if is_acronym_who(text, &tokens, k) {
                Cow::Borrowed(WHO_WORD)
            } else {
                norm_cow_lowered(text, lower, t.start, t.end)
            };
            self.words.push(word);
            self.units.push(Unit::Tok(t));
        }
        TOKENS.with_borrow_mut(|spare_tokens| *spare_tokens = tokens);
    }

    /// The normalized word of unit `k`.
    #[inline]
    pub fn word(&self, k: usize) -> &str {
        &self.words[k]
    }

    /// The normalized word of unit `k`, or "" past the sentence's end (for rules that
    /// look a few words ahead).
    #[inline]
    pub fn word_or_empty(&self, k: usize) -> &str {
        self.words.get(k).map_or("", |w| w)
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Whether unit `k` is the period of a middle initial, right after a single capital
    /// ("John D. Podesta"): it stays inside a name.
    pub fn initial_period_at(&self, text: &str, k: usize) -> bool {
        k > 0
            && self.text(text, k, k + 1) == "."
            && self.units[k - 1].end() == self.units[k].start()
            && is_initial(self.text(text, k - 1, k))
    }

    /// Whether unit `k` is the period of a place name's abbreviated first word before the
    /// rest of the name ("St. Cloud", "Ft. Worth", "Mt. Vernon"): it stays inside the name,
    /// as an initial's does; read as a break, "Rep. Ann Lee of St. Cloud" was "Cloud".
    pub fn place_prefix_period_at(&self, text: &str, k: usize) -> bool {
        k > 0
            && k + 1 < self.units.len()
            && self.words[k] == "."
            && self.units[k - 1].end() == self.units[k].start()
            && PLACE_PREFIXES.contains(&self.text(text, k - 1, k))
            && self.is_capitalized_word(text, k + 1)
    }

    /// Whether unit `k` is the apostrophe of a plural possessive right after a capitalized
    /// plural and before a space ("National Farmers' Union", "Writers' Guild"): it stays
    /// inside a name.
    pub fn plural_possessive_at(&self, text: &str, k: usize) -> bool {
        // (The normalized word first: one byte to compare for nearly every unit asked.)
        self.words[k] == "'"
            && k > 0
            && k + 1 < self.units.len()
            && matches!(self.text(text, k, k + 1), "'" | "\u{2019}")
            && self.units[k - 1].end() == self.units[k].start()
            && self.units[k].end() < self.units[k + 1].start()
            && self.is_capitalized_word(text, k - 1)
            && self.text(text, k - 1, k).ends_with('s')
    }

    /// Whether unit `k` is a word that starts with an uppercase letter: what
    /// `is_capitalized(self.text(text, k, k + 1))` says of a word, without slicing the text.
    /// Always inlined: the country tally asks it of every unit of every sentence, and left
    /// to itself the compiler made that a call.
    #[inline(always)]
    pub fn is_capitalized_word(&self, text: &str, k: usize) -> bool {
        match self.units[k] {
            Unit::Tok(t) if t.kind != TokenKind::Punct => match text.as_bytes()[t.start] {
                b if b.is_ascii_uppercase() => true,
                b if b.is_ascii() => {
                    opens_a_lowercase_name(b)
                        && name_in_lower_case(&text.as_bytes()[t.start..t.end])
                }
                _ => is_capitalized(&text[t.start..t.end]),
            },
            _ => false,
        }
    }

    /// The text of units `a..b` as written.
    pub fn text<'t>(&self, text: &'t str, a: usize, b: usize) -> &'t str {
        if a >= b {
            return "";
        }
        &text[self.units[a].start()..self.units[b - 1].end()]
    }
}

#[cfg(test)]
mod tests {
    /// Each place prefix is a listed abbreviation, so no sentence ends after it either.
    #[test]
    fn place_prefixes_are_listed_abbreviations() {
        for p in super::PLACE_PREFIXES {
            let listed = format!("{}.", p.to_lowercase());
            assert!(
                crate::lexicon::LEXICON.abbreviations.contains(&listed),
                "{listed}"
            );
        }
    }

    use super::*;

    fn words(s: &str) -> Vec<String> {
        Units::build(s, 0, s.len(), &[])
            .words
            .iter()
            .map(|w| w.to_string())
            .collect()
    }

    #[test]
    fn the_who_keeps_its_capitals_outside_shouting() {
        assert_eq!(words("The WHO said")[1], "w.h.o.");
        assert_eq!(words("the WHO's report")[1], "w.h.o.");
        assert_eq!(words("people who said")[1], "who");
        assert_eq!(words("THE MAN WHO SAID")[2], "who");
        assert_eq!(words("Who said")[0], "who");
    }
}
