//! Resolution: linking each speaker mention to an entity of the article.
//!
//! Entities are the named people and bodies of the article. Full names are gathered
//! first, so that "Liu" can resolve to "Liu Jianchao" and an entity takes its fullest
//! name. Then statements are resolved in text order: a pronoun to the nearest compatible
//! entity before it, a description ("the Chinese diplomat") to the latest entity whose
//! role category and country fit, a shared subject or continuation to the speaker it
//! carries. A source that links to nothing keeps its own words and is `unresolved`.

use crate::attribution::speakers::{
    CountryBasis, CountryEvidence, DETERMINERS, MentionKind, SpeakerMention, SpeakerType,
};
use crate::lexicon::grammar::NUMBER_WORDS;
use crate::lexicon::{CountryWordKind, Gender, LEXICON, Pronoun};

/// A named person or body of the article.
#[derive(Clone, Debug)]
pub struct Entity {
    pub name: String,
    tokens: Vec<String>,
    pub speaker_type: SpeakerType,
    pub gender: Option<Gender>,
    /// The gender a name or title gave ("Mrs.", "Michelle"), not a pronoun's guess.
    named_gender: Option<Gender>,
    pub role: Option<String>,
    pub role_category: Option<String>,
    /// Whose the role is, where a name owns it ("murphy" for "Murphy's spokeswoman Galia
    /// Slayen"), lowercased.
    role_owner: Option<String>,
    pub country: Option<CountryEvidence>,
    aliases: Vec<String>,
    /// Byte positions of mentions, in the order seen.
    mentions: Vec<usize>,
    /// Byte positions where the entity was salient: a speaker, or the subject of its sentence.
    spoke: Vec<usize>,
    /// An unnamed source known only by its description ("experts", "the statement").
    described: bool,
    /// The description's head noun, for later descriptions ("the report").
    head: String,
    /// Whether `name` is a country's name, asked once for each name an entity takes.
    country_name: bool,
}

/// Whether a description's country fits an entity's: the same where both give one; for a
/// demonym (`demonym`), the one data/people.csv gives the entity's name where the story
/// gives none ("When Lleyton Hewitt shook his hand ..., the Australian said" is not Roger
/// Federer, whom the list makes Swiss; "the Sydney Olympic gold medallist" names a place, no
/// nationality).
fn countries_fit(m: &SpeakerMention, e: &Entity, demonym: bool) -> bool {
    // ("EU Agriculture Commissioner Christophe Hansen ... The Luxembourger added": to a
    // demonym, one who speaks for an international body has no country yet, and keeps a
    // nationality of their own.)
    let theirs = e
        .country
        .as_ref()
        .filter(|b| !(demonym && b.code.is_empty()));
    match (&m.country, theirs) {
        // ("the Uruguayan-born researcher" may work in Denmark.)
        (Some(a), Some(b)) => {
            a.code == b.code
                || a.is_birthplace()
                || b.is_birthplace()
                || demonym && serves_a_side(e)
        }
        // (data/people.csv's key for the name, full or a listed surname alone: the map
        // `country::known_person` and `known_surname` read, with no evidence built.)
        (Some(a), None) if demonym => {
            !e.tokens.last().is_some_and(|t| LEXICON.may_be_known(t))
                || LEXICON
                    .known_people
                    .get(&crate::lexicon::person_key(&e.name))
                    .is_none_or(|k| k.country == a.code)
        }
        _ => true,
    }
}

/// Whether an entity's country is a side it coaches or manages, named before its role
/// ("Wales coach Gareth Pryce", "England manager"): the side's country is no nationality,
/// and "the New Zealander" may well be the coach.
fn serves_a_side(e: &Entity) -> bool {
    let lex = &*LEXICON;
    (e.role_category.as_deref() == Some("sport")
        || e.role.as_deref().is_some_and(|r| {
            ["manager", "boss"]
                .iter()
                .any(|w| r.eq_ignore_ascii_case(w))
        }))
        && e.country.as_ref().is_some_and(|c| {
            matches!(
                lex.country_words.get(&c.evidence.to_lowercase()),
                Some(&(_, CountryWordKind::Name))
            )
        })
}

/// Whether a description's gender ("the mother", "the spokeswoman") is the entity's, when
/// both are known (the entity's from a given name or title first).
fn genders_agree(m: &SpeakerMention, e: &Entity) -> bool {
    match (m.gender, e.known_gender()) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// How a speaker was found (the `attribution` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribution {
    Explicit,
    Name,
    Pronoun,
    Description,
    Carried,
    /// A source the article never names ("analysts", "a spokesman", "some economists"):
    /// its own words are the whole answer.
    Unnamed,
    Unresolved,
}

impl Attribution {
    /// The CSV value.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Explicit => "explicit",
            Attribution::Name => "name",
            Attribution::Pronoun => "pronoun",
            Attribution::Description => "description",
            Attribution::Carried => "carried",
            Attribution::Unnamed => "unnamed",
            Attribution::Unresolved => "unresolved",
        }
    }
}

/// The speaker of a statement after resolution.
#[derive(Clone, Debug)]
pub struct ResolvedSpeaker {
    pub speaker: String,
    pub speaker_type: Option<SpeakerType>,
    pub role: Option<String>,
    pub country: Option<CountryEvidence>,
    pub attribution: Attribution,
    /// Index into the entity list, when linked.
    pub entity: Option<usize>,
}

/// How far back (bytes) a body's noun that owns a role takes up the body named last: about
/// the sentence before.
const NEARBY: usize = 400;

/// How far back (bytes) a description takes up a body named before: a few paragraphs.
const WITHIN_PARAGRAPHS: usize = 3000;

/// Role categories (data/roles.csv) broad enough to take up a role of any other kind: "the
/// head of the football body" is the association's president.
const BROAD_ROLES: &[&str] = &["official"];

/// The head noun "the union" takes up: of a body whose name or listed name says it is one,
/// or that its mention calls one right before its name.
const UNION: &str = "union";

/// "the shopworkers' union Usdaw": whether the mention `text` calls the body a union right
/// before its name, which a later "the union" takes up as it would the body's own word.
fn called_a_union(text: &str, name: &str) -> bool {
    // (Compared from the end, not split: every name an article registers is asked.)
    text.strip_suffix(name)
        .and_then(|before| before.trim_end().strip_suffix(UNION))
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The name that owns a description, lowercased: "murphy" for "Murphy's spokeswoman" (not
/// "the prime minister's spokesman", whose owner is no name).
fn name_owner(text: &str) -> Option<String> {
    let at = text.find("'s ").or_else(|| text.find("\u{2019}s "))?;
    let word = text[..at].rsplit(' ').next()?;
    word.starts_with(|c: char| c.is_uppercase())
        .then(|| word.to_lowercase())
}

/// Whether a role category is a relation to someone (data/roles.csv: "son", "friend"),
/// which a description takes up by its own noun only.
fn is_personal(category: &Option<String>) -> bool {
    category
        .as_deref()
        .is_some_and(|c| ["family", "acquaintance"].contains(&c))
}

/// The party a description or role names ("The GOP nominee", the role "Republican"), from
/// its capitalized words (data/parties.csv; "the labour market" names none).
fn party_in(text: &str) -> Option<&'static str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .find_map(|w| LEXICON.parties.get(&w.to_lowercase()).map(String::as_str))
}

/// Whether an entity's role names a party other than `party`, the one a description names
/// ("the GOP nominee" is no Democrat).
fn other_party(party: Option<&str>, e: &Entity) -> bool {
    // (The role is read only when the description names a party: most name none.)
    party.is_some_and(|a| e.role.as_deref().and_then(party_in).is_some_and(|b| b != a))
}

/// Whether two role categories may be one person's: the same, or one of the broad kinds
/// ("official") that fit any; a side that gives none fits.
fn categories_fit(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || [a, b].iter().any(|c| BROAD_ROLES.contains(&c.as_str())),
        _ => true,
    }
}

fn is_country_name(name: &str) -> bool {
    LEXICON.country_words.get(name).is_some()
}

/// Lowercased name words with diacritics folded, so "Erdogan" finds "Erdoğan" and a name
/// typed in NFD finds the same name in NFC.
fn name_tokens(name: &str) -> Vec<String> {
    if !name.is_ascii() {
        return name_tokens_unicode(name);
    }
    // The same split, trim and lowercasing on bytes, without decoding characters: a name
    // is registered at every mention. (The ASCII characters `char::is_whitespace` takes are
    // these six.)
    let mut toks = Vec::with_capacity(4);
    for w in name.split(splits_ascii_name) {
        let b = w.as_bytes();
        let Some(first) = b.iter().position(u8::is_ascii_alphanumeric) else {
            continue;
        };
        let last = b
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .unwrap_or(first);
        toks.push(w[first..=last].to_ascii_lowercase());
    }
    toks
}

/// `name_tokens(name).len()`, without making the tokens of an ASCII name (a name linked
/// is compared by its count with its entity's).
fn name_token_count(name: &str) -> usize {
    if !name.is_ascii() {
        return name_tokens_unicode(name).len();
    }
    name.split(splits_ascii_name)
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphanumeric()))
        .count()
}

/// A body's name tokens past an owner that opens it ("South Korea's Daesung Energy
/// Solutions" is shortened to "Daesung" as "Daesung Energy Solutions" is).
fn after_owner(tokens: &[String]) -> &[String] {
    match tokens
        .iter()
        .take(3)
        .position(|t| t.ends_with("'s") || t.ends_with("\u{2019}s"))
    {
        Some(p) => &tokens[p + 1..],
        None => tokens,
    }
}

/// A name token without its possessive ending: "sanders's" and "sanders'" are "sanders".
fn without_possessive(t: &str) -> &str {
    ["'s", "\u{2019}s"]
        .iter()
        .find_map(|p| t.strip_suffix(p))
        .unwrap_or(t)
}

/// The characters an ASCII name splits at: a test of its own rather than a list of
/// characters, which the split would compare one by one.
fn splits_ascii_name(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '-')
}

/// `name_tokens` of any text (its first definition; the ASCII route is held to it).
fn name_tokens_unicode(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(crate::text::tokens::fold_name_word)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words besides the determiners that open a description only because they open its
/// sentence ("Most analysts", "Senior officials"): lower case in the speaker column, as the
/// determiners are ("The report", "A spokesman").
const OPENING_WORDS: &[&str] = &[
    "most",
    "four",
    "five",
    "few",
    "more",
    "such",
    "no",
    "local",
    "senior",
    "top",
    "leading",
    "almost",
    "nearly",
    "only",
    "latest",
    "recent",
    "further",
    "private",
    "independent",
    "about",
    "around",
    "roughly",
    "one",
];

/// Org words (data/org_words.txt) that end a club's name and are no noun in lower case: a
/// description they open keeps its capital ("United fans", "United States authorities").
const CLUB_NAME_ENDINGS: &[&str] = &["united", "rovers", "wanderers", "albion", "hotspur"];

/// An unnamed source's speaker value: its words as written, the first lower case when it is
/// a common word capitalized only by the sentence ("Analysts" and "analysts" are one group
/// to count), not when it is a name ("UKIP officials", "Reuters news agency").
fn source_words(m: &SpeakerMention) -> String {
    let text = m.text.as_str();
    if m.kind != MentionKind::Description {
        return text.to_string();
    }
    let first = text.split_whitespace().next().unwrap_or("");
    let mut chars = first.chars();
    let (Some(c), rest) = (chars.next(), chars.as_str()) else {
        return text.to_string();
    };
    if !c.is_uppercase() || rest.chars().any(char::is_uppercase) {
        return text.to_string();
    }
    let lower = first.to_lowercase();
    let lex = &*LEXICON;
    let common = DETERMINERS.contains(&lower.as_str())
        || OPENING_WORDS.contains(&lower.as_str())
        || NUMBER_WORDS.contains(&lower.as_str())
        || lex.group_nouns.contains(lower.as_str())
        || lex.generic_sources.contains(lower.as_str())
        || lex.roles.get(&lower).is_some()
        || lex.document_nouns.get(&lower).is_some()
        || lex.org_words.contains(lower.as_str()) && !CLUB_NAME_ENDINGS.contains(&lower.as_str())
        || lower.strip_suffix('s').is_some_and(|one| {
            lex.document_nouns.get(one).is_some() || lex.roles.get(one).is_some()
        });
    if !common {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    out.extend(c.to_lowercase());
    out.push_str(&text[c.len_utf8()..]);
    out
}

/// Whether a description no entity takes up is a source the article never names: one
/// counted or introduced ("a spokesman", "some analysts", "two officials") or a bare plural
/// ("analysts", "UKIP officials"), not a definite one that stands for something ("the
/// company", "its lawyers"), which stays unresolved.
fn unnamed_source(m: &SpeakerMention) -> bool {
    const INTRODUCING: &[&str] = &[
        "a", "an", "some", "many", "most", "several", "other", "another", "one", "two", "three",
        "four", "five", "few", "all", "both", "more", "no", "numerous", "various", "certain",
    ];
    const DEFINITE: &[&str] = &[
        "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    ];
    let first = m
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // A document with no determiner or owner is as unnamed as a plural is ("official data",
    // "government figures", "new research"; not "Mr Crosby's statement").
    let unowned_document = m.speaker_type == SpeakerType::Document
        && !m.text.contains("'s")
        && !m.text.contains("\u{2019}s");
    INTRODUCING.contains(&first.as_str())
        || !DEFINITE.contains(&first.as_str())
            && !first.ends_with("'s")
            && (m.plural || unowned_document)
}

/// Whether a description's capitals after its article are where a body is and nothing
/// else: a country's word, or a place the body is based in ("the Swedish firm", "the South
/// Korean company", "the Munich-based group"); not a name ("the Google team", "the Patriots
/// for Europe group").
fn names_a_place(description: &str) -> bool {
    let lex = &*LEXICON;
    let written: Vec<&str> = description.split_whitespace().skip(1).collect();
    // (The lexicon's phrases are keyed by lowercase words, as the units hold them.)
    let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    let (mut k, mut placed) = (0, false);
    while k < words.len() {
        let w = words[k].as_str();
        if !crate::text::tokens::is_capitalized(written[k]) {
            k += 1;
            continue;
        }
        let place = w.strip_suffix("-based").unwrap_or(w);
        // (A city alone is as often another body's: "the Oslo bank" after a maker of
        // dishwashers.)
        let n = lex
            .country_words
            .longest_at(&words, k)
            .filter(|((_, kind), _)| *kind != crate::lexicon::CountryWordKind::Capital)
            .map(|(_, n)| n)
            .or_else(|| {
                (place != w
                    && (lex.country_words.get(place).is_some() || lex.places.get(place).is_some()))
                .then_some(1)
            });
        let Some(n) = n else { return false };
        placed = true;
        k += n;
    }
    placed
}

/// The candidate seen last: each entity (`i`, its positions, in order) by its latest
/// position within `within`, then the latest of those (the later entity on a tie).
fn seen_last<'e>(
    candidates: impl Iterator<Item = (usize, &'e [usize])>,
    within: std::ops::Range<usize>,
) -> Option<usize> {
    candidates
        .filter_map(|(i, ps)| {
            // (A binary search: in text run together on one line an entity is seen
            // thousands of times.)
            let p = *ps[..ps.partition_point(|&p| p < within.end)].last()?;
            (p >= within.start).then_some((p, i))
        })
        .max()
        .map(|(_, i)| i)
}

/// Whether `tokens` joined by single spaces are `joined` (asked of every entity, so
/// without joining them).
fn joins_to(tokens: &[String], joined: &str) -> bool {
    let mut rest = joined;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(t.as_str()) else {
            return false;
        };
        rest = r;
    }
    rest.is_empty()
}

/// Adds position `p` to the positions `ps`, keeping them in order (nearly always at the
/// end: the article is read in order).
fn note_position(ps: &mut Vec<usize>, p: usize) {
    match ps.last() {
        Some(&last) if last > p => ps.insert(ps.partition_point(|&q| q <= p), p),
        _ => ps.push(p),
    }
}

/// Whether `new` is better evidence than `old`: any over none, explicit over inferred.
pub fn better_country(old: Option<&CountryEvidence>, new: Option<&CountryEvidence>) -> bool {
    match (old, new) {
        (None, Some(_)) => true,
        (Some(o), Some(n)) => {
            o.basis == CountryBasis::Inferred && n.basis == CountryBasis::Explicit
        }
        _ => false,
    }
}

/// Whether two words differ by one slip: a letter left out, added, changed, or two
/// neighbours swapped.
fn one_slip(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diff[..] {
                [_] => true,
                [i, j] => j == i + 1 && a[i] == b[j] && a[j] == b[i],
                _ => false,
            }
        }
        1 => {
            let i = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[i..] == long[i + 1..]
        }
        _ => false,
    }
}

