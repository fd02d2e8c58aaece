//! The content span: what a frame reports, cut from the segment between frames.
//!
//! A segment loses the frame's punctuation and a leading "that"; an indirect one ends at a
//! semicolon, at the writer's concessive aside, or where the clause holding its frame
//! closes. A lone quotation is direct; words with a quotation are mixed; words alone are
//! indirect.

use super::words::{
    AUXILIARIES, DETERMINERS, MID_ADVERBS, SUBJECT_PRONOUNS, WH_WORDS, between_digits,
    complementizer_at, infinitive_at, is_adverbial_opening, is_p, past_form, s_ending,
    word_before_adverbs,
};
use super::{Frame, QuoteType};
use crate::lexicon::grammar::is_ly_adverb;
use crate::lexicon::{CueKind, LEXICON};
use crate::text::tokens::is_capitalized;
use crate::text::units::{Unit, Units};

/// The byte span and type of content units `a..b`: a lone quotation is its content,
/// direct; words with a quotation are mixed; words alone indirect.
pub(super) fn content_span(units: &Units, a: usize, b: usize) -> (usize, usize, QuoteType) {
    match units.units[a] {
        Unit::Quote(q) if b == a + 1 => (q.content_start, q.content_end, QuoteType::Direct),
        _ => {
            let quotes = units.units[a..b].iter().any(|u| u.is_quote());
            let quote_type = if quotes {
                QuoteType::Mixed
            } else {
                QuoteType::Indirect
            };
            (units.units[a].start(), units.units[b - 1].end(), quote_type)
        }
    }
}

/// Whether unit `i` stands between a parenthesis that opens before it and one that closes
/// after it, both inside `a..b`.
fn inside_parentheses(text: &str, units: &Units, (a, b): (usize, usize), i: usize) -> bool {
    let opened = (a..i)
        .rev()
        .find(|&k| is_p(text, units, k, &["(", ")"]))
        .is_some_and(|k| is_p(text, units, k, &["("]));
    opened
        && (i + 1..b)
            .find(|&k| is_p(text, units, k, &["(", ")"]))
            .is_some_and(|k| is_p(text, units, k, &[")"]))
}

/// The part of an indirect content segment next to its frame, up to a semicolon: the first
/// part when the frame comes before the content, the last when it comes after.
pub(super) fn cut_at_clause_end(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    frame_before: bool,
    embedded: Option<OpenClause>,
) -> (usize, usize) {
    // A semicolon between clauses, not the end of an entity such as "&amp;", nor one inside
    // parentheses ("74.7bn yuan ($9bn; £4.8bn) in 2004").
    let semis = (a..b).filter(|&i| {
        is_p(text, units, i, &[";"])
            && text[units.units[i].end()..].starts_with(char::is_whitespace)
            && !inside_parentheses(text, units, (a, b), i)
    });
    // ", although it may take days to tell": the writer's aside after the paraphrase.
    let concessive = (a..b).filter(|&i| {
        i + 1 < b
            && is_p(text, units, i, &[","])
            && CONCESSIVE.contains(&units.word(i + 1))
            && !speakers_contrast(units, i, b)
    });
    // "which she has said was a mistake, hurt her": the clause that holds the frame closes
    // at its comma, and what follows is the writer's again. (Not the comma of a clause
    // that opens the content: "pledged that, if elected president, he would be ...".)
    let fronted = SUBORDINATORS.contains(&units.word(a));
    let closing = (a..b)
        .filter(|&i| {
            embedded.is_some()
                && i + 1 < b
                && is_p(text, units, i, &[","])
                // ", whose support appeared steady": a relative clause still inside.
                && !["who", "whose", "whom", "which", "where"].contains(&units.word(i + 1))
                && (embedded == Some(OpenClause::Opening) || main_clause_opens(text, units, i + 1))
        })
        .skip(usize::from(fronted));
    // ('While those surveyed said Bush has the "best experience," Trump is ...': a comma
    // inside the closing mark closes the clause as well.)
    let closing_quote = (a..b)
        .filter(|&i| {
            embedded.is_some()
                && i + 1 < b
                && matches!(units.units[i], Unit::Quote(q)
                    if text[q.content_start..q.content_end].ends_with(','))
                && main_clause_opens(text, units, i + 1)
        })
        .map(|i| i + 1);
    let (a2, b2) = if frame_before {
        match semis
            .chain(concessive)
            .chain(closing)
            .chain(closing_quote)
            .min()
        {
            Some(i) => (a, i),
            None => (a, b),
        }
    } else {
        match semis.max() {
            Some(i) => (i + 1, b),
            None => (a, b),
        }
    };
    // Keep the whole segment when the cut leaves too little to be a paraphrase.
    let words = (a2..b2).filter(|&i| units.units[i].is_word()).count();
    // A relative clause's report may be two words ("which he said was flawed, failed").
    if words < if embedded.is_some() { 2 } else { 3 } {
        (a, b)
    } else {
        (a2, b2)
    }
}

