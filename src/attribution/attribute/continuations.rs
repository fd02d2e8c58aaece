//! Statements split by their frame, and the parts that continue them.
//!
//! 'A, he said, B': a frame between commas interrupts a statement, whose first part is A
//! and whose second part B continues it ("but B", "and" a quotation, a clause of its
//! own). '"A," Trump said during a rally, "B."': a quotation after a scene-setting phrase
//! continues the one before the frame. A sentence of quotations alone continues the
//! last speaker's statement ([`quotations_alone`]).

use super::content::{content_span, trim_span};
use super::frames;
use super::scene::{ADJUNCT_PREPOSITIONS, bare_adjunct, clause_free, words_in};
use super::words::{
    AUXILIARIES, DETERMINERS, SUBJECT_PRONOUNS, SUBORDINATORS, is_ing, is_linking_phrase, is_p,
    is_time_or_place_word, past_form, s_ending,
};
use super::{CueRef, Direction, Frame, QuoteType, SpeakerSource, Statement};
use crate::attribution::speakers::{MentionKind, SpeakerMention, SpeakerType};
use crate::lexicon::grammar::is_ly_adverb;
use crate::lexicon::{CueKind, LEXICON};
use crate::text::units::{Unit, Units};

/// 'A, he said, B': a frame between commas that interrupts the sentence's opening words.
/// The frame claimed B; A, the words before it, is the statement's first part (the
/// returned statement has its span and type; the caller gives it the frame's cue and
/// subject, and makes B a continuation).
pub(super) fn interrupted_statement(
    text: &str,
    units: &Units,
    frames: &[Frame],
    claimed: &[Option<usize>],
    seg_content: &[Option<(usize, usize)>],
) -> Option<Statement> {
    let f = frames.first()?;
    if f.direction != Direction::Following
        || f.shared
        || f.weak
        || f.subject.is_none()
        || claimed.first() != Some(&None)
        || claimed.get(1) != Some(&Some(0))
        || f.start == 0
        || !is_p(text, units, f.start - 1, &[","])
        || f.end >= units.len()
        // ('A, he said, "b."': the comma before a quotation may close the frame, when the
        // quotation goes on with A's sentence in lower case; one that opens with a capital
        // is a sentence of its own after a scene: 'In a press release, Gownaris said, "Two
        // decades ago ..."'.)
        // ("A, according to X, B": a source's frame ends after its comma.)
        || !(is_p(text, units, f.end, &[","])
            || is_p(text, units, f.end - 1, &[","])
                && (quotation_goes_on(text, units, f.end) || f.lemma == "according to"))
    {
        return None;
    }
    let (a, b) = match seg_content.first().copied().flatten() {
        Some(span) => span,
        None => one_word_subject(text, units, f, seg_content)?,
    };
    if units.units[f.end].is_quote() && !opens_a_statement(units, a, b) {
        return None;
    }
    let quotes = (a..b).filter(|&i| units.units[i].is_quote()).count();
    // A lone quotation before the frame is the frame's own ('"A," he said, B'), and a
    // linking phrase is no statement ("For example, he said, B": data/linking_phrases.txt).
    if b == a + 1 && quotes == 1 || quotes == 0 && is_linking_phrase(units, a, b) {
        return None;
    }
    let (start, end, quote_type) = content_span(units, a, b);
    Some(Statement {
        start,
        end,
        quote_type,
        cue: None,
        speaker: SpeakerSource::Previous,
    })
}

/// Whether units `a..b` before a frame and a quotation can open the statement the quotation
/// goes on with: not a scene phrase about how it was said ("In an interview with Rolling
/// Stone, McCready commented, "he gets ..."", "In the video broadcast of the speech",
/// "Speaking at the forum"), nor
/// the speaker's own description before the name ("The institute's director, Dr. Anthony
/// Fauci, said of the outbreak, "...").
fn opens_a_statement(units: &Units, a: usize, b: usize) -> bool {
    let lex = &*LEXICON;
    let words = words_in(units, a, b);
    let how_said = bare_adjunct(units, a, b)
        && words.iter().any(|w| {
            lex.document_nouns.get(w).is_some() || super::scene::CHANNEL_NOUNS.contains(w)
        });
    // ("Writing for the Court, Justice Elena Kagan declared in the majority opinion, "not
    // every ..."", "Speaking at the forum, ...": a participle before a phrase sets the scene.)
    let participle_scene = words.len() >= 2
        && is_ing(words[0])
        && ADJUNCT_PREPOSITIONS.contains(&words[1])
        && clause_free(&words);
    let described = words.last().is_some_and(|w| lex.roles.get(w).is_some());
    // ("... of podcasting which, he says, "is a badge": a relative pronoun opens no statement.)
    let relative = words
        .last()
        .is_some_and(|w| ["which", "who", "whom", "that"].contains(w));
    !how_said && !participle_scene && !described && !relative
}