/// Whether a role names its portfolio: "of" or "for" and a capitalized word ("Archbishop of
/// Canterbury", "Minister of Environment, Water and Agriculture", "Secretary for Health").
fn has_portfolio(role: &str) -> bool {
    [" of ", " for "].iter().any(|sep| {
        role.split_once(sep)
            .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_uppercase()))
    })
}

impl Entity {
    /// The entity's gender, from a given name or title first, else as a pronoun gave it.
    fn known_gender(&self) -> Option<Gender> {
        self.named_gender.or(self.gender)
    }

    /// Whether a role or a gender says the entity is a person, not a name read as one
    /// ("FA Cup", a film's "Rain Man").
    fn known_as_a_person(&self) -> bool {
        self.role.is_some() || self.gender.is_some()
    }

    /// The surname of a person named in full ("davenport" for "Lindsay Davenport").
    fn full_name_surname(&self) -> Option<&String> {
        (!self.described && self.speaker_type == SpeakerType::Person && self.tokens.len() > 1)
            .then(|| self.tokens.last())
            .flatten()
            .filter(|_| !self.given_name_hyphened_after_family_name())
    }

    /// Whether the name is written family name first with a hyphened given name ("Hsu
    /// Yu-chen", "Tsai Ing-wen"): its last part is no surname, and "Chen said" is someone
    /// else. (The family name alone is matched by `knows_family_name_first`.)
    fn given_name_hyphened_after_family_name(&self) -> bool {
        self.tokens.len() == 3
            && self
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.contains('-'))
            && LEXICON.family_names_first.contains(self.tokens[0].as_str())
    }

    /// What a mention that links to this entity at `pos` (by `attribution`) adds to it.
    fn take_mention(&mut self, m: &SpeakerMention, attribution: Attribution, pos: usize) {
        // A one-word name referred to as "the company" or "it" is the company's.
        if matches!(attribution, Attribution::Description | Attribution::Pronoun)
            && m.speaker_type == SpeakerType::Organization
            && self.speaker_type == SpeakerType::Person
        {
            self.speaker_type = SpeakerType::Organization;
        }
        // (An asker is no antecedent of the answer's "he said": neither a mention nor a
        // speech of theirs counts.)
        if m.salient {
            note_position(&mut self.mentions, pos);
            note_position(&mut self.spoke, pos);
        }
        if self.gender.is_none() && m.kind == MentionKind::Pronoun {
            self.gender = m.gender;
        }
        let surname = m.kind == MentionKind::Name
            && self.named_by_a_place(m, m.name.as_deref().is_some_and(is_country_name));
        // A generic description's "no country" ("the industry group") is its own, not that
        // of the body it turned out to name.
        let no_country = m.country.as_ref().is_some_and(|c| c.code.is_empty())
            && m.kind == MentionKind::Description;
        // ("Wales coach Gareth Pryce ... the New Zealander told": a nationality outranks the
        // side a coach serves.)
        let nationality = m.kind == MentionKind::Description
            && LEXICON.is_country_adjective(&m.head)
            && serves_a_side(self);
        if (better_country(self.country.as_ref(), m.country.as_ref()) || nationality)
            && m.kind != MentionKind::Pronoun
            && !surname
            && !no_country
        {
            self.country = m.country.clone();
        }
    }

    /// What a named mention of this entity adds to it: a fuller name, a gender, a role, a
    /// better country, aliases.
    fn take_name_mention(
        &mut self,
        m: &SpeakerMention,
        name: &str,
        toks: Vec<String>,
        country_name: bool,
    ) {
        // The fullest name wins; "Betty Boothroyd" over "Baroness Boothroyd" (a title of
        // nobility is kept only where no given name is known).
        let fullness = |t: &[String]| {
            let titles = t
                .iter()
                .filter(|w| LEXICON.name_titles.contains(*w))
                .count();
            (t.len() - titles, t.len())
        };
        if fullness(&toks) > fullness(&self.tokens)
            && !(country_name && self.speaker_type == SpeakerType::Person)
        {
            self.name = name.to_string();
            self.tokens = toks;
            self.country_name = country_name;
        }
        if self.gender.is_none() {
            self.gender = m.gender;
        }
        if self.named_gender.is_none() {
            self.named_gender = m.gender;
        }
        if (self.role.is_none() || self.office_outranks(m)) && m.role.is_some() {
            self.role = m.role.clone();
            self.role_category = m.role_category.clone();
            self.role_owner = name_owner(&m.text);
        } else if self.role_category.is_none() && m.role.is_none() {
            // (A title's kind of role: "Sen. John Cornyn" is a lawmaker.)
            self.role_category = m.role_category.clone();
        }
        let surname = self.named_by_a_place(m, country_name);
        if better_country(self.country.as_ref(), m.country.as_ref()) && !surname {
            self.country = m.country.clone();
        }
        for a in &m.aliases {
            self.add_alias(a);
        }
    }

    /// Whether the mention's role names an office where the entity has only a rank: "Senior
    /// Colonel Wu Qian, spokesperson for the Ministry of National Defense," (an office named
    /// later says more than a rank).
    fn office_outranks(&self, m: &SpeakerMention) -> bool {
        m.role.is_some()
            && m.role_category.as_deref().is_some_and(|c| {
                crate::attribution::speakers::office_outranks(self.role_category.as_deref(), c)
            })
    }

    /// Whether a mention that names this person by a place's or country's name ("Jordan",
    /// "Albuquerque") takes nothing of that name's country: `country_name` when the name is
    /// a country's, or the mention read as a body's.
    fn named_by_a_place(&self, m: &SpeakerMention, country_name: bool) -> bool {
        self.speaker_type == SpeakerType::Person
            && (country_name || m.speaker_type != SpeakerType::Person)
    }

    /// Another name of the entity (lower case, as the lookups ask): "USFK", "AFC".
    fn add_alias(&mut self, alias: &str) {
        let alias = alias.to_lowercase();
        if !self.aliases.contains(&alias) {
            self.aliases.push(alias);
        }
    }
}

impl Entity {
    /// Whether the entity is a bare one-word name read as a person's, with no given name,
    /// title, role or gender to say so ("Monsanto", "T-Mobile", one word of two tokens):
    /// "it" or "the company" may stand for it.
    fn bare_one_word(&self) -> bool {
        self.speaker_type == SpeakerType::Person
            && !self.name.contains(' ')
            && !self.described
            && self.gender.is_none()
            && self.role.is_none()
    }
}

/// Whether a name of speaker type `ty` (tokens `toks`) may name entity `e`: a person a
/// person, a body a body. A one-word name the article showed a body's ("Tidewell ... It
/// said") is the same body when it is named again, though the name alone reads as a
/// person's (not a label in capitals, "FALLIN:", read as an acronym's body).
fn kinds_agree(e: &Entity, ty: SpeakerType, toks: &[String]) -> bool {
    // (A run of capitals read alone as a person's name is the body named so in full
    // before: "French airline Air Meridian has agreed ... Air Meridian said".)
    (e.speaker_type == SpeakerType::Person) == (ty == SpeakerType::Person)
        || ty == SpeakerType::Person
            && e.speaker_type == SpeakerType::Organization
            && toks.len() <= 3
            && e.tokens == toks
            && e.name.chars().any(char::is_lowercase)
}

/// What a mention links to.
enum Link {
    /// An entity of the article, and how.
    To(usize, Attribution),
    /// Nothing: the mention stays unresolved.
    Nothing,
    /// An entity of its own, just added: an unnamed source a later mention can refer to;
    /// `true` when it is named by its owner ("his aides" as "Bobby Scott's aides").
    Own(usize, bool),
}

/// A mention that links to no entity: its own words.
fn unresolved(m: &SpeakerMention) -> ResolvedSpeaker {
    ResolvedSpeaker {
        speaker: source_words(m),
        speaker_type: Some(m.speaker_type),
        role: m.role.clone(),
        country: m.country.clone(),
        attribution: Attribution::Unresolved,
        entity: None,
    }
}

/// A body's words without the article before them, which may open the sentence ("The
/// ministry's director-general, Rina Wulandari,"): "ministry". The words as they are when
/// none does.
fn without_article(body: &str) -> &str {
    body.strip_prefix("the ")
        .or_else(|| body.strip_prefix("The "))
        .unwrap_or(body)
}

/// The entities of one article.
#[derive(Debug, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// Where the sentence being resolved starts: a demonym ("the American") stands for a
    /// person of an earlier sentence, not one named beside it.
    pub sentence_start: usize,
    /// Surnames (lower case) the statement being resolved names after a title: "He said Mr
    /// Brown had made welcome announcements" is not Mr Brown speaking.
    pub titled_in_content: Vec<String>,
    /// Which named entities each name word has belonged to, once there are
    /// [`INDEXED_FROM`] entities (fewer are scanned faster than hashed).
    names: Option<NameIndex>,
}

/// How many entities make a name lookup use the index rather than scan them all. An
/// article has a few dozen; text run together on one line, hundreds.
const INDEXED_FROM: usize = 128;

/// The named entities (never a description's) each word of a name has belonged to, in the
/// order they were added, and those whose name is nothing but titles ("Baroness"). A name
/// lookup checks only these candidates: a text of many names (a megabyte section of
/// articles run together on one line) would otherwise scan every entity for every name it
/// meets. A name's words only grow fuller, so a word may list an entity that no longer
/// holds it; the lookups test each candidate in full.
#[derive(Debug, Default)]
struct NameIndex {
    by_word: std::collections::HashMap<String, Vec<usize>, crate::lexicon::FastHash>,
    all_titles: Vec<usize>,
}

impl NameIndex {
    /// The index of the named entities of `list`.
    fn of(list: &[Entity]) -> NameIndex {
        let mut index = NameIndex::default();
        for (i, e) in list.iter().enumerate().filter(|(_, e)| !e.described) {
            index.add(i, &e.tokens);
        }
        index
    }

    /// Files entity `idx` under the words of `tokens`.
    fn add(&mut self, idx: usize, tokens: &[String]) {
        let mut titles_only = true;
        for t in tokens {
            titles_only &= LEXICON.name_titles.contains(t);
            let ids = self.by_word.entry(t.clone()).or_default();
            if ids.last() != Some(&idx) && !ids.contains(&idx) {
                ids.push(idx);
            }
        }
        if titles_only && self.all_titles.last() != Some(&idx) {
            self.all_titles.push(idx);
        }
    }

