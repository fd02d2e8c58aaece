//! Finding the frames of one sentence, left to right.
//!
//! A frame starts at a cue word from `data/cues.csv`. Most cue words are filtered here
//! before any frame is built: a capitalized cue inside a sentence is part of a name, a cue
//! before a figure reports data, a modal or a negation makes it no report, and a cue form
//! that is also a noun stands where a verb cannot. What is left becomes a frame through
//! [`verb_frame`](super::verb_frame), `according to` through `source_frame`, and a
//! transcript's speaker label through `speaker_label_frame`. Weak frames that report
//! nothing are dropped at the end.

use super::extent::{DAY_PARTS, extend_frame, skip_time};
use super::scene::ADJUNCT_PREPOSITIONS;
use super::subject::{self, PP_AFTER_HEAD};
use super::verb_frame::verb_frame;
use super::words::{
    ARTICLES_AND_OWNERS, AUXILIARIES, DETERMINERS, FINITE_BE_HAVE, MID_ADVERBS, MODALS,
    PERSON_OBJECTS, PERSON_SUBJECTS, SUBJECT_PRONOUNS, SUBORDINATORS, WH_WORDS, auxiliary_at,
    boundary_punct, clause_end_from, contracted_is_at, infinitive_at, is_ing, is_p,
    is_perfect_auxiliary, is_time_or_place_word, past_form, quotation_closes_with, s_ending,
    word_before_adverbs,
};
use super::{CueRef, Direction, Frame};
use crate::attribution::names;
use crate::attribution::speakers::{self, SpeakerMention};
use crate::lexicon::grammar::{
    is_day_word, is_ly_adverb, is_month_or_day, is_number_word, opens_a_question,
};
use crate::lexicon::{Cue, CueKind, LEXICON};
use crate::text::tokens::is_capitalized;
use crate::text::units::{Unit, Units};

/// Words that deny the cue after them: "did not respond", "never said", "hardly clarified".
pub(super) const NEGATIONS: &[&str] = &[
    "not", "never", "hardly", "barely", "scarcely", "neither", "nor",
];

/// Words that mark an -ing cue as a verb ("Li said, adding", "and stressing").
pub(super) const PARTICIPLE_LEAD: &[&str] = &[
    ",", "and", "while", "before", "after", "when", "also", "by", "in", "as", "\u{2014}",
    "\u{2013}", ";", "-",
];

/// Whether the participle at unit `i` follows a word of [`PARTICIPLE_LEAD`]: a spaced
/// hyphen only when it opens no aside that another closes ("..., he called for observers -
/// saying ..." reports; "Chelsea's win - confirming their place - proves ..." does not).
/// "beyond", "apart from" and "aside from" lead one too ("refused to discuss appointees,
/// aside from saying he wants a diverse delegation"; "banned from saying" does not).
fn after_participle_lead(units: &Units, i: usize) -> bool {
    let prev = if i > 0 { units.word(i - 1) } else { "" };
    (PARTICIPLE_LEAD.contains(&prev) || participle_phrase_lead(units, i) > 0)
        && (prev != "-" || !(i..units.len()).any(|k| units.word(k) == "-"))
}

/// How many words before the participle at unit `i` lead it as a phrase that belongs to its
/// frame: "beyond" (one), "apart from", "aside from" (two); none otherwise.
fn participle_phrase_lead(units: &Units, i: usize) -> usize {
    let word = |k: usize| if k < i { units.word(i - 1 - k) } else { "" };
    if word(0) == "beyond" {
        1
    } else if word(0) == "from" && ["apart", "aside"].contains(&word(1)) {
        2
    } else {
        0
    }
}

/// A frame that ends its sentence with a colon and so reports what follows ("He said:" at a
/// paragraph end, the quotation in the next paragraph): its cue and speaker.
pub fn dangling_colon_frame(text: &str, units: &Units) -> Option<(CueRef, SpeakerMention)> {
    let last = units.units.last()?;
    if !matches!(last, Unit::Tok(t) if t.text(text) == ":") {
        return None;
    }
    let frames = find_frames(text, units);
    let f = frames.last()?;
    if f.shared || f.end < units.len() {
        return None;
    }
    Some((f.cue(units), f.subject.clone()?))
}

/// The frames of one sentence, in text order: a speaker label first, then each cue word that
/// passes the [`NO_REPORT`] rules and makes a frame, left to right, each frame starting the
/// search after its end.
pub(super) fn find_frames(text: &str, units: &Units) -> Vec<Frame> {
    let mut idle = Vec::new();
    loop {
        let mut frames = frames_but(text, units, &idle);
        let dropped = drop_idle_weak_frames(text, units, &mut frames);
        // A weak frame that reports nothing must not bound the frames after it either: in
        // "Mr. Guerrero, a Republican who described himself as a Catholic, said he recoiled"
        // the subject of "said" is found once "described" is set aside. Each round sets
        // aside more cues, so the loop ends.
        if dropped.is_empty() {
            return frames;
        }
        idle.extend(dropped);
    }
}

/// [`find_frames`] with the cues that start at the units of `idle` set aside.
fn frames_but(text: &str, units: &Units, idle: &[usize]) -> Vec<Frame> {
    let n = units.len();
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    if let Some(f) = speaker_label_frame(text, units) {
        i = f.end;
        floor = f.end;
        frames.push(f);
    }
    while i < n {
        if !units.units[i].is_word() {
            i += 1;
            continue;
        }
        let Some((cue, cue_end)) = cue_at(units, i).filter(|_| !idle.contains(&i)) else {
            i += 1;
            continue;
        };
        let site = CueAt {
            text,
            units,
            i,
            cue_end,
            cue,
        };
        if NO_REPORT.iter().any(|rule| rule(&site)) || means_inside_a_report(&site, &frames) {
            i += 1;
            continue;
        }
        let words_follow = criticism_before_its_words(&site);
        match site.frame(floor, &frames).filter(|f| {
            !data_findings(f)
                && !in_accordance_with(units, f)
                && !relative_before_its_verb(units, f)
                && !after_if(units, f)
        }) {
            Some(mut f) => {
                // "called him divisive", "calls the deal a mistake": naming someone or
                // something reports what was said of it.
                // A question asked ("questioned whether ...") reports it too, and so does a
                // judgement whose object says what was said ("called him divisive",
                // "described the plan as a mistake", "criticized Rubio for opposing it").
                let question = asks_a_question(units, &f);
                let names =
                    cue.lemma == "call" && names_as(text, units, f.end, units.word(i) != "call");
                let describes = judges_its_object(text, units, &f, &frames)
                    || questions_a_thing(text, units, &f);
                f.weak = cue.kind == CueKind::Weak && !(question || names || describes)
                    || words_follow && !describes;
                // "Earhardt asked Rubio which states he could win. "...," he said": the one
                // asked answers, and the asker is no one the "he" stands for.
                if cue.lemma == "ask"
                    && let Some(subject) = &mut f.subject
                    && subject.kind == speakers::MentionKind::Name
                    && crate::attribution::names::asks_someone_named(text, units, f.cue_start)
                {
                    subject.salient = false;
                }
                floor = f.end;
                i = f.end.max(i + 1);
                frames.push(f);
            }
            None => i += 1,
        }
    }
    merge_opening_report(text, units, &mut frames);
    frames
}

/// The cue that starts at unit `i` and the unit after it: the longest in data/cues.csv, or
/// "call" with a time before its "for" ([`timed_call_for`]; asked only of "call"'s forms,
/// all cues themselves).
fn cue_at(units: &Units, i: usize) -> Option<(&'static Cue, usize)> {
    let (cue, len) = LEXICON.cues.longest_at(&units.words, i)?;
    let timed = cue
        .lemma
        .starts_with("call")
        .then(|| timed_call_for(units, i));
    Some(timed.flatten().unwrap_or((cue, i + len)))
}

/// "Reid told reporters that Trump "may have violated the law" by calling on Russia to hack
/// ...": a cue's participle after "by" inside what an earlier frame of the sentence reports
/// is the means of the reported act, part of its content (PolNeAR's gold has one row); in a
/// sentence of the writer's own ("Bolton distanced himself ... by saying he would ...") it
/// reports.
fn means_inside_a_report(c: &CueAt, frames: &[Frame]) -> bool {
    let (text, units, i) = (c.text, c.units, c.i);
    if i == 0 || units.word(i - 1) != "by" || !is_ing(units.word(i)) {
        return false;
    }
    let Some(f) = frames.last() else {
        return false;
    };
    // The earlier frame reports a clause ("said the strategy was ...", "told reporters that
    // Trump "may have violated the law""), not an object ("explained the headline by
    // saying", "welcomed the call by saying": there the participle gives the words).
    let reports_clauses = LEXICON
        .cues
        .get(&f.lemma)
        .is_some_and(|cue| cue.kind == CueKind::Clause);
    // (A quotation in it is a clause's words: "that Trump "may have violated the law"".)
    let verb = |k: usize| {
        let w = units.word(k);
        units.units[k].is_quote()
            || units.units[k].is_word()
                && (AUXILIARIES.contains(&w)
                    || LEXICON.past_forms.contains(w)
                    || w.len() > 3 && w.ends_with("ed") && !units.is_capitalized_word(text, k))
    };
    f.direction == Direction::Following
        && !f.weak
        && reports_clauses
        && f.end + 1 < i
        && (f.end + 1..i).any(verb)
        && !(f.end..i).any(|k| is_p(text, units, k, &[";", ":"]))
}

/// "Lord Greaves called last week for international observers", "called on Thursday for
/// calm": a time between "call" and its "for" belongs to the cue "call for" (data/cues.csv),
/// which runs to the "for". The cue and the unit after it.
fn timed_call_for(units: &Units, i: usize) -> Option<(&'static Cue, usize)> {
    if !["call", "calls", "called", "calling"].contains(&units.word(i)) {
        return None;
    }
    let time_end = skip_time(units, i + 1);
    if time_end == i + 1 || units.word_or_empty(time_end) != "for" {
        return None;
    }
    let cue = LEXICON.cues.get(&format!("{} for", units.word(i)))?;
    Some((cue, time_end + 1))
}

/// "If she says she will run, ...", "... knew by now that if he said things which were
/// "off the mark"", "and if they said no": a condition's clause that opens the sentence or
/// follows a conjunction or a comma supposes words, it does not report them. (After a noun
/// it may be a report as the PolNeAR gold reads it: "ratings if Holt asks him about his tax
/// returns".)
fn after_if(units: &Units, f: &Frame) -> bool {
    let k = f.start;
    f.direction == Direction::Following
        && k > 0
        && f.subject.is_some()
        && ["if", "unless"].contains(&units.word(k - 1))
        && (k == 1
            || !units.units[k - 2].is_word()
            || ["that", "and", "but", "or", "so", "because"].contains(&units.word(k - 2)))
}

/// "Lawmakers who wrote the bill said it would pass", "Democrats who announced their
/// support said": a cue in a relative clause on the subject, whose short object runs into
/// the sentence's own cue, describes the speakers; the later cue reports.
fn relative_before_its_verb(units: &Units, f: &Frame) -> bool {
    if f.direction != Direction::Following
        || f.start == 0
        || f.start + 1 != f.cue_start
        || !["who", "that"].contains(&units.word(f.start))
        // ("Dianne Feinstein, who said none of the emails ...": a relative set off by a
        // comma reports.)
        || !units.units[f.start - 1].is_word()
    {
        return false;
    }
    let n = units.len();
    let mut k = f.cue_end;
    while k < n && k < f.cue_end + 8 && units.units[k].is_word() {
        let w = units.word(k);
        // (The object's first word is none: "who wrote it", "who told reporters".)
        if k > f.cue_end
            && !is_ing(w)
            && LEXICON
                .cues
                .longest_at(&units.words, k)
                .is_some_and(|(cue, _)| cue.kind == CueKind::Clause)
        {
            return true;
        }
        // ("who wrote it said": "it" after the cue is its object.)
        if AUXILIARIES.contains(&w) || w == "that" || SUBJECT_PRONOUNS.contains(&w) && w != "it" {
            return false;
        }
        k += 1;
    }
    false
}

/// "A survey by Hostway suggests that ...", "Forecasts predict ...": a data verb whose
/// subject publishes data (data/data_sources.txt) reports findings, not words.
fn data_findings(f: &Frame) -> bool {
    ["suggest", "indicate", "predict", "reveal"].contains(&f.lemma.as_str())
        && f.subject.as_ref().is_some_and(|m| {
            // (A name ending in one, "the Institute of Fiscal Studies", "Pew Research", is a
            // body's; "Figures for the election" opening the sentence is no name.)
            let head_in_text =
                m.text.split_whitespace().enumerate().any(|(k, w)| {
                    w.eq_ignore_ascii_case(&m.head) && (k == 0 || !is_capitalized(w))
                });
            // ("Data collected by eBay suggests", "New figures compiled by the Tories
            // suggest": the noun a participle modifies heads the subject.)
            let opening_noun = m
                .text
                .split_whitespace()
                .take(3)
                .take_while(|w| !is_capitalized(w) || m.text.starts_with(*w))
                .any(|w| LEXICON.data_sources.contains(w.to_lowercase().as_str()));
            LEXICON.data_sources.contains(m.head.as_str()) && head_in_text || opening_noun
        })
}

/// "launched according to schedule", "dealt with according to Russia's competition law",
/// "rewarded according to how much business they brought": "according to" a norm
/// (data/norm_nouns.txt) or a wh-clause means "in accordance with", and names no source.
fn in_accordance_with(units: &Units, f: &Frame) -> bool {
    // ("According to state law, no one may solicit a vote" opens the sentence with what the
    // law says: a document's report. Only "according to" after what it bounds is manner.)
    if f.lemma != "according to" || f.direction != Direction::Preceding || f.subject.is_none() {
        return false;
    }
    // The source's words, lowercased as the units hold them.
    let words: Vec<&str> = (f.cue_end..f.end)
        .filter(|&k| units.units[k].is_word())
        .map(|k| units.word(k))
        .collect();
    let norm = |k: usize| LEXICON.norm_nouns.contains(words[k]);
    let last = words.len().saturating_sub(1);
    // ("according to people familiar with the network's plans": the norm is what the
    // people know, and they are the source.)
    let people_before = |k: usize| words[..k].iter().any(|w| subject::group_or_role(w));
    !words.is_empty()
        && (["how", "what", "whether", "which"].contains(&words[0])
            || norm(last) && !people_before(last)
            || (0..last).any(|k| norm(k) && words[k + 1] == "of" && !people_before(k)))
}

/// Where "with" stands before the participle at unit `i` ("..., with leader Charles Kennedy
/// saying"), a noun phrase between them, within the clause after `floor`. ("with 95% of
/// precincts reporting" counts votes: the caller leaves "report" out.)
pub(super) fn with_before(text: &str, units: &Units, i: usize, floor: usize) -> Option<usize> {
    let open = |x: usize| boundary_punct(text, units, x) || units.units[x].is_quote();
    (i.saturating_sub(10).max(floor)..i)
        .rev()
        .take_while(|&x| !open(x))
        .find(|&x| units.word(x) == "with")
        .filter(|&w| w + 1 < i && subject::plausible_head(text, units, i - 1))
}

/// Where "quoted" (or "quotes", "quoting") stands in "quoted Y as" before the participle
/// at unit `i`, within its clause after `floor`.
pub(super) fn quoting_verb_before(
    text: &str,
    units: &Units,
    i: usize,
    floor: usize,
) -> Option<usize> {
    if i < floor + 3 || units.word(i - 1) != "as" {
        return None;
    }
    let open = |x: usize| boundary_punct(text, units, x) || units.units[x].is_quote();
    (i.saturating_sub(12).max(floor)..i - 1)
        .rev()
        .take_while(|&x| !open(x))
        .find(|&x| ["quoted", "quotes", "quoting"].contains(&units.word(x)))
}

/// '"...," the paper quoted a senior engineer as saying': the clause that quotes someone
/// "as saying" at unit `i` belongs to the frame, so the quotation before it is the content.
/// Returns where that clause starts (after `floor`).
fn quoting_clause_start(text: &str, units: &Units, i: usize, floor: usize) -> Option<usize> {
    let open = |x: usize| boundary_punct(text, units, x) || units.units[x].is_quote();
    let q = quoting_verb_before(text, units, i, floor)
        // ("Clarke has been quoted as telling": no one between, the subject is the speaker.)
        .filter(|&q| q + 2 < i)?;
    Some(
        (floor..q)
            .rev()
            .take_while(|&x| !open(x))
            .last()
            .unwrap_or(q),
    )
}

/// A cue word from the lexicon at unit `i` of a sentence (its words end at `cue_end`).
struct CueAt<'a, 'u> {
    text: &'a str,
    units: &'a Units<'u>,
    i: usize,
    cue_end: usize,
    cue: &'a Cue,
}

/// The rules under which a cue word reports nothing, tried in this order.
const NO_REPORT: &[fn(&CueAt) -> bool] = &[
    part_of_a_name,
    labels_what_follows,
    reports_figures,
    after_a_modal_or_negation,
    says_nothing,
    continue_without_quotation,
    noun_before_of,
    noun_after_determiner,
    plural_noun_after_a_modifier,
    having_said_that,
    writes_a_work,
    noun_where_no_verb_stands,
    noun_heading_a_determined_phrase,
    participle_setting_the_scene,
    weak_participle_in_a_subordinate,
    reports_no_clause,
    thanks_the_listener,
    claims_a_prize,
    a_particle_makes_another_verb,
    admitted_to_a_body,
    adds_to_a_thing,
    added_a_thing,
    adds_up_to_a_sum,
    counter_reports_nothing,
    tells_a_story,
    let_someone_say,
    passive_after_being,
    raised_by_a_passive,
    written_with_no_perfect,
    all_told,
    named_by_someone_else,
    participle_by_after_a_thing,
    participle_before_the_verb,
    participle_in_an_apposition,
    asks_for_anonymity,
    inside_a_question,
    in_a_contact_clause,
];

/// Words before a subject pronoun that are no noun a contact clause could be on: conjunctions,
/// adverbs, verbs of saying and thinking ("said he wrote", "so he wrote", "weeks ago I
/// wrote about"); subordinators and wh-words are asked of their own lists.
const NO_CONTACT_NOUNS: &[&str] = &[
    "that",
    "and",
    "but",
    "or",
    "so",
    "then",
    "now",
    "also",
    "than",
    "as",
    "which",
    "whom",
    "said",
    "says",
    "think",
    "thinks",
    "believe",
    "believes",
    "know",
    "knows",
    "hope",
    "hopes",
    "feel",
    "feels",
    "here",
    "there",
    "today",
    "yesterday",
    "again",
    "too",
    "even",
    "still",
    "just",
    "ago",
];

/// Prepositions after a cue in a contact clause. (Not "to": "after Sunday's announcement
/// they vowed to fight on" reports a promise.)
const CONTACT_PREPOSITIONS: &[&str] = &[
    "for", "with", "after", "as", "about", "at", "during", "before", "from",
];

/// "draft legislation he wrote after being dissatisfied ...", "One of the first songs he
/// wrote for other artists was ...", "the results they have already noted as interesting": a
/// cue whose subject pronoun follows a noun with no "that" between is a relative clause on
/// that noun, whose object the noun is; no report, when a preposition follows the cue and no
/// clause ("that", a colon, a quotation) comes after it in the sentence.
fn in_a_contact_clause(c: &CueAt) -> bool {
    let (text, units, i) = (c.text, c.units, c.i);
    // (Most cues have a clause or an object after them: asked first.)
    if !CONTACT_PREPOSITIONS.contains(&units.word_or_empty(c.cue_end)) {
        return false;
    }
    // The subject pronoun, past auxiliaries and adverbs.
    let mut p = i;
    while p > 0
        && units.units[p - 1].is_word()
        && (AUXILIARIES.contains(&units.word(p - 1)) || MID_ADVERBS.contains(&units.word(p - 1)))
    {
        p -= 1;
    }
    if p < 2 || !units.units[p - 1].is_word() || !PERSON_SUBJECTS.contains(&units.word(p - 1)) {
        return false;
    }
    let noun = p - 2;
    let w = units.word(noun);
    let noun_like = units.units[noun].is_word()
        && !units.is_capitalized_word(text, noun)
        && w.len() > 2
        && !w.ends_with("ed")
        && !w.ends_with("ly")
        && !AUXILIARIES.contains(&w)
        && !SUBORDINATORS.contains(&w)
        && !WH_WORDS.contains(&w)
        && !LEXICON.past_forms.contains(w)
        && LEXICON.cues.get(w).is_none()
        && !NO_CONTACT_NOUNS.contains(&w);
    noun_like
        && !(c.cue_end..units.len()).any(|k| {
            units.units[k].is_quote() || units.words[k] == "that" || is_p(text, units, k, &[":"])
        })
}

