//! Integration tests of `saywho validate` on files `saywho extract` wrote, and on broken
//! copies of them: the report's wording and the exit status (0 valid, 1 invalid, 2 unreadable).

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

/// Extracts the fixture article with `args` into `dir/name`; returns the path.
fn extract_to(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let path = dir.join(name);
    saywho()
        .args(["extract", "-q"])
        .args(args)
        .arg("-o")
        .arg(&path)
        .arg(repo().join("tests/fixtures/articles/wire_seedlike.txt"))
        .assert()
        .success();
    path
}

fn validate(args: &[&str], file: &Path) -> (Option<i32>, String) {
    let out = saywho()
        .arg("validate")
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn extract_output_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let path = extract_to(dir.path(), "q.csv", &[]);
    let (code, out) = validate(&[], &path);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with("q.csv: valid (8 rows)\n"), "{out}");
}

#[test]
fn excel_output_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let path = extract_to(dir.path(), "q.csv", &["--excel"]);
    let (code, out) = validate(&[], &path);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn a_broken_copy_is_invalid_and_the_report_names_line_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = extract_to(dir.path(), "q.csv", &[]);
    let mut rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(&path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect();
    // row 2: an unknown quote type; row 4: quote_start and quote_end swapped
    let mut edit = |row: usize, f: &dyn Fn(&mut Vec<String>)| {
        let mut fields: Vec<String> = rows[row].iter().map(str::to_string).collect();
        f(&mut fields);
        rows[row] = csv::StringRecord::from(fields);
    };
    edit(2, &|r| r[3] = "reported".into());
    edit(4, &|r| r.swap(16, 17));
    let (start, end) = (rows[4][17].to_string(), rows[4][16].to_string());
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_path(&path)
        .unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
    let (code, out) = validate(&[], &path);
    assert_eq!(code, Some(1), "{out}");
    let name = path.display().to_string();
    assert!(
        out.contains(&format!(
            "{name}:3: row 2, quote_type: \"reported\" is not one of: direct, indirect, mixed"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{name}:5: row 4, quote_end: {start} is not after quote_start {end}"
        )),
        "{out}"
    );
    assert!(out.ends_with("invalid: 2 problem(s) in 8 rows\n"), "{out}");
}

#[test]
fn a_missing_file_is_trouble() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out) = validate(&[], &dir.path().join("none.csv"));
    assert_eq!(code, Some(2));
    assert!(out.contains("none.csv"), "{out}");
}

#[test]
fn a_selection_is_validated_with_the_same_columns() {
    let dir = tempfile::tempdir().unwrap();
    let cols = "article_id,quote_index,quote,quote_start,quote_end";
    let path = extract_to(dir.path(), "q.csv", &["--columns", cols]);
    assert_eq!(validate(&["--columns", cols], &path).0, Some(0));
    let (code, out) = validate(&[], &path);
    assert_eq!(code, Some(1));
    assert!(out.contains("missing column(s): quote_type"), "{out}");
}

#[test]
fn an_unknown_column_in_the_selection_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = extract_to(dir.path(), "q.csv", &[]);
    let (code, out) = validate(&["--columns", "quote,nope"], &path);
    assert_eq!(code, Some(2));
    assert!(out.contains("unknown column `nope`"), "{out}");
}

#[test]
fn every_expected_fixture_is_valid() {
    let dir = repo().join("tests/fixtures/expected");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let out = saywho().arg("validate").args(&files).output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert_eq!(report.matches(": valid (").count(), files.len());
}
