//! Names met in every sentence, registered with the article's entities as they are read.
//!
//! Resolution links "Liu", "he" or "the Swiss star" to someone named before, so every
//! sentence's multiword names are registered before its statements are resolved, whether or
//! not the sentence reports anything: a full name, a surname after a title ("Lord Janner"),
//! a name a country word describes ("Swiss star Federer"), and a known surname standing
//! alone as a sentence's subject ("Ljubicic was at a loss"), which keeps its person salient.
//!
//! In: a sentence as [`Units`]. Out: entries in [`Entities`].

use crate::attribution::attribute::subject;
use crate::attribution::attribute::words::{AUXILIARIES, OWNERS};
use crate::attribution::resolve::Entities;
use crate::attribution::speakers::{self, MentionKind, honorific_before};
use crate::lexicon::grammar::{
    SCENE_PREPOSITIONS, fronts_an_inversion, is_month_or_day, joins_names_in_text, opens_a_question,
};
use crate::lexicon::{CountryWordKind, LEXICON};
use crate::text::units::{Unit, Units};

/// A name written in capitals as names are written: "CHRIS WALLACE" is "Chris Wallace",
/// "WINSTON-SALEM" "Winston-Salem", "O'NEILL" "O'Neill" and "MCDONALD'S" "Mcdonald's".
pub fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    // Letters since the word's start: an apostrophe after one letter ("O'", "D'") opens a
    // new part of the name, after more it opens a possessive or a contraction.
    let mut letters: Option<usize> = Some(0);
    for c in name.chars() {
        match letters {
            Some(0) => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
        letters = if c.is_whitespace() || c == '-' || (c == '\'' && letters == Some(1)) {
            Some(0)
        } else if c.is_alphabetic() {
            letters.map(|n| n + 1)
        } else {
            None
        };
    }
    out
}

/// Whether the run `i..j` names no one to register: a work's title, the medium a source
/// spoke to, or a heading (the article's, ending at `heading`, or one of its own).
fn names_no_one(text: &str, units: &Units, (i, j): (usize, usize), heading: Option<usize>) -> bool {
    names_a_work(text, units, i)
        || names_a_medium(units, j)
        || heading.is_some_and(|c| j <= c)
        || heading_alone(text, units, i, j)
        || party_tag(text, units, i, j)
}

/// Whether the run `i..j` is a lawmaker's party tag set off after the name ("Rep. X,
/// D-Salt Lake City, said"): a home town of several words read as a person's name took
/// the lawmaker's pronouns.
fn party_tag(text: &str, units: &Units, i: usize, j: usize) -> bool {
    i > 0
        && (units.word(i - 1) == "," || units.word(i - 1) == "(")
        && subject::party_and_state(units.text(text, i, j))
}

/// Whether the run that ends at unit `j` names the medium a source spoke to, not a body of
/// the story: "told the BBC News website", "BBC Radio 4's Today programme". Registered, it
/// became the body named last that "the firm said" and "it said" took up.
fn names_a_medium(units: &Units, j: usize) -> bool {
    ["website", "programme", "program"].contains(&units.word_or_empty(j))
}

/// Registers the multiword names of a sentence, so that later short forms and pronouns
/// can resolve to them.
pub fn scan_names(text: &str, units: &Units, entities: &mut Entities) {
    register_bodies_defined_by_abbreviations(text, units, entities);
    note_demonym_subject(text, units, entities);
    let n = units.len();
    let heading = heading_end(text, units);
    // The portfolio after a role's "for" or "of" that the last run opened, if any.
    let mut portfolio: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < n {
        if opens_no_name(text, units, i) {
            i += 1;
            continue;
        }
        let j = name_run_end(text, units, i);
        if let Some(k) = speakers::after_capitals_heading(text, units, i, j) {
            i = k;
            continue;
        }
        // ("Senator Ramon "Bong" Villarosa": a title's run may end in the given name.)
        if j > i
            && let Some(k) = nickname_after(text, units, j - 1)
        {
            register_nicknamed(text, units, j - 1, k, entities);
            i = k;
            continue;
        }
        if names_no_one(text, units, (i, j), heading) {
            i = j;
            continue;
        }
        // ("Culture, Media and Sport Secretary Tessa Jowell": a portfolio written as a list
        // opens the run where the list does, not after its last comma.)
        let open = subject::portfolio_list_start(text, units, i, j, 0).unwrap_or(i);
        let start = past_titles(units, open, j);
        let Some(start) = past_portfolio(text, units, &mut portfolio, (i, j), start) else {
            i = j;
            continue;
        };
        i = register_run(text, units, (i, open, start, j), portfolio, entities);
    }
}

/// Registers the run `i..j` whose name, past its titles and any portfolio, starts at
/// `start` (`open` is where the run opens with a portfolio written as a list), and gives the
/// unit to read on from.
fn register_run(
    text: &str,
    units: &Units,
    (i, open, start, j): (usize, usize, usize, usize),
    portfolio: Option<(usize, usize)>,
    entities: &mut Entities,
) -> usize {
    // "Swiss star Federer", "British firm Sonaptic", "Canadian astronomer Louise
    // Tremblay": a country word before a lowercase role or organization noun ties the
    // name to its country wherever the name speaks later.
    let described_from = country_described_from(text, units, i);
    let titled_from = titled_phrase_start(text, units, portfolio, (i, start, j));
    let employed_from = (described_from.is_none() && titled_from.is_none() && j - start >= 2)
        .then(|| employed_phrase_start(text, units, start, j, entities))
        .flatten();
    let from = described_from
        .or(titled_from)
        .or(employed_from)
        .unwrap_or(start);
    // ("CPM state secretary P Balakrishnan was more blunt. "...," he said": the body and
    // role before the name open its phrase.)
    let subject = run_is_subject(text, units, open, j)
        || described_from.is_some_and(|d| described_run_is_subject(text, units, d, j))
        || employed_from.is_some_and(|p| run_is_subject(text, units, p, j));
    // "Ljubicic was at a loss ...": a surname alone as the subject keeps its person
    // salient; so does one a sentence opens with as its topic ("For Nabukeera, the
    // change is personal. "...," she said").
    // (The capitalized "For" opens the run.)
    let topic = start + 2 == j
        && units.word(start) == "for"
        && (start == 0 || units.word(start - 1) == ".")
        && units.words.get(j).is_some_and(|w| w == ",");
    let start = start + usize::from(topic);
    if j - start == 1 && described_from.is_none() {
        register_lone_name(text, units, start, (subject, topic), entities);
        register_described_body(text, units, start, subject, entities);
        register_body_set_off(text, units, start, subject, entities);
    }
    register_traded_company(text, units, (start, j), entities);
    if let Some(k) = register_body_of(text, units, (start, j), subject, entities) {
        return k;
    }
    if j - start >= 2 || described_from.is_some() {
        let described = described_from.is_some();
        let employed = employed_from.is_some();
        register_full_name(
            text,
            units,
            (start, from, j),
            (described, employed),
            subject,
            entities,
        );
    }
    j.max(i + 1)
}

/// Where the phrase of the name `start..j` opens at a country word in the title before it:
/// the title's own country word, before a portfolio the run at `i` opens or before a title's
/// "to" that names where the holder serves.
fn titled_phrase_start(
    text: &str,
    units: &Units,
    portfolio: Option<(usize, usize)>,
    (i, start, j): (usize, usize, usize),
) -> Option<usize> {
    // ("Chinese Ambassador to Saudi Arabia Gao Jianwen": the country after a title's
    // "to" is where the holder serves, the title's country word theirs.)
    let served_from = (start > i && speakers::follows_a_titles_to(units, i))
        .then(|| if units.word(i - 1) == "the" { i - 1 } else { i });
    portfolio
        .filter(|&(a, _)| (a..j).contains(&i) && start > i)
        .map(|(a, _)| a)
        .or(served_from)
        .and_then(|a| demonym_title_before(text, units, a))
}

/// Where the body and role before the name `start..j` open its phrase, when the name read
/// from there is a person's with that body as employer ("Uefa spokesman Jan Rochat").
fn employed_phrase_start(
    text: &str,
    units: &Units,
    start: usize,
    j: usize,
    entities: &Entities,
) -> Option<usize> {
    body_and_role_before(text, units, start, entities).filter(|&p| {
        let m = speakers::analyse(text, units, p, j, None);
        let employed = m.as_ref().is_some_and(|m| {
            m.kind == MentionKind::Name
                && m.employer.is_some()
                && m.name.as_deref() == Some(units.text(text, start, j))
        });
        // (Kept for `register_full_name`, which asks again.)
        if employed {
            speakers::keep(text, units, (p, j, None), m);
        }
        employed
    })
}

/// Registers the one-word name at `start` that its sentence opens with as its `subject` or
/// `topic`: a known surname, so that its person stays salient, or a bare name that opens a
/// report.
fn register_lone_name(
    text: &str,
    units: &Units,
    start: usize,
    (subject, topic): (bool, bool),
    entities: &mut Entities,
) {
    let j = start + 1;
    if (subject || topic)
        && LEXICON.country_words.get(units.word(start)).is_none()
        && LEXICON.cues.get(units.word(start)).is_none()
        && (entities.knows_surname(&units.words[start])
            || entities.knows_family_name_first(&units.words[start]))
        && let Some(m) = speakers::analyse(text, units, start, j, None)
        && m.kind == MentionKind::Name
    {
        let idx = entities.register(&m, m.start, true);
        described_after(text, units, (start, j), &m, idx, entities);
    } else if start == 0
        && subject
        && bare_name_opens_a_report(text, units, j)
        && let Some(m) = speakers::analyse(text, units, start, j, None)
        && m.kind == MentionKind::Name
    {
        entities.register(&m, m.start, false);
    }
}

/// "The Dutchman was sent to the stands", "The Swede reached the final": a sentence that
/// opens with a singular demonym before a verb gives the person it stands for a
/// nationality, though the sentence reports nothing.
fn note_demonym_subject(text: &str, units: &Units, entities: &mut Entities) {
    // (The article first: most sentences open otherwise.)
    if units.len() < 4 || units.word(0) != "the" {
        return;
    }
    // ("The 22-year-old Scot finished fourth": an age before the demonym.)
    let d = if units.word(1).ends_with("-old") {
        2
    } else {
        1
    };
    if d + 2 >= units.len() || !units.is_capitalized_word(text, d) {
        return;
    }
    let verb = if units.is_capitalized_word(text, d + 1) {
        d + 2
    } else {
        d + 1
    };
    let w = units.word(verb);
    // ("The Dutchman, who took charge in the summer, leaves", "The Czech, a semi-finalist
    // last year, struggled": a relative clause, an apposition or an age set off after the
    // demonym stands where the verb would.)
    let set_off = || {
        w == ","
            && verb + 1 < units.len()
            && (["who", "a", "an"].contains(&units.word(verb + 1))
                || units.word(verb + 1).bytes().all(|b| b.is_ascii_digit()))
    };
    let verb_like = AUXILIARIES.contains(w)
        || w.ends_with("ed") && !w.contains('-')
        || LEXICON.cues.get(w).is_some()
        || set_off();
    let demonym = if verb == d + 1 {
        LEXICON.is_country_adjective(units.word(d))
    } else {
        LEXICON.is_country_adjective(&format!("{} {}", units.word(d), units.word(d + 1)))
    };
    if !verb_like || !demonym || units.is_capitalized_word(text, verb) {
        return;
    }
    if let Some(m) = speakers::analyse(text, units, 0, verb, None)
        && m.kind == MentionKind::Description
        && m.speaker_type == speakers::SpeakerType::Person
        && LEXICON.is_country_adjective(&m.head)
        && m.country.as_ref().is_some_and(|c| !c.code.is_empty())
    {
        entities.note_nationality(&m, units.units[0].start());
    }
}

/// "Uefa spokesman Jan Rochat arrived": where a body's name opens that stands before a
/// lowercase role before the name at unit `i`, so that the name is registered with its role
/// and employer (whose country, or an international body's want of one, is the person's)
/// though it speaks only later, as "he".
fn body_and_role_before(text: &str, units: &Units, i: usize, entities: &Entities) -> Option<usize> {
    let (_, n) = LEXICON.roles.longest_ending_at(&units.words, i)?;
    let q = i.checked_sub(n + 1)?;
    if (q + 1..i).any(|k| units.is_capitalized_word(text, k) || !units.units[k].is_word()) {
        return None;
    }
    let mut p = q + 1;
    while p > 0 && q + 1 - p < 4 && units.is_capitalized_word(text, p - 1) {
        p -= 1;
    }
    // (A person's is no body: "Rubio donor Luther Stan Pate IV".)
    let person =
        LEXICON.given_names.contains_key(units.word(p)) || entities.knows_surname(&units.words[q]);
    (p <= q
        && !person
        && (p == 0 || !units.units[p - 1].is_word() || !units.is_capitalized_word(text, p - 1)))
    .then_some(p)
}

/// The portfolio after a role's "for" or "of" that opens at unit `i` ("Minister for Home
/// Affairs", "Secretary of State for Wales"), as a unit range up to the name after it.
fn portfolio_after_role(text: &str, units: &Units, i: usize) -> Option<(usize, usize)> {
    // ("Leader of the Opposition": an article may stand after "of".)
    let the = usize::from(i > 0 && units.word(i - 1) == "the");
    let k = i.checked_sub(1 + the)?;
    if !["for", "of"].contains(&units.word(k))
        || LEXICON.roles.longest_ending_at(&units.words, k).is_none()
    {
        return None;
    }
    let cap = |x: usize| units.is_capitalized_word(text, x);
    speakers::portfolio_fields_after(&units.words, k + 1, cap).map(|end| (k + 1, end))
}

