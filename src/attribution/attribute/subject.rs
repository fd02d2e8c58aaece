//! The subject noun phrase: the words that name a frame's speaker.
//!
//! A subject runs left from its cue to a boundary (`LEFT_BOUNDARY`, punctuation, a verb),
//! keeping modifiers after the head ("experts on China", "people familiar with the
//! matter") and an apposition between commas ("Li Wei, a spokesman, said"). A participle
//! with no verb of its own takes the name or pronoun that opens the sentence
//! ([`sentence_subject`]). What the words say about the speaker is
//! [`speakers`]' job.

use super::continuations::finite_verb_at;
use super::extent::TIME_UNITS;
use super::frames::{QUANTIFIERS, heads_a_determined_phrase, noun_position};
use super::scene::short_title;
use super::verb_frame::BETWEEN;
use super::words::{
    AUXILIARIES, DETERMINERS, OWNERS, SUBJECT_PRONOUNS, adverb_shaped, auxiliary_at,
    boundary_punct, is_ing, is_p, past_form, past_verb_at, s_ending,
};
use crate::attribution::speakers::{self, SpeakerMention, ends_a_portfolio_field};
use crate::lexicon::LEXICON;
use crate::lexicon::grammar::WordList;
use crate::lexicon::grammar::{
    LONE_QUANTIFIERS, NAME_PARTICLES, NUMBER_WORDS, OPENING_PLACE_PREPOSITIONS, PARTY_TAG_LETTERS,
    SCENE_PREPOSITIONS, is_day_word, is_ly_adverb, is_month_or_day,
};
use crate::text::tokens::is_capitalized;
use crate::text::units::{Unit, Units};

/// Words that end a subject noun phrase on its left.
pub(super) const LEFT_BOUNDARY: WordList = WordList::new(&[
    "that",
    "which",
    "whom",
    "when",
    "while",
    "as",
    "because",
    "if",
    "after",
    "before",
    "since",
    "although",
    "though",
    "but",
    "so",
    "where",
    "or",
    "than",
    "whether",
    "once",
    "until",
    "unless",
    "whereas",
    "and",
    "meanwhile",
    "however",
    "moreover",
    "also",
    "then",
    "thus",
    "therefore",
    "furthermore",
    "besides",
    "nevertheless",
    "instead",
    "still",
    "yet",
    "why",
    "how",
    "what",
    "who",
    "whose",
    "to",
]);

/// The name or pronoun that opens the sentence as its subject, for a participle whose
/// sentence has no reporting verb of its own: "Hillary Clinton spoke about the shooting,
/// arguing that ..." reports Hillary Clinton. Only a capitalized name (or a pronoun) followed
/// by a lowercase word before `before` counts; anything longer is left alone.
pub fn sentence_subject(text: &str, units: &Units, before: usize) -> Option<SpeakerMention> {
    subject_from(text, units, before, false)
}

/// The subject of a narrative sentence between statements, which may open with a
/// conjunction that links it to the sentence before: "But Simon Hart has questioned how
/// ...". (A participle's subject is looked for after one only when a comma stands before
/// the participle: in "But Brown ..., his demeanour remained confident and reassuring" the
/// participle is no report of Brown's.)
pub fn narrative_subject(text: &str, units: &Units) -> Option<SpeakerMention> {
    subject_from(text, units, units.len(), true)
}

fn subject_from(
    text: &str,
    units: &Units,
    before: usize,
    past_conjunction: bool,
) -> Option<SpeakerMention> {
    let first = after_scene_phrase(text, units, before, past_conjunction)?;
    let first = past_lead_word(text, units, first, before, past_conjunction)?;
    let (end, described) = subject_head_end(text, units, first, before, past_conjunction)?;
    // "The mayor of London, Sadiq Khan, gave his condolences, adding ...": a description
    // with the name set off after it; the name is the subject.
    let (first, end, described, after_name) = match described
        .then(|| apposed_name(text, units, end, before))
        .flatten()
    {
        Some((start, name_end)) => (start, name_end, false, Some(name_end + 1)),
        None => (first, end, described, None),
    };
    let after = match after_name {
        Some(after) => after,
        None => past_subject_aside(text, units, end, before, described, past_conjunction),
    };
    // "House Democrats, looking for a way ..., seized the floor and said": a participle's
    // phrase set off by a comma after the name ends its noun phrase.
    let participle_aside =
        after + 1 < before && is_p(text, units, after, &[","]) && is_ing(&units.words[after + 1]);
    let longest = longest_subject(text, units, first, end, described, past_conjunction);
    // The word after the name must not continue its noun phrase ("U.S. media quoted").
    if end == first
        || end - first > longest
        || after >= before
        || !participle_aside
            && noun_phrase_runs_on(text, units, first, end, after, before, past_conjunction)
    {
        return None;
    }
    let m = speakers::analyse(text, units, first, end, None)?;
    let ok = described
        || m.kind == speakers::MentionKind::Pronoun
        || m.kind == speakers::MentionKind::Name
            && matches!(
                m.speaker_type,
                speakers::SpeakerType::Person | speakers::SpeakerType::Organization
            );
    ok.then_some(m)
}

/// The group noun, or the plural of a body's word ("groups", "charities"), one or two words
/// after the sentence's first at `first`, the words between in lower case and no owner's
/// "'s" after it: where it stands.
fn group_after_modifiers(text: &str, units: &Units, first: usize, before: usize) -> Option<usize> {
    let lex = &*LEXICON;
    // (No verb between: "Twitter prevented users ...".)
    let lower = |k: usize| {
        units.units[k].is_word()
            && !units.is_capitalized_word(text, k)
            && !past_form(units.word(k))
            && !AUXILIARIES.contains(&units.word(k))
    };
    let group =
        |k: usize| lex.group_nouns.contains(units.word(k)) || plural_of_org_word(units.word(k));
    (first + 1..(first + 3).min(before.saturating_sub(1)))
        .take_while(|&k| lower(k))
        .find(|&k| group(k))
        .filter(|&k| units.words[k + 1] != "'s")
}

/// The most units the subject `first..end` may run to: five, or eight for an owner's or a
/// titled name or a body's name with its field or place, or twelve for a group's phrase of
/// countries; three more with an abbreviation in brackets at its end.
fn longest_subject(
    text: &str,
    units: &Units,
    first: usize,
    end: usize,
    described: bool,
    past_conjunction: bool,
) -> usize {
    // ("Kosovo's Prime Minister Albin Kurti": an owner's titled name runs longer.)
    // ("Vietnam's Foreign Ministry spokesperson Pham Thu Hang": a body's officer, eight.)
    // ("White House press secretary Sean Spicer": a lowercase role before a name, eight.)
    // ("U.S. Ambassador to Mexico Harold Brandt": an envoy's title and place, eight.)
    // ("The Central Bank of Nigeria (CBN) on Wednesday unveiled ...": a body's name with its
    // field or place, and the abbreviation it defines.)
    // (A participle's only: "The Consumer Electronics Show (CES) featured the pick of
    // 2005's products" is the scene, not the speaker, of the quotations after it.)
    let abbreviation = if !past_conjunction && end > first + 3 && is_p(text, units, end - 1, &[")"])
    {
        3
    } else {
        0
    };
    // ("Senior officials and experts from China and Pacific island countries": a group's
    // phrase of the countries its people are from.)
    let of_countries = described && ["countries", "nations"].contains(&units.word(end - 1));
    let base = if of_countries {
        12
    } else if units.words.get(first + 1).is_some_and(|w| w == "'s")
        || titled_name(text, units, first, end)
        || names_body_of(units, first, end)
    {
        8
    } else {
        5
    };
    base + abbreviation
}

/// Whether the subject `first..end` is a titled name: a capitalized last word after a
/// lowercase role inside it, or after a role's "to" or "for".
fn titled_name(text: &str, units: &Units, first: usize, end: usize) -> bool {
    end > first + 2
        && units.is_capitalized_word(text, end - 1)
        && (first + 1..end - 1).any(|k| {
            units.units[k].is_word()
                && !units.is_capitalized_word(text, k)
                && (LEXICON.roles.longest_at(&units.words, k).is_some()
                    || ["to", "for"].contains(&units.word(k))
                        && LEXICON.roles.get(units.word(k - 1)).is_some())
        })
}

/// Whether the subject `first..end` names a body of a field or place: "of" or "for" after a
/// word that names a body.
fn names_body_of(units: &Units, first: usize, end: usize) -> bool {
    (first + 1..end).any(|k| {
        ["of", "for"].contains(&units.word(k))
            && crate::attribution::names::names_a_body_of(units.word(k - 1))
    })
}

/// Where the noun phrase that opens a participle's subject ends, and whether it is a
/// description; `None` where the opening word is no subject ("In", "Last year", "Seeing").
fn subject_head_end(
    text: &str,
    units: &Units,
    first: usize,
    before: usize,
    past_conjunction: bool,
) -> Option<(usize, bool)> {
    let lex = &*LEXICON;
    let w0 = units.word(first);
    // ("Her chief of staff declined to comment, saying ...": an owner's description.)
    let owned = OWNERS.contains(&w0)
        && first + 1 < before
        && units.units[first + 1].is_word()
        && !is_capitalized(units.text(text, first + 1, first + 2));
    if owned {
        Some((short_description_end(text, units, first, before)?, true))
    } else if lex.pronouns.contains_key(w0) {
        Some((first + 1, false))
    } else if name_after_the(text, units, first, before) {
        the_subject_end(text, units, first, before)
    } else if ["a", "an", "the", "both", "many", "some", "several", "most"].contains(&w0)
        || NUMBER_WORDS.contains(&w0)
    {
        Some((short_description_end(text, units, first, before)?, true))
    } else if lex.group_nouns.contains(w0) && first + 1 < before && units.words[first + 1] != "'s" {
        // "Lawyers for the board opposed it, saying ...": a group noun that opens the
        // sentence is its subject, whatever phrase follows it.
        Some((of_countries_end(text, units, first + 1, before), true))
    } else if let Some(head) = group_after_modifiers(text, units, first, before)
        && !lex.given_names.contains_key(w0)
        && !is_ing(w0)
        && !SCENE_PREPOSITIONS.contains(&w0)
        && !DETERMINERS.contains(&w0)
        && !LEFT_BOUNDARY.contains(&w0)
    {
        // "Foreign ministers of BRICS countries met here, pledging ...", "Senior officials
        // and experts ... gathered, calling for ...": one word before the group noun, or
        // two in lower case ("Civil liberties groups have raised concerns ..., warning").
        Some((of_countries_end(text, units, head + 1, before), true))
    } else if SCENE_PREPOSITIONS.contains(&w0)
        || OPENING_PLACE_PREPOSITIONS.contains(&w0)
        || DETERMINERS.contains(&w0)
        || LEFT_BOUNDARY.contains(&w0)
        // ("Managing director Graham Fordyce defended the move, telling ...": a role of
        // two words or more that opens with "-ing" is no participle.)
        || is_ing(w0)
            && lex
                .roles
                .longest_at(&units.words, first)
                .is_none_or(|(_, n)| n < 2)
        || is_day_word(w0)
        || ["last", "next", "these", "those", "such", "according"].contains(&w0)
    {
        // "In", "Last year", "Seeing": a capital that opens the sentence, not a name.
        None
    } else {
        Some(name_subject_end(
            text,
            units,
            first,
            before,
            past_conjunction,
        ))
    }
}

/// Where the subject ending at `end` is over once an aside set off after it is passed: an
/// age between commas, or a description's clause.
fn past_subject_aside(
    text: &str,
    units: &Units,
    end: usize,
    before: usize,
    described: bool,
    past_conjunction: bool,
) -> usize {
    // "Smith, 53, knows the risks": an age between commas after a name.
    if !described
        && end + 3 < before
        && is_p(text, units, end, &[","])
        && units.words[end + 1].bytes().all(|b| b.is_ascii_digit())
        && is_p(text, units, end + 2, &[","])
    {
        end + 3
    } else if !past_conjunction
        // (Only for a participle: in "IPv6, the standard that will replace IPv4, will allow
        // ..." no one speaks, and the quotations after it stay with their speaker. A
        // description takes an aside too: "Republicans, who hold a majority, have blocked
        // ..., saying".)
        && let Some(after) = apposed_description_end(text, units, end, before)
    {
        after
    } else {
        end
    }
}

/// Whether the word at `after` goes on with the subject's noun phrase (or is no word a verb
/// could be), so the subject found is not the sentence's.
fn noun_phrase_runs_on(
    text: &str,
    units: &Units,
    first: usize,
    end: usize,
    after: usize,
    before: usize,
    past_conjunction: bool,
) -> bool {
    !units.units[after].is_word()
        || is_capitalized(units.text(text, after, after + 1))
        // (After the age's comma the noun phrase has ended: "knows" is a verb.)
        || after == end
            && !BETWEEN.contains(&units.word(after))
            && plausible_head(text, units, after)
            && !titled_name_then_verb(units, first, after)
            // (Only for a participle: a narrative sentence's subject decides who the
            // quotations after it are by, which "Sonaptic hopes the ..." before its
            // director's words must not.)
            && (past_conjunction || !verb_before_its_object(units, after, before))
}

/// Where a subject that opens with "The" and a capital ends, and whether it is a description:
/// a name before a verb ("The European Central Bank kept rates ..., saying"), else a body a
/// name describes ("The Kandor central bank kept ..., saying").
fn the_subject_end(
    text: &str,
    units: &Units,
    first: usize,
    before: usize,
) -> Option<(usize, bool)> {
    match the_name_end(text, units, first, before) {
        Some(end) => Some((end, false)),
        None => Some((short_description_end(text, units, first, before)?, true)),
    }
}

/// Where a subject that opens with a capitalized name at unit `first` ends, and whether it
/// is a description: the name, a body's person after it ("CNN's Tara Setmayer"), a name's
/// body or officer ("Indonesia's central bank", for a participle only), a group the name
/// heads.
fn name_subject_end(
    text: &str,
    units: &Units,
    first: usize,
    before: usize,
    past_conjunction: bool,
) -> (usize, bool) {
    let end = capitalized_run_end(text, units, first, before);
    // ("CNN's Tara Setmayer ridiculed ... and said": a body's person.)
    let owned_name_end = capitalized_run_end(text, units, end + 1, before);
    let possessive = units.words.get(end).is_some_and(|w| w == "'s");
    // ("Indonesia's central bank held rates, saying ...": a name's body or officer.)
    // (Only for a participle: a narrative sentence's subject decides who the quotations
    // after it are by, and "Comey's news conference, in which he ..." is no one's.)
    // ("FBI Director James Comey's news conference, in which he announced ...": a
    // description owned by a titled name is the name's event, not a speaker.)
    let owned_description =
        (possessive && end - first <= 2 && owned_name_end < end + 3 && !past_conjunction)
            .then(|| short_description_end(text, units, end, before))
            .flatten();
    // ("China's Foreign Ministry spokesperson Lin Jian on Wednesday rejected ..., saying":
    // the owner's body may have its officer's role and full name after it.)
    let end = if possessive && owned_name_end >= end + 3 {
        described_name_end(text, units, end + 1, owned_name_end, before)
    } else {
        described_name_end(text, units, first, end, before)
    };
    match owned_description {
        Some(description_end) => (description_end, true),
        None => match named_group_end(text, units, first, end, before) {
            Some(group_end) => (group_end, true),
            None => (end, false),
        },
    }
}

/// Where a subject may start at or after unit `first`: a word that never starts a name
/// (data/lead_words.txt) opens no subject ("There is", "Perhaps not"), but a name may follow
/// it ("Rival Hillary Clinton", "Now Jones"). After "But" or "And" only a participle right
/// after a comma (unit `before` is the participle) takes the name ("And Mutu agreed,
/// adding"), unless `past_conjunction`: in "But Brown ..., his demeanour remained confident
/// and reassuring" the participle is no report of Brown's.
fn past_lead_word(
    text: &str,
    units: &Units,
    first: usize,
    before: usize,
    past_conjunction: bool,
) -> Option<usize> {
    if !LEXICON.lead_words.contains(units.word(first)) {
        return Some(first);
    }
    let conjunction = ["but", "and", "yet", "so"].contains(&units.word(first));
    let after_comma = before > 0 && is_p(text, units, before - 1, &[","]);
    let name_follows = first + 1 < before
        && units.units[first + 1].is_word()
        && is_capitalized(units.text(text, first + 1, first + 2));
    (name_follows && (past_conjunction || after_comma || !conjunction)).then_some(first + 1)
}

/// The sentence's first word, or the first after a short scene phrase and its comma ("In a
/// widely read column, two speechwriters implored her ..., arguing").
fn after_scene_phrase(
    text: &str,
    units: &Units,
    before: usize,
    past_conjunction: bool,
) -> Option<usize> {
    let mut first = (0..before).find(|&k| units.units[k].is_word())?;
    // ("However, many pro-hunt activists remained defiant, saying ...": an aside that opens
    // the sentence comes before its subject.)
    first = past_asides(text, units, first, before);
    if past_conjunction
        && ["but", "and", "yet"].contains(&units.word(first))
        && first + 1 < before
        && units.units[first + 1].is_word()
    {
        first += 1;
    }
    // "When Carson died, President Bush led the tributes, saying": a clause that sets the
    // scene comes before the subject, as a phrase does; so does a past participle's phrase
    // ("Chastened by the analyses, Trump revised his plan, promising").
    // ("A month later, during the third debate, O'Rourke defended ..., saying": two
    // phrases may set the scene.)
    for _ in 0..2 {
        // ("Shortly after collecting the trophy, Federer addressed the crowd ..., saying":
        // an adverb before the scene's "after" or "before".)
        if [
            "shortly",
            "soon",
            "just",
            "immediately",
            "moments",
            "right",
            "long",
        ]
        .contains(&units.word(first))
            && first + 1 < before
            && ["after", "before"].contains(&units.word(first + 1))
        {
            first += 1;
        }
        let w = units.word(first);
        let participle_phrase = w.len() > 4
            && w.ends_with("ed")
            && first + 1 < before
            && ["by", "with", "at", "over", "about", "from", "in"].contains(&units.word(first + 1));
        // ("Speaking at a news conference in Ottawa, Justin Trudeau declined to ... but
        // said": a present participle's phrase sets the scene too.)
        let ing_phrase = is_ing(w)
            && first + 1 < before
            && [
                "at", "to", "in", "on", "after", "before", "during", "from", "outside",
            ]
            .contains(&units.word(first + 1));
        if (SCENE_PREPOSITIONS.contains(&w)
            || OPENING_PLACE_PREPOSITIONS.contains(&w)
            || is_day_word(&units.words[first])
            || participle_phrase
            || ing_phrase
            || opens_time_phrase(units, first, before)
            || ["when", "after", "before", "while", "once", "as"].contains(&w))
            && let Some(next) = word_after_phrase(text, units, first + 1..first + 14, before)
        {
            first = past_asides(text, units, next, before);
        } else {
            break;
        }
    }
    // ("62-year-old Brenda Johnson also railed ..., and explained": an age before a name.)
    if units.word(first).ends_with("-year-old")
        && first + 1 < before
        && units.units[first + 1].is_word()
        && is_capitalized(units.text(text, first + 1, first + 2))
    {
        first += 1;
    }
    Some(first)
}

/// Whether a phrase of time opens at unit `k`: "Earlier,", "Later this week,", "A month
/// later,", "Last year,".
fn opens_time_phrase(units: &Units, k: usize, before: usize) -> bool {
    const ADVERBS: &[&str] = &[
        "earlier",
        "later",
        "previously",
        "recently",
        "separately",
        "afterwards",
        "subsequently",
        "initially",
        "originally",
    ];
    let time_unit = |u: &str| {
        let one = u.strip_suffix('s').unwrap_or(u);
        TIME_UNITS.contains(&one) || ["day", "hour", "decade"].contains(&one)
    };
    let w = units.word(k);
    ADVERBS.contains(&w)
        || ["last", "this", "a", "one", "two", "three", "several"].contains(&w)
            && (k + 1..(k + 3).min(before)).any(|j| time_unit(units.word(j)))
        // ("Weeks later,")
        || time_unit(w)
}

/// The word after the asides that may follow a scene phrase's comma: "however," and the
/// like, and an added phrase ("as well as complaints over its cost,"), from unit `k`.
fn past_asides(text: &str, units: &Units, k: usize, before: usize) -> usize {
    if PARENTHETICALS.contains(&units.word(k)) && k + 1 < before && is_p(text, units, k + 1, &[","])
    {
        return (k + 2..before)
            .find(|&j| units.units[j].is_word())
            .unwrap_or(k);
    }
    if units.word(k) == "as"
        && units.words.get(k + 1).is_some_and(|w| w == "well")
        && let Some(next) = word_after_phrase(text, units, k + 2..k + 14, before)
    {
        return next;
    }
    k
}

/// The first word before unit `before` after the comma that closes a short phrase, the
/// comma looked for among units `within` ("In a widely read column, two ...", "as well as
/// its cost, Ruiz").
fn word_after_phrase(
    text: &str,
    units: &Units,
    within: std::ops::Range<usize>,
    before: usize,
) -> Option<usize> {
    let comma = (within.start..within.end.min(before))
        .find(|&k| boundary_punct(text, units, k) || units.units[k].is_quote())?;
    is_p(text, units, comma, &[","])
        .then(|| (comma + 1..before).find(|&k| units.units[k].is_word()))
        .flatten()
}

