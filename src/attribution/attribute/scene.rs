//! Words after a cue that only set the scene: no content of their own.
//!
//! '"...," he said outside the building', "Fallon responded on Twitter", "told host Sean
//! Hannity earlier this month": a phrase of place, time, manner or addressee after a cue,
//! with no clause in it, belongs to the frame; what was said is elsewhere.

use super::words::{AUXILIARIES, is_ing, is_time_or_place_word};
use crate::lexicon::LEXICON;
use crate::lexicon::grammar::is_ly_adverb;
use crate::text::units::{Unit, Units};

/// Prepositions that open a phrase of manner, place, time or topic after a cue.
pub(super) const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "from", "by", "with", "via", "about", "of", "during", "over", "through",
    "after", "before", "without", "for",
];

/// What words are said in ("said in a statement", "In an interview with Rolling Stone,
/// McCready commented"): a phrase of these is how something was said, not what.
pub(super) const CHANNEL_NOUNS: &[&str] = &[
    "statement",
    "interview",
    "letter",
    "speech",
    "email",
    "e-mail",
    "tweet",
    "post",
    "message",
    "memo",
    "note",
    "release",
    "video",
    "broadcast",
    "briefing",
    "op-ed",
    "remarks",
    "call",
];

/// The words among units `a..b`, lowercased.
pub(super) fn words_in<'u>(units: &'u Units, a: usize, b: usize) -> Vec<&'u str> {
    // Sized once for every unit (most are words), not grown from nothing.
    let mut words = Vec::with_capacity(b.saturating_sub(a));
    words.extend(
        (a..b)
            .filter(|&k| units.units[k].is_word())
            .map(|k| units.word(k)),
    );
    words
}

/// Conjunctions that open a clause of time or reason closing a frame's scene ("he said
/// aboard his plane as he crossed Nevada").
pub(super) const SCENE_CLAUSE_OPENERS: &[&str] =
    &["as", "when", "while", "after", "before", "because", "since"];

/// The words among units `a..b`, and the index among them where a clause of time or reason
/// opens (their count when none does).
pub(super) fn scene_words<'u>(units: &'u Units, a: usize, b: usize) -> (Vec<&'u str>, usize) {
    let words = words_in(units, a, b);
    let main = words
        .iter()
        .position(|w| SCENE_CLAUSE_OPENERS.contains(w))
        .unwrap_or(words.len());
    (words, main)
}

/// Whether units `a..b` are only a prepositional phrase with no clause in it: it opens with
/// a preposition, is short, and holds no auxiliary, subject pronoun, "that" or -ed verb.
pub(super) fn bare_adjunct(units: &Units, a: usize, b: usize) -> bool {
    let words = words_in(units, a, b);
    words.len() <= 12
        && words
            .first()
            .is_some_and(|w| ADJUNCT_PREPOSITIONS.contains(w))
        && !opens_quantity(
            units,
            (a..b).find(|&k| units.units[k].is_word()).unwrap_or(a),
        )
        && clause_free(&words)
}

/// Whether "at least" or "at most" opens at unit `k`: "at least 700,000 people die each
/// year" is a quantity, not a place; so is "about", "around", "over" or "under" before a
/// number ("about 280,000 jobs depend on the industry").
pub(super) fn opens_quantity(units: &Units, k: usize) -> bool {
    let next = units.words.get(k + 1);
    match units.words.get(k).map(|w| &**w) {
        Some("at") => next.is_some_and(|w| ["least", "most"].contains(&&**w)),
        Some("about" | "around" | "over" | "under") => {
            next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        }
        _ => false,
    }
}

/// Whether words hold no sign of a clause: no finite auxiliary, subject pronoun, "that" or
/// -ed verb.
pub(super) fn clause_free(words: &[&str]) -> bool {
    !words.iter().any(|w| {
        (AUXILIARIES.contains(w) && !["be", "been", "being", "'s"].contains(w))
            || ["he", "she", "they", "we", "i", "you", "it", "that", "there"].contains(w)
            || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST_FORMS.contains(w))
    })
}

/// Words in "-ed" that are no past form, so no clause: "in an apparent reference to the
/// United States", "in front of a hundred supporters".
const NOT_PAST_FORMS: &[&str] = &["united", "hundred"];

/// Whether units `a..b` after '"...," he said' only set the scene: "outside the building",
/// "onstage Tuesday night", "aboard his plane as he crisscrossed Nevada". A subordinate
/// clause at the end may hold a clause of its own.
pub(super) fn scene_after_quote(units: &Units, a: usize, b: usize) -> bool {
    if (a..b).any(|k| units.units[k].is_quote()) {
        return false;
    }
    let (words, main) = scene_words(units, a, b);
    // '"...," Mr. Obama said, not even needing to mention ...': a participle's phrase after
    // a comma ('"...," he suggested looking at ...' reports what it suggests).
    let participle = a > 0
        && units.units[a - 1].is_punct()
        && words
            .iter()
            .find(|w| !["not", "never", "even", "still", "just"].contains(*w))
            .is_some_and(|w| is_ing(w) && LEXICON.cues.get(w).is_none());
    let scene_start = participle
        || words.first().is_some_and(|w| {
            ADJUNCT_PREPOSITIONS.contains(w)
                || is_time_or_place_word(w)
                || SCENE_WORDS.contains(w)
                || is_ly_adverb(w)
        });
    // '"...," she said, as the crowd cheered.' / '"...," she said and quickly hung up.'
    let subordinate = main == 0;
    let and_act =
        words.first() == Some(&"and") && !words.iter().any(|w| LEXICON.cues.get(w).is_some());
    // '"...," Clinton said, with a passion that almost suggested ...': a relative clause
    // inside the phrase has its own verb.
    let plain = words[..main]
        .iter()
        .position(|w| ["that", "which", "who", "whom", "whose"].contains(w))
        .filter(|&r| r > 1)
        .unwrap_or(main);
    !words.is_empty()
        && words.len() <= 16
        && (subordinate || (scene_start || and_act) && clause_free(&words[..plain]))
}

