//! Integration tests: the binary on fixture articles, compared with expected CSVs.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

/// Splits one export into a CSV per article (header included), written exactly as
/// `saywho extract` writes a single article, so each compares byte for byte with its
/// expected file.
fn split_by_article(export: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut rdr = csv::Reader::from_reader(export);
    let header = rdr.headers().unwrap().clone();
    let mut rows: BTreeMap<String, Vec<csv::StringRecord>> = BTreeMap::new();
    for rec in rdr.records() {
        let rec = rec.unwrap();
        rows.entry(rec[0].to_string()).or_default().push(rec);
    }
    rows.into_iter()
        .map(|(id, recs)| {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(vec![]);
            w.write_record(&header).unwrap();
            for r in recs {
                w.write_record(&r).unwrap();
            }
            (id, w.into_inner().unwrap())
        })
        .collect()
}

/// Every article in tests/fixtures/articles is extracted (one run of the binary over the
/// folder) and compared with tests/fixtures/expected/NAME.csv; a difference fails with
/// `saywho diff`'s report. `make bless` (SAYWHO_BLESS=1) rewrites the expected files instead.
#[test]
fn fixture_articles_match_expected_csv() {
    let articles = repo().join("tests/fixtures/articles");
    let expected_dir = repo().join("tests/fixtures/expected");
    let out = saywho()
        .arg("extract")
        .arg("-q")
        .arg(&articles)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let header = format!("{}\n", saywho::output::columns::column_names().join(","));
    let mut by_article = split_by_article(&out.stdout);
    let mut names: Vec<String> = fs::read_dir(&articles)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 30, "only {} fixture articles", names.len());
    let bless = std::env::var_os("SAYWHO_BLESS").is_some();
    let mut failures = Vec::new();
    for name in &names {
        let got = by_article
            .remove(name)
            .unwrap_or_else(|| header.clone().into_bytes());
        let expected = expected_dir.join(name.replace(".txt", ".csv"));
        if bless {
            fs::write(&expected, &got).unwrap();
            continue;
        }
        let Ok(want) = fs::read(&expected) else {
            failures.push(format!(
                "{name}: no {} (run `make bless` to create it, then review it)",
                expected.display()
            ));
            continue;
        };
        if got == want {
            continue;
        }
        let table = |path: &Path, bytes: &[u8]| {
            saywho::tools::diff::Table::from_reader(path, bytes, b',').unwrap()
        };
        let actual_name = PathBuf::from(format!("saywho extract {name}"));
        let d = saywho::tools::diff::compare(
            &table(&expected, &want),
            &table(&actual_name, &got),
            &saywho::tools::diff::Options::default(),
        )
        .unwrap();
        let mut report = Vec::new();
        d.write_text(&mut report).unwrap();
        let mut report = String::from_utf8(report).unwrap();
        if d.is_equal() {
            report.push_str("same rows, different bytes (line ends or quoting)\n");
        }
        failures.push(report);
    }
    for (id, _) in by_article {
        failures.push(format!("rows for {id}, which is not a fixture article"));
    }
    let stale: Vec<String> = fs::read_dir(&expected_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !names.contains(&n.replace(".csv", ".txt")))
        .collect();
    for n in stale {
        failures.push(format!("expected/{n} has no article in articles/"));
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ from their expected CSV (after an intended change: \
         `make bless`, review `git diff tests/fixtures`, update tests/fixtures/NOTES.md):\n\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

/// Every fixture article has a review entry in NOTES.md, and every Wikinews article is
/// credited in ATTRIBUTION.md (CC BY 2.5 requires it).
#[test]
fn fixture_notes_and_attribution_cover_every_article() {
    let dir = repo().join("tests/fixtures");
    let notes = fs::read_to_string(dir.join("NOTES.md")).unwrap();
    let attribution = fs::read_to_string(dir.join("ATTRIBUTION.md")).unwrap();
    let mut missing = Vec::new();
    for entry in fs::read_dir(dir.join("articles")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !notes.contains(&format!("### {name} ")) {
            missing.push(format!("NOTES.md has no `### {name}` entry"));
        }
        if name.starts_with("wn")
            && !attribution
                .lines()
                .any(|l| l.starts_with(&format!("| {name} |")) && l.contains("CC BY 2.5"))
        {
            missing.push(format!("ATTRIBUTION.md does not credit {name}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn header_is_the_column_definition() {
    let out = saywho()
        .args(["extract", "-q", "-"])
        .write_stdin("Nothing here.")
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        s.trim_end(),
        saywho::output::columns::column_names().join(",")
    );
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
fn output_dash_is_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let out = saywho()
        .current_dir(dir.path())
        .args(["extract", "-q", "-o", "-"])
        .arg(repo().join("tests/fixtures/articles/wire_seedlike.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 9);
    // no file called "-"
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    // A data package needs a file to sit beside.
    saywho()
        .current_dir(dir.path())
        .args(["extract", "-q", "--datapackage", "-o", "-"])
        .arg(repo().join("tests/fixtures/articles/wire_seedlike.txt"))
        .assert()
        .failure()
        .code(2);
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let out = saywho().arg("schema").output().unwrap();
    let committed = fs::read_to_string(repo().join("schema/quotes.schema.json")).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), committed);
}

/// Writes `text` to `name` in `dir` and returns the path.
fn write_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p
}

/// The seed-like fixture's expected export, and the same article extracted with a paragraph
/// inserted above its quotes (every offset moves, nothing else does).
fn seedlike_exports(dir: &Path) -> (PathBuf, PathBuf) {
    let expected = repo().join("tests/fixtures/expected/wire_seedlike.csv");
    let text =
        fs::read_to_string(repo().join("tests/fixtures/articles/wire_seedlike.txt")).unwrap();
    let para = "Diplomats and naval officers";
    assert!(text.contains(para));
    let moved = write_file(
        dir,
        "wire_seedlike.txt",
        &text.replacen(
            para,
            &format!("This story was updated at 15:00.\n\n{para}"),
            1,
        ),
    );
    let out = saywho()
        .arg("extract")
        .arg("-q")
        .arg(&moved)
        .output()
        .unwrap();
    let actual = dir.join("actual.csv");
    fs::write(&actual, out.stdout).unwrap();
    (expected, actual)
}

#[test]
fn diff_of_a_file_with_itself_is_equal() {
    let e = repo().join("tests/fixtures/expected/wire_seedlike.csv");
    let out = saywho().arg("diff").arg(&e).arg(&e).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.starts_with("no differences: 8 rows; key article_id,quote_start"),
        "{s}"
    );
}

#[test]
fn diff_with_moved_offsets_needs_the_content_key() {
    let dir = tempfile::tempdir().unwrap();
    let (e, a) = seedlike_exports(dir.path());
    // By offset every row looks removed and added again.
    let out = saywho().arg("diff").arg(&e).arg(&a).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("8 added, 8 removed, 0 changed"), "{s}");
    // By content the rows pair up, and only their positions changed.
    let out = saywho()
        .arg("diff")
        .arg(&e)
        .arg(&a)
        .args(["--key", "content", "--ignore", "offsets"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{s}");
}

#[test]
fn diff_reports_a_changed_field_side_by_side_and_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    let e = repo().join("tests/fixtures/expected/wire_seedlike.csv");
    let text = fs::read_to_string(&e)
        .unwrap()
        .replacen(",Helen Whitlock,", ",Helen W.,", 1);
    let a = write_file(dir.path(), "a.csv", &text);
    let out = saywho().arg("diff").arg(&e).arg(&a).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("~ changed wire_seedlike.txt quote_start="),
        "{s}"
    );
    assert!(
        s.contains("speaker  \"Helen Whitlock\" -> \"Helen W.\""),
        "{s}"
    );
    assert!(s.trim_end().ends_with("0 added, 0 removed, 1 changed, 7 same (8 expected rows, 8 actual rows); key article_id,quote_start"), "{s}");
    let out = saywho()
        .arg("diff")
        .arg(&e)
        .arg(&a)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("change,article_id,quote_start,occurrence,column,expected,actual\n"));
    assert!(s.contains(",speaker,Helen Whitlock,Helen W.\n"), "{s}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 changed"));
}

