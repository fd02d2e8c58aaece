//! Comparing two exports row by row, for regression tests of a pipeline.
//!
//! Rows are paired by a key (by default `article_id,quote_start`); the nth row with a key in
//! one file pairs with the nth row with that key in the other, so duplicate keys still line
//! up in reading order. A pair whose other columns differ is `changed` (each differing field
//! with both values), an unpaired row is `removed` (only in the expected file) or `added`
//! (only in the actual one). Columns are matched by name, so the same columns in another
//! order compare fine; a column that only one file has is an error unless it is ignored,
//! because a silent partial comparison would pass a broken export.
//!
//! Files are read with the csv crate, which drops a UTF-8 BOM and accepts CRLF line ends, so
//! an `--excel` export compares with a plain one. A `.tsv` file is read tab-separated.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The default key: a row is the quote that starts at this offset of this article.
pub const DEFAULT_KEY: &[&str] = &["article_id", "quote_start"];
/// The offset-independent key: a row is this quote text in this article.
pub const CONTENT_KEY: &[&str] = &["article_id", "quote"];
/// What `--ignore offsets` stands for: every column that moves when text is inserted above a
/// quote or a row is inserted before it.
pub const POSITION_COLUMNS: &[&str] = &[
    "quote_index",
    "quote_start",
    "quote_end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "sentence_index",
];

/// Expands a `--key` value: a preset (`offsets`, `content`) or column names joined by commas.
pub fn parse_key(spec: &str) -> Vec<String> {
    match spec.trim() {
        "offsets" | "default" => DEFAULT_KEY.iter().map(|s| s.to_string()).collect(),
        "content" => CONTENT_KEY.iter().map(|s| s.to_string()).collect(),
        other => split_names(other),
    }
}

/// Splits comma-separated column names, dropping empty pieces and surrounding spaces.
pub fn split_names(spec: &str) -> Vec<String> {
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A CSV file read whole: header and rows as text.
#[derive(Clone, Debug)]
pub struct Table {
    /// The file name for messages.
    pub path: PathBuf,
    /// Column names in file order.
    pub headers: Vec<String>,
    /// Rows, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Reads a CSV file (a `.tsv` file as tab-separated).
    pub fn read(path: &Path) -> Result<Table, Error> {
        let file = std::fs::File::open(path).map_err(|source| Error::Input {
            path: path.to_path_buf(),
            source,
        })?;
        let tab = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tsv"));
        Table::from_reader(
            path,
            io::BufReader::new(file),
            if tab { b'\t' } else { b',' },
        )
    }

    /// Reads CSV from any reader; `path` names it in messages.
    pub fn from_reader<R: io::Read>(path: &Path, rdr: R, delimiter: u8) -> Result<Table, Error> {
        let bad = |source: csv::Error| Error::CsvInput {
            path: path.to_path_buf(),
            source,
        };
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(rdr);
        let headers: Vec<String> = csv
            .headers()
            .map_err(bad)?
            .iter()
            .map(String::from)
            .collect();
        if headers.is_empty() || headers.iter().all(String::is_empty) {
            return Err(Error::Record {
                path: path.to_path_buf(),
                line: 1,
                message: "no header row (the file is empty)".to_string(),
            });
        }
        let mut seen = HashMap::new();
        for name in &headers {
            if seen.insert(name.as_str(), ()).is_some() {
                return Err(Error::Record {
                    path: path.to_path_buf(),
                    line: 1,
                    message: format!("the header names column `{name}` twice"),
                });
            }
        }
        let mut rows = Vec::new();
        for rec in csv.records() {
            rows.push(rec.map_err(bad)?.iter().map(String::from).collect());
        }
        Ok(Table {
            path: path.to_path_buf(),
            headers,
            rows,
        })
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }
}

/// What to compare.
#[derive(Clone, Debug)]
pub struct Options {
    /// Columns whose values together identify a row.
    pub key: Vec<String>,
    /// Columns left out of the comparison; `offsets` stands for [`POSITION_COLUMNS`].
    pub ignore: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            key: DEFAULT_KEY.iter().map(|s| s.to_string()).collect(),
            ignore: Vec::new(),
        }
    }
}

