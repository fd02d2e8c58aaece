//! The output stage: the columns, defined once, and everything that writes or checks them.
//!
//! In: [`QuoteRecord`](crate::QuoteRecord) rows. Out: CSV, TSV or JSON Lines, the Table
//! Schema and the Data Package that describe them, and a validator for a written file.
//!
//! - [`columns`]: the one definition of the columns and the row struct;
//! - [`write`](mod@write): the writer (formats, `--excel`, `--columns`);
//! - [`schema`]: the Frictionless Table Schema and the column table, generated from
//!   `columns`; [`datapackage`]: `datapackage.json` for a written CSV;
//! - [`validate`]: checking a written file against the columns (`saywho validate`).

pub mod columns;
pub mod datapackage;
pub mod schema;
pub mod validate;
pub mod write;
