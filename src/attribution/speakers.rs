//! Speaker mentions: what a subject noun phrase says about who is speaking.
//!
//! Given the words that stand for a source ("Japanese Deputy Foreign Minister Shinsuke
//! Sugiyama", "he", "the Chinese diplomat", "sources with the Xi'an Satellite Control
//! Center"), this module finds the name, role, type, gender and any country word in it.
//! Linking mentions to each other is `resolve`'s job.

use crate::attribution::attribute::subject;
use crate::attribution::names::plural_possessive_in_a_body;
use crate::lexicon::grammar::{
    DAYS, LONE_QUANTIFIERS, NAME_PARTICLES, NUMBER_WORDS, SCENE_PREPOSITIONS, WordList,
    is_day_word, is_month_or_day, is_number_word,
};
use crate::lexicon::{CountryWordKind, Gender, Institution, LEXICON, Pronoun, StartBit};
use crate::text::tokens::{TokenKind, brand_in_lower_case, is_capitalized};
use crate::text::units::{Unit, Units};

/// What kind of source a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerType {
    Person,
    Organization,
    Group,
    Document,
}

impl SpeakerType {
    /// The CSV value.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organization => "organization",
            SpeakerType::Group => "group",
            SpeakerType::Document => "document",
        }
    }
}

/// How a mention names its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name ("Liu Jianchao", "Liu", "the USFK").
    Name,
    /// A pronoun.
    Pronoun,
    /// A description ("the Chinese diplomat", "experts", "a statement").
    Description,
}

/// Whether a country was stated or worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountryBasis {
    Explicit,
    Inferred,
}

/// A country tied to a mention and the words that tie it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryEvidence {
    /// ISO alpha-2, or empty for an international body (which blocks inference).
    pub code: String,
    pub basis: CountryBasis,
    pub evidence: String,
}

/// The ending of a birthplace's compound ("Indian-born"), which ends its evidence too.
const BORN: &str = "-born";

impl CountryEvidence {
    /// Whether the evidence is where the speaker was born ("Uruguayan-born"), which leaves
    /// room for a country they live or work in (`birthplace_at` writes the compound as the
    /// evidence).
    pub fn is_birthplace(&self) -> bool {
        self.evidence.ends_with(BORN)
    }
}

/// One mention of a source.
#[derive(Clone, Debug)]
pub struct SpeakerMention {
    /// Byte range of the mention in the text.
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    pub speaker_type: SpeakerType,
    /// The proper name in the mention, without titles ("Shinsuke Sugiyama", "U.S. Forces Korea").
    pub name: Option<String>,
    /// Abbreviations given in parentheses ("USFK").
    pub aliases: Vec<String>,
    pub role: Option<String>,
    /// Role category from `data/roles.csv` ("diplomat").
    pub role_category: Option<String>,
    pub gender: Option<Gender>,
    pub plural: bool,
    pub country: Option<CountryEvidence>,
    /// The body a person works for, as the mention names it ("Sonaptic" in "Sonaptic's
    /// managing director David Monteith", "Acme Research" in "Jane Roe of Acme Research").
    pub employer: Option<String>,
    /// The description's head noun, lowercased ("diplomat", "ministry").
    pub head: String,
    /// The mention as written.
    pub text: String,
    /// Where the words that stand for the speaker at the statement are written, when they
    /// are not the mention itself: the relative pronoun of "Mitch McConnell, who said"
    /// (the `speaker_mention` column), while the name before it is what is resolved.
    pub written_at: Option<(usize, usize)>,
    /// Whether speaking here makes the speaker the one a later "he said" stands for: not
    /// the asker of "Rubio was asked by Gerard Baker whether ...", whom Rubio answers.
    pub salient: bool,
}

/// Letters written after a person's name, which read as an acronym ("Ben Emmerson QC",
/// "Brent Bozell III", "Tony Wright MP", Ireland's senior counsel "Donal Kiely SC"): a
/// person's, not a body's.
const POST_NOMINALS: &[&str] = &[
    "qc", "kc", "sc", "ii", "iii", "iv", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "phd",
];

/// The post-nominals that are honours or degrees, not part of the name an analyst groups
/// by: "Kama Melly QC" is Kama Melly ("Brent Bozell III" keeps his numeral).
const HONOURS: &[&str] = &["qc", "kc", "sc", "obe", "mbe", "cbe", "kbe", "phd"];

pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "other",
    "another", "its", "his", "her", "their", "our", "one", "two", "three", "both", "all",
];

/// Gives a person with no role category the category of the role that the title right
/// before the name abbreviates (`before`, the words before it): "Sen. John Cornyn" is a
/// lawmaker, for "the senator" later. No role is written, so none is shown.
fn take_title_category(category: &mut Option<String>, before: &[&str]) {
    let lex = &*LEXICON;
    if category.is_none()
        && let Some(title) = before.iter().rfind(|w| **w != ".")
        && let Some(role) = lex.honorific_roles.get(title.trim_end_matches('.'))
    {
        *category = lex.roles.get(role).map(|r| r.category.clone());
    }
}

/// The employer of a person whom a company's office alone introduces ("Chief executive
/// Bernard Coudray"): the body the story named last, as for "its chief executive".
pub const STORY_BODY: &str = "the body named last";

/// The offices a company's officers hold, which name no one's employer alone but the
/// company's the story is about ("Chief executive Bernard Coudray"). Not the executives of
/// data/roles.csv that hold no office of a body ("businessman", "investor", "founder") or
/// that a club or a board has as well ("manager", "board member").
const COMPANY_OFFICES: &[&[&str]] = &[
    &["chief", "executive"],
    &["chief", "executive", "officer"],
    &["ceo"],
    &["chairman"],
    &["chairwoman"],
    &["chairperson"],
    &["chair"],
    &["vice", "chairman"],
    &["managing", "director"],
    &["general", "manager"],
    &["chief", "operating", "officer"],
    &["chief", "financial", "officer"],
    &["chief", "finance", "officer"],
    &["finance", "director"],
    &["financial", "director"],
    &["commercial", "director"],
    &["marketing", "director"],
    &["sales", "director"],
    &["chief", "marketing", "officer"],
    &["chief", "commercial", "officer"],
    &["chief", "technology", "officer"],
    &["executive", "vice", "president"],
    &["senior", "vice", "president"],
];

/// The capitalized name before a possessive that opens the words before a person's name:
/// "Sonaptic's managing director David Monteith" gives "Sonaptic". A country's ("Britain's
/// foreign secretary") is left to the country words.
fn owner_before(text: &str, units: &Units, head_part: &[usize], words: &[&str]) -> Option<String> {
    let lex = &*LEXICON;
    // "Its chief executive, Femke Visser,": the body "it" stands for, which resolution
    // finds as it finds "the company".
    if words.first() == Some(&"its") {
        let k = units.units[head_part[0]];
        return Some(text[k.start()..k.end()].to_string());
    }
    let p = words.iter().position(|w| *w == "'s")?;
    let from = usize::from(words.first().is_some_and(|w| *w == "the"));
    // "the company's export manager Chiara Lombardi", "The ministry's director-general, Rina
    // Wulandari,": the body "the company" takes up, or the one named last that holds the
    // body's own word, which resolution finds.
    if from == 1 && p == 2 && lex.org_words.contains(words[1]) {
        let a = units.units[head_part[0]].start();
        let b = units.units[head_part[1]].end();
        return Some(text[a..b].to_string());
    }
    if p <= from
        || !(from..p).all(|q| capitalized_at(text, units, head_part[q]))
        || lex.country_words.longest_at(&words[from..p], 0).is_some()
    {
        return None;
    }
    let a = units.units[head_part[from]].start();
    let b = units.units[head_part[p - 1]].end();
    Some(text[a..b].to_string())
}

/// Whether the one capitalized word `word` at `name_start` of the head phrase `words` is a
/// common word, not a name: "Officials", "Reports" ("Sources": a plural of one), unless a
/// title comes before it ("Mr. King") or it is a party after "the" ("the Conservatives",
/// the party its members form).
fn common_word_alone(words: &[&str], name_start: usize, word: &str) -> bool {
    let lex = &*LEXICON;
    let after_title = honorific_before(words, name_start);
    let party =
        name_start > 0 && words[name_start - 1] == "the" && lex.institutions.get(word).is_some();
    !after_title
        && !party
        && (lex.group_nouns.contains(word)
            || lex.roles.get(word).is_some()
            || lex.document_nouns.get(word).is_some()
            || word.strip_suffix('s').is_some_and(|one| {
                lex.document_nouns.get(one).is_some() || lex.roles.get(one).is_some()
            }))
}

/// Whether the name run is one demonym for a single person after "the" ("the American",
/// "the Briton", "the Spaniard"), not a people ("the French", "the Chinese", "the Swiss")
/// nor a plural ("the Americans").
fn singular_demonym(run_words: &[&str], name_start: usize, words: &[&str]) -> bool {
    let w = run_words.last().copied().unwrap_or("");
    // "the 55-year-old Frenchman", "the 24-year-old Swiss": an age (with at most one word
    // more) before the demonym makes it one person, whatever its ending.
    let aged =
        (2..=3).contains(&name_start) && words[1..name_start].iter().any(|x| x.ends_with("-old"));
    // ("the New Zealander", "the South African": a demonym of two words.)
    (1..=2).contains(&run_words.len())
        && (name_start == 1 || aged)
        && words[0] == "the"
        && (aged
            || !["ese", "ch", "sh", "ss", "s"]
                .iter()
                .any(|end| w.ends_with(end))
            // ("the Czech": a people's word that takes a plural of its own is one of them.)
            || run_words.len() == 1 && LEXICON.is_country_adjective(&format!("{w}s")))
        && LEXICON.is_country_adjective(&run_words.join(" "))
}

/// Whether a capitalized compound describes the name after it: its part after the hyphen is
/// lower case ("Paris-based", "Co-author"; "Kilroy-Silk" and "Jean-Claude" are names).
fn hyphened_modifier(raw: &str) -> bool {
    raw.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
}

/// Words that count a part of a group besides numbers ("some of the women", "a majority of
/// voters"); the group after them is the head.
const QUANTIFIERS: &[&str] = &[
    "some", "many", "most", "all", "none", "several", "half", "few", "each", "both", "majority",
    "minority", "third", "thirds", "quarter", "quarters", "number", "one",
];
/// Whether the stop word at `core[p]` only joins a quantity to its group: "of" after words
/// that count ("Some of the women", "a third of voters"), "in" between numbers ("six in 10
/// voters").
fn partitive(units: &Units, core: &[usize], p: usize) -> bool {
    let word = |q: usize| units.word(core[q]);
    let count = |w: &str| {
        QUANTIFIERS.contains(&w)
            || NUMBER_WORDS.contains(&w)
            || w.bytes().all(|c| c.is_ascii_digit())
    };
    let lead = |q: usize| {
        (0..q).all(|r| {
            [
                "a", "the", "more", "than", "nearly", "almost", "about", "roughly", "around",
                "only", "just",
            ]
            .contains(&word(r))
        })
    };
    match units.word(core[p]) {
        "of" => {
            (1..=3).contains(&p) && count(word(p - 1)) && lead(p - 1)
                // "nine out of 10"
                || (2..=4).contains(&p)
                    && word(p - 1) == "out"
                    && count(word(p - 2))
                    && lead(p - 2)
        }
        "in" => {
            p >= 1
                && p + 1 < core.len()
                && count(word(p - 1))
                && word(p + 1).bytes().all(|c| c.is_ascii_digit())
                && lead(p - 1)
        }
        _ => false,
    }
}

/// The role category (data/roles.csv) of a role after "shadow": an opposition member of
/// parliament.
const SHADOW_CATEGORY: &str = "lawmaker";

/// Words that end a description's head phrase: what follows modifies it. (A `WordList`:
/// asked of nearly every word of every mention.)
const HEAD_STOPS: WordList = WordList::new(&[
    "with",
    "of",
    "from",
    "at",
    "in",
    "on",
    "for",
    "by",
    // ("Insurance agents across Tampa Bay", "residents around the lake".)
    "across",
    "around",
    "throughout",
    "released",
    "published",
    "issued",
    "dated",
    // ("A joint statement adopted at the end of the forum", "a copy of the draft seen by the
    // Post", "a memo obtained by", "a letter sent to".)
    "adopted",
    "signed",
    "seen",
    "obtained",
    "posted",
    "sent",
    "written",
    "circulated",
    "prepared",
    "commissioned",
    "compiled",
    "who",
    "which",
    "that",
    "chaired",
    "led",
    "under",
    "to",
    "familiar",
    "close",
]);

/// Whether a name joins two with " and " ("Castellano and Ortiz"): `contains(" and ")`
/// found by the name's spaces (a name is short, and setting up a substring search cost
/// more than the search).
fn joins_with_and(name: &str) -> bool {
    let b = name.as_bytes();
    memchr::memchr_iter(b' ', b).any(|i| b[i + 1..].starts_with(b"and "))
}

fn raw<'a>(text: &'a str, units: &Units, i: usize) -> &'a str {
    let u = units.units[i];
    &text[u.start()..u.end()]
}

/// `is_capitalized(raw(text, units, i))` from the unit's first byte, without slicing the
/// text (asked of nearly every word of every mention; always inlined, as the compiler did
/// not).
#[inline(always)]
fn capitalized_at(text: &str, units: &Units, i: usize) -> bool {
    let u = units.units[i];
    match text.as_bytes().get(u.start()) {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => is_capitalized(raw(text, units, i)),
    }
}

fn is_word(units: &Units, i: usize) -> bool {
    units.units[i].is_word()
}

/// Lowercase words that never open a speaker's mention.
const NEVER_OPEN_A_MENTION: &[&str] = &["along", "with", "of", "accounting", "provided"];

/// Analyses the mention `units[a..b]`, with an optional apposition `units[pa..pb]` that
/// gives a role ("Liu Jianchao, China's assistant foreign minister,").
///
/// While a [`SentenceMemo`] is open for the sentence of `units`, a mention kept there by
/// [`keep`] is taken rather than analysed again.
pub fn analyse(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    apposition: Option<(usize, usize)>,
) -> Option<SpeakerMention> {
    let key = (a, b, apposition);
    let kept = MEMO.with_borrow_mut(|memo| memo.take(text, units, key));
    match kept {
        Some(m) => m,
        None => analyse_afresh(text, units, a, b, apposition).map(single_spaced),
    }
}

/// A mention whose words are joined by single spaces, whatever white space the article
/// puts between them ("Ava\u{a0}DuVernay", a name broken over two lines): names are matched
/// and split at spaces later on, and the offsets keep the article's own characters.
fn single_spaced(mut m: SpeakerMention) -> SpeakerMention {
    single_space(&mut m.text);
    single_space(&mut m.head);
    for s in m.name.iter_mut().chain(&mut m.role).chain(&mut m.employer) {
        single_space(s);
    }
    m.aliases.iter_mut().for_each(single_space);
    m
}

/// Makes every run of white space in `s` (a no-break space, a line break, a tab) one space:
/// a name or role as names are matched and as an analyst groups them.
pub(crate) fn single_space(s: &mut String) {
    // (Asked of every mention's words: one pass over the bytes, the character test only for
    // text past ASCII, where the other spaces are.)
    let mut after_space = false;
    let odd = s.bytes().any(|c| {
        let odd = !(0x20..0x80).contains(&c) || c == b' ' && after_space;
        after_space = c == b' ';
        odd
    }) && (s.is_ascii()
        || s.contains("  ")
        || s.contains(|c: char| c.is_whitespace() && c != ' '));
    if odd {
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

/// The mentions analysed in one sentence that a later stage asks about again: the names
/// `names::scan_names` registers are, most of them, the subjects of the sentence's frames
/// ("Tony Blair said"), and an analysis costs thousands of instructions.
#[derive(Default)]
struct Memo {
    /// The sentence's units and text (addresses and lengths) while its memo is open: a
    /// question about other units (a name read on its own) is never answered from it.
    sentence: Option<[usize; 4]>,
    kept: Vec<(MemoKey, Option<SpeakerMention>)>,
}

/// The arguments of an analysis: the mention's units and the apposition's.
type MemoKey = (usize, usize, Option<(usize, usize)>);

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
}

impl Memo {
    fn identity(text: &str, units: &Units) -> [usize; 4] {
        [
            units.units.as_ptr() as usize,
            units.units.len(),
            text.as_ptr() as usize,
            text.len(),
        ]
    }

    /// The mention kept for `key`, taken out (a second question analyses afresh).
    fn take(&mut self, text: &str, units: &Units, key: MemoKey) -> Option<Option<SpeakerMention>> {
        if self.kept.is_empty() || self.sentence != Some(Memo::identity(text, units)) {
            return None;
        }
        let k = self.kept.iter().position(|(k, _)| *k == key)?;
        Some(self.kept.swap_remove(k).1)
    }
}

/// Keeps `mention`, what `analyse(text, units, a, b, apposition)` gave, for the next time
/// it is asked while the sentence's memo is open; nothing when none is.
pub fn keep(
    text: &str,
    units: &Units,
    (a, b, apposition): MemoKey,
    mention: Option<SpeakerMention>,
) {
    MEMO.with_borrow_mut(|memo| {
        if memo.sentence == Some(Memo::identity(text, units)) {
            memo.kept.push(((a, b, apposition), mention));
        }
    });
}

/// The memo of one sentence's analyses, open from `open` until dropped. The units it is
/// opened for must outlive it (they do: the pipeline holds both for the sentence), so no
/// other units can stand at their address meanwhile.
pub struct SentenceMemo(());

impl SentenceMemo {
    /// Opens the memo of the sentence `units`, emptying any other.
    pub fn open(text: &str, units: &Units) -> SentenceMemo {
        MEMO.with_borrow_mut(|memo| {
            memo.sentence = Some(Memo::identity(text, units));
            memo.kept.clear();
        });
        SentenceMemo(())
    }
}

impl Drop for SentenceMemo {
    fn drop(&mut self) {
        let _ = MEMO.try_with(|memo| {
            if let Ok(mut memo) = memo.try_borrow_mut() {
                memo.sentence = None;
                memo.kept.clear();
            }
        });
    }
}

/// `analyse` without the memo.
fn analyse_afresh(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
    apposition: Option<(usize, usize)>,
) -> Option<SpeakerMention> {
    let (a, b) = mention_bounds(text, units, a, b)?;
    let mut m = bare_mention(text, units, a, b);
    if let Some((pronoun, p)) = pronoun_alone(units, a, b) {
        m.end = m.start + pronoun.len();
        m.text.truncate(pronoun.len());
        return Some(pronoun_mention(m, p, pronoun));
    }
    if let Some(outlet) = outlet_before_media_noun(text, units, a, b) {
        return Some(outlet);
    }
    read_phrase(text, units, (a, b), apposition, m)
}

/// The units `a..b` trimmed to what can be a mention, if anything is left.
fn mention_bounds(text: &str, units: &Units, a: usize, b: usize) -> Option<(usize, usize)> {
    let (a, b) = trim_punctuation(text, units, a, b);
    if a >= b || units.units[a..b].iter().any(Unit::is_quote) {
        return None;
    }
    // "with mobile services", "of staff within the department", "accounting for 30% of
    // infections": a phrase that opens with a preposition or a participle of one names no
    // speaker (a subject search that ran into the middle of a sentence); after "including"
    // or "among" the speaker is what follows ("including actor George C Scott who said").
    let lower = |k: usize| !units.is_capitalized_word(text, k);
    let a = if lower(a) && ["including", "among"].contains(&units.word(a)) {
        a + 1
    } else {
        a
    };
    // "dismantling of the Springboks", "putting them at odds with": a lowercase participle
    // with its object or preposition after it opens a clause, never a speaker ("marketing
    // manager Simon George", "restructuring experts": one before a noun describes it). The
    // clause may run into a relative clause whose own subject, "the" and capitalized words,
    // ends the mention and is the speaker ("infringing on the only Amendment the Founding
    // Fathers wrote ..."). ("meddling the California congressman said is designed to ...":
    // a participle before a determined noun phrase, the relative clause's own subject, is
    // no part of it.)
    let a = if !participle_at(text, units, a, b) {
        a
    } else if OPEN_A_PARTICIPLE_CLAUSE.contains(&units.word(a + 1)) {
        relative_subject_ending(text, units, a, b)?
    } else if DETERMINERS.contains(&units.word(a + 1)) {
        a + 1
    } else {
        a
    };
    if a >= b || lower(a) && NEVER_OPEN_A_MENTION.contains(&units.word(a)) {
        return None;
    }
    let a = after_capitals_heading(text, units, a, b).unwrap_or(a);
    // "Sanders himself said", "the WTO itself": the reflexive only stresses who it is.
    let b = if b - a >= 2
        && ["himself", "herself", "itself", "themselves"].contains(&units.word(b - 1))
    {
        b - 1
    } else {
        b
    };
    Some((a, b))
}

/// Where "the" opens capitalized words that end the mention `a..b` right after a capitalized
/// noun ("... the only Amendment the Founding Fathers"): the subject of a relative clause
/// with no "that".
fn relative_subject_ending(text: &str, units: &Units, a: usize, b: usize) -> Option<usize> {
    let k = (a + 2..b.saturating_sub(1))
        .rev()
        .find(|&k| units.word(k) == "the")?;
    (units.is_capitalized_word(text, k - 1)
        && (k + 1..b).all(|x| units.is_capitalized_word(text, x)))
    .then_some(k)
}

/// Whether the mention `a..b` opens with a lowercase word in -ing before another word.
fn participle_at(text: &str, units: &Units, a: usize, b: usize) -> bool {
    let w = units.word(a);
    // ("something many Republicans urged": a word in -thing is a pronoun.)
    a + 1 < b
        && w.len() > 5
        && w.ends_with("ing")
        && !w.ends_with("thing")
        && !units.is_capitalized_word(text, a)
}

/// Words after a participle that make it the verb of a clause: a pronoun as its object, or
/// a preposition it takes.
const OPEN_A_PARTICIPLE_CLAUSE: &[&str] = &[
    "them", "him", "it", "us", "me", "of", "on", "in", "at", "about", "with", "to", "into", "over",
    "up", "out", "for", "from",
];

/// Where the name starts after a heading in capitals that a flattened text ran into the
/// sentence after it ("A NEW ERA Xi Jinping, general secretary ...", "CONTROVERSIES AND
/// OTHER GAFFES Three people ..."): the first word of the run `i..j` after two or more words
/// in capitals, when a word in ordinary capitalization follows them.
pub(crate) fn after_capitals_heading(
    text: &str,
    units: &Units,
    i: usize,
    j: usize,
) -> Option<usize> {
    let capitals = |k: usize| {
        let w = units.text(text, k, k + 1);
        w.bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'\'')
    };
    let k = (i..j).find(|&k| !capitals(k))?;
    // ("ABS-CBN CEO Carlo Katigbak", "US FBI agent": a role, a body or a country in capitals
    // is the name's own description.)
    let lex = &*LEXICON;
    let describes = (i..k).any(|at| {
        let w = units.word(at);
        lex.roles.get(w).is_some()
            || lex.institutions.get(w).is_some()
            || lex.country_words.get(w).is_some()
            || w.contains('-')
    });
    if describes {
        return None;
    }
    // ("A NEW ERA": an article may open the heading; initials are no heading, "J K Rowling".)
    let words = (i..k)
        .filter(|&at| units.text(text, at, at + 1).len() >= 2)
        .count();
    (words >= 2 && units.is_capitalized_word(text, k)).then_some(k)
}

/// The mention `a..b` as a description of a person, before anything is read of it.
fn bare_mention(text: &str, units: &Units, a: usize, b: usize) -> SpeakerMention {
    SpeakerMention {
        start: units.units[a].start(),
        end: units.units[b - 1].end(),
        kind: MentionKind::Description,
        speaker_type: SpeakerType::Person,
        name: None,
        aliases: Vec::new(),
        role: None,
        role_category: None,
        gender: None,
        plural: false,
        country: None,
        employer: None,
        head: String::new(),
        text: units.text(text, a, b).to_string(),
        written_at: None,
        salient: true,
    }
}

/// The pronoun a mention of one word is, alone or before a clitic ("They've said", "I'd
/// told them": the pronoun before the clitic is the mention).
fn pronoun_alone<'u>(units: &'u Units, a: usize, b: usize) -> Option<(&'u str, &'static Pronoun)> {
    if b - a != 1 {
        return None;
    }
    let word = units.word(a);
    if let Some(p) = LEXICON.pronouns.get(word) {
        return Some((word, p));
    }
    let (pronoun, _) = word
        .split_once('\'')
        .filter(|(_, clitic)| ["ve", "d", "ll", "re", "m"].contains(clitic))?;
    Some((pronoun, LEXICON.pronouns.get(pronoun)?))
}

/// Reads the noun phrase `a..b` into `m`: its roles, its name or head, its country, and
/// what an apposition `apposition` adds.
fn read_phrase(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    apposition: Option<(usize, usize)>,
    mut m: SpeakerMention,
) -> Option<SpeakerMention> {
    let phrase = Phrase::new(text, units, a, b, &mut m.aliases);
    // Country words anywhere in the mention, first one wins (explicit).
    m.country = country_in(text, units, &phrase.core);
    let role_spans = phrase.roles(&mut m);
    m.role = phrase.role_text(&role_spans);
    let name_start = phrase.name_run_start(&role_spans);
    let (name_start, affiliation) = phrase.skip_name_openers(name_start);
    let head_word = phrase.words.last().copied().unwrap_or_default();
    m.head = head_word.to_string();
    let person_name = if name_start < phrase.words.len() && !party_member(&phrase.words) {
        phrase.read_name(&mut m, name_start, &role_spans, affiliation)
    } else {
        // "dpa said": a body that writes its name in lower case is named all the same.
        if phrase.words.len() == 1 && LEXICON.institutions.get(head_word).is_some() {
            phrase.set_name(&mut m, phrase.head_part(), SpeakerType::Organization);
        }
        &[]
    };
    if m.kind == MentionKind::Description {
        // ("A Commission spokeswoman said": the body's own word before the role, which
        // resolution finds.)
        if m.role.is_some() && m.employer.is_none() {
            m.employer = phrase.body_before_role(&role_spans);
        }
        m.speaker_type = description_type(&phrase.words, head_word, m.role_category.is_some());
        m.plural = m.plural || m.speaker_type == SpeakerType::Group;
        // A description that names an institution or international body inside it ("the
        // website of the World Health Organization") ties to that body's country.
    }
    if phrase.join_speakers(a, &mut m, &role_spans) {
        return Some(m);
    }
    // "Castellano and Ortiz" read as one name: two people, a group.
    if m.kind == MentionKind::Name
        && m.speaker_type == SpeakerType::Person
        && m.name.as_deref().is_some_and(joins_with_and)
    {
        m.speaker_type = SpeakerType::Group;
        m.plural = true;
    }
    if let Some((pa, pb)) = apposition {
        if let Some(named) = phrase.named_in_apposition(&m, pa, pb) {
            return Some(named);
        }
        apply_apposition(text, units, pa, pb, &mut m);
    }
    if let Some(named) = named_after_role_object(text, units, (a, b), &phrase.core, &m) {
        return Some(named);
    }
    if let Some(named) = person_of_a_body(text, units, (a, b), &phrase.core, &m) {
        return Some(named);
    }
    phrase.fill_country(&mut m, person_name);
    Some(m)
}

/// "Shadow spokesman for sport Hugh Robertson": the person named after a description `m`
/// (the mention `a..b`) whose role has a lowercase object, with the rest as their role.
fn named_after_role_object(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    core: &[usize],
    m: &SpeakerMention,
) -> Option<SpeakerMention> {
    if m.kind != MentionKind::Description || m.role.is_none() {
        return None;
    }
    let at = name_after_role_object(text, units, core)?;
    let mut named = analyse(text, units, at, b, None)?;
    if named.kind != MentionKind::Name || named.speaker_type != SpeakerType::Person {
        return None;
    }
    named.role = Some(units.text(text, a, at).trim_end().to_string());
    named.role_category = m.role_category.clone();
    named.country = named.country.or_else(|| m.country.clone());
    Some(named)
}