/// Where the content `a..b` of a frame with a perfect auxiliary ends when the speaker's own
/// second predicate follows it: "Blunkett has admitted he was wrong ... and has since paid
/// the £180 back", "Labour has said it wants ... and has set up a review": "and", the
/// frame's auxiliary and a participle, with no such auxiliary in the content before ("Mr
/// Howard has said Tony Blair has had the chance ... and has failed" is all reported).
pub(super) fn speakers_own_predicate(
    units: &Units,
    f: &Frame,
    a: usize,
    b: usize,
) -> Option<usize> {
    let lex = &*LEXICON;
    let aux = word_before_adverbs(units, f.start, f.cue_start)
        .filter(|w| ["has", "have", "had"].contains(w))?;
    // ("repaid", "rewritten": a prefixed irregular form too.)
    let participle = |w: &str| {
        w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
            || lex.past_forms.contains(w)
            || w.strip_prefix("re")
                .is_some_and(|v| lex.past_forms.contains(v))
    };
    let k = (a + 1..b.saturating_sub(2)).find(|&k| {
        units.word(k) == "and"
            && units.word(k + 1) == aux
            && (k + 2..(k + 4).min(b))
                .map(|x| units.word(x))
                .find(|w| !is_ly_adverb(w) && !MID_ADVERBS.contains(w) && *w != "since")
                .is_some_and(participle)
    })?;
    (!(a..k).any(|x| units.word(x) == aux)).then_some(k)
}

/// Where a noun-phrase object that a judgement or object cue reports ends before a
/// relative clause set off by a comma: "questioned the health of Donald Trump, who is 70",
/// "questioned the wisdom of committing to Scott, who has never faced ..." (the writer's
/// aside on its last noun; PolNeAR's gold ends there). Only an object with no verb of its
/// own before the comma, and only a clause that runs to the content's end ("urged
/// lawmakers, who return next week, to pass it" goes on).
pub(super) fn object_before_relative(
    text: &str,
    units: &Units,
    f: &Frame,
    a: usize,
    b: usize,
) -> Option<usize> {
    let kind = LEXICON.cues.get(&f.lemma)?.kind;
    if !matches!(kind, CueKind::Object | CueKind::Weak) {
        return None;
    }
    let c = (a + 1..b.saturating_sub(1)).find(|&c| {
        is_p(text, units, c, &[","]) && ["who", "which", "whose"].contains(&units.word(c + 1))
    })?;
    let verbless = (a..c).all(|x| {
        let w = units.word(x);
        !AUXILIARIES.contains(&w) && !past_form(w) && w != "that" && !infinitive_at(text, units, x)
    });
    // (The clause runs to the content's end: "accused Rafael Cruz, who was born in Cuba, of
    // associating with ..." goes on after it.)
    // ("$525,000": a number's comma sets nothing off.)
    let sets_off = |x: usize| is_p(text, units, x, &[","]) && !between_digits(units, x);
    let runs_to_the_end = !(c + 1..b).any(|x| units.word(x) == "to" || sets_off(x));
    (verbless && runs_to_the_end).then_some(c)
}

/// Where the content `a..b` after its frame ends when the speaker's refusal to say more
/// follows it: "said it was seeking acquisitions but refused to comment on specifics",
/// 'said the company "constantly reviews opportunities" but declined to comment', ", but
/// it did not say how many were being sued". Declining is what the speaker did, and the
/// writer reports it; only verbs of giving details count (data/withheld_details.txt), as
/// "said the plan was good but did not go far enough" is all reported.
pub(super) fn details_withheld(text: &str, units: &Units, a: usize, b: usize) -> Option<usize> {
    let k = (a + 2..b).find(|&k| units.word(k) == "but" && refusal_at(units, k + 1))?;
    // (", but ...": the comma is the writer's too.)
    Some(k - usize::from(is_p(text, units, k - 1, &[","])))
}

/// Whether a refusal to give details opens at `k`, after a subject pronoun at most:
/// "declined to comment", "would not say", "wouldn't elaborate".
fn refusal_at(units: &Units, k: usize) -> bool {
    let k = k + usize::from(["he", "she", "it", "they"].contains(&units.word_or_empty(k)));
    let next = units.word_or_empty(k + 1);
    let verb = match units.word_or_empty(k) {
        "declined" | "refused" if next == "to" => k + 2,
        "did" | "does" | "would" | "could" | "will" if ["not", "n't"].contains(&next) => k + 2,
        "didn't" | "doesn't" | "wouldn't" | "couldn't" | "won't" => k + 1,
        _ => return false,
    };
    // ("did not say he had ordered it" tells what was not said; "did not say how many" or
    // "would not say." withholds it.)
    let w = units.word_or_empty(verb);
    let after = units.word_or_empty(verb + 1);
    LEXICON.withheld_details.contains(w)
        && (w != "say"
            || after.is_empty()
            || WH_WORDS.contains(&after)
            || !units.units[verb + 1].is_word())
}

