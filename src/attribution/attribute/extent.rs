//! How far a frame reaches, and on which side its content lies.
//!
//! After the cue, the frame runs over what links it to its content: the object of "tell",
//! a prepositional or time phrase ("said in a statement on Tuesday"), "that", a colon, a
//! comma before a quotation. What comes next decides the direction: content that follows,
//! or a frame that closes its clause and reports what preceded it.

use super::Direction;
use super::scene::{self, opens_quantity};
use super::words::{
    ARTICLES_AND_OWNERS, AUXILIARIES, PERSON_OBJECTS, SUBJECT_PRONOUNS, between_digits,
    boundary_punct, clause_end_from, complementizer_at, infinitive_at, is_ing, is_p,
    is_time_or_place_word, past_verb_at,
};
use crate::lexicon::LEXICON;
use crate::lexicon::grammar::{MONTHS, SCENE_PREPOSITIONS, is_day_word, opens_a_question};
use crate::text::tokens::is_capitalized;
use crate::text::units::{QUOTE_WORD, Unit, Units};

/// Extends a frame over what links the cue to its content: an object of "tell", a
/// prepositional phrase, "that", a colon, or a comma before a quotation.
pub(super) fn extend_frame(text: &str, units: &Units, cue_end: usize, lemma: &str) -> usize {
    let n = units.len();
    if cue_end >= n {
        return cue_end;
    }
    if is_p(text, units, cue_end, &[":"]) {
        return cue_end + 1;
    }
    if is_p(text, units, cue_end, &[","]) && cue_end + 1 < n && units.units[cue_end + 1].is_quote()
    {
        return cue_end + 1;
    }
    if complementizer_at(units, cue_end) {
        return cue_end + 1;
    }
    if let Some(end) = aside_before_that(text, units, cue_end) {
        return end;
    }
    if lemma == "write"
        && let Some(end) = after_written_to(text, units, cue_end)
    {
        return end;
    }
    if lemma == "claim"
        && let Some(end) = after_claimed_responsibility(units, cue_end)
    {
        return end;
    }
    if lemma == "express"
        && let Some(end) = after_expressed_feeling(text, units, cue_end)
    {
        return end;
    }
    // Look ahead for "that" or ":" over a short object or phrase.
    let first = units.word(cue_end);
    // "says of Clinton, “...”": the topic belongs to the frame.
    // ("pledged to stay through that contest": a promise's infinitive is its content, and
    // the "that" inside it a determiner.)
    let skippable = lemma == "tell"
        || first == "of"
        || lemma.starts_with("quote")
        || is_time_or_place_word(first)
            && !(LEXICON.promise_cues.contains(lemma) && infinitive_at(text, units, cue_end))
        || first == "reporters"
        || by_a_channel(units, cue_end);
    if lemma == "ask"
        && let Some(wh) = question_after_addressee(text, units, cue_end)
    {
        return wh;
    }
    if LEXICON.listener_cues.contains(lemma)
        && let Some(end) = listener_before_that(text, units, cue_end)
    {
        return end;
    }
    if lemma == "tell" && clause_after_one_word_addressee(units, cue_end) {
        return cue_end + 1;
    }
    if skippable {
        if let Some(end) = link_after_phrase(text, units, cue_end) {
            return end;
        }
        if lemma == "tell"
            && let Some(end) = quotation_after_addressee(text, units, cue_end)
                .or_else(|| after_addressee(text, units, cue_end))
        {
            return end;
        }
    }
    skip_time(
        units,
        in_a_statement(text, units, cue_end).unwrap_or(cue_end),
    )
}

/// Whether the words at `k` say how the words reached the writer: "by phone", "by email",
/// "over the phone", "via video link" ("said by phone that his clients were ...").
fn by_a_channel(units: &Units, k: usize) -> bool {
    const CHANNELS: &[&str] = &["phone", "telephone", "email", "e-mail", "text", "video"];
    let w = |i: usize| units.word_or_empty(i);
    let noun = if ["the", "a"].contains(&w(k + 1)) {
        k + 2
    } else {
        k + 1
    };
    ["by", "via", "over"].contains(&w(k)) && CHANNELS.contains(&w(noun))
}

/// "claimed responsibility for the attack", "claimed credit on Sunday for ...": what was
/// claimed is the thing after "for" (PolNeAR's gold has the cue "claimed responsibility
/// for"), so the frame ends after "for"; a pronoun alone after it would be no content, so
/// "responsibility for it" stays.
fn after_claimed_responsibility(units: &Units, cue_end: usize) -> Option<usize> {
    if !["responsibility", "credit"].contains(&units.word(cue_end)) {
        return None;
    }
    let k = skip_time(units, cue_end + 1);
    (units.word_or_empty(k) == "for"
        && !["it", "them", "this", "that"].contains(&units.word_or_empty(k + 1)))
    .then_some(k + 1)
}

/// "expressed hope that ...", "expressed concern that ...", "expressing the hope that ...":
/// the feeling expressed (one to three plain words after the cue at `cue_end`) is the
/// cue's, and what follows "that" is the content, as a "said that" clause is. Not "expressed
/// their desire to ensure that" (an infinitive's clause) nor "expressed disappointment and
/// that ..." (a second object).
fn after_expressed_feeling(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    const NOT_IN_A_FEELING: &[&str] = &["to", "and", "or", "for", "about", "over", "at", "with"];
    (cue_end + 1..cue_end + 4)
        .take_while(|&k| k < units.len())
        .find(|&k| complementizer_at(units, k))
        .filter(|&k| {
            (cue_end..k).all(|x| {
                units.units[x].is_word()
                    && !is_capitalized(units.text(text, x, x + 1))
                    && !NOT_IN_A_FEELING.contains(&units.word(x))
            })
        })
        .map(|k| k + 1)
}

