//! saywho: a quote-attribution dataset from news articles.
//!
//! The pipeline follows the data, one module a stage:
//! [`read`] bytes into articles, [`structure`] marks title, dateline and boilerplate,
//! [`quotes`] pairs quotation marks, [`segment`] splits sentences, [`attribute`] finds
//! cue words, frames and their content, [`speakers`] reads speaker mentions, [`resolve`]
//! links them to the article's entities, [`country`] adds inferred countries, and
//! [`write`] writes [`columns::QuoteRecord`] rows. [`extract::extract_article`] runs it all
//! for one article. Around it, [`inputs`] reads text, JSONL and CSV (gzipped or not) as a
//! stream of articles, and [`parallel`] runs extraction on several threads in input order.
//!
//! Beside the pipeline, [`eval`] scores rows against gold annotations (`saywho eval`),
//! [`validate`] checks a written CSV against [`columns::COLUMNS`], and [`datapackage`]
//! describes one as a Frictionless Data Package. [`summary`] counts an export (who is
//! quoted, from where, how) and [`report`] shows the counts as text, JSON or an HTML page
//! (`saywho summary`).

pub mod attribute;
pub mod columns;
pub mod country;
pub mod datapackage;
pub mod diff;
pub mod error;
pub mod eval;
pub mod extract;
pub mod grammar;
pub mod inputs;
pub mod lexicon;
pub mod offsets;
pub mod parallel;
pub mod quotes;
pub mod read;
pub mod report;
pub mod resolve;
pub mod schema;
pub mod segment;
pub mod sentence_breaks;
pub mod speakers;
pub mod structure;
pub mod summary;
#[cfg(test)]
mod testgen;
pub mod tokens;
pub mod units;
pub mod validate;
pub mod write;

pub use columns::{COLUMNS, QuoteRecord};
pub use error::Error;
pub use extract::extract_article;
pub use read::Article;
