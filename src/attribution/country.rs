//! Countries: the dateline's country, and the choice between the evidence found.
//!
//! Explicit evidence (a country word tied to the speaker) is found with the mention in
//! `speakers`; here the weaker kinds are added: the country of a wire story's dateline for
//! a speaker the article ties to no country, and nothing at all for international bodies.

use std::sync::LazyLock;

use crate::attribution::names;
use crate::attribution::speakers::{CountryBasis, CountryEvidence, honorific_before};
use crate::lexicon::{CountryWordKind, LEXICON, StartBit};
use crate::text::structure::Dateline;
use crate::text::units::Units;

/// The currency signs of the lexicon, each with its finder, in the lexicon's order.
static SIGN_FINDERS: LazyLock<Vec<(usize, memchr::memmem::Finder<'static>)>> =
    LazyLock::new(|| {
        let lex: &'static crate::lexicon::Lexicon = &LEXICON;
        lex.currency_signs
            .iter()
            .map(|&ci| {
                (
                    ci,
                    memchr::memmem::Finder::new(lex.currencies[ci].0.as_bytes()),
                )
            })
            .collect()
    });

/// Whether the word at `k` stands in parentheses after a lowercase word, the abbreviation
/// of the phrase before it: "minimum support price (MSP)" is no Member of the Scottish
/// Parliament.
fn defines_an_abbreviation(text: &str, units: &Units, k: usize) -> bool {
    k >= 2
        && units.text(text, k - 1, k) == "("
        && units.units[k - 2].is_word()
        && !units.is_capitalized_word(text, k - 2)
}

/// The country of a dateline place ("BEIJING", "SAN FRANCISCO", "Kashgar, Xinjiang").
pub fn dateline_country(d: &Dateline) -> Option<CountryEvidence> {
    // Try the whole place, then each comma-separated part from the last ("Urumqi, Xinjiang").
    let mut parts: Vec<&str> = vec![d.place.as_str()];
    parts.extend(d.place.rsplit(',').map(str::trim));
    parts
        .into_iter()
        .find_map(|p| place_code(&names::title_case(p)))
        .or_else(|| dateline_state(d).map(|_| "US"))
        .map(|code| evidence(code, &d.place))
}

/// The US state a dateline writes by an AP abbreviation that places.csv leaves out, after
/// its city ("LAWRENCEVILLE, Ga."; data/state_abbreviations.csv).
fn dateline_state(d: &Dateline) -> Option<&'static str> {
    let (city, state) = d.place.rsplit_once(',')?;
    if city.trim().is_empty() {
        return None;
    }
    let lex: &'static crate::lexicon::Lexicon = &LEXICON;
    lex.state_abbreviated(state.trim().strip_suffix('.')?)
}

/// The country a story's speakers take where the text ties them to none: the dateline's,
/// a wire's ("BEIJING, May 3 (Xinhua) --") or a newspaper's own ("SINGAPORE --",
/// "WASHINGTON --"): where a story was filed is where the people it quotes with no country
/// of their own are, even when another country's places are named more often (a Singapore
/// paper on the rail link to Johor Bahru). With no dateline, the country the article is
/// mostly about (`tally`), else the one it names most.
pub fn story_country(dateline: Option<&Dateline>, tally: &CountryTally) -> Option<CountryEvidence> {
    dateline
        .and_then(dateline_country)
        .or_else(|| tally.focus())
        .or_else(|| tally.named_most())
}

/// The country of the place a sentence opens with ("In Spain, the health ministry said
/// ...", "In Mexico City, ..."): a roundup's paragraph tells where what it reports
/// happens, which speakers the text ties to no country take before the dateline's.
pub fn scene_country(sentence: &str) -> Option<CountryEvidence> {
    if let Some(phrase) = sentence.strip_prefix("Speaking ") {
        return speaking_in(phrase);
    }
    let rest = sentence.strip_prefix("In ")?;
    // The place is the capitalized words before a comma or an article ("In Hungary the
    // Danube ...").
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let (mut start, mut words) = (0, 0);
    let end = loop {
        let word_end = start + rest[start..].find(' ')?;
        let written = &rest[start..word_end];
        let word = written.strip_suffix(',').unwrap_or(written);
        if words == 3 || !capitalized(word) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        words += 1;
        let next = &rest[word_end + 1..];
        if word.len() < written.len() || ["the ", "a ", "an "].iter().any(|a| next.starts_with(a)) {
            break start + word.len();
        }
        // ("In Sweden last Thursday, to pick up an award, Stone ...": a visit's time.)
        if !capitalized(next) {
            return None;
        }
        start = word_end + 1;
    };
    let place = &rest[..end];
    place_code(place).map(|code| CountryEvidence {
        code: code.to_string(),
        basis: CountryBasis::Inferred,
        evidence: format!("in {place}"),
    })
}

/// The country of the place an opening "Speaking ..." phrase ends in ("Speaking at the
/// company's headquarters in Nagoya, president Hiroshi Takeda said", "Speaking from
/// Jakarta, ..."): where the speaker spoke, one to three capitalized words after its last
/// "in" or "from" before the comma.
fn speaking_in(phrase: &str) -> Option<CountryEvidence> {
    let phrase = &phrase[..phrase.find([',', '.', ';'])?];
    let place = ["in ", "from "]
        .iter()
        .filter_map(|p| {
            let at = phrase.rfind(&format!(" {p}")).map(|k| k + 1 + p.len());
            at.or_else(|| phrase.starts_with(p).then_some(p.len()))
        })
        .max()
        .map(|k| &phrase[k..])?;
    let words = place.split(' ').count();
    let capitalized = place.split(' ').all(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().all(|b| b.is_ascii_alphabetic())
    });
    (capitalized && words <= 3)
        .then(|| place_code(place))
        .flatten()
        .map(|code| CountryEvidence {
            code: code.to_string(),
            basis: CountryBasis::Inferred,
            evidence: format!("in {place}"),
        })
}

