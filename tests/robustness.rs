//! Robustness: bad input, faults and pathological text never lose data or crash.
//!
//! One test per kind of bad input (each runs beside a good article, which must still come
//! out), one per fault (a failed or interrupted `-o`, a closed pipe, a full disk), and
//! the exit statuses the README and `--help` promise. Large inputs are generated here, not
//! committed; the full-size ones (a 50 MB line, 20 MB of quotation marks) are timed by
//! `make bench-pathological` instead, as debug builds are slow.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;

const GOOD: &str = "Talks resume\n\n\"We are ready to talk,\" said Anna Berg, the mayor.\n";

fn saywho() -> Command {
    Command::cargo_bin("saywho").unwrap()
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("saywho")
}

/// The fixture articles as one text.
fn fixture_text() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut names: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Runs `saywho extract ARGS`; returns (status code, stdout, stderr).
fn extract(args: &[&Path]) -> (i32, Vec<u8>, String) {
    let out = saywho().arg("extract").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The rows of a CSV export as maps from column name to value.
fn rows(csv: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(csv);
    let header = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Checks every span of every row of `article_id` against the text read as Python's
/// scorer reads it (code points, line ends kept): quote, speaker mention and cue slice
/// back, and the sentence index counts from 1. Returns the number of rows checked.
fn check_spans(csv: &[u8], article_id: &str, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let slice = |a: &str, b: &str| -> String {
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        assert!(a <= b && b <= chars.len(), "span {a}..{b} outside the text");
        chars[a..b].iter().collect()
    };
    let mut n = 0;
    for row in rows(csv).iter().filter(|r| r["article_id"] == article_id) {
        n += 1;
        assert_eq!(
            slice(&row["quote_start"], &row["quote_end"]),
            row["quote"],
            "{row:?}"
        );
        if !row["speaker_start"].is_empty() {
            assert_eq!(
                slice(&row["speaker_start"], &row["speaker_end"]),
                row["speaker_mention"]
            );
        }
        if !row["cue_start"].is_empty() {
            assert_eq!(slice(&row["cue_start"], &row["cue_end"]), row["cue"]);
        }
        assert!(row["sentence_index"].parse::<usize>().unwrap() >= 1);
    }
    n
}

/// A folder with the good article and one bad file; returns (folder guard, folder).
fn with_good(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join(name), bytes).unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

fn assert_good_came_out(stdout: &[u8]) {
    assert_eq!(check_spans(stdout, "good.txt", GOOD), 1);
}

#[test]
fn empty_and_whitespace_only_files() {
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("blank.txt", &b" \n\t\r\n  \r"[..]),
        ("bom.txt", &b"\xEF\xBB\xBF"[..]),
    ] {
        let (_guard, dir) = with_good(name, bytes);
        let (code, out, err) = extract(&[&dir]);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(
            err.contains(&format!("warning: {name}: no text")),
            "{name}: {err}"
        );
        assert_good_came_out(&out);
        assert_eq!(rows(&out).len(), 1, "{name}");
    }
}

#[test]
fn binary_file_is_skipped_with_a_warning() {
    let (_guard, dir) = with_good("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR \"said\" he");
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("image.txt") && err.contains("binary"), "{err}");
    assert_good_came_out(&out);
}

#[test]
fn invalid_utf8_is_read_as_windows_1252_with_a_warning() {
    let bytes = b"Title\n\n\x93We will win,\x94 said Jos\xe9 Ortega. \x81\x8d\x8f\x90\x9d\n";
    let (_guard, dir) = with_good("legacy.txt", bytes);
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("legacy.txt") && err.contains("Windows-1252"),
        "{err}"
    );
    // As Python's bytes.decode('cp1252', errors='replace') reads it.
    let text = "Title\n\n\u{201C}We will win,\u{201D} said Jos\u{e9} Ortega. \
                \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\n";
    assert_eq!(check_spans(&out, "legacy.txt", text), 1);
    assert_good_came_out(&out);
}