#[test]
fn diff_reads_an_excel_style_export() {
    let dir = tempfile::tempdir().unwrap();
    let e = repo().join("tests/fixtures/expected/wire_seedlike.csv");
    let text = fs::read_to_string(&e).unwrap();
    let excel = write_file(
        dir.path(),
        "excel.csv",
        &format!("\u{feff}{}", text.replace('\n', "\r\n")),
    );
    saywho().arg("diff").arg(&e).arg(&excel).assert().code(0);
}

#[test]
fn diff_troubles_exit_2_and_say_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let e = repo().join("tests/fixtures/expected/wire_seedlike.csv");
    let missing = dir.path().join("missing.csv");
    let out = saywho().arg("diff").arg(&e).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.csv"));

    let out = saywho()
        .arg("diff")
        .arg(&e)
        .arg(&e)
        .args(["--key", "article_id,quote_begin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no column named `quote_begin`"), "{err}");

    let narrow = write_file(
        dir.path(),
        "narrow.csv",
        "article_id,quote_start,quote\nwire_seedlike.txt,1,x\n",
    );
    let out = saywho().arg("diff").arg(&e).arg(&narrow).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("different columns"), "{err}");
    assert!(err.contains("quote_index"), "{err}");

    let ragged = write_file(dir.path(), "ragged.csv", "a,b\n1,2,3\n");
    let out = saywho().arg("diff").arg(&ragged).arg(&e).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ragged.csv"));
}