/// The name set off by commas after a description that ends at unit `end` ("The mayor of
/// London, Sadiq Khan, gave ...", "His brother, John Smith, went ..."), with a place or
/// body after "of" or "for" kept in the description; the name's units, when a lowercase
/// word follows its closing comma.
fn apposed_name(text: &str, units: &Units, end: usize, before: usize) -> Option<(usize, usize)> {
    let capital = |k: usize| {
        k < before && units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1))
    };
    let mut comma = end;
    let of_or_for = ["of", "for"].contains(&units.word(end.min(before.saturating_sub(1))));
    if of_or_for && capital(end + 1) {
        comma = capitalized_run_end(text, units, end + 1, before);
    } else if of_or_for {
        // ("A spokeswoman for the front-runner's campaign, Jenna Morrow, mocked ... and
        // said": a short object of lowercase words, then the name.)
        let plain = |k: usize| {
            units.units[k].is_word()
                && !units.is_capitalized_word(text, k)
                && !AUXILIARIES.contains(units.word(k))
                && LEXICON.cues.get(units.word(k)).is_none()
                && !["and", "or", "who", "which", "that"].contains(&units.word(k))
                || units.word(k) == "'s"
        };
        if let Some(k) = (end + 2..(end + 7).min(before)).find(|&k| !plain(k))
            && is_p(text, units, k, &[","])
            && (end + 1..k).all(plain)
        {
            comma = k;
        }
    }
    if comma + 1 >= before || !is_p(text, units, comma, &[","]) || !capital(comma + 1) {
        return None;
    }
    let name_end = capitalized_run_end(text, units, comma + 1, before);
    let closed = name_end - comma <= 5
        && name_end + 1 < before
        && is_p(text, units, name_end, &[","])
        && units.units[name_end + 1].is_word()
        && !is_capitalized(units.text(text, name_end + 1, name_end + 2));
    closed.then_some((comma + 1, name_end))
}

/// The unit after a lawmaker's party and state in parentheses that opens at unit `open`
/// ("(D-Del.)", "(R., Ark.)"), if one does.
pub(super) fn party_in_parentheses(
    text: &str,
    units: &Units,
    open: usize,
    before: usize,
) -> Option<usize> {
    if !is_p(text, units, open, &["("]) {
        return None;
    }
    let close = (open + 2..(open + 8).min(before)).find(|&k| is_p(text, units, k, &[")"]))?;
    let inside = units.text(text, open + 1, close);
    // (National Review's "R., Ark.": the party's initial and the state's abbreviation.)
    let initials = inside
        .strip_prefix(['D', 'R', 'I'])
        .and_then(|rest| rest.strip_prefix("., "))
        .is_some_and(state_or_town);
    (party_and_state(inside) || initials).then_some(close + 1)
}

/// After a subject that ends at unit `end`, a description or a relative clause set off by
/// commas ("Sadiq Khan, the mayor of London, gave ...", "Sanders himself, who was not at the
/// rally, has ...") or dashes ("Mr Khodorkovsky - who has been in jail for a year - pleaded
/// ... and denied"): the unit after its closing mark, when a lowercase word other than a
/// conjunction stands there (in "Khan, the mayor, and Jones" the commas list).
fn apposed_description_end(text: &str, units: &Units, end: usize, before: usize) -> Option<usize> {
    const DASHES: &[&str] = &["-", "\u{2013}", "\u{2014}"];
    let end = if ["himself", "herself"].contains(&units.word(end.min(before.saturating_sub(1)))) {
        end + 1
    } else {
        end
    };
    // ("Sen. Maria Delacroix (D-Del.) struck a similar note, saying", "Senator Maria
    // Delacroix (D., Del.), who co-signed the letter, struck ...": a party in parentheses
    // after the name, and what is set off after it.)
    if let Some(after) = party_in_parentheses(text, units, end, before) {
        let verb = after < before
            && units.units[after].is_word()
            && !is_capitalized(units.text(text, after, after + 1));
        return if verb {
            Some(after)
        } else {
            apposed_description_end(text, units, after, before)
        };
    }
    let verb_at = |k: usize| {
        k < before
            && units.units[k].is_word()
            && !is_capitalized(units.text(text, k, k + 1))
            && !["and", "or", "but"].contains(&units.word(k))
    };
    if end + 2 < before && is_p(text, units, end, DASHES) {
        let dash = units.text(text, end, end + 1);
        let close = (end + 2..(end + 16).min(before))
            .find(|&k| !units.units[k].is_word() && !is_p(text, units, k, &[","]))?;
        return (units.text(text, close, close + 1) == dash && verb_at(close + 1))
            .then_some(close + 1);
    }
    // ("Michael Petrilli, president of the Fordham Institute, tied ...": a bare role.)
    let role_at = |k: usize| {
        k < before
            && !is_capitalized(units.text(text, k, k + 1))
            && LEXICON.roles.get(units.word(k)).is_some()
    };
    // ("Rep. Dale Kearney, R-Quincy, defended the review, saying": a party and state set off.)
    if is_p(text, units, end, &[","])
        // (A state's abbreviation keeps its period: "R-Minn.".)
        && let Some(close) = (end + 2..(end + 6).min(before))
            .find(|&k| !units.units[k].is_word() && !is_p(text, units, k, &["."]))
            .filter(|&k| is_p(text, units, k, &[","]) && k + 1 < before)
        && party_and_state(units.text(text, end + 1, close))
        && verb_at(close + 1)
    {
        return Some(close + 1);
    }
    let opens = end + 2 < before
        && is_p(text, units, end, &[","])
        && (DETERMINERS.contains(&units.word(end + 1))
            || OWNERS.contains(&units.word(end + 1))
            || units.word(end + 1) == "who"
            || role_at(end + 1)
            || role_at(end + 2) && units.units[end + 1].is_word());
    if !opens {
        return None;
    }
    // (The period of an initial inside the description closes nothing: "the Thomas B.
    // Fordham Institute".)
    let initial = |k: usize| {
        is_p(text, units, k, &["."]) && units.units[k - 1].is_word() && units.word(k - 1).len() == 1
    };
    // (A relative clause may name a work in quotation marks, and runs longer: "Alcott, who
    // first floated the idea in an interview on "Sunday Morning Futures" in March,
    // defended".)
    let relative = units.word(end + 1) == "who";
    let reach = if relative { 20 } else { 14 };
    let comma = (end + 2..(end + reach).min(before)).find(|&k| {
        !(units.units[k].is_word() || initial(k) || relative && units.units[k].is_quote())
    })?;
    let closed = is_p(text, units, comma, &[","])
        && (end + 2..comma).all(|k| !["and", "or"].contains(&units.word(k)))
        && verb_at(comma + 1);
    closed.then_some(comma + 1)
}

/// Whether "The" at `first` opens a name ("The New York Times and the Gannett chain filed a
/// motion, arguing"), not a country's people ("The French said"). A name may open with a
/// country's word when it goes on past it: "The U.S. Department of Justice sued ...,
/// alleging", "The British Medical Association also backs the bill, saying".
fn name_after_the(text: &str, units: &Units, first: usize, before: usize) -> bool {
    if units.word(first) != "the"
        || first + 1 >= before
        || !units.units[first + 1].is_word()
        || !is_capitalized(units.text(text, first + 1, first + 2))
    {
        return false;
    }
    let end = capitalized_run_end(text, units, first + 1, before);
    let people = LEXICON.country_words.get(units.word(first + 1)).is_some() && end < first + 3;
    // ("The Tory leader visited Leeds, saying ...": a name before a role describes a person.)
    let person = end < before
        && units.units[end].is_word()
        && !is_capitalized(units.text(text, end, end + 1))
        && LEXICON.roles.get(units.word(end)).is_some();
    !(people || person)
}

/// The end of the name after "The" at `first`, when a verb, a conjunction or a phrase of
/// time or place follows it: "The Louisville crowd cheered" is a crowd.
fn the_name_end(text: &str, units: &Units, first: usize, before: usize) -> Option<usize> {
    let mut end = first + 1;
    // ("The Securities and Exchange Commission (SEC) sued ..., saying": one body's name
    // whose "and" joins its first word to the words that end in its body's word.)
    let one_body_s_and = |k: usize| {
        k == first + 2
            && units.word(k) == "and"
            && k + 1 < before
            && units.is_capitalized_word(text, k + 1)
            && crate::attribution::names::another_body_after_and(text, units, k)
    };
    while end < before
        && end - first <= 7
        && (units.units[end].is_word() && is_capitalized(units.text(text, end, end + 1))
            || is_p(text, units, end, &["."])
            || end > first + 1 && one_body_s_and(end))
    {
        end += 1;
    }
    let end = past_abbreviation(
        text,
        units,
        body_name_end(text, units, first + 1, end, before),
        before,
    );
    // ("The Guardian's Mira Lindqvist was kinder, praising ...": a body's person, whose
    // full name after the "'s" ends the subject.)
    if end < before && units.word(end) == "'s" {
        let name_end = capitalized_run_end(text, units, end + 1, before);
        if name_end >= end + 3 {
            return Some(name_end);
        }
    }
    let next = units.word(end.min(before.saturating_sub(1)));
    let verb_like = AUXILIARIES.contains(&next)
        || [
            "and", "on", "in", "at", "last", "this", "also", "has", "had", "yesterday", "today",
        ]
        .contains(&next)
        || next.len() > 3 && (next.ends_with("ed") || next.ends_with('s'))
        // ("The European Central Bank kept rates on hold, saying ...")
        || LEXICON.past_forms.contains(next)
        || LEXICON.cues.get(next).is_some();
    (end < before && units.units[end].is_word() && verb_like).then_some(end)
}

/// "A New York judge rejected the request, saying ...", "Both parents stiffened their
/// denunciation, saying ...": a short description opening at unit `first` whose head is a
/// source noun. Returns where it ends.
fn short_description_end(text: &str, units: &Units, first: usize, before: usize) -> Option<usize> {
    let lex = &*LEXICON;
    // The phrase's words after its first: names, a possessive, speaker and body nouns.
    let run_from = |mut end: usize| {
        while end < before
            && end - first <= 6
            && units.units[end].is_word()
            && (is_capitalized(units.text(text, end, end + 1))
                || units.words[end] == "'s"
                || speaker_head(units, end)
                || lex.org_words.contains(units.word(end)))
        {
            end += 1;
        }
        end
    };
    let mut end = run_from(first + 1);
    // "A federal judge blocked the ban, saying ...": lowercase modifiers before a person's
    // head ("the prime minister's official spokesman" then goes on to its own head), or a
    // body's ("The central bank held rates, saying ...").
    let is_head = |k: usize| {
        let w = units.word(k);
        lex.roles.get(w).is_some()
            || lex.group_nouns.contains(w)
            || lex.org_words.contains(w)
            || plural_of_org_word(w)
    };
    // ("The Swiss central bank": after a name too.)
    let capitals = end;
    if (end == first + 1 || !is_head(end - 1))
        && let Some(h) = (capitals..(capitals + 3).min(before)).find(|&k| is_head(k))
        && (capitals..h).all(|k| {
            let w = units.word(k);
            units.units[k].is_word()
                && !AUXILIARIES.contains(&w)
                && !LEFT_BOUNDARY.contains(&w)
                && lex.cues.get(w).is_none()
        })
    {
        end = run_from(h + 1);
        // A body's word may modify the noun after it ("The unreleased department video
        // became ..."): it heads the phrase only before a verb.
        let w = units.word(end - 1);
        let body = lex.roles.get(w).is_none() && !lex.group_nouns.contains(w);
        let verb_at = |k: usize| k < before && finite_verb_at(units, k);
        let adverb = |w: &str| adverb_shaped(w) || ["also", "still", "again", "then"].contains(&w);
        if body && !(verb_at(end) || adverb(units.word_or_empty(end)) && verb_at(end + 1)) {
            return None;
        }
    }
    let head = end - 1;
    if head == first
        || is_capitalized(units.text(text, head, head + 1))
        || !(lex.roles.get(units.word(head)).is_some()
            || lex.group_nouns.contains(units.word(head))
            || lex.org_words.contains(units.word(head))
            // ("The unions rejected the offer, insisting ...": bodies, several.)
            || plural_of_org_word(units.word(head)))
    {
        return None;
    }
    Some(end)
}

/// Whether a word is the plural of an organization's head word ("unions", "companies").
fn plural_of_org_word(w: &str) -> bool {
    plural_of(w, |one| LEXICON.org_words.contains(one))
}

/// Whether the word `w` is the plural ("-ies" or "-s") of one that `is_one` accepts.
fn plural_of(w: &str, is_one: impl Fn(&str) -> bool) -> bool {
    w.strip_suffix("ies")
        .is_some_and(|stem| is_one(&format!("{stem}y")))
        || w.strip_suffix('s').is_some_and(&is_one)
}

/// The end of the capitalized run (a name, with its initials' periods) that opens the
/// sentence at unit `first`.
fn capitalized_run_end(text: &str, units: &Units, first: usize, before: usize) -> usize {
    let mut end = first;
    // At most six units: a sentence of thousands of participles asks this for each.
    while end < before
        && end - first <= 6
        && (units.units[end].is_word() && is_capitalized(units.text(text, end, end + 1))
            || end > first && is_p(text, units, end, &["."]))
    {
        end += 1;
    }
    body_name_end(text, units, first, end, before)
}

/// Past the phrase after a group's noun ending at unit `end` that says its people are of
/// several countries ("Ministers from 20 countries", "Foreign ministers of BRICS
/// countries", "officials from China and Pacific island countries"): the source holds it, and
/// so speaks for no one country. `end` where none follows.
fn of_countries_end(text: &str, units: &Units, end: usize, before: usize) -> usize {
    // ("Senior officials and experts from ...": another group's noun first.)
    let pp = if end + 2 < before
        && units.word(end) == "and"
        && LEXICON.group_nouns.contains(units.word(end + 1))
    {
        end + 2
    } else {
        end
    };
    if !(pp < before && ["of", "from"].contains(&units.word(pp))) {
        return end;
    }
    (pp + 1..before.min(pp + 9))
        .take_while(|&k| units.units[k].is_word() && !is_p(text, units, k, &[","]))
        .find(|&k| ["countries", "nations"].contains(&units.word(k)))
        .map_or(end, |k| k + 1)
}

/// Past the abbreviation in parentheses that a name ending at unit `end` defines ("The
/// Central Bank of Nigeria (CBN) on Wednesday unveiled ..., saying"): the mention reads it as
/// the name's alias.
fn past_abbreviation(text: &str, units: &Units, end: usize, before: usize) -> usize {
    let defines = end + 3 <= before
        && is_p(text, units, end, &["("])
        && is_p(text, units, end + 2, &[")"])
        && speakers::is_acronym(units.text(text, end + 1, end + 2));
    if defines { end + 3 } else { end }
}

/// Where the name of a body that the capitalized run `first..end` opens ends, past its "of"
/// or "for" and the capitalized field or place after it ("The Bank of England cut rates,
/// saying ...", "The Ministry of Defence said"; names.rs reads the same names): `end` where
/// the run names no such body.
fn body_name_end(text: &str, units: &Units, first: usize, end: usize, before: usize) -> usize {
    if end == first {
        return end;
    }
    crate::attribution::names::body_name_past_of(text, units, end, before).unwrap_or(end)
}

/// "Ambassador to Mexico Harold Brandt", "U.S. Special Envoy for Syria James Jeffrey": a
/// capitalized title (the run `first..end`, ending in a role) with "to" or "for" and a
/// place, then a full name; where the name ends.
fn envoy_name_end(
    text: &str,
    units: &Units,
    first: usize,
    end: usize,
    before: usize,
) -> Option<usize> {
    let lex = &*LEXICON;
    if end <= first
        || end + 1 >= before
        || !["to", "for"].contains(&units.word(end))
        || lex.roles.get(units.word(end - 1)).is_none()
    {
        return None;
    }
    let run = capitalized_run_end(text, units, end + 1, before);
    let place = lex
        .country_words
        .longest_at(&units.words, end + 1)
        .map(|(_, n)| n)
        .or_else(|| lex.places.longest_at(&units.words, end + 1).map(|(_, n)| n))?;
    (run >= end + 1 + place + 2).then_some(run)
}

/// "Dutch firm Heineken saw ...", "Swiss star Federer", "Democratic incumbent Barbara
/// Boxer": a country's adjective or a party's word (the run
/// `first..end`) and a lowercase role or organization noun before a name make one subject,
/// as do a body's name and a role before a full name ("Microsoft chairman Bill Gates");
/// where the name ends, or `end` when no such name follows.
fn described_name_end(text: &str, units: &Units, first: usize, end: usize, before: usize) -> usize {
    let lex = &*LEXICON;
    // ("Republican candidate Donald Trump attacked ...": a party's word describes too.)
    let adjective = end == first + 1
        && (lex.is_country_adjective(units.word(first))
            || lex.parties.get(units.word(first)).is_some());
    let lowercase = |k: usize| {
        k < before && units.units[k].is_word() && !is_capitalized(units.text(text, k, k + 1))
    };
    let role = |k: usize| lowercase(k) && lex.roles.get(units.word(k)).is_some();
    if let Some(name_end) = envoy_name_end(text, units, first, end, before) {
        return name_end;
    }
    let noun = role(end) || lowercase(end) && lex.org_words.contains(units.word(end));
    if adjective && noun {
        let name_end = capitalized_run_end(text, units, end + 1, before);
        return if name_end > end + 1 { name_end } else { end };
    }
    // "Trump's campaign manager Kellyanne Conway", "Pristina's mayor Perparim Rama": an
    // owner's role (its last lowercase word) before a full name.
    // ("Fulham's French defender Moreau": a country's adjective among the role's words, and
    // a surname alone after it.)
    let modifier = |k: usize| lowercase(k) || lex.is_country_adjective(units.word(k));
    let one_name = |k: usize| !is_day_word(&units.words[k]) && !is_month_or_day(units.word(k));
    if units.words.get(end).is_some_and(|w| w == "'s")
        && end - first <= 2
        && let Some(r) = (end + 1..end + 3).find(|&k| role(k))
        && (end + 1..r).all(modifier)
    {
        let name_end = capitalized_run_end(text, units, r + 1, before);
        if name_end >= r + 3 || name_end == r + 2 && one_name(r + 1) {
            return name_end;
        }
    }
    // "Microsoft chairman Bill Gates", "Kill Bill director Quentin Tarantino", "BBC
    // director general Greg Dyke": a body's or a work's name and a role before a full name.
    // ("White House press secretary Sean Spicer": a role of lowercase words.)
    let long_role = lex
        .roles
        .longest_at(&units.words, end)
        .map(|(_, n)| n)
        .filter(|&n| n >= 2 && (end..end + n).all(lowercase));
    let role_end = match long_role {
        Some(n) => end + n,
        None if role(end + 1) => end + 2,
        None => end + 1,
    };
    if !(role(end) || long_role.is_some()) || end - first > 3 {
        return end;
    }
    let name_end = capitalized_run_end(text, units, role_end, before);
    if name_end >= role_end + 2 || name_end == role_end + 1 && one_name(role_end) {
        name_end
    } else {
        end
    }
}

/// "Mr Howard rejects such criticisms, arguing ...": after an honorific and a name, a
/// lowercase "-s" word that names no group or role is a verb, not the head of a longer noun
/// phrase.
fn titled_name_then_verb(units: &Units, first: usize, after: usize) -> bool {
    let w = units.word(after);
    LEXICON.honorifics.get(units.word(first)).is_some() && w.ends_with('s') && !group_or_role(w)
}

/// "Sanders rips the agreement, arguing ...": a lowercase "-s" word after a name with a
/// determiner or an object pronoun right after it is a verb, not a noun the name modifies
/// ("Clinton aides said"); no noun phrase goes on "aides the".
fn verb_before_its_object(units: &Units, k: usize, before: usize) -> bool {
    const OBJECT_OPENERS: &[&str] = &[
        "the", "a", "an", "his", "her", "its", "their", "our", "him", "them", "us", "me",
    ];
    let w = units.word(k);
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !group_or_role(w)
        && k + 1 < before
        && units.units[k + 1].is_word()
        && OBJECT_OPENERS.contains(&units.word(k + 1))
}

/// Whether a word names a group of people or a role, one or several ("officials",
/// "producers", "spokesman").
pub(super) fn group_or_role(w: &str) -> bool {
    let lex = &*LEXICON;
    lex.group_nouns.contains(w)
        || lex.roles.get(w).is_some()
        || w.strip_suffix('s')
            .is_some_and(|one| lex.roles.get(one).is_some())
}

/// "Fox producers defended the show, saying ...", "Clinton aides have argued": a name
/// (`first..end`) that modifies a lowercase group or role noun, with a verb after the noun,
/// makes one described subject; where it ends, or `None` when the name stands alone.
fn named_group_end(
    text: &str,
    units: &Units,
    first: usize,
    end: usize,
    before: usize,
) -> Option<usize> {
    if end == first || end + 1 >= before {
        return None;
    }
    let verb = end + 1;
    let w = units.word(verb);
    (units.units[end].is_word()
        && units.units[verb].is_word()
        && !is_capitalized(units.text(text, end, end + 1))
        && group_or_role(units.word(end))
        && (AUXILIARIES.contains(&w)
            || past_verb_at(text, units, verb)
            || w.len() > 4 && w.ends_with("ed")))
    .then_some(end + 1)
}