/// One field that differs between paired rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub column: String,
    pub expected: String,
    pub actual: String,
}

/// What happened to one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// Only in the actual file.
    Added,
    /// Only in the expected file.
    Removed,
    /// In both, with these fields different.
    Changed(Vec<FieldChange>),
}

/// One difference, with the row's key and enough of the row to recognise it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    /// The key values, in key column order.
    pub key: Vec<String>,
    /// 1-based occurrence of the key in its file, for keys that repeat.
    pub occurrence: usize,
    /// Whether the key repeats in either file (the occurrence is then shown).
    pub repeated: bool,
    /// The compared columns of the row (the actual row for `added`, else the expected one).
    pub row: Vec<(String, String)>,
}

/// The outcome of a comparison.
#[derive(Clone, Debug)]
pub struct Diff {
    pub expected_path: PathBuf,
    pub actual_path: PathBuf,
    pub key: Vec<String>,
    /// Columns compared, in the expected file's order (key columns included).
    pub columns: Vec<String>,
    /// Columns left out, as found in the files.
    pub ignored: Vec<String>,
    /// Differences in reading order: the actual file's order, with removed rows placed where
    /// they stood in the expected file.
    pub changes: Vec<Change>,
    /// Rows paired with no field changed.
    pub same: usize,
    pub expected_rows: usize,
    pub actual_rows: usize,
    /// Whether the two files list the compared columns in different orders.
    pub reordered: bool,
}

impl Diff {
    /// Whether the files agree.
    pub fn is_equal(&self) -> bool {
        self.changes.is_empty()
    }

