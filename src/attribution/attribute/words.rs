//! The closed word lists and word tests that the frame rules share: clause boundaries,
//! auxiliaries, determiners, the words of time and place after a cue, and `-ing` forms.
//!
//! Lists that grow with the news are in `data/` (see [`crate::lexicon`]); these are
//! grammar, and each is used by more than one of the frame modules.

use crate::lexicon::LEXICON;
use crate::lexicon::grammar::WordList;
use crate::lexicon::grammar::{is_day_word, is_ly_adverb};
use crate::text::tokens::{TokenKind, is_capitalized, is_initial};
use crate::text::units::{Unit, Units};

/// Verbs that cannot sit inside a subject noun phrase ("Trump is defending his tweets").
pub(crate) const AUXILIARIES: WordList = WordList::new(&[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "do",
    "does", "did", "may", "might", "must", "should", "shall", "be", "been", "being", "'s",
    "cannot",
]);

/// Modal verbs: an infinitive follows them ("will also add", "could still say").
pub(super) const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "must", "may", "might", "shall", "cannot",
];

/// Finite forms of "be" and "have": a clause's own verb ("the homes promised ... were
/// started", "groups that have endorsed him").
pub(super) const FINITE_BE_HAVE: &[&str] = &["is", "are", "was", "were", "has", "have", "had"];

pub(super) use crate::lexicon::grammar::WH_WORDS;

/// Subject pronouns that open a clause of their own ("said on Sunday it had no evidence").
/// Conjunctions that tie the clause after them to the clause before ("drew boos when he
/// told", "after Jones assured Trump"): a report after one is no frame for what went before.
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "where", "while", "whilst", "after", "before", "because", "if", "though", "although",
    "until", "since", "once", "unless", "whereas",
];

pub(super) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];

/// The subject pronouns that stand for people ("it" aside), and "you".
pub(super) const PERSON_SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// The object pronouns that stand for people: the one told or asked ("asked him whether").
pub(super) const PERSON_OBJECTS: &[&str] = &["him", "her", "them", "me", "us", "you"];

/// Adverbs that stand between an auxiliary and its verb ("will also add", "is often called").
pub(super) const MID_ADVERBS: &[&str] = &[
    "often",
    "also",
    "still",
    "now",
    "then",
    "just",
    "already",
    "always",
    "sometimes",
    "again",
    "even",
];

/// Whether unit `k` is the "'s" of a pronoun before the -ing cue at `cue`, a contracted
/// "is" ("He's predicting he will ...", "She's now saying that ..."). After a name it stays
/// a possessive ("Trump's saying so"), as after a noun ("the party's claimed wealth").
pub(super) fn contracted_is_at(units: &Units, k: usize, cue: usize) -> bool {
    k > 0
        && k < cue
        && units.words[k] == "'s"
        && is_ing(&units.words[cue])
        && ["he", "she", "it", "that", "who", "there"].contains(&units.word(k - 1))
}

/// The word before unit `i`, past adverbs ("has since paid", "has now written"), down to
/// unit `floor`.
pub(super) fn word_before_adverbs<'u>(units: &'u Units, floor: usize, i: usize) -> Option<&'u str> {
    (floor..i)
        .rev()
        .map(|k| units.word(k))
        .find(|w| !is_ly_adverb(w) && !MID_ADVERBS.contains(w) && *w != "since")
}

/// Whether a word is a perfect's auxiliary ("has", "had", "I've", "having").
pub(super) fn is_perfect_auxiliary(w: &str) -> bool {
    ["has", "have", "had", "having"].contains(&w) || w.ends_with("'ve") || w.ends_with("\u{2019}ve")
}

/// Whether unit `k` is a "that" that opens a reported clause: not the demonstrative of
/// "that's" ("Trump brags that's good news" reports "that's good news").
pub(super) fn complementizer_at(units: &Units, k: usize) -> bool {
    units.words[k] == "that" && units.words.get(k + 1).is_none_or(|w| w != "'s")
}

/// The articles and possessive determiners that open a noun phrase ("the crowd", "his
/// statement", "a tale"): before an addressee, a channel or an object.
/// The owners that open a noun phrase as "the" does ("his aides", "their campaign").
pub(crate) const OWNERS: &[&str] = &["his", "her", "its", "their"];

pub(super) const ARTICLES_AND_OWNERS: &[&str] =
    &["the", "a", "an", "his", "her", "their", "its", "our", "my"];

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "'s",
    "new", "latest", "first", "same", "whose",
];

/// Whether a word opens a prepositional or time phrase after a cue ("said in a statement",
/// "said on Tuesday", "said here").
pub(super) fn is_time_or_place_word(w: &str) -> bool {
    PREPOSITIONS.contains(&w) || is_day_word(w)
}