/// Abbreviations that end a name with their period ("James Comey Jr.", "Apple Inc.",
/// "Ford Motor Co.").
pub(super) const NAME_SUFFIXES: &[&str] = &["jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc"];

/// Whether a word can end a speaker noun phrase: a name, a pronoun, a source noun, a plural.
/// It keeps "his early-morning tweets" and "the swing states" from reading as speech.
pub(super) fn plausible_head(text: &str, units: &Units, k: usize) -> bool {
    let lex = &*LEXICON;
    // "James Comey Jr. said": the period belongs to the suffix before it.
    let k = if k > 0
        && is_p(text, units, k, &["."])
        && units.units[k - 1].is_word()
        && units.units[k - 1].end() == units.units[k].start()
        && NAME_SUFFIXES.contains(&units.word(k - 1))
    {
        k - 1
    } else {
        k
    };
    let w = units.word(k);
    let raw = units.text(text, k, k + 1);
    is_capitalized(raw)
        || raw == ")"
        || lex.pronouns.contains_key(w)
        || speaker_head(units, k)
        || lex.org_words.contains(w)
        || lex.document_nouns.get(w).is_some()
        // ("..., dpa said": a body that writes its name in lower case.)
        || lex.institutions.get(w).is_some()
        || w == "one"
        // "That attitude, many argue, could ...": a quantifier alone stands for people.
        || LONE_QUANTIFIERS.contains(&w)
            && (k == 0 || !units.units[k - 1].is_word() || LEFT_BOUNDARY.contains(&units.word(k - 1)))
        || counted_share(units, k)
}

/// Whether unit `k` ends a share of those asked: "More than six in 10", "Two in three",
/// "nine out of 10", "42%".
fn counted_share(units: &Units, k: usize) -> bool {
    let word = |i: usize| units.word(i);
    let number = |x: &str| {
        !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit())
            || x == "one"
            || NUMBER_WORDS.contains(&x)
    };
    let w = word(k);
    if w == "%" {
        return k >= 1 && word(k - 1).bytes().all(|c| c.is_ascii_digit());
    }
    number(w)
        && (k >= 2 && word(k - 1) == "in" && number(word(k - 2))
            || k >= 3 && word(k - 1) == "of" && word(k - 2) == "out" && number(word(k - 3)))
}

/// A subject's unit range and the range of its apposition, if any.
pub(super) type SubjectSpan = (usize, usize, Option<(usize, usize)>);

/// The subject noun phrase ending before unit `j`: (start, end, apposition).
pub(super) fn left_subject(
    text: &str,
    units: &Units,
    j: usize,
    floor: usize,
) -> Option<SubjectSpan> {
    if j <= floor {
        return None;
    }
    // "Tesla Inc (TSLA.O) said", "BYD Co Ltd (002594.SZ) said": a stock ticker after a
    // company's name is no part of it.
    if let Some(open) = ticker_before(text, units, j, floor) {
        return left_subject(text, units, open, floor);
    }
    // "In Masinloc, Zambales, fisherman Rodel Abrenica, 52, told", "In a separate interview
    // with the Daily Graphic, the President of ..., Mr Yao Kouassi, said": the place or
    // occasion that opens the sentence is its scene, and the subject is sought after it.
    if let Some(after) = opening_scene_end(text, units, j, floor)
        && let Some(span) = left_subject(text, units, j, after)
    {
        return Some(span);
    }
    // "Liu Jianchao, China's assistant foreign minister, told": the name is the first group
    // before the commas that reads as a name; the groups after it are its apposition
    // ("Filippo Fasulo, director of ..., the Centro Studi ..., pointed out").
    // Dashes set off an apposition as commas do: "Jason Sims — a teacher — says".
    const APPOSITION_MARKS: &[&str] = &[",", "\u{2014}", "\u{2013}", "-"];
    let close = dash_start(text, units, j - 1, floor);
    // "..., police in Charleston, South Carolina, said": a state or country after a place's
    // comma goes on with the place.
    // (The subject is what it would be without them: "Andrew Fisher, from Omaha, Nebraska,
    // said" is Andrew Fisher.)
    if let Some(c) = state_after_place(text, units, close, floor) {
        return left_subject(text, units, c + 1, floor)
            .or_else(|| left_subject(text, units, c, floor));
    }
    if is_p(text, units, close, APPOSITION_MARKS) {
        // First as names and determined descriptions; failing that, a short description
        // with a source head ("Powell's office, when contacted by Reuters, said").
        return apposed_subject(text, units, close, floor, false)
            .or_else(|| apposed_subject(text, units, close, floor, true));
    }
    // ('Yang, who is in Beijing for the annual "two sessions," told Xinhua', 'Rep. Yolanda
    // Briggs (D-NY), a member of the so-called "Squad," claimed': the comma inside a short
    // quoted term's closing mark closes a relative clause or a description set off after the
    // name as a comma after it would. Not a contrast of the statement's own: '... should be
    // a platform for cooperation, not a "courtroom," said Karim Mansour'.)
    if close > floor
        && short_title(units, close)
        && let Unit::Quote(q) = units.units[close]
        && text[q.content_start..q.content_end].ends_with(',')
        && (floor..close)
            .rev()
            .take(25)
            .find(|&k| is_p(text, units, k, &[","]))
            .is_some_and(|c| {
                ["who", "whose", "a", "an", "the"].contains(&units.word_or_empty(c + 1))
            })
    {
        return apposed_subject_marked(text, units, (j, ","), floor, false)
            .or_else(|| apposed_subject_marked(text, units, (j, ","), floor, true));
    }
    let Some((a, b)) = np_left(text, units, j, floor) else {
        return pronoun_after_asked(text, units, j, floor);
    };
    // ("Locally, too, say analysts", "Recently, announced changes": an adverb names no one.)
    if b - a == 1 && (adverb_shaped(units.word(a)) || LEXICON.lead_words.contains(units.word(a))) {
        return None;
    }
    // (The list's commas may have set the clause's floor: the list is read past it.)
    let a = portfolio_list_start(text, units, a, b, 0).unwrap_or(a);
    // "..., a charge Islamabad denied", "the claims Tory Party co-chairman Liam Fox made":
    // the speaker after an article and a noun of accusing is who answers it.
    let a = answered_charge(text, units, a, b).unwrap_or(a);
    if let Some((na, nb)) = name_before_open_apposition(text, units, (a, b), floor) {
        return Some((na, nb, Some((a, b))));
    }
    Some((a, b, description_before_name(text, units, a, b, floor)))
}

/// Where the subject may start when a preposition's phrase opens the clause at `floor` and
/// commas set it off before the cue at `j` (see [`opening_scene`]). None when no such phrase
/// opens it, or when the text after it opens no noun phrase ("In 2004 the company, which
/// makes cars, said").
fn opening_scene_end(text: &str, units: &Units, j: usize, floor: usize) -> Option<usize> {
    let after = opening_scene(text, units, floor)?;
    let opens = units.word(after);
    (after + 1 < j
        && units.units[after].is_word()
        && !CLAUSE_OPENERS.contains(&opens)
        && !is_ing(&units.words[after]))
    .then_some(after)
}

/// "In Masinloc, Zambales, fisherman Rodel Abrenica, 52, told", "In the Saudi capital,
/// Riyadh, a spokesman ... said": where the clause goes on after the place or occasion a
/// preposition's phrase that opens it at `floor` sets, past its comma and the places set off
/// after it. None when no capitalized preposition opens the clause, or when its phrase
/// holds a verb.
fn opening_scene(text: &str, units: &Units, floor: usize) -> Option<usize> {
    // ("Outside the North Market in Columbus, volunteer Gary Litton, 71, of Westerville,
    // said": a preposition of space opens a scene here too.)
    if floor >= units.len()
        || !(SCENE_PREPOSITIONS.contains(units.word(floor))
            || OPENING_PLACE_PREPOSITIONS.contains(units.word(floor)))
        || !units.is_capitalized_word(text, floor)
    {
        return None;
    }
    let comma_after = |from: usize| (from..units.len()).find(|&x| is_p(text, units, x, &[","]));
    let mut c = comma_after(floor + 1)?;
    if (floor..c).any(|x| auxiliary_at(text, units, x) || past_verb_at(text, units, x)) {
        return None;
    }
    while let Some(next) = comma_after(c + 1)
        && next > c + 1
        && LEXICON.names_a_place(&units.words[c + 1..next].join(" "))
    {
        c = next;
    }
    Some(c + 1)
}

/// Whether the clause's first words start at unit `a`: nothing but punctuation stands
/// before it, or only the scene that opens the sentence ("In Lusaka, Zambia's Minister of
/// Commerce, ..., told").
fn opens_after_scene(text: &str, units: &Units, a: usize, lead_words: bool) -> bool {
    let said = |x: usize| {
        units.units[x].is_word() && !(lead_words && LEXICON.lead_words.contains(units.word(x)))
    };
    match (0..a).find(|&x| said(x)) {
        None => true,
        Some(first) => {
            !(0..a).any(|x| units.units[x].is_quote())
                && opening_scene(text, units, first) == Some(a)
        }
    }
}

/// The name before the subject `a..b` when `a..b` is its apposition left open after a
/// comma: "David Shearer, special representative of the UN ... said", "Marc Ostwald, a
/// strategist at Monument Securities told".
/// ("Eva Lichtenberg, an Austrian Green member of the European Parliament said": after
/// "a" or "an", names may stand before the role.)
fn name_before_open_apposition(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    floor: usize,
) -> Option<(usize, usize)> {
    let indefinite = ["a", "an"].contains(&units.word(a));
    let role_opens = (a..(a + 5).min(b)).any(|x| {
        LEXICON.roles.longest_at(&units.words, x).is_some()
            && (x == a
                || ["a", "an", "the"].contains(&units.word(a))
                    && x < a + 3
                    && (a..x).all(|y| !is_capitalized(units.text(text, y, y + 1)))
                || indefinite && (a + 1..x).all(|y| units.units[y].is_word()))
    });
    // "Jeff Joseph, from the Consumer Electronics Association (CEA) told": so is a body's
    // phrase that opens with "from" or "of"; a preposition opens no subject.
    let body_opens = ["from", "of"].contains(&units.word(a));
    if a >= floor + 2
        && is_p(text, units, a - 1, &[","])
        && !is_capitalized(units.text(text, a, a + 1))
        && (role_opens || body_opens)
        && let Some((na, nb)) = np_left(text, units, a - 1, floor)
        && is_capitalized(units.text(text, na, na + 1))
        && is_capitalized(units.text(text, nb - 1, nb))
        && nb - na <= 4
        && (opens_with_role(units, a) || opens_clause_as_name(text, units, na, floor) || body_opens)
        // ("Additionally, businessman Stephen Schwarzman said": an adverb names no one, nor
        // does a participle's or a preposition's phrase: "Writing on Twitter, the prime
        // minister said".)
        && !(nb - na == 1
            && (is_ly_adverb(&units.words[na]) || LEXICON.lead_words.contains(units.word(na))))
        && !is_ing(&units.words[na])
        && !SCENE_PREPOSITIONS.contains(units.word(na))
        // ("In Romania, health minister Alexandru Rafila said", "On Monday, health
        // minister ...": a place or day a preposition governs is the scene, no name.)
        && !(na > floor && SCENE_PREPOSITIONS.contains(units.word(na - 1)))
        && !is_day_word(&units.words[na])
    {
        return Some((na, nb));
    }
    None
}

/// "Culture, Media and Sport Secretary Tessa Jowell said", "Minister for Planning,
/// Development and Special Initiatives Ahsan Iqbal said": a portfolio of several fields
/// written as a list holds commas, and the subject `a..b` found after the last of them
/// ("Development and Special Initiatives Ahsan Iqbal") opens where the list does, or at the
/// role before it. Only where the subject holds "and" among its first capitalized words and
/// a role follows the list or stands before it ("Alice Moss, Bob Hart and Carol Lee said" is
/// three people).
pub(crate) fn portfolio_list_start(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    floor: usize,
) -> Option<usize> {
    let lex = &*LEXICON;
    let cap = |k: usize| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1));
    // Fields are capitalized words that are no names, places, days or openers: "In
    // September, Trade and Industry Secretary Patricia Hewitt" opens no list, and
    // "Malaysian" before "Tourism, Arts and Culture Minister" is the minister's country.
    let field = |k: usize| portfolio_field(text, units, k);
    // The first word of the run of fields that ends at `k`.
    let fields_from = |k: usize| {
        let mut k = k;
        while k > floor && field(k - 1) {
            k -= 1;
        }
        k
    };
    // (A run that opens after the list's "and" is read from the list's last field before
    // it: "Development and | Special Initiatives Ahsan Iqbal".)
    let a = if a >= floor + 2 && ["and", "&"].contains(&units.word(a - 1)) && field(a - 2) {
        fields_from(a - 2)
    } else {
        a
    };
    // The subject opens as a list's end: fields, "and", a capitalized word.
    let and = (a + 1..b.min(a + 4)).find(|&k| units.word(k) == "and")?;
    // ("Sustainability and the Environment Lim Wei Ling": an article may open the field.)
    let the = usize::from(units.word(and + 1) == "the");
    if !((a..and).all(field) && and + 1 + the < b && cap(and + 1 + the)) {
        return None;
    }
    let role_after = (and + 1..b).any(|k| lex.roles.longest_at(&units.words, k).is_some());
    // Back over ", Field" groups to where the list opens.
    let mut start = a;
    while start >= floor + 2 && is_p(text, units, start - 1, &[","]) && field(start - 2) {
        start = fields_from(start - 2);
        if a - start > 12 {
            return None;
        }
    }
    let after_for = |start: usize| start > floor && ["for", "of"].contains(&units.word(start - 1));
    // (The article only inside a minister's portfolio: "Trinity Mirror and the Daily Mail"
    // are two bodies.)
    if (start == a || the == 1) && !after_for(start) {
        return None;
    }
    // "Minister for Planning, ...": the role before "for" or "of" opens the subject, where
    // a word of the list ends a field ("Minister for Children, Young People and Families";
    // "Secretary of State Rex Dorsey and Foreign Minister Ali Velioglu" holds none).
    if after_for(start) {
        if !(start..(and + 2).min(b)).any(|k| ends_a_portfolio_field(units.word(k))) {
            return None;
        }
        return role_before_portfolio(text, units, start, floor);
    }
    // "Culture, Media and Sport Secretary ...", "Malaysian Tourism, Arts and Culture
    // Minister ...": the list opens a noun phrase (after a country's word, which is the
    // minister's), and the role follows it.
    let start = if start > floor && lex.country_words.get(units.word(start - 1)).is_some() {
        start - 1
    } else {
        start
    };
    let opens_phrase = start == floor || !cap(start - 1);
    (role_after && opens_phrase).then_some(start)
}

/// Where the role that a portfolio opening at unit `start` after its "for" or "of"
/// belongs to begins ("Minister for Planning, ..."), with an owner's name before it
/// ("Nepal's Minister for Energy, ...": the owner's name is the minister's country).
fn role_before_portfolio(text: &str, units: &Units, start: usize, floor: usize) -> Option<usize> {
    let cap = |k: usize| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1));
    // (An "of" inside the role: "Senior Minister of State for Sustainability and the
    // Environment".)
    let mut k = start - 1;
    while k > floor && (cap(k - 1) || k >= floor + 2 && units.word(k - 1) == "of" && cap(k - 2)) {
        k -= 1;
    }
    if k >= floor + 2 && units.word(k - 1) == "'s" && cap(k - 2) {
        k -= 2;
        while k > floor && cap(k - 1) {
            k -= 1;
        }
    }
    let role = (k..start - 1).any(|x| LEXICON.roles.longest_at(&units.words, x).is_some());
    (role && k < start - 1).then_some(k)
}

/// "Asked whether he would stand again he said": after an opening "asked" and its question
/// with no comma, where no noun phrase ends before the cue at `j`, a subject pronoun right
/// before it is the whole subject (elsewhere a pronoun after a noun opens a relative clause:
/// "anything he said").
fn pronoun_after_asked(text: &str, units: &Units, j: usize, floor: usize) -> Option<SubjectSpan> {
    let first_word = (floor..j).find(|&k| units.units[k].is_word())?;
    let asked_opens = units.word(first_word) == "asked"
        || units.word(first_word) == "when" && units.word(first_word + 1) == "asked";
    (asked_opens
        && j >= floor + 2
        && ["he", "she", "they", "we"].contains(&units.word(j - 1))
        && units.units[j - 2].is_word()
        && !["and", "or", "nor", "but"].contains(&units.word(j - 2))
        && units
            .text(text, j - 1, j)
            .starts_with(|c: char| c.is_ascii_lowercase()))
    .then_some((j - 1, j, None))
}

/// Where a stock ticker in parentheses that ends before unit `j` opens ("(TSLA.O)",
/// "(002594.SZ)", "(NYSE: ACME)"): no lowercase letter or hyphen inside, and a period, a
/// colon or a digit, so "(AFC)" and "(D-N.Y.)" are not one.
fn ticker_before(text: &str, units: &Units, j: usize, floor: usize) -> Option<usize> {
    if !is_p(text, units, j - 1, &[")"]) {
        return None;
    }
    let open = (j.saturating_sub(8).max(floor)..j - 1)
        .rev()
        .find(|&k| is_p(text, units, k, &["("]))?;
    let inside = &text[units.units[open].end()..units.units[j - 1].start()];
    // ("(D-N.Y.)", "(R-S.C.)": a party and a state.)
    (open > floor
        && !inside.contains('-')
        && !inside.chars().any(char::is_lowercase)
        && inside.chars().any(char::is_alphabetic)
        && inside
            .chars()
            .any(|c| c == '.' || c == ':' || c.is_ascii_digit()))
    .then_some(open)
}

/// The comma before a state or country that follows a capitalized place and ends at the
/// comma `close` ("in Charleston, South Carolina,", "in Paris, France,").
fn state_after_place(text: &str, units: &Units, close: usize, floor: usize) -> Option<usize> {
    let lex = &*LEXICON;
    if !is_p(text, units, close, &[","]) {
        return None;
    }
    let c = (close.saturating_sub(4).max(floor)..close)
        .rev()
        .find(|&k| !units.units[k].is_word() && !is_p(text, units, k, &["."]))?;
    let spans = |n: Option<usize>| n == Some(close - c - 1);
    (c > floor
        && is_p(text, units, c, &[","])
        && units.is_capitalized_word(text, c - 1)
        && (spans(lex.places.longest_at(&units.words, c + 1).map(|(_, n)| n))
            || spans(
                lex.country_words
                    .longest_at(&units.words, c + 1)
                    .map(|(_, n)| n),
            )))
    .then_some(c)
}

/// Where the speaker starts in the noun phrase `a..b` that opens with an article and a noun
/// of accusing, then a name or another phrase ("a charge Islamabad denied", "a charge the
/// company denies"): after the noun, which the speaker's clause modifies.
pub(super) fn answered_charge(text: &str, units: &Units, a: usize, b: usize) -> Option<usize> {
    (a + 2 < b
        && charge_noun_at(units, a)
        && (units.is_capitalized_word(text, a + 2)
            || units.word(a + 2) == "the"
            || OWNERS.contains(&units.word(a + 2))))
    .then_some(a + 2)
}

/// Whether units `k..k + 2` are an article and a noun of accusing ("a charge", "the
/// claims").
pub(super) fn charge_noun_at(units: &Units, k: usize) -> bool {
    ["a", "an", "the"].contains(&units.word(k))
        && units
            .words
            .get(k + 1)
            .is_some_and(|w| CHARGE_NOUNS.contains(&&**w))
}

/// Nouns of accusing a clause after them answers ("a charge Moscow denies").
const CHARGE_NOUNS: &[&str] = &[
    "charge",
    "charges",
    "claim",
    "claims",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
];

/// "The charity's head of HIV/Aids in Britain, Simon Wright said": a description that opens
/// the clause with an article or an owner and holds a role, then a comma and the full name
/// `a..b` before the cue, is the name's apposition (its role, its country).
fn description_before_name(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let cap = |k: usize| units.is_capitalized_word(text, k);
    if !(a >= floor + 3
        && (2..=4).contains(&(b - a))
        && cap(a)
        && cap(b - 1)
        && is_p(text, units, a - 1, &[","]))
    {
        return None;
    }
    let (da, db) = np_left(text, units, a - 1, floor)?;
    let owner = da + 1 < db && units.words[da + 1] == "'s";
    let opens = units.word(da) == "the" || OWNERS.contains(&units.word(da)) || owner;
    let role = (da..db).any(|k| LEXICON.roles.get(units.word(k)).is_some() && !cap(k));
    ((floor..da).all(|k| !units.units[k].is_word()) && opens && role && db == a - 1)
        .then_some((da, db))
}

/// The first unit of the mark at `k`: a dash typed as two hyphens ("--") is two "-" units.
fn dash_start(text: &str, units: &Units, k: usize, floor: usize) -> usize {
    if k > floor && is_p(text, units, k, &["-"]) && is_p(text, units, k - 1, &["-"]) {
        k - 1
    } else {
        k
    }
}

/// Whether the open apposition at `a` starts with its role ("special representative of"),
/// not with an article: an article's description needs a name that opens the clause.
fn opens_with_role(units: &Units, a: usize) -> bool {
    LEXICON.roles.longest_at(&units.words, a).is_some()
}

