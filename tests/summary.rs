//! Integration tests of `saywho summary`: its counts against the fixture export counted
//! here another way (plain loops over the csv crate's records), the same summary for an
//! `--excel` export, the HTML page parsed as XML, and exit status 2 with `validate`'s
//! messages for a file off the schema.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

/// The export of tests/fixtures/articles, put together from the expected CSVs (one a
/// fixture article, in file order, as `saywho extract` walks the folder).
fn fixture_export(dir: &Path) -> PathBuf {
    let mut names: Vec<PathBuf> = fs::read_dir(repo().join("tests/fixtures/expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    names.sort();
    let mut export = String::new();
    for (i, name) in names.iter().enumerate() {
        let text = fs::read_to_string(name).unwrap();
        let (header, rows) = text.split_once('\n').unwrap();
        if i == 0 {
            export.push_str(header);
            export.push('\n');
        }
        export.push_str(rows);
    }
    let path = dir.join("fixtures.csv");
    fs::write(&path, export).unwrap();
    path
}

/// What the summary should say, counted from the records directly.
struct Expected {
    rows: u64,
    per_article: Vec<u64>,
    by: HashMap<&'static str, HashMap<String, u64>>,
    speakers: HashMap<String, u64>,
    unresolved: u64,
    inferred: u64,
}

fn count(path: &Path) -> Expected {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let header = rdr.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut e = Expected {
        rows: 0,
        per_article: vec![],
        by: HashMap::new(),
        speakers: HashMap::new(),
        unresolved: 0,
        inferred: 0,
    };
    let mut articles: Vec<String> = vec![];
    for rec in rdr.records() {
        let rec = rec.unwrap();
        e.rows += 1;
        let id = rec[col("article_id")].to_string();
        match articles.iter().position(|a| *a == id) {
            Some(i) => e.per_article[i] += 1,
            None => {
                articles.push(id);
                e.per_article.push(1);
            }
        }
        for c in [
            "quote_type",
            "attribution",
            "speaker_type",
            "country",
            "cue_lemma",
        ] {
            *e.by
                .entry(c)
                .or_default()
                .entry(rec[col(c)].to_string())
                .or_default() += 1;
        }
        if !rec[col("speaker")].is_empty() {
            *e.speakers
                .entry(rec[col("speaker")].to_string())
                .or_default() += 1;
        }
        e.unresolved += u64::from(&rec[col("attribution")] == "unresolved");
        e.inferred += u64::from(&rec[col("country_basis")] == "inferred");
    }
    e.per_article.sort();
    e
}

fn summary_json(file: &Path) -> Value {
    let out = saywho()
        .args(["summary", "--json"])
        .arg(file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `[{"value": V, "rows": N}, ...]` as a map, `null` as "".
fn counts(v: &Value) -> HashMap<String, u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["value"].as_str().unwrap_or("").to_string(),
                c["rows"].as_u64().unwrap(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

#[test]
fn counts_match_the_fixture_export_counted_another_way() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture_export(dir.path());
    let want = count(&file);
    let got = summary_json(&file);
    assert!(want.rows > 100, "the fixture export has {} rows", want.rows);
    assert_eq!(got["rows"], want.rows);
    assert_eq!(got["articles"], want.per_article.len() as u64);
    let n = want.per_article.len();
    let median = if n % 2 == 1 {
        want.per_article[n / 2] as f64
    } else {
        (want.per_article[n / 2 - 1] + want.per_article[n / 2]) as f64 / 2.0
    };
    assert_eq!(got["rows_per_article"]["min"], want.per_article[0]);
    assert_eq!(got["rows_per_article"]["max"], want.per_article[n - 1]);
    assert_eq!(got["rows_per_article"]["median"].as_f64(), Some(median));
    for (key, column) in [
        ("quote_type", "quote_type"),
        ("attribution", "attribution"),
        ("speaker_type", "speaker_type"),
        ("country", "country"),
    ] {
        assert_eq!(counts(&got[key]), want.by[column], "{key}");
    }
    // The top cues and speakers: each with its count, in order, ties broken by name.
    let mut cues: Vec<(&String, &u64)> = want.by["cue_lemma"].iter().collect();
    cues.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let top_cues: Vec<(String, u64)> = got["top_cues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["value"].as_str().unwrap_or("").to_string(),
                c["rows"].as_u64().unwrap(),
            )
        })
        .collect();
    let want_cues: Vec<(String, u64)> = cues
        .iter()
        .take(15)
        .map(|(c, n)| ((*c).clone(), **n))
        .collect();
    assert_eq!(top_cues, want_cues);
    let mut speakers: Vec<(&String, &u64)> = want.speakers.iter().collect();
    speakers.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let top: Vec<(String, u64)> = got["top_speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["speaker"].as_str().unwrap().to_string(),
                s["rows"].as_u64().unwrap(),
            )
        })
        .collect();
    let want_top: Vec<(String, u64)> = speakers
        .iter()
        .take(15)
        .map(|(s, n)| ((*s).clone(), **n))
        .collect();
    assert_eq!(top, want_top);
    assert_eq!(got["speakers"], want.speakers.len() as u64);
    assert_eq!(got["unresolved"], want.unresolved);
    assert_eq!(got["inferred"], want.inferred);
}