pub(super) const PREPOSITIONS: WordList = WordList::new(&[
    "here",
    "there",
    "in",
    "at",
    "on",
    "during",
    "after",
    "while",
    "via",
    "through",
    "with",
    "to",
    "when",
    "following",
    "before",
    "from",
    "over",
    "ahead",
    "late",
    "earlier",
    "last",
    "this",
    "recently",
    "later",
    "again",
    "separately",
    "also",
    "previously",
]);

#[inline]
/// Whether the words of units `a..b` are one phrase of data/linking_phrases.txt: a phrase
/// that links the sentence to the one before ("For example, he said, ...") or opens a clause
/// a frame interrupts ("It was, he said, ..."), which reports nothing of its own.
/// A linking phrase that opens with a preposition ("in turn", "in fact", "for example"):
/// one that may stand between an auxiliary and its verb, unlike a clause's opening ("it
/// was", "and yet").
pub(super) fn is_adverbial_link(units: &Units, a: usize, b: usize) -> bool {
    a < b
        && ["in", "for", "of", "at", "by", "as", "on"].contains(&units.word(a))
        && (a..b).all(|k| units.units[k].is_word())
        && is_linking_phrase(units, a, b)
}

pub(super) fn is_linking_phrase(units: &Units, a: usize, b: usize) -> bool {
    // (No phrase of the list has more than five words: a longer span is none of them, and
    // is not copied.)
    let mut phrase = String::new();
    for (n, k) in (a..b).filter(|&k| units.units[k].is_word()).enumerate() {
        if n == 5 {
            return false;
        }
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.push_str(units.word(k));
    }
    LEXICON.linking_phrases.contains(&phrase)
}

/// Whether a word ends like an adverb made from an adjective ("locally", "recently",
/// "reportedly"), with a suffix no surname ends in ("Kelly", "Jolly", "Early" are names).
pub(super) fn adverb_shaped(w: &str) -> bool {
    [
        "ally", "ntly", "ously", "ively", "edly", "ately", "fully", "ingly", "ably", "ibly",
    ]
    .iter()
    .any(|s| w.len() > s.len() + 1 && w.ends_with(s))
}

/// Whether units `a..b` are only an adverb and an aside ("Locally, too", "Notably") or a
/// time ("Six months ago", "Last year"): no statement, a sentence's opening before a frame
/// that splits it.
pub(super) fn is_adverbial_opening(units: &Units, a: usize, b: usize) -> bool {
    let Some(first) = (a..b).find(|&k| units.units[k].is_word()) else {
        return false;
    };
    let last = (a..b)
        .rev()
        .find(|&k| units.units[k].is_word())
        .unwrap_or(first);
    if super::extent::skip_time(units, first) > last {
        return true;
    }
    let mut words = (a..b)
        .filter(|&k| units.units[k].is_word())
        .map(|k| units.word(k));
    words.next().is_some_and(adverb_shaped)
        && words.all(|w| super::subject::PARENTHETICALS.contains(&w))
}

/// Whether the quotation unit `k` closes with one of `marks` inside its closing mark
/// ('"A disgrace,"', '"What is safe about it?"', "''It's jeff feltman,''").
pub(super) fn quotation_closes_with(text: &str, units: &Units, k: usize, marks: &[char]) -> bool {
    units.units[k].is_quote()
        && text[..units.units[k].end()]
            .trim_end_matches(|c: char| {
                crate::text::quotes::is_quote_mark(c) || c == '\'' || c.is_whitespace()
            })
            .ends_with(marks)
}

pub(super) fn is_p(text: &str, units: &Units, i: usize, p: &[&str]) -> bool {
    matches!(units.units[i], Unit::Tok(t) if p.iter().any(|q| t.bytes(text) == q.as_bytes()))
}

/// Whether unit `k` is an auxiliary verb: not the possessive "'s", and not a capitalized
/// one beside another capitalized word, which is a name ("Theresa May", "Will Smith").
pub(crate) fn auxiliary_at(text: &str, units: &Units, k: usize) -> bool {
    let w = units.word(k);
    if !AUXILIARIES.contains(&w) || w == "'s" {
        return false;
    }
    let cap = |x: usize| units.units[x].is_word() && is_capitalized(units.text(text, x, x + 1));
    !(cap(k) && (k > 0 && cap(k - 1) || k + 1 < units.len() && cap(k + 1)))
}

/// The first boundary at or after `from`, or the sentence's end.
pub(super) fn clause_end_from(text: &str, units: &Units, from: usize) -> usize {
    (from..units.len())
        .find(|&k| boundary_punct(text, units, k))
        .unwrap_or(units.len())
}