    /// The entities, in the order added, that may hold or be held by a name of these
    /// words: those filed under one of its words that is not a title, and those named by
    /// titles only. `None` when the name is titles only (every entity may fit).
    fn candidates(&self, toks: &[String]) -> Option<Vec<usize>> {
        let mut words = toks
            .iter()
            .filter(|t| !LEXICON.name_titles.contains(*t))
            .peekable();
        words.peek()?;
        let mut ids: Vec<usize> = self.all_titles.clone();
        for t in words {
            if let Some(found) = self.by_word.get(t) {
                ids.extend_from_slice(found);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        Some(ids)
    }
}

impl Entities {
    /// Registers a named mention at byte position `pos`; returns the entity index.
    pub fn register(&mut self, m: &SpeakerMention, pos: usize, spoke: bool) -> Option<usize> {
        let redefined = self.abbreviation_defined_otherwise(m);
        let m = redefined.as_ref().unwrap_or(m);
        let name = m.name.as_ref()?;
        let toks = name_tokens(name);
        if toks.is_empty() {
            return None;
        }
        let country_name = is_country_name(name);
        let idx = self.named_entity(m, name, &toks, country_name, pos);
        self.list[idx].take_name_mention(m, name, toks, country_name);
        match &mut self.names {
            Some(index) => index.add(idx, &self.list[idx].tokens),
            None if self.list.len() >= INDEXED_FROM => self.names = Some(NameIndex::of(&self.list)),
            None => {}
        }
        if self.list[idx].country.is_none()
            && let Some(c) = m
                .employer
                .as_deref()
                .and_then(|b| self.country_of_body(b, idx, pos, true))
        {
            self.list[idx].country = Some(c);
        }
        let e = &mut self.list[idx];
        if m.salient {
            note_position(&mut e.mentions, pos);
        }
        if spoke {
            note_position(&mut e.spoke, pos);
        }
        Some(idx)
    }

    /// Notes that entity `idx` spoke until `pos`, where its statement ends.
    pub fn spoke_until(&mut self, idx: usize, pos: usize) {
        if let Some(e) = self.list.get_mut(idx) {
            note_position(&mut e.spoke, pos);
        }
    }

    /// The entity a name (`toks`, `name` as written) at `pos` stands for, added when the
    /// article has none yet.
    fn named_entity(
        &mut self,
        m: &SpeakerMention,
        name: &str,
        toks: &[String],
        country_name: bool,
        pos: usize,
    ) -> usize {
        let found = if country_name {
            // A country merges only with itself, never into "Mission in South Sudan"; but
            // a person named before with it as surname ("Rep. Jim Jordan" ... "Jordan
            // said") is that person.
            let joined = toks.join(" ");
            self.list
                .iter()
                .rposition(|e| !e.described && joins_to(&e.tokens, &joined))
                .or_else(|| {
                    self.list
                        .iter()
                        .rposition(|e| e.full_name_surname() == Some(&joined))
                })
        } else {
            self.abbreviated(name, toks)
                .or_else(|| self.find_name(toks, m.speaker_type, m.gender, pos))
                .or_else(|| self.person_by_a_body_or_place_word(toks, name))
        };
        let union = called_a_union(&m.text, name);
        if let Some(i) = found {
            if union {
                self.list[i].head = UNION.to_string();
            }
            return i;
        }
        self.list.push(Entity {
            name: name.to_string(),
            tokens: toks.to_vec(),
            speaker_type: m.speaker_type,
            gender: None,
            named_gender: None,
            role: None,
            role_category: None,
            role_owner: None,
            country: None,
            aliases: Vec::new(),
            mentions: Vec::new(),
            spoke: Vec::new(),
            described: false,
            head: if union {
                UNION.to_string()
            } else {
                toks.last().cloned().unwrap_or_default()
            },
            country_name,
        });
        self.list.len() - 1
    }

    /// The person named before with a place's name as surname, or a body's abbreviation as
    /// a name, where that word is written alone (`toks`, as written `name`): "Brazil's
    /// Agriculture Minister Ricardo Albuquerque ... Albuquerque told AFP", "Gao Minghui ...
    /// Gao said" (no GAO). Only a body's abbreviation, its name's initials, not in capitals:
    /// "The GAO said" is the body's, "Barclays" and "Uefa" are bodies' names; and no place's
    /// part read as a name ("Shanghai's Pudong").
    fn person_by_a_body_or_place_word(&self, toks: &[String], name: &str) -> Option<usize> {
        let [word] = toks else { return None };
        let place = LEXICON.places.get(word).is_some();
        let abbreviation = || {
            LEXICON.institutions.get(word).is_some_and(|inst| {
                let initials: String = inst
                    .name
                    .split_whitespace()
                    .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                    .flat_map(char::to_lowercase)
                    .collect();
                initials == *word
            }) && name.chars().any(char::is_lowercase)
        };
        if !place && !abbreviation() {
            return None;
        }
        self.list.iter().rposition(|e| {
            let surname = e.full_name_surname();
            (surname == Some(word) || !place && surname.is_some() && e.tokens.first() == Some(word))
                && e.tokens
                    .iter()
                    .all(|t| t == word || !LEXICON.names_a_place(without_possessive(t)))
        })
    }

    /// The country of the body that employs entity `person`, named `body` by a description
    /// of the person at `pos` ("The company's export manager, Chiara Lombardi,", "Nokia's
    /// head of multimedia, Anna Lindqvist,"): a body's noun as `country_of_body` reads it, a
    /// name only where a body of the article has it whole (an apposition's "University" of
    /// "a physicist at the University of Geneva" is no "University of Science and
    /// Technology of China").
    pub fn employer_country(
        &self,
        body: &str,
        person: usize,
        pos: usize,
    ) -> Option<CountryEvidence> {
        self.country_of_body(body, person, pos, false)
    }

    /// "Nguyen Thanh Hai, labor attache at the embassy," after "The Vietnamese Embassy in
    /// Seoul", "Embassy spokesman Liu Pengfei": a body's own word (data/org_words.txt) alone
    /// (`body`) stands for the body named last that holds the word, nearby (`pos`); its
    /// country, for a person it employs (`person`, when the person is an entity).
    fn body_by_its_word(
        &self,
        body: &str,
        person: Option<usize>,
        pos: usize,
    ) -> Option<CountryEvidence> {
        let word = without_article(body).to_lowercase();
        if word.contains(' ') || !LEXICON.org_words.contains(word.as_str()) {
            return None;
        }
        let holds =
            |e: &Entity| e.speaker_type == SpeakerType::Organization && e.tokens.contains(&word);
        let (i, _) = self
            .list
            .iter()
            .enumerate()
            .filter(|&(i, e)| Some(i) != person && !e.described && holds(e))
            .filter_map(|(i, e)| Some((i, *e.mentions.iter().rev().find(|&&p| p <= pos)?)))
            .max_by_key(|&(_, at)| at)?;
        // (A body's own word names it further back than a noun that any body may hold: the
        // body named last within a few paragraphs, as "the company" is found.)
        self.country_seen_nearby(i, pos, WITHIN_PARAGRAPHS, &format!("the {word}"))
    }

    /// The country of entity `i`, with the evidence `taken_up_by: name (its evidence)`, when
    /// it was last seen before `pos` within `within` bytes: a body taken up by a word for it
    /// ("its", "the company", "the embassy") is as often another one further back. An
    /// international body's want of a country (an empty code) is its staff's too.
    fn country_seen_nearby(
        &self,
        i: usize,
        pos: usize,
        within: usize,
        taken_up_by: &str,
    ) -> Option<CountryEvidence> {
        let e = &self.list[i];
        let last_seen = e.mentions.iter().rev().find(|&&p| p <= pos)?;
        let c = e.country.as_ref()?;
        (*last_seen + within >= pos).then(|| CountryEvidence {
            code: c.code.clone(),
            basis: c.basis,
            evidence: format!("{taken_up_by}: {} ({})", e.name, c.evidence),
        })
    }

    /// The country the article gives the body named `body` ("British firm Sonaptic"), for a
    /// person it employs, or an international body's want of one (an empty code, which
    /// blocks the story's country); not entity `person` itself. A body's noun ("the company" of "the
    /// company's export manager", at `pos`) is the body named last, in the sentence or the
    /// one before: a body named further back is as often not the one meant.
    /// `shortened`: whether a body's name shortened to its first words counts.
    fn country_of_body(
        &self,
        body: &str,
        person: usize,
        pos: usize,
        shortened: bool,
    ) -> Option<CountryEvidence> {
        // ("Its chief executive": any body, as "the organization" would take up.)
        let story_body = body == crate::attribution::speakers::STORY_BODY;
        let its = body.eq_ignore_ascii_case("its") || story_body;
        let noun = if its {
            Some("organization")
        } else {
            Some(without_article(body)).filter(|noun| LEXICON.referring_org_nouns.contains(*noun))
        };
        if let Some(noun) = noun {
            // (The body a company's officer works for is no outlet the story cites: "told
            // BBC Radio".)
            let media = |e: &Entity| {
                LEXICON
                    .institutions
                    .get(&e.name)
                    .is_some_and(|i| i.kind == "media")
            };
            let i = self
                .body_named_last(noun, pos, |e| !story_body || !media(e))
                .filter(|&i| i != person)?;
            let taken_up_by = if story_body {
                "employer, the body named last".to_string()
            } else if its {
                "its".to_string()
            } else {
                format!("the {noun}")
            };
            return self.country_seen_nearby(i, pos, NEARBY, &taken_up_by);
        }
        if let Some(c) = self.body_by_its_word(body, Some(person), pos) {
            return Some(c);
        }
        let toks = name_tokens(body);
        let (_, e) = self.list.iter().enumerate().find(|&(i, e)| {
            i != person
                && !e.described
                && e.speaker_type != SpeakerType::Person
                && (e.tokens == toks
                    || e.aliases.iter().any(|a| name_tokens(a) == toks)
                    // ("Kessler's chief executive" after "Kessler Chemie, the German
                    // chemicals group": a body's name shortened to its first words.)
                    || shortened
                        && e.speaker_type == SpeakerType::Organization
                        && !toks.is_empty()
                        && [&e.tokens[..], after_owner(&e.tokens)]
                            .iter()
                            .any(|t| t.len() > toks.len() && t.starts_with(&toks)))
        })?;
        let c = e.country.as_ref()?;
        Some(CountryEvidence {
            code: c.code.clone(),
            basis: c.basis,
            evidence: format!("{body} ({})", c.evidence),
        })
    }

    /// The organization an abbreviation (`name`, `toks`) stands for: the name the article
    /// defined it for ("Asian Football Confederation (AFC)"), before any longer name that
    /// holds it ("IDS Pensions Service"); else a name spelled out whose capitalized words'
    /// initials it is ("International Monetary Fund" for "IMF").
    fn abbreviated(&self, name: &str, toks: &[String]) -> Option<usize> {
        let [t] = toks else { return None };
        // ("MoD", "DfE", "DoJ": a British department's abbreviation keeps its "of" or "for"
        // in lower case.)
        let mixed = name.len() <= 5
            && name.chars().all(|c| c.is_ascii_alphabetic())
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.ends_with(|c: char| c.is_ascii_uppercase())
            && name.chars().filter(char::is_ascii_lowercase).count() == 1;
        if !crate::attribution::speakers::is_acronym(name) && !mixed {
            return None;
        }
        if let Some(i) = self
            .list
            .iter()
            .rposition(|e| !e.described && e.aliases.contains(t))
        {
            return Some(i);
        }
        // ("the Centers for Disease Control and Prevention ... The CDC said": an abbreviation
        // institutions.csv lists for a body the article names in full, though not its initials.)
        if let Some(inst) = LEXICON.institutions.get(name).filter(|i| i.name != name)
            && let Some(i) = self
                .list
                .iter()
                .rposition(|e| !e.described && e.name == inst.name)
        {
            return Some(i);
        }
        let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
        // The initials are compared as they are read, not collected: every body of the
        // article is asked about every abbreviation. A capitalized word gives its initial; a
        // lowercase one gives one only where the abbreviation has a lowercase letter there
        // ("MoD" for "Ministry of Defence", "DfE"), and is passed over otherwise ("IMF").
        let initials_are_letters = |words: &[&str]| {
            let mut k = 0;
            for w in words {
                let Some(c) = w.chars().next() else { continue };
                let next = letters.get(k);
                if c.is_uppercase() {
                    if next.is_none_or(|l| !l.eq_ignore_ascii_case(&c)) {
                        return false;
                    }
                    k += 1;
                } else if next.is_some_and(|l| l.is_lowercase() && *l == c) {
                    k += 1;
                }
            }
            words.len() >= 2 && k == letters.len()
        };
        // ("the U.S. Department of Homeland Security" for "DHS": a country's word before
        // the body's name gives no letter.)
        let spelled_out = |name: &str| {
            let words: Vec<&str> = name.split_whitespace().collect();
            initials_are_letters(&words)
                || words.len() > 2
                    && LEXICON
                        .country_words
                        .get(&words[0].trim_end_matches("'s").to_lowercase())
                        .is_some()
                    && initials_are_letters(&words[1..])
        };
        self.list.iter().rposition(|e| {
            !e.described && e.speaker_type != SpeakerType::Person && spelled_out(&e.name)
        })
    }

    /// Makes `alias` (an abbreviation the article defines) another name of entity `idx`.
    /// The country the article gave the entity `idx`, if any.
    pub fn country_of(&self, idx: usize) -> Option<&CountryEvidence> {
        self.list[idx].country.as_ref()
    }

    /// Gives the entity `idx` a country the article says of it outside a statement.
    pub fn set_country(&mut self, idx: usize, c: CountryEvidence) {
        self.list[idx].country = Some(c);
    }

    /// Whether entity `idx` holds only a rank for a role ("Senior Colonel Wu Qian").
    pub fn holds_a_rank(&self, idx: usize) -> bool {
        crate::attribution::speakers::is_rank(self.list[idx].role_category.as_deref())
    }

    /// Gives entity `idx` the office a description of it names, where it held only a rank.
    pub fn take_office(&mut self, idx: usize, m: &SpeakerMention) {
        let e = &mut self.list[idx];
        if e.office_outranks(m) {
            e.role = m.role.clone();
            e.role_category = m.role_category.clone();
        }
    }

    pub fn add_alias(&mut self, idx: usize, alias: &str) {
        self.list[idx].add_alias(alias);
    }

    /// Whether a person named in full has this word (any case) for surname.
    pub fn knows_surname(&self, word: &str) -> bool {
        // A lowercase ASCII word (the normalized words of units are) needs no copy; one
        // past ASCII is folded as names' words are ("Almazán" is the "almazan" of "Sergio
        // Almazán").
        let word: std::borrow::Cow<str> = if !word.is_ascii() {
            std::borrow::Cow::Owned(crate::text::tokens::fold_name_word(word))
        } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(word.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        // ("Okafor-Reyes declined", after "Nadia Okafor-Reyes": a double-barrelled surname
        // is the name's last words, which its tokens split at the hyphen.)
        // (Asked of nearly every capitalized word: one without a hyphen is compared as it
        // is, with the surname alone.)
        match memchr::memrchr(b'-', word.as_bytes()) {
            None => self.any_holding(&word, |e| {
                e.full_name_surname().is_some_and(|s| *s == *word)
            }),
            Some(h) => {
                let last = &word[h + 1..];
                let parts = 2 + word[..h].matches('-').count();
                self.any_holding(last, |e| {
                    e.full_name_surname().is_some_and(|s| s == last)
                        && e.tokens.len() > parts
                        && e.tokens[e.tokens.len() - parts..]
                            .iter()
                            .zip(word.split('-'))
                            .all(|(t, p)| t == p)
                })
            }
        }
    }

    /// Whether `word` is the family name that opens the name of a person written family
    /// name first ("Zhou arrived in Santiago" after "Vice President Zhou Minghai";
    /// data/family_names_first.txt): the first of two or three words.
    pub fn knows_family_name_first(&self, word: &str) -> bool {
        // (The list's words are lowercase ASCII, as the units' words are: most words are
        // asked of the list as they are, with no copy.)
        let word: std::borrow::Cow<str> = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(word.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        LEXICON.family_names_first.contains(&*word)
            && self.any_holding(&word, |e| {
                !e.described
                    && e.speaker_type == SpeakerType::Person
                    && (2..=3).contains(&e.tokens.len())
                    && e.tokens[0] == word
            })
    }

    /// Whether an entity whose name holds the token `word` is one `fits` takes (by the name
    /// index where there is one, else over every entity).
    fn any_holding(&self, word: &str, fits: impl Fn(&Entity) -> bool) -> bool {
        match &self.names {
            Some(index) => index
                .by_word
                .get(word)
                .is_some_and(|ids| ids.iter().any(|&i| fits(&self.list[i]))),
            None => self.list.iter().any(fits),
        }
    }

    /// An entity whose name holds all these tokens, or an alias equal to them.
    ///
    /// A surname that several people of the article share ("Cruz" after "Ted Cruz" and
    /// "Heidi Cruz") goes to the one of the mention's gender ("Mrs. Cruz") mentioned most
    /// often up to `pos`: a spouse or child named once does not take the article's main
    /// figure's surname. On a tie, a name that opens with a given name beats words glued on
    /// from a headline ("Understated Perez"), then the first named wins: the article's
    /// subject comes first, the husband named once in passing after her.
    fn find_name(
        &self,
        toks: &[String],
        ty: SpeakerType,
        gender: Option<Gender>,
        pos: usize,
    ) -> Option<usize> {
        let joint = |t: &[String]| t.iter().any(|w| w == "and");
        // The mention's once, not once for each entity.
        let toks_joint = joint(toks);
        let compatible =
            |e: &Entity| !e.described && kinds_agree(e, ty, toks) && joint(&e.tokens) == toks_joint;
        // The mention's own titles once, not once for each entity.
        let toks_title = title_bits(toks);
        // (The lexicon lookup last: it is the slow test, and in a long text most entities
        // fail the cheap ones.)
        let contains =
            |e: &Entity| compatible(e) && !e.country_name && names_agree(e, toks, toks_title);
        // A lone surname of a person: which entities hold it is asked once, for the people
        // who share it and for the latest that fits (a pass over the entities each).
        // The entities to check, in order: the index's candidates, else every one.
        let candidates = self.names.as_ref().and_then(|index| index.candidates(toks));
        let checked = || {
            let all = candidates.is_none().then_some(0..self.list.len());
            candidates
                .iter()
                .flatten()
                .copied()
                .chain(all.into_iter().flatten())
        };
        let held: Option<Vec<usize>> = (ty == SpeakerType::Person && toks.len() == 1)
            .then(|| checked().filter(|&i| contains(&self.list[i])).collect());
        if let Some(held) = &held
            && let Some(i) = self.surname_holder(held, gender, pos)
        {
            return Some(i);
        }
        // Full containment either way, latest first; never across genders ("Mr. Obama" is
        // not "Michelle Obama").
        let same_gender = |e: &Entity| match (gender, e.named_gender) {
            (Some(a), Some(b)) => a == b || ty != SpeakerType::Person,
            _ => true,
        };
        // ("Red Hat" after "software company Red Hat ... Red Hat Enterprise Linux": a name of
        // two words or more that one entity holds whole is that entity, not a longer name
        // met since.)
        let exact = || {
            (toks.len() >= 2)
                .then(|| {
                    checked()
                        .rev()
                        .map(|i| (i, &self.list[i]))
                        .find(|(_, e)| e.tokens == toks && compatible(e) && same_gender(e))
                })
                .flatten()
        };
        let latest = match &held {
            Some(held) => held
                .iter()
                .rev()
                .map(|&i| (i, &self.list[i]))
                .find(|(_, e)| same_gender(e)),
            None => exact().or_else(|| {
                checked()
                    .rev()
                    .map(|i| (i, &self.list[i]))
                    .find(|(_, e)| contains(e) && same_gender(e))
            }),
        };
        latest
            .map(|(i, _)| i)
            .or_else(|| self.aliased(toks))
            .or_else(|| self.misspelt_surname(toks, ty))
            .or_else(|| self.company_by_first_word(toks, ty, gender))
            .or_else(|| self.surname_after_a_role_word(toks, ty, pos))
    }

    /// "Dean Amar" after "Vikram Amar": a word that is a role and a given name may be the
    /// title before a surname met with another given name (whose gender the title does not
    /// give).
    fn surname_after_a_role_word(
        &self,
        toks: &[String],
        ty: SpeakerType,
        pos: usize,
    ) -> Option<usize> {
        let lex = &*LEXICON;
        (ty == SpeakerType::Person
            && toks.len() == 2
            && lex.roles.get(&toks[0]).is_some()
            && lex.given_names.contains_key(toks[0].as_str()))
        .then(|| self.find_name(&toks[1..], ty, None, pos))
        .flatten()
    }

    /// "Merrill said" after "Merrill Lynch": a lone untitled name that no person holds is
    /// the company of data/institutions.csv that the article named and whose name it opens,
    /// or a body the article described with its country ("Connex said" after "UK operator
    /// Connex Mobile"), or one whose name goes on in organization words alone ("Brantwood"
    /// after "Brantwood Stores", "Halvorsen" after "Halvorsen Group"), which a lone name
    /// read as a body stands for too.
    fn company_by_first_word(
        &self,
        toks: &[String],
        ty: SpeakerType,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let (person, body) = (ty == SpeakerType::Person, ty == SpeakerType::Organization);
        if !(person || body) || toks.len() != 1 || gender.is_some() {
            return None;
        }
        self.list.iter().rposition(|e| {
            let suffixed = || e.tokens[1..].iter().all(|w| LEXICON.org_words.contains(w));
            e.speaker_type == SpeakerType::Organization
                && e.tokens.len() >= 2
                && e.tokens[0] == toks[0]
                && (person
                    && (LEXICON
                        .institutions
                        .get(&e.name)
                        .is_some_and(|i| i.kind == "company")
                        || e.country
                            .as_ref()
                            .is_some_and(|c| c.basis == CountryBasis::Explicit))
                    || suffixed())
        })
    }

    /// The latest entity with an alias equal to the name `toks` (joined only when an entity
    /// has aliases to compare: most have none).
    fn aliased(&self, toks: &[String]) -> Option<usize> {
        let mut joined = None;
        self.list.iter().rposition(|e| {
            !e.described
                && !e.aliases.is_empty()
                && e.aliases
                    .contains(joined.get_or_insert_with(|| toks.join(" ")))
        })
    }

    /// Of several people named in full who share a lone surname (`held`: the entities that
    /// hold the mention's tokens, in order), the one of the mention's gender mentioned most
    /// often up to `pos`; on a tie one whose name opens with a given name, then the first
    /// named. `None` when fewer than two share it.
    fn surname_holder(&self, held: &[usize], gender: Option<Gender>, pos: usize) -> Option<usize> {
        let salience = |e: &Entity| e.mentions.iter().filter(|&&p| p <= pos).count();
        let gender_ok = |e: &Entity| match (gender, e.gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let shared = || {
            held.iter()
                .copied()
                .filter(|&i| self.list[i].tokens.len() > 1)
        };
        // (Fewer than two: none.)
        shared().nth(1)?;
        shared().max_by_key(|&i| {
            let e = &self.list[i];
            let given = e
                .tokens
                .first()
                .is_some_and(|t| LEXICON.given_names.contains_key(t));
            (gender_ok(e), salience(e), given, std::cmp::Reverse(i))
        })
    }

    /// A lone surname one slip away from the surname of exactly one person named in full
    /// ("Daveport" for "Lindsay Davenport", "Montieth" for "David Monteith"): news copy
    /// misspells names, and a reader takes them for the same person. Only surnames of six
    /// letters or more with the same first letter, so "Hill" is never "Gill".
    fn misspelt_surname(&self, toks: &[String], ty: SpeakerType) -> Option<usize> {
        let [t] = toks else { return None };
        if ty != SpeakerType::Person || t.chars().count() < 6 {
            return None;
        }
        let mut found: Option<usize> = None;
        for (i, e) in self.list.iter().enumerate() {
            let close = e.full_name_surname().is_some_and(|last| {
                last != t
                    && last.chars().next() == t.chars().next()
                    // A plural is another word ("Democrat", "House Democrats").
                    && last.strip_suffix('s') != Some(t.as_str())
                    && t.strip_suffix('s') != Some(last.as_str())
                    && one_slip(last, t)
            });
            if close {
                match found {
                    Some(j) if self.list[j].tokens != e.tokens => return None,
                    _ => found = Some(i),
                }
            }
        }
        found
    }

    /// "The Dutchman was sent to the stands": a singular demonym (`m`) as the subject of a
    /// sentence at `pos` that reports nothing gives the person it stands for the nationality,
    /// where none was known, one was guessed, or the one known is a side they serve.
    pub fn note_nationality(&mut self, m: &SpeakerMention, pos: usize) {
        let saved = std::mem::replace(&mut self.sentence_start, pos);
        let found = self.latest_person_who_spoke(m, pos, &None);
        self.sentence_start = saved;
        if let Some(e) = found.map(|i| &mut self.list[i])
            && (better_country(e.country.as_ref(), m.country.as_ref()) || serves_a_side(e))
        {
            e.country = m.country.clone();
        }
    }

    /// Mention `m` with another country where the article defined the abbreviation of a
    /// listed body its country came from for another body ("Pakistan Tehreek-i-Insaf (PTI)"
    /// before "PTI's central information secretary", not the Press Trust of India; the
    /// "Armed Forces of the Philippines (AFP)", not the French agency): that body's country,
    /// or none for the story to give.
    fn abbreviation_defined_otherwise(&self, m: &SpeakerMention) -> Option<SpeakerMention> {
        let c = m.country.as_ref()?;
        let abbreviation = c.evidence.strip_prefix("institution ")?;
        if c.basis != CountryBasis::Inferred
            || !crate::attribution::speakers::is_acronym(abbreviation)
        {
            return None;
        }
        let alias = abbreviation.to_lowercase();
        let e = self
            .list
            .iter()
            .rev()
            .find(|e| !e.described && e.aliases.contains(&alias))?;
        // (The listed body itself, defined as usual: "the Institute of Public Policy Research
        // (IPPR)", "the US Federal Communications Commission (FCC)": every word of its listed
        // name, or its country.)
        let listed = LEXICON.institutions.get(abbreviation)?;
        let words = |name: &str| -> Vec<String> {
            name.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 3)
                .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
                .collect()
        };
        // (A body listed by its abbreviation alone, "AFP" or "INSEE", has no name to
        // compare: only another country the article gave says another body.)
        let defined = words(&e.name);
        let listed_words = words(&listed.name);
        let same_name = if crate::attribution::speakers::is_acronym(&listed.name) {
            e.country.is_none()
        } else {
            listed_words.iter().all(|w| defined.contains(w))
        };
        let same_country = e.country.as_ref().map(|c| c.code.as_str()) == listed.country.as_deref();
        (!same_name && !same_country).then(|| SpeakerMention {
            country: e.country.clone(),
            ..m.clone()
        })
    }

    /// Resolves one statement's mention at byte position `pos`.
    pub fn resolve(&mut self, m: &SpeakerMention, pos: usize, carried: bool) -> ResolvedSpeaker {
        let redefined = self.abbreviation_defined_otherwise(m);
        let m = redefined.as_ref().unwrap_or(m);
        // "Trump and Clinton": each of two people by their fullest name in the article.
        let joint;
        let m = match self.joint_full_names(m, pos) {
            Some(full) => {
                joint = full;
                &joint
            }
            None => m,
        };
        let (idx, attribution) = match self.link(m, pos) {
            Link::To(i, attribution) => (i, attribution),
            Link::Nothing => return unresolved(m),
            Link::Own(i, owned) => {
                let mut r = unresolved(m);
                r.entity = Some(i);
                let e = &self.list[i];
                // An owned description ("his aides") is named by its owner's name.
                if owned {
                    r.speaker = e.name.clone();
                    r.country = e.country.clone();
                }
                if owned || unnamed_source(m) {
                    r.attribution = Attribution::Unnamed;
                }
                return r;
            }
        };
        let e = &mut self.list[idx];
        e.take_mention(m, attribution, pos);
        ResolvedSpeaker {
            speaker: e.name.clone(),
            speaker_type: Some(e.speaker_type),
            role: e.role.clone().or_else(|| m.role.clone()),
            country: e.country.clone(),
            attribution: if carried {
                Attribution::Carried
            } else {
                attribution
            },
            entity: Some(idx),
        }
    }

    /// The entity a mention at `pos` links to, by its kind: a name, a pronoun's antecedent,
    /// a description's referent.
    fn link(&mut self, m: &SpeakerMention, pos: usize) -> Link {
        match m.kind {
            MentionKind::Name => {
                let Some(i) = self.register(m, pos, m.salient) else {
                    return Link::Nothing;
                };
                let full =
                    name_token_count(m.name.as_deref().unwrap_or("")) >= self.list[i].tokens.len();
                Link::To(
                    i,
                    if full {
                        Attribution::Explicit
                    } else {
                        Attribution::Name
                    },
                )
            }
            MentionKind::Pronoun => match self.antecedent(&m.head, pos) {
                Some(i) => Link::To(i, Attribution::Pronoun),
                None => Link::Nothing,
            },
            // "Referee Graham Poll said ... Poll added": a surname that is also a noun.
            MentionKind::Description
                if m.text.starts_with(char::is_uppercase)
                    && !m.text.contains(' ')
                    && self.knows_surname(&m.text) =>
            {
                match self.find_name(&name_tokens(&m.text), SpeakerType::Person, m.gender, pos) {
                    Some(i) => Link::To(i, Attribution::Name),
                    None => Link::Nothing,
                }
            }
            // ("Ellery's office said": a person's office, not the body of that noun named
            // before; "Lazar's counsel" may still be the person given that role.)
            MentionKind::Description => {
                let owner = name_owner(&m.text);
                let by_surname = self.owned_by_surname(m, pos, owner.as_deref());
                self.described_or_own(m, pos, owner, by_surname)
            }
        }
    }

    /// The link of a description: the entity it takes up, or a new one of its own (named
    /// by its owner where it has one: `owner`, the name that owns it, and `by_surname`, the
    /// person that name is).
    fn described_or_own(
        &mut self,
        m: &SpeakerMention,
        pos: usize,
        owner: Option<String>,
        by_surname: Option<(String, usize)>,
    ) -> Link {
        match self.described(m, pos).filter(|&i| {
            let e = &self.list[i];
            e.speaker_type == SpeakerType::Person
                || owner
                    .as_ref()
                    .is_some_and(|o| e.name.to_lowercase().contains(o))
                || by_surname.is_none()
        }) {
            Some(i) => Link::To(i, Attribution::Description),
            None => {
                // An unnamed source becomes an entity of its own, so that a later "they",
                // "it" or "the report" can stand for it.
                let owned = by_surname.or_else(|| self.owned_description(m, pos));
                let is_owned = owned.is_some();
                // ("A Commission spokeswoman in Brussels": the body its own word stands
                // for says the country, or none, before the place the source is in.)
                let employer = || {
                    let body = m.employer.as_deref()?;
                    self.body_by_its_word(body, None, pos)
                };
                let country = match &owned {
                    Some((_, owner)) if m.country.is_none() => self.list[*owner].country.clone(),
                    _ if m
                        .country
                        .as_ref()
                        .is_none_or(|c| c.basis != CountryBasis::Explicit) =>
                    {
                        employer().or_else(|| m.country.clone())
                    }
                    _ => m.country.clone(),
                };
                // (An asker is no antecedent: it is neither mentioned nor speaking here.)
                let seen = if m.salient { vec![pos] } else { Vec::new() };
                self.list.push(Entity {
                    name: owned.map_or_else(|| source_words(m), |(name, _)| name),
                    tokens: name_tokens(&m.text),
                    speaker_type: m.speaker_type,
                    gender: m.gender,
                    named_gender: None,
                    role: m.role.clone(),
                    role_category: m.role_category.clone(),
                    role_owner: owner,
                    country,
                    aliases: Vec::new(),
                    mentions: seen.clone(),
                    spoke: seen,
                    described: true,
                    head: m.head.clone(),
                    country_name: is_country_name(&m.text),
                });
                Link::Own(self.list.len() - 1, is_owned)
            }
        }
    }

    /// "his aides", "her campaign": the description with the owner's name for the possessive
    /// ("Bobby Scott's aides"), so that an analyst can tell whose aides spoke. The owner is
    /// whom "he" or "she" would stand for there, and must be a person of that gender. ("its"
    /// is left alone: its owner is as often a body the article names in passing, or no
    /// entity at all, as the one that spoke last.)
    fn owned_description(&self, m: &SpeakerMention, pos: usize) -> Option<(String, usize)> {
        let (first, rest) = m.text.split_once(' ')?;
        // "those close to him", "people who work for her": the person at the end, named.
        let (head, last) = m.text.rsplit_once(' ')?;
        let object = ["him", "her"].contains(&last)
            && head
                .rsplit_once(' ')
                .is_some_and(|(_, p)| ["to", "with", "for", "around"].contains(&p));
        let pronoun = if object {
            if last == "him" { "his" } else { "her" }.to_string()
        } else {
            first.to_lowercase()
        };
        if !["his", "her"].contains(&pronoun.as_str()) {
            return None;
        }
        let gender = LEXICON.pronouns.get(&pronoun)?.gender?;
        // Only an owner the article has made plain: a person known to be of the pronoun's
        // gender.
        let plain = |e: &Entity| {
            !e.described && e.speaker_type == SpeakerType::Person && e.gender == Some(gender)
        };
        // "Clinton attacked Trump, and her aides said": one named earlier in the sentence
        // owns before any speaker of the sentences before.
        let in_sentence = seen_last(
            self.list
                .iter()
                .enumerate()
                .filter(|(_, e)| plain(e))
                .map(|(i, e)| (i, &e.mentions[..])),
            self.sentence_start..pos,
        );
        let owner = match in_sentence {
            Some(i) => i,
            None => self.antecedent(&pronoun, pos)?,
        };
        let e = &self.list[owner];
        let named = if object {
            let written = source_words(m);
            let head = written.rsplit_once(' ').map_or(head, |(h, _)| h);
            format!("{head} {}", e.name)
        } else {
            format!("{}'s {rest}", e.name)
        };
        plain(e).then_some((named, owner))
    }

    /// "Ellery's office said": a body's description owned by a surname (its first word, with
    /// its "'s") and naming no one itself is the office of the person named before with that
    /// surname (Grant Ellery, whose country it has), not a body of the same noun named
    /// before (the Congressional Budget Office). It keeps its words as written, as the
    /// gold sets do ("Scott's family"); a pronoun's owner is named ("his aides" is "Bobby
    /// Scott's aides").
    fn owned_by_surname(
        &self,
        m: &SpeakerMention,
        pos: usize,
        owner: Option<&str>,
    ) -> Option<(String, usize)> {
        let (first, rest) = m.text.split_once(' ')?;
        // (A person's agent or lawyer is of no country the owner's says.)
        if m.speaker_type != SpeakerType::Organization
            || !(first.ends_with("'s") || first.ends_with("\u{2019}s"))
            || rest
                .split_whitespace()
                .any(crate::text::tokens::is_capitalized)
        {
            return None;
        }
        let owner = owner?;
        let owner_of = seen_last(
            self.list
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.speaker_type == SpeakerType::Person
                        && !e.described
                        && e.tokens.len() >= 2
                        && e.tokens.last().is_some_and(|t| t == owner)
                })
                .map(|(i, e)| (i, &e.mentions[..])),
            0..pos,
        )?;
        Some((m.text.clone(), owner_of))
    }

    /// A group of two people named by surname ("Trump and Clinton") with each name
    /// replaced by that person's fullest name so far; `None` when nothing changes.
    fn joint_full_names(&self, m: &SpeakerMention, pos: usize) -> Option<SpeakerMention> {
        let name = m.name.as_deref()?;
        if m.kind != MentionKind::Name || m.speaker_type != SpeakerType::Group {
            return None;
        }
        let (left, right) = name.split_once(" and ")?;
        let full = |part: &str| {
            let toks = name_tokens(part);
            self.find_name(&toks, SpeakerType::Person, None, pos)
                .map(|i| &self.list[i])
                .filter(|e| e.speaker_type == SpeakerType::Person && e.tokens.len() > toks.len())
                .map_or_else(|| part.to_string(), |e| e.name.clone())
        };
        let joined = format!("{} and {}", full(left), full(right));
        if joined == name {
            return None;
        }
        let mut out = m.clone();
        out.name = Some(joined);
        Some(out)
    }

    /// The nearest entity before `pos` that a pronoun can stand for: a speaker first,
    /// else any mention.
    fn antecedent(&self, pronoun: &str, pos: usize) -> Option<usize> {
        let lex = &*LEXICON;
        let p = lex.pronouns.get(pronoun)?;
        let found = self.antecedent_by(p, pos, |e| {
            p.refers.iter().any(|r| r == e.speaker_type.as_str())
        });
        // "Monsanto agreed to ... It said": when no body fits, a one-word name with no given
        // name, title, role or gender that "it" takes up is a body's (data/pronouns.csv:
        // "it" refers to organizations), which the link then makes it.
        let takes_bodies = !p.plural && p.refers.iter().any(|r| r == "organization");
        let bare_body = |e: &Entity| {
            e.bare_one_word() && e.name.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        found.or_else(|| {
            takes_bodies
                .then(|| self.antecedent_by(p, pos, bare_body))
                .flatten()
        })
    }

    /// The latest entity before `pos` of the kind `kind_fits` accepts that pronoun `p` may
    /// stand for: the latest salient one (a speaker, or a name opening its sentence), else
    /// the latest named at all.
    fn antecedent_by(
        &self,
        p: &Pronoun,
        pos: usize,
        kind_fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let fits = |e: &Entity| {
            let type_ok = kind_fits(e);
            let gender_ok = match (p.gender, e.gender) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            let spoken_of = e
                .full_name_surname()
                .is_some_and(|s| self.titled_in_content.contains(s));
            type_ok
                && gender_ok
                && (e.speaker_type != SpeakerType::Person || !p.plural)
                && !spoken_of
        };
        let pick = |by_speech: bool| {
            seen_last(
                self.list
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| fits(e))
                    .map(|(i, e)| {
                        (
                            i,
                            if by_speech {
                                &e.spoke[..]
                            } else {
                                &e.mentions[..]
                            },
                        )
                    }),
                0..pos + 1,
            )
        };
        pick(true).or_else(|| pick(false))
    }

    /// The latest entity before `pos` whose role (or name head) fits a description.
    fn described(&self, m: &SpeakerMention, pos: usize) -> Option<usize> {
        let lex = &*LEXICON;
        // "a Pentagon spokesman" introduces someone new; only a definite description ("the
        // spokesman", "the Chinese diplomat") refers back.
        let first = m
            .text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if ["a", "an", "one", "another", "some", "several", "many"].contains(&first.as_str()) {
            return None;
        }
        let head_category = lex.roles.get(&m.head).map(|r| r.category.clone());
        let category = m.role_category.clone().or(head_category);
        // "His lawyer", "their spokesman" is someone the owner has, not the last speaker
        // (who is as likely the owner himself).
        // ("the singer's agent" likewise: someone's, not the last speaker.)
        let owned = ["his", "her", "its", "their", "my", "our", "your"].contains(&first.as_str())
            || m.text.contains("'s ")
            || m.text.contains("\u{2019}s ");
        // "The Archbishop of Canterbury said", "the Duke of Edinburgh": a public office with
        // its portfolio is one person's, taken up by no one of the same kind of role; only
        // by one the article gave that very office, or its listed holder. (A company's "the
        // former CEO of Hewlett-Packard" is still taken up by its kind, and so is a member's
        // seat: "Mr Wyatt predicted ... The MP for Sittingbourne and Sheppey said".)
        let public_office = category.as_deref().is_some_and(|c| {
            [
                "religion", "royal", "military", "minister", "official", "leader", "diplomat",
            ]
            .contains(&c)
        });
        if let Some(role) = m
            .role
            .as_deref()
            .filter(|r| public_office && has_portfolio(r))
        {
            let same_office = self.list.iter().rposition(|e| {
                e.mentions.first().is_some_and(|&p| p <= pos)
                    && e.role
                        .as_deref()
                        .is_some_and(|x| x.eq_ignore_ascii_case(role))
            });
            return same_office
                .or_else(|| (!owned).then(|| self.known_office_holder(m, pos)).flatten());
        }
        // A role the article gives someone is taken up first ("the mayor" after "Mayor
        // Bill de Blasio"); a known figure's office before a mere kind of role ("the Indiana
        // governor" is Mike Pence, not the nominee named last).
        let fitting = self.latest_fitting(m, pos, &category);
        // ("Russia's president has defended ..., saying ... Vladimir Putin said ...": a
        // known holder of the office named after an unnamed description of it is the one
        // the description meant, and a later "the Russian president" is that holder.)
        let unnamed_fitting = fitting.is_some_and(|i| self.list[i].described);
        let holder = (!owned && unnamed_fitting)
            .then(|| self.known_office_holder(m, pos))
            .flatten();
        holder
            .or(fitting.filter(|&i| self.role_ends_in(i, &m.head)))
            .or_else(|| (!owned).then(|| self.known_office_holder(m, pos)).flatten())
            .or(fitting)
            .or_else(|| self.organization_referred_to(m, pos, &first))
            .or_else(|| self.newspaper_referred_to(m, pos, &first))
            .or_else(|| {
                // (Nor is a friend or a partner anyone's who spoke last: "the partner told
                // them" after "a partner at Mr. Birdthistle's former firm"; a story's "the
                // father" often is.)
                let acquaintance = category.as_deref() == Some("acquaintance");
                (!owned && !acquaintance)
                    .then(|| self.latest_person_who_spoke(m, pos, &category))
                    .flatten()
            })
    }

    /// The one public figure of data/people.csv named before `pos` whom a description
    /// names by an office they hold or held ("the Indiana governor" for Mike Pence, "the
    /// GOP presidential nominee" for Donald Trump, "the chancellor" for Gordon Brown): the
    /// same head noun, and every other word of the description the office's
    /// ([`crate::lexicon::Office::names`]). Where several fit, the one whose fitting office
    /// comes first in their row (the one they are best known by) is taken, and none when
    /// that is a tie.
    fn known_office_holder(&self, m: &SpeakerMention, pos: usize) -> Option<usize> {
        // (An office is named in a few words; a longer mention is no such description,
        // and is not read word by word again for every entity.)
        if m.speaker_type != SpeakerType::Person || m.text.split_whitespace().nth(8).is_some() {
            return None;
        }
        let lex = &*LEXICON;
        let description = lex.office(&m.text);
        if !lex.office_heads.contains(&description.head) {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        let mut tie = false;
        for (i, e) in self.list.iter().enumerate() {
            if e.speaker_type != SpeakerType::Person
                || e.mentions.first().is_none_or(|&p| p > pos)
                // (A name's tokens split at hyphens and keep a curly apostrophe, which
                // the list's keys do not: such a name is looked up whole.)
                || !(e.tokens.last().is_some_and(|t| lex.may_be_known(t))
                    || e.name.contains(['-', '\u{2019}']))
            {
                continue;
            }
            // (A surname alone may be any listed person of that name who held the office.)
            let Some(rank) = lex
                .known_people_named(&e.name)
                .into_iter()
                .filter_map(|k| k.offices.iter().position(|o| description.names(o)))
                .min()
            else {
                continue;
            };
            match best {
                Some((r, _)) if r < rank => {}
                Some((r, _)) if r == rank => tie = true,
                _ => {
                    best = Some((rank, i));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|(_, i)| i)
    }

    /// The entity mentioned last before `pos` that a description fits: the same country, and
    /// for a person the same role category (or a role that ends in the description's head),
    /// for an organization or document the same head.
    fn latest_fitting(
        &self,
        m: &SpeakerMention,
        pos: usize,
        category: &Option<String>,
    ) -> Option<usize> {
        let names = names_in_body_description(m);
        let fields = fields_in_body_description(m);
        let party = party_in(&m.text);
        // "Grayson's spokeswoman" is no spokeswoman the article gave another owner
        // ("Murphy's spokeswoman Galia Slayen").
        // A relation is someone's: "his son", "her friend" take up one of the article's
        // people by that very noun ("Mr Nogar's son Stephen"), never by its kind; and one
        // with a named owner ("Tom Hale's agent") only the relation of that owner.
        let personal = is_personal(category);
        let owner = name_owner(&m.text);
        let other_owner = |e: &Entity| {
            owner.as_ref().is_some_and(|o| match &e.role_owner {
                Some(x) => x != o,
                None => personal,
            })
        };
        let generic =
            m.kind == MentionKind::Description && LEXICON.generic_sources.contains(m.head.as_str());
        let fitting = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.mentions.first().is_some_and(|&p| p <= pos))
            .filter(|(_, e)| match (&m.country, &e.country) {
                // ("The French pressure group said ... the group said": a generic noun's
                // "no country" is no country of its own, and any body fits it.)
                // ("The senator, who chairs the Senate Committee on Works": a house or title
                // many countries share says no country the story's people must have.)
                (Some(a), Some(b)) => {
                    a.code == b.code
                        || generic && a.code.is_empty()
                        || crate::attribution::country::from_shared_affiliation(a, &b.code)
                }
                (Some(_), None) => true,
                _ => true,
            })
            .filter(|(_, e)| match m.speaker_type {
                SpeakerType::Person
                    if other_party(party, e) || !genders_agree(m, e) || other_owner(e) =>
                {
                    false
                }
                SpeakerType::Person => person_description_fits(m, e, category, personal),
                SpeakerType::Organization | SpeakerType::Document => {
                    body_description_fits(m, e, &names, &fields)
                }
                SpeakerType::Group => false,
            })
            .map(|(i, e)| (i, &e.mentions[..]));
        // (A relation is taken up close by: in a story of many families, "her friend" is no
        // friend named paragraphs before.)
        let from = if personal { pos.saturating_sub(600) } else { 0 };
        seen_last(fitting, from..pos + 1)
    }

    /// "The company", "the airline": the organization named last, or a bare one-word name
    /// that is nobody's ("Valve"), within a few paragraphs. `first` is the description's
    /// first word, lowercased.
    fn organization_referred_to(
        &self,
        m: &SpeakerMention,
        pos: usize,
        first: &str,
    ) -> Option<usize> {
        // ("the British chartered surveyors' body": a plural owner's body is theirs, no
        // body named before.)
        let plural_owner = m.text.contains("s' ") || m.text.contains("s\u{2019} ");
        if m.speaker_type != SpeakerType::Organization
            || !LEXICON.referring_org_nouns.contains(m.head.as_str())
            || plural_owner
        {
            return None;
        }
        let capitals = |skip: usize| {
            m.text
                .split_whitespace()
                .skip(skip)
                .any(crate::text::tokens::is_capitalized)
        };
        // Only a bare "the company" ("the Trump team" names its own owner), or one whose
        // capitals say where the body is: "The Swedish firm", "the US company", "the
        // Munich-based group" take up the body named last that may be of that country.
        let placed = first == "the"
            && m.head != "team"
            && m.country.is_some()
            && capitals(1)
            && names_a_place(&m.text);
        let bare = !capitals(0) || first == "the" && !capitals(1) || placed;
        if !bare {
            return None;
        }
        // ("Bayern Munich's Champions League match": a possessive inside a run of capitals
        // names no body.) A body the article gave that country is the one meant before one
        // of no known country named after it: "Australian investment group Southern Cross
        // Capital has made an approach for the UK department store chain Hallam's. The
        // Sydney-based firm said".
        let possessive_run = |e: &Entity| e.name.contains("'s ");
        let same_country = |e: &Entity| {
            matches!((&m.country, &e.country), (Some(a), Some(b)) if a.code == b.code)
                && !possessive_run(e)
        };
        if let Some(i) = placed
            .then(|| self.body_named_last(&m.head, pos, same_country))
            .flatten()
        {
            return Some(i);
        }
        self.body_named_last(&m.head, pos, |e| {
            !placed || countries_fit(m, e, false) && !possessive_run(e)
        })
    }

    /// The body named last before `pos` (within a few paragraphs) that a description with
    /// the head noun `head` ("company", "newspaper") may stand for and that `fits`.
    fn body_named_last(
        &self,
        head: &str,
        pos: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let lex = &*LEXICON;
        // A business noun never stands for a university or a council.
        let business = !matches!(
            head,
            "group"
                | "agency"
                | "union"
                | "club"
                | "team"
                | "network"
                | "organisation"
                | "organization"
                | "newspaper"
                | "magazine"
                | "broadcaster"
                | "body"
        );
        // ("The union has backed the pact" after "the Association of Flight Attendants" is the
        // association, not a company or department named since: a body whose name, or listed
        // name ("TUC"), says it is a union.)
        let union = head == UNION;
        // ("The newspaper said" after "Deutsche Boerse will adopt a charm offensive": an
        // outlet's noun stands for no listed body of another kind.)
        let outlet = matches!(head, "newspaper" | "magazine" | "broadcaster" | "paper");
        let bodies = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let public = names_a_public_body(&e.name);
                // ("The club's lawyer" after "Republicans said": a party is no body these
                // nouns take up, as "the party" is not among them.)
                // ("According to the company" after "Liberal Democrat transport spokesman":
                // nor is a party of several words.)
                let party = matches!(&e.tokens[..], [w] if lex.parties.get(w).is_some())
                    || lex
                        .affiliations
                        .longest_at(&e.tokens, 0)
                        .is_some_and(|((_, kind), n)| kind == "party" && n == e.tokens.len());
                // ("... when the Appeal Court ruled the Act was lawful. But the group says":
                // a court is no body these nouns take up either.)
                let court = e
                    .tokens
                    .iter()
                    .any(|t| ["court", "tribunal"].contains(&&**t));
                let left_out = e.described
                    || e.country_name
                    || party
                    || court
                    || business && public
                    || !business && !fits_a_non_business_noun(head, &e.name)
                    || union && !a_union(e)
                    || !fits(e);
                let listed = lex.institutions.get(&e.name);
                // (A business noun stands for a listed company or outlet only: "The firm
                // said" after "The Office for National Statistics said" is the retailer.)
                !left_out
                    && listed.is_none_or(|i| !outlet || i.kind == "media")
                    && listed.is_none_or(|i| !business || ["company", "media"].contains(&&*i.kind))
                    && (e.speaker_type == SpeakerType::Organization
                        && lex.places.get(&e.name).is_none()
                        && listed.is_none_or(|i| i.kind != "government")
                        || e.bare_one_word())
            })
            .map(|(i, e)| (i, &e.mentions[..]));
        seen_last(bodies, (pos + 1).saturating_sub(WITHIN_PARAGRAPHS)..pos + 1)
    }

    /// "The paper said" where no paper of another kind was met: the newspaper named last
    /// (data/newspaper_words.txt), within a few paragraphs.
    fn newspaper_referred_to(&self, m: &SpeakerMention, pos: usize, first: &str) -> Option<usize> {
        let lex = &*LEXICON;
        if m.head != "paper" || first != "the" || m.text.split_whitespace().count() != 2 {
            return None;
        }
        let papers = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.speaker_type == SpeakerType::Organization
                    && !e.described
                    && e.name
                        .split_whitespace()
                        .any(|w| lex.newspaper_words.contains(&w.to_lowercase()))
            })
            .map(|(i, e)| (i, &e.mentions[..]));
        seen_last(papers, (pos + 1).saturating_sub(WITHIN_PARAGRAPHS)..pos + 1)
    }