/// "German State Secretary for Economic Cooperation Jörg Weidmann": where the title that a
/// portfolio opening at unit `a` follows begins (back over its "for" or "of", "the", and the
/// capitalized words before them), when a country's adjective or demonym opens it: the name
/// after the portfolio is read with its title, whose country word is the holder's.
fn demonym_title_before(text: &str, units: &Units, a: usize) -> Option<usize> {
    let mut k = a.saturating_sub(1);
    if k > 0 && units.word(k) == "the" {
        k -= 1;
    }
    while k > 0 && units.is_capitalized_word(text, k - 1) {
        k -= 1;
    }
    // ("Uganda's Minister of State for Health Margaret Atim": a country's name owns the
    // title.)
    if k >= 2
        && units.words[k - 1] == "'s"
        && let Some((&(_, CountryWordKind::Name), n)) =
            LEXICON.country_words.longest_ending_at(&units.words, k - 1)
    {
        return Some(k - 1 - n);
    }
    let (&(_, kind), _) = LEXICON.country_words.longest_at(&units.words, k)?;
    matches!(kind, CountryWordKind::Adjective | CountryWordKind::Demonym).then_some(k)
}

/// Where the name in the capitalized run `i..j` starts: "Secretary of State Henry
/// Kissinger": the end of a title that began before the run is no part of the name (the
/// run's start still says whether it opens the clause); "US Ambassador to Germany Richard
/// Grenell": the country after a title's "to" is where the holder serves, no part of the
/// name (nor the holder's country).
fn past_titles(units: &Units, i: usize, j: usize) -> usize {
    let mut start = i;
    while start < j
        && LEXICON
            .roles
            .longest_ending_at(&units.words, start + 1)
            .is_some_and(|(_, len)| len >= 2)
    {
        start += 1;
    }
    if let Some(n) = served_country(units, i, j) {
        start = start.max(i + n);
    }
    start
}

/// Registers the name `start..j` of a run read from `from` (before `start` when a country
/// word describes it, `described`, or a body and its role, `employed`): a full name, or a
/// surname after a title ("Lord Janner", "Mr Howard"), or a name a country word describes.
fn register_full_name(
    text: &str,
    units: &Units,
    (start, from, j): (usize, usize, usize),
    (described, employed): (bool, bool),
    subject: bool,
    entities: &mut Entities,
) {
    let m = speakers::analyse(text, units, from, j, None);
    // (A body's role before the name, "Police Federation chairman Jan Berry", says no
    // gender: "Ms Berry" is she. The given name's, if any.)
    let unsexed = m.as_ref().filter(|_| employed).map(|m| {
        let mut m = m.clone();
        m.gender = LEXICON.given_names.get(units.word(start)).copied();
        m
    });
    if let Some(m) = unsexed.as_ref().or(m.as_ref()) {
        let named = m.kind == MentionKind::Name
            && m.name.as_ref().is_some_and(|s| {
                s.contains(' ') || m.gender.is_some() || described && m.country.is_some()
            });
        let introduced = introduced_with_role(text, units, j);
        if named
            && !modifies_a_thing(text, units, (start, j), m)
            && let Some(idx) = entities.register(m, m.start, subject || introduced)
        {
            described_after(text, units, (from, j), m, Some(idx), entities);
            // "the Asian Football Confederation (AFC)": the abbreviation the article
            // defines stands for the name, so "the AFC said" is the confederation.
            if let Some(abbr) = defined_abbreviation(text, units, start, j) {
                entities.add_alias(idx, abbr);
            }
        }
    }
    // Most of these names are the subjects of the sentence's frames, which ask again.
    speakers::keep(text, units, (from, j, None), m);
}

/// Gives the entity `idx` of the name `m` (units `from..j`) the country a description set
/// off after it says, when it has none: "Arjun Mehta, an Indian engineer who ...", "Okafor,
/// a junior from Lagos, Nigeria, who ...", "Kessler Chemie, the German chemicals group,";
/// a city says it too ("Pavel Orlov, a software engineer from Moscow,"), as it does where
/// the name speaks.
/// Only the country: what else the description says is the frames' to read where it is a
/// speaker's.
fn described_after(
    text: &str,
    units: &Units,
    (from, j): (usize, usize),
    m: &speakers::SpeakerMention,
    idx: Option<usize>,
    entities: &mut Entities,
) {
    let Some(idx) = idx else { return };
    // ("Senior Colonel Gao Minghui, spokesperson for the Ministry of National Defense, made
    // the remarks": the office the apposition names is the role, for a later "the
    // spokesperson said".)
    if entities.holds_a_rank(idx)
        && let Some(d) = office_after(units, j)
            .and_then(|appo| speakers::analyse(text, units, from, j, Some(appo)))
            .filter(|d| d.name == m.name)
    {
        entities.take_office(idx, &d);
    }
    if m.country.is_some() || entities.country_of(idx).is_some() {
        return;
    }
    // The description's own country word, else its employer's ("Chiara Lombardi, the
    // company's export manager," after "Italian firm Frantoio Santa Lucia").
    let described = |appo: (usize, usize)| {
        let d = speakers::analyse(text, units, from, j, Some(appo)).filter(|d| d.name == m.name)?;
        d.country.filter(|c| !c.code.is_empty()).or_else(|| {
            let body = d.employer.as_deref()?;
            entities.employer_country(body, idx, units.units[from].start())
        })
    };
    if let Some(c) = description_after(units, j)
        .and_then(described)
        .or_else(|| description_before(units, from, j).and_then(described))
        .or_else(|| owned_counterpart_country(text, units, from))
        .or_else(|| country_after_of(text, units, j))
    {
        entities.set_country(idx, c);
    }
}

/// "top-seeded Mei Takahashi of Japan", "Prime Minister Kristrun Frostadottir of Iceland": a
/// country's name after "of" right after the name `..j` is the person's, as where the name
/// speaks. Not a longer name that opens with it ("of Japan Airlines") nor one a place of
/// another country shares ("Sen. David Perdue of Georgia", data/place_homonyms.csv).
fn country_after_of(text: &str, units: &Units, j: usize) -> Option<speakers::CountryEvidence> {
    if units.word_or_empty(j) != "of" {
        return None;
    }
    let lex = &*LEXICON;
    let (&(ci, kind), n) = lex.country_words.longest_at(&units.words, j + 1)?;
    let name = units.text(text, j + 1, j + 1 + n);
    let shared = lex.place_homonyms.iter().any(|h| h.name == name);
    (kind == CountryWordKind::Name
        && !shared
        && !(j + 1 + n < units.len() && units.is_capitalized_word(text, j + 1 + n)))
    .then(|| speakers::CountryEvidence {
        code: lex.country(ci).alpha2.clone(),
        basis: speakers::CountryBasis::Explicit,
        evidence: format!("of {name}"),
    })
}

/// "alongside her Danish counterpart, Mads Kjærgaard,": a country's adjective between an
/// owner's pronoun and the noun before the comma that sets the name `from..` off is the
/// name's nationality (the pronoun's owner is someone else, whose it is not).
fn owned_counterpart_country(
    text: &str,
    units: &Units,
    from: usize,
) -> Option<speakers::CountryEvidence> {
    if from < 4 || units.word(from - 1) != "," || !units.units[from - 2].is_word() {
        return None;
    }
    let adjective = from - 3;
    let lex = &*LEXICON;
    let (&(ci, kind), n) = lex.country_words.longest_at(&units.words, adjective)?;
    (n == 1
        && matches!(kind, CountryWordKind::Adjective | CountryWordKind::Demonym)
        && !units.is_capitalized_word(text, from - 2)
        && speakers::owned_person_at(&units.words, adjective))
    .then(|| speakers::CountryEvidence {
        code: lex.country(ci).alpha2.clone(),
        basis: speakers::CountryBasis::Explicit,
        evidence: units.text(text, adjective, adjective + 1).to_string(),
    })
}

/// The description with a country's word set off by a comma before the name `from..j`,
/// which a comma closes too: "Australia's trade minister, Steven Ciobo, struck a more
/// cautious note", "The French finance minister, Bruno Le Maire, was in town". It opens the
/// clause with an article or an owner's "'s" and holds no more than eight words.
fn description_before(units: &Units, from: usize, j: usize) -> Option<(usize, usize)> {
    if from < 3 || j >= units.len() || units.word(from - 1) != "," || units.word(j) != "," {
        return None;
    }
    let close = from - 1;
    let open = (close.saturating_sub(9)..close)
        .rev()
        .find(|&k| !units.units[k].is_word() || units.units[k].is_quote())
        .map_or(close.saturating_sub(9), |k| k + 1);
    let opens_clause = open == 0 || !units.units[open - 1].is_word();
    let words = &units.words[open..close];
    let determined =
        words.first().is_some_and(|w| w == "the") || words.iter().take(4).any(|w| w == "'s");
    // (A country's word, or an owner that may have one: "The company's export manager,
    // Chiara Lombardi, said", "Nordvik's head of multimedia, Anna Lindqvist, said".)
    let owner = words.iter().take(3).any(|w| w == "'s");
    let country =
        owner || (0..words.len()).any(|k| LEXICON.country_words.longest_at(words, k).is_some());
    (opens_clause && close >= open + 2 && determined && country).then_some((open, close))
}

/// The description set off by a comma after the name that ends at unit `j`: it opens with
/// an article, a role or a country's name as owner, and runs to the next mark or relative
/// pronoun, or past a place set off after it ("a junior from Lagos, Nigeria").
fn description_after(units: &Units, j: usize) -> Option<(usize, usize)> {
    let n = units.len();
    let a = j + 1;
    // (Or a role: "Klaus Berger, head of a German machinery firm, was more cautious.")
    // (Or a country's name as an owner: "Ahmad Hidayat, Indonesia's minister of religious
    // affairs, met ...".)
    let owner = || {
        LEXICON
            .country_words
            .longest_at(&units.words, a)
            .is_some_and(|(&(_, kind), len)| {
                kind == CountryWordKind::Name && units.word_or_empty(a + len) == "'s"
            })
    };
    if !(a + 1 < n
        && units.word(j) == ","
        && (["a", "an", "the"].contains(&units.word(a))
            || LEXICON.roles.longest_at(&units.words, a).is_some()
            || owner()))
    {
        return None;
    }
    let mark = |k: usize| !units.units[k].is_word() || units.units[k].is_quote();
    // (A relative clause closes it too: "Huang Zhenyu, a keeper from the China Conservation
    // and Research Center for the Giant Panda who accompanied the animals to Vienna, will
    // stay".)
    let relative = |k: usize| ["who", "whose"].contains(&units.word(k));
    let mut close = (a + 1..n.min(a + 16)).find(|&k| mark(k) || relative(k))?;
    let place_len = |k: usize| {
        let lex = &*LEXICON;
        let place = lex.places.longest_at(&units.words, k).map(|(_, len)| len);
        place.or_else(|| {
            lex.country_words
                .longest_at(&units.words, k)
                .map(|(_, len)| len)
        })
    };
    if units.word(close) == ","
        && let Some(len) = place_len(close + 1)
        && (close + 1 + len == n || mark(close + 1 + len))
    {
        close += 1 + len;
    }
    (close >= a + 2).then_some((a, close))
}

/// The apposition set off after the name that ends at unit `j` that opens with a role, an
/// article or an owner's name: ", spokesperson for the Ministry of National Defense,".
fn office_after(units: &Units, j: usize) -> Option<(usize, usize)> {
    let a = j + 1;
    if a >= units.len() || units.word(j) != "," {
        return None;
    }
    if LEXICON.roles.longest_at(&units.words, a).is_none() {
        return description_after(units, j);
    }
    let close = (a + 1..units.len().min(a + 16))
        .find(|&k| !units.units[k].is_word() || units.units[k].is_quote())?;
    Some((a, close))
}

/// Whether the person's name `m`, read from the run `start..j`, only modifies the noun
/// after it: "The Motorola Razr V3 phone was typical ..., she added", "on The Wright Stuff
/// programme": after an article and before a lowercase noun, with no given name to make it
/// someone's ("the Donald Trump campaign" still names him), it is a thing's name, and no
/// "she" or "he" stands for it.
fn modifies_a_thing(
    text: &str,
    units: &Units,
    (start, j): (usize, usize),
    m: &speakers::SpeakerMention,
) -> bool {
    let before_a_noun = || {
        j < units.len()
            && units.units[j].is_word()
            && !units.is_capitalized_word(text, j)
            && !AUXILIARIES.contains(&units.word(j))
            && LEXICON.cues.get(units.word(j)).is_none()
    };
    // ("The Vista Pocket can store ...", "The Quiet Season, in which ...": a name of two
    // words or more after "the", with no given name and no role, is a thing's too.)
    let thing_named =
        || m.role.is_none() && units.words[start..j].iter().filter(|w| *w != "the").count() >= 2;
    m.speaker_type == speakers::SpeakerType::Person
        && m.gender.is_none()
        && (start > 0 && ["the", "a", "an"].contains(&units.word(start - 1))
            || ["the", "a", "an"].contains(&units.word(start)))
        && (before_a_noun() || thing_named())
}

/// "Parmalat has sued 45 banks", "Microsoft is releasing tools": a one-word name that
/// opens the sentence as the subject of a singular verb (unit `j` after it) is a body or
/// a person "it", "the company" or "he" may stand for later, though it never speaks. Not a
/// country, place, cue, given name or word that often opens a sentence ("Only"), nor a
/// name inside what a later frame reports ("RipGuard is expected to ..., the company
/// said", "..., according to his management company"). An owner that opens the sentence
/// is one too, even inside what is reported ("Nintendo's new console will go on sale in
/// March, the company has announced": a thing's owner is seldom the thing), but a month's
/// or a day's ("December's figures").
fn bare_name_opens_a_report(text: &str, units: &Units, j: usize) -> bool {
    let lex = &*LEXICON;
    let w = units.word(0);
    let reported = || {
        (j..units.len()).any(|k| {
            units.word(k) == ","
                && (k + 1..(k + 5).min(units.len()))
                    .any(|c| units.words[c] == "according" || lex.cues.get(units.word(c)).is_some())
        })
    };
    j < units.len()
        && [
            "has", "is", "was", "will", "had", "saw", "plans", "wants", "'s",
        ]
        .contains(&units.word(j))
        && lex.country_words.get(w).is_none()
        && lex.places.get(units.text(text, 0, j)).is_none()
        && lex.cues.get(w).is_none()
        && !lex.given_names.contains_key(w)
        && !lex.lead_words.contains(w)
        && !(units.word(j) != "'s" && reported())
        && !is_month_or_day(w)
}

