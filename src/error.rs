//! Library errors. Each carries the file (and position where there is one) so the
//! message a person reads names what is wrong and where.

use std::path::PathBuf;

/// An error met while reading input or writing output.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input path could not be read.
    #[error("{}: {source}", path.display())]
    Input {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An input file holds NUL bytes and is not text.
    #[error("{}: binary file (NUL bytes), skipped", path.display())]
    Binary { path: PathBuf },
    /// A record of a structured input (JSONL line, CSV row) is malformed.
    #[error("{}:{line}: {message}", path.display())]
    Record {
        path: PathBuf,
        line: u64,
        message: String,
    },
    /// The output could not be written.
    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),
    /// A CSV input (of `diff`) could not be parsed; the csv error gives the record and line.
    #[error("{}: {source}", path.display())]
    CsvInput {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
    /// A column asked for (a `diff` key) is not in a file's header.
    #[error("{}: no column named `{column}` (its columns: {columns})", path.display())]
    NoSuchColumn {
        path: PathBuf,
        column: String,
        columns: String,
    },
    /// Two files cannot be compared as asked (different columns, an empty key).
    #[error("{0}")]
    Diff(String),
    /// A CSV error while writing.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
}

/// Why a column list was refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    /// A name that is not a column.
    #[error("unknown column `{0}`; valid columns: {valid}", valid = crate::output::columns::column_names().join(","))]
    Unknown(std::string::String),
    /// A name given twice.
    #[error("column `{0}` is listed twice")]
    Repeated(std::string::String),
    /// An empty name (`a,,b`, or nothing at all).
    #[error("empty column name; valid columns: {valid}", valid = crate::output::columns::column_names().join(","))]
    Empty,
}