    /// "The 64-year-old", "the head of the governing body": a person described without a
    /// known role stands for the latest person who spoke. "The American", "the Spaniard": a
    /// demonym stands for the latest person of no other country named in an earlier
    /// sentence, speaker or not.
    fn latest_person_who_spoke(
        &self,
        m: &SpeakerMention,
        pos: usize,
        category: &Option<String>,
    ) -> Option<usize> {
        let lex = &*LEXICON;
        let demonym =
            m.kind == MentionKind::Description && lex.country_words.get(&m.head).is_some();
        let aged = aged(m);
        let partisan = party_member_described(m);
        if m.speaker_type != SpeakerType::Person
            || category.is_none() && !aged && !demonym && !partisan
        {
            return None;
        }
        let party = party_in(&m.text);
        let people = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.speaker_type == SpeakerType::Person && !e.described)
            // "The GOP nominee" is no one the article calls a Democrat.
            .filter(|(_, e)| !other_party(party, e))
            .filter(|(_, e)| countries_fit(m, e, demonym))
            // (Not a club read as a person's name, "Manchester United"; nor a run of
            // capitals no role, given name or report says is a person, "FA Cup".)
            .filter(|(_, e)| {
                !demonym
                    || e.name
                        .split_whitespace()
                        .next()
                        .is_none_or(|w| lex.places.get(w).is_none())
                        && (e.known_as_a_person() || !e.spoke.is_empty())
            })
            .map(|(i, e)| {
                (
                    i,
                    if demonym {
                        &e.mentions[..]
                    } else {
                        &e.spoke[..]
                    },
                )
            });
        let before = if demonym {
            self.sentence_start.min(pos)
        } else {
            pos + 1
        };
        // "the prime minister" is not the last speaker if that one's role is of another kind
        // ("Tory chairman Liam Fox"), nor anyone before (the broad kinds, "head" or
        // "official", fit any).
        let past = past_or_age_described(m);
        let fits = |&i: &usize| past || categories_fit(category, &self.list[i].role_category);
        // (Within 2,000 bytes before `pos`, and before `before`.)
        let recent = (pos + 1).saturating_sub(2000)..before;
        let latest = match seen_last(people.clone(), recent.clone()) {
            Some(i) if fits(&i) => i,
            None if aged => self.person_just_named(m, pos)?,
            _ => return None,
        };
        if genders_agree(m, &self.list[latest]) {
            return Some(latest);
        }
        // "The New York businessman" after Hillary Clinton spoke is not she: the latest of
        // the description's gender, known from a name or a title, is ("the mother" after
        // David Turpin, with no woman named before, is no one).
        seen_last(
            people.filter(|(i, _)| {
                let e = &self.list[*i];
                e.known_gender().is_some() && genders_agree(m, e)
            }),
            recent,
        )
        .filter(fits)
    }

    /// The person named last up to byte `pos`, within 600 bytes, known as a person and of a
    /// country that fits `m`. ("crane operator Luis Zambrano could not hide his excitement.
    /// "...," said the 34-year-old": with no one who spoke before, an age stands for the
    /// person just named, within a paragraph or so.)
    fn person_just_named(&self, m: &SpeakerMention, pos: usize) -> Option<usize> {
        let named = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.speaker_type == SpeakerType::Person && !e.described)
            // (Known to be a person by a role or a given name: not a film's title read as a
            // name, "Rain Man".)
            .filter(|(_, e)| e.known_as_a_person())
            .filter(|(_, e)| countries_fit(m, e, false))
            .map(|(i, e)| (i, &e.mentions[..]));
        seen_last(named, (pos + 1).saturating_sub(600)..pos + 1)
    }

    /// Whether the person first mentioned at or after byte `pos` may be the one an unnamed
    /// source `m` stood for: a full name (not "Fourteen-year-old Zoe"), and a role of the
    /// description's kind when both give one ("a veteran diplomat" is not a communications
    /// director).
    pub fn identifies(&self, m: &SpeakerMention, i: usize, pos: usize) -> bool {
        let e = &self.list[i];
        e.speaker_type == SpeakerType::Person
            && e.tokens.len() >= 2
            && e.mentions.iter().all(|&p| p >= pos)
            && categories_fit(&m.role_category, &e.role_category)
    }

    /// Whether a person is named before byte `pos` ("calling for Donald Trump to be banned
    /// after the U.S. presidential candidate suggested": the description may be theirs).
    pub fn person_named_before(&self, pos: usize) -> bool {
        self.list.iter().any(|e| {
            e.speaker_type == SpeakerType::Person
                && !e.described
                && e.mentions.first().is_some_and(|&p| p < pos)
        })
    }

    /// Whether the text gives entity `i` a role.
    pub fn has_role(&self, i: usize) -> bool {
        self.list[i].role.is_some()
    }

    /// Whether entity `i`'s role ends in the word `head` ("Mayor" for "the mayor of ...").
    pub fn role_ends_in(&self, i: usize, head: &str) -> bool {
        self.list[i]
            .role
            .as_deref()
            .and_then(role_head)
            .is_some_and(|w| w.eq_ignore_ascii_case(head))
    }

    /// The entity's record, for carried statements.
    pub fn speaker_of(&self, i: usize, attribution: Attribution) -> ResolvedSpeaker {
        let e = &self.list[i];
        ResolvedSpeaker {
            speaker: e.name.clone(),
            speaker_type: Some(e.speaker_type),
            role: e.role.clone(),
            country: e.country.clone(),
            attribution,
            entity: Some(i),
        }
    }
}