    /// Counts of added, removed and changed rows.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for ch in &self.changes {
            match ch.kind {
                ChangeKind::Added => c.0 += 1,
                ChangeKind::Removed => c.1 += 1,
                ChangeKind::Changed(_) => c.2 += 1,
            }
        }
        c
    }

    /// The closing line: counts, key and ignored columns.
    pub fn summary(&self) -> String {
        let (added, removed, changed) = self.counts();
        let mut s = if self.is_equal() {
            format!("no differences: {} rows", self.same)
        } else {
            format!(
                "{added} added, {removed} removed, {changed} changed, {} same ({} expected rows, {} actual rows)",
                self.same, self.expected_rows, self.actual_rows
            )
        };
        s.push_str(&format!("; key {}", self.key.join(",")));
        if !self.ignored.is_empty() {
            s.push_str(&format!("; ignored {}", self.ignored.join(",")));
        }
        s
    }

    /// Writes the differences for a person: one block a row, then the summary line.
    pub fn write_text<W: Write>(&self, mut w: W) -> io::Result<()> {
        if !self.is_equal() {
            writeln!(w, "--- {} (expected)", self.expected_path.display())?;
            writeln!(w, "+++ {} (actual)", self.actual_path.display())?;
        }
        for ch in &self.changes {
            let (mark, word) = match ch.kind {
                ChangeKind::Added => ('+', "added"),
                ChangeKind::Removed => ('-', "removed"),
                ChangeKind::Changed(_) => ('~', "changed"),
            };
            write!(w, "{mark} {word:<8}{}", self.key_label(ch))?;
            let quote_in_key = self.key.iter().any(|k| k == "quote");
            if let (false, Some(q)) = (quote_in_key, field(&ch.row, "quote")) {
                write!(w, "  {:?}", shorten(q, 70))?;
            }
            writeln!(w)?;
            match &ch.kind {
                ChangeKind::Changed(fields) => {
                    let width = fields.iter().map(|f| f.column.len()).max().unwrap_or(0);
                    for f in fields {
                        writeln!(
                            w,
                            "    {:<width$}  {:?} -> {:?}",
                            f.column,
                            shorten(&f.expected, 200),
                            shorten(&f.actual, 200)
                        )?;
                    }
                }
                _ => {
                    let gist: Vec<String> = ["quote_type", "speaker", "cue", "attribution"]
                        .iter()
                        .filter_map(|c| field(&ch.row, c).map(|v| format!("{c}={v:?}")))
                        .collect();
                    if gist.is_empty() {
                        // Not a saywho export: show every compared field that is not in the key.
                        for (c, v) in &ch.row {
                            if !self.key.contains(c) && !v.is_empty() {
                                writeln!(w, "    {c}={:?}", shorten(v, 200))?;
                            }
                        }
                    } else {
                        writeln!(w, "    {}", gist.join(" "))?;
                    }
                }
            }
        }
        writeln!(w, "{}", self.summary())
    }

    /// Writes the differences as CSV, one line a differing field:
    /// `change,<key columns>,occurrence,column,expected,actual`. An added or removed row gives
    /// a line for each of its compared columns outside the key, so nothing is lost.
    pub fn write_csv<W: Write>(&self, w: W) -> Result<(), Error> {
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(w);
        let mut header = vec!["change".to_string()];
        header.extend(self.key.iter().cloned());
        header.extend(
            ["occurrence", "column", "expected", "actual"]
                .iter()
                .map(|s| s.to_string()),
        );
        out.write_record(&header)?;
        for ch in &self.changes {
            let mut lead = vec![
                match ch.kind {
                    ChangeKind::Added => "added",
                    ChangeKind::Removed => "removed",
                    ChangeKind::Changed(_) => "changed",
                }
                .to_string(),
            ];
            lead.extend(ch.key.iter().cloned());
            lead.push(ch.occurrence.to_string());
            let lines: Vec<(String, String, String)> = match &ch.kind {
                ChangeKind::Changed(fields) => fields
                    .iter()
                    .map(|f| (f.column.clone(), f.expected.clone(), f.actual.clone()))
                    .collect(),
                kind => ch
                    .row
                    .iter()
                    .filter(|(c, _)| !self.key.contains(c))
                    .map(|(c, v)| {
                        if *kind == ChangeKind::Added {
                            (c.clone(), String::new(), v.clone())
                        } else {
                            (c.clone(), v.clone(), String::new())
                        }
                    })
                    .collect(),
            };
            for (c, e, a) in lines {
                let mut rec = lead.clone();
                rec.extend([c, e, a]);
                out.write_record(&rec)?;
            }
        }
        out.flush().map_err(Error::Output)?;
        Ok(())
    }

    fn key_label(&self, ch: &Change) -> String {
        let mut parts: Vec<String> = self
            .key
            .iter()
            .zip(&ch.key)
            .map(|(k, v)| {
                if k == "article_id" {
                    v.clone()
                } else {
                    format!("{k}={:?}", shorten(v, 70))
                }
            })
            .collect();
        if ch.repeated {
            parts.push(format!("(occurrence {})", ch.occurrence));
        }
        parts.join(" ")
    }
}

fn field<'a>(row: &'a [(String, String)], column: &str) -> Option<&'a String> {
    row.iter().find(|(c, _)| c == column).map(|(_, v)| v)
}

/// At most `max` characters, with an ellipsis when cut; line breaks kept (shown escaped).
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('\u{2026}');
        t
    }
}

/// Compares two tables.
///
/// Errors: a key column missing from either file, an ignored name that neither file has
/// (a typo would otherwise compare more than meant), a compared column that only one file has.
pub fn compare(expected: &Table, actual: &Table, options: &Options) -> Result<Diff, Error> {
    check_key(expected, actual, &options.key)?;
    let ignored = ignored_columns(expected, actual, options)?;
    let (columns, actual_columns) = compared_columns(expected, actual, &ignored)?;
    let reordered = columns != actual_columns;
    let e_keys = keys_in_order(expected, &options.key);
    let a_keys = keys_in_order(actual, &options.key);
    let mut walk = Walk {
        expected,
        actual,
        e_idx: columns.iter().filter_map(|c| expected.column(c)).collect(),
        a_idx: columns.iter().filter_map(|c| actual.column(c)).collect(),
        columns: &columns,
        repeats: repeats(&e_keys, &a_keys),
        paired: vec![false; expected.rows.len()],
        e_keys: &e_keys,
        changes: Vec::new(),
        same: 0,
        flushed: 0,
    };
    walk.run(&a_keys);
    let (changes, same) = (walk.changes, walk.same);
    Ok(Diff {
        expected_path: expected.path.clone(),
        actual_path: actual.path.clone(),
        key: options.key.clone(),
        columns,
        ignored,
        changes,
        same,
        expected_rows: expected.rows.len(),
        actual_rows: actual.rows.len(),
        reordered,
    })
}

