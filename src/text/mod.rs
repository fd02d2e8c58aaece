//! The text stage: what an article's text is made of, as spans and offsets into it.
//!
//! In: an article's text, as read. Out: byte spans and views of it that attribution reads,
//! never a rewritten copy, so every offset stays true:
//!
//! - [`structure`]: paragraphs, title, date, source, dateline, and the boilerplate
//!   (navigation, credits, captions) no quote is taken from;
//! - [`quotes`]: quotation marks paired into quoted spans within a paragraph;
//! - [`segment`]: sentences (UAX #29 boundaries from [`sentence_breaks`], repaired for
//!   abbreviations, initials and quotations);
//! - [`tokens`]: words and punctuation with byte offsets; [`units`]: a sentence as words
//!   and whole quotations, the view the frame grammar works on;
//! - [`offsets`]: byte offsets to the code point offsets the output counts, and the UTF-8
//!   steps the stages above take over text that is not all ASCII.

pub mod offsets;
pub mod quotes;
pub mod segment;
pub mod sentence_breaks;
pub mod structure;
#[cfg(test)]
mod testgen;
pub mod tokens;
pub mod units;