/// Whether a frame is a "who" clause on the noun phrase that opens the sentence ("Barkley,
/// who said he votes democratic, was there").
pub(super) fn opens_with_subject_relative(units: &Units, f: &Frame) -> bool {
    units.words[f.start] == "who"
        && (0..units.len())
            .find(|&k| units.units[k].is_word())
            .is_some_and(|k| {
                f.subject
                    .as_ref()
                    .is_some_and(|m| m.start <= units.units[k].start())
            })
}

/// The clause a frame stands in, when it opened before the frame and closes after its
/// content (see [`frame_in_open_clause`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum OpenClause {
    /// A relative ("which she has said ...") or a subordinate clause that opens the sentence
    /// ("Even as Mr. Obama has said that ..., he sent troops"): its first comma closes it.
    Opening,
    /// A subordinate clause after a leading phrase and its comma ("This spring, when floods
    /// closed the road and Lund threatened to shut the plant, the union met"): a comma
    /// closes it where a main clause follows, not inside a list or an apposition.
    AfterLead,
}

/// The clause a frame stands in, if it opened before the frame and closes after its
/// content. `opening_clause_end` is the first boundary after the sentence's first word.
pub(super) fn frame_in_open_clause(
    text: &str,
    units: &Units,
    f: &Frame,
    opening_clause_end: usize,
) -> Option<OpenClause> {
    if ["which", "whom"].contains(&units.word(f.start)) || opens_with_subject_relative(units, f) {
        return Some(OpenClause::Opening);
    }
    let last_mark = (0..f.start).rev().find(|&k| !units.units[k].is_word());
    // (", and while he said he'd hold a hearing, it's unlikely ...": a conjunction may join
    // the clause to the one before.)
    if let Some(c) = last_mark.filter(|&c| c > 0 && is_p(text, units, c, &[","]))
        && let k = c + usize::from(["and", "but"].contains(&units.word(c + 1)))
        && k + 1 < f.start
        && SUBORDINATORS.contains(&units.word(k + 1))
    {
        return Some(OpenClause::AfterLead);
    }
    let first = (0..f.start).find(|&k| units.units[k].is_word())?;
    // "As one user pointed out, the gap is vast": a bare "as" clause is the frame itself, and
    // the content is the main clause after it; "even as" opens a clause of its own.
    let opener = match units.word(first) {
        "even" => match units.word_or_empty(first + 1) {
            "as" => "even as",
            w => w,
        },
        w => w,
    };
    ((opener == "even as" || SUBORDINATORS.contains(&opener)) && opening_clause_end >= f.start)
        .then_some(OpenClause::Opening)
}

/// Whether the words from unit `k` open a main clause: a determiner, a subject pronoun or a
/// name, and no list ("the union met", "Esper held"; not "Portugal and Spain", "or ISIS").
fn main_clause_opens(text: &str, units: &Units, k: usize) -> bool {
    let w = units.word(k);
    let list = (k + 1..(k + 3).min(units.len())).any(|x| ["and", "or"].contains(&units.word(x)));
    (DETERMINERS.contains(&w)
        || SUBJECT_PRONOUNS.contains(&w)
        || is_capitalized(units.text(text, k, k + 1)))
        && !list
}

/// Whether the ", while" at unit `i` opens a contrast that is still the speaker's, up to
/// `b`: ", while the U.S. will likely see a 2 percent growth rate", ", while reducing its
/// impact" have no cue of their own; ", while 22 percent said ..." reports anew, and ",
/// while others preferred an investigation" is the others' view. (PolNeAR's gold keeps the
/// contrast in 24 paraphrases and leaves it out of 22, nearly all of which have a cue.)
fn speakers_contrast(units: &Units, i: usize, b: usize) -> bool {
    units.word(i + 1) == "while"
        && i + 2 < b
        && !["also", "not", "still", "others", "other"].contains(&units.word(i + 2))
        && (i + 2..b).all(|k| LEXICON.cues.get(units.word(k)).is_none())
}

/// Conjunctions that open a subordinate clause a frame may stand in.
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "when", "if", "because", "since", "whereas", "after", "before",
    "once", "until", "unless",
];

/// Conjunctions that, after a comma, open the writer's own clause rather than more of what
/// was reported.
pub(super) const CONCESSIVE: &[&str] = &["although", "though", "whereas", "while"];