/// "told reporters he believed that ...", "told him the vote showed that ...": a clause right
/// after a one-word addressee (at `cue_end`) is the content, "that" and all.
fn clause_after_one_word_addressee(units: &Units, cue_end: usize) -> bool {
    ONE_WORD_ADDRESSEES.contains(&units.word(cue_end))
        && cue_end + 2 < units.len()
        && units.units[cue_end + 1].is_word()
        && (SUBJECT_PRONOUNS.contains(&units.word(cue_end + 1))
            || ARTICLES_AND_OWNERS.contains(&units.word(cue_end + 1)))
}

/// Where the content starts after the one a cue of data/listener_cues.txt addresses (from
/// `cue_end`) and "that": "warned Prague that", "assured farmers that", "reminded his
/// hometown's residents that". The listener opens with a name, a determiner or owner, an
/// object pronoun or a plain noun, and holds no clause: not "warned his side they must fix
/// the errors that ..." (a pronoun's clause), "warned North Korea to refrain from actions
/// that ..." (an infinitive), "reminded me of Lincoln saying that ..." (a cue), nor a
/// preposition's phrase ("warned against a deal that would ...").
fn listener_before_that(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    let that = (cue_end + 1..(cue_end + 10).min(units.len())).find(|&k| units.word(k) == "that")?;
    // (An object pronoun, a determiner or an owner is none of these words.)
    let first = units.word(cue_end);
    let opens = units.is_capitalized_word(text, cue_end)
        || !(SCENE_PREPOSITIONS.contains(first)
            || ["against", "of", "about", "over", "to", "that", "it", "this"].contains(&first));
    let plain = (cue_end..that).all(|k| {
        let w = units.word(k);
        units.units[k].is_word()
            && !SUBJECT_PRONOUNS.contains(&w)
            && !AUXILIARIES.contains(&w)
            && w != "to"
            && LEXICON.cues.get(w).is_none()
    });
    (opens && plain).then_some(that + 1)
}

/// Where an aside between commas right after the cue ends when "that" follows it: "continues
/// to insist, most recently in a Labor Day interview with ABC News, that he ...", "said,
/// however, that ...". The aside holds no clause (no pronoun, no auxiliary, no cue).
fn aside_before_that(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    if !is_p(text, units, cue_end, &[","]) {
        return None;
    }
    let n = units.len();
    let k = (cue_end + 2..(cue_end + 16).min(n.saturating_sub(1)))
        .find(|&k| !units.units[k].is_word())
        .filter(|&k| is_p(text, units, k, &[","]) && units.word(k + 1) == "that")?;
    // ("suggesting, experts noted, that ...": an aside with a cue is a frame of its own.)
    (cue_end + 1..k)
        .all(|j| {
            let w = units.word(j);
            !SUBJECT_PRONOUNS.contains(&w)
                && !AUXILIARIES.contains(&w)
                && LEXICON.cues.get(w).is_none()
        })
        .then_some(k + 2)
}

/// Where the one written to ends after "wrote to" or "has written to" (unit `cue_end` is
/// the "to"): at "that", at a cue's participle or infinitive that says what was written
/// ("has written to Tony Blair demanding an explanation", "to the culture minister to offer
/// to buy Channel 4"), or at the clause's end when nothing says it ("has written to homes
/// likely to be affected": no report).
fn after_written_to(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    if units.word(cue_end) != "to" {
        return None;
    }
    let n = units.len();
    let reports = |k: usize| LEXICON.cues.get(units.word(k)).is_some();
    let mut k = cue_end + 1;
    while k < n && k < cue_end + 14 && !boundary_punct(text, units, k) && !units.units[k].is_quote()
    {
        let w = units.word(k);
        if w == "that" {
            return Some(k + 1);
        }
        // ("to say" is the writing's own verb: what follows it is what was written.)
        if w == "to" && units.words.get(k + 1).is_some_and(|v| v == "say") {
            return Some(k + 2);
        }
        if is_ing(w) && reports(k) || w == "to" && k + 1 < n && reports(k + 1) {
            return Some(k);
        }
        k += 1;
    }
    Some(k)
}

/// Where the channel after a cue ends when a clause follows it: "said in a statement it
/// was sorry", "told in an interview they would", "wrote in a letter the plan was", and
/// with a time or a comma between: "noted in an op-ed Thursday, the candidate ...", "said
/// in a statement, Navalny would ...".
fn in_a_statement(text: &str, units: &Units, k: usize) -> Option<usize> {
    // Where words are spoken rather than the medium: "said at a news conference Monday the
    // plan ...", "said during a rally they would ...".
    const OCCASIONS: &[&str] = &[
        "conference",
        "rally",
        "event",
        "hearing",
        "meeting",
        "forum",
        "debate",
        "briefing",
        "summit",
        "session",
        "ceremony",
    ];
    let w = |i: usize| units.word_or_empty(i);
    if !["in", "at", "during"].contains(&w(k)) || !ARTICLES_AND_OWNERS.contains(&w(k + 1)) {
        return None;
    }
    let noun = if w(k) == "in" {
        // ("in its report", "in a seven-page complaint", "in their court filing": a
        // document is a medium too, after one modifier at most.)
        let medium = |j: usize| {
            super::scene::CHANNEL_NOUNS.contains(&w(j))
                || LEXICON.document_nouns.get(w(j)).is_some()
        };
        (k + 2..k + 4).find(|&j| medium(j))
    } else {
        // ("a news conference", "a campaign rally": one modifier at most.)
        (k + 2..k + 4).find(|&j| OCCASIONS.contains(&w(j)))
    };
    let noun = noun?;
    let mut next = skip_time(units, noun + 1);
    // ("said in an interview with Rolling Stone he was open to ...", "wrote in a letter to
    // shareholders they would ...": the one the channel reached, before a subject pronoun.)
    if ["with", "to"].contains(&w(next))
        && let Some(j) = (next + 2..(next + 7).min(units.len()))
            .take_while(|&j| units.units[j].is_word() && !is_ing(w(j)) && !opens_a_question(w(j)))
            .find(|&j| SUBJECT_PRONOUNS.contains(&w(j)))
    {
        next = j;
    }
    // (A comma before a participle or a relative leads on about the channel: "said in a
    // statement, adding ...", "in its letter, written by ...". Only a subject after it
    // opens the clause.)
    if next < units.len() && is_p(text, units, next, &[","]) {
        next += 1;
    }
    let clause = SUBJECT_PRONOUNS.contains(&w(next))
        || ["you", "there", "the", "this", "his", "her", "its", "their"].contains(&w(next))
        || units.units.get(next).is_some_and(Unit::is_word)
            && is_capitalized(units.text(text, next, next + 1))
            && !matches!(w(next + 1), "," | "'s");
    clause.then_some(next)
}