/// Whether the capitalized words from `na` open the clause that starts at `floor` and are no
/// day, place or country ("On Tuesday, the mayor said" has no name before its comma).
fn opens_clause_as_name(text: &str, units: &Units, na: usize, floor: usize) -> bool {
    let lex = &*LEXICON;
    (floor..na).all(|k| !units.units[k].is_word())
        && !is_day_word(&units.words[na])
        && lex.places.longest_at(&units.words, na).is_none()
        && lex.country_words.longest_at(&units.words, na).is_none()
        && !lex.lead_words.contains(units.word(na))
        && !is_ly_adverb(&units.words[na])
        && is_capitalized(units.text(text, na, na + 1))
}

/// The subject before an apposition that closes at `close` (a comma or dash before the cue).
pub(super) fn apposed_subject(
    text: &str,
    units: &Units,
    close: usize,
    floor: usize,
    source_heads: bool,
) -> Option<SubjectSpan> {
    let mark = units.text(text, close, close + 1);
    apposed_subject_marked(text, units, (close, mark), floor, source_heads)
}

/// [`apposed_subject`] with the apposition's mark given: the group before `close` ends at a
/// comma inside a quotation's closing mark, not at a mark of its own.
fn apposed_subject_marked(
    text: &str,
    units: &Units,
    (close, mark): (usize, &str),
    floor: usize,
    source_heads: bool,
) -> Option<SubjectSpan> {
    let mut k = close;
    for _ in 0..5 {
        let m = group_start(text, units, k, floor, mark)?;
        // ", the race will be tight, said": a clause with its own subject, no apposition. A
        // relative or subordinate clause may hold an auxiliary ("Mr. Obama, who understood
        // that ... would be, told"), and so may a predicate that opens the segment ("whose
        // hometown, Miami, is projected to ..., argues") or an aside between dashes.
        let first_aux = (m..k).find(|&x| {
            auxiliary_at(text, units, x) && !["be", "been", "being"].contains(&units.word(x))
        });
        if mark == ","
            && let Some(x) = first_aux
            && x > m
            && !(m..x).any(|y| CLAUSE_OPENERS.contains(&units.word(y)))
        {
            return None;
        }
        let open = dash_start(text, units, m - 1, floor);
        // The name before a predicate belongs to a relative clause ("whose hometown, Miami,
        // is projected ..."): the subject stands further back. With no relative clause
        // before it, the predicate is the sentence's own, and what the cue closes is the
        // statement: "The arrival of foreign banks, due in 2006, could mean ..., said Mr
        // Makower".
        if first_aux == Some(m) {
            if !(floor..m).any(|y| ["who", "whose", "which"].contains(&units.word(y))) {
                return None;
            }
            k = open;
            continue;
        }
        let np = np_left(text, units, open, floor);
        if np.is_some_and(|np| belongs_to_an_earlier_name(text, units, np, floor)) {
            k = open;
            continue;
        }
        // "Mexico's Undersecretary for Health, Raúl Benítez, who is visiting Madrid, said":
        // a name set off between a description and a relative clause has the description
        // as its apposition, which says who the speaker is. (Not a scene's phrase: "Of
        // Carson, Levine, who has given money to Marco Rubio, said".)
        if ["who", "whose"].contains(&units.word(m))
            && let Some(np) = np
            && let Some(span) = apposed_subject(text, units, open, floor, source_heads)
            && ((span.0, span.1) == np && span.2.is_some()
                || span.2 == Some(np) && is_determined(text, units, (span.0, span.1), false))
        {
            return Some(span);
        }
        if let Some(np) = np
            && !is_complement_or_clause(text, units, np, floor)
            && let Some(span) = subject_and_apposition(text, units, np, m, close, source_heads)
        {
            return Some(span);
        }
        k = open;
    }
    None
}

/// Whether the noun phrase `np`, set off by commas before an apposition, belongs to a name
/// further back and so is no subject: a party and a state after a lawmaker's name ("Rep.
/// Henry Cuellar, D-Texas, whose district ..., said"), a phrase inside an earlier name's
/// apposition, or the place a preposition governs ("Dai Jenkins, 54, from Sandfields, who
/// spent 30 years at the plant, said").
fn belongs_to_an_earlier_name(text: &str, units: &Units, np: (usize, usize), floor: usize) -> bool {
    let (a, b) = np;
    party_and_state(&text[units.units[a].start()..units.units[b - 1].end()])
        || inside_an_earlier_apposition(text, units, (a, b), floor)
        || a > floor
            && [
                "from", "in", "of", "at", "to", "for", "with", "into", "across",
            ]
            .contains(&units.word(a - 1))
        || state_after_a_city(text, units, a, floor)
}

/// Whether the noun phrase at unit `a` is the state or province of "a Tucson, Arizona,
/// rancher" or "a Vancouver, British Columbia, physician": a city and its state set off by
/// commas before a noun modify that noun, inside someone's apposition.
fn state_after_a_city(text: &str, units: &Units, a: usize, floor: usize) -> bool {
    if a < floor + 3 || !is_p(text, units, a - 1, &[","]) {
        return false;
    }
    let mut c = a - 1;
    while c > floor && c + 4 > a && units.is_capitalized_word(text, c - 1) {
        c -= 1;
    }
    c < a - 1 && c > floor && ["a", "an"].contains(&units.word(c - 1))
}

/// Whether the noun phrase `np` before an apposition is no subject but a complement or a
/// clause. A description after "is" or "was" is a complement: "broadband is a central part of
/// daily life, at least for some, argues Bill Thompson" ("there was The Journal's editor Bret
/// Stephens, who ..., said" has a name). So is one after a verb in the past ("The two sides
/// had a candid, in-depth ... exchange of views, said a joint press release"), and a clause
/// with a verb in the past is no noun phrase ("China's unemployment rate stood at 5.3 percent
/// in October, 0.1 points lower than in September, said the NBS"); in lower case, "Stuart
/// Rose, its chief executive, said" names Mr Rose. ", Ltd., " after "Co." is the name's
/// suffix: "Sichuan Western Logistics Co., Ltd., a leading enterprise, said" has its subject
/// further back.
fn is_complement_or_clause(text: &str, units: &Units, np: (usize, usize), floor: usize) -> bool {
    let past = |x: usize| past_verb_at(text, units, x);
    np.0 > floor
        && (["is", "are", "was", "were"].contains(&units.word(np.0 - 1)) || past(np.0 - 1))
        && !units.is_capitalized_word(text, np.1 - 1)
        || (np.0 + 1..np.1).any(past)
        || NAME_SUFFIXES.contains(&units.word(np.0))
}

/// Whether the noun phrase `a..b` set off by commas before an apposition is itself part of
/// an earlier name's apposition, so that the subject stands further back:
/// - a place after a place that follows a preposition, its state or country ("Maria Lopes, a
///   farmer from Tomar, Portugal, who grows olives, said"; not "Friday, Texas, leading a
///   coalition, asked", which has Texas for its subject);
/// - an indefinite description after a name ("Zhang Wenjie, a researcher at the Chinese
///   Academy of Trade, a think tank under the commerce ministry, said"; not after a word
///   that opens a sentence, "But, a spokesman for the prosecutor, ..., said", nor after a
///   place, "At a station in Wuse, a commercial driver, Musa Danladi, said").
fn inside_an_earlier_apposition(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    floor: usize,
) -> bool {
    if a < floor + 2 || !is_p(text, units, a - 1, &[","]) {
        return false;
    }
    let lex = &*LEXICON;
    // The capitalized run before the comma follows a preposition.
    let place_before = (floor..a - 1)
        .rev()
        .take_while(|&x| units.is_capitalized_word(text, x))
        .last()
        .is_some_and(|x| {
            x > floor && ["from", "in", "of", "near", "at"].contains(&units.word(x - 1))
        });
    let whole = |found: Option<usize>| found == Some(b - a);
    let place = whole(lex.places.longest_at(&units.words, a).map(|(_, n)| n))
        || whole(
            lex.country_words
                .longest_at(&units.words, a)
                .map(|(_, n)| n),
        );
    if place_before {
        return place;
    }
    ["a", "an"].contains(&units.word(a))
        && units.is_capitalized_word(text, a - 2)
        && !lex.lead_words.contains(units.word(a - 2))
}

/// Whether a phrase is a US lawmaker's party and state or home town: "D-Texas", "R-S.C.",
/// "I-Vt.", "R-Moses Lake", "D-Newport News" (a town of up to three words).
pub(crate) fn party_and_state(phrase: &str) -> bool {
    phrase
        .split_once('-')
        .is_some_and(|(party, place)| PARTY_TAG_LETTERS.contains(&party) && state_or_town(place))
}

/// Whether `place` is a state's name or abbreviation or a town of up to three capitalized
/// words, as a party tag writes it ("Texas", "S.C.", "Moses Lake").
fn state_or_town(place: &str) -> bool {
    let mut words = 0;
    place.split(' ').all(|w| {
        words += 1;
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
    }) && words <= 3
}

/// The first unit of the group that ends at unit `k` and opens after a `mark` (a comma or a
/// dash), or `None` when no such group lies within reach.
fn group_start(text: &str, units: &Units, k: usize, floor: usize, mark: &str) -> Option<usize> {
    let mut m = k;
    // Commas may stand inside a dash-delimited apposition ("— including Muslims,
    // Christians, Jews —").
    // So may a short title in quotation marks ("a contestant on "The Apprentice,"").
    while m > floor
        && (!boundary_punct(text, units, m - 1)
            || short_title(units, m - 1)
            || mark != "," && is_p(text, units, m - 1, &[","])
            || comma_in_a_body_s_fields(text, units, m - 1, floor))
    {
        m -= 1;
    }
    // (A relative clause may run longer: "Dr. Connie Mariano, who as a Navy captain was the
    // White House physician in the administration of ... and later retired ..., said".)
    let reach = if ["who", "whose"].contains(&units.word(m)) {
        40
    } else {
        25
    };
    if m == floor || m == k || k - m > reach || !is_p(text, units, m - 1, &[mark]) {
        return None;
    }
    Some(m)
}

/// Whether unit `k` may be a field of a portfolio or a body's name: a capitalized word that
/// is no name, place, day or opener ("Health", "Trade"; not "In", "Malaysian").
fn portfolio_field(text: &str, units: &Units, k: usize) -> bool {
    k < units.len()
        && units.is_capitalized_word(text, k)
        && LEXICON.may_be_portfolio_field(units.word(k))
}

/// Whether the comma at unit `k` stands inside a body's list of fields: "the Senate Health,
/// Education, Labor and Pensions Committee", "the Committee on Treaties, Protocols and
/// Agreements". Capitalized fields around it, an "and" before the last one, and the body's
/// word after the list or before its "on", "of" or "for"; the comma sets nothing off.
pub(super) fn comma_in_a_body_s_fields(text: &str, units: &Units, k: usize, floor: usize) -> bool {
    let lex = &*LEXICON;
    let field = |x: usize| portfolio_field(text, units, x);
    if k <= floor || !is_p(text, units, k, &[","]) || !field(k - 1) || !field(k + 1) {
        return false;
    }
    // Forward over fields and their commas to the "and" and the last field.
    let mut x = k + 1;
    while x < units.len() && x < k + 10 && (field(x) || is_p(text, units, x, &[","])) {
        x += 1;
    }
    // ("Department of Forestry, Fisheries and the Environment": the last field may take
    // its article.)
    let the = usize::from(units.word_or_empty(x + 1) == "the");
    if units.word_or_empty(x) != "and" || !field(x + 1 + the) {
        return false;
    }
    let x = x + the;
    // (Each walk is bounded: a long run of capitals and commas is asked at every comma.)
    let mut end = x + 1;
    while end < x + 5 && field(end) {
        end += 1;
    }
    let body_after = end > x + 1 && lex.org_words.contains(units.word(end - 1));
    // Back over fields and their commas to the word before the list.
    let mut start = k - 1;
    while start > floor
        && start + 10 > k
        && (field(start - 1) || is_p(text, units, start - 1, &[","]))
    {
        start -= 1;
    }
    let body_before = start >= floor + 2
        && ["on", "of", "for"].contains(&units.word(start - 1))
        && lex.org_words.contains(units.word(start - 2));
    body_after || body_before
}

/// The subject and its apposition when the noun phrase `a..b` stands before the group
/// `m..close`: a name or a determined description with the group as its apposition, or
/// a role with a name between the commas.
fn subject_and_apposition(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    m: usize,
    close: usize,
    source_heads: bool,
) -> Option<SubjectSpan> {
    let det = is_determined(text, units, (a, b), source_heads);
    let first_cap = opens_a_name(text, units, (a, b));
    let last = last_name_word(text, units, (a, b));
    let last_cap = is_capitalized(units.text(text, last, last + 1));
    let described = det && takes_an_apposition(units, (a, b), m);
    if title_before_the_name(text, units, (a, b), m, close) {
        return Some((m, close, Some((a, b))));
    }
    // A body's description before its name between the commas.
    if det && !last_cap && names_the_body_between(text, units, (a, b), m, close) {
        return Some((m, close, Some((a, b))));
    }
    // "The ministry's Director of Press, Mrs Blessing Okonkwo, told": a determined role
    // whose object is written in capitals ("of Press") is no name, and the titled or given
    // name between the commas is the speaker.
    // (Opening the sentence, as for a title: after a quotation the description stays where
    // the frame starts. A definite or owned role only: "A spokesman for DLF Builders, Dr
    // Vancheshwar, told" keeps its description where the frame starts.)
    if last_cap
        && (units.word(a) == "the" || owned(text, units, (a, b)))
        && nothing_said_before(text, units, a)
        && titled_name_between(text, units, m, close)
        && role_heads(text, units, (a, b), m, close)
    {
        return Some((m, close, Some((a, b))));
    }
    if last_cap && (first_cap || det) || described {
        let appo_start = (m..close)
            .find(|&x| !is_p(text, units, x, &[","]))
            .unwrap_or(m);
        return Some((a, b, Some((appo_start, close))));
    }
    // "Carter's press secretary, Peter Cook, told": the role comes first and the
    // name stands between the commas.
    let name_between = close - m <= 4
        && (m..close).all(|x| {
            units.units[x].is_word() && is_capitalized(units.text(text, x, x + 1))
                || is_p(text, units, x, &["."])
        });
    if name_between && role_heads(text, units, (a, b), m, close) {
        return Some((m, close, Some((a, b))));
    }
    None
}

/// Whether the noun phrase `a..b` is determined as a description is: by an article, a
/// number, a possessive ("Her opponent in the race, Nick Merrill,", "Radio 1's controller,
/// Andy Parfitt,"), or, where `source_heads`, a quantifier or a source's head noun.
fn is_determined(text: &str, units: &Units, (a, b): (usize, usize), source_heads: bool) -> bool {
    let lex = &*LEXICON;
    let head = units.word(b - 1);
    ["the", "a", "an", "one", "two", "both", "another", "some"].contains(&units.word(a))
        || owned(text, units, (a, b))
        || source_heads
            && (["several", "many", "most", "other"].contains(&units.word(a))
                || !is_capitalized(units.text(text, b - 1, b))
                    && (speaker_head(units, b - 1)
                        || lex.org_words.contains(head)
                        || lex.document_nouns.get(head).is_some()))
}

/// Whether the noun phrase `a..b` opens with an owner: a possessive determiner ("Her
/// opponent") or an owner's name of a few words ("Radio 1's controller").
fn owned(text: &str, units: &Units, (a, b): (usize, usize)) -> bool {
    OWNERS.contains(&units.word(a))
        || owner_end(text, units, a, (a + 4).min(b.saturating_sub(1))).is_some()
}

/// Whether the noun phrase `a..b` opens as a name does: with a capital past a leading
/// parenthesis ("(Xinhua/Chogo) Premier Li Keqiang") and an age ("81-year-old Parker
/// Eaton"), with a role that opens the sentence, or with lowercase words before a title
/// ("former Rep. Gilda Cobb-Hunter", "state Sen. Darren Soto"; not before a role: "research
/// director for IHS" is the apposition of the name before it).
fn opens_a_name(text: &str, units: &Units, (a, b): (usize, usize)) -> bool {
    let lex = &*LEXICON;
    let first_cap = (a..b)
        .find(|&x| {
            units.units[x].is_word()
                && !is_p(text, units, x, &["(", ")"])
                && !(x + 1 < b && units.word(x).ends_with("-year-old"))
        })
        .is_some_and(|x| is_capitalized(units.text(text, x, x + 1)));
    first_cap
        || role_opens_the_sentence(text, units, (a, b))
        || (a + 1..(a + 3).min(b)).any(|x| {
            lex.is_honorific(units.word(x))
                && (a..x).all(|y| {
                    ROLE_MODIFIERS.contains(units.word(y))
                        && !is_capitalized(units.text(text, y, y + 1))
                })
        })
}

/// The last word of the name in the noun phrase `a..b`: "James B. Comey Jr., the director"
/// ends before the abbreviation's period, "Rep. Sander Levin (Mich.), a superdelegate,"
/// before the party.
fn last_name_word(text: &str, units: &Units, (a, b): (usize, usize)) -> usize {
    if b - a >= 2 && is_p(text, units, b - 1, &["."]) && NAME_SUFFIXES.contains(&units.word(b - 2))
    {
        b - 2
    } else if is_p(text, units, b - 1, &[")"])
        && let Some(open) = (a..b - 1).rev().find(|&x| is_p(text, units, x, &["("]))
        && open > a
    {
        open - 1
    } else {
        b - 1
    }
}

/// Whether no word and no quotation stands before unit `a`: the noun phrase there opens the
/// sentence, after a scene at most, or after a linking word or a participle's phrase set off
/// by a comma ("Also, the Executive Director of ..., Ms Ngozi Eze, urged", "Speaking at
/// the event, the Consul General ..., Mr Joost van Dam, said").
fn nothing_said_before(text: &str, units: &Units, a: usize) -> bool {
    (0..a).all(|x| !units.units[x].is_quote())
        && (opens_after_scene(text, units, a, false) || opens_after_a_lead_in(text, units, a))
}

/// Whether the words before unit `a` are one linking word or a participle's short phrase,
/// and a comma: "However,", "Also,", "Speaking at the event,".
fn opens_after_a_lead_in(text: &str, units: &Units, a: usize) -> bool {
    let Some(first) = (0..a).find(|&x| units.units[x].is_word()) else {
        return false;
    };
    let w = units.word(first);
    a >= first + 2
        && is_p(text, units, a - 1, &[","])
        && (first + 2 == a && (LEXICON.lead_words.contains(w) || is_ly_adverb(w))
            || a - first <= 8 && is_ing(w) && (first + 1..a - 1).all(|x| units.units[x].is_word()))
}

/// "The Secretary of State for Health, Alan Milburn, said": a title written in capitals
/// after the article that opens the sentence, before a given name and a surname between the
/// commas `m..close`, is the name's role, not a name.
fn title_before_the_name(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    m: usize,
    close: usize,
) -> bool {
    let lex = &*LEXICON;
    units.word(a) == "the"
        && nothing_said_before(text, units, a)
        && a + 1 < b
        && is_capitalized(units.text(text, a + 1, a + 2))
        && (a + 1..(a + 3).min(b)).any(|x| lex.roles.longest_at(&units.words, x).is_some())
        && close - m >= 2
        && (m..close)
            .all(|x| units.units[x].is_word() && is_capitalized(units.text(text, x, x + 1)))
        // A known given name opens it, or a name of up to four words no place, body or role
        // word shares ("The Minister for Trade and Industry, Gan Kim Yong, said").
        && (lex.given_names.contains_key(units.word(m))
            || close - m <= 4
                && (m..close).all(|x| {
                    let w = units.word(x);
                    !lex.names_a_place(w)
                        && !lex.org_words.contains(w)
                        && lex.roles.get(w).is_none()
                        && lex.institutions.get(w).is_none()
                }))
}

/// Whether the group `m..close` between commas is a person's name of two to five
/// capitalized words (a particle may stand inside) that opens with an honorific or a known
/// given name ("Mrs Blessing Okonkwo", "Chief Adamu Bello", "Jane Moss", "Mr Joost van Dam").
fn titled_name_between(text: &str, units: &Units, m: usize, close: usize) -> bool {
    let lex = &*LEXICON;
    // ("Mr Joost van Dam": a particle inside the name.)
    (2..=5).contains(&(close - m))
        && (m..close).all(|x| {
            units.units[x].is_word()
                && (is_capitalized(units.text(text, x, x + 1))
                    || x > m + 1 && x + 1 < close && NAME_PARTICLES.contains(&units.word(x)))
                || is_p(text, units, x, &["."])
        })
        && (lex.is_honorific(units.word(m)) || lex.given_names.contains_key(units.word(m)))
}

/// Whether the determined description `a..b` takes the group opening at `m` as its
/// apposition: a short one any ("The meeting, stressing ...,"), a longer one a relative
/// clause on a person or a body, or a person's "speaking" ("An official at a major state oil
/// company, who spoke on condition of anonymity, told"; "A spokesman for the mayor's office,
/// which ran the scheme, said"; "A diplomat from one northern member state, speaking on
/// condition of anonymity, said").
fn takes_an_apposition(units: &Units, (a, b): (usize, usize), m: usize) -> bool {
    b - a <= 6 || b - a <= 10 && ["who", "which", "speaking"].contains(&units.word(m))
}