/// Whether unit `k` is a quotation whose words open in lower case ('"all command the same
/// conclusion"'), going on with a sentence begun before it.
fn quotation_goes_on(text: &str, units: &Units, k: usize) -> bool {
    match units.units[k] {
        Unit::Quote(q) => text[q.content_start..q.content_end]
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase),
        _ => false,
    }
}

/// 'A, Smith said, but B': the unclaimed segment `s` (units `a..b`) right after a frame
/// between commas that reported A. B continues A when it opens with "but", with "and" and a
/// quotation ('A, she said, and "B."'), or with a clause of its own after a comma-set frame
/// ('Though A, he said, replacing her would be harder'). Returns the frame's subject and
/// the unit where B's content starts.
pub(super) fn second_half(
    text: &str,
    units: &Units,
    frames: &[Frame],
    s: usize,
    a: usize,
    b: usize,
) -> Option<(SpeakerMention, usize)> {
    let f = frames.get(s.checked_sub(1)?)?;
    let quotes = units.units[a..b].iter().any(|u| u.is_quote());
    // After a quotation ('"A," he said, but B') B continues it only when it quotes too:
    // "but Kevin was drifting off again" is the writer's.
    let after_comma = f.start > 0 && is_p(text, units, f.start - 1, &[","]);
    let after_quote = f.start > 0 && units.units[f.start - 1].is_quote();
    if f.direction != Direction::Preceding
        || f.shared
        || !(after_comma || after_quote && quotes)
        || f.end >= units.len()
        || !is_p(text, units, f.end, &[","])
        || units
            .units
            .get(a + 1)
            .is_none_or(|u| !u.is_word() && !u.is_quote())
    {
        return None;
    }
    if thing_after_cue(f) {
        return None;
    }
    let w = units.word(a);
    // Not after '"A," he said,': what follows a quotation's frame without a mark is the
    // writer's ('"...," he said, repeating his remarks').
    let after_quotation_frame = f.start >= 2 && units.units[f.start - 2].is_quote();
    let writers_opener = matches!(w, "and" | "or" | "so" | "then")
        || SECOND_HALF_OPENERS.contains(&w)
        || ADJUNCT_PREPOSITIONS.contains(&w);
    // A clause: an apposition ("..., said Josh Bash, the U.S. Attorney") or a participle's
    // phrase is no statement, nor is a phrase that sets the scene.
    // "The solution, the partner said, was simple": a verb that opens B takes A as its
    // subject, however short B is.
    // ("..., three people familiar with the matter said, speaking on condition of anonymity
    // because the talks are private": a participle before a phrase says how it was said,
    // when no verb of its own follows before a subordinate clause; "learning via something
    // like The Sims may mean ..." is a statement.)
    let own_clause = || is_own_clause(units, a, b);
    // "..., the airline added, and had passed all checks", "..., a spokeswoman said, and it
    // has activated it five times": "and" with a subject pronoun or an auxiliary goes on
    // with the statement ("..., he said, and walked away" is the writer's).
    let clause_after_and = || {
        let next = units.word(a + 1);
        SUBJECT_PRONOUNS.contains(&next)
            || next == "you"
            || AUXILIARIES.contains(&next) && next != "'s"
    };
    let start = match w {
        "but" => a + 1,
        "and" if quotes || after_comma && !after_quotation_frame && clause_after_and() => a + 1,
        _ if after_comma && !after_quotation_frame && !writers_opener && own_clause() => a,
        _ if after_comma && !after_quotation_frame && predicate_of(units, frames, s, a) => a,
        _ => return None,
    };
    Some((f.subject.clone()?, start))
}