/// Whether unit `i` ends a clause: a quotation, or punctuation that is no abbreviation's or
/// initial's period.
pub(super) fn boundary_punct(text: &str, units: &Units, i: usize) -> bool {
    let t = match units.units[i] {
        Unit::Quote(_) => return true,
        // A word (or possessive) is none of the marks below: most units are words, asked
        // without comparing their bytes with each mark.
        Unit::Tok(t) if t.kind != TokenKind::Punct => return false,
        Unit::Tok(t) => t,
    };
    let s = t.bytes(text);
    if s == b"." && i > 0 && units.units[i - 1].end() == t.start {
        // The period of "Ltd." or "Co." is not a boundary ("ore." is).
        let stem = units.word(i - 1);
        if LEXICON.abbreviation_stems.contains(stem)
            && (units.is_capitalized_word(text, i - 1)
                || LEXICON.lowercase_abbreviations.contains(stem))
        {
            return false;
        }
        // Nor is the period of an initial: "John D. Podesta", "(D-N.Y.)".
        if units.units[i - 1].is_word() && {
            let w = units.text(text, i - 1, i);
            is_initial(w.rsplit('-').next().unwrap_or(w))
        } {
            return false;
        }
        // Inside a sentence, a period followed by a word is an abbreviation's ("Sen. Rand
        // Paul, R-Ky., told"): the splitter already decided the sentence goes on.
        if units
            .units
            .get(i + 1)
            .is_some_and(|u| u.is_word() || is_p(text, units, i + 1, &[",", ")"]))
        {
            return false;
        }
    }
    // ("China Sunrise Energy Engineering Co., Ltd., the contractor": the comma between
    // "Co." and "Ltd." is the company name's.)
    if s == b","
        && i >= 2
        && units.word(i - 2) == "co"
        && is_p(text, units, i - 1, &["."])
        && units.words.get(i + 1).is_some_and(|w| w == "ltd")
    {
        return false;
    }
    // A hyphen with a space on each side, or two of them, stands for a dash ("Piet
    // Lindqvist - the chairman - said", "Kall -- co-editor of ... -- said"), as many wires
    // and papers print it.
    if s == b"-" {
        let loose = |k: usize| {
            text.as_bytes()
                .get(k)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'-')
        };
        return t.start > 0 && loose(t.start - 1) && loose(t.start + 1);
    }
    // (The UTF-8 of an em dash, an en dash, and the lenticular brackets "\u{3010}" and
    // "\u{3011}".)
    matches!(
        s,
        b"," | b";"
            | b":"
            | b"\xE2\x80\x94"
            | b"\xE2\x80\x93"
            | b"."
            | b"?"
            | b"!"
            | b"["
            | b"]"
            | b"\xE3\x80\x90"
            | b"\xE3\x80\x91"
    )
}

/// Whether unit `k` is an irregular verb in the past (data/past_forms.txt) written in lower
/// case ("stood", "found"; "Stuart Rose" is a name).
/// Whether a lowercase word is a verb's simple past form: an irregular one
/// (data/past_forms.txt) or a regular one in "-ed".
pub(super) fn past_form(w: &str) -> bool {
    LEXICON.past_forms.contains(w) || w.len() > 4 && w.ends_with("ed")
}

pub(super) fn past_verb_at(text: &str, units: &Units, k: usize) -> bool {
    LEXICON.past_forms.contains(units.word(k)) && !units.is_capitalized_word(text, k)
}

/// Whether the mark at unit `k` stands between two numbers ("7:45", "525,000").
pub(super) fn between_digits(units: &Units, k: usize) -> bool {
    let digits = |i: usize| {
        units
            .words
            .get(i)
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
    };
    k > 0 && digits(k - 1) && digits(k + 1)
}

/// Whether a word of more than three letters ends in one "s" ("officials", "routes",
/// "becomes"): a plural's or a verb's "-s" form, by its shape alone.
pub(super) fn s_ending(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Whether a word is an -ing form.
pub(super) fn is_ing(w: &str) -> bool {
    w.ends_with("ing")
}

/// Whether unit `k` is a "to" that opens an infinitive ("to lift", "to help"), not a
/// phrase ("to the nation", "to his voters", "to Congress").
pub(super) fn infinitive_at(text: &str, units: &Units, k: usize) -> bool {
    // (The verb may stand in quotation marks: "promised to "rebalance" the costs".)
    let v = k + 1 + usize::from(units.units.get(k + 1).is_some_and(|u| u.is_quote()));
    v < units.len()
        && units.word(k) == "to"
        && units.units[v].is_word()
        && !units.is_capitalized_word(text, v)
        && !DETERMINERS.contains(&units.word(v))
        && !LEXICON.pronouns.contains_key(units.word(v))
}

#[cfg(test)]
mod tests {
    use super::is_linking_phrase;
    use crate::text::units::Units;

    /// `is_linking_phrase` stops reading after five words: a longer phrase in the list would
    /// never be found.
    #[test]
    fn every_linking_phrase_has_at_most_five_words_and_is_found() {
        let list = include_str!("../../../data/linking_phrases.txt");
        for phrase in list
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            assert!(phrase.split(' ').count() <= 5, "{phrase}");
            let s = format!("{phrase}, he said");
            let u = Units::build(&s, 0, s.len(), &[]);
            let comma = (0..u.len()).find(|&k| u.word(k) == ",").expect("a comma");
            assert!(is_linking_phrase(&u, 0, comma), "{phrase}");
        }
    }
}
