//! The input stage: from what the command line names to a stream of articles.
//!
//! In: paths (files, folders walked recursively in sorted order) and stdin, holding plain
//! text, JSON Lines or CSV/TSV, gzipped or not. Out: [`read::Article`]s in input order,
//! each with its id and metadata and its text decoded (UTF-8, else Windows-1252) and kept
//! exactly as read, since every offset in the output points into it; a bad file or record
//! is an event of its own in the stream, so the rest go on.
//!
//! [`stream`] walks the inputs and parses the formats one record at a time; [`read`]
//! decodes bytes into text.

pub mod read;
pub mod stream;