#[test]
fn a_long_line_with_no_newline() {
    // 1 MB here (debug builds are slow); `make bench-pathological` runs 50 MB.
    let unit = fixture_text().replace(['\r', '\n'], " ");
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(&unit);
        text.push(' ');
    }
    let (_guard, dir) = with_good("line.txt", text.as_bytes());
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    assert!(check_spans(&out, "line.txt", &text) > 100);
    // The sentence column is capped, so the output cannot outgrow the input.
    for row in rows(&out) {
        assert!(row["sentence"].chars().count() <= 500);
    }
    assert_good_came_out(&out);
}

#[test]
fn a_hundred_thousand_unbalanced_quotation_marks() {
    for mark in ["\"", "\u{201C}", "\u{2018}", "\u{2018}a ", "\u{AB}", "''"] {
        let text = format!(
            "Title\n\n{}\n\n\"We are ready,\" Anna Berg said. {}\n",
            mark.repeat(100_000),
            mark.repeat(100_000)
        );
        let (_guard, dir) = with_good("marks.txt", text.as_bytes());
        let (code, out, err) = extract(&[&dir]);
        assert_eq!(code, 0, "{mark}: {err}");
        check_spans(&out, "marks.txt", &text);
        assert_good_came_out(&out);
    }
}

#[test]
fn text_that_is_all_cue_words() {
    let text = "said told added stated according to says noted, urged: \"warned\" ".repeat(5_000);
    let (_guard, dir) = with_good("cues.txt", text.as_bytes());
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    check_spans(&out, "cues.txt", &text);
    assert_good_came_out(&out);
}

/// A description whose body noun ends the sentence ("the the spokesman Anna Berg" at a
/// paragraph's end), found by the property tests: the word after it was read past the
/// sentence.
#[test]
fn a_description_that_ends_the_text() {
    let text = "Talks Resume In Geneva\n\nBEIJING, March 19 (Xinhua) --\"\"\"\n, adding \
                that\"\"? \n the the spokesman Anna Berg\n\"\n";
    let (_guard, dir) = with_good("description.txt", text.as_bytes());
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    check_spans(&out, "description.txt", text);
    assert_good_came_out(&out);
}

#[test]
fn mixed_cr_lf_and_crlf_line_ends() {
    let text = "Talks resume\r\rBy Li Wei\r\n\r\n\"We are ready,\" said Anna Berg.\n\
                \n\"The door is open,\" she added.\r\n\r\nOle Hansen said the talks \
                would resume\r\non Monday.\r\"It is good,\" he said.\n";
    let (_guard, dir) = with_good("endings.txt", text.as_bytes());
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    assert!(check_spans(&out, "endings.txt", text) >= 3);
    assert_good_came_out(&out);
}

#[test]
fn nfd_decomposed_names() {
    // "José Núñez" with combining accents: more code points than letters.
    let text = "Talks resume\n\n\"We will win,\" said Jose\u{301} Nu\u{301}n\u{303}ez, \
                the mayor. Nu\u{301}n\u{303}ez added that the port would reopen soon.\n";
    let (_guard, dir) = with_good("nfd.txt", text.as_bytes());
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    assert!(check_spans(&out, "nfd.txt", text) >= 1);
    assert!(
        rows(&out)
            .iter()
            .any(|r| r["speaker_mention"].starts_with("Jose\u{301}")),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert_good_came_out(&out);
}

#[test]
fn zero_width_and_bidi_control_characters() {
    let text = "Talks\u{200B} resume\n\n\u{202B}\"We are \u{200D}ready,\" said \
                Anna\u{200C} Berg\u{200E}.\u{2066} \u{202E}\"Go,\u{2069}\" Ole \u{FEFF}Hansen \
                said.\u{061C}\n";
    let (_guard, dir) = with_good("controls.txt", text.as_bytes());
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 0, "{err}");
    assert!(check_spans(&out, "controls.txt", text) >= 1);
    assert_good_came_out(&out);
}