/// "asking Sanders why he has criticized the former president", "asked whether he would
/// say sorry": the first verb of the question that "ask" reports is part of the question
/// (PolNeAR's gold has the one row, "why he has criticized ...", for "asking"). The question
/// opens with "if", "whether" or a wh-word after "ask" and at most four words for the one
/// asked; its subject (a pronoun or a word or two) and auxiliaries stand before the cue.
/// ("Asked if he would welcome BNP voters he told the BBC: ..." reports with "told".)
fn inside_a_question(c: &CueAt) -> bool {
    let (text, units, i) = (c.text, c.units, c.i);
    // (Most cues have no "ask" within reach: asked first, by the word's first letters.)
    if !(i.saturating_sub(11)..i).any(|k| units.word(k).starts_with("ask")) {
        return false;
    }
    let from = i.saturating_sub(6);
    let Some(wh) = (from..i)
        .rev()
        .find(|&k| !units.units[k].is_word() || opens_a_question(units.word(k)))
    else {
        return false;
    };
    if !units.units[wh].is_word() || wh + 1 >= i {
        return false;
    }
    // The question's subject, then only auxiliaries and adverbs up to the cue.
    let subject_end = if SUBJECT_PRONOUNS.contains(&units.word(wh + 1)) {
        wh + 2
    } else {
        (wh + 2..(wh + 4).min(i + 1))
            .find(|&k| k == i || AUXILIARIES.contains(&units.word(k)))
            .unwrap_or(i + 1)
    };
    let verb_group = |k: usize| {
        let w = units.word(k);
        AUXILIARIES.contains(&w) || MID_ADVERBS.contains(&w) || w == "not"
    };
    if subject_end > i || !(subject_end..i).all(verb_group) {
        return false;
    }
    (wh.saturating_sub(5)..wh).any(|k| {
        units.units[k].is_word()
            && LEXICON
                .cues
                .get(units.word(k))
                .is_some_and(|cue| cue.lemma == "ask")
            && (k + 1..wh).all(|j| units.units[j].is_word() && !is_p(text, units, j, &[","]))
    })
}

/// "A poem written by Hendrix", "viruses written to make headlines", "written and directed
/// by Shane Carruth": "written" with no perfect auxiliary before it is a passive participle
/// on a work, no report; "has written to the minister" reports, and so does a document
/// written by someone ("An article written by National Review's Ian Tuttle").
fn written_with_no_perfect(c: &CueAt) -> bool {
    let (units, i) = (c.units, c.i);
    if units.word(i) != "written" {
        return false;
    }
    let perfect = word_before_adverbs(units, 0, i).is_some_and(is_perfect_auxiliary);
    // (Not a work's writing: "copies of a book written by the chairman".)
    let document_by = i > 0
        && LEXICON.document_nouns.get(units.word(i - 1)).is_some()
        && !LEXICON.written_works.contains(units.word(i - 1))
        && units.words.get(c.cue_end).is_some_and(|w| w == "by");
    !perfect && !document_by
}

/// "who asked not to be named", "asking not to be identified", "who asked to be identified
/// only as Thura": a source's request for anonymity, no report of what was said.
fn asks_for_anonymity(c: &CueAt) -> bool {
    c.cue.lemma == "ask" && anonymity_after(c.units, c.cue_end)
}

/// Whether the words at `k` ask for anonymity: "(not) to be named", "to be identified",
/// "not to be quoted", "for anonymity".
fn anonymity_after(units: &Units, k: usize) -> bool {
    let w = |k: usize| units.word_or_empty(k);
    let k = if w(k) == "not" { k + 1 } else { k };
    w(k) == "to" && w(k + 1) == "be" && ["named", "identified", "quoted"].contains(&w(k + 2))
        || w(k) == "for" && w(k + 1) == "anonymity"
}

/// "items labeled "Made in the U.S.A."", "emails recently labeled "top secret" by the State
/// Department": a verb of naming with the name right after it and no object before the
/// name is a passive participle; the one who labels it speaks ("Lee branded it "tasteless"",
/// "labelled the plan "a disaster"" have their object first).
///
/// "called" so is a passive only after a thing's noun ("a process called "exfiltration"",
/// "links called "trackers"", "writing a book called "Women Who Work""): after a name, a
/// pronoun, an auxiliary, an adverb, a relative or a speaker's noun ("who he called
/// "suicide bombers"", "Mitt Romney, called "our No.1 foe"", "a move critics called
/// "reckless"") someone calls it so.
fn named_by_someone_else(c: &CueAt) -> bool {
    const NAMING: &[&str] = &["brand", "label"];
    let units = c.units;
    let name_next = c.cue_end < units.len() && units.units[c.cue_end].is_quote();
    name_next && (NAMING.contains(&c.cue.lemma.as_str()) || called_after_a_thing(c))
}

/// Whether the cue is "called" right after a thing's lowercase noun (see
/// [`named_by_someone_else`]).
fn called_after_a_thing(c: &CueAt) -> bool {
    c.units.word(c.i) == "called" && after_a_things_noun(c)
}

/// "The total cost of fraud reported by consumers was $546m", "The figure announced by
/// President Viktor Yushchenko is less than ...", "The highest rate noted by the team was in
/// Alaska": a participle with "by" after a thing's noun says which thing the sentence is
/// about, not what was said. ("The city estimated by 9 pm, there would be ...": a time
/// after "by" is the report's.)
fn participle_by_after_a_thing(c: &CueAt) -> bool {
    let (units, e) = (c.units, c.cue_end);
    let word = |k: usize| units.word_or_empty(k);
    let time = |w: &str| {
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || is_month_or_day(w)
            || is_day_word(w)
            || ["then", "now", "tomorrow", "next", "late", "early", "mid"].contains(&w)
            || w == "the" && ["end", "time", "middle", "close", "start"].contains(&word(e + 2))
    };
    word(e) == "by"
        && !time(word(e + 1))
        && units.word(c.i).ends_with("ed")
        && after_a_things_noun(c)
}

/// "the homes for social rent promised in Labour's manifesto were started", "the homes
/// promised for social rent were started": a participle with its phrase after a thing's
/// noun, before the sentence's own verb (an auxiliary), describes the thing; what was
/// promised is no report. ("The minister announced in a statement that ...": a clause
/// after the phrase is one.)
fn participle_before_the_verb(c: &CueAt) -> bool {
    let (text, units, i, e) = (c.text, c.units, c.i, c.cue_end);
    if i == 0 {
        return false;
    }
    let w = units.word(i - 1);
    if !units.word(i).ends_with("ed")
        || !["in", "for", "under", "during"].contains(&units.word_or_empty(e))
        || !units.units[i - 1].is_word()
        || is_capitalized(units.text(text, i - 1, i))
        || SUBJECT_PRONOUNS.contains(&w)
        || AUXILIARIES.contains(&w)
        || NP_BREAKS.contains(&w)
        || is_ly_adverb(w)
        || LEXICON.roles.get(w).is_some()
        || LEXICON.group_nouns.contains(w)
    {
        return false;
    }
    (e + 1..units.len().min(e + 10))
        .take_while(|&k| units.units[k].is_word() && !report_opens_at(text, units, k))
        .any(|k| FINITE_BE_HAVE.contains(&units.word(k)))
}

/// "Brandt, a career diplomat confirmed last year, said ...": a participle inside an
/// apposition after a name describes the person (a passive: someone confirmed him); the
/// verb after the apposition's closing comma is the report.
fn participle_in_an_apposition(c: &CueAt) -> bool {
    let (text, units, i) = (c.text, c.units, c.i);
    if !units.word(i).ends_with("ed") || i == 0 || !units.units[i - 1].is_word() {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && i - k < 6 && units.units[k - 1].is_word() {
        k -= 1;
    }
    let opens = k >= 2
        && ["a", "an"].contains(&units.word(k))
        && is_p(text, units, k - 1, &[","])
        && units.is_capitalized_word(text, k - 2);
    let mut e = c.cue_end;
    while e < units.len()
        && e - c.cue_end < 6
        && units.units[e].is_word()
        && units.word(e) != "that"
    {
        e += 1;
    }
    opens
        && e > c.cue_end
        && is_p(text, units, e, &[","])
        && LEXICON.cues.longest_at(&units.words, e + 1).is_some()
}

/// Whether the unit before the cue is a thing's lowercase noun: not a name, a pronoun, an
/// auxiliary, an adverb, a relative or a speaker's noun.
fn after_a_things_noun(c: &CueAt) -> bool {
    let (units, i) = (c.units, c.i);
    if i == 0 || !units.units[i - 1].is_word() {
        return false;
    }
    let w = units.word(i - 1);
    let lex = &*LEXICON;
    !is_capitalized(units.text(c.text, i - 1, i))
        && !SUBJECT_PRONOUNS.contains(&w)
        && !AUXILIARIES.contains(&w)
        && !MID_ADVERBS.contains(&w)
        && !is_ly_adverb(w)
        && !NP_BREAKS.contains(&w)
        && !["once", "later", "never", "repeatedly"].contains(&w)
        && !plural_subject(w)
        && lex.roles.get(w).is_none()
        && !lex.group_nouns.contains(w)
}

/// "Let's say they're at 54", "the site lets people write reviews": a supposition or a
/// permission, not a report (nor does "let" name who speaks). "Let me just say it was not
/// ..." is the writer's own statement, which PolNeAR counts.
fn let_someone_say(c: &CueAt) -> bool {
    let units = c.units;
    (c.i.saturating_sub(3)..c.i)
        .rev()
        .take_while(|&k| units.units[k].is_word())
        .any(|k| ["let", "lets", "letting"].contains(&units.word(k)) && units.word(k + 1) != "me")
}

/// "Despite being told he was a nutter", "with shareholders not being informed", "from
/// being denied health coverage": a passive, whose subject is told, not telling; the one
/// who tells is not named.
fn passive_after_being(c: &CueAt) -> bool {
    c.i > 0 && c.units.word(c.i - 1) == "being"
}

/// "A bombing was yesterday reported to have killed ...", "people alleged to have traded
/// copyrighted songs", "She was later revealed to be ...", "the head of the agency widely
/// reported to have resigned": a participle of these verbs before "to be" or "to have" is
/// a passive whatever stands before it (no one says "X reported to have ..."), its subject
/// what was said of, the sayer unnamed. Verbs whose subject may do what the infinitive
/// says are left alone ("claimed to have evidence", "promised to be", "asked to be").
fn raised_by_a_passive(c: &CueAt) -> bool {
    let w = |k: usize| c.units.word_or_empty(k);
    ["said", "reported", "alleged", "revealed", "told"].contains(&w(c.i))
        && c.cue_end == c.i + 1
        && w(c.cue_end) == "to"
        && ["be", "have"].contains(&w(c.cue_end + 1))
}

/// "All told, the groups spent $2.5 million": in all, not a telling.
fn all_told(c: &CueAt) -> bool {
    let (text, units, i) = (c.text, c.units, c.i);
    units.word(i) == "told"
        && i > 0
        && units.word(i - 1) == "all"
        && (i == 1 || boundary_punct(text, units, i - 2))
        && c.cue_end < units.len()
        && is_p(text, units, c.cue_end, &[","])
}

/// "Mayor Ortiz, thank you for joining us": a courtesy to the one spoken to, said in the
/// sentence itself, not a report of it.
fn thanks_the_listener(c: &CueAt) -> bool {
    c.cue.lemma == "thank" && c.units.words.get(c.cue_end).is_some_and(|w| w == "you")
}

/// A capitalized cue word inside a sentence is part of a name ("the United States").
fn part_of_a_name(c: &CueAt) -> bool {
    let (units, i) = (c.units, c.i);
    let capital = is_capitalized(units.text(c.text, i, i + 1));
    // ('"...," Yelling told BBC Sport', "Yelling says": a capitalized cue right before a
    // reporting verb is its subject's name, after a quotation or opening the sentence.)
    // ("Citing alleged violation ..." is a participle before an adjective.)
    const VERBS: &[&str] = &[
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "wrote",
        "writes",
        "explained",
        "explains",
        "insisted",
        "insists",
        "admitted",
        "admits",
        "recalled",
        "recalls",
        "warned",
        "warns",
    ];
    // The word after the cue: in capitals, or not.
    let next = units
        .units
        .get(c.cue_end)
        .is_some_and(|u| u.is_word())
        .then(|| is_capitalized(units.text(c.text, c.cue_end, c.cue_end + 1)));
    let before_a_verb =
        c.cue_end == i + 1 && next == Some(false) && VERBS.contains(&units.word(c.cue_end));
    // ("Google, Ask Jeeves, MSN and Yahoo": a capital before a capital after a comma.)
    let name_next = next == Some(true);
    capital
        && (i > 0
            && !units.units[i - 1].is_quote()
            && (!units.units[i - 1].is_punct() || name_next)
            || before_a_verb)
}

/// "WARNING: Video contains graphic images.", "Note: ...": a cue that opens the sentence
/// before a colon, in capitals or as its bare verb, labels what follows; no one says it.
fn labels_what_follows(c: &CueAt) -> bool {
    let units = c.units;
    c.i == 0
        && c.cue_end == 1
        && units.len() > 1
        && is_p(c.text, units, 1, &[":"])
        && (units.text(c.text, 0, 1).chars().all(char::is_uppercase)
            || units.word(0) == c.cue.lemma)
}

/// Figures are data, not speech: "South Korea reported 146 more cases", "Nike reported its
/// best second-quarter earnings" (data/figure_nouns.txt), "City have conceded 14 goals".
fn reports_figures(c: &CueAt) -> bool {
    let (text, units, lemma) = (c.text, c.units, c.cue.lemma.as_str());
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || "$€£¥".contains(c));
    let number = ["report", "add", "confirm", "record", "register"].contains(&lemma)
        && units.words.get(c.cue_end).is_some_and(|w| figure(w));
    // ("City, who have conceded 14 goals", "had conceded six goals in two games": a score.)
    let conceded = lemma == "concede"
        && units
            .words
            .get(c.cue_end)
            .is_some_and(|w| figure(w) || is_number_word(w) && w != "one");
    let result = || {
        ["report", "post", "record", "announce"].contains(&lemma)
            && (c.cue_end..(c.cue_end + 6).min(units.len()))
                // (A clause reports: "CNBC reported there were at least 118,381 cases".)
                .take_while(|&k| {
                    units.units[k].is_word()
                        && !report_opens_at(text, units, k)
                        && units.words[k] != "there"
                        && !AUXILIARIES.contains(&units.word(k))
                })
                .any(|k| LEXICON.figure_nouns.contains(&units.words[k]))
    };
    number || conceded || result()
}

/// "will continue", "could say", "would formally declare": a modal makes it no report
/// of something said; "did not respond", "never said", "hardly clarified": nor does a
/// negation.
fn after_a_modal_or_negation(c: &CueAt) -> bool {
    let (units, i) = (c.units, c.i);
    let mut k = i;
    // ("will also add a label", "could still say": an adverb between them.)
    while k > 0
        && (is_ly_adverb(&units.words[k - 1]) || MID_ADVERBS.contains(&units.word(k - 1)))
        && !NEGATIONS.contains(&units.word(k - 1))
    {
        k -= 1;
    }
    let before = if k > 0 { units.word(k - 1) } else { "" };
    // ("Theresa May said", "Will Smith says": a capitalized modal in a name is no modal.)
    i > 0
        && (MODALS.contains(&before) && auxiliary_at(c.text, units, k - 1)
            || NEGATIONS.contains(&before)
            || before.ends_with("n't"))
}

/// "the reporters, who said nothing.", "said nothing about the plan": "nothing" said is no
/// statement ("said nothing had changed" is one).
fn says_nothing(c: &CueAt) -> bool {
    let (text, units, k) = (c.text, c.units, c.cue_end);
    units.words.get(k).is_some_and(|w| w == "nothing")
        && (k + 1 >= units.len()
            || boundary_punct(text, units, k + 1)
            || ["about", "to", "of", "on", "more", "further", "else"].contains(&units.word(k + 1)))
}

/// "continued to decrease": "continue" reports only beside a quotation ('"...," she
/// continued') or before a colon.
fn continue_without_quotation(c: &CueAt) -> bool {
    let (text, units, i, cue_end) = (c.text, c.units, c.i, c.cue_end);
    c.cue.lemma == "continue"
        && !(cue_end < units.len()
            && (units.units[cue_end].is_quote()
                || is_p(text, units, cue_end, &[":"])
                || is_p(text, units, cue_end, &[","])
                    && units.units.get(cue_end + 1).is_some_and(|u| u.is_quote())))
        && !(i.saturating_sub(5)..i).any(|k| units.units[k].is_quote())
}

/// "The storm claimed 30 lives", "claimed his third title": taking a prize
/// (data/claimed_prizes.txt), not saying something. The prize ends the object within six
/// units ("claimed her seventh Grand Slam title,", "claimed the women's singles title
/// at"); "claimed the title was stolen" and "claimed the Championship race would be close"
/// still report.
fn claims_a_prize(c: &CueAt) -> bool {
    let units = c.units;
    c.cue.lemma == "claim"
        && (c.cue_end..(c.cue_end + 6).min(units.len()))
            .take_while(|&k| units.units[k].is_word() && units.words[k] != "that")
            .any(|k| {
                LEXICON.claimed_prizes.contains(&units.words[k])
                    && (k + 1 == units.len()
                        || !units.units[k + 1].is_word()
                        || PP_AFTER_HEAD.contains(&units.word(k + 1)))
            })
}

/// "called off the strike", "written off by the pundits", "shouted down by supporters":
/// with "off" or "down" after it the cue word is another verb, which says nothing. "told
/// off the record" still reports, and so does "said down-ballot races ...".
fn a_particle_makes_another_verb(c: &CueAt) -> bool {
    let (units, k) = (c.units, c.cue_end);
    let kept = |w: &str| ["record", "camera", "mic"].contains(&w);
    k < units.len()
        && units.units[k].is_word()
        && ["off", "down"].contains(&units.word(k))
        // ("down-ballot races": a word of its own.)
        && !c.text[units.units[k].end()..].starts_with('-')
        && !(kept(units.word_or_empty(k + 1))
            || units.word_or_empty(k + 1) == "the" && kept(units.word_or_empty(k + 2)))
}

/// "Cuomo criticized the federal government's plan, saying it relied too much on private
/// entities": a criticism whose object a participle's words then give is a weak frame (its
/// subject still the participle's), and the participle alone reports: the wire stories'
/// gold counts one statement there, and the participle holds the words. "criticised Mr
/// Brown's preoccupation with finding a vaccine" reports its object, and so does a
/// criticism that gives its reason ("criticized Trump for this stance, saying ...").
fn criticism_before_its_words(c: &CueAt) -> bool {
    let (text, units) = (c.text, c.units);
    c.cue.lemma == "criticize"
        && (c.cue_end..units.len())
            .take_while(|&k| {
                !units.units[k].is_quote()
                    && !is_p(text, units, k, &[":", ";"])
                    && units.word_or_empty(k) != "that"
            })
            .any(|k| {
                is_p(text, units, k, &[",", "-", "–", "—"])
                    && units.word_or_empty(k + 1).ends_with("ing")
                    && LEXICON
                        .cues
                        .longest_at(&units.words, k + 1)
                        .is_some_and(|(cue, _)| cue.kind != CueKind::Weak)
            })
}

