//! Writing rows: the CSV writer over any output.
//!
//! RFC 4180 quoting and LF line ends; the text of every cell is written as it is.

use std::io::Write;

use crate::columns::QuoteRecord;
use crate::error::Error;

/// Writes quote records as CSV.
pub struct RecordWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> RecordWriter<W> {
    /// A writer over `out`; the header is written with `write_header`, so an export with
    /// no rows still has one.
    pub fn new(out: W) -> RecordWriter<W> {
        let inner = csv::WriterBuilder::new()
            .has_headers(false)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(out);
        RecordWriter { inner }
    }

    /// Writes the header row.
    pub fn write_header(&mut self) -> Result<(), Error> {
        self.inner.write_record(crate::columns::column_names())?;
        Ok(())
    }

    /// Writes one row.
    pub fn write(&mut self, r: &QuoteRecord) -> Result<(), Error> {
        self.inner.serialize(r)?;
        Ok(())
    }

    /// Flushes buffered rows.
    pub fn flush(&mut self) -> Result<(), Error> {
        self.inner.flush().map_err(Error::Output)
    }

    /// Flushes and returns the underlying writer.
    pub fn into_inner(self) -> Result<W, Error> {
        self.inner
            .into_inner()
            .map_err(|e| Error::Output(e.into_error()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4180_quoting_lf_and_text_unchanged() {
        let mut w = RecordWriter::new(Vec::new());
        w.write_header().unwrap();
        let r = QuoteRecord {
            quote: "He said, \"yes\"\r\nthen =1+1".into(),
            quote_index: 1,
            confidence: 0.9,
            ..Default::default()
        };
        w.write(&r).unwrap();
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let mut lines = out.split('\n');
        assert_eq!(
            lines.next().unwrap(),
            crate::columns::column_names().join(",")
        );
        assert!(out.contains("\"He said, \"\"yes\"\"\r\nthen =1+1\""));
        assert!(out.ends_with('\n') && !out.ends_with("\r\n"));
    }
}