/// "He missed a tackle, conceded a penalty at the breakdown, was turned over": an inverted
/// cue whose subject is a thing, not a speaker (no name, role or group), is no frame whose
/// statement goes on.
fn thing_after_cue(f: &Frame) -> bool {
    f.start == f.cue_start
        && LEXICON
            .cues
            .get(&f.lemma)
            .is_some_and(|c| c.kind != CueKind::Source)
        && f.subject.as_ref().is_some_and(|m| {
            m.kind == MentionKind::Description
                && m.role_category.is_none()
                && m.speaker_type == SpeakerType::Person
                && !m.plural
        })
}

/// Whether the segment `a..b` after a comma-set frame is a clause of its own, a statement
/// that goes on: not an apposition, a bare adjunct or a participle's phrase that says how
/// it was said (see [`second_half`]).
fn is_own_clause(units: &Units, a: usize, b: usize) -> bool {
    let words = words_in(units, a, b);
    let predicate = words.len() == 2 && AUXILIARIES.contains(&words[0]) && words[0] != "'s";
    let participle_phrase = words.len() >= 2
        && is_ing(words[0])
        && ADJUNCT_PREPOSITIONS.contains(&words[1])
        && !words
            .iter()
            .take_while(|w| !SUBORDINATORS.contains(*w) && !["as", "so", "to"].contains(*w))
            .any(|w| AUXILIARIES.contains(w));
    // ("..., state officials announced Monday, making it one of the first states to act":
    // a participle's phrase with no finite verb says what the news does; "digging up roads
    // can take weeks" is a statement with a subject that opens with "-ing".)
    let verbless_participle_phrase = is_ing(words.first().copied().unwrap_or_default())
        && !words
            .iter()
            .any(|w| AUXILIARIES.contains(w) || past_form(w));
    (words.len() >= 3 || predicate)
        && !clause_free(&words)
        && !bare_adjunct(units, a, b)
        && !participle_phrase
        && !verbless_participle_phrase
}

/// "The years that followed, he said, brought a fundamental shift", "Any attempt to debunk
/// it, he said, becomes hopeless": after the frame of segment `s`, units from `a` open with
/// a finite verb, and the statement before the frame is a bare noun phrase, its subject.
fn predicate_of(units: &Units, frames: &[Frame], s: usize, a: usize) -> bool {
    let f = &frames[s - 1];
    let from = s.checked_sub(2).map_or(0, |k| frames[k].end);
    let subject = words_in(units, from, f.start);
    // (clause_free also rules out a subject pronoun: "It works, he said, brought ...".)
    finite_verb_at(units, a) && subject.len() >= 2 && clause_free(&subject)
}

/// Whether unit `k` is a finite verb: an auxiliary, an irregular past (data/past_forms.txt),
/// "-ed", or "-s" after a singular subject ("becomes", "exists").
pub(super) fn finite_verb_at(units: &Units, k: usize) -> bool {
    let Some(w) = units.words.get(k).map(|w| &**w) else {
        return false;
    };
    AUXILIARIES.contains(&w) && w != "'s" || past_form(w) || s_ending(w) && !w.ends_with("'s")
}

/// "Fundraising, according to the campaign, has surged", "Trump, she said, is a danger":
/// the one word before the first frame `f` is the first half of an interrupted statement
/// when it is the subject of the verb that opens the second (a lead word, "Instead, he
/// said, ...", is none).
fn one_word_subject(
    text: &str,
    units: &Units,
    f: &Frame,
    seg_content: &[Option<(usize, usize)>],
) -> Option<(usize, usize)> {
    let (a, b) = trim_span(text, units, 0, f.start)?;
    let (after, _) = seg_content.get(1).copied().flatten()?;
    let w = units.word(a);
    (b == a + 1
        && units.units[a].is_word()
        && !LEXICON.lead_words.contains(w)
        && !is_ly_adverb(w)
        && !is_time_or_place_word(w)
        && !DETERMINERS.contains(&w)
        && !SUBJECT_PRONOUNS.contains(&w)
        && finite_verb_at(units, after))
    .then_some((a, b))
}

/// Words that open the writer's clause after a frame, not the rest of the statement
/// ("..., he said, before leaving", "..., she said, as the crowd cheered").
pub(super) const SECOND_HALF_OPENERS: &[&str] = &[
    "before", "after", "as", "when", "while", "because", "since", "until", "though", "although",
    "which", "who", "whose", "where", "adding", "noting", "saying", "citing",
];