/// The country of a public figure data/people.csv knows ("Tony Blair", "Serena
/// Williams", "Arsene Wenger"), by the speaker's fullest name: the text often names no
/// country for them at all, or a place of the story's ("Australian Open champion Roger
/// Federer", Mr Blair in a story about Turkey), while a reader knows theirs.
pub fn known_person(name: &str) -> Option<CountryEvidence> {
    // (A surname alone is `known_surname`'s: a weaker guess.)
    listed(name, true, "known person")
}

/// The country of a speaker the story names by surname only ("Obama", "Putin") when
/// data/people.csv lists that surname as one that names a person alone: a weaker guess than
/// a full name's, so it only stands where the article ties the speaker to no country.
pub fn known_surname(name: &str) -> Option<CountryEvidence> {
    if name.contains(' ') {
        return None;
    }
    listed(name, false, "known surname")
}

/// The country data/people.csv gives `name`, when its key is a full name (`full`) or a
/// one-word alias (not `full`), with `kind` before the name as its evidence.
fn listed(name: &str, full: bool, kind: &str) -> Option<CountryEvidence> {
    let key = crate::lexicon::person_key(name);
    if key.contains(' ') != full {
        return None;
    }
    let person = LEXICON.known_people.get(&key)?;
    Some(CountryEvidence {
        code: person.country.clone(),
        basis: CountryBasis::Inferred,
        evidence: format!("{kind} {name}"),
    })
}

/// Titles of the peerage that make a person British ("Lord Falconer", "Baroness Kennedy"):
/// a peer sits in the UK's House of Lords. "Lady", "Earl" and "Duke" are left out: they
/// also open names ("Earl Woods", "Duke Ellington", "Lady Gaga").
const PEER_TITLES: &[&str] = &["Lord", "Baroness", "Viscount", "Viscountess", "Marquess"];

/// The United Kingdom for a peer named by title ("Lord Goldsmith", "Lord Nicholls of
/// Birkenhead").
pub fn peer(name: &str) -> Option<CountryEvidence> {
    let (title, rest) = name.split_once(' ')?;
    if !PEER_TITLES.contains(&title) || !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(CountryEvidence {
        code: "GB".to_string(),
        basis: CountryBasis::Inferred,
        evidence: format!("peer's title {title}"),
    })
}

/// The alpha-2 code of a country's name or capital, or of a known place, written in title
/// case.
fn place_code(place: &str) -> Option<&'static str> {
    let lex: &'static crate::lexicon::Lexicon = &LEXICON;
    if let Some(&(ci, kind)) = lex.country_words.get(place)
        && matches!(kind, CountryWordKind::Capital | CountryWordKind::Name)
    {
        return Some(&lex.country(ci).alpha2);
    }
    lex.places.get(place).map(|(code, _)| &**code)
}

/// Counts the country words and places of an article, to name the country it is mostly
/// about: a fallback for speakers the text ties to no country in a story with no dateline.
#[derive(Debug, Default)]
pub struct CountryTally {
    counts: Vec<(String, usize)>,
    /// Sums in a currency of one country: (its index in data/currencies.csv, count).
    money: Vec<(usize, usize)>,
    /// For each name of data/place_homonyms.csv: how often it was written, and how often
    /// another word of its country ("Georgian", "Tbilisi").
    homonyms: Vec<(usize, usize)>,
    /// The countries whose parties the article names ("Republican", "Democrats"): a
    /// story of a state's politics says its country so, however seldom it names it.
    parties: Vec<String>,
    /// The US states whose AP abbreviation the article writes after a city ("Georgia" for
    /// "LAWRENCEVILLE, Ga."): a homonym of one is that state.
    abbreviated_states: Vec<&'static str>,
}

/// The state whose AP abbreviation, one that places.csv leaves out, unit `k` is, as written
/// after a city and its comma and before its period ("LAWRENCEVILLE, Ga. —", "Erie, Pa.";
/// data/state_abbreviations.csv): matched as written, since "GA" or "Ind" alone may be
/// anything.
fn state_abbreviated_after_a_city(text: &str, units: &Units, k: usize) -> Option<&'static str> {
    if k < 2
        || k + 1 >= units.len()
        || units.text(text, k + 1, k + 2) != "."
        || units.text(text, k - 1, k) != ","
        || !units.is_capitalized_word(text, k - 2)
    {
        return None;
    }
    let lex: &'static crate::lexicon::Lexicon = &LEXICON;
    lex.state_abbreviated(units.text(text, k, k + 1))
}

