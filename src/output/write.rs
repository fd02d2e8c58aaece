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
use std::sync::LazyLock;

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

/// `n` in decimal, as `n.to_string()` writes it, in `buf`: two digits a division, from a
/// table of the hundred pairs (a row has eight numbers of up to five digits).
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    const PAIRS: [u8; 200] = {
        let mut t = [0u8; 200];
        let mut k = 0;
        while k < 100 {
            t[2 * k] = b'0' + (k / 10) as u8;
            t[2 * k + 1] = b'0' + (k % 10) as u8;
            k += 1;
        }
        t
    };
    let mut i = buf.len();
    while n >= 100 {
        let k = 2 * (n % 100);
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[k..k + 2]);
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    &buf[i..]
}

/// Appends `field` to `row` as RFC 4180 writes it, and as the csv crate's writer does
/// with its default settings (a test holds the two together): in double quotes, with each
/// double quote doubled, when it holds a comma, a double quote, a line feed or a carriage
/// return, else as it is. Written here because a row is 28 fields and the crate's writer
/// spends more on its per-field bookkeeping than on the bytes (8% of all instructions).
/// Always inlined: the compiler made it a call, 136,000 of them on BBC politics.
#[inline(always)]
fn push_csv_field(row: &mut Vec<u8>, field: &[u8]) {
    // An empty cell (a row has several: no role, no country, no metadata) writes nothing,
    // without a call to copy nothing.
    if field.is_empty() {
        return;
    }
    if !needs_quotes(field) {
        row.extend_from_slice(field);
        return;
    }
    push_quoted(row, field);
}

/// `field` in double quotes, each double quote doubled.
fn push_quoted(row: &mut Vec<u8>, field: &[u8]) {
    row.push(b'"');
    let mut rest = field;
    while let Some(i) = memchr::memchr(b'"', rest) {
        row.extend_from_slice(&rest[..=i]);
        row.push(b'"');
        rest = &rest[i + 1..];
    }
    row.extend_from_slice(rest);
    row.push(b'"');
}

/// The bytes that make a CSV field need quotes.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    table[b',' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\n' as usize] = true;
    table[b'\r' as usize] = true;
    table
};

/// Fields this long or longer (the quote, the sentence) are searched with `memchr`'s
/// vectorized searches, which cost more than the table for short ones.
const LONG_FIELD: usize = 64;

/// Whether `field` holds a byte of `SPECIAL`. A table lookup a byte, eight at a time:
/// most fields are a few bytes long, too short for a vectorized search to pay for its
/// set-up (memchr here cost twice the instructions), except the long ones. The bytes past
/// the last whole eight are read as the field's last eight (or, under eight, its first and
/// last four), overlapping bytes read before, rather than one at a time: a byte loop of a
/// length that varies field to field mispredicted its exit.
#[inline(always)]
fn needs_quotes(field: &[u8]) -> bool {
    let n = field.len();
    if n >= LONG_FIELD {
        return memchr::memchr3(b',', b'"', b'\n', field).is_some()
            || memchr::memchr(b'\r', field).is_some();
    }
    if let Some(last) = field.last_chunk::<8>() {
        let (chunks, _) = field.as_chunks::<8>();
        return chunks.iter().any(any_special) || any_special(last);
    }
    if let (Some(first), Some(last)) = (field.first_chunk::<4>(), field.last_chunk::<4>()) {
        return any_special(first) || any_special(last);
    }
    field.iter().any(|&b| SPECIAL[b as usize])
}

/// Whether any of `N` bytes is in `SPECIAL`: `N` table lookups and no branch between them.
#[inline(always)]
fn any_special<const N: usize>(c: &[u8; N]) -> bool {
    c.iter().fold(false, |seen, &b| seen | SPECIAL[b as usize])
}

/// Appends a CSV record's fields and its line end to `row`. A record of one empty field
/// is written `""`, as the csv crate writes it, so that it is not an empty line.
fn push_csv_record<'a>(row: &mut Vec<u8>, fields: impl Iterator<Item = &'a [u8]>, end: &[u8]) {
    let start = row.len();
    for (n, field) in fields.enumerate() {
        if n > 0 {
            row.push(b',');
        }
        push_csv_field(row, field);
    }
    if row.len() == start {
        row.extend_from_slice(b"\"\"");
    }
    row.extend_from_slice(end);
}