/// Where a section's heading that opens the sentence ends: a phrase in title case before a
/// colon ("The Gap Goes On: It was under Mr. Ban's watch ...", "Limited Tools to Fight
/// Terrorism: The United Nations was ..."), whose names are no one a pronoun may stand
/// for. A transcript's label names its speaker ("Hillary Clinton:", "HILLARY CLINTON:",
/// "Mr. Trump:"), so a heading opens with no given name or title and is not in capitals.
fn heading_end(text: &str, units: &Units) -> Option<usize> {
    const SMALL: &[&str] = &["the", "a", "an", "of", "to", "for", "in", "on", "and", "at"];
    // (The words before the colon are asked first, the lexicons only of a heading's shape.)
    let colon = (1..units.len().min(9))
        .take_while(|&k| {
            !units.units[k].is_word()
                || units.is_capitalized_word(text, k)
                || SMALL.contains(&units.word(k))
        })
        .find(|&k| !units.units[k].is_word())
        .filter(|&k| units.text(text, k, k + 1) == ":")?;
    let first = units.text(text, 0, 1);
    (units.is_capitalized_word(text, 0)
        && first.chars().any(char::is_lowercase)
        && !opens_with_a_persons_word(units))
    .then_some(colon)
}

/// Whether the sentence opens with a given name or a title of address: a person's name or
/// label, no heading.
fn opens_with_a_persons_word(units: &Units) -> bool {
    LEXICON.given_names.contains_key(units.word(0)) || LEXICON.is_honorific(units.word(0))
}

/// Whether the run at units `i..j` is the whole sentence and opens with no given name or
/// title: a heading ("Gender Equality.", "FULL TEXT.").
fn heading_alone(text: &str, units: &Units, i: usize, j: usize) -> bool {
    let n = units.len();
    i == 0
        && (j == n || j + 1 == n && units.text(text, j, n) == ".")
        && !opens_with_a_persons_word(units)
}

/// The length of a country's or an international body's name that opens the run at units
/// `i..j` right after a title's "to" ("Ambassador to Germany Richard Grenell", "Envoy to
/// the UK Jo Park", "Brazilian Ambassador to the UN Ricardo Pinto"), with a name after it.
fn served_country(units: &Units, i: usize, j: usize) -> Option<usize> {
    if !speakers::follows_a_titles_to(units, i) {
        return None;
    }
    let lex = &*LEXICON;
    let words = &units.words[..j];
    let n = match lex.country_words.longest_at(words, i) {
        Some((_, n)) => n,
        None => {
            let (inst, n) = lex.institutions.longest_at(words, i)?;
            if inst.country.is_some() || inst.is_shared_party() {
                return None;
            }
            n
        }
    };
    (i + n + 2 <= j).then_some(n)
}

/// "Shares in Cairn Energy have jumped 6% after the firm said", "Shares in American Express
/// surged after it said": the company whose shares a story opens with is a body "it" and
/// "the firm" take up, though it is no subject.
fn register_traded_company(
    text: &str,
    units: &Units,
    (i, j): (usize, usize),
    entities: &mut Entities,
) {
    if i >= 2
        && ["in", "of"].contains(&units.word(i - 1))
        && units.word(i - 2) == "shares"
        && let Some(mut m) = speakers::analyse(text, units, i, j, None)
        && m.kind == MentionKind::Name
        // (The whole name: "American Express", its run cut before the cue form "Express",
        // is no "American".)
        && m.name.as_deref() == Some(units.text(text, i, j))
        && !(j < units.len() && units.is_capitalized_word(text, j))
        // ("sell 4 million shares in March", "shares in Europe": a time or a place.)
        && !(j == i + 1 && is_month_or_day(units.word(i)))
        && LEXICON.places.longest_at(&units.words, i).is_none()
        && LEXICON.country_words.longest_at(&units.words, i).is_none()
    {
        m.speaker_type = speakers::SpeakerType::Organization;
        entities.register(&m, m.start, false);
    }
}

/// Where the name of a body that a capitalized run ending at unit `j` opens ends, past its
/// "of" or "for" and the capitalized field or place after it, before unit `before`
/// ("Ministry of Economic Affairs", "Central Bank of Nigeria", "Ministry of Sustainability
/// and the Environment"); `None` where the run names no such body.
#[inline]
pub(crate) fn body_name_past_of(
    text: &str,
    units: &Units,
    j: usize,
    before: usize,
) -> Option<usize> {
    let cap = |k: usize| k < before && units.is_capitalized_word(text, k);
    if !(j > 0
        && j + 1 < before
        && matches!(units.word(j), "of" | "for")
        && BODY_OF_WORDS.contains(&units.word(j - 1))
        && cap(j + 1))
    {
        return None;
    }
    let mut end = j + 1;
    while end < before
        && end < j + 9
        && (cap(end)
            || ["and", "the", "of", "for"].contains(&units.word(end))
                && cap(end + 1)
                && !(units.word(end) == "and"
                    && (another_body_after_and(text, units, end)
                        // ("the University of Miami and Chris Fallows of ...": a person.)
                        || LEXICON.given_names.contains_key(units.word(end + 1)))))
    {
        end += 1;
    }
    Some(end)
}

/// Whether the capitalized words after the "and" at unit `and` name another body, their
/// last a body's word ("United Bank of Africa and Standard Trust Bank"): the name before
/// ends at the "and", which a field or place would go on past ("the Ministry of
/// Sustainability and the Environment").
pub(crate) fn another_body_after_and(text: &str, units: &Units, and: usize) -> bool {
    let last = (and + 1..units.len())
        .take_while(|&k| units.is_capitalized_word(text, k))
        .last();
    last.is_some_and(|k| LEXICON.org_words.contains(units.word(k)))
}

/// Whether `word` (lowercase) opens the name of a body whose field or place follows "of"
/// or "for" ([`BODY_OF_WORDS`]).
pub(crate) fn names_a_body_of(word: &str) -> bool {
    BODY_OF_WORDS.contains(&word)
}

/// The words that open the name of a body whose field or place follows "of" or "for":
/// "Ministry of Economic Affairs", "Secretariat of Foreign Affairs", "Police Officers
/// Federation of Minneapolis", "Chamber of Commerce", "Central Bank of Nigeria", "Aldridge
/// Museum of Art", "University of Miami". (Not "office" or "court": "the mayor's press
/// office" then took up an "Office of Budget and Management" named before.)
const BODY_OF_WORDS: &[&str] = &[
    "bank",
    "party",
    "ministry",
    "department",
    "secretariat",
    "agency",
    "bureau",
    "commission",
    "federation",
    "association",
    "council",
    "union",
    "chamber",
    "board",
    "authority",
    "committee",
    "institute",
    "society",
    "movement",
    "foundation",
    "centre",
    "center",
    "alliance",
    "coalition",
    "campaign",
    "league",
    "organisation",
    "organization",
    "fund",
    "network",
    "forum",
    "trust",
    "museum",
    "university",
    "college",
    "academy",
];

/// "A delegation signed a memorandum with the Ministry of Economic Affairs": registers the
/// government body whose name goes on past the run `start..j` with "of" or "for" and its
/// capitalized field, which "the ministry" takes up later, though it is no speaker. The
/// unit after the name, where the scan goes on, when it registered one.
fn register_body_of(
    text: &str,
    units: &Units,
    (start, j): (usize, usize),
    subject: bool,
    entities: &mut Entities,
) -> Option<usize> {
    // (The "of" first: asked of every capitalized run.)
    let end = body_name_past_of(text, units, j, units.len())?;
    // ("The Ministry of Finance has sent a team": the article opening the sentence is no
    // part of the name.)
    // ("Remarked Center for Biological Diversity scientist Tierra Curry": nor is a fronted
    // cue.)
    let start = if (units.word(start) == "the" || LEXICON.cues.get(units.word(start)).is_some())
        && start + 1 < j
    {
        start + 1
    } else {
        start
    };
    let mut m = speakers::analyse(text, units, start, end, None)?;
    if m.kind != MentionKind::Name || m.name.as_deref() != Some(units.text(text, start, end)) {
        return None;
    }
    // ("China's Ministry of Water Resources", "the Chinese National Bureau of Statistics":
    // the country word says the body's country, and is no part of its name.)
    let owner = (start..j).rfind(|&k| units.word(k) == "'s").map(|k| k + 1);
    let adjective = || {
        LEXICON
            .country_words
            .longest_at(&units.words, start)
            .map(|(_, len)| start + len)
            .filter(|&k| k < j)
    };
    let body_start = owner.or_else(adjective).unwrap_or(start);
    m.name = Some(units.text(text, body_start, end).to_string());
    m.speaker_type = speakers::SpeakerType::Organization;
    entities.register(&m, m.start, subject);
    Some(end)
}

/// "media group Reuters", "polling firm Mori": registers the one-word name at unit `i` as
/// the organization a noun before it describes, which "the group" or "the company" takes
/// up later.
fn register_described_body(
    text: &str,
    units: &Units,
    i: usize,
    subject: bool,
    entities: &mut Entities,
) {
    if let Some(from) = org_described_from(text, units, i)
        && let Some(m) = speakers::analyse(text, units, from, i + 1, None)
        && m.kind == MentionKind::Name
        && m.speaker_type == speakers::SpeakerType::Organization
    {
        entities.register(&m, m.start, subject);
    }
}

/// "Parmalat, the Italian food group at the centre of the scandal, has ...", "Ford, the
/// US car company, reported ...": registers the one-word name that opens its sentence as
/// the organization the description set off after it calls it (a noun of data/
/// referring_org_nouns.txt after an article, with at most four words between), which "the
/// firm" takes up later.
fn register_body_set_off(
    text: &str,
    units: &Units,
    i: usize,
    subject: bool,
    entities: &mut Entities,
) {
    let lex = &*LEXICON;
    // (The comma and the article first: asked of every one-word run.)
    if units.words.get(i + 1).is_none_or(|w| w != ",")
        || !["the", "a", "an"].contains(&units.word_or_empty(i + 2))
        || (0..i).any(|k| units.units[k].is_word())
    {
        return;
    }
    // (No word that opens a sentence otherwise: "However, the firm said".)
    let w = units.word(i);
    if lex.lead_words.contains(w)
        || lex.cues.get(w).is_some()
        || lex.country_words.get(w).is_some()
        || lex.places.get(w).is_some()
        || lex.given_names.contains_key(w)
        || is_month_or_day(w)
        || w.ends_with("ly")
    {
        return;
    }
    let noun = (i + 3..(i + 8).min(units.len()))
        .take_while(|&k| {
            units.units[k].is_word()
                && (!units.is_capitalized_word(text, k)
                    || lex.country_words.get(units.word(k)).is_some())
        })
        // (The noun heads the description: "Langford, the agency's top official" is none.)
        .find(|&k| {
            lex.referring_org_nouns.contains(units.word(k))
                && units.words.get(k + 1).is_none_or(|w| w != "'s")
        });
    if noun.is_some()
        && let Some(mut m) = speakers::analyse(text, units, i, i + 1, None)
        && m.kind == MentionKind::Name
    {
        m.speaker_type = speakers::SpeakerType::Organization;
        entities.register(&m, m.start, subject);
    }
}

/// Where the description of a one-word name at unit `i` opens when its last word is a
/// lowercase organization noun that "the company" would take up (data/
/// referring_org_nouns.txt: "media group Reuters", "leisure group Rank"), with at most two
/// lowercase words before it.
fn org_described_from(text: &str, units: &Units, i: usize) -> Option<usize> {
    let k = i.checked_sub(1)?;
    let noun = units.word(k);
    if !units.units[k].is_word()
        || units.is_capitalized_word(text, k)
        || !LEXICON.referring_org_nouns.contains(noun)
    {
        return None;
    }
    let mut from = k;
    while from > 0 && k - from < 2 && plain_word(units, from - 1) {
        from -= 1;
    }
    Some(from)
}

/// Whether the unit at `k` is a plain lowercase word of four letters or more that can
/// modify a noun before a name ("shipping firm", "media group"): no cue, no preposition.
fn plain_word(units: &Units, k: usize) -> bool {
    let w = units.word(k);
    units.units[k].is_word()
        && w.len() >= 4
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && LEXICON.cues.get(w).is_none()
        && !SCENE_PREPOSITIONS.contains(&w)
}

/// The unit after a nickname in quotation marks that follows the given name at unit `i`
/// and comes before a capitalized surname: `Jimmy "the Whirlwind" White`, `Antonio "LA"
/// Reid`, `Ravindra "Ravi" Narine`. The nickname is a few words with no sentence inside.
fn nickname_after(text: &str, units: &Units, i: usize) -> Option<usize> {
    let apostrophe = |k: usize| ["'", "\u{2018}", "\u{2019}"].contains(&units.word(k));
    // (The mark after the word first: most capitalized words have none, and the given-name
    // lookup is the dearer test.)
    let marked = match units.units.get(i + 1)? {
        Unit::Quote(_) => true,
        Unit::Tok(_) => apostrophe(i + 1),
    };
    // (A given name no lexicon lists is one all the same when the nickname shortens it:
    // `Ravindra "Ravi" Narine`.)
    let shortened = || match units.units[i + 1] {
        Unit::Quote(q) => text
            .get(q.content_start..q.content_end)
            .is_some_and(|nick| {
                let nick = nick.trim().to_lowercase();
                nick.len() >= 3
                    && nick.len() < units.word(i).len()
                    && units.word(i).starts_with(&nick)
            }),
        Unit::Tok(_) => false,
    };
    if !marked
        || !units.is_capitalized_word(text, i)
        || !LEXICON.given_names.contains_key(units.word(i)) && !shortened()
    {
        return None;
    }
    let surname = match units.units[i + 1] {
        Unit::Quote(q) => {
            let nick = text.get(q.content_start..q.content_end)?.trim();
            let short = q.closed
                && !nick.is_empty()
                && nick.len() <= 25
                && nick.split_whitespace().count() <= 3
                && !nick.contains(['.', ',', '!', '?', ':', ';']);
            short.then_some(i + 2)?
        }
        // Between apostrophes, which are not paired as quotations: `Brian 'Head' Welch`.
        Unit::Tok(_) => {
            let close = (i + 3..(i + 5).min(units.len())).find(|&k| apostrophe(k))?;
            (i + 2..close)
                .all(|k| units.units[k].is_word())
                .then_some(close + 1)?
        }
    };
    (surname < units.len() && units.is_capitalized_word(text, surname)).then_some(surname)
}