/// Fails unless the key names columns that both files have.
fn check_key(expected: &Table, actual: &Table, key: &[String]) -> Result<(), Error> {
    if key.is_empty() {
        return Err(Error::Diff("the key names no column".to_string()));
    }
    for t in [expected, actual] {
        for k in key {
            if t.column(k).is_none() {
                return Err(Error::NoSuchColumn {
                    path: t.path.clone(),
                    column: k.clone(),
                    columns: t.headers.join(","),
                });
            }
        }
    }
    Ok(())
}

/// The columns `--ignore` leaves out, as found in the files (`offsets` standing for the
/// position columns), less the key's; an error for a name neither file has.
fn ignored_columns(
    expected: &Table,
    actual: &Table,
    options: &Options,
) -> Result<Vec<String>, Error> {
    let mut ignored: Vec<String> = Vec::new();
    for name in &options.ignore {
        let in_files = |n: &str| expected.column(n).is_some() || actual.column(n).is_some();
        if in_files(name) {
            ignored.push(name.clone());
        } else if name == "offsets" {
            ignored.extend(
                POSITION_COLUMNS
                    .iter()
                    .filter(|c| in_files(c))
                    .map(|c| c.to_string()),
            );
        } else {
            return Err(Error::Diff(format!(
                "--ignore {name}: neither {} nor {} has such a column (columns: {})",
                expected.path.display(),
                actual.path.display(),
                expected.headers.join(",")
            )));
        }
    }
    ignored.retain(|c| !options.key.contains(c));
    ignored.dedup();
    Ok(ignored)
}

/// The compared columns of each file, in its order; an error when one file has a column
/// the other has not, since a partial comparison would pass a broken export.
fn compared_columns(
    expected: &Table,
    actual: &Table,
    ignored: &[String],
) -> Result<(Vec<String>, Vec<String>), Error> {
    let compared = |t: &Table| -> Vec<String> {
        t.headers
            .iter()
            .filter(|h| !ignored.contains(h))
            .cloned()
            .collect()
    };
    let columns = compared(expected);
    let actual_columns = compared(actual);
    let only_expected: Vec<&String> = columns
        .iter()
        .filter(|c| !actual_columns.contains(c))
        .collect();
    let only_actual: Vec<&String> = actual_columns
        .iter()
        .filter(|c| !columns.contains(c))
        .collect();
    if only_expected.is_empty() && only_actual.is_empty() {
        return Ok((columns, actual_columns));
    }
    let mut parts = Vec::new();
    let list = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",");
    if !only_expected.is_empty() {
        parts.push(format!(
            "only {} has {}",
            expected.path.display(),
            list(&only_expected)
        ));
    }
    if !only_actual.is_empty() {
        parts.push(format!(
            "only {} has {}",
            actual.path.display(),
            list(&only_actual)
        ));
    }
    Err(Error::Diff(format!(
        "the files have different columns: {} (--ignore them to compare the rest)",
        parts.join("; ")
    )))
}

/// Each row's key values and the occurrence of that key so far (1 for its first row).
fn keys_in_order(t: &Table, key: &[String]) -> Vec<(Vec<String>, usize)> {
    let idx: Vec<usize> = key.iter().filter_map(|c| t.column(c)).collect();
    let mut seen: HashMap<Vec<String>, usize> = HashMap::new();
    t.rows
        .iter()
        .map(|r| {
            let k: Vec<String> = idx.iter().map(|&i| r[i].clone()).collect();
            let n = seen.entry(k.clone()).or_insert(0);
            *n += 1;
            (k, *n)
        })
        .collect()
}