/// "was elected a Fellow of the Royal Society and admitted to the American Academy of Arts
/// and Sciences", "refugees admitted to the United States": let in, not owning up. Only
/// before a name or "hospital", and with no "that", colon or quotation after it ("admitted
/// to the BBC that ..." reports).
fn admitted_to_a_body(c: &CueAt) -> bool {
    let (text, units) = (c.text, c.units);
    if c.cue.lemma != "admit" || units.words.get(c.cue_end).is_none_or(|w| w != "to") {
        return false;
    }
    let mut k = c.cue_end + 1;
    if units.words.get(k).is_some_and(|w| w == "the") {
        k += 1;
    }
    k < units.len()
        && units.units[k].is_word()
        && (units.is_capitalized_word(text, k) || units.words[k] == "hospital")
        && !(k..units.len()).any(|j| {
            units.units[j].is_quote() || units.words[j] == "that" || is_p(text, units, j, &[":"])
        })
}

/// "who added to her delegate lead", "has added to speculation", "adds to the three
/// Grammys": made larger, not a further word. A listener with "that", a colon or a quotation
/// after it still reports ("added to reporters that ...").
fn adds_to_a_thing(c: &CueAt) -> bool {
    let (text, units) = (c.text, c.units);
    c.cue.lemma == "add"
        && units.words.get(c.cue_end).is_some_and(|w| w == "to")
        // ('"...," Trump added to People.': the quotation before is what was added.)
        && !(0..c.i).any(|j| units.units[j].is_quote())
        && !(c.cue_end..clause_end_from(text, units, c.cue_end)).any(|j| {
            units.units[j].is_quote()
                || units.words[j] == "that" && a_listener_before(text, units, c.cue_end + 1, j)
                || is_p(text, units, j, &[":"])
        })
}

/// Whether units `from..that` (after "to", before a "that") name someone told, not a thing
/// the "that" describes: "added to reporters that ...", "adds to CNN that ..."; not "added
/// to the belief that ...", "adds to the drama that has surrounded ...", "jobs added to US
/// payrolls ... that Wall Street economists had forecast".
fn a_listener_before(text: &str, units: &Units, from: usize, that: usize) -> bool {
    let Some(last) = (from..that).rev().find(|&k| units.units[k].is_word()) else {
        return false;
    };
    that == last + 1
        && (units.is_capitalized_word(text, last)
            || LEXICON.group_nouns.contains(units.word(last))
            || LEXICON.roles.get(units.word(last)).is_some()
            || SUBJECT_PRONOUNS.contains(&units.word(last))
            || PERSON_OBJECTS.contains(&units.word(last)))
}

/// "the game of Go has added new contents", "Blinkx has added what it calls smart folders",
/// "The admiral has added another facet to his job": after a perfect, "added" with an
/// object and no clause made something larger; "has added that ...", "had added: ...",
/// "has added he would stay" still report. So does any "add" whose object opens with an
/// article or an owner ("Federer added the Dubai trophy to his long list of successes",
/// "Joe Cole added a second", "adds another magic number to the mix") or a quantity
/// ("coastal cities added comparatively little housing"), unless a quotation
/// or a colon after it gives the words ("she added the words, "..."", "added a caveat:
/// "...""), a "that" or a verb makes a clause of it ("added its bid to acquire a stake
/// was being considered"), or it is an inversion (", added the cop.").
fn added_a_thing(c: &CueAt) -> bool {
    let (text, units, e) = (c.text, c.units, c.cue_end);
    if c.cue.lemma != "add" || e >= units.len() || !units.units[e].is_word() {
        return false;
    }
    let perfect = units.word(c.i) == "added"
        && word_before_adverbs(units, 0, c.i).is_some_and(is_perfect_auxiliary);
    // ("coastal cities added comparatively little housing", "added more jobs": a quantity
    // opens an object as an article does, after an adverb of degree.)
    let quantity = |k: usize| {
        let k = if is_ly_adverb(&units.words[k]) && k + 1 < units.len() {
            k + 1
        } else {
            k
        };
        [
            "little", "much", "more", "fewer", "less", "few", "several", "many", "no",
        ]
        .contains(&units.word(k))
    };
    let thing = || {
        let inverted = c.i > 0
            && (units.units[c.i - 1].is_quote() || is_p(text, units, c.i - 1, &[",", "\u{2014}"]));
        // ("if several Gulf carriers added seats on the same routes": a bare plural before
        // a preposition is an object too.)
        let bare_plural = || {
            let w = units.word(e);
            s_ending(w)
                && !is_capitalized(units.text(text, e, e + 1))
                && !AUXILIARIES.contains(&w)
                && units.words.get(e + 1).is_none_or(|next| {
                    ["on", "to", "in", "at", "for", "from", "across", "with"].contains(&&**next)
                })
        };
        !inverted
            && (ARTICLES_AND_OWNERS.contains(&units.word(e)) || quantity(e) || bare_plural())
            && !(e..units.len()).any(|j| units.units[j].is_quote() || is_p(text, units, j, &[":"]))
            && !(e..clause_end_from(text, units, e))
                .any(|j| units.words[j] == "that" || AUXILIARIES.contains(&units.word(j)))
    };
    (perfect || thing()) && !clause_at(text, units, e, units.len())
}

/// "The promises add up to $8.5 million", "the game adds up to less than the sum of its
/// parts": a total, not a further word.
fn adds_up_to_a_sum(c: &CueAt) -> bool {
    c.cue.lemma == "add" && c.units.words.get(c.cue_end).is_some_and(|w| w == "up")
}

/// "The visit runs counter to the declaration", "Running counter to all that is ...": an
/// idiom of disagreement between things, no speaker's counter.
/// ("the continuing claims and counter claims", "rebuttals and counter claims": the bare
/// form after "and", "or" or a determiner is a noun's modifier, as the BBC writes
/// counter-claims open.)
fn counter_reports_nothing(c: &CueAt) -> bool {
    // (Empty before the sentence's first word.)
    let before = c.units.word_or_empty(c.i.wrapping_sub(1));
    c.cue.lemma == "counter"
        && (["run", "runs", "ran", "running"].contains(&before)
            || c.units.word(c.i) == "counter"
                && (["and", "or"].contains(&before) || DETERMINERS.contains(&before)))
}

/// "The film tells the story of two brothers", "Miyazaki tells the tale of a woman who
/// ages": a narration (data/told_stories.txt), which the guidelines do not count, and whose
/// object is never a statement. The story's noun comes right after the cue or a
/// determiner, before "of" or the clause's end; "told reporters the story was false" and
/// "told the story that ..." still report.
fn tells_a_story(c: &CueAt) -> bool {
    let (text, units) = (c.text, c.units);
    if c.cue.lemma != "tell" {
        return false;
    }
    let mut k = c.cue_end;
    if k < units.len() && ARTICLES_AND_OWNERS.contains(&units.word(k)) {
        k += 1;
    }
    k < units.len()
        && LEXICON.told_stories.contains(&units.words[k])
        && (k + 1 == units.len() || units.word(k + 1) == "of" || boundary_punct(text, units, k + 1))
}

/// "the value added of industrial output": a noun phrase.
fn noun_before_of(c: &CueAt) -> bool {
    c.cue_end == c.i + 1
        && c.units.words.get(c.cue_end).is_some_and(|w| w == "of")
        && !["say", "write"].contains(&c.cue.lemma.as_str())
}

/// "continued to question whether", "continues to insist that": a verb that goes on with
/// the cue's infinitive reports as the cue would (unit `i` is the cue, after "to").
pub(super) fn goes_on_to(units: &Units, i: usize) -> bool {
    i > 1
        && units.word(i - 1) == "to"
        && [
            "continue",
            "continues",
            "continued",
            "continuing",
            "began",
            "begins",
        ]
        .contains(&units.word(i - 2))
}

/// Nouns that look like verbs: "the report", "his statement".
fn noun_after_determiner(c: &CueAt) -> bool {
    let prev_word = if c.i > 0 { c.units.word(c.i - 1) } else { "" };
    // "People close to her said": "her" may be an object, and an inflected verb ("said",
    // "told") is no noun ("her critique", "her report" are), unless it is an adjective in
    // -ed ("her alleged ties", "her stated goal").
    let word = c.units.word(c.i);
    let object_her = prev_word == "her"
        && word != c.cue.lemma
        && !word.ends_with("ed")
        && !LEXICON.noun_cues.contains(word);
    // "In remarks to AFP, ...", "By reports, ...", "In written evidence, ...": after these
    // prepositions only a noun (or an adjective) stands; "by saying" is a gerund's report.
    let noun_after_preposition = ["in", "by", "with", "on", "at", "from"].contains(&prev_word)
        && (LEXICON.noun_cues.contains(word) || word == "written");
    // "the final say on whether ...", "a greater say in reforms", "more say": the noun of a
    // right to decide, after a degree's word (with its determiner, but "more" and "much").
    let say_noun = word == "say"
        && (["more", "much", "little"].contains(&prev_word)
            || c.i >= 2
                && SAY_DEGREES.contains(&prev_word)
                && DETERMINERS.contains(&c.units.word(c.i - 2)));
    say_noun
        || c.i > 0
            && !object_her
            && !contracted_is_at(c.units, c.i - 1, c.i)
            && (DETERMINERS.contains(&prev_word)
                || ["of", "to", "for"].contains(&prev_word) && !goes_on_to(c.units, c.i)
                || noun_after_preposition)
            && c.cue.kind != CueKind::Source
}

/// "Following claims that ...", "Addressing claims that ...", "These calls for more
/// troops", "Democratic calls for her to bow out": a cue in -s that is also a plural noun
/// (data/noun_cues.txt) after an -ing word (not a name, "Suckling says", nor one a
/// determiner makes a noun, "the ruling says"), a plural determiner or "Democratic" standing
/// bare is the noun, not a verb. ("Republican" is a noun too: "Utah Republican calls for".)
fn plural_noun_after_a_modifier(c: &CueAt) -> bool {
    let (units, i) = (c.units, c.i);
    let word = units.word(i);
    if i == 0 || !word.ends_with('s') || word == c.cue.lemma || !LEXICON.noun_cues.contains(word) {
        return false;
    }
    let prev = units.word(i - 1);
    let before = if i >= 2 { units.word(i - 2) } else { "" };
    let determined = DETERMINERS.contains(&before) || ARTICLES_AND_OWNERS.contains(&before);
    let ing = prev.len() > 4
        && is_ing(prev)
        && (i == 1 || !units.is_capitalized_word(c.text, i - 1))
        && !["having", "being"].contains(&prev);
    let plural_determiner = ["these", "those", "such", "several", "many"].contains(&prev);
    (ing || prev == "democratic") && !determined || plural_determiner
}

/// "Having said that, Mark is in better shape": the idiom concedes a point, it reports
/// nothing.
fn having_said_that(c: &CueAt) -> bool {
    let w = |k: usize| c.units.word_or_empty(k);
    c.i > 0
        && w(c.i - 1) == "having"
        && w(c.i) == "said"
        && w(c.cue_end) == "that"
        && w(c.cue_end + 1) == ","
}

/// Words of degree before the noun "say" ("the final say", "a greater say").
const SAY_DEGREES: &[&str] = &[
    "final", "last", "greater", "bigger", "big", "real", "direct", "equal", "fair", "full",
    "stronger", "larger", "decisive",
];

/// "wrote a memoir", "wrote his dissertation", "wrote the song", "writing lyrics": writing a
/// work (data/written_works.txt), not reporting words.
/// ('"Meh," wrote a Trump supporter' is an inversion: the phrase is its writer.)
fn writes_a_work(c: &CueAt) -> bool {
    let (text, units, i, cue_end) = (c.text, c.units, c.i, c.cue_end);
    let works = &LEXICON.written_works;
    // ("wrote a memoir", "wrote his dissertation": an article or an owner but "the", which
    // opens a work only before one of its nouns, `the_work`.)
    let object = |w: &str| {
        ARTICLES_AND_OWNERS.contains(&w) && w != "the" || w == "letters" || works.contains(w)
    };
    let the_work = || {
        units.words.get(cue_end).is_some_and(|w| w == "the")
            && (cue_end + 1..(cue_end + 4).min(units.len()))
                .take_while(|&k| units.units[k].is_word())
                .any(|k| works.contains(&units.words[k]))
    };
    // (After a subject's apposition too: "Her producer, Tom Vale, wrote the screenplay".)
    let after_subject = i > 0
        && (units.units[i - 1].is_word()
            || i > 1 && is_p(text, units, i - 1, &[","]) && units.units[i - 2].is_word());
    c.cue.lemma == "write"
        && after_subject
        && (units.words.get(cue_end).is_some_and(|w| object(w)) || the_work())
        // ("wrote a letter saying that ..." still reports, through the letter; a quotation
        // that names the work is its title: "writing a book called "Women Who Work"".)
        && !(cue_end..clause_end_from(text, units, cue_end)).any(|k| {
            units.words[k] == "that"
                || units.units[k].is_quote() && !TITLE_VERBS.contains(&units.word(k - 1))
                || k > cue_end
                    && !TITLE_VERBS.contains(&units.word(k))
                    && LEXICON.cues.longest_at(&units.words, k).is_some()
        })
}

/// Participles that give a work its title ("a book called "Women Who Work"").
const TITLE_VERBS: &[&str] = &["called", "titled", "entitled", "named", "dubbed"];

/// "The jobs report has cleared", "some states remained": a cue form that is also a
/// noun, where a verb cannot stand.
fn noun_where_no_verb_stands(c: &CueAt) -> bool {
    // "held a conference call on Tuesday": the bare form opening a longer cue ("call on") is
    // a noun after "a" and a noun too, where a verb would take its "-s".
    let bare_opening = c.cue_end > c.i + 1
        && !c.units.word(c.i).ends_with('s')
        && c.i >= 2
        && ["a", "an"].contains(&c.units.word(c.i - 2));
    (c.cue_end == c.i + 1 || bare_opening)
        && c.cue.kind != CueKind::Source
        && noun_position(c.text, c.units, c.i)
}

/// "The WEF report shows", "a false robbery report", "the government's pre-Budget report",
/// "a former Confederate state": the bare form of a cue that is also a noun
/// (data/noun_cues.txt) heads the phrase a determiner opens, for a singular subject would
/// take the verb's "-s". Not after a plural ("the papers report"), a collective ("the pair
/// claim", "the people voice"), a pronoun or a verb, nor where the determiner opens a
/// preposition's object ("supporters of the change claim", "scientists from the World
/// Wildlife Fund Mexico estimate": their subject is the plural before it).
fn noun_heading_a_determined_phrase(c: &CueAt) -> bool {
    c.cue_end == c.i + 1 && c.cue.kind != CueKind::Source && heads_a_determined_phrase(c.units, c.i)
}

/// Whether the cue form at unit `i`, one that is also a noun, heads a noun phrase that a
/// determiner opens (see [`noun_heading_a_determined_phrase`]).
pub(super) fn heads_a_determined_phrase(units: &Units, i: usize) -> bool {
    let word = units.word(i);
    if word.ends_with('s') || !LEXICON.noun_cues.contains(word) || i < 2 {
        return false;
    }
    if plural_subject(units.word(i - 1)) {
        return false;
    }
    let modifier = |k: usize| {
        let w = units.word(k);
        units.units[k].is_word()
            && !AUXILIARIES.contains(&w)
            && !is_time_or_place_word(w)
            && !PP_AFTER_HEAD.contains(&w)
            && !NP_BREAKS.contains(&w)
            && !OBJECT_PREPOSITIONS.contains(&w)
            && !is_ly_adverb(w)
            && LEXICON.cues.get(w).is_none()
    };
    let mut k = i - 1;
    for _ in 0..6 {
        if !modifier(k) {
            return false;
        }
        let Some(d) = k.checked_sub(1) else {
            return false;
        };
        if OPENING_DETERMINERS.contains(&units.word(d)) && units.units[d].is_word() {
            let before = if d > 0 { units.word(d - 1) } else { "" };
            let preposition = PP_AFTER_HEAD.contains(&before)
                || is_time_or_place_word(before)
                || OBJECT_PREPOSITIONS.contains(&before);
            // After a preposition the phrase is its object, and the verb's subject may be the
            // plural before it ("supporters of the change claim"); after a singular it may
            // not ("the contest in his home state").
            return !(preposition && d >= 2 && plural_subject(units.word(d - 2)));
        }
        k = d;
    }
    false
}

/// Whether a noun may be the plural subject of a bare verb ("the papers report", "the pair
/// claim", "police estimate").
fn plural_subject(head: &str) -> bool {
    s_ending(head) || COLLECTIVES.contains(&head) || LEXICON.group_nouns.contains(head)
}

/// Determiners that open a noun phrase whose head a cue form may be ("the", a possessive).
const OPENING_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "'s", "any", "no",
    "every", "each", "another",
];

/// Nouns that take a plural verb without an "-s" ("the pair claim", "police estimate").
const COLLECTIVES: &[&str] = &[
    "people",
    "police",
    "staff",
    "media",
    "public",
    "pair",
    "couple",
    "duo",
    "trio",
    "family",
    "team",
    "crew",
    "group",
    "band",
    "personnel",
    "clergy",
    "youth",
];

/// Prepositions whose object may stand before the verb of a plural subject ("critics
/// behind the plan claim").
pub(super) const OBJECT_PREPOSITIONS: &[&str] = &[
    "behind",
    "by",
    "among",
    "about",
    "against",
    "between",
    "under",
    "into",
    "within",
    "without",
    "near",
    "beyond",
    "toward",
    "towards",
    "like",
    "than",
    "including",
];

/// Words that end a noun phrase before a cue: pronouns, conjunctions, relatives.
const NP_BREAKS: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "and", "or", "but", "nor", "that", "which", "who",
    "whom", "whose", "what", "than", "if", "because", "not", "to",
];

/// "Speaking at the forum, X said": a participle before a preposition sets the scene, unless
/// what it reports follows the phrase ("..., saying in court files that her account was
/// private", "saying on Twitter: ..."). So does "for" before a name ("Ann Powers, writing
/// for NPR, called ...", "writing for the Times"), where "arguing for tighter rules" argues;
/// one writes for whomever one writes ("Justice Marsh, writing for the majority, said").
fn participle_setting_the_scene(c: &CueAt) -> bool {
    let (text, units) = (c.text, c.units);
    let for_a_name = || {
        let k = c.cue_end + usize::from(units.words.get(c.cue_end + 1).is_some_and(|w| w == "the"));
        k + 1 < units.len() && units.is_capitalized_word(text, k + 1)
    };
    let before_phrase = is_ing(units.word(c.i))
        && units.words.get(c.cue_end).is_some_and(|w| {
            [
                "at", "in", "on", "during", "after", "before", "from", "with", "to", "via",
            ]
            .contains(&&**w)
                || w == "for" && (for_a_name() || c.cue.lemma == "write")
        });
    if !before_phrase || promises_an_act(c) {
        return false;
    }
    // Only a participle after a comma takes its report past the phrase: one that opens the
    // sentence ("Responding to the claims Liam Fox said: ...") sets the scene of the main
    // verb, and "adding to concern that", "threatening to" are no saying.
    let after_comma = c.i > 0 && is_p(text, units, c.i - 1, &[","]);
    let end = clause_end_from(text, units, c.cue_end + 1);
    let report_follows =
        (c.cue_end + 1..(end + 1).min(units.len())).any(|k| report_opens_at(text, units, k));
    !(after_comma && units.words[c.cue_end] != "to" && report_follows)
}

/// "promising to lift regulations", "is vowing to appeal": a cue of data/promise_cues.txt
/// whose "to" opens an infinitive, which is what was promised, not a phrase that sets the
/// scene ("pledging to the nation", "promising to his voters" are phrases).
fn promises_an_act(c: &CueAt) -> bool {
    LEXICON.promise_cues.contains(&c.cue.lemma) && infinitive_at(c.text, c.units, c.cue_end)
}

