//! Writing rows: CSV, TSV or JSON Lines over any output, with the chosen columns.
//!
//! The default is RFC 4180 CSV with LF line ends and every cell's text written as it is,
//! so the file is the data and nothing else. Spreadsheets need more, and only ask for it:
//! `excel` adds a UTF-8 byte order mark (without it Excel reads UTF-8 as a legacy code
//! page), CRLF record ends, and the formula guard. The guard exists because quotes come
//! from untrusted web text: a spreadsheet runs a cell that begins with `=`, `+`, `-` or
//! `@` as a formula, so such a cell (and one that begins with a tab or a carriage return)
//! gets a leading `'`, as OWASP advises against CSV injection. It changes the text, which
//! is why it is never the default.
//!
//! TSV cannot quote, so a tab, line feed, carriage return or backslash inside a cell is
//! written as `\t`, `\n`, `\r` or `\\` (the convention of PostgreSQL's `COPY` text format);
//! every other character is written as it is. JSON Lines writes one object per row, keys
//! in column order, integers as numbers and empty offsets as `null`.

use std::borrow::Cow;
use std::io::Write;

use crate::error::Error;
use crate::output::columns::{COLUMNS, Cell, ColumnType, QuoteRecord};

/// The output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, RFC 4180 quoting.
    #[default]
    Csv,
    /// Tab-separated values, with backslash escapes inside cells.
    Tsv,
    /// One JSON object per line.
    Jsonl,
}

/// How rows are written.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteOptions {
    /// The format.
    pub format: Format,
    /// The columns to write, as positions in `COLUMNS`, in order.
    pub columns: Vec<usize>,
    /// Start the output with a UTF-8 byte order mark.
    pub bom: bool,
    /// End records with CRLF instead of LF.
    pub crlf: bool,
    /// Prefix `'` to text cells that a spreadsheet would run as a formula.
    pub guard_formulas: bool,
}

impl Default for WriteOptions {
    fn default() -> WriteOptions {
        WriteOptions {
            format: Format::Csv,
            columns: crate::output::columns::all_columns(),
            bom: false,
            crlf: false,
            guard_formulas: false,
        }
    }
}

impl WriteOptions {
    /// What `--excel` asks for: CSV with a byte order mark, CRLF and the formula guard.
    pub fn excel() -> WriteOptions {
        WriteOptions {
            bom: true,
            crlf: true,
            guard_formulas: true,
            ..WriteOptions::default()
        }
    }

    fn line_end(&self) -> &'static [u8] {
        if self.crlf { b"\r\n" } else { b"\n" }
    }
}