/// Trims frame punctuation and a leading "that" from a content segment.
pub(super) fn trim_content(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    opens_sentence: bool,
) -> Option<(usize, usize)> {
    let (a, b) = trim_span(text, units, a, b)?;
    // (Only a label that opens the sentence: after a cue, "He said Mr Blunkett's integrity
    // remained intact: "..."" reports the clause too.)
    let a = opens_sentence
        .then(|| label_before_quotation(text, units, a, b))
        .flatten()
        .unwrap_or(a);
    if let Some(pronoun) = anaphoric_object(text, units, a, b) {
        return Some(pronoun);
    }
    let has_quote = (a..b).any(|i| units.units[i].is_quote());
    let words = (a..b).filter(|&i| units.units[i].is_word()).count();
    // (An adverbial opening is a few words: most segments are not asked.)
    if !has_quote && (words < 2 || words <= 5 && is_adverbial_opening(units, a, b)) {
        return None;
    }
    Some((a, b))
}

/// 'His final assessment: "It's not quite optimistic," he said', 'What they're saying:
/// "People are rationing ...," Warnock said': a short label and its colon before a
/// quotation that fills the rest of the segment `a..b` are the writer's; the quotation (at
/// the unit returned) is the content.
fn label_before_quotation(text: &str, units: &Units, a: usize, b: usize) -> Option<usize> {
    let open = (a..b).find(|&i| units.units[i].is_quote())?;
    if !(open > a + 1 && is_p(text, units, open - 1, &[":"])) {
        return None;
    }
    let label_words = (a..open).filter(|&i| units.units[i].is_word()).count();
    // A label with a cue is a report of its own ("Mr Peston's book claimed that Mr Brown
    // told Mr Blair: "..."": the book's claim holds the quotation), unless it asks what
    // was said ("What they're saying:", a news site's section label).
    let reports = || {
        units.word(a) != "what"
            && (a..open)
                .any(|i| units.units[i].is_word() && LEXICON.cues.get(units.word(i)).is_some())
    };
    ((1..=6).contains(&label_words)
        && (open + 1..b).all(|i| units.units[i].is_punct())
        && !reports())
    .then_some(open)
}

/// "He disclosed this in a statement on Sunday", "after half said so in the earlier poll",
/// "she had said it in the debate": a pronoun that stands for words reported before is the
/// content, alone (PolNeAR's gold has "so", "it"), and what follows it the frame's time,
/// place or occasion; a one-word content makes no row, so the frame reports nothing new.
/// Only right after the cue and before a preposition or a time, never before a clause
/// ("said this is wrong", "said it would"). The pronoun's unit range.
fn anaphoric_object(text: &str, units: &Units, a: usize, b: usize) -> Option<(usize, usize)> {
    const AFTER: &[&str] = &[
        "in",
        "on",
        "at",
        "during",
        "while",
        "when",
        "after",
        "before",
        "via",
        "through",
        "yesterday",
        "today",
        "last",
        "earlier",
        "recently",
        "again",
        "publicly",
        "repeatedly",
    ];
    let w = units.word(a);
    if !["this", "so", "it"].contains(&w) {
        return None;
    }
    // (Right after its cue, in lower case: "So, I think ..." opens a quotation.)
    let after_cue = a > 0
        && units.units[a - 1].is_word()
        && LEXICON.cues.get(units.word(a - 1)).is_some()
        && units
            .text(text, a, a + 1)
            .starts_with(|c: char| c.is_lowercase());
    if !after_cue {
        return None;
    }
    let next_is_adverbial = a + 1 < b
        && units.units[a + 1].is_word()
        && AFTER.contains(&units.word(a + 1))
        && (w != "it" || ["in", "on", "at", "during"].contains(&units.word(a + 1)));
    next_is_adverbial.then_some((a, a + 1))
}

/// [`trim_content`] with no least length: what is left of units `a..b` once the frame's
/// punctuation, a leading "that" and a joining conjunction are trimmed.
pub(super) fn trim_span(text: &str, units: &Units, a: usize, b: usize) -> Option<(usize, usize)> {
    let a = trimmed_start(text, units, a, b);
    let b = before_trailing_clause(text, units, a, b);
    let b = trimmed_end(text, units, a, b);
    (a < b).then_some((a, b))
}