/// A country name the article uses for a place of another country ("Georgia", the US
/// state): (the name, its country's alpha-2, the other's).
pub type ReadAsPlace = (&'static str, &'static str, &'static str);

impl CountryTally {
    /// Counts the country names, adjectives, demonyms, capitals and places in a sentence.
    pub fn add_sentence(&mut self, text: &str, units: &Units) {
        let lex = &*LEXICON;
        self.add_money(text, units);
        let mut k = 0;
        while k < units.len() {
            if !units.is_capitalized_word(text, k) {
                k += 1;
                continue;
            }
            // One start bit for the four maps asked.
            let bit = StartBit::of(&units.words[k]);
            let code = if let Some((&(ci, kind), n)) =
                lex.country_words.longest_at_bit(&units.words, k, bit)
            {
                let at = k;
                k += n;
                // A surname or given name that is a country's ("Jim Jordan", "Chad Smith").
                // ("US$6 billion": a currency's sign, which papers outside the US write,
                // names no place.)
                if in_person_name(text, units, at, n, kind) || currency_prefix(text, units, k) {
                    continue;
                }
                let code = lex.country(ci).alpha2.as_str();
                self.count_homonym(units, (at, n), kind, code);
                code
            } else if let Some(((code, _), n)) = lex.places.longest_at_bit(&units.words, k, bit) {
                k += n;
                code.as_str()
            } else if let Some(state) = state_abbreviated_after_a_city(text, units, k) {
                k += 1;
                self.note_state(state);
                "US"
            } else if let Some((inst, n)) = lex.institutions.longest_at_bit(&units.words, k, bit)
                && (inst.is_shared_party()
                    || inst.country.is_some()
                        && ["government", "agency"].contains(&inst.kind.as_str())
                        && !(k + n < units.len() && units.is_capitalized_word(text, k + n))
                        && !(k > 0 && units.is_capitalized_word(text, k - 1)))
            {
                // A country's own bodies ("the White House", "the Kremlin", "the FBI") say
                // what the story is about; a news outlet quoted or credited, a company's
                // product ("a Boeing 707") and a longer name that holds one ("Toronto
                // Congress Centre") do not. ("Social Democrats", a party several countries
                // have, says none, and holds no US "Democrats".)
                k += n;
                match inst.country.as_deref() {
                    Some(code) => code,
                    None => continue,
                }
            } else if let Some(((code, kind), n)) =
                lex.affiliations.longest_at_bit(&units.words, k, bit)
                && (code.is_empty() && kind == "party"
                    || !(code.is_empty()
                        || defines_an_abbreviation(text, units, k)
                        || kind == "party"
                            && (k + n < units.len()
                                && units.is_capitalized_word(text, k + n)
                                && lex.names_a_body_after_a_party_word(&units.words[k + n])
                                || lex.portfolio_after_role(&units.words, k))))
            {
                // Party and institution words say the country a story is about ("Tory",
                // "Republicans", "MPs", "Westminster"); a shared party's name says none.
                k += n;
                if code.is_empty() {
                    continue;
                }
                if kind == "party" && !self.parties.contains(code) {
                    self.parties.push(code.clone());
                }
                code.as_str()
            } else {
                k += 1;
                continue;
            };
            self.count(code);
        }
    }

    /// Counts the sums in a currency of one country: its sign in the sentence ("£5bn"), or
    /// its name as a word ("300m yuan").
    fn add_money(&mut self, text: &str, units: &Units) {
        let lex = &*LEXICON;
        let (Some(first), Some(last)) = (units.units.first(), units.units.last()) else {
            return;
        };
        let sentence = &text[first.start()..last.end()];
        let words = units
            .words
            .iter()
            .filter_map(|w| lex.currency_words.get(&**w));
        // (memmem's vector search: the sign is looked for in every sentence, by a finder
        // built once, not once a sentence. Every sign is written outside ASCII, so most
        // sentences of English news are asked nothing.)
        let ascii = sentence.is_ascii();
        let signs = SIGN_FINDERS
            .iter()
            .filter(|_| !ascii)
            .flat_map(|(ci, f)| f.find_iter(sentence.as_bytes()).map(move |_| ci));
        for &ci in words.chain(signs) {
            match self.money.iter_mut().find(|(m, _)| *m == ci) {
                Some((_, c)) => *c += 1,
                None => self.money.push((ci, 1)),
            }
        }
    }

    /// Counts a country word of a country one of whose names may stand for a place
    /// elsewhere: that name, or another word of the country.
    fn count_homonym(
        &mut self,
        units: &Units,
        (at, n): (usize, usize),
        kind: CountryWordKind,
        code: &str,
    ) {
        let homonyms = &LEXICON.place_homonyms;
        for (i, h) in homonyms.iter().enumerate() {
            if h.country != code || n == 1 && h.shared.iter().any(|w| units.words[at] == *w) {
                continue;
            }
            if self.homonyms.len() < homonyms.len() {
                self.homonyms.resize(homonyms.len(), (0, 0));
            }
            let named = kind == CountryWordKind::Name
                && n == 1
                && units.words[at].eq_ignore_ascii_case(&h.name);
            if named {
                self.homonyms[i].0 += 1;
            } else {
                self.homonyms[i].1 += 1;
            }
        }
    }

    /// The country names of data/place_homonyms.csv this article uses for the other
    /// place: written, with no other word of their country, in a story that names the
    /// other country as often ("a Georgia Republican" beside "the U.S. Senate"; a story
    /// about Georgia names it more often than the US it mentions). Their counts move
    /// to the other country, so the story's focus says so too.
    pub fn places_read_as_homonyms(&mut self) -> Vec<ReadAsPlace> {
        let lex: &'static crate::lexicon::Lexicon = &LEXICON;
        let mut read = Vec::new();
        for (i, h) in lex.place_homonyms.iter().enumerate() {
            let (name, country, also) = (&h.name, &h.country, &h.also);
            let Some(&(named, confirmed)) = self.homonyms.get(i) else {
                break;
            };
            let other = self
                .counts
                .iter()
                .find(|(c, _)| c == also)
                .map_or(0, |(_, n)| *n);
            // (Or the other country's parties: an Atlanta paper's "Georgia Supreme Court"
            // story names Georgia six times, and Washington once, but "Republican" twice.)
            // (Or the state's own abbreviation after a city: a school board story datelined
            // "LAWRENCEVILLE, Ga." names Georgia four times and the US nowhere else.)
            let abbreviated = self.abbreviated_states.contains(&name.as_str());
            if named == 0
                || confirmed > 0
                || other < named && !self.parties.contains(also) && !abbreviated
            {
                continue;
            }
            if let Some((_, n)) = self.counts.iter_mut().find(|(c, _)| c == country) {
                *n -= named.min(*n);
            }
            for _ in 0..named {
                self.count(also);
            }
            read.push((name.as_str(), country.as_str(), also.as_str()));
        }
        read
    }

    /// Notes the US state a dateline abbreviates ("LAWRENCEVILLE, Ga."), before the
    /// homonyms are read: Georgia is that state.
    pub fn note_dateline(&mut self, d: &Dateline) {
        if let Some(state) = dateline_state(d) {
            self.note_state(state);
        }
    }

    /// Notes a US state the article writes by its AP abbreviation, once.
    fn note_state(&mut self, state: &'static str) {
        if !self.abbreviated_states.contains(&state) {
            self.abbreviated_states.push(state);
        }
    }

    /// How often the article names each country: (alpha-2, count), once the tally is done.
    pub fn into_counts(self) -> Vec<(String, usize)> {
        self.counts
    }

    /// Adds a headline's counts (`headline`, counted as a sentence) once the body has
    /// decided how it reads its homonyms (`read`): a headline's "Georgia" over a story that
    /// means the US state is the state too.
    pub fn add_headline(&mut self, mut headline: CountryTally, read: &[ReadAsPlace]) {
        for (i, h) in LEXICON.place_homonyms.iter().enumerate() {
            let (name, country, also) = (&h.name, &h.country, &h.also);
            let named = headline.homonyms.get(i).map_or(0, |h| h.0);
            if named > 0 && read.iter().any(|r| r.0 == name && r.1 == country) {
                if let Some((_, n)) = headline.counts.iter_mut().find(|(c, _)| c == country) {
                    *n -= named.min(*n);
                }
                for _ in 0..named {
                    headline.count(also);
                }
            }
        }
        for (code, n) in &headline.counts {
            for _ in 0..*n {
                self.count(code);
            }
        }
        for &(ci, n) in &headline.money {
            match self.money.iter_mut().find(|(c, _)| *c == ci) {
                Some((_, m)) => *m += n,
                None => self.money.push((ci, n)),
            }
        }
    }

    fn count(&mut self, code: &str) {
        match self.counts.iter_mut().find(|(c, _)| c == code) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((code.to_string(), 1)),
        }
    }

    /// The country named more often than any other, and at least twice, where none is named
    /// in half of the mentions: a weaker sign than [`CountryTally::focus`], taken only where
    /// neither it nor a dateline says anything. Most speakers of a story that names its own
    /// country a few times among others are of it (a BBC story on a Dutch bid for a British
    /// pub chain, a Toronto paper on US steel duties); those the text ties to another country
    /// keep theirs.
    pub fn named_most(&self) -> Option<CountryEvidence> {
        let total: usize = self.counts.iter().map(|(_, n)| n).sum();
        let (code, n) = self.counts.iter().max_by_key(|(_, n)| *n)?;
        let alone = self.counts.iter().all(|(c, m)| c == code || m < n);
        (*n >= 2 && alone).then(|| CountryEvidence {
            code: code.clone(),
            basis: CountryBasis::Inferred,
            evidence: format!(
                "country named most: {} ({n} of {total} place mentions)",
                country_name(code).unwrap_or(code)
            ),
        })
    }

    /// The country named in at least half of the mentions, and at least three times; or
    /// named twice where no other is named at all (a short US political story that says "the
    /// U.S." and "America" and nothing else: PolNeAR's gold gives its people the US).
    pub fn focus(&self) -> Option<CountryEvidence> {
        let total: usize = self.counts.iter().map(|(_, n)| n).sum();
        let top = self
            .counts
            .iter()
            .max_by_key(|(c, n)| (*n, std::cmp::Reverse(c.clone())));
        if let Some((code, n)) = top
            && (*n >= 3 && 2 * n >= total || *n == 2 && total == 2)
        {
            let name = country_name(code).unwrap_or(code);
            return Some(CountryEvidence {
                code: code.clone(),
                basis: CountryBasis::Inferred,
                evidence: format!("article about {name} ({n} of {total} place mentions)"),
            });
        }
        // A story that names no place but counts its sums in one country's currency ("£5bn")
        // is about that country; a place of another country says otherwise.
        let &(ci, n) = self.money.iter().max_by_key(|(_, n)| *n)?;
        let (money, code) = &LEXICON.currencies[ci];
        if self.counts.iter().any(|(c, _)| c != code) {
            return None;
        }
        let name = country_name(code).unwrap_or(code);
        Some(CountryEvidence {
            code: code.clone(),
            basis: CountryBasis::Inferred,
            evidence: format!("article about {name} (sums in {money}, {n} times)"),
        })
    }
}