/// How often each key occurs at most in either file.
fn repeats<'k>(
    e_keys: &'k [(Vec<String>, usize)],
    a_keys: &'k [(Vec<String>, usize)],
) -> HashMap<&'k Vec<String>, usize> {
    let mut repeats: HashMap<&Vec<String>, usize> = HashMap::new();
    for (k, n) in e_keys.iter().chain(a_keys) {
        let m = repeats.entry(k).or_insert(0);
        *m = (*m).max(*n);
    }
    repeats
}

/// The walk over the actual rows that lists the changes in reading order.
struct Walk<'a> {
    expected: &'a Table,
    actual: &'a Table,
    columns: &'a [String],
    /// The compared columns' indexes in each file.
    e_idx: Vec<usize>,
    a_idx: Vec<usize>,
    e_keys: &'a [(Vec<String>, usize)],
    repeats: HashMap<&'a Vec<String>, usize>,
    /// Which expected rows have a partner.
    paired: Vec<bool>,
    changes: Vec<Change>,
    same: usize,
    /// Expected rows before this one are placed.
    flushed: usize,
}

impl Walk<'_> {
    /// Pair first, then walk the actual rows in order, placing each unpaired expected row
    /// before the first actual row whose partner comes after it.
    fn run(&mut self, a_keys: &[(Vec<String>, usize)]) {
        let e_pos: HashMap<(&Vec<String>, usize), usize> = self
            .e_keys
            .iter()
            .enumerate()
            .map(|(i, (k, n))| ((k, *n), i))
            .collect();
        let partner: Vec<Option<usize>> = a_keys
            .iter()
            .map(|(key, n)| e_pos.get(&(key, *n)).copied())
            .collect();
        for e_i in partner.iter().flatten() {
            self.paired[*e_i] = true;
        }
        for (a_i, (key, n)) in a_keys.iter().enumerate() {
            match partner[a_i] {
                Some(e_i) => {
                    self.flush_removed(e_i);
                    self.compare_pair(e_i, a_i, key, *n);
                }
                None => {
                    let row = self.project(&self.actual.rows[a_i], &self.a_idx);
                    let change = self.change(ChangeKind::Added, key, *n, row);
                    self.changes.push(change);
                }
            }
        }
        self.flush_removed(self.expected.rows.len());
    }

    /// The expected row `e_i` and its partner, the actual row `a_i`: a change when fields
    /// differ.
    fn compare_pair(&mut self, e_i: usize, a_i: usize, key: &Vec<String>, n: usize) {
        let (e_row, a_row) = (&self.expected.rows[e_i], &self.actual.rows[a_i]);
        let fields: Vec<FieldChange> = self
            .columns
            .iter()
            .zip(self.e_idx.iter().zip(&self.a_idx))
            .filter(|(_, (ei, ai))| e_row[**ei] != a_row[**ai])
            .map(|(c, (ei, ai))| FieldChange {
                column: c.clone(),
                expected: e_row[*ei].clone(),
                actual: a_row[*ai].clone(),
            })
            .collect();
        if fields.is_empty() {
            self.same += 1;
        } else {
            let row = self.project(e_row, &self.e_idx);
            let change = self.change(ChangeKind::Changed(fields), key, n, row);
            self.changes.push(change);
        }
    }

    /// Lists the unpaired expected rows before row `upto` as removed.
    fn flush_removed(&mut self, upto: usize) {
        while self.flushed < upto {
            if !self.paired[self.flushed] {
                let (k, m) = &self.e_keys[self.flushed];
                let row = self.project(&self.expected.rows[self.flushed], &self.e_idx);
                let change = self.change(ChangeKind::Removed, k, *m, row);
                self.changes.push(change);
            }
            self.flushed += 1;
        }
    }

    /// The compared columns of a row, by name.
    fn project(&self, row: &[String], idx: &[usize]) -> Vec<(String, String)> {
        self.columns
            .iter()
            .zip(idx)
            .map(|(c, &i)| (c.clone(), row[i].clone()))
            .collect()
    }

    fn change(
        &self,
        kind: ChangeKind,
        key: &Vec<String>,
        n: usize,
        row: Vec<(String, String)>,
    ) -> Change {
        Change {
            kind,
            key: key.clone(),
            occurrence: n,
            repeated: self.repeats.get(key).copied().unwrap_or(1) > 1,
            row,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str, text: &str) -> Table {
        Table::from_reader(Path::new(name), text.as_bytes(), b',').unwrap()
    }

    fn opts(key: &str, ignore: &str) -> Options {
        Options {
            key: parse_key(key),
            ignore: split_names(ignore),
        }
    }

    const E: &str = "article_id,quote_start,quote,speaker,confidence\n\
                     a.txt,10,We stay,Anna Berg,0.95\n\
                     a.txt,40,We go,Anna Berg,0.85\n\
                     b.txt,5,No comment,Li Wei,0.9\n";

    #[test]
    fn equal_files_have_no_changes() {
        let d = compare(&table("e", E), &table("a", E), &Options::default()).unwrap();
        assert!(d.is_equal());
        assert_eq!(d.same, 3);
        assert!(d.summary().starts_with("no differences: 3 rows"));
    }

    #[test]
    fn added_removed_and_changed_rows_in_reading_order() {
        let a = "article_id,quote_start,quote,speaker,confidence\n\
                 a.txt,10,We stay,Anna,0.9\n\
                 a.txt,25,Maybe,Anna Berg,0.85\n\
                 b.txt,5,No comment,Li Wei,0.9\n";
        let d = compare(&table("e", E), &table("a", a), &Options::default()).unwrap();
        let kinds: Vec<_> = d
            .changes
            .iter()
            .map(|c| (c.key[1].as_str(), &c.kind))
            .collect();
        assert_eq!(kinds.len(), 3);
        assert_eq!(kinds[1], ("25", &ChangeKind::Added));
        assert_eq!(kinds[2], ("40", &ChangeKind::Removed));
        match kinds[0] {
            ("10", ChangeKind::Changed(f)) => {
                assert_eq!(f.len(), 2);
                assert_eq!(f[0].column, "speaker");
                assert_eq!(f[0].expected, "Anna Berg");
                assert_eq!(f[0].actual, "Anna");
                assert_eq!(f[1].column, "confidence");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(d.counts(), (1, 1, 1));
        assert_eq!(d.same, 1);
    }

    #[test]
    fn ignore_leaves_columns_out() {
        let a = E.replace("0.95", "0.5");
        let d = compare(
            &table("e", E),
            &table("a", &a),
            &opts("offsets", "confidence"),
        )
        .unwrap();
        assert!(d.is_equal());
        assert!(d.summary().contains("ignored confidence"));
    }

    #[test]
    fn content_key_pairs_rows_whose_offsets_moved() {
        let a = E.replace(",10,", ",13,").replace(",40,", ",43,");
        let d = compare(&table("e", E), &table("a", &a), &Options::default()).unwrap();
        assert_eq!(d.counts(), (2, 2, 0));
        let d = compare(&table("e", E), &table("a", &a), &opts("content", "")).unwrap();
        assert_eq!(d.counts(), (0, 0, 2));
        let d = compare(&table("e", E), &table("a", &a), &opts("content", "offsets")).unwrap();
        assert!(d.is_equal());
    }

    #[test]
    fn duplicate_keys_pair_by_occurrence() {
        let e = "article_id,quote,speaker\n\
                 a.txt,Yes,Anna\n\
                 a.txt,No,Anna\n\
                 a.txt,Yes,Bo\n";
        let a = "article_id,quote,speaker\n\
                 a.txt,Yes,Anna\n\
                 a.txt,No,Anna\n";
        let d = compare(&table("e", e), &table("a", a), &opts("content", "")).unwrap();
        assert_eq!(d.changes.len(), 1);
        let c = &d.changes[0];
        assert_eq!(c.kind, ChangeKind::Removed);
        assert_eq!((c.occurrence, c.repeated), (2, true));
        assert_eq!(field(&c.row, "speaker").unwrap(), "Bo");
        // Both occurrences present but swapped: each pairs with the one in the same place.
        let a = "article_id,quote,speaker\n\
                 a.txt,Yes,Bo\n\
                 a.txt,No,Anna\n\
                 a.txt,Yes,Anna\n";
        let d = compare(&table("e", e), &table("a", a), &opts("content", "")).unwrap();
        assert_eq!(d.counts(), (0, 0, 2));
        let mut text = Vec::new();
        d.write_text(&mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        assert!(text.contains("(occurrence 2)"), "{text}");
    }

    #[test]
    fn missing_key_column_names_the_file() {
        let a = "article_id,quote\na.txt,x\n";
        let err = compare(&table("e.csv", E), &table("a.csv", a), &Options::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("a.csv"), "{err}");
        assert!(err.contains("quote_start"), "{err}");
    }

    #[test]
    fn different_columns_say_which() {
        let a = "article_id,quote_start,quote,speaker,extra\na.txt,10,We stay,Anna Berg,x\n";
        let err = compare(&table("e.csv", E), &table("a.csv", a), &Options::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("only e.csv has confidence"), "{err}");
        assert!(err.contains("only a.csv has extra"), "{err}");
        // Ignoring both makes the rest comparable.
        let d = compare(
            &table("e.csv", E),
            &table("a.csv", a),
            &opts("offsets", "confidence,extra"),
        )
        .unwrap();
        assert_eq!(d.counts(), (0, 2, 0));
    }

    #[test]
    fn unknown_ignore_name_is_an_error() {
        let err = compare(&table("e", E), &table("a", E), &opts("offsets", "speakr"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("speakr"), "{err}");
    }

    #[test]
    fn column_order_does_not_matter() {
        let a = "speaker,article_id,quote,quote_start,confidence\n\
                 Anna Berg,a.txt,We stay,10,0.95\n\
                 Anna Berg,a.txt,We go,40,0.85\n\
                 Li Wei,b.txt,No comment,5,0.9\n";
        let d = compare(&table("e", E), &table("a", a), &Options::default()).unwrap();
        assert!(d.is_equal());
        assert!(d.reordered);
    }

    #[test]
    fn bom_and_crlf_read_like_plain_csv() {
        let excel = format!("\u{feff}{}", E.replace('\n', "\r\n"));
        let t = table("x.csv", &excel);
        assert_eq!(t.headers[0], "article_id");
        let d = compare(&table("e", E), &t, &Options::default()).unwrap();
        assert!(d.is_equal());
    }

    #[test]
    fn ragged_rows_and_empty_files_are_errors() {
        let ragged = "article_id,quote_start\na.txt,1,extra\n";
        let err = Table::from_reader(Path::new("r.csv"), ragged.as_bytes(), b',')
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.csv:"), "{err}");
        let err = Table::from_reader(Path::new("z.csv"), "".as_bytes(), b',')
            .unwrap_err()
            .to_string();
        assert!(err.contains("z.csv"), "{err}");
    }

    #[test]
    fn text_and_csv_output() {
        let a = "article_id,quote_start,quote,speaker,confidence\n\
                 a.txt,10,We stay,Anna,0.95\n\
                 b.txt,5,No comment,Li Wei,0.9\n";
        let d = compare(&table("e.csv", E), &table("a.csv", a), &Options::default()).unwrap();
        let mut text = Vec::new();
        d.write_text(&mut text).unwrap();
        let text = String::from_utf8(text).unwrap();
        assert!(
            text.contains("~ changed a.txt quote_start=\"10\"  \"We stay\""),
            "{text}"
        );
        assert!(
            text.contains("speaker  \"Anna Berg\" -> \"Anna\""),
            "{text}"
        );
        assert!(
            text.contains("- removed a.txt quote_start=\"40\""),
            "{text}"
        );
        assert!(
            text.trim_end().ends_with("; key article_id,quote_start"),
            "{text}"
        );
        let mut csv_out = Vec::new();
        d.write_csv(&mut csv_out).unwrap();
        let csv_out = String::from_utf8(csv_out).unwrap();
        let lines: Vec<&str> = csv_out.lines().collect();
        assert_eq!(
            lines[0],
            "change,article_id,quote_start,occurrence,column,expected,actual"
        );
        assert_eq!(lines[1], "changed,a.txt,10,1,speaker,Anna Berg,Anna");
        assert_eq!(lines[2], "removed,a.txt,40,1,quote,We go,");
        assert_eq!(lines.len(), 5);
    }
}