/// Whether the description `m` gives an age ("the 52-year-old villager": an age before a
/// noun no role lists).
fn aged(m: &SpeakerMention) -> bool {
    m.head.ends_with("-old")
        || m.text
            .split_whitespace()
            .any(|w| w.len() > 8 && w.ends_with("-year-old"))
}

/// Whether the description `m` gives a past role or an age, which may well describe the same
/// person as a role of another kind, by another side ("the 61-year-old retired nurse" after
/// "astronomer Louise Tremblay", "the former senator").
fn past_or_age_described(m: &SpeakerMention) -> bool {
    m.text.split_whitespace().any(|w| {
        ["former", "retired", "ex"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
            || w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ex-"))
            || w.get(w.len().saturating_sub(4)..)
                .is_some_and(|s| s.eq_ignore_ascii_case("-old"))
    })
}

/// Whether body `e` is a union: its head noun, or a word of its name or listed name ("TUC")
/// that says so.
fn a_union(e: &Entity) -> bool {
    const UNION_WORDS: &[&str] = &[
        "union",
        "unions",
        "association",
        "federation",
        "congress",
        "guild",
    ];
    // (Words compared without folding a copy: asked of every body for "the union".)
    let listed = LEXICON.institutions.get(&e.name).map(|i| i.name.as_str());
    e.head == UNION
        || [e.name.as_str()].into_iter().chain(listed).any(|name| {
            name.split_whitespace()
                .any(|w| UNION_WORDS.iter().any(|u| w.eq_ignore_ascii_case(u)))
        })
}

/// Whether a body named `name` may be what a description headed by a noun of no business
/// (`head`: "the agency", "the team") refers back to. A county or a province is never one
/// ("... off Kinmen County. ..., the agency said" is the coast guard named before, "the
/// team" after "Yunnan Province" the researchers); a team or club is no venue ("CPKC
/// Stadium"); an agency no hospital, university or museum.
fn fits_a_non_business_noun(head: &str, name: &str) -> bool {
    const VENUES: &[&str] = &["stadium", "arena"];
    const AGENCY_WORDS: &[&str] = &[
        "agency",
        "authority",
        "administration",
        "office",
        "bureau",
        "service",
        "commission",
        "department",
        "ministry",
        "directorate",
        "inspectorate",
    ];
    let lex = &*LEXICON;
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    if lex.local_governments.contains(&last) {
        return false;
    }
    match head {
        "team" | "club" => !VENUES.contains(&last.as_str()),
        "agency" => {
            !names_a_public_body(name)
                || name
                    .split(' ')
                    .any(|w| AGENCY_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
        }
        _ => true,
    }
}

/// Whether a body's `name` is a public body's or a local government's by its noun.
fn names_a_public_body(name: &str) -> bool {
    let lex = &*LEXICON;
    // ("Office for National Statistics", "Ministry of Finance": a public body's noun may
    // open its name as well as end it.)
    let public_word = |w: &str| {
        let w = w.to_lowercase();
        lex.public_bodies.contains(&w) || lex.local_governments.contains(&w)
    };
    name.rsplit(' ').next().is_some_and(public_word)
        || name.split(' ').next().is_some_and(public_word)
}

/// "The Texas Republican said", "the second-term Democrat says": a definite description
/// headed by a party's member, who is the latest speaker of no other party.
fn party_member_described(m: &SpeakerMention) -> bool {
    m.kind == MentionKind::Description
        && m.text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && LEXICON
            .affiliations
            .get(m.head.as_str())
            .is_some_and(|(_, kind)| kind == "party")
}

/// Whether a title of nobility or the like: "Baroness Boothroyd" is "Betty Boothroyd", and
/// such titles do not count when names are compared.
fn is_name_title(t: &str) -> bool {
    LEXICON.name_titles.contains(t)
}

/// A bit for each of a mention's first 64 words that is a title (past the 64th, each is
/// looked up again).
fn title_bits(toks: &[String]) -> u64 {
    toks.iter()
        .take(64)
        .enumerate()
        .fold(0u64, |bits, (i, t)| bits | u64::from(is_name_title(t)) << i)
}

/// Whether entity `e`'s name holds every word of the mention `toks` but titles, or the
/// mention every word of the name.
fn names_agree(e: &Entity, toks: &[String], toks_title: u64) -> bool {
    // ("Chen said" is not Hsu Yu-chen: a hyphened given name after a family name gives no
    // word alone.)
    if let [t] = toks
        && e.given_name_hyphened_after_family_name()
    {
        return *t == e.tokens[0];
    }
    toks.iter().enumerate().all(|(i, t)| {
        let is_title = if i < 64 {
            toks_title >> i & 1 == 1
        } else {
            is_name_title(t)
        };
        is_title || e.tokens.contains(t)
    }) || e
        .tokens
        .iter()
        .all(|t| toks.contains(t) || is_name_title(t))
}

/// Whether a role is a shadow minister's: every shadow minister is of one kind, so "the
/// shadow chancellor" is taken up by the role's own noun only, and "the chancellor" is not
/// the shadow chancellor.
fn is_shadow(role: &str) -> bool {
    role.split_whitespace().any(|w| w == "shadow")
}

/// The names inside a body's description, which the body it takes up must hold: "The Trump
/// campaign" is not "the Clinton campaign" (a country's adjective is asked of the country).
/// Only a body's description is asked; a person's gives none.
fn names_in_body_description(m: &SpeakerMention) -> Vec<String> {
    match m.speaker_type {
        SpeakerType::Organization | SpeakerType::Document => m
            .text
            .split_whitespace()
            .filter(|w| crate::text::tokens::is_capitalized(w))
            .flat_map(name_tokens)
            .map(|t| without_possessive(&t).to_string())
            .filter(|t| {
                !["the", "a", "an", "this", "that", "its", "their"].contains(&t.as_str())
                    && LEXICON.country_words.get(t).is_none()
                    && !LEXICON.honorifics.contains_key(t.as_str())
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a person's description ("the minister", "the official") takes up entity `e`.
fn person_description_fits(
    m: &SpeakerMention,
    e: &Entity,
    category: &Option<String>,
    personal: bool,
) -> bool {
    let m_shadow = is_shadow(&m.text.to_lowercase());
    // An unnamed source is taken up again by its own noun ("the official"), not by any role
    // of its kind: "the Republican nominee" after "a Homeland Security Department official"
    // is someone named.
    e.speaker_type == SpeakerType::Person
        // ("A source close to the prince said ... The source added": an unnamed source by
        // its own noun, which no role list holds.)
        && (category.is_none() && e.described && e.head == m.head
            || category.is_some()
                && !m_shadow
                && !personal
                && e.role_category == *category
                && (!e.described || e.head == m.head)
                && !other_kind_of_official(m, e, category)
            || e.role.as_ref().is_some_and(|r| {
                let r = r.to_lowercase();
                role_head(&r) == Some(m.head.as_str()) && is_shadow(&r) == m_shadow
            }))
}

/// Whether `m`, a description by an official's role of its own ("the governor"), is another
/// official than `e`, whose role has another head ("FBI Director James Comey", named since
/// Governor Chris Christie): roles.csv's `official` takes in governors, mayors, directors and
/// heads alike, so its kind alone says too little. ("the official" is any of them.)
fn other_kind_of_official(m: &SpeakerMention, e: &Entity, category: &Option<String>) -> bool {
    category.as_deref() == Some("official")
        && m.head != "official"
        && e.role
            .as_deref()
            .and_then(role_head)
            .is_some_and(|h| !h.eq_ignore_ascii_case(&m.head))
}

/// A role's head noun: its last word before a portfolio's "for" or "of" ("Minister" of
/// "Minister for the Environment", "Secretary" of "Secretary of State for Wales").
fn role_head(role: &str) -> Option<&str> {
    let words = || role.split_whitespace();
    words()
        .take_while(|w| !["for", "of"].contains(w))
        .last()
        .or_else(|| words().last())
}

/// Whether a body's or document's description ("the company", "his report") takes up
/// entity `e`, whose name must hold the `names` inside the description.
fn body_description_fits(
    m: &SpeakerMention,
    e: &Entity,
    names: &[String],
    fields: &[&str],
) -> bool {
    e.speaker_type == m.speaker_type
        && (e.head == m.head
            || e.tokens.last().is_some_and(|t| *t == m.head)
            || !e.described && e.tokens.contains(&m.head))
        && (e.described || fields.iter().all(|w| e.tokens.iter().any(|t| t == w)))
        && (!e.described || names.is_empty() || {
            // (An owned description is named for its owner: "his report" is "Wim Kok's
            // report".)
            let named = name_tokens(&e.name);
            names.iter().all(|n| {
                e.tokens
                    .iter()
                    .chain(&named)
                    .any(|t| without_possessive(t) == n)
            })
        })
}

/// The fields a body's description gives in lower case before its head ("foreign" of "the
/// foreign ministry", "health" of "the health department"), which a body it takes up must
/// have in its name: "the foreign ministry" is no Ministry of Commerce named before. Asked
/// once a description, not once an entity.
fn fields_in_body_description(m: &SpeakerMention) -> Vec<&str> {
    if !matches!(
        m.speaker_type,
        SpeakerType::Organization | SpeakerType::Document
    ) {
        return Vec::new();
    }
    let lex = &*LEXICON;
    let mut words = m.text.split_whitespace().rev();
    if !words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(&m.head))
    {
        return Vec::new();
    }
    words
        .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
        .filter(|w| *w == "foreign" || lex.portfolio_fields.contains(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::speakers::analyse;
    use crate::text::units::Units;

    /// The ASCII route of `name_tokens` splits, trims and lowercases as the general one,
    /// on names and on every short string of the characters that matter to it.
    #[test]
    fn ascii_name_tokens_agree_with_the_general_route() {
        let mut names: Vec<String> = [
            "Tony Blair",
            "Jean-Claude Juncker",
            "  O'Brien's  Foods ",
            "U.S. Forces Korea",
            "(USFK) -- Li\tWang\x0bZhao\x0cQian\rSun\nLi",
            "-",
            "",
            "'s",
            "Dr. J. R. R. Tolkien, Jr.",
        ]
        .map(String::from)
        .to_vec();
        let alphabet = [
            ' ', '-', '.', '\'', 'A', 'b', '1', '\t', '\x0b', '\x1f', '(',
        ];
        let mut short = vec![String::new()];
        for _ in 0..4 {
            short = short
                .iter()
                .flat_map(|s| alphabet.iter().map(move |&c| format!("{s}{c}")))
                .collect();
            names.extend(short.iter().cloned());
        }
        for n in &names {
            assert_eq!(name_tokens(n), name_tokens_unicode(n), "{n:?}");
            assert_eq!(name_token_count(n), name_tokens(n).len(), "{n:?}");
        }
    }

    #[test]
    fn a_role_s_head_is_its_last_word_before_a_portfolio() {
        for (role, head) in [
            ("Minister for the Environment", "Minister"),
            ("Secretary of State for Wales", "Secretary"),
            ("foreign minister", "minister"),
        ] {
            assert_eq!(role_head(role), Some(head), "{role}");
        }
    }

    #[test]
    fn one_slip_is_one_edit_or_one_swap() {
        assert!(one_slip("davenport", "daveport"));
        assert!(one_slip("monteith", "montieth"));
        assert!(one_slip("johnson", "jonson"));
        assert!(one_slip("smithe", "smythe"));
        assert!(!one_slip("monteith", "monteith"));
        assert!(!one_slip("johnson", "jackson"));
        assert!(!one_slip("davenport", "daven"));
    }

    fn mention(s: &str) -> SpeakerMention {
        let u = Units::build(s, 0, s.len(), &[]);
        analyse(s, &u, 0, u.len(), None).unwrap()
    }

    /// The speaker a `description` resolves to after the bodies or people `named`, one a
    /// sentence in that order.
    fn speaker_after(named: &[&str], description: &str) -> String {
        let mut e = Entities::default();
        for (pos, n) in named.iter().enumerate() {
            e.resolve(&mention(n), pos, false);
        }
        e.resolve(&mention(description), named.len(), false).speaker
    }

    #[test]
    fn tokens_join_to_a_name_as_join_says() {
        let t = |s: &[&str]| s.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        for (tokens, joined) in [
            (t(&["south", "sudan"]), "south sudan"),
            (t(&["south", "sudan"]), "south  sudan"),
            (t(&["south", "sudan"]), "southsudan"),
            (t(&["south"]), "south sudan"),
            (t(&["south", ""]), "south "),
            (t(&[]), ""),
            (t(&[""]), ""),
            (t(&["a b"]), "a b"),
        ] {
            assert_eq!(
                joins_to(&tokens, joined),
                tokens.join(" ") == joined,
                "{tokens:?}"
            );
        }
    }

    #[test]
    fn the_entity_seen_last_within_a_range_of_positions() {
        let mut a = Vec::new();
        for p in [10, 40, 20, 40, 5] {
            note_position(&mut a, p);
        }
        assert_eq!(a, [5, 10, 20, 40, 40]);
        let b = [15, 30];
        let seen = |within| seen_last([(0, &a[..]), (1, &b[..])].into_iter(), within);
        assert_eq!(seen(0..100), Some(0));
        assert_eq!(seen(0..40), Some(1));
        assert_eq!(seen(0..30), Some(0));
        assert_eq!(seen(11..20), Some(1));
        assert_eq!(seen(16..20), None);
        assert_eq!(seen(0..5), None);
        assert_eq!(seen(0..11), Some(0));
        // A tie goes to the later entity.
        assert_eq!(
            seen_last([(0, &[7][..]), (1, &[7][..])].into_iter(), 0..8),
            Some(1)
        );
    }

    #[test]
    fn names_are_looked_up_among_the_entities_that_share_a_word() {
        let toks = |s: &str| name_tokens(s);
        let mut e = Entities::default();
        let berg = e.register(&mention("Berg"), 0, false).unwrap();
        let vale = e.register(&mention("Ed Vale"), 10, false).unwrap();
        // The name grows fuller; its new words file it too, its old ones still do.
        assert_eq!(e.register(&mention("Anna Berg"), 20, false), Some(berg));
        assert!(e.names.is_none(), "a few entities are scanned");
        let letter = |n: usize| char::from(b'a' + (n % 26) as u8);
        for k in 0..INDEXED_FROM {
            let name = format!("Ida Bb{}{}", letter(k / 26), letter(k));
            e.register(&mention(&name), 30 + k, false);
        }
        let index = e.names.as_ref().expect("many entities are indexed");
        assert_eq!(index.candidates(&toks("Anna")), Some(vec![berg]));
        assert_eq!(index.candidates(&toks("Berg")), Some(vec![berg]));
        assert_eq!(index.candidates(&toks("Anna Vale")), Some(vec![berg, vale]));
        assert_eq!(index.candidates(&toks("Tom Smith")), Some(vec![]));
        // A name of titles alone may be any entity's.
        assert_eq!(index.candidates(&toks("Baroness")), None);
        // The lookups find through it what a scan finds.
        let pos = 10_000;
        assert_eq!(e.register(&mention("Ms Berg"), pos, false), Some(berg));
        assert_eq!(e.register(&mention("Vale"), pos, false), Some(vale));
        assert!(e.knows_surname("Berg") && e.knows_surname("vale"));
        assert!(!e.knows_surname("Anna") && !e.knows_surname("Smith"));
        // (Only a family name listed opens a name family name first.)
        assert!(!e.knows_family_name_first("Anna") && !e.knows_family_name_first("Berg"));
        e.register(&mention("Zhou Minghai"), pos, false);
        assert!(e.knows_family_name_first("Zhou") && !e.knows_surname("Zhou"));
        let ida = e.register(&mention("Ida Bbax"), pos, false);
        assert_eq!(ida.map(|i| e.list[i].name.as_str()), Some("Ida Bbax"));
        // An entity named by titles alone may hold any name, so it is every name's
        // candidate.
        let mut e = Entities::default();
        let mut titles = mention("Ed Vale");
        titles.name = Some("Baroness".into());
        let baroness = e.register(&titles, 0, false).unwrap();
        let index = NameIndex::of(&e.list);
        assert_eq!(index.candidates(&toks("Ed Vale")), Some(vec![baroness]));
    }

    #[test]
    fn a_company_is_named_by_its_first_word() {
        let mut e = Entities::default();
        e.resolve(&mention("Merrill Lynch"), 0, false);
        let short = e.resolve(&mention("Merrill"), 100, false);
        assert_eq!(short.speaker, "Merrill Lynch");
        assert_eq!(short.speaker_type, Some(SpeakerType::Organization));
        // Not a titled person, and not a person named in full who holds the word.
        assert_ne!(
            e.resolve(&mention("Mr Merrill"), 200, false).speaker,
            "Merrill Lynch"
        );
        let mut e = Entities::default();
        e.resolve(&mention("Merrill Lynch"), 0, false);
        e.resolve(&mention("Nick Merrill"), 50, false);
        assert_eq!(
            e.resolve(&mention("Merrill"), 100, false).speaker,
            "Nick Merrill"
        );
    }

    #[test]
    fn it_takes_up_a_bare_one_word_name_only_when_no_body_fits() {
        // "Tidewell admitted ... It said": the one-word name is a body's after all.
        let mut e = Entities::default();
        let name = e.resolve(&mention("Tidewell"), 0, false);
        assert_eq!(name.speaker_type, Some(SpeakerType::Person));
        let it = e.resolve(&mention("It"), 100, false);
        assert_eq!(it.speaker, "Tidewell");
        assert_eq!(it.speaker_type, Some(SpeakerType::Organization));
        // One word with a hyphen is one word ("T-Mobile").
        let mut e = Entities::default();
        e.resolve(&mention("T-Mobile"), 0, false);
        assert_eq!(e.resolve(&mention("It"), 100, false).speaker, "T-Mobile");
        // A body named before is still the one "it" stands for.
        let mut e = Entities::default();
        e.resolve(&mention("the Harbour Company"), 0, false);
        e.resolve(&mention("Tidewell"), 50, false);
        assert_eq!(
            e.resolve(&mention("it"), 100, false).speaker,
            "Harbour Company"
        );
        // A person named with a given name is never "it".
        let mut e = Entities::default();
        e.resolve(&mention("Anna Berg"), 0, false);
        assert_ne!(e.resolve(&mention("it"), 100, false).speaker, "Anna Berg");
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let mut e = Entities::default();
        let full = e.resolve(&mention("Foreign Minister Anna Berg"), 0, false);
        assert_eq!(
            (full.speaker.as_str(), full.attribution),
            ("Anna Berg", Attribution::Explicit)
        );
        let short = e.resolve(&mention("Berg"), 100, false);
        assert_eq!(
            (short.speaker.as_str(), short.attribution),
            ("Anna Berg", Attribution::Name)
        );
        let he = e.resolve(&mention("she"), 200, false);
        assert_eq!(
            (he.speaker.as_str(), he.attribution),
            ("Anna Berg", Attribution::Pronoun)
        );
    }

    #[test]
    fn a_role_that_is_a_given_name_opens_a_name_or_titles_a_known_surname() {
        let mut e = Entities::default();
        let first = e.resolve(&mention("Dean Kiely"), 0, false);
        assert_eq!(first.speaker, "Dean Kiely");
        let mut e = Entities::default();
        e.resolve(&mention("law professor Vikram Amar"), 0, false);
        let titled = e.resolve(&mention("Dean Amar"), 100, false);
        assert_eq!(titled.speaker, "Vikram Amar");
    }

    #[test]
    fn a_description_of_one_gender_is_no_speaker_of_the_other() {
        let mut e = Entities::default();
        e.resolve(&mention("David Turpin"), 0, false);
        let mother = e.resolve(&mention("The mother"), 100, false);
        assert_ne!(mother.speaker, "David Turpin");
        let mut e = Entities::default();
        e.resolve(&mention("Princess Ubolratana Mahidol"), 0, false);
        e.resolve(&mention("King Maha Vajiralongkorn"), 50, false);
        let princess = e.resolve(&mention("the princess"), 100, false);
        assert_eq!(princess.speaker, "Ubolratana Mahidol");
    }

    #[test]
    fn diacritics_do_not_split_an_entity() {
        let mut e = Entities::default();
        e.resolve(&mention("President Recep Tayyip Erdoğan"), 0, false);
        let r = e.resolve(&mention("Erdogan"), 100, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("Recep Tayyip Erdoğan", Attribution::Name)
        );
    }

    #[test]
    fn pronoun_gender_picks_the_compatible_speaker() {
        let mut e = Entities::default();
        e.resolve(&mention("Mr. Tom Reyes"), 0, false);
        e.resolve(&mention("Mrs. Ana Lopez"), 50, false);
        assert_eq!(e.resolve(&mention("he"), 100, false).speaker, "Tom Reyes");
        assert_eq!(e.resolve(&mention("she"), 150, false).speaker, "Ana Lopez");
    }

    #[test]
    fn description_resolves_by_role_category_and_country() {
        let mut e = Entities::default();
        let u = "Liu Jianchao, China's assistant foreign minister";
        let units = Units::build(u, 0, u.len(), &[]);
        let m = analyse(u, &units, 0, 2, Some((3, units.len()))).unwrap();
        e.resolve(&m, 0, false);
        e.resolve(
            &mention("Japanese Deputy Foreign Minister Shinsuke Sugiyama"),
            40,
            false,
        );
        let r = e.resolve(&mention("The Chinese diplomat"), 100, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("Liu Jianchao", Attribution::Description)
        );
        assert_eq!(r.country.unwrap().code, "CN");
    }

    #[test]
    fn a_body_s_description_keeps_its_name() {
        let mut e = Entities::default();
        e.resolve(&mention("The Clinton campaign"), 0, false);
        let r = e.resolve(&mention("The Trump campaign"), 50, false);
        assert_eq!(r.speaker, "the Trump campaign");
        let r = e.resolve(&mention("The Trump campaign"), 90, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("the Trump campaign", Attribution::Description)
        );
        let r = e.resolve(&mention("the campaign"), 120, false);
        assert_eq!(r.speaker, "the Trump campaign");
    }

    #[test]
    fn a_demonym_takes_up_one_who_speaks_for_an_international_body() {
        let mut e = Entities::default();
        e.resolve(&mention("union president Claire Morvan"), 0, false);
        e.resolve(
            &mention("EU Agriculture Commissioner Christophe Hansen"),
            60,
            false,
        );
        e.sentence_start = 110;
        let r = e.resolve(&mention("The Luxembourger"), 120, false);
        assert_eq!(r.speaker, "Christophe Hansen");
    }

    #[test]
    fn a_generic_noun_takes_up_a_description_that_gives_a_country() {
        let mut e = Entities::default();
        e.resolve(&mention("The French pressure group"), 0, false);
        e.resolve(&mention("the BBC News website"), 60, false);
        let r = e.resolve(&mention("the group"), 120, false);
        assert_eq!(r.speaker, "the French pressure group");
    }

    #[test]
    fn a_body_s_noun_owning_a_role_gives_the_body_named_just_before() {
        // (A body named paragraphs before is as often not the one meant.)
        for (pos, country) in [(60, Some("IT")), (900, None)] {
            let mut e = Entities::default();
            e.resolve(&mention("Italian firm Frantoio Lucia"), 0, false);
            let manager = mention("the company's export manager Chiara Lombardi");
            let r = e.resolve(&manager, pos, false);
            assert_eq!(
                r.country.as_ref().map(|c| c.code.as_str()),
                country,
                "{pos}"
            );
        }
    }

    #[test]
    fn a_body_s_first_word_alone_is_the_body_the_article_described() {
        let mut e = Entities::default();
        e.resolve(&mention("UK operator Connex Mobile"), 0, false);
        let r = e.resolve(&mention("Connex"), 60, false);
        assert_eq!(
            (r.speaker.as_str(), r.speaker_type),
            ("Connex Mobile", Some(SpeakerType::Organization))
        );
    }

    #[test]
    fn a_firm_by_its_country_is_the_body_named_last_of_that_country() {
        for (description, body) in [
            ("The Swedish firm", "Electrolux"),
            ("the Stockholm-based company", "Electrolux"),
            // (UBS is Swiss; a Danish firm is none the article named.)
            ("the Danish firm", "the Danish firm"),
            // (A city alone, or a name, is another body's.)
            ("the Stockholm bank", "the Stockholm bank"),
            ("the Google team", "the Google team"),
        ] {
            let mut e = Entities::default();
            e.resolve(&mention("Swiss bank UBS"), 0, false);
            e.resolve(&mention("Electrolux"), 40, false);
            let r = e.resolve(&mention(description), 80, false);
            assert_eq!(r.speaker, body, "{description}");
        }
    }

    /// "The agency said" after "the Government Accountability Office", "the FBI": a public
    /// body, or a business, named last (an agency is no business only).
    #[test]
    fn the_agency_is_the_body_named_last() {
        for body in [
            "Government Accountability Office",
            "FBI",
            "Standard & Poor's",
        ] {
            let mut e = Entities::default();
            e.resolve(&mention("Senator Ann Kerr"), 0, false);
            e.resolve(&mention(body), 40, false);
            let r = e.resolve(&mention("the agency"), 80, false);
            assert_eq!(r.speaker, body, "{body}");
        }
    }

    /// "The industry body", "the trade body" take up the body named last, a public one
    /// included (no business noun); a plural owner's body ("the surveyors' body") is theirs.
    #[test]
    fn the_trade_body_is_the_body_named_last() {
        for body in [
            "MPAA",
            "British Beer and Pub Association",
            "Office of Fair Trading",
        ] {
            let named = ["Senator Ann Kerr", body];
            assert_eq!(speaker_after(&named, "the trade body"), body, "{body}");
        }
        assert_eq!(
            speaker_after(&["Rental Disputes Centre"], "the chartered surveyors' body"),
            "the chartered surveyors' body"
        );
    }

    #[test]
    fn a_firm_of_that_country_comes_before_one_of_no_known_country() {
        let mut e = Entities::default();
        e.resolve(&mention("Swedish firm Electrolux"), 0, false);
        e.resolve(&mention("Acme Group"), 40, false);
        let r = e.resolve(&mention("The Swedish firm"), 80, false);
        assert_eq!(r.speaker, "Electrolux");
        // With no body of that country, the one named last that may be of it.
        let mut e = Entities::default();
        e.resolve(&mention("Vasa Group"), 0, false);
        e.resolve(&mention("Acme Group"), 40, false);
        let r = e.resolve(&mention("The Swedish firm"), 80, false);
        assert_eq!(r.speaker, "Acme Group");
    }

    /// An abbreviation stands for a body spelled out before it, a country's word before the
    /// body's name giving no letter.
    #[test]
    fn an_abbreviation_after_a_country_s_word() {
        let named = ["the US Securities and Exchange Commission"];
        assert_eq!(
            speaker_after(&named, "the SEC"),
            "US Securities and Exchange Commission"
        );
    }

    /// A field the description gives must be in the body's name.
    #[test]
    fn the_foreign_ministry_is_no_ministry_of_another_field() {
        let named = ["the Ministry of Commerce"];
        assert_eq!(
            speaker_after(&named, "the ministry"),
            "Ministry of Commerce"
        );
        assert_eq!(
            speaker_after(&named, "the foreign ministry"),
            "the foreign ministry"
        );
        let named = ["the Ministry of Foreign Affairs"];
        assert_eq!(
            speaker_after(&named, "the foreign ministry"),
            "Ministry of Foreign Affairs"
        );
    }

    #[test]
    fn the_company_is_no_party_or_authority_named_since() {
        // A party of several words, and a public authority, are no company.
        let named = [
            "Thameside Trains Ltd",
            "the Strategic Rail Authority",
            "Liberal Democrat",
        ];
        assert_eq!(speaker_after(&named, "the company"), "Thameside Trains Ltd");
        // Nor is a court "the group".
        let named = ["the Countryside Alliance", "the Appeal Court"];
        assert_eq!(speaker_after(&named, "the group"), "Countryside Alliance");
    }

    #[test]
    fn a_hyphened_given_name_after_a_family_name_gives_no_surname() {
        let mut e = Entities::default();
        e.resolve(&mention("Legislator Chen Kuo-hua"), 0, false);
        e.resolve(&mention("Hsu Yu-chen"), 40, false);
        let r = e.resolve(&mention("Chen"), 80, false);
        assert_eq!(r.speaker, "Chen Kuo-hua");
        let r = e.resolve(&mention("Hsu"), 120, false);
        assert_eq!(r.speaker, "Hsu Yu-chen");
    }

    #[test]
    fn an_agency_or_a_team_is_no_county_venue_or_hospital() {
        for (named, description, body) in [
            (
                ["The Coast Guard Administration", "Kinmen County"],
                "the agency",
                "Coast Guard Administration",
            ),
            (
                ["the Office of Health Strategy", "Quinebaug Valley Hospital"],
                "the agency",
                "Office of Health Strategy",
            ),
            (["Arsenal", "the Emirates Stadium"], "The team", "Arsenal"),
        ] {
            assert_eq!(speaker_after(&named, description), body, "{named:?}");
        }
    }

    #[test]
    fn the_paper_is_the_newspaper_named_last_unless_a_paper_was_met() {
        let mut e = Entities::default();
        e.resolve(&mention("the Financial Times"), 0, false);
        let r = e.resolve(&mention("The paper"), 60, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("Financial Times", Attribution::Description)
        );
        let mut e = Entities::default();
        e.resolve(&mention("the Financial Times"), 0, false);
        e.resolve(&mention("a white paper"), 40, false);
        let r = e.resolve(&mention("the paper"), 80, false);
        assert_eq!(r.speaker, "a white paper");
    }

    #[test]
    fn a_pronoun_is_not_the_person_its_statement_names_with_a_title() {
        let mut e = Entities::default();
        e.resolve(&mention("Tony Blair"), 0, false);
        e.resolve(&mention("Michael Howard"), 40, false);
        e.resolve(&mention("Tony Blair"), 80, false);
        // "He said Mr Blair had failed": not Blair.
        e.titled_in_content = vec!["blair".into()];
        let he = e.resolve(&mention("He"), 120, false);
        assert_eq!(he.speaker, "Michael Howard");
        // Without the title in the statement, the latest speaker.
        let mut e = Entities::default();
        e.resolve(&mention("Michael Howard"), 40, false);
        e.resolve(&mention("Tony Blair"), 80, false);
        let he = e.resolve(&mention("He"), 120, false);
        assert_eq!(he.speaker, "Tony Blair");
    }

    #[test]
    fn a_document_with_no_determiner_or_owner_is_unnamed() {
        for (s, a) in [
            ("official data", Attribution::Unnamed),
            ("government figures", Attribution::Unnamed),
            ("new research", Attribution::Unnamed),
            ("the report", Attribution::Unresolved),
            ("Mr Crosby's statement", Attribution::Unresolved),
        ] {
            let mut e = Entities::default();
            assert_eq!(e.resolve(&mention(s), 0, false).attribution, a, "{s}");
        }
    }

    #[test]
    fn unnamed_sources_stay_unnamed_and_can_be_referred_to() {
        let mut e = Entities::default();
        let r = e.resolve(&mention("Local residents"), 0, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("local residents", Attribution::Unnamed)
        );
        let they = e.resolve(&mention("they"), 50, false);
        assert_eq!(
            (they.speaker.as_str(), they.attribution),
            ("local residents", Attribution::Pronoun)
        );
        // A definite description that nothing takes up stands for someone unnamed here.
        let r = e.resolve(&mention("the company"), 80, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("the company", Attribution::Unresolved)
        );
        let r = e.resolve(&mention("A spokesman"), 90, false);
        assert_eq!(
            (r.speaker.as_str(), r.attribution),
            ("a spokesman", Attribution::Unnamed)
        );
    }
}
