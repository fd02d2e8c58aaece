//! Checking a CSV file against the schema (`saywho validate`).
//!
//! Every check comes from the single definition in `columns`: the header from `COLUMNS`
//! (or a `--columns` selection), each cell from its column's type, `required`, allowed
//! values, bounds and pattern, and the checks across a row from `SPANS` (offsets that
//! slice back to their text) and `ROW_KEY` (each article's rows together, numbered 1, 2,
//! 3, ...). A file that a spreadsheet-safe run wrote (`--excel`: byte order mark, CRLF,
//! formula guard) is valid too: the reader drops the mark, takes either line end, and a
//! guarded text's `'` is not counted against its offsets.
//!
//! Problems name the line where the record starts (a quoted cell may hold line breaks,
//! so lines and rows differ), the row and the column. Only an I/O error stops the check;
//! everything else, bytes that are not UTF-8 included, is a problem in the report.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use regex::Regex;

use crate::output::columns::{COLUMNS, Column, ColumnType, ROW_KEY, SPANS};
use crate::output::write::FORMULA_STARTS;

/// How many problems a report keeps; the rest are only counted.
pub const MAX_KEPT: usize = 1000;

/// One thing wrong with the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The 1-based line where the record starts.
    pub line: u64,
    /// The 1-based data row (the header is row 0).
    pub row: u64,
    /// The column, when the problem is in one.
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.line)?;
        match (self.row, &self.column) {
            (0, _) => write!(f, "header: ")?,
            (row, Some(c)) => write!(f, "row {row}, {c}: ")?,
            (row, None) => write!(f, "row {row}: ")?,
        }
        f.write_str(&self.message)
    }
}

/// The outcome of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Data rows read.
    pub rows: u64,
    /// The first `MAX_KEPT` problems, in file order.
    pub problems: Vec<Problem>,
    /// All problems found, kept or not.
    pub problem_count: u64,
    /// The first `MAX_KEPT` warnings: rows that are valid but doubtful (a person speaker
    /// that is a pronoun). They do not make the file invalid.
    pub warnings: Vec<Problem>,
    /// All warnings found, kept or not.
    pub warning_count: u64,
}

impl Report {
    /// Whether the file is valid.
    pub fn is_valid(&self) -> bool {
        self.problem_count == 0
    }

    fn warn(&mut self, line: u64, row: u64, column: Option<&str>, message: String) {
        self.warning_count += 1;
        if self.warnings.len() < MAX_KEPT {
            self.warnings.push(Problem {
                line,
                row,
                column: column.map(str::to_string),
                message,
            });
        }
    }

    fn add(&mut self, line: u64, row: u64, column: Option<&str>, message: String) {
        self.problem_count += 1;
        if self.problems.len() < MAX_KEPT {
            self.problems.push(Problem {
                line,
                row,
                column: column.map(str::to_string),
                message,
            });
        }
    }
}

/// A value as it appears in a message: quoted, and cut when long.
fn shown(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() > MAX {
        let cut: String = value.chars().take(MAX).collect();
        format!("{cut:?}...")
    } else {
        format!("{value:?}")
    }
}

/// A column's `pattern`, anchored at both ends as Table Schema patterns are.
fn compile_pattern(column: &Column) -> Option<Regex> {
    column
        .pattern
        .and_then(|p| Regex::new(&format!("^(?:{p})$")).ok())
}

/// Checks one cell against its column; `Err` says what is wrong.
pub fn check_value(column: &Column, pattern: Option<&Regex>, value: &str) -> Result<(), String> {
    if value.is_empty() {
        return if column.required {
            Err("is empty but required".into())
        } else {
            Ok(())
        };
    }
    let number = match column.kind {
        ColumnType::String => None,
        ColumnType::Integer => match value.parse::<i64>() {
            Ok(n) => Some(n as f64),
            Err(_) => return Err(format!("{} is not an integer", shown(value))),
        },
        ColumnType::Number => match value.parse::<f64>() {
            Ok(x) if x.is_finite() => Some(x),
            _ => return Err(format!("{} is not a number", shown(value))),
        },
    };
    if let Some(x) = number {
        if let Some(min) = column.minimum.filter(|&m| x < m) {
            return Err(format!("{value} is below the minimum {min}"));
        }
        if let Some(max) = column.maximum.filter(|&m| x > m) {
            return Err(format!("{value} is above the maximum {max}"));
        }
    }
    if !column.values.is_empty() && !column.values.contains(&value) {
        return Err(format!(
            "{} is not one of: {}",
            shown(value),
            column.values.join(", ")
        ));
    }
    if let (Some(p), Some(re)) = (column.pattern, pattern)
        && !re.is_match(value)
    {
        return Err(format!("{} does not match the pattern {p}", shown(value)));
    }
    Ok(())
}

