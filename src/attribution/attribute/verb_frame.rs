//! A cue verb's frame: who the subject is and where it stands.
//!
//! The subject stands before the cue ("Li said", "the USFK has said", "Proponents of the
//! bill, however, say"), after it ("said Brad Bannon, a pollster"), or nowhere, when a
//! participle (", adding") or a coordinated verb ("and stressed") shares the sentence's
//! speaker. Passives ("was told") make the subject the hearer and are no frame; a relative
//! ("which she said") reports through the clause it opens.

use super::extent::{DAY_PARTS, TIME_UNITS, direction_after, extend_frame, skip_time};
use super::frames::{OBJECT_PREPOSITIONS, clause_at, goes_on_to};
use super::scene::{
    ADJUNCT_PREPOSITIONS, addressee_only, clause_free, scene_after_quote, short_title, words_in,
};
use super::subject::{
    PARENTHETICALS, POSTMODIFIERS, PP_AFTER_HEAD, SubjectSpan, left_subject, np_left,
    party_and_state, plausible_head, portfolio_list_start, pronoun_alone, speaker_head,
};
use super::words::{
    ARTICLES_AND_OWNERS, AUXILIARIES, DETERMINERS, FINITE_BE_HAVE, MID_ADVERBS, MODALS,
    PERSON_SUBJECTS, auxiliary_at, boundary_punct, clause_end_from, contracted_is_at,
    infinitive_at, is_adverbial_link, is_ing, is_linking_phrase, is_p, is_time_or_place_word,
    past_verb_at, s_ending,
};
use super::{Direction, Frame};
use crate::attribution::speakers::{self, SpeakerMention, SpeakerType};
use crate::lexicon::grammar::WordList;
use crate::lexicon::grammar::{
    MONTHS, OPENING_PLACE_PREPOSITIONS, SCENE_PREPOSITIONS, fronts_an_inversion, is_day_word,
    is_ly_adverb,
};
use crate::lexicon::{CueKind, LEXICON};
use crate::text::tokens::is_capitalized;
use crate::text::units::{Unit, Units};

/// Nouns after "in the" / "on the" that say how or when something was said, not where the
/// source stands ("said an aide on the phone", "in the interview", "on the condition"); the
/// parts of a day and spans of time are extent.rs's.
const NOT_A_PLACE: WordList = WordList::new(&[
    "phone",
    "telephone",
    "interview",
    "statement",
    "call",
    "condition",
    "record",
    "radio",
    "programme",
    "program",
    "show",
    "podcast",
    "briefing",
    "letter",
    "email",
    "day",
    "past",
    "end",
    "meantime",
    "way",
]);

/// Words skipped between a subject and its cue ("Li also said", "the USFK has said").
pub(super) const BETWEEN: WordList = WordList::new(&[
    "also",
    "meanwhile",
    "however",
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "may",
    "might",
    "further",
    "sometimes",
    "often",
    "always",
    "then",
    "again",
    "now",
    "all",
    "later",
    "earlier",
    "afterwards",
    "afterward",
    "once",
    "previously",
    "repeatedly",
    "reportedly",
    "publicly",
    "recently",
    "separately",
    "jointly",
    "specifically",
    "clearly",
    "strongly",
    "firmly",
    "explicitly",
    "officially",
    "simply",
    "just",
    "only",
    "even",
    "still",
    "already",
    "is",
    "was",
    "are",
    "were",
    "been",
    "being",
    "not",
    "never",
    "often",
    "frequently",
    "openly",
    "privately",
    "bluntly",
    "flatly",
    "initially",
    "subsequently",
    "finally",
    "first",
    "on",
    "last",
    "this",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "late",
    "do",
    "does",
    "did",
]);

/// Words that are no plain noun before the "the" that opens a clause with no "that"
/// ("a plan the minister says"), besides the prepositions of [`ADJUNCT_PREPOSITIONS`],
/// [`OBJECT_PREPOSITIONS`], [`OPENING_PLACE_PREPOSITIONS`] and [`SCENE_PREPOSITIONS`]:
/// conjunctions, relatives, quantifiers, other prepositions, and "get" ("companies get
/// their message across").
const NO_NOUN_BEFORE_THE: WordList = WordList::new(&[
    "to",
    "for",
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "all",
    "both",
    "around",
    "onto",
    "per",
    "along",
    "beside",
    "besides",
    "beneath",
    "above",
    "below",
    "unlike",
    "alongside",
    "amongst",
    "concerning",
    "versus",
    "past",
    "until",
    "till",
    "off",
    "out",
    "up",
    "down",
    "get",
    "gets",
    "got",
]);

/// Words that cannot end a statement, as they want what follows them: a preposition, an
/// infinitive's "to", an article.
const WANTS_AN_OBJECT: &[&str] = &[
    "to", "of", "for", "with", "from", "by", "at", "into", "the", "a", "an",
];

/// Third-person cue forms that are never plural nouns, so need no source word before them
/// ("The billionaire magnate says"), unlike "states", "reports" or "tweets".
pub(super) const VERB_ONLY_S_FORMS: &[&str] = &[
    "says",
    "tells",
    "adds",
    "writes",
    "explains",
    "argues",
    "insists",
    "warns",
    "asks",
    "recalls",
    "acknowledges",
    "admits",
    "contends",
    "maintains",
    "predicts",
    "suggests",
    "declares",
    "announces",
    "emphasizes",
    "testifies",
    "concedes",
    "replies",
    "responds",
];

/// Words that may not be, or end, a subject.
pub(super) const NOT_SUBJECT: &[&str] =
    &["there", "this", "what", "which", "who", "that", "as", "is"];

/// The frame of the cue verb at unit `i` (its words end at `cue_end`): its subject before
/// it, shared with the verb it is coordinated with, a relative pronoun's antecedent, or
/// the name after it. `floor` is where the frame before it ends; `nested_at`, where the
/// content of the report this cue stands inside starts, if any.
pub(super) fn verb_frame(
    text: &str,
    units: &Units,
    i: usize,
    cue_end: usize,
    floor: usize,
    lemma: &str,
    nested_at: Option<usize>,
) -> Option<Frame> {
    let site = CueSite {
        text,
        units,
        i,
        cue_end,
        floor,
        lemma,
        nested_at,
    };
    let j = site.subject_end();
    if site.is_passive(j) {
        return None;
    }
    // Coordinated verb sharing the subject: "... and stressed that", "... but noted that".
    if j > floor && ["and", "but"].contains(&units.word(j - 1)) {
        return site.coordinated_frame(j);
    }
    // "an architect who said he was stiffed": the relative pronoun stands for the noun before.
    if j > floor + 1 && ["who", "which"].contains(&units.word(j - 1)) {
        return site.relative_frame(j);
    }
    // ", forcing her to fend off both rivals, said Brad Bannon, a pollster": the phrase between
    // the commas is a clause, and the name after the cue is the speaker.
    // ("Emma Lockwood, managing director, told Gulf News:": the name after "told" is the
    // hearer, never an inverted speaker, so the -ing phrase before stays an apposition.)
    let inverted_name = j == i
        && lemma != "tell"
        && i > floor
        && is_p(text, units, i - 1, &[","])
        && inverted_name_follows(text, units, cue_end);
    if let Some(f) = site.name_before_stray_comma(j) {
        return Some(f);
    }
    if site.inverted_before_any_subject(j) {
        return site.inverted_frame();
    }
    if let Some(span) = site.source_kept_anonymous(j) {
        return site.frame_after_subject(span);
    }
    let left = left_subject(text, units, j, floor).filter(|&(_, _, appo)| {
        !(inverted_name && appo.is_some_and(|(x, _)| is_ing(&units.words[x])))
    });
    if let Some(span) = left {
        // ("The man who drove the car said": the noun phrase before the cue is the relative
        // clause's object, which cannot speak; the subject stands before "who".)
        return site
            .frame_after_subject(span)
            .or_else(|| site.frame_after_subject(site.subject_before_relative(j, true)?));
    }
    if let Some(span) = site.subject_before_relative(j, false) {
        return site.frame_after_subject(span);
    }
    site.frame_without_subject()
}

/// Whether the cue at unit `i`, after an "and", is a noun: in its bare form before an
/// "-ing" word or a preposition ("with both production and demand picking up", "the
/// balance between supply and demand in the market"), where a verb sharing the subject has
/// its object or its clause ("and demand higher pay", "and say it has").
fn bare_noun_after_and(units: &Units, i: usize, cue_end: usize, lemma: &str) -> bool {
    units.word(i) == lemma
        && units.words.get(cue_end).is_some_and(|w| {
            is_ing(w) && LEXICON.cues.get(w).is_none()
                || ["in", "on", "at", "from", "of", "for"].contains(&&**w)
        })
}

/// Whether the cue at unit `i`, in its bare form after the "and" or comma that ends
/// `floor..j`, goes on with an infinitive of the content before it: "said that China will
/// continue to open up its market and welcome German companies" (a verb sharing the
/// reporter's subject would agree with "said"). A modal or "to" after the last frame shows
/// the infinitive.
fn infinitive_goes_on(
    text: &str,
    units: &Units,
    (floor, j): (usize, usize),
    i: usize,
    lemma: &str,
) -> bool {
    units.word(i) == lemma
        && floor > 0
        && (floor..j - 1)
            .rev()
            .take_while(|&k| !boundary_punct(text, units, k))
            .any(|k| units.word(k) == "to" || MODALS.contains(&units.word(k)))
}

/// A cue verb in its sentence, and what bounds its frame (see [`verb_frame`]).
struct CueSite<'a, 'u> {
    text: &'a str,
    units: &'a Units<'u>,
    /// The cue's first unit.
    i: usize,
    cue_end: usize,
    floor: usize,
    lemma: &'a str,
    nested_at: Option<usize>,
}

impl CueSite<'_, '_> {
    /// The frame of a verb coordinated with one before it, whose subject it shares ("...
    /// and stressed that", "... but noted that"), `j` being where the subject would end:
    /// none when the cue is a noun after "and" or a bare form in a list of infinitives.
    fn coordinated_frame(&self, j: usize) -> Option<Frame> {
        let (text, units, i) = (self.text, self.units, self.i);
        if bare_noun_after_and(units, i, self.cue_end, self.lemma)
            || infinitive_goes_on(text, units, (self.floor, j), i, self.lemma)
        {
            return None;
        }
        Some(self.frame(j - 1, self.extent(), None, true, Direction::Following))
    }

    /// The frame of a cue with no subject before it: an inversion after a quotation or a
    /// comma, or one that opens the sentence.
    fn frame_without_subject(&self) -> Option<Frame> {
        let (text, units, i, floor, lemma) =
            (self.text, self.units, self.i, self.floor, self.lemma);
        // Inversion: '"...," said Li Sihu, chief designer.' / '..., says the report.'
        // (Not a bare form in a list of infinitives: "urged all parties to exercise restraint,
        // observe the ceasefire and stop attacks".)
        if i > floor
            && (units.units[i - 1].is_quote() || is_p(text, units, i - 1, &[",", "\u{2014}"]))
            && !(is_p(text, units, i - 1, &[","])
                && infinitive_goes_on(text, units, (floor, i), i, lemma))
        {
            return self.inverted_frame();
        }
        // 'Said Ellis: "..."', "Added Mr Fogg, ...": an inversion that opens the sentence
        // reports what follows.
        if i == 0
            && is_capitalized(units.text(text, i, i + 1))
            && fronts_an_inversion(lemma, &units.words[i])
        {
            return self.fronted_frame();
        }
        None
    }

    /// Whether the cue is an inversion whatever stands before it (`j` is where the subject
    /// would end). "..., in particular the UK, France and Spain, said the report.": a short
    /// description of a body, document or role after "said" that ends the sentence is the
    /// inverted speaker, not the content of a subject before the comma ("told the delegates"
    /// names the hearer, "said the bid undervalued it" a clause). "''... 'We'll bomb
    /// them,''' said Senator McCain": NYT's closing of a quotation inside a quotation leaves
    /// the inner one's apostrophe between the quotation and the inversion.
    fn inverted_before_any_subject(&self, j: usize) -> bool {
        let (text, units, i, cue_end, floor) =
            (self.text, self.units, self.i, self.cue_end, self.floor);
        let description_closes = || {
            let end = clause_end_from(text, units, cue_end);
            let lex = &*LEXICON;
            let head = units.word(end - 1);
            self.lemma == "say"
                && ["the", "a", "an"].contains(&units.word_or_empty(cue_end))
                && end - cue_end <= 4
                && (end == units.len() || end + 1 == units.len() && is_p(text, units, end, &["."]))
                && (lex.document_nouns.get(head).is_some()
                    || lex.org_words.contains(head)
                    || lex.roles.get(head).is_some())
        };
        let after_comma = j == i && i > floor && is_p(text, units, i - 1, &[","]);
        let stray_close = i >= floor + 2
            && is_p(text, units, i - 1, &["'", "\u{2019}"])
            && units.units[i - 2].is_quote();
        after_comma && description_closes() || stray_close
    }

