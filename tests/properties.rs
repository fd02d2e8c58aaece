//! Property tests: invariants of extraction for arbitrary text.
//!
//! Texts are built from the pieces extraction reacts to (quotation marks of every kind,
//! cue words, names, pronouns, abbreviations, line ends of every kind, non-ASCII and
//! control characters) mixed with arbitrary characters. For each: no panic; every offset
//! lies inside the text; each span, sliced from the text by code points as Python's
//! scorer does, equals its column; indexes count from 1; and `saywho validate` accepts
//! the rows as written. The library is called directly, for speed; `PROPTEST_CASES`
//! sets the number of cases (200 by default).

use proptest::prelude::*;
use saywho::input::read::{Article, decode};

/// Pieces of news text that extraction reacts to.
const PIECES: &[&str] = &[
    "\"",
    "\u{201C}",
    "\u{201D}",
    "\u{2018}",
    "\u{2019}",
    "\u{AB}",
    "\u{BB}",
    "\u{300C}",
    "\u{300D}",
    "\u{201E}",
    "''",
    "'",
    " said",
    " says",
    " told",
    " added",
    ", adding that",
    " according to",
    "According to ",
    " said in a statement that",
    " he said.",
    " she said",
    " they told reporters",
    " stressed",
    " urged",
    " called for",
    " noted that",
    ": ",
    ", ",
    ". ",
    "? ",
    "! ",
    " -- ",
    " (",
    ")",
    " and ",
    " that ",
    " who ",
    " Mr. ",
    " Dr. ",
    " U.S. ",
    " President",
    " Minister",
    " the spokesman",
    " Anna Berg",
    " Li Wei",
    " Jos\u{e9} N\u{fa}\u{f1}ez",
    " Jose\u{301} Nu\u{301}n\u{303}ez",
    " Beijing",
    " Chinese",
    " Xinhua",
    "BEIJING, March 19 (Xinhua) -- ",
    "Copyright 2020",
    "| Print |",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\r\n\r\n",
    "\t",
    "  ",
    "\u{200B}",
    "\u{200E}",
    "\u{202E}",
    "\u{2066}",
    "\u{FEFF}",
    "\u{2029}",
    "\u{85}",
    "\u{A0}",
    "\u{1F600}",
    " the",
    " a",
    " talks",
    " would",
    " resume",
    " on Monday",
    " We",
    " are",
    " ready",
    " it",
    " is",
    " good",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z]{1,8}".prop_map(|w| format!(" {w}")),
    ];
    prop::collection::vec(piece, 0..160).prop_map(|p| p.concat())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// Extracts `text` and checks every row against it.
fn check(text: &str) -> Result<(), TestCaseError> {
    let article = Article {
        id: "p".into(),
        text: text.to_string(),
        meta: Default::default(),
    };
    let rows = saywho::extract_article(&article);
    let chars: Vec<char> = text.chars().collect();
    let slice = |a: usize, b: usize| -> Result<String, TestCaseError> {
        prop_assert!(
            a <= b && b <= chars.len(),
            "span {a}..{b} of {}",
            chars.len()
        );
        Ok(chars[a..b].iter().collect())
    };
    for (i, r) in rows.iter().enumerate() {
        prop_assert_eq!(r.quote_index, i + 1);
        prop_assert!(r.sentence_index >= 1);
        prop_assert!(r.quote_start < r.quote_end, "empty quote {:?}", r);
        prop_assert_eq!(&slice(r.quote_start, r.quote_end)?, &r.quote);
        match (r.speaker_start, r.speaker_end) {
            (Some(a), Some(b)) => prop_assert_eq!(&slice(a, b)?, &r.speaker_mention),
            (None, None) => prop_assert_eq!(&r.speaker_mention, ""),
            other => prop_assert!(false, "half a speaker span: {:?}", other),
        }
        match (r.cue_start, r.cue_end) {
            (Some(a), Some(b)) => prop_assert_eq!(&slice(a, b)?, &r.cue),
            (None, None) => prop_assert_eq!(&r.cue, ""),
            other => prop_assert!(false, "half a cue span: {:?}", other),
        }
        prop_assert!(r.sentence.chars().count() <= saywho::pipeline::extract::SENTENCE_CAP);
    }
    // The rows as `saywho extract` writes them pass `saywho validate`.
    let mut writer = saywho::output::write::RecordWriter::new(Vec::new());
    writer.write_header().unwrap();
    for r in &rows {
        writer.write(r).unwrap();
    }
    let csv = writer.into_inner().unwrap();
    let all: Vec<usize> = (0..saywho::COLUMNS.len()).collect();
    let report = saywho::output::validate::validate(csv.as_slice(), &all).unwrap();
    prop_assert!(
        report.is_valid(),
        "validate: {:?}\n{}",
        report.problems,
        String::from_utf8_lossy(&csv)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn rows_slice_back_to_the_text(text in text()) {
        check(&text)?;
    }

    #[test]
    fn any_bytes_read_as_a_file_is_read(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        // What `saywho extract` does with a file's bytes (UTF-8, else Windows-1252).
        let (text, _) = decode(&bytes);
        check(&text)?;
    }

    #[test]
    fn a_paragraph_with_a_headline_and_a_dateline(body in text()) {
        check(&format!("Talks Resume In Geneva\n\nBEIJING, March 19 (Xinhua) --{body}\n"))?;
    }

    #[test]
    fn quoted_spans_are_in_order_and_never_overlap(text in text()) {
        // The sentence splitter and the unit builder find a sentence's quotations by
        // binary search, which needs this.
        let mut spans = saywho::text::quotes::find_quotes(&text, 0, text.len());
        saywho::text::quotes::trim_unclosed(&text, &mut spans, |w| w == "said");
        for q in &spans {
            prop_assert!(q.open < q.content_start && q.content_start <= q.content_end);
            prop_assert!(q.content_end <= q.close_end && q.close_end <= text.len());
        }
        for w in spans.windows(2) {
            prop_assert!(w[0].close_end <= w[1].open, "{:?}", w);
        }
    }

    #[test]
    fn sentences_are_ordered_trimmed_and_capped(text in text(), repeat in 1usize..60) {
        let text = text.repeat(repeat);
        let quotes = saywho::text::quotes::find_quotes(&text, 0, text.len());
        let sentences = saywho::text::segment::sentences(&text, 0, text.len(), &quotes);
        let mut last = 0;
        for s in &sentences {
            prop_assert!(last <= s.start && s.start < s.end && s.end <= text.len());
            prop_assert!(s.end - s.start <= saywho::text::segment::MAX_SENTENCE);
            let piece = &text[s.start..s.end];
            prop_assert_eq!(piece.trim(), piece);
            last = s.end;
        }
    }
}

/// `--jobs 1` and `--jobs 2` write the same bytes, for a folder of generated articles.
#[test]
fn jobs_do_not_change_the_output() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let dir = tempfile::tempdir().unwrap();
    let mut runner = TestRunner::deterministic();
    for i in 0..60 {
        let text = text().new_tree(&mut runner).unwrap().current();
        std::fs::write(dir.path().join(format!("a{i:02}.txt")), text).unwrap();
    }
    let run = |jobs: &str| {
        let out = assert_cmd::Command::cargo_bin("saywho")
            .unwrap()
            .args(["extract", "-q", "--jobs", jobs])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let one = run("1");
    assert!(one == run("2"), "--jobs 1 and --jobs 2 differ");
}
