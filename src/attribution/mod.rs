//! The attribution stage: who said what, and from which country.
//!
//! In: a sentence as [`units`](crate::text::units) (words and whole quotations), and the
//! article's structure. Out: statements (the content span, its quote type, the cue and the
//! speaker mention) with the speaker resolved to an entity of the article and a country.
//!
//! - [`attribute`]: cue words, the frames they make (`SPEAKER CUE that ...`,
//!   `..., SPEAKER CUE.`, `according to SOURCE`), and the content each frame reports
//!   (a folder by concern: frames, subjects, content, scene, continuations);
//! - [`speakers`]: what a subject noun phrase says about its speaker (name, role, type,
//!   gender, country word);
//! - [`names`]: the names of every sentence, registered for resolution as they are read;
//! - [`resolve`]: linking mentions ("he", "Liu", "the Chinese diplomat") to the article's
//!   entities;
//! - [`country`]: the dateline's country and the choice between the evidence found.

pub mod attribute;
pub mod country;
pub mod names;
pub mod resolve;
pub mod speakers;
