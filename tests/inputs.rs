//! Integration tests for corpus-scale inputs: JSONL and CSV, parallel jobs, filter mode.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command as StdCommand, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

fn rows(csv: &[u8]) -> Vec<saywho::QuoteRecord<'static>> {
    csv::Reader::from_reader(csv)
        .deserialize()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn output_is_the_same_whatever_the_jobs() {
    let inputs = [
        repo().join("tests/fixtures/articles"),
        repo().join("data/samples"),
    ];
    let run = |jobs: &str| {
        let out = saywho()
            .args(["extract", "-q", "--jobs", jobs])
            .args(&inputs)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert!(rows(&one).len() > 10);
    assert!(one == run("2"));
    assert!(one == run("5"));
    // Every output format: the byte order mark and header once, then the rows in order.
    for format in [
        &["--excel"][..],
        &["--format", "tsv"],
        &["--format", "jsonl"],
    ] {
        let run = |jobs: &str| {
            let out = saywho()
                .args(["extract", "-q", "--jobs", jobs])
                .args(format)
                .args(&inputs)
                .output()
                .unwrap();
            assert!(out.status.success());
            out.stdout
        };
        let one = run("1");
        assert!(one == run("3"), "{format:?}");
    }
    let excel = saywho()
        .args(["extract", "-q", "--excel", "--jobs", "3"])
        .args(&inputs)
        .output()
        .unwrap()
        .stdout;
    assert!(excel.starts_with("\u{feff}article_id".as_bytes()));
    assert_eq!(
        excel
            .windows(3)
            .filter(|w| *w == "\u{feff}".as_bytes())
            .count(),
        1
    );
}

#[test]
fn jsonl_metadata_fills_the_article_columns() {
    let line = r#"{"id":"w1","text":"\"We will stay,\" Anna Berg said.","title":"Talks","date":"2020-05-01","source":"Wire","url":"https://example.org/1"}"#;
    let out = saywho()
        .args(["extract", "-q", "--input-format", "jsonl", "-"])
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let r = &rows(&out.stdout)[0];
    assert_eq!(r.article_id, "w1");
    assert_eq!(r.speaker, "Anna Berg");
    assert_eq!(r.article_title, "Talks");
    assert_eq!(r.article_date, "2020-05-01");
    assert_eq!(r.article_source, "Wire");
    assert_eq!(r.article_url, "https://example.org/1");
}

#[test]
fn a_malformed_line_is_reported_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("feed.jsonl");
    fs::write(
        &f,
        "{\"text\":\"\\\"We will stay,\\\" Anna Berg said.\"}\n{\"text\": \n{\"text\":\"\\\"No,\\\" Li Wei said.\"}\n",
    )
    .unwrap();
    let out = saywho().args(["extract", "-q"]).arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("feed.jsonl:2: not a JSON object"), "{err}");
    let ids: Vec<String> = rows(&out.stdout)
        .into_iter()
        .map(|r| r.article_id.into_owned())
        .collect();
    assert_eq!(ids, ["feed.jsonl:1", "feed.jsonl:3"]);
}

#[test]
fn csv_with_other_column_names() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("export.csv");
    fs::write(
        &f,
        "doc,body,url\nd9,\"\"\"We will stay,\"\" Anna Berg said.\",https://example.org/9\n",
    )
    .unwrap();
    let out = saywho()
        .args([
            "extract",
            "-q",
            "--text-column",
            "body",
            "--id-column",
            "doc",
        ])
        .arg(&f)
        .output()
        .unwrap();
    assert!(out.status.success());
    let r = &rows(&out.stdout)[0];
    assert_eq!(r.article_id, "d9");
    assert_eq!(r.quote, "We will stay,");
    assert_eq!(r.article_url, "https://example.org/9");
}

/// The filter mode used under Spark's RDD.pipe and Hadoop Streaming: a row must come out
/// while stdin is still open, or a mapper would hold everything until its input ends.
#[test]
fn filter_mode_streams_rows_before_stdin_closes() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("saywho"))
        .args([
            "extract",
            "--input-format",
            "jsonl",
            "--no-header",
            "-q",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        while let Some(Ok(line)) = lines.next() {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    stdin
        .write_all(b"{\"id\":\"s1\",\"text\":\"\\\"We will stay,\\\" Anna Berg said.\"}\n")
        .unwrap();
    stdin.flush().unwrap();
    // Generous: this bounds a hang, it does not time the program.
    let first = rx.recv_timeout(Duration::from_secs(60));
    drop(stdin);
    let first = first.expect("no row before stdin closed: the filter does not stream");
    assert!(
        first.starts_with("s1,1,\"We will stay,\",direct,Anna Berg"),
        "{first}"
    );
    assert!(child.wait().unwrap().success());
}