/// Whether a role in lower case opens the sentence before the capitalized name in `a..b`,
/// after a word that leads one at most: "But colleague Ian Gibson, who chairs the
/// committee, said" names Mr Gibson.
fn role_opens_the_sentence(text: &str, units: &Units, (a, b): (usize, usize)) -> bool {
    let lex = &*LEXICON;
    // ("In Hubei, former fisherman Wu Dacheng, who ..., told": a modifier may stand before
    // the role, as it does before a title.)
    let role = (a..b)
        .find(|&x| !ROLE_MODIFIERS.contains(units.word(x)) || units.is_capitalized_word(text, x))
        .unwrap_or(b);
    // ("At the rally, emergency nurse Bianca Osei, who ..., said", "But office worker Dev
    // Chauhan, 29, said": a noun may stand before the role as well.)
    let role_before_name = |x: usize| {
        lex.roles
            .longest_at(&units.words, x)
            .is_some_and(|(_, n)| x + n < b && units.is_capitalized_word(text, x + n))
    };
    opens_after_scene(text, units, a, true)
        && (role_before_name(role)
            || role + 1 < b && !units.is_capitalized_word(text, role) && role_before_name(role + 1))
}

/// Whether the group `m..close` names the body that the determined description `a..b` in
/// lower case before it describes: "France's largest farming union, the FNSEA, said", "The
/// opposition party, the Liberal Democrats, said". The description's head is a body's word
/// (data/org_words.txt) and no preposition governs it ("Hans Reckers, a board member of
/// Germany's central bank, the Bundesbank, said" names Mr Reckers); the group is capitalized
/// words after an article at most, no day or month.
fn names_the_body_between(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    m: usize,
    close: usize,
) -> bool {
    let governed = (a.saturating_sub(1)..b)
        .any(|x| ["of", "at", "for", "from", "in", "with", "by", "to"].contains(&units.word(x)));
    let start = m + usize::from(units.word(m) == "the");
    !governed
        && LEXICON.org_words.contains(units.word(b - 1))
        && (1..=5).contains(&(close - start))
        && (start..close).all(|x| {
            units.is_capitalized_word(text, x)
                && !is_month_or_day(units.word(x))
                && !is_day_word(units.word(x))
        })
}

/// Whether the noun phrase `a..b` before the group `m..close` is a role, the name standing
/// between the commas: it ends in a role ("Carter's press secretary"), or a role heads a
/// longer phrase and the name has two words ("The president of one of Mumbai's main
/// Catholic groups, Dolphy D'Souza, says"; "Brennan's opponent in the last race, Martin
/// Cole,"; "The charity's British head of policy, Simon Wright,").
fn role_heads(text: &str, units: &Units, (a, b): (usize, usize), m: usize, close: usize) -> bool {
    let lex = &*LEXICON;
    // Where the role stands after its determiner: "The president of", "Her opponent in",
    // "Brennan's opponent in".
    let determined = ["the", "a", "an", "his", "her", "its", "their"].contains(&units.word(a));
    let mut role_at = usize::from(determined) + a;
    // Past an owner: "Brennan's opponent", "The charity's head", "The Bureau of
    // Meteorology's head" (a name of a few words, "of" or "for" inside).
    // ("shadow chief secretary to the Treasury, George Osborne,": a role with no
    // determiner, in lower case.)
    let bare_role = || {
        let w = units.word(a);
        !is_capitalized(units.text(text, a, a + 1))
            && (ROLE_MODIFIERS.contains(w) || lex.roles.longest_at(&units.words, a).is_some())
    };
    if let Some(s) = owner_end(text, units, role_at, (role_at + 6).min(b)) {
        role_at = s + 1;
    } else if !determined && !bare_role() {
        role_at = b;
    }
    // Past a country's adjective or a modifier: "The charity's British head of policy".
    while role_at < b
        && (ROLE_MODIFIERS.contains(&units.word(role_at))
            || lex.country_words.get(&units.words[role_at]).is_some())
    {
        role_at += 1;
    }
    lex.roles.longest_ending_at(&units.words, b).is_some()
        || (m..close).filter(|&x| units.units[x].is_word()).count() >= 2
            && role_at < b
            // (Not itself an apposition of a name before it: "Giovanni Maria Vian, the
            // editor of the Vatican's newspaper, L'Osservatore Romano, said"; a place that
            // sets the scene is none: "In Riyadh, a spokesman for ..., Omar Haddad, said".)
            && !(a >= 2
                && is_p(text, units, a - 1, &[","])
                && is_capitalized(units.text(text, a - 2, a - 1))
                && !opens_after_scene(text, units, a, false))
            && lex.roles.longest_at(&units.words, role_at).is_some_and(|(_, n)| {
                units
                    .words
                    .get(role_at + n)
                    .is_some_and(|w| PP_AFTER_HEAD.contains(&&**w) || w == "to")
            })
}

/// Where an owner's "'s" stands in `from..limit`: after one word ("Brennan's opponent"), or
/// after a name of a few words, figures and "of", "for" or "and" inside ("The Bureau of
/// Meteorology's head", "Radio 1's controller").
fn owner_end(text: &str, units: &Units, from: usize, limit: usize) -> Option<usize> {
    let owner_word = |x: usize| {
        units.is_capitalized_word(text, x)
            || units.word(x).bytes().all(|c| c.is_ascii_digit())
            || ["of", "for", "and"].contains(&units.word(x))
    };
    (from..limit)
        .find(|&x| units.words[x] == "'s")
        .filter(|&s| s == from + 1 || s > from && (from..s).all(owner_word))
}

/// Words that may stand between a role's determiner and the role ("the new chief", "a
/// former head of"), or open a title ("former Rep. Gilda Cobb-Hunter").
const ROLE_MODIFIERS: WordList = WordList::new(&[
    "new", "former", "acting", "interim", "senior", "outgoing", "incoming", "current", "state",
    "retired", "late", "then", "shadow",
]);

/// Words that open a relative or subordinate clause inside an apposition.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "who", "whom", "whose", "which", "that", "where", "when", "how", "what", "why", "because",
    "since", "although", "though", "while", "if", "as", "after", "before", "until", "unless",
    "whether",
];

/// Prepositions that attach a phrase to a speaker's head noun ("experts on", "residents of").
pub(super) const PP_AFTER_HEAD: &[&str] = &[
    "on", "in", "of", "from", "at", "around", "across", "for", "with",
];

/// Adverbs that stand between commas after a subject ("Proponents, however, say").
pub(super) const PARENTHETICALS: &[&str] = &[
    "however",
    "though",
    "meanwhile",
    "too",
    "instead",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "also",
    "likewise",
    "similarly",
    "meantime",
];

/// Words that open a modifier after a source's head noun: "people familiar with the matter",
/// "officials close to the talks", "sources briefed on the plan".
pub(super) const POSTMODIFIERS: &[&str] =
    &["familiar", "close", "briefed", "knowledgeable", "involved"];

/// Whether the word at `k` can head a speaker: a group noun, a role, or a plural noun.
pub(super) fn speaker_head(units: &Units, k: usize) -> bool {
    let lex = &*LEXICON;
    let w = units.word(k);
    lex.group_nouns.contains(w)
        // Two-word entries end in a word that heads nothing alone ("those surveyed").
        || k > 0 && lex.group_nouns.contains_pair(units.word(k - 1), w)
        || lex.roles.get(w).is_some()
        || s_ending(w) && !w.ends_with("ous")
}

/// Where the speaker's mention starts in the subject `a..b`: at a subject pronoun that
/// ends it ("the $18 million he says he raised", "Last month he said"), which takes no words
/// before it bar a coordination ("Smith and he"); the words before stay in the frame.
pub(super) fn pronoun_alone(units: &Units, a: usize, b: usize) -> usize {
    if a + 1 < b
        && ["he", "she", "it", "they", "we", "i"].contains(&units.word(b - 1))
        && !["and", "or", "nor"].contains(&units.word(b - 2))
    {
        b - 1
    } else {
        a
    }
}

/// A noun phrase ending before `end`, running left to a boundary.
pub(super) fn np_left(
    text: &str,
    units: &Units,
    end: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let mut a = end;
    while a > floor {
        match leftward(text, units, a, end, floor) {
            Leftward::Take => a -= 1,
            Leftward::JumpTo(x) => a = x,
            Leftward::Stop => break,
            Leftward::NoSubject => return None,
        }
    }
    let a = skip_leading_adverbs_and_scene(text, units, a, end);
    // "In its first earnings report since ...", "with shareholders": a phrase that still
    // opens with its preposition holds no subject (the cue form is its noun). After a comma
    // it may be a body's phrase ("Jeff Joseph, from the CEA told"); "at least" counts.
    let prepositional = a + 1 < end
        && SCENE_PREPOSITIONS.contains(units.word(a))
        && !(a > 0 && is_p(text, units, a - 1, &[","]))
        && !(units.word(a) == "at" && ["least", "most"].contains(&units.word(a + 1)));
    if a >= end || end - a > 18 || prepositional {
        return None;
    }
    Some((
        titled_name_after_a_noun(text, units, a, end).unwrap_or(a),
        end,
    ))
}

/// "That was a rate of progress Ms Abbott described as "painful"": a titled name after a
/// lowercase noun is the subject of a relative clause with no "that"; where it starts.
fn titled_name_after_a_noun(text: &str, units: &Units, a: usize, end: usize) -> Option<usize> {
    const NOT_NOUNS: &[&str] = &[
        "of", "for", "to", "by", "and", "or", "with", "from", "at", "in", "on", "the", "a", "an",
    ];
    // (The honorific is looked up last: most noun phrases hold no capital after a noun.)
    (a + 1..end.saturating_sub(1)).find(|&h| {
        let before = units.word(h - 1);
        units.is_capitalized_word(text, h)
            && units.is_capitalized_word(text, h + 1)
            && units.units[h - 1].is_word()
            && !units.is_capitalized_word(text, h - 1)
            && before.bytes().all(|b| b.is_ascii_alphabetic())
            && !NOT_NOUNS.contains(&before)
            // ("A lawyer representing Mr Doherty said": the name is the participle's object.)
            && !is_ing(before)
            && !before.ends_with("ed")
            && LEXICON.roles.get(before).is_none()
            && LEXICON
                .honorifics
                .get(units.word(h).trim_end_matches('.'))
                .is_some()
    })
}

/// Whether the comma at unit `k` sits inside a list of capitalized names after "of" or "for"
/// that the phrase `a..end` ends: "Minister of Environment, Water and Agriculture", "the
/// Ministry of Housing, Communities and Local Government", "leaders of France, Germany and
/// Italy", "the Department for Environment, Food and Rural Affairs (Defra)".
/// The phrase is the list's tail (capitalized words with an "and" among them); before the
/// comma stand a capitalized name or two and "of".
fn list_after_of(text: &str, units: &Units, k: usize, a: usize, end: usize, floor: usize) -> bool {
    let capital = |x: usize| units.units[x].is_word() && units.is_capitalized_word(text, x);
    // Back from the comma: one to three capitalized words, then "of" or "for" (asked first: most
    // commas have none).
    let mut x = k;
    while x > floor && x + 3 > k && capital(x - 1) {
        x -= 1;
    }
    if !(x < k && x > floor && ["of", "for"].contains(&units.word(x - 1))) {
        return false;
    }
    // ("Food and Rural Affairs (Defra)": the abbreviation in parentheses after the list.)
    let end = if end > a + 1 && is_p(text, units, end - 1, &[")"]) {
        (a..end - 1)
            .rev()
            .find(|&p| is_p(text, units, p, &["("]))
            .unwrap_or(end)
    } else {
        end
    };
    a < end
        && capital(a)
        && (a + 1..end).any(|x| units.word(x) == "and" && x + 1 < end && capital(x + 1))
        && (a..end).all(|x| {
            capital(x) || ["and", "&"].contains(&units.word(x)) || is_p(text, units, x, &[","])
        })
}

/// What the unit before `a` does to a noun phrase `a..end` that grows leftward.
enum Leftward {
    /// It belongs to the noun phrase.
    Take,
    /// The noun phrase goes on from this unit.
    JumpTo(usize),
    /// The noun phrase starts at `a`.
    Stop,
    /// There is no subject at all.
    NoSubject,
}

/// The step [`np_left`] takes at the unit before `a`.
fn leftward(text: &str, units: &Units, a: usize, end: usize, floor: usize) -> Leftward {
    let k = a - 1;
    // A parenthesized group stays whole: "Sen. David Perdue (R-Ga.) said".
    if is_p(text, units, k, &[")"])
        && let Some(open) = (floor..k)
            .rev()
            .take(12)
            .find(|&x| is_p(text, units, x, &["("]))
    {
        return Leftward::JumpTo(open);
    }
    if is_p(text, units, k, &[","])
        && (list_after_of(text, units, k, a, end, floor)
            || comma_in_a_body_s_fields(text, units, k, floor))
    {
        return Leftward::JumpTo(k);
    }
    if boundary_punct(text, units, k) {
        return Leftward::Stop;
    }
    if let Some(step) = at_boundary_word(text, units, k, end, floor) {
        return step;
    }
    // "before he left for Africa on Tuesday the chancellor told": a determiner after a time
    // word opens the subject; the time closes a phrase of its own.
    // (The article first: it stands at the phrase's left end only, once a phrase.)
    if a < end
        && matches!(
            units.word(a),
            "the" | "a" | "an" | "this" | "its" | "his" | "her" | "their"
        )
        && {
            let w = units.word(k);
            matches!(
                w,
                "week" | "month" | "year" | "night" | "today" | "yesterday" | "tonight"
            ) || is_month_or_day(w)
        }
    {
        return Leftward::Stop;
    }
    // Another cue ends the subject, unless it is a noun here ("the state's chairman").
    let noun_here = || noun_position(text, units, k) || heads_a_determined_phrase(units, k);
    if LEXICON.cues.longest_at(&units.words, k).is_some()
        && k + 1 < end
        && !(k > 0 && DETERMINERS.contains(&units.word(k - 1)))
        && !is_capitalized(units.text(text, k, k + 1))
        && !noun_here()
    {
        return Leftward::Stop;
    }
    // A verb cannot sit inside a subject: "walk-ins were the third time AROS" keeps the
    // noun phrase after "were"; "restrictions have severely undermined ... and runs" is
    // no subject at all.
    if auxiliary_at(text, units, k) {
        let np_start = units.word_or_empty(a);
        if a < end
            && (DETERMINERS.contains(&np_start) || is_capitalized(units.text(text, a, a + 1)))
        {
            return Leftward::Stop;
        }
        return Leftward::NoSubject;
    }
    Leftward::Take
}

/// The step at a word of [`LEFT_BOUNDARY`] (unit `k`), which ends a subject on its left
/// unless it is part of a name, a preposition or a quantity; `None` when the word is no
/// boundary here.
fn at_boundary_word(
    text: &str,
    units: &Units,
    k: usize,
    end: usize,
    floor: usize,
) -> Option<Leftward> {
    let w = units.word(k);
    if !LEFT_BOUNDARY.contains(&w)
        || boundary_word_in_phrase(text, units, w, k, end, floor)
        || joins_one_subject(text, units, w, k, end, floor)
    {
        return None;
    }
    // "Experts on trade and security said", "observers in Virginia and around
    // the country say": the "and" joins the objects of a preposition after the
    // subject's head noun.
    if w == "and"
        && let Some(m) = objects_joined_after_head(text, units, k, end, floor)
    {
        return Some(Leftward::JumpTo(m));
    }
    Some(Leftward::Stop)
}

/// Whether the word `w` of [`LEFT_BOUNDARY`] at unit `k` belongs to a phrase inside the
/// subject, so it ends nothing: an acronym, a preposition's "to", a comparison inside a
/// quantity, a demonstrative, a document's time.
fn boundary_word_in_phrase(
    text: &str,
    units: &Units,
    w: &str,
    k: usize,
    end: usize,
    floor: usize,
) -> bool {
    // "The WHO's website": an acronym in capitals is a name, not the pronoun.
    let shouted = {
        let r = units.text(text, k, k + 1);
        r.len() > 1 && !r.chars().any(char::is_lowercase)
    };
    // "officials close to the talks": "close to" is a preposition, not an infinitive.
    // "voters going to the polls": a participle's "to" too.
    let close_to = w == "to"
        && k > floor + 1
        && (["close", "closer", "near", "next"].contains(&units.word(k - 1))
            || is_ing(&units.words[k - 1])
                && !is_capitalized(units.text(text, k - 1, k))
                && units.words[k - 1] != "according"
                && LEXICON.cues.get(units.word(k - 1)).is_none()
            // "Organizers of the push to boycott the speech said": a noun's infinitive.
            || INFINITIVE_NOUNS.contains(&units.word(k - 1))
            // "Special Envoy to the Sahel Amadou Keita said", "The EU's ambassador to the
            // WTO, Carlo Trojan, said": a title's "to", before a name or "the" (not an
            // infinitive: "the only pollster to correctly predict").
            // ("Several ambassadors to the UN said", "Some deputies to the National People's
            // Congress said": a plural role's too.)
            || role_or_its_plural(units.word(k - 1))
                && k + 1 < end
                && (units.word(k + 1) == "the" || units.is_capitalized_word(text, k + 1)));
    // "Over half of the more than 700 institutions": a comparison inside a quantity.
    let more_than =
        w == "than" && k > floor && ["more", "less", "fewer"].contains(&units.word(k - 1));
    // "That person said": a demonstrative that opens the clause determines its noun.
    let demonstrative = w == "that"
        && k == 0
        && is_capitalized(units.text(text, k, k + 1))
        && k + 1 < end
        && units.units[k + 1].is_word()
        && !AUXILIARIES.contains(&units.word(k + 1));
    // "A joint statement issued after the meeting said": a document's participle and its
    // time, no clause of their own.
    let documents_time = ["after", "before"].contains(&w)
        && k >= floor + 2
        && units.word(k - 1).ends_with("ed")
        && LEXICON.document_nouns.get(units.word(k - 2)).is_some();
    shouted || close_to || more_than || demonstrative || documents_time
}

/// Whether the word `w` (lowercase) is a role of data/roles.csv or the plural of one
/// ("ambassadors", "deputies").
fn role_or_its_plural(w: &str) -> bool {
    let role = |one: &str| LEXICON.roles.get(one).is_some();
    role(w) || plural_of(w, role)
}

/// Whether the "and" or "or" `w` at unit `k` joins two parts of one subject, so it ends
/// nothing: two names, two plurals, the fields of a body's name, two modifiers.
fn joins_one_subject(
    text: &str,
    units: &Units,
    w: &str,
    k: usize,
    end: usize,
    floor: usize,
) -> bool {
    // "Li and Wang said": an "and" between capitalized words stays in the name.
    let plural = |x: usize| s_ending(units.word(x));
    // ("officials and recruiting agencies said": one lowercase modifier before the second
    // plural, right before the cue; not a determiner, "fines and many observers now say",
    // "New Orleans and other forecasters predicted".)
    let modified_plural = |x: usize| {
        x + 2 == end
            && units.units[x].is_word()
            && !is_capitalized(units.text(text, x, x + 1))
            && !DETERMINERS.contains(&units.word(x))
            && !QUANTIFIERS.contains(&units.word(x))
            && plural(x + 1)
            && LEXICON.cues.get(units.word_or_empty(end)).is_some()
    };
    let joint = w == "and"
        && k > floor
        && k + 1 < end
        && (is_capitalized(units.text(text, k - 1, k))
            && is_capitalized(units.text(text, k + 1, k + 2))
            && !place_before_and(text, units, k, floor)
            || plural(k - 1) && (plural(k + 1) || modified_plural(k + 1)));
    // ("the Ministry of Sustainability and the Environment said": "and the" between the
    // fields of a body's name after its "of" or "for".)
    let body_fields = w == "and"
        && k > floor + 2
        && k + 2 < end
        && units.word(k + 1) == "the"
        && units.is_capitalized_word(text, k - 1)
        && units.is_capitalized_word(text, k + 2)
        && (k.saturating_sub(4).max(floor + 1)..k).any(|x| {
            ["of", "for"].contains(&units.word(x)) && LEXICON.org_words.contains(units.word(x - 1))
        });
    joint
        || body_fields
        || ["and", "or"].contains(&w) && joins_modifiers(text, units, k, end, floor)
}

/// The preposition after the subject's head noun, within six units before the "and" at unit
/// `k`, whose objects the "and" joins (no punctuation between, no capitalized word after):
/// the unit the subject goes on from.
fn objects_joined_after_head(
    text: &str,
    units: &Units,
    k: usize,
    end: usize,
    floor: usize,
) -> Option<usize> {
    let m = (k.saturating_sub(6).max(floor + 1)..k)
        .rev()
        .find(|&m| PP_AFTER_HEAD.contains(&units.word(m)) && speaker_head(units, m - 1))?;
    ((m..k).all(|x| !boundary_punct(text, units, x))
        && (k + 1..end).all(|x| !is_capitalized(units.text(text, x, x + 1))))
    .then_some(m)
}