/// The characters that make a spreadsheet read a cell as a formula (or hide one behind
/// whitespace) when they come first.
pub const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// `s` with a leading `'` when it begins with one of `FORMULA_STARTS`.
pub fn guard_formula(s: &str) -> Cow<'_, str> {
    if s.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` with tab, line feed, carriage return and backslash written as `\t`, `\n`, `\r`, `\\`.
pub fn escape_tsv(s: &str) -> Cow<'_, str> {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            _ => out.push(ch),
        }
    }
    Cow::Owned(out)
}

/// The text of a cell as written in CSV or TSV with these options.
fn text_of<'a>(options: &WriteOptions, column: usize, cell: &'a Cell<'a>) -> Cow<'a, str> {
    let text = cell.to_text();
    if options.guard_formulas && COLUMNS[column].kind == ColumnType::String {
        match text {
            Cow::Borrowed(s) => guard_formula(s),
            Cow::Owned(s) => Cow::Owned(guard_formula(&s).into_owned()),
        }
    } else {
        text
    }
}

/// `n` in decimal, as `n.to_string()` writes it, in `buf`.
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[i..];
        }
    }
}

enum Sink<W: Write> {
    // boxed: the csv writer carries its buffer state inline
    Csv(Box<csv::Writer<W>>),
    Lines(W),
}

/// Writes quote records in the chosen format and columns.
pub struct RecordWriter<W: Write> {
    sink: Sink<W>,
    options: WriteOptions,
}

impl<W: Write> RecordWriter<W> {
    /// A default writer (all columns, plain CSV) over `out`.
    pub fn new(out: W) -> RecordWriter<W> {
        RecordWriter::from_parts(out, WriteOptions::default())
    }

    /// A writer over `out`. The byte order mark, if asked for, is written at once, so a
    /// run with no header and no rows still gives a file that spreadsheets read as UTF-8;
    /// the header is written with `write_header`.
    pub fn with_options(mut out: W, options: WriteOptions) -> Result<RecordWriter<W>, Error> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())
                .map_err(Error::Output)?;
        }
        Ok(RecordWriter::from_parts(out, options))
    }

    fn from_parts(out: W, options: WriteOptions) -> RecordWriter<W> {
        let sink = match options.format {
            Format::Csv => Sink::Csv(Box::new(
                csv::WriterBuilder::new()
                    .has_headers(false)
                    .terminator(if options.crlf {
                        csv::Terminator::CRLF
                    } else {
                        csv::Terminator::Any(b'\n')
                    })
                    .from_writer(out),
            )),
            Format::Tsv | Format::Jsonl => Sink::Lines(out),
        };
        RecordWriter { sink, options }
    }

    /// Writes the header row (JSON Lines has none: each object names its fields).
    pub fn write_header(&mut self) -> Result<(), Error> {
        let names = self.options.columns.iter().map(|&i| COLUMNS[i].name);
        match &mut self.sink {
            Sink::Csv(w) => w.write_record(names)?,
            Sink::Lines(w) => {
                if self.options.format == Format::Tsv {
                    let line = names.collect::<Vec<_>>().join("\t");
                    w.write_all(line.as_bytes()).map_err(Error::Output)?;
                    w.write_all(self.options.line_end())
                        .map_err(Error::Output)?;
                }
            }
        }
        Ok(())
    }

    /// The text of a cell as this writer writes it in CSV or TSV.
    fn text<'a>(&self, column: usize, cell: &'a Cell<'a>) -> Cow<'a, str> {
        text_of(&self.options, column, cell)
    }

    /// Writes one row.
    pub fn write(&mut self, r: &QuoteRecord) -> Result<(), Error> {
        let cells = r.cells();
        match self.options.format {
            Format::Csv => {
                // Field by field, numbers formatted on the stack: no string for each cell.
                let Sink::Csv(w) = &mut self.sink else {
                    return Ok(());
                };
                for &i in &self.options.columns {
                    match cells[i] {
                        Cell::Integer(Some(n)) => {
                            let mut digits = [0u8; 20];
                            w.write_field(decimal(n, &mut digits))?;
                        }
                        Cell::Number(x) => w.write_field(ryu::Buffer::new().format(x))?,
                        Cell::Text(_) | Cell::Integer(None) => {
                            w.write_field(text_of(&self.options, i, &cells[i]).as_bytes())?
                        }
                    }
                }
                // An empty record ends the one written field by field.
                w.write_record(None::<&[u8]>)?;
            }
            Format::Tsv => {
                let mut line = String::new();
                for (n, &i) in self.options.columns.iter().enumerate() {
                    if n > 0 {
                        line.push('\t');
                    }
                    line.push_str(&escape_tsv(&self.text(i, &cells[i])));
                }
                self.write_line(line.as_bytes())?;
            }
            Format::Jsonl => {
                let mut line = String::from("{");
                for (n, &i) in self.options.columns.iter().enumerate() {
                    if n > 0 {
                        line.push(',');
                    }
                    line.push_str(&serde_json::Value::from(COLUMNS[i].name).to_string());
                    line.push(':');
                    line.push_str(&cells[i].to_json().to_string());
                }
                line.push('}');
                self.write_line(line.as_bytes())?;
            }
        }
        Ok(())
    }

    fn write_line(&mut self, line: &[u8]) -> Result<(), Error> {
        let end = self.options.line_end();
        if let Sink::Lines(w) = &mut self.sink {
            w.write_all(line).map_err(Error::Output)?;
            w.write_all(end).map_err(Error::Output)?;
        }
        Ok(())
    }

    /// Flushes buffered rows.
    pub fn flush(&mut self) -> Result<(), Error> {
        match &mut self.sink {
            Sink::Csv(w) => w.flush(),
            Sink::Lines(w) => w.flush(),
        }
        .map_err(Error::Output)
    }

    /// Flushes and returns the underlying writer.
    pub fn into_inner(self) -> Result<W, Error> {
        match self.sink {
            Sink::Csv(w) => w.into_inner().map_err(|e| Error::Output(e.into_error())),
            Sink::Lines(mut w) => {
                w.flush().map_err(Error::Output)?;
                Ok(w)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_is_to_string() {
        for n in [0, 7, 10, 99, 100, 12345, usize::MAX] {
            let mut buf = [0u8; 20];
            assert_eq!(decimal(n, &mut buf), n.to_string().as_bytes());
        }
    }

    fn record() -> QuoteRecord {
        QuoteRecord {
            article_id: "a.txt".into(),
            quote_index: 1,
            quote: "=HYPERLINK(\"x\"), then\ta\nb\\c".into(),
            quote_type: "direct".into(),
            speaker: "-Z\u{f8}e".into(),
            attribution: "explicit".into(),
            confidence: 0.9,
            quote_start: 0,
            quote_end: 27,
            sentence_index: 1,
            sentence: "@s".into(),
            ..QuoteRecord::default()
        }
    }

    fn write_with(options: WriteOptions, header: bool) -> String {
        let mut w = RecordWriter::with_options(vec![], options).unwrap();
        if header {
            w.write_header().unwrap();
        }
        w.write(&record()).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn default_csv_is_the_serialized_record() {
        let mut w = csv::WriterBuilder::new()
            .has_headers(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(vec![]);
        w.serialize(record()).unwrap();
        let by_serde = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(write_with(WriteOptions::default(), true), by_serde);
    }

    #[test]
    fn guard_prefixes_formula_starts_only() {
        for s in ["=1", "+1", "-1", "@a", "\tx", "\rx"] {
            assert_eq!(guard_formula(s), format!("'{s}"));
        }
        for s in ["", "a=1", "'=1", " =1", "1-2"] {
            assert_eq!(guard_formula(s), s);
        }
    }

    #[test]
    fn excel_has_bom_crlf_and_guard() {
        let out = write_with(WriteOptions::excel(), true);
        assert!(out.starts_with("\u{feff}article_id,quote_index,"));
        assert!(
            out.contains(
                "\r\na.txt,1,\"'=HYPERLINK(\"\"x\"\"), then\ta\nb\\c\",direct,'-Z\u{f8}e,"
            )
        );
        assert!(out.ends_with("\r\n"));
        // numbers are never guarded, and the line break inside a cell is kept as it is
        assert!(out.contains(",0.9,0,27,"));
        assert_eq!(out.matches("\r\n").count(), 2);
    }

    #[test]
    fn bom_is_written_without_header_and_without_rows() {
        let w = RecordWriter::with_options(vec![], WriteOptions::excel()).unwrap();
        assert_eq!(w.into_inner().unwrap(), "\u{feff}".as_bytes());
    }

    #[test]
    fn tsv_escapes_tabs_line_breaks_and_backslashes() {
        let options = WriteOptions {
            format: Format::Tsv,
            columns: vec![2, 4],
            ..WriteOptions::default()
        };
        assert_eq!(
            write_with(options, true),
            "quote\tspeaker\n=HYPERLINK(\"x\"), then\\ta\\nb\\\\c\t-Z\u{f8}e\n"
        );
    }

    #[test]
    fn tsv_escaping_reads_back() {
        let s = "a\tb\nc\r\\d\\t";
        let escaped = escape_tsv(s);
        assert!(!escaped.contains(['\t', '\n', '\r']));
        let mut back = String::new();
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                back.push(match chars.next() {
                    Some('t') => '\t',
                    Some('n') => '\n',
                    Some('r') => '\r',
                    other => other.unwrap(),
                });
            } else {
                back.push(c);
            }
        }
        assert_eq!(back, s);
    }

    #[test]
    fn jsonl_is_serde_json_of_the_record() {
        let options = WriteOptions {
            format: Format::Jsonl,
            ..WriteOptions::default()
        };
        let out = write_with(options, true);
        let want = format!("{}\n", serde_json::to_string(&record()).unwrap());
        assert_eq!(out, want);
    }

    #[test]
    fn columns_choose_and_order() {
        let options = WriteOptions {
            columns: vec![4, 2, 18],
            ..WriteOptions::default()
        };
        assert_eq!(
            write_with(options, true),
            "speaker,quote,speaker_start\n-Z\u{f8}e,\"=HYPERLINK(\"\"x\"\"), then\ta\nb\\c\",\n"
        );
    }

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
            crate::output::columns::column_names().join(",")
        );
        assert!(out.contains("\"He said, \"\"yes\"\"\r\nthen =1+1\""));
        assert!(out.ends_with('\n') && !out.ends_with("\r\n"));
    }
}