    /// A frame of this cue.
    fn frame(
        &self,
        start: usize,
        end: usize,
        subject: Option<SpeakerMention>,
        shared: bool,
        direction: Direction,
    ) -> Frame {
        Frame {
            weak: false,
            start,
            end,
            cue_start: self.i,
            cue_end: self.cue_end,
            lemma: self.lemma.to_string(),
            subject,
            shared,
            direction,
        }
    }

    /// Where the frame runs to after the cue (see [`extend_frame`]).
    fn extent(&self) -> usize {
        extend_frame(self.text, self.units, self.cue_end, self.lemma)
    }

    /// Where a subject before the cue ends: before the words that may stand between them
    /// ("Li also said", "the USFK has said", "Li on Tuesday said").
    fn subject_end(&self) -> usize {
        let (text, units, i, floor) = (self.text, self.units, self.i, self.floor);
        // ("Trump continued to question whether ...": past the verb the cue goes on from.)
        let mut j = if goes_on_to(units, i) && i - 2 > floor {
            i - 2
        } else {
            i
        };
        loop {
            while j > floor
                && (BETWEEN.contains(&units.word(j - 1))
                    || contracted_is_at(units, j - 1, i)
                    || is_day_word(&units.words[j - 1])
                    || is_ly_adverb(&units.words[j - 1]))
                && (!is_capitalized(units.text(text, j - 1, j)) || is_day_word(&units.words[j - 1]))
                && !(units.words[j - 1] == "on" && j == i)
            {
                j -= 1;
            }
            // "who in 2010 said", "who in May said": a dated phrase, not the subject's end;
            // nor is a relative clause in parentheses ("Kasich (who has 25 delegates) said").
            match self
                .dated_phrase_before(j)
                .or_else(|| self.relative_in_parentheses_before(j))
                .or_else(|| self.linking_phrase_after_auxiliary(j))
            {
                Some(k) => j = k,
                None => break,
            }
        }
        // "Proponents of the bill, however, say", "The judges who heard the case, for
        // instance, said": an adverb or a linking phrase (data/linking_phrases.txt) set off
        // by commas.
        if j >= floor + 4 && is_p(text, units, j - 1, &[","]) {
            let open = (j.saturating_sub(6).max(floor + 1)..j - 1)
                .rev()
                .find(|&k| is_p(text, units, k, &[","]));
            if let Some(open) = open.filter(|&o| o + 1 < j - 1) {
                let aside = open + 3 == j && PARENTHETICALS.contains(&units.word(open + 1))
                    || is_linking_phrase(units, open + 1, j - 1);
                if aside {
                    j = open;
                }
            }
        }
        j
    }