/// Whether `c` was inferred from a member's title, a party name or a house that many
/// countries share ("title MP", "party Labour", "institution Senate";
/// data/shared_affiliations.txt) and the `story`'s country has too: then the story's
/// country, when it is another, is the speaker's ("Sen. Imee Marcos" in a Philippine story,
/// "Labour leader Chris Hipkins" in one about New Zealand, "who chairs the Senate Committee
/// on Works" in one about Nigeria).
pub fn from_shared_affiliation(c: &CountryEvidence, story: &str) -> bool {
    let named = affiliation_named(c);
    c.basis == CountryBasis::Inferred
        && named.is_some_and(|t| {
            LEXICON
                .shared_affiliations
                .get(&*t.to_lowercase())
                .is_some_and(|also| also.is_empty() || also.iter().any(|code| code == story))
        })
}

/// The country a title, party or house many countries share stands for in a story about
/// none of them (`from_shared_affiliation` answers for the story's own): one of those that
/// have it, named at least twice and more than any other of them, and more than twice as
/// often as the country the evidence gave (`c`, inferred from the shared word, which the
/// count holds too). `counts` is how often the article names each country.
pub fn sharer_named(c: &CountryEvidence, counts: &[(String, usize)]) -> Option<CountryEvidence> {
    let named = affiliation_named(c)?;
    let sharers = LEXICON.shared_affiliations.get(&*named.to_lowercase())?;
    let count = |code: &str| {
        counts
            .iter()
            .find(|(c, _)| c == code)
            .map_or(0, |(_, n)| *n)
    };
    if c.basis != CountryBasis::Inferred || sharers.is_empty() {
        return None;
    }
    let (best, n) = sharers
        .iter()
        .map(|code| (code, count(code)))
        .max_by_key(|&(_, n)| n)?;
    let alone = sharers.iter().filter(|code| count(code) == n).count() == 1;
    (n >= 2 && alone && n > 2 * count(&c.code)).then(|| CountryEvidence {
        code: best.clone(),
        basis: CountryBasis::Inferred,
        evidence: format!(
            "{named} of {} ({n} mentions)",
            country_name(best).unwrap_or(best)
        ),
    })
}

