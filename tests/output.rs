//! Integration tests of the output options: --excel, --guard-formulas, --format,
//! --columns, --datapackage. Each compares with the plain CSV of the same input, so they
//! test how rows are written, not which rows extraction finds.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

/// Two quotes that begin with formula characters, a comma and a non-ASCII name.
const ARTICLE: &str = "\"=1+1 is two, and that is that,\" Anna Berg said.\n\n\
\"-5 degrees is cold,\" said Jos\u{e9} N\u{fa}\u{f1}ez, a Spanish analyst.\n";

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

/// Runs `saywho extract -q ARGS -` on the article; returns stdout.
fn extract(args: &[&str]) -> Vec<u8> {
    let out = saywho()
        .args(["extract", "-q"])
        .args(args)
        .arg("-")
        .write_stdin(ARTICLE)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn plain() -> Vec<Vec<String>> {
    let rows = csv_rows(&extract(&[]));
    assert_eq!(rows.len(), 3, "the article gives two rows: {rows:?}");
    rows
}

fn guard(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[test]
fn excel_is_plain_with_bom_crlf_and_guard() {
    let excel = extract(&["--excel"]);
    let text = String::from_utf8(excel.clone()).unwrap();
    assert!(text.starts_with("\u{feff}article_id,"));
    assert_eq!(text.matches('\n').count(), 3);
    assert_eq!(text.matches("\r\n").count(), 3);
    let rows = csv_rows(&excel[3..]);
    let plain = plain();
    let numeric = ["quote_index", "confidence", "quote_start", "quote_end"];
    for (got, want) in rows.iter().zip(&plain).skip(1) {
        for ((g, w), name) in got.iter().zip(want).zip(&plain[0]) {
            if numeric.contains(&name.as_str()) {
                assert_eq!(g, w, "{name}");
            } else {
                assert_eq!(*g, guard(w), "{name}");
            }
        }
    }
    assert!(rows[1][2].starts_with("'=1+1"));
    assert!(rows[2][2].starts_with("'-5"));
}

#[test]
fn guard_formulas_alone_keeps_lf_and_no_bom() {
    let out = String::from_utf8(extract(&["--guard-formulas"])).unwrap();
    assert!(out.starts_with("article_id,"));
    assert!(!out.contains('\r'));
    assert!(out.contains(",\"'=1+1 is two, and that is that,\","));
}

#[test]
fn default_output_never_changes_text() {
    let rows = plain();
    assert_eq!(rows[1][2], "=1+1 is two, and that is that,");
    assert_eq!(rows[2][4], "Jos\u{e9} N\u{fa}\u{f1}ez");
}

#[test]
fn no_header_with_excel_still_starts_with_the_bom() {
    let out = String::from_utf8(extract(&["--excel", "--no-header"])).unwrap();
    // stdin's article_id `-` is guarded too
    assert!(out.starts_with("\u{feff}'-,1,"));
}

#[test]
fn columns_choose_and_order() {
    let out = extract(&["--columns", "speaker,quote,speaker_start"]);
    let rows = csv_rows(&out);
    let plain = plain();
    assert_eq!(rows[0], ["speaker", "quote", "speaker_start"]);
    for (got, want) in rows.iter().zip(&plain).skip(1) {
        assert_eq!(got, &[want[4].clone(), want[2].clone(), want[18].clone()]);
    }
}

#[test]
fn unknown_column_is_a_usage_error_listing_valid_names() {
    let out = saywho()
        .args(["extract", "-q", "--columns", "quote,speakr", "-"])
        .write_stdin(ARTICLE)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown column `speakr`"), "{err}");
    assert!(
        err.contains(&saywho::output::columns::column_names().join(",")),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn tsv_holds_the_same_values() {
    let out = String::from_utf8(extract(&["--format", "tsv"])).unwrap();
    let plain = plain();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), plain.len());
    for (line, want) in lines.iter().zip(&plain) {
        // the article has no tab, line break or backslash to escape
        assert_eq!(line.split('\t').collect::<Vec<_>>(), *want);
    }
}

#[test]
fn jsonl_holds_the_same_values() {
    let out = String::from_utf8(extract(&["--format", "jsonl"])).unwrap();
    let plain = plain();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), plain.len() - 1, "no header");
    for (line, want) in lines.iter().zip(plain.iter().skip(1)) {
        let record: saywho::QuoteRecord = serde_json::from_str(line).unwrap();
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(vec![]);
        w.serialize(&record).unwrap();
        assert_eq!(csv_rows(&w.into_inner().unwrap())[0], *want);
    }
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first["quote_start"], 1);
    assert!(first["cue_start"].is_number());
}

#[test]
fn meaningless_combinations_are_usage_errors() {
    for args in [
        &["--excel", "--format", "tsv"][..],
        &["--guard-formulas", "--format", "jsonl"],
        &["--datapackage"],
    ] {
        let out = saywho()
            .args(["extract", "-q"])
            .args(args)
            .arg("-")
            .write_stdin(ARTICLE)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

fn read_package(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(dir.join("datapackage.json")).unwrap()).unwrap()
}

#[test]
fn datapackage_is_written_beside_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("q.csv");
    saywho()
        .args([
            "extract",
            "-q",
            "--datapackage",
            "--columns",
            "article_id,quote_index,quote",
            "-o",
        ])
        .arg(&csv_path)
        .arg("-")
        .write_stdin(ARTICLE)
        .assert()
        .success();
    let p = read_package(dir.path());
    let r = &p["resources"][0];
    assert_eq!(r["path"], "q.csv");
    assert_eq!(r["dialect"]["lineTerminator"], "\n");
    let names: Vec<&str> = r["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["article_id", "quote_index", "quote"]);
    assert_eq!(r["schema"]["primaryKey"][1], "quote_index");
    // the CSV and the package, no temporary files
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn datapackage_describes_excel_output() {
    let dir = tempfile::tempdir().unwrap();
    saywho()
        .args([
            "extract",
            "-q",
            "--datapackage",
            "--excel",
            "--no-header",
            "-o",
        ])
        .arg(dir.path().join("q.csv"))
        .arg("-")
        .write_stdin(ARTICLE)
        .assert()
        .success();
    let r = &read_package(dir.path())["resources"][0];
    assert_eq!(r["dialect"]["lineTerminator"], "\r\n");
    assert_eq!(r["dialect"]["header"], false);
    assert!(r["description"].as_str().unwrap().contains("Formula guard"));
}

#[test]
fn datapackage_is_the_same_bytes_each_run() {
    let run = || {
        let dir = tempfile::tempdir().unwrap();
        saywho()
            .args(["extract", "-q", "--datapackage", "-o"])
            .arg(dir.path().join("quotes.csv"))
            .arg("-")
            .write_stdin(ARTICLE)
            .assert()
            .success();
        fs::read(dir.path().join("datapackage.json")).unwrap()
    };
    assert_eq!(run(), run());
}