/// '"A," Trump said during a rally in Ohio, "B."': the unclaimed segment `s` (units
/// `a..b`) after a frame that reported the quotation before it holds a few words that set
/// the scene, a comma and a last quotation (unit `b - 1`), which continues A. The frame's
/// subject is returned.
pub(super) fn quote_after_scene(
    text: &str,
    units: &Units,
    frames: &[Frame],
    s: usize,
    a: usize,
    b: usize,
) -> Option<SpeakerMention> {
    let f = frames.get(s.checked_sub(1)?)?;
    let scene = a..b.checked_sub(1)?;
    if f.direction != Direction::Preceding
        || f.shared
        || f.start == 0
        || !units.units[f.start - 1].is_quote()
        || b < a + 3
        || !units.units[b - 1].is_quote()
        || !is_p(text, units, b - 2, &[","])
        || scene.clone().any(|k| units.units[k].is_quote())
        || scene.filter(|&k| units.units[k].is_word()).count() > 12
    {
        return None;
    }
    f.subject.clone()
}

/// Every quotation of a sentence made only of quotations: continuations of the last speaker,
/// unless the quotation opens with a transcript's speaker label (`"PENCE: Well, ...`, each
/// paragraph of a quoted transcript), which names its own speaker.
pub fn quotations_alone(text: &str, units: &Units) -> Vec<Statement> {
    if !units.units.iter().any(|u| u.is_quote()) || units.units.iter().any(|u| u.is_word()) {
        return Vec::new();
    }
    units
        .units
        .iter()
        .filter_map(|u| match u {
            Unit::Quote(q) if q.content_end > q.content_start => Some(
                labelled_quotation(text, q.content_start, q.content_end).unwrap_or(Statement {
                    start: q.content_start,
                    end: q.content_end,
                    quote_type: QuoteType::Direct,
                    cue: None,
                    speaker: SpeakerSource::Previous,
                }),
            ),
            _ => None,
        })
        .collect()
}