/// "Robert Antonacci of the New York delegation", "Mark Longden of the Independent
/// Manchester United Supporters' Association": a person (a given name and one or two more
/// capitalized words) of a body, where the mention `m` (units `a..b`) was read as the body
/// or its description. The person is named, the body is their employer.
fn person_of_a_body(
    text: &str,
    units: &Units,
    (a, b): (usize, usize),
    core: &[usize],
    m: &SpeakerMention,
) -> Option<SpeakerMention> {
    if m.speaker_type == SpeakerType::Person || core.first() != Some(&a) {
        return None;
    }
    let lex = &*LEXICON;
    // (The "of" first: most mentions have none.)
    if !core.iter().take(9).any(|&k| units.word(k) == "of") {
        return None;
    }
    let cap = |p: usize| units.units[core[p]].is_word() && capitalized_at(text, units, core[p]);
    // ("Associate Professor Chua Beng Kiat of the National University of Singapore",
    // "Commodore Salim bin Hamad Al-Harthy of the Royal Navy of Oman": titles before the
    // name, which then needs no given name, and particles inside it.)
    let words: Vec<&str> = core.iter().map(|&k| units.word(k)).collect();
    let mut titles = 0;
    while titles < core.len() && cap(titles) {
        match lex.roles.longest_at(&words, titles) {
            Some((_, n)) => titles += n,
            None if lex.is_title_word(words[titles]) => titles += 1,
            None => break,
        }
    }
    let of = (titles + 2..=titles + 5).find(|&p| p + 1 < core.len() && words[p] == "of")?;
    let particle = |p: usize| NAME_PARTICLES.contains(&words[p]) && p > titles;
    // ("Pieter van Heusden of the European People's Party": a particle between capitalized
    // words makes a person's name of an unlisted given name, unless a body's word is in it.)
    let particle_name =
        (titles + 1..of).any(particle) && !(titles..of).any(|p| lex.org_words.contains(words[p]));
    if !(titles..of).all(|p| cap(p) || particle(p))
        || of - titles > 3 && !(titles..of).any(particle)
        || titles == 0 && !lex.given_names.contains_key(words[0]) && !particle_name
    {
        return None;
    }
    let mut named = analyse(text, units, a, core[of], None)?;
    if named.kind != MentionKind::Name || named.speaker_type != SpeakerType::Person {
        return None;
    }
    let body = units.text(text, core[of] + 1, b).trim();
    named.employer = Some(body.trim_start_matches("the ").to_string());
    named.end = m.end;
    named.text = m.text.clone();
    // (The body's words say the country, not the name's: "Nikki Holland of the UK's National
    // Crime Agency" is British.)
    named.country = m
        .country
        .clone()
        .or_else(|| analyse(text, units, core[of] + 1, b, None).and_then(|body| body.country));
    Some(named)
}

/// Where a two- or three-word name starts that ends the mention `core` after a role's
/// lowercase object ("spokesman for sport Hugh Robertson", "Opposition spokesman on labour
/// Rohan Gayle"), if one does.
fn name_after_role_object(text: &str, units: &Units, core: &[usize]) -> Option<usize> {
    let lex = &*LEXICON;
    let n = core.len();
    let cap = |p: usize| units.units[core[p]].is_word() && capitalized_at(text, units, core[p]);
    let len = (2..=3)
        .rev()
        .find(|&len| n > len + 2 && (n - len..n).all(cap))?;
    let first = n - len;
    let before = units.word(core[first - 1]);
    (!cap(first - 1)
        && units.units[core[first - 1]].is_word()
        && !["of", "for", "the", "and", "'s"].contains(&before)
        && (0..first).any(|p| ["for", "of", "on"].contains(&units.word(core[p])))
        && lex.places.longest_at(&units.words, core[first]).is_none()
        && lex
            .country_words
            .longest_at(&units.words, core[first])
            .is_none())
    .then_some(core[first])
}

/// "Reuters news agency", "the Liverpool Echo newspaper" (data/media_nouns.txt after a
/// capitalized word): a name, the outlet's, an organization. The name keeps what the outlet
/// is ("Yonhap news agency", as the gold sets write it; "Reuters" alone later is the same
/// body), which is also its role.
fn outlet_before_media_noun(
    text: &str,
    units: &Units,
    a: usize,
    b: usize,
) -> Option<SpeakerMention> {
    let lex = &*LEXICON;
    let (_, n) = lex.media_nouns.longest_ending_at(&units.words, b)?;
    let name_end = b.checked_sub(n).filter(|&e| e > a)?;
    // "a Baton Rouge newspaper", "a Russian news agency": a place's or country's outlet, one
    // the article does not name.
    let ends_in_place = |k: usize| {
        let len = |found: Option<usize>| found == Some(name_end - k);
        len(lex.places.longest_at(&units.words, k).map(|(_, l)| l))
            || len(lex
                .country_words
                .longest_at(&units.words, k)
                .map(|(_, l)| l))
    };
    if !units.is_capitalized_word(text, name_end - 1)
        || (name_end..b).any(|k| units.is_capitalized_word(text, k))
        || ["a", "an"].contains(&units.word(a))
        || (a..name_end).any(ends_in_place)
    {
        return None;
    }
    let mut m = analyse_afresh(text, units, a, name_end, None)?;
    if m.kind != MentionKind::Name {
        return None;
    }
    m.speaker_type = SpeakerType::Organization;
    let what = units.text(text, name_end, b).to_string();
    m.name = m.name.map(|name| format!("{name} {what}"));
    m.role = Some(what);
    m.end = units.units[b - 1].end();
    m.text = units.text(text, a, b).to_string();
    Some(m)
}

/// The mention `a..b` without punctuation at either end (parentheses stay).
fn trim_punctuation(text: &str, units: &Units, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && !is_word(units, a) && !is_open_paren(text, units, a) {
        a += 1;
    }
    // ("42% say": the sign is the head.)
    while b > a
        && !is_word(units, b - 1)
        && !is_close_paren(text, units, b - 1)
        && units.text(text, b - 1, b) != "%"
    {
        b -= 1;
    }
    (a, b)
}

/// A mention that is one pronoun (`word`).
fn pronoun_mention(mut m: SpeakerMention, p: &Pronoun, word: &str) -> SpeakerMention {
    m.kind = MentionKind::Pronoun;
    m.gender = p.gender;
    m.plural = p.plural;
    // ("I", "me": the one speaking is a person.)
    m.speaker_type = if p.refers.iter().any(|r| r == "person" || r == "self") && !p.plural {
        SpeakerType::Person
    } else if p.plural {
        SpeakerType::Group
    } else {
        SpeakerType::Organization
    };
    m.head = word.to_string();
    m
}

/// Whether the head phrase's `words` describe one member of a party ("a New Hampshire
/// Republican", "a Democrat", "the Texas Republican") or some of its members ("Some Democrats", "several senior
/// Republicans", "two Tories"): an unnamed source described by its own words, not the party's
/// name.
fn party_member(words: &[&str]) -> bool {
    let head = words.last().copied().unwrap_or_default();
    let first = words.first().copied().unwrap_or_default();
    let some = LONE_QUANTIFIERS.contains(&first)
        || NUMBER_WORDS.contains(&first)
        || ["other", "few", "dozens"].contains(&first);
    // ("the Wisconsin Republican", "the second-term Democrat": one member the article named
    // before, taken up as a description is.)
    let one = ["a", "an"].contains(&first) || first == "the" && words.len() <= 4;
    (one && !head.ends_with('s') || some && head.ends_with('s'))
        && words.len() >= 2
        && LEXICON
            .affiliations
            .get(head)
            .is_some_and(|(_, kind)| kind == "party")
}

/// What kind of source a description is, by its head phrase's `words` and `head_word`, and
/// whether a role was found in it.
fn description_type(words: &[&str], head_word: &str, has_role: bool) -> SpeakerType {
    let lex = &*LEXICON;
    // A source of data ("according to government data", "the research recommended") is a
    // document as a report is (data/data_sources.txt).
    // ("according to media reports", "court filings": a plural of a document noun too; but
    // "the papers" are the press.)
    let singular = head_word
        .strip_suffix('s')
        .filter(|&w| w.len() > 2 && w != "paper");
    let doc = lex.data_sources.contains(head_word)
        || singular.is_some_and(|w| lex.document_nouns.get(w).is_some())
        || (0..words.len()).any(|k| {
            lex.document_nouns
                .longest_at(words, k)
                .is_some_and(|(_, n)| k + n == words.len())
        });
    if doc {
        SpeakerType::Document
    } else if lex.group_nouns.contains(head_word)
        // ("Passenger groups said": a generic plural after a role's word is no person.)
        || lex.generic_sources.contains(head_word) && head_word.ends_with('s')
        // A share of those asked: "two in three", "nine out of 10", "27%".
        || NUMBER_WORDS.contains(&head_word)
        || head_word == "%"
        // "many argue", "others said": a quantifier alone stands for people.
        || LONE_QUANTIFIERS.contains(&head_word)
        || ["few", "both"].contains(&head_word)
        || !head_word.is_empty() && head_word.bytes().all(|c| c.is_ascii_digit())
    {
        SpeakerType::Group
    } else if lex.org_words.contains(head_word)
        || head_word == "government"
        || head_word == "meeting"
    {
        SpeakerType::Organization
    } else if has_role {
        SpeakerType::Person
    } else if head_word.ends_with('s') && !head_word.ends_with("ss") {
        SpeakerType::Group
    } else {
        SpeakerType::Person
    }
}

/// The name at the end of a head phrase: where it starts among the phrase's words, its
/// units and words, and the owner before a possessive that opened it ("Yahoo's").
struct NameRun<'r, 'w> {
    start: usize,
    units: &'r [usize],
    words: Vec<&'w str>,
    owner: Option<String>,
}

/// The words of one mention, as the rules below read them.
struct Phrase<'a, 'u> {
    text: &'a str,
    units: &'a Units<'u>,
    /// The mention's units, less parenthesized abbreviations.
    core: Vec<usize>,
    /// How many of `core` make the head phrase: up to the first preposition or participle
    /// that starts a modifier.
    head_end: usize,
    /// The head phrase's words.
    words: Vec<&'a str>,
}

impl<'a, 'u> Phrase<'a, 'u> {
    /// The mention `a..b` read into its core and head phrase; parenthesized abbreviations are
    /// aliases, not part of the name, and go to `aliases`.
    fn new(
        text: &'a str,
        units: &'a Units<'u>,
        a: usize,
        b: usize,
        aliases: &mut Vec<String>,
    ) -> Self {
        let mut i = a;
        // Sized once: the core is nearly all of the mention's units.
        let mut core: Vec<usize> = Vec::with_capacity(b - a);
        while i < b {
            if is_open_paren(text, units, i) {
                let mut j = i + 1;
                while j < b && !is_close_paren(text, units, j) {
                    j += 1;
                }
                if j == i + 2 && is_word(units, i + 1) {
                    aliases.push(raw(text, units, i + 1).to_string());
                }
                i = j + 1;
                continue;
            }
            core.push(i);
            i += 1;
        }
        let head_end = head_phrase_end(text, units, a, &core);
        let words = core[..head_end].iter().map(|&k| units.word(k)).collect();
        Phrase {
            text,
            units,
            core,
            head_end,
            words,
        }
    }

    /// The head phrase's units.
    fn head_part(&self) -> &[usize] {
        &self.core[..self.head_end]
    }