    /// "The Tories are in turn demanding that ...", "have, in fact, said": a linking phrase
    /// (data/linking_phrases.txt) between an auxiliary and the cue, bare or set off by
    /// commas, ending at unit `j`. Where it opens.
    fn linking_phrase_after_auxiliary(&self, j: usize) -> Option<usize> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let comma = |k: usize| is_p(text, units, k, &[","]);
        let (end, set_off) = if j > floor + 1 && comma(j - 1) {
            (j - 1, true)
        } else {
            (j, false)
        };
        (2..=3).find_map(|len| {
            let a = end
                .checked_sub(len)
                .filter(|&a| a > floor + usize::from(set_off))?;
            let open = if set_off { a - 1 } else { a };
            let phrase = is_adverbial_link(units, a, end)
                && (!set_off || comma(open))
                && AUXILIARIES.contains(&units.word(open - 1))
                && units.word(open - 1) != "'s";
            phrase.then_some(open)
        })
    }

    /// Where a parenthesized relative clause ending at unit `j` ("(who has 25 delegates to
    /// date)") opens.
    fn relative_in_parentheses_before(&self, j: usize) -> Option<usize> {
        let (text, units) = (self.text, self.units);
        let close = j.checked_sub(1).filter(|&k| k > self.floor)?;
        if !is_p(text, units, close, &[")"]) {
            return None;
        }
        let open = (close.saturating_sub(20).max(self.floor)..close)
            .rev()
            .find(|&k| is_p(text, units, k, &["("]) || boundary_punct(text, units, k))?;
        (is_p(text, units, open, &["("])
            && open > self.floor
            && ["who", "which"].contains(&units.word(open + 1)))
        .then_some(open)
    }

    /// Where "in 2010", "in May", "in May 2010", "on May 26" or "on 26 May" ending at unit
    /// `j` starts; or "in the past", "in recent years" ("The KMA has in the past warned").
    fn dated_phrase_before(&self, j: usize) -> Option<usize> {
        let units = self.units;
        if j >= self.floor + 4
            && units.word(j - 3) == "in"
            && (units.word(j - 2) == "the" && units.word(j - 1) == "past"
                || units.word(j - 2) == "recent"
                    && ["years", "months", "weeks", "days"].contains(&units.word(j - 1)))
        {
            return Some(j - 3);
        }
        let year = |k: usize| {
            let w = units.word(k);
            w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
        };
        let day = |k: usize| {
            let w = units.word(k);
            (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        };
        let mut k = j.checked_sub(1).filter(|&k| k > self.floor)?;
        // "Zelensky on May 26 called on", "... on 26 May said".
        if k > self.floor + 1
            && (day(k) && MONTHS.contains(&units.word(k - 1))
                || MONTHS.contains(&units.word(k)) && day(k - 1))
        {
            // ("The budget for the fiscal year starting on 21 March calls for": the date of
            // a participle, inside the subject.)
            let participle = (k.checked_sub(3)).is_some_and(|x| {
                let w = units.word(x);
                x >= self.floor && (is_ing(w) || w.ends_with("ed"))
            });
            return (units.word(k - 2) == "on" && !participle).then_some(k - 2);
        }
        if year(k) {
            k -= 1;
            if k > self.floor && MONTHS.contains(&units.word(k)) {
                k -= 1;
            }
        } else if MONTHS.contains(&units.word(k)) {
            k -= 1;
        } else {
            return None;
        }
        (k >= self.floor && units.word(k) == "in").then_some(k)
    }

    /// Passive "was told" makes the subject the hearer: no frame. `j` is where the subject
    /// ends ([`Self::subject_end`]).
    fn is_passive(&self, j: usize) -> bool {
        let (units, i) = (self.units, self.i);
        // The auxiliary before any adverb or negation: "was fully acknowledged", "is often
        // called upon", "are only predicted to reach", "was not told" and "is being asked"
        // are passive too.
        let mut aux = i.saturating_sub(1);
        while aux > j
            && (is_ly_adverb(&units.words[aux])
                || MID_ADVERBS.contains(&units.word(aux))
                || ["being", "only", "not", "n't", "never"].contains(&units.word(aux)))
        {
            aux -= 1;
        }
        // ("say" is passive only before an infinitive: "Mr Gates is said to be trying to
        // arrange a meeting" tells what others say of him, and nobody is named.)
        j < i
            && ["was", "were", "is", "are", "been", "be"].contains(&units.word(aux))
            && (self.lemma != "say" || units.words.get(self.cue_end).is_some_and(|w| w == "to"))
            && !is_ing(&units.words[i])
    }

    /// '"...," Kirsten Pfeifer from the CEA, told the BBC': a stray comma before "told", after
    /// which stands the listener; the name after the quotation (with a role before it) is
    /// the speaker, what follows it its apposition. `j` is where a subject would end.
    fn name_before_stray_comma(&self, j: usize) -> Option<Frame> {
        let (text, units, i, floor) = (self.text, self.units, self.i, self.floor);
        if !(self.lemma == "tell" && j == i && i > floor + 1 && is_p(text, units, i - 1, &[","])) {
            return None;
        }
        let q = (floor..i - 1)
            .rev()
            .take(14)
            .find(|&k| units.units[k].is_quote())?;
        if !(q + 1 < i - 1 && (q + 1..i - 1).all(|k| !boundary_punct(text, units, k))) {
            return None;
        }
        let name =
            (q + 1..(q + 4).min(i - 1)).find(|&k| is_capitalized(units.text(text, k, k + 1)))?;
        let end = (name..i - 1)
            .find(|&k| !is_capitalized(units.text(text, k, k + 1)))
            .unwrap_or(i - 1);
        let appo = (end < i - 1).then_some((end, i - 1));
        self.frame_after_subject((q + 1, end, appo))
    }

    /// "an architect who said he was stiffed": the frame of a cue after "who" or "which"
    /// (unit `j - 1`), whose subject is the noun phrase the relative pronoun stands for.
    fn relative_frame(&self, j: usize) -> Option<Frame> {
        let ((a, b), people) = self.relative_antecedent(j)?;
        // (People a preposition or a verb takes are no place or body's to pass over.)
        let (a, b) = if self.units.words[j - 1] == "who" && !people {
            self.attached_to(a).unwrap_or((a, b))
        } else {
            (a, b)
        };
        // ("backed by Culture, Media and Sport Secretary Tessa Jowell who said": a portfolio
        // written as a list opens where the list does.)
        let a = portfolio_list_start(self.text, self.units, a, b, self.floor).unwrap_or(a);
        // (At most six words, but for a body's name: "the Organisation for Economic
        // Co-operation and Development".)
        if !(plausible_head(self.text, self.units, b - 1)
            && (b - a <= 6 || b - a <= 12 && is_capitalized(self.units.text(self.text, b - 1, b))))
        {
            return None;
        }
        let mut subject = speakers::analyse(self.text, self.units, a, b, None)?;
        // The relative pronoun is what stands for the speaker at the statement.
        let pronoun = self.units.units[j - 1];
        subject.written_at = Some((pronoun.start(), pronoun.end()));
        Some(self.frame(
            j - 1,
            self.extent(),
            Some(subject),
            false,
            Direction::Following,
        ))
    }

    /// "Alan Berger, a gynecologist from Englewood, New Jersey, who said", "Democrats on
    /// Capitol Hill, who have argued": "who" after a place or a body that a preposition
    /// attaches to someone stands for that someone, not the place or the body (`a` is where
    /// the place starts): the people the phrase follows, or the name their description
    /// is set off from. Up to three such phrases are passed ("a former staff member for the
    /// Sanders campaign in Philadelphia who said"); `None` where no person is found.
    fn attached_to(&self, a: usize) -> Option<(usize, usize)> {
        // (The floor is the relative clause's: the person stands before it.)
        let (text, units, floor) = (self.text, self.units, 0);
        let capital =
            |k: usize| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1));
        // ("nervous residents on Harbour Street, who": people a group noun names.)
        let group =
            |k: usize| units.units[k].is_word() && LEXICON.group_nouns.contains(units.word(k));
        let mut k = a;
        for _ in 0..3 {
            // Left over the place or body: its capitalized words, "the", an "of" inside its
            // name ("the University of Ghana") and one comma before a state ("Englewood, New
            // Jersey").
            let mut comma = false;
            while k > floor + 1 {
                let w = units.word(k - 1);
                if capital(k - 1) || w == "the" || w == "of" && capital(k - 2) {
                    k -= 1;
                } else if !comma && is_p(text, units, k - 1, &[","]) && capital(k - 2) {
                    comma = true;
                    k -= 1;
                } else {
                    break;
                }
            }
            let p = k.checked_sub(1)?;
            if p <= floor + 1 || !ATTACHING.contains(&units.word(p)) {
                return None;
            }
            // The people before the preposition: a name or a plural ("nervous Democrats"),
            // or the name a description is set off from by a comma ("Alan Berger, a
            // gynecologist from ..."), with an age between ("Nicky Driscoll, 24, from").
            let (ha, hb) = if is_p(text, units, p - 1, &[","]) {
                (p, p)
            } else {
                np_left(text, units, p, floor)
                    .or_else(|| self.name_ending(p.saturating_sub(4), p))
                    .or_else(|| group(p - 1).then_some((p - 1, p)))?
            };
            let described = ["the", "a", "an"].contains(&units.word(ha));
            let name = if ha == hb || described {
                self.name_before_comma(ha)
            } else {
                self.name_ending(ha, hb)
                    .or_else(|| group(hb - 1).then_some((ha, hb)))
            };
            if let Some(name) = name {
                let m = speakers::analyse(text, units, name.0, name.1, None)?;
                return (m.speaker_type != SpeakerType::Document && !self.place_at(name.0, name.1))
                    .then_some(name);
            }
            if !described {
                return None;
            }
            k = ha;
        }
        None
    }

    /// The name that ends before the comma at unit `c - 1`, over an age between commas
    /// ("Nicky Driscoll, 24,") and a place after "of" ("Dianne Feinstein of California,").
    fn name_before_comma(&self, c: usize) -> Option<(usize, usize)> {
        let (text, units) = (self.text, self.units);
        let mut c = c.checked_sub(1).filter(|&c| is_p(text, units, c, &[","]))?;
        if c >= 2
            && units.word(c - 1).bytes().all(|b| b.is_ascii_digit())
            && is_p(text, units, c - 2, &[","])
        {
            c -= 2;
        }
        let (a, b) = self.name_ending(c.saturating_sub(6), c)?;
        if self.place_at(a, b) && a >= 2 && units.word(a - 1) == "of" {
            return self.name_ending((a - 1).saturating_sub(4), a - 1);
        }
        Some((a, b))
    }

    /// Whether units `a..b` name a place ("New Jersey", "Manchester"), not a person.
    fn place_at(&self, a: usize, b: usize) -> bool {
        LEXICON.names_a_place(&self.units.text(self.text, a, b).to_lowercase())
    }

    /// The noun phrase a relative pronoun at unit `j - 1` stands for, and whether it is
    /// people a preposition or a verb takes before ", who" ([`Self::people_before_comma`]).
    fn relative_antecedent(&self, j: usize) -> Option<((usize, usize), bool)> {
        // A long noun phrase ending in a name ("a message repeated by Home Secretary
        // Charles Clarke who said") stands for that name.
        // "said Mr. Kamin, who emphasized that": the name sits inside the frame before.
        let named = self
            .name_before_party_in_parentheses(j)
            .or_else(|| self.object_of_preposition(j - 1, &["by"]))
            .or_else(|| self.agent_set_off(j));
        if named.is_none()
            && let Some(people) = self.people_before_comma(j)
        {
            // ("drew criticism from the bill's sponsors, who have said they have the votes":
            // people a preposition or a verb takes, set off by a comma.)
            return Some((people, true));
        }
        self.noun_before_relative(j, named)
            .map(|span| (span, false))
    }

    /// The noun phrase a relative pronoun at unit `j - 1` stands for, other than people
    /// set off before ", who": `named` if found already.
    fn noun_before_relative(
        &self,
        j: usize,
        named: Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        named
            .or_else(|| self.np_before_relative(j - 1))
            .or_else(|| self.object_of_preposition(j - 1, &["from", "with", "at"]))
            .or_else(|| self.person_before_comma(j))
            .or_else(|| {
                (units.words[j - 1] == "who"
                    && j >= 2
                    && floor + 2 >= j
                    && is_p(text, units, j - 2, &[","]))
                .then(|| np_left(text, units, j - 2, 0))
                .flatten()
            })
            .or_else(|| self.name_before_aside(j))
            // ("Sen. Sherrod Brown, D-Ohio, who argued": a lawmaker's party and state stand
            // for the name before them.)
            .map(|(a, b)| {
                let tag = a >= floor + 2
                    && is_p(text, units, a - 1, &[","])
                    && party_and_state(units.text(text, a, b));
                tag.then(|| {
                    self.object_of_preposition(a - 1, &["by"])
                        .or_else(|| np_left(text, units, a - 1, floor))
                })
                .flatten()
                .unwrap_or((a, b))
            })
            .map(|(a, b)| {
                let mut k = b;
                while k > a
                    && (is_capitalized(units.text(text, k - 1, k)) || units.words[k - 1] == "'s")
                {
                    k -= 1;
                }
                if b - a > 6 && k < b { (k, b) } else { (a, b) }
            })
            // (A body's whole name, however long: "the Organisation for Economic
            // Co-operation and Development, which said".)
            .or_else(|| self.body_before_which(j))
    }

    /// "Sen. Wade Tolliver (R-TN), who said": the name before a lawmaker's party and state
    /// in parentheses, which stand for it as the commas' "D-Ohio" does.
    fn name_before_party_in_parentheses(&self, j: usize) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        if units.words[j - 1] != "who" || j < floor + 4 || !is_p(text, units, j - 2, &[","]) {
            return None;
        }
        let open = (j.saturating_sub(10).max(floor + 1)..j - 3)
            .rev()
            .find(|&k| is_p(text, units, k, &["("]))?;
        (super::subject::party_in_parentheses(text, units, open, j - 1) == Some(j - 2))
            .then(|| np_left(text, units, open, floor).or_else(|| self.name_ending(floor, open)))
            .flatten()
    }

    /// The noun phrase that ends before the relative pronoun at unit `r`, as [`np_left`]
    /// reads it, but for what only a relative clause's antecedent may be: an object after
    /// a verb ("He met an architect who said": "an architect"), or a bare plural after "are"
    /// ("There are critics who say": "critics").
    fn np_before_relative(&self, r: usize) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let verb = |k: usize| {
            units.units[k].is_word()
                && !is_capitalized(units.text(text, k, k + 1))
                && (past_verb_at(text, units, k) || auxiliary_at(text, units, k))
        };
        match np_left(text, units, r, floor) {
            // (Past the verb, from the determiner that opens the object.)
            Some((a, b)) => Some(
                (a..b)
                    .rev()
                    .find(|&k| verb(k) && k + 1 < b && DETERMINERS.contains(&units.word(k + 1)))
                    .map_or((a, b), |k| (k + 1, b)),
            ),
            // (People, a few words with no phrase of their own: not "charities" in "was
            // broad support from charities, who".)
            None if units.word(r) == "who" => {
                let a = (floor..r)
                    .rev()
                    .take_while(|&k| {
                        units.units[k].is_word()
                            && !verb(k)
                            && !is_ing(units.word(k))
                            && !ADJUNCT_PREPOSITIONS.contains(&units.word(k))
                            && !["of", "to", "for"].contains(&units.word(k))
                    })
                    .last()?;
                (a > floor && auxiliary_at(text, units, a - 1) && r - a <= 4).then_some((a, r))
            }
            None => None,
        }
    }

    /// "first run by the Tarn Gazette which said ...", "answered by lawyers who argued ...":
    /// the noun phrase after one of `prepositions` that ends right before the relative
    /// pronoun at unit `r`. An agent after "by" is the antecedent before any longer phrase;
    /// after "from", "with" or "at" only where no other is found (a phrase that opens with
    /// its preposition is no subject of its own). Not after "of", "to" or "for": "the head
    /// of the company, who said" is the head.
    fn object_of_preposition(&self, r: usize, prepositions: &[&str]) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        // (A title's period is no boundary: "joined by Sen. Sherrod Brown, D-Ohio, who".)
        let p = (r.saturating_sub(8).max(floor)..r)
            .rev()
            .take_while(|&k| {
                units.units[k].is_word()
                    || is_p(text, units, k, &["."]) && !boundary_punct(text, units, k)
            })
            .find(|&k| prepositions.contains(&units.word(k)))?;
        (p + 1 < r)
            .then(|| np_left(text, units, r, p + 1))
            .flatten()
    }

    /// "The raid was led by Scotland Yard, which said", "denied by Foreign Secretary Jack
    /// Straw, who accused": a passive's agent set off by a comma before the relative pronoun
    /// at unit `j - 1`. Not a person's name before "which" ("claims in Brown's Britain, by
    /// journalist Robert Peston, which suggested" are the book's), and a body's whole name
    /// is read by [`Self::body_before_which`].
    fn agent_set_off(&self, j: usize) -> Option<(usize, usize)> {
        let units = self.units;
        if j < 2 || !is_p(self.text, units, j - 2, &[","]) {
            return None;
        }
        let which = units.words[j - 1] == "which";
        self.object_of_preposition(j - 2, &["by"])
            .filter(|&(a, b)| {
                !which
                    || !(a..b).any(|x| LEXICON.given_names.contains_key(units.word(x)))
                        && self.body_before_which(j).is_none()
            })
    }

    /// "protests by the National Council for Adoption, which said ...": the body or document
    /// before ", which" (unit `j - 1`), from its last article or its closing name.
    fn body_before_which(&self, j: usize) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        if units.words[j - 1] != "which" || j < floor + 3 || !is_p(text, units, j - 2, &[","]) {
            return None;
        }
        // From the last article before the comma, over any name ("the Organisation for
        // Economic Co-operation and Development").
        let b = j - 2;
        let from = (b.saturating_sub(10).max(floor)..b)
            .rev()
            .take_while(|&x| !boundary_punct(text, units, x))
            .find(|&d| ["the", "a", "an"].contains(&units.word(d)))?;
        let lex = &*LEXICON;
        let head = units.word(b - 1);
        // A body's name ("the National Council for Adoption") or a lowercase body or document
        // noun ("the council", "a report").
        let body = (from..b).any(|x| lex.org_words.contains(units.word(x)))
            && is_capitalized(units.text(text, b - 1, b))
            || lex.org_words.contains(head)
            || lex.document_nouns.get(head).is_some();
        body.then_some((from, b))
    }

    /// "Barkley, who said he typically votes democratic, was there.": the name before
    /// ", who" (unit `j - 1`) that the relative clause describes.
    /// Only where the name opens the sentence: inside another frame's content it is a
    /// report within a report, and after an opening phrase the relative is an aside.
    fn name_before_aside(&self, j: usize) -> Option<(usize, usize)> {
        let (text, units, floor, lex) = (self.text, self.units, self.floor, &*LEXICON);
        (units.words[j - 1] == "who"
            && self.nested_at.is_none()
            && lex
                .cues
                .get(self.lemma)
                .is_some_and(|c| matches!(c.kind, CueKind::Clause | CueKind::Weak))
            && j >= floor + 3
            && is_p(text, units, j - 2, &[","]))
        .then(|| {
            // (A verb before the name stops the noun phrase: "was steep for Mr. Sanders, who
            // said".)
            np_left(text, units, j - 2, floor).or_else(|| {
                self.name_ending(floor, j - 2)
                    .filter(|_| self.clause_reported())
            })
        })
        .flatten()
        // Or a name anywhere: "no mention of Jeb Bush, who announced he is suspending
        // his campaign".
        .and_then(|(a, b)| {
            if a == floor {
                return Some((a, b));
            }
            self.name_ending(a, b)
                .or_else(|| self.name_before_description(a, b))
        })
        // "Juanita Broaddrick, who said ..., was there": a cue after the clause has the name
        // for its subject, and the relative is only an aside; but a cue right after the
        // clause's comma ("Barkley, who said ..., said") shares the name, and the relative
        // reports (see `after_relative_aside`).
        .filter(|&(a, _)| {
            let close = (self.cue_end..units.len())
                .find(|&k| boundary_punct(text, units, k))
                .unwrap_or(units.len());
            let cue_at = |k: usize| {
                units.units[k].is_word() && lex.cues.longest_at(&units.words, k).is_some()
            };
            // (Not after a quotation: '"...," Cruz, who has proposed ..., said' reports the
            // quotation.)
            if close + 1 < units.len()
                && is_p(text, units, close, &[","])
                && self.clause_reported()
                && cue_at(close + 1)
                && !(0..a).any(|k| units.units[k].is_quote())
            {
                return true;
            }
            // At most 200 units: a sentence of thousands of such clauses stays linear.
            (close..units.len().min(close + 200)).all(|k| !cue_at(k))
        })
    }

    /// "a lecture from the Mexican president, who said", "Trump met the Mexican president,
    /// who said": the person named by the words before ", who" (unit `j - 1`) from their
    /// last article, a role or a group noun heading them, nothing but words between and no
    /// "of" ("the head of the company, who said" is left to the search for a longer phrase),
    /// and not set off by a comma before them.
    fn person_before_comma(&self, j: usize) -> Option<(usize, usize)> {
        let (text, units, lex) = (self.text, self.units, &*LEXICON);
        if units.words[j - 1] != "who" || j < 3 || !is_p(text, units, j - 2, &[","]) {
            return None;
        }
        let b = j - 2;
        let head = units.word(b - 1);
        if !(units.units[b - 1].is_word()
            && (lex.roles.get(head).is_some() || lex.group_nouns.contains(head)))
        {
            return None;
        }
        let a = (b.saturating_sub(5)..b - 1)
            .rev()
            .take_while(|&k| {
                let w = units.word(k);
                units.units[k].is_word() && !AUXILIARIES.contains(&w) && w != "of"
            })
            .find(|&k| ["the", "a", "an"].contains(&units.word(k)))?;
        // ("Ada Brill, now the Senate majority leader, who said": a description set off by
        // commas is a name's, which the search for a name before an aside finds.)
        let set_off = (a.saturating_sub(2)..a).any(|k| is_p(text, units, k, &[","]));
        (!set_off).then_some((a, b))
    }

    /// Where the subject of a clause with no "that" opens inside the noun phrase `a..b`: at
    /// a "the" right after a plain noun ("a plan the minister", "a sweeping planning
    /// overhaul the state government"), which no preposition or owner's "'s" joins to it.
    fn contact_clause_subject(&self, a: usize, b: usize) -> Option<usize> {
        let (text, units, lex) = (self.text, self.units, &*LEXICON);
        let capitalized = |k: usize| is_capitalized(units.text(text, k, k + 1));
        (a + 2..b.saturating_sub(1)).rev().find(|&k| {
            // (The "the" first: the rest is asked of one word in a subject at most.)
            if units.word(k) != "the" || !units.units[k - 1].is_word() {
                return false;
            }
            let prev = units.word(k - 1);
            // (Nor an infinitive's object: "the push to boycott the speech".)
            let infinitive =
                k >= 2 && ["to", "will", "would", "can", "could"].contains(&units.word(k - 2));
            !capitalized(k - 1)
                && prev.len() > 2
                && !infinitive
                && !ADJUNCT_PREPOSITIONS.contains(&prev)
                && !OBJECT_PREPOSITIONS.contains(&prev)
                && !OPENING_PLACE_PREPOSITIONS.contains(prev)
                && !SCENE_PREPOSITIONS.contains(prev)
                && !AUXILIARIES.contains(&prev)
                && !DETERMINERS.contains(&prev)
                && !NO_NOUN_BEFORE_THE.contains(prev)
                && !is_ing(prev)
                && !past_verb_at(text, units, k - 1)
                // (Nor a sum: "of the £750m the prime minister pledged" is its own clause's
                // object.)
                && !prev.bytes().any(|c| c.is_ascii_digit())
                // (Nor a name set beside its kind: "the civil rights organization the
                // Anti-Defamation League".)
                && !lex.org_words.contains(prev)
                && lex.roles.get(prev).is_none()
                && !(k + 1..b).all(capitalized)
                && (a..k).any(|x| ["a", "an", "the"].contains(&units.word(x)))
        })
    }

    /// "criticism from the bill's sponsors, who said", "angered the sponsors, who said":
    /// the people before ", who" that a preposition or a verb takes: a plural noun phrase of
    /// at most four words after it, an owner's "'s" among them. Not where a preposition
    /// follows the cue.
    fn people_before_comma(&self, j: usize) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        if units.words[j - 1] != "who" || j < floor + 4 || !is_p(text, units, j - 2, &[","]) {
            return None;
        }
        let b = j - 2;
        if !s_ending(units.word(b - 1)) || is_capitalized(units.text(text, b - 1, b)) {
            return None;
        }
        // Left over the noun phrase's words (an owner's "'s" among them) to the preposition
        // or the verb that takes it.
        let taken = |k: usize| {
            let w = units.word(k);
            ADJUNCT_PREPOSITIONS.contains(&w)
                || ["to", "among", "for"].contains(&w)
                || past_verb_at(text, units, k)
                || w.len() > 4 && w.ends_with("ed") && !is_capitalized(units.text(text, k, k + 1))
        };
        let before = (b.saturating_sub(6).max(floor)..b - 1)
            .rev()
            .take_while(|&k| {
                units.units[k].is_word()
                    && (units.words[k] == "'s" || !AUXILIARIES.contains(&units.word(k)))
            })
            .find(|&k| taken(k))?;
        // (Not where a preposition follows the cue: "from labor unions, who have insisted on
        // acting now" reports no words.)
        let preposition = units
            .words
            .get(self.extent())
            .is_some_and(|w| ["on", "in", "at", "with", "of"].contains(&&**w));
        (b - before <= 5 && !preposition).then_some((before + 1, b))
    }

    /// Whether the cue reports a clause or a quotation ("who said he votes", not "who wrote
    /// the musical", "who is said to have cried" or "who has admitted fraud and will
    /// testify": the clause must open before a coordinated verb).
    fn clause_reported(&self) -> bool {
        let (text, units) = (self.text, self.units);
        let e = self.extent();
        let Some(w) = units.words.get(e) else {
            return false;
        };
        // (A conjunction before a noun joins nouns: "who says Britain and France should
        // ...", "the United States and allies should", "the House and the Senate".)
        let joins_nouns = |k: usize| {
            k + 2 < units.len()
                && (units.is_capitalized_word(text, k + 1)
                    || DETERMINERS.contains(&units.word(k + 1))
                    || AUXILIARIES.contains(&units.word(k + 2)))
        };
        let end = (e..clause_end_from(text, units, e))
            .find(|&k| ["and", "but", "or"].contains(&units.word(k)) && !joins_nouns(k))
            .unwrap_or(units.len());
        w != "to" && clause_at(text, units, e, end)
    }

    /// The capitalized name of at most six words that ends units `a..b`.
    fn name_ending(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let mut k = b;
        while k > a && is_capitalized(self.units.text(self.text, k - 1, k)) {
            k -= 1;
        }
        // (Up to six words: a title may run long before the name, "Japanese Defense
        // Minister Hiroshi Tanabe".)
        (k < b && b - k <= 6).then_some((k, b))
    }

    /// "Mitch McConnell, now the Senate majority leader, who said": the name before the
    /// description `a..b` set off by commas (a description, not a phrase: "a lecture from
    /// the Mexican president").
    fn name_before_description(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        self.name_before_description_from(a, b, self.floor)
    }

    /// [`Self::name_before_description`], the name standing at or after unit `floor`.
    fn name_before_description_from(
        &self,
        a: usize,
        b: usize,
        floor: usize,
    ) -> Option<(usize, usize)> {
        let (text, units) = (self.text, self.units);
        let described = ["the", "a", "an"].contains(&units.word(a))
            && (a..b).all(|x| !ADJUNCT_PREPOSITIONS.contains(&units.word(x)));
        let a = if a > floor && ["now", "then", "formerly"].contains(&units.word(a - 1)) {
            a - 1
        } else {
            a
        };
        if !(described && a >= floor + 2 && is_p(text, units, a - 1, &[","])) {
            return None;
        }
        let (na, nb) = np_left(text, units, a - 1, floor)?;
        self.name_ending(na, nb)
    }

    /// "A nurse who requested anonymity because she is not allowed to speak to the press
    /// said", "A landlord who owns two triple-deckers and asked not to be named because she
    /// feared losing tenants said": a relative clause that keeps its subject anonymous
    /// (data/anonymity_words.txt) may run long and end in a noun of its own; the speaker is
    /// the noun phrase before "who".
    fn source_kept_anonymous(&self, j: usize) -> Option<SubjectSpan> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let who = (j.saturating_sub(25).max(floor + 1)..j)
            .rev()
            .take_while(|&x| !boundary_punct(text, units, x) && !units.units[x].is_quote())
            .filter(|&x| units.word(x) == "who")
            .last()?;
        // (The word itself, or a participle of it after "not" or "be": "who named a
        // candidate" names someone.)
        let anonymous = |x: usize| {
            let w = units.word(x);
            LEXICON.anonymity_words.contains(w)
                && (!w.ends_with("ed") || ["not", "be"].contains(&units.word(x - 1)))
        };
        if !(who + 1..j).any(anonymous) {
            return None;
        }
        // ("A person familiar with the matter who asked not to be identified": the whole
        // subject, as before the cue; "who" says its head is a person's noun.)
        let (na, nb, appo) = left_subject(text, units, who, floor)?;
        units.units[nb - 1].is_word().then_some((na, nb, appo))
    }

    /// "people who have battled online threats say": an auxiliary in the relative clause stops
    /// the noun phrase search, so the subject is looked for before "who" (or before a
    /// participle's phrase, unless `relative_only`) within the clause that ends at unit `j`.
    fn subject_before_relative(&self, j: usize, relative_only: bool) -> Option<SubjectSpan> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let w = (j.saturating_sub(12).max(floor + 1)..j)
            .rev()
            .take_while(|&x| !boundary_punct(text, units, x))
            .find(|&x| {
                ["who", "whose"].contains(&units.text(text, x, x + 1))
                    // (The relative's own verb and an object before the cue: "the
                    // organization that has declared a caliphate" reports nothing.)
                    || self.relative_that(x) && x + 4 <= j
                    // "Republican activists clamoring to block Trump say": a participle.
                    || !relative_only
                        && x > floor + 1
                        && is_ing(&units.words[x])
                        && LEXICON.cues.get(units.word(x)).is_none()
                        && speaker_head(units, x - 1)
            })?;
        let (na, nb) = np_left(text, units, w, floor)?;
        // ("A woman who lives nearby said": a person's plain noun before "who" speaks too.)
        let person = ["who", "whose"].contains(&units.word(w))
            && [
                "man", "woman", "boy", "girl", "person", "mother", "father", "son", "daughter",
            ]
            .contains(&units.word(nb - 1));
        // (Where the cue's own subject failed, only a short noun phrase: "Sanders's push
        // for ... helped convince some Democratic lawmakers who thought" is a clause.)
        let short = !relative_only || nb - na <= 6;
        (short && (person || plausible_head(text, units, nb - 1))).then_some((na, nb, None))
    }

    /// The frame of a cue whose subject stands before it (units `a0..b0`, with its
    /// apposition), or nothing when those words cannot be a speaker.
    fn frame_after_subject(&self, (a0, b0, appo0): SubjectSpan) -> Option<Frame> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let (a, b, appo) = self
            .noun_a_relative_describes(a0, b0)
            .map_or((a0, b0, appo0), |(na, nb)| (na, nb, None));
        // "It is a plan the minister says will cut costs": a clause with no "that" on the
        // noun before; its subject opens at its own determiner.
        let a = self.contact_clause_subject(a, b).unwrap_or(a);
        // "what he called ...", "which she described as ...": a relative clause, not a report.
        let reported_relative = self.reported_relative(a);
        if a > floor && ["what", "which", "whom"].contains(&units.word(a - 1)) && !reported_relative
        {
            return None;
        }
        if self.nested_at == Some(a) {
            // "Merrill says Machado promised ...": a report inside another report's content.
            return None;
        }
        if NOT_SUBJECT.contains(&units.word(b - 1)) {
            return None;
        }
        let head = self.subject_head(a, b)?;
        if (a..b).any(|k| auxiliary_at(text, units, k) || units.words[k] == "'s" && k + 1 == b) {
            return None;
        }
        let b = self.end_before_participle(head, b);
        let subject = speakers::analyse(text, units, pronoun_alone(units, a, b), b, appo)?;
        let (mut direction, end) = self.direction_and_end(a, self.extent(), self.words_before(a));
        // "... for lawmakers to file committee reports.": a statement before its frame never
        // ends in a word that wants its object, and the words after it are that object; what
        // follows the cue is the statement, if anything does ("Essential Guide to British
        // Quangos 2005 author Dan Lewis said at least 111 ...").
        let wants_an_object = || {
            let at = (a..b)
                .find(|&k| units.units[k].start() >= subject.start)
                .unwrap_or(a);
            at > floor
                && units.units[at - 1].is_word()
                && WANTS_AN_OBJECT.contains(&units.word(at - 1))
        };
        if direction == Direction::Preceding && wants_an_object() {
            // (Only after "said" or "told", which no noun or participle spells: "the number
            // of new users Twitter added over the last quarter" reports nothing.)
            let says = ["said", "says", "told", "tells"].contains(&units.word(self.i));
            if says && end < units.len() && units.units[end].is_word() {
                direction = Direction::Following;
            } else {
                return None;
            }
        }
        // "..., when protests swept the country and Trump threatened to deploy troops, ...",
        // "Doctors had wanted to operate but he insisted on ...": a clause joined to the
        // subject by "and" or "but" is no statement the frame closes; what follows the cue
        // is. ('"...," chief executive Ann Lee and finance director Bo Wu said': after a
        // quotation, the words before "and" name a second speaker.)
        if direction == Direction::Preceding
            && a > floor
            && ["and", "but", "or"].contains(&units.word(a - 1))
            && !self.words_after_quotation(a - 1)
            && b - a <= 6
            && !is_ing(&units.words[a])
            && end < units.len()
            && units.units[end].is_word()
        {
            direction = Direction::Following;
        }
        // The relative pronoun belongs to the frame, not to the content before it.
        let start = if reported_relative { a - 1 } else { a };
        Some(self.frame(start, end, Some(subject), false, direction))
    }

    /// Where a subject that ends at unit `b` and has its head at `head` ends as a mention:
    /// the name before a participle is the speaker, and the participle's phrase is no part
    /// of the mention ("Kyriakos Mitsotakis speaking to the Atlantic Council"). (A noun in
    /// -ing before a role is its portfolio: "Greens housing spokesman Max Smith".)
    fn end_before_participle(&self, head: usize, b: usize) -> usize {
        let (text, units) = (self.text, self.units);
        let portfolio = |k: usize| {
            LEXICON.roles.longest_at(&units.words, k).is_some()
                || LEXICON.roles.longest_at(&units.words, k + 1).is_some()
        };
        if head + 1 < b
            && is_ing(&units.words[head + 1])
            && !is_capitalized(units.text(text, head + 1, head + 2))
            && is_capitalized(units.text(text, head, head + 1))
            && !portfolio(head + 1)
        {
            head + 1
        } else {
            b
        }
    }

    /// Whether the words before unit `k` back to the last punctuation follow a quotation
    /// ('"...," JP Morgan chief executive William Harrison and').
    fn words_after_quotation(&self, k: usize) -> bool {
        let units = self.units;
        (self.floor..k)
            .rev()
            .find(|&x| !units.units[x].is_word())
            .is_some_and(|p| self.quotation_before(p + 1))
    }

    /// '"Build Back Better" calls for an increase in taxes': a short quoted title with no
    /// punctuation of its own before the cue, and an object after it, is the sentence's
    /// subject, no quotation an inverted frame reports.
    fn quoted_name_as_subject(&self) -> bool {
        let (text, units, i) = (self.text, self.units, self.i);
        let Some(Unit::Quote(q)) = i.checked_sub(1).map(|k| units.units[k]) else {
            return false;
        };
        let inside = &text[q.content_start..q.content_end];
        let words = inside.split_whitespace().count();
        // ("... ," said Smith': punctuation closes what was said; a title has none.)
        inside.ends_with(|c: char| c.is_alphanumeric())
            && (1..=4).contains(&words)
            && inside.split_whitespace().all(is_capitalized)
            && units.units.get(self.cue_end).is_some_and(|u| u.is_word())
            && !units.is_capitalized_word(text, self.cue_end)
    }

    /// Whether a quotation, or a comma after one, stands right before unit `k` (and after
    /// the frame before): '"A," he said', '"A" said Smith'.
    fn quotation_before(&self, k: usize) -> bool {
        let (text, units, floor) = (self.text, self.units, self.floor);
        k > floor
            && (units.units[k - 1].is_quote()
                || k - 1 > floor
                    && is_p(text, units, k - 1, &[","])
                    && units.units[k - 2].is_quote())
    }

    /// "Voters who watched the debate said": the subject is the noun the clause describes.
    /// "Some voters who have listened to his speeches said": the clause may run past
    /// words the noun phrase stops at. `a0..b0` is the subject found before the cue.
    fn noun_a_relative_describes(&self, a0: usize, b0: usize) -> Option<(usize, usize)> {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let w = (a0.saturating_sub(8).max(floor + 1)..a0)
            .rev()
            .take_while(|&x| !boundary_punct(text, units, x))
            .find(|&x| {
                units.words[x] == "who" && units.text(text, x, x + 1) == "who"
                    || self.relative_that(x)
            })?;
        if b0 - w <= 12
            && !is_capitalized(units.text(text, w + 1, w + 2))
            && !LEXICON.pronouns.contains_key(units.word(w + 1))
            && let Some((na, nb)) = np_left(text, units, w, floor)
            && plausible_head(text, units, nb - 1)
        {
            Some((na, nb))
        } else {
            None
        }
    }

    /// Whether unit `x` is a "that" opening a relative clause on the noun before it:
    /// "Progressive organizations that have endorsed him say", "denizens of the hall of
    /// mirrors that is Trump World told" (before an auxiliary, where a clause of its own
    /// would name its subject first).
    fn relative_that(&self, x: usize) -> bool {
        let (text, units) = (self.text, self.units);
        units.text(text, x, x + 1) == "that"
            && x > self.floor + 1
            && units.units[x - 1].is_word()
            && FINITE_BE_HAVE.contains(&units.word_or_empty(x + 1))
    }

    /// "which he said were at his side", "which Mr. Clarke says he is doing ...": a relative
    /// clause before the subject at unit `a` that holds a report whose content follows the cue.
    fn reported_relative(&self, a: usize) -> bool {
        let (text, units, cue_end) = (self.text, self.units, self.cue_end);
        let relative = units.word_or_empty(a.wrapping_sub(1));
        // "in line with what Robert O'Brien said last month that troops would ...": a
        // that-clause after the cue is what was said, whatever the relative stands for.
        if ["what", "which"].contains(&relative)
            && units
                .words
                .get(skip_time(units, cue_end))
                .is_some_and(|w| w == "that")
        {
            return true;
        }
        ["which", "whom"].contains(&relative)
            && LEXICON
                .cues
                .get(self.lemma)
                .is_some_and(|c| c.kind == CueKind::Clause)
            && units.words.get(cue_end).is_some_and(|w| {
                AUXILIARIES.contains(&&**w)
                    || LEXICON.pronouns.contains_key(&**w)
                    // "which the campaign says includes 2.7 million contributors"
                    || w.len() > 3
                        && (w.ends_with("es") || w.ends_with("ed"))
                        && !is_capitalized(units.text(text, cue_end, cue_end + 1))
            })
    }

    /// The head of the subject `a..b`, or `None` when it cannot head a speaker.
    fn subject_head(&self, a: usize, b: usize) -> Option<usize> {
        let (text, units, i) = (self.text, self.units, self.i);
        // A third-person "-s" cue ("tweets", "states") is often a plural noun: its subject
        // must end in a source word. Other forms accept any determined noun phrase.
        let determined = [
            "the", "a", "an", "his", "her", "its", "their", "one", "another",
        ]
        .contains(&units.word(a))
            && b - a <= 9;
        let s_form = units.words[i].ends_with('s')
            && !units.words[i].ends_with("ss")
            && !VERB_ONLY_S_FORMS.contains(&units.word(i));
        // "Experts on North Korea": the head stands before the preposition. So it does
        // before a participle's phrase or a place's ("Some fans leaving the venue said",
        // "Shoppers interviewed outside the store said", "Shoppers outside the store said").
        const PLACED: &[&str] = &["outside", "near", "inside", "behind", "along"];
        const SOUGHT: &[&str] = &[
            "interviewed",
            "surveyed",
            "polled",
            "questioned",
            "gathered",
        ];
        let modifies = |m: usize| {
            let w = units.word(m);
            PP_AFTER_HEAD.contains(&w)
                || POSTMODIFIERS.contains(&w)
                || PLACED.contains(&w)
                || SOUGHT.contains(&w)
                || is_ing(w)
                    && !is_capitalized(units.text(text, m, m + 1))
                    && LEXICON.cues.get(w).is_none()
        };
        let head = (a + 1..b.saturating_sub(1))
            .find(|&m| {
                (PP_AFTER_HEAD.contains(&units.word(m))
                    || POSTMODIFIERS.contains(&units.word(m)))
                    && speaker_head(units, m - 1)
                    // "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called"
                    || is_ing(&units.words[m])
                        && !is_capitalized(units.text(text, m, m + 1))
                        && LEXICON.cues.get(units.word(m)).is_none()
                        && is_capitalized(units.text(text, m - 1, m))
                        && !DETERMINERS.contains(&units.word(m - 1))
                        // ("Canadian mining firm Acme", "Web tracking company Envisional":
                        // an -ing word before an organization's noun modifies it.)
                        && !LEXICON.org_words.contains(units.word(m + 1))
            })
            .filter(|_| !s_form)
            .map_or(b - 1, |m| m - 1);
        // (Asked only where the last word heads nothing: "Some fans leaving the stadium"
        // keeps its phrase whole.)
        let head = if plausible_head(text, units, head) || s_form {
            head
        } else {
            (a + 1..b.saturating_sub(1))
                .find(|&m| modifies(m) && speaker_head(units, m - 1))
                .map_or(head, |m| m - 1)
        };
        if !plausible_head(text, units, head)
            && (s_form || !(determined || self.owned_person(a, head)))
        {
            return None;
        }
        Some(head)
    }

    /// "Donald Trump's running mate", "Smith's lawyer": a person or group owned by a name,
    /// which determines the noun as "his" does. The head must be one that speaks (a role or
    /// a group), not "Clinton's lead" or "Sanders's victory".
    fn owned_person(&self, a: usize, head: usize) -> bool {
        let (text, units) = (self.text, self.units);
        let owned = (a + 1..head.min(a + 5)).any(|p| {
            units.words[p] == "'s"
                && (a..p)
                    .all(|k| units.units[k].is_word() && is_capitalized(units.text(text, k, k + 1)))
        });
        owned
            && (speaker_head(units, head)
                || LEXICON
                    .roles
                    .longest_ending_at(&units.words, head + 1)
                    .is_some())
    }

    /// The words before the subject at unit `a` (a quotation counts three), as
    /// [`direction_after`] weighs them; none when they only set the scene of the report.
    fn words_before(&self, a: usize) -> usize {
        let (text, units, floor) = (self.text, self.units, self.floor);
        let before_words: usize = (floor..a)
            .map(|k| {
                if units.units[k].is_quote() {
                    3
                } else {
                    usize::from(units.units[k].is_word())
                }
            })
            .sum();
        // "But when Congress cut the funding, Mexico said, the deal was abandoned": a
        // subordinate clause before the frame is the scene; the report is the main clause.
        let lead_at = (floor..a).find(|&k| {
            units.units[k].is_word() && !["but", "and", "so", "yet"].contains(&units.word(k))
        });
        let lead = lead_at.map_or("", |k| units.word(k));
        // "Pressed by Mr. Stephanopoulos, Mr. Trump said ...": so is a participle's phrase.
        let participle_lead = lead_at.is_some_and(|k| k + 1 < a)
            && (is_ing(lead) || lead.len() > 4 && lead.ends_with("ed"))
            && LEXICON.cues.get(lead).is_none()
            && units
                .words
                .get(lead_at.map_or(0, |k| k + 1))
                .is_some_and(|w| {
                    ["by", "about", "on", "for", "if", "whether", "with"].contains(&&**w)
                });
        // "In a statement on its website Valve said ...": a phrase of the scene runs into the
        // subject with no comma, and the report is what follows.
        let scene_lead = lead_at.is_some_and(|k| k + 2 < a)
            && ["in", "during", "at"].contains(&lead)
            && a > 0
            && units.units[a - 1].is_word()
            && (lead_at.unwrap_or(a)..a).all(|k| !units.units[k].is_punct());
        if ([
            "when", "if", "because", "after", "before", "although", "though", "while", "since",
            "unless", "once", "until", "whether", "as",
        ]
        .contains(&lead)
            || participle_lead)
            && is_p(text, units, a.saturating_sub(1), &[","])
            || scene_lead
        {
            0
        } else {
            before_words
        }
    }

    /// On which side the content of a frame whose subject starts at unit `a` lies, and where
    /// the frame ends (`end` as extended over the words after the cue, then over a topic,
    /// an addressee or a phrase of the scene that belongs to it).
    fn direction_and_end(
        &self,
        a: usize,
        mut end: usize,
        before_words: usize,
    ) -> (Direction, usize) {
        let (text, units, lemma) = (self.text, self.units, self.lemma);
        let mut direction = direction_after(text, units, end, before_words);
        // "Under the plan, China is promising to spend ...": the infinitive is what was
        // promised, whatever stands before the subject.
        if infinitive_at(text, units, end) && LEXICON.promise_cues.contains(lemma) {
            direction = Direction::Following;
        }
        // '"It's fine," Trump said of waterboarding.': the topic belongs to the frame.
        if end < units.len() && units.words[end] == "of" && before_words >= 3 {
            let clause_end = clause_end_from(text, units, end);
            if clause_end - end <= 6
                && (clause_end == units.len() || is_p(text, units, clause_end, &[".", "?", "!"]))
            {
                direction = Direction::Preceding;
                end = clause_end;
            }
        }
        if direction == Direction::Preceding && lemma == "tell" {
            // ", he told People's Daily." : the addressee belongs to the frame.
            let clause_end = clause_end_from(text, units, end);
            if clause_end - end <= 5 {
                end = clause_end;
            }
        }
        // '"A," he said, "B."': a frame right after a quotation reports that quotation.
        let after_quote = self.quotation_before(a);
        if after_quote
            && direction == Direction::Following
            && end < units.len()
            && units.units[end].is_quote()
        {
            direction = Direction::Preceding;
            end = self.cue_end;
        }
        // '"It is a big deal," he said outside the building.': the rest sets the scene.
        // '"...," Trump told NBC's "Today" on Monday.', '"You think I'm going to change?"
        // Trump asked reporters during a news conference.': after "told" or "asked", the
        // addressee.
        if after_quote && direction == Direction::Following {
            // ('"...," he said, as the crowd cheered.': past a comma too.)
            let from = if is_p(text, units, end, &[","]) {
                end + 1
            } else {
                end
            };
            let clause_end = (from..units.len())
                .find(|&k| {
                    boundary_punct(text, units, k) && !(lemma == "tell" && short_title(units, k))
                })
                .unwrap_or(units.len());
            if scene_after_quote(units, from, clause_end)
                || (lemma == "tell" || lemma == "ask") && addressee_only(units, from, clause_end)
            {
                direction = Direction::Preceding;
                end = clause_end;
            }
        }
        (direction, end)
    }

    /// Where the subject after an inverted cue ends: at a boundary, or at a time or place
    /// after it, with a place that belongs to a description taken in.
    fn inverted_subject_end(&self) -> usize {
        let (text, units, cue_end) = (self.text, self.units, self.cue_end);
        let n = units.len();
        let mut e = cue_end;
        // (A time adverb after the name is the frame's: "said Nadal afterwards"; so is the
        // one told after a name, "said Steve Dasbach to Wikinews", but not a role's "to",
        // "said the Ambassador to the UN".)
        let addressee = |e: usize| {
            units.words[e] == "to"
                && e > cue_end
                && units.is_capitalized_word(text, e - 1)
                && LEXICON.roles.longest_ending_at(&units.words, e).is_none()
        };
        while e < n
            && !boundary_punct(text, units, e)
            && !(e > cue_end
                && is_time_or_place_word(&units.words[e])
                && (units.words[e] != "to" || addressee(e)))
            && !(e > cue_end
                && ["afterwards", "afterward", "later", "earlier"].contains(&units.word(e))
                && !is_capitalized(units.text(text, e, e + 1)))
        {
            e += 1;
        }
        // ", said one GOP source in the room", "said a Democratic source on the panel": a
        // place after a description (not a name, not a time or the channel) is part of it.
        if e + 2 < n
            && ["a", "an", "one", "another"].contains(&units.word(cue_end))
            && ["in", "on", "at"].contains(&units.word(e))
            && units.words[e + 1] == "the"
            && units.units[e + 2].is_word()
            && !is_capitalized(units.text(text, e + 2, e + 3))
            && !(NOT_A_PLACE.contains(&units.word(e + 2))
                || DAY_PARTS.contains(&units.word(e + 2))
                || TIME_UNITS.contains(&units.word(e + 2)))
            && (e + 3 == n || boundary_punct(text, units, e + 3))
        {
            e += 3;
        }
        e
    }

    /// Inversion: '"...," said Li Sihu, chief designer.' / '..., says the report.': the
    /// subject follows the cue, and the frame reports what precedes it.
    fn inverted_frame(&self) -> Option<Frame> {
        let (text, units, cue_end) = (self.text, self.units, self.cue_end);
        // ('"...," told the BBC News website': after "told" stands the listener, never the
        // speaker; "The meeting, stressing the risks, called for more efforts": after a cue
        // that takes an object stands its object, unless a quotation is what it reports
        // ('"...," underlined Carlos Saldarriaga').)
        let takes_an_object = !self.quotation_before(self.i)
            && LEXICON
                .cues
                .longest_at(&units.words, self.i)
                .is_some_and(|(c, _)| matches!(c.kind, CueKind::Object | CueKind::Weak));
        if self.lemma == "tell" || takes_an_object || self.quoted_name_as_subject() {
            return None;
        }
        let n = units.len();
        let e = self.inverted_subject_end();
        // "..., threatens to create a bind": no subject opens with "to".
        // "..., said he called Haugland": a subject pronoun with words after it opens the
        // reported clause; an inverted pronoun stands alone ("said he").
        let pronoun_clause = e > cue_end + 1 && PERSON_SUBJECTS.contains(&units.word(cue_end));
        // ("The film, called 06/05, has premiered": naming. "The deal, announced Friday,
        // would last": a day, where '"...," said Friday.' is the coach Mike Friday. "Tell me,
        // why ...": an object. None is a speaker after its cue.)
        let w = units.word_or_empty(cue_end);
        if e == cue_end
            || pronoun_clause
            || ["that", "to", "it", "this", "there", "as"].contains(&w)
            || ["me", "him", "them"].contains(&w)
            || ADJUNCT_PREPOSITIONS.contains(&w)
            || is_day_word(w) && e < n && is_p(text, units, e, &[","])
            || self.lemma == "call"
        {
            return None;
        }
        let appo = self.apposition_after(e);
        let end = appo.map_or(e, |(_, f)| f);
        // (A relative clause in the subject may hold its own auxiliary: "said one owner of a
        // shop who declined to be named".)
        let relative = (cue_end + 1..e)
            .find(|&k| ["who", "whose"].contains(&units.word(k)))
            .unwrap_or(e);
        if (cue_end..relative).any(|k| auxiliary_at(text, units, k)) {
            return None;
        }
        let subject = speakers::analyse(text, units, cue_end, e, appo)?;
        if subject.kind == speakers::MentionKind::Description
            && subject.speaker_type == speakers::SpeakerType::Person
            && subject.role_category.is_none()
            && !subject.text.contains(' ')
        {
            return None;
        }
        Some(self.frame(self.i, end, Some(subject), false, Direction::Preceding))
    }

    /// 'Said Ellis: "..."': the subject follows the cue that opens the sentence, up to a
    /// colon or comma, and the frame reports what comes after it.
    fn fronted_frame(&self) -> Option<Frame> {
        let (text, units, cue_end) = (self.text, self.units, self.cue_end);
        let n = units.len();
        let e = (cue_end..n).find(|&k| boundary_punct(text, units, k))?;
        if e == cue_end
            || e + 1 >= n
            || !is_p(text, units, e, &[":", ","])
            || !is_capitalized(units.text(text, cue_end, cue_end + 1))
            || is_day_word(&units.words[cue_end])
            || (cue_end..e).any(|k| AUXILIARIES.contains(&units.word(k)))
        {
            return None;
        }
        // ("Said Dorothy Poynter, a resident: ..." or ', who grew up there, "...': the role
        // runs to the colon, or to the comma before the quotation.)
        let appo_end = (e + 1..n)
            .find(|&k| boundary_punct(text, units, k))
            .filter(|&f| f > e + 1 && f + 1 < n && is_p(text, units, e, &[","]))
            .filter(|&f| {
                is_p(text, units, f, &[":"])
                    || is_p(text, units, f, &[","]) && units.units[f + 1].is_quote()
            });
        let appo = appo_end.map(|f| (e + 1, f));
        let subject = speakers::analyse(text, units, cue_end, e, appo)?;
        let end = appo_end.unwrap_or(e) + 1;
        (subject.kind == speakers::MentionKind::Name)
            .then(|| self.frame(self.i, end, Some(subject), false, Direction::Following))
    }

    /// An apposition after an inverted subject that ends at unit `e` gives the role: ", said
    /// Li, a researcher."
    fn apposition_after(&self, e: usize) -> Option<(usize, usize)> {
        let (text, units, lex) = (self.text, self.units, &*LEXICON);
        let n = units.len();
        if !(e < n && is_p(text, units, e, &[","])) {
            return None;
        }
        let mut f = e + 1;
        while f < n && !boundary_punct(text, units, f) {
            f += 1;
        }
        if !(f > e + 1
            && (f == n || !units.units[f].is_quote())
            && lex.cues.longest_at(&units.words, e + 1).is_none())
        {
            return None;
        }
        if opens_no_apposition(text, units, e, f) {
            return None;
        }
        Some((e + 1, apposition_list_end(text, units, f)))
    }
}