/// Whether the "that" at `k`, after a noun of the phrase that follows a cue ending at
/// `cue_end`, opens a relative clause about the noun, its verb right after it: "said during
/// a floor debate that stretched past 7 p.m.", "at a rally that drew 500 people" (a clause
/// reported after it has a subject first: "said during a debate that the plan was dead").
fn relative_that(text: &str, units: &Units, cue_end: usize, k: usize) -> bool {
    const BE_AND_HAVE: [&str; 6] = ["was", "were", "is", "are", "has", "had"];
    let v = k + 1;
    k > cue_end + 1
        && units.units[k - 1].is_word()
        && !units.is_capitalized_word(text, k - 1)
        && v < units.len()
        && units.units[v].is_word()
        && !units.is_capitalized_word(text, v)
        && {
            let w = units.word(v);
            w.len() > 4 && w.ends_with("ed")
                || past_verb_at(text, units, v)
                || BE_AND_HAVE.contains(&w)
        }
}

/// Whether the word at `k` is an auxiliary written in lower case, a clause's verb: not the
/// month of "told reporters in May that", nor the possessive "'s".
fn lowercase_auxiliary(text: &str, units: &Units, k: usize) -> bool {
    let w = units.word(k);
    AUXILIARIES.contains(&w) && w != "'s" && !units.is_capitalized_word(text, k)
}

/// The end of a frame whose cue (ending at `cue_end`) is followed by a short object or
/// phrase and then "that", a colon, or a comma before a quotation.
fn link_after_phrase(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    let n = units.len();
    let mut k = cue_end;
    // "told a town hall in Salem, New Hampshire on Monday that": a place's comma.
    let place_comma = |k: usize| {
        is_p(text, units, k, &[","])
            && k > cue_end
            && k + 1 < n
            && units.units[k - 1].is_word()
            && is_capitalized(units.text(text, k - 1, k))
            && (LEXICON.places.longest_at(&units.words, k + 1).is_some()
                || LEXICON
                    .country_words
                    .longest_at(&units.words, k + 1)
                    .is_some())
    };
    // "said in a telephone interview, that ...": a comma the writer put before "that" (not
    // "that is, ...", nor a second "that" after a clause: "told her I had studied, that I
    // was brought here").
    let comma_that = |k: usize| {
        k > cue_end
            && is_p(text, units, k, &[","])
            && units.words.get(k + 1).is_some_and(|w| w == "that")
            && !(k + 2 < n && is_p(text, units, k + 2, &[","]))
            && !(cue_end..k).any(|j| SUBJECT_PRONOUNS.contains(&units.word(j)))
    };
    // "wrote on X, formerly Twitter, that ...": a short aside between commas before "that".
    let aside_comma = |k: usize| {
        k > cue_end
            && is_p(text, units, k, &[","])
            && (k + 2..(k + 6).min(n.saturating_sub(1))).any(|j| {
                is_p(text, units, j, &[","])
                    && units.words[j + 1] == "that"
                    && (k + 1..j).all(|x| {
                        let w = units.word(x);
                        units.units[x].is_word()
                            && !SUBJECT_PRONOUNS.contains(&w)
                            && !AUXILIARIES.contains(&w)
                            && LEXICON.cues.get(w).is_none()
                    })
            })
    };
    // ("said on Thursday his government would not accept any deal that included a tax": a
    // clause has begun, whose "that" is its own.)
    let mut clause_begun = false;
    while k < n
        && k < cue_end + 12
        && (!units.units[k].is_quote() || show_title_at(text, units, k))
        && (!is_p(text, units, k, &[",", ";", "."])
            || place_comma(k)
            || comma_that(k)
            || aside_comma(k))
    {
        clause_begun |= k > cue_end && lowercase_auxiliary(text, units, k);
        if complementizer_at(units, k) && k > cue_end && !clause_begun {
            if relative_that(text, units, cue_end, k) {
                k += 1;
                continue;
            }
            return Some(k + 1);
        }
        // (Not the colon of a time: "told the Military Times the attack came at 7:45 p.m.")
        if is_p(text, units, k, &[":"]) && !between_digits(units, k) {
            return Some(k + 1);
        }
        k += 1;
    }
    // 'said in a statement, "..."': the phrase before the comma is the frame's, unless a
    // subject pronoun opens a clause there, which is the content: 'Pence said in politics it
    // takes time ... but added, "..."', 'said in a statement they would, "..."'.
    if k < n && is_p(text, units, k, &[","]) && k + 1 < n && units.units[k + 1].is_quote() {
        let subject = (cue_end + 1..k).find(|&j| {
            SUBJECT_PRONOUNS.contains(&units.word(j))
                && !["of", "to", "with", "for", "about", "on", "at", "by", "from"]
                    .contains(&units.word(j - 1))
        });
        return Some(subject.unwrap_or(k + 1));
    }
    None
}