/// Whether `c` was inferred from a US department that the story names by a name other
/// governments' departments have too ("the Department of Energy", not "the U.S. Department
/// of Energy"), itself or as a person's employer ("the department: Department of Energy
/// (institution Department of Energy)"): in a story about another country, that country's
/// (an Abu Dhabi story's Department of Energy; the Philippines has a Department of Health).
pub fn from_generic_department(c: &CountryEvidence) -> bool {
    let named = c.evidence.strip_prefix("institution ").or_else(|| {
        let (_, tail) = c.evidence.rsplit_once("(institution ")?;
        tail.strip_suffix(')')
    });
    c.basis == CountryBasis::Inferred
        && c.code == "US"
        && named.is_some_and(|name| {
            name.starts_with("Department of ")
                && LEXICON
                    .institutions
                    .get(name)
                    .is_some_and(|i| i.kind == "government" && i.name == name)
        })
}

/// The title, party or house a country was inferred from, as its evidence writes it ("MP"
/// of "title MP").
fn affiliation_named(c: &CountryEvidence) -> Option<&str> {
    ["title ", "party ", "institution "]
        .iter()
        .find_map(|kind| c.evidence.strip_prefix(kind))
}

/// Whether the unit `k` is a "$" written against the word before it ("US$", "HK$", "A$"):
/// the word is a currency's prefix.
fn currency_prefix(text: &str, units: &Units, k: usize) -> bool {
    k > 0
        && k < units.len()
        && units.units[k].start() == units.units[k - 1].end()
        && text[units.units[k].start()..].starts_with('$')
}

/// Whether the country word `units[at..at + n]` (of `kind`) is part of a person's name: after
/// a known given name ("Jim Jordan"), itself a given name before a capitalized word that is
/// no place ("Chad Bown", not "Jordan Valley" or "Georgia Tech" when listed as places), or an
/// adjective used as a surname (see [`adjective_as_surname`]).
fn in_person_name(text: &str, units: &Units, at: usize, n: usize, kind: CountryWordKind) -> bool {
    let lex = &*LEXICON;
    let given_before = at > 0
        && units.is_capitalized_word(text, at - 1)
        && lex.given_names.contains_key(units.word(at - 1));
    let given_itself = n == 1
        && lex.given_names.contains_key(units.word(at))
        && at + 1 < units.len()
        && units.is_capitalized_word(text, at + 1)
        && lex.country_words.longest_at(&units.words, at + 1).is_none()
        && lex.places.longest_at(&units.words, at + 1).is_none();
    given_before
        || given_itself
        || n == 1
            && matches!(kind, CountryWordKind::Adjective | CountryWordKind::Demonym)
            && adjective_as_surname(units, at)
}

/// "Mr Irish", "Cuban said", "said Cuban.": after a title, or alone as the subject of a cue or
/// its inverted speaker, the country's adjective at unit `at` is a surname; as an adjective or
/// a people's name it has an article or a noun with it ("the Cuban said", "Cuban officials
/// said"), while a country's name alone speaks for its government ("Germany said").
fn adjective_as_surname(units: &Units, at: usize) -> bool {
    let cues = &LEXICON.cues;
    let word = |k: usize| units.word_or_empty(k);
    let bare = at == 0 || !units.units[at - 1].is_word();
    honorific_before(&units.words, at)
        || bare && cues.get(word(at + 1)).is_some()
        || at > 0
            && cues.get(word(at - 1)).is_some()
            && units.units.get(at + 1).is_none_or(|u| !u.is_word())
}

fn evidence(code: &str, place: &str) -> CountryEvidence {
    CountryEvidence {
        code: code.to_string(),
        basis: CountryBasis::Inferred,
        evidence: format!("dateline {place}"),
    }
}