#[test]
fn missing_paths_are_named_and_the_rest_still_run() {
    let (_guard, dir) = with_good("other.txt", b"");
    let missing = dir.join("no-such-article.txt");
    let (code, out, err) = extract(&[&missing, &dir.join("good.txt")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no-such-article.txt"), "{err}");
    assert_good_came_out(&out);
    // Nothing readable at all is trouble.
    let (code, _, err) = extract(&[&missing]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no-such-article.txt"), "{err}");
}

#[cfg(unix)]
#[test]
fn directories_with_symlink_loops() {
    use std::os::unix::fs::symlink;
    let (_guard, dir) = with_good("other.txt", b"");
    fs::create_dir_all(dir.join("sub/deeper")).unwrap();
    symlink("../..", dir.join("sub/deeper/up")).unwrap();
    symlink(".", dir.join("sub/here")).unwrap();
    // A file link that points to itself cannot be read: it is an article lost.
    symlink("self.txt", dir.join("self.txt")).unwrap();
    let (code, out, err) = extract(&[&dir]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("self.txt"), "{err}");
    assert!(err.contains("deeper/up: a symlink loop"), "{err}");
    assert!(err.contains("sub/here: a symlink loop"), "{err}");
    // Each article once, whatever the links.
    assert_eq!(rows(&out).len(), 1, "{}", String::from_utf8_lossy(&out));
    assert_good_came_out(&out);
}

/// Writes `name` beside the good article and runs extract on both; returns (status,
/// stdout, stderr).
fn extract_with_good(name: &str, bytes: &[u8]) -> (i32, Vec<u8>, String) {
    let (_guard, dir) = with_good(name, bytes);
    extract(&[&dir.join(name), &dir.join("good.txt")])
}

#[test]
fn jsonl_malformed_lines_are_named_and_the_rest_come_out() {
    let feed = "{\"id\":\"a\",\"text\":\"\\\"We will stay,\\\" Anna Berg said.\"}\n\
                {\"text\": \n\
                not json at all\n\
                [1, 2]\n\
                {\"id\":\"n\",\"text\":5}\n\
                {\"id\":\"m\",\"body\":\"no text field\"}\n\
                \n\
                \u{FEFF}{\"text\":\"a BOM mid-file\"}\n\
                {\"id\":\"z\",\"text\":\"\\\"No,\\\" Li Wei said.\"}";
    let mut bytes = feed.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n{\"text\":\"caf\xe9\"}\n");
    let (code, out, err) = extract_with_good("feed.jsonl", &bytes);
    assert_eq!(code, 1, "{err}");
    for line in [2, 3, 4, 5, 6, 8, 10] {
        assert!(
            err.contains(&format!("feed.jsonl:{line}: ")),
            "line {line}: {err}"
        );
    }
    assert!(err.contains("no field \"text\""), "{err}");
    let ids: Vec<String> = rows(&out).iter().map(|r| r["article_id"].clone()).collect();
    assert_eq!(ids, ["a", "z", "good.txt"]);
    assert_good_came_out(&out);
}

#[test]
fn csv_without_the_text_column_is_named_and_the_rest_come_out() {
    let (code, out, err) = extract_with_good(
        "export.csv",
        b"id,body\nd1,\"\"\"Yes,\"\" Anna Berg said.\"\n",
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("export.csv:1: no column \"text\"") && err.contains("id, body"),
        "{err}"
    );
    assert_eq!(rows(&out).len(), 1);
    assert_good_came_out(&out);
}

#[test]
fn csv_malformed_rows_are_named_and_the_rest_come_out() {
    // Row 3 has too few fields; row 4 opens a quoted field that the file never closes,
    // which would swallow rows 5 and 6 unnoticed.
    let csv = "id,text\n\
               d1,\"\"\"We will stay,\"\" Anna Berg said.\"\n\
               d2\n\
               d3,\"unclosed, with \"\"marks\"\" inside\n\
               d4,Li Wei said no.\n\
               d5,more\n";
    let (code, out, err) = extract_with_good("export.csv", csv.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("export.csv:3: 1 fields"), "{err}");
    assert!(
        err.contains("export.csv:4: a quoted field opened on this row is never closed"),
        "{err}"
    );
    let ids: Vec<String> = rows(&out).iter().map(|r| r["article_id"].clone()).collect();
    assert_eq!(ids, ["d1", "good.txt"]);
    // A mark inside an unquoted field is text, and a last row with no line end is whole.
    let csv = "id,text\nd1,\"\"\"Yes,\"\" Anna Berg said.\"\nd2,a 5\" screen";
    let (code, _, err) = extract_with_good("export.csv", csv.as_bytes());
    assert_eq!(code, 0, "{err}");
    // TSV the same way.
    let (code, _, err) = extract_with_good("export.tsv", b"id\ttext\nd1\t\"open\n");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("export.tsv:2: a quoted field"), "{err}");
}

#[test]
fn a_truncated_gzip_file_is_named_and_the_rest_come_out() {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(GOOD.repeat(50).as_bytes()).unwrap();
    let whole = gz.finish().unwrap();
    for name in ["cut.txt.gz", "cut.jsonl.gz"] {
        let (code, out, err) = extract_with_good(name, &whole[..whole.len() / 2]);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(err.contains(name), "{err}");
        assert_good_came_out(&out);
    }
}

/// The same bytes whatever `--jobs` says, bad inputs and all.
#[test]
fn jobs_1_and_jobs_2_give_the_same_output_on_bad_input() {
    let (_guard, dir) = with_good("binary.txt", b"a\0b");
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(dir.join("legacy.txt"), b"\x93Yes,\x94 said Jos\xe9 Ortega.").unwrap();
    fs::write(dir.join("marks.txt"), "\u{2018}a ".repeat(20_000)).unwrap();
    fs::write(
        dir.join("feed.jsonl"),
        "{\"text\":\"\\\"Go,\\\" Li said.\"}\nnot json\n",
    )
    .unwrap();
    fs::write(
        dir.join("rows.csv"),
        "id,text\nd1,\"\"\"Go,\"\" Li said.\"\nd2,\"open\n",
    )
    .unwrap();
    let run = |jobs: &str| {
        let out = saywho()
            .args(["extract", "-q", "--jobs", jobs])
            .arg(&dir)
            .output()
            .unwrap();
        (out.status.code(), out.stdout, out.stderr)
    };
    let one = run("1");
    assert_eq!(one.0, Some(1));
    assert!(rows(&one.1).len() >= 4);
    for jobs in ["2", "3"] {
        let other = run(jobs);
        assert_eq!(one.0, other.0);
        assert!(one.1 == other.1, "stdout differs with --jobs {jobs}");
        assert_eq!(
            String::from_utf8_lossy(&one.2),
            String::from_utf8_lossy(&other.2),
            "messages in the same order"
        );
    }
}

/// The names in a folder.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_that_cannot_be_created_is_trouble_and_leaves_nothing() {
    let (_guard, dir) = with_good("other.txt", b"");
    // A file where a folder should be: unwritable even for root.
    let out = dir.join("other.txt/quotes.csv");
    let (code, stdout, err) = extract(&[&dir, Path::new("-o"), &out]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("other.txt"), "{err}");
    assert!(stdout.is_empty());
    let (code, _, err) = extract(&[&dir, Path::new("-o"), &dir]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(names_in(&dir), ["good.txt", "other.txt"]);
}

#[cfg(unix)]
#[test]
fn an_error_mid_run_leaves_the_old_file_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("big.txt"), fixture_text()).unwrap();
    let out = dir.path().join("quotes.csv");
    fs::write(&out, "the last good export\n").unwrap();
    // `ulimit -f 8` stops the writing after 4 KiB, as a full disk would.
    let status = StdCommand::new("sh")
        .arg("-c")
        .arg(r#"ulimit -f 8 && exec "$0" extract -q "$1" -o "$2""#)
        .arg(bin())
        .arg(&input)
        .arg(&out)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&status.stderr);
    assert_eq!(status.status.code(), Some(2), "{err}");
    assert!(
        err.contains("quotes.csv") && err.contains("too large"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "the last good export\n");
    assert_eq!(names_in(dir.path()), ["in", "quotes.csv"]);
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_truncated_or_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    // Long enough to be interrupted: many seconds in a debug build.
    let text = fixture_text();
    for i in 0..40 {
        fs::write(input.join(format!("{i:02}.txt")), &text).unwrap();
    }
    let out = dir.path().join("quotes.csv");
    let child = StdCommand::new(bin())
        .args(["extract", "-q", "--jobs", "2"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the temporary file, so the signal comes mid-run.
    let started = std::time::Instant::now();
    while names_in(dir.path()).len() < 2 {
        assert!(
            started.elapsed().as_secs() < 60,
            "no temporary file appeared"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let kill = StdCommand::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let result = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(130), "{err}");
    assert!(
        err.contains("interrupted") && err.contains("quotes.csv"),
        "{err}"
    );
    assert_eq!(names_in(dir.path()), ["in"]);
}

#[test]
fn output_file_has_the_permissions_of_a_new_file() {
    let (_guard, dir) = with_good("other.txt", b"");
    let out = dir.join("quotes.csv");
    let (code, _, err) = extract(&[&dir.join("good.txt"), Path::new("-o"), &out]);
    assert_eq!(code, 0, "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&out).unwrap().permissions().mode();
        let other = fs::metadata(dir.join("good.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, other & 0o777, "written like any new file");
    }
    assert_good_came_out(&fs::read(&out).unwrap());
}

#[cfg(unix)]
#[test]
fn output_to_a_device_or_through_a_symlink() {
    let (_guard, dir) = with_good("other.txt", b"");
    let good = dir.join("good.txt");
    // /dev/null is written, never replaced.
    let (code, _, err) = extract(&[&good, Path::new("-o"), Path::new("/dev/null")]);
    assert_eq!(code, 0, "{err}");
    assert!(!fs::metadata("/dev/null").unwrap().file_type().is_file());
    // A symlink stays a symlink; its target gets the rows.
    fs::write(dir.join("target.csv"), "old").unwrap();
    std::os::unix::fs::symlink("target.csv", dir.join("link.csv")).unwrap();
    let (code, _, err) = extract(&[&good, Path::new("-o"), &dir.join("link.csv")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::symlink_metadata(dir.join("link.csv"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_good_came_out(&fs::read(dir.join("target.csv")).unwrap());
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_trouble_with_a_clear_message() {
    let (_guard, dir) = with_good("other.txt", b"");
    for args in [vec![], vec!["-o", "/dev/full"]] {
        let out = StdCommand::new(bin())
            .args(["extract", "-q"])
            .arg(&dir)
            .args(&args)
            .stdout(fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("No space left on device"), "{err}");
        assert_eq!(err.matches("No space left").count(), 1, "said once: {err}");
    }
    assert!(!fs::metadata("/dev/full").unwrap().is_file());
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let (_guard, dir) = with_good("big.txt", fixture_text().repeat(3).as_bytes());
    for jobs in ["1", "2"] {
        let mut child = StdCommand::new(bin())
            .args(["extract", "-q", "--jobs", jobs])
            .arg(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read the start of the header, then close the pipe, as `| head -1` does.
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 64];
        std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "--jobs {jobs}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "--jobs {jobs}");
    }
}

#[test]
fn exit_statuses_are_documented_in_help_and_readme() {
    let help = saywho().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for doc in [&*help, &*readme] {
        assert!(doc.contains("Exit status"), "{doc}");
        for code in ["0", "1", "2", "130"] {
            assert!(
                doc.lines()
                    .any(|l| l.trim_start().trim_start_matches("| ").starts_with(code)),
                "exit status {code} is not documented:\n{doc}"
            );
        }
    }
}

/// An article whose extraction panics is reported with its id and counted, and the others
/// are written. The panic comes from a test hook of debug builds (`SAYWHO_PANIC_ON`), as
/// no input is known to cause one.
#[test]
fn an_article_that_panics_is_reported_and_the_rest_are_written() {
    if !cfg!(debug_assertions) {
        return; // The hook exists in debug builds only.
    }
    let (_guard, dir) = with_good("bad.txt", GOOD.as_bytes());
    for output in [None, Some(dir.join("quotes.csv"))] {
        let mut cmd = saywho();
        cmd.env("SAYWHO_PANIC_ON", "bad.txt")
            .env("RUST_BACKTRACE", "1")
            .arg("extract")
            .arg(&dir);
        if let Some(o) = &output {
            cmd.arg("-o").arg(o);
        }
        let out = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("bad.txt: extraction failed (internal error)"),
            "{err}"
        );
        assert!(err.contains("1 failed"), "counted in the summary: {err}");
        assert!(!err.contains("stack backtrace"), "no backtrace: {err}");
        let internal = err.lines().filter(|l| l.contains("internal error")).count();
        assert_eq!(internal, 2, "the panic and the article, a line each: {err}");
        let csv = match &output {
            Some(o) => fs::read(o).unwrap(),
            None => out.stdout,
        };
        assert_good_came_out(&csv);
        assert_eq!(rows(&csv).len(), 1);
    }
}