/// The length of a text cell in code points, not counting a formula guard's `'`.
fn unguarded_len(text: &str) -> usize {
    let n = text.chars().count();
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => n - 1,
        _ => n,
    }
}

/// Reads a CSV from `input` and checks it against the columns `expected` (positions in
/// `COLUMNS`, in order; all of them for a file written without `--columns`).
/// `Err` only for an I/O error while reading.
pub fn validate<R: Read>(input: R, expected: &[usize]) -> Result<Report, std::io::Error> {
    validate_each(input, expected, |_, _| {})
}

/// `validate`, handing each data row with as many fields as the header to `each` after
/// its checks, with the column each field holds (as in `check_header`). A reader that
/// needs the rows too (`summary`) reads the file once; what it made of them only counts
/// when the report is valid.
pub fn validate_each<R: Read>(
    input: R,
    expected: &[usize],
    mut each: impl FnMut(&csv::ByteRecord, &[Option<usize>]),
) -> Result<Report, std::io::Error> {
    let mut report = Report::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    let io = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    };

    if !reader.read_byte_record(&mut record).map_err(io)? {
        report.add(1, 0, None, "the file is empty: no header row".into());
        return Ok(report);
    }
    let layout = check_header(&record, expected, &mut report);
    let patterns: Vec<Option<Regex>> = COLUMNS.iter().map(compile_pattern).collect();
    let mut rows = RowChecks::new(&layout);

    while reader.read_byte_record(&mut record).map_err(io)? {
        report.rows += 1;
        let row = report.rows;
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != layout.len() {
            report.add(
                line,
                row,
                None,
                format!(
                    "{} fields, but the header has {}",
                    record.len(),
                    layout.len()
                ),
            );
            rows.lose_track();
            continue;
        }
        // Cells that passed their own checks, by column position; only these take part
        // in the checks across the row.
        let mut good: HashMap<usize, &str> = HashMap::new();
        for (field, column) in record.iter().zip(&layout) {
            let Some(i) = *column else { continue };
            let c = &COLUMNS[i];
            let value = match std::str::from_utf8(field) {
                Ok(v) => v,
                Err(e) => {
                    report.add(
                        line,
                        row,
                        Some(c.name),
                        format!("not valid UTF-8 (byte {} of the cell)", e.valid_up_to()),
                    );
                    continue;
                }
            };
            match check_value(c, patterns[i].as_ref(), value) {
                Ok(()) => {
                    good.insert(i, value);
                }
                Err(message) => report.add(line, row, Some(c.name), message),
            }
        }
        rows.check(line, row, &good, &mut report);
        pronoun_speaker(line, row, &good, &mut report);
        each(&record, &layout);
    }
    Ok(report)
}

/// Warns on a person speaker that is a pronoun ("he", "I"): the speaker column holds a name
/// or a description, so the statement's speaker was not resolved (schema/README.md, "The
/// speaker column").
fn pronoun_speaker(line: u64, row: u64, good: &HashMap<usize, &str>, report: &mut Report) {
    let cell = |name: &str| {
        crate::output::columns::column_index(name)
            .and_then(|i| good.get(&i))
            .copied()
    };
    let (Some(speaker), Some("person")) = (cell("speaker"), cell("speaker_type")) else {
        return;
    };
    let word = crate::text::tokens::norm(speaker.trim());
    if crate::lexicon::LEXICON.pronouns.contains_key(word.as_str()) {
        report.warn(
            line,
            row,
            Some("speaker"),
            format!(
                "warning: the person speaker is a pronoun ({}): the statement's speaker was not resolved to a name",
                shown(speaker)
            ),
        );
    }
}