/// Registers the person of `Jimmy "the Whirlwind" White` (given name at `i`, surname's run
/// from `k`) as "Jimmy White", so that "Mr White" and "White said" find the given name.
fn register_nicknamed(text: &str, units: &Units, i: usize, k: usize, entities: &mut Entities) {
    let j = name_run_end(text, units, k);
    let Some(mut m) = speakers::analyse(text, units, k, j, None) else {
        return;
    };
    let Some(surname) = m.name.as_deref().filter(|_| m.kind == MentionKind::Name) else {
        return;
    };
    m.name = Some(format!("{} {surname}", units.text(text, i, i + 1)));
    m.gender = m.gender.or(LEXICON.given_names.get(units.word(i)).copied());
    let subject = opens_clause(text, units, i, j);
    entities.register(&m, m.start, subject || introduced_with_role(text, units, j));
}

/// Whether a role follows the name that ends at unit `j` as its apposition ("... concerns
/// Henry Crespo, president of the Florida Democratic Black Caucus"): the article introduces
/// the person, most often to quote them next.
/// The role is written in lower case and its phrase goes on as an apposition does, not as a
/// clause's subject ("Rice, the prime minister said") nor an owner ("Bratman, the singer's
/// agent"), nor a list of names ("Will Young, Queen").
fn introduced_with_role(text: &str, units: &Units, j: usize) -> bool {
    let lex = &*LEXICON;
    if units.words.get(j).is_none_or(|w| w != ",") {
        return false;
    }
    let word = |k: usize| units.word_or_empty(k);
    let at = j + 1 + usize::from(["a", "an", "the"].contains(&word(j + 1)));
    let Some((_, len)) = lex.roles.longest_at(&units.words, at) else {
        return false;
    };
    let next = word(at + len);
    !units.is_capitalized_word(text, at)
        && next != "'s"
        && lex.cues.get(next).is_none()
        && !AUXILIARIES.contains(&next)
}

/// The end of the capitalized run that starts at unit `i`.
fn name_run_end(text: &str, units: &Units, i: usize) -> usize {
    let n = units.len();
    let cap = |k: usize| units.is_capitalized_word(text, k);
    // Particles stay inside a name ("Mohammad bin Salman", "Luiz Inácio da Silva").
    // ("Ernst & Young": an ampersand joins too.)
    let particle = |k: usize| joins_names_in_text(&units.words[k]) || units.words[k] == "&";
    // A possessive joins too ("O'Brien's Foods"), but not after a person named by given
    // name or title: "Gordon Brown's Budget" is Gordon Brown and his budget.
    let person = LEXICON.given_names.contains_key(units.word(i))
        || LEXICON
            .honorifics
            .contains_key(units.word(i).trim_end_matches('.'));
    // The period of a middle initial stays inside a name too ("Vladimir V. Putin", "George
    // H. W. Bush") when one surname follows it, not another name ("... and Malcolm X.
    // Attallah Shabazz, the daughter of ...").
    let initial_period = |k: usize| {
        k > i
            && units.initial_period_at(text, k)
            && (k + 2 >= n
                || !cap(k + 2)
                || ["jr", "sr"].contains(&units.word(k + 2).trim_end_matches('.')))
    };
    // ("Henk van der Bosch", "Rafael de la Fuente": two particles.)
    let particles = |k: usize| particle(k) && k + 2 < n && particle(k + 1) && cap(k + 2);
    let mut j = i;
    while j < n
        && (cap(j)
            || particles(j)
            || (units.words[j] == "'s" && !person
                || particle(j)
                || initial_period(j)
                || plural_possessive_in_a_body(text, units, j))
                && j + 1 < n
                && cap(j + 1))
        && !(j > i && ends_name_before(units, j))
        && !(person && j >= i + 2 && place_or_body_at(units, j))
    {
        j += 1;
    }
    j
}

/// Whether unit `k` is the apostrophe of a plural possessive inside a body's name: a
/// body's word follows it, or follows the next capitalized word ("National Farmers' Union",
/// "Professional Footballers' Association", "Writers' Guild"). An owner's possessive before
/// a person or a thing ends the name ("Ladbrokes' Warren Lush", "Yukos' US unit"), and so
/// does a party's ("Democrats' Senate majority").
pub(crate) fn plural_possessive_in_a_body(text: &str, units: &Units, k: usize) -> bool {
    let lex = &*LEXICON;
    units.plural_possessive_at(text, k)
        && lex.parties.get(units.word(k - 1)).is_none()
        && (k + 1..(k + 3).min(units.len()))
            .take_while(|&j| units.is_capitalized_word(text, j))
            .any(|j| lex.org_words.contains(units.word(j)))
}

/// Whether a place or a body of two words or more starts at unit `k`: after a person's full
/// name it modifies what follows rather than continuing the name ("the Ted Cruz South
/// Carolina victory party", "a Hillary Clinton White House").
fn place_or_body_at(units: &Units, k: usize) -> bool {
    let lex = &*LEXICON;
    let long = |found: Option<usize>| found.is_some_and(|len| len >= 2);
    long(lex.places.longest_at(&units.words, k).map(|(_, len)| len))
        || long(
            lex.institutions
                .longest_at(&units.words, k)
                .map(|(_, len)| len),
        )
}

/// Whether the capitalized word at unit `k`, inside a run, ends the name before it: a
/// headline's verb ("... Calls Hillary Clinton a Liar"), an occasion of speech in a title-case
/// headline or caption ("President Obama Speech at ..."; data/occasion_nouns.txt), a
/// doctrine named after its leader ("Xi Jinping Thought"; data/doctrine_nouns.txt), or a
/// caption's or credit's label before its colon ("Ron Gunzburger Image: Ron Gunzburger.",
/// "... Photo: Reuters"; data/label_words.txt): "Ron Gunzburger Image" spoke, and "Mr.
/// Obama" was "Obama Speech".
fn ends_name_before(units: &Units, k: usize) -> bool {
    let w = units.word(k);
    headline_verb(w)
        || LEXICON.name_ending_nouns.contains(w)
        || units.words.get(k + 1).is_some_and(|n| n == ":") && LEXICON.label_words.contains(w)
}

/// Whether the capitalized run at unit `i` opens the title of a work in quotation marks
/// after "called", "entitled" ...: "a BBC documentary called 'No More Mr Nasty'" names no
/// one ("He replies" was Mr Nasty).
fn names_a_work(text: &str, units: &Units, i: usize) -> bool {
    // The mark may be an apostrophe ("called 'No More Mr Nasty'"), and the run may start a
    // word or three into the title.
    let Some(mark) = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| k + 1 == i || units.is_capitalized_word(text, k + 1))
        .find(|&k| {
            units.units[k].is_quote()
                || ["'", "\u{2018}", "\"", "\u{201c}"].contains(&units.text(text, k, k + 1))
        })
    else {
        return false;
    };
    mark > 0 && ["called", "entitled", "titled", "dubbed", "named"].contains(&units.word(mark - 1))
}

/// Whether no name starts at unit `i`: a word in lower case, "I" ("I'm Rich Bowen and
/// ..."), a headline's verb ("... Calls Hillary Clinton a Liar") or the cue that opens 'Said
/// Ellis: "..."'.
fn opens_no_name(text: &str, units: &Units, i: usize) -> bool {
    let w = units.word(i);
    !units.is_capitalized_word(text, i)
        || w == "i"
        || w.starts_with("i'")
        || w.starts_with("i\u{2019}")
        || headline_verb(w)
        || i == 0 && opens_with_a_cue(text, units)
}

/// Whether the sentence opens with a cue before a name and a colon or comma ('Said Ellis:
/// "..."', "Added Mr Fogg, ..."): the cue is no part of the name.
fn opens_with_a_cue(text: &str, units: &Units) -> bool {
    let n = units.len();
    n > 3
        && LEXICON
            .cues
            .get(units.word(0))
            .is_some_and(|c| fronts_an_inversion(&c.lemma, units.word(0)))
        && units.is_capitalized_word(text, 1)
        && (2..n.min(8))
            .any(|k| units.units[k].is_punct() && [":", ","].contains(&units.text(text, k, k + 1)))
}

/// A verb of a headline in title case that ends the name before it ("..., Lindsey Graham
/// Says", "Donald Trump Is Right"): a cue's third-person form or a form of "be" or "have".
/// Where a page's lines were run into one, the headline is the story's first sentence, and
/// "Lindsey Graham Says" became the fullest name of everyone called Graham. "States" and
/// "Reports" stay in names ("United States", "Consumer Reports").
fn headline_verb(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "has" | "have" | "had" | "speaks"
    ) || w.ends_with('s')
        && !matches!(w, "states" | "reports" | "notes" | "news")
        && LEXICON.cues.get(w).is_some()
}

/// Whether the name at units `i..j` opens its sentence or clause, as its subject: a salient
/// antecedent for "he". Inside a sentence a possessive opens no clause: "as George
/// McGovern's running mate".
fn opens_clause(text: &str, units: &Units, i: usize, j: usize) -> bool {
    let possessive = units.words.get(j).is_some_and(|w| w == "'s");
    // "... to the new manager, Rob Kerr.": a name after a comma that ends the sentence is
    // an apposition, not a subject.
    let closes = j + 1 >= units.len() && units.units.get(j).is_none_or(|u| u.is_punct());
    if i > 0 && closes && !units.units[i - 1].is_quote() && units.word(i - 1) == "," {
        return false;
    }
    // ("support Mr. Trump": the name's clause opens before its title, whose period opens
    // none.)
    let title_period = i >= 2 && units.words[i - 1] == "." && honorific_before(&units.words, i);
    // ("Former Pennsylvania Gov. Ed Rendell, ...": the words before the title that
    // describe the person belong to the name's phrase.)
    // ("Ranking member Sen. Priya Raman, D-Wash., was unmoved": a role before the title
    // too.)
    let mut i = if title_period { i - 2 } else { i };
    while title_period && i > 0 && units.units[i - 1].is_word() {
        if ["former", "then"].contains(&units.word(i - 1)) || units.is_capitalized_word(text, i - 1)
        {
            i -= 1;
        } else if let Some((_, len)) = LEXICON.roles.longest_ending_at(&units.words, i) {
            i -= len;
        } else {
            break;
        }
    }
    // ("The 58-year-old Ibarra did not answer": an age before the name, and its article,
    // belong to the name's phrase.)
    if !title_period && i > 0 && units.words[i - 1].ends_with("-year-old") {
        i -= 1;
        if i > 0 && units.words[i - 1] == "the" {
            i -= 1;
        }
    }
    (0..i).all(|k| !units.units[k].is_word() || units.words[k] == "the")
        || i > 0
            && !possessive
            && (units.units[i - 1].is_punct()
                || [
                    "that", "but", "while", "when", "as", "after", "because", "though", "although",
                    "whereas",
                ]
                .contains(&units.word(i - 1)))
}

/// Whether the run `d..j`, a name after the description that opens at `d`, is the
/// sentence's subject: "Ethiopian exhibitor Tesfaye Bekele was busy pouring samples", where
/// the description opens the sentence, or its clause after the comma of a phrase that opens
/// it with a preposition setting the scene ("At a coffee booth decorated with baskets, ...").
fn described_run_is_subject(text: &str, units: &Units, d: usize, j: usize) -> bool {
    (opens_after_scene(text, units, d) || opens_after_an_owned_noun(units, d))
        && run_is_subject(text, units, d, j)
}

/// Whether the words before unit `d` open the sentence with what an owner has (a role, a
/// star, a wife), set off by a comma before the name it describes: "Its star, Spanish
/// actress Carmen Ibarra, was named best actress", "The film's producer, British-born Ana
/// Ruiz, was absent".
fn opens_after_an_owned_noun(units: &Units, d: usize) -> bool {
    let Some(first) = (0..d).find(|&k| units.units[k].is_word()) else {
        return false;
    };
    let owner = OWNERS.contains(&units.word(first))
        || units.word(first) == "the" && (first..d).any(|k| units.word(k) == "'s");
    let close = d - 1;
    owner
        && units.word(close) == ","
        && close - first <= 6
        && (first..close)
            .all(|k| units.units[k].is_word() && LEXICON.cues.get(units.word(k)).is_none())
}

/// Whether the words from unit `d` open their sentence, or the clause after a phrase that
/// opens it with a preposition setting the scene, or a participle's ("Standing before the
/// terracotta warriors, French tourist Julien Moreau raised his phone"), and a comma ("At
/// the clinic, nurse ..."; not "On Tuesday, Clinton criticized Tulsa, Okla., police officer
/// Betty Shelby": a cue inside is a clause of its own).
fn opens_after_scene(text: &str, units: &Units, d: usize) -> bool {
    match (0..d).find(|&k| units.units[k].is_word()) {
        None => true,
        Some(first) => {
            let w = units.word(first);
            units.word(d - 1) == ","
                && units.is_capitalized_word(text, first)
                && (SCENE_PREPOSITIONS.contains(w) || w.len() > 5 && w.ends_with("ing"))
                && (first..d).all(|k| LEXICON.cues.get(units.word(k)).is_none())
        }
    }
}