/// "Wales maintained their superb start", "maintains a lead", "cold weather threatened
/// stocks of heating oil": a cue that reports only a clause, with no clause after it. A
/// clause has a "that", a colon or a quotation, a subject pronoun, or an auxiliary or past
/// tense before its end ("maintained it was making an example", "maintain their own
/// journals were able to ...", "maintained the Oscars only generated excitement"; not "a
/// register of injured players"); an object cue's to-infinitive is one ("threatened to
/// strike").
fn reports_no_clause(c: &CueAt) -> bool {
    let (text, units, e) = (c.text, c.units, c.cue_end);
    // ('"We will sue," he threatened.': no object, the quotation before is the report.)
    c.cue.clause_only
        && e < units.len()
        && units.units[e].is_word()
        && !clause_at(text, units, e, units.len())
        && !(c.cue.kind == CueKind::Object && infinitive_at(text, units, e))
}

/// Whether a clause or a quotation opens at unit `e` (see [`reports_no_clause`]): "that", a
/// colon or a quotation, a subject pronoun, or an auxiliary or past tense before the clause's
/// end (or `limit`, if sooner).
pub(super) fn clause_at(text: &str, units: &Units, e: usize, limit: usize) -> bool {
    if e >= units.len() || report_opens_at(text, units, e) {
        return e < units.len();
    }
    let end = clause_end_from(text, units, e).min(limit);
    SUBJECT_PRONOUNS.contains(&units.word(e))
        || units.word(e) == "there"
        || (e..end).any(|k| AUXILIARIES.contains(&units.word(k)) && units.words[k] != "'s")
        || (e + 1..end).any(|k| {
            units.words[k].len() > 4
                && units.words[k].ends_with("ed")
                && !DETERMINERS.contains(&units.word(k - 1))
                && !PP_AFTER_HEAD.contains(&units.word(k - 1))
                // ("boasts the largest and most advanced arsenal": an adjective.)
                && !DEGREE_WORDS.contains(&units.word(k - 1))
        })
}

/// Words of degree before an adjective in -ed ("most advanced", "very pleased").
const DEGREE_WORDS: &[&str] = &["most", "more", "less", "least", "very", "so", "too", "well"];

/// "while maintaining momentum", "without mentioning names": a weak cue's participle after a
/// subordinating word is an act, not a report, unless "that", a colon or a quotation follows.
/// So is "adding" there ("defined these areas by adding a few low-income communities").
fn weak_participle_in_a_subordinate(c: &CueAt) -> bool {
    let (units, i) = (c.units, c.i);
    (c.cue.kind == CueKind::Weak || c.cue.lemma == "add")
        && is_ing(units.word(i))
        && i > 0
        && [
            "while", "whilst", "when", "without", "by", "after", "before", "despite",
        ]
        .contains(&units.word(i - 1))
        && c.cue_end < units.len()
        && !report_opens_at(c.text, units, c.cue_end)
}

/// Where the content of the report a cue stands inside starts: the end of the last of
/// `frames`, when it ends at `floor` and reports what follows it; after the comma of a
/// source's "According to X," when no quotation follows ("According to the filing, Ford
/// disclosed the matter": the filing's report, as PolNeAR's gold has it; a quotation
/// after the inner cue is its speaker's words and keeps its frame).
fn nested_at(text: &str, units: &Units, frames: &[Frame], floor: usize) -> Option<usize> {
    let f = frames
        .last()
        .filter(|f| f.direction == Direction::Following && !f.shared && f.end == floor)?;
    if f.lemma == "according to" && is_p(text, units, f.end, &[","]) {
        let unquoted = units.units[f.end..].iter().all(|u| !u.is_quote());
        return unquoted.then_some(f.end + 1);
    }
    Some(f.end)
}

/// Whether unit `k` opens what a weak cue reports: "that", a quotation or a colon.
fn report_opens_at(text: &str, units: &Units, k: usize) -> bool {
    units.words[k] == "that" || units.units[k].is_quote() || is_p(text, units, k, &[":"])
}

impl CueAt<'_, '_> {
    /// The frame of this cue: `according to SOURCE`, a participle that shares the
    /// sentence's speaker, or a verb's frame. `floor` is where the last of `frames` ends.
    fn frame(&self, floor: usize, frames: &[Frame]) -> Option<Frame> {
        let (text, units, i, cue_end, cue) =
            (self.text, self.units, self.i, self.cue_end, self.cue);
        let word = units.word(i);
        // "..., with leader Charles Kennedy saying": the participle's own subject ("with 95% of
        // precincts reporting" counts votes).
        let with = if is_ing(word) && cue.lemma != "report" {
            with_before(text, units, i, floor)
        } else {
            None
        };
        if cue.kind == CueKind::Source {
            source_frame(text, units, i, cue_end, floor, &cue.lemma)
        } else if let Some(f) = self.asked_by() {
            Some(f)
        } else if let Some(f) = self.quoted_by_as(floor) {
            Some(f)
        } else if is_ing(word)
            && !word.starts_with("accord")
            && (i == 0
                || after_participle_lead(units, i)
                || units.units[i - 1].is_quote()
                || with.is_some())
            && !is_progressive(units, i)
        {
            // The clause "with X saying" or "quoted X as saying" is all frame, and so is an
            // "aside from" before the participle.
            let start = quoting_clause_start(text, units, i, floor)
                .or(with)
                .unwrap_or(i - participle_phrase_lead(units, i));
            Some(Frame {
                weak: false,
                start,
                end: extend_frame(text, units, cue_end, &cue.lemma),
                cue_start: i,
                cue_end,
                lemma: cue.lemma.clone(),
                subject: None,
                shared: true,
                direction: Direction::Following,
            })
        } else if is_ing(word) && !is_progressive(units, i) {
            None
        } else if let Some(f) = self.after_relative_aside(floor, frames) {
            Some(f)
        } else {
            let nested_at = nested_at(text, units, frames, floor);
            verb_frame(text, units, i, cue_end, floor, &cue.lemma, nested_at)
        }
    }

    /// "Barkley, who said he votes Democratic, said one candidate he likes is Kasich": a cue
    /// right after the comma that closes a relative clause's report has the subject it would
    /// have had without that report (the name with the clause as its aside), and the report
    /// ends at the comma.
    fn after_relative_aside(&self, floor: usize, frames: &[Frame]) -> Option<Frame> {
        let (text, units, i) = (self.text, self.units, self.i);
        let (before, rest) = frames.split_last()?;
        if !(before.end == floor
            && before.direction == Direction::Following
            && !before.shared
            && before
                .subject
                .as_ref()
                .is_some_and(|m| m.written_at.is_some())
            && i > floor + 1
            && is_p(text, units, i - 1, &[","]))
            || (0..before.cue_start).any(|k| units.units[k].is_quote())
        {
            return None;
        }
        let floor_before = rest.last().map_or(0, |f| f.end);
        let nested_at = nested_at(text, units, rest, floor_before);
        let mut f = verb_frame(
            text,
            units,
            i,
            self.cue_end,
            floor_before,
            &self.cue.lemma,
            nested_at,
        )
        .filter(|f| f.subject.is_some())?;
        // (The name and its clause stay outside: the frame starts at the cue.)
        f.start = i;
        f.direction = Direction::Following;
        Some(f)
    }

    /// "Health minister Lars Olsen was quoted by local media as saying ...": the subject of a
    /// passive "quoted by X as" is the speaker of the participle after it (the active "the
    /// paper quoted a senior engineer as saying" is all frame, see `quoting_clause_start`).
    fn quoted_by_as(&self, floor: usize) -> Option<Frame> {
        let (text, units, i) = (self.text, self.units, self.i);
        if !is_ing(units.word(i)) {
            return None;
        }
        let q = quoting_verb_before(text, units, i, floor).filter(|&q| q + 2 < i)?;
        if q < floor + 2 || !["was", "is", "were", "been"].contains(&units.word(q - 1)) {
            return None;
        }
        let mut p = q - 1;
        while p > floor && ["has", "have", "had", "been"].contains(&units.word(p - 1)) {
            p -= 1;
        }
        let (a, b, appo) = subject::left_subject(text, units, p, floor)?;
        let subject = speakers::analyse(text, units, a, b, appo)?;
        Some(Frame {
            weak: false,
            start: a,
            end: extend_frame(text, units, self.cue_end, &self.cue.lemma),
            cue_start: i,
            cue_end: self.cue_end,
            lemma: self.cue.lemma.clone(),
            subject: Some(subject),
            shared: false,
            direction: Direction::Following,
        })
    }

    /// "When asked by a reporter whether this differed from ...", "Sanders was asked by host
    /// John Dickerson whether his aim was ...": the one named after "by" asked the question
    /// that follows (a wh-clause, "if", "about" or "to"). The asker speaks once, and is no
    /// one the next "he said" stands for: the one asked answers.
    fn asked_by(&self) -> Option<Frame> {
        let (text, units, cue_end) = (self.text, self.units, self.cue_end);
        if self.cue.lemma != "ask"
            || units.word(self.i) != "asked"
            || units.words.get(cue_end).is_none_or(|w| w != "by")
        {
            return None;
        }
        let question = |k: usize| {
            let w = units.word(k);
            WH_WORDS.contains(&w) || w == "about" || w == "to"
        };
        let agent_end = (cue_end + 2..units.len().min(cue_end + 9))
            .take_while(|&k| units.units[k].is_word() || is_p(text, units, k, &["."]))
            .find(|&k| question(k))?;
        let mut subject = speakers::analyse(text, units, cue_end + 1, agent_end, None)?;
        subject.salient = false;
        Some(Frame {
            weak: false,
            start: self.i,
            end: agent_end + usize::from(units.word(agent_end) == "about"),
            cue_start: self.i,
            cue_end,
            lemma: self.cue.lemma.clone(),
            subject: Some(subject),
            shared: false,
            direction: Direction::Following,
        })
    }
}

/// "Over half of the institutions reported deferrals, Mirka Martel said.": a report that
/// opens the sentence and runs into a closing frame is that frame's content. A saying keeps
/// its own row too ("It said incentives were likely to be seen as gimmicks, MPs said": the
/// gold has the MPs' row and the report's); other cues gave contents such as "earlier this
/// week" or "to Bloomberg" on their own.
fn merge_opening_report(text: &str, units: &Units, frames: &mut Vec<Frame>) {
    if frames.len() < 2 {
        return;
    }
    let last = frames.len() - 1;
    let (inner, outer) = (&frames[last - 1], &frames[last]);
    // "Scott's relatives, who asked ..., watched it, attorneys said": a relative clause
    // on the sentence's subject opens the report too.
    let opens = (0..inner.start).all(|k| !units.units[k].is_word());
    // The closing frame stands after a comma: in "Stone says the rise that Bloomberg decries
    // also makes it less likely" the relative clause's weak cue closes nothing.
    let closing = !outer.weak
        && outer.start > 0
        && is_p(text, units, outer.start - 1, &[",", "\u{2014}", "\u{2013}"]);
    if opens
        && closing
        && inner.direction == Direction::Following
        && !inner.shared
        && inner.subject.is_some()
        && outer.direction == Direction::Preceding
        && !outer.shared
        && outer.subject.is_some()
        && outer.cue_start > outer.start
        && inner.lemma != "say"
        // ("India accused Pakistan of ..., a charge Islamabad denied": the answer to a
        // report is a report of its own, and so is the report.)
        && !(outer.start >= 2 && subject::charge_noun_at(units, outer.start - 2))
    {
        frames.remove(last - 1);
    }
}

/// Words before a plural that make it a noun phrase ("some states", "other reports").
pub(super) const QUANTIFIERS: &[&str] = &[
    "some", "many", "several", "other", "both", "most", "few", "all", "these", "those", "such",
    "various", "numerous", "multiple", "more", "fewer", "another", "each", "every",
];

/// Whether a cue form that is also a noun (data/noun_cues.txt) stands where a verb cannot:
/// before an auxiliary, "like" or a past-tense verb ("the jobs report has cleared", "some
/// states remained", "states like Ohio"), after a quantifier or a number ("other reports",
/// "50 states"), after "a"/"an" and one adjective ("a booming voice"), or as a plural after
/// a capitalized adjective in -ern ("Western states").
pub(super) fn noun_position(text: &str, units: &Units, i: usize) -> bool {
    let lex = &*LEXICON;
    let w = units.word(i);
    if !lex.noun_cues.contains(w) {
        return false;
    }
    // "advocates states' rights": a plural's apostrophe makes it an owner.
    let after = &text.as_bytes()[units.units[i].end()..];
    if w.ends_with('s') && (after.starts_with(b"' ") || after.starts_with("\u{2019} ".as_bytes())) {
        return true;
    }
    let word_at = |k: usize| (k < units.len() && units.units[k].is_word()).then(|| units.word(k));
    let next = word_at(i + 1);
    // "which the Tax Foundation estimates would cost": a report inside a relative clause.
    let relative =
        (i.saturating_sub(6)..i).any(|k| ["which", "that", "whom"].contains(&units.word(k)));
    // "Rust Belt states that have suffered", "reports that were denied": a plural's relative
    // clause, whose plural verb comes right after "that" (a that-clause names its subject
    // first; "claims that has ..." would be a demonstrative's); "states such as Japan".
    let after_next = word_at(i + 2);
    let plural_relative = w.ends_with('s')
        && next.is_some_and(|x| x == "that" || x == "which")
        && after_next.is_some_and(|y| PLURAL_AUXILIARIES.contains(&y));
    if plural_relative || next == Some("such") && after_next == Some("as") {
        return true;
    }
    if !relative
        && next.is_some_and(|x| {
            (AUXILIARIES.contains(&x) && !["be", "been", "being"].contains(&x))
                || x == "like"
                || (x.len() >= 5 && x.ends_with("ed") && lex.cues.get(x).is_none())
                // "Iowa advocates say": the subject of the reporting verb after it.
                || (lex.cues.get(x).is_some_and(|c| c.kind == CueKind::Clause)
                    && !lex.noun_cues.contains(x))
        })
    {
        return true;
    }
    // '"...," state prosecutor Alexis Ortiz told', "Missouri state Sen. Jason Holsman": a
    // bare form before a role or a title modifies it, unless a subject stands before it
    // ("They state officials must ..." is rare; "the pair claim" is not).
    let prev = i.checked_sub(1).and_then(word_at);
    if !w.ends_with('s')
        && next.is_some_and(|x| {
            lex.roles.longest_at(&units.words, i + 1).is_some() || lex.is_honorific(x)
        })
        && !prev.is_some_and(|p| SUBJECT_PRONOUNS.contains(&p) || plural_subject(p))
    {
        return true;
    }
    prev.is_some_and(|prev| plural_or_modifier_after(text, units, i, prev))
}

/// [`noun_position`] by the word before the cue form `i`, `prev`: a plural after a word
/// that names no speaker, a country or a count ("news reports", "Arab states", "all 50 U.S.
/// states"), a form after "have" or "a", or one that modifies a role.
fn plural_or_modifier_after(text: &str, units: &Units, i: usize, prev: &str) -> bool {
    let lex = &*LEXICON;
    let w = units.word(i);
    let word_at = |k: usize| (k < units.len() && units.units[k].is_word()).then(|| units.word(k));
    let prev_capitalized = is_capitalized(units.text(text, i - 1, i));
    if w == "states" && states_before_no_clause(text, units, i, prev, prev_capitalized) {
        return true;
    }
    // "news reports", "initial estimates", "Arab states": a plural after a word that names
    // no speaker of its own (data/noun_modifiers.txt, a country's adjective).
    // ("The Associated Press reports", "CBS News reports": a capital after a capital names
    // the outlet; "22% of Democratic claims" is no name.)
    let in_a_name = prev_capitalized && i >= 2 && units.is_capitalized_word(text, i - 2);
    if w.ends_with('s')
        && (lex.noun_modifiers.contains(prev) && !in_a_name
            || prev_capitalized && !prev.ends_with('s') && LEXICON.is_country_adjective(prev))
    {
        return true;
    }
    // "one northern member state, speaking on condition of anonymity, said", "a swing state
    // report": the bare form after such a word too, unless the word is a plural that may be
    // the subject ("local media report that ...").
    if !w.ends_with('s')
        && lex.noun_modifiers.contains(prev)
        && !in_a_name
        && !["media", "press", "police", "intelligence"].contains(&prev)
    {
        return true;
    }
    // "all 50 U.S. states", "other EU states", "the smaller EU states", "the two Post-Soviet
    // states": a country's name or an abbreviation between a count or a comparison and the
    // plural, or any capitalized word after a count (a count's subject would be plural).
    let compared =
        |k: usize| word_at(k).is_some_and(|a| counts(a) || a.len() > 4 && a.ends_with("er"));
    let abbreviation = || {
        let t = units.text(text, i - 1, i);
        t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
    };
    if w.ends_with('s')
        && i >= 2
        && (compared(i - 2) && (lex.country_words.get(prev).is_some() || abbreviation())
            || prev_capitalized && word_at(i - 2).is_some_and(|a| counts(a) && !is_ordinal(a)))
    {
        return true;
    }
    // "the gap between demand and capacity": after a preposition stands a noun, never a
    // verb ("to" opens an infinitive). (Only the bare form: a plural there may open a clause
    // with no "that" whose subject the search for the speaker must not walk past, "with
    // claims a Treasury leak suggested".)
    if !w.ends_with('s') && NOUN_AFTER_PREPOSITION.contains(&prev) {
        return true;
    }
    // "they already have promises": a verb after "have" would be a participle.
    counts(prev)
        || ["have", "has", "had", "having", "one"].contains(&prev)
        || (i >= 2 && word_at(i - 2).is_some_and(|a| a == "a" || a == "an"))
        || (w.ends_with('s') && prev_capitalized && prev.ends_with("ern"))
        // "The New York state attorney general": a name and the cue form modify a role.
        || prev_capitalized && lex.roles.longest_at(&units.words, i + 1).is_some()
}

/// "cities and states across the country", "which states he could win", "Rust Belt states
/// Indiana, Michigan ...", "neighbouring Deep South states, following four hurricanes":
/// "states" (unit `i`, after the word `prev`), far more often the plural noun than the
/// verb, is the noun after a word no subject ends with ("which", a preposition), or after
/// a capitalized word or a conjunction when what follows it opens no clause. A report's
/// clause opens with "that", a colon, a pronoun or a determiner ("The Aviation Herald states
/// the 707 was a freighter", "lists Saha as ... and states it runs flights"), or the
/// sentence ends ('..., the lawsuit states.'); a comma follows the verb only after a
/// quotation.
fn states_before_no_clause(
    text: &str,
    units: &Units,
    i: usize,
    prev: &str,
    prev_capitalized: bool,
) -> bool {
    if ["which", "what", "of", "across", "among", "between"].contains(&prev) {
        return true;
    }
    // (A capital that opens the sentence is no modifier: "States say ...".)
    let modified = prev_capitalized && i >= 2 && units.units[i - 2].is_word();
    if !(modified || ["and", "or"].contains(&prev)) {
        return false;
    }
    let Some(next) = units.units.get(i + 1) else {
        return false;
    };
    let quoted_before = units.units[..i].iter().any(|u| u.is_quote());
    let opens_clause = if next.is_word() {
        let x = units.word(i + 1);
        x == "that"
            || SUBJECT_PRONOUNS.contains(&x)
            || OPENING_DETERMINERS.contains(&x)
            || ["this", "there", "in", "on"].contains(&x)
    } else {
        next.is_quote()
            || is_p(text, units, i + 1, &[":", ".", "?", "!"])
            || quoted_before && is_p(text, units, i + 1, &[","])
    };
    !opens_clause
}

/// Whether a word counts what follows it: a quantifier, a figure or a number word ("other
/// reports", "50 states", "two claims").
fn counts(w: &str) -> bool {
    QUANTIFIERS.contains(&w)
        || w.starts_with(|c: char| c.is_ascii_digit())
        || is_number_word(w)
        || currency_figure(w)
}

