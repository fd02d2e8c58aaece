//! A sentence as a sequence of units: word tokens outside quotation marks, and whole
//! quoted spans as single units. The frame grammar works on this view, so a quotation
//! is one opaque object whatever words it holds.

use crate::quotes::QuoteSpan;
use crate::tokens::{Token, TokenKind, norm, tokenize};

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

/// A sentence's units and their normalized words (parallel vectors).
#[derive(Clone, Debug, Default)]
pub struct Units {
    pub units: Vec<Unit>,
    pub words: Vec<String>,
}

impl Units {
    /// Builds the units of `text[start..end]`, given the quoted spans of its paragraph.
    pub fn build(text: &str, start: usize, end: usize, quotes: &[QuoteSpan]) -> Units {
        let mut out = Units::default();
        let mut pos = start;
        for q in quotes.iter().filter(|q| q.open >= start && q.open < end) {
            out.push_tokens(text, pos, q.open);
            out.units.push(Unit::Quote(*q));
            out.words.push(QUOTE_WORD.to_string());
            pos = q.close_end.min(end).max(q.open);
        }
        out.push_tokens(text, pos, end);
        out
    }

    fn push_tokens(&mut self, text: &str, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let tokens = tokenize(text, start, end);
        self.words.reserve(tokens.len());
        self.units.reserve(tokens.len());
        for t in tokens {
            self.words.push(norm(t.text(text)));
            self.units.push(Unit::Tok(t));
        }
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// The text of units `a..b` as written.
    pub fn text<'a>(&self, text: &'a str, a: usize, b: usize) -> &'a str {
        if a >= b {
            return "";
        }
        &text[self.units[a].start()..self.units[b - 1].end()]
    }
}