/// Where the name in the run `i..j` starts, from `start`, past a role's portfolio that holds
/// the run's first unit ("Minister for Foreign Affairs Vivian Balakrishnan": no "Foreign
/// Affairs" in it); `None` when the portfolio takes the whole run. `portfolio` is the one a
/// run before opened, read again where the run opens past it.
fn past_portfolio(
    text: &str,
    units: &Units,
    portfolio: &mut Option<(usize, usize)>,
    (i, j): (usize, usize),
    start: usize,
) -> Option<usize> {
    if portfolio.is_none_or(|(_, end)| i >= end) {
        *portfolio = portfolio_after_role(text, units, i);
    }
    match portfolio.filter(|&(a, b)| (a..b).contains(&i)) {
        Some((_, end)) if end >= j => None,
        Some((_, end)) => Some(start.max(end)),
        None => Some(start),
    }
}

/// Whether the capitalized run `i..j` is its sentence's subject: it opens a clause or follows
/// a role that opens the sentence, and describes no titled name after it.
fn run_is_subject(text: &str, units: &Units, i: usize, j: usize) -> bool {
    (opens_clause(text, units, i, j) || titled_subject(text, units, i, j))
        && !modifies_a_titled_name(text, units, j)
        && !asks_someone_named(text, units, j)
}

/// Whether the name that ends at unit `j` asks someone a question: "Ainsley Earhardt asked
/// Marco Rubio which states he could win": the one asked answers the "he said" after it, so
/// the asker is no salient antecedent (as one named after "asked by" is none).
pub(crate) fn asks_someone_named(text: &str, units: &Units, j: usize) -> bool {
    let n = units.len();
    let mut k = j;
    while k < n && ["then", "also", "later", "repeatedly"].contains(&units.word(k)) {
        k += 1;
    }
    if k >= n || !["asked", "asks"].contains(&units.word(k)) {
        return false;
    }
    let mut q = k + 1;
    if q < n && ["him", "her", "them"].contains(&units.word(q)) {
        q += 1;
    } else {
        while q < n && q < k + 5 && units.is_capitalized_word(text, q) {
            q += 1;
        }
    }
    q > k + 1 && q < n && opens_a_question(units.word(q))
}

/// Whether a role and a capitalized name follow the run that ends at unit `j`: "Liberal
/// Democrat peer Lord Greaves called ...", "Tory leader Michael Howard said": the run (a
/// party, a body, a country) describes the person, who is the sentence's subject; "it" later
/// is not the party.
fn modifies_a_titled_name(text: &str, units: &Units, j: usize) -> bool {
    // (A capitalized word within the next three, before the role is looked up: most runs
    // have none.)
    j < units.len()
        && !units.is_capitalized_word(text, j)
        && (j + 1..(j + 4).min(units.len())).any(|k| units.is_capitalized_word(text, k))
        && LEXICON
            .roles
            .longest_at(&units.words, j)
            .is_some_and(|(_, len)| {
                j + len < units.len() && units.is_capitalized_word(text, j + len)
            })
}

/// "Tory co-chairman Liam Fox has opened ...", "Chancellor Gordon Brown will": the name
/// at units `i..j` after a lowercase role that opens the sentence, only capitalized words
/// (a party, a country, a body) before it, is the sentence's subject.
fn titled_subject(text: &str, units: &Units, i: usize, j: usize) -> bool {
    let possessive = units.words.get(j).is_some_and(|w| w == "'s");
    !possessive
        && LEXICON
            .roles
            .longest_ending_at(&units.words, i)
            .is_some_and(|(_, len)| {
                // ("29-year-old nurse Mwanaisha Suleiman was ...", "At the clinic, nurse
                // Mwanaisha Suleiman was ...": an age, or a scene, before the role.)
                let d = i - len;
                let d = if d > 0 && units.word(d - 1).ends_with("-old") {
                    d - 1
                } else {
                    d
                };
                // ("Fulham's French defender Moreau needed three stitches": an owner's.)
                (0..d).all(|k| {
                    !units.units[k].is_word()
                        || units.is_capitalized_word(text, k)
                        || units.words[k] == "'s"
                }) || opens_after_scene(text, units, d)
            })
}

/// "AFC" in "(AFC)" after the name `start..j` ("Asian Football Confederation (AFC)",
/// "Incomes Data Services' (IDS)") when its letters are the initials of the name or of
/// the name's last words; "(R-Texas)" or "(NY)" after a person's name are not.
fn defined_abbreviation<'t>(
    text: &'t str,
    units: &Units,
    start: usize,
    j: usize,
) -> Option<&'t str> {
    abbreviation_defined_after(text, units, start, j).map(|(_, abbr)| abbr)
}