/// Whether unit `k` is a programme's title in quotation marks after its channel's "'s" or
/// "on" ("told ABC's “Good Morning America” that ...", "told CNN's Jake Tapper on “State of
/// the Union” that ..."): a short quotation of capitalized words (small words between), no
/// statement.
fn show_title_at(text: &str, units: &Units, k: usize) -> bool {
    const SMALL: &[&str] = &["the", "of", "with", "and", "on", "at", "a", "in", "for"];
    let Unit::Quote(q) = units.units[k] else {
        return false;
    };
    let title = &text[q.content_start..q.content_end];
    k > 0
        && ["'s", "on"].contains(&units.word(k - 1))
        && scene::short_title(units, k)
        && title.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(|c: char| c.is_uppercase()) || SMALL.contains(&w)
        })
}

/// Where a quotation that opens with a capital and ends the sentence stands after a "tell"
/// frame's addressee of a few words (from `cue_end`), with no punctuation between: "told
/// supporters "We will fight on."", "told the court "Basic checks weren't done."". The
/// addressee is no part of the content; a clause before the quotation is ("told reporters
/// he was "very angry"", "told him the bid was "a waste of my time"", "told ABC's "Good
/// Morning America" the tone was cordial").
fn quotation_after_addressee(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    let within = cue_end..(cue_end + 6).min(units.len());
    let q = within.clone().find(|&k| !units.units[k].is_word())?;
    let addressee = (cue_end..q).all(|k| {
        let w = units.word(k);
        !SUBJECT_PRONOUNS.contains(&w) && w != "that"
    });
    let ends = units.units[q + 1..].iter().all(|u| u.is_punct());
    let capital = units
        .text(text, q, q + 1)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    (q > cue_end && units.units[q].is_quote() && addressee && ends && capital).then_some(q)
}

/// Where the question starts after "asked" and the one asked (from `cue_end`): "asked Rubio
/// which states he could win", "asked him if he would run", "asked the minister why it had
/// failed" report the question, not who was asked (PolNeAR's gold opens such a content at
/// "if", "whether" or the wh-word). The one asked is an object pronoun, a name, or a
/// determiner and up to two lowercase words.
fn question_after_addressee(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    let n = units.len();
    let word = |k: usize| (k < n && units.units[k].is_word()).then(|| units.word(k));
    let first = word(cue_end)?;
    let wh_at = |k: usize| word(k).is_some_and(opens_a_question);
    let end = if PERSON_OBJECTS.contains(&first) {
        cue_end + 1
    } else if units.is_capitalized_word(text, cue_end) {
        (cue_end..(cue_end + 4).min(n))
            .find(|&k| !units.is_capitalized_word(text, k) || !units.units[k].is_word())
            .unwrap_or(n)
    } else if ARTICLES_AND_OWNERS.contains(&first) {
        // ("asked the question of whether ...": a preposition leads on, no one was asked.)
        let end = (cue_end + 1..(cue_end + 4).min(n)).find(|&k| wh_at(k))?;
        let plain = |k: usize| {
            word(k).is_some_and(|w| !scene::ADJUNCT_PREPOSITIONS.contains(&w) && w != "of")
        };
        if !(cue_end + 1..end).all(plain) {
            return None;
        }
        end
    } else {
        return None;
    };
    (end > cue_end && wh_at(end)).then_some(end)
}

/// Addressees of "tell" that are one word: what follows them is the content.
const ONE_WORD_ADDRESSEES: &[&str] = &[
    "reporters",
    "journalists",
    "xinhua",
    "me",
    "us",
    "him",
    "her",
    "them",
    "lawmakers",
    "parliament",
    "congress",
];

/// The end of a "tell" frame over its addressee (after `cue_end`) when the content follows
/// with no "that".
fn after_addressee(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    let n = units.len();
    // "told reporters the ..." / "told Xinhua the ...": skip a one-word object, and a time
    // after it ("told reporters Tuesday he hopes ...").
    if ONE_WORD_ADDRESSEES.contains(&units.word(cue_end)) {
        return Some(skip_time(units, cue_end + 1));
    }
    // "told The Jakarta Post radio broadcasts were ...": a named addressee.
    let mut k = cue_end;
    if units.words[k] == "the" {
        k += 1;
    }
    let run_start = k;
    while k < n
        && units.units[k].is_word()
        && (is_capitalized(units.text(text, k, k + 1))
            || units.words[k] == "'s"
            || k > run_start && number_in_name(text, units, k)
            // "BBC Radio 4's World at One": a title's small word between capitals.
            || k > run_start
                && ["at", "of", "and"].contains(&units.word(k))
                && k + 1 < n
                && units.units[k + 1].is_word()
                && is_capitalized(units.text(text, k + 1, k + 2)))
    {
        k += 1;
    }
    // "told BBC Radio 4's Today programme the ...": the programme is the addressee's, and
    // what follows it is the content, whatever its case.
    if k > run_start + 1 && k < n && ["programme", "program", "show"].contains(&units.word(k)) {
        k += 1;
        if k < n && units.units[k].is_word() {
            return Some(skip_time(units, k));
        }
    }
    // "told the BBC News website the party ...", "told the Guardian newspaper there ...": a
    // medium of data/media_nouns.txt after the outlet's name is the addressee's too; after
    // a country's adjective the outlet's name follows it ("told the Danish broadcaster DR
    // he ...").
    if k > run_start
        && let Some((_, m)) = LEXICON.media_nouns.longest_at(&units.words, k)
    {
        let mut e = k + m;
        if k == run_start + 1 && LEXICON.is_country_adjective(units.word(run_start)) {
            while e < n && units.is_capitalized_word(text, e) {
                e += 1;
            }
        }
        if e < n && units.units[e].is_word() {
            return Some(skip_time(units, e));
        }
    }
    if k > run_start
        && k < n
        && units.units[k].is_word()
        && !is_capitalized(units.text(text, k, k + 1))
        && units.words[k] != "'s"
    {
        return Some(skip_time(units, k));
    }
    // "told Bill O'Reilly of Fox News, that ...".
    if k > run_start && k + 1 < n && is_p(text, units, k, &[","]) && units.words[k + 1] == "that" {
        return Some(k + 2);
    }
    common_addressee_end(text, units, cue_end)
}