/// Where the content `a..b` opens once the frame's punctuation, a complementizer "that" and
/// an adverb before a colon are passed.
fn trimmed_start(text: &str, units: &Units, mut a: usize, b: usize) -> usize {
    loop {
        // (A currency sign opens the content it belongs to: "$1.1bn a year was spent".)
        while a < b
            && units.units[a].is_punct()
            && !is_p(text, units, a, &["(", "[", "$", "£", "€", "¥"])
        {
            a += 1;
        }
        // A sentence never opens with the complementizer: "That would create ..., said X".
        // ("That's according to exit polls" still points back, as before; so does "That"
        // after a transcript's label: "KAINE: That is not true.")
        // After a cue, "that's" is a demonstrative's "that is", no complementizer: "Trump
        // brags that's good news" reports "that's good news".
        let next = units.word_or_empty(a + 1);
        if a < b
            && units.words[a] == "that"
            && !(a > 0 && is_p(text, units, a - 1, &[":"]))
            && (a > 0 && complementizer_at(units, a) || a == 0 && ["'s", "is"].contains(&next))
        {
            a += 1;
            continue;
        }
        // "insisted publicly that ...", "said only that ...", "told reporters privately
        // that ...": an adverb between the cue and its complementizer is the frame's.
        if a + 2 < b
            && a > 0
            && units.units[a - 1].is_word()
            && adverb_before_that(units.word(a))
            && complementizer_at(units, a + 1)
        {
            a += 1;
            continue;
        }
        // "said only: "...", "said flatly: "...", "wrote back: "...": an adverb or a
        // particle between the cue and its colon is the frame's, and the quotation is the
        // content.
        if a + 2 < b
            && units.units[a].is_word()
            && units.units[a + 2].is_quote()
            && is_p(text, units, a + 1, &[":"])
            // (Right after the cue word: "Trump: "..."" opens a label's line.)
            && a > 0
            && units.units[a - 1].is_word()
            && units.text(text, a, a + 1).starts_with(|c: char| c.is_ascii_lowercase())
        {
            a += 2;
            continue;
        }
        break;
    }
    a
}

/// Whether `w` is an adverb that may stand between a cue and "that": one in -ly (see
/// [`is_ly_adverb`]) but for the adjectives so spelled ("said early that day"), or one of
/// time or degree.
fn adverb_before_that(w: &str) -> bool {
    const LY_ADJECTIVES: &[&str] = &[
        "early", "likely", "holy", "yearly", "friendly", "lonely", "elderly",
    ];
    const ADVERBS: &[&str] = &[
        "only",
        "again",
        "also",
        "earlier",
        "later",
        "afterwards",
        "afterward",
        "too",
        "then",
        "once",
        "yesterday",
        "today",
    ];
    ADVERBS.contains(&w) || is_ly_adverb(w) && !LY_ADJECTIVES.contains(&w)
}

/// Where the content `a..b` ends before a clause of the writer's that follows it: one that
/// runs into the next frame, or a noun that sums the report up.
fn before_trailing_clause(text: &str, units: &Units, a: usize, mut b: usize) -> usize {
    // "denied Mr Brown made that quote, and before he left for Africa on Tuesday the
    // chancellor told ...": a subordinate clause after ", and" that runs into the next
    // frame's subject with no comma is that frame's, not the content's.
    // (Only the last comma or semicolon can be that one: none may follow it.)
    if b < units.len()
        && units.units[b].is_word()
        && let Some(c) = last_clause_comma(text, units, a, b)
        && c + 2 < b
        && ["and", "but"].contains(&units.word(c + 1))
        && SUBORDINATORS.contains(&units.word(c + 2))
    {
        b = c;
    }
    // "India accused Pakistan of violating a ceasefire, a charge Islamabad denied", "said
    // the army had fired first, an allegation the minister rejected": the noun that sums the
    // report up, and its answer, are no content. (Punctuation is asked first: most units
    // are words.)
    if let Some(c) = (a + 1..b.saturating_sub(2)).find(|&c| {
        !units.units[c].is_word()
            && is_p(text, units, c, &[","])
            && super::subject::charge_noun_at(units, c + 1)
    }) {
        b = c;
    }
    // The writer's clauses after the last comma, in turn: the comma is found once, and
    // again only once a clause is cut (each content span is trimmed so).
    const WRITERS_CLAUSES: [WritersClause; 3] = [
        writers_as_clause,
        writers_participle_clause,
        writers_summary,
    ];
    let mut comma = last_clause_comma(text, units, a, b);
    for writers in WRITERS_CLAUSES {
        if let Some(c) = comma
            && writers(text, units, (a, c, b))
        {
            b = c;
            comma = last_clause_comma(text, units, a, b);
        }
    }
    b
}

/// A test of the writer's clause after a content's last comma: (start, comma, end) in units.
type WritersClause = fn(&str, &Units, (usize, usize, usize)) -> bool;

/// "said the state would appeal the ruling, a move that could take months", "said the bill
/// went too far, a concern echoed by civil rights groups": after the last comma of a
/// paraphrase and outside any quotation, "a" or "an", up to two words, a noun of
/// data/summary_nouns.txt and "that", "which" or a past participle sum the statement up in
/// the writer's words. `c` is the content's last clause comma.
fn writers_summary(text: &str, units: &Units, (a, c, b): (usize, usize, usize)) -> bool {
    if !["a", "an"].contains(&units.word_or_empty(c + 1)) {
        return false;
    }
    let Some(noun) =
        (c + 2..(c + 5).min(b)).find(|&k| LEXICON.summary_nouns.contains(units.word(k)))
    else {
        return false;
    };
    let after = units.word_or_empty(noun + 1);
    // ("..., an apparent reference to disputes over wartime labor": what a statement refers
    // to is the writer's reading of it; "a move to protect voters" may be the speaker's.)
    let refers = after == "to" && REFERENCE_NOUNS.contains(&units.word(noun));
    let sums_up = ["that", "which"].contains(&after)
        || refers
        || after.len() > 4 && after.ends_with("ed") && !AUXILIARIES.contains(after);
    sums_up
        && (c + 2..noun).all(|k| units.units[k].is_word())
        && outside_quotations(text, units, (a, c, b))
}