/// Whether the words after the comma at unit `e`, up to the punctuation at unit `f`, are
/// no apposition of the inverted subject before: a participle's phrase, a relative clause
/// with its own report or another person's title, the statement's rest after a
/// conjunction, or a clause with a finite verb.
fn opens_no_apposition(text: &str, units: &Units, e: usize, f: usize) -> bool {
    let lex = &*LEXICON;
    let first = &units.words[e + 1];
    // ", who emphasized that ...": a relative clause with its own report.
    let reporting_relative = ["who", "which"].contains(&&**first)
        && (e + 2..f).any(|x| lex.cues.longest_at(&units.words, x).is_some());
    // ", said Mr Fahey, but the cost is too high": the rest of the statement, joined by a
    // conjunction, is no apposition.
    let joined = ["but", "and", "or", "so", "yet"].contains(&&**first);
    // ", says Mr Cox, the Mac mini is almost disposable": a finite verb before any
    // relative word makes it the statement's second half ("A, said X, B").
    // So does a verb in the past ("Then, says Mr Kotamaraja, the blogging world found
    // out."), unless a passive's participle ("the firm led by Ann Lee").
    let past =
        |k: usize| past_verb_at(text, units, k) && units.words.get(k + 1).is_none_or(|w| w != "by");
    let finite = (e + 1..f)
        .take_while(|&k| !RELATIVES.contains(&units.word(k)))
        .any(|k| {
            let w = units.word(k);
            AUXILIARIES.contains(&w) && w != "'s"
                || ["he", "she", "they", "we", "i", "you", "it"].contains(&w)
                || past(k)
        });
    // (", who attended with British boyfriend Orlando Bloom": a relative clause's role
    // before a name is that other person's title, not the speaker's role.)
    let titles_another = RELATIVES.contains(&&**first)
        && (e + 2..f).any(|k| {
            lex.roles
                .longest_at(&units.words, k)
                .is_some_and(|(_, len)| {
                    k + len < f
                    && !units.is_capitalized_word(text, k)
                    && units.is_capitalized_word(text, k + len)
                    // ("who served as the chief U.S. military adviser": a country's
                    // word opens no name.)
                    && lex.country_words.get(units.word(k + len)).is_none()
                })
        });
    is_ing(first) || reporting_relative || joined || finite || titles_another
}