/// "told the crowd he would stay", "told voters on Sunday the plan was sound": an addressee of
/// up to three lowercase words (after a determiner, if any), then a time, then a clause that
/// opens with a subject pronoun or a determiner. Where that clause starts.
fn common_addressee_end(text: &str, units: &Units, cue_end: usize) -> Option<usize> {
    let n = units.len();
    let mut k = cue_end;
    if k < n && ARTICLES_AND_OWNERS.contains(&units.word(k)) {
        k += 1;
    }
    // Words no addressee holds (beside prepositions, auxiliaries, days and names): the
    // addressee would run on into a phrase or a second clause ("told friends since the
    // spring, ...", "told the aide or the lady", "tell you what", "told them that").
    const NOT_ADDRESSEE: &[&str] = &[
        "and", "or", "but", "since", "during", "after", "before", "for", "with", "from", "by",
        "at", "in", "about", "of", "to", "over", "through", "what", "who", "how", "why", "where",
        "when", "whether", "if", "as", "so", "you", "outside", "inside", "near", "across",
        "behind", "under", "via", "against", "among", "like", "that", "this", "there", "last",
    ];
    let start = k;
    // The addressee ends where a time or the clause's subject begins; any other word no
    // addressee holds leaves it no addressee at all.
    while k < n && k < start + 3 && units.units[k].is_word() {
        let w = units.word(k);
        if skip_time(units, k) > k
            || SUBJECT_PRONOUNS.contains(&w)
            || ARTICLES_AND_OWNERS.contains(&w)
        {
            break;
        }
        if NOT_ADDRESSEE.contains(&w)
            || SCENE_PREPOSITIONS.contains(w)
            || units.is_capitalized_word(text, k)
            || AUXILIARIES.contains(&w)
            || is_day_word(w)
        {
            return None;
        }
        k += 1;
    }
    if k == start {
        return None;
    }
    let k = skip_time(units, k);
    let opens_clause = k + 1 < n
        && units.units[k + 1].is_word()
        && (SUBJECT_PRONOUNS.contains(&units.word(k))
            || ARTICLES_AND_OWNERS.contains(&units.word(k)));
    opens_clause.then_some(k)
}

/// Whether the number at unit `k` belongs to the capitalized name before it: a channel or
/// station ("BBC Radio 4's Today programme", "BBC 6 Music", "BBC News 24"), not a count
/// that opens the content ("told Reuters 24 people died").
fn number_in_name(text: &str, units: &Units, k: usize) -> bool {
    let w = &*units.words[k];
    if !(1..=3).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let next = units.word_or_empty(k + 1);
    next == "'s"
        || k + 1 < units.len()
            && units.units[k + 1].is_word()
            && is_capitalized(units.text(text, k + 1, k + 2))
        || ["news", "radio", "channel", "tv", "fm", "live"].contains(&units.word(k - 1))
}

/// Parts of a day after its name ("Wednesday morning") or "last" ("last night").
pub(super) const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Spans of time after "last", "this", "earlier" or "later".
pub(super) const TIME_UNITS: &[&str] = &["week", "month", "year", "weekend"];

/// Skips a time expression after a cue ("said on Tuesday it plans ..."), which belongs to
/// the frame, not the content.
pub(super) fn skip_time(units: &Units, k: usize) -> usize {
    let w = |i: usize| units.word_or_empty(i);
    // ("said Monday's vote was close": the day is the content's.)
    if is_day_word(w(k)) {
        // "said Wednesday morning on MSNBC": the part of the day too; but "said Monday
        // night's vote showed": the day owns the content's subject.
        let end = k + 1 + usize::from(DAY_PARTS.contains(&w(k + 1)));
        return if w(end) == "'s" { k } else { end };
    }
    if w(k) == "on" && is_day_word(w(k + 1)) {
        return k + 2;
    }
    // "announced in November they would quit", "said in 2019 the plant had closed".
    let year = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
    if w(k) == "in" && (MONTHS.contains(&w(k + 1)) || year(w(k + 1))) && w(k + 2) != "'s" {
        return k + 2;
    }
    // "have warned for years that the elderly are most at risk": a span of time before
    // "that" (the content opens at the complementizer).
    if w(k) == "for"
        && w(k + 1)
            .strip_suffix('s')
            .is_some_and(|u| TIME_UNITS.contains(&u) || ["day", "decade"].contains(&u))
        && w(k + 2) == "that"
    {
        return k + 2;
    }
    if ["last", "this", "earlier", "later"].contains(&w(k))
        && (TIME_UNITS.contains(&w(k + 1)) || DAY_PARTS.contains(&w(k + 1)))
        && w(k + 2) != "'s"
    {
        return k + 2;
    }
    // "said several months after her release", "said two days later", "said a day ago".
    let count_words = if w(k) == "a" && w(k + 1) == "few" {
        2
    } else if [
        "several", "two", "three", "four", "five", "six", "many", "some", "a", "few",
    ]
    .contains(&w(k))
        || !w(k).is_empty() && w(k).bytes().all(|b| b.is_ascii_digit())
    {
        1
    } else {
        return k;
    };
    let unit = w(k + count_words).strip_suffix('s').unwrap_or("");
    let after = k + count_words + 1;
    if !(TIME_UNITS.contains(&unit) || ["day", "hour", "minute", "decade"].contains(&unit)) {
        return k;
    }
    // "later", "ago" and "earlier" close the phrase; "after", "before", "into" lead on.
    match w(after) {
        "later" | "ago" | "earlier" => after + 1,
        "after" | "before" | "into" => after,
        _ => k,
    }
}