/// Whether unit `k` is a quotation short enough to be a title ("Today", "Meet the Press").
pub(super) fn short_title(units: &Units, k: usize) -> bool {
    matches!(units.units[k], Unit::Quote(q) if q.content_end - q.content_start <= 30)
}

/// Whether units `a..b` after "told" name only whom it was told to, and where and when:
/// "host Sean Hannity earlier this month", "a crowd of 1,300 here on Tuesday after she took
/// the stage".
pub(super) fn addressee_only(units: &Units, a: usize, b: usize) -> bool {
    let (words, main) = scene_words(units, a, b);
    !words.is_empty()
        && words.len() <= 16
        && main > 0
        && clause_free(&words[..main])
        && !words.contains(&"to")
}

/// Words that open a phrase of place or time after '"...," he said' ("outside the building",
/// "onstage Tuesday night", "aboard his plane").
pub(super) const SCENE_WORDS: &[&str] = &[
    "just",
    "shortly",
    "soon",
    "outside",
    "inside",
    "onstage",
    "backstage",
    "aboard",
    "afterward",
    "afterwards",
    "later",
    "earlier",
    "recently",
    "again",
    "today",
    "tonight",
    "yesterday",
    "last",
    "this",
    "next",
    "late",
    "early",
    "morning",
    "afternoon",
    "evening",
    "night",
    "before",
    "near",
    "alongside",
    "beside",
    "amid",
    "under",
    "into",
    "onto",
    "upon",
    "across",
    "behind",
];

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_bare_phrase_after_the_cue_is_no_content() {
        for s in [
            "Clinton campaign spokesman Brian Fallon responded on Twitter.",
            "Lisa Lerer reported from Los Angeles.",
            "The DNC responded by abruptly blocking access to its data.",
            "Trump said of the move during an interview on Fox News Tuesday night.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        assert_eq!(run("He said in Beijing the talks would go on.").len(), 1);
        assert_eq!(
            run("Officials said on Monday that the dam collapsed.").len(),
            1
        );
        assert_eq!(
            run("The FAO said at least 700,000 people die each year from such diseases.").len(),
            1
        );
    }

    #[test]
    fn words_after_a_closing_frame_set_the_scene() {
        for s in [
            r#""It is a big deal," he said outside the building."#,
            r#""Fixing this is easy," he said aboard his plane on Monday as he crossed Nevada."#,
            r#""We will win," Bond said onstage Tuesday night."#,
            // ("United" and "hundred" are no past forms, no clause of their own.)
            r#""Stop the provocations," Wang said, in an apparent reference to the United States."#,
            r#""We will win," Bond said, in front of a hundred supporters."#,
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}");
            assert_eq!(r[0].1, "direct", "{s}");
        }
        // After an inverted name, the one told ("said Steve Dasbach to reporters"); a role's
        // "to" stays in the speaker's phrase.
        let r = run(r#""We saw it," said Steve Dasbach to reporters on Monday."#);
        assert_eq!(r[0].3, "Steve Dasbach");
        let r = run(r#""It is over," said Ambassador to the UN Nikki Haley."#);
        assert_eq!(r[0].3, "Ambassador to the UN Nikki Haley");
        // After "told" or "asked", the addressee and the scene.
        for s in [
            r#""You think I'm going to change?" Trump asked reporters during a news conference."#,
            r#""Why are you still endorsing him?" Obama asked Republican politicians."#,
            r#""We will win," Trump told host Sean Hannity earlier this month."#,
            r#""We will win," Trump told NBC's "Today" on Monday."#,
            r#""We will win," she told a crowd of 1,300 here on Tuesday after she took the stage."#,
        ] {
            assert_eq!(run(s).len(), 1, "{s}");
        }
        for s in [
            r#""We won," Fox's Chris Wallace said, as the crowd cheered."#,
            r#""Bye," she said and quickly hung up."#,
            r#""We won," Axelrod said just after midnight on CNN."#,
        ] {
            assert_eq!(run(s).len(), 1, "{s}");
        }
        // A show's title after the scene is no continuation.
        let r = run(r#""This is bad," Mr. Trump said on NBC's "Meet the Press.""#);
        assert_eq!(r.len(), 1);
        // A clause after the cue is a report of its own; so is a gerund after "suggested".
        assert_eq!(run(r#""It is over," he said the plan was dead."#).len(), 2);
        let r = run(
            r#"In his book, "Make Your Kid a Millionaire," Kevin McKinley suggested looking at the statement."#,
        );
        assert_eq!(r.last().unwrap().0, "looking at the statement");
        // "answering a question" reports nothing; a quantified subject takes a participle.
        assert_eq!(
            run(r#""We won," Clinton said, answering a question at a town hall."#).len(),
            1
        );
        let r = run(
            "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked empathy.",
        );
        assert_eq!(r[0].3, "=Both parents");
    }

    #[test]
    fn an_as_clause_sets_the_scene_and_continued_takes_a_comma() {
        let r = run(
            "As the parade rolled through Pasadena, CNN reported at least six planes filled the skies.",
        );
        assert_eq!(r[0].0, "at least six planes filled the skies");
        let r = run(r#"He continued, "I believe it.""#);
        assert_eq!(r[0].2, "continued");
        let r = run(r#"The ad claims "Jeb is the conservative you can trust.""#);
        assert_eq!(r[0].3, "The ad");
    }
}