/// Where an apposition whose first part ends at the punctuation at unit `f` ends, a list
/// inside it included.
fn apposition_list_end(text: &str, units: &Units, mut f: usize) -> usize {
    let n = units.len();
    // ", head of research, evaluation and learning at the Institute.": a list
    // inside the apposition runs on to the sentence's end.
    while f < n && is_p(text, units, f, &[","]) {
        let g = (f + 1..n)
            .find(|&k| boundary_punct(text, units, k))
            .unwrap_or(n);
        let words = words_in(units, f + 1, g);
        // (An age after the name is no part of it: "said his teammate, Jo Park, 22".)
        let age = g == f + 2 && units.words[f + 1].bytes().all(|b| b.is_ascii_digit());
        // (Nor where the statement was made: "said Park Ji-hoon, the firm's head of
        // European operations, at the launch in London.")
        let setting = ["at", "in", "on", "during", "after", "before"]
            .contains(&units.word_or_empty(f + 1))
            && ARTICLES_AND_OWNERS.contains(&units.word_or_empty(f + 2));
        if age
            || setting
            || !(g == n || is_p(text, units, g, &[".", "?", "!", ","]))
            || words.is_empty()
            || !clause_free(&words)
            || (f + 1..g).any(|k| units.units[k].is_quote())
        {
            break;
        }
        f = g;
    }
    f
}