/// Whether a frame ending at `end` is followed by its content or ends its clause.
pub(super) fn direction_after(
    text: &str,
    units: &Units,
    end: usize,
    before_words: usize,
) -> Direction {
    let n = units.len();
    if end >= n {
        return Direction::Preceding;
    }
    if end > 0
        && (units.words[end - 1] == "that"
            || is_p(text, units, end - 1, &[":"])
            || is_p(text, units, end - 1, &[","]) && units.units[end].is_quote())
    {
        return Direction::Following;
    }
    if units.units[end].is_quote() {
        return Direction::Following;
    }
    if is_p(text, units, end, &[","]) {
        return side_after_comma(units, end, before_words);
    }
    if boundary_punct(text, units, end) {
        return Direction::Preceding;
    }
    if before_words >= 3 && frame_words_follow(text, units, end) {
        return Direction::Preceding;
    }
    if scene_phrase_closes(text, units, end) {
        return Direction::Preceding;
    }
    Direction::Following
}

/// "But to prevent problems, he said, local officials should be vigilant.": a frame
/// followed by a comma at `end` reports the longer side.
fn side_after_comma(units: &Units, end: usize, before_words: usize) -> Direction {
    let n = units.len();
    let next_frame = LEXICON.cues.longest_at(&units.words, end + 1).is_some();
    // A quotation weighs as the words it holds (about six bytes a word).
    let words: usize = (end + 1..n)
        .take_while(|&k| !(k > end + 1 && LEXICON.cues.longest_at(&units.words, k).is_some()))
        .map(|k| match units.units[k] {
            Unit::Quote(q) => ((q.content_end - q.content_start) / 6).max(3),
            u if u.is_word() => 1,
            _ => 0,
        })
        .sum();
    // "A, it noted, and B": what follows joins the content before the frame.
    // A quotation alone (it weighs three) is enough: '"A," he said, but "B."'.
    let joins_before = before_words >= 3 && ["and", "but"].contains(&units.word_or_empty(end + 1));
    if !next_frame
        && !joins_before
        && words >= 4
        && words > before_words
        && !is_ing(&units.words[end + 1])
    {
        return Direction::Following;
    }
    Direction::Preceding
}

/// Whether the words at `end`, after a frame with content before it, still belong to the
/// frame: a clause that sets the scene, a phrase of time or place, or the addressee of
/// "told".
fn frame_words_follow(text: &str, units: &Units, end: usize) -> bool {
    let n = units.len();
    // '"...," Jones said as she marched': a clause that sets the scene, not the content.
    if [
        "as", "when", "while", "before", "after", "because", "until", "though", "although",
    ]
    .contains(&units.word(end))
        && !units
            .words
            .get(end + 1)
            .is_some_and(|w| ["much", "well", "follows", "such"].contains(&&**w))
    {
        return true;
    }
    // Only a clause of at most four words matters below: look no further than that, so a
    // sentence of many frames and no punctuation is not scanned to its end for each.
    let clause_end = (end..n.min(end + 5))
        .find(|&k| boundary_punct(text, units, k))
        .unwrap_or(if end + 5 >= n { n } else { end + 5 });
    let closes = clause_end == n || is_p(text, units, clause_end, &[".", "?", "!"]);
    // "Every company should ..., panelists said at a seminar titled ..."
    if is_time_or_place_word(&units.words[end])
        && !existential(units, end)
        && !owns_next(units, end)
        && !units.words[end..]
            .iter()
            .take_while(|w| !matches!(&***w, "," | ";"))
            .any(|w| w == "that")
    {
        return true;
    }
    // ", he told the press after a cabinet meeting.": what follows "told" is the addressee.
    if units.words[end - 1] == "told"
        && !units.words[end..]
            .iter()
            .take_while(|w| !matches!(&***w, "," | ";"))
            .any(|w| w == "that" || w == QUOTE_WORD)
    {
        return true;
    }
    // ", he told People's Daily." / ", she told reporters."
    closes
        && clause_end - end <= 4
        && (end..clause_end).all(|k| {
            is_capitalized(units.text(text, k, k + 1))
                || [
                    "reporters",
                    "journalists",
                    "the",
                    "press",
                    "media",
                    "'s",
                    "of",
                ]
                .contains(&units.word(k))
        })
}

/// Whether the time word at `k` owns what follows ("said Thursday's report reinforced
/// ...", "said this year's budget"): it opens the content's subject, not the frame's time.
fn owns_next(units: &Units, k: usize) -> bool {
    let w = |i: usize| units.word_or_empty(i);
    let end = if DAY_PARTS.contains(&w(k + 1)) || TIME_UNITS.contains(&w(k + 1)) {
        k + 2
    } else {
        k + 1
    };
    w(end) == "'s"
}

/// "said there was no evidence", "said there have been talks": an existential "there" at
/// `end` opens a clause; it is no place.
fn existential(units: &Units, end: usize) -> bool {
    ["there", "here"].contains(&units.word(end))
        && units
            .words
            .get(end + 1)
            .is_some_and(|w| AUXILIARIES.contains(&&**w))
}

