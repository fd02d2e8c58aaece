//! Fuzz target: any bytes, decoded as `saywho extract` decodes a file, through the whole
//! pipeline. A panic is a crash, and so is a row whose spans do not slice back to its
//! text: the invariants the property tests check, on inputs no one thought of.
//!
//! `cargo +nightly fuzz run extract fuzz/corpus/extract tests/fixtures/articles`
//! (see fuzz/README.md).
#![no_main]

use libfuzzer_sys::fuzz_target;
use saywho::input::read::{Article, decode};

fuzz_target!(|data: &[u8]| {
    // NUL bytes make a file binary, and binary files are skipped before extraction.
    if data.contains(&0) {
        return;
    }
    let (text, _) = decode(data);
    let article = Article {
        id: "fuzz".into(),
        text,
        meta: Default::default(),
    };
    let chars: Vec<char> = article.text.chars().collect();
    let slice = |a: usize, b: usize| -> String {
        assert!(a <= b && b <= chars.len(), "span {a}..{b} of {}", chars.len());
        chars[a..b].iter().collect()
    };
    for (i, r) in saywho::extract_article(&article).iter().enumerate() {
        assert_eq!(r.quote_index, i + 1);
        assert!(r.sentence_index >= 1);
        assert!(r.quote_start < r.quote_end, "{r:?}");
        assert_eq!(slice(r.quote_start, r.quote_end), r.quote);
        if let (Some(a), Some(b)) = (r.speaker_start, r.speaker_end) {
            assert_eq!(slice(a, b), r.speaker_mention);
        }
        if let (Some(a), Some(b)) = (r.cue_start, r.cue_end) {
            assert_eq!(slice(a, b), r.cue);
        }
        assert!(r.sentence.chars().count() <= saywho::pipeline::extract::SENTENCE_CAP);
        assert!((0.0..=1.0).contains(&r.confidence));
    }
});