/// Words that open a relative clause inside an apposition ("a firm that makes chips").
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that", "where", "when"];

/// Prepositions that attach a place or a body to the person before them ("a gynecologist
/// from Englewood", "Democrats on Capitol Hill", "a professor at Georgia Tech").
const ATTACHING: &[&str] = &["from", "of", "at", "in", "on", "for", "with"];

/// Whether a name closed by punctuation follows the cue: "said Brad Bannon, a pollster".
pub(super) fn inverted_name_follows(text: &str, units: &Units, cue_end: usize) -> bool {
    let mut e = cue_end;
    while e < units.len() && units.units[e].is_word() && is_capitalized(units.text(text, e, e + 1))
    {
        e += 1;
    }
    e >= cue_end + 2 && (e == units.len() || boundary_punct(text, units, e))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, sole_speaker};

    /// "The KMA has in the past warned that": a time phrase between the auxiliary and the
    /// cue, as a date there is ("who in 2010 said").
    #[test]
    fn a_time_phrase_stands_between_the_auxiliary_and_the_cue() {
        for s in [
            "The association has in the past warned that the country risks losing doctors.",
            "The association has in recent years argued that fees are too high.",
            "The association in May 2010 said that fees were too high.",
        ] {
            assert_eq!(sole_speaker(s), "The association", "{s}");
        }
    }

    /// "A nurse who requested anonymity because she is not allowed to speak to the press
    /// said": a relative clause that keeps its subject anonymous may end in a noun of its own.
    #[test]
    fn a_source_kept_anonymous_speaks_past_its_long_relative_clause() {
        for (s, speaker) in [
            (
                "A nurse who requested anonymity because she is not allowed to speak to the press said wages were late.",
                "A nurse",
            ),
            (
                "A person familiar with the matter who asked not to be identified because the talks are private said the deal was close.",
                "A person familiar with the matter",
            ),
            (
                "Another man who worshiped at the center and who did not want to be named said he heard the talk.",
                "Another man",
            ),
        ] {
            assert_eq!(sole_speaker(s), speaker, "{s}");
        }
    }

    /// "Sen. Dale Whitmore (R-Okla.), who said": the party and state in parentheses stand
    /// for the name before them, as "D-Ohio" between commas does.
    #[test]
    fn who_after_a_party_in_parentheses_is_the_name_before() {
        for s in [
            "That did not satisfy Sen. Dale Whitmore (R-Okla.), who said the deal was weak.",
            "That did not satisfy Sen. Dale Whitmore (R-OK), who said the deal was weak.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].0, "the deal was weak");
            assert_eq!(r[0].3, "Dale Whitmore", "{s}");
        }
    }

    /// A noun in -ing before a role is the role's portfolio, no participle: the name after
    /// the role speaks.
    #[test]
    fn a_subject_before_who_speaks_when_the_noun_before_the_cue_cannot() {
        let r = run("A woman who lives beside the bridge said the water had risen.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the water had risen", "A woman")
        );
        // (The relative's own subject speaks where it is one: "who Smith said".)
        let r = run("The man who Smith said had fled was found.");
        assert!(r.iter().all(|x| x.3 != "The man"), "{r:?}");
    }

    #[test]
    fn a_portfolio_in_ing_before_a_role() {
        let r = run("Greens housing spokesman Max Smith said both parties had abandoned renters.");
        assert_eq!(r[0].3, "Greens housing spokesman Max Smith");
        let r = run("Tottenham sporting director Frank Arnesen denied the claims.");
        assert_eq!(r[0].3, "Tottenham sporting director Frank Arnesen");
        let r = run("Kyriakos Mitsotakis speaking to the Atlantic Council said Greece was ready.");
        assert_eq!(r[0].3, "Kyriakos Mitsotakis");
    }

    #[test]
    fn who_after_a_place_or_body_a_preposition_attaches_stands_for_the_person() {
        for (s, who) in [
            (
                "\"It is fine,\" said Alan Berger, a doctor from Englewood, New Jersey, who said \
                 he knew the family.",
                "Alan Berger",
            ),
            (
                "It was led by Mark Hay, a marine ecologist at Georgia Tech, who said it was bad.",
                "Mark Hay",
            ),
            (
                "\"We lost,\" said Nicky Driscoll, 24, from Manchester, who said it was close.",
                "Nicky Driscoll",
            ),
            (
                "It may placate nervous Democrats on Capitol Hill, who have argued that it helps.",
                "Democrats",
            ),
            (
                "It was signed by Dianne Feinstein of California, the ranking Democrat on the \
                 Senate Intelligence Committee, who said none were marked.",
                "Dianne Feinstein",
            ),
            (
                "It was mocked by Ann Lee, a former staff member for the Smith campaign in \
                 Philadelphia who said she would protest.",
                "Ann Lee",
            ),
        ] {
            let r = run(s);
            let last = r.last().expect("a statement");
            assert_eq!(last.3, who, "{s}: {r:?}");
        }
        // Without a person before the phrase, the place or body stays: a body's own
        // "who" ("the Court of Appeal, who said") or a phrase after a verb.
        let r = run("The ban was struck down by the European Court, who said it was unlawful.");
        assert_eq!(
            r.last().map(|x| x.3.as_str()),
            Some("the European Court"),
            "{r:?}"
        );
    }

    #[test]
    fn a_verb_in_the_past_after_an_inverted_subject_goes_on_with_the_statement() {
        let r = run("Then, says Mr Kotamaraja, the blogging world found out.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the blogging world found out", "Mr Kotamaraja")
        );
        // A passive's participle is part of the apposition.
        let r = run("\"We are ready,\" said Ann Lee, the head of a charity led by her son.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Ann Lee");
    }

    #[test]
    fn after_a_cue_that_takes_an_object_stands_its_object_not_a_speaker() {
        for s in [
            "Last year's winner, Stephen King, accused the industry of snobbery.",
            "The ministry has, in a statement, called on drivers to slow down.",
        ] {
            let r = run(s);
            assert!(
                r.iter()
                    .all(|x| !["=the industry", "the industry", "drivers to"].contains(&&*x.3)),
                "{s}: {r:?}"
            );
        }
        // A quotation before it is what it reports.
        let r = run("\"It is a pilot project,\" underlined Carlos Saldarriaga.");
        assert_eq!(r[0].3, "Carlos Saldarriaga");
    }

    #[test]
    fn a_clause_joined_to_the_subject_is_not_what_it_said() {
        let r = run(
            "This spring, when floods closed the road and Lund threatened to shut the \
             plant for a month, the union called a meeting.",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "to shut the plant for a month");
        let r = run(
            "Doctors had wanted to operate at once but he insisted on waiting until the season ended.",
        );
        assert_eq!(r[0].0, "on waiting until the season ended");
        // After a quotation, the words before "and" name a second speaker.
        let r = run("\"We are sorry,\" chief executive Ann Lee and finance director Bo Wu said.");
        assert_eq!(r[0].0, "We are sorry,");
    }

    #[test]
    fn a_linking_phrase_between_subject_and_cue() {
        let r = run("The judges who heard the case, for instance, said the rule was unfair.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the rule was unfair", "The judges")
        );
        let r = run("Ada Brill's office, in fact, said she would back the plan.");
        assert_eq!(r[0].3, "Ada Brill's office");
    }

    #[test]
    fn a_statement_with_its_own_predicate_before_an_inverted_frame() {
        // The phrase between the commas is no apposition of a subject before a predicate
        // of its own: the inverted name after the cue speaks.
        let r =
            run("The arrival of new ferries, due in May, could mean lower fares, said Ms Brill.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Ms Brill");
        assert!(r[0].0.starts_with("The arrival"), "{r:?}");
        // A description after "is" is the complement, no subject.
        let r =
            run("The ferry is a central part of island life, at least for some, says Ada Brill.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Ada Brill");
        // A relative clause's predicate still stands between a subject and its cue.
        let r = run(
            "Ms Brill, whose hometown, Tarn, is set to lose its ferry, said the plan was unfair.",
        );
        assert_eq!(r[0].3, "Ms Brill");
        // A clause after the cue, with its modal, is what is said, no inverted speaker.
        let r = run(
            "Supporters of the tax, including several business groups, say the region cannot keep growing.",
        );
        assert!(r.iter().all(|x| !x.3.contains("cannot")), "{r:?}");
    }

    #[test]
    fn after_told_stands_the_listener() {
        // A stray comma before "told": the name before it speaks, not the listener after it.
        let r = run(
            "\"Sales were strong,\" Kirsten Pfeifer from the trade body, told the BBC News website.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Kirsten Pfeifer");
        let r = run("\"Sales were strong,\" told the BBC News website.");
        assert!(r.iter().all(|x| x.3 != "the BBC News website"), "{r:?}");
    }

    /// "Emma Lockwood, managing director, told Gulf News:": after "told" a name is the
    /// hearer, so the role in -ing before it stays the speaker's apposition (there was no row).
    #[test]
    fn a_name_after_told_is_no_inverted_speaker() {
        for s in [
            "Emma Lockwood, managing director, told Gulf News: \"The demand is there.\"",
            "Emma Lockwood, managing director, told Gulf News \"The demand is there.\"",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].3, "Emma Lockwood", "{s}");
        }
    }

    #[test]
    fn a_time_adverb_after_an_inverted_name_is_the_frame_s() {
        let r = run("\"What a great way to finish the year,\" said Nadal afterwards.");
        assert_eq!(r[0].3, "Nadal");
        let r = run("\"We lost,\" said Ada Brill later.");
        assert_eq!(r[0].3, "Ada Brill");
    }

    /// A cue's bare form after "and" goes on with an infinitive of the content before it;
    /// a verb that agrees with the reporter's still shares its subject.
    #[test]
    fn a_bare_cue_after_and_goes_on_with_the_content_s_infinitive() {
        let r = run("He said China will open its market and welcome German firms.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            r[0].0,
            "China will open its market and welcome German firms"
        );
        let r = run(
            "The message asks recipients to click on the attachment and answer some questions.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        let r = run("He said China would open its market and urged firms to invest.");
        assert_eq!(r.len(), 2, "{r:?}");
        // So does one after a comma in a list of infinitives.
        let r = run(
            "Zhu urged all parties to exercise restraint, observe the ceasefire and stop attacks.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Zhu");
    }

    /// A "that" before an auxiliary opens a relative clause on the subject's noun, as "who"
    /// does; a cue right after the relative's verb is the relative's own.
    #[test]
    fn a_relative_that_clause_on_the_subject() {
        let r = run(
            "Progressive organizations that have endorsed him say superdelegates should choose the winner.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Progressive organizations");
        let r = run("He wants war on the organization that has declared a caliphate in Syria.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn an_inverted_subject_with_a_relative_clause() {
        let r = run(
            "\"We will not close the quay,\" said one owner of a boatyard who declined to be named.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "one owner of a boatyard who declined to be named");
    }

    #[test]
    fn said_to_is_hearsay_with_no_speaker() {
        let r = run("Its founders are said to believe that the offer undervalues the company.");
        assert!(r.is_empty(), "{r:?}");
        let r = run("Mr Gates is said to be trying to arrange a meeting.");
        assert!(r.is_empty(), "{r:?}");
        // A frame of its own around the hearsay reports it all.
        let r = run("The firm is said to be struggling, said Piet Lindqvist, an analyst.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "The firm is said to be struggling");
    }

    #[test]
    fn relative_reports_with_a_verb_after_the_cue() {
        let r = run("The list, which the campaign says includes 2.7 million contributors, is big.");
        assert_eq!(r[0].0, "includes 2.7 million contributors");
        let r = run("The plan, which he said was flawed, failed.");
        assert_eq!(r[0].0, "was flawed");
    }

    #[test]
    fn an_age_after_an_apposed_name_is_no_part_of_it() {
        let r = run("\"It feels unreal,\" said his teammate, Jo Park, 22.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "Jo Park");
    }

    #[test]
    fn a_quoted_title_before_a_cue_is_its_subject() {
        assert_eq!(
            run("\"Build Back Better\" calls for an increase in corporate taxes."),
            []
        );
        // A quotation closed by its punctuation, or followed by a name, is reported.
        assert_eq!(run("\"We will win,\" said Smith.")[0].3, "Smith");
        assert_eq!(run("\"We will win\" said Smith.")[0].3, "Smith");
    }

    #[test]
    fn a_lowercase_modifier_before_a_title_opens_the_name() {
        for s in [
            "But state Rep. Gilda Cobb-Hunter, a member of the committee, said the lead could erode.",
            "But former Rep. Gilda Cobb-Hunter, a member of the committee, said the lead could erode.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert!(r[0].3.ends_with("Rep. Gilda Cobb-Hunter"), "{s}: {r:?}");
        }
    }

    #[test]
    fn a_relative_report_may_join_nouns_with_and() {
        for s in [
            "Graham, who says Britain and France should send troops, tweeted that it failed.",
            "Graham, who says the United States and allies should send troops, tweeted that it failed.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 2, "{s}: {r:?}");
            assert!(r[0].0.ends_with("should send troops"), "{s}: {r:?}");
        }
        // A conjunction before a verb joins predicates: the relative reports nothing here.
        let r = run("Smith, who has admitted fraud and will testify, said he was sorry.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn a_linking_phrase_after_an_auxiliary_stands_between_subject_and_cue() {
        for s in [
            "The Tories are in turn demanding that Blair quit.",
            "The Tories have in fact said that Blair should quit.",
            "The Tories have, in turn, said that Blair should quit.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].3, "The Tories", "{s}");
        }
        // A clause's opening is no such phrase: "it is predicting" is its own subject's.
        let r = run("Assuming it keeps its share, it is predicting that sales will double.");
        assert_eq!(r[0].3, "it");
    }

    #[test]
    fn a_relative_on_the_object_of_a_preposition_reports() {
        let r = run("It was broken by an architect who said he was stiffed.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he was stiffed", "an architect")
        );
        let r = run("The story was run by the Daily Mail which said the hint came from insiders.");
        assert_eq!(r[0].3, "the Daily Mail");
    }

    #[test]
    fn a_relative_on_an_object_or_after_there_are_reports() {
        for (s, who) in [
            (
                "He met an architect who said he was stiffed.",
                "an architect",
            ),
            ("There are critics who say the plan will fail.", "critics"),
            (
                "There are some economists who argue that taxes should be low.",
                "some economists",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        // A phrase of its own is no antecedent after "was".
        let r = run("There was broad support from charities, who said it would help.");
        assert!(
            r.iter().all(|x| x.3 != "broad support from charities"),
            "{r:?}"
        );
    }

    /// A clause with no "that" on a noun has its own subject from its "the": not the noun
    /// before it, not a name set beside its kind, not a sum's.
    #[test]
    fn a_clause_with_no_that_opens_its_subject_at_the() {
        for (s, who) in [
            (
                "It is an arrangement the campaign says will end soon.",
                "the campaign",
            ),
            (
                "A few days later the administration said it would appeal.",
                "the administration",
            ),
            (
                "A report published alongside the decision said traffic fell.",
                "A report published alongside the decision",
            ),
            (
                "Estimates vary, the think-tank the Brookings Institution says.",
                "the think-tank the Brookings Institution",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    /// A passive's agent set off by a comma is what the relative after it stands for, a
    /// body before "which" as a person before "who"; not a person's name before "which".
    #[test]
    fn the_agent_set_off_before_which_or_who_speaks() {
        for (s, who) in [
            (
                "The raid was led by Scotland Yard, which said the case was closed.",
                "Scotland Yard",
            ),
            (
                "His claims were denied by Foreign Secretary Jack Straw, who accused the \
                 Tories of \"running scared\" of debate.",
                "Foreign Secretary Jack Straw",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        let r = run(
            "It was sparked by claims in a new book, by journalist Robert Peston, which \
             suggested Mr Blair broke a pledge.",
        );
        assert!(r.iter().all(|x| x.3 != "journalist Robert Peston"), "{r:?}");
    }

    /// People a preposition or a verb takes, set off by a comma before "who", are the
    /// relative's speakers; a cue with a preposition after it reports nothing, and neither
    /// does "said nothing".
    #[test]
    fn who_after_the_people_a_preposition_or_verb_takes() {
        for (s, who) in [
            (
                "The veto drew criticism from the bill's sponsors, who have said they have \
                 the votes to override it.",
                "the bill's sponsors",
            ),
            (
                "The remark worried some analysts, who pointed out that it would violate the \
                 constitution.",
                "some analysts",
            ),
            (
                "The plan was welcomed by farmers, who said it would help.",
                "farmers",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
        for s in [
            "It is the leaders, responding to pressure from labor unions, who have insisted \
             on acting now.",
            "He spoke to the reporters, who said nothing.",
            "Smith, who said nothing, left.",
        ] {
            let r = run(s);
            assert!(r.is_empty(), "{s}: {r:?}");
        }
    }

    #[test]
    fn a_relative_after_a_comma_stands_for_the_person_before_it() {
        for (s, who) in [
            (
                "Trump heard a lecture from the Mexican president, who said that NAFTA was good.",
                "the Mexican president",
            ),
            (
                "Trump met the Mexican president, who said that NAFTA was good.",
                "the Mexican president",
            ),
            (
                "The last question came from a young voter, who said he would vote.",
                "a young voter",
            ),
        ] {
            assert_eq!(sole_speaker(s), who, "{s}");
        }
    }

    #[test]
    fn a_relative_before_a_that_clause_reports_it() {
        let r = run("It was in line with what Ann Lee said last month that troops would leave.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("troops would leave", "Ann Lee")
        );
        let r = run("It was a suit in which Democrats argued that the map was illegal.");
        assert_eq!(r[0].0, "the map was illegal");
        assert_eq!(run("It was in line with what Ann Lee said last month."), []);
        assert_eq!(run("It was what Ann Lee called a disaster."), []);
    }

    #[test]
    fn a_relative_report_before_the_cue_of_its_name() {
        let r = run("Marta Oyelaran, who says the rules have changed, said the club would appeal.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the rules have changed", "Marta Oyelaran")
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].3.as_str()),
            ("the club would appeal", "Marta Oyelaran")
        );
        // After a quotation the cue reports the quotation, and the clause is an aside.
        let r = run(
            "\"We will not wait,\" Oyelaran, who has proposed a ballot over two years, said then.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "We will not wait,");
        // No clause, no report: a work written, an act admitted.
        let r = run("Ada Brill, who wrote the musical Ride On, said it was her last.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "it was her last");
    }

    #[test]
    fn a_relative_on_a_name_after_a_verb() {
        // The noun phrase search stops at "was"; the name before the comma is the antecedent.
        let r = run("The loss was steep for Mr. Okafor, who said he intended to take a day off.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he intended to take a day off", "Okafor")
        );
        // But an object is no clause: "who has admitted fraud and will testify".
        let r = run(
            "Lawyers have been trying to paint Mr Sullivan, who has admitted fraud and will testify, as the mastermind.",
        );
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn a_relative_on_a_long_titled_name_after_a_preposition() {
        let r = run(
            "He spoke when asked about comments by Japanese Defense Minister Hiroshi Tanabe, \
             who told the Japanese parliament on Tuesday that Tokyo would watch.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            (
                "Tokyo would watch",
                "Japanese Defense Minister Hiroshi Tanabe"
            )
        );
    }

    #[test]
    fn an_apposition_with_a_relative_clause_keeps_its_name() {
        // "he called ..." after the cue is the report, not an inverted speaker.
        let r = run(
            "Tom Varga, a Vermont state delegate who is part of the committee, said he called the chairman.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("he called the chairman", "Tom Varga")
        );
        // The weak "described" reports nothing and no longer bounds the subject of "said".
        let r = run(
            "Ms. Okafor, a Democrat who described herself as a lifelong member, said she would back it.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("she would back it", "Ms. Okafor")
        );
        assert!(run("The party advocates states' rights and lower taxes.").is_empty());
    }

    /// "Some fans leaving the venue said", "Shoppers outside the store said": a group noun
    /// before a participle's or a place's phrase heads the subject where its last word heads
    /// nothing.
    #[test]
    fn a_group_before_its_participle_or_place_heads_the_subject() {
        for (s, who) in [
            (
                "Some fans leaving the venue said they had been moved to tears.",
                "Some fans leaving the venue",
            ),
            (
                "Shoppers interviewed outside the store said they were worried.",
                "Shoppers interviewed outside the store",
            ),
            (
                "Shoppers outside the store said they were worried.",
                "Shoppers outside the store",
            ),
        ] {
            let r = run(s);
            assert_eq!((r.len(), r[0].3.as_str()), (1, who), "{r:?}");
        }
    }

    #[test]
    fn participle_takes_the_sentence_subject() {
        let r = run(
            "Hillary Clinton spoke about the shooting in Tulsa, arguing that the killings must stop.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the killings must stop", "=Hillary Clinton")
        );
        assert!(
            run("In Tulsa, the crowd marched, arguing that the killings must stop.")
                .iter()
                .all(|x| !x.3.starts_with('='))
        );
        let r =
            run("A New York judge rejected the request, saying the courts have no business here.");
        assert_eq!(r[0].3, "=A New York judge");
        // A lowercase role of two words between a body's name and the person's.
        let r = run(
            "White House press secretary Sean Spicer later sought to temper the comments, \
             telling reporters the sanctions would remain.",
        );
        assert_eq!(r[0].3, "=White House press secretary Sean Spicer");
        // A place's preposition that opens the sentence opens no name.
        let r = run(
            "Inside the hotel, Trump dismissed Walker as weak, arguing that the state \
             had suffered.",
        );
        assert_eq!(r[0].3, "=Trump");
        let r = run(
            "Near the end of the hearing, a fisherman stood and asked whether anyone \
             had hauled a trap.",
        );
        assert_eq!(r[0].3, "=a fisherman");
        // A role that opens in "-ing" is no participle's phrase.
        let r = run(
            "Managing director Graham Fordyce defended the move, telling the BBC that \
             fares had fallen behind.",
        );
        assert_eq!(r[0].3, "=Managing director Graham Fordyce");
        let r = run("U.S. media quoted officials as saying that the Pentagon had issued a notice.");
        assert!(r.iter().all(|x| x.3 != "=U.S."), "{r:?}");
        // A clause that sets the scene stands before the subject.
        let r =
            run("When Reisz retired, Mara Voss led the concert, saying that he set the standard.");
        assert_eq!(r[0].3, "=Mara Voss");
        // After a spaced hyphen as after a comma, unless the hyphen opens an aside.
        let r = run("Unions criticised the plan - saying the airline was profitable.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].3, "=Unions");
        let r = run("The win - confirming their place at the top - proves that they can last.");
        assert!(r.iter().all(|x| x.2 != "confirming"), "{r:?}");
    }

    #[test]
    fn relative_report_after_an_inverted_frame() {
        let r = run(
            "\"It is simpler,\" said Mr. Kamin, who emphasized that her proposals would simplify returns.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(
            (r[1].2.as_str(), r[1].3.as_str()),
            ("emphasized", "Mr. Kamin")
        );
        let r = run(
            "At a meeting on Monday, one questioner claimed that the forces of correctness were at work.",
        );
        assert_eq!(r[0].3, "one questioner");
        let r = run("Trump charges that countries donated millions of dollars to the foundation.");
        assert_eq!(r[0].2, "charges");
    }

    /// A date or a week between the subject and the cue is the frame's; a participle's date
    /// stays in the subject.
    #[test]
    fn a_date_between_the_subject_and_the_cue() {
        for s in [
            "President Ivan Petrenko on May 26 called on partners to speed up deliveries.",
            "President Ivan Petrenko on 26 March said the deliveries were too slow.",
            "President Ivan Petrenko last week said the deliveries were too slow.",
            "President Ivan Petrenko earlier this month said the deliveries were too slow.",
        ] {
            let r = run(s);
            assert_eq!(r.len(), 1, "{s}: {r:?}");
            assert_eq!(r[0].3, "President Ivan Petrenko", "{s}");
        }
        let r = run("The budget for the year starting on 21 March calls for the sale of holdings.");
        assert_eq!(r[0].3, "The budget for the year starting on 21 March");
    }

    /// A bare cue form after "and" before an "-ing" word or a preposition is a noun, no
    /// second verb of the subject.
    #[test]
    fn a_bare_cue_after_and_before_a_preposition_is_a_noun() {
        for s in [
            "Zhao said the economy got off to a steady start, with both production and demand \
             picking up.",
            "Zhao said prices reflect the balance between supply and demand in the market.",
            "She had learned to read and write at a very young age.",
        ] {
            let r = run(s);
            assert!(r.len() <= 1, "{s}: {r:?}");
            assert!(r.iter().all(|x| x.2 == "said"), "{s}: {r:?}");
        }
        let r = run("Zhao said the economy grew, with production and demand in step.");
        assert!(r[0].0.ends_with("in step"), "{r:?}");
        // A verb with its object or clause is the subject's second.
        let r = run("The studio gave few details and say it has the potential to grow.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "it has the potential to grow");
    }

    /// A statement before its frame never ends in a preposition, an infinitive's "to" or an
    /// article: the words after it are their object, not a speaker.
    #[test]
    fn no_statement_ends_in_a_word_that_wants_an_object() {
        for s in [
            "The deadline is near for lawmakers to file committee reports.",
            "The time was cut to less than 10 hours thanks to digital platforms that \
             \"track every container.\"",
        ] {
            let r = run(s);
            assert!(
                r.iter().all(|x| x.1 != "indirect" && x.1 != "mixed"),
                "{s}: {r:?}"
            );
        }
        // After "said", the statement is what follows.
        let r = run(
            "Essential Guide to British Quangos author Dan Lewis said at least 111 \
             bodies had been set up.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].0.starts_with("at least 111"), "{r:?}");
        assert!(r[0].3.ends_with("Dan Lewis"), "{r:?}");
    }

    /// A dated phrase between "who" and the cue, and a description set off by commas
    /// between the name and "who", leave the relative clause its name.
    #[test]
    fn who_after_a_date_or_a_description_reports() {
        let r = run(
            "Ruiz has had a frosty relationship with Ada Brill, who in 2010 said the levy was dead.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the levy was dead", "Ada Brill")
        );
        let r = run(
            "Ruiz has had a frosty relationship with Ada Brill, who in May 2010 said the levy was dead.",
        );
        assert_eq!(r[0].3, "Ada Brill");
        let r = run(
            "Ruiz has had a frosty relationship with Ada Brill, now the Senate majority leader, who said the levy was dead.",
        );
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the levy was dead", "Ada Brill")
        );
        // A phrase, not a description: no name to take from before it.
        let r = run(
            "In Lima, Ruiz heard a lecture from the Peruvian president, who said that tariffs helped.",
        );
        assert!(r.iter().all(|x| x.3 != "Lima"), "{r:?}");
    }

    /// A relative clause in parentheses between the subject and the cue is the subject's.
    #[test]
    fn a_parenthesized_relative_before_the_cue() {
        let r = run("Ruiz (who has 25 boats to date) said the quay would be ready.");
        assert_eq!(
            (r[0].0.as_str(), r[0].3.as_str()),
            ("the quay would be ready", "Ruiz")
        );
    }
}