/// Appends one row in CSV to `out`, field by field, numbers formatted on the stack: no
/// string for each cell.
fn push_csv_row(out: &mut Vec<u8>, r: &QuoteRecord, options: &WriteOptions) {
    let cells = r.cells();
    let start = out.len();
    for (n, &i) in options.columns.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        match cells[i] {
            Cell::Text(s) if !options.guard_formulas => push_csv_field(out, s.as_bytes()),
            // Digits never need quotes.
            Cell::Integer(Some(n)) => out.extend_from_slice(decimal(n, &mut [0u8; 20])),
            Cell::Number(x) => push_number(out, x),
            Cell::Text(_) | Cell::Integer(None) => {
                push_csv_field(out, text_of(options, i, &cells[i]).as_bytes())
            }
        }
    }
    if out.len() == start {
        out.extend_from_slice(b"\"\"");
    }
    out.extend_from_slice(options.line_end());
}

/// A number cell as `ryu` writes it (its shortest form that reads back), looked up for the
/// hundredths `confidence` takes, one a row: formatting one cost 500 instructions.
fn push_number(out: &mut Vec<u8>, x: f64) {
    static HUNDREDTHS: LazyLock<Vec<String>> = LazyLock::new(|| {
        (0..=100u32)
            .map(|k| ryu::Buffer::new().format(f64::from(k) / 100.0).to_string())
            .collect()
    });
    let k = (x * 100.0).round();
    // Only where `x` has the very bits of the k / 100 the table was made from (not -0.0,
    // not NaN).
    if (0.0..=100.0).contains(&k) && (f64::from(k as u32) / 100.0).to_bits() == x.to_bits() {
        out.extend_from_slice(HUNDREDTHS[k as usize].as_bytes());
    } else {
        push_csv_field(out, ryu::Buffer::new().format(x).as_bytes());
    }
}

/// `rows` written with `options` but without the byte order mark, which starts a whole
/// output once: the bytes one article adds to it.
pub fn render_rows(rows: &[QuoteRecord], options: &WriteOptions) -> Result<Vec<u8>, Error> {
    if options.format == Format::Csv {
        // Straight into the article's bytes, without a row buffer between.
        let mut out = Vec::with_capacity(rows.len() * 1024);
        for r in rows {
            push_csv_row(&mut out, r, options);
        }
        return Ok(out);
    }
    let options = WriteOptions {
        bom: false,
        ..options.clone()
    };
    let mut w = RecordWriter::from_parts(Vec::with_capacity(rows.len() * 1024), options);
    for r in rows {
        w.write(r)?;
    }
    w.into_inner()
}