/// "N1,000", "Rs500", "Sh200": a figure after a currency's letters, as papers in Nigeria,
/// India and Kenya write sums ("N500 and N1,000 notes" are banknotes).
fn currency_figure(w: &str) -> bool {
    let letters = w.bytes().take_while(u8::is_ascii_alphabetic).count();
    (1..=3).contains(&letters) && w.as_bytes().get(letters).is_some_and(u8::is_ascii_digit)
}

/// "14th", "2nd": an ordinal written in figures ranks a name ("The 14th Amendment states").
fn is_ordinal(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(|c: char| c.is_ascii_alphabetic())
}

/// Plural auxiliaries, which no demonstrative "that" takes ("states that have suffered").
const PLURAL_AUXILIARIES: &[&str] = &["have", "are", "were", "do", "don't"];

/// Objects of "call" that a name or judgement may follow ("called him divisive").
const OBJECT_PRONOUNS: &[&str] = &[
    "him",
    "her",
    "it",
    "them",
    "himself",
    "herself",
    "itself",
    "themselves",
    "me",
    "us",
    "you",
    "this",
];

/// Judgements "call" gives without an article ("called her crooked").
const JUDGEMENTS: &[&str] = &[
    "unfit",
    "unfair",
    "wrong",
    "crazy",
    "weak",
    "racist",
    "sexist",
    "corrupt",
    "dishonest",
    "crooked",
    "liar",
    "stupid",
    "dumb",
    "absurd",
    "ridiculous",
    "irresponsible",
];

/// Whether an object and what it is called follow at `k`: "him divisive", "Clinton
/// unqualified", "the deal a mistake", "it a sham" (not "the police", "a meeting to order",
/// "it off"). An object without a determiner ("climate change a hoax") is taken only after
/// an inflected form (`inflected`): the bare "call" is as often a noun ("call centres also saw
/// a rise").
fn names_as(text: &str, units: &Units, k: usize, inflected: bool) -> bool {
    let word = |i: usize| units.word_or_empty(i);
    let is_word = |i: usize| i < units.len() && units.units[i].is_word();
    let cap = |i: usize| is_word(i) && is_capitalized(units.text(text, i, i + 1));
    let adjective = |i: usize| {
        let w = word(i);
        is_word(i)
            && !cap(i)
            && (JUDGEMENTS.contains(&w)
                // "unsubstantiated", "unfounded", "unwarranted"
                || w.len() > 6 && w.starts_with("un") && w.ends_with("ed")
                || w.len() > 5
                    && [
                        "ive", "ous", "ful", "less", "able", "ible", "ent", "ant", "ic", "ied",
                    ]
                    .iter()
                    .any(|end| w.ends_with(end)))
            && !["to", "for", "on", "in", "at", "with", "about"].contains(&word(i + 1))
    };
    // ("called him a week later": a time, not a name.)
    let time = |i: usize| {
        [
            "day", "week", "month", "year", "few", "while", "minute", "hour", "second", "couple",
            "number", "lot", "bit", "time", "dozen", "moment",
        ]
        .contains(&word(i))
    };
    let predicate =
        |i: usize| ["a", "an"].contains(&word(i)) && is_word(i + 1) && !time(i + 1) || adjective(i);
    if OBJECT_PRONOUNS.contains(&word(k)) && is_word(k) {
        return predicate(k + 1);
    }
    // ("calling Senate Majority Leader Mitch McConnell a liar": a title and a name.)
    if cap(k) {
        let mut j = k;
        while j < k + 6 && cap(j) {
            j += 1;
        }
        return predicate(j);
    }
    // "the deal a mistake", "the Republican plan a disaster", "the charges unsubstantiated",
    // "climate change a hoax": the object is short, and a determiner may open it.
    let determined = ["the", "his", "her", "its", "their", "that"].contains(&word(k));
    let bare = inflected
        && is_word(k)
        && !cap(k)
        && !is_time_or_place_word(word(k))
        && !["for", "off", "out", "up", "back", "upon", "as"].contains(&word(k))
        && !PP_AFTER_HEAD.contains(&word(k))
        && LEXICON.pronouns.get(word(k)).is_none();
    if determined || bare {
        let first = k + usize::from(determined);
        return (first + 1..=k + 4).any(|j| {
            (first..j).all(|i| {
                is_word(i) && !cap(i) && !PP_AFTER_HEAD.contains(&word(i)) && word(i) != "to"
            }) && (["a", "an"].contains(&word(j)) && is_word(j + 1) && !time(j + 1)
                || determined && adjective(j))
        });
    }
    false
}

/// Removes weak frames that cannot report anything: no "that" or colon after the cue and no
/// quotation on either side before the next frame. Left in, such a frame ("Republicans had
/// only asked for the information") would cut short the content of the frame before it.
/// Returns where the cues of the removed frames start.
pub(super) fn drop_idle_weak_frames(
    text: &str,
    units: &Units,
    frames: &mut Vec<Frame>,
) -> Vec<usize> {
    if !frames.iter().any(|f| f.weak) {
        return Vec::new();
    }
    let has_quote = |a: usize, b: usize| (a..b).any(|i| units.units[i].is_quote());
    let mut keep = vec![true; frames.len()];
    for (k, f) in frames.iter().enumerate() {
        // A participle ("..., citing figures") still ends the content before it, and a
        // subject that a later shared verb takes ("criticized the plan, saying ...") stays.
        if !f.weak
            || f.shared
            || f.subject.is_none()
            || frames.get(k + 1).is_some_and(|g| g.shared)
            || (f.end > 0
                && (units.words[f.end - 1] == "that" || is_p(text, units, f.end - 1, &[":"])))
        {
            continue;
        }
        let before = if k == 0 {
            0
        } else {
            frames[k - 1].end.min(f.start)
        };
        let after = frames
            .get(k + 1)
            .map_or(units.len(), |g| g.start.max(f.end));
        // A quotation before the frame is its report only where it closes with the clause:
        // '"A disgrace," the minister condemned', not 'said he had "no doubt" the official
        // had called it as he saw it'.
        let closes_before = f.start > 0 && {
            let p = f.start - 1;
            is_p(text, units, p, &[","]) || quotation_closes_with(text, units, p, &[',', '!', '?'])
        };
        if !(has_quote(f.end, after) || has_quote(before, f.start) && closes_before) {
            keep[k] = false;
        }
    }
    let dropped = frames
        .iter()
        .zip(&keep)
        .filter(|&(_, &k)| !k)
        .map(|(f, _)| f.cue_start)
        .collect();
    let mut k = 0;
    frames.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    dropped
}

/// "Christie questioned his depth and experience", "Bush questioned Mr. Trump's tactics",
/// "questioned the selection": doubting someone's quality or a thing aloud reports it
/// (PolNeAR's gold holds such objects). Only an owned object or a thing after "the": a
/// person questioned ("Police questioned the driver", "questioned him") is asked, not
/// doubted, and what they are asked follows elsewhere.
fn questions_a_thing(text: &str, units: &Units, f: &Frame) -> bool {
    let lex = &*LEXICON;
    if f.lemma != "question" || f.end + 1 >= units.len() || !units.units[f.end].is_word() {
        return false;
    }
    let k = f.end;
    let w = units.word(k);
    let thing = |h: usize| {
        h < units.len()
            && units.units[h].is_word()
            && !units.is_capitalized_word(text, h)
            && lex.roles.get(units.word(h)).is_none()
            && !lex.group_nouns.contains(units.word(h))
            && !PERSON_OBJECTS.contains(&units.word(h))
    };
    let owned = ["his", "her", "their", "its", "our", "my"].contains(&w)
        || units.is_capitalized_word(text, k)
            && (k + 1..(k + 4).min(units.len())).any(|x| units.word(x) == "'s");
    owned || w == "the" && thing(k + 1)
}

/// Whether the weak frame `f` states what was said of its object: "described X as Y"
/// (`describes_as`) or a judgement with its reason, "criticized Rubio for opposing legal
/// abortion" (data/reason_cues.txt, `judged_for`). Not in a relative clause, an aside before
/// a later cue ("Mr. Guerrero, a Republican who described himself as a Catholic, said
/// ..."); not inside another report's content among `frames` ("Franklin added that ...
/// voters who describe themselves as uncertain"); nor in a question.
fn judges_its_object(text: &str, units: &Units, f: &Frame, frames: &[Frame]) -> bool {
    let lex = &*LEXICON;
    let describe = f.lemma == "describe";
    if !(describe || lex.reason_cues.contains(&f.lemma))
        || ["who", "which"].contains(&units.word(f.start))
        || frames
            .iter()
            .any(|g| g.direction == Direction::Following && !g.weak)
        || is_p(text, units, units.len() - 1, &["?"])
    {
        return false;
    }
    if describe {
        describes_as(text, units, f.end)
    } else {
        judged_for(text, units, f.end)
    }
}

/// "criticized his opponents for their animosity", "blasted Rubio for his support of the
/// bill": an object, then "for" and the reason, after unit `k` (not "for years", "for the
/// first time", "for a second day").
fn judged_for(text: &str, units: &Units, k: usize) -> bool {
    let end = clause_end_from(text, units, k).min(k + 10);
    let word = |i: usize| units.word_or_empty(i);
    // An object first: "heaped praise on Kennedy for", "players criticised for continuing
    // the feud" (a passive) have none.
    if ADJUNCT_PREPOSITIONS.contains(&word(k)) || word(k) == "to" {
        return false;
    }
    (k + 1..end).any(|j| {
        word(j) == "for"
            && units.units[j - 1].is_word()
            // (Not another cue's "for": "rebuked Trump when he called for a ban".)
            && LEXICON.cues.longest_at(&units.words, j - 1).is_none()
            && !word(j + 1).is_empty()
            && !word(j + 1).bytes().all(|b| b.is_ascii_digit())
            && ![
                "years", "decades", "months", "weeks", "days", "hours", "the", "a", "an", "now",
                "example", "instance", "sure", "once", "ever", "two", "three", "several", "many",
                "some", "more", "less",
            ]
            .contains(&word(j + 1))
            && word(j + 2) != "part"
    })
}

/// "described the country as beset by illegal immigrants", "describes himself as
/// antiabortion": an object and what it is described as, after unit `k`, state what was
/// said of it (not "as well as", "as soon as").
fn describes_as(text: &str, units: &Units, k: usize) -> bool {
    let end = clause_end_from(text, units, k).min(k + 12);
    (k + 1..end).any(|j| {
        units.word(j) == "as"
            && units.units[j - 1].is_word()
            // ("an apartment being used as a depot", "what is known as")
            && !units.word(j - 1).ends_with("ed")
            && !["known", "seen"].contains(&units.word(j - 1))
            && units.words.get(j + 1).is_some_and(|w| {
                !["well", "soon", "long", "much", "many", "far", "if", "though"].contains(&&**w)
            })
    })
}

/// "questioned whether Obama was prepared", "questioned how Cruz could turn back": a cue
/// whose question (data/question_cues.txt) follows it as a wh-clause reports that question.
fn asks_a_question(units: &Units, f: &Frame) -> bool {
    LEXICON.question_cues.contains(&f.lemma)
        && units
            .words
            .get(f.end)
            .is_some_and(|w| WH_WORDS.contains(&&**w))
}