    /// The raw text of the head phrase's `k`th word.
    fn raw_at(&self, k: usize) -> &'a str {
        raw(self.text, self.units, self.head_part()[k])
    }

    /// The byte range of the head phrase's words `s..e`.
    fn span(&self, s: usize, e: usize) -> (usize, usize) {
        let hp = self.head_part();
        (
            self.units.units[hp[s]].start(),
            self.units.units[hp[e - 1]].end(),
        )
    }

    /// Roles: longest matches in the head phrase, as ranges of `words`; the mention takes
    /// the category of the first (or of one that ends the phrase) and any gender they give.
    fn roles(&self, m: &mut SpeakerMention) -> Vec<(usize, usize)> {
        let (lex, words) = (&*LEXICON, &self.words);
        let mut role_spans: Vec<(usize, usize)> = Vec::new();
        let mut k = 0;
        while k < words.len() {
            // ("Royal Mail says": a role word that opens a listed body's name is none.)
            let opens_a_body = |n: usize| {
                lex.institutions
                    .longest_at(words, k)
                    .is_some_and(|(_, len)| len > n)
            };
            // ("The Scottish Executive said", "the Health and Safety Executive": nor is one
            // that ends it, a name of up to four words more. The names' last words are
            // looked up, one bit for most roles, not every start before the role.)
            let ends_a_body = |n: usize| {
                lex.institutions
                    .longest_ending_at(words, k + n)
                    .is_some_and(|(_, len)| (n + 1..=n + 4).contains(&len))
            };
            if let Some((role, n)) = lex.roles.longest_at(words, k)
                && !self.role_word_is_a_name(k, n)
                && !opens_a_body(n)
                && !ends_a_body(n)
                && !self.names_a_body_s_field(k)
                && !self.names_a_holder_s_body(k + n)
            {
                // "Shadow home secretary David Davis" speaks for the opposition, not the
                // government: the role keeps "shadow", and "the home secretary" is someone
                // else.
                let shadow = k > 0
                    && words[k - 1] == "shadow"
                    && role_spans.last().is_none_or(|&(_, e)| e < k);
                let category = if shadow {
                    SHADOW_CATEGORY
                } else {
                    role.category.as_str()
                };
                let end = self.portfolio_end(k + n);
                // (A capitalized official's title may hold a portfolio too: "Expatriates'
                // Welfare and Overseas Employment Adviser", a Bangladeshi minister's.)
                let holds_a_portfolio = role.category == "minister"
                    || role.category == "official"
                        && capitalized_at(self.text, self.units, self.head_part()[k]);
                let open = if shadow {
                    k - 1
                } else {
                    self.portfolio_list_before(k, holds_a_portfolio)
                };
                role_spans.push((open, end));
                if m.role_category.is_none() || k + n == words.len() {
                    // ("Foreign Affairs Minister": a field before the role is its portfolio.)
                    let portfolio = &words[open.min(k.saturating_sub(2))..end];
                    m.role_category = Some(foreign_office(category, portfolio).into());
                }
                if role.gender.is_some() {
                    m.gender = role.gender;
                }
                k = end;
            } else {
                if let Some(g) = lex.honorifics.get(words[k].trim_end_matches('.'))
                    && g.is_some()
                {
                    m.gender = *g;
                }
                k += 1;
            }
        }
        role_spans
    }

    /// Where a role at `k` of the head phrase opens when a portfolio of several fields
    /// stands before it as a list: "Culture, Media and Sport Secretary", "Malaysian
    /// Tourism, Arts and Culture Minister" (the country's word stays out). The list ends in
    /// "and" and a capitalized word right before the role. A minister's role
    /// (`holds_a_portfolio`) may also take two fields of listed words.
    fn portfolio_list_before(&self, k: usize, holds_a_portfolio: bool) -> usize {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let cap = |p: usize| capitalized_at(self.text, self.units, head_part[p]);
        // ("Arts and Culture Minister": the role's own first word may end the list.)
        let last_field = if k >= 3 && cap(k - 1) && ["and", "&"].contains(&words[k - 2]) {
            k - 3
        } else if k >= 2 && cap(k) && ["and", "&"].contains(&words[k - 1]) {
            k - 2
        } else {
            return self.listed_fields_before(k, holds_a_portfolio);
        };
        let field = |p: usize| cap(p) && lex.may_be_portfolio_field(words[p]);
        // (The fields before the role's own words are no name or country: "Schroeder and
        // Italian Prime Minister Silvio Berlusconi" joins two people.)
        if !(last_field..k).all(|p| ["and", "&"].contains(&words[p]) || field(p)) {
            return k;
        }
        let mut open = last_field;
        let mut commas = 0;
        while open > 0 {
            if field(open - 1) {
                open -= 1;
            } else if words[open - 1] == "," && open >= 2 && field(open - 2) {
                open -= 1;
                commas += 1;
            } else {
                break;
            }
        }
        // A list of three fields or more: two ("Trade and Industry Secretary") are read by
        // the listed roles, or by the fields' words.
        if commas == 0 {
            return self.listed_fields_before(k, holds_a_portfolio);
        }
        open
    }

    /// Where a portfolio of two fields or more before the role at `k` of the head phrase
    /// opens when each field is one to three capitalized words that end in a listed field's
    /// word (data/portfolio_fields.txt), joined by "and", "&" or commas: "Natural Resources
    /// and Environmental Sustainability Minister", "Lands, Agriculture, Fisheries, Water and
    /// Rural Development Minister". `k` when none does ("Kerry and Defense Secretary"), or
    /// when the role is no minister's (`holds_a_portfolio`): "a Department for Education
    /// and Skills spokeswoman" speaks for the department.
    fn listed_fields_before(&self, k: usize, holds_a_portfolio: bool) -> usize {
        if !holds_a_portfolio {
            return k;
        }
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let field_word = |p: usize| {
            capitalized_at(self.text, self.units, head_part[p])
                && lex.may_be_portfolio_field(words[p])
        };
        // ("Home Affairs and Justice Minister", "Treasury and Finance Minister": the role's
        // own first word is the last field.)
        let (mut end, mut open, mut fields) = if k >= 2
            && ["and", "&"].contains(&words[k - 1])
            && field_word(k)
            && lex.portfolio_fields.contains(words[k])
        {
            (k - 1, k, 1)
        } else {
            (k, k, 0)
        };
        loop {
            let mut start = end;
            while start > 0 && end - start < 3 && field_word(start - 1) {
                start -= 1;
            }
            // ("Investment Promotion Minister": an abstract noun ends a field too.)
            if start == end || !ends_a_portfolio_field(words[end - 1]) {
                break;
            }
            (open, fields) = (start, fields + 1);
            if start == 0 || !["and", "&", ","].contains(&words[start - 1]) {
                break;
            }
            end = start - 1;
        }
        if fields >= 2 { open } else { k }
    }

    /// Whether the role word at `k` of the head phrase (a role `n` words long) is part of a
    /// name: a surname after an honorific or a given name ("Mr. King", "Oliver King"), or a
    /// given name that opens one ("Dean Narramore", "Earl Spencer").
    fn role_word_is_a_name(&self, k: usize, n: usize) -> bool {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        // "Mr. King", "Ms Bishop": after an honorific a capitalized word is a surname.
        let title_before = |p: usize| lex.is_honorific(words[p]);
        // "Oliver King", "Martin Luther King", "Billie Jean King": after a name that opens
        // with a given name too.
        // (The given name opens the name, and is no place: "Virginia State Attorney
        // General Jerry Kilgore", "Santa Barbara County Sheriff Bill Brown".)
        let given_at = |s: usize| {
            lex.given_names.contains_key(words[s])
                // (A middle initial's period is part of the name: "Peter T. King".)
                && (s..k).all(|p| {
                    capitalized_at(self.text, self.units, head_part[p]) || words[p] == "."
                })
        };
        let given_before = || {
            // ("Andrew Tyrie MP": a role in capitals after the name stays one.)
            let acronym = || self.raw_at(k).chars().all(|c| c.is_ascii_uppercase());
            k > 0 && given_at(k - 1)
                || (k.saturating_sub(3)..k.saturating_sub(1)).any(|s| {
                    given_at(s)
                        // ("Representative Peter T. King": a title may stand before.)
                        && (s == 0
                            || !capitalized_at(self.text, self.units, head_part[s - 1])
                            || lex.roles.get(words[s - 1]).is_some()
                            || title_before(s - 1))
                        && !lex.names_a_place(words[s])
                        && (s + 1..k).all(|p| lex.roles.get(words[p]).is_none())
                }) && !acronym()
        };
        // (Asked only where a role starts: most words start none.)
        let surname = || {
            k > 0
                && (title_before(k - 1)
                    || words[k - 1] == "." && k > 1 && title_before(k - 2)
                    || given_before())
                && capitalized_at(self.text, self.units, head_part[k])
        };
        // "Dean Narramore", "Earl Spencer": a role word that is also a given name, before
        // one capitalized word that ends the phrase, opens the name.
        let given_name = || {
            k + 2 == words.len()
                && lex.given_names.contains_key(words[k])
                && capitalized_at(self.text, self.units, head_part[k])
                && capitalized_at(self.text, self.units, head_part[k + 1])
                && (k == 0 || !capitalized_at(self.text, self.units, head_part[k - 1]))
        };
        surname() || n == 1 && given_name()
    }

    /// The body named in capitals before the first role of the head phrase, the person's
    /// employer: "PCG spokesperson Ramon Villaflor", "HCB spokesperson Nelson Macuacua". Not
    /// a party, title or country word ("Labour spokesman", "Sen.", "Kenyan MP"), which say
    /// the country themselves.
    fn body_before_role(&self, role_spans: &[(usize, usize)]) -> Option<String> {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let &(rs, _) = role_spans.first()?;
        let from = usize::from(
            words
                .first()
                .is_some_and(|w| ["the", "a", "an"].contains(w)),
        );
        let body = rs > from
            && (from..rs).all(|q| {
                capitalized_at(self.text, self.units, head_part[q])
                    && !lex.is_honorific(words[q])
                    && lex.country_words.longest_at(words, q).is_none()
                    && lex.affiliations.longest_at(words, q).is_none()
            });
        body.then(|| words_text(self.text, self.units, &head_part[from..rs]).to_string())
    }

    /// "Chief executive Bernard Coudray said": a company's office ([`COMPANY_OFFICES`])
    /// alone before the name holds it at the body the story named last, as "its chief
    /// executive" does ([`STORY_BODY`], which resolution finds); so does any office after
    /// "company" or "firm" ("company President Alastair Fenwick").
    fn executive_alone(&self, role_spans: &[(usize, usize)], name_start: usize) -> Option<String> {
        let &[(rs, re)] = role_spans else {
            return None;
        };
        let from = usize::from(self.words.first().is_some_and(|w| *w == "the"));
        // (The office's words compared in place: asked of every named person with a role.)
        let office = &self.words[rs..re];
        // ("company President Alastair Fenwick", "firm spokesman Ian Hart": the company
        // named, any office.)
        let company = rs == from + 1 && ["company", "firm"].contains(&self.words[from]);
        (re == name_start && (rs == from && COMPANY_OFFICES.contains(&office) || company))
            .then(|| STORY_BODY.to_string())
    }

    /// Whether the role that ends before head-phrase word `k` names the holder of the body
    /// after it ("The Alachua Sheriff's Office said", "the Prime Minister's Office"): "'s"
    /// and a capitalized body's word follow. The body speaks, no holder of the role.
    fn names_a_holder_s_body(&self, k: usize) -> bool {
        let (words, head_part) = (&self.words, self.head_part());
        words.get(k).is_some_and(|w| *w == "'s")
            && words
                .get(k + 1)
                .is_some_and(|w| LEXICON.org_words.contains(*w))
            && capitalized_at(self.text, self.units, head_part[k + 1])
    }

    /// Whether the role word at head-phrase word `k` follows a body's head and "of", naming
    /// what the body is for ("The Department of Justice said", "the Ministry of Justice").
    fn names_a_body_s_field(&self, k: usize) -> bool {
        let (words, head_part) = (&self.words, self.head_part());
        k >= 2
            && words[k - 1] == "of"
            && LEXICON.org_words.contains(words[k - 2])
            && capitalized_at(self.text, self.units, head_part[k - 2])
            && capitalized_at(self.text, self.units, head_part[k])
    }

    /// Where a role that ends at head-phrase word `e` ends with its portfolio: "of" or "for"
    /// and capitalized words, which may list ("Minister of Energy", "Minister of Environment,
    /// Water and Agriculture", "Governor of New York", "Cabinet Secretary for Health"), up to
    /// a listed given name that opens the person's name ("Governor of New York Andrew
    /// Cuomo"; never the last word, "Commissioner of Police Curtis Alexander"), or with no
    /// given name before the last two words of three or more, which are the name
    /// ("Minister of Energy Abdulaziz Salman"). Without a portfolio, `e`.
    fn portfolio_end(&self, e: usize) -> usize {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let n = words.len();
        if e + 1 >= n || !["of", "for"].contains(&words[e]) {
            return e;
        }
        let cap = |k: usize| capitalized_at(self.text, self.units, head_part[k]);
        // "Minister for Home Affairs K. Shanmugam", "Minister for Energy, Water Resources and
        // Irrigation Prakash Raj Shrestha": the name opens after the portfolio's fields.
        if let Some(end) = portfolio_fields_after(words, e + 1, cap) {
            return end;
        }
        if !cap(e + 1) {
            return e;
        }
        let mut r = e + 1;
        // (An honorific opens the name: "Archbishop of Canterbury Dr Rowan Williams".)
        while r < n
            && !lex.is_honorific(words[r])
            && !lex.name_titles.contains(words[r])
            && (capitalized_at(self.text, self.units, head_part[r])
                || ["and", "&", ","].contains(&words[r])
                    && r + 1 < n
                    && capitalized_at(self.text, self.units, head_part[r + 1]))
        {
            r += 1;
        }
        if r < n && !lex.is_honorific(words[r]) && !lex.name_titles.contains(words[r]) {
            // Lowercase words follow: no name to find in it ("Minister of Energy in the").
            return e;
        }
        if r < n {
            return r;
        }
        // (A list's last words are no name: "Environment, Water and Agriculture".)
        let name_shaped = |x: usize| !["and", "&", ","].contains(&words[x]);
        // ("Commissioner of Police Curtis Alexander": of three words or more after "of", the
        // last is a surname that may be spelled as a given name, never a name alone.)
        let last = if r - (e + 1) >= 3 { r - 1 } else { r };
        match (e + 2..last).find(|&x| lex.given_names.contains_key(words[x])) {
            Some(given) => given,
            None if r - (e + 1) >= 3 && (r - 3..r).all(name_shaped) => r - 2,
            None => r,
        }
    }

    /// The role as written: the last role found, with a party word before it, which belongs
    /// to it ("Tory MP", "Republican senator").
    fn role_text(&self, role_spans: &[(usize, usize)]) -> Option<String> {
        let &(s, e) = role_spans.last()?;
        // A party or title right before the role is part of it, of one word or more
        // ("Labour chairman", "Liberal Democrat leader", "Lib Dem leader").
        let s = (1..=s.min(3))
            .rev()
            .map(|n| s - n)
            .find(|&p| {
                affiliation_at(self.text, self.units, self.head_part(), &self.words, p)
                    .is_some_and(|(_, n)| p + n == s)
            })
            .unwrap_or(s);
        let (first, last) = self.span(s, e);
        Some(self.text[first..last].to_string())
    }

    /// Whether the capitalized words before head-phrase word `of` (one to three) open with a
    /// known given name: "Paul Hofheinz of the Lisbon Council" is a person and a body.
    fn given_name_before(&self, of: usize) -> bool {
        let lex = &*LEXICON;
        let mut s = of;
        while s > 0 && of - s < 3 && is_capitalized(self.raw_at(s - 1)) {
            s -= 1;
        }
        // "Prof Mark Woolhouse of the University of Edinburgh", "Professor Livermore of the
        // University of East Anglia": a title or role before a capitalized word names a
        // person, with or without a given name.
        // (A peer's "Lord Nicholls of Birkenhead" is one title, not a person of a place.)
        if s + 1 < of
            && lex.is_title_word(self.words[s])
            && !lex.name_titles.contains(self.words[s])
        {
            return true;
        }
        // ("Mr. Morgan of the Sierra Club": an honorific and its period before a surname.)
        let period = s >= 2 && s < of && self.raw_at(s - 1) == ".";
        if period && lex.is_honorific(self.words[s - 2]) {
            return true;
        }
        s < of && lex.given_names.contains_key(self.words[s]) || self.two_names(s, of)
    }

    /// Whether words `s..of` are two names, a given name and a surname whatever the given
    /// name ("Mujtaba Rahman of the Eurasia Group"): two capitalized words that name no body
    /// and no place, with no article before them (a body's name takes one: "the Democratic
    /// Republic of Congo").
    fn two_names(&self, s: usize, of: usize) -> bool {
        let lex = &*LEXICON;
        let words = &self.words[s..of];
        words.len() == 2
            && (s == 0 || !["the", "a", "an"].contains(&self.words[s - 1]))
            && words.iter().all(|w| {
                !lex.org_words.contains(*w)
                    && lex.country_words.get(w).is_none()
                    && lex.places.get(w).is_none()
            })
            && !lex.names_a_place(&words.join(" "))
    }

    /// The proper name: the capitalized run at the end of the head phrase, stopping at
    /// roles, honorifics, country words and organization words. Returns where it starts
    /// among `words`.
    fn name_run_start(&self, role_spans: &[(usize, usize)]) -> usize {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let n = head_part.len();
        let mut name_start = n;
        // ("Voice of America", "News of the World": a listed body's name keeps its "of".)
        let listed = listed_body_end(words) == n;
        while name_start > 0 {
            let k = name_start - 1;
            let unit = self.units.units[head_part[k]];
            let w = &words[k];
            let r = self.raw_at(k);
            let in_role = role_spans.iter().any(|&(s, e)| k >= s && k < e)
                && !(k + 1 == n && self.postnominal_role(role_spans));
            // "O'Brien's Foods": a possessive between capitalized words stays in the name;
            // so does one that ends it ("of Moody's", "Standard & Poor's").
            let inner_possessive = matches!(unit, Unit::Tok(t) if t.kind == TokenKind::Possessive)
                && k > 0
                && capitalized_at(self.text, self.units, self.head_part()[k - 1]);
            // "John D. Podesta": the period of a middle initial stays in the name.
            let initial_period = name_start < n
                && k > 0
                && head_part[k - 1] + 1 == head_part[k]
                && (self.units.initial_period_at(self.text, head_part[k])
                    || self.units.place_prefix_period_at(self.text, head_part[k]));
            // ("National Farmers' Union": a plural's possessive too.)
            let plural_possessive = name_start < n
                && k > 0
                && head_part[k - 1] + 1 == head_part[k]
                && plural_possessive_in_a_body(self.text, self.units, head_part[k]);
            let cap = inner_possessive
                || plural_possessive
                || initial_period
                || matches!(unit, Unit::Tok(t) if t.kind == TokenKind::Word)
                    && (is_capitalized(r)
                        || r.chars().next().is_some_and(|c| c.is_ascii_digit()) && name_start < n);
            // "Ernst & Young", "P&O": an ampersand between capitalized words joins one name.
            let particle = (NAME_PARTICLES.contains(w) || r == "&") && name_start < n && k > 0;
            let connector = self.connector_in_a_name(k, name_start, listed, role_spans);
            let article = self.article_in_a_name(k, name_start, listed);
            if connector
                || article
                || name_start < n && self.inside_co_ltd(k)
                || self.comma_in_fields_of_a_body(k, name_start)
            {
                name_start -= 1;
                continue;
            }
            // "Fifteen-year-old Robert": an age opens the description, not the name.
            let age = w.ends_with("-year-old");
            if (!cap && !particle) || in_role || age || lex.is_honorific(w) {
                break;
            }
            name_start -= 1;
        }
        name_start
    }

    /// Whether the head phrase's word `k` is a connector between capitalized words of an
    /// organization's name read back to `name_start` ("Mission in South Sudan", "Centers for
    /// Disease Control"); `listed`: whether the phrase is a listed body's name. "Mohammad bin
    /// Salman of Saudi Arabia" is a person and a country.
    fn connector_in_a_name(
        &self,
        k: usize,
        name_start: usize,
        listed: bool,
        role_spans: &[(usize, usize)],
    ) -> bool {
        let (lex, words, n) = (&*LEXICON, &self.words, self.head_end);
        ["of", "for", "in", "on", "and"].contains(&words[k])
            && name_start < n
            && k > 0
            && (listed || words.iter().any(|x| lex.org_words.contains(*x)) || {
                let rest = &words[k + 1..n];
                lex.country_words
                    .longest_at(rest, 0)
                    .is_none_or(|(_, n)| n < rest.len())
                    && lex
                        .places
                        .longest_at(rest, 0)
                        .is_none_or(|(_, n)| n < rest.len())
            })
            && capitalized_at(self.text, self.units, self.head_part()[k - 1])
            && !role_spans.iter().any(|&(s, e)| k > s && k - 1 < e)
    }

    /// Whether the head phrase's word `k` is an article inside a body's name read back to
    /// `name_start`: after "for" ("Committee for a Responsible Federal Budget"), and after
    /// "of" or "in" where an organization's word stands before ("The Embassy of Japan in the
    /// Philippines", "The Armed Forces of the Philippines"). After "of" it more often starts
    /// the body a person works for ("Ann Lee of the Eurasia Group"), unless the name is
    /// listed (`listed`) or a given name stands before.
    fn article_in_a_name(&self, k: usize, name_start: usize, listed: bool) -> bool {
        let (lex, words) = (&*LEXICON, &self.words);
        let in_a_body = || {
            k > 1
                && capitalized_at(self.text, self.units, self.head_part()[k - 2])
                && words[..k - 1].iter().any(|x| lex.org_words.contains(*x))
        };
        ["the", "a", "an"].contains(&words[k])
            && name_start < self.head_end
            && k > 0
            && (words[k - 1] == "for"
                || words[k - 1] == "of" && (listed || self.given_name_before(k - 1) || in_a_body())
                || words[k - 1] == "in" && in_a_body()
                // ("Ministry of Sustainability and the Environment".)
                || words[k - 1] == "and" && in_a_body() && words[..k - 1].contains(&"of"))
            && k + 1 < words.len()
            && is_capitalized(self.raw_at(k + 1))
    }

    /// Whether the head phrase's unit `k` is the period or the comma of "Co., Ltd." inside a
    /// company's name ("China Sunrise Energy Engineering Co., Ltd.").
    fn inside_co_ltd(&self, k: usize) -> bool {
        let words = &self.words;
        k > 0
            && matches!(self.raw_at(k), "." | ",")
            && words[k.saturating_sub(2)..k].contains(&"co")
            && words[k + 1..(k + 3).min(words.len())].contains(&"ltd")
    }

    /// Whether the head phrase's unit `k` is a comma between the fields a body's name lists
    /// after "of" or "for" ("Ministry of Agriculture, Forestry and Fisheries", "Department for
    /// Environment, Food and Rural Affairs"), with the name read back to `name_start`: a
    /// capitalized word before it, the list's "and" after it, an organization's word and
    /// its "of" or "for" further back.
    fn comma_in_fields_of_a_body(&self, k: usize, name_start: usize) -> bool {
        let (lex, words, n) = (&*LEXICON, &self.words, self.head_end);
        name_start < n
            && k > 1
            && self.raw_at(k) == ","
            && is_capitalized(self.raw_at(k - 1))
            && words[name_start..n].contains(&"and")
            && (0..k - 1)
                .any(|j| ["of", "for"].contains(&words[j + 1]) && lex.org_words.contains(words[j]))
    }

    /// Lowercase particles, determiners ("The USFK") and all-caps subheads ("PUBLIC SPLIT
    /// Esper") cannot start a name: the name's start moved past them, and the party or title
    /// word skipped on the way, if any.
    fn skip_name_openers(&self, mut name_start: usize) -> (usize, Option<(usize, usize)>) {
        let (lex, words) = (&*LEXICON, &self.words);
        let n = words.len();
        // "South African-born van Rensburg", "Hong Kong-based Li Ka-shing": the name opens
        // after where its bearer was born or is based.
        if let Some(p) = (name_start..n.saturating_sub(1)).rev().find(|&p| {
            let w = words[p];
            (w.ends_with(BORN) || w.ends_with("-based")) && hyphened_modifier(self.raw_at(p))
        }) {
            name_start = p + 1;
        }
        let mut affiliation: Option<(usize, usize)> = None;
        while name_start < n {
            let r = self.raw_at(name_start);
            // (Initials written together, "J.K.", are no shouting.)
            let shouting = r.len() >= 4
                && r.chars().all(|c| !c.is_lowercase())
                && !r.contains('.')
                && lex.country_words.get(r).is_none()
                && lex.institutions.get(r).is_none()
                && name_start + 1 < n
                && !self.raw_at(n - 1).chars().all(|c| !c.is_lowercase());
            // Sentence-initial prepositions, days and months ("On Tuesday Mitsotakis") and
            // words that open a clause or headline ("What Jones", "Only Smith") are not names.
            let w0 = words[name_start];
            let scene =
                SCENE_PREPOSITIONS.contains(&w0) || is_day_word(w0) || lex.lead_words.contains(w0);
            // A party or title word before a person's name ("Republican John Smith", "Tory MP
            // Jane Doe") is an affiliation, not part of the name; it stays in an
            // organization's name ("Republican National Committee").
            if let Some((_, len)) =
                affiliation_at(self.text, self.units, self.head_part(), words, name_start)
                && name_start + len < n
                && !words[name_start + len..n]
                    .iter()
                    .any(|w| lex.org_words.contains(*w))
                && lex.institutions.longest_at(words, name_start).is_none()
            {
                affiliation = Some((name_start, name_start + len));
                name_start += len;
                continue;
            }
            if self.opens_a_full_name(name_start) {
                name_start += 1;
                continue;
            }
            // A sentence-initial gerund ("Injecting Clinton into the race") is no first name;
            // a place or institution named with an -ing word ("Downing Street", "Reading
            // Borough Council") keeps it.
            let gerund = words[name_start].len() >= 7
                && words[name_start].ends_with("ing")
                && !lex.given_names.contains_key(words[name_start])
                && lex.institutions.longest_at(words, name_start).is_none()
                && lex.places.longest_at(words, name_start).is_none();
            // "Paris-based Euronext", "Co-author Jing Wang", "Chart-topper 50 Cent": a
            // compound whose part after the hyphen is lower case describes the name ("Kilroy-
            // Silk" and "Jean-Claude" are names).
            let modifier = hyphened_modifier(r);
            if !is_capitalized(r)
                || DETERMINERS.contains(&words[name_start])
                || shouting
                || (scene || gerund || modifier) && name_start + 1 < n
            {
                name_start += 1;
            } else {
                break;
            }
        }
        (name_start, affiliation)
    }

    /// Whether the word at `k` opens a person's full name without being part of it: a
    /// country's adjective ("American Serena Williams", "Swede Joachim Johansson": the country
    /// is read from the whole mention; "Swiss Re" and "British Phonographic Industry" are
    /// names), or a word shaped as a common noun or adjective that is no given name
    /// ("Defiant Matt Williams says", "Goalscorer Jimmy Floyd Hasselbaink", "Agent Simon
    /// Beresford"; "Iain", "Jean" or "Andrés" may be a given name the list lacks).
    fn opens_a_full_name(&self, k: usize) -> bool {
        let (lex, words) = (&*LEXICON, &self.words);
        let n = words.len();
        let w0 = words[k];
        // ("Abdulrahman Al Fadley", "Abdullah Al Thani": "Al" after a name is the Arabic
        // article of the surname, no given name, and the word before it no common noun.)
        let person_after = k + 2 < n
            && lex.given_names.contains_key(words[k + 1])
            && words[k + 1] != "al"
            && (k + 1..n).all(|x| {
                capitalized_at(self.text, self.units, self.head_part()[x])
                    && !lex.org_words.contains(words[x])
            });
        let adjective = LEXICON.is_country_adjective(w0) && !w0.ends_with('s');
        let common = n - k - 1 <= 3
            && common_word_shape(w0)
            && !lex.given_names.contains_key(w0)
            && !lex.is_honorific(w0)
            && !lex.name_titles.contains(w0)
            && !lex.org_words.contains(w0);
        person_after && (adjective || common) || self.opens_a_described_name(k)
    }

    /// Whether the word at `k` opens a two-word description before a person's full name:
    /// a place's or a chamber's word before a party word, a demonym or a "-born" compound
    /// ("House Republican Thomas Massie", "Kentucky Republican Thomas Massie", "New Yorker
    /// Dick Morris", "South Korean-born Monte Haines").
    fn opens_a_described_name(&self, k: usize) -> bool {
        const OPENERS: &[&str] = &[
            "new", "south", "north", "east", "west", "house", "senate", "state",
        ];
        let (lex, words) = (&*LEXICON, &self.words);
        let n = words.len();
        let w0 = words[k];
        // (After a "-born" compound the name needs no listed given name: "Monte Haines".)
        let born = k + 1 < n && hyphened_modifier(self.raw_at(k + 1));
        if !(k + 4 <= n
            && (born || lex.given_names.contains_key(words[k + 2]))
            && !lex.given_names.contains_key(w0)
            && !lex.given_names.contains_key(words[k + 1])
            && (OPENERS.contains(&w0) || lex.places.get(w0).is_some())
            && (k..n).all(|x| {
                capitalized_at(self.text, self.units, self.head_part()[x])
                    && !lex.org_words.contains(words[x])
            }))
        {
            return false;
        }
        let next = words[k + 1];
        born || lex.parties.get(next).is_some() || next.ends_with("er") && common_word_shape(next)
    }

    /// Whether the name `run` (its words `run_words`, joined `whole`), at head-phrase word
    /// `name_start`, names an organization rather than a person.
    fn names_a_body(
        &self,
        name_start: usize,
        run: &[usize],
        run_words: &[&str],
        whole: &str,
    ) -> bool {
        let (lex, words) = (&*LEXICON, &self.words);
        let org_before = self.org_noun_before(name_start);
        // "Paul Hofheinz of the Lisbon Council": a person named by given name, of a body; so
        // is one named after a role or title ("Lead author Sally Wasef of Australia's Griffith
        // University").
        let titled = || titled_commoner_before(words, name_start);
        // ("Ambassador to the United Arab Emirates Paulo Ramos": not the country a title's
        // "to" names, where the holder serves; asked only where it would decide.)
        let served = || self.served_country_len(run, run_words);
        let org_word = |w: &&str| lex.org_words.contains(*w);
        let person_of_body = self.of_a_body(run, run_words, titled).is_some_and(|p| {
            (lex.given_names.contains_key(run_words[0])
                || titled()
                // ("Meenakshi Ganguly of Human Rights Watch": two names of no body or place,
                // whatever the given name.)
                || self.two_names(name_start, name_start + p))
                && !run_words[..p].iter().any(|w| lex.org_words.contains(*w))
        });
        let the_body = self.the_body(name_start, run, run_words);
        // "Perth-based Southern Cross Lithium", "Madrid-based Ferrovial": what is based
        // somewhere is a body, unless a given name opens it ("London-based Ann Levy").
        let based = name_start > 0
            && words[name_start - 1].ends_with("-based")
            && !lex.given_names.contains_key(run_words[0]);
        !person_of_body
            && (org_before
            || based
            || the_body
            // "Marks & Spencer", "P&O": names joined by an ampersand are a firm's.
            || run_words.contains(&"&")
            // "eBay", "Apple's iTunes": a brand's inner capital names no person.
            || run
                .iter()
                .any(|&k| brand_in_lower_case(raw(self.text, self.units, k).as_bytes()))
            || run_words.iter().any(org_word) && run_words[served()..].iter().any(org_word)
            || lex.institutions.get(whole).is_some() && !titled_surname_spelled_as(self, run, titled)
            // ("the Guardian reported", "the Observer": a listed paper's name after its
            // article, whatever its last letters.)
            || name_start > 0
                && words[name_start - 1] == "the"
                // (The name is looked up whole, with "the" before it, only where a listed
                // name starts at "the": most runs after it open none.)
                && lex.institutions.longest_at(words, name_start - 1).is_some()
                && lex.institutions.get(&format!("the {whole}")).is_some()
            // "Labour said": a party named alone.
            || lex
                .affiliations
                .get(whole)
                .is_some_and(|(_, kind)| kind == "party")
            || is_acronym(raw(self.text, self.units, *run.last().expect("nonempty")))
                && !POST_NOMINALS.contains(run_words.last().unwrap_or(&""))
            || run.len() > 4
                && run[served()..]
                    .iter()
                    .filter(|&&k| capitalized_at(self.text, self.units, k))
                    .count()
                    > 4)
    }

    /// Whether a lowercase organization noun right before the name at head-phrase word
    /// `name_start` says the name is a body's: "games firm Valve", "the airline Qantas".
    fn org_noun_before(&self, name_start: usize) -> bool {
        let (words, head_part) = (&self.words, self.head_part());
        // (Not the side of "on the Democratic side Pate backed", where the name opens the
        // clause after the adverbial.)
        let on_the_side = || {
            let k = head_part[0];
            words[name_start - 1] == "side"
                && k >= 2
                && self.units.word(k - 1) == "the"
                && self.units.word(k - 2) == "on"
        };
        name_start > 0
            && LEXICON.org_words.contains(words[name_start - 1])
            && !capitalized_at(self.text, self.units, head_part[name_start - 1])
            && !on_the_side()
    }

    /// "the Treasury said", "the Nationwide": whether the name `run` (its words `run_words`),
    /// at head-phrase word `name_start`, is one word after "the" and so a body's (a person's
    /// name takes no article), unless the word names one of a people, a party or a family
    /// ("the Dubliner", "the Texan", "the Republican", "the Khans"), or ends a longer name
    /// ("Save the Children", "News of the World").
    fn the_body(&self, name_start: usize, run: &[usize], run_words: &[&str]) -> bool {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let w = run_words[0];
        run.len() == 1
            && name_start > 0
            && words[name_start - 1] == "the"
            && (name_start < 2
                || !["of", "for"].contains(&words[name_start - 2])
                    && !capitalized_at(self.text, self.units, head_part[name_start - 2]))
            && !lex.given_names.contains_key(w)
            && lex.country_words.get(w).is_none()
            && lex.affiliations.get(w).is_none()
            && !["an", "er", "ese", "s"].iter().any(|x| w.ends_with(x))
            // ("the Trump who questions ...": a person, whom a relative "who" describes.)
            && run
                .last()
                .and_then(|&k| self.units.words.get(k + 1))
                .is_none_or(|next| next != "who")
    }

    /// Reads the name that runs from `words[name_start]` to the end of the head phrase: a
    /// document, a place, an organization or a person. Returns a person's name's units.
    fn read_name(
        &self,
        m: &mut SpeakerMention,
        name_start: usize,
        role_spans: &[(usize, usize)],
        affiliation: Option<(usize, usize)>,
    ) -> &[usize] {
        let (lex, words) = (&*LEXICON, &self.words);
        let mut name = self.owner_before_possessive(name_start);
        let honour = name.units.len() >= 3
            && name.words.last().is_some_and(|w| HONOURS.contains(w))
            && capitalized_at(self.text, self.units, name.units[name.units.len() - 1]);
        if honour || self.postnominal_role(role_spans) && name.units.len() >= 3 {
            name.units = &name.units[..name.units.len() - 1];
            name.words.pop();
        }
        let (run, run_words) = (name.units, &name.words);
        if self.where_a_title_serves(run, run_words) {
            return &[];
        }
        let whole = run_words.join(" ");
        // ("Vince Cable" is a person: a given name opens it.)
        let is_doc = run.len() > 1
            && !lex.given_names.contains_key(run_words[0])
            && lex
                .document_nouns
                .get(run_words.last().copied().unwrap_or(""))
                .is_some();
        let is_org = self.names_an_organization(name_start, run, run_words, &whole);
        // ("Mr Irish", "Ms French": after a title of address, a country's word is a
        // surname.)
        let country_word = lex
            .country_words
            .longest_at(run_words, 0)
            .filter(|&(_, n)| n == run_words.len() && !honorific_before(words, name_start));
        if is_doc {
            self.set_name(m, run, SpeakerType::Document);
        } else if let Some(((code, kind), _)) = lex
            .places
            .longest_at(run_words, 0)
            .filter(|&(_, n)| n == run_words.len())
            // ("Ms Cairns", "Mr Preston": after a title of address a place's name is a
            // surname.)
            .filter(|_| !honorific_before(words, name_start))
        {
            self.set_place(m, run, code, kind);
        } else if let Some(code) = country_word
            .filter(|_| singular_demonym(run_words, name_start, words))
            .map(|(&(ci, _), _)| lex.country(ci).alpha2.clone())
        {
            self.set_demonym(m, run, run_words, code);
        } else if is_org || country_word.is_some() {
            // ("The UN's World Food Programme": the listed agency, not its owner.)
            let owned_agency = name.owner.is_some() && lex.institutions.get(&whole).is_some();
            let start = if owned_agency {
                self.head_part().len() - run.len()
            } else {
                name_start
            };
            self.organization_name(m, start, country_word.map(|(w, _)| *w));
        } else {
            return self.person_name(m, name, role_spans, affiliation);
        }
        &[]
    }

    /// Whether the name `run` (its words `run_words`, joined `whole`), at head-phrase word
    /// `name_start`, is an organization's: a county's or province's, or a body's with no
    /// person's name after a role's object in it.
    fn names_an_organization(
        &self,
        name_start: usize,
        run: &[usize],
        run_words: &[&str],
        whole: &str,
    ) -> bool {
        // ("Commander of U.S. Central Command Kenneth McKenzie": a role's object that names
        // a body, then a person's given name and surname.)
        // ("The Charleston County coroner", "Cook County said", "Xiamen, Fujian Province": a
        // county or province is its government, never a person "Cook County".)
        let county = run.len() > 1
            && run_words
                .last()
                .is_some_and(|w| LEXICON.local_governments.contains(*w));
        county
            || self.names_a_body(name_start, run, run_words, whole)
                && self.given_name_after_role_object(run, run_words) == 0
    }

    /// Makes the mention the place `run` (of country `code`, a place of kind `kind`):
    /// "New York City said", a place standing for its government, never a person.
    fn set_place(&self, m: &mut SpeakerMention, run: &[usize], code: &str, kind: &str) {
        let (first, last) = self.set_name(m, run, SpeakerType::Organization);
        m.country = Some(CountryEvidence {
            code: code.to_string(),
            basis: CountryBasis::Inferred,
            evidence: format!("{kind} {}", &self.text[first..last]),
        });
    }

    /// Makes the mention the demonym `run` (its words `run_words`) of country `code`: "the
    /// American said", "the Spaniard added", one person of that country, a description of
    /// someone named before.
    fn set_demonym(&self, m: &mut SpeakerMention, run: &[usize], run_words: &[&str], code: String) {
        m.head = run_words.join(" ");
        let (a, b) = (run[0], *run.last().expect("nonempty"));
        m.country = Some(CountryEvidence {
            code,
            basis: CountryBasis::Explicit,
            evidence: self.text[self.units.units[a].start()..self.units.units[b].end()].to_string(),
        });
    }

    /// "Pakistan's High Commissioner to Britain", "ambassador to the WTO": the country,
    /// place or body a title's "to" names, the whole of the run `run`, is where the holder
    /// serves, no name; the mention is a description.
    fn where_a_title_serves(&self, run: &[usize], run_words: &[&str]) -> bool {
        let lex = &*LEXICON;
        let whole_run = |found: Option<usize>| found == Some(run_words.len());
        follows_a_titles_to(self.units, run[0])
            && (whole_run(lex.country_words.longest_at(run_words, 0).map(|(_, n)| n))
                || whole_run(lex.institutions.longest_at(run_words, 0).map(|(_, n)| n))
                || whole_run(lex.places.longest_at(run_words, 0).map(|(_, n)| n)))
    }

    /// Whether the head phrase ends in a role in capitals after a name, a postnominal
    /// ("Andrew Tyrie MP", "Frank Field MP"): the name is the words before it.
    fn postnominal_role(&self, role_spans: &[(usize, usize)]) -> bool {
        let n = self.head_part().len();
        // ("the Ealing North MP" describes one by the seat; a headline in capitals has no
        // postnominal.)
        n >= 3
            && !DETERMINERS.contains(&self.words[0])
            && role_spans.iter().any(|&(s, e)| s == n - 1 && e == n)
            && self.raw_at(n - 1).chars().all(|c| c.is_ascii_uppercase())
            && (n - 3..n - 1).all(|k| {
                capitalized_at(self.text, self.units, self.head_part()[k])
                    && self.raw_at(k).chars().any(char::is_lowercase)
                    && !role_spans.iter().any(|&(s, e)| k >= s && k < e)
            })
    }

    /// "Yahoo's Jane Roe", "Kestrel Bank's Tom Ashby": the owner before a possessive is
    /// the affiliation of the two or more words after it, not part of the name. Returns the
    /// name after the owner, if any.
    fn owner_before_possessive(&self, name_start: usize) -> NameRun<'_, 'a> {
        let lex = &*LEXICON;
        let mut run = &self.head_part()[name_start..];
        let mut run_words: Vec<&str> = run.iter().map(|&k| self.units.word(k)).collect();
        let mut owner: Option<String> = None;
        // (A given name opens a person's name whatever words follow it: "The Observer's
        // Philip French". A listed body's listed agency is the agency: "the UN's World Food
        // Programme".)
        let whole_listed = |from: usize, to: usize| {
            lex.institutions
                .longest_at(&run_words[..to], from)
                .is_some_and(|(_, n)| from + n == to)
        };
        if let Some(p) = run_words.iter().rposition(|w| *w == "'s")
            && p >= 1
            && p + 2 < run.len()
            && (lex.given_names.contains_key(run_words[p + 1])
                || !run_words[p + 1..].iter().any(|w| {
                    lex.org_words.contains(*w)
                        || lex.document_nouns.get(w).is_some()
                        || lex.country_words.get(w).is_some()
                }) && lex.institutions.longest_at(&run_words, p + 1).is_none()
                || whole_listed(0, p) && whole_listed(p + 1, run_words.len()))
        {
            let a = self.units.units[run[0]].start();
            let b = self.units.units[run[p - 1]].end();
            owner = Some(self.text[a..b].to_string());
            run = &run[p + 1..];
            run_words.drain(..=p);
        }
        NameRun {
            start: name_start,
            units: run,
            words: run_words,
            owner,
        }
    }

    /// Where a person's name starts in `run`: "Secretary of State for Health John Reid",
    /// "Secretary of Defense Christopher Miller", "Senator from Vermont Bernie Sanders":
    /// after a role's "for", "of" or "from", at a given name; else at its start.
    fn given_name_after_role_object(&self, run: &[usize], run_words: &[&str]) -> usize {
        let lex = &*LEXICON;
        let after_of = self.after_role_link(run);
        (1..run.len().saturating_sub(1))
            .find(|&p| {
                after_of
                    && lex.given_names.contains_key(run_words[p])
                    && !lex.given_names.contains_key(run_words[0])
            })
            .unwrap_or(0)
    }

    /// How many words of the capitalized `run` (`run_words`) a country's name takes that a
    /// title's "to" names before a person's name ("Ambassador to the United States Gao
    /// Jianwen"): where the holder serves.
    fn served_country_len(&self, run: &[usize], run_words: &[&str]) -> usize {
        if !follows_a_titles_to(self.units, run[0]) {
            return 0;
        }
        LEXICON
            .country_words
            .longest_at(run_words, 0)
            .map_or(0, |(_, n)| n)
            .min(run_words.len())
    }

    /// Whether the capitalized `run` follows a role's "for", "of" or "from" (the object may
    /// take an article: "Commander of the Naval Command Helena Varro"), or a "to" right
    /// after a role ("Ambassador to the UN Nikki Haley").
    fn after_role_link(&self, run: &[usize]) -> bool {
        let linked = |k: usize| ["for", "of", "from"].contains(&self.units.word(k));
        link_before(self.units, run[0]).is_some_and(linked)
            || follows_a_titles_to(self.units, run[0])
            || self.after_a_portfolio_s_and(run)
    }

    /// Whether the capitalized `run` follows the "and" of a portfolio the role lexicon ends
    /// before ("Minister of Water Resources and Irrigation Mohamed al-Ghamrawi", "Minister
    /// of Water and Energy Yohannes Bekele"): the run holds the portfolio's last words.
    fn after_a_portfolio_s_and(&self, run: &[usize]) -> bool {
        let (text, units) = (self.text, self.units);
        if run[0] < 4 || units.word(run[0] - 1) != "and" {
            return false;
        }
        // Back over the portfolio's first words to its "of", which a role ends before.
        let of = (run[0].saturating_sub(5)..run[0] - 1)
            .rev()
            .find(|&k| !units.is_capitalized_word(text, k));
        of.is_some_and(|k| {
            k + 1 < run[0] - 1
                && units.word(k) == "of"
                && LEXICON.roles.longest_ending_at(&units.words, k).is_some()
        })
    }

    /// Where a person's name starts in `run` after a role's object: at a given name (see
    /// [`Self::given_name_after_role_object`]), or, with none known, two words before the
    /// end ("Minister of Foreign Affairs Wang Yi", "Minister of Information Moammar
    /// al-Eryani").
    fn person_after_role_object(&self, run: &[usize], run_words: &[&str]) -> usize {
        let given = self.given_name_after_role_object(run, run_words);
        // (Only after "of": "Avions de Transport Regional", "Exane BNP Paribas" after "for"
        // or "from" are bodies' names.)
        if given == 0
            && run[0] > 0
            && (self.units.word(run[0] - 1) == "of"
                || follows_a_titles_to(self.units, run[0])
                || self.after_a_portfolio_s_and(run))
            && run.len() >= 3
            && !LEXICON.given_names.contains_key(run_words[0])
        {
            run.len() - 2
        } else {
            given
        }
    }

    /// Makes the mention the name `run` of a source of type `speaker_type`; returns the
    /// name's byte range.
    fn set_name(
        &self,
        m: &mut SpeakerMention,
        run: &[usize],
        speaker_type: SpeakerType,
    ) -> (usize, usize) {
        let first = self.units.units[run[0]].start();
        let last = self.units.units[*run.last().expect("nonempty")].end();
        m.name = Some(self.text[first..last].to_string());
        m.kind = MentionKind::Name;
        m.speaker_type = speaker_type;
        (first, last)
    }

    /// An organization's name from `words[name_start]` on, or a country's name
    /// (`country_word`) standing for its government.
    fn organization_name(
        &self,
        m: &mut SpeakerMention,
        name_start: usize,
        country_word: Option<(usize, CountryWordKind)>,
    ) {
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        // An organization keeps its country adjective: "Chinese Foreign Ministry".
        let mut s = name_start;
        while s > 0 {
            let w = &words[s - 1];
            let r = self.raw_at(s - 1);
            // ("But BAA said": a word that opens a clause is no part of the name.)
            if DETERMINERS.contains(w)
                || !is_capitalized(r)
                // ("Milan-based Italy China Foundation": the place describes the body.)
                || hyphened_modifier(r)
                || lex.lead_words.contains(*w)
                || SCENE_PREPOSITIONS.contains(w)
                // ("On Tuesday Mitsubishi said", not "the Sunday Times".)
                || is_day_word(w) && s >= 2 && SCENE_PREPOSITIONS.contains(&words[s - 2])
            {
                break;
            }
            s -= 1;
        }
        self.set_name(m, &head_part[s..], SpeakerType::Organization);
        if let Some((ci, kind)) = country_word {
            // "Beijing said": a capital standing for its government.
            let c = lex.country(ci);
            m.country = Some(CountryEvidence {
                code: c.alpha2.clone(),
                basis: if kind == CountryWordKind::Capital {
                    CountryBasis::Inferred
                } else {
                    CountryBasis::Explicit
                },
                evidence: if kind == CountryWordKind::Capital {
                    format!("capital {}", m.name.as_deref().unwrap_or(""))
                } else {
                    m.name.clone().unwrap_or_default()
                },
            });
        }
    }

    /// A person's name. Returns the name's units, or none when the words are a lone
    /// common noun after all (the mention stays a description).
    fn person_name<'r>(
        &self,
        m: &mut SpeakerMention,
        name: NameRun<'r, '_>,
        role_spans: &[(usize, usize)],
        affiliation: Option<(usize, usize)>,
    ) -> &'r [usize] {
        let NameRun {
            start: name_start,
            units: run,
            words: run_words,
            owner,
        } = name;
        let run_words = &run_words[..];
        let (lex, words, head_part) = (&*LEXICON, &self.words, self.head_part());
        let titled = || titled_commoner_before(words, name_start);
        let (run, affiliation_of) = match self.body_after_of(run, run_words, titled) {
            Some((p, body)) => (&run[..p], Some(body)),
            None => (run, owner),
        };
        let p = self.person_after_role_object(run, run_words);
        let p = p + usize::from(self.nationality_before_name(&run[p..], &run_words[p..]));
        let (run, run_words) = (&run[p..], &run_words[p..]);
        let mut first = self.units.units[run[0]].start();
        let last = self.units.units[*run.last().expect("nonempty")].end();
        // "Lord Falconer", "Lord Nicholls of Birkenhead": a peer named by title and surname,
        // with or without a territorial designation, keeps the title.
        let peerage = run.len() == 1 || run.len() == 3 && run_words[1] == "of";
        if peerage
            && name_start > 0
            && run[0] == head_part[name_start]
            && lex.name_titles.contains(words[name_start - 1])
            && capitalized_at(self.text, self.units, self.head_part()[name_start - 1])
        {
            first = self.units.units[head_part[name_start - 1]].start();
        }
        let employer = affiliation_of.clone();
        if m.role.is_none() {
            m.role = affiliation_of;
        }
        if run.len() == 1 && common_word_alone(words, name_start, run_words[0]) {
            // fall through to description
            return &[];
        }
        if m.gender.is_none() && run.len() >= 2 {
            m.gender = lex.given_names.get(run_words[0]).copied();
        }
        m.name = Some(self.text[first..last].to_string());
        m.kind = MentionKind::Name;
        m.speaker_type = SpeakerType::Person;
        take_title_category(&mut m.role_category, &words[..name_start]);
        m.employer = employer
            .or_else(|| owner_before(self.text, self.units, head_part, &words[..name_start]))
            .or_else(|| self.body_before_role(role_spans))
            .or_else(|| self.executive_alone(role_spans, name_start));
        if !opens_with_country(run, run_words) {
            m.country = self.country_around(run);
        }
        if let Some((s, e)) = affiliation {
            // The party or title goes to the role: "Republican", or with the role
            // it opens, "Republican presidential nominee".
            let (first, mut last) = self.span(s, e);
            if let Some(&(_, re)) = role_spans.iter().find(|&&(rs, _)| rs == e) {
                last = self.span(re - 1, re).1;
            }
            if m.role.is_none() || role_spans.iter().any(|&(rs, _)| rs == e) {
                m.role = Some(self.text[first..last].to_string());
            }
        }
        run
    }

    /// The country the mention's words outside the name `run` say.
    fn country_around(&self, run: &[usize]) -> Option<CountryEvidence> {
        let around: Vec<usize> = self
            .core
            .iter()
            .copied()
            .filter(|k| !run.contains(k))
            .collect();
        country_in(self.text, self.units, &around)
    }

    /// Whether the name run `run` (its words `run_words`) opens with a nationality before a
    /// person's given name and surname ("Australian Lynton Crosby told ...", "Americans Andy
    /// Roddick and ..."): the word is the country, no part of the name. A body's name takes
    /// an article ("the American Legion"), a person's does not, and the story names the
    /// person by the surname alone too ("Mr Crosby", "Roddick"), where a body's last word
    /// comes after the same word ("British Phonographic Industry", "the Phonographic
    /// Industry").
    fn nationality_before_name(&self, run: &[usize], run_words: &[&str]) -> bool {
        let lex = &*LEXICON;
        // (Nearly every name fails the first test; the story is searched last.)
        let Some((&(_, kind), 1)) = lex.country_words.longest_at(run_words, 0) else {
            return false;
        };
        let named = &run_words[1..];
        let determined = || {
            self.head_part()
                .iter()
                .position(|&u| Some(&u) == run.first())
                .is_none_or(|at| at > 0 && DETERMINERS.contains(&self.words[at - 1]))
        };
        matches!(kind, CountryWordKind::Adjective | CountryWordKind::Demonym)
            && !lex.country_given_names.contains(run_words[0])
            && (named.len() == 2 || named.len() == 3 && lex.given_names.contains_key(named[0]))
            && (0..named.len()).all(|k| {
                capitalized_at(self.text, self.units, run[1 + k])
                    && !lex.org_words.contains(named[k])
                    && lex.roles.longest_at(named, k).is_none()
                    && lex.country_words.get(named[k]).is_none()
            })
            && !determined()
            && self.surname_alone(run[run.len() - 2], run[run.len() - 1])
    }

    /// Whether the story has the word at unit `surname` elsewhere, capitalized inside a
    /// sentence, and not after the word at unit `before` ("Crosby" in "Mr Crosby said";
    /// not "Transport of essential goods ...", capitalized as a sentence's first word).
    /// Looked for within [`SURNAME_REACH`] bytes of the name, so that a text of many stories
    /// on one line is not read whole for each such name.
    fn surname_alone(&self, before: usize, surname: usize) -> bool {
        let (text, units) = (self.text, self.units);
        let word = raw(text, units, surname);
        let given = raw(text, units, before);
        let at = units.units[surname].start();
        let from = crate::text::structure::floor_boundary(text, at.saturating_sub(SURNAME_REACH));
        let to = crate::text::structure::floor_boundary(text, (at + SURNAME_REACH).min(text.len()));
        memchr::memmem::find_iter(&text.as_bytes()[from..to], word.as_bytes()).any(|i| {
            let i = from + i;
            let head = &text[..i];
            let inside = head
                .trim_end_matches([' ', '\t'])
                .ends_with(|c: char| c.is_alphanumeric() || c == ',');
            i != at
                && inside
                && !text[i + word.len()..].starts_with(|c: char| c.is_alphanumeric())
                && !head.ends_with(|c: char| c.is_alphanumeric())
                && !head.trim_end().ends_with(given)
        })
    }

    /// "Richard Roe of Acme Research": a person (two or three capitalized words) "of"
    /// a body; the body is the affiliation, in the role. Returns where "of" stands in `run`
    /// and the body as written.
    fn body_after_of(
        &self,
        run: &[usize],
        run_words: &[&str],
        titled: impl Fn() -> bool,
    ) -> Option<(usize, String)> {
        let p = self.of_a_body(run, run_words, titled)?;
        let a = self.units.units[run[p + 1]].start();
        let b = self.units.units[*run.last().expect("nonempty")].end();
        Some((p, self.text[a..b].to_string()))
    }

    /// Where "of" stands in `run` when the run reads as a person of a body (see
    /// [`Self::body_after_of`]). After a title or role (`titled`) a surname alone will do:
    /// "Professor Smythe of the University of Leeds".
    fn of_a_body(
        &self,
        run: &[usize],
        run_words: &[&str],
        titled: impl Fn() -> bool,
    ) -> Option<usize> {
        let (lex, text, units) = (&*LEXICON, self.text, self.units);
        let p = run_words.iter().position(|w| *w == "of")?;
        // (A middle initial's period is no word of the name: "Charles B. Rangel of".)
        let words = run[..p]
            .iter()
            .filter(|&&k| raw(text, units, k) != ".")
            .count();
        if (1..=3).contains(&words)
            && p + 1 < run.len()
            && run[..p].iter().all(|&k| {
                let r = raw(text, units, k);
                r == "."
                    || is_capitalized(r)
                        && r.chars()
                            .all(|c| c.is_alphabetic() || c == '\'' || c == '-' || c == '.')
            })
            && (capitalized_at(text, units, run[p + 1]) || run_words[p + 1] == "the")
            && !run_words[..p]
                .iter()
                .any(|w| lex.country_words.get(w).is_some() || lex.document_nouns.get(w).is_some())
            // (The title is asked last, of a one-word name only: its lookup is the dear test.)
            && (words > 1 || titled())
        {
            Some(p)
        } else {
            None
        }
    }

    /// Joint speakers ("BioNTech and U.S. company Pfizer", "Li and Wang"): both names, and a
    /// country only when both share it. Returns whether the mention `a..` was read so.
    fn join_speakers(
        &self,
        a: usize,
        m: &mut SpeakerMention,
        role_spans: &[(usize, usize)],
    ) -> bool {
        let (text, units, core) = (self.text, self.units, &self.core);
        let joint = core
            .iter()
            .position(|&k| units.words[k] == "and")
            .filter(|&p| p > 0 && p + 1 < core.len());
        let Some(p) = joint else {
            return false;
        };
        if !(m.kind == MentionKind::Name && m.name.as_deref().is_some_and(|n| !joins_with_and(n))) {
            return false;
        }
        let Some(left) = analyse(text, units, a, core[p], None) else {
            return false;
        };
        if left.kind != MentionKind::Name
            || self.portfolio_before_role(p, &left, role_spans)
            || self.and_inside_a_body_s_name(p)
        {
            return false;
        }
        // An "and" past a modifier joins two people only when a person's name follows
        // it ("Sens. Johnny Isakson of Georgia and John Boozman of Arkansas"); inside a
        // body's name or a relative clause it joins nobody ("Carl Hensman of the Bill and
        // Melinda Gates Foundation", "Simon Bysshe who filmed it for Four-Kings and Intel"),
        // and the whole mention's name is the left one's.
        let before_and =
            |words: &[&str]| core[..p].iter().any(|&k| words.contains(&&*units.words[k]));
        let relative = before_and(&RELATIVE_PRONOUNS);
        let modified = relative || before_and(&["of", "at", "from"]);
        let right_name = if modified && left.speaker_type == SpeakerType::Person {
            match (!relative).then(|| self.person_after(p)).flatten() {
                Some(name) => name,
                None => return false,
            }
        } else {
            m.name.clone().unwrap_or_default()
        };
        let right_country = country_in(text, units, &core[p + 1..])
            .or_else(|| inferred_country(text, units, &core[p + 1..]));
        m.name = Some(format!(
            "{} and {}",
            left.name.as_deref().unwrap_or(""),
            right_name
        ));
        m.plural = true;
        // Two people are a group ("Smith and Jones said"); a person and a body stay the
        // type of the last-named.
        if left.speaker_type == SpeakerType::Person && m.speaker_type == SpeakerType::Person {
            m.speaker_type = SpeakerType::Group;
        }
        // An empty code blocks inference from the dateline as an international body does.
        m.country = match (&left.country, right_country) {
            (Some(l), Some(r)) if l.code == r.code => Some(r),
            (None, None) => None,
            _ => Some(CountryEvidence {
                code: String::new(),
                basis: CountryBasis::Explicit,
                evidence: "joint speakers of different countries".into(),
            }),
        };
        true
    }

    /// Whether the "and" at `core[p]` joins the two halves of a minister's portfolio
    /// ("Trade and Industry Secretary Patricia Hewitt", "Economy and Labour Minister Wolfgang
    /// Clement"), not two people: it stands inside a listed role, or the word before it, `left`
    /// alone, makes a listed role with the role noun after the "and" ("trade minister"),
    /// where a person's name does not ("Brown and Transport Secretary Alistair Darling").
    fn portfolio_before_role(
        &self,
        p: usize,
        left: &SpeakerMention,
        role_spans: &[(usize, usize)],
    ) -> bool {
        let (lex, units, core) = (&*LEXICON, self.units, &self.core);
        // (A role's span takes in a portfolio written as a list: "Minister for Planning,
        // Development and Special Initiatives", "Culture, Media and Sport Secretary".)
        let inside_role = role_spans.iter().any(|&(s, e)| s < p && p < e)
            || (0..p).any(|k| {
                lex.roles
                    .longest_at(&units.words, core[k])
                    .is_some_and(|(_, n)| core[k] + n > core[p])
            });
        let role_noun = core[p + 1..]
            .iter()
            .map(|&k| units.word(k))
            .find(|w| ["minister", "secretary"].contains(w));
        let portfolio_word = || {
            let word = units.word(core[p - 1]);
            left.gender.is_none()
                && left.role.is_none()
                && role_noun.is_some_and(|noun| lex.roles.get(&format!("{word} {noun}")).is_some())
        };
        inside_role || portfolio_word()
    }

    /// Whether the "and" at `core[p]` stands inside the name of a body whose officer the
    /// mention names ("Food and Drug Administration commissioner Robert Califf", "NSW Nurses
    /// and Midwives' Association general secretary Shaye Candish"): capitalized words on
    /// both sides, a body's head word among those after it, then a lowercase role.
    fn and_inside_a_body_s_name(&self, p: usize) -> bool {
        let (text, units, core) = (self.text, self.units, &self.core);
        let capital = |k: usize| capitalized_at(text, units, core[k]);
        let mut e = p + 1;
        while e < core.len() && (capital(e) || ["'", "'s"].contains(&units.word(core[e]))) {
            e += 1;
        }
        (0..p).all(capital)
            && e < core.len()
            && LEXICON.roles.longest_at(&units.words, core[e]).is_some()
            && (p + 1..e).any(|k| LEXICON.org_words.contains(units.word(core[k])))
    }

    /// The person named after the "and" at `core[p]`.
    fn person_after(&self, p: usize) -> Option<String> {
        let (units, core) = (self.units, &self.core);
        let end = core.last()? + 1;
        let right = analyse(self.text, units, core[p + 1], end, None)?;
        // A person is known by a given name, a role, a title or a body of their own, as the
        // left one has ("Commissioner James Rovella of the Department of Emergency Services
        // and Public Protection" joins no one).
        let lex = &*LEXICON;
        let first_word = |s: &str| s.split(' ').next().unwrap_or("").to_lowercase();
        let known = right.role.is_some()
            || right
                .name
                .as_deref()
                .is_some_and(|n| lex.given_names.contains_key(first_word(n).as_str()))
            || lex.is_honorific(&first_word(&right.text))
            || right.text.contains(" of ");
        (right.kind == MentionKind::Name && right.speaker_type == SpeakerType::Person && known)
            .then_some(right.name)
            .flatten()
    }

    /// "The chief executive of Nordline, Henrik Vass,": the name in the apposition
    /// `pa..pb` is the speaker and the description `m` gives the role.
    fn named_in_apposition(
        &self,
        m: &SpeakerMention,
        pa: usize,
        pb: usize,
    ) -> Option<SpeakerMention> {
        // ("one of the family's attorneys, Justin Bamberg," is one person of a group.)
        let one_of = self.words.len() > 2 && self.words[0] == "one" && self.words[1] == "of";
        // "The firm, Paion, said", "The German carmaker, BMW, said": a body's description
        // names the body between the commas.
        let body = m.kind == MentionKind::Description
            && m.speaker_type == SpeakerType::Organization
            && LEXICON.referring_org_nouns.contains(m.head.as_str());
        // ("The 47-year-old, who replaced the sacked Ruben Ortega, said": a relative clause
        // names someone else.)
        let relative = (pa..pb)
            .find(|&k| self.units.units[k].is_word())
            .is_some_and(|k| RELATIVE_PRONOUNS.contains(&self.units.word(k)));
        // ("A spokesperson for Sen. Kristin Vold, R-Iowa, said": the senator's party and
        // state, no one's name.)
        let party_tag = || {
            let (a, b) = (self.units.units[pa].start(), self.units.units[pb - 1].end());
            subject::party_and_state(self.text[a..b].trim_end_matches(','))
        };
        if relative
            || !(m.kind == MentionKind::Description
                && (m.speaker_type == SpeakerType::Person || one_of)
                || body)
            || party_tag()
        {
            return None;
        }
        let mut named = analyse(self.text, self.units, pa, pb, None)?;
        // (The name opens the apposition, past a "the": "the EEF", not "from New York State
        // Department of Health", nor the "Levant" of "the Islamic State of Iraq and the
        // Levant".)
        let opens_the_apposition = || {
            (pa..pb)
                .find(|&k| self.units.units[k].is_word() && self.units.word(k) != "the")
                .map(|k| self.units.text(self.text, k, k + 1))
                .is_some_and(|w| {
                    is_capitalized(w) && named.name.as_deref().is_some_and(|n| n.starts_with(w))
                })
        };
        if body && named.kind == MentionKind::Name && named.role.is_none() && opens_the_apposition()
        {
            named.speaker_type = SpeakerType::Organization;
            named.gender = None;
            if named.country.is_none() {
                named.country = m.country.clone();
            }
            return Some(named);
        }
        if !(named.kind == MentionKind::Name && named.speaker_type == SpeakerType::Person) {
            return None;
        }
        if named.role.is_none() {
            named.role = m.role.clone().or_else(|| Some(m.text.clone()));
            named.role_category = m.role_category.clone();
        }
        named.gender = named.gender.or(m.gender);
        // ("said Nordvik's head of multimedia, Anna Lindqvist": the description's owner is
        // the person's employer, as it is when the description follows the name.)
        if named.employer.is_none() && m.role.is_some() {
            named.employer = owner_before(self.text, self.units, self.head_part(), &self.words);
        }
        if named.country.is_none() {
            named.country = m
                .country
                .clone()
                .or_else(|| inferred_country(self.text, self.units, &self.core));
        }
        Some(named)
    }

    /// A country for a mention that has none yet: a place or body named in it, or for an
    /// unnamed generic source, the empty code that blocks inference.
    fn fill_country(&self, m: &mut SpeakerMention, person_name: &[usize]) {
        let (text, units, core) = (self.text, self.units, &self.core);
        if m.country.is_none() {
            // A place inside a person's own name ("Sofia Lund") says nothing of their country.
            m.country = if person_name.is_empty() {
                inferred_country(text, units, core)
            } else {
                let around: Vec<usize> = core
                    .iter()
                    .copied()
                    .filter(|k| !person_name.contains(k))
                    .collect();
                inferred_country(text, units, &around)
            };
        }
        // An unnamed generic source ("experts", "some analysts") speaks for no country unless
        // the text gives one: an empty code keeps the story's country from it, as it does for
        // an international body.
        if m.country.is_none()
            && m.kind == MentionKind::Description
            && LEXICON.generic_sources.contains(m.head.as_str())
            && !self.words.contains(&"and")
        {
            m.country = Some(CountryEvidence {
                code: String::new(),
                basis: CountryBasis::Explicit,
                evidence: "unnamed generic source".into(),
            });
        }
    }
}