/// Compares the header with the expected columns and returns, for each field of the
/// file, the column it holds (`None` for a name that is not a column, or a repeat), so
/// that rows are still checked by the names their header gives.
fn check_header(
    record: &csv::ByteRecord,
    expected: &[usize],
    report: &mut Report,
) -> Vec<Option<usize>> {
    let layout = header_layout(record, report);
    let missing: Vec<&str> = expected
        .iter()
        .filter(|i| !layout.contains(&Some(**i)))
        .map(|&i| COLUMNS[i].name)
        .collect();
    if !missing.is_empty() {
        report.add(
            1,
            0,
            None,
            format!(
                "missing column(s): {}{}",
                missing.join(", "),
                if layout.len() < expected.len() {
                    " (check a file written with `extract --columns` with the same `validate --columns`)"
                } else {
                    ""
                }
            ),
        );
    }
    check_column_order(&layout, expected, report);
    let extra: Vec<&str> = layout
        .iter()
        .flatten()
        .filter(|i| !expected.contains(i))
        .map(|&i| COLUMNS[i].name)
        .collect();
    if !extra.is_empty() {
        report.add(
            1,
            0,
            None,
            format!(
                "unexpected column(s): {} (validate --columns names the columns a file was written with)",
                extra.join(", ")
            ),
        );
    }
    layout
}

/// The column each header field names (`None` for a name that is no column, and for a
/// column's second appearance), with a problem for each such field.
fn header_layout(record: &csv::ByteRecord, report: &mut Report) -> Vec<Option<usize>> {
    let mut layout = Vec::with_capacity(record.len());
    for (n, field) in record.iter().enumerate() {
        let name = String::from_utf8_lossy(field);
        let column = crate::output::columns::column_index(&name);
        match column {
            None => report.add(
                1,
                0,
                None,
                format!("field {} is {}, which is not a column", n + 1, shown(&name)),
            ),
            Some(i) if layout.contains(&Some(i)) => {
                report.add(1, 0, None, format!("column `{name}` appears twice"));
            }
            Some(_) => {}
        }
        layout.push(column.filter(|i| !layout.contains(&Some(*i))));
    }
    layout
}

