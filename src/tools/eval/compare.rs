//! Comparing the attributes of a matched pair as score.py does: speakers, mentions and
//! country codes, with Python's Unicode `\w`, `\s`, `str.strip`, NFKC and `round(x, 4)`.

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

/// Python's `str.isspace` (and `\s` in a `str` pattern): Unicode White_Space plus the
/// four information separators U+001C..U+001F.
pub(super) fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `\w` in a `str` pattern: letters (L*), numbers (N*) and the underscore. Not the
/// regex crate's `\w`, which also takes marks and connector punctuation.
pub(super) fn is_python_word(c: char) -> bool {
    c == '_'
        || matches!(
            c.general_category_group(),
            GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number
        )
}

/// score.py's `norm`: NFKC, lowercase, possessive `'s` dropped, punctuation to spaces,
/// split on whitespace, articles dropped.
pub fn norm(s: &str) -> Vec<String> {
    let s: String = s.nfkc().collect::<String>().to_lowercase();
    let chars: Vec<char> = s.chars().collect();
    // re.sub(r"[\u2018\u2019']s\b", '', s): `s` is a word character, so the boundary
    // means the next character is not one (or the end).
    let mut kept = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '\u{2018}' | '\u{2019}' | '\'')
            && chars.get(i + 1) == Some(&'s')
            && !chars.get(i + 2).is_some_and(|&n| is_python_word(n))
        {
            i += 2;
            continue;
        }
        kept.push(c);
        i += 1;
    }
    // re.sub(r'[^\w\s]', ' ', s), then str.split()
    let spaced: String = kept
        .chars()
        .map(|c| {
            if is_python_word(c) || is_python_space(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced
        .split(is_python_space)
        .filter(|t| !t.is_empty() && !matches!(*t, "the" | "a" | "an"))
        .map(str::to_string)
        .collect()
}

/// score.py's UNNAMED test: a group, a document, or a gold speaker written from a
/// lowercase letter.
pub(super) fn unnamed_source(gold: &str, gold_type: &str) -> bool {
    matches!(gold_type, "group" | "document")
        || gold
            .trim_matches(is_python_space)
            .starts_with(|c: char| c.is_ascii_lowercase())
}

/// score.py's `speaker_match`. A named speaker must be resolved: every word of the gold
/// name in the prediction, or a shorter form ending in the same word. An unnamed source
/// (a group, a document, or a gold speaker written from a lowercase letter, which is what
/// score.py's UNNAMED pattern amounts to) matches when either side's words hold the other's.
pub fn speaker_match(gold: &str, pred: &str, gold_type: &str) -> bool {
    let unnamed = unnamed_source(gold, gold_type);
    let (g, p) = (norm(gold), norm(pred));
    if g.is_empty() {
        return p.is_empty();
    }
    if p.is_empty() {
        return false;
    }
    let gs: std::collections::HashSet<&String> = g.iter().collect();
    let ps: std::collections::HashSet<&String> = p.iter().collect();
    if gs.is_subset(&ps) {
        return true;
    }
    if ps.is_subset(&gs) && (unnamed || p.last() == g.last()) {
        return true;
    }
    unnamed && gs.is_superset(&ps)
}

/// score.py's `speaker_exact`: the name an analyst groups by. A named speaker's words,
/// initials (one-character words) aside, equal the gold's in order, so "Republican John
/// Smith" or "Smith Tower" is not "John Smith"; an unnamed source as [`speaker_match`].
pub fn speaker_exact(gold: &str, pred: &str, gold_type: &str) -> bool {
    if unnamed_source(gold, gold_type) {
        return speaker_match(gold, pred, gold_type);
    }
    let words = |s: &str| -> Vec<String> {
        norm(s)
            .into_iter()
            .filter(|t| t.chars().count() > 1)
            .collect()
    };
    words(gold) == words(pred)
}

/// score.py's mention comparison: the same words, or the same last word.
pub fn mention_match(gold: &str, pred: &str) -> bool {
    let (g, p) = (norm(gold), norm(pred));
    g == p || (!g.is_empty() && !p.is_empty() && g.last() == p.last())
}

/// Python's `str.strip().upper()` for the country codes.
pub(super) fn country_code(s: &str) -> String {
    s.trim_matches(is_python_space).to_uppercase()
}

/// Python's `round(x, 4)`. Both Python and Rust's formatter round the exact binary value
/// correctly, ties to even, so the digits agree, and parsing them back gives the same double.
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Python's `repr` of a score that may be `None`.
pub fn python_repr(x: Option<f64>) -> String {
    match x {
        // Debug prints the shortest round-trip digits with a `.0` on whole numbers, as repr.
        Some(v) => format!("{v:?}"),
        None => "None".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_follows_python() {
        assert_eq!(
            norm("The U.S. State Department's spokesman"),
            ["u", "s", "state", "department", "spokesman"]
        );
        // NFKC folds the ligature and the fullwidth letter; the curly possessive goes.
        assert_eq!(
            norm("Ｋenya\u{2019}s ﬁnance chief"),
            ["kenya", "finance", "chief"]
        );
        // 's followed by a word character is not a possessive.
        assert_eq!(norm("it'sa"), ["it", "sa"]);
        // Combining marks are not \w in Python: a decomposed accent splits the word
        // unless NFKC composes it (here it does).
        assert_eq!(norm("Jose\u{301} An_tunes"), ["jos\u{e9}", "an_tunes"]);
        assert_eq!(norm("a\u{1c}b"), ["b"]);
    }

    #[test]
    fn speaker_match_cases() {
        assert!(speaker_match(
            "Xi Jinping",
            "President Xi Jinping",
            "person"
        ));
        assert!(speaker_match("Xi Jinping", "Jinping", "person"));
        assert!(!speaker_match("Xi Jinping", "Xi", "person"));
        assert!(speaker_match("experts", "Chinese experts", "group"));
        assert!(speaker_match(
            "a State Department official",
            "official",
            "person"
        ));
        assert!(speaker_match(
            "A State Department official",
            "official",
            "person"
        ));
        assert!(speaker_match(
            "a State Department official",
            "State",
            "person"
        ));
        assert!(!speaker_match(
            "A State Department official",
            "State",
            "person"
        ));
        assert!(speaker_match("", "", "person"));
        assert!(!speaker_match("", "someone", "person"));
        assert!(!speaker_match("Liu", "", "person"));
        assert!(!speaker_match("José Antunes", "Jose Antunes", "person"));
    }

    #[test]
    fn speaker_exact_cases() {
        assert!(speaker_exact("John Smith", "John Smith", "person"));
        assert!(speaker_exact("John Smith", "John R. Smith", "person"));
        assert!(speaker_exact("Acme Bank", "the Acme Bank", "organization"));
        assert!(!speaker_exact(
            "John Smith",
            "Republican John Smith",
            "person"
        ));
        assert!(!speaker_exact("John Smith", "Smith", "person"));
        assert!(!speaker_exact(
            "Jones",
            "Jones National Golf Club",
            "person"
        ));
        // Unnamed sources keep the lenient containment.
        assert!(speaker_exact("analysts", "some analysts", "group"));
    }

    #[test]
    fn mention_compares_last_words() {
        assert!(mention_match("Chinese Premier Li Keqiang", "Li Keqiang"));
        assert!(!mention_match("Chinese Premier Li Keqiang", "Li"));
        assert!(!mention_match("he", "Liu"));
        assert!(mention_match("", ""));
        assert!(!mention_match("", "he"));
    }

    #[test]
    fn rounding_and_repr_follow_python() {
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(python_repr(Some(1.0)), "1.0");
        assert_eq!(python_repr(Some(0.9167)), "0.9167");
        assert_eq!(python_repr(None), "None");
        assert_eq!(format!("{:.3}", 0.8125), "0.812");
    }
}