/// The abbreviation in parentheses at unit `j` and the unit where the longest run of
/// capitalized words in `start..j` that it spells opens (two words at least; "U.S." gives
/// all its capitals).
fn abbreviation_defined_after<'t>(
    text: &'t str,
    units: &Units,
    start: usize,
    j: usize,
) -> Option<(usize, &'t str)> {
    // An apostrophe of a plural possessive may stand between the name and the parenthesis.
    if j >= units.len() {
        return None;
    }
    let mut open = j + usize::from(units.text(text, j, j + 1) == "'");
    // So may a company's suffixes, their periods and the comma between them ("Engineering
    // Co. (CPHE)", "Railway Construction Co., Ltd. (CNRC)").
    for _ in 0..2 {
        if open > start
            && open < units.len()
            && units.text(text, open, open + 1) == "."
            && COMPANY_SUFFIXES.contains(&units.word(open - 1))
        {
            open += 1;
        }
        if open + 1 < units.len()
            && units.text(text, open, open + 1) == ","
            && COMPANY_SUFFIXES.contains(&units.word(open + 1))
        {
            open += 2;
        }
    }
    if open + 2 >= units.len()
        || units.text(text, open, open + 1) != "("
        || units.text(text, open + 2, open + 3) != ")"
    {
        return None;
    }
    let abbr = units.text(text, open + 1, open + 2);
    if !speakers::is_acronym(abbr) {
        return None;
    }
    // Each word gives its initial, with the unit it stands at.
    let initials: Vec<(usize, String)> = (start..j)
        .filter(|&k| units.is_capitalized_word(text, k))
        .map(|k| {
            let w = units.text(text, k, k + 1);
            let initial = if w.contains('.') {
                w.chars().filter(|c| c.is_uppercase()).collect()
            } else {
                w.chars().take(1).collect()
            };
            (k, initial)
        })
        .collect();
    let letters: String = abbr.chars().filter(|c| c.is_alphabetic()).collect();
    // ("China Pacific Harbour Engineering Co. (CPHE)": a company's suffix may be left out.)
    let suffix = initials
        .last()
        .is_some_and(|&(k, _)| COMPANY_SUFFIXES.contains(&units.word(k)));
    let spelled_to = |to: usize, from: usize| {
        let mut rest = letters.as_str();
        for (_, initial) in &initials[from..to] {
            match rest.strip_prefix(initial.as_str()) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    };
    let n = initials.len();
    (0..n.saturating_sub(1))
        .find(|&k| spelled_to(n, k) || suffix && k + 2 < n && spelled_to(n - 1, k))
        .map(|k| (initials[k].0, abbr))
}

/// Words that end a company's name and that its abbreviation may leave out ("Co.",
/// "Ltd"), lowercase and without their period.
const COMPANY_SUFFIXES: &[&str] = &[
    "co",
    "corp",
    "inc",
    "ltd",
    "plc",
    "llc",
    "company",
    "corporation",
    "limited",
    "group",
];

/// "The Securities and Exchange Commission (SEC) ...", "the Council of Mortgage Lenders
/// (CML)": registers a body whose name holds lowercase connectors, defined by the
/// abbreviation in parentheses after it, so that a later "the SEC said" is the commission.
/// (A name of capitalized words alone is registered with its abbreviation by
/// `register_full_name`.) The name is the longest run of capitalized words and connectors
/// before the parenthesis whose capitals' initials spell the abbreviation.
fn register_bodies_defined_by_abbreviations(text: &str, units: &Units, entities: &mut Entities) {
    const CONNECTORS: &[&str] = &["of", "and", "for", "the", "on", "in", "de", "du", "des"];
    // (Most sentences have no parenthesis: one byte first.)
    if !text
        [units.units.first().map_or(0, |u| u.start())..units.units.last().map_or(0, |u| u.end())]
        .contains('(')
    {
        return;
    }
    for open in 1..units.len().saturating_sub(2) {
        if units.text(text, open, open + 1) != "(" {
            continue;
        }
        let connector = |k: usize| CONNECTORS.contains(&units.word(k));
        // The run back from the parenthesis, capitalized words and connectors only.
        let mut from = open;
        while from > 0
            && open - from < 12
            && (units.is_capitalized_word(text, from - 1) || connector(from - 1))
        {
            from -= 1;
        }
        if !(from..open).any(connector) {
            continue;
        }
        let Some((start, abbr)) = abbreviation_defined_after(text, units, from, open) else {
            continue;
        };
        if let Some(m) = speakers::analyse(text, units, start, open, None)
            && m.kind == MentionKind::Name
            && m.speaker_type != speakers::SpeakerType::Person
            && let Some(idx) = entities.register(&m, m.start, false)
        {
            entities.add_alias(idx, abbr);
        }
    }
}

/// Where "Swiss star" or "British firm" begins before the name at `i`: a capitalized
/// country adjective or demonym, then a lowercase role (`roles.csv`) or one or two lowercase
/// words that are no cue right before the name.
fn country_described_from(text: &str, units: &Units, i: usize) -> Option<usize> {
    let lex = &*LEXICON;
    let country_at = |q: usize, side: bool| country_word_before(text, units, i, q, side);
    // The role first, then one plain word, then two. Before plain words the country word
    // is asked, which turns nearly every name away with a byte test (the plain words' three
    // lexicon lookups a word were 5 M instructions on BBC politics); both tests read only
    // the units, so the order does not change which `q` is found.
    let role_q = lex
        .roles
        .longest_ending_at(&units.words, i)
        .and_then(|(role, n)| {
            let q = i.checked_sub(n + 1)?;
            country_at(q, role.category == "sport").then_some(q)
        });
    // (Three when the last is a body's noun, or a maker: "UK convenience store chain Harcourt
    // Stores", "Swedish mobile phone maker Sundvik". The noun is looked up first: the word
    // sets' start-bit test is cheaper than reading a third word back for a country's.)
    let before = units.word_or_empty(i.wrapping_sub(1));
    let most =
        2 + usize::from(lex.referring_org_nouns.contains(before) || before.ends_with("maker"));
    if let Some(q) = country_owner_before(text, units, i, most, role_q.is_some()) {
        return Some(q - 1);
    }
    let q = role_q.or_else(|| {
        (1..=most)
            .filter_map(|n| i.checked_sub(n + 1))
            .find(|&q| country_at(q, false) && (q + 1..i).all(|k| plain_described_word(units, k)))
    })?;
    // A party's name is read whole ("Liberal Democrat leader Charles Kennedy"), and may
    // follow an article ("the Labour leader Tony Blair").
    if let Some(p) = party_ending_at(units, q) {
        return Some(p);
    }
    // ("Sri Lankan foreign minister", "South Korean electronics firm": both words.)
    let q = two_word_adjective_ending_at(text, units, q)
        .or_else(|| {
            role_q
                .filter(|&r| r == q)
                .and_then(|_| two_word_name_ending_at(text, units, q))
        })
        .unwrap_or(q);
    // "the Argentine beat Potito Starace": a demonym after an article is a noun, and the
    // word after it a verb; before a role it is the role's ("the Argentine actor Tomas
    // Vidal").
    (role_q.is_some() || q == 0 || !["the", "a", "an"].contains(&units.word(q - 1))).then_some(q)
}

/// A lowercase word of four letters or more that is no cue, clause word or preposition
/// ("star", "national", "shipping"; not "and"): one of the words that may stand between a
/// country's word and a name when no role does.
fn plain_described_word(units: &Units, k: usize) -> bool {
    plain_word(units, k) && !LEXICON.lead_words.contains(units.word(k))
}

/// Whether unit `q` is a capitalized country word that only lowercase words part from the
/// name at `i`. A country's adjective or a party's name; before a sports role (`side`) a
/// country's name too, its national side ("Nigeria striker Emeka Adeyemi", "Ireland flanker
/// Shane Hartigan"). A country's name in initials stands as its adjective ("US actor Josh
/// Kellerman", "UK firm Sonaptic"), as another country's name does only before a sports role.
fn country_word_before(text: &str, units: &Units, i: usize, q: usize, side: bool) -> bool {
    let initials_at = |q: usize| {
        let w = units.text(text, q, q + 1);
        w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    };
    (q + 1..i).all(|k| !units.is_capitalized_word(text, k))
        && units.is_capitalized_word(text, q)
        && (LEXICON.is_country_adjective(units.word(q))
            || two_word_adjective_ending_at(text, units, q).is_some()
            // ("Beijing-based autonomous driving company Zhiyun Mobility".)
            || speakers::names_a_base(units.word(q))
            || party_ending_at(units, q).is_some()
            || (side || initials_at(q))
                && matches!(
                    LEXICON.country_words.get(units.word(q)),
                    Some(&(_, CountryWordKind::Name))
                )
            // ("South Africa coach Hennie Steyn", "New Zealand captain ...".)
            || side && two_word_name_ending_at(text, units, q).is_some())
}

/// Where the "'s" stands after a country's name that owns the name at `i` across an age or
/// at most `most` plain words ("China's 17-year-old Lin Xiaoyue", "Japan's teenage star Mei
/// Kuroda"); `role_found` when a role stands right before the name.
fn country_owner_before(
    text: &str,
    units: &Units,
    i: usize,
    most: usize,
    role_found: bool,
) -> Option<usize> {
    let lex = &*LEXICON;
    let before = units.word_or_empty(i.wrapping_sub(1));
    let age = |k: usize| {
        let w = units.word(k);
        w.ends_with("-year-old") && w.starts_with(|c: char| c.is_ascii_digit())
    };
    // (The "'s" first: nearly every name run has none before it, and the rest is dearer.)
    (1..=most).filter_map(|n| i.checked_sub(n + 1)).find(|&q| {
        q > 0
            && units.word(q) == "'s"
            // (A full name, or one a role or a body's noun stands before: not the "In" of
            // "the UK's economy In graphics".)
            && (i + 1 < units.len() && units.is_capitalized_word(text, i + 1)
                || lex.referring_org_nouns.contains(before)
                || role_found)
            && units.is_capitalized_word(text, q - 1)
            && matches!(
                lex.country_words.get(units.word(q - 1)),
                Some(&(_, CountryWordKind::Name))
            )
            && (q + 1..i)
                .all(|k| !units.is_capitalized_word(text, k) && (plain_described_word(units, k) || age(k)))
    })
}

/// Where a country's adjective of two words that ends at unit `q` starts ("Sri Lankan",
/// "South Korean", "New Zealand" as in "New Zealand trade minister").
fn two_word_adjective_ending_at(text: &str, units: &Units, q: usize) -> Option<usize> {
    two_words_ending_at(text, units, q, |kind| {
        matches!(kind, CountryWordKind::Adjective | CountryWordKind::Demonym)
    })
}

/// Where a country's name of two words that ends at unit `q` starts ("South Africa", "New
/// Zealand", "Sri Lanka"), for a national side's role after it.
fn two_word_name_ending_at(text: &str, units: &Units, q: usize) -> Option<usize> {
    two_words_ending_at(text, units, q, |kind| kind == CountryWordKind::Name)
}

/// Where a country's word of two words, of a kind `fits` takes, that ends at unit `q` starts.
fn two_words_ending_at(
    text: &str,
    units: &Units,
    q: usize,
    fits: impl Fn(CountryWordKind) -> bool,
) -> Option<usize> {
    let p = q.checked_sub(1)?;
    let two = [units.word(p), units.word(q)];
    (units.is_capitalized_word(text, p)
        && LEXICON
            .country_words
            .longest_at(&two, 0)
            .is_some_and(|(&(_, kind), n)| n == 2 && fits(kind)))
    .then_some(p)
}

/// Where a party's name that ends at unit `q` starts ("Labour", "Liberal Democrat";
/// data/affiliations.csv): a party member described before the name ("Liberal Democrat
/// leader Charles Kennedy", "Labour MP Ann Cryer") has the party's country wherever the
/// name speaks later, as one a country word describes does.
fn party_ending_at(units: &Units, q: usize) -> Option<usize> {
    LEXICON
        .affiliations
        .longest_ending_at(&units.words, q + 1)
        .filter(|(v, _)| v.1 == "party" && !v.0.is_empty())
        .map(|(_, n)| q + 1 - n)
}

#[cfg(test)]
mod tests {
    use super::title_case;

    #[test]
    fn capitals_written_as_names() {
        for (a, b) in [
            ("JAKE TAPPER", "Jake Tapper"),
            ("O'NEILL-SMITH", "O'Neill-Smith"),
            ("MCDONALD'S", "Mcdonald's"),
            ("WINSTON-SALEM", "Winston-Salem"),
            ("Kashgar", "Kashgar"),
        ] {
            assert_eq!(title_case(a), b);
        }
    }

    use super::*;

    #[test]
    fn a_two_word_country_before_a_sports_role_describes_the_name() {
        let s = "South Africa coach Piet van Wyk was delighted.";
        let u = Units::build(s, 0, s.len(), &[]);
        let i = (0..u.len()).find(|&k| u.word(k) == "piet").unwrap();
        assert_eq!(country_described_from(s, &u, i), Some(0));
    }
    use crate::attribution::speakers::analyse;

    /// The speaker `mention` (an abbreviation, "he") resolves to after `context` was scanned.
    fn resolved_after(context: &str, mention: &str) -> String {
        resolved_in(context, mention).speaker
    }

    /// What `mention` resolves to after `context`, a sentence with its quotation marks
    /// paired, was scanned.
    fn resolved_in(context: &str, mention: &str) -> crate::attribution::resolve::ResolvedSpeaker {
        let mut entities = scanned(context);
        let um = Units::build(mention, 0, mention.len(), &[]);
        let m = analyse(mention, &um, 0, um.len(), None).expect("a mention");
        entities.resolve(&m, context.len() + 1, false)
    }

    /// The country `mention` resolves to in `context`, as its alpha-2.
    fn country_code_in(context: &str, mention: &str) -> Option<String> {
        resolved_in(context, mention).country.map(|c| c.code)
    }

    /// The entities of `s`, a sentence with its quotation marks paired, once its names
    /// were scanned.
    fn scanned(s: &str) -> Entities {
        let mut entities = Entities::default();
        let q = crate::text::quotes::find_quotes(s, 0, s.len());
        for sentence in crate::text::segment::sentences(s, 0, s.len(), &q) {
            let u = Units::build(s, sentence.start, sentence.end, &q);
            scan_names(s, &u, &mut entities);
        }
        entities.sentence_start = s.len() + 1;
        entities
    }

    /// "The union" is the body named last whose name says it is one, not a company or a
    /// department named since.
    #[test]
    fn the_union_is_a_union() {
        let context = "The Association of Flight Attendants (AFA) backed the plan. Shares in \
                       retailer Kestrel Stores rose.";
        assert_eq!(
            resolved_after(context, "The union"),
            "Association of Flight Attendants"
        );
        // (Or whose mention called it one: "the shopworkers' union Usdaw".)
        let called = "The shopworkers' union Usdaw said it wanted talks. Shares in retailer \
                      Kestrel Stores fell.";
        assert_eq!(resolved_after(called, "The union"), "Usdaw");
        let department = "The Kentucky Department of Environmental Protection fined the mine.";
        assert_eq!(resolved_after(department, "The union"), "the union");
    }

    /// With no one who spoke before, an age stands for the person just named with a role or
    /// a given name; not for a film's title read as a name.
    #[test]
    fn an_age_stands_for_the_person_just_named() {
        let context = "Norwich have signed Charlton midfielder Graham Stuart for a fee.";
        assert_eq!(resolved_after(context, "the 34-year-old"), "Graham Stuart");
        let film = "The star of Rain Man said the film culture was poor.";
        assert_eq!(resolved_after(film, "the 67-year-old"), "the 67-year-old");
    }

    /// "The Dutchman was sent to the stands": a demonym leading a sentence that reports
    /// nothing gives the person it stands for a nationality; a name with two particles
    /// ("Henk van der Bosch") is one name.
    #[test]
    fn a_demonym_as_subject_gives_the_person_named_before_a_nationality() {
        let context = "Castleford City manager Henk van der Bosch was banned for three \
                       matches. The Dutchman was sent to the stands in March.";
        let r = resolved_in(context, "Van der Bosch");
        assert_eq!(r.speaker, "Henk van der Bosch");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("NL"));
        // (Not a noun after the demonym: "The Dutch economy", "The American team".)
        let economy = "Castleford City manager Henk van der Bosch was banned for three \
                       matches. The American team was sent home in March.";
        assert_ne!(
            resolved_in(economy, "Van der Bosch")
                .country
                .map(|c| c.code)
                .as_deref(),
            Some("US")
        );
    }

    /// "The Dutchman, who took charge in the summer, leaves": a relative clause, an
    /// apposition or an age set off after the demonym stands where its verb would.
    #[test]
    fn a_demonym_set_off_by_a_comma_gives_the_person_named_before_a_nationality() {
        for after in [
            ", who took charge in the summer, leaves",
            ", a former coach, leaves",
        ] {
            let context = format!(
                "Castleford City sacked manager Dieter Brouwer on Monday. The Dutchman{after} \
                 with the club 17th."
            );
            let r = resolved_in(&context, "Brouwer");
            assert_eq!(r.country.map(|c| c.code).as_deref(), Some("NL"), "{after}");
        }
    }

    /// "Wales coach Gareth Pryce ... the New Zealander told": a demonym of two words, and a
    /// side's country before a coach's role is no nationality the demonym must agree with.
    #[test]
    fn a_coach_of_another_country_s_side_may_be_the_demonym() {
        let context = "Wales coach Gareth Pryce said he had picked the best players.";
        let r = resolved_in(context, "the New Zealander");
        assert_eq!(r.speaker, "Gareth Pryce");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("NZ"));
    }

    /// "The Ministry of Finance has sent a team. The ministry said": a body's name with
    /// "of" opening the sentence after "The" is registered, as it is anywhere else.
    #[test]
    fn a_body_of_a_field_opening_the_sentence_is_registered() {
        let context = "The Ministry of Emergency Management has sent a team to Jiangxi.";
        assert_eq!(
            resolved_after(context, "The ministry"),
            "Ministry of Emergency Management"
        );
    }

    /// "The Police Officers Federation of Minneapolis rejected the offer. The federation
    /// said": a body's name goes on past its "of" and its place or field.
    #[test]
    fn a_federation_of_a_city_is_registered_whole() {
        let context = "The Police Officers Federation of Minneapolis rejected the offer.";
        assert_eq!(
            resolved_after(context, "The federation"),
            "Police Officers Federation of Minneapolis"
        );
        // A museum's, a university's too; not past "and" to a person's given name.
        let context = "The Aldridge Museum of Art in Pittsburgh returned 14 objects.";
        assert_eq!(
            resolved_after(context, "The museum"),
            "Aldridge Museum of Art"
        );
        let context = "The study was a project between the University of Miami and Chris \
                       Fallows of Apex Shark Expeditions.";
        assert_eq!(resolved_after(context, "Fallows"), "Chris Fallows");
    }

    /// "French airline Air Meridian has agreed ... Air Meridian said": a name of two
    /// capitals read alone as a person's is the body named so in full before.
    #[test]
    fn a_body_s_full_name_alone_is_the_body() {
        let context = "French airline Air Meridian has agreed to buy Swiss rival Alpenflug.";
        let r = resolved_in(context, "Air Meridian");
        assert_eq!(
            r.speaker_type,
            Some(crate::attribution::speakers::SpeakerType::Organization)
        );
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("FR"));
    }

    /// "Okafor-Reyes declined to say ..., but she told": a double-barrelled surname alone
    /// leading its sentence is the person named in full before, whom "she" takes up.
    #[test]
    fn a_double_barrelled_surname_alone_is_known() {
        let context = "Attorney General Nadia Okafor-Reyes sued the EPA on Monday. Del. \
                       Wendell Pike said it was a waste. Okafor-Reyes declined to say how much \
                       the state had spent, but";
        assert_eq!(resolved_after(context, "she"), "Nadia Okafor-Reyes");
    }

    /// "Rep. X, D-Salt Lake City, said": a party tag with a home town of several words is
    /// no one's name, so "He" after it is the lawmaker.
    #[test]
    fn a_party_tag_with_a_town_is_no_name() {
        let context = "Rep. Marcus Oyelaran, D-Salt Lake City, has long argued the state \
                       should buy water rights.";
        assert_eq!(resolved_after(context, "He"), "Marcus Oyelaran");
    }

    /// "Ellery's office" is the office of the Ellery named before, not the body of that
    /// noun named last.
    #[test]
    fn a_surname_s_office_is_the_person_s() {
        let context = "Senate Majority Leader Grant Ellery said the talks were over. The \
                       Congressional Budget Office said the bill would cost $2 billion.";
        assert_eq!(
            resolved_after(context, "Ellery's office"),
            "Ellery's office"
        );
        assert_eq!(
            resolved_in(context, "Ellery's office").entity.map(|_| ()),
            Some(())
        );
    }

    /// "alongside her Danish counterpart, Mads Kjaergaard,": the counterpart named is Danish.
    #[test]
    fn a_counterpart_set_off_before_a_name_gives_its_country() {
        let context = "Minister Ann Ouellet met her Danish counterpart, Mads Kjaergaard, in \
                       Ottawa.";
        let r = resolved_in(context, "Kjaergaard");
        assert_eq!(r.speaker, "Mads Kjaergaard");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("DK"));
        let r = resolved_in(
            "Because of his Mexican heritage, Curiel Gomez ruled.",
            "Gomez",
        );
        assert_ne!(r.country.map(|c| c.code).as_deref(), Some("MX"));
    }

    /// "the governor" after a governor and then a director: an official's role takes up the
    /// official whose role has its head, not the latest of roles.csv's many kinds of
    /// official.
    #[test]
    fn an_official_is_taken_up_by_the_head_of_their_role() {
        let context = "Governor Alan Marsh spoke first. Director Tom Keller testified on Tuesday.";
        assert_eq!(resolved_in(context, "the governor").speaker, "Alan Marsh");
        assert_eq!(resolved_in(context, "the director").speaker, "Tom Keller");
    }

    /// "China's 17-year-old Lin Xiaoyue", "India's biggest carmaker Maruti": a country's name
    /// owning an age or plain words before a name gives it the country; not a lone capital
    /// after them ("the UK's economy In graphics").
    #[test]
    fn a_country_owning_a_described_name_gives_its_country() {
        let context = "China's 17-year-old Lin Xiaoyue beat the world No. 1 in Macao.";
        assert_eq!(country_code_in(context, "Lin").as_deref(), Some("CN"));
        let context = "India's biggest carmaker Maruti has reported a rise in profit.";
        assert_eq!(country_code_in(context, "Maruti").as_deref(), Some("IN"));
    }

    /// "top-seeded Mei Takahashi of Japan": a country's name after "of" is the person's; a
    /// longer name that opens with it, or a US state's, is not.
    #[test]
    fn a_country_after_of_gives_the_name_its_country() {
        let context = "Morrow will face top-seeded Mei Takahashi of Japan on Friday.";
        assert_eq!(country_code_in(context, "Takahashi").as_deref(), Some("JP"));
        let context = "Morrow will face pilot Mei Takahashi of Japan Airlines on Friday.";
        assert_ne!(country_code_in(context, "Takahashi").as_deref(), Some("JP"));
        let context = "Lawmakers met Sen. David Perdue of Georgia on Friday.";
        assert_ne!(country_code_in(context, "Perdue").as_deref(), Some("GE"));
    }

    /// "Beijing-based autonomous driving company Zhiyun Mobility": a base before a
    /// description of the body gives the name its country, as a country's adjective does.
    #[test]
    fn a_base_before_a_body_s_description_gives_the_name_its_country() {
        let context = "The trial is run with Beijing-based autonomous driving company Zhiyun \
                       Mobility. Li Haotian said it was ready.";
        let r = resolved_in(context, "Zhiyun Mobility");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("CN"));
    }

    /// "Red Hat" after "US-based software company Red Hat ... Red Hat Enterprise Linux": a
    /// name one entity holds whole is that entity, not a longer name met since.
    #[test]
    fn a_name_held_whole_is_not_a_longer_name_met_since() {
        let context = "Last week, US-based software company Red Hat announced plans. CentOS \
                       provided compatibility with Red Hat Enterprise Linux (RHEL).";
        assert_eq!(resolved_after(context, "Red Hat"), "Red Hat");
    }

    /// "Pop star Britney Spears has attacked ...": a pop star is a person by the role
    /// (data/roles.csv), so an age stands for her ("the 23-year-old wrote" had no one).
    #[test]
    fn a_pop_star_is_a_person_an_age_stands_for() {
        let context = "Pop star Britney Spears has attacked US tabloid magazines.";
        assert_eq!(resolved_after(context, "the 23-year-old"), "Britney Spears");
        let context = "Pop star Jessa Marlowe has attacked US tabloid magazines.";
        assert_eq!(resolved_after(context, "the 23-year-old"), "Jessa Marlowe");
    }

    /// A trade body is no company: "the company" after it is the firm named before.
    #[test]
    fn a_business_noun_passes_over_a_trade_body() {
        let context = "Shares in retailer Kestrel Stores rose after a trading update. The \
                       figures contrast with a survey by the British Retail Consortium (BRC).";
        assert_eq!(resolved_after(context, "The company"), "Kestrel Stores");
        // Nor is an office, a festival or a tribunal (data/public_bodies.txt).
        let context = "Shares in Kestrel Power Inc rose after a loan was approved by \
                       the Energy Department's Loan Programs Office.";
        assert_eq!(resolved_after(context, "The company"), "Kestrel Power Inc");
    }

    /// "China Pacific Harbour Engineering Co. (CPHE)": the company's suffix is no initial.
    #[test]
    fn an_abbreviation_may_leave_out_a_company_s_suffix() {
        for context in [
            "The port, built by China Pacific Harbour Engineering Co. (CPHE), opened.",
            "The port, built by China Pacific Harbour Engineering Company (CPHE), opened.",
        ] {
            assert!(
                resolved_after(context, "CPHE").starts_with("China Pacific Harbour Engineering"),
                "{context}"
            );
        }
    }

    #[test]
    fn a_body_defined_by_its_abbreviation_across_connectors() {
        for (context, full) in [
            (
                "The Securities and Exchange Commission (SEC) fined the bank.",
                "Securities and Exchange Commission",
            ),
            (
                "Both the Council of Mortgage Lenders (CML) and banks cut rates.",
                "Council of Mortgage Lenders",
            ),
        ] {
            let abbr = &full
                .split(' ')
                .filter(|w| w.starts_with(char::is_uppercase))
                .filter_map(|w| w.chars().next())
                .collect::<String>();
            assert_eq!(resolved_after(context, abbr), full, "{context}");
        }
        // Initials that do not spell it register nothing: "EL" is no "EDL".
        assert_eq!(
            resolved_after("Electricite du Liban (EDL) cut supplies.", "EDL"),
            "EDL"
        );
    }

    #[test]
    fn a_description_after_a_name_gives_its_country() {
        for (context, short, code) in [
            (
                "The firm was started with Arjun Mehta, an Indian engineer who spent years at a rival.",
                "Mehta",
                Some("IN"),
            ),
            (
                "Chidi Okafor scored twice. Okafor, a junior from Lagos, Nigeria, who moved at 15, ran well.",
                "Okafor",
                Some("NG"),
            ),
            // An international body is no country, and a war fought in one none either.
            (
                "The bill was backed by Wesley Clay, a former commander of NATO forces in Europe.",
                "Clay",
                None,
            ),
            (
                "The deal was praised by Adam Kok, an Iraq War veteran.",
                "Kok",
                None,
            ),
            // A city the description names gives its country, as it does where the name
            // speaks; a country's name may own the description; a relative clause closes it.
            (
                "Pavel Orlov, a software engineer from Moscow, brought his son along.",
                "Orlov",
                Some("RU"),
            ),
            (
                "Budi Santoso, Indonesia's minister of religious affairs, met officials.",
                "Santoso",
                Some("ID"),
            ),
            (
                "Zhang Wei, a keeper from the China Conservation and Research Center for the \
                 Giant Panda who flew with the animals to Vienna, will stay on.",
                "Zhang",
                Some("CN"),
            ),
        ] {
            let r = resolved_in(context, short);
            assert_eq!(r.country.map(|c| c.code).as_deref(), code, "{context}");
        }
    }

    #[test]
    fn a_government_body_named_in_passing_is_the_ministry_taken_up_later() {
        for (context, body) in [
            (
                "Czech lawmakers signed a memorandum with the Ministry of Economic Affairs.",
                "Ministry of Economic Affairs",
            ),
            (
                "Teams were sent by China's Ministry of Water Resources on Monday.",
                "Ministry of Water Resources",
            ),
        ] {
            let r = resolved_in(context, "the ministry");
            assert_eq!(r.speaker, body, "{context}");
        }
    }

    #[test]
    fn a_demonym_after_an_article_is_a_role_s_before_a_role() {
        // Before a verb it is a noun, whose country the name after the verb does not take.
        for (context, short, code) in [
            (
                "The Argentine actor Tomas Vidal read out her message.",
                "Vidal",
                Some("AR"),
            ),
            (
                "In the final the Argentine beat Marco Rossi in three sets.",
                "Rossi",
                None,
            ),
        ] {
            let r = resolved_in(context, short);
            assert_eq!(r.country.map(|c| c.code).as_deref(), code, "{context}");
        }
    }

    #[test]
    fn the_country_a_title_serves_in_is_not_the_name_s() {
        let r = resolved_in(
            "US Ambassador to Germany Richard Grenell said so.",
            "Grenell",
        );
        assert_eq!(r.speaker, "Richard Grenell");
        assert_ne!(r.country.map(|c| c.code).as_deref(), Some("DE"));
        // Nor is an envoy's "for".
        let r = resolved_in(
            "US Special Representative for Iran Brian Hook said so.",
            "Hook",
        );
        assert_eq!(r.speaker, "Brian Hook");
        assert_ne!(r.country.map(|c| c.code).as_deref(), Some("IR"));
    }

    #[test]
    fn a_section_heading_names_no_one() {
        let text = "Ban Ki-moon led the body. Limited Tools to Fight Terrorism: The body was \
                    set up long ago. Gender Equality. The Gap Goes On: It grew. FULL TEXT.";
        let mut entities = Entities::default();
        let mut start = 0;
        for end in text
            .match_indices(". ")
            .map(|(k, _)| k + 1)
            .chain([text.len()])
        {
            let q = crate::text::quotes::find_quotes(text, start, end);
            scan_names(text, &Units::build(text, start, end, &q), &mut entities);
            start = end + 1;
        }
        let um = Units::build("he", 0, 2, &[]);
        let m = analyse("he", &um, 0, um.len(), None).expect("a mention");
        assert_eq!(
            entities.resolve(&m, text.len() + 1, false).speaker,
            "Ban Ki-moon"
        );
        // A transcript's label is its speaker's name.
        assert_eq!(
            resolved_after("Hillary Clinton: We will win.", "she"),
            "Hillary Clinton"
        );
    }

    #[test]
    fn a_doctrine_named_after_a_leader_is_not_the_leader() {
        let context = "Xi Jinping Thought on the Rule of Law was described as the guideline.";
        assert_eq!(resolved_after(context, "Xi"), "Xi Jinping");
    }

    #[test]
    fn a_place_or_body_after_a_full_name_is_no_part_of_it() {
        for (context, short, full) in [
            (
                "Crowds were thin at the Anna Pike South Carolina victory party.",
                "Pike",
                "Anna Pike",
            ),
            ("He fits into a Mary Cole White House.", "Cole", "Mary Cole"),
        ] {
            assert_eq!(resolved_after(context, short), full, "{context}");
        }
    }

    #[test]
    fn a_heading_in_capitals_run_into_a_name_is_no_part_of_it() {
        let context = "A NEW CHAPTER Anna Pike, head of the harbour board, has long backed it.";
        assert_eq!(resolved_after(context, "Pike"), "Anna Pike");
        // Initials are a name's.
        assert_eq!(
            resolved_after("J K Rowling has long backed it.", "Rowling"),
            "J K Rowling"
        );
    }

    #[test]
    fn a_party_before_a_titled_name_is_not_the_subject() {
        // The person speaks, not the party that describes him: "it" later is not the party.
        let context = "Harlow Council said the meeting was over. Tarn Party peer Lord Vale \
                       called for observers.";
        assert_eq!(resolved_after(context, "It"), "Harlow Council");
        assert_eq!(
            resolved_after("Lord Vale called for observers.", "he"),
            "Lord Vale"
        );
    }

    #[test]
    fn a_body_and_its_role_before_a_name_named_in_passing_give_role_and_employer() {
        // An international body's spokesman: no country, not the story's.
        let r = resolved_in(
            "Hearts hit out at Uefa in Edinburgh. Uefa spokesman Jan Rochat arrived.",
            "he",
        );
        assert_eq!(r.speaker, "Jan Rochat");
        assert_eq!(r.role.as_deref(), Some("spokesman"));
        assert_eq!(r.country.map(|c| c.code), Some(String::new()));
        // The role says no gender: "she" is Ms Berry.
        let r = resolved_in("Police Federation chairman Jan Berry arrived.", "she");
        assert_eq!(r.speaker, "Jan Berry");
        // A person's donor works for no body: "Pate" is the donor.
        let r = resolved_in(
            "Sen. Marco Rubio spoke. Rubio donor Luther Stan Pate IV paid for it.",
            "Pate",
        );
        assert_eq!(r.speaker, "Luther Stan Pate IV");
    }

    #[test]
    fn a_surname_that_opens_a_sentence_as_its_topic_keeps_its_person_salient() {
        let r = resolved_in(
            "For years, Aisha Nabukeera had to travel far. Ambassador Zhang Weiping said China \
             would help. For Nabukeera, the change is personal.",
            "she",
        );
        assert_eq!(r.speaker, "Aisha Nabukeera");
    }

    /// "Japan's Minister for the Environment Kenji Arakawa" named in passing: the country
    /// that owns the title before a portfolio is the holder's, as a demonym before it is.
    #[test]
    fn a_country_owning_a_title_before_a_portfolio_is_the_holder_s() {
        let r = resolved_in(
            "The drills were observed by Japan's Minister for the Environment Kenji Arakawa.",
            "Arakawa",
        );
        assert_eq!(r.speaker, "Kenji Arakawa");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("JP"));
    }

    /// "The Armed Forces of the Philippines (AFP)": an abbreviation the article defined for
    /// another body than the one listed under it is that body's, and its country; a listed
    /// body defined as usual keeps its listed country.
    #[test]
    fn an_abbreviation_defined_for_another_body_is_that_body_s() {
        let r = resolved_in(
            "The Armed Forces of the Philippines (AFP) ended the drills.",
            "AFP spokesperson Teresa Manalo",
        );
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("PH"));
        // (Not China's National Health Commission: the story gives the country.)
        let r = resolved_in(
            "The National Hurricane Center (NHC) issued a warning.",
            "NHC forecaster Dan Brown",
        );
        assert_eq!(r.country, None);
        let r = resolved_in(
            "Broadband grew, said the Institute of Public Policy Research (IPPR).",
            "IPPR director Nick Pearce",
        );
        let c = r.country.expect("a country");
        assert_eq!(
            (c.code.as_str(), c.evidence.as_str()),
            ("GB", "institution IPPR")
        );
    }

    /// "Swedish mobile phone maker Sundvik": a country's adjective before three words that
    /// end in a maker describes the name, as before a company's noun; "the firm" takes it up.
    #[test]
    fn a_country_s_maker_of_three_words_describes_the_name() {
        let r = resolved_in(
            "Shares in Swedish mobile phone maker Sundvik have fallen.",
            "The Stockholm-based firm",
        );
        assert_eq!(r.speaker, "Sundvik");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("SE"));
    }

    /// "The Central Bank of Nigeria unveiled new coins. It said ...": a bank's (or a party's)
    /// name goes on past its "of" as a ministry's does, but not past an "and" before another
    /// body's name.
    #[test]
    fn a_bank_s_name_goes_on_past_of_to_its_place() {
        assert_eq!(
            resolved_after("The Central Bank of Nigeria unveiled new coins.", "It"),
            "Central Bank of Nigeria"
        );
        assert_eq!(
            resolved_after(
                "United Bank of Africa and Standard Trust Bank agreed to merge.",
                "Standard Trust"
            ),
            "Standard Trust Bank"
        );
        // A party's name too: "the Democratic Party of Korea" is no US party.
        let e = scanned("The main opposition Democratic Party of Korea seized on the figures.");
        let party = e
            .list
            .iter()
            .find(|e| e.name.starts_with("Democratic Party"));
        assert_eq!(
            party.map(|e| (e.name.as_str(), e.country.as_ref().map(|c| c.code.as_str()))),
            Some(("Democratic Party of Korea", Some("KR")))
        );
    }

    /// "Fulham's French defender Moreau needed three stitches. He told ...": a name after
    /// an owner's role that opens the sentence is its subject, whom "he" takes up.
    #[test]
    fn a_name_after_an_owner_s_role_is_the_subject() {
        let context = "Boro manager Alan Dorsett said the club would appeal. \
                       Fulham's French defender Pascal Moreau needed three stitches.";
        assert_eq!(resolved_after(context, "He"), "Pascal Moreau");
    }

    /// A movement's, a foundation's or a centre's name goes on past its "for" as a
    /// ministry's does; a fronted cue before it is no part of it.
    #[test]
    fn a_movement_s_name_goes_on_past_for() {
        assert_eq!(
            resolved_after(
                "The Movement for Judicial Integrity filed a petition.",
                "the group"
            ),
            "Movement for Judicial Integrity"
        );
        let e = scanned(
            "Remarked Center for Biological Diversity scientist Tierra Curry, \"It helps.\"",
        );
        assert!(
            e.list.iter().all(|e| !e.name.starts_with("Remarked")),
            "{:?}",
            e.list
        );
    }

    /// "attended by Chinese Ambassador to Saudi Arabia Gao Jianwen" named in passing: the
    /// title's country word is the holder's, the country after its "to" where they serve.
    #[test]
    fn a_title_s_country_before_its_to_is_the_holder_s() {
        let r = resolved_in(
            "The signing was attended by Chinese Ambassador to Saudi Arabia Gao Jianwen.",
            "Gao",
        );
        assert_eq!(r.speaker, "Gao Jianwen");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("CN"));
    }

    /// "China Nanhai Railway Construction Co., Ltd. (CNRC)": a company's suffixes, their
    /// periods and the comma between them stand between its name and its abbreviation,
    /// which then names it (and gives its staff its country).
    #[test]
    fn an_abbreviation_after_a_company_s_suffixes_names_it() {
        let r = resolved_in(
            "The line is built by China Nanhai Railway Construction Co., Ltd. (CNRC) and opens \
             next year.",
            "CNRC manager Wang Lixin",
        );
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("CN"));
    }

    /// "Zhou arrived in Santiago. He told ...": a family name written first
    /// (data/family_names_first.txt), alone as the subject, keeps its person salient.
    #[test]
    fn a_family_name_written_first_alone_as_the_subject_keeps_its_person_salient() {
        let context = "Vice President Zhou Minghai met President Andres Valdivia. Valdivia \
                       thanked him. Zhou arrived in Santiago on Sunday.";
        assert_eq!(resolved_after(context, "He"), "Zhou Minghai");
    }

    /// "such as Telefonica chief Pablo Rivas. ... he announced": a name after its employer
    /// and role is its clause's subject as a bare name is.
    #[test]
    fn a_name_after_its_employer_and_role_may_be_the_subject() {
        let context = "Andres Valdivia spoke first. Speeches were made by leaders, such as \
                       Telefonica chief Pablo Rivas.";
        assert_eq!(resolved_after(context, "he"), "Pablo Rivas");
    }

    #[test]
    fn a_surname_with_a_diacritic_alone_as_the_subject_keeps_its_person_salient() {
        let r = resolved_in(
            "Sergio Almazán beat Pavel Orlov in Doha. Pavel Orlov blamed the wind. Almazán \
             collects $158,000 for the win.",
            "He",
        );
        assert_eq!(r.speaker, "Sergio Almazán");
    }

    #[test]
    fn a_body_s_own_word_owning_a_description_before_a_name_gives_its_country() {
        let r = resolved_in(
            "Indonesia's Ministry of Environment said 4,000 people had been deployed. The \
             ministry's director-general for pollution control, Rina Wulandari, told Malay Mail \
             that it was so.",
            "she",
        );
        assert_eq!(r.speaker, "Rina Wulandari");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("ID"));
    }

    #[test]
    fn an_age_before_a_surname_subject_keeps_its_person_salient() {
        let r = resolved_in(
            "Carolina Ibarra debated. Maria Salcedo watched. The 58-year-old Ibarra did not \
             answer.",
            "she",
        );
        assert_eq!(r.speaker, "Carolina Ibarra");
    }

    #[test]
    fn a_role_before_a_title_opens_the_clause_with_the_name() {
        let r = resolved_in(
            "Celeste Marchetti spoke first. Ranking member Sen. Priya Raman, D-Wash., was \
             unmoved.",
            "She",
        );
        assert_eq!(r.speaker, "Priya Raman");
    }

    #[test]
    fn a_nickname_between_given_name_and_surname_is_left_out() {
        for (s, full) in [
            (
                "Another player, Jimmy \"the Whirlwind\" White, missed lessons.",
                "Jimmy White",
            ),
            ("Antonio \"LA\" Reid runs the label.", "Antonio Reid"),
            ("Their singer, Brian 'Head' Welch, left.", "Brian Welch"),
            // After a title too.
            (
                "Senator Ramon \u{201c}Bong\u{201d} Villarosa denied it.",
                "Ramon Villarosa",
            ),
            (
                "The former Marine John \"Tig\" Tiegen spoke.",
                "John Tiegen",
            ),
            // A given name no lexicon lists, which the nickname shortens.
            (
                "A jury found Ravindra \"Ravi\" Narine guilty.",
                "Ravindra Narine",
            ),
        ] {
            let mut entities = scanned(s);
            let surname = full.split(' ').next_back().unwrap_or_default();
            let mention = format!("Mr {surname}");
            let um = Units::build(&mention, 0, mention.len(), &[]);
            let m = analyse(&mention, &um, 0, um.len(), None).expect("a mention");
            assert_eq!(
                entities.resolve(&m, s.len() + 1, false).speaker,
                full,
                "{s}"
            );
        }
    }

    #[test]
    fn a_caption_s_label_or_occasion_ends_the_name_before_it() {
        for s in [
            "Ron Gunzburger Image: Ron Gunzburger.",
            "Ron Gunzburger Photo: Getty Images.",
        ] {
            assert_eq!(resolved_after(s, "Gunzburger"), "Ron Gunzburger", "{s}");
        }
        let caption = "[Video: President Lena Ortiz Speech at Harbor Forum Watch on YouTube.]";
        assert_eq!(resolved_after(caption, "Ms. Ortiz"), "Lena Ortiz");
        // A person's name before the colon of a transcript's label is kept whole.
        let label = "Ron Gunzburger: We will see.";
        assert_eq!(resolved_after(label, "Gunzburger"), "Ron Gunzburger");
    }

    #[test]
    fn a_party_before_a_role_gives_the_named_person_its_country() {
        for (s, mention, full, code) in [
            (
                "Liberal Democrat leader Charles Kennedy welcomed the result.",
                "Mr Kennedy",
                "Charles Kennedy",
                "GB",
            ),
            (
                "It angered the Republican leader Mitch McConnell.",
                "McConnell",
                "Mitch McConnell",
                "US",
            ),
        ] {
            let r = resolved_in(s, mention);
            assert_eq!(r.speaker, full, "{s}");
            assert_eq!(r.country.map(|c| c.code).as_deref(), Some(code), "{s}");
        }
    }

    #[test]
    fn three_plain_words_before_a_body_s_noun_keep_the_country() {
        let s = "Verbeek has made an offer for UK convenience store chain Corrin Stores.";
        let r = resolved_in(s, "Corrin");
        assert_eq!(r.country.map(|c| c.code).as_deref(), Some("GB"));
        // Not before any other word.
        let s = "Verbeek has made an offer for UK convenience store owner Corrin Stores.";
        let r = resolved_in(s, "Corrin");
        assert_eq!(r.country, None);
    }

    #[test]
    fn a_one_word_name_an_organization_noun_describes_is_that_body() {
        for (s, name) in [
            ("Revenues at media group Reuters slipped.", "Reuters"),
            ("Shares in mining firm Lonmin fell.", "Lonmin"),
        ] {
            let mut entities = scanned(s);
            let mention = "The company";
            let um = Units::build(mention, 0, mention.len(), &[]);
            let m = analyse(mention, &um, 0, um.len(), None).expect("a mention");
            assert_eq!(
                entities.resolve(&m, s.len() + 1, false).speaker,
                name,
                "{s}"
            );
        }
        // A capitalized organization noun is part of a name, not its description.
        assert!(
            scanned("Shares in Mining Group fell.")
                .list
                .iter()
                .all(|e| e.name != "Group")
        );
    }

    #[test]
    fn shares_in_a_name_register_a_company_but_not_a_time_or_place() {
        let has = |s: &str, name: &str| scanned(s).list.iter().any(|e| e.name == name);
        assert!(has("Shares in Cairn Energy rose 6%.", "Cairn Energy"));
        assert!(!has(
            "The firm hopes to sell 4 million shares in March.",
            "March"
        ));
        assert!(!has("Shares in Japan fell sharply.", "Japan"));
    }

    #[test]
    fn a_nickname_at_the_sentence_end_reads_nothing_past_it() {
        for s in [
            "They called him Danny \"the Hammer\"",
            "They called him Danny 'Ham'",
        ] {
            scanned(s);
        }
    }

    #[test]
    fn a_name_after_a_role_s_object_starts_at_its_given_name() {
        let s = "United States Senator from Vermont Bernie Sanders came in second.";
        assert_eq!(resolved_after(s, "Sanders"), "Bernie Sanders");
        let s = "Secretary of State for Health John Reid left early.";
        assert_eq!(resolved_after(s, "Reid"), "John Reid");
    }

    #[test]
    fn a_name_after_an_opening_role_is_the_subject() {
        let s = "Tory co-chairman Liam Fox attacked Tony Blair's record.";
        assert_eq!(resolved_after(s, "he"), "Liam Fox");
        let s = "Wolves chief executive Tom Hale backed the new manager, Rob Kerr.";
        assert_eq!(resolved_after(s, "he"), "Tom Hale");
    }

    #[test]
    fn a_person_introduced_with_a_role_is_whom_he_stands_for() {
        let s = "Bryn Anders spoke first. The plan concerns Tomas Wirth, president of the council.";
        assert_eq!(resolved_after(s, "he"), "Tomas Wirth");
        let s = "Bryn Anders spoke. It echoed Tomas Wirth, the prime minister said.";
        assert_eq!(resolved_after(s, "he"), "Bryn Anders");
    }

    #[test]
    fn a_headline_verb_ends_a_name() {
        let s = "Trump Could Change, Lindsey Graham Says. Graham spoke on Friday.";
        assert_eq!(resolved_after(s, "Graham"), "Lindsey Graham");
        let s = "Why Was Germaine Greer in the House? Greer spoke on Friday.";
        assert_eq!(resolved_after(s, "Greer"), "Germaine Greer");
        // Not the verbs inside a body's name.
        let s = "The United States Navy and Consumer Reports met. Navy spoke.";
        assert_eq!(resolved_after(s, "Navy"), "United States Navy");
    }

    #[test]
    fn the_title_of_a_work_names_no_one() {
        let s = "Tom Reed spoke. His film is called 'No More Mr Nasty'. He said so.";
        assert_eq!(resolved_after(s, "he"), "Tom Reed");
    }

    #[test]
    fn an_abbreviation_stands_for_the_name_it_abbreviates() {
        // Defined in parentheses, even beside a longer name that holds it.
        let s = "Incomes Data Services' (IDS) found that the IDS Pensions Service grew.";
        assert_eq!(resolved_after(s, "IDS"), "Incomes Data Services");
        // Its letters the initials of the name's last words.
        let s = "He thanked the Asian Football Confederation (AFC) for its help.";
        assert_eq!(resolved_after(s, "AFC"), "Asian Football Confederation");
        // Spelled out without a definition.
        let s = "The International Monetary Fund met in Lima.";
        assert_eq!(resolved_after(s, "IMF"), "International Monetary Fund");
        // With the lowercase "of" a department keeps.
        let s = "A destroyer shot down drones, the Ministry of Defence said.";
        assert_eq!(resolved_after(s, "MoD"), "Ministry of Defence");
        // Letters that are no initials define nothing.
        let s = "Senator Chuck Schumer (NY) spoke in Albany.";
        assert_eq!(resolved_after(s, "NY"), "NY");
    }
    #[test]
    fn a_middle_initial_s_period_stays_in_the_name() {
        let text = "With his customary swagger, President Vladimir V. Putin held forth.";
        assert_eq!(resolved_after(text, "he"), "Vladimir V. Putin");
        assert_eq!(resolved_after(text, "Putin"), "Vladimir V. Putin");
        // (A name that ends its sentence with an initial is no part of the next name.)
        let text = "He starred in Jungle Fever and Malcolm X. Attallah Shabazz recalled it.";
        assert_eq!(resolved_after(text, "Shabazz"), "Attallah Shabazz");
    }

    #[test]
    fn a_title_s_period_opens_no_clause() {
        // The object after "Mr." is no subject that "he" takes up; the subject before it is.
        let mut entities = scanned("Ed Schultz met Donald Trump.");
        let later = "Mr. Schultz said he did not support Mr. Trump.";
        let u = Units::build(later, 0, later.len(), &[]);
        scan_names(later, &u, &mut entities);
        let um = Units::build("he", 0, 2, &[]);
        let m = analyse("he", &um, 0, um.len(), None).expect("a mention");
        assert_eq!(entities.resolve(&m, 200, false).speaker, "Ed Schultz");
        // A title that opens its sentence, or its clause, still opens it.
        for text in [
            "Mr. Trump keeps winning.",
            "Former Pennsylvania Gov. Ed Rendell agreed.",
            "It rained, though Dr. Alison Kock has reported a link.",
        ] {
            let u = Units::build(text, 0, text.len(), &[]);
            let run = (0..u.len())
                .find(|&k| u.is_capitalized_word(text, k) && k > 0 && u.words[k - 1] == ".");
            let i = run.expect("a name after a title");
            let j = name_run_end(text, &u, i);
            assert!(opens_clause(text, &u, i, j), "{text}");
        }
    }

    /// "Parmalat, the Italian food group ..., has reported": a one-word name that opens its
    /// sentence, set off before a description a company's noun heads, is the body "the
    /// firm" takes up later; not a sentence's opening word, nor a description owned by a
    /// body.
    #[test]
    fn a_name_set_off_before_a_company_s_description_is_the_company() {
        for (c, m, who) in [
            (
                "Parmalat, the Italian food group at the centre of a scandal, has reported profits.",
                "The firm",
                "Parmalat",
            ),
            (
                "Ford, the US car company, reported higher profits.",
                "the company",
                "Ford",
            ),
        ] {
            assert_eq!(resolved_after(c, m), who, "{c}");
        }
        for c in [
            "However, the firm said it would appeal.",
            "Langford, the agency's top official, spoke.",
        ] {
            assert!(scanned(c).list.is_empty(), "{c}");
        }
    }
}