/// A quotation whose words open with a speaker label: the words after the label, said by it.
fn labelled_quotation(text: &str, start: usize, end: usize) -> Option<Statement> {
    // A label is a name of a few words; only then are the words tokenized.
    let head = &text.as_bytes()[start..end.min(start + 40)];
    let colon = start + memchr::memchr(b':', head)?;
    let inner = Units::build(text, start, end, &[]);
    let f = frames::speaker_label_frame(text, &inner)?;
    let content = inner.units.get(f.end)?.start();
    Some(Statement {
        start: content,
        end,
        quote_type: QuoteType::Direct,
        cue: Some(CueRef {
            start: colon,
            end: colon + 1,
            lemma: ":".to_string(),
        }),
        speaker: SpeakerSource::Mention(f.subject?),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn middle_frame_gives_continuation() {
        let r = run(r#""We will win," he said, "and soon.""#);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].0, "and soon.");
        assert_eq!(r[1].2, "");
        assert_eq!(r[1].3, "=he");
    }

    /// A participle's phrase before the frame sets the scene: the quotation after it is
    /// the whole statement, though it opens in lower case.
    #[test]
    fn a_participle_scene_is_no_first_part() {
        for s in [
            r#"Writing for the court, Judge Ana Ruiz declared in the opinion, "not every act is a crime.""#,
            r#"Speaking at the forum, Ruiz said, "not every act is a crime.""#,
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{r:?}");
            assert_eq!(r[0].0, "not every act is a crime.");
        }
        // A participle's own clause may still open the statement.
        let r = run(r#"Looking at the data, she said, "it shows a rise.""#);
        assert_eq!(r.len(), 1, "{r:?}");
    }

    /// A participle's phrase with no finite verb after a frame set off by commas says what
    /// the news does, no second half; an "-ing" subject with its verb is one.
    #[test]
    fn a_verbless_participle_phrase_after_the_frame_is_the_writer_s() {
        let r = run(
            "The state will require recipients to work from July 1, the officials announced Monday, making it one of the first states to act.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        let r = run("By contrast, he said, digging up roads and laying cables can take weeks.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "digging up roads and laying cables can take weeks");
    }

    /// A time or an adverb before a frame that splits the sentence is no first part.
    #[test]
    fn a_time_before_a_splitting_frame_is_no_statement() {
        for s in [
            "Last year, he said, the company lost money.",
            "Six months ago, the senator said, the media ignored him.",
            "Locally, too, say analysts, recent political developments have helped the market.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s} {r:?}");
            assert!(!r[0].2.is_empty(), "{r:?}");
        }
    }

    #[test]
    fn middle_frame_before_and_reports_the_part_before() {
        let r = run(
            "The trade pact reflects the shared will of the region, it noted, and building the zone would help stabilize supply chains.",
        );
        assert_eq!(
            r[0].0,
            "The trade pact reflects the shared will of the region"
        );
    }

    #[test]
    fn a_middle_frame_splits_the_statement_in_two() {
        // GUIDELINES.md: 'A, he said, B' gives A (the cue and the mention) and B (a
        // continuation), a subordinate clause included.
        let r = run(
            "But when Congress cut the funding two years later, Mexico said, the deal was quietly abandoned.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str(), r[0].3.as_str()),
            (
                "But when Congress cut the funding two years later",
                "said",
                "Mexico"
            )
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str(), r[1].3.as_str()),
            ("the deal was quietly abandoned", "", "=Mexico")
        );
        // A linking phrase is no first part, and a relative clause after the frame is
        // the writer's.
        let r = run("For example, the manager said, firms must invest in training.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("firms must invest in training", "said")
        );
        let r = run("Faster lines meant more sales, he said, which let shoppers browse longer.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "Faster lines meant more sales");
        // A verb that opens B takes A as its subject, however short B is; a time does not.
        let r = run("The final bill, many argue, was fair.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!((r[0].3.as_str(), r[1].0.as_str()), ("many", "was fair"));
        assert_eq!(run("The plan, he said, last week.").len(), 1);
    }

    #[test]
    fn continued_beside_a_quotation() {
        let r = run("\"Is he really so ignorant of voters?\" Scarborough continued.");
        assert_eq!(r[0].2, "continued");
        assert_eq!(r[0].3, "Scarborough");
        assert!(run("Prices continued to fall in the third quarter of the year.").is_empty());
    }

    /// 'A, he said, "b ..."': a quotation going on in lower case makes A the frame's row and
    /// itself a continuation; a scene of how it was said, or one that opens a sentence of
    /// its own, stays the frame's scene.
    #[test]
    fn an_opening_before_a_frame_and_a_quotation() {
        let r =
            run("The quay was empty, he added, \u{201c}but people need to meet somehow.\u{201d}");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("The quay was empty", "added")
        );
        assert_eq!((r[1].2.as_str(), r[1].3.as_str()), ("", "=he"));
        for s in [
            "In an interview with the Harbour Times, Ruiz said, \u{201c}we will stay.\u{201d}",
            "In a statement, Ruiz said, \u{201c}We will stay.\u{201d}",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].2, "said");
        }
    }

    /// "A, X said, and B" goes on with the statement when B has a subject pronoun or an
    /// auxiliary; "and walked away" is the writer's.
    #[test]
    fn and_with_a_clause_after_a_comma_set_frame() {
        let r = run("The quay had no owner, the council added, and had never been sold.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("had never been sold", "")
        );
        let r = run("The quay had no owner, the council added, and walked away.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    /// "A, he said, B" with A a bare noun phrase and B its predicate.
    #[test]
    fn a_predicate_after_the_frame_goes_on_with_its_subject() {
        let r = run("The years after the treaty, he said, brought a fundamental shift.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].0, "The years after the treaty");
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("brought a fundamental shift", "")
        );
        let r = run("Any attempt to debunk the rumour, she said, becomes hopeless.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].0, "becomes hopeless");
        // A clause before the frame has its own verb: what follows is the writer's.
        let r = run("It works well, he said, walking off the stage.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    /// "A, according to X, B" is split like "A, he said, B"; one word is A only as the subject
    /// of the verb that opens B.
    #[test]
    fn a_source_frame_interrupts_a_statement() {
        let r = run("Fundraising, according to the campaign, has surged since May.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("Fundraising", "according to")
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("has surged since May", "")
        );
        let r =
            run("His criticism, according to an interview at the time, was the choice of words.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].0, "His criticism");
        let r = run("Trump, she said, is a danger to the party.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].0, "Trump");
        // A lead word, or a word before a clause of its own, is no first half.
        let r = run("Instead, according to the campaign, fundraising has surged.");
        assert_eq!(r.len(), 1, "{r:?}");
        let r = run("Trump, she said, the party should drop.");
        assert_eq!(r.len(), 1, "{r:?}");
    }
}