/// Whether the "and" or "or" at unit `k` joins two modifiers inside one short noun phrase
/// that fills all of its stretch of the sentence, from a comma, quotation or the clause's
/// start to the cue at `end`: "..., chairman and chief executive Richard Parsons said",
/// "..., the trade and industry secretary said", "current and former officials said", "a
/// committee of MPs and peers warned". A verb, pronoun or adverb on either side makes it two
/// clauses ("prices fell and analysts said", "his clients and he argued").
fn joins_modifiers(text: &str, units: &Units, k: usize, end: usize, floor: usize) -> bool {
    let lex = &*LEXICON;
    // (The stretch opens at punctuation or at the sentence's start, not where the frame
    // before ends: "a woman asked for a photo and Clinton said".)
    // (Looked for over the last six units only: a longer stretch is too long anyway.)
    let Some(start) = (k.saturating_sub(6)..k)
        .rev()
        .find(|&x| !units.units[x].is_word())
        .map_or((k <= 6).then_some(0), |x| {
            let opens =
                units.units[x].is_quote() || is_p(text, units, x, &[",", "\u{2014}", "\u{2013}"]);
            opens.then_some(x + 1)
        })
        .filter(|&s| s >= floor)
    else {
        return false;
    };
    let clause_word = |x: usize| {
        let w = units.word(x);
        let role = lex.roles.get(w).is_some();
        !units.units[x].is_word()
            || SUBJECT_PRONOUNS.contains(&w)
            || AUXILIARIES.contains(&w)
            || LEFT_BOUNDARY.contains(&w)
            || lex.cues.get(w).is_some() && !role
            || lex.past_forms.contains(w)
            || w.ends_with("ed") && !role
            || is_ing(w)
            || is_ly_adverb(w)
    };
    // "Work and pensions minister Alan Johnson said": a capitalized modifier that opens the
    // sentence would read as a name joined to his.
    let opening_modifier = start == floor
        && k == start + 1
        && units.is_capitalized_word(text, end - 1)
        && units.is_capitalized_word(text, start)
        && !DETERMINERS.contains(&units.word(k + 1))
        && !units.is_capitalized_word(text, k + 1)
        && lex.roles.get(units.word(k + 1)).is_none();
    !opening_modifier
        && (1..=4).contains(&(k - start))
        && (2..=6).contains(&(end - k))
        && (start..end).all(|x| x == k || !clause_word(x))
        && (speaker_head(units, end - 1) || units.is_capitalized_word(text, end - 1))
}

/// Whether the capitalized words before the "and" at unit `k` are a place after a
/// preposition no speaker stands before: "after a 0-0 tie at Old Trafford and Ancelotti said"
/// joins two clauses, where "the ministers of France and Germany said" joins two names.
/// Only a preposition of place counts: "of" and "for" join the parts of a body's name ("the
/// Department of Health and Human Services"), and "after" and "before" may open a clause
/// ("after France and Germany vowed").
fn place_before_and(text: &str, units: &Units, k: usize, floor: usize) -> bool {
    let run = (floor..k)
        .rev()
        .find(|&x| !units.is_capitalized_word(text, x))
        .filter(|&x| x + 1 < k);
    run.is_some_and(|p| {
        PLACE_PREPOSITIONS.contains(&units.word(p))
            && !(p > floor
                && (units.is_capitalized_word(text, p - 1)
                    || PP_AFTER_HEAD.contains(&units.word(p)) && speaker_head(units, p - 1)))
    })
}

/// Prepositions whose object is a place ("a tie at Old Trafford", "officials in London").
const PLACE_PREPOSITIONS: &[&str] = &["at", "in", "on", "from", "near", "with", "into", "outside"];

/// Nouns whose infinitive stays inside a subject ("the campaign to elect her said", "the
/// push to boycott the speech"): a "to" after them opens no clause of its own.
const INFINITIVE_NOUNS: &[&str] = &[
    "push",
    "effort",
    "efforts",
    "bid",
    "drive",
    "campaign",
    "committee",
    "coalition",
    "movement",
    "initiative",
    "attempt",
];

/// The start of a noun phrase `a..end` past the sentence adverbs and conjunctions that
/// open it, and past a leading phrase of time or place with no comma after it.
fn skip_leading_adverbs_and_scene(text: &str, units: &Units, mut a: usize, end: usize) -> usize {
    // Leading sentence adverbs and conjunctions are not part of the subject.
    while a < end
        && [
            "meanwhile",
            "however",
            "and",
            "but",
            "so",
            "then",
            "also",
            "moreover",
            "separately",
            "earlier",
            "later",
            "previously",
            "now",
        ]
        .contains(&units.word(a))
    {
        a += 1;
    }
    // ("Maybe the neighbours told them", "Even some of Clinton's allies say": opening the
    // sentence only; after a comma or a dash the word ends the clause before.)
    if a == 0 && a + 1 < end && ["maybe", "perhaps", "even"].contains(&units.word(a)) {
        a += 1;
    }
    // A leading time word or phrase with no comma ("Yesterday the agency", "On Tuesday
    // Mitsotakis", "On the live television he"): the subject is what closes it.
    while a + 1 < end && is_day_word(&units.words[a]) {
        a += 1;
    }
    // ("Asked on Thursday about the report Mr Johnson told": "asked" and its phrase with no
    // comma, opening the sentence, likewise. Not an -ing word: "Downing Street", "Leading
    // Democrats", "Founding member Geoff Barrow" are the subject.)
    let asked = a == 0 && units.word(a) == "asked";
    if a + 1 < end && (SCENE_PREPOSITIONS.contains(&units.word(a)) || asked) {
        let last = end - 1;
        if LEXICON.pronouns.contains_key(units.word(last)) {
            a = last;
        } else {
            // The last capitalized name, with its inner connectors and a "the" before it.
            let cap = |k: usize| is_capitalized(units.text(text, k, k + 1));
            let mut k = end;
            while k > a + 1
                && (cap(k - 1)
                    || ["and", "of", "for"].contains(&units.word(k - 1))
                        && k - 1 > a + 1
                        && cap(k - 2))
            {
                k -= 1;
            }
            while k + 1 < end && is_day_word(&units.words[k]) {
                k += 1;
            }
            if k > a + 1 && units.words[k - 1] == "the" {
                k -= 1;
            }
            if k < end && k > a {
                a = k;
            } else if let Some(p) = after_place_object(text, units, a + 1, end) {
                // "In the UK 69% of those questioned", "In the US and Germany many of those
                // interviewed": the place ends before a lowercase subject.
                a = p;
            } else if let Some(p) = subject_after_unclosed_scene(units, a + 1, end) {
                a = p;
            }
        }
    }
    a
}

/// Where a lowercase subject starts after a scene phrase that no comma closes, which
/// starts at `k`: at the last determiner after a noun ("In a filing to US regulators the
/// airline", "In its report on the council's work the committee", "In a joint statement the
/// firms"), or at the word after a day ("On Thursday officials"). Not at a determiner after
/// a preposition or another determiner ("the head of the agency" is one phrase), nor after a
/// verb ("On Wednesday morning his family filed a missing persons report": no subject).
fn subject_after_unclosed_scene(units: &Units, k: usize, end: usize) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "this", "these",
    ];
    const LINKS: &[&str] = &[
        "to", "into", "under", "against", "between", "among", "and", "or",
    ];
    let noun_before = |x: usize| {
        let prev = units.word(x - 1);
        !OPENERS.contains(&prev)
            && !super::scene::ADJUNCT_PREPOSITIONS.contains(&prev)
            && !LINKS.contains(&prev)
            && !prev.ends_with("ed")
            && LEXICON.cues.longest_at(&units.words, x - 1).is_none()
    };
    // ("In a move ministers say ...": a group noun after a noun opens the subject too, when
    // the scene opens the sentence.)
    (k + 1..end).rev().find(|&x| {
        units.units[x].is_word()
            && units.units[x - 1].is_word()
            && ((OPENERS.contains(&units.word(x))
                || k == 1
                    && x + 1 == end
                    && LEXICON.group_nouns.contains(units.word(x))
                    && !units.word(x - 1).ends_with('s'))
                && noun_before(x)
                || is_day_word(units.word(x - 1))
                    && !super::extent::DAY_PARTS.contains(&units.word(x)))
    })
}