#[test]
fn an_excel_export_gives_the_same_summary() {
    let dir = tempfile::tempdir().unwrap();
    let plain = fixture_export(dir.path());
    let excel = dir.path().join("excel.csv");
    saywho()
        .args(["extract", "-q", "--excel", "-o"])
        .arg(&excel)
        .arg(repo().join("tests/fixtures/articles"))
        .assert()
        .success();
    assert!(fs::read(&excel).unwrap().starts_with("\u{feff}".as_bytes()));
    let mut a = summary_json(&plain);
    let mut b = summary_json(&excel);
    a["file"] = Value::Null;
    b["file"] = Value::Null;
    assert_eq!(a, b);
}

/// The element with attribute id="ID", and its text.
fn by_id<'a>(doc: &'a roxmltree::Document, id: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no element with id {id}"))
}

fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn the_html_page_parses_and_holds_the_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture_export(dir.path());
    let page = dir.path().join("report.html");
    let text = saywho()
        .args(["summary", "--html"])
        .arg(&page)
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(text.status.code(), Some(0));
    let json = summary_json(&file);
    let html = fs::read_to_string(&page).unwrap();
    // Self-contained: nothing to run, nothing to fetch.
    for banned in ["<script", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(banned), "the page has {banned}");
    }
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the page is well-formed");
    assert_eq!(text_of(by_id(&doc, "rows")), json["rows"].to_string());
    assert_eq!(
        text_of(by_id(&doc, "articles")),
        json["articles"].to_string()
    );
    let table: Vec<Vec<String>> = by_id(&doc, "speakers")
        .descendants()
        .filter(|n| n.has_tag_name("tr"))
        .skip(1)
        .map(|tr| {
            tr.children()
                .filter(|n| n.has_tag_name("td"))
                .map(text_of)
                .collect()
        })
        .collect();
    let top = json["top_speakers"].as_array().unwrap();
    assert_eq!(table.len(), top.len());
    for (row, s) in table.iter().zip(top) {
        assert_eq!(row[1], s["speaker"].as_str().unwrap());
        assert_eq!(row[2], s["country"].as_str().unwrap_or("-"));
        assert_eq!(row[3], s["rows"].to_string());
    }
    // A bar for each chart row, as wide as its count allows.
    let bars = doc.descendants().filter(|n| n.has_tag_name("rect")).count();
    assert!(bars >= top.len() + 3 + 6 + 5, "{bars} bars");
    // And the text report says the same.
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with(&format!(
            "{}: {} rows from {} articles\n",
            file.display(),
            json["rows"],
            json["articles"]
        )),
        "{text}"
    );
}

#[test]
fn a_file_off_the_schema_is_refused_with_validate_messages() {
    let dir = tempfile::tempdir().unwrap();
    let file = fixture_export(dir.path());
    let text = fs::read_to_string(&file).unwrap();
    let broken = dir.path().join("broken.csv");
    fs::write(&broken, text.replacen(",direct,", ",quoted,", 1)).unwrap();
    let out = saywho().arg("summary").arg(&broken).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains(&format!("saywho: error: {}:", broken.display()))
            && err.contains(", quote_type: \"quoted\" is not one of"),
        "{err}"
    );
    assert!(err.contains("saywho validate"), "{err}");

    let missing = dir.path().join("missing.csv");
    let out = saywho().arg("summary").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&missing.display().to_string()));
}

/// The README shows `saywho summary --top 5` of the bundled samples' export (`make run`
/// writes `quotes.csv`); a documented output is the output, so it is compared here. After a
/// change that moves the samples' rows, paste the new summary into the README.
#[test]
fn the_readme_summary_is_the_summary_of_the_bundled_samples() {
    let dir = tempfile::tempdir().unwrap();
    saywho()
        .current_dir(dir.path())
        .args(["extract", "-q", "-o", "quotes.csv"])
        .arg(repo().join("data/samples"))
        .assert()
        .success();
    let out = saywho()
        .current_dir(dir.path())
        .args(["summary", "quotes.csv", "--top", "5"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let readme = fs::read_to_string(repo().join("README.md")).unwrap();
    let (_, after) = readme
        .split_once("On the bundled samples (`make run`), cut with `--top 5`:\n\n```text\n")
        .expect("README.md shows the samples' summary");
    let (shown, _) = after.split_once("```").unwrap();
    assert_eq!(
        shown,
        String::from_utf8_lossy(&out.stdout),
        "README.md's summary of the samples is out of date"
    );
}