/// Where a listed institution's name that opens `core` ends (see [`listed_body_end`]); 0
/// when none does.
fn institution_name_end(text: &str, units: &Units, core: &[usize]) -> usize {
    let inner = |p: usize| core.get(p).map_or("", |&k| units.word(k));
    // (Most phrases have no preposition among their first words: they are not looked up.)
    if !(1..=3).any(|p| ["of", "on", "for"].contains(&inner(p))) {
        return 0;
    }
    let start = usize::from(inner(0) == "the" && core.len() > 1);
    if !capitalized_at(text, units, core[start]) {
        return 0;
    }
    let words: Vec<&str> = core.iter().map(|&k| units.word(k)).collect();
    listed_body_end(&words)
}

/// Where the name of a body in data/institutions.csv with "of", "on" or "for" among its
/// words ends when it opens `words` (lowercased), past an article: "Voice of America", "The
/// Mail on Sunday", "News of the World", whose last words would otherwise read as a place or
/// a day. 0 when no such name opens them.
fn listed_body_end(words: &[&str]) -> usize {
    let opening = usize::from(words.first() == Some(&"the") && words.len() > 1);
    if !words
        .iter()
        .skip(opening + 1)
        .take(3)
        .any(|w| ["of", "on", "for"].contains(w))
    {
        return 0;
    }
    [0, opening]
        .iter()
        .filter_map(|&s| {
            LEXICON
                .institutions
                .longest_at(words, s)
                .map(|(_, n)| s + n)
        })
        .max()
        .filter(|&e| e > opening + 2)
        .unwrap_or(0)
}

/// Whether the "of" at `core[p]` stands inside a country's name that the capitalized words
/// before it open ("The Democratic Republic of Congo said", "the Islamic Republic of Iran"):
/// the country speaks, not a "Republic" from there.
fn country_named_with_of(text: &str, units: &Units, core: &[usize], p: usize) -> bool {
    let Some(start) = (0..p)
        .rev()
        .take_while(|&q| capitalized_at(text, units, core[q]) && units.word(core[q]) != "the")
        .last()
    else {
        return false;
    };
    let whole: Vec<&str> = core[start..].iter().map(|&x| units.word(x)).collect();
    LEXICON
        .country_words
        .longest_at(&whole, 0)
        .is_some_and(|(_, n)| n == whole.len())
}

/// Whether the role word at `core[p]` is a surname: after a given name or a middle initial
/// ("Senator Barbara Boxer of California", "Representative Peter T. King of New York"), where
/// "the Duke of Edinburgh" has a title.
fn role_word_as_surname(units: &Units, core: &[usize], p: usize) -> bool {
    let before = |d: usize| p.checked_sub(d).map_or("", |q| units.word(core[q]));
    LEXICON.given_names.contains_key(before(1))
        || before(1) == "." && before(2).len() == 1
        || before(1).len() == 1 && before(1).bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether "of" at `core[p]` follows a person's name (two or three capitalized words, none
/// a body's, an office's or a country's) and precedes a body the text describes before naming it: "Tom Ashby of
/// London-based consultancy Screen Digest", "Ana Ruiz of US bank Citi". The person is the
/// speaker, so the head phrase ends before "of"; a capitalized run after it is no name of
/// its own ("of Bank of America", "of the London School of Economics" keep theirs).
fn person_of_described_body(text: &str, units: &Units, core: &[usize], p: usize) -> bool {
    let lex = &*LEXICON;
    if units.word(core[p]) != "of" || p == 0 {
        return false;
    }
    let mut s = p;
    while s > 0 && p - s < 3 && capitalized_at(text, units, core[s - 1]) {
        s -= 1;
    }
    // (A body's or an office's words before "of" are a name of their own: "Bank of",
    // "Secretary of".)
    let personal = |x: usize| {
        let w = units.word(core[x]);
        !lex.org_words.contains(w)
            && lex.roles.get(w).is_none()
            && !lex.is_honorific(w)
            && lex.country_words.get(w).is_none()
    };
    // ("Economist Brian Otieno of the Nairobi-based think tank ...": a title before the
    // name.)
    while s + 2 < p && lex.is_title_word(units.word(core[s])) {
        s += 1;
    }
    if p - s < 2 || !(s..p).all(personal) {
        return false;
    }
    // After "of" (and "the"): capitalized words, then a lowercase noun or a "-based", then
    // the body's name.
    let mut tail = &core[p + 1..];
    if tail.first().is_some_and(|&k| units.word(k) == "the") {
        tail = &tail[1..];
    }
    let described = |low: usize| {
        let w = units.word(tail[low]);
        units.units[tail[low]].is_word()
            && (!capitalized_at(text, units, tail[low])
                && low > 0
                && !["the", "of", "and", "for", "&"].contains(&w)
                || w.ends_with("-based"))
    };
    let Some(low) =
        (0..tail.len()).find(|&low| described(low) || !capitalized_at(text, units, tail[low]))
    else {
        return false;
    };
    described(low)
        && tail[low + 1..]
            .iter()
            .any(|&k| capitalized_at(text, units, k))
}

/// The head phrase's length among `core`: up to the first preposition or participle that
/// starts a modifier. A preposition between capitalized words stays inside a name ("Centers
/// for Disease Control", "Mission in South Sudan"); anywhere else it starts a modifier.
fn head_phrase_end(text: &str, units: &Units, a: usize, core: &[usize]) -> usize {
    let lex = &*LEXICON;
    let cap_at = |p: usize| core.get(p).is_some_and(|&k| capitalized_at(text, units, k));
    let named = institution_name_end(text, units, core);
    (0..core.len())
        .position(|p| {
            let k = core[p];
            // ("Voice of America", "The Mail on Sunday": a body's listed name is whole.)
            if p < named {
                return false;
            }
            // A day of the week ends the phrase ("asked Trump Wednesday", "who campaigned
            // Monday"), but for a surname after a given name ("Mike Friday").
            if p > 0
                && DAYS.contains(&units.word(k))
                && !cap_at(p + 1)
                && !lex.given_names.contains_key(units.word(core[p - 1]))
                && !["last", "next", "this", "on", "since", "until", "by"]
                    .contains(&units.word(core[p - 1]))
            {
                return true;
            }
            if k == a
                || !HEAD_STOPS.contains(units.word(k))
                || capitalized_at(text, units, k)
                || partitive(units, core, p)
            {
                return false;
            }
            // "Representative Charles B. Rangel of New York", "the BBC's Zubair Ahmed in
            // Mumbai": a place after a person's name says where they are from or are; the
            // name ends before "of" or "in".
            let tail: Vec<&str> = core[p + 1..].iter().map(|&x| units.word(x)).collect();
            // ("The Port of Rotterdam", "the City of London": one word after "the" before a
            // place is a body's name, no person's.)
            let from_place = ["of", "in"].contains(&units.word(k))
                && p > 1
                && !(p == 2 && units.word(core[0]) == "the")
                && !lex.org_words.contains(units.word(core[p - 1]))
                && (lex.roles.get(units.word(core[p - 1])).is_none()
                    || role_word_as_surname(units, core, p - 1))
                && (lex
                    .places
                    .longest_at(&tail, 0)
                    .is_some_and(|(_, n)| n == tail.len())
                    || lex
                        .country_words
                        .longest_at(&tail, 0)
                        .is_some_and(|(_, n)| n == tail.len()))
                // (Asked last: it gathers the words before "of", and a place must follow.)
                && !country_named_with_of(text, units, core, p);
            if from_place || person_of_described_body(text, units, core, p) {
                return true;
            }
            // "Experts on North Korea", "Democrats in Iowa": a group noun heads the phrase.
            // ("Ambassador to the UN Nikki Haley": a title's "to" stays inside.)
            let inside_name = p > 0
                && cap_at(p - 1)
                && !lex.group_nouns.contains(units.word(core[p - 1]))
                && (["of", "for", "in", "on", "at", "and"].contains(&units.word(k))
                    || units.word(k) == "to" && lex.roles.get(units.word(core[p - 1])).is_some())
                && !core
                    .get(p + 1)
                    .is_some_and(|&x| is_month_or_day(units.word(x)))
                && (cap_at(p + 1)
                    || (units.word(core.get(p + 1).copied().unwrap_or(k)) == "the"
                        || units.word(k) == "for"
                            && ["a", "an"]
                                .contains(&units.word(core.get(p + 1).copied().unwrap_or(k))))
                        && cap_at(p + 2));
            !inside_name && !diplomat_s_post(text, units, core, p)
        })
        .unwrap_or(core.len())
}

/// Whether `core[p]` is a diplomat's "to" before the capitalized place served ("Former US
/// ambassador to India Tim Roemer", "ambassador to the WTO"), which stays inside the head
/// phrase; an adviser's "to" names a principal, who is no speaker ("an adviser to President
/// Obama said").
fn diplomat_s_post(text: &str, units: &Units, core: &[usize], p: usize) -> bool {
    let cap_at = |p: usize| core.get(p).is_some_and(|&k| capitalized_at(text, units, k));
    units.word(core[p]) == "to"
        && p > 0
        && LEXICON
            .roles
            .get(units.word(core[p - 1]))
            .is_some_and(|r| r.category == "diplomat")
        && (cap_at(p + 1)
            || core.get(p + 1).is_some_and(|&x| units.word(x) == "the") && cap_at(p + 2))
}

/// Whether a role of category `offered` names an office where the one held (`held`) is only
/// a rank: "Senior Colonel Wu Qian, spokesperson for the Ministry of National Defense,".
pub fn office_outranks(held: Option<&str>, offered: &str) -> bool {
    is_rank(held) && !is_rank(Some(offered))
}

/// Whether a role's category is a rank's ("Colonel", "General": data/roles.csv's military).
pub fn is_rank(category: Option<&str>) -> bool {
    category == Some("military")
}

/// The first role phrase of an apposition's `words` (units `idx`): where it opens, its
/// number of words and the role ("China's assistant foreign minister" gives "assistant
/// foreign minister"). A minister's portfolio is the role's ("The Minister of State for
/// Sport"); an owner's role is passed over where another role follows ("The UN
/// secretary-general's personal envoy").
fn apposition_role(
    text: &str,
    units: &Units,
    idx: &[usize],
    words: &[&str],
) -> Option<(usize, usize, &'static crate::lexicon::Role)> {
    let lex: &'static crate::lexicon::Lexicon = &LEXICON;
    let owners_role = |k: usize, n: usize| {
        words.get(k + n) == Some(&"'s")
            && (k + n + 1..words.len()).any(|x| lex.roles.longest_at(words, x).is_some())
    };
    let (k, (role, n)) = (0..words.len()).find_map(|k| {
        lex.roles
            .longest_at(words, k)
            .filter(|&(_, n)| !owners_role(k, n))
            .map(|found| (k, found))
    })?;
    let n = match words.get(k + n) {
        Some(&w) if role.category == "minister" && ["for", "of"].contains(&w) => {
            portfolio_fields_end(words, k + n + 1, |x| capitalized_at(text, units, idx[x]))
                .filter(|&end| words.get(end).is_none_or(|w| !lex.org_words.contains(*w)))
                .map_or(n, |end| end - k)
        }
        _ => n,
    };
    Some((k, n, role))
}

/// The category of a role whose words are `role_words`: a minister's of foreign affairs
/// ("Vice Minister of Foreign Affairs Rosa Quispe") is a diplomat's, as "foreign minister"
/// is in data/roles.csv, so "the Peruvian diplomat" takes her up.
fn foreign_office<'c>(category: &'c str, role_words: &[&str]) -> &'c str {
    if category == "minister" && role_words.contains(&"foreign") {
        "diplomat"
    } else {
        category
    }
}