/// `make run` runs the binary in the folder cargo builds into, which `CARGO_TARGET_DIR`
/// moves (a target folder shared by several clones); it used to run
/// `target/release/saywho` whatever cargo said. The Makefile is run for real in a copy of
/// the repository's pieces it reads, with a stand-in for cargo whose `build` puts this
/// test's binary where cargo would have built it (a release build here would take
/// minutes), and which hands everything else (`cargo metadata`) to the real cargo.
#[cfg(unix)]
#[test]
fn make_run_uses_the_target_folder_cargo_reports() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let clone = dir.path().join("clone");
    fs::create_dir_all(clone.join("src")).unwrap();
    fs::create_dir_all(clone.join("data/samples")).unwrap();
    for file in ["Makefile", "Cargo.toml"] {
        fs::copy(repo().join(file), clone.join(file)).unwrap();
    }
    // `cargo metadata` needs the targets to exist, not to compile.
    fs::write(clone.join("src/main.rs"), "fn main() {}\n").unwrap();
    fs::write(clone.join("src/lib.rs"), "").unwrap();
    for entry in fs::read_dir(repo().join("data/samples")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(
            entry.path(),
            clone.join("data/samples").join(entry.file_name()),
        )
        .unwrap();
    }
    let stub = dir.path().join("cargo");
    fs::write(
        &stub,
        "#!/bin/sh\n\
         if [ \"$1 $2\" = \"build --release\" ]; then\n\
         \x20   mkdir -p \"$CARGO_TARGET_DIR/release\" && cp \"$SAYWHO_BUILT\" \"$CARGO_TARGET_DIR/release/saywho\"\n\
         else\n\
         \x20   exec \"$REAL_CARGO\" \"$@\"\n\
         fi\n",
    )
    .unwrap();
    fs::set_permissions(&stub, fs::Permissions::from_mode(0o755)).unwrap();
    let shared_target = dir.path().join("shared-target");

    let out = std::process::Command::new("make")
        .arg("run")
        .arg(format!("CARGO={}", stub.display()))
        .current_dir(&clone)
        .env("CARGO_TARGET_DIR", &shared_target)
        .env("REAL_CARGO", env!("CARGO"))
        .env("SAYWHO_BUILT", env!("CARGO_BIN_EXE_saywho"))
        .output()
        .expect("make is installed");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "make run failed:\n{log}");
    assert!(
        log.contains(&format!(
            "{}/release/saywho extract",
            shared_target.display()
        )),
        "make run did not run the binary in CARGO_TARGET_DIR:\n{log}"
    );
    let csv = fs::read_to_string(clone.join("quotes.csv")).unwrap();
    assert!(csv.lines().count() > 1, "no rows in quotes.csv:\n{log}");
    assert!(
        !clone.join("target").exists(),
        "something used ./target:\n{log}"
    );
}

/// `make build-pgo` needs llvm-profdata, which a machine with only Rust installed lacks: it
/// says how to install it and exits 2, and under `make bench` (`--if-available`) says it
/// measures no profile-guided build and exits 0. Either way a `saywho-pgo` left by an
/// earlier build is removed, so the bench never times another commit's code.
#[cfg(unix)]
#[test]
fn build_pgo_without_llvm_profdata_says_how_to_install_it() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target");
    let stale = target.join("release/saywho-pgo");
    for (args, code) in [(&[][..], 2), (&["--if-available"][..], 0)] {
        fs::create_dir_all(target.join("release")).unwrap();
        fs::write(&stale, "an earlier build").unwrap();
        let out = std::process::Command::new("bash")
            .arg("scripts/pgo.sh")
            .args(args)
            .current_dir(repo())
            .env("CARGO", env!("CARGO"))
            .env("CARGO_TARGET_DIR", &target)
            .env("LLVM_PROFDATA", dir.path().join("no-llvm-profdata"))
            .output()
            .expect("bash is installed");
        let log = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(code), "{args:?}:\n{log}");
        assert!(
            log.contains("rustup component add llvm-tools-preview"),
            "{log}"
        );
        assert!(!stale.exists(), "{args:?} left the stale binary:\n{log}");
    }
}
