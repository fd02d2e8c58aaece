//! Integration tests: the binary on fixture articles, compared with expected CSVs.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

/// Runs extract on one fixture article and compares with its expected CSV; with
/// `SAYWHO_BLESS=1` (`make bless`) rewrites the expected file instead.
fn check_fixture(article: &Path, expected: &Path) {
    let out = saywho()
        .arg("extract")
        .arg("-q")
        .arg(article)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        article.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let got = String::from_utf8(out.stdout).unwrap();
    if std::env::var_os("SAYWHO_BLESS").is_some() {
        fs::write(expected, &got).unwrap();
        return;
    }
    let want = fs::read_to_string(expected).unwrap_or_default();
    assert!(
        got == want,
        "{} differs from {}:\n--- expected\n{want}\n--- got\n{got}",
        article.display(),
        expected.display()
    );
}

#[test]
fn fixture_articles_match_expected_csv() {
    let dir = repo().join("tests/fixtures/articles");
    let mut n = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            check_fixture(
                &path,
                &repo()
                    .join("tests/fixtures/expected")
                    .join(format!("{stem}.csv")),
            );
            n += 1;
        }
    }
    assert!(n > 0);
}

#[test]
fn header_is_the_column_definition() {
    let out = saywho()
        .args(["extract", "-q", "-"])
        .write_stdin("Nothing here.")
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.trim_end(), saywho::columns::column_names().join(","));
}

#[test]
fn offsets_slice_back_to_the_quote() {
    let article = repo().join("tests/fixtures/articles/wire_seedlike.txt");
    let text = fs::read_to_string(&article).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let out = saywho()
        .arg("extract")
        .arg("-q")
        .arg(&article)
        .output()
        .unwrap();
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let mut rows = 0;
    for rec in rdr.deserialize::<saywho::QuoteRecord>() {
        let r = rec.unwrap();
        let q: String = chars[r.quote_start..r.quote_end].iter().collect();
        assert_eq!(q, r.quote);
        if let (Some(s), Some(e)) = (r.speaker_start, r.speaker_end) {
            let m: String = chars[s..e].iter().collect();
            assert_eq!(m, r.speaker_mention);
        }
        rows += 1;
    }
    assert_eq!(rows, 8);
}

#[test]
fn missing_input_is_reported_and_others_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    fs::write(&good, "\"We will stay,\" Anna Berg said.\n").unwrap();
    let out = saywho()
        .arg("extract")
        .arg("-q")
        .arg(dir.path().join("missing.txt"))
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Anna Berg"));
}

#[test]
fn windows_1252_input_warns_and_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("old.txt");
    fs::write(&f, b"\x93We will stay,\x94 Jos\xe9 Silva said.\n").unwrap();
    let out = saywho().arg("extract").arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("old.txt: not UTF-8"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Jos\u{e9} Silva"));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("q.csv");
    saywho()
        .args(["extract", "-q", "-o"])
        .arg(&out_path)
        .arg(repo().join("tests/fixtures/articles/wire_seedlike.txt"))
        .assert()
        .success();
    let s = fs::read_to_string(&out_path).unwrap();
    assert_eq!(s.lines().count(), 9);
    // no temporary files left behind
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let out = saywho().arg("schema").output().unwrap();
    let committed = fs::read_to_string(repo().join("schema/quotes.schema.json")).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), committed);
}