/// A problem when the expected columns that are present come in another order.
fn check_column_order(layout: &[Option<usize>], expected: &[usize], report: &mut Report) {
    let present_in_expected: Vec<usize> = layout
        .iter()
        .flatten()
        .copied()
        .filter(|i| expected.contains(i))
        .collect();
    let expected_present: Vec<usize> = expected
        .iter()
        .copied()
        .filter(|i| layout.contains(&Some(*i)))
        .collect();
    if present_in_expected != expected_present {
        report.add(
            1,
            0,
            None,
            format!(
                "columns are out of order; expected {}",
                expected
                    .iter()
                    .map(|&i| COLUMNS[i].name)
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        );
    }
}

/// The checks that look at more than one cell: spans and the row key.
struct RowChecks {
    spans: Vec<(usize, usize, usize)>,
    key: Option<(usize, usize)>,
    previous: Option<(String, u64)>,
    /// The previous row could not be read, so the next one starts the count afresh.
    lost: bool,
    /// Articles whose rows have ended, with the line where each was last seen.
    finished: HashMap<String, u64>,
    previous_line: u64,
}

impl RowChecks {
    fn new(layout: &[Option<usize>]) -> RowChecks {
        let index = |name: &str| {
            crate::output::columns::column_index(name).filter(|i| layout.contains(&Some(*i)))
        };
        let spans = SPANS
            .iter()
            .filter_map(|s| Some((index(s.text)?, index(s.start)?, index(s.end)?)))
            .collect();
        let key = match (index(ROW_KEY[0]), index(ROW_KEY[1])) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        };
        RowChecks {
            spans,
            key,
            previous: None,
            lost: false,
            finished: HashMap::new(),
            previous_line: 0,
        }
    }

    /// After a row whose key could not be read: the next row's number is taken as it is.
    fn lose_track(&mut self) {
        self.lost = true;
    }

    fn check(&mut self, line: u64, row: u64, good: &HashMap<usize, &str>, report: &mut Report) {
        for &(text, start, end) in &self.spans {
            let (Some(t), Some(s), Some(e)) = (good.get(&text), good.get(&start), good.get(&end))
            else {
                continue;
            };
            let (sn, en) = (COLUMNS[start].name, COLUMNS[end].name);
            match (s.parse::<usize>().ok(), e.parse::<usize>().ok()) {
                (None, None) => {
                    if !t.is_empty() {
                        report.add(
                            line,
                            row,
                            Some(sn),
                            format!("is empty, but {} is {}", COLUMNS[text].name, shown(t)),
                        );
                    }
                }
                (Some(_), None) | (None, Some(_)) => report.add(
                    line,
                    row,
                    Some(if s.is_empty() { sn } else { en }),
                    format!("{sn} and {en} must both be given or both be empty"),
                ),
                (Some(a), Some(b)) => {
                    if a >= b {
                        report.add(
                            line,
                            row,
                            Some(en),
                            format!("{b} is not after {sn} {a} (an empty span is never written)"),
                        );
                    } else if unguarded_len(t) != b - a
                        // A text that itself opens with "'=" or "'@" is no guarded cell.
                        && t.chars().count() != b - a
                    {
                        report.add(
                            line,
                            row,
                            Some(COLUMNS[text].name),
                            format!(
                                "has {} characters, but {en} - {sn} is {}",
                                unguarded_len(t),
                                b - a
                            ),
                        );
                    }
                }
            }
        }
        if let Some((article, index)) = self.key {
            self.check_key(line, row, good.get(&article), good.get(&index), report);
        }
    }

    fn check_key(
        &mut self,
        line: u64,
        row: u64,
        article: Option<&&str>,
        index: Option<&&str>,
        report: &mut Report,
    ) {
        let (Some(article), Some(index)) = (article, index.and_then(|i| i.parse::<u64>().ok()))
        else {
            // a bad cell was reported already; count again from the next row
            self.lose_track();
            return;
        };
        if std::mem::take(&mut self.lost) {
            if let Some((a, _)) = self.previous.take().filter(|(a, _)| a != *article) {
                self.finished.insert(a, self.previous_line);
            }
            self.previous = Some((article.to_string(), index));
            self.previous_line = line;
            return;
        }
        let expected = match &self.previous {
            Some((a, i)) if a == *article => i + 1,
            _ => {
                if let Some((a, _)) = self.previous.take() {
                    self.finished.insert(a, self.previous_line);
                }
                if let Some(seen) = self.finished.get(*article) {
                    report.add(
                        line,
                        row,
                        Some(ROW_KEY[0]),
                        format!(
                            "{}'s rows are not together: it already ended at line {seen}",
                            shown(article)
                        ),
                    );
                }
                1
            }
        };
        if index != expected {
            report.add(
                line,
                row,
                Some(ROW_KEY[1]),
                format!("is {index}, expected {expected} (each article's rows are numbered 1, 2, 3, ...)"),
            );
        }
        self.previous = Some((article.to_string(), index));
        self.previous_line = line;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::columns::{all_columns, column_index};

    const HEADER: &str = "article_id,quote_index,quote,quote_type,speaker,speaker_mention,speaker_type,speaker_role,country,country_code,country_basis,country_evidence,cue,cue_lemma,attribution,confidence,quote_start,quote_end,speaker_start,speaker_end,cue_start,cue_end,sentence_index,sentence,article_title,article_date,article_source,article_url";
    const ROW: &str = "a.txt,1,We will stay,direct,Anna Berg,Anna Berg,person,,,,,,said,say,explicit,0.95,1,13,16,25,26,30,1,\"\"\"We will stay,\"\" Anna Berg said.\",,,,";

    fn check(csv: &str) -> Report {
        validate(csv.as_bytes(), &all_columns()).unwrap()
    }

    fn messages(csv: &str) -> Vec<String> {
        check(csv).problems.iter().map(|p| p.to_string()).collect()
    }

    /// The good row with one column's value replaced.
    fn row_with(column: &str, value: &str) -> String {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(ROW.as_bytes());
        let mut rec = r
            .records()
            .next()
            .unwrap()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect::<Vec<_>>();
        rec[column_index(column).unwrap()] = value.to_string();
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(vec![]);
        w.write_record(&rec).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn a_good_file_is_valid() {
        let r = check(&format!("{HEADER}\n{ROW}\n"));
        assert!(r.is_valid(), "{:?}", r.problems);
        assert_eq!(r.rows, 1);
    }

    #[test]
    fn a_pronoun_speaker_is_a_warning_not_a_problem() {
        let r = check(&format!("{HEADER}\n{}", row_with("speaker", "he")));
        assert!(r.is_valid(), "{:?}", r.problems);
        assert_eq!(r.warning_count, 1, "{:?}", r.warnings);
        assert_eq!(r.warnings[0].column.as_deref(), Some("speaker"));
        let r = check(&format!("{HEADER}\n{ROW}\n"));
        assert_eq!(r.warning_count, 0);
    }

    #[test]
    fn excel_output_is_valid() {
        let guarded = row_with("quote", "'=1+1 is two!");
        let r = check(&format!(
            "\u{feff}{HEADER}\r\n{}",
            guarded.replace('\n', "\r\n")
        ));
        // quote_end - quote_start is 12: the text's length without its guard
        assert!(r.is_valid(), "{:?}", r.problems);
        // A quote whose own text opens with "'=" (12 characters with its "'") is valid too.
        let own = row_with("quote", "'=1+1 is two");
        assert!(check(&format!("{HEADER}\n{own}\n")).is_valid());
    }

    #[test]
    fn cell_problems_name_line_row_and_column() {
        let cases = [
            (
                "quote_end",
                "x",
                "2: row 1, quote_end: \"x\" is not an integer",
            ),
            (
                "quote_start",
                "-1",
                "2: row 1, quote_start: -1 is below the minimum 0",
            ),
            (
                "confidence",
                "1.5",
                "2: row 1, confidence: 1.5 is above the maximum 1",
            ),
            (
                "confidence",
                "high",
                "2: row 1, confidence: \"high\" is not a number",
            ),
            (
                "quote_type",
                "quoted",
                "2: row 1, quote_type: \"quoted\" is not one of: direct, indirect, mixed",
            ),
            ("quote", "", "2: row 1, quote: is empty but required"),
            (
                "country_code",
                "usa",
                "2: row 1, country_code: \"usa\" does not match the pattern [A-Z]{2}",
            ),
            (
                "article_date",
                "4 March 2021",
                "2: row 1, article_date: \"4 March 2021\" does not match the pattern [0-9]{4}-[0-9]{2}-[0-9]{2}",
            ),
        ];
        for (column, value, want) in cases {
            let got = messages(&format!("{HEADER}\n{}", row_with(column, value)));
            assert_eq!(got, [want], "{column}={value}");
        }
    }

    #[test]
    fn optional_cells_may_be_empty_but_not_wrong() {
        let r = check(&format!("{HEADER}\n{}", row_with("speaker_type", "")));
        assert!(r.is_valid(), "{:?}", r.problems);
        let got = messages(&format!("{HEADER}\n{}", row_with("speaker_type", "human")));
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn spans_must_slice_back() {
        assert_eq!(
            messages(&format!("{HEADER}\n{}", row_with("quote_end", "1"))),
            ["2: row 1, quote_end: 1 is not after quote_start 1 (an empty span is never written)"]
        );
        assert_eq!(
            messages(&format!("{HEADER}\n{}", row_with("quote_end", "14"))),
            ["2: row 1, quote: has 12 characters, but quote_end - quote_start is 13"]
        );
        assert_eq!(
            messages(&format!("{HEADER}\n{}", row_with("cue_end", ""))),
            ["2: row 1, cue_end: cue_start and cue_end must both be given or both be empty"]
        );
        let carried = row_with("speaker_start", "");
        let got = messages(&format!("{HEADER}\n{carried}"));
        assert_eq!(
            got,
            [
                "2: row 1, speaker_start: speaker_start and speaker_end must both be given or both be empty"
            ]
        );
    }

    #[test]
    fn quote_index_runs_within_each_article() {
        let second = row_with("quote_index", "2");
        let third = row_with("quote_index", "3");
        let other = row_with("article_id", "b.txt");
        assert!(check(&format!("{HEADER}\n{ROW}\n{second}{other}")).is_valid());
        assert_eq!(
            messages(&format!("{HEADER}\n{ROW}\n{third}")),
            [
                "3: row 2, quote_index: is 3, expected 2 (each article's rows are numbered 1, 2, 3, ...)"
            ]
        );
        assert_eq!(
            messages(&format!("{HEADER}\n{ROW}\n{other}{ROW}\n")),
            ["4: row 3, article_id: \"a.txt\"'s rows are not together: it already ended at line 2"]
        );
    }

    #[test]
    fn lines_count_line_breaks_inside_cells() {
        let two_lines = row_with("sentence", "one\ntwo");
        let bad = row_with("quote_index", "7");
        let got = messages(&format!("{HEADER}\n{two_lines}{bad}"));
        assert_eq!(
            got,
            [
                "4: row 2, quote_index: is 7, expected 2 (each article's rows are numbered 1, 2, 3, ...)"
            ]
        );
    }

    #[test]
    fn one_bad_row_is_one_problem() {
        let second = row_with("quote_index", "2");
        let third = row_with("quote_index", "3");
        for bad in ["a,b\n".to_string(), row_with("quote_index", "two")] {
            let got = messages(&format!("{HEADER}\n{ROW}\n{bad}{third}"));
            assert_eq!(got.len(), 1, "{got:?}");
        }
        assert!(check(&format!("{HEADER}\n{ROW}\n{second}{third}")).is_valid());
    }

    #[test]
    fn header_problems() {
        let renamed = HEADER.replace("speaker_role", "role");
        let got = messages(&format!("{renamed}\n{ROW}\n"));
        assert_eq!(
            got,
            [
                "1: header: field 8 is \"role\", which is not a column",
                "1: header: missing column(s): speaker_role",
            ]
        );
        let swapped = HEADER.replace("quote,quote_type", "quote_type,quote");
        assert!(
            messages(&format!("{swapped}\n"))
                .iter()
                .any(|m| m.contains("out of order"))
        );
        assert_eq!(
            messages(""),
            ["1: header: the file is empty: no header row"]
        );
    }

    #[test]
    fn a_selection_is_checked_as_written() {
        let cols = crate::output::columns::parse_selection("quote,quote_start,quote_end").unwrap();
        let ok = validate("quote,quote_start,quote_end\nabc,4,7\n".as_bytes(), &cols).unwrap();
        assert!(ok.is_valid(), "{:?}", ok.problems);
        let bad = validate("quote,quote_start,quote_end\nabc,4,8\n".as_bytes(), &cols).unwrap();
        assert_eq!(bad.problem_count, 1);
        // the full schema expects every column
        let full = validate(
            "quote,quote_start,quote_end\nabc,4,7\n".as_bytes(),
            &all_columns(),
        )
        .unwrap();
        assert!(
            full.problems[0]
                .message
                .starts_with("missing column(s): article_id")
        );
    }

    #[test]
    fn ragged_rows_and_bad_bytes() {
        let got = messages(&format!("{HEADER}\na,b\n"));
        assert_eq!(got, ["2: row 1: 2 fields, but the header has 28"]);
        let bytes = format!("{HEADER}\n{}", row_with("speaker", "Jos\u{e9}")).into_bytes();
        let bad: Vec<u8> = bytes
            .iter()
            .flat_map(|&b| {
                if b == 0xc3 {
                    vec![0xe9]
                } else if b == 0xa9 {
                    vec![]
                } else {
                    vec![b]
                }
            })
            .collect();
        let r = validate(bad.as_slice(), &all_columns()).unwrap();
        assert_eq!(
            r.problems[0].to_string(),
            "2: row 1, speaker: not valid UTF-8 (byte 3 of the cell)"
        );
    }

    #[test]
    fn every_pattern_compiles() {
        for c in COLUMNS {
            assert_eq!(
                c.pattern.is_some(),
                compile_pattern(c).is_some(),
                "{}",
                c.name
            );
        }
    }
}