/// Summary nouns whose "to" opens the writer's reading of a statement ("..., a reference to
/// thousands of emails leaked last week"), as "that" does after any of them.
const REFERENCE_NOUNS: &[&str] = &["reference", "allusion"];

/// "said he would impose tariffs to pay for a border wall, drawing a sharp rebuke from
/// Mexico's top diplomat": a participle of data/writers_participles.txt after the last comma
/// of a paraphrase, outside any quotation, opens the writer's comment on the statement.
/// `c` is the content's last clause comma.
fn writers_participle_clause(text: &str, units: &Units, (a, c, b): (usize, usize, usize)) -> bool {
    LEXICON
        .writers_participles
        .contains(units.word_or_empty(c + 1))
        && c + 2 < b
        && outside_quotations(text, units, (a, c, b))
}

/// The comma that sets off the last clause of the content `a..b`, unless a semicolon stands
/// after it.
fn last_clause_comma(text: &str, units: &Units, a: usize, b: usize) -> Option<usize> {
    (a + 1..b)
        .rev()
        .find(|&c| is_p(text, units, c, &[",", ";"]))
        .filter(|&c| is_p(text, units, c, &[","]))
}

/// Whether the clause `c..b` after a content's opening `a..c` stands outside any quotation:
/// it holds no mark, and those before it are closed.
fn outside_quotations(text: &str, units: &Units, (a, c, b): (usize, usize, usize)) -> bool {
    let marks = |s: &str| {
        s.chars()
            .filter(|ch| ['"', '\u{201c}', '\u{201d}'].contains(ch))
            .count()
    };
    marks(units.text(text, a, c)) % 2 == 0 && marks(units.text(text, c, b)) == 0
}

/// "insisted that controls had reduced migration, as his government extended them", "said
/// Argentina would meet the target, as markets braced for the Fund's review": a clause of
/// "as", a short subject and a verb in the simple past, after the last comma of a paraphrase
/// and outside any quotation, is the writer's scene, not the speaker's words. (With an
/// auxiliary the clause gives a reason the speaker may give: "as the promised benefits were
/// much larger than ...".) `c` is the content's last clause comma.
fn writers_as_clause(text: &str, units: &Units, (a, c, b): (usize, usize, usize)) -> bool {
    if units.word_or_empty(c + 1) != "as" || !outside_quotations(text, units, (a, c, b)) {
        return false;
    }
    let first = c + 2;
    // The clause's subject opens with a determiner, a subject pronoun, a capital or a bare
    // plural ("as markets braced", "as prices rose").
    let opens = |w: &str| {
        [
            "the", "a", "an", "his", "her", "its", "their", "he", "she", "they",
        ]
        .contains(&w)
            || s_ending(w) && !AUXILIARIES.contains(&w)
    };
    if first >= b || !(opens(units.word(first)) || units.is_capitalized_word(text, first)) {
        return false;
    }
    let verb = (first + 1..b.min(first + 6)).find(|&k| {
        let w = units.word(k);
        units.units[k].is_word()
            && !is_capitalized(units.text(text, k, k + 1))
            && !AUXILIARIES.contains(&w)
            && past_form(w)
    });
    verb.is_some_and(|verb| {
        verb + 1 < b
            && (first..verb)
                .all(|k| units.units[k].is_word() && !AUXILIARIES.contains(&units.word(k)))
    })
}