/// What an apposition `pa..pb` adds to a mention: its first role, and a country when the
/// mention has none.
fn apply_apposition(text: &str, units: &Units, pa: usize, pb: usize, m: &mut SpeakerMention) {
    let lex = &*LEXICON;
    let idx: Vec<usize> = (pa..pb).filter(|&k| !units.units[k].is_quote()).collect();
    if idx.is_empty() {
        return;
    }
    let words: Vec<&str> = idx.iter().map(|&k| units.word(k)).collect();
    if let Some((k, n, role)) = apposition_role(text, units, &idx, &words) {
        let first = units.units[idx[k]].start();
        let last = units.units[idx[k + n - 1]].end();
        // ("Senior Colonel Wu Qian, spokesperson for the Ministry of National Defense,": the
        // office the apposition names says more than a rank before the name.)
        if m.role.is_none() || office_outranks(m.role_category.as_deref(), &role.category) {
            m.role = Some(text[first..last].to_string());
            m.role_category = Some(role.category.clone());
            if role.gender.is_some() && m.gender.is_none() {
                m.gender = role.gender;
            }
        }
        if m.employer.is_none() && m.speaker_type == SpeakerType::Person {
            m.employer = owner_before(text, units, &idx[..k], &words[..k])
                .or_else(|| body_after_role(text, units, &idx[k + n..]));
        }
    }
    // "Unite, the country's biggest union,": a name no given name opens, set beside a
    // body's description with no role, is the body's.
    let head_end = words
        .iter()
        .position(|w| APPOSITION_HEAD_ENDS.contains(w))
        .unwrap_or(words.len());
    if m.kind == MentionKind::Name
        && m.speaker_type == SpeakerType::Person
        && m.role.is_none()
        && head_end > 1
        && (["the", "a", "an", "its", "their"].contains(&words[0])
            || words[..head_end].contains(&"'s"))
        && lex.org_words.contains(words[head_end - 1])
        && no_given_name_opens(m)
    {
        m.speaker_type = SpeakerType::Organization;
    }
    // "Loopster, which is based in San Jose, California,": what "which" describes is a
    // thing, not a person, so a name no given name opens is a body's (but not "Cara Diemont
    // of IT firm Dimension Data, which commissioned the survey": the name alone).
    if m.kind == MentionKind::Name
        && m.speaker_type == SpeakerType::Person
        && m.role.is_none()
        && words[0] == "which"
        && m.name.as_deref() == Some(m.text.as_str())
        && no_given_name_opens(m)
    {
        m.speaker_type = SpeakerType::Organization;
    }
    // A relative clause inside the apposition tells what the person did, not where they
    // are from ("the chief executive of Ora Media, the company that owns Mr. King's Russia
    // Today programming", "an analyst who has advised Afghan officials"): its country words
    // are no evidence of a nationality. (One that opens the apposition is its whole: "who
    // was the US ambassador"; and the institution a relative names is the person's: "who
    // directs a programme at the Carnegie Endowment".)
    let relative = (1..idx.len()).find(|&i| RELATIVE_PRONOUNS.contains(&words[i]));
    let before_relative = &idx[..relative.unwrap_or(idx.len())];
    if relative_tells_no_origin(&words) {
        return;
    }
    if m.country.is_none() {
        m.country = country_in(text, units, before_relative);
    }
    if m.country.is_none() {
        m.country = inferred_country(text, units, &idx);
    }
}

/// Whether the name of `m` opens with no listed given name, as a body's does ("Unite",
/// "Loopster"; not "Cara Diemont").
fn no_given_name_opens(m: &SpeakerMention) -> bool {
    m.name
        .as_deref()
        .and_then(|n| n.split_whitespace().next())
        .is_some_and(|first| !LEXICON.given_names.contains_key(&first.to_lowercase()))
}

/// Whether an apposition that is a relative clause (`words`) tells what its speaker did or
/// had rather than where they are from: "whose parents fled Cuba", "who is visiting
/// Madrid", "who spoke on condition of anonymity because his company has not announced its
/// Mexico plans". (What the speaker is, heads or serves stays evidence: "who was the US
/// ambassador", "who heads the Carnegie Endowment's programme".)
fn relative_tells_no_origin(words: &[&str]) -> bool {
    match words {
        ["whose", ..] => true,
        ["who", be, doing, ..] if BE_FORMS.contains(be) && doing.ends_with("ing") => {
            *doing != "being"
        }
        // "who was knocked out by Moregard at the Paris Olympics", "who was arrested in
        // France": what was done to them; not "who was born in", "who was elected".
        ["who", be, done, ..]
            if BE_FORMS.contains(be) && done.ends_with("ed") && !ORIGIN_PASSIVES.contains(done) =>
        {
            true
        }
        // ("who has visited China more than a dozen times", "who also attended": a perfect's
        // auxiliary or an adverb before the verb.)
        ["who", rest @ ..] => rest
            .iter()
            .find(|w| !BEFORE_THE_VERB.contains(*w))
            .is_some_and(|verb| VISITS_AND_ASIDES.contains(verb)),
        _ => false,
    }
}

/// A perfect's auxiliary or an adverb between a relative pronoun and its verb ("who has
/// visited", "who also attended").
const BEFORE_THE_VERB: [&str; 7] = [
    "has",
    "had",
    "have",
    "also",
    "recently",
    "previously",
    "often",
];

/// Passives that tell what a person is or where they belong: "who was elected", "who was
/// raised in Lagos".
const ORIGIN_PASSIVES: [&str; 8] = [
    "elected",
    "appointed",
    "named",
    "raised",
    "based",
    "educated",
    "stationed",
    "posted",
];

/// Forms of "be" before a participle: "who is visiting", "who was travelling".
const BE_FORMS: [&str; 4] = ["is", "was", "are", "were"];

/// Verbs whose relative clause tells an occasion, not an origin: "who attended the field
/// day", "who spoke on condition of anonymity", "who visited Beijing last week".
const VISITS_AND_ASIDES: [&str; 21] = [
    "attended",
    "attends",
    "spoke",
    "speaks",
    "visited",
    "visits",
    "travelled",
    "traveled",
    "asked",
    "declined",
    // ("The 24-year-old, who won the French Open earlier this month, said": a contest won
    // or played is no origin.)
    "won",
    "beat",
    "lost",
    "reached",
    "played",
    "defeated",
    // ("Captain Mathews Hamweemba, who plays for Belgian side KV Oostende", "Harding, who
    // took 23 wickets on the winter tour of South Africa": a club or a tour is no origin.)
    "plays",
    "scored",
    "toured",
    "took",
    "signed",
];

/// The body named after a role in an apposition, its employer: the capitalized words after
/// "of", "at", "with", "for" or "from" ("chief executive of Kessler", "a forecaster at the
/// Korea Meteorological Administration", "an analyst with Moody's", "a spokesman for Arbor
/// Networks", "the project manager from CRBC"), up to the first word that is not. A place after "from" is where the person is
/// from, or the seat they hold ("senator from New York"), no employer.
fn body_after_role(text: &str, units: &Units, rest: &[usize]) -> Option<String> {
    let lex = &*LEXICON;
    // (Past the role's portfolio in lower case: "of strategy"; and past a lowercase thing
    // it manages: "general manager of the project at CNRC".)
    (0..rest.len().min(6))
        .filter(|&p| ["of", "at", "from", "with", "for"].contains(&units.word(rest[p])))
        .filter(|&p| {
            rest.get(p + 1).is_some_and(|&k| {
                (units.word(k) == "the" || units.is_capitalized_word(text, k))
                    && !(units.word(rest[p]) == "from"
                        && (lex.places.longest_at(&units.words, k).is_some()
                            || lex.country_words.longest_at(&units.words, k).is_some()))
            })
        })
        .take_while(|&p| {
            rest[..p]
                .iter()
                .all(|&k| units.units[k].is_word() && !units.is_capitalized_word(text, k))
        })
        .find_map(|p| body_after_preposition(text, units, &rest[p + 1..]))
}

/// The body an apposition's preposition after a role names (`rest`, the units after it):
/// its capitalized words, or a body's own word after "the" that resolution finds.
fn body_after_preposition(text: &str, units: &Units, rest: &[usize]) -> Option<String> {
    let lex = &*LEXICON;
    let rest = match rest.split_first() {
        Some((&k, after)) if units.word(k) == "the" => {
            // ("labor attache at the embassy": the body the word stands for, which
            // resolution finds.)
            if let [noun] = after
                && !units.is_capitalized_word(text, *noun)
                && lex.org_words.contains(units.word(*noun))
            {
                return Some(format!("the {}", units.word(*noun)));
            }
            after
        }
        _ => rest,
    };
    let n = rest
        .iter()
        .take_while(|&&k| units.units[k].is_word() && capitalized_at(text, units, k))
        .count();
    let (&a, &b) = (rest.first()?, rest.get(n.checked_sub(1)?)?);
    Some(units.text(text, a, b + 1).to_string())
}

/// Words that end the head noun phrase of an apposition ("the country's biggest union of
/// workers", "a group that ...").
const APPOSITION_HEAD_ENDS: [&str; 11] = [
    "of", "in", "at", "for", "with", "from", "that", "which", "who", "whose", ",",
];

/// The words that open a relative clause inside a mention or an apposition.
const RELATIVE_PRONOUNS: [&str; 4] = ["who", "which", "that", "whose"];

/// Whether a title or a role stands right before `words[name_start]` ("Lead author Sally
/// Wasef", "Dr. Tristan Smith"; an honorific's period may be a word of its own).
fn titled_before(words: &[&str], name_start: usize) -> bool {
    let before = before_period(words, name_start);
    honorific_before(words, name_start)
        || before > 0 && LEXICON.roles.longest_ending_at(words, before).is_some()
}

/// Where the preposition stands that links a capitalized run from unit `first` to what
/// precedes it, past an article ("of the Naval Command"), if anything precedes it at all.
#[inline]
fn link_before(units: &Units, first: usize) -> Option<usize> {
    match first {
        0 => None,
        1 => Some(0),
        k if units.word(k - 1) == "the" => Some(k - 2),
        k => Some(k - 1),
    }
}

/// Whether a capitalized run from unit `first` follows a role's "to" ("Ambassador to the
/// UN Nikki Haley", "Special Envoy to the Sahel Amadou Keita", "Ambassador to Germany
/// Richard Grenell"), or an envoy's "for" ("Special Representative for Iran Brian Hook").
#[inline]
pub(crate) fn follows_a_titles_to(units: &Units, first: usize) -> bool {
    link_before(units, first).is_some_and(|k| {
        units.word(k) == "to" && LEXICON.roles.longest_ending_at(&units.words, k).is_some()
            || units.word(k) == "for" && k > 0 && is_envoy(units.word(k - 1))
    })
}

/// [`titled_before`], save a peer's title: "Lord Nicholls of Birkenhead" is one title, not
/// a person of a place.
/// Whether the one-word run `run`, a title or honorific before it (`titled`), is a surname
/// that a listed body's abbreviation is spelled as, written as a name is: "Ambassador Gao",
/// "Mr Gao" (no Government Accountability Office). The abbreviation in capitals ("GAO") and
/// a body's own word written so ("Nato", "Uefa") are the bodies'.
fn titled_surname_spelled_as(
    phrase: &Phrase<'_, '_>,
    run: &[usize],
    titled: impl Fn() -> bool,
) -> bool {
    let [k] = run else { return false };
    let written = raw(phrase.text, phrase.units, *k);
    !is_acronym(written)
        && titled()
        && LEXICON
            .institutions
            .get(written)
            .is_some_and(|i| i.name.contains(' ') && !i.name.eq_ignore_ascii_case(written))
}

fn titled_commoner_before(words: &[&str], name_start: usize) -> bool {
    titled_before(words, name_start)
        && !(name_start > 0 && LEXICON.name_titles.contains(words[name_start - 1]))
}

/// Where the words before `words[at]` end, past an abbreviation's period ("Mr. Smith").
fn before_period<S: AsRef<str>>(words: &[S], at: usize) -> usize {
    if at > 1 && words[at - 1].as_ref() == "." {
        at - 1
    } else {
        at
    }
}

/// Whether a title of address (data/honorifics.csv) stands right before `words[at]`: "Mr
/// Irish", "Mr. German".
pub(crate) fn honorific_before<S: AsRef<str>>(words: &[S], at: usize) -> bool {
    let before = before_period(words, at);
    before > 0 && LEXICON.is_honorific(words[before - 1].as_ref())
}

/// A party, title or institution word of data/affiliations.csv at `head_part[k]`,
/// capitalized as a name is ("Republican", "Tory", "MP"; never "labour" or "democratic"):
/// its (alpha-2, kind) and length in words. Not the second half of a minister's portfolio
/// ("Economy and Labour Minister Wolfgang Clement": a listed role after "and"), nor a party
/// word inside a body's name ("the Federal Labour Agency").
fn affiliation_at(
    text: &str,
    units: &Units,
    idx: &[usize],
    words: &[&str],
    k: usize,
) -> Option<(&'static (String, String), usize)> {
    let portfolio = idx[k] > 0
        && units.word(idx[k] - 1) == "and"
        && LEXICON
            .roles
            .longest_at(words, k)
            .is_some_and(|(_, n)| n >= 2);
    // ("Ex-Labour MP George Galloway", "the ex-Tory MP": a former member's party.)
    if let Some(party) = words[k].strip_prefix("ex-")
        && raw(text, units, idx[k])
            .get(3..)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        && let Some(v) = LEXICON.affiliations.get(party)
        && v.1 == "party"
    {
        return Some((v, 1));
    }
    if !capitalized_at(text, units, idx[k]) || portfolio {
        return None;
    }
    LEXICON
        .affiliations
        .longest_at(words, k)
        .filter(|&((_, kind), n)| {
            !(kind == "party"
                && (idx
                    .get(k + n)
                    .is_some_and(|&j| capitalized_at(text, units, j))
                    && LEXICON.names_a_body_after_a_party_word(words[k + n])
                    || LEXICON.portfolio_after_role(words, k)))
        })
}

fn is_open_paren(text: &str, units: &Units, i: usize) -> bool {
    matches!(units.units[i], Unit::Tok(t) if t.bytes(text) == b"(")
}

fn is_close_paren(text: &str, units: &Units, i: usize) -> bool {
    matches!(units.units[i], Unit::Tok(t) if t.bytes(text) == b")")
}

/// Whether a word is an acronym ("USFK", "CFA").
pub fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2 && !w.contains('.')
}

/// Whether a person's name `run` (its words `run_words`) opens with a country's word that is
/// no given name ("Cyprus Mail"), so the words around it are asked no country. A country word
/// inside the name ("Jim Jordan", "Chad Bown") says nothing, and "German Gref", "Scot Ross"
/// open with a given name spelled like a country's word.
fn opens_with_country(run: &[usize], run_words: &[&str]) -> bool {
    let lex = &*LEXICON;
    lex.country_words.longest_at(run_words, 0).is_some()
        && !lex.given_names.contains_key(run_words[0])
        && !(run.len() >= 2 && lex.country_given_names.contains(run_words[0]))
}

/// The first explicit country word among `idx`: a possessive or "of" name, an adjective,
/// a demonym, or a country name inside an organization's name.
/// Participles whose agent after "by" asked the source, no body it belongs to.
const ASKED_BY: &[&str] = &[
    "interviewed",
    "contacted",
    "reached",
    "quoted",
    "cited",
    "surveyed",
    "polled",
    "questioned",
];

/// The number of capitalized words at `k` that name who asked the source ("interviewed by
/// Xinhua", "quoted by the Agence France Presse news agency"), when they follow one of
/// [`ASKED_BY`] and "by" (and "the").
fn asker_at(text: &str, units: &Units, idx: &[usize], words: &[&str], k: usize) -> Option<usize> {
    let by = k.checked_sub(1 + usize::from(k > 0 && words[k - 1] == "the"))?;
    if words[by] != "by" || by == 0 || !ASKED_BY.contains(&words[by - 1]) {
        return None;
    }
    Some(
        (k..words.len())
            .take_while(|&q| capitalized_at(text, units, idx[q]))
            .count(),
    )
}

/// The country the mention's units `idx` name explicitly: the first country word that says
/// a nationality (an international body before any gives none, an empty code), else a
/// birthplace.
fn country_in(text: &str, units: &Units, idx: &[usize]) -> Option<CountryEvidence> {
    let lex = &*LEXICON;
    // The words on the stack for a mention of up to 16 (every mention is asked, nearly all
    // are that short).
    let mut stack = [""; 16];
    let heap: Vec<&str>;
    let words: &[&str] = match stack.get_mut(..idx.len()) {
        Some(on_stack) => {
            for (w, &k) in on_stack.iter_mut().zip(idx) {
                *w = units.word(k);
            }
            on_stack
        }
        None => {
            heap = idx.iter().map(|&k| units.word(k)).collect();
            &heap
        }
    };
    // (A birthplace comes last; few mentions hold one.)
    let (mut born, born_here) = (None, words.iter().any(|w| w.ends_with(BORN)));
    let mut k = 0;
    while k < words.len() {
        if !capitalized_at(text, units, idx[k]) {
            k += 1;
            continue;
        }
        if born_here && let Some((c, n)) = birthplace_at(text, units, idx, words, k) {
            born = born.or(Some(c));
            k += n;
            continue;
        }
        // "Shopkeepers interviewed by Xinhua", "companies contacted by the BBC": the body
        // that asked them is no body they speak for.
        if let Some(n) = asker_at(text, units, idx, words, k) {
            k += n;
            continue;
        }
        // (One start bit for the maps asked of the word.)
        let bit = StartBit::of(words[k]);
        let institution = lex.institutions.longest_at_bit(words, k, bit);
        if let Some(n) = body_named_for_another_country(words, k, bit, institution) {
            k += n;
            continue;
        }
        // An international body before any country word: the speaker speaks for it
        // ("special representative of the UN secretary-general for South Sudan").
        if let Some((inst, n)) = institution
            && inst.country.is_none()
        {
            if inst.is_shared_party() {
                k += n;
                continue;
            }
            return Some(international_body(words_text(text, units, &idx[k..k + n])));
        }
        if let Some(n) = no_nationality_at(text, units, idx, words, k, bit) {
            k += n;
            continue;
        }
        if let Some((&(ci, kind), n)) = lex.country_words.longest_at_bit(words, k, bit)
            && !names_a_war_or_affairs(words, k + n)
            && !names_a_topic(words, k + n)
        {
            // (A capital is its government, inferred: see `inferred_country`.)
            if kind != CountryWordKind::Capital {
                return Some(country_word_evidence(text, units, (idx, words), (k, n), ci));
            }
            k += n;
            continue;
        }
        k += 1;
    }
    born
}

/// The evidence that the speaker speaks for the international body `body`, which gives no
/// country (an empty code).
fn international_body(body: &str) -> CountryEvidence {
    CountryEvidence {
        code: String::new(),
        basis: CountryBasis::Explicit,
        evidence: format!("international body {body}"),
    }
}

/// The evidence of the country `ci` that the country word `words[k..k + n]` (of a mention's
/// words, units `idx`) names explicitly.
fn country_word_evidence(
    text: &str,
    units: &Units,
    (idx, words): (&[usize], &[&str]),
    (k, n): (usize, usize),
    ci: usize,
) -> CountryEvidence {
    // The evidence takes in "of" before and "'s" after ("of Spain's").
    let poss = words.get(k + n).is_some_and(|w| *w == "'s");
    let of = k > 0 && words[k - 1] == "of";
    let (a, b) = (k - usize::from(of), k + n + usize::from(poss));
    CountryEvidence {
        code: LEXICON.country(ci).alpha2.clone(),
        basis: CountryBasis::Explicit,
        evidence: words_text(text, units, &idx[a..b]).to_string(),
    }
}

/// How many words to pass at `k` (of a mention's `words`, units `idx`) where a country word
/// there says no nationality: a place or body whose name holds it ("New Jersey", "Georgia
/// Tech", "New South Wales"), a topic or destination, or a surname after a given name.
fn no_nationality_at(
    text: &str,
    units: &Units,
    idx: &[usize],
    words: &[&str],
    k: usize,
    bit: StartBit,
) -> Option<usize> {
    let lex = &*LEXICON;
    let longer_place = |from: usize| {
        lex.places
            .longest_at(words, from)
            .is_some_and(|(_, n)| from + n > k)
    };
    // ("New South Wales": the place may open two words back.)
    let place_before = (k.saturating_sub(2)..k)
        .any(|from| (from..k).all(|j| capitalized_at(text, units, idx[j])) && longer_place(from));
    if place_before {
        return Some(1);
    }
    if let Some(m) = place_opening_with_a_country_word(words, k, bit) {
        return Some(m);
    }
    // "David French", "Nikki Holland", "Michael Jordan": after a given name a country's word
    // is a surname.
    let after_given_name = k > 0
        && capitalized_at(text, units, idx[k - 1])
        && lex.given_names.contains_key(words[k - 1]);
    // ("who grows tomatoes in Leamington, Ontario, and employs 42 Jamaicans": people counted
    // are others, not the speaker's nationality.)
    let counted = k > 1
        && (words[k - 1].starts_with(|c: char| c.is_ascii_digit())
            && words[k - 1]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',')
            || is_number_word(words[k - 1]))
        && words[..k - 1].iter().any(|w| RELATIVE_PRONOUNS.contains(w));
    // ("appearing in Ottawa alongside her Danish counterpart": an owner's pronoun before the
    // adjective and a person's noun makes it someone else's; "his Mexican heritage" is his.)
    // (The pronoun first: most country words have none before them.)
    let someone_elses = owned_person_at(words, k) && lex.is_country_adjective(words[k]);
    (topic_or_destination(words, k)
        || after_given_name
        || counted
        || someone_elses
        || worked_there(words, k)
        || joined_from(words, k)
        || continent_part(words, k))
    .then_some(1)
}

/// "The 41-year-old, who has worked on projects in Kenya and Laos": a country after "in" in
/// a relative clause of work, study or travel is where the person has been, no nationality.
fn worked_there(words: &[&str], k: usize) -> bool {
    const BEEN: &[&str] = &[
        "worked",
        "works",
        "working",
        "served",
        "studied",
        "travelled",
        "traveled",
        "visited",
        "played",
        "toured",
        "reported",
    ];
    // (The list's next country too: "in Kenya and Laos". Asked first: most words have no
    // "in" before them, and the clause is looked for only then.)
    let after_in = k > 0 && words[k - 1] == "in"
        || k >= 3 && ["and", ","].contains(&words[k - 1]) && words[k - 3] == "in";
    after_in && relative_clause_holds(&words[..k], BEEN)
}

/// Whether the last relative clause of `words` ("who ...") holds one of `verbs` before its
/// end.
fn relative_clause_holds(words: &[&str], verbs: &[&str]) -> bool {
    words
        .iter()
        .rposition(|w| RELATIVE_PRONOUNS.contains(w))
        .is_some_and(|relative| words[relative..].iter().any(|w| verbs.contains(w)))
}

/// "The 52-year-old, who joined Harwood from Dutch retailer Vendel", "who joined from a US
/// discount chain": a country's word after "from" in a relative clause of joining is the
/// former employer's, no nationality.
fn joined_from(words: &[&str], k: usize) -> bool {
    const JOINED: &[&str] = &["joined", "came", "moved", "arrived", "switched", "defected"];
    // ("from", then at most an article and a word before the country's: asked first.)
    let Some(from) = (k.saturating_sub(3)..k).rev().find(|&x| words[x] == "from") else {
        return false;
    };
    words[from + 1..k]
        .iter()
        .all(|w| ["a", "an", "the"].contains(w) || w.chars().all(|c| c.is_ascii_lowercase()))
        && relative_clause_holds(&words[..from], JOINED)
}

/// Whether the word at `words[k]` (a country's adjective) stands between an owner's pronoun
/// and a noun of a person another stands beside: a role ("minister", "wife") or a
/// counterpart ("her Danish counterpart", "his Chinese host"); the person is someone else.
pub(crate) fn owned_person_at<W: AsRef<str>>(words: &[W], k: usize) -> bool {
    const COUNTERPARTS: &[&str] = &["counterpart", "counterparts", "host", "hosts"];
    k > 0
        && crate::attribution::attribute::words::OWNERS.contains(&words[k - 1].as_ref())
        && words.get(k + 1).is_some_and(|w| {
            let w = w.as_ref();
            COUNTERPARTS.contains(&w) || LEXICON.roles.get(w).is_some()
        })
}

/// Whether the country word at `words[k]` is "America" of a part of the continent: "head of
/// strategy for Latin American markets", "the South American Youth Championships" name no
/// American.
fn continent_part(words: &[&str], k: usize) -> bool {
    k > 0
        && matches!(words[k], "america" | "american" | "americans")
        && matches!(words[k - 1], "latin" | "south" | "north" | "central")
}

/// The text from the first of the units `idx` to the end of the last.
fn words_text<'t>(text: &'t str, units: &Units, idx: &[usize]) -> &'t str {
    match (idx.first(), idx.last()) {
        (Some(&a), Some(&b)) => &text[units.units[a].start()..units.units[b].end()],
        _ => "",
    }
}

