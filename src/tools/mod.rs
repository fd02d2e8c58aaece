//! Tools beside extraction, working on written exports.
//!
//! In: CSV files that `saywho extract` wrote (and for `eval`, gold annotations and the
//! article texts). Out: reports for a person or a test.
//!
//! - [`diff`]: two exports compared row by row by key (`saywho diff`);
//! - [`eval`]: rows scored against gold annotations, to the digit of the reference
//!   scorer, with the rows behind each figure (`saywho eval`): the rows and texts, span
//!   matching and attribute comparison each in a module of its own;
//! - [`summary`]: one export counted: who is quoted, from where, how (`saywho summary`);
//! - [`report`]: those counts as text, JSON or one HTML page.

pub mod diff;
pub mod eval;
pub mod report;
pub mod summary;