/// The country name of an alpha-2 code.
pub fn country_name(code: &str) -> Option<&'static str> {
    LEXICON.country_by_code(code).map(|c| c.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A US department named as other governments' departments are is the story's
    /// country's where the story is about another; not one named with its country.
    #[test]
    fn a_us_department_named_as_others_are_may_be_the_story_s() {
        let inferred = |evidence: &str| CountryEvidence {
            code: "US".to_string(),
            basis: CountryBasis::Inferred,
            evidence: evidence.to_string(),
        };
        assert!(from_generic_department(&inferred(
            "institution Department of Energy"
        )));
        assert!(from_generic_department(&inferred(
            "the department: Department of Energy (institution Department of Energy)"
        )));
        assert!(!from_generic_department(&inferred(
            "institution State Department"
        )));
        assert!(!from_generic_department(&inferred("institution Pentagon")));
        let explicit = CountryEvidence {
            basis: CountryBasis::Explicit,
            ..inferred("institution Department of Energy")
        };
        assert!(!from_generic_department(&explicit));
    }

    #[test]
    fn known_people_have_their_country_by_any_spelling_of_their_name() {
        let code = |n: &str| known_person(n).map(|c| c.code);
        assert_eq!(code("Tony Blair").as_deref(), Some("GB"));
        assert_eq!(code("Donald J. Trump").as_deref(), Some("US"));
        assert_eq!(code("Arsène Wenger").as_deref(), Some("FR"));
        assert_eq!(code("Joseph R. Biden Jr.").as_deref(), Some("US"));
        assert_eq!(code("Eddie O\u{2019}Sullivan").as_deref(), Some("IE"));
        assert_eq!(code("Blair"), None, "a surname alone is known_surname's");
        assert_eq!(code("Tony Blairs"), None);
    }

    #[test]
    fn a_surname_listed_alone_gives_its_country() {
        let code = |n: &str| known_surname(n).map(|c| c.code);
        assert_eq!(code("Obama").as_deref(), Some("US"));
        assert_eq!(code("Wenger").as_deref(), Some("FR"));
        assert_eq!(code("Brown"), None, "not listed as naming one person");
        assert_eq!(code("King"), None);
        assert_eq!(code("Nobody"), None);
        assert_eq!(code("Tony Blair"), None, "a full name is known_person's");
    }

    #[test]
    fn a_peer_named_by_title_is_british() {
        let code = |n: &str| peer(n).map(|c| c.code);
        assert_eq!(code("Lord Falconer").as_deref(), Some("GB"));
        assert_eq!(code("Baroness Kennedy").as_deref(), Some("GB"));
        assert_eq!(code("Lord Nicholls of Birkenhead").as_deref(), Some("GB"));
        assert_eq!(code("Lady Gaga"), None);
        assert_eq!(code("Earl Woods"), None);
        assert_eq!(code("Lord"), None);
    }

    fn d(place: &str) -> Dateline {
        Dateline {
            sourced: true,
            start: 0,
            end: 0,
            place: place.into(),
        }
    }

    /// A sentence that opens with "In" and a country or a known place, before a comma or a
    /// lowercase word, sets a scene; a month, a body or a run of four words does not.
    #[test]
    fn a_sentence_opening_with_a_place_sets_its_scene() {
        let code = |s: &str| scene_country(s).map(|c| c.code);
        assert_eq!(
            code("In Spain, the health ministry said ...").as_deref(),
            Some("ES")
        );
        assert_eq!(code("In Hungary the Danube rose.").as_deref(), Some("HU"));
        assert_eq!(
            code("In Mexico City, Trump endured ...").as_deref(),
            Some("MX")
        );
        assert_eq!(
            code("In Serbia, for example, leaders said").as_deref(),
            Some("RS")
        );
        assert_eq!(code("In January, the company said"), None);
        assert_eq!(code("In Sweden last Thursday, Stone said"), None);
        assert_eq!(code("In Congress, Republicans said"), None);
        assert_eq!(code("In Spain"), None);
        assert_eq!(code("In Spain Trump said"), None);
        assert_eq!(code("In South Korean Air Force bases, ..."), None);
        assert_eq!(code("Spain, the ministry said"), None);
        // So does a "Speaking" phrase that ends in a place.
        assert_eq!(
            code("Speaking at the company's headquarters in Nagoya, president Hiroshi Takeda said")
                .as_deref(),
            Some("JP")
        );
        assert_eq!(
            code("Speaking from Jakarta, the minister said").as_deref(),
            Some("ID")
        );
        assert_eq!(code("Speaking to reporters, the minister said"), None);
        assert_eq!(code("Speaking in Kampala in January, he said"), None);
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_country(&d("BEIJING")).unwrap().code, "CN");
        assert_eq!(dateline_country(&d("SEOUL")).unwrap().code, "KR");
        assert_eq!(dateline_country(&d("WASHINGTON")).unwrap().code, "US");
        assert_eq!(dateline_country(&d("SHANGHAI")).unwrap().code, "CN");
        assert!(dateline_country(&d("NOWHERE")).is_none());
        // A state's AP abbreviation that places.csv leaves out, after a city.
        assert_eq!(
            dateline_country(&d("LAWRENCEVILLE, Ga.")).unwrap().code,
            "US"
        );
        assert!(dateline_country(&d("LAWRENCEVILLE, GA")).is_none());
        assert!(dateline_country(&d("Ga.")).is_none());
    }

    /// "Ga." after a city is Georgia the state: it counts for the US, and a story that
    /// writes it reads "Georgia" as the state however seldom it names the US; written
    /// otherwise ("GA", or with no city and comma before it) it says nothing.
    #[test]
    fn a_state_s_abbreviation_after_a_city_names_the_us_and_its_state() {
        let school = [
            "The board met in Lawrenceville, Ga. on Monday.",
            "Georgia lawmakers passed the act.",
            "The Georgia Department of Education said it was one of a dozen.",
            "Georgia's new law bans phones in class.",
        ];
        assert_eq!(
            homonyms_of(&school),
            (vec![("Georgia", "GE", "US")], Some("US".into()))
        );
        let unwritten = [
            "The board met in Lawrenceville, GA on Monday.",
            "Georgia lawmakers passed the act.",
        ];
        assert_eq!(homonyms_of(&unwritten).0, vec![]);
        let mut tally = CountryTally::default();
        tally.note_dateline(&d("LAWRENCEVILLE, Ga."));
        for s in &school[1..] {
            let u = Units::build(s, 0, s.len(), &[]);
            tally.add_sentence(s, &u);
        }
        assert_eq!(
            tally.places_read_as_homonyms(),
            vec![("Georgia", "GE", "US")]
        );
    }

    fn focus_of(sentences: &[&str]) -> Option<String> {
        let mut tally = CountryTally::default();
        for s in sentences {
            let u = Units::build(s, 0, s.len(), &[]);
            tally.add_sentence(s, &u);
        }
        tally.focus().map(|c| c.code)
    }

    #[test]
    fn a_newspaper_s_own_dateline_decides_before_the_places() {
        let story = |sentences: &[&str], place: &str| {
            let mut tally = CountryTally::default();
            for s in sentences {
                let u = Units::build(s, 0, s.len(), &[]);
                tally.add_sentence(s, &u);
            }
            let own = Dateline {
                sourced: false,
                ..d(place)
            };
            story_country(Some(&own), &tally).map(|c| c.code)
        };
        // Places of two countries, neither half: where the story was filed.
        let mixed = ["Fires in Sumatra spread smoke.", "Schools in Johor closed."];
        assert_eq!(story(&mixed, "SINGAPORE").as_deref(), Some("SG"));
        // A story filed at home about a neighbour names the neighbour's places more often
        // ("SINGAPORE -- ... the RTS Link's Bukit Chagar station in Johor Bahru ..."), while
        // the people it quotes with no country of their own are the paper's.
        let johor = [
            "Johor Bahru and Bukit Chagar will be linked.",
            "Iskandar Puteri waits too.",
            "Malaysia agreed.",
        ];
        assert_eq!(story(&johor, "SINGAPORE").as_deref(), Some("SG"));
        // With no dateline, the places decide.
        let mut tally = CountryTally::default();
        for s in johor {
            let u = Units::build(s, 0, s.len(), &[]);
            tally.add_sentence(s, &u);
        }
        assert_eq!(
            story_country(None, &tally).map(|c| c.code).as_deref(),
            Some("MY")
        );
    }

    #[test]
    fn the_country_named_most_is_the_last_resort() {
        let story = |sentences: &[&str], place: Option<&str>| {
            let mut tally = CountryTally::default();
            for s in sentences {
                let u = Units::build(s, 0, s.len(), &[]);
                tally.add_sentence(s, &u);
            }
            let own = place.map(|p| Dateline {
                sourced: false,
                ..d(p)
            });
            story_country(own.as_ref(), &tally).map(|c| (c.code, c.evidence))
        };
        // Named more often than any other, twice, but not in half the mentions.
        let mostly_french = ["Paris and Lyon voted.", "Berlin and Madrid watched."];
        let (code, evidence) = story(&mostly_french, None).unwrap();
        assert_eq!(code, "FR");
        assert!(
            evidence.starts_with("country named most: France (2 of 4"),
            "{evidence}"
        );
        // A dateline says more; a tie says nothing.
        assert_eq!(story(&mostly_french, Some("ROME")).unwrap().0, "IT");
        assert_eq!(story(&["Paris and Berlin voted."], None), None);
    }

    fn homonyms_of(sentences: &[&str]) -> (Vec<ReadAsPlace>, Option<String>) {
        let mut tally = CountryTally::default();
        for s in sentences {
            let u = Units::build(s, 0, s.len(), &[]);
            tally.add_sentence(s, &u);
        }
        let read = tally.places_read_as_homonyms();
        (read, tally.focus().map(|c| c.code))
    }

    /// "Georgia" is the US state in a story that names the US as often and no other word
    /// of Georgia the country; in a story about the country it stays the country.
    #[test]
    fn georgia_is_the_state_in_a_us_story() {
        let state = [
            "A Georgia law was blocked by a U.S. judge.",
            "Georgia Attorney General Chris Carr said his office would appeal.",
            "The Supreme Court may hear it, U.S. officials said.",
        ];
        assert_eq!(
            homonyms_of(&state),
            (vec![("Georgia", "GE", "US")], Some("US".into()))
        );
        let country = [
            "Georgia's president said the talks in Tbilisi went well.",
            "Georgia will hold elections, a U.S. envoy said.",
        ];
        assert_eq!(homonyms_of(&country), (vec![], Some("GE".into())));
        // "Georgians" are the state's people too: no word of the country.
        let people = [
            "A new Georgia law lets residents challenge voters.",
            "Critics say eligible Georgians will be purged, U.S. groups said.",
            "Lawyers in Atlanta filed suit.",
        ];
        assert_eq!(homonyms_of(&people).0, vec![("Georgia", "GE", "US")]);
        let often = [
            "Georgia said it would join.",
            "Georgia's parliament voted.",
            "The U.S. welcomed it.",
        ];
        assert_eq!(homonyms_of(&often).0, vec![]);
        // (A state's politics: its parties say the country, however seldom it is named.)
        let politics = [
            "The Georgia Supreme Court struck down part of the law.",
            "Georgia's Republican governor said he would appeal.",
            "Georgia lawmakers return in January, and Democrats want a vote.",
        ];
        assert_eq!(homonyms_of(&politics).0, vec![("Georgia", "GE", "US")]);
    }

    /// "US$6 billion" is a sum in dollars, written by papers outside the US: no mention
    /// of the US.
    #[test]
    fn a_currency_s_prefix_names_no_place() {
        let story = [
            "Argentina wants US$6 billion, the Economy Minister in Buenos Aires said.",
            "The Fund in Washington wants US$10 billion and US$12 billion later.",
            "Buenos Aires has US$28 billion in reserves.",
        ];
        assert_eq!(focus_of(&story), Some("AR".into()));
        assert_eq!(
            focus_of(&["The US and Washington agree.", "US firms in Texas said so."]),
            Some("US".into())
        );
    }

    #[test]
    fn a_country_adjective_as_a_surname_is_no_place() {
        let said = [
            "Cuban said the team was ready.",
            "\"We are ready,\" said Cuban.",
            "Mr Cuban told reporters.",
            "Cuban denied it.",
        ];
        assert_eq!(focus_of(&said[..3]), None);
        // An adjective with its noun, and a country's name for its government, still count.
        let about = [
            "Cuban officials said the team was ready.",
            "The Cuban said it was ready.",
            "Cuba said so.",
        ];
        assert_eq!(focus_of(&about), Some("CU".into()));
    }

    #[test]
    fn one_country_named_twice_and_no_other_is_what_the_story_is_about() {
        let two = [
            "Flynn said the generals were ready.",
            "The U.S. has fought for years.",
            "America's military is strong.",
        ];
        assert_eq!(focus_of(&two), Some("US".into()));
        // Once is not enough, nor twice when another country is named too.
        assert_eq!(focus_of(&two[..2]), None);
        assert_eq!(focus_of(&[two[1], two[2], "Mexico sent envoys."]), None);
    }

    #[test]
    fn a_party_name_several_countries_share_counts_for_none() {
        // "Democrats" inside "Social Democrats" is no US party.
        let story = [
            "The Social Democrats said the talks in Berlin went well.",
            "Christian Democrat leader Friedrich Merz told reporters in Hamburg.",
            "The Free Democrats walked out.",
        ];
        assert_eq!(focus_of(&story), Some("DE".into()));
        assert_eq!(
            focus_of(&["Democrats said so.", "Democrats walked out."]),
            Some("US".into())
        );
        // Nor is a party's word inside a body's name ("Federal Labour Agency").
        let agency = [
            "The Federal Labour Agency said jobs fell in Berlin.",
            "The Federal Labour Agency in Munich said so.",
        ];
        assert_eq!(focus_of(&agency), Some("DE".into()));
        // Nor is a role's field ("the Minister for Labour").
        let field = [
            "The Minister for Labour said jobs fell in Dubai.",
            "The Minister of Labour said so in Abu Dhabi.",
        ];
        assert_eq!(focus_of(&field), Some("AE".into()));
    }

    #[test]
    fn a_title_or_party_many_countries_share_is_known_by_its_evidence() {
        let c = |evidence: &str| CountryEvidence {
            code: "GB".into(),
            basis: CountryBasis::Inferred,
            evidence: evidence.into(),
        };
        for (evidence, story, shared) in [
            ("title MP", "AU", true),
            ("title MPs", "AU", true),
            ("title MSP", "AU", false),
            ("party Tory", "AU", false),
            // A title or party only some countries have yields to those alone.
            ("title Sen.", "PH", true),
            ("title Sen.", "GB", false),
            ("party Labour", "NZ", true),
            ("party Labour", "US", false),
            ("institution Senate", "NG", true),
            ("institution Senate", "GB", false),
            ("institution Pentagon", "NG", false),
        ] {
            assert_eq!(
                from_shared_affiliation(&c(evidence), story),
                shared,
                "{evidence} {story}"
            );
        }
        let explicit = CountryEvidence {
            basis: CountryBasis::Explicit,
            ..c("British")
        };
        assert!(!from_shared_affiliation(&explicit, "AU"));
    }

    /// A story about a country that has no Labour party, which names New Zealand often and
    /// Britain hardly: "Labour's trade spokesperson" is a New Zealander.
    #[test]
    fn a_shared_party_is_of_the_country_that_has_it_and_is_named() {
        let c = |evidence: &str, code: &str| CountryEvidence {
            code: code.into(),
            basis: CountryBasis::Inferred,
            evidence: evidence.into(),
        };
        let counts = |v: &[(&str, usize)]| -> Vec<(String, usize)> {
            v.iter().map(|&(c, n)| (c.to_string(), n)).collect()
        };
        let labour = c("party Labour", "GB");
        let nz = counts(&[("AU", 12), ("NZ", 6), ("GB", 1)]);
        assert_eq!(
            sharer_named(&labour, &nz).map(|c| c.code),
            Some("NZ".into())
        );
        // Britain named as often: its own Labour; no sharer named: none; "MP" is everyone's.
        assert!(sharer_named(&labour, &counts(&[("AU", 12), ("NZ", 6), ("GB", 3)])).is_none());
        assert!(sharer_named(&labour, &counts(&[("AU", 12), ("GB", 1)])).is_none());
        assert!(sharer_named(&c("title MP", "GB"), &nz).is_none());
        let rep = c("title Rep.", "US");
        let korea = counts(&[("PL", 10), ("KR", 8), ("US", 3)]);
        assert_eq!(
            sharer_named(&rep, &korea).map(|c| c.code),
            Some("KR".into())
        );
    }

    #[test]
    fn an_abbreviation_defined_in_parentheses_is_no_title() {
        // "MSP" is a Scottish title (data/affiliations.csv), but not after the phrase it
        // abbreviates.
        let story = [
            "Farmers in Chandigarh want a minimum support price (MSP) for wheat.",
            "Speaking in Amritsar, the minister said he stood with them.",
        ];
        assert_eq!(focus_of(&story), Some("IN".into()));
        assert_eq!(
            focus_of(&["Green MSP Mark Ballard said it was fair.", story[0]]),
            None
        );
    }

    #[test]
    fn sums_in_one_countrys_currency_tell_a_story_that_names_no_place() {
        assert_eq!(
            focus_of(&[
                "Profits rose to \u{a3}5.5bn.",
                "The chief executive was pleased."
            ]),
            Some("GB".into())
        );
        assert_eq!(focus_of(&["Sales reached 300m yuan."]), Some("CN".into()));
        // A place of another country says otherwise; no money and no place, nothing.
        assert_eq!(focus_of(&["The Dallas firm made \u{a3}5m."]), None);
        assert_eq!(focus_of(&["The chief executive was pleased."]), None);
    }
}