/// The length of a listed body of one country whose name, `institution` at `words[k]`,
/// opens with another country's word ("the American University of Beirut"): the word is the
/// name's, no nationality.
fn body_named_for_another_country(
    words: &[&str],
    k: usize,
    bit: StartBit,
    institution: Option<(&Institution, usize)>,
) -> Option<usize> {
    let lex = &*LEXICON;
    let (inst, n) = institution?;
    let code = inst.country.as_deref()?;
    let (&(ci, _), m) = lex.country_words.longest_at_bit(words, k, bit)?;
    (m < n && lex.country(ci).alpha2 != code).then_some(n)
}

/// Whether the word after a country word, `words[k]`, makes it a war fought there or the
/// affairs of the place, no nationality: "an Iraq War veteran", "the State Council Taiwan
/// Affairs Office".
fn names_a_war_or_affairs(words: &[&str], k: usize) -> bool {
    words
        .get(k)
        .is_some_and(|w| matches!(*w, "war" | "wars" | "affairs"))
}

/// Whether the word after a country word, `words[k]`, makes it a subject of study or trade
/// (data/topic_nouns.txt), no nationality: "who has studied the Chinese economy"; but "the
/// Japanese economy minister", "the Chinese market regulator" hold an office of the country.
fn names_a_topic(words: &[&str], k: usize) -> bool {
    let lex = &*LEXICON;
    words.get(k).is_some_and(|w| lex.topic_nouns.contains(w))
        && words
            .get(k + 1)
            .is_none_or(|w| lex.roles.get(w).is_none() && !lex.org_words.contains(w))
}

/// Whether the country word at `words[k]` is a topic or a destination, not a nationality:
/// "Experts on North Korea", "a book about France", "the US ambassador to China", "who went
/// with her to Burma", an envoy's "for" ("US Special Representative for Iran Brian Hook"; a
/// spokesman "for Iran" speaks for it), and a war's place ("which opposed the war in Iraq",
/// "the invasion of Iraq", as `names_a_war_or_affairs` reads "the Iraq war").
fn topic_or_destination(words: &[&str], k: usize) -> bool {
    k > 0 && ["on", "about", "over", "regarding", "to"].contains(&words[k - 1])
        || k > 1 && words[k - 1] == "for" && is_envoy(words[k - 2])
        || k > 1
            && ["in", "of"].contains(&words[k - 1])
            && matches!(words[k - 2], "war" | "wars" | "invasion" | "occupation")
}

/// Whether a lowercased word is a role whose "for" names the country its holders are sent
/// to, not their own ("Special Envoy for Syria", "Special Representative for Iran", "UN
/// Special Rapporteur for Myanmar"), one or several.
fn is_envoy(w: &str) -> bool {
    // ("the Fund's mission chief for Nigeria", "the World Bank's country director for
    // Kenya": an area a head answers for.)
    const ENVOY_NOUNS: &[&str] = &[
        "envoy",
        "representative",
        "rapporteur",
        "coordinator",
        "emissary",
        "chief",
        "director",
    ];
    ENVOY_NOUNS.contains(&w.trim_end_matches('s'))
}

/// "British Columbia Liberal Party": the length of a place at `words[k]` whose name opens
/// with a country word and runs past it. (The country word is looked up first: few words
/// open one.)
fn place_opening_with_a_country_word(words: &[&str], k: usize, bit: StartBit) -> Option<usize> {
    let lex = &*LEXICON;
    let (_, n) = lex.country_words.longest_at_bit(words, k, bit)?;
    let (_, m) = lex.places.longest_at_bit(words, k, bit)?;
    (m > n).then_some(m)
}

/// Whether a listed body's name goes on past the list in a comma and more fields
/// (`rest`, the units after it): "Department of Agriculture, Fisheries and Forestry" is
/// another country's department than the "Department of Agriculture" listed.
fn fields_go_on(text: &str, units: &Units, rest: &[usize]) -> bool {
    let capital = |k: usize| capitalized_at(text, units, k);
    rest.first().is_some_and(|&k| units.word(k) == ",")
        && rest.get(1).is_some_and(|&k| capital(k))
        && rest[1..]
            .iter()
            .take(5)
            .position(|&k| units.word(k) == "and")
            .is_some_and(|p| {
                rest[1..p + 1]
                    .iter()
                    .all(|&k| capital(k) || units.word(k) == ",")
                    && rest.get(p + 2).is_some_and(|&k| capital(k))
            })
}

/// The participles of a relative clause that says where a body is based, its country:
/// "which is based in Austin, Texas", "which is headquartered in Lyon".
const BASED_VERBS: [&str; 2] = ["based", "headquartered"];

/// Where a relative clause of "which" or "whose" opens among a mention's `words` (else their
/// end), after which no country is inferred.
fn relative_clause_start(words: &[&str]) -> usize {
    // "CCIA Europe, which represents firms including Google,", "Governor Leticia Ornelas,
    // whose state shares a border with Texas,": what a relative clause of "which" or
    // "whose" names is what the speaker deals with, not where they are from.
    // (Save where it is based: "Loopster, which is based in San Jose, California,".)
    words
        .iter()
        .enumerate()
        .position(|(k, w)| {
            ["which", "whose"].contains(w)
                && !matches!(
                    words.get(k + 1..k + 4),
                    Some([_, verb, "in"]) if BASED_VERBS.contains(verb)
                )
        })
        .unwrap_or(words.len())
}

/// A country worked out from an institution, a place or a capital among `idx`.
fn inferred_country(text: &str, units: &Units, idx: &[usize]) -> Option<CountryEvidence> {
    let words: Vec<&str> = idx.iter().map(|&k| units.word(k)).collect();
    // (The words of a party several countries share, or of who asked the source, are
    // passed over: see below.)
    let mut passed_over_to = 0;
    for k in 0..relative_clause_start(&words) {
        if k < passed_over_to || !capitalized_at(text, units, idx[k]) {
            continue;
        }
        let at = InferenceSite {
            text,
            units,
            idx,
            words: &words,
            k,
        };
        match at.inferred() {
            Inference::Found(evidence) => return Some(evidence),
            Inference::PassOver(n) => passed_over_to = k + n,
            Inference::Nothing => {}
        }
    }
    affiliation_country(text, units, idx, &words)
}

/// What the words from one capitalized word of a mention say of the speaker's country.
enum Inference {
    Found(CountryEvidence),
    /// This many words say nothing and none of them starts another inference.
    PassOver(usize),
    Nothing,
}

/// One capitalized word `k` of a mention's words `idx`, where `inferred_country` asks for a
/// body, a place or a capital.
struct InferenceSite<'a> {
    text: &'a str,
    units: &'a Units<'a>,
    idx: &'a [usize],
    words: &'a [&'a str],
    k: usize,
}

impl InferenceSite<'_> {
    fn inferred(&self) -> Inference {
        let (words, k) = (self.words, self.k);
        if let Some(n) = asker_at(self.text, self.units, self.idx, words, k) {
            return Inference::PassOver(n);
        }
        // "Seoul-based Eugene Investment", "Tokyo-based Bloomberg Intelligence analyst":
        // where a body or a person is based says their country, before any body's name.
        if let Some((code, what, n)) = based_in(words, k) {
            return self.found(code, what, n);
        }
        // (One start bit for the maps asked of the word.)
        let bit = StartBit::of(words[k]);
        let lex = &*LEXICON;
        if let Some((inst, n)) = lex.institutions.longest_at_bit(words, k, bit) {
            return self.institution(inst, n);
        }
        if let Some(place) = lex.places.longest_at_bit(words, k, bit) {
            return self.place(place);
        }
        if let Some((&(ci, CountryWordKind::Capital), n)) =
            lex.country_words.longest_at_bit(words, k, bit)
        {
            let code = &lex.country(ci).alpha2;
            if let Some(party) = self.party_member_of(n, code) {
                return Inference::Found(party);
            }
            return self.found(code.clone(), "capital", n);
        }
        Inference::Nothing
    }

    fn found(&self, code: String, what: &str, n: usize) -> Inference {
        let idx = &self.idx[self.k..self.k + n];
        Inference::Found(inferred_evidence(self.text, self.units, idx, code, what))
    }

    /// A body's name of `n` words.
    fn institution(&self, inst: &Institution, n: usize) -> Inference {
        let (words, k) = (self.words, self.k);
        // "Social Democratic Party": a party several countries have says none of them
        // (the story's country decides), and holds no other country's party; nor does
        // a body someone left ("the former JP Morgan trader"), save a party.
        let left = k > 0 && words[k - 1] == "former" && inst.kind != "party";
        if inst.is_shared_party() || left || fields_go_on(self.text, self.units, &self.idx[k + n..])
        {
            return Inference::PassOver(n);
        }
        let code = inst.country.clone().unwrap_or_default();
        if let Some(party) = self.party_member_of(n, &code) {
            return Inference::Found(party);
        }
        self.found(code, "institution", n)
    }

    /// A place's name of `n` words, with its country and kind.
    fn place(&self, ((code, kind), n): (&(String, String), usize)) -> Inference {
        let (words, k) = (self.words, self.k);
        // "Serena Williams, who is also in Dubai", "Greene, who races in Birmingham on
        // Friday": where a person is in a relative clause says nothing of their country.
        // (Where it is based is its country: "which is based in Austin, Texas".)
        // ("who flew to Chiang Rai": a place passed over leaves none of its words to read
        // as a body, Italy's RAI.)
        let whereabouts = k > 0
            && ["in", "at", "to"].contains(&words[k - 1])
            && words[..k].iter().any(|w| ["who", "which"].contains(w))
            && !(k > 1 && BASED_VERBS.contains(&words[k - 2]));
        if whereabouts {
            return Inference::PassOver(n);
        }
        if let Some(party) = self.party_member_of(n, code) {
            return Inference::Found(party);
        }
        // "Exeter, N.H.": the state after a city's comma decides which Exeter.
        if kind == "city"
            && words.get(k + n) == Some(&",")
            && let Some(((state_code, state_kind), m)) = LEXICON.places.longest_at(words, k + n + 1)
            && ["state", "province"].contains(&state_kind.as_str())
        {
            return self.found(state_code.clone(), state_kind, n + 1 + m);
        }
        self.found(code.clone(), kind, n)
    }

    /// "a Cambridge Democrat", "a Plymouth Republican": a town before one country's party
    /// noun says where the member lives in that country (Cambridge, Massachusetts), not
    /// the town abroad that the name also is. `n` words name the town, in `place_code`.
    fn party_member_of(&self, n: usize, place_code: &str) -> Option<CountryEvidence> {
        let (words, k) = (self.words, self.k);
        let party_noun = words
            .get(k + n)
            .is_some_and(|w| ["democrat", "republican"].contains(w));
        party_noun
            .then(|| affiliation_at(self.text, self.units, self.idx, words, k + n))
            .flatten()
            .filter(|((code, kind), m)| {
                *m == 1 && kind == "party" && !code.is_empty() && code != place_code
            })
            .map(|((code, kind), _)| {
                let idx = &self.idx[k + n..k + n + 1];
                inferred_evidence(self.text, self.units, idx, code.clone(), kind)
            })
    }
}

/// The country of a party, title or institution word ("Tory", "Republican", "Sen.", "MP"),
/// weaker than any place: "a Labour MP for Glasgow" is still British, "a Democrat from Ohio"
/// American. ("Social Democrat leader": a party several countries have says none, and its
/// words are passed over.)
fn affiliation_country(
    text: &str,
    units: &Units,
    idx: &[usize],
    words: &[&str],
) -> Option<CountryEvidence> {
    let mut passed_over_to = 0;
    for k in 0..words.len() {
        if k < passed_over_to {
            continue;
        }
        if let Some(((code, kind), n)) = affiliation_at(text, units, idx, words, k) {
            if code.is_empty() && kind == "party" {
                passed_over_to = k + n;
                continue;
            }
            return Some(inferred_evidence(
                text,
                units,
                &idx[k..k + n],
                code.clone(),
                kind,
            ));
        }
    }
    None
}

/// Inferred country evidence: what the country was inferred from, and the words `span`.
fn inferred_evidence(
    text: &str,
    units: &Units,
    span: &[usize],
    code: String,
    what: &str,
) -> CountryEvidence {
    CountryEvidence {
        code,
        basis: CountryBasis::Inferred,
        evidence: format!("{what} {}", words_text(text, units, span)),
    }
}

/// Whether a word is a known place's or country's "-based" ("beijing-based").
pub(crate) fn names_a_base(word: &str) -> bool {
    word.ends_with("-based") && based_in(&[word], 0).is_some()
}

/// The country of a place that opens at `words[k]` and ends in "-based" within three words
/// ("seoul-based", "hong kong-based"), with the place's kind and its number of words.
fn based_in(words: &[&str], k: usize) -> Option<(String, &'static str, usize)> {
    let lex = &*LEXICON;
    let (place, n) = compound_of(words, k, "-based")?;
    if let Some((code, _)) = lex.places.get(&place) {
        return Some((code.clone(), "base", n));
    }
    match lex.country_words.get(&place) {
        Some(&(ci, CountryWordKind::Capital | CountryWordKind::Name)) => {
            Some((lex.country(ci).alpha2.clone(), "base", n))
        }
        _ => None,
    }
}

/// Endings of abstract nouns, which end a portfolio's field as data/portfolio_fields.txt's
/// words do, and no given name.
const ABSTRACT_NOUN_ENDINGS: &[&str] = &[
    "tion", "sion", "ment", "age", "ance", "ence", "ity", "ure", "ics", "ism", "ness", "ship",
];

/// Where the name after a portfolio that opens at `words[from]` (after a role's "for" or
/// "of") begins: the portfolio is one field or more, joined by commas, "and" or "&", each
/// of one to three capitalized words that ends in a word of data/portfolio_fields.txt
/// ("Home Affairs", "Energy, Water Resources and Irrigation", "Sustainability and the
/// Environment"), or after "for" a country's name ("Secretary of State for Wales"); a
/// capitalized word must follow it. `cap` says whether a word is capitalized.
pub(crate) fn portfolio_fields_after<W: AsRef<str>>(
    words: &[W],
    from: usize,
    cap: impl Fn(usize) -> bool,
) -> Option<usize> {
    let word = |k: usize| words[k].as_ref();
    // (No body's name: "director of the National Counterterrorism Center Christopher Miller".)
    portfolio_fields_end(words, from, &cap).filter(|&e| {
        e < words.len()
            && cap(e)
            && ![",", "and", "&"].contains(&word(e))
            && !LEXICON.org_words.contains(word(e))
    })
}

/// Whether the word `w` (lowercase) may end a field of a portfolio: a listed one, or an
/// abstract noun of no given name ("Universal Health Coverage Maria Helena Costa":
/// "Coverage" is the field's, not the name's).
pub(crate) fn ends_a_portfolio_field(w: &str) -> bool {
    let lex = &*LEXICON;
    lex.portfolio_fields.contains(w)
        || ABSTRACT_NOUN_ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
            && !lex.given_names.contains_key(w)
            && !lex.org_words.contains(w)
}

/// Where the fields of a portfolio that opens at `words[from]` end, whatever follows them
/// (see [`portfolio_fields_after`]).
fn portfolio_fields_end<W: AsRef<str>>(
    words: &[W],
    from: usize,
    cap: impl Fn(usize) -> bool,
) -> Option<usize> {
    let lex = &*LEXICON;
    let word = |k: usize| words[k].as_ref();
    let n = words.len();
    let field_word = |k: usize| cap(k) && lex.may_be_portfolio_field(word(k));
    // (A country is a portfolio only after "for": "Minister of Health of Chile" and
    // "Commander of U.S. Central Command" name where the office is.)
    let country_after_for = from > 0 && word(from - 1) == "for";
    let (mut k, mut end) = (from, None);
    loop {
        if k < n && word(k) == "the" {
            k += 1;
        }
        // The longest field at `k`: fields' words ending in a listed one, or a country's name.
        let country = || {
            lex.country_words
                .longest_at(words, k)
                .filter(|&(&(_, kind), len)| {
                    kind == CountryWordKind::Name && len <= 2 && (k..k + len).all(&cap)
                })
                .map(|(_, len)| len)
        };
        let field = (1..=3)
            .rev()
            .find(|&len| {
                k + len <= n
                    && (k..k + len).all(field_word)
                    && ends_a_portfolio_field(word(k + len - 1))
            })
            .or_else(|| (country_after_for && end.is_none()).then(country).flatten());
        let Some(len) = field else { break };
        k += len;
        end = Some(k);
        if k < n && [",", "and", "&"].contains(&word(k)) {
            k += 1;
            if k < n && word(k) == "and" {
                k += 1;
            }
        } else {
            break;
        }
    }
    end
}

/// The country a compound of a country word and "-born" opening at `words[k]` (units
/// `idx`) names ("Indian-born", "South African-born"), and its number of words: a
/// birthplace, weaker than any other country word of the mention ("a Russian-born,
/// London-based American investor" is American).
fn birthplace_at(
    text: &str,
    units: &Units,
    idx: &[usize],
    words: &[&str],
    k: usize,
) -> Option<(CountryEvidence, usize)> {
    let (place, n) = compound_of(words, k, BORN)?;
    let ci = match LEXICON.country_words.get(&place) {
        Some(&(ci, kind)) if kind != CountryWordKind::Capital => ci,
        _ => return None,
    };
    let evidence = CountryEvidence {
        code: LEXICON.country(ci).alpha2.clone(),
        basis: CountryBasis::Explicit,
        evidence: words_text(text, units, &idx[k..k + n]).to_string(),
    };
    Some((evidence, n))
}

/// The words before `suffix` of a compound that opens at `words[k]` and ends in it within
/// three words ("hong kong-based" gives "hong kong"), and its number of words.
fn compound_of(words: &[&str], k: usize, suffix: &str) -> Option<(String, usize)> {
    let n = (0..3).find(|&j| words.get(k + j).is_some_and(|w| w.ends_with(suffix)))? + 1;
    let mut place = words[k..k + n].join(" ");
    place.truncate(place.len() - suffix.len());
    Some((place, n))
}

/// Whether a lowercased word is shaped as a common noun or adjective rather than a given
/// name: a role's ending ("goalscorer", "moderator", "corkman", "agent", "defiant",
/// "conservative"), a participle ("using"), a plural ("judges", "families") or a hyphen
/// ("oscar-winner").
fn common_word_shape(w: &str) -> bool {
    w.contains('-')
        || w.len() > 4
            && [
                "er", "or", "man", "ant", "ent", "ive", "ing", "ies", "es", "rs", "ts", "ds", "ks",
            ]
            .iter()
            .any(|end| w.ends_with(end))
}