enum Sink<W: Write> {
    /// CSV: each row is built in `row` (reused) and written to the output in one call.
    Csv {
        out: W,
        row: Vec<u8>,
    },
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
            Format::Csv => Sink::Csv {
                out,
                // Room for a typical row at once: a writer lives for one article.
                row: Vec::with_capacity(2048),
            },
            Format::Tsv | Format::Jsonl => Sink::Lines(out),
        };
        RecordWriter { sink, options }
    }

    /// Writes the header row (JSON Lines has none: each object names its fields).
    pub fn write_header(&mut self) -> Result<(), Error> {
        let names = self.options.columns.iter().map(|&i| COLUMNS[i].name);
        match &mut self.sink {
            Sink::Csv { out, row } => {
                row.clear();
                push_csv_record(row, names.map(str::as_bytes), self.options.line_end());
                out.write_all(row).map_err(Error::Output)?;
            }
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
        match self.options.format {
            Format::Csv => {
                let Sink::Csv { out, row } = &mut self.sink else {
                    return Ok(());
                };
                row.clear();
                push_csv_row(row, r, &self.options);
                out.write_all(row).map_err(Error::Output)?;
            }
            Format::Tsv => {
                let cells = r.cells();
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
                let cells = r.cells();
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
            Sink::Csv { out, .. } => out.flush(),
            Sink::Lines(w) => w.flush(),
        }
        .map_err(Error::Output)
    }

    /// Flushes and returns the underlying writer.
    pub fn into_inner(self) -> Result<W, Error> {
        let (Sink::Csv { out: mut w, .. } | Sink::Lines(mut w)) = self.sink;
        w.flush().map_err(Error::Output)?;
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the csv crate's writer makes of `fields`, with the settings this writer had.
    fn by_csv_crate(fields: &[String], crlf: bool) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .terminator(if crlf {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            })
            .from_writer(vec![]);
        w.write_record(fields).unwrap();
        w.into_inner().unwrap()
    }

    #[test]
    fn csv_records_are_written_as_the_csv_crate_writes_them() {
        // Every field of up to three characters over an alphabet of the bytes that matter,
        // in records of one to three fields; then generated longer ones, past LONG_FIELD.
        let alphabet = ["", "a", ",", "\"", "\n", "\r", " ", "\u{e9}", "\t", "'"];
        let mut fields: Vec<String> = Vec::new();
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    fields.push(format!("{a}{b}{c}"));
                }
            }
        }
        let mut seed = 7u64;
        let mut pick = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for k in 0..20_000 {
            let len = 1 + k % 3;
            let record: Vec<String> = (0..len)
                .map(|_| {
                    let mut f = fields[pick(fields.len())].clone();
                    if pick(4) == 0 {
                        f = f.repeat(1 + pick(60));
                    }
                    f
                })
                .collect();
            for crlf in [false, true] {
                let mut row = Vec::new();
                let end: &[u8] = if crlf { b"\r\n" } else { b"\n" };
                push_csv_record(&mut row, record.iter().map(|f| f.as_bytes()), end);
                assert_eq!(row, by_csv_crate(&record, crlf), "{record:?}");
            }
        }
    }

    #[test]
    fn one_empty_column_is_written_as_an_empty_quoted_field() {
        let options = WriteOptions {
            columns: vec![COLUMNS.iter().position(|c| c.name == "cue").unwrap()],
            ..WriteOptions::default()
        };
        let mut w = RecordWriter::with_options(vec![], options).unwrap();
        w.write(&record()).unwrap();
        assert_eq!(w.into_inner().unwrap(), b"\"\"\n");
    }

    #[test]
    fn numbers_are_written_as_ryu_writes_them() {
        let mut seed = 11u64;
        let mut values: Vec<f64> = (0..=100).map(|k| f64::from(k) / 100.0).collect();
        values.extend([
            -0.0,
            0.005,
            0.995,
            1.005,
            100.0,
            -0.01,
            f64::NAN,
            f64::INFINITY,
        ]);
        for _ in 0..10_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            values.push((seed >> 11) as f64 / (1u64 << 53) as f64 * 1.2);
        }
        for x in values {
            let mut out = Vec::new();
            push_number(&mut out, x);
            let mut by_ryu = Vec::new();
            push_csv_field(&mut by_ryu, ryu::Buffer::new().format(x).as_bytes());
            assert_eq!(out, by_ryu, "{x}");
        }
    }

    #[test]
    fn decimal_is_to_string() {
        let some = [12345, 99999, 100000, 1 << 40, usize::MAX - 1, usize::MAX];
        for n in (0..=10_000).chain(some) {
            let mut buf = [0u8; 20];
            assert_eq!(decimal(n, &mut buf), n.to_string().as_bytes());
        }
    }

    #[test]
    fn needs_quotes_finds_a_special_byte_anywhere() {
        for n in 0..80 {
            let plain = vec![b'a'; n];
            assert!(!needs_quotes(&plain), "{n}");
            for at in 0..n {
                for b in [b',', b'"', b'\n', b'\r'] {
                    let mut field = plain.clone();
                    field[at] = b;
                    assert!(needs_quotes(&field), "{n} {at} {b}");
                }
            }
        }
    }

    fn record() -> QuoteRecord<'static> {
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

    #[test]
    fn rendered_rows_are_the_rows_a_writer_writes() {
        let columns = WriteOptions {
            columns: vec![3, 0, 23, 15],
            ..WriteOptions::default()
        };
        let rows = [record(), QuoteRecord::default(), record()];
        for options in [
            WriteOptions::default(),
            WriteOptions::excel(),
            columns,
            WriteOptions {
                format: Format::Tsv,
                ..WriteOptions::default()
            },
            WriteOptions {
                format: Format::Jsonl,
                ..WriteOptions::default()
            },
        ] {
            let no_bom = WriteOptions {
                bom: false,
                ..options.clone()
            };
            let mut w = RecordWriter::with_options(vec![], no_bom).unwrap();
            for r in &rows {
                w.write(r).unwrap();
            }
            let written = w.into_inner().unwrap();
            assert_eq!(
                render_rows(&rows, &options).unwrap(),
                written,
                "{options:?}"
            );
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