/// Where the capitalized object of a scene preposition ("the UK", "the US and Germany")
/// that starts at `k` ends, when a lowercase word or a figure follows it before `end`.
fn after_place_object(text: &str, units: &Units, k: usize, end: usize) -> Option<usize> {
    let cap = |x: usize| units.units[x].is_word() && is_capitalized(units.text(text, x, x + 1));
    let mut p = k + usize::from(units.word(k) == "the");
    let first = p;
    while p < end && (cap(p) || units.word(p) == "and" && p + 1 < end && cap(p + 1)) {
        p += 1;
    }
    // (Not "Mr Straw's announcement", nor "Wednesday morning".)
    let time = super::extent::DAY_PARTS.contains(&units.word(p));
    (p > first
        && p + 1 < end
        && units.units[p].is_word()
        && !cap(p)
        && !time
        && units.words[p] != "'s")
        .then_some(p)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, sole_speaker};

    /// The subject of the narrative sentence `s`, as written.
    fn narrative(s: &str) -> Option<String> {
        let units = crate::text::units::Units::build(s, 0, s.len(), &[]);
        super::narrative_subject(s, &units).map(|m| m.text)
    }

    /// "In Hubei, former fisherman Wu Dacheng, who now patrols the river, told", "Outside the
    /// North Market in Columbus, volunteer Gary Litton, 71, of Westerville, said": after a
    /// scene, a role with a modifier before it opens the name, and a preposition of space
    /// sets a scene (no row, or the market spoke).
    #[test]
    fn a_modified_role_after_a_scene_and_places_of_space() {
        for (s, who) in [
            (
                "In Hubei, former fisherman Wu Dacheng, who now patrols the river, told Xinhua that he sees porpoises.",
                "former fisherman Wu Dacheng",
            ),
            (
                "Outside the North Market in Columbus, volunteer Gary Litton, 71, of Westerville, said the drive went well.",
                "volunteer Gary Litton",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    /// "The Guardian's Mira Lindqvist was kinder, saying": the outlet's person after "The"
    /// and "'s" is the participle's subject, not the outlet.
    #[test]
    fn an_outlet_s_person_after_the_is_the_subject() {
        let r = run("The Guardian's Mira Lindqvist was kinder, saying the show was fearless.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "=The Guardian's Mira Lindqvist");
    }

    /// A body's name that lists its fields keeps them with its abbreviation after it.
    #[test]
    fn a_listed_body_s_name_with_its_abbreviation_is_one_speaker() {
        let s = "The Department for Environment, Food and Rural Affairs (Defra) said the \
                 allowance would be replaced.";
        let r = run(s);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].3,
            "The Department for Environment, Food and Rural Affairs (Defra)"
        );
    }

    /// "U.S. Ambassador to Chile Marian Okafor faced ..., telling": an envoy's title with
    /// its place before a full name is one subject, which the participle shares.
    #[test]
    fn an_envoy_s_title_and_place_open_the_subject() {
        for (s, who) in [
            (
                "U.S. Ambassador to Chile Marian Okafor faced questions on Tuesday, telling \
                 the committee that the deal was sound.",
                "=U.S. Ambassador to Chile Marian Okafor",
            ),
            (
                "Special Envoy for Sudan Tom Reyes met rebels on Friday, saying that talks \
                 would resume.",
                "=Special Envoy for Sudan Tom Reyes",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn a_title_before_a_name_may_follow_a_lead_in() {
        for s in [
            "Also, the Executive Director of the Coastal Watch Initiative, Mrs Funmi Adeyemi, urged the state to act.",
            "Speaking at the signing, the Consul General of the Netherlands, Mr Pieter de Boer, said the wall would hold.",
        ] {
            let r = run(s);
            assert!(
                r[0].3.starts_with("Mrs Funmi") || r[0].3.starts_with("Mr Pieter"),
                "{s}: {:?}",
                r[0]
            );
        }
    }

    #[test]
    fn a_name_before_two_descriptions_is_the_subject() {
        for (s, who) in [
            (
                "Zhang Wenjie, a researcher at the Academy of Trade, a think tank under the ministry, said Beijing would respond.",
                "Zhang Wenjie",
            ),
            (
                "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he was paid.",
                "Paul Porter",
            ),
            (
                "At a station in Wuse, a commercial driver, Musa Danladi, said fuel cost more.",
                "Musa Danladi",
            ),
            // (No name before the first: the rule before this one stands.)
            (
                "But, a spokesman for the prosecutor, State Comptroller Alan Hevesi, said no deal was made.",
                "State Comptroller Alan Hevesi",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn a_body_s_name_between_commas_after_its_description_is_the_subject() {
        for (s, who) in [
            (
                "France's largest farming union, the FNSEA, said the deal was unfair.",
                "the FNSEA",
            ),
            (
                "The opposition party, the Liberal Democrats, said the plan was flawed.",
                "the Liberal Democrats",
            ),
            // A body a preposition governs is the person's, who speaks.
            (
                "Lena Hartmann, a board member of Germany's central bank, the Bundesbank, said trading should stay.",
                "Lena Hartmann",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn a_described_subject_with_modifiers_shares_its_participle() {
        let r = run("A federal judge blocked the ban, saying it was likely unconstitutional.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "=A federal judge");
        let r = run("The former secretary of state mocked Trump, noting that his cuts would fail.");
        assert_eq!(r[0].3, "=The former secretary");
        // A body's modifier is no person's head: "The unreleased department video".
        let r = run("The unreleased department video became a focal point, saying much.");
        assert!(r.iter().all(|x| !x.3.contains("department")), "{r:?}");
        // A body's head after modifiers, before its verb.
        for (s, who) in [
            (
                "The central bank held rates, saying inflation had eased.",
                "=The central bank",
            ),
            (
                "The state-owned company cut prices, saying costs fell.",
                "=The state-owned company",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn after_asked_and_its_question_with_no_comma_the_pronoun_is_the_subject() {
        for s in [
            "Asked whether he would stand again he said: \"No, I will not.\"",
            "Asked if she was nervous she replied that it was out of her hands.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert!(["he", "she"].contains(&r[0].3.as_str()), "{s}: {r:?}");
        }
        // Elsewhere a pronoun after a noun opens a relative clause.
        let r = run("He did not believe anything he said about the budget.");
        assert!(r.iter().all(|x| x.0 != "about the budget"), "{r:?}");
    }

    #[test]
    fn a_capitalized_title_before_a_name_between_commas_is_the_name_s_role() {
        for (s, who) in [
            (
                "The Secretary of State for Health, Alan Milburn, said the plan was sound.",
                "Alan Milburn",
            ),
            (
                "The Shadow Secretary of State for the Family, Theresa May, said it was late.",
                "Theresa May",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn maybe_perhaps_and_even_opening_a_sentence_are_no_part_of_its_subject() {
        for (s, who) in [
            (
                "Maybe the neighbours told them I had come.",
                "the neighbours",
            ),
            (
                "Even some of her allies called it a lapse.",
                "some of her allies",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn an_adverb_before_a_scene_s_after_opens_no_subject() {
        let r = run(
            "Shortly after collecting the trophy, Federer addressed the crowd, saying it was \
             his best year.",
        );
        assert_eq!(r[0].3, "=Federer", "{r:?}");
    }

    #[test]
    fn a_list_after_of_stays_in_the_subject() {
        let r = run(
            "A spokesperson for the Ministry of Housing, Communities and Local Government said the plan was ready.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].3,
            "A spokesperson for the Ministry of Housing, Communities and Local Government"
        );
    }

    #[test]
    fn an_owner_s_titled_name_shares_its_participle() {
        // The speaker is the name, not the owner ("Kosovo's" ran past five words).
        for (s, who) in [
            (
                "Kosovo's Prime Minister Albin Kurti rejected the claim, telling reporters it was planned.",
                "=Kosovo's Prime Minister Albin Kurti",
            ),
            (
                "Trump's campaign manager Kellyanne Conway rejected the claim, telling reporters it was false.",
                "=Trump's campaign manager Kellyanne Conway",
            ),
            (
                "Pristina's mayor Perparim Rama rejected the claim and said it was false.",
                "=Pristina's mayor Perparim Rama",
            ),
            // A body's officer, and a time before the verb.
            (
                "Vietnam's Foreign Ministry spokesperson Pham Thu Hang on Wednesday dismissed the account, saying it was false.",
                "=Vietnam's Foreign Ministry spokesperson Pham Thu Hang",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn a_name_s_body_or_officer_shares_its_participle() {
        for (s, who) in [
            (
                "Indonesia's central bank kept its rate unchanged, saying it wanted stability.",
                "=Indonesia's central bank",
            ),
            (
                "Japan's prime minister kept his cabinet, saying he wanted calm.",
                "=Japan's prime minister",
            ),
            (
                "Ryan's campaign shrugged it off, telling reporters it was fine.",
                "=Ryan's campaign",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // A titled full name's event is no speaker: the name is.
        let r = run(
            "FBI Director James Comey's news conference, in which he announced that he would \
             not recommend charges, was the latest failure.",
        );
        assert!(r.iter().all(|x| !x.3.contains("conference")), "{r:?}");
    }

    #[test]
    fn two_plurals_joined_by_and_are_one_subject_with_a_modifier_on_the_second() {
        let r = run(
            "Kuala Lumpur refused to extend the deadline, officials and recruiting agencies said.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            (
                "Kuala Lumpur refused to extend the deadline",
                "officials and recruiting agencies"
            )
        );
    }

    #[test]
    fn bodies_and_names_before_a_verb_and_its_object_share_the_participle() {
        // Several bodies head a description: "The unions".
        let r = run("The unions rejected the offer, insisting that pay must rise.");
        assert_eq!(r[0].3, "=The unions", "{r:?}");
        // An "-s" word with a determiner after it is a verb, not a noun the name modifies.
        let r = run("Bernie Sanders rips the deal, arguing that it favors creditors.");
        assert_eq!(r[0].3, "=Bernie Sanders", "{r:?}");
        let r = run("Clinton aides rejected the claim, saying it was false.");
        assert_eq!(r[0].3, "=Clinton aides", "{r:?}");
    }

    /// "Ann Cole, a Tucson, Arizona, rancher, testified": the city and its state set off
    /// inside the apposition are no subject; the name before them is.
    #[test]
    fn a_city_and_its_state_before_a_noun_are_no_subject() {
        for s in [
            "Ann Cole, a Tucson, Arizona, rancher, testified that no one had died.",
            "Dr. Ann Cole, a Vancouver, British Columbia, physician who ran a site, testified \
             that no one had died.",
        ] {
            let got = run(s);
            assert_eq!(got.len(), 1, "{s}");
            assert!(got[0].3.contains("Ann Cole"), "{got:?}");
        }
    }

    /// "A spokeswoman for the front-runner's campaign, Jenna Morrow, mocked ... and said":
    /// the name set off after a description with a lowercase object is the subject.
    #[test]
    fn a_name_set_off_after_a_role_and_its_lowercase_object_is_the_subject() {
        let s = "A spokeswoman for the front-runner's campaign, Jenna Morrow, mocked the event \
                 and said the governor would not debate.";
        let u = crate::text::units::Units::build(s, 0, s.len(), &[]);
        let and = (0..u.len()).find(|&k| u.word(k) == "and").expect("and");
        let m = super::sentence_subject(s, &u, and).expect("a subject");
        assert_eq!(m.name.as_deref(), Some("Jenna Morrow"));
    }

    /// "who sits on the Senate Health, Education, Labor and Pensions Committee", "the
    /// Committee on Treaties, Protocols and Agreements, Uche Nwankwo,": the commas of a
    /// body's list of fields set nothing off; "Alice Moss, Bob Hart and Carol Lee" is a list.
    #[test]
    fn the_commas_of_a_body_s_fields_set_nothing_off() {
        let r = run(
            "Senator Maria Ortiz, a Democrat who sits on the Senate Health, Education, \
                     Labor and Pensions Committee, said the court was wrong.",
        );
        assert_eq!(r[0].3, "Senator Maria Ortiz", "{r:?}");
        let r = run(
            "The Chairman of the Committee on Treaties, Protocols and Agreements, Uche \
                     Nwankwo, said the Assembly would support any deal.",
        );
        assert_eq!(r[0].3, "Uche Nwankwo", "{r:?}");
        let r = run("A Department for Media, Culture and Sport spokeswoman said it was fair.");
        assert_eq!(
            r[0].3, "A Department for Media, Culture and Sport spokeswoman",
            "{r:?}"
        );
    }

    /// 'Yang, who is in Beijing for the annual "two sessions," told': a comma inside a short
    /// quoted term's closing mark closes the relative clause or description set off after
    /// the name; a contrast of the statement's own does not ('..., not a "courtroom," said').
    #[test]
    fn a_comma_inside_a_quoted_term_closes_the_apposition() {
        let r = run(
            "Yang, who is in Beijing for the annual \"two sessions,\" told Xinhua that \
                     talent is short.",
        );
        assert_eq!((r.len(), r[0].3.as_str()), (1, "Yang"), "{r:?}");
        let r = run(
            "Rep. Ana Briggs (D-NY), a member of the so-called \"Squad,\" claimed that \
                     the bill was cruel.",
        );
        assert_eq!(
            (r.len(), r[0].3.as_str()),
            (1, "Rep. Ana Briggs (D-NY)"),
            "{r:?}"
        );
        let r = run(
            "Cairo believes that the council should be a platform for cooperation, not a \
                     \"courtroom,\" said Karim Mansour, a counselor.",
        );
        assert_eq!(r[0].3, "Karim Mansour", "{r:?}");
    }

    /// "The U.S. Department of Justice sued ..., alleging": a name may open with a country's
    /// word after "The" when it goes on past it; "The French" alone are a people.
    #[test]
    fn a_name_after_the_may_open_with_a_country_s_word() {
        for (s, who) in [
            (
                "The U.S. Department of Justice sued Alabama in 2020, alleging that it failed.",
                "The U.S. Department of Justice",
            ),
            (
                "The British Medical Association also backs the bill, saying it gives rights.",
                "The British Medical Association",
            ),
        ] {
            let u = crate::text::units::Units::build(s, 0, s.len(), &[]);
            let ing = (0..u.len())
                .find(|&k| u.word(k).ends_with("ing"))
                .expect("-ing");
            let m = super::sentence_subject(s, &u, ing).expect("a subject");
            assert_eq!(m.text, who);
        }
        let s = "The French rejected the plan, saying it was unfair.";
        let u = crate::text::units::Units::build(s, 0, s.len(), &[]);
        assert!(super::sentence_subject(s, &u, 6).is_none());
    }

    #[test]
    fn a_party_tag_or_a_long_relative_clause_after_the_name_is_passed_for_the_participle() {
        for (s, who) in [
            (
                "Rep. Dale Kearney, R-Quincy, defended the review, saying taxpayers would pay.",
                "=Rep. Dale Kearney",
            ),
            (
                "Rep. Dale Kearney, R-Moses Lake, defended the review, saying taxpayers would pay.",
                "=Rep. Dale Kearney",
            ),
            (
                "Rep. Tom Ecklund, R-Minn., disagreed, saying the judge had erred.",
                "=Rep. Tom Ecklund",
            ),
            (
                "Sen. Maria Delacroix (D-Del.) struck a similar note, saying the Pentagon must act.",
                "=Sen. Maria Delacroix",
            ),
            (
                "Senator Maria Delacroix (D., Del.), who co-signed the letter, struck a similar \
                 note on Tuesday, saying the Pentagon must act.",
                "=Senator Maria Delacroix",
            ),
            (
                "Alcott, who first floated the idea in an interview on \"Sunday Morning \
                 Futures\" in March, defended the proposal, telling lawmakers it would pay.",
                "=Alcott",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn a_name_before_a_group_noun_and_a_verb_is_one_described_subject() {
        for (s, who) in [
            (
                "Fox producers defended the show, saying it was a positive experience.",
                "=Fox producers",
            ),
            (
                "FBI officials were angered by the deal and predicted it would fail.",
                "=FBI officials",
            ),
            (
                "Tory delegates are gathering, declaring Britain needs a change.",
                "=Tory delegates",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // Without a verb after the noun, the name stands alone: no subject is guessed.
        let r = run("Fox producers and writers, saying it was fine.");
        assert!(r.iter().all(|x| !x.3.contains("producers")), "{r:?}");
    }

    #[test]
    fn after_an_honorific_and_a_name_an_s_word_is_a_verb() {
        let r = run("Mr Howard rejects such criticisms, arguing that he has been consistent.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "=Mr Howard");
        // A group noun after the name still heads the phrase.
        let r = run("Mr Howard aides rejected the claims, arguing that he was consistent.");
        assert!(r.iter().all(|x| x.3 != "=Mr Howard"), "{r:?}");
    }

    #[test]
    fn an_opening_participle_s_phrase_names_no_one() {
        let r = run("Writing on Twitter, the prime minister said his thoughts were with them.");
        assert_eq!(r[0].3, "the prime minister");
        // A name before the comma still takes the description as its apposition.
        let r = run("Marc Ostwald, a strategist at Monument Securities told us rates would rise.");
        assert_eq!(r[0].3, "Marc Ostwald");
    }

    #[test]
    fn and_after_a_place_joins_two_clauses() {
        let r = run("Milan won after a tie at Old Trafford and Ancelotti said the team was happy.");
        assert_eq!(r[0].3, "Ancelotti");
        // Names stay joined after "of" and after a speaker's preposition.
        for (s, who) in [
            (
                "The Department of Health and Human Services said the outbreak was over.",
                "The Department of Health and Human Services",
            ),
            (
                "Officials in London and Paris said the plan would work.",
                "Officials in London and Paris",
            ),
        ] {
            assert_eq!(run(s)[0].3, who, "{s}");
        }
    }

    #[test]
    fn and_inside_a_short_noun_phrase_joins_its_modifiers() {
        for (s, subject) in [
            (
                "Sales rose by a tenth, chairman and chief executive Petra Lund said.",
                "chairman and chief executive Petra Lund",
            ),
            (
                "Orders slowed, the trade and industry secretary said.",
                "the trade and industry secretary",
            ),
            (
                "Current and former officials said the mill was sold.",
                "Current and former officials",
            ),
            (
                "The plan is weak, a committee of MPs and peers warned.",
                "a committee of MPs and peers",
            ),
        ] {
            let r = run(s);
            assert_eq!(r[0].3, subject, "{s}");
            assert!(!r[0].0.ends_with(" and"), "{s}");
        }
        // Two clauses stay two: a verb or a pronoun before the "and".
        assert_eq!(
            run("Prices fell and analysts said the trend would last.")[0].3,
            "analysts"
        );
        assert_eq!(run("It was late, his aides and he said.").len(), 1);
        // A capitalized modifier that opens the sentence would read as a name.
        let r = run("Work and pensions minister Alan Johnson said the scheme was fair.");
        assert_eq!(r[0].3, "pensions minister Alan Johnson");
    }

    #[test]
    fn a_phrase_that_opens_with_its_preposition_is_no_subject() {
        let r = run("In its first earnings report since floating, Tidemark said it made a profit.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Tidemark");
        let r =
            run("In a move ministers say should keep rises low, the chancellor said he would pay.");
        assert_eq!(r[0].3, "ministers");
        assert_eq!(
            run("In a story he sometimes told, he had a habit of tapping desks.")[0].3,
            "he"
        );
        assert_eq!(
            run("Last month it said profits rose by a tenth.")[0].3,
            "it"
        );
        // After a comma, a body's phrase; "at least" is a quantity.
        let r = run("Mark Serwotka, from the PCS union said there should be a strike.");
        assert_eq!(r[0].3, "Mark Serwotka");
        let r = run("At least two towns declared a state of calamity on Friday.");
        assert_eq!(r[0].3, "At least two towns");
        // Not inside another report: the time phrase after "said" is the content's.
        let r = run(
            "Carter said for decades some critics had predicted a withdrawal, but it was wrong.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Carter");
    }

    #[test]
    fn an_adverb_before_an_apposition_names_no_one() {
        let r = run("Additionally, banker Ida Moss said the loan would be repaid.");
        assert_eq!(r[0].3, "banker Ida Moss");
    }

    #[test]
    fn a_place_before_a_lowercase_subject_sets_the_scene() {
        let r = run("In the UK 69% of those questioned said they used a fixed phone.");
        assert_eq!(r[0].3, "69% of those questioned");
        let r = run("In the US and Germany many of those interviewed said it was reliable.");
        assert_eq!(r[0].3, "many of those interviewed");
        let r = run("On Thursday the local health secretary said one more case was found.");
        assert_eq!(r[0].3, "the local health secretary");
    }

    #[test]
    fn a_scene_phrase_no_comma_closes_ends_before_the_subject() {
        for (s, subject) in [
            (
                "In a filing to US regulators the airline warned of a cash shortage.",
                "the airline",
            ),
            (
                "In its report on the council's work the committee said the plan was weak.",
                "the committee",
            ),
            (
                "In a report published last July the cross-party committee stated it was risky.",
                "the cross-party committee",
            ),
            (
                "On Thursday officials reported the toll rose to 58.",
                "officials",
            ),
        ] {
            let r = run(s);
            assert_eq!(r[0].3, subject, "{s}");
        }
        // A determiner after a preposition or a verb opens no subject of its own.
        let r = run("In the wake of the attack the president said he would act.");
        assert_eq!(r[0].3, "the president");
        assert!(run("On Wednesday morning his family filed a missing persons report.").is_empty());
    }

    #[test]
    fn subject_pronoun_after_a_noun_is_the_mention() {
        let rows =
            run("He plans to put to good use the 18 million dollars he says he raised after it.");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].3, "he");
        let rows = run("Last month she said the plan was dead.");
        assert_eq!(rows[0].0, "the plan was dead");
        assert_eq!(rows[0].3, "she");
    }

    #[test]
    fn a_participle_takes_the_subject_after_a_scene_or_before_the_name() {
        for (s, who) in [
            (
                "The Harbour Trust and the Port Board filed a motion, arguing the fee was unlawful.",
                "=The Harbour Trust",
            ),
            (
                "In a column on Sunday, two engineers stopped the work, arguing the bridge was unsafe.",
                "=two engineers",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
        // A name that modifies a noun is no subject.
        let rows = run("The Harbour crowd cheered, saying the fee was unlawful.");
        assert!(rows.iter().all(|r| r.3 != "=The Harbour"), "{rows:?}");
    }

    #[test]
    fn a_participle_takes_a_name_set_off_beside_its_description() {
        for (s, who) in [
            (
                "The mayor of Leeds, Anna Pike, laid a wreath on Friday, adding that the city grieved.",
                "=Anna Pike",
            ),
            (
                "His brother, Tom Ruiz, went to the quay, adding that the boat was lost.",
                "=Tom Ruiz",
            ),
            (
                "Anna Pike, the mayor of Leeds, laid a wreath on Friday, adding that the city grieved.",
                "=Anna Pike",
            ),
            (
                "Tom Ruiz, whose boat sank in May, did not blame the port but argued that it was unsafe.",
                "=Tom Ruiz",
            ),
            (
                "Tom Ruiz himself, who was not at the quay, has toned down his anger, admitting that it was lost.",
                "=Tom Ruiz",
            ),
            (
                "Tidewell's Anna Pike ridiculed that claim and said the port was closed.",
                "=Tidewell's Anna Pike",
            ),
            (
                "Republicans, who hold most seats, have blocked the fee, saying it was unlawful.",
                "=Republicans",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
        // Commas that list people set off no description.
        let rows =
            run("Anna Pike, the mayor, and Tom Ruiz laid a wreath, adding that the city grieved.");
        assert!(rows.iter().all(|r| r.3 != "=Anna Pike"), "{rows:?}");
    }

    #[test]
    fn a_participle_takes_a_body_s_name_a_role_and_a_full_name() {
        for (s, who) in [
            (
                "Tidewell chairman Anna Pike visited the port, adding that the firm would pay.",
                "=Tidewell chairman Anna Pike",
            ),
            (
                "Seabright director general Mary Cole toured the docks, saying the ferries were sold.",
                "=Seabright director general Mary Cole",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
    }

    #[test]
    fn a_participle_s_subject_after_an_opening_aside_or_with_a_place_before_its_role() {
        for (s, who) in [
            (
                "However, many fishermen stayed at the quay, saying the fee was unlawful.",
                "=many fishermen",
            ),
            (
                "The Leeds mayor laid a wreath, saying the city grieved.",
                "=The Leeds mayor",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
    }

    #[test]
    fn a_participle_s_subject_after_phrases_of_time_an_age_or_between_dashes() {
        for (s, who) in [
            (
                "Earlier, Tom Ruiz toured the quay, and said the ferry was sound.",
                "=Tom Ruiz",
            ),
            (
                "A month later, during the inquiry, Tom Ruiz defended the crew, saying they were brave.",
                "=Tom Ruiz",
            ),
            (
                "At the meeting, 62-year-old Anna Pike railed against the fee, and explained why it hurt.",
                "=Anna Pike",
            ),
            (
                "Tom Ruiz - who has been at sea for a year - pleaded not guilty and denied that the ferry was sold.",
                "=Tom Ruiz",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
    }

    /// "The Bank of England cut rates, saying ...": a body's name goes on past its "of" and
    /// its field or place, and past the abbreviation it defines, and one body's "and" joins
    /// its first word to the rest; a time word may follow it before the verb.
    #[test]
    fn a_participle_s_subject_may_be_a_body_named_with_of_and_or_an_abbreviation() {
        for (s, who) in [
            (
                "The Ministry of Defence cut jobs, saying costs were high.",
                "=The Ministry of Defence",
            ),
            (
                "The Central Bank of Nigeria (CBN) yesterday unveiled new notes, saying they \
                 would be harder to forge.",
                "=The Central Bank of Nigeria (CBN)",
            ),
            (
                "The Securities and Exchange Commission (SEC) on Monday sued the firm, saying \
                 it had misled investors.",
                "=The Securities and Exchange Commission (SEC)",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
        // ("United Bank of Africa and Standard Trust Bank": two bodies.)
        let u = "United Bank of Africa and Standard Trust Bank agreed to merge.";
        let units = crate::text::units::Units::build(u, 0, u.len(), &[]);
        assert_eq!(super::body_name_end(u, &units, 0, 2, units.len()), 4);
        // A narrative sentence's subject takes no abbreviation: it is the scene of the
        // quotations after it.
        let n = "The Consumer Electronics Show (CES) featured the pick of the products.";
        assert!(narrative(n).is_none());
    }

    /// A body's or an owner's role before a surname alone opens the subject with it.
    #[test]
    fn a_role_before_a_surname_alone_opens_the_subject() {
        for (s, who) in [
            (
                "Fulham defender Moreau needed three stitches above his eye.",
                "Fulham defender Moreau",
            ),
            (
                "Fulham's French defender Moreau needed three stitches above his eye.",
                "Fulham's French defender Moreau",
            ),
        ] {
            assert_eq!(narrative(s).as_deref(), Some(who), "{s}");
        }
        // A day is no name.
        let s = "Fulham defender Monday needed three stitches above his eye.";
        assert!(narrative(s).is_none_or(|m| !m.contains("Monday")));
    }

    /// "Foreign ministers of BRICS countries met here, pledging ...": a group's noun after
    /// one word opens a participle's subject, which holds the countries its people are from;
    /// after two in lower case, or as a body's plural, too ("Civil liberties groups").
    #[test]
    fn a_participle_s_subject_may_be_a_group_of_several_countries() {
        for (s, who) in [
            (
                "Foreign ministers of BRICS countries met here on Thursday, pledging to \
                 strengthen cooperation.",
                "=Foreign ministers of BRICS countries",
            ),
            (
                "Senior officials and experts from China and Pacific island countries gathered \
                 in Fuzhou, calling for joint efforts.",
                "=Senior officials and experts from China and Pacific island countries",
            ),
            (
                "Civil liberties groups have raised concerns about the measure, warning that \
                 it could interfere with journalists.",
                "=Civil liberties groups",
            ),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}: {rows:?}");
            assert_eq!(rows[0].3, who, "{s}");
        }
    }

    #[test]
    fn counted_parts_of_a_group_are_sources() {
        for (s, who) in [
            (
                "Some of the parents said the trip was long.",
                "Some of the parents",
            ),
            (
                "More than six in 10 said they would pay.",
                "More than six in 10",
            ),
            (
                "A majority of drivers said the detour was long.",
                "A majority of drivers",
            ),
            ("Two in three said the road was safe.", "Two in three"),
            (
                "Nearly nine out of 10 say the ferry is slow.",
                "Nearly nine out of 10",
            ),
            ("Among drivers, 27% say the toll is fair.", "27%"),
        ] {
            let rows = run(s);
            assert_eq!(rows.len(), 1, "{s}");
            assert_eq!(rows[0].3, who, "{s}");
        }
        // The conjunction before the next frame is no part of the first report.
        let rows = run("Two in three said the road was safe, and 27% said it was not.");
        assert_eq!(rows[0].0, "the road was safe");
        // "in" between a year and nothing counted is a time.
        let rows = run("McConnell said in 2010 the goal was one term.");
        assert!(rows.iter().all(|r| r.3 == "McConnell"), "{rows:?}");
    }

    #[test]
    fn a_clause_between_commas_is_no_apposition() {
        let r = run(
            "That would create a summer of agony for Clinton, forcing her to fend off two rivals, said Brad Bannon, a pollster.",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].3, "Brad Bannon");
        assert!(r[0].0.starts_with("That would create"), "{}", r[0].0);
        let r = run(
            "Even as the race moves to New York, a state she hoped to carry, the race will be tight, said Dan Gerstein, an analyst.",
        );
        assert_eq!(r[0].3, "Dan Gerstein");
        // Relative and subordinate clauses, and predicates opening a segment, stay appositions.
        let r = run(
            "Mr. Obama, who understood that a push would be fruitless, told his advisers to act alone.",
        );
        assert_eq!(r[0].3, "Mr. Obama");
        let r = run(
            "Marco Rubio, whose hometown, Miami, is projected to be underwater, argues that the plan will fail.",
        );
        assert_eq!(r[0].3, "Marco Rubio");
        // No subject opens with "to".
        assert_eq!(
            run(
                "The decision, concerning how much fuel must be blended, threatens to create a bind."
            ),
            []
        );
    }

    #[test]
    fn subjects_with_modifiers_after_the_head() {
        for (s, who) in [
            (
                "People familiar with the matter said the deal was off.",
                "People familiar with the matter",
            ),
            (
                "Officials close to the talks said the deal was off.",
                "Officials close to the talks",
            ),
            (
                "People with direct knowledge of the work said that the deal was off.",
                "People with direct knowledge of the work",
            ),
            (
                "Some voters who have listened to his speeches said he had less magnetism.",
                "Some voters",
            ),
            (
                "On the web, people who have battled other threats say it could do more.",
                "people",
            ),
            (
                "Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied.",
                "Majorities of Democrats in five states going to the polls",
            ),
            (
                "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to a think tank called the deal \"void\".",
                "Greek prime minister Kyriakos Mitsotakis",
            ),
            (
                // (The date belongs to the frame, not the mention.)
                "Chinese President Xi Jinping in August stressed the importance of reform.",
                "Chinese President Xi Jinping",
            ),
            (
                "James B. Comey Jr. said that it works.",
                "James B. Comey Jr",
            ),
            (
                "\"It works,\" James B. Comey Jr., the FBI director, said.",
                "James B. Comey Jr",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // A place's abbreviation is no head: the name before it is.
        let r =
            run("Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it moved her.");
        assert_eq!(r[0].3, "Donna Rawlings");
        // No inverted subject opens with a preposition.
        assert_eq!(
            run("Sen. Jack Reed, said after a lunch on Tuesday that he had not read the plan.")
                .iter()
                .filter(|r| r.3 == "after a lunch")
                .count(),
            0
        );
    }

    #[test]
    fn participle_openers_however_and_existential_there() {
        let r = run("Pressed by Mr. Stephanopoulos, Mr. Trump said there was no direct evidence.");
        assert_eq!(r[0].0, "there was no direct evidence");
        let r = run(
            "Rep. Sander Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many.",
        );
        assert_eq!(r[0].0, "he has spoken with many");
        let r = run(
            r#"Sam Solovey, a contestant on "The Apprentice," who went on to work for Trump, said his boss was kind."#,
        );
        assert_eq!(r[0].3, "Sam Solovey");
        let r = run("Carter however said he would welcome China's participation.");
        assert_eq!(r[0].3, "Carter");
        let r = run(
            "The state officials whose laws have been invalidated say the real change has come.",
        );
        assert_eq!(r[0].3, "The state officials");
    }

    #[test]
    fn a_time_before_the_subject_or_after_it_is_no_part_of_it() {
        for (s, mention) in [
            (
                "Last month the EU said it would start monitoring.",
                "the EU",
            ),
            (
                "In a statement this month the firm said it earned $10m.",
                "the firm",
            ),
            (
                "And Henry afterwards described the display as \"beautiful\".",
                "Henry",
            ),
            (
                "Blair denied it, and before he left for Africa on Tuesday the chancellor \
                 told reporters: \"I trust him.\"",
                "the chancellor",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.last().map(|r| r.3.as_str()), Some(mention), "{s}: {r:?}");
        }
        // The subordinate clause that runs into the next frame is not the content's.
        let r = run(
            "Blair denied Brown made that quote, and before he left on Tuesday the chancellor \
             told reporters: \"I trust him.\"",
        );
        assert_eq!(r[0].0, "Brown made that quote");
        // A possessive after the time word belongs to it.
        let r = run("The Mail on Sunday's Financial Mail said the money was earmarked.");
        assert_eq!(r[0].3, "The Mail on Sunday's Financial Mail");
    }

    #[test]
    fn a_charge_and_its_answer_are_two_reports() {
        let r = run("India accused Pakistan of violating a ceasefire, a charge Islamabad denied.");
        let rows: Vec<(&str, &str, &str)> = r
            .iter()
            .map(|r| (r.0.as_str(), r.2.as_str(), r.3.as_str()))
            .collect();
        assert!(
            rows.contains(&("Pakistan of violating a ceasefire", "accused", "India")),
            "{rows:?}"
        );
        assert!(
            rows.contains(&(
                "India accused Pakistan of violating a ceasefire",
                "denied",
                "Islamabad"
            )),
            "{rows:?}"
        );
    }

    #[test]
    fn an_owner_of_several_words_before_the_role_between_commas() {
        let r = run(
            "The Bureau of Meteorology's head of forecasting, Jo Narramore, said rain had fallen.",
        );
        assert_eq!(
            r.first().map(|r| r.3.as_str()),
            Some("Jo Narramore"),
            "{r:?}"
        );
    }

    /// The subject `left_subject` finds before the first "said" of `s`, and its apposition.
    fn subject_before_said(s: &str) -> (String, Option<String>) {
        let u = crate::text::units::Units::build(s, 0, s.len(), &[]);
        let cue = (0..u.len()).find(|&k| u.word(k) == "said").expect("a cue");
        let (a, b, appo) = super::left_subject(s, &u, cue, 0).expect("a subject");
        let name = u.text(s, a, b).to_string();
        (name, appo.map(|(x, y)| u.text(s, x, y).to_string()))
    }

    #[test]
    fn a_portfolio_written_as_a_list_opens_the_subject() {
        let subject = |s: &str| subject_before_said(s).0;
        assert_eq!(
            subject("Culture, Media and Sport Secretary Tessa Jowell said it was sound."),
            "Culture, Media and Sport Secretary Tessa Jowell"
        );
        assert_eq!(
            subject("Minister for Ports, Shipping and Maritime Affairs Farid Qureshi said so."),
            "Minister for Ports, Shipping and Maritime Affairs Farid Qureshi"
        );
        // (A role with its own "of" before the portfolio.)
        assert_eq!(
            subject(
                "Senior Minister of State for Sustainability and the Environment Amrin Kassim \
                 said the haze was worse."
            ),
            "Senior Minister of State for Sustainability and the Environment Amrin Kassim"
        );
        // (Names, days and places are no fields.)
        assert_eq!(
            subject("In September, Trade and Industry Secretary Patricia Hewitt said so."),
            "Trade and Industry Secretary Patricia Hewitt"
        );
        // (After "of", only words that end a field make a list: an unknown given name and
        // a surname do not.)
        use crate::attribution::attribute::subject::portfolio_list_start;
        use crate::text::units::Units;
        for (s, from, start) in [
            (
                "Secretary of State Rex Dorsey and Foreign Minister Ali Velioglu",
                "foreign",
                None,
            ),
            (
                "Minister for Children, Young People and Families Margaret Hodge",
                "young",
                Some(0),
            ),
        ] {
            let units = Units::build(s, 0, s.len(), &[]);
            let a = (0..units.len()).find(|&k| units.word(k) == from).unwrap();
            assert_eq!(
                portfolio_list_start(s, &units, a, units.len(), 0),
                start,
                "{s}"
            );
        }
    }

    #[test]
    fn the_scene_that_opens_a_sentence_is_no_subject() {
        let subject = subject_before_said;
        let (name, _) = subject("In Maun, Botswana, farmer Thabo Kgosi, 58, said so.");
        assert_eq!(name, "farmer Thabo Kgosi");
        let (name, appo) =
            subject("In the capital, Windhoek, a spokesman for the bloc, Peter Nangolo, said so.");
        let mut found = [Some(name), appo];
        found.sort();
        let found = found.map(Option::unwrap_or_default);
        assert_eq!(found, ["Peter Nangolo", "a spokesman for the bloc"]);
        // (A clause after the comma is no scene's end: its subject stands before it.)
        let (name, _) = subject("In 2004 the company, which makes cars, said so.");
        assert_ne!(name, "which makes cars");
    }

    #[test]
    fn a_description_before_a_name_is_its_apposition() {
        let s = "The charity's head of policy in Britain, Simon Wright said the plan was flawed.";
        let u = crate::text::units::Units::build(s, 0, s.len(), &[]);
        let cue = (0..u.len()).find(|&k| u.word(k) == "said").expect("a cue");
        let (a, b, appo) = super::left_subject(s, &u, cue, 0).expect("a subject");
        assert_eq!(u.text(s, a, b), "Simon Wright");
        let (pa, pb) = appo.expect("an apposition");
        assert_eq!(u.text(s, pa, pb), "The charity's head of policy in Britain");
        // A list of names is none.
        let s = "Smith, Jones said the plan was flawed.";
        let u = crate::text::units::Units::build(s, 0, s.len(), &[]);
        let cue = (0..u.len()).find(|&k| u.word(k) == "said").expect("a cue");
        assert!(super::left_subject(s, &u, cue, 0).is_none_or(|(_, _, appo)| appo.is_none()));
    }

    #[test]
    fn an_open_apposition_from_a_body() {
        let r = run(
            "\"The story is all about digital,\" Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Jeff Joseph");
    }

    #[test]
    fn a_spaced_hyphen_is_a_dash() {
        let r = run("Piet Lindqvist - the harbour board's chairman - said the quay would close.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the quay would close", "Piet Lindqvist")
        );
        let r = run("Ada Brill -- his deputy -- told reporters that the fares would fall.");
        assert_eq!(r[0].3, "Ada Brill");
        // A hyphen inside a word, or after one, is none.
        let r = run("The co-owner said small- and medium-sized boats would pay less.");
        assert_eq!(r[0].0, "small- and medium-sized boats would pay less");
    }

    #[test]
    fn a_modal_in_a_name_is_no_modal() {
        for (s, who) in [
            ("Theresa May said the plan was dead.", "Theresa May"),
            (
                "Prime Minister Theresa May told MPs that the plan was dead.",
                "Prime Minister Theresa May",
            ),
            ("Will Smith said the plan was dead.", "Will Smith"),
            ("Brian May, 60, said the plan was dead.", "Brian May"),
            ("\"The plan is dead,\" said Theresa May.", "Theresa May"),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // A modal in lower case is still one.
        assert!(run("The minister may say the plan was dead.").is_empty());
        // A demonstrative that opens the sentence belongs to its noun.
        let r = run("That official also said the plan was dead.");
        assert_eq!(r[0].3, "That official");
    }

    #[test]
    fn a_long_relative_clause_sets_off_the_name() {
        let r = run(
            "Dr. Ines Varga, who as a young engineer was the harbour board's first surveyor in the days of the old ferry company and later retired from the board as its chief inspector, said that the quay was sound.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the quay was sound", "Dr. Ines Varga")
        );
    }

    /// A list of places a preposition governs inside a relative clause is no subject set
    /// off by commas: the name before the clause is.
    #[test]
    fn places_after_a_preposition_in_a_relative_clause_are_no_subject() {
        let r = run(
            "Rand Water, which supplies bulk water to Johannesburg, Tshwane and Ekurhuleni, said the work was critical.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Rand Water");
    }

    #[test]
    fn a_plural_role_s_to_stays_in_the_subject() {
        for (s, speaker) in [
            (
                "Several ambassadors to the UN said the vote was a mistake.",
                "Several ambassadors to the UN",
            ),
            (
                "Some deputies to the municipal people's congress said rents were high.",
                "Some deputies to the municipal people's congress",
            ),
        ] {
            assert_eq!(sole_speaker(s), speaker, "{s}");
        }
    }

    #[test]
    fn a_relative_clause_sets_off_a_long_description_or_a_role_before_a_name() {
        for (s, speaker) in [
            (
                "An official at a big state oil firm, who spoke on condition of anonymity, told reporters that two refineries had shut.",
                "An official at a big state oil firm",
            ),
            (
                "But colleague Ian Weir, who chairs the science committee, said the plan was flawed.",
                "colleague Ian Weir",
            ),
            (
                "At the rally, emergency nurse Ana Osei, who has worked at the hospital for 11 years, said she had taken extra shifts.",
                "emergency nurse Ana Osei",
            ),
            (
                "A diplomat from one northern member state, speaking on condition of anonymity, said the rules sent the wrong signal.",
                "A diplomat from one northern member state",
            ),
            (
                "A spokesman for the mayor's office, which ran the scheme, said the contract would be signed.",
                "A spokesman for the mayor's office",
            ),
        ] {
            assert_eq!(sole_speaker(s), speaker, "{s}");
        }
        // A long phrase before another kind of aside is no subject set off by commas.
        let r = run(
            "The price of a barrel of crude oil, up 3% on the week, told its own story, traders said.",
        );
        assert_eq!((r.len(), r[0].3.as_str()), (1, "traders"), "{r:?}");
    }

    #[test]
    fn sources_after_an_opening_phrase_and_adverbs_between_commas() {
        let r = run(
            "Since last November, according to Human Rights Watch, state security forces have killed 400 protesters.",
        );
        // (The phrase before the frame is the first half, as for "A, he said, B".)
        assert_eq!(r[0].0, "Since last November");
        assert_eq!(r[1].0, "state security forces have killed 400 protesters");
        let r = run("Sales rose 5 percent, according to the report.");
        assert_eq!(r[0].0, "Sales rose 5 percent");
        let r = run("Proponents of the new bill, however, say it would keep safeguards in place.");
        assert_eq!(r[0].3, "Proponents of the new bill");
        // A noun-like cue before a reporting verb, or after "have", is a noun.
        let r = run("Iowa biofuels advocates say they already have promises from Clinton.");
        assert_eq!((r.len(), r[0].2.as_str()), (1, "say"));
    }

    #[test]
    fn relatives_on_the_opening_name_places_and_dashes() {
        let r =
            run("Trump made no mention of Jeb Bush, who announced he is suspending his campaign.");
        assert_eq!(
            (r[0].2.as_str(), r[0].3.as_str()),
            ("announced", "Jeb Bush")
        );
        let r = run("Barkley, who said he typically votes democratic, was there.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he typically votes democratic", "Barkley")
        );
        // With a reporting verb of its own right after the clause, the name is that verb's
        // subject too, and the clause reports up to the comma.
        let r = run(
            "Juanita Broaddrick, who said it happened in 1978, recounted the incident on radio.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("it happened in 1978", "Juanita Broaddrick")
        );
        assert_eq!(
            (r[1].2.as_str(), r[1].3.as_str()),
            ("recounted", "Juanita Broaddrick")
        );
        // Further on, the clause is an aside.
        let r = run(
            "Juanita Broaddrick, who said it happened in 1978, was on the radio and recounted it.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2, "recounted");
        let r = run(
            "Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is peanuts.",
        );
        assert_eq!(r[0].0, "waterboarding is peanuts");
        let r = run(
            "Many speakers at the service — including Muslims, Christians, Jews — said his death is painful.",
        );
        assert_eq!(r[0].3, "Many speakers at the service");
        let r = run(r#"In one tweet Friday, Trump said: "Did she help her?""#);
        assert_eq!(r[0].2, "said");
    }

    #[test]
    fn subjects_with_a_coordinated_modifier_and_relative_reports() {
        let r = run("Experts on trade and security said the test could change that.");
        assert_eq!(r[0].3, "Experts on trade and security");
        let r = run("Observers in Virginia and around the country say Scott deserves the seat.");
        assert_eq!(r[0].3, "Observers in Virginia and around the country");
        let r = run("He had his hands up, which he said were at his side when he was shot.");
        assert_eq!(
            r.last().map(|x| x.0.as_str()),
            Some("were at his side when he was shot")
        );
        let r =
            run("Trump said he may declare an emergency, which he said would allow him to act.");
        assert_eq!(r[0].0, "he may declare an emergency");
        assert!(run("It was what he called a disgrace to the nation and its people.").is_empty());
    }

    #[test]
    fn initials_stay_in_the_subject() {
        let r = run("\"It was a place of common ground,\" said John D. Podesta, a former adviser.");
        assert_eq!(r[0].3, "John D. Podesta");
        let r = run("Rep. Joseph Crowley (D-N.Y.) said the bill was a waste of time.");
        assert_eq!(r[0].3, "Rep. Joseph Crowley (D-N.Y.)");
    }

    /// A description its owner opens is the subject a participle shares.
    #[test]
    fn an_owned_description_shares_its_participle() {
        let r = run("Her aide refused to comment, saying that a decision would come soon.");
        assert_eq!((r[0].2.as_str(), r[0].3.as_str()), ("saying", "=Her aide"));
    }

    /// "Asked ... " with no comma before the subject: the name that closes it speaks.
    #[test]
    fn asked_with_no_comma_before_the_subject() {
        let r =
            run("Asked on Thursday about the report Mr Johnson told reporters it was a non-story.");
        assert_eq!(r[0].3, "Mr Johnson");
        // An -ing word that opens a name or a description is the subject's own.
        let r = run("Founding member Geoff Barrow told the magazine the record was nearly done.");
        assert_eq!(r[0].3, "Founding member Geoff Barrow");
    }

    /// An adverb that opens the sentence names no one, though a surname may end in "-ly".
    #[test]
    fn an_opening_adverb_is_no_subject() {
        let r = run("Locally, too, say analysts, recent political developments have helped.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("recent political developments have helped", "analysts")
        );
        assert!(run("Recently, announced changes include a new stage.").is_empty());
        let r = run("Kelly said the team was ready.");
        assert_eq!(r[0].3, "Kelly");
        assert!(run("Whenever asked about her weaknesses, they shifted topics.").is_empty());
    }

    /// A company's name runs to its "Inc." or "Co." (the period left out, as after "Jr.") and
    /// leaves its stock ticker out.
    #[test]
    fn company_suffixes_and_tickers() {
        let r = run("Apple Inc. said it would build a farm.");
        assert_eq!(r[0].3, "Apple Inc");
        let r = run("Acme Energy Inc. (NYSE: ACME) today announced plans to build a farm.");
        assert_eq!(r[0].3, "Acme Energy Inc");
        let r = run("Tesla Inc (TSLA.O) said it delivered 387,000 cars.");
        assert_eq!(r[0].3, "Tesla Inc");
        let r = run(
            "Li Jie, deputy general manager of Western Logistics Co., Ltd., a leading firm in the zone, said the park had support.",
        );
        assert_eq!(r[0].3, "Li Jie");
        let r = run("Rep. Steve Israel (D-N.Y.) said members must coordinate.");
        assert_eq!(r[0].3, "Rep. Steve Israel (D-N.Y.)");
    }

    #[test]
    fn a_scene_before_a_lowercase_role_is_no_name() {
        let r =
            run("In Romania, health minister Alexandru Rafila said the country faced an epidemic.");
        assert_eq!(r[0].3, "health minister Alexandru Rafila");
        let r =
            run("On Monday, health minister Alexandru Rafila said the country faced an epidemic.");
        assert_eq!(r[0].3, "health minister Alexandru Rafila");
        // An open apposition after a name still gives the name.
        let r = run("The talks stalled, David Shearer, special representative of the UN said.");
        assert_eq!(r[0].3, "David Shearer");
    }

    #[test]
    fn a_state_after_a_place_goes_on_with_it() {
        let r = run("The man was found dead, police in Charleston, South Carolina, said.");
        assert_eq!(r[0].3, "police in Charleston");
        let r = run("Andrew Fisher, from Omaha, Nebraska, said he would sell the space.");
        assert_eq!(r[0].3, "Andrew Fisher");
        let r = run("Tom Ruiz, a delegate from Houston, Texas, said the turmoil was a circus.");
        assert_eq!(r[0].3, "Tom Ruiz");
        let r =
            run("Trump, speaking at a rally in Wilmington, N.C., warned that taxes would rise.");
        assert_eq!(r[0].3, "Trump");
    }

    #[test]
    fn appositions_and_abbreviations_in_subjects() {
        let r = run("Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.");
        assert_eq!(r[0].3, "Sen. Rand Paul");
        // A party and a state, then a relative clause.
        let r = run(
            "Rep. Dolores Finch, D-Texas, whose district is home to a base, said the plan was bad.",
        );
        assert_eq!(r[0].3, "Rep. Dolores Finch");
        assert!(super::party_and_state("R-S.C.") && !super::party_and_state("D-"));
        // A home town of two words, before a relative clause.
        let r = run(
            "U.S. Rep. Dale Brenner, R-Moses Lake, whose district includes several sawmills, said the ruling was bad.",
        );
        assert_eq!(r[0].3, "U.S. Rep. Dale Brenner");
        assert!(
            super::party_and_state("D-Newport News") && !super::party_and_state("D-Newport news")
        );
        // Minnesota's Democrats: the DFL (the speaker was "DFL-Minneapolis").
        let r = run(
            "Rep. Anita Sorensen, DFL-Minneapolis, who chaired the working group, said the ruling was right.",
        );
        assert_eq!(r[0].3, "Rep. Anita Sorensen");
        // An age before the name.
        let r = run("81-year-old Parker Eaton, a nominal Republican, said the field was weak.");
        assert_eq!(r[0].3, "81-year-old Parker Eaton");
        let r = run(
            "Carter's press secretary, Peter Cook, told the Times that the use of email was a mistake.",
        );
        assert_eq!(r[0].3, "Peter Cook");
        // A clause with a verb in the past, or a phrase after one, is no subject before an
        // apposition: the statement is what the inverted cue closes.
        for (s, who) in [
            (
                "The jobless rate stood at 5.3 percent in October, 0.1 points lower than in September, said the NBS.",
                "the NBS",
            ),
            (
                "The two sides had a candid, in-depth exchange of views, said a joint press release.",
                "a joint press release",
            ),
            (
                "Stuart Rose, its chief executive, said its prices were too high.",
                "Stuart Rose",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // An owner's name of a few words, a digit among them.
        for s in [
            "Radio 1's controller, Andy Parfitt, said: \"We believe it.\"",
            "ITV's controller of entertainment, Claudia Rosencrantz, said she was happy.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert!(
                ["Andy Parfitt", "Claudia Rosencrantz"].contains(&r[0].3.as_str()),
                "{s}: {r:?}"
            );
        }
        let r = run(
            "The billionaire real estate magnate says a violent hit used to be a great tackle.",
        );
        assert_eq!(r[0].3, "The billionaire real estate magnate");
        let r = run(
            "Several candidates, including Trump, said the country should take fewer refugees.",
        );
        assert_eq!(r[0].3, "Several candidates");
        let r =
            run("Powell's office, when contacted by Reuters, said he could not recall the dinner.");
        assert_eq!(r[0].3, "Powell's office");
        let r = run(
            "Jason Sims \u{2014} a teacher from Mount Pleasant \u{2014} says he voted for Rubio.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he voted for Rubio", "Jason Sims")
        );
        // A plural noun form still needs a source word: "In both states, he won".
        assert!(run("In both states, he won decisively among men and women.").is_empty());
        let r = run(
            "\"We want justice,\" Jones said as she and hundreds of others moved through the city.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "We want justice,");
    }

    #[test]
    fn a_role_s_to_and_a_titled_name_after_a_noun() {
        // A role's "to" and where it serves, before the name between commas.
        for s in [
            "The EU's ambassador to the WTO, Carlo Trojan, said the bid must be judged alone.",
            "The US envoy to Ukraine, Carlo Trojan, said the bid must be judged alone.",
            "Responding to the speech, shadow chief secretary to the Treasury, Carlo Trojan, said it failed.",
        ] {
            let r = run(s);
            assert!(
                r.first().is_some_and(|x| x.3 == "Carlo Trojan"),
                "{s}: {r:?}"
            );
        }
        // A titled name after a lowercase noun opens the subject; not after a participle.
        let r = run("Launching the campaign Mr Okafor said the party had to change.");
        assert_eq!(r[0].3, "Mr Okafor");
        let r = run("A lawyer representing Mr Doherty said the charges were false.");
        assert_eq!(r[0].3, "A lawyer representing Mr Doherty");
        // Not an infinitive's "to".
        let r = run("Braynard said he was the only pollster to correctly predict the result.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn relative_clause_in_the_subject() {
        let r = run("Voters who watched the debate said they were unfazed by the flap.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("they were unfazed by the flap", "Voters")
        );
        let r = run("Democrats in Iowa who watched the debate said they were unfazed.");
        assert_eq!(r[0].3, "Democrats in Iowa");
    }

    /// A past participle's phrase and "however," before the subject are the scene's.
    #[test]
    fn a_participle_s_subject_after_a_scene_and_its_asides() {
        let r = run(
            "Chastened by the losses, as well as the cost, Ruiz revised the plan, promising to cut fees.",
        );
        assert_eq!(r[0].3, "=Ruiz");
        let r = run("On Thursday, however, Ruiz met the owners, promising to cut fees.");
        assert_eq!(r[0].3, "=Ruiz");
    }

    /// A word that never starts a name opens no participle's subject, but a name after it
    /// does; after "But" or "And" only where a comma stands before the participle.
    #[test]
    fn a_lead_word_before_the_participle_s_subject() {
        let r = run("Meanwhile Ms Hale defended her record, saying the queues were short.");
        assert_eq!(r[0].3, "=Ms Hale");
        let r = run("Rival Ada Brill mocked the complaint, saying it was petty.");
        assert_eq!(r[0].3, "=Ada Brill");
        let r = run("And Ruiz agreed, adding: \"It is unfair.\"");
        assert_eq!(r[0].3, "=Ruiz");
        for s in [
            "There is a lot of talk about Ruiz, saying he will run.",
            "Perhaps not by chance, the crowd cheered, pledging loyalty.",
        ] {
            assert!(
                run(s)
                    .iter()
                    .all(|r| !r.3.starts_with("=There") && !r.3.starts_with("=Perhaps")),
                "{s}: {:?}",
                run(s)
            );
        }
        assert!(
            run("But Ruiz is no showman and even so his manner stayed calm and reassuring.")
                .iter()
                .all(|r| r.3 != "=Ruiz")
        );
    }

    /// A participle's phrase set off by commas after the sentence's subject leaves it the
    /// subject of a shared verb.
    #[test]
    fn a_subject_with_a_participle_aside() {
        let r =
            run("Tom Ruiz, looking for a way out, took the quay on Monday and said he would stay.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he would stay", "=Tom Ruiz")
        );
    }
}