/// How far from a name [`Phrase::surname_alone`] looks for its surname, in bytes, each way:
/// a long story's length (the longest BBC story is 25 KB, PolNeAR's 34 KB; a Wikinews
/// interview of 143 KB is the one longer).
const SURNAME_REACH: usize = 40_000;

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(s: &str) -> SpeakerMention {
        let u = Units::build(s, 0, s.len(), &[]);
        analyse(s, &u, 0, u.len(), None).unwrap()
    }

    /// A portfolio's name ends before the person's two words, even where the surname is
    /// spelled as a given name.
    #[test]
    fn a_surname_spelled_as_a_given_name_after_a_portfolio_keeps_the_given_name() {
        for s in [
            "Acting Commissioner of Police Curtis Alexander",
            "Minister of Finance Curtis Alexander",
        ] {
            assert_eq!(mention(s).name.as_deref(), Some("Curtis Alexander"), "{s}");
        }
    }

    /// A place after "across" or "around" says where the people described are; it is no
    /// name of theirs.
    #[test]
    fn a_place_after_across_ends_the_head_phrase() {
        let m = mention("Insurance agents across Tampa Bay");
        assert_eq!((m.name, m.speaker_type), (None, SpeakerType::Group));
    }

    /// A participle with a preposition or pronoun after it opens a clause, no mention; one
    /// before a determiner is left out of the noun phrase it precedes; a participle before
    /// a noun ("marketing manager") and a pronoun in -thing stay.
    #[test]
    fn a_participle_opening_a_clause_is_no_mention() {
        for s in [
            "dismantling of the Springboks",
            "putting them at odds with Sanders",
        ] {
            let u = Units::build(s, 0, s.len(), &[]);
            assert!(analyse(s, &u, 0, u.len(), None).is_none(), "{s}");
        }
        assert_eq!(
            mention("meddling the California congressman").text,
            "the California congressman"
        );
        assert_eq!(
            mention("infringing on the only Amendment the Founding Fathers").text,
            "the Founding Fathers"
        );
        assert_eq!(
            mention("marketing manager Simon George").name.as_deref(),
            Some("Simon George")
        );
        assert_eq!(
            mention("something many Republicans").text,
            "something many Republicans"
        );
    }

    /// "Sapphire Records", "General Electric", "Fairmont Hotels & Resorts": a company's name
    /// that ends in its trade's word (data/org_words.txt) is an organization's, not a
    /// person's.
    #[test]
    fn a_name_ending_in_a_trade_s_word_is_an_organization() {
        for s in [
            "Sapphire Records",
            "General Electric",
            "Fairmont Hotels & Resorts",
        ] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
    }

    /// "the Ministry of Sustainability and the Environment": the article after "and" among a
    /// body's fields stays in its name.
    #[test]
    fn and_the_among_a_body_s_fields_stays_in_the_name() {
        let m = mention("the Ministry of Sustainability and the Environment");
        assert_eq!(
            m.name.as_deref(),
            Some("Ministry of Sustainability and the Environment")
        );
    }

    /// "Associate Professor Chua Beng Kiat of the National University of Singapore",
    /// "Commodore Salim bin Hamad Al-Harthy of the Royal Navy of Oman": a titled person of a
    /// listed or named body is the person, the body their employer.
    #[test]
    fn a_titled_person_of_a_listed_body_is_the_person() {
        for (s, name) in [
            (
                "Associate Professor Chua Beng Kiat of the National University of Singapore",
                "Chua Beng Kiat",
            ),
            (
                "Commodore Salim bin Hamad Al-Harthy of the Royal Navy of Oman",
                "Salim bin Hamad Al-Harthy",
            ),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.speaker_type, m.name.as_deref()),
                (SpeakerType::Person, Some(name)),
                "{m:?}"
            );
            assert!(m.employer.is_some(), "{m:?}");
        }
    }

    /// "A joint statement adopted at the end of the forum", "A document seen by Reuters": a
    /// participle after a document's noun ends its head; "Economist Brian Otieno of
    /// the Nairobi-based think tank Africa Trade Watch" is the economist, whose title opens
    /// the name; "Unions in both countries" are a group.
    #[test]
    fn participles_after_documents_titles_before_a_person_of_a_body_and_unions() {
        let m = mention("A joint statement adopted at the end of the forum");
        assert_eq!(
            (m.speaker_type, m.head.as_str()),
            (SpeakerType::Document, "statement")
        );
        let m = mention("A document seen by Reuters");
        assert_eq!(m.speaker_type, SpeakerType::Document, "{m:?}");
        let m =
            mention("Economist Brian Otieno of the Nairobi-based think tank Africa Trade Watch");
        assert_eq!(m.name.as_deref(), Some("Brian Otieno"));
        let m = mention("Unions in both countries");
        assert_eq!(m.speaker_type, SpeakerType::Group, "{m:?}");
    }

    /// "A spokesperson for Sen. Kristin Vold, R-Iowa,": the party tag set off after the
    /// description is no name of the spokesperson's.
    #[test]
    fn a_party_tag_after_a_description_is_no_name() {
        let m = apposed("A spokesperson for Sen. Kristin Vold, R-Iowa");
        assert_ne!(m.name.as_deref(), Some("R-Iowa"));
        assert!(m.text.starts_with("A spokesperson"), "{m:?}");
    }

    /// "of St. Cloud": the period of a place's abbreviated first word is no end of the name
    /// run, whose last words would be read as the person.
    #[test]
    fn a_place_s_abbreviated_first_word_stays_in_the_place() {
        for s in ["Rep. Ann Lee of St. Cloud", "The Rev. Al Cole of St. Paul"] {
            let m = mention(s);
            assert!(
                ["Ann Lee", "Al Cole"].contains(&m.name.as_deref().unwrap_or("")),
                "{s}"
            );
        }
    }

    #[test]
    fn a_portfolio_list_before_a_role_is_the_role_s() {
        let m =
            mention("Malaysian Transport, Logistics and Ports Minister Datuk Seri Wong Kah Ming");
        assert_eq!(m.name.as_deref(), Some("Wong Kah Ming"));
        assert_eq!(
            m.role.as_deref(),
            Some("Transport, Logistics and Ports Minister")
        );
        assert_eq!(m.speaker_type, SpeakerType::Person);
        // Two people, each with a role, stay two.
        let m =
            mention("Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi");
        assert_eq!(m.speaker_type, SpeakerType::Group);
        // Two fields of listed words make a minister's portfolio, with no comma.
        let m = mention("Natural Resources and Environmental Sustainability Minister Nik Azmi");
        assert_eq!(m.name.as_deref(), Some("Nik Azmi"));
        assert_eq!(m.speaker_type, SpeakerType::Person);
        let m = mention("Water and Rural Development Minister Dr Anxious Moyo");
        assert_eq!(m.name.as_deref(), Some("Anxious Moyo"));
        let m = mention("Oceans and Fisheries Minister Choi Jae-won");
        assert_eq!(m.name.as_deref(), Some("Choi Jae-won"));
        let m = mention("Deputy Minister of Labour, Invalids and Social Affairs Nguyen Thi Hoa");
        assert_eq!(m.name.as_deref(), Some("Nguyen Thi Hoa"));
        // The role's own first word may be the last field, and an abstract noun ends a
        // field as a listed word does.
        for (s, name) in [
            (
                "Treasury and Finance Minister Kerem Aydinli",
                "Kerem Aydinli",
            ),
            ("Home Affairs and Justice Minister Ana Lopes", "Ana Lopes"),
            (
                "Finance, Economic Development and Investment Promotion Minister Obert Chimombe",
                "Obert Chimombe",
            ),
        ] {
            let m = mention(s);
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
        }
        // A name before "and" is none ("Kerry" ends no field).
        let m = mention("Kerry and Justice Minister Ana Lopes");
        assert_eq!(m.speaker_type, SpeakerType::Group);
        let m = mention("Kerry and Defense Secretary Ash Carter");
        assert_eq!(m.speaker_type, SpeakerType::Group);
    }

    #[test]
    fn a_person_of_a_described_body_is_the_speaker() {
        for (s, name) in [
            (
                "Tom Ashby of London-based consultancy Screen Digest",
                "Tom Ashby",
            ),
            ("Cara Diemont of IT firm Dimension Data", "Cara Diemont"),
            (
                "Rhian Morgan of the Cardiff consultancy Play Metrics",
                "Rhian Morgan",
            ),
            ("Carla Mendes of Lisbon-based Jogo Digital", "Carla Mendes"),
        ] {
            let m = mention(s);
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
        }
        // A body's own "of" stays in its name.
        let m = mention("Bank of America economist Mickey Levy");
        assert_eq!(m.name.as_deref(), Some("Mickey Levy"));
    }

    #[test]
    fn an_embassy_in_a_country_is_one_name() {
        let m = mention("The Embassy of Japan in the Philippines");
        assert_eq!(
            m.name.as_deref(),
            Some("Embassy of Japan in the Philippines")
        );
        assert_eq!(m.country.map(|c| c.code).as_deref(), Some("JP"));
    }

    #[test]
    fn a_body_s_fields_listed_with_a_comma_are_one_name() {
        let m = mention("The Ministry of Agriculture, Forestry and Fisheries");
        assert_eq!(
            m.name.as_deref(),
            Some("Ministry of Agriculture, Forestry and Fisheries")
        );
        assert_eq!(m.speaker_type, SpeakerType::Organization);
        // A listed body's name that goes on is another body: no US from "Department of
        // Agriculture".
        let m = mention("A spokesperson for the Department of Agriculture, Water and Environment");
        assert_eq!(m.country, None);
    }

    /// The mention before the first comma of `s`, with the rest of `s` as its apposition
    /// ("Liu Jianchao, China's assistant foreign minister").
    fn apposed(s: &str) -> SpeakerMention {
        let u = Units::build(s, 0, s.len(), &[]);
        let comma = (0..u.len()).find(|&k| u.word(k) == ",").expect("a comma");
        analyse(s, &u, 0, comma, Some((comma + 1, u.len()))).unwrap()
    }

    /// A place passed over in a relative clause leaves no word of it to read as a body.
    #[test]
    fn a_place_visited_holds_no_body_s_name() {
        let m = apposed("Interior Minister Chaiwat Rattanakorn, who flew to Chiang Rai on Tuesday");
        assert_eq!(m.country.map(|c| c.code), None);
    }

    /// The mention that opens `s`, up to unit `n`: the rest of `s` is the story around it.
    fn mention_in(s: &str, n: usize) -> SpeakerMention {
        let u = Units::build(s, 0, s.len(), &[]);
        analyse(s, &u, 0, n, None).unwrap()
    }

    #[test]
    fn an_and_inside_a_portfolio_joins_no_one() {
        for (s, name) in [
            (
                "Trade and Industry Secretary Patricia Hewitt",
                "Patricia Hewitt",
            ),
            (
                "Economy and Labour Minister Wolfgang Clement",
                "Wolfgang Clement",
            ),
            // Nor one inside a body's name before its officer.
            (
                "Food and Drug Administration commissioner Robert Califf",
                "Robert Califf",
            ),
            (
                "NSW Nurses and Midwives' Association general secretary Shaye Candish",
                "Shaye Candish",
            ),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.name.as_deref(), m.speaker_type),
                (Some(name), SpeakerType::Person),
                "{s}"
            );
        }
        // "Labour" after "and" is the portfolio's, no party: no British country.
        assert!(
            mention("Economy and Labour Minister Wolfgang Clement")
                .country
                .is_none()
        );
        assert_eq!(mention("Labour MP Jane Doe").country.unwrap().code, "GB");
        // A surname before the "and" is a second person.
        let m = mention("Brown and Transport Secretary Alistair Darling");
        assert_eq!(m.speaker_type, SpeakerType::Group);
    }

    #[test]
    fn a_given_name_spelled_like_a_country_s_word_gives_no_country() {
        for s in [
            "Economy minister German Petrov",
            "Scot Hale",
            "Georgia Gould",
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
            assert!(m.country.is_none(), "{s}: {:?}", m.country);
        }
        // The words around the name still count; alone the word is the country's.
        let m = mention("Russian minister German Petrov");
        assert_eq!(m.country.unwrap().code, "RU");
        assert_eq!(
            mention("German Chancellor Anna Weber")
                .country
                .unwrap()
                .code,
            "DE"
        );
    }

    #[test]
    fn a_nationality_before_a_name_the_story_shortens_is_no_part_of_it() {
        let story = "Australian Lynton Marsh told reporters. Mr Marsh said so.";
        let m = mention_in(story, 3);
        assert_eq!(m.name.as_deref(), Some("Lynton Marsh"));
        assert_eq!(m.country.unwrap().code, "AU");
        // Never named by the last word alone, or with an article: a body's name.
        for (s, n, name) in [
            (
                "Australian Lynton Marsh told reporters.",
                3,
                "Australian Lynton Marsh",
            ),
            (
                "British Phonographic Industry said. The Phonographic Industry is big.",
                3,
                "British Phonographic Industry",
            ),
            (
                "the American Grain Legion said. Legion members agree.",
                4,
                "American Grain Legion",
            ),
        ] {
            assert_eq!(mention_in(s, n).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn a_heading_in_capitals_before_a_mention_is_no_part_of_it() {
        assert_eq!(mention("STEADY PROGRESS Officials").text, "Officials");
        assert_eq!(mention("A NEW CHAPTER Anna Pike").text, "Anna Pike");
        // Capitals that describe the person stay.
        assert_eq!(
            mention("ABS-CBN CEO Carlo Katigbak").text,
            "ABS-CBN CEO Carlo Katigbak"
        );
    }

    #[test]
    fn a_person_of_a_body_a_lowercase_noun_ends_is_the_person() {
        for (s, name, employer) in [
            (
                "Robert Lane of the Texas delegation",
                "Robert Lane",
                "Texas delegation",
            ),
            // (A body's name whose capitals a plural's possessive breaks: its "the" comes
            // along, as after every "of".)
            (
                "Mark Dunn of the Independent Harbour Users' Association",
                "Mark Dunn",
                "the Independent Harbour Users' Association",
            ),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.name.as_deref(), m.speaker_type, m.employer.as_deref()),
                (Some(name), SpeakerType::Person, Some(employer)),
                "{s}"
            );
            assert_eq!(m.text, s);
        }
    }

    #[test]
    fn a_country_s_word_after_a_given_name_is_a_surname() {
        assert_eq!(mention("David French").country, None);
        let m = mention("Nikki Holland of the UK's crime agency");
        assert_eq!(m.country.map(|c| c.code).as_deref(), Some("GB"));
    }

    #[test]
    fn a_two_word_description_before_a_full_name_is_no_part_of_it() {
        for (s, name) in [
            ("House Republican Thomas Massie", "Thomas Massie"),
            ("Kentucky Republican Thomas Massie", "Thomas Massie"),
            ("New Yorker Dick Morris", "Dick Morris"),
            ("South Korean-born Monte Haines", "Monte Haines"),
            ("New York Mayor Bill de Blasio", "Bill de Blasio"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
        // A body's name keeps its words.
        assert_eq!(
            mention("House Republican Conference").speaker_type,
            SpeakerType::Organization
        );
    }

    #[test]
    fn a_role_word_opening_a_listed_body_s_name_is_no_title() {
        let m = mention("Royal Mail");
        assert_eq!(m.speaker_type, SpeakerType::Organization);
        assert_eq!(m.role, None);
    }

    #[test]
    fn a_listed_paper_after_its_article_is_a_body_whatever_its_ending() {
        // ("-an" and "-er" end a people's word, "the Texan", "the Dubliner"; a paper
        // data/institutions.csv lists as "The Guardian" is none.)
        for s in ["the Guardian", "the Observer"] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
        assert_eq!(mention("the Texan").speaker_type, SpeakerType::Person);
    }

    #[test]
    fn a_country_s_word_inside_a_place_s_name_names_no_country() {
        // ("Wales" in "New South Wales" two words back, "Mexico" in "New Mexico" one.)
        for s in ["farmers in New South Wales", "a New Mexico rancher"] {
            let m = mention(s);
            assert!(
                m.country
                    .as_ref()
                    .is_none_or(|c| c.code != "GB" && c.code != "MX"),
                "{s}: {m:?}"
            );
        }
    }

    #[test]
    fn a_place_whose_name_opens_with_a_country_word_is_the_place() {
        let m = mention("Mary Polak, a British Columbia Liberal Party minister");
        assert_eq!(
            country_of(m),
            ("CA".into(), "province British Columbia".into())
        );
    }

    #[test]
    fn a_name_beside_a_body_s_description_is_the_body() {
        // "Unite, the country's biggest union": words 0..1, the apposition from 2.
        let typed = |s: &str| {
            let u = Units::build(s, 0, s.len(), &[]);
            analyse(s, &u, 0, 1, Some((2, u.len()))).map(|m| m.speaker_type)
        };
        assert_eq!(
            typed("Unite, the country's biggest union"),
            Some(SpeakerType::Organization)
        );
        // A role in the apposition, or a given name, keeps a person.
        assert_eq!(
            typed("Smith, the union's general secretary"),
            Some(SpeakerType::Person)
        );
        assert_eq!(
            typed("Anna, the group's founder"),
            Some(SpeakerType::Person)
        );
    }

    #[test]
    fn an_area_answered_for_or_a_body_left_gives_no_country() {
        for s in [
            "Ines Hartley, the Fund's mission chief for Nigeria",
            "Tomas Varela, a former JP Morgan trader",
        ] {
            let m = mention(s);
            assert!(
                m.country.as_ref().is_none_or(|c| c.code.is_empty()),
                "{s}: {m:?}"
            );
        }
        assert_eq!(country_of(mention("a JP Morgan trader")).0, "US");
    }

    #[test]
    fn a_relative_clause_beside_a_description_names_someone_else() {
        let s = "The 47-year-old, who replaced the sacked Ruben Ortega in October";
        let m = apposed(s);
        assert_eq!((m.kind, m.name), (MentionKind::Description, None));
    }

    #[test]
    fn a_portfolio_joined_by_and_stays_out_of_the_name() {
        for (s, name) in [
            (
                "Minister of Water Resources and Irrigation Mohamed al-Ghamrawi",
                "Mohamed al-Ghamrawi",
            ),
            (
                "Ethiopian Minister of Water and Energy Yohannes Bekele",
                "Yohannes Bekele",
            ),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn a_minister_of_foreign_affairs_is_a_diplomat() {
        for s in [
            "Peru's Vice Minister of Foreign Affairs Rosa Elena Quispe",
            "Foreign Affairs Minister Rosa Elena Quispe",
        ] {
            assert_eq!(mention(s).role_category.as_deref(), Some("diplomat"), "{s}");
        }
        let m = mention("Peru's Vice Minister of Finance Rosa Elena Quispe");
        assert_eq!(m.role_category.as_deref(), Some("minister"));
    }

    #[test]
    fn a_diplomat_s_post_before_the_name_stays_in_the_mention() {
        let m = mention("Former US ambassador to India Tim Roemer");
        assert_eq!(m.name.as_deref(), Some("Tim Roemer"));
        assert_eq!(m.country.map(|c| c.code).as_deref(), Some("US"));
        // The post alone names nobody, and an adviser's "to" names the principal.
        for s in [
            "the European Union's ambassador to the WTO",
            "a senior adviser to President Obama",
        ] {
            assert_eq!(mention(s).kind, MentionKind::Description, "{s}");
        }
    }

    #[test]
    fn a_plural_s_possessive_stays_inside_a_body_s_name() {
        for (s, name) in [
            (
                "the British Bankers' Association",
                "British Bankers' Association",
            ),
            (
                "The Writers\u{2019} Guild of America",
                "Writers\u{2019} Guild of America",
            ),
            ("Ladbrokes' Warren Lush", "Warren Lush"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn malay_titles_and_particles_belong_to_a_person_s_name() {
        let m = mention("Deputy Home Minister Datuk Seri Mohd Fadzli bin Kamaruddin");
        assert_eq!(m.speaker_type, SpeakerType::Person);
        assert_eq!(m.name.as_deref(), Some("Mohd Fadzli bin Kamaruddin"));
        let m = mention("chairperson Norazlina binti Hassan");
        assert_eq!(m.name.as_deref(), Some("Norazlina binti Hassan"));
    }

    #[test]
    fn the_name_opens_after_a_portfolio_of_fields() {
        // An abstract noun ends a field; a body's word after the fields makes them its name.
        let m = mention("WHO Assistant Director-General for Universal Health Coverage Maria Costa");
        assert_eq!(m.name.as_deref(), Some("Maria Costa"));
        let words = [
            "director",
            "of",
            "national",
            "counterterrorism",
            "center",
            "chris",
        ];
        assert_eq!(portfolio_fields_after(&words, 2, |_| true), None);
        // A country after "of" is where the office is, and no portfolio.
        let words = ["commander", "of", "u.s.", "central", "command", "kenneth"];
        assert_eq!(portfolio_fields_after(&words, 2, |_| true), None);
        let words = ["minister", "for", "wales", "jo", "stevens"];
        assert_eq!(portfolio_fields_after(&words, 2, |_| true), Some(3));
    }

    #[test]
    fn a_birthplace_is_a_country_word_after_every_other() {
        for (s, name, code) in [
            ("Indian-born businessman Ravi Menon", "Ravi Menon", "IN"),
            ("South African-born van Rensburg", "Rensburg", "ZA"),
            (
                "a Russian-born, London-based American investor, Mark Stone",
                "Mark Stone",
                "US",
            ),
        ] {
            let m = mention(s);
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.country.map(|c| c.code), Some(code.into()), "{s}");
        }
        let m = mention("the Nigerian-born striker");
        let c = m.country.expect("a country");
        assert_eq!((c.code.as_str(), c.is_birthplace()), ("NG", true));
        // A capital's compound is no birthplace word.
        assert!(mention("the Paris-born chef").country.is_none());
    }

    #[test]
    fn where_a_body_or_a_person_is_based_is_their_country() {
        for (s, code, evidence) in [
            (
                "Lee Seung-woo, an analyst at Seoul-based Eugene Investment",
                "KR",
                "base Seoul-based",
            ),
            (
                "the Hong Kong-based broker Pacific Crest",
                "HK",
                "base Hong Kong-based",
            ),
            // Before the name of a body of another country.
            (
                "Tokyo-based Bloomberg Intelligence analyst Rina Takeuchi",
                "JP",
                "base Tokyo-based",
            ),
        ] {
            assert_eq!(
                country_of(mention(s)),
                (code.into(), evidence.into()),
                "{s}"
            );
        }
        // A demonym of the person's own comes first, and a platform is no place.
        let m = mention("Elif Aydin, a Turkish economist at the Brussels-based think tank");
        assert_eq!(country_of(m).0, "TR");
        assert!(mention("a Linux-based server maker").country.is_none());
    }

    #[test]
    fn a_party_name_several_countries_share_gives_no_country() {
        // No US "Democrat" inside: the story's country decides.
        for s in [
            "Social Democrat leader Lars Klingbeil",
            "Christian Democrat leader Friedrich Merz",
            "Hans-Peter Bartels, a member of the center-left Social Democratic Party",
            "the Free Democrats",
        ] {
            let m = mention(s);
            assert!(m.country.is_none(), "{s}: {:?}", m.country);
        }
        let m = mention("Social Democrat leader Lars Klingbeil");
        assert_eq!(m.role.as_deref(), Some("Social Democrat leader"));
    }

    #[test]
    fn a_role_s_portfolio_is_no_name() {
        for (s, name, role) in [
            (
                "Minister of Energy Abdulaziz Salman",
                "Abdulaziz Salman",
                "Minister of Energy",
            ),
            (
                "Minister of Climate Change and Environment Mariam Almheiri",
                "Mariam Almheiri",
                "Minister of Climate Change and Environment",
            ),
            (
                "Minister of Industry, Trade and Investment Maria Lopez",
                "Maria Lopez",
                "Minister of Industry, Trade and Investment",
            ),
            (
                "Governor of New York Andrew Cuomo",
                "Andrew Cuomo",
                "Governor of New York",
            ),
            (
                "Cabinet Secretary for Health Mutahi Kagwe",
                "Mutahi Kagwe",
                "Cabinet Secretary for Health",
            ),
            (
                "Minister for Home Affairs K. Shanmugam",
                "K. Shanmugam",
                "Minister for Home Affairs",
            ),
            (
                "Minister for Energy, Water Resources and Irrigation Prakash Raj Shrestha",
                "Prakash Raj Shrestha",
                "Minister for Energy, Water Resources and Irrigation",
            ),
            (
                "Minister for Sustainability and the Environment Lim Wei Ling",
                "Lim Wei Ling",
                "Minister for Sustainability and the Environment",
            ),
            (
                "Secretary of State for Wales Jo Stevens",
                "Jo Stevens",
                "Secretary of State for Wales",
            ),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.name.as_deref(), m.role.as_deref()),
                (Some(name), Some(role)),
                "{s}"
            );
        }
        // A portfolio alone names no one.
        let m = mention("The Minister of Environment, Water and Agriculture");
        assert_eq!(m.name, None, "{m:?}");
        // "Al" after a name is the surname's article: "Abdulrahman" is no common noun.
        assert_eq!(
            mention("Abdulrahman Al Fadley").name.as_deref(),
            Some("Abdulrahman Al Fadley")
        );
    }

    #[test]
    fn a_body_for_a_role_s_field_is_a_body() {
        for s in [
            "The Department of Justice",
            "The US Department of Justice",
            "the Ministry of Justice",
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Organization, "{s}: {m:?}");
        }
    }

    #[test]
    fn a_former_member_s_party_gives_the_country() {
        for s in ["Ex-Labour MP George Galloway", "the ex-Tory MP Ann Lyle"] {
            let c = mention(s).country.expect("a country");
            assert_eq!(c.code, "GB", "{s}");
            assert!(c.evidence.starts_with("party "), "{s}: {c:?}");
        }
    }

    #[test]
    fn a_party_word_as_a_role_s_field_is_no_party() {
        // "Labour" after a role's "for" or "of" is the office's subject; a member's party
        // still says the country.
        for s in [
            "Khalid Al Suwaidi, Assistant Undersecretary for Labour Policy",
            "Mary Byrne, Minister of Labour",
        ] {
            assert_eq!(mention(s).country, None, "{s}");
        }
        let c = mention("Labour MP Mary Byrne").country.expect("a country");
        assert_eq!(c.code, "GB");
    }

    #[test]
    fn a_town_before_a_us_party_noun_is_a_us_town() {
        let country = |s: &str| {
            let u = Units::build(s, 0, s.len(), &[]);
            let idx: Vec<usize> = (0..u.len()).collect();
            super::inferred_country(s, &u, &idx).map(|c| (c.code, c.evidence))
        };
        // (Cambridge, Massachusetts; Plymouth; Paris, Texas: not the towns abroad.)
        for (s, evidence) in [
            ("a Cambridge Democrat", "party Democrat"),
            ("a Plymouth Republican", "party Republican"),
            ("a Paris Republican", "party Republican"),
            // A US town says it as it did.
            ("an Iowa Republican", "state Iowa"),
        ] {
            assert_eq!(country(s), Some(("US".into(), evidence.into())), "{s}");
        }
        assert_eq!(
            country("a Cambridge professor").map(|c| c.0).as_deref(),
            Some("GB")
        );
    }

    #[test]
    fn a_party_word_inside_a_body_s_name_is_no_party() {
        for s in [
            "Frank Weise, head of the Federal Labour Agency",
            "the Federal Labour Office",
        ] {
            let m = mention(s);
            assert!(m.country.is_none(), "{s}: {:?}", m.country);
        }
        assert_eq!(
            country_of(mention("Labour MP Ann Cryer")),
            ("GB".into(), "party Labour".into())
        );
    }

    #[test]
    fn a_reflexive_after_a_name_only_stresses_it() {
        let m = mention("Tony Blair himself");
        assert_eq!(
            (m.name.as_deref(), m.text.as_str()),
            (Some("Tony Blair"), "Tony Blair")
        );
        assert_eq!(mention("The WTO itself").text, "The WTO");
        // Alone it is no mention to trim.
        assert_eq!(mention("himself").text, "himself");
    }

    #[test]
    fn a_role_word_after_a_given_name_is_a_surname_before_a_place() {
        for (s, name) in [
            ("Senator Barbara Boxer of California", "Barbara Boxer"),
            ("Representative Peter T. King of New York", "Peter T. King"),
            ("The Islamic Republic of Iran", "Iran"),
            ("The Democratic Republic of Congo", "Congo"),
            // A listed body's name keeps its "of".
            ("Voice of America", "Voice of America"),
            ("The News of the World", "News of the World"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
        // A title "of" a place keeps its title, with the place as its portfolio.
        let m = mention("The Duke of Edinburgh");
        assert_eq!(
            (m.role.as_deref(), m.name),
            (Some("Duke of Edinburgh"), None)
        );
    }

    #[test]
    fn a_mention_is_single_spaced() {
        let m = mention("Film\u{a0}director Ava\u{a0}DuVernay");
        assert_eq!(m.name.as_deref(), Some("Ava DuVernay"));
        assert_eq!(m.text, "Film director Ava DuVernay");
        assert_eq!(m.role.as_deref(), Some("Film director"));
    }

    /// A kept mention answers its own question once, for its own sentence's units only,
    /// and only while the memo is open.
    #[test]
    fn a_kept_mention_is_taken_once_for_its_sentence() {
        let s = "Prime Minister Tony Blair said so.";
        let u = Units::build(s, 0, s.len(), &[]);
        let head = |m: Option<SpeakerMention>| m.map(|m| m.head);
        let fresh = head(analyse(s, &u, 0, 4, None));
        let marked = |u: &Units| {
            let mut m = analyse(s, u, 0, 4, None);
            if let Some(m) = &mut m {
                m.head = "kept".into();
            }
            m
        };
        keep(s, &u, (0, 4, None), marked(&u));
        assert_eq!(head(analyse(s, &u, 0, 4, None)), fresh, "no memo open");
        let memo = SentenceMemo::open(s, &u);
        keep(s, &u, (0, 4, None), marked(&u));
        let other = Units::build(s, 0, s.len(), &[]);
        assert_eq!(head(analyse(s, &other, 0, 4, None)), fresh, "other units");
        assert_eq!(
            head(analyse(s, &u, 0, 3, None)),
            head(analyse(s, &other, 0, 3, None))
        );
        assert_eq!(head(analyse(s, &u, 0, 4, None)).as_deref(), Some("kept"));
        assert_eq!(head(analyse(s, &u, 0, 4, None)), fresh, "taken once");
        keep(s, &u, (0, 4, None), marked(&u));
        drop(memo);
        assert_eq!(head(analyse(s, &u, 0, 4, None)), fresh, "memo closed");
    }

    #[test]
    fn a_source_of_data_is_a_document_a_watchdog_a_body_a_panel_a_group() {
        for (s, ty) in [
            ("government data", SpeakerType::Document),
            ("the research", SpeakerType::Document),
            ("Labor Department figures", SpeakerType::Document),
            ("three recent polls", SpeakerType::Document),
            ("the elections watchdog", SpeakerType::Organization),
            ("the financial regulator", SpeakerType::Organization),
            ("the panel", SpeakerType::Group),
            ("a spokesman", SpeakerType::Person),
            // Documents in the plural, records, a schedule; a website is an outlet.
            ("media reports", SpeakerType::Document),
            ("Federal Election Commission filings", SpeakerType::Document),
            ("court records", SpeakerType::Document),
            ("preliminary information", SpeakerType::Document),
            ("the schedule", SpeakerType::Document),
            ("the website", SpeakerType::Organization),
            ("the club website", SpeakerType::Organization),
            ("local reporters", SpeakerType::Group),
            // A generic plural after a role's word ("passenger").
            ("Passenger groups", SpeakerType::Group),
        ] {
            assert_eq!(mention(s).speaker_type, ty, "{s}");
        }
    }

    #[test]
    fn some_of_a_party_s_members_are_a_group() {
        for s in [
            "Some Democrats",
            "several senior Republicans",
            "two Tories",
            "a Democrat",
        ] {
            let m = mention(s);
            assert_eq!(m.kind, MentionKind::Description, "{s}");
        }
        assert_eq!(mention("Some Democrats").speaker_type, SpeakerType::Group);
        let party = mention("Republicans");
        assert_eq!(party.kind, MentionKind::Name);
        assert_eq!(party.speaker_type, SpeakerType::Organization);
    }

    #[test]
    fn an_outlet_named_before_what_it_is_is_that_outlet() {
        for (s, name, role) in [
            ("Reuters news agency", "Reuters news agency", "news agency"),
            (
                "the Liverpool Echo newspaper",
                "Liverpool Echo newspaper",
                "newspaper",
            ),
            ("Time magazine", "Time magazine", "magazine"),
        ] {
            let m = mention(s);
            assert_eq!(m.kind, MentionKind::Name, "{s}");
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.role.as_deref(), Some(role), "{s}");
            assert_eq!(m.speaker_type, SpeakerType::Organization, "{s}");
            assert_eq!(m.text, s);
        }
        for s in [
            "a Baton Rouge newspaper",
            "a Russian news agency",
            "the newspaper",
        ] {
            assert_eq!(mention(s).kind, MentionKind::Description, "{s}");
        }
    }

    #[test]
    fn a_party_of_two_words_before_a_role_is_part_of_it() {
        for (s, role) in [
            (
                "Liberal Democrat leader Charles Kennedy",
                "Liberal Democrat leader",
            ),
            ("Lib Dem spokesman Vince Cable", "Lib Dem spokesman"),
            ("Labour chairman Ian McCartney", "Labour chairman"),
        ] {
            assert_eq!(mention(s).role.as_deref(), Some(role), "{s}");
        }
    }

    #[test]
    fn a_relative_clause_of_an_occasion_tells_no_origin() {
        for (clause, none) in [
            ("whose parents fled Cuba in 1980", true),
            ("who is visiting Madrid", true),
            (
                "who spoke on condition of anonymity because of Mexico",
                true,
            ),
            ("who attended the field day", true),
            ("who has visited China more than a dozen times", true),
            ("who also attended the summit in Paris", true),
            ("who has headed the US mission", false),
            (
                "who was knocked out by Moregard at the Paris Olympics",
                true,
            ),
            ("who was arrested in France", true),
            ("who was born in Lagos", false),
            ("who was elected in Ohio", false),
            ("who was the US ambassador", false),
            ("who heads the Carnegie Endowment's programme", false),
            ("who is being questioned", false),
        ] {
            let words: Vec<&str> = clause.split(' ').collect();
            assert_eq!(relative_tells_no_origin(&words), none, "{clause}");
        }
    }

    #[test]
    fn joins_with_and_is_contains_and() {
        for n in [
            "Castellano and Ortiz",
            "and Ortiz",
            "Castellano and",
            "Castellano  and Ortiz",
            "Sandy Anderson",
            "A and B and C",
            " and ",
            "",
        ] {
            assert_eq!(joins_with_and(n), n.contains(" and "), "{n:?}");
        }
    }

    /// An "and" inside a body's name or a relative clause after a person joins nobody; one
    /// between two people with their places makes a group of both.
    #[test]
    fn an_and_after_a_modifier_joins_only_a_person() {
        for (s, name, ty) in [
            (
                "Rosa Delgado of the Ann and Peter Lowe Trust",
                "Rosa Delgado",
                SpeakerType::Person,
            ),
            (
                "Sen. Omar Pike who farms barley and served as mayor",
                "Omar Pike",
                SpeakerType::Person,
            ),
            (
                "Sens. Ada Brill of Ohio and Lena Roth of Utah",
                "Ada Brill and Lena Roth",
                SpeakerType::Group,
            ),
            ("Brill and Roth", "Brill and Roth", SpeakerType::Group),
            (
                "Lord Hartwell of Dunmere",
                "Lord Hartwell of Dunmere",
                SpeakerType::Person,
            ),
        ] {
            let m = mention(s);
            assert_eq!((m.name.as_deref(), m.speaker_type), (Some(name), ty), "{s}");
        }
    }

    #[test]
    fn an_age_opens_no_name() {
        for (s, name) in [
            ("Fifteen-year-old Donald Young", "Donald Young"),
            ("47-year-old Ana Ruiz", "Ana Ruiz"),
            ("Fourteen-year-old Zara", "Zara"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn two_names_of_a_body_are_a_person_whatever_the_given_name() {
        for (s, name) in [
            (
                "Meenakshi Ganguly of Human Rights Watch",
                "Meenakshi Ganguly",
            ),
            (
                "Kazuhiro Takahashi of Daiwa Securities",
                "Kazuhiro Takahashi",
            ),
            (
                "Sabrina Bennoui of Reporters Without Borders",
                "Sabrina Bennoui",
            ),
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
        }
        // "of the" joins the body to two names of a person, or to a titled surname.
        for (s, name) in [
            ("Mujtaba Rahman of the Eurasia Group", "Mujtaba Rahman"),
            ("Mr. Morgan of the Sierra Club", "Morgan"),
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
        }
        // A body's own name with "of" stays the body's.
        for s in [
            "the British Chamber of Commerce",
            "the Muslim Council of Britain",
            "the Federal Bureau of Prisons",
        ] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
    }

    /// "The Scottish Executive said", "the Health and Safety Executive": a role word that
    /// ends a listed body's name is no role (the mention was a person's description, and
    /// took the chief executive named before).
    #[test]
    fn a_role_word_ending_a_listed_body_is_the_body_s_name() {
        for (s, name) in [
            ("The Scottish Executive", "Scottish Executive"),
            (
                "the Health and Safety Executive",
                "Health and Safety Executive",
            ),
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Organization, "{s}");
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.role, None, "{s}");
        }
    }

    /// "Pieter van Heusden of the European People's Party": a particle between capitalized
    /// words makes a person's name of a given name no list holds (the party spoke).
    #[test]
    fn a_name_with_a_particle_of_a_body_is_the_person() {
        for s in [
            "Pieter van Heusden of the European People's Party",
            "Dutch MEP Pieter van Heusden of the European People's Party (EPP)",
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
            assert_eq!(m.name.as_deref(), Some("Pieter van Heusden"), "{s}");
        }
    }

    #[test]
    fn a_titled_person_of_a_body_is_the_person() {
        for (s, name) in [
            (
                "Lead author Sally Wasef of Griffith University",
                "Sally Wasef",
            ),
            ("chief economist Tom Ashby of the Kestrel Bank", "Tom Ashby"),
            ("David Wyss of Standard & Poor's", "David Wyss"),
            ("economist Ann Lee of Moody's", "Ann Lee"),
            (
                "Professor Hana Okafor of the University of Northbridge",
                "Hana Okafor",
            ),
            (
                "Professor Okafor of the University of Northbridge",
                "Okafor",
            ),
            (
                "Commissioner Ray Dunmore of the Department of Ports",
                "Ray Dunmore",
            ),
            (
                "Commissioner Ray Dunmore of the Department of Ports and Public Safety",
                "Ray Dunmore",
            ),
        ] {
            let m = mention(s);
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
        }
    }

    #[test]
    fn a_preposition_opens_no_name() {
        for (s, name) in [
            ("Among Democrats", "Democrats"),
            ("Against Mayor Ana Ruiz", "Ana Ruiz"),
            ("Within Acme Bank", "Acme Bank"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn titled_name() {
        let m = mention("Japanese Deputy Foreign Minister Shinsuke Sugiyama");
        assert_eq!(m.name.as_deref(), Some("Shinsuke Sugiyama"));
        assert_eq!(m.role.as_deref(), Some("Deputy Foreign Minister"));
        assert_eq!(m.speaker_type, SpeakerType::Person);
        assert_eq!(m.country.as_ref().unwrap().code, "JP");
    }

    #[test]
    fn organization_with_alias() {
        let m = mention("the U.S. Forces Korea (USFK)");
        assert_eq!(m.name.as_deref(), Some("U.S. Forces Korea"));
        assert_eq!(m.aliases, ["USFK"]);
        assert_eq!(m.speaker_type, SpeakerType::Organization);
        assert_eq!(m.country.as_ref().unwrap().code, "US");
    }

    #[test]
    fn descriptions() {
        let m = mention("The Chinese diplomat");
        assert_eq!(m.kind, MentionKind::Description);
        assert_eq!(m.role_category.as_deref(), Some("diplomat"));
        assert_eq!(m.country.as_ref().unwrap().code, "CN");
        let m = mention("experts");
        assert_eq!(m.speaker_type, SpeakerType::Group);
        let m = mention("a statement released by the ministry");
        assert_eq!(m.speaker_type, SpeakerType::Document);
    }

    #[test]
    fn a_body_s_hyphened_modifier_and_a_role_s_body_are_no_part_of_a_name() {
        let m = mention("Milan-based Italy China Foundation");
        assert_eq!(
            (m.name.as_deref(), m.speaker_type),
            (Some("Italy China Foundation"), SpeakerType::Organization)
        );
        let m = mention("Commander of U.S. Central Command Kenneth McKenzie");
        assert_eq!(
            (m.name.as_deref(), m.speaker_type),
            (Some("Kenneth McKenzie"), SpeakerType::Person)
        );
    }

    #[test]
    fn a_role_word_inside_a_name_and_a_postnominal_after_it_are_no_roles() {
        for (s, name) in [
            ("Martin Luther King Jr.", "Martin Luther King Jr"),
            ("Andrew Tyrie MP", "Andrew Tyrie"),
            ("Tory frontbencher Andrew Tyrie MP", "Andrew Tyrie"),
            // An Irish deputy's letters, and honours: no part of the name.
            ("Labour's health spokesman Alan Kelly TD", "Alan Kelly"),
            ("Prosecutor Kama Melly QC", "Kama Melly"),
            ("Defence barrister Donal Kiely SC", "Donal Kiely"),
            ("Sir John Smith OBE", "John Smith"),
            // A generational numeral is.
            ("Brent Bozell III", "Brent Bozell III"),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.name.as_deref(), m.speaker_type),
                (Some(name), SpeakerType::Person),
                "{s}"
            );
        }
        // A title before a person "of" a body: the person.
        let m = mention("Prof Mark Woolhouse of the University of Edinburgh");
        assert_eq!(m.name.as_deref(), Some("Mark Woolhouse"));
        // Initials written together open the name ("J.K." is no shouting).
        assert_eq!(
            mention("J.K. Rowling").name.as_deref(),
            Some("J.K. Rowling")
        );
        // A seat's MP is a description.
        assert_eq!(
            mention("the Ealing North MP").kind,
            MentionKind::Description
        );
    }

    /// "Senate Intelligence Ranking Democrat Dianne Feinstein", "Pruett, the ranking
    /// Republican on the committee,": a committee's ranking member named by party is a
    /// lawmaker's role (data/roles.csv), no party's body; "President Pro Tem" is a title,
    /// no part of the name.
    #[test]
    fn a_ranking_member_named_by_party_is_a_person() {
        let m = mention("Senate Intelligence Ranking Democrat Dianne Feinstein");
        assert_eq!(
            (m.name.as_deref(), m.speaker_type),
            (Some("Dianne Feinstein"), SpeakerType::Person)
        );
        let m = apposed("Pruett, the ranking Republican on the committee");
        assert_eq!(m.speaker_type, SpeakerType::Person);
        // So is a chamber's president or speaker pro tem, title and all.
        let m = mention("Senate President Pro Tem Randall Fisk");
        assert_eq!(m.name.as_deref(), Some("Randall Fisk"));
    }

    #[test]
    fn a_name_after_a_role_s_object_is_the_last_two_words_when_no_given_name_is_known() {
        for (s, name) in [
            ("Minister of Foreign Affairs Wang Yi", "Wang Yi"),
            (
                "Minister of Information Moammar al-Eryani",
                "Moammar al-Eryani",
            ),
            ("Mayor of Koszalin Piotr Jedlinski", "Piotr Jedlinski"),
            // A title's "to" likewise.
            (
                "Ambassador to the United Nations Nikki Haley",
                "Nikki Haley",
            ),
            ("Special Envoy to the Sahel Amadou Keita", "Amadou Keita"),
            // (The "United" of a country served is no body's word, nor do its words make a
            // long run a body's.)
            (
                "Chinese Ambassador to the United States Gao Jianwen",
                "Gao Jianwen",
            ),
            (
                "Brazilian Ambassador to the United Arab Emirates Paulo Ramos",
                "Paulo Ramos",
            ),
            // (A surname spelled as a body's abbreviation, after a title, is a person's.)
            ("Ambassador Gao", "Gao"),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.name.as_deref(), m.speaker_type),
                (Some(name), SpeakerType::Person),
                "{s}"
            );
        }
        // The abbreviation itself, or with no title, is the body's.
        for s in ["The GAO", "Nato"] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
        // The country a title's "to" names is where its holder serves.
        let m = mention("Pakistan's High Commissioner to Britain");
        assert_eq!(m.kind, MentionKind::Description);
        assert_eq!(m.country.map(|c| c.code).as_deref(), Some("PK"));
        // A body's name keeps its words: "of" joins them.
        let m = mention("the National Institute of Economic and Social Research");
        assert_eq!(m.speaker_type, SpeakerType::Organization);
        assert!(
            m.name
                .as_deref()
                .is_some_and(|n| n.starts_with("National Institute"))
        );
    }

    #[test]
    fn a_demonym_after_the_describes_one_person() {
        let m = mention("the American");
        assert_eq!(m.kind, MentionKind::Description);
        assert_eq!(m.head, "american");
        assert_eq!(m.country.as_ref().unwrap().code, "US");
        // An age makes one person of any demonym.
        for (s, head, code) in [
            ("the 55-year-old Frenchman", "frenchman", "FR"),
            ("the 24-year-old Swiss", "swiss", "CH"),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.kind, m.speaker_type),
                (MentionKind::Description, SpeakerType::Person),
                "{s}"
            );
            assert_eq!(
                (m.head.as_str(), m.country.as_ref().unwrap().code.as_str()),
                (head, code)
            );
        }
        let m = mention("the Czech");
        assert_eq!(
            (m.kind, m.head.as_str()),
            (MentionKind::Description, "czech")
        );
        // A people or a plural is no one person.
        for s in ["the French", "the Americans", "the Swiss"] {
            let m = mention(s);
            assert!(
                !(m.kind == MentionKind::Description && m.speaker_type == SpeakerType::Person),
                "{s}: {m:?}"
            );
        }
    }

    #[test]
    fn counted_part_heads_at_its_group() {
        let m = mention("Some of the women");
        assert_eq!(m.kind, MentionKind::Description);
        assert_eq!(m.head, "women");
        let m = mention("six in 10 voters");
        assert_eq!(m.head, "voters");
        // Not a count: the head phrase ends at "of".
        let m = mention("the head of the agency");
        assert_eq!(m.head, "head");
    }

    #[test]
    fn a_country_adjective_before_a_full_name_is_no_part_of_it() {
        let m = mention("American Serena Williams");
        assert_eq!(m.name.as_deref(), Some("Serena Williams"));
        assert_eq!(m.country.map(|c| c.code), Some("US".to_string()));
        // A body's name keeps it.
        let m = mention("British Phonographic Industry");
        assert_ne!(m.name.as_deref(), Some("Phonographic Industry"));
    }

    #[test]
    fn a_common_word_before_a_full_name_opens_the_sentence() {
        for (s, name) in [
            ("Defiant Matt Williams", "Matt Williams"),
            (
                "Goalscorer Jimmy Floyd Hasselbaink",
                "Jimmy Floyd Hasselbaink",
            ),
            ("Agent Simon Beresford", "Simon Beresford"),
            // A given name the list may lack stays.
            ("Iain Duncan Smith", "Iain Duncan Smith"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn letters_after_a_name_are_a_person_s() {
        for s in ["Ben Emmerson QC", "Brent Bozell III", "Tom McCabe MSP"] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Person, "{s}");
        }
        assert_eq!(mention("ABC").speaker_type, SpeakerType::Organization);
    }

    #[test]
    fn one_member_of_a_party_is_an_unnamed_person() {
        for s in [
            "a New Hampshire Republican",
            "a Democrat",
            "an Iowa Republican",
        ] {
            let m = mention(s);
            assert_eq!(m.kind, MentionKind::Description, "{s}");
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
        }
        // The party itself, and a member named, are not.
        assert_eq!(
            mention("Republicans").speaker_type,
            SpeakerType::Organization
        );
        assert_eq!(
            mention("Republican John Smith").name.as_deref(),
            Some("John Smith")
        );
    }

    #[test]
    fn a_chess_title_is_no_part_of_the_name() {
        assert_eq!(
            mention("IM Dorsa Derakhshani").name.as_deref(),
            Some("Dorsa Derakhshani")
        );
        assert_eq!(mention("Wim Kok").name.as_deref(), Some("Wim Kok"));
    }

    #[test]
    fn a_subordinator_opens_no_name() {
        for (s, name) in [("Once Smith", "Smith"), ("After Tom Hale", "Tom Hale")] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn a_hyphened_modifier_before_a_name_is_no_part_of_it() {
        for (s, name) in [
            ("Paris-based Euronext", "Euronext"),
            ("Co-author Jing Wang", "Jing Wang"),
            ("Oscar-nominated Clive Owen", "Clive Owen"),
            // A name's own hyphen joins capitals.
            ("Robert Kilroy-Silk", "Robert Kilroy-Silk"),
            ("Jean-Claude Juncker", "Jean-Claude Juncker"),
        ] {
            assert_eq!(mention(s).name.as_deref(), Some(name), "{s}");
        }
    }

    #[test]
    fn the_owner_before_a_possessive_is_no_part_of_a_name() {
        let m = mention("Kestrel Bank's Tom Ashby");
        assert_eq!(m.name.as_deref(), Some("Tom Ashby"));
        // A given name opens a person's name even when a later word is a country's.
        let m = mention("The Observer's Philip French");
        assert_eq!(m.name.as_deref(), Some("Philip French"));
        // A possessive of a country's name is no person's ("Brown's Britain").
        assert_ne!(mention("Brown's Britain").name.as_deref(), Some("Britain"));
    }

    #[test]
    fn a_role_s_office_is_one_body() {
        for s in [
            "The Alachua Sheriff's Office",
            "the Prime Minister's Office",
            "the Federal Public Prosecutor's Office",
        ] {
            let m = mention(s);
            let name = s.trim_start_matches("The ").trim_start_matches("the ");
            assert_eq!(m.name.as_deref(), Some(name), "{s}");
            assert_eq!(m.speaker_type, SpeakerType::Organization, "{s}");
            assert_eq!(m.role, None, "{s}");
        }
        // A holder named before the possessive keeps the role.
        let m = mention("Prime Minister Tony Blair's office");
        assert_eq!(m.role.as_deref(), Some("Prime Minister"));
    }

    #[test]
    fn a_country_word_after_a_title_is_a_surname() {
        // (Not the Irish government: the person's country, if any, comes from elsewhere;
        // a country's name taken as a surname gives the entity none, see resolve.)
        for (s, surname) in [
            ("Mr Irish", "Irish"),
            ("Ms French", "French"),
            ("Mr. German", "German"),
        ] {
            let m = mention(s);
            assert_eq!(m.speaker_type, SpeakerType::Person, "{s}");
            assert_eq!(m.name.as_deref(), Some(surname), "{s}");
        }
    }

    #[test]
    fn a_board_is_a_body() {
        for s in [
            "the board",
            "the International Rugby Board",
            "the editorial board",
            "the British Retail Consortium",
            "Paulson Partners",
        ] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
    }

    #[test]
    fn a_one_word_name_after_the_is_a_body() {
        for s in ["the Treasury", "The Nationwide", "the Fed"] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
        // One of a people, a family, and the end of a longer name are not.
        for s in ["the Dubliner", "the Texan", "the Khans"] {
            assert_ne!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
        let m = mention("Laura Brownlees of Save the Children");
        assert_ne!(m.name.as_deref(), Some("Children"));
    }

    #[test]
    fn an_ing_word_opens_a_gerund_not_a_named_place() {
        // "Injecting Clinton" is a gerund before a name; "Downing Street" is the
        // institution itself (institutions.csv), not a "Street" with a gerund before it.
        assert_eq!(
            mention("Injecting Clinton").name.as_deref(),
            Some("Clinton")
        );
        let m = mention("Downing Street");
        assert_eq!(m.name.as_deref(), Some("Downing Street"));
        assert_eq!(m.country.map(|c| c.code), Some("GB".to_string()));
    }

    #[test]
    fn pronoun() {
        let m = mention("he");
        assert_eq!(m.kind, MentionKind::Pronoun);
        assert_eq!(m.gender, Some(Gender::Male));
    }

    #[test]
    fn apposition_gives_role_and_country() {
        let s = "Liu Jianchao, China's assistant foreign minister";
        let m = apposed(s);
        assert_eq!(m.name.as_deref(), Some("Liu Jianchao"));
        assert_eq!(m.role.as_deref(), Some("assistant foreign minister"));
        let c = m.country.unwrap();
        assert_eq!((c.code.as_str(), c.evidence.as_str()), ("CN", "China's"));
    }

    #[test]
    fn an_apposition_names_the_employer_before_or_after_the_role() {
        for (s, employer) in [
            (
                "Stefan Albrecht, Kessler's chief executive",
                Some("Kessler"),
            ),
            (
                "Stefan Albrecht, chief executive of Kessler Chemie",
                Some("Kessler Chemie"),
            ),
            (
                "Kim Sung-hoon, a forecaster at the Korea Weather Agency",
                Some("Korea Weather Agency"),
            ),
            // Not a description's owner, nor a lowercase object.
            ("Femke Visser, the Dutch group's chief executive", None),
            ("Anna Berg, head of research", None),
            ("Lena Vos, head of strategy at Verfwerk", Some("Verfwerk")),
            // (Past a lowercase thing the role manages, to the body.)
            (
                "Wang Lixin, general manager of the project at CNRC",
                Some("CNRC"),
            ),
            ("Li Wei, the project manager from CRBC", Some("CRBC")),
            (
                "Ann Lee, a spokeswoman for Siam Golden",
                Some("Siam Golden"),
            ),
            (
                "Ann Lee, an economist with Capital Economics",
                Some("Capital Economics"),
            ),
            // (A place after "from" is where she is from.)
            ("Ann Lee, a farmer from Kenya", None),
        ] {
            let m = apposed(s);
            assert_eq!(m.employer.as_deref(), employer, "{s}");
        }
    }

    #[test]
    fn a_company_office_alone_before_a_name_holds_it_at_the_story_s_body() {
        for (s, employer) in [
            ("Chief executive Bernard Coudray", Some(STORY_BODY)),
            ("Finance director Annika Berg", Some(STORY_BODY)),
            ("company President Alastair Fenwick", Some(STORY_BODY)),
            ("Marketing director Jo Hale", Some(STORY_BODY)),
            // A government's office is no company's.
            ("Finance minister Annika Berg", None),
        ] {
            assert_eq!(mention(s).employer.as_deref(), employer, "{s}");
        }
    }

    /// Where someone worked, served or studied is no nationality; where they were born is.
    #[test]
    fn a_country_worked_in_is_no_nationality() {
        for s in [
            "Gao Yanmei, who has worked on projects in Kenya and Laos",
            "Tom Jebens, who served three combat tours in Iraq",
        ] {
            assert_eq!(apposed(s).country, None, "{s}");
        }
        let born = apposed("Ana Ruiz, who was born in Chile");
        assert_eq!(born.country.map(|c| c.code).as_deref(), Some("CL"));
    }

    /// "her Danish counterpart" is someone else's nationality; "his Mexican heritage" his.
    #[test]
    fn an_owner_s_foreign_counterpart_is_someone_else() {
        let s = "Danielle Ouellet, appearing alongside her Danish counterpart";
        assert_eq!(apposed(s).country, None, "{s}");
        let own = apposed("Gonzalo Curiel, who is proud of his Mexican heritage");
        assert_eq!(own.country.map(|c| c.code).as_deref(), Some("MX"));
    }

    /// A country's adjective before a subject of study names the topic; before an office's
    /// noun it is the office's country still.
    #[test]
    fn a_country_s_economy_names_no_nationality() {
        for s in [
            "Matthias Kleinert, who has studied the Chinese economy for two decades",
            "Ana Ruiz, a leading expert on the Cuban economy",
            "Roman Petrosian, who teaches Armenian history at the university",
        ] {
            assert_eq!(apposed(s).country, None, "{s}");
        }
        for (s, code) in [
            ("Akira Sato, the Japanese economy minister", "JP"),
            ("Li Wei, a Chinese market regulator", "CN"),
        ] {
            assert_eq!(
                apposed(s).country.map(|c| c.code).as_deref(),
                Some(code),
                "{s}"
            );
        }
    }

    #[test]
    fn a_part_of_america_names_no_american() {
        for s in [
            "Jorge Salinas, head of strategy for Latin American markets",
            "Valeria Ramos, who won at the South American Youth Championships",
        ] {
            assert_eq!(apposed(s).country, None, "{s}");
        }
        assert_eq!(
            apposed("Jorge Salinas, an American banker")
                .country
                .map(|c| c.code),
            Some("US".to_string())
        );
    }

    #[test]
    fn a_title_that_abbreviates_a_role_gives_its_category_and_no_role() {
        for (s, category) in [
            ("Sen. John Cornyn", Some("lawmaker")),
            ("Gen. Ruth Calloway", Some("military")),
            ("Dr. Ruth Calloway", None),
        ] {
            let m = mention(s);
            assert_eq!(m.role, None, "{s}");
            assert_eq!(m.role_category.as_deref(), category, "{s}");
        }
    }

    #[test]
    fn a_description_s_owner_before_the_name_is_the_employer() {
        // 'said Nordvik's head of multimedia, Anna Lindqvist': the description comes first
        // and the name is its apposition.
        for (s, employer) in [
            (
                "Nordvik's head of multimedia, Anna Lindqvist",
                Some("Nordvik"),
            ),
            (
                "the company's export manager, Chiara Lombardi",
                Some("the company"),
            ),
            // ("Its": the body "it" stands for, which resolution finds.)
            ("Its chief executive, Femke Visser", Some("Its")),
            ("the head of multimedia, Anna Lindqvist", None),
        ] {
            let m = apposed(s);
            assert_eq!(
                m.name.as_deref(),
                Some(&s[s.find(", ").unwrap() + 2..]),
                "{s}"
            );
            assert_eq!(m.employer.as_deref(), employer, "{s}");
        }
    }

    #[test]
    fn who_asked_a_source_is_no_body_it_speaks_for() {
        for s in [
            "Several shopkeepers interviewed by Xinhua",
            "companies contacted by the BBC News website",
            "one analyst quoted by the Agence France Presse news agency",
        ] {
            assert_eq!(mention(s).country, None, "{s}");
        }
        // (A body that employs or sent them still does.)
        let m = mention("a doctor sent by the Chinese Red Cross");
        assert_eq!(m.country.map(|c| c.code).as_deref(), Some("CN"));
    }

    #[test]
    fn a_body_in_capitals_before_a_role_is_the_employer() {
        for (s, employer) in [
            ("PCG spokesperson Ramon Villar", Some("PCG")),
            ("HCB spokesperson Nelson Macua", Some("HCB")),
            // A party, a title or a country word says the country itself.
            ("Labour spokesman Ed Balls", None),
            ("Kenyan MP Ann Wanjiku", None),
            // A body's noun owning the role: the body it takes up is resolution's to find.
            (
                "the company's export manager Chiara Lombardi",
                Some("the company"),
            ),
            ("his export manager Chiara Lombardi", None),
        ] {
            assert_eq!(mention(s).employer.as_deref(), employer, "{s}");
        }
    }

    #[test]
    fn an_official_s_capitalized_title_holds_a_portfolio_and_an_owned_agency_is_the_agency() {
        let m = mention("Expatriates' Welfare and Overseas Employment Adviser Nasreen Chowdhury");
        assert_eq!(
            (m.name.as_deref(), m.speaker_type),
            (Some("Nasreen Chowdhury"), SpeakerType::Person)
        );
        let m = mention("The UN's World Food Programme");
        assert_eq!(
            (m.name.as_deref(), m.speaker_type),
            (Some("World Food Programme"), SpeakerType::Organization)
        );
    }

    #[test]
    fn a_name_after_a_role_s_lowercase_object_is_the_person() {
        for (s, name) in [
            (
                "Shadow spokesman for sport Hugh Robertson",
                "Hugh Robertson",
            ),
            ("Opposition spokesman on labour Rohan Gayle", "Rohan Gayle"),
        ] {
            let m = mention(s);
            assert_eq!(
                (m.name.as_deref(), m.kind),
                (Some(name), MentionKind::Name),
                "{s}"
            );
        }
    }

    #[test]
    fn what_is_based_somewhere_or_a_side_is_a_body() {
        for s in [
            "Perth-based Southern Cross Lithium",
            "Madrid-based Ferrovial",
            "Dutch side Feyenoord",
        ] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Organization, "{s}");
        }
        assert_eq!(
            mention("London-based Ann Levy").speaker_type,
            SpeakerType::Person
        );
        // "On the Democratic side" is where, not what, the name after it is.
        let s = "and on the Democratic side Pate backed Edwards";
        let u = Units::build(s, 0, s.len(), &[]);
        let m = analyse(s, &u, 4, 7, None).unwrap();
        assert_eq!(m.speaker_type, SpeakerType::Person, "{m:?}");
    }

    #[test]
    fn what_which_describes_is_a_body_and_where_it_is_based_its_country() {
        for (s, code) in [
            ("Loopster, which is based in San Jose, California", "US"),
            ("Grebe Labs, which is headquartered in Texas", "US"),
        ] {
            let m = apposed(s);
            assert_eq!(m.speaker_type, SpeakerType::Organization, "{s}");
            assert_eq!(m.country.map(|c| c.code).as_deref(), Some(code), "{s}");
        }
        // What it does names no country of its own.
        let m = apposed("Gull Works, which supplies Texas refiners");
        assert_eq!(m.speaker_type, SpeakerType::Organization);
        assert!(m.country.is_none());
        // Nor is a person "of" a body the body "which" describes.
        let m = apposed("Cara Diemont of IT firm Dimension Data, which commissioned the survey");
        assert_eq!(m.speaker_type, SpeakerType::Person);
    }

    #[test]
    fn a_destination_or_a_relative_clause_in_the_apposition_gives_no_country() {
        for s in [
            // People counted in a relative clause are others.
            "Dave Koopmans, who grows tomatoes and employs 42 Jamaicans",
            "Dave Koopmans, who grows tomatoes and employs 1,200 Jamaicans",
            "Erin Murphy, a former Clinton aide who accompanied her to Burma in 2011",
            "Gregory Slayton, a former ambassador to Bermuda",
            "Geir Pedersen, the special envoy for Syria",
            "Tony Cordesman, an analyst who has advised Afghan officials",
            // A war fought in a country, and an office for its affairs, say none either.
            "Adam Kokes, an Iraq War veteran",
            "Dale Rook, a Vietnam war veteran",
            "Aziz Tamim, who opposed the war in Iraq",
            // Nor does a contest won or played.
            "Carlos Ferrer, who won the French Open earlier this month",
            "Ada Brill, who beat the Australian champion in the final",
            // Nor a club played for, or a tour.
            "Mathews Hamweemba, who plays for Belgian side KV Oostende",
            "Simon Harding, who took 23 wickets on the winter tour of South Africa",
        ] {
            let m = apposed(s);
            assert!(m.country.is_none(), "{s}: {:?}", m.country);
        }
        let s = "Zhu Feng, a spokesperson for the State Council Taiwan Affairs Office";
        let m = apposed(s);
        assert_eq!(m.country.map(|c| c.code), Some("CN".to_string()), "{s}");
        // "New England" is no England.
        let s = "Dan Fish, the campaign's New England director";
        let m = apposed(s);
        assert_eq!(m.country.map(|c| c.code), Some("US".to_string()), "{s}");
        // A country after a place's comma is no count of people.
        let s = "Sitti Rahmawati, who runs a furniture company in Jepara, Indonesia";
        assert_eq!(
            apposed(s).country.map(|c| c.code).as_deref(),
            Some("ID"),
            "{s}"
        );
        // A relative clause that is the whole apposition still says it.
        let s = "Derek Mitchell, who was the first US ambassador to Burma";
        let m = apposed(s);
        assert_eq!(m.country.map(|c| c.code), Some("US".to_string()));
    }

    #[test]
    fn a_state_after_a_city_decides_the_country() {
        for (s, code, evidence) in [
            (
                "Jane Doe, a worker from Exeter, N.H.",
                "US",
                "state Exeter, N.H.",
            ),
            (
                "Jane Doe, a worker from Sacramento, Calif.",
                "US",
                "state Sacramento, Calif",
            ),
            ("Jane Doe, a worker from Exeter", "GB", "city Exeter"),
        ] {
            let m = apposed(s);
            assert_eq!(country_of(m), (code.into(), evidence.into()), "{s}");
        }
    }

    /// A mention's country code and evidence.
    fn country_of(m: SpeakerMention) -> (String, String) {
        let c = m.country.expect("a country");
        (c.code, c.evidence)
    }

    #[test]
    fn the_longest_institution_gives_the_country() {
        // "Trades Union Congress" is no US Congress.
        for (s, code, evidence) in [
            (
                "TUC general secretary Frances Cole",
                "GB",
                "institution TUC",
            ),
            (
                "The Trades Union Congress",
                "GB",
                "institution Trades Union Congress",
            ),
            ("Members of Congress", "US", "institution Congress"),
        ] {
            assert_eq!(
                country_of(mention(s)),
                (code.into(), evidence.into()),
                "{s}"
            );
        }
    }

    #[test]
    fn a_body_description_names_the_body_in_its_apposition() {
        let s = "The firm, Paion";
        let m = apposed(s);
        assert_eq!(m.name.as_deref(), Some("Paion"));
        assert_eq!(m.speaker_type, SpeakerType::Organization);
        // Not a phrase, nor a name the apposition does not open with.
        for s in [
            "The research team, from New York State University",
            "The militant organisation, the Islamic State of Iraq and the Levant",
        ] {
            let m = apposed(s);
            assert_eq!(m.kind, MentionKind::Description, "{s}");
        }
    }

    #[test]
    fn legal_and_published_texts_are_documents() {
        for s in [
            "The suit",
            "the brief",
            "The motion",
            "a new book",
            "the summary",
        ] {
            assert_eq!(mention(s).speaker_type, SpeakerType::Document, "{s}");
        }
    }

    #[test]
    fn a_phrase_opening_with_a_preposition_is_no_mention() {
        for s in [
            "with mobile services",
            "of staff within the department",
            "accounting for 30% of infections",
            "along with the American Civil Liberties Union",
        ] {
            let u = Units::build(s, 0, s.len(), &[]);
            assert!(analyse(s, &u, 0, u.len(), None).is_none(), "{s}");
        }
        // After "including" the speaker is what follows.
        let m = mention("including actor George Scott");
        assert_eq!(m.name.as_deref(), Some("George Scott"));
    }
}