/// Where the content `a..b` ends once trailing punctuation and a joining conjunction are
/// trimmed.
fn trimmed_end(text: &str, units: &Units, a: usize, mut b: usize) -> usize {
    loop {
        while b > a
            && units.units[b - 1].is_punct()
            // (A percent sign ends its number: "prices rose 5%".)
            && !is_p(text, units, b - 1, &[")", "]", "?", "!", "%"])
        {
            b -= 1;
        }
        // "X said A, and Y said B", "A, as some predicted": the conjunction before the next
        // frame joins the sentences, not the content.
        if b > a + 2
            && ["and", "but", "as"].contains(&units.word(b - 1))
            && is_p(text, units, b - 2, &[",", ";"])
        {
            b -= 2;
            continue;
        }
        // "Halifax said prices rose by 0.8% in January and Nationwide reported ...": an "and"
        // with no comma before the next frame is no content's last word either.
        if b > a + 2 && ["and", "but", "or"].contains(&units.word(b - 1)) {
            b -= 1;
            continue;
        }
        break;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_writer_s_as_clause_after_a_paraphrase_is_no_content() {
        let r = run("He said rates would hold, as markets braced for the review.");
        assert_eq!(r[0].0, "rates would hold");
        // (With an auxiliary, a reason the speaker may give.)
        let r = run("He said it was safe, as the papers had been handed in.");
        assert_eq!(r[0].0, "it was safe, as the papers had been handed in");
    }

    /// "said the state would appeal, a move that could take months": the writer's summing
    /// up after the last comma is no content; a quotation's, or a noun with no clause after
    /// it, is.
    #[test]
    fn a_writer_s_summing_up_after_a_paraphrase_is_no_content() {
        for s in [
            "She said the state would appeal the ruling, a move that could take months.",
            "She said the state would appeal the ruling, a concern echoed by civil rights groups.",
            "She said the state would appeal the ruling, a largely symbolic step which few expect.",
            "She said the state would appeal the ruling, an apparent reference to the new map.",
        ] {
            assert_eq!(run(s)[0].0, "the state would appeal the ruling", "{s}");
        }
        for (s, content) in [
            (
                "She said the state would appeal the ruling, a move to protect voters.",
                "the state would appeal the ruling, a move to protect voters",
            ),
            (
                "She said the ruling was \"a move that hurts families.\"",
                "the ruling was \"a move that hurts families.\"",
            ),
        ] {
            assert_eq!(run(s)[0].0, content, "{s}");
        }
    }

    #[test]
    fn an_adverb_between_the_cue_and_that_is_the_frame_s() {
        for (w, yes) in [
            ("publicly", true),
            ("only", true),
            ("bitterly", true),
            ("early", false),
            ("family", false),
        ] {
            assert_eq!(super::adverb_before_that(w), yes, "{w}");
        }
    }

    #[test]
    fn a_pronoun_for_words_reported_before_reports_nothing_new() {
        for s in [
            "The company's spokesman disclosed this in a statement on Sunday in Abuja.",
            "Putin said this during the summit hosted by Russia via video conference.",
            "Six in 10 agree, after half said so in the earlier poll.",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
        // A clause after the pronoun is the content.
        let r = run("He said this is the wrong plan for the city.");
        assert_eq!(r[0].0, "this is the wrong plan for the city");
        let r = run("She said it would cost too much.");
        assert_eq!(r[0].0, "it would cost too much");
    }

    #[test]
    fn a_label_before_a_quotation_is_the_writer_s() {
        for s in [
            "His final assessment: \"It is not quite optimistic,\" he said.",
            "What they're saying: \"It is not quite optimistic,\" Warnock said.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(
                (r[0].0.as_str(), r[0].1),
                ("It is not quite optimistic,", "direct")
            );
        }
        // A label that reports, and a clause after the cue, stay in the content.
        for (s, content) in [
            (
                "The book claimed Brown told Blair: \"I cannot believe you,\" the paper said.",
                "The book claimed Brown told Blair: \"I cannot believe you,\"",
            ),
            (
                "He said the minister remained honest: \"He asked for the inquiry.\"",
                "the minister remained honest: \"He asked for the inquiry.\"",
            ),
        ] {
            let r = run(s);
            assert!(r.iter().any(|x| x.0 == content), "{s}: {r:?}");
        }
    }

    #[test]
    fn a_refusal_to_give_details_ends_the_paraphrase() {
        for (s, content) in [
            (
                "The firm said it was seeking acquisitions but refused to comment on specifics.",
                "it was seeking acquisitions",
            ),
            (
                "The regulator said it had opened an inquiry, but it would not say how many firms were involved.",
                "it had opened an inquiry",
            ),
            (
                "Two players said they would quit in May, but did not give a reason.",
                "they would quit in May",
            ),
            (
                "A spokesman said the firm \"keeps every option open\" but wouldn't elaborate.",
                "the firm \"keeps every option open\"",
            ),
            // What was not said is reported, and other verbs go on with the content.
            (
                "The paper reported that the prince accepted blame but did not say he had ordered it.",
                "the prince accepted blame but did not say he had ordered it",
            ),
            (
                "The union said the plan was a good start but did not go far enough.",
                "the plan was a good start but did not go far enough",
            ),
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, content, "{s}");
        }
    }

    #[test]
    fn the_speakers_own_second_predicate_is_no_content() {
        for (s, content) in [
            (
                "Blunkett has admitted he was wrong to give the tickets and has since paid the money back.",
                "he was wrong to give the tickets",
            ),
            (
                "The commissioner has voiced concern and has issued guidelines on the phones.",
                "concern",
            ),
            // The content's own perfect goes on in it.
            (
                "Howard has said Blair has had the chance to tackle the problems and has failed.",
                "Blair has had the chance to tackle the problems and has failed",
            ),
            // Without the frame's auxiliary the second predicate may be the content's.
            (
                "The senator noted the inquiry is nearing two years and has spent $6 million.",
                "the inquiry is nearing two years and has spent $6 million",
            ),
        ] {
            assert_eq!(run(s)[0].0, content, "{s}");
        }
    }

    #[test]
    fn a_word_between_the_cue_and_its_colon_is_the_frames() {
        let r = run("At first he said only: \"I have nothing to add.\"");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "I have nothing to add.");
        let r = run("Ms. Abedin wrote back: \"We all have him on our radar.\"");
        assert_eq!(r[0].0, "We all have him on our radar.");
    }

    #[test]
    fn a_conjunction_before_the_next_frame_is_no_content() {
        let r = run("Halifax said prices rose by 0.8% in January and Nationwide reported a rise.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].0, "prices rose by 0.8% in January");
        let r = run(
            "Mr Blair said the UK would join where it suited it but Mr Howard said it would not.",
        );
        assert_eq!(r[0].0, "the UK would join where it suited it");
    }

    #[test]
    fn a_demonstratives_contraction_after_the_cue_is_content() {
        let r = run("Trump brags that's good news for Republicans.");
        assert_eq!(r[0].0, "that's good news for Republicans");
        let r = run("Monte Shaw said that\u{2019}s what he would expect.");
        assert_eq!(r[0].0, "that\u{2019}s what he would expect");
        // The complementizer still goes: "said that the plan failed".
        assert_eq!(
            run("She said that the plan failed.")[0].0,
            "the plan failed"
        );
    }

    #[test]
    fn a_subordinate_clause_after_a_conjunction_ends_at_its_comma() {
        let r = run("The plan is crucial, and while he said he'd hold a hearing, it's unlikely.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "he'd hold a hearing");
        let r = run("The plan is crucial, but when she says it is dead, it is dead.");
        assert_eq!(r[0].0, "it is dead");
    }

    #[test]
    fn content_inside_a_clause_ends_with_the_clause() {
        let r = run("The vote, which she has repeatedly said was a mistake, hurt her.");
        assert_eq!(r[0].0, "was a mistake");
        let r = run("Even as Mr. Obama has said that he opposes the plan, he sent troops.");
        assert_eq!(r[0].0, "he opposes the plan");
        let r = run("Although Trump has admitted using the tax code, he does not defend it.");
        assert_eq!(r[0].0, "using the tax code");
        // A bare "as" clause is the frame of the main clause after it.
        let r = run("As one user pointed out, the gap between the two is vast.");
        assert_eq!(r[0].0, "the gap between the two is vast");
        // A relative clause after the comma is still part of the content.
        let r = run(
            "After aides insisted that he would not be pigeonholed to reach voters, whose support was steady, he went.",
        );
        assert!(r[0].0.ends_with("whose support was steady"), "{}", r[0].0);
        // After a leading phrase and its comma, the clause closes where a main clause opens,
        // not inside a list or an apposition.
        let r = run("However, while the club says it is on course, it has lost two sponsors.");
        assert_eq!(r[0].0, "it is on course");
        let r = run(
            "In May, while rivals called for a wider effort to stop the Front, also known as the \
             FN, Lund kept quiet.",
        );
        assert_eq!(
            r[0].0,
            "a wider effort to stop the Front, also known as the FN"
        );
    }

    #[test]
    fn content_ends_at_a_clause_of_the_writer() {
        let r = run(
            "Republicans said the timing was not intentional; they only learned of it on Friday.",
        );
        assert_eq!(r[0].0, "the timing was not intentional");
        let r = run(
            "The latest test, the agency said, was its biggest yet, although it may take days to tell.",
        );
        assert_eq!(r[0].0, "The latest test");
        assert_eq!(r[1].0, "was its biggest yet");
        // A contrast with no cue of its own is still the speaker's; one with a cue reports
        // anew.
        let r = run("He said China expects 6.5 percent growth, while the U.S. will see 2 percent.");
        assert_eq!(
            r[0].0,
            "China expects 6.5 percent growth, while the U.S. will see 2 percent"
        );
        let r = run(
            "Most said they back the plan, while 22 percent said they might change their mind.",
        );
        assert_eq!(r[0].0, "they back the plan");
        // An entity's semicolon is no clause boundary.
        let r =
            run("Meng said China has signed 201 B&amp;R cooperation documents with 138 countries.");
        assert_eq!(
            r[0].0,
            "China has signed 201 B&amp;R cooperation documents with 138 countries"
        );
    }

    /// A percent sign ends its number and a currency sign opens its sum inside the content.
    #[test]
    fn signs_of_numbers_stay_in_the_content() {
        let r = run("Prices rose 5%, the company said.");
        assert_eq!(r[0].0, "Prices rose 5%");
        let r = run("The firm said \u{a3}100m was spent.");
        assert_eq!(r[0].0, "\u{a3}100m was spent");
        let r = run("The firm said $100m was spent.");
        assert_eq!(r[0].0, "$100m was spent");
    }
}
