//! Running the stages: one article into rows, and many articles on several threads.
//!
//! In: [`Article`](crate::Article)s. Out: [`QuoteRecord`](crate::QuoteRecord) rows in text
//! order for each article, and for a stream of articles, their results in input order.
//!
//! - [`extract`]: the per-article loop: structure, quotation marks and sentences from
//!   `text`, frames and speakers from `attribution` sentence by sentence (with what one
//!   sentence carries to the next), then resolution, countries and the rows;
//! - [`parallel`]: a function over a stream on several threads, results delivered in
//!   input order with a bounded read-ahead, so output is the same whatever `--jobs` says;
//! - [`turns`]: the same for items that are always ready (files), the workers, the caller
//!   among them, taking the items in turn: no thread beside the workers.

pub mod extract;
pub mod parallel;
pub mod turns;