/// "he said in a statement." / "Li said on Tuesday.": a short phrase of time or place at
/// `end` that closes the sentence.
fn scene_phrase_closes(text: &str, units: &Units, end: usize) -> bool {
    let n = units.len();
    let rest = units.words[end..]
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(9)
        .count();
    if is_time_or_place_word(&units.words[end])
        && !existential(units, end)
        && !owns_next(units, end)
        && !opens_quantity(units, end)
        && rest <= 8
        && !units.words[end..].iter().any(|w| w == QUOTE_WORD)
    {
        let clause_end = clause_end_from(text, units, end);
        return clause_end == n || is_p(text, units, clause_end, &[".", "?", "!"]);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn what_responsibility_is_claimed_for_is_the_content() {
        let r = run("The Houthi movement claimed responsibility for the attacks on Saturday.");
        assert_eq!(r[0].0, "the attacks on Saturday");
        let r = run("The rapper claimed credit for the success of the album.");
        assert_eq!(r[0].0, "the success of the album");
        let r = run("A militant group claimed responsibility on Sunday for an attack on a post.");
        assert_eq!(r[0].0, "an attack on a post");
    }

    #[test]
    fn a_quantity_after_that_is_content() {
        let r = run("The group said that about 250,000 jobs depend on the industry.");
        assert_eq!(r[0].0, "about 250,000 jobs depend on the industry");
        let r = run("The union said around 3,000 of them work in Aberdeen.");
        assert_eq!(r[0].0, "around 3,000 of them work in Aberdeen");
    }

    #[test]
    fn the_feeling_expressed_before_that_is_the_cue_s() {
        for (s, content) in [
            (
                "Wang expressed hope that the talks would go well.",
                "the talks would go well",
            ),
            (
                "The envoy expressed the hope that trade would grow.",
                "trade would grow",
            ),
            (
                "Critics expressed similar doubts that the plan would work.",
                "the plan would work",
            ),
            // An infinitive's "that" and a second object keep the whole object.
            (
                "Fans expressed their desire to ensure that the game is clean.",
                "their desire to ensure that the game is clean",
            ),
        ] {
            let r = run(s);
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn a_document_or_a_month_after_the_cue_is_the_frame_s() {
        for (s, content) in [
            (
                "The board said in its report, the quay was unsafe.",
                "the quay was unsafe",
            ),
            (
                "The firm said in their court filing the ferry was sound.",
                "the ferry was sound",
            ),
            (
                "The unions announced in November they would strike in May.",
                "they would strike in May",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn a_quotation_after_an_addressee_is_the_content() {
        for s in [
            "Pike told supporters \"We will fight on.\"",
            "Pike told the harbour court \"We will fight on.\"",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{r:?}");
            assert_eq!(
                (r[0].0.as_str(), r[0].1),
                ("We will fight on.", "direct"),
                "{s}"
            );
        }
        // A clause before the quotation is content.
        let r = run("Pike told reporters the bid was \"a waste of my time.\"");
        assert_eq!(r[0].0, "the bid was \"a waste of my time.\"");
    }

    #[test]
    fn an_aside_between_commas_before_that_is_the_frame_s() {
        for (s, content) in [
            (
                "Omar Saleh wrote on X, formerly Twitter, that the plan had no money behind it.",
                "the plan had no money behind it",
            ),
            (
                "He told Anadolu Agency, a local news outlet, that one of the dead was a director.",
                "one of the dead was a director",
            ),
            (
                "Apple said in the complaint, filed on 13 December, that it did not know their names.",
                "it did not know their names",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn the_one_asked_is_no_part_of_the_question() {
        for (s, content) in [
            (
                "Earhardt then asked Rubio which states he could win.",
                "which states he could win",
            ),
            (
                "The host asked Mr Rubio whether he could win.",
                "whether he could win",
            ),
            (
                "She asked him if he would run again.",
                "if he would run again",
            ),
            (
                "Reporters asked the minister why the plan had failed.",
                "why the plan had failed",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn a_that_after_an_auxiliary_is_the_clause_s_own() {
        for (s, content) in [
            (
                "Videgaray said on Thursday his government would not accept any deal that included a tax.",
                "his government would not accept any deal that included a tax",
            ),
            (
                "Cole said there was no evidence that the detainee was abused.",
                "there was no evidence that the detainee was abused",
            ),
            // A month's name is no modal; the colon after a clause still opens the content.
            (
                "Ryan told reporters in May that he was not there yet.",
                "he was not there yet",
            ),
            (
                "Wallnau elaborated on the message he felt the Lord was seeking to convey: the walls must fall.",
                "the walls must fall",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn a_clause_after_a_one_word_addressee_keeps_its_that() {
        for (s, content) in [
            (
                "Pryor told reporters he believed that the chamber had listened.",
                "he believed that the chamber had listened",
            ),
            (
                "Pryor told reporters the vote showed that \"the chamber listened\".",
                "the vote showed that \"the chamber listened\"",
            ),
            // The addressee's own phrase before "that" is still the frame's.
            (
                "Pryor told reporters in Sydney that the chamber had listened.",
                "the chamber had listened",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn the_one_warned_or_reminded_is_no_part_of_the_content() {
        for (s, content) in [
            (
                "Beijing warned Prague that it would pay a price for the trip.",
                "it would pay a price for the trip",
            ),
            (
                "He reminded his former neighbours that the plant would stay.",
                "the plant would stay",
            ),
            // A clause or an infinitive before "that" is no listener.
            (
                "The coach warned his side they must fix the errors that cost them.",
                "his side they must fix the errors that cost them",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.first().map(|r| r.0.as_str()), Some(content), "{s}: {r:?}");
        }
    }

    #[test]
    fn an_existential_there_opens_the_content() {
        let r = run(
            "The storm cut power for two days, and the county's officer said there had been no deaths.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "there had been no deaths");
        // A place is still the frame's.
        let r = run("The storm cut power for two days, the officer said there.");
        assert_eq!(r[0].0, "The storm cut power for two days");
    }

    #[test]
    fn a_counted_time_after_the_cue_is_the_frame_s() {
        let r = run(r#""It never crossed my mind," she said several months after her release."#);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "It never crossed my mind,");
        let r = run("The bank said two days earlier that it would consider new names.");
        assert_eq!(r[0].0, "it would consider new names");
        // A span of time before "that".
        let r = run("Health officials have warned for years that the elderly are most at risk.");
        assert_eq!(r[0].0, "the elderly are most at risk");
        // A day after the one told.
        let r = run("Mr Greaves told reporters Tuesday he hopes to mark up a companion bill.");
        assert_eq!(r[0].0, "he hopes to mark up a companion bill");
        let r = run("Mr Greaves told reporters Monday's vote was a warning.");
        assert_eq!(r[0].0, "Monday's vote was a warning");
    }

    #[test]
    fn the_channel_after_the_cue_is_the_frame_s() {
        for (s, content) in [
            (
                "Microsoft said in a statement it is investigating the attack.",
                "it is investigating the attack",
            ),
            (
                "The group said in a statement Thursday night they pulled the listing.",
                "they pulled the listing",
            ),
            (
                "She wrote in a letter the plan was unfair.",
                "the plan was unfair",
            ),
            // A comma or a time between the channel and the clause, and an occasion after
            // "at" or "during".
            (
                "The clinic said in a statement, Ortiz would stay another week.",
                "Ortiz would stay another week",
            ),
            (
                "The paper noted in an op-ed Thursday, the candidate had few fans.",
                "the candidate had few fans",
            ),
            (
                "Ardern said at a press conference yesterday the laws should change.",
                "the laws should change",
            ),
            ("Vale said during a rally they would win.", "they would win"),
            // The one the channel reached, before a subject pronoun; not a clause about it.
            (
                "However, last year, Stern said in an interview with Rolling Stone he was open to it.",
                "he was open to it",
            ),
            // How the words reached the writer.
            (
                "Arakawa said by phone that his clients were watching closely.",
                "his clients were watching closely",
            ),
            (
                "Arakawa told the Herald over the phone that his clients were watching.",
                "his clients were watching",
            ),
            // A comma the writer put before "that".
            (
                "Fitton said in a telephone interview, that the agencies worked together.",
                "the agencies worked together",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
        // The channel's own modifier after it is no clause ("in a statement issued by ...").
        let r = run(
            "The firm said in a statement issued by its lawyers that it had done nothing wrong.",
        );
        assert_eq!(r[0].0, "it had done nothing wrong");
        // A participle after the comma leads on about the channel, and a second "that"
        // after a clause is the clause's.
        let r = run("She said in a statement, adding that the plan was dead.");
        assert_eq!(r[0].0, "the plan was dead");
        let r = run("I told her I had studied in Pune, that I was brought here.");
        assert_eq!(r[0].0, "I had studied in Pune, that I was brought here");
    }

    #[test]
    fn said_of_a_topic() {
        let r = run("\u{201c}It is fine,\u{201d} Trump said of waterboarding.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].1, r[0].2.as_str()), ("direct", "said"));
        let r = run(
            "The businessman says of Clinton, \"If she gets the chance, she will sell the office.\"",
        );
        assert_eq!(r[0].3, "The businessman");
        let r = run("The minister said of the plan that it would fail.");
        assert_eq!(r[0].0, "it would fail");
    }

    /// A broadcaster's number, programme and medium belong to the addressee; a count after a
    /// name and the colon of a time do not end the frame.
    #[test]
    fn a_station_s_number_and_programme_are_the_addressee_s() {
        for (s, content) in [
            (
                "Ms Hale told BBC Radio 4's Today programme the rules were unfair.",
                "the rules were unfair",
            ),
            (
                "Ms Hale told BBC Radio 4's Today programme Mr Lowe had been wrong.",
                "Mr Lowe had been wrong",
            ),
            (
                "Ms Hale told BBC News 24 she was thrilled.",
                "she was thrilled",
            ),
            (
                "Ms Hale told BBC 6 Music the album was done.",
                "the album was done",
            ),
            (
                "Ms Hale told the BBC News website Ford had been wrong.",
                "Ford had been wrong",
            ),
            (
                "Ms Hale told the Danish broadcaster DR she was thrilled.",
                "she was thrilled",
            ),
            (
                "Ms Hale told Radio 4's World at One she was thrilled.",
                "she was thrilled",
            ),
            (
                "The mayor told Reuters 24 people had died.",
                "24 people had died",
            ),
            (
                "A spokesman told the Harbour Times the fire began at about 7:45 p.m.",
                "the fire began at about 7:45 p.m.",
            ),
            (
                "Ms Hale told Tom Lowe of City Radio, that \u{201c}we will see.\u{201d}",
                "we will see.",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
        let r = run("The figures were poor, Ms Hale told BBC Radio 4's Today programme.");
        assert_eq!(r[0].0, "The figures were poor");
    }

    #[test]
    fn a_common_noun_addressee_before_a_clause_is_the_frame_s() {
        for (s, content) in [
            ("Mr Lee told the crowd he would stay.", "he would stay"),
            (
                "Mr Lee told voters on Sunday the plan was sound.",
                "the plan was sound",
            ),
            (
                "Ms Hale told the paper her party would win.",
                "her party would win",
            ),
            (
                "Ms Hale told his monthly press conference the case was closed.",
                "the case was closed",
            ),
            // A phrase or a second addressee leaves the words where they were.
            (
                "She told friends since the spring her family was a target.",
                "friends since the spring her family was a target",
            ),
        ] {
            let r = run(s);
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    /// A phrase before a comma and a quotation is the frame's unless a subject pronoun
    /// opens a clause in it.
    #[test]
    fn a_clause_before_a_comma_and_quotation_is_content() {
        let r = run(
            "Ms Hale said in truth it takes time but added, \u{201c}We will get there.\u{201d}",
        );
        assert_eq!(r[0].0, "it takes time");
        assert_eq!(r[1].2, "added");
        let r = run("Ms Hale said in a statement, \u{201c}We will get there.\u{201d}");
        assert_eq!(r[0].0, "We will get there.");
    }

    /// A listener or a question that ends the text, with no stop after it, is read to the
    /// end and no further.
    #[test]
    fn a_frame_at_the_very_end() {
        for s in [
            "He told BBC Radio",
            "He told BBC Radio 4",
            "He was asked",
            "He was asked by",
            "She told Harbour News 24",
        ] {
            let _ = run(s);
        }
    }

    #[test]
    fn a_relative_that_after_the_setting_is_no_clause_reported() {
        use crate::attribution::attribute::tests::run;
        let r = run("\"We waited,\" Okafor said during a floor debate that stretched past 7 p.m.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "We waited,");
        let r = run("Lee said at a meeting that lasted two hours that the bill would fail.");
        assert_eq!(r[0].0, "the bill would fail", "{r:?}");
        // A clause's subject after "that" is reported.
        let r = run("Lee said during a debate that the bill would fail.");
        assert_eq!(r[0].0, "the bill would fail", "{r:?}");
    }
}
