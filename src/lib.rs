//! saywho: a quote-attribution dataset from news articles.
//!
//! The folders follow the data, in the order it flows:
//!
//! 1. [`input`]: files, folders, JSON Lines, CSV and stdin (gzipped or not) read as a
//!    stream of [`Article`]s, the text decoded and kept exactly as read.
//! 2. [`text`]: what the text is made of: title, dateline and boilerplate, quotation
//!    marks, sentences, words, and code point offsets.
//! 3. [`attribution`]: who said what: cue words and their frames, the content each one
//!    reports, speaker mentions, their resolution to the article's entities, countries.
//! 4. [`pipeline`]: [`extract_article`] runs the stages for one article and makes its
//!    rows; [`pipeline::parallel`] runs it on several threads in input order.
//! 5. [`output`]: the columns, defined once ([`COLUMNS`], [`QuoteRecord`]), written as
//!    CSV, TSV or JSONL, described as a Table Schema and a Data Package, and validated.
//!
//! Beside the pipeline, [`lexicon`] holds the word lists of `data/` and the closed-class
//! words of the grammar that every stage asks, and [`tools`] works on written exports:
//! `diff` compares two, `eval` scores one against gold annotations, `summary` counts one
//! and `report` shows the counts as text, JSON or an HTML page.

pub mod attribution;
pub mod error;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod text;
pub mod tools;

pub use error::Error;
pub use input::read::Article;
pub use output::columns::{COLUMNS, QuoteRecord};
pub use pipeline::extract::extract_article;