/// A transcript's speaker label opening the sentence: "PENCE: Well, look, ...",
/// "Matthews: Well, speculation is bad." or "((Perttu Ahola)) Hi." The label must be a person's name or written in
/// capitals, and words that label a paragraph rather than a speaker ("Note:", "UPDATE:")
/// are left out (data/label_words.txt).
pub(super) fn speaker_label_frame(text: &str, units: &Units) -> Option<Frame> {
    let lex = &*LEXICON;
    let (a, b, cue_end) = label_bounds(text, units)?;
    if !(a..b).all(|k| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1))) {
        return None;
    }
    let after = (cue_end..units.len())
        .filter(|&k| units.units[k].is_word())
        .count();
    // ("The Gap Goes On: It was under ...": a heading with an article names nobody, and
    // "MUMBAI: Shares rose" is a dateline. A short answer is a label's when its paragraph
    // goes on: "Melnyk: Yes. Danish engineers have worked with us.")
    if after < 3 && !(after > 0 && line_goes_on(text, units))
        || (a..b).any(|k| lex.label_words.contains(units.word(k)))
        || ["the", "a", "an"].contains(&units.word(a))
        || lex.names_a_place(&units.text(text, a, b).to_lowercase())
    {
        return None;
    }
    // ("Contact Paula Giroux: pgiroux@freepress.com.", "Hannah Kessel: hkessel@...": a
    // byline's or footer's address, no words said.)
    if units.units.get(cue_end).is_some_and(|u| {
        let first = text[u.start()..]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        first.find('@').is_some_and(|at| first[at..].contains('.'))
    }) {
        return None;
    }
    // "Leeds: Balshaw; Rees, Christophers, Bell.": a team's line-up, names and commas only.
    let line_up = (cue_end..units.len())
        .all(|k| !units.units[k].is_word() || is_capitalized(units.text(text, k, k + 1)))
        && (cue_end..units.len()).any(|k| is_p(text, units, k, &[",", ";"]));
    if line_up {
        return None;
    }
    let shouted = (a..b).all(|k| {
        let w = units.text(text, k, k + 1);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    let mut subject = speakers::analyse(text, units, a, b, None)?;
    if shouted {
        // Capitals read as an acronym (an organization) to the mention analysis; a label of
        // four letters or more that names no institution is a person's name ("PENCE").
        let longest = (a..b)
            .map(|k| {
                units
                    .text(text, k, k + 1)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
            })
            .max()
            .unwrap_or(0);
        if longest < 4 || lex.institutions.get(units.text(text, a, b)).is_some() {
            return None;
        }
        subject.speaker_type = speakers::SpeakerType::Person;
        // The name an analyst groups by is written as names are ("Wallace"), whether or
        // not the article names the person in full elsewhere.
        subject.name = subject.name.as_deref().map(names::title_case);
    } else if subject.speaker_type != speakers::SpeakerType::Person
        || subject.kind != speakers::MentionKind::Name
    {
        return None;
    }
    Some(Frame {
        weak: false,
        start: 0,
        end: cue_end,
        cue_start: b,
        cue_end,
        lemma: ":".to_string(),
        subject: Some(subject),
        shared: false,
        direction: Direction::Following,
    })
}

/// Where a transcript's label stands: up to four words before a colon ("PENCE:"), or a
/// name in double parentheses ("((Perttu Ahola))", as Wikinews prints its interviews).
/// Returns the label's first and end units and where the label's marks end; the marks
/// after the name are the cue.
fn label_bounds(text: &str, units: &Units) -> Option<(usize, usize, usize)> {
    if let Some(colon) = (1..units.len().min(5)).find(|&k| is_p(text, units, k, &[":"])) {
        // A transcript's label opens its line ("WALLACE: Let's start ..."); one after a
        // sentence on the same line is a title's ("... from May. Joshua Reynolds: The
        // Creation of Celebrity will feature ...") or a team's ("Saracens: Bartholomeusz;").
        return opens_a_line(text, units.units[0].start()).then_some((0, colon, colon + 1));
    }
    if !(units.len() > 6 && is_p(text, units, 0, &["("]) && is_p(text, units, 1, &["("])) {
        return None;
    }
    let close = (3..units.len().min(8) - 1).find(|&k| is_p(text, units, k, &[")"]))?;
    is_p(text, units, close + 1, &[")"]).then_some((2, close, close + 2))
}

/// Whether the line the sentence `units` ends on goes on after it.
pub(super) fn line_goes_on(text: &str, units: &Units) -> bool {
    units.units.last().is_some_and(|u| {
        text[u.end()..]
            .chars()
            .find(|&c| c != ' ' && c != '\t')
            .is_some_and(|c| c != '\n' && c != '\r')
    })
}

/// Whether byte `at` opens its line: only spaces, opening quotation marks or a parenthesis
/// stand between it and the line break (or the text's start) before it.
fn opens_a_line(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .find(|&c| !(c == ' ' || c == '\t' || c == '(' || "\"'\u{201c}\u{2018}\u{ab}".contains(c)))
        .is_none_or(|c| c == '\n' || c == '\r')
}

/// Whether the -ing cue at `i` follows a form of "be" ("is saying", "was still insisting"):
/// a verb, not a participle that shares the sentence's speaker.
pub(super) fn is_progressive(units: &Units, i: usize) -> bool {
    let mut j = i;
    loop {
        // "is still insisting", "is already claiming", "are openly saying".
        if j > 0
            && (["not", "n't"].contains(&units.word(j - 1))
                || MID_ADVERBS.contains(&units.word(j - 1))
                || is_ly_adverb(units.word(j - 1)))
        {
            j -= 1;
        } else if let Some(len) = (2..=3).find(|&len| {
            // "are in turn demanding": a linking phrase too (data/linking_phrases.txt).
            j > len && super::words::is_adverbial_link(units, j - len, j)
        }) {
            j -= len;
        } else {
            break;
        }
    }
    j > 0
        && (contracted_is_at(units, j - 1, i)
            || ["is", "are", "was", "were", "been", "be"].contains(&units.word(j - 1)))
}

/// Where a time phrase that ends a source at unit `e` starts ("police on Thursday", "a
/// congressional report on Wednesday", "officials late on Monday", "a report in October",
/// "a study released on Monday"), or `e`: the time is the frame's, the source the words
/// before it.
fn time_phrase_start(units: &Units, a: usize, e: usize) -> usize {
    let dated = |w: &str| is_month_or_day(w) || is_day_word(w);
    let mut k = e;
    while k > a + 1 && {
        let w = units.word(k - 1);
        dated(w)
            || DAY_PARTS.contains(&w)
            || ["week", "month"].contains(&w)
            || w.chars().all(|c| c.is_ascii_digit()) && units.units[k - 1].is_word()
    } {
        k -= 1;
    }
    let opens = |w: &str| ["on", "in", "last", "this", "late", "early", "earlier"].contains(&w);
    // ("officials late on Monday": the opening word may be two.)
    let mut start = k;
    while start > a + 1 && k - start < 2 && opens(units.word(start - 1)) {
        start -= 1;
    }
    if !(k < e && start < k && dated(units.word(k))) {
        return e;
    }
    // "a report released on Monday", "figures also released on Tuesday": the participle
    // that dates the source goes with the time.
    let participle = |k: usize| {
        let w = units.word(k);
        units.units[k].is_word() && w.len() > 4 && w.ends_with("ed") || w == "also"
    };
    let mut from = start;
    while from > a + 1 && participle(from - 1) {
        from -= 1;
    }
    from
}

/// Whether the word at `k`, after an "according to" that ends at `cue_end`, is a verb that
/// opens the reported clause and so ends the source: an auxiliary, or a lowercase word in
/// "-ed" that is no participle dating or placing the source ("a report released on Monday",
/// "a statement issued by", "a report dated March 16", "exit polls conducted for the AP").
fn verb_after_source(text: &str, units: &Units, k: usize, cue_end: usize) -> bool {
    let w = units.word(k);
    k > cue_end + 1
        && !is_capitalized(units.text(text, k, k + 1))
        && (AUXILIARIES.contains(&w) && w != "'s"
            || w.len() > 4
                && w.ends_with("ed")
                && units.words[k - 1] != "the"
                && !units.words.get(k + 1).is_some_and(|x| {
                    is_time_or_place_word(x)
                        || is_month_or_day(x)
                        || ["by", "following", "last", "for", "among"].contains(&&**x)
                }))
}

/// "according to SOURCE": the source runs to the next comma, quotation or sentence end.
pub(super) fn source_frame(
    text: &str,
    units: &Units,
    i: usize,
    cue_end: usize,
    floor: usize,
    lemma: &str,
) -> Option<Frame> {
    let n = units.len();
    let mut e = cue_end;
    // The source ends at a comma, a quotation, a relative pronoun, or a verb that starts
    // the reported clause ("according to the ministry recovered ten survivors").
    let verb_like = |k: usize| verb_after_source(text, units, k, cue_end);
    // Clause-initial ("According to X, C") takes what follows, otherwise what precedes.
    let initial = (floor..i)
        .all(|k| !units.units[k].is_word() || is_time_or_place_word(&units.words[k]) && k + 1 == i);
    // ("..., and according to the ministry he died": a clause after its conjunction.)
    let after_conjunction = i > floor && ["and", "but"].contains(&units.word(i - 1));
    // "According to Microsoft the messages were fake", "and according to the ministry he
    // died": with no comma, the reported clause's subject opens after the source's last
    // noun. (Not after what the source reports: "..., according to figures the bank
    // published" is one noun phrase.)
    let clause_subject = |k: usize| {
        lemma == "according to"
            && (initial || after_conjunction)
            && k > cue_end
            && k - cue_end <= 8
            && reported_clause_opens(text, units, k, cue_end)
    };
    let ends_source = |e: usize| {
        verb_like(e)
            || boundary_punct(text, units, e)
                // ("according to the Department of Forestry, Fisheries and the
                // Environment, ...": a comma in a body's list of fields ends no source.)
                && !super::subject::comma_in_a_body_s_fields(text, units, e, cue_end)
            || e > cue_end && ["who", "which", "that"].contains(&units.word(e))
            || clause_subject(e)
    };
    while e < n && !ends_source(e) {
        e += 1;
    }
    let (subject, e) = match named_after_source(text, units, cue_end, e) {
        Some((m, k)) => (m, k),
        None => {
            let named_to = time_phrase_start(units, cue_end, e);
            (speakers::analyse(text, units, cue_end, named_to, None)?, e)
        }
    };
    let e = past_asides_on_source(text, units, e, initial);
    let initial = initial || after_conjunction && e < n && clause_subject(e);
    let opener = (!initial)
        .then(|| reports_after_opening_phrase(text, units, (floor, i), e))
        .flatten();
    let initial = initial || opener.is_some();
    let end = opener.unwrap_or(e);
    Some(Frame {
        weak: false,
        start: i,
        end,
        cue_start: i,
        cue_end,
        lemma: lemma.to_string(),
        subject: Some(subject),
        shared: false,
        direction: if initial {
            Direction::Following
        } else {
            Direction::Preceding
        },
    })
}

/// "Since last November, according to Human Rights Watch, forces have killed 400": after a
/// short opening phrase (`floor` to the cue at `i`, set off by a comma), the clause that
/// follows the source (ending at `e`, at its comma) is what it reports. Returns where that
/// clause starts.
fn reports_after_opening_phrase(
    text: &str,
    units: &Units,
    (floor, i): (usize, usize),
    e: usize,
) -> Option<usize> {
    let n = units.len();
    let count_words = |a: usize, b: usize| (a..b).filter(|&k| units.units[k].is_word()).count();
    let before = count_words(floor, i);
    let after_start = if e < n && is_p(text, units, e, &[","]) {
        e + 1
    } else {
        e
    };
    let after_clause = (after_start..n)
        .find(|&k| boundary_punct(text, units, k) && !is_p(text, units, k, &[","]))
        .unwrap_or(n);
    (before <= 4
        && i > floor
        && is_p(text, units, i - 1, &[","])
        && e < n
        && is_p(text, units, e, &[","])
        && count_words(after_start, after_clause) >= before + 3)
        .then_some(after_start)
}

/// Words that link a noun to what follows it in one noun phrase ("figures of the bank",
/// "a report by the ministry", "talks with Iran"): after them no clause opens.
const LINKS: &[&str] = &[
    "of", "by", "at", "in", "from", "for", "and", "or", "to", "on", "with", "'s", "among", "than",
];

/// Whether the clause a source with no comma after it reports opens at unit `k` (the
/// source runs from `cue_end`): a subject pronoun, an article or "there" after the source's
/// last noun, or a figure after its name ("According to Pew Research 44% of searchers use
/// ..."). Not an apposition ("local newspaper the Daily Telegraph"), a figure inside a name
/// ("Il Sole 24 Ore") or a date ("a January 2016 study"), nor a clause with a report of its
/// own, which is that report's as it is after a comma ("According to Robert Peston the prime
/// minister said: ..."), nor after a source with a report in it ("According to Jupiter
/// Research 40% of homes with broadband say ...").
fn reported_clause_opens(text: &str, units: &Units, k: usize, cue_end: usize) -> bool {
    // (A cue after a preposition or a determiner is a noun: "without charge".)
    const NOUN_BEFORE: &[&str] = &[
        "the", "a", "an", "his", "her", "its", "their", "without", "with", "of", "for", "to", "by",
        "on", "in", "no",
    ];
    let n = units.len();
    let w = units.word(k);
    let capital_next = || {
        k + 1 < n && units.units[k + 1].is_word() && is_capitalized(units.text(text, k + 1, k + 2))
    };
    let opener = ["he", "she", "they", "we", "the", "a", "an", "there"].contains(&w)
        && !(["the", "a", "an"].contains(&w) && capital_next());
    let figure = w.starts_with(|c: char| c.is_ascii_digit())
        && is_capitalized(units.text(text, k - 1, k))
        && !is_month_or_day(&units.words[k - 1])
        && !capital_next();
    units.units[k - 1].is_word()
        && !LINKS.contains(&units.word(k - 1))
        && !is_capitalized(units.text(text, k, k + 1))
        && (opener || figure)
        && !(cue_end..(k + 8).min(n)).any(|j| {
            LEXICON.cues.longest_at(&units.words, j).is_some()
                && !NOUN_BEFORE.contains(&units.word(j - 1))
        })
}

/// "According to the El Paso mayor, Dee Margo, police were ...": a person's name between
/// commas after a source `cue_end..e` that ends in a role or a group noun is the source, and
/// the description its apposition ("According to official statements, Trump, now ..., is
/// to" has none). The name's mention and the unit after it (its closing comma).
fn named_after_source(
    text: &str,
    units: &Units,
    cue_end: usize,
    e: usize,
) -> Option<(SpeakerMention, usize)> {
    let (lex, n) = (&*LEXICON, units.len());
    let described = e + 2 < n
        && is_p(text, units, e, &[","])
        && e > cue_end
        && units.units[e - 1].is_word()
        && !units.is_capitalized_word(text, e - 1)
        && (lex.roles.longest_ending_at(&units.words, e).is_some()
            || lex.group_nouns.contains(units.word(e - 1)));
    if !described {
        return None;
    }
    // (The name closes with a comma, or ends the sentence: "..., according to its chief
    // executive, Katsuhiko Machida." A title's period is inside it: "..., according to a Navy
    // spokesman, Lt. Cmdr. Brian Oyelaran.")
    let title_period =
        |k: usize| is_p(text, units, k, &["."]) && lex.is_title_word(units.word(k - 1));
    let k = (e + 1..(e + 8).min(n))
        .find(|&k| !(units.is_capitalized_word(text, k) || k > e + 1 && title_period(k)))
        .filter(|&k| k > e + 1 && is_p(text, units, k, &[",", "."]))?;
    speakers::analyse(text, units, e + 1, k, Some((cue_end, e)))
        .filter(|m| m.speaker_type == speakers::SpeakerType::Person)
        .map(|m| (m, k))
}

/// Where the source ending at unit `e` is over once a relative clause on it ("According to
/// Agence France-Presse, which cited sources close to the inquiry, C") and, where the source
/// opens the clause (`initial`), an apposition on it are passed: both are the frame's.
fn past_asides_on_source(text: &str, units: &Units, e: usize, initial: bool) -> usize {
    let e = relative_on_source(text, units, e).unwrap_or(e);
    if initial {
        apposition_on_source(text, units, e).unwrap_or(e)
    } else {
        e
    }
}

/// "According to the Daycare Trust, a charity that campaigns for cheaper childcare, the
/// average cost ...", "According to UpGuard, a cybersecurity firm, two databases ...": an
/// indefinite noun phrase set off after a named source ending at `e` (its comma) describes
/// it, and the reported clause opens after its closing comma ("According to the ruling, a
/// host, such as Facebook, must ..." has none). The phrase holds no verb before a
/// relative pronoun ("According to the report, a third of the staff lost their jobs, and
/// ..." reports the clause), and a clause, not a conjunction, follows it. Returns the
/// closing comma.
fn apposition_on_source(text: &str, units: &Units, e: usize) -> Option<usize> {
    let n = units.len();
    // (The name may end in an abbreviation's period: "Co., Ltd.,".)
    let name_end = if e > 1 && is_p(text, units, e - 1, &["."]) {
        e - 1
    } else {
        e
    };
    if !(e + 2 < n
        && name_end > 0
        && units.is_capitalized_word(text, name_end - 1)
        && is_p(text, units, e, &[","]))
    {
        return None;
    }
    let close = (e + 2..n)
        .take(16)
        .find(|&k| boundary_punct(text, units, k) || units.units[k].is_quote())?;
    // A definite one, a role or an owner's describes a person by a role it holds
    // ("According to Wang Zhigang, the Chinese project manager, more than 3,500 ...",
    // "According to Robert Walsh, head of ...", "According to Sadie Weiner, Hagan's former
    // spokeswoman, ...").
    let lex = &*LEXICON;
    let role = (e + 1..close).any(|k| lex.roles.get(units.word(k)).is_some());
    let owner = (e + 2..close.min(e + 5)).any(|k| units.word(k) == "'s");
    let first = units.word(e + 1);
    // (Only after a person's full name: "According to ISNA, the Tehran prosecutor, Ali
    // Alghasi Mehr, said" names the one who reports.)
    let full_name = e >= 2 && units.is_capitalized_word(text, e - 2);
    // ("According to Huaneng Solar Co., Ltd., the project's contractor, 80 ...": a short
    // owned description after a name describes the source too.)
    let opens = ["a", "an"].contains(&first)
        || role
            && full_name
            && (first == "the" || owner || lex.roles.longest_at(&units.words, e + 1).is_some())
        || first == "the" && owner && close - e <= 5;
    if !opens {
        return None;
    }
    let relative = (e + 2..close)
        .find(|&k| ["that", "who", "which", "whose"].contains(&units.word(k)))
        .unwrap_or(close);
    // ("Brisbane-based" is no verb.)
    let verb = (e + 2..relative).any(|k| {
        let w = units.word(k);
        units.units[k].is_word()
            && (AUXILIARIES.contains(&w) && w != "'s"
                || past_form(w) && !w.contains('-')
                || LEXICON.cues.get(w).is_some())
    });
    let clause_next = close + 2 < n
        && is_p(text, units, close, &[","])
        && units.units[close + 1].is_word()
        && !SUBORDINATORS.contains(&units.word(close + 1))
        && !LINKS.contains(&units.word(close + 1))
        && !["but", "as", "while", "which", "who"].contains(&units.word(close + 1));
    (!verb && clause_next).then_some(close)
}

/// Where a relative clause that opens after the source ending at unit `e` (", which cited
/// sources ...,", " who asked not to be named,") closes: its closing comma, or the
/// sentence's end.
fn relative_on_source(text: &str, units: &Units, e: usize) -> Option<usize> {
    let n = units.len();
    let relative = |k: usize| k < n && ["which", "who", "whose"].contains(&units.word(k));
    // ("According to a senior official who spoke on condition of anonymity, C": the relative
    // may open with no comma.)
    let pronoun = if e + 1 < n && is_p(text, units, e, &[","]) && relative(e + 1) {
        e + 1
    } else if relative(e) {
        e
    } else {
        return None;
    };
    let close = (pronoun + 1..n)
        .find(|&k| boundary_punct(text, units, k) || units.units[k].is_quote())
        .unwrap_or(n);
    // (A relative that reports is a frame of its own: "according to police, who said
    // officers arrived six minutes later", "according to Guo, who disclosed that ..."; one
    // that cites its own sources, "which cited sources close to the inquiry", or asks not
    // to be named, does not.)
    let reports = (pronoun + 1..close).any(|k| {
        units.units[k].is_word()
            && LEXICON
                .cues
                .longest_at(&units.words, k)
                .is_some_and(|(c, len)| c.lemma != "cite" && !anonymity_after(units, k + len))
    });
    (!reports && (close == n || is_p(text, units, close, &[",", "."]))).then_some(close)
}

/// Prepositions after which a cue's form is a noun.
const NOUN_AFTER_PREPOSITION: &[&str] = &[
    "between", "among", "amid", "against", "despite", "without", "of", "about", "with", "for",
    "from", "into", "over", "under",
];

#[cfg(test)]
mod tests {
    use super::super::tests::{run, sole_speaker};

    /// A participle with its phrase before the sentence's verb describes a thing; one with
    /// a clause after its phrase reports.
    #[test]
    fn a_participle_before_the_sentence_s_verb_reports_nothing() {
        for s in [
            "Fewer than half of the homes for social rent promised in the manifesto were started last year.",
            "The big trend predicted for this year is the convergence of computers and television.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run("The minister announced in a statement that the homes were started.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    /// A cue's bare form after a preposition is a noun: no frame of its own, and no stop
    /// for the search of the subject before the sentence's own cue.
    #[test]
    fn a_bare_cue_form_after_a_preposition_is_a_noun() {
        let r = run("He said the gap between demand and capacity was growing, not shrinking.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "said");
        let r = run(
            "France's secretary of state for the elderly, Pascale Boistard, confirmed that Helal was on board.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Pascale Boistard");
    }

    /// A score conceded is no admission; an admission still reports.
    #[test]
    fn conceding_goals_reports_nothing() {
        for s in [
            "City, who have conceded 14 goals in their last five matches, travel to Bolton.",
            "The Londoners conceded six goals in their two League outings.",
        ] {
            assert_eq!(run(s), vec![], "{s}");
        }
        let r = run("The manager conceded his team did not deserve anything.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    /// "Okafor, a veteran diplomat confirmed in March, said ...": the participle describes
    /// her; "said" after the apposition reports (the frame of "confirmed" took the sentence).
    #[test]
    fn a_participle_inside_an_apposition_reports_nothing() {
        let s = "Okafor, a veteran diplomat confirmed in March, said Chilean regulators had \
                 approved the shipments.";
        assert_eq!(
            run(s),
            vec![(
                "Chilean regulators had approved the shipments".to_string(),
                "indirect",
                "said".to_string(),
                "Okafor".to_string()
            )]
        );
        // Outside an apposition the verb still reports.
        let r = run("A spokesman confirmed on Tuesday that the talks had ended.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "confirmed");
    }
    #[test]
    fn a_company_s_co_ltd_stays_in_the_source() {
        let r = run(
            "According to Huaneng Solar Engineering Co., Ltd., the project's contractor, 80 of them now work at the plant.",
        );
        assert_eq!(r[0].0, "80 of them now work at the plant");
        assert_eq!(r[0].3, "Huaneng Solar Engineering Co., Ltd");
    }

    #[test]
    fn a_cue_in_a_relative_on_the_subject_leaves_the_report_to_its_verb() {
        for (s, content) in [
            (
                "Republicans who wrote it said it would pass.",
                "it would pass",
            ),
            (
                "Lawmakers who wrote the bill said it would pass.",
                "it would pass",
            ),
            (
                "Residents who wrote to the council said it would pass.",
                "it would pass",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{r:?}");
            assert_eq!((r[0].0.as_str(), r[0].2.as_str()), (content, "said"), "{s}");
        }
        // A relative set off by a comma reports.
        let r = run(
            "Dianne Feinstein, who said none of the emails in question originated with her, left.",
        );
        assert_eq!(r[0].2, "said", "{r:?}");
    }

    #[test]
    fn a_condition_s_clause_supposes_words() {
        assert_eq!(run("If she says she will run, fans will cheer."), []);
        let r = run("He said that if they said no, they were not rung again.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "said");
        // After a noun the gold may read a report.
        assert_eq!(
            run("He can't mock the ratings if Holt asks him about his tax returns.").len(),
            1
        );
    }

    #[test]
    fn repeating_that_reports_as_a_second_statement() {
        let r = run(
            "Tomas Aldao said inflation would fall, and repeated that there would be no devaluation.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].0, "inflation would fall");
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("there would be no devaluation", "repeated")
        );
        // A feat repeated is no report.
        assert_eq!(run("He repeated the feat in Madrid."), []);
    }

    #[test]
    fn a_title_s_period_stays_in_the_name_after_a_described_source() {
        let r = run(
            "The ship is due for repairs, according to a Navy spokesman, Lt. Cmdr. Brian Oyelaran.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Lt. Cmdr. Brian Oyelaran");
    }

    #[test]
    fn a_body_s_list_of_fields_stays_in_the_source() {
        for s in [
            "According to the Department of Forestry, Fisheries and the Environment, 499 rhinos were poached.",
            "According to figures from the Ministry of Economy, Trade and Industry, 499 rhinos were poached.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{r:?}");
            assert_eq!(r[0].0, "499 rhinos were poached", "{s}");
        }
    }

    #[test]
    fn an_apposition_on_a_named_source_is_the_frame() {
        let r = run("According to Fenlow, a research firm, most parents pay more.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "most parents pay more");
        // (A clause after it, or a source that is no name, keeps the content whole.)
        let r = run("According to Fenlow, a third of parents paid more, and fees rose.");
        assert!(r[0].0.starts_with("a third of parents"), "{r:?}");
        let r = run("According to the ruling, a council, such as Harwick, must publish it.");
        assert!(r[0].0.starts_with("a council"), "{r:?}");
        // A definite one, a role or an owner's after a person's full name describes them.
        for s in [
            "According to Wang Zhigang, the Chinese project manager, most parents pay more.",
            "According to Robert Walsh, head of Brisbane-based developer Krome, most parents pay more.",
            "According to Sadie Weiner, Hagan's former spokeswoman, most parents pay more.",
        ] {
            let r = run(s);
            assert_eq!(r[0].0, "most parents pay more", "{s}");
        }
        // ("the Tehran prosecutor, Ali Mehr, said": after a body, the one who reports.)
        let r =
            run("According to ISNA, the Tehran prosecutor, Ali Mehr, said most parents pay more.");
        assert!(r[0].0.starts_with("the Tehran prosecutor"), "{r:?}");
    }

    #[test]
    fn a_relative_with_no_comma_on_the_source_is_the_frame() {
        let r = run(
            "According to a ranger who spoke on condition of anonymity, two bitterns returned.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("two bitterns returned", "a ranger")
        );
        let r =
            run("A warden, who asked to be identified only as Ana, said two bitterns returned.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "two bitterns returned");
    }

    #[test]
    fn a_relative_clause_or_participle_on_the_source_is_the_frame() {
        let r = run(
            "According to the Gazette, which cited volunteers on the reserve, two bitterns returned.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("two bitterns returned", "the Gazette")
        );
        let r = run("The birds left early, according to the trust, which counts them every May.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "The birds left early");
        let r = run(
            "According to a survey conducted for the trust by the university, counts have risen.",
        );
        assert_eq!(r[0].0, "counts have risen");
        // A relative that reports is a frame of its own.
        let r =
            run("The hide will open in June, according to Agnes Moller, who said it faces west.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("it faces west", "said")
        );
    }

    #[test]
    fn transcript_labels_in_parentheses() {
        let r = run("((Ines Okonkwo))  I would say about two billion a year.");
        assert_eq!(r[0].0, "I would say about two billion a year");
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), ("))", "Ines Okonkwo"));
        let r = run("HOLLOWAY: That is not true at all.");
        assert_eq!(r[0].0, "That is not true at all");
        // A heading with an article names nobody.
        assert!(run("The Gap Goes On: It was under his watch that it grew.").is_empty());
    }

    #[test]
    fn a_finite_cue_reports_only_a_clause() {
        assert!(run("Wales maintained their superb start to the tournament.").is_empty());
        assert!(run("The league maintains a register of injured players.").is_empty());
        let r = run("Karger maintained the Oscars only generated excitement in some years.");
        assert_eq!(r[0].0, "the Oscars only generated excitement in some years");
        let r = run("Kenya maintained it was making an example of her.");
        assert_eq!(r[0].0, "it was making an example of her");
        assert!(run("Fans responded to the result with chants.").is_empty());
        // "boast" has things too ("most advanced" is an adjective, no past tense).
        assert!(run("She boasts a roughly 45-point lead nationally.").is_empty());
        assert!(run("It already boasts the largest and most advanced arsenal.").is_empty());
        let r = run("Trump boasted that he welcomed the former president.");
        assert_eq!(r[0].0, "he welcomed the former president");
        assert_eq!(
            run("The club responded that tickets had sold out.").len(),
            1
        );
        let r = run("She added that while maintaining growth, China saw more jobs.");
        assert_eq!(r.len(), 1, "{r:?}");
        // With no object the report stands before the cue.
        let r = run("The strike would hit exports hardest, the chairman maintained.");
        assert_eq!(r[0].0, "The strike would hit exports hardest");
    }

    #[test]
    fn written_reports_after_a_perfect_or_of_a_document() {
        for s in [
            "A poem written by Hendrix went for £10,000.",
            "Viruses written to make headlines are getting rarer.",
            "The prize went to Primer, written and directed by Shane Carruth.",
            "Most payments bought copies of a book written by the group's chairman.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run("The minister has written to the mayor to offer a meeting.");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("to offer a meeting", "written")
        );
        // The one written to is the frame's; with nothing said after it, no report.
        let r = run("Howard has written to Tony Blair demanding an explanation of the rules.");
        assert_eq!(r[0].0, "demanding an explanation of the rules");
        assert!(
            run("The company has written to homes likely to be affected by the runway.").is_empty()
        );
        let r = run("I've written that the plan would fail.");
        assert_eq!(r[0].0, "the plan would fail");
        let r = run("An article written by Ian Tuttle appeared on Monday.");
        assert!(r.iter().any(|r| r.2 == "written"), "{r:?}");
    }

    #[test]
    fn a_threat_reports_an_infinitive_or_a_clause() {
        for (s, content) in [
            (
                "The union threatened to strike if the deal fell through.",
                "to strike if the deal fell through",
            ),
            (
                "A spokeswoman threatened that members would walk out.",
                "members would walk out",
            ),
        ] {
            assert_eq!(run(s)[0].0, content, "{s}");
        }
        for s in [
            "Oil rose as cold weather in the US threatened stocks of heating oil.",
            "Such talk threatens national security.",
            "Rangers threatened until the keeper let a shot slip through his grasp.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run("\"We will close every berth,\" the union's leader threatened.");
        assert_eq!(r[0].2, "threatened");
    }

    #[test]
    fn states_is_the_noun_where_no_clause_follows() {
        for s in [
            "Relief went to Florida and neighbouring Deep South states, following four storms.",
            "The host asked him which states specifically he could win.",
            "In 1988, Rust Belt states Indiana, Michigan and Ohio all supported Bush.",
            "The protests spread to cities and states across the country.",
        ] {
            assert!(run(s).iter().all(|r| r.2 != "states"), "{s}: {:?}", run(s));
        }
        for (s, content) in [
            (
                "The Aviation Herald states the jet was a freighter.",
                "the jet was a freighter",
            ),
            (
                "The register lists the airline as military and states it runs freight flights.",
                "it runs freight flights",
            ),
            (
                "A document on the campaign's website states that couples would get six weeks.",
                "couples would get six weeks",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(
                (r[0].0.as_str(), r[0].2.as_str()),
                (content, "states"),
                "{s}"
            );
        }
    }

    #[test]
    fn adding_to_a_thing_that_a_clause_describes_reports_nothing() {
        for s in [
            "The meeting has only added to the belief that the announcement is imminent.",
            "The latest hiccup adds to the drama that has surrounded her emails.",
            "The 337,000 jobs added to payrolls beat the figure that economists had forecast.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run("He added to reporters that the plan was dead.");
        assert_eq!(r[0].0, "the plan was dead");
    }

    #[test]
    fn a_question_s_first_verb_is_part_of_the_question() {
        let r = run(
            "Andrea Mitchell raised his affairs, asking Sanders why he has criticized the president.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("why he has criticized the president", "asking")
        );
        // The main verb after a question that opens the sentence still reports.
        let r = run("Asked if he would welcome their voters he told the BBC: \"No.\"");
        assert!(r.iter().any(|x| x.2 == "told"), "{r:?}");
    }

    #[test]
    fn a_participle_after_by_inside_a_reported_clause_is_its_means() {
        let r = run(
            "Reid told reporters that Trump \"may have violated the law\" by calling on Russia to hack the emails.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(
            r[0].0.ends_with("by calling on Russia to hack the emails"),
            "{r:?}"
        );
        let r = run("Trump argued Biden had lost the far left by saying he opposed the plan.");
        assert_eq!(r.len(), 1, "{r:?}");
        // Outside a reported clause the participle gives the words.
        let r = run("Bolton distanced himself from the movement by saying he would serve.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "saying");
    }

    #[test]
    fn a_cue_in_a_contact_clause_reports_nothing() {
        let r = run(
            "Menendez said he approached Corker months ago with draft legislation he wrote after being dissatisfied.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(
            r[0].0.ends_with("he wrote after being dissatisfied"),
            "{r:?}"
        );
        assert!(run("One of the first songs he wrote for other artists was a hit.").is_empty());
        // After a word that is no noun it reports.
        let r = run(
            "A couple of weeks ago I wrote about how my girlfriend had suffered when her modem blew up.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn a_time_between_call_and_for_is_the_cue_s() {
        for (s, cue) in [
            (
                "Lord Greaves called last week for international observers at the election.",
                "called last week for",
            ),
            (
                "A report by two committees called on Thursday for urgent changes to the system.",
                "called on Thursday for",
            ),
            (
                "Donald Trump called Wednesday for the justice to resign.",
                "called Wednesday for",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].2, cue, "{s}");
            assert!(!r[0].0.starts_with("for "), "{s}: {r:?}");
        }
        // A time with no "for" after it is no part of a cue.
        assert!(run("The minister called last week and left.").is_empty());
    }

    #[test]
    fn calling_someone_something_reports_it() {
        for (s, content) in [
            ("Sanders called him divisive.", "him divisive"),
            ("The mayor called the deal a mistake.", "the deal a mistake"),
            ("Dana Ruiz calls herself a moderate.", "herself a moderate"),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].0, content, "{s}");
        }
        for s in [
            "She called the police.",
            "He called the meeting to order.",
            "They called him a week later.",
            "He called it off.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
    }

    #[test]
    fn branding_something_with_words_reports_them() {
        for (s, content) in [
            (
                "Mr Lee branded the plan \"a leap in the dark\".",
                "the plan \"a leap in the dark\"",
            ),
            ("Ms Hale labelled it \"tasteless\".", "it \"tasteless\""),
            // Someone calls it so: a relative's subject, a name, a speaker's noun.
            (
                "He attacked the rebels, who he called \"cowards\".",
                "cowards",
            ),
            ("It was a plan critics called \"reckless\".", "reckless"),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].0, content, "{s}");
        }
        // The participle with the name right after it is a passive: no one speaks.
        for s in [
            "Buyers avoid items labeled \"Made in Harlow\" in the shops.",
            "The emails were branded \"secret\" by the ministry.",
            "Ferries sailed under a flag branded as a symbol of the town.",
            "Lee shared a syllabus for a class called \"Perception\" on his page.",
            "Users pass the file through a process called \"seeding\" at night.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
    }

    #[test]
    fn say_after_a_word_of_degree_is_a_noun() {
        for s in [
            "Scottish ministers insist they will still have the final say on whether it opens.",
            "Leaders should have a greater say in reforms, Mr Lee wrote.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert!(r[0].0.contains(" say "), "{s}: {r:?}");
        }
    }

    #[test]
    fn cue_forms_in_noun_position_are_nouns() {
        for s in [
            "The strong jobs report has cleared the way for the Fed to act.",
            "Some states remained too close to call.",
            "Clinton leads after strong showings in the Midwest and other Western states.",
            "Though he has not been a major voice on trade, he spoke.",
            "The October jobs report exceeded economists' expectations.",
            "Pollsters in 50 states expect a close race.",
            // After a preposition: "In remarks to ...", "By reports, ...".
            "By reports, the mayor won all three wards.",
            "Programs vary from state to state.",
            // A plural's relative clause, "such as", a count before a capital, a region.
            "Voters in Rust Belt states that have lost jobs turned out.",
            "Bonds are sold to Asian states such as Japan and China.",
            "The conflict between the two Post-Soviet states centers on the region.",
            "Britain received less than other EU states.",
            "Twenty-seven states led by West Virginia are suing.",
            "He had a right to criticise Arab states.",
            "Turnout rose across southern states on Tuesday.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        // A figure after a currency's letters counts as a figure does: banknotes.
        for (s, cue) in [
            (
                "The CBN unveiled redesigned N200, N500 and N1,000 notes, saying the new notes \
                 would be harder to forge.",
                "saying",
            ),
            (
                "The governor added, noting that counterfeit N1,000 notes seized by banks had \
                 risen.",
                "noting",
            ),
        ] {
            let r = run(s);
            assert_eq!(
                r.iter().map(|r| r.2.as_str()).collect::<Vec<_>>(),
                [cue],
                "{s}"
            );
        }
        let r = run("In remarks to the press, Ann Lee of the council observed, \"We are ready.\"");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Ann Lee of the council");
        // "by saying" is a gerund's report.
        assert_eq!(
            run("She angered them by saying that the vote was rigged.")[0].2,
            "saying"
        );
        // The same forms as verbs.
        assert_eq!(run("The agency reports that prices rose.")[0].2, "reports");
        assert_eq!(
            run("The lawsuit states that the fees were unfair.")[0].2,
            "states"
        );
        assert_eq!(
            run("The 14th Amendment states: \"All are equal.\"")[0].2,
            "states"
        );
        assert_eq!(run("Mr Lee claims that has never happened.")[0].2, "claims");
        let r = run("The plan, which the Tax Foundation predicts would cost $170 billion, failed.");
        assert_eq!(r[0].2, "predicts");
        assert_eq!(
            run("Other voices counter that it is time to move on.")[0].3,
            "Other voices"
        );
    }

    /// "counter" after "and", "or" or a determiner modifies a noun, as the BBC writes
    /// counter-claims open; after a subject it is the verb.
    #[test]
    fn counter_before_its_noun_reports_nothing() {
        for s in [
            "They are unnerved by the continuing claims and counter claims surrounding the rift.",
            "It has spawned guides, rebuttals and counter claims.",
            "The visit runs counter to the declaration.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        assert_eq!(
            run("Limiting spending will cost jobs, they counter.")[0].2,
            "counter"
        );
    }

    #[test]
    fn a_bare_cue_form_heading_a_determined_phrase_is_a_noun() {
        for s in [
            "The WEF report shows that concern has dropped.",
            "Brazilian police charge the swimmer with filing a false robbery report over it.",
            "A day ahead of the government's pre-Budget report, he spoke in Leeds.",
            "It was once a golf club, its decrepit state emblematic of the fate of many.",
            "His second tweet, an hour later, was a return to politics.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        // Its subject is the whole phrase: "A ... report on X says".
        let r = run("A National Audit Office report on the projects says costs have risen.");
        assert_eq!(r[0].3, "A National Audit Office report on the projects");
        // After a plural, a collective or a preposition's object it is a verb.
        for (s, cue) in [
            ("The papers report that the deal is close.", "report"),
            ("The pair claim they are being punished.", "claim"),
            ("Supporters of the change claim it will cut costs.", "claim"),
            (
                "Scientists from the World Wildlife Fund warn the population fell.",
                "warn",
            ),
        ] {
            assert_eq!(run(s)[0].2, cue, "{s}");
        }
    }

    #[test]
    fn a_plural_cue_form_after_a_noun_modifier_is_a_noun() {
        for s in [
            "Initial estimates put the total at about 55,000 pages.",
            "Under this scheme larger states such as Britain are expected to pay more.",
            "Coastal states swing toward Democrats.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        // The verb after the noun reports: the reports describe the deal.
        let r = run("Media reports in both countries describe the deal as a major step.");
        assert_eq!((r.len(), r[0].2.as_str()), (1, "describe"));
        let r = run("The nominee secures ballot access in all 50 U.S. states, the party says.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "says");
        // A capital inside the sentence names the outlet.
        for s in [
            "The Associated Press reports that Hess almost missed the flight.",
            "CBS News reports that the letter was sent to his apartment.",
        ] {
            assert_eq!(run(s)[0].2, "reports", "{s}");
        }
    }

    #[test]
    fn writing_a_work_reports_nothing() {
        assert_eq!(
            run("Sonia Sotomayor wrote a lashing dissent in the case."),
            []
        );
        assert_eq!(
            run("He wrote his dissertation on Ethiopian agriculture."),
            []
        );
        assert_eq!(
            run("She wrote a letter saying that the plan was dead.")[0].2,
            "wrote"
        );
        let r = run(r#""Meh," wrote a Trump supporter who runs the account."#);
        assert_eq!(r[0].2, "wrote");
        assert_eq!(run("He wrote that the plan was dead.")[0].2, "wrote");
        // A work after "the" (data/written_works.txt), or right after the cue.
        for s in [
            "Adams wrote the screenplay based on his book.",
            "Read wrote the song before the tragedy.",
            "She spent the winter writing songs for the album.",
            // A quotation that titles the work is no statement.
            "She built a brand around the cause, writing a book called \"Women Who Work\".",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        assert_eq!(run("He also wrote the agents knew to brace.")[0].2, "wrote");
    }

    #[test]
    fn claiming_a_prize_reports_nothing() {
        assert_eq!(run("The storm claimed 30 lives across the region."), []);
        assert_eq!(run("Ortiz claimed her third title in four years."), []);
        assert_eq!(run("Jones claimed the Republican nomination."), []);
        assert_eq!(
            run("Qiao claimed the women's singles title at the Denmark Open."),
            []
        );
        assert_eq!(run("He claimed the title was stolen.")[0].2, "claimed");
        assert_eq!(
            run("He claimed the Championship race would be close.")[0].2,
            "claimed"
        );
        assert_eq!(
            run("The group claimed responsibility for it.")[0].2,
            "claimed"
        );
    }

    #[test]
    fn a_criticism_reports_its_object_unless_a_participle_gives_the_words() {
        let r = run("Aid charity Actionaid criticised Mr Brown's preoccupation with a vaccine.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "criticised");
        let r = run("Cuomo criticized the federal plan, saying it relied on private firms.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), ("saying", "=Cuomo"));
        let r = run("Biden criticized Trump for this stance, saying it was wrong.");
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn a_particle_after_the_cue_makes_another_verb() {
        assert_eq!(run("Several firms have called off projects with him."), []);
        assert_eq!(
            run("The committee has written off efforts by the delegates."),
            []
        );
        assert_eq!(
            run("She was booed and shouted down by supporters after the speech."),
            []
        );
        assert_eq!(
            run("He said off the record that the deaths were caused by gas.")[0].2,
            "said"
        );
        assert_eq!(run("He said down-ballot races can help her.")[0].2, "said");
    }

    #[test]
    fn a_cue_after_being_is_a_passive() {
        assert_eq!(
            run("Despite being told he was a nutter, she found a reference to him."),
            []
        );
        let r = run("He vowed to stop people from being denied coverage.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), ("vowed", "He"));
        assert_eq!(run("He said he was being careful.")[0].2, "said");
    }

    #[test]
    fn a_cue_in_s_after_a_modifier_is_a_plural_noun() {
        for s in [
            "Following claims that forces had worked inside Iran, Mr Blair was asked about it.",
            "These calls for more troops have come as the war grew.",
            "She stayed in despite Democratic calls for her to bow out.",
            "Having said that, Mark is looking in much better shape.",
        ] {
            assert!(
                run(s)
                    .iter()
                    .all(|r| !["claims", "calls for", "said"].contains(&r.2.as_str())),
                "{s}: {:?}",
                run(s)
            );
        }
        // A name in -ing, a noun after "the", and "Republican" still report.
        for (s, cue) in [
            ("\"It is a fraud,\" says Suckling.", "says"),
            ("The ruling says the law stands.", "says"),
            (
                "Utah Republican calls for an inquiry into the emails.",
                "calls for",
            ),
        ] {
            assert_eq!(run(s)[0].2, cue, "{s}");
        }
    }

    #[test]
    fn a_cue_before_a_colon_that_opens_a_sentence_labels_it() {
        for s in [
            "WARNING: Video contains graphic images.",
            "Note: the figures are rounded.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
    }

    #[test]
    fn a_participle_before_to_be_or_to_have_is_a_passive() {
        for s in [
            "A bombing was yesterday reported to have killed a photographer.",
            "She was later revealed to be an actress.",
            "It filed 717 lawsuits against people alleged to have traded songs.",
            "The head of the agency widely reported to have resigned is still there.",
        ] {
            assert_eq!(run(s), [], "{s}");
        }
        // A subject that does what the infinitive says claims it.
        let r = run("He claimed to have evidence supporting the claim.");
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), ("claimed", "He"));
        assert_eq!(
            run("He reported to the police that his car was gone.")[0].2,
            "reported"
        );
    }

    #[test]
    fn asking_for_anonymity_reports_nothing() {
        let r =
            run("A person familiar with the talks, who asked not to be named, said it would fail.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "said");
        // Asking someone to do something still reports: "asked voters to turn out".
        assert_eq!(
            run("She asked voters to turn out on Tuesday.")[0].2,
            "asked"
        );
    }

    #[test]
    fn the_subject_of_a_passive_quoted_by_as_is_the_speaker() {
        let r = run("Health minister Lars Olsen was quoted by local media as saying it was ready.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("it was ready", "Health minister Lars Olsen")
        );
        // The active form quotes someone else: all of it is the frame.
        let r = run("\"It was ready,\" the paper quoted a senior engineer as saying.");
        assert_eq!(r[0].0, "It was ready,");
    }

    #[test]
    fn a_name_after_a_sources_role_is_the_source() {
        let r = run("According to the El Paso mayor, Dee Margo, police were investigating.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("police were investigating", "Dee Margo")
        );
        // After a document, the name opens the clause it reports.
        let r =
            run("According to official statements, Trump, now in hospital, is to keep working.");
        assert_eq!(r[0].3, "official statements");
        assert!(r[0].0.starts_with("Trump"), "{r:?}");
    }

    #[test]
    fn a_label_opens_its_line() {
        assert!(super::opens_a_line("A.\n\"WALLACE: Go.", 4));
        assert!(super::opens_a_line("WALLACE: Go.", 0));
        assert!(!super::opens_a_line(
            "It opens in May. Joshua Reynolds: The Show",
            17
        ));
        let r = run("WALLACE: Let's start with the news of the day.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, ":");
        // A place before the colon is a dateline.
        assert_eq!(
            run("MUMBAI: Shares rose sharply on Monday as banks gained."),
            []
        );
        // A byline's or a footer's address is no statement.
        assert_eq!(run("Hannah Kessel: hkessel@post-gazette.com"), []);
        assert_eq!(
            run("Contact Paula Giroux: pgiroux@freepress.com. Follow her on X @PaulaGiroux."),
            []
        );
    }

    #[test]
    fn a_progressive_cue_after_a_contraction_or_an_adverb() {
        for (s, who) in [
            ("He's predicting he will do well in Nevada.", "He"),
            ("She's now saying that the plan failed.", "She"),
            (
                "The campaign is already claiming that it won.",
                "The campaign",
            ),
            (
                "The unions are openly saying the deal is dead.",
                "The unions",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // After a name, "'s" is a possessive: "Trump's saying so" is a noun phrase.
        assert_eq!(run("Trump's saying so does not make it true."), []);
    }

    #[test]
    fn a_bare_cue_form_before_a_role_or_a_title_modifies_it() {
        let r = run("\"There is surplus,\" state prosecutor Alexis Ortiz told Reuters.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].2.as_str(), r[0].3.as_str()),
            ("told", "state prosecutor Alexis Ortiz")
        );
        let r = run("Missouri state Sen. Jason Holsman said the bill was wrong.");
        assert_eq!(r[0].3, "Missouri state Sen. Jason Holsman");
        // A subject before it keeps the verb.
        assert_eq!(
            run("Critics state that officials must resign.")[0].2,
            "state"
        );
    }

    #[test]
    fn a_bare_cue_form_after_a_preposition_and_a_singular_is_a_noun() {
        let r = run("He told us he is looking to the contest in his home state because he won.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "told");
        // After a plural the verb agrees: "supporters of the change claim".
        assert_eq!(
            run("Supporters of the change claim it will pass.")[0].2,
            "claim"
        );
    }

    #[test]
    fn letting_someone_say_reports_nothing() {
        assert_eq!(run("Let's say they're at 54 seats."), []);
        assert_eq!(run("The site lets people write reviews of the films."), []);
        assert_eq!(
            run("Let me say it was not crowded.")[0].0,
            "it was not crowded"
        );
        assert_eq!(
            run("He let it be known, she said, that he would go.")[0].2,
            "said"
        );
    }

    #[test]
    fn a_saying_that_opens_a_sentence_a_frame_closes_keeps_its_row() {
        let r = run("It said incentives were likely to be seen as gimmicks, MPs said.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            (
                "It said incentives were likely to be seen as gimmicks",
                "MPs"
            )
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].3.as_str()),
            ("incentives were likely to be seen as gimmicks", "It")
        );
        // Another cue's report is the closing frame's content only.
        let r = run("Over half of the schools reported deferrals, Mirka Martel said.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn telling_a_story_or_adding_up_reports_nothing() {
        assert_eq!(run("The film tells the story of two brothers in Ohio."), []);
        assert_eq!(run("Her novel told a tale of loss."), []);
        assert_eq!(run("The pledges add up to more than $8 million."), []);
        assert_eq!(run("It all added up, she said.")[0].2, "said");
        assert_eq!(
            run("He told reporters the story was false.")[0].0,
            "the story was false"
        );
        assert_eq!(
            run("Ortiz told the story that she had been fired.")[0].2,
            "told"
        );
        assert_eq!(
            run("Ortiz told the crowd she would stay.")[0].0,
            "she would stay"
        );
    }

    /// "Judge David McKeague, writing for the majority, said": one writes for whomever one
    /// writes, so the phrase sets the scene and "said" reports (the participle reported "for
    /// the majority, said ...", and the name became the content of an inversion).
    #[test]
    fn writing_for_anyone_sets_the_scene() {
        for s in [
            "Judge David McKeague, writing for the majority, said the law was valid.",
            "Justice Edwin Marsh, writing for the majority, said the government \"may not do it.\"",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].2, "said", "{s}");
            assert!(
                r[0].3.ends_with("Marsh") || r[0].3.ends_with("McKeague"),
                "{s}: {r:?}"
            );
        }
    }

    #[test]
    fn posted_reports_a_quotation_or_colon() {
        let r = run(r#"Along with the photo, he had posted: "We are celebrating!""#);
        assert_eq!(r[0].2, "posted");
        assert_eq!(run("He posted a photo of his dog."), []);
    }

    #[test]
    fn coordination_and_idle_weak_cues() {
        let r = run("His aides say it is too early to discuss a run but noted that he won twice.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].0, "it is too early to discuss a run");
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("he won twice", "noted")
        );
        assert_eq!(r[1].3, "=His aides");
        // "asked for" reports nothing here, so it does not cut the content before it.
        let r = run(
            "A source said he could not answer because Republicans had only asked for the information a few hours earlier.",
        );
        assert_eq!(r.len(), 1);
        assert!(r[0].0.ends_with("a few hours earlier"), "{r:?}");
        // A weak cue whose subject a participle takes stays.
        let r = run("Cuomo criticized the plan, saying its inequities will hurt the country.");
        assert_eq!(r[0].0, "its inequities will hurt the country");
        assert_eq!(r[0].3, "=Cuomo");
    }

    #[test]
    fn a_verb_that_goes_on_with_the_cue_reports() {
        for (s, content, mention) in [
            (
                "Trump continued to question whether Cruz is eligible.",
                "whether Cruz is eligible",
                "Trump",
            ),
            (
                "The nominee continues to insist, most recently in an interview with ABC News, \
                 that he wants to release his taxes.",
                "he wants to release his taxes",
                "The nominee",
            ),
        ] {
            let r = run(s);
            assert_eq!(
                (r[0].0.as_str(), r[0].3.as_str()),
                (content, mention),
                "{s}"
            );
        }
        // An aside with a cue of its own is a frame ("suggesting, experts noted, that").
        let r = run(
            "It may spread like flu - suggesting, experts noted, that it may need containment.",
        );
        assert!(r.iter().any(|r| r.2 == "noted"), "{r:?}");
        // After "to" a cue is still a noun where no such verb stands before it.
        assert!(run("He turned to the report.").is_empty());
    }

    #[test]
    fn adverbs_negation_and_passives() {
        let r = run("Clinton now says she opposes the deal on trade.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("she opposes the deal on trade", "Clinton")
        );
        let r = run("The minister reportedly told aides that the plan was dead.");
        assert_eq!(r[0].3, "The minister");
        for s in [
            "The Trump campaign did not immediately respond to requests for comment.",
            "Reid would not say whether he would prefer that Democrats face Trump.",
            "Mr. Trump hardly clarified the matter in the interview on Sunday.",
            "Britain would formally declare its intention to leave by the end of March.",
            "The city was widely hailed for its practice of free parking.",
            "The orchestra is often called upon to play when winners ramble on.",
            "Users are being warned about a virus that poses as a game.",
            "He will also say that the party wants a fair deal.",
            "The food maker will also add a label to its low-fat brands.",
            "The president was also asked whether the war had made the world less safe.",
            "Its winds are only predicted to reach about 75 miles per hour.",
            "The prop was only recalled after a teammate was injured.",
            "The mayor was not told of the closure until Friday.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run(
            "The center says revenue would fall, but would eventually add $84 billion over 10 years.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn transcript_labels() {
        let r = run("PENCE: Well, look, Hillary Clinton apparently thinks this is a show.");
        assert_eq!(
            r[0].0,
            "Well, look, Hillary Clinton apparently thinks this is a show"
        );
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), (":", "PENCE"));
        let r = run("Chris Matthews: Well, speculation is bad for everyone.");
        assert_eq!(r[0].3, "Chris Matthews");
        for s in [
            "UPDATE: The road has reopened to traffic in both directions.",
            "Note: The figures were revised on Monday morning.",
            "The Latest: Sanders wins the Minnesota caucuses.",
            "Subs Not Used: Fish, Jeffers, Andersen.",
            "Leeds: Balshaw; Rees, Christophers, Bell, Doherty.",
            "Replacements: Thomas for Jones 54, Evans for Hill 70.",
        ] {
            assert!(run(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn according_to() {
        let r = run("According to the center staff, the system was built last year.");
        assert_eq!(r[0].0, "the system was built last year");
        let r = run("The total rose to 319, according to Yonhap news agency.");
        assert_eq!(r[0].0, "The total rose to 319");
        assert_eq!(r[0].3, "Yonhap news agency");
        // The time that dates a source is the frame's, not the source's name.
        for (s, source) in [
            (
                "At least 56 people died, according to police on Thursday.",
                "police",
            ),
            (
                "According to officials late on Monday, the storm killed 12.",
                "officials",
            ),
            (
                "Sales rose, according to a report released on March 3.",
                "a report",
            ),
            (
                "Sales rose, according to figures also published in October.",
                "figures",
            ),
            (
                "Sales rose, according to data released by the bureau on Monday.",
                "data released by the bureau",
            ),
        ] {
            assert_eq!(run(s)[0].3, source, "{s}");
        }
    }

    #[test]
    fn a_report_inside_according_to_is_the_source_s() {
        // "According to X, C" gives C, a report in C too (PolNeAR's gold has the outer row).
        for (s, content, source) in [
            (
                "According to the filing, the firm disclosed the matter in February.",
                "the firm disclosed the matter in February",
                "the filing",
            ),
            (
                "According to local radio, Ms Moyo said the bridge would reopen.",
                "Ms Moyo said the bridge would reopen",
                "local radio",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!((r[0].0.as_str(), r[0].3.as_str()), (content, source), "{s}");
        }
        // Quoted words after the inner cue are its speaker's.
        let r = run("According to the text, he told delegates: \"We must act.\"");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("We must act.", "he"),
            "{r:?}"
        );
    }

    #[test]
    fn a_capitalized_cue_before_a_reporting_verb_is_a_name() {
        let r = run("\"She was fine,\" Yelling told BBC Sport.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].2.as_str(), r[0].3.as_str()),
            ("told", "Yelling"),
            "{r:?}"
        );
        // A participle before an adjective stays one.
        let r = run("Citing alleged fraud, the board sacked him, saying he had lied.");
        assert!(r.iter().all(|x| x.3 != "Citing"), "{r:?}");
        // After a comma, before another capital, a cue is a name's first word.
        let r = run("Most users say they use Google, Ask Jeeves, MSN and Yahoo.");
        assert!(r.iter().all(|x| x.2 != "Ask"), "{r:?}");
    }

    #[test]
    fn a_name_after_a_closing_source_s_role_is_the_source() {
        for s in [
            "The firm plans laptops, according to its chief executive, Park Min-jae.",
            "According to its chief executive, Park Min-jae, the firm plans laptops.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].3, "Park Min-jae", "{s}");
        }
    }

    #[test]
    fn according_to_with_no_comma_ends_at_the_clause_s_subject() {
        for (s, content, source) in [
            (
                "According to Microsoft the messages were sent from Kuwait.",
                "the messages were sent from Kuwait",
                "Microsoft",
            ),
            (
                "According to Ofcom there were four million users.",
                "there were four million users",
                "Ofcom",
            ),
            (
                "He was ill and according to the ministry he died in the morning.",
                "he died in the morning",
                "the ministry",
            ),
            (
                "According to Pew Research 44% of searchers use one engine.",
                "44% of searchers use one engine",
                "Pew Research",
            ),
        ] {
            let r = run(s);
            assert_eq!((r[0].0.as_str(), r[0].3.as_str()), (content, source), "{s}");
        }
        // An apposition, a figure in a name or a date, a report of its own run on.
        for (s, source) in [
            (
                "According to local newspaper the Daily Star, the plant will close.",
                "local newspaper the Daily Star",
            ),
            (
                "According to Il Sole 24 Ore, the plan will pass.",
                "Il Sole 24 Ore",
            ),
            (
                "According to a January 2016 study, voters skew young.",
                "a January 2016 study",
            ),
        ] {
            assert_eq!(run(s)[0].3, source, "{s}");
        }
        let r = run("According to Robert Peston the prime minister said: \"Help me.\"");
        assert!(r.iter().all(|x| x.3 != "Robert Peston"), "{r:?}");
    }

    /// "added to" a thing makes it larger; a listener with a quotation still reports.
    #[test]
    fn adding_to_a_thing_reports_nothing() {
        for s in [
            "Ms Brill, who added to her delegate lead, won again.",
            "The latest triumph adds to the three awards won earlier this year.",
            "Ruiz has added to speculation linking him with a move to Lima.",
        ] {
            assert!(
                run(s).iter().all(|r| r.2 != "added" && r.2 != "adds"),
                "{s}: {:?}",
                run(s)
            );
        }
        let r = run("\u{201c}It was a good night,\u{201d} Ruiz added to reporters.");
        assert_eq!(r[0].2, "added");
        let r = run("Ruiz added to reporters that the deal was done.");
        assert_eq!(r[0].0, "the deal was done");
    }

    /// A participle with "by" after a thing's noun names the thing; a time after "by", a
    /// speaker's noun or an auxiliary before the participle leave the report.
    #[test]
    fn a_participle_by_after_a_thing_reports_nothing() {
        for s in [
            "The total cost of fraud reported by shoppers was $12m.",
            "The figure announced by the mayor is lower than last year's.",
            "The highest rate noted by the team was in the north.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run("He said the deal was \"dead\" after the chance offered by voters.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].0.ends_with("offered by voters"), "{r:?}");
        let r = run("The council predicted by 9 pm, there would be power again.");
        assert_eq!(r[0].0, "by 9 pm, there would be power again");
        let r = run("The mayor was asked by reporters to explain the delay.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    /// After a perfect, "added" with an object and no clause made something larger.
    #[test]
    fn indicate_reports_a_clause_not_a_thing() {
        let r = run("Lending showed a lull in January, indicating a slowing housing market.");
        assert!(r.is_empty(), "{r:?}");
        let r = run("Russia indicated it would not abide by the rulings.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "it would not abide by the rulings");
    }

    #[test]
    fn adding_a_thing_reports_nothing() {
        for s in [
            "The league has added two new clubs to its second division.",
            "In the latest release, the firm has also added what it calls smart folders.",
            "The state had added an extra week of early voting.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        for (s, content) in [
            (
                "The coach has added that the team needs rest.",
                "the team needs rest",
            ),
            (
                "The coach had added he would stay another year.",
                "he would stay another year",
            ),
            (
                "The minister has added: the budget is final.",
                "the budget is final",
            ),
        ] {
            assert_eq!(run(s)[0].0, content, "{s}");
        }
        // With no perfect too: an object and no clause, quotation or colon.
        for s in [
            "Federer added the Dubai trophy to his long list of successes.",
            "Joe Cole added a second with a 20-yard shot in injury-time.",
            "The account adds a critical voice to the public record.",
            "Inland counties grew while coastal cities added comparatively little housing.",
            "The airline added seats on the route to Mumbai.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        // ("fares could fall if several carriers added seats on the same routes": the
        // caution reports it all.)
        let r = run("He cautioned that fares could fall if rivals added seats on the same routes.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "fares could fall if rivals added seats on the same routes"
        );
        assert_eq!(run("He added prices would rise.")[0].0, "prices would rise");
        // A quantity that opens a clause still reports.
        assert_eq!(
            run("She added no decision had been made.")[0].0,
            "no decision had been made"
        );
        for (s, content) in [
            (
                "She added the words, \"Hillary Clinton.\"",
                "the words, \"Hillary Clinton.\"",
            ),
            (
                "She added a caveat: \"I will vote for anyone who shares his values.\"",
                "a caveat: \"I will vote for anyone who shares his values.\"",
            ),
            (
                "It added its bid to acquire a stake in Absa was being considered by regulators.",
                "its bid to acquire a stake in Absa was being considered by regulators",
            ),
            (
                "The crash happened at noon, added the officer.",
                "The crash happened at noon",
            ),
        ] {
            let r = run(s);
            assert!(r.iter().any(|x| x.0 == content), "{s}: {r:?}");
        }
    }

    /// "aside from saying", "apart from saying", "beyond saying" lead a participle that
    /// shares the sentence's subject; "banned from saying" does not.
    #[test]
    fn aside_from_saying_reports() {
        for s in [
            "He refused to comment, apart from saying that the talks had been useful.",
            "He refused to comment, aside from saying that the talks had been useful.",
            "He refused to comment beyond saying that the talks had been useful.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s} {r:?}");
            assert_eq!(
                (r[0].0.as_str(), r[0].3.as_str()),
                ("the talks had been useful", "=He")
            );
        }
        assert!(run("He was banned from saying that the talks had been useful.").is_empty());
    }

    /// "writing for" a name between commas is where the writer writes, not a report.
    #[test]
    fn writing_for_a_paper_sets_the_scene() {
        let r = run("Music critic Ann Lee, writing for NPR, called the record a masterpiece.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].2.as_str(), r[0].3.as_str()),
            ("called", "Music critic Ann Lee")
        );
        let r = run("Ann Lee, writing for the Times, said the record was a masterpiece.");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("the record was a masterpiece", "said")
        );
    }

    /// A promise's infinitive is what was promised, after a comma or a scene phrase; a
    /// threat of things and a phrase after the cue are not.
    #[test]
    fn a_promise_reports_its_infinitive() {
        let r = run("Ruiz spoke to the fishermen, promising to lift the quota.");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("to lift the quota", "promising")
        );
        let r = run("Under the new plan, the board is promising to spend more on the quay.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "to spend more on the quay");
        assert!(run("The strong euro is threatening to dampen demand.").is_empty());
        // The "that" inside the infinitive is a determiner, not the frame's complementizer.
        let r = run("Ruiz has pledged to stay in the race through that contest.");
        assert_eq!(r[0].0, "to stay in the race through that contest");
        let r = run("Ruiz pledged to the crowd that the quota would go.");
        assert_eq!(r[0].0, "the quota would go");
        assert!(
            run("Speaking to the nation, pledging to the crowd.")
                .iter()
                .all(|r| r.2 != "pledging")
        );
    }

    /// A question's wh-clause is what was asked; other weak cues still need "that".
    #[test]
    fn a_question_reports_its_wh_clause() {
        let r = run("Delegates questioned how Ruiz could turn back on a pledge.");
        assert_eq!(r[0].0, "how Ruiz could turn back on a pledge");
        let r = run("Analysts have questioned whether the port can survive.");
        assert_eq!(r[0].0, "whether the port can survive");
        assert!(run("Ruiz praised how the port was run.").is_empty());
    }

    /// "questioned his depth and experience", "questioned the selection": doubting a thing
    /// aloud reports it, up to a relative clause set off at the content's end; a person
    /// questioned is asked, not doubted.
    #[test]
    fn a_thing_questioned_is_reported() {
        let r = run("Christie questioned his depth and experience.");
        assert_eq!(
            (r.len(), r[0].0.as_str()),
            (1, "his depth and experience"),
            "{r:?}"
        );
        let r = run(
            "Some Democrats question the wisdom of committing to Scott, who has never \
                     faced a real race.",
        );
        assert_eq!(r[0].0, "the wisdom of committing to Scott", "{r:?}");
        let r = run("Mr Fyfe also questioned the selection of the squad.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(run("Police questioned the driver for two hours.").is_empty());
        assert!(run("Detectives questioned him about the fire.").is_empty());
        let r = run("Mr Cruz accused Rafael Cruz, who was born in Cuba, of lying.");
        assert_eq!(
            r[0].0, "Rafael Cruz, who was born in Cuba, of lying",
            "{r:?}"
        );
    }

    /// "calling Senate Majority Leader Ada Brill a liar": a title and a name before what
    /// she is called.
    #[test]
    fn calling_a_titled_name_something() {
        let r = run("Ruiz spoke again, calling Senate Majority Leader Ada Brill a liar.");
        assert_eq!(r[0].0, "Senate Majority Leader Ada Brill a liar");
    }

    /// "described X as Y" states what was said of X; an aside, a nested report, a question
    /// and "used as" do not.
    #[test]
    fn describing_something_as_something() {
        let r = run("Ruiz described the quay as beset by gulls.");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("the quay as beset by gulls", "described")
        );
        let r =
            run("Ms Brill, a fisher who described herself as a realist, said the quay would fail.");
        assert_eq!((r.len(), r[0].0.as_str()), (1, "the quay would fail"));
        let r = run("Ruiz added that owners who describe themselves as loyal are leaving.");
        assert_eq!((r.len(), r[0].2.as_str()), (1, "added"));
        assert!(run("How do your neighbours describe you as a person?").is_empty());
        assert!(run("A source described a shed being used as a depot.").is_empty());
    }

    /// A judgement with its reason says what was said; a time after "for", a noun's "praise
    /// on", a passive and another cue's "for" do not.
    #[test]
    fn a_judgement_with_its_reason() {
        let r = run("Ruiz criticized Ms Brill for opposing the quay.");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_str()),
            ("Ms Brill for opposing the quay", "criticized")
        );
        let r = run("Ruiz blasted the board for its handling of the vote.");
        assert_eq!(r[0].2, "blasted");
        for s in [
            "Ruiz praised the plan for years.",
            "Ruiz praised the plan for the first time.",
            "Ruiz heaped praise on the crews for their work.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        let r = run("Ruiz rebuked Ms Brill when she called for a ban.");
        assert!(r.iter().all(|r| r.2 != "rebuked"), "{r:?}");
    }
}
