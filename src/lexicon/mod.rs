//! The lexicons in `data/`, embedded at build time and parsed once.
//!
//! Linguistic knowledge lives in data files a linguist can extend without touching Rust:
//! cue words, roles, honorifics, pronouns, abbreviations, countries, places and
//! institutions. Multiword entries are matched on token sequences, so a phrase is keyed
//! by its tokens joined with single spaces ("people 's daily").
//!
//! Every stage asks here: in, the files of `data/` (see `data/README.md`); out, [`LEXICON`],
//! and in [`grammar`] the closed-class words (days, months, scene-setting prepositions,
//! name particles) that do not grow with the news and so are code rather than data.

pub mod grammar;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::text::tokens::{norm, tokenize};

/// How a cue's content is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// Content is a clause or a quotation ("said", "told").
    Clause,
    /// Content may be a noun phrase object ("called for", "urged").
    Object,
    /// A prepositional source marker ("according to").
    Source,
    /// A verb that reports speech only with a that-clause, a colon or a quotation
    /// ("criticized the plan" is an act; "criticized the plan as \"reckless\"" reports words).
    Weak,
}

/// One cue form.
#[derive(Clone, Debug)]
pub struct Cue {
    pub lemma: String,
    pub kind: CueKind,
    /// A cue whose noun-phrase object is an act, never words (kind `finite` or `infinitive`
    /// in data/cues.csv): "maintained that ..." reports, "maintained their lead" does not;
    /// an `infinitive` cue's "to" reports too ("threatened to strike", not "threatened
    /// legal action").
    pub clause_only: bool,
}

/// A role or title.
#[derive(Clone, Debug)]
pub struct Role {
    pub category: String,
    pub gender: Option<Gender>,
}

/// Grammatical gender, as far as the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// A pronoun.
#[derive(Clone, Debug)]
pub struct Pronoun {
    pub gender: Option<Gender>,
    pub plural: bool,
    /// Speaker types it may stand for ("person", "organization", ...; "self" for I/we).
    pub refers: Vec<String>,
}

/// One ISO 3166-1 country.
#[derive(Clone, Debug)]
pub struct Country {
    pub alpha2: String,
    pub name: String,
    pub capital: String,
}

/// How a word names a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountryWordKind {
    Name,
    Adjective,
    Demonym,
    Capital,
}

/// An institution that implies a country, or an international body that implies none.
#[derive(Clone, Debug)]
pub struct Institution {
    pub name: String,
    pub country: Option<String>,
    pub kind: String,
}

impl Institution {
    /// A party name several countries' parties share ("Social Democrats"): no country.
    pub fn is_shared_party(&self) -> bool {
        self.kind == "party"
    }
}

/// A map from token phrases to values, looked up longest match first.
///
/// Lookups run for nearly every word of every sentence, so they are kept cheap: a fast
/// non-cryptographic hash (the keys are our own lexicon entries, not attacker input), and
/// the sets of every phrase's proper prefixes and suffixes, so that a longest-match scan
/// stops at the first word sequence that no phrase starts (or ends) with instead of trying
/// every length up to the longest phrase.
///
/// Why stopping is exact: a phrase's words never hold a space (they are tokens), so when a
/// longer key `K + " " + ...` is a phrase, the space after `K` falls between two of its words
/// and `K` is one of its proper prefixes; a `K` that is no prefix ends the scan. The same
/// holds for suffixes, and whatever the looked-up words hold.
#[derive(Debug)]
pub struct PhraseMap<T> {
    map: HashMap<String, T, FastHash>,
    /// Every word that is a phrase or a phrase's first word (most words are neither, and
    /// one lookup here turns them away), with what it is: `PHRASE`, `PREFIX` or both. The
    /// one lookup then also says whether the map and the multiword keys need asking.
    starts: HashMap<String, u8, FastHash>,
    /// A bit for each word in `starts`, at `start_bit(word)`: a word whose bit is clear is
    /// not in `starts`, which a few byte reads decide without hashing or probing the set.
    start_bits: Box<[u64; START_BITS / 64]>,
    /// The same filter for every phrase's last word, which `longest_ending_at` asks first.
    end_bits: Box<[u64; START_BITS / 64]>,
    prefixes: HashSet<String, FastHash>,
    suffixes: HashSet<String, FastHash>,
    max_words: usize,
}

impl<T> Default for PhraseMap<T> {
    fn default() -> Self {
        PhraseMap {
            map: HashMap::default(),
            starts: HashMap::default(),
            start_bits: Box::new([0; START_BITS / 64]),
            end_bits: Box::new([0; START_BITS / 64]),
            prefixes: HashSet::default(),
            suffixes: HashSet::default(),
            max_words: 0,
        }
    }
}

/// FxHash (rustc's hasher): one multiply per word of input.
#[derive(Clone, Copy, Debug, Default)]
pub struct FastHash;

impl std::hash::BuildHasher for FastHash {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

/// The hasher of [`FastHash`].
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Normalizes a lexicon phrase into its lookup key.
pub fn phrase_key(phrase: &str) -> (String, usize) {
    let words = phrase_words(phrase);
    (words.join(" "), words.len())
}

fn phrase_words(phrase: &str) -> Vec<String> {
    // A plain phrase (ASCII letters and digits, single spaces) is one token a word: split,
    // not tokenized, as most lexicon entries are read at start-up.
    if plain(phrase).is_some() {
        return phrase
            .split_ascii_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
    }
    phrase_words_tokenized(phrase)
}

/// `phrase_words` by the tokenizer, for any phrase.
fn phrase_words_tokenized(phrase: &str) -> Vec<String> {
    let toks = tokenize(phrase, 0, phrase.len());
    toks.iter().map(|t| norm(t.text(phrase))).collect()
}

/// `phrase_key(s).0` without tokenizing, when `s` is ASCII letters and digits in words
/// separated by single spaces: each word is then one token, lowercased. `PhraseMap::get`
/// builds this key without a new string; a test holds it to `phrase_key`.
#[cfg(test)]
fn plain_key(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    match plain(s)? {
        true => Some(std::borrow::Cow::Owned(s.to_ascii_lowercase())),
        false => Some(std::borrow::Cow::Borrowed(s)),
    }
}

/// Whether `s` is plain as `plain_key` needs it (`None` if not) and holds an uppercase letter.
fn plain(s: &str) -> Option<bool> {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') || b.is_empty() {
        return None;
    }
    // One pass: letters and digits, single spaces between them.
    let mut upper = false;
    let mut space = false;
    for &c in b {
        if c == b' ' {
            if space {
                return None;
            }
            space = true;
        } else if c.is_ascii_alphanumeric() {
            upper |= c.is_ascii_uppercase();
            space = false;
        } else {
            return None;
        }
    }
    Some(upper)
}

/// The size of a `PhraseMap`'s start filter, in bits (2 KB: it stays in the L1 cache).
const START_BITS: usize = 1 << 14;

/// A word's bit in the start filter: a multiplicative hash of its length and its first,
/// second and last bytes.
#[inline]
fn start_bit(w: &str) -> usize {
    start_bit_of(w.as_bytes(), |c| c)
}

/// `start_bit` of the bytes `b`, each read through `map` (`to_ascii_lowercase` for a word
/// still to be lowercased). Its three bytes are read behind one length test:
/// this runs for nearly every word.
#[inline]
fn start_bit_of(b: &[u8], map: impl Fn(u8) -> u8) -> usize {
    let n = b.len();
    // Words of two bytes or more, nearly all, with no branch on their length.
    let (first, second, last) = if n >= 2 {
        (b[0], b[1], b[n - 1])
    } else if n == 1 {
        (b[0], 0, b[0])
    } else {
        (0, 0, 0)
    };
    // (Both maps leave the 0 of a missing byte 0.)
    start_bit_parts(map(first), map(second), map(last), n)
}

/// `start_bit` of a word of `n` bytes with these first, second and last bytes.
#[inline]
fn start_bit_parts(first: u8, second: u8, last: u8, n: usize) -> usize {
    let byte = u64::from;
    let key = byte(first) | byte(second) << 8 | byte(last) << 16 | (n as u64) << 24;
    (key.wrapping_mul(START_MUL) >> (64 - START_BITS.trailing_zeros())) as usize
}

/// A word's bit in the start filters, worked out once for a word asked of several maps in
/// turn (the country tally asks four of every capitalized word): the bit is the same in
/// every map, only the filters differ.
#[derive(Clone, Copy, Debug)]
pub struct StartBit(usize);

impl StartBit {
    /// The bit of `w`, as `PhraseMap::longest_at` works it out for `words[i] == w`.
    #[inline]
    pub fn of(w: &str) -> StartBit {
        StartBit(start_bit(w))
    }
}

/// The multiplier of `start_bit`'s hash.
const START_MUL: u64 = 0x9E37_79B9_7F4A_7C15;

/// In `PhraseMap::starts`: the word is a phrase of one word.
const PHRASE: u8 = 1;
/// In `PhraseMap::starts`: the word begins a phrase of more words.
const PREFIX: u8 = 2;

thread_local! {
    /// The key buffer of `longest_at`, reused: a multiword lookup starts at a tenth of all
    /// words, and allocating a key for each was a visible share of the run.
    static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

impl<T> PhraseMap<T> {
    /// Adds a phrase; the first value given for a phrase wins.
    pub fn insert(&mut self, phrase: &str, value: T) {
        let words = phrase_words(phrase);
        let n = words.len();
        if n == 0 {
            return;
        }
        self.max_words = self.max_words.max(n);
        let bit = start_bit(&words[0]);
        self.start_bits[bit / 64] |= 1 << (bit % 64);
        let bit = start_bit(&words[n - 1]);
        self.end_bits[bit / 64] |= 1 << (bit % 64);
        // (Start-up builds every map: no key is copied that the map holds already.)
        let kind = if n == 1 { PHRASE } else { PREFIX };
        match self.starts.get_mut(words[0].as_str()) {
            Some(k) => *k |= kind,
            None => {
                self.starts.insert(words[0].clone(), kind);
            }
        }
        let mut key = String::new();
        for k in 1..n {
            for (set, part) in [
                (&mut self.prefixes, &words[..k]),
                (&mut self.suffixes, &words[n - k..]),
            ] {
                key.clear();
                for (i, w) in part.iter().enumerate() {
                    if i > 0 {
                        key.push(' ');
                    }
                    key.push_str(w);
                }
                if !set.contains(key.as_str()) {
                    set.insert(key.clone());
                }
            }
        }
        let key = match n {
            1 => words.into_iter().next().unwrap_or_default(),
            _ => words.join(" "),
        };
        self.map.entry(key).or_insert(value);
    }

    /// The value of a phrase, if present.
    ///
    /// Inlined up to the start filter, which turns most phrases away; the rest is a call.
    #[inline]
    pub fn get(&self, phrase: &str) -> Option<&T> {
        // A first word of ASCII letters and digits followed by a space or the end is, once
        // lowercased, the first word of the phrase's key too (the tokenizer reads it as one
        // word, whatever follows the space): a clear start bit says no phrase starts with
        // it, before the rest is read or any key built or hashed (most lookups are of names
        // that are no phrase).
        let b = phrase.as_bytes();
        let first_len = b
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(b.len());
        if first_len > 0
            && b.get(first_len).is_none_or(|&c| c == b' ')
            && !self.may_start(&b[..first_len])
        {
            return None;
        }
        self.get_started(phrase)
    }

    /// `get` for a phrase the start filter let through.
    #[inline(never)]
    fn get_started(&self, phrase: &str) -> Option<&T> {
        match plain(phrase) {
            Some(false) => self.map.get(phrase),
            // `plain_key`, lowercased into the reused key buffer rather than a new string.
            Some(true) => KEY.with_borrow_mut(|key| {
                key.clear();
                key.push_str(phrase);
                key.make_ascii_lowercase();
                self.map.get(key.as_str())
            }),
            None => self.map.get(&phrase_key(phrase).0),
        }
    }

    /// Whether a phrase may start with the word `w` (ASCII), lowercased: its start bit.
    #[inline]
    fn may_start(&self, w: &[u8]) -> bool {
        let bit = start_bit_of(w, |c| c.to_ascii_lowercase());
        self.start_bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The longest phrase starting at `words[i]`: its value and its length in words.
    ///
    /// Inlined up to the start filter, which turns most words away: the lookups run for
    /// nearly every word, and a call for each cost more than the filter.
    #[inline]
    pub fn longest_at<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<(&T, usize)> {
        let bit = start_bit(words.get(i)?.as_ref());
        if self.start_bits[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.longest_at_started(words, i)
    }

    /// `longest_at` for `words[i]`, its start bit given (`StartBit::of(&words[i])`).
    #[inline]
    pub fn longest_at_bit<S: AsRef<str>>(
        &self,
        words: &[S],
        i: usize,
        StartBit(bit): StartBit,
    ) -> Option<(&T, usize)> {
        if self.start_bits[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.longest_at_started(words, i)
    }

    /// `longest_at` for a word whose start bit is set.
    #[inline(never)]
    fn longest_at_started<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<(&T, usize)> {
        let max = self.max_words.min(words.len().saturating_sub(i));
        if max == 0 {
            return None;
        }
        // One word, the common case, needs no key of its own.
        let first = words[i].as_ref();
        let flags = *self.starts.get(first)?;
        let mut best = if flags & PHRASE != 0 {
            self.map.get(first).map(|v| (v, 1))
        } else {
            None
        };
        if max == 1 || flags & PREFIX == 0 {
            return best;
        }
        KEY.with_borrow_mut(|key| {
            key.clear();
            key.push_str(first);
            for n in 2..=max {
                key.push(' ');
                key.push_str(words[i + n - 1].as_ref());
                if let Some(v) = self.map.get(key.as_str()) {
                    best = Some((v, n));
                }
                if n < max && !self.prefixes.contains(key.as_str()) {
                    break;
                }
            }
        });
        best
    }

    /// The longest phrase ending at `words[end - 1]`.
    ///
    /// Inlined up to the end filter, as `longest_at` is up to the start filter: a word that
    /// ends no phrase is neither a phrase nor the last word of a longer one.
    #[inline]
    pub fn longest_ending_at<S: AsRef<str>>(&self, words: &[S], end: usize) -> Option<(&T, usize)> {
        let bit = start_bit(words.get(end.checked_sub(1)?)?.as_ref());
        if self.end_bits[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.longest_ending_at_filtered(words, end)
    }

    /// `longest_ending_at` for a word whose end bit is set.
    #[inline(never)]
    fn longest_ending_at_filtered<S: AsRef<str>>(
        &self,
        words: &[S],
        end: usize,
    ) -> Option<(&T, usize)> {
        let max = self.max_words.min(end);
        if max == 0 {
            return None;
        }
        // One word, the common case, needs no key of its own.
        let last = words[end - 1].as_ref();
        let mut best = self.map.get(last).map(|v| (v, 1));
        if max == 1 || !self.suffixes.contains(last) {
            return best;
        }
        KEY.with_borrow_mut(|key| {
            key.clear();
            key.push_str(last);
            for n in 2..=max {
                // The key grows at its front: "b", "a b", ...
                key.insert(0, ' ');
                key.insert_str(0, words[end - n].as_ref());
                if let Some(v) = self.map.get(key.as_str()) {
                    best = Some((v, n));
                }
                if n < max && !self.suffixes.contains(key.as_str()) {
                    break;
                }
            }
        });
        best
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A set of words (or a map from words) that turns most words that are not in it away
/// with the start filter of [`PhraseMap`] before hashing them: the word lists are asked
/// of nearly every word of every mention, and most words are in none of them.
#[derive(Debug)]
pub struct WordMap<V> {
    map: HashMap<String, V, FastHash>,
    /// A bit for each word in `map`, at `start_bit(word)`.
    bits: Box<[u64; START_BITS / 64]>,
}

/// A [`WordMap`] with no values.
pub type WordSet = WordMap<()>;

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: HashMap::default(),
            bits: Box::new([0; START_BITS / 64]),
        }
    }
}

impl<V> WordMap<V> {
    /// Adds a word (a word given again takes the new value, as a `HashMap`'s does).
    pub fn insert(&mut self, word: String, value: V) -> Option<V> {
        let bit = start_bit(&word);
        self.bits[bit / 64] |= 1 << (bit % 64);
        self.map.insert(word, value)
    }

    /// The value of a word, if present. Inlined up to the filter, which turns most words
    /// away; the hash lookup is a call.
    #[inline]
    pub fn get<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> Option<&V> {
        let word = word.as_ref();
        let bit = start_bit(word);
        if self.bits[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.get_hashed(word)
    }

    /// `get` for a word whose bit is set.
    #[inline(never)]
    fn get_hashed(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }

    /// Whether a word is present.
    #[inline]
    pub fn contains_key<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        self.get(word).is_some()
    }

    /// Whether a word is present.
    #[inline]
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        self.get(word).is_some()
    }

    /// Whether the two-word entry "`a` `b`" is present. Its filter bit comes from the two
    /// words, so most pairs are turned away before the entry is built.
    pub fn contains_pair(&self, a: &str, b: &str) -> bool {
        let (Some(&first), Some(&last)) = (a.as_bytes().first(), b.as_bytes().last()) else {
            return false;
        };
        let second = a.as_bytes().get(1).copied().unwrap_or(b' ');
        let bit = start_bit_parts(first, second, last, a.len() + 1 + b.len());
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
            && self.get_hashed(&format!("{a} {b}")).is_some()
    }

    /// The words, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w, ());
        }
        set
    }
}

/// A public figure of data/people.csv.
#[derive(Clone, Debug)]
pub struct KnownPerson {
    /// Alpha-2 code of the person's nationality.
    pub country: String,
    /// The offices a story may name them by ("Indiana governor", "chancellor"), the one
    /// they are best known by first.
    pub offices: Vec<Office>,
}

/// An office, or a description that may name one, as words to compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    /// The noun that says what the office is: the last word, or the one before "of",
    /// "from" or "for" ("secretary" of "secretary of state", "senator" of "Senator from
    /// Texas").
    pub head: String,
    /// Its words, lowercased, without fillers ([`OFFICE_FILLERS`]), a party's words read as
    /// the party ("GOP nominee" and "Republican nominee" are one office), hyphens read as
    /// spaces ("vice-presidential").
    pub words: Vec<String>,
}

impl Office {
    /// Whether a description (`self`) names this office: the same head, every word of
    /// the description the office's, and a rank word ("shadow", "deputy") in both or in
    /// neither: "the Foreign Secretary" is not the shadow foreign secretary, "the prime
    /// minister" not the deputy prime minister.
    pub fn names(&self, office: &Office) -> bool {
        self.head == office.head
            && self.words.iter().all(|w| office.words.contains(w))
            && OFFICE_RANKS
                .iter()
                .all(|r| self.words.iter().any(|w| w == r) == office.words.iter().any(|w| w == r))
    }
}

/// Words a description of an office carries that say nothing of which office it is: "the
/// former Indiana governor" names the office "Indiana governor".
const OFFICE_FILLERS: &[&str] = &[
    "the", "former", "then", "current", "outgoing", "incoming", "from", "of", "for",
];

/// Words that make an office another, lower one ("deputy prime minister").
const OFFICE_RANKS: &[&str] = &["shadow", "deputy", "vice", "assistant", "acting", "junior"];

/// A country's name that also names a place of another country (data/place_homonyms.csv):
/// "Georgia", the country and the US state.
#[derive(Debug)]
pub struct PlaceHomonym {
    /// The name as written ("Georgia").
    pub name: String,
    /// Its country's alpha-2 ("GE").
    pub country: String,
    /// The alpha-2 of the country the place is in ("US").
    pub also: String,
    /// Lowercase words of `country` the place's people are called too ("georgians"): they
    /// say neither which is meant.
    pub shared: Vec<String>,
}

/// Every lexicon, parsed.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub cues: PhraseMap<Cue>,
    pub roles: PhraseMap<Role>,
    pub honorifics: WordMap<Option<Gender>>,
    /// The role a title of address abbreviates, for the titles that name one ("Sen." a
    /// senator, "Gen." a general; data/honorifics.csv's `role`): its roles.csv category is
    /// the titled person's, so "the senator" takes up "Sen. John Cornyn".
    pub honorific_roles: WordMap<String>,
    /// Given names with a usual gender, for pronoun agreement ("Elizabeth" ... "she").
    pub given_names: WordMap<Gender>,
    pub pronouns: WordMap<Pronoun>,
    pub abbreviations: WordSet,
    /// The same abbreviations without their final period ("ltd"), so a word token followed
    /// by a period can be looked up without building a string.
    pub abbreviation_stems: WordSet,
    /// The abbreviations listed in lower case ("vs.", "e.g."), with and without their final
    /// period: the others ("Ore.", "Mass.", "Inc.") are abbreviations only when capitalized,
    /// so "iron ore." and "critical mass." end sentences.
    pub lowercase_abbreviations: WordSet,
    pub countries: Vec<Country>,
    /// Index into `countries` by alpha-2 code (the first country of a code, as a search
    /// in order finds it): every output row with a country asks for its name.
    country_codes: HashMap<String, usize, FastHash>,
    /// Country names, aliases, adjectives, demonyms and capitals: index into `countries`.
    pub country_words: PhraseMap<(usize, CountryWordKind)>,
    /// Places: (alpha-2, kind).
    pub places: PhraseMap<(String, String)>,
    pub institutions: PhraseMap<Institution>,
    /// Public figures whose nationality is known (data/people.csv), by [`person_key`] of
    /// each name and alias.
    pub known_people: HashMap<String, KnownPerson, FastHash>,
    /// The head nouns of every listed office ("governor", "chancellor").
    pub office_heads: HashSet<String, FastHash>,
    /// The keys in `known_people` of the listed people with a surname ("blair").
    known_surnames: HashMap<String, Vec<String>, FastHash>,
    pub org_words: WordSet,
    pub group_nouns: WordSet,
    /// Lowercase words that label a paragraph rather than a speaker ("note", "update").
    pub label_words: WordSet,
    /// Nouns that, capitalized inside a run of names, end the name before them: occasions
    /// of speech a title-case headline writes after a name ("Obama Speech";
    /// data/occasion_nouns.txt) and doctrines named after a leader ("Xi Jinping Thought";
    /// data/doctrine_nouns.txt). One set, so a run's word is looked up once.
    pub name_ending_nouns: WordSet,
    /// Lowercase words of a newspaper's name ("telegraph", "mail"): data/newspaper_words.txt.
    pub newspaper_words: WordSet,
    /// Family names that open a name written family name first ("zhou", "ban"):
    /// data/family_names_first.txt.
    pub family_names_first: WordSet,
    /// Lowercase words that end a field of a government portfolio ("resources",
    /// "development"): data/portfolio_fields.txt.
    pub portfolio_fields: WordSet,
    /// Lowercase labels of an interviewer's paragraph ("wn" of "((WN))", "q" of "Q:").
    pub interviewer_labels: WordSet,
    /// Phrases that link a sentence to the one before ("for example"), lowercase.
    pub linking_phrases: WordSet,
    /// Cue forms that are also nouns (data/noun_cues.txt).
    pub noun_cues: WordSet,
    pub document_nouns: PhraseMap<()>,
    /// What a news outlet is, after its name ("Reuters news agency"; data/media_nouns.txt).
    pub media_nouns: PhraseMap<()>,
    /// Party, title and institution words that say a country (data/affiliations.csv):
    /// (alpha-2, kind); an empty code for a body of no country (`MEP`).
    pub affiliations: PhraseMap<(String, String)>,
    /// Currencies of one country, a sign or a word (data/currencies.csv): a story whose sums
    /// are in them and that names no place is about that country (alpha-2).
    pub currencies: Vec<(String, String)>,
    /// The currencies written as words ("yuan"), by word: their index in `currencies`.
    pub currency_words: WordMap<usize>,
    /// The currencies written as signs ("£"): their indices in `currencies`.
    pub currency_signs: Vec<usize>,
    /// Country names that also name a place of another country (data/place_homonyms.csv).
    pub place_homonyms: Vec<PlaceHomonym>,
    /// Head nouns of unnamed sources that take no country from the story
    /// (data/generic_sources.txt).
    pub generic_sources: WordSet,
    /// Nouns of a subject of study or trade that a country's adjective before them names as
    /// the topic (data/topic_nouns.txt): "the Chinese economy".
    pub topic_nouns: WordSet,
    /// Members' titles and party names that many countries share, lowercased
    /// (data/shared_affiliations.txt), with the other countries that have them (none
    /// listed: any that has the office).
    pub shared_affiliations: HashMap<String, Vec<String>>,
    /// First words of international bodies' names (data/international_openers.txt).
    pub international_openers: WordSet,
    /// US states' AP abbreviations that name the US only as written after a city, as
    /// written, with their states' names (data/state_abbreviations.csv).
    pub state_abbreviations: Vec<(String, String)>,
    /// Capitalized words that never start a name (data/lead_words.txt).
    pub lead_words: WordSet,
    /// Given names spelled like a country's word, read as such only when they open a
    /// person's name (data/country_given_names.txt).
    pub country_given_names: WordSet,
    /// Party words and the party each names, lowercased (data/parties.csv): "GOP" and
    /// "Republicans" are one party, "Democrat" another.
    pub parties: WordMap<String>,
    /// Objects that make "claim" a taking, not a saying (data/claimed_prizes.txt).
    pub claimed_prizes: WordSet,
    /// Objects that make "tell" a narration, not a report (data/told_stories.txt).
    pub told_stories: WordSet,
    /// Objects that make "write" the writing of a work, not a report (data/written_works.txt).
    pub written_works: WordSet,
    /// Offices a country does not have, (lowercase role, alpha-2 code)
    /// (data/absent_offices.csv): a speaker holding one is of another country than the
    /// story's.
    pub absent_offices: Vec<(String, String)>,
    /// Words that make a following cue form a noun ("news reports": data/noun_modifiers.txt).
    pub noun_modifiers: WordSet,
    /// Head nouns of sources that publish data, not words (data/data_sources.txt).
    pub data_sources: WordSet,
    /// Weak cues whose wh-clause is the question they report ("questioned whether ..."):
    /// data/question_cues.txt.
    pub question_cues: WordSet,
    /// Cues whose to-infinitive is what was promised ("promising to lift ..."):
    /// data/promise_cues.txt.
    pub promise_cues: WordSet,
    /// Lemmas of cues whose object is the one addressed before "that" ("warned Prague
    /// that"): data/listener_cues.txt.
    pub listener_cues: WordSet,
    /// Participles that open the writer's comment after a paraphrase ("drawing a sharp
    /// rebuke"): data/writers_participles.txt.
    pub writers_participles: WordSet,
    /// Nouns the writer sums a statement up with after its last comma ("..., a move that
    /// could take months"): data/summary_nouns.txt.
    pub summary_nouns: WordSet,
    /// Irregular past-tense forms ("brought", "became"): data/past_forms.txt.
    pub past_forms: WordSet,
    /// Judgement cues whose object with "for" and a reason says what was said ("criticized
    /// Rubio for opposing it"): data/reason_cues.txt.
    pub reason_cues: WordSet,
    /// Verbs of giving details whose refusal after "but" ends a paraphrase ("but declined
    /// to comment", "but would not say how many"): data/withheld_details.txt.
    pub withheld_details: WordSet,
    /// Words that say a source is kept anonymous ("not authorized to speak", "asked not to
    /// be named"): data/anonymity_words.txt.
    pub anonymity_words: WordSet,
    /// Head words of bodies that are no business, which "the company" never refers back
    /// to: data/public_bodies.txt.
    pub public_bodies: WordSet,
    /// Last words of places that are their own governments ("County", "Province"):
    /// data/local_governments.txt.
    pub local_governments: WordSet,
    /// What a thing is done in accordance with ("according to schedule": data/norm_nouns.txt).
    pub norm_nouns: WordSet,
    /// Nouns whose report is a figure ("reported its best earnings": data/figure_nouns.txt).
    pub figure_nouns: WordSet,
    /// Organization nouns whose definite description refers back to the organization named
    /// last (data/referring_org_nouns.txt).
    pub referring_org_nouns: WordSet,
    /// Titles of nobility kept in a name with no given name (data/name_titles.txt).
    pub name_titles: WordSet,
}

static PARSED: LazyLock<Result<Lexicon, String>> = LazyLock::new(Lexicon::parse);

/// The lexicons, parsed on first use. Call [`check`] first so that broken data is one clear
/// error rather than a panic in every article.
pub static LEXICON: LazyLock<&'static Lexicon> = LazyLock::new(|| match &*PARSED {
    Ok(l) => l,
    Err(e) => panic!("bundled data is invalid: {e}"),
});

/// Parses the bundled lexicons, reporting what is wrong with them.
pub fn check() -> Result<(), String> {
    PARSED.as_ref().map(|_| ()).map_err(Clone::clone)
}

/// An error naming data file `file` when `code`, the country of its entry `of`, is no
/// alpha-2 code of countries.csv.
/// Checks that a record of a data file that must say where its entry comes from has its
/// source (column `col`).
fn sourced(file: &str, r: &[String], col: usize) -> Result<(), String> {
    if r[col].is_empty() {
        return Err(format!("{file}: no source for {:?}", r[0]));
    }
    Ok(())
}

fn known_country(codes: &HashSet<String>, file: &str, code: &str, of: &str) -> Result<(), String> {
    if codes.contains(code) {
        Ok(())
    } else {
        Err(format!("{file}: unknown country {code:?} for {of:?}"))
    }
}

fn records(name: &str, data: &str, header: &[&str]) -> Result<Vec<Vec<String>>, String> {
    let rows = match simple_rows(data) {
        Some(rows) => rows,
        None => csv_rows(name, data)?,
    };
    let mut rows = rows.into_iter();
    let head = rows.next().unwrap_or_default();
    if head != header {
        return Err(format!("{name}: header is {head:?}, expected {header:?}"));
    }
    let mut out = Vec::new();
    for (i, rec) in rows.enumerate() {
        if rec.len() > header.len() {
            return Err(format!(
                "{name}: row {} has {} fields, expected {}",
                i + 2,
                rec.len(),
                header.len()
            ));
        }
        let mut row: Vec<String> = rec.iter().map(|f| f.trim().to_string()).collect();
        row.resize(header.len(), String::new());
        if row.first().is_none_or(|f| f.is_empty()) {
            return Err(format!("{name}: row {} has an empty first field", i + 2));
        }
        out.push(row);
    }
    Ok(out)
}

/// The records of a data file (its header first) as the csv crate reads them, flexible:
/// a trailing empty field may be left out ("Atty." for "Atty.,").
fn csv_rows<'d>(name: &str, data: &'d str) -> Result<Vec<Vec<Cow<'d, str>>>, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(data.as_bytes());
    let head = rdr.headers().map_err(|e| format!("{name}: {e}"))?;
    let mut out = vec![head.iter().map(|f| Cow::Owned(f.to_string())).collect()];
    // One record read into again and again, not a new one a row.
    let mut rec = csv::StringRecord::new();
    while rdr
        .read_record(&mut rec)
        .map_err(|e| format!("{name}: {e}"))?
    {
        out.push(rec.iter().map(|f| Cow::Owned(f.to_string())).collect());
    }
    Ok(out)
}

/// `csv_rows` without the csv crate, for what the data files are: lines ending in '\n',
/// fields split at commas, a field in double quotes holding commas and doubled quotes.
/// `None` for anything else (a '\r', a byte order mark, a quote inside a field, a quoted
/// line break, no line at all), which the csv crate reads. Setting up its readers and
/// reading the records was a third of start-up; a test holds the two together.
fn simple_rows(data: &str) -> Option<Vec<Vec<Cow<'_, str>>>> {
    if data.contains('\r') || data.starts_with('\u{feff}') {
        return None;
    }
    let mut rows = Vec::with_capacity(data.len() / 32);
    let mut from = 0;
    for end in memchr::memchr_iter(b'\n', data.as_bytes()).chain([data.len()]) {
        if end > from {
            rows.push(simple_fields(&data[from..end])?);
        }
        from = end + 1;
    }
    // (The crate reads a header of no fields from a file of no lines.)
    (!rows.is_empty()).then_some(rows)
}

/// The fields of one line of `simple_rows`.
fn simple_fields(line: &str) -> Option<Vec<Cow<'_, str>>> {
    // One pass over the bytes of a line without quotes, most of them.
    let mut out = Vec::with_capacity(8);
    let mut from = 0;
    for (i, &c) in line.as_bytes().iter().enumerate() {
        match c {
            b',' => {
                out.push(Cow::Borrowed(&line[from..i]));
                from = i + 1;
            }
            b'"' => return quoted_fields(line),
            _ => {}
        }
    }
    out.push(Cow::Borrowed(&line[from..]));
    Some(out)
}

/// `simple_fields` of a line with a double quote.
fn quoted_fields(line: &str) -> Option<Vec<Cow<'_, str>>> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let after = if let Some(quoted) = rest.strip_prefix('"') {
            let (field, after) = quoted_field(quoted)?;
            out.push(Cow::Owned(field));
            after
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            if rest[..end].contains('"') {
                return None;
            }
            out.push(Cow::Borrowed(&rest[..end]));
            &rest[end..]
        };
        if after.is_empty() {
            return Some(out);
        }
        rest = after.strip_prefix(',')?;
    }
}

/// A quoted field's text, its doubled quotes made single, and what follows its closing
/// quote; `s` starts after the opening one. `None` when the line ends first.
fn quoted_field(mut s: &str) -> Option<(String, &str)> {
    let mut field = String::new();
    loop {
        let k = s.find('"')?;
        field.push_str(&s[..k]);
        s = &s[k + 1..];
        match s.strip_prefix('"') {
            Some(more) => {
                field.push('"');
                s = more;
            }
            None => return Some((field, s)),
        }
    }
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lowercased entries of a one-word-a-line data file.
fn word_set(data: &str) -> WordSet {
    lines(data).map(norm).collect()
}

fn gender(s: &str) -> Option<Gender> {
    match s {
        "male" => Some(Gender::Male),
        "female" => Some(Gender::Female),
        _ => None,
    }
}

/// The key a person's name is looked up by in data/people.csv: its words in lower case
/// without diacritics, initials and generational suffixes ("Donald J. Trump", "Joseph R.
/// Biden Jr." and "Arsène Wenger" are "donald trump", "joseph biden", "arsene wenger").
pub fn person_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace()) {
        let plain = crate::text::tokens::fold_name_word(word);
        let plain = if plain.contains('\u{2019}') {
            plain.replace('\u{2019}', "'")
        } else {
            plain
        };
        let initial = plain.trim_end_matches('.').chars().count() <= 1
            || plain.len() <= 3 && plain.contains('.');
        if plain.is_empty() || initial || ["jr", "sr", "ii", "iii"].contains(&plain.as_str()) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&plain);
    }
    key
}

fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

impl Lexicon {
    /// Parses the embedded data files.
    pub fn parse() -> Result<Lexicon, String> {
        let mut lex = Lexicon::default();
        lex.read_cues()?;
        lex.read_people_words()?;
        lex.read_abbreviations();
        lex.read_countries()?;
        let codes: HashSet<String> = lex.countries.iter().map(|c| c.alpha2.clone()).collect();
        lex.read_places_and_institutions(&codes)?;
        lex.read_word_lists();
        lex.read_affiliations(&codes)?;
        lex.read_currencies(&codes)?;
        lex.read_place_homonyms(&codes)?;
        lex.read_state_abbreviations()?;
        lex.read_absent_offices(&codes)?;
        lex.read_source_words()?;
        lex.read_known_people(&codes)?;
        Ok(lex)
    }

    /// The public figures of data/people.csv a name may name: the one its words name
    /// ([`person_key`]), or for a surname alone ("Mr Blair" before the story gives "Tony
    /// Blair") every listed person with that surname.
    pub fn known_people_named(&self, name: &str) -> Vec<&KnownPerson> {
        let key = person_key(name);
        if key.contains(' ') {
            return self.known_people.get(&key).into_iter().collect();
        }
        self.known_surnames
            .get(&key)
            .into_iter()
            .flatten()
            .filter_map(|k| self.known_people.get(k))
            .collect()
    }

    /// Whether a name whose last word is `surname` (lowercased, without diacritics) may be
    /// a listed person's: a lookup that builds nothing, asked before [`Self::known_people_named`].
    pub fn may_be_known(&self, surname: &str) -> bool {
        self.known_surnames.contains_key(surname) || self.known_people.contains_key(surname)
    }

    /// An office, or a description that may name one, as words to compare ([`Office`]).
    pub fn office(&self, text: &str) -> Office {
        let all: Vec<String> = text
            .split(|c: char| c.is_whitespace() || c == '-')
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let linked = all
            .iter()
            .position(|w| ["of", "from", "for"].contains(&w.as_str()))
            .filter(|&k| k > 0);
        let head = match linked {
            Some(k) => all[k - 1].clone(),
            None => all.last().cloned().unwrap_or_default(),
        };
        let words = all
            .into_iter()
            .filter(|w| !OFFICE_FILLERS.contains(&w.as_str()))
            .map(|w| self.parties.get(&w).map_or(w, |p| p.to_lowercase()))
            .collect();
        Office { head, words }
    }

    /// Cue words and phrases (data/cues.csv).
    fn read_cues(&mut self) -> Result<(), String> {
        for r in records(
            "cues.csv",
            include_str!("../../data/cues.csv"),
            &["form", "lemma", "kind"],
        )? {
            let kind = match r[2].as_str() {
                "clause" | "finite" => CueKind::Clause,
                "object" | "infinitive" => CueKind::Object,
                "source" => CueKind::Source,
                "weak" => CueKind::Weak,
                k => return Err(format!("cues.csv: unknown kind {k:?} for {:?}", r[0])),
            };
            self.cues.insert(
                &r[0],
                Cue {
                    lemma: r[1].clone(),
                    kind,
                    clause_only: r[2] == "finite" || r[2] == "infinitive",
                },
            );
        }
        Ok(())
    }

    /// Roles, honorifics, given names and pronouns: the words that say who a person is.
    fn read_people_words(&mut self) -> Result<(), String> {
        for r in records(
            "roles.csv",
            include_str!("../../data/roles.csv"),
            &["role", "category", "gender"],
        )? {
            self.roles.insert(
                &r[0],
                Role {
                    category: r[1].clone(),
                    gender: gender(&r[2]),
                },
            );
        }
        for r in records(
            "honorifics.csv",
            include_str!("../../data/honorifics.csv"),
            &["form", "gender", "role"],
        )? {
            let form = norm(r[0].trim_end_matches('.'));
            self.honorifics.insert(form.clone(), gender(&r[1]));
            if !r[2].is_empty() {
                if self.roles.get(&r[2]).is_none() {
                    return Err(format!(
                        "honorifics.csv: role {:?} of {:?} is no role of roles.csv",
                        r[2], r[0]
                    ));
                }
                self.honorific_roles.insert(form, r[2].clone());
            }
        }
        for r in records(
            "given_names.csv",
            include_str!("../../data/given_names.csv"),
            &["name", "gender"],
        )? {
            let g = gender(&r[1]).ok_or_else(|| {
                format!(
                    "given_names.csv: gender of {:?} must be male or female",
                    r[0]
                )
            })?;
            self.given_names.insert(norm(&r[0]), g);
        }
        for r in records(
            "pronouns.csv",
            include_str!("../../data/pronouns.csv"),
            &["form", "gender", "number", "refers"],
        )? {
            self.pronouns.insert(
                norm(&r[0]),
                Pronoun {
                    gender: gender(&r[1]),
                    plural: r[2] == "plural",
                    refers: split_list(&r[3]).map(String::from).collect(),
                },
            );
        }
        Ok(())
    }

    /// Abbreviations that end with a period which ends no sentence.
    fn read_abbreviations(&mut self) {
        for l in lines(include_str!("../../data/abbreviations.txt")) {
            let a = norm(l);
            if let Some(stem) = a.strip_suffix('.') {
                self.abbreviation_stems.insert(stem.to_string(), ());
                if l.starts_with(|c: char| c.is_lowercase()) {
                    self.lowercase_abbreviations.insert(stem.to_string(), ());
                }
            }
            if l.starts_with(|c: char| c.is_lowercase()) {
                self.lowercase_abbreviations.insert(a.clone(), ());
            }
            self.abbreviations.insert(a, ());
        }
    }

    /// Countries and the words that name them: names, aliases, adjectives, demonyms, capitals.
    fn read_countries(&mut self) -> Result<(), String> {
        for r in records(
            "countries.csv",
            include_str!("../../data/countries.csv"),
            &[
                "alpha2",
                "alpha3",
                "name",
                "aliases",
                "adjective",
                "demonyms",
                "capital",
            ],
        )? {
            let i = self.countries.len();
            self.country_codes.entry(r[0].clone()).or_insert(i);
            self.countries.push(Country {
                alpha2: r[0].clone(),
                name: r[2].clone(),
                capital: r[6].clone(),
            });
            self.country_words.insert(&r[2], (i, CountryWordKind::Name));
            for a in split_list(&r[3]) {
                self.country_words.insert(a, (i, CountryWordKind::Name));
            }
            for a in split_list(&r[4]) {
                self.country_words
                    .insert(a, (i, CountryWordKind::Adjective));
            }
            for a in split_list(&r[5]) {
                self.country_words.insert(a, (i, CountryWordKind::Demonym));
            }
        }
        // Capitals after names, so a capital never shadows a country of the same name.
        for (i, c) in self.countries.iter().enumerate() {
            if !c.capital.is_empty() {
                self.country_words
                    .insert(&c.capital, (i, CountryWordKind::Capital));
            }
        }
        Ok(())
    }

    /// Places and institutions, each tied to a known country.
    fn read_places_and_institutions(&mut self, codes: &HashSet<String>) -> Result<(), String> {
        for r in records(
            "places.csv",
            include_str!("../../data/places.csv"),
            &["place", "country", "kind"],
        )? {
            known_country(codes, "places.csv", &r[1], &r[0])?;
            self.places.insert(&r[0], (r[1].clone(), r[2].clone()));
        }
        for r in records(
            "institutions.csv",
            include_str!("../../data/institutions.csv"),
            &["name", "country", "kind", "aliases"],
        )? {
            let country = if r[1].is_empty() {
                None
            } else {
                Some(r[1].clone())
            };
            if let Some(c) = &country
                && !codes.contains(c)
            {
                return Err(format!(
                    "institutions.csv: unknown country {c:?} for {:?}",
                    r[0]
                ));
            }
            // (Empty means an international body, or a party several countries share.)
            let countryless = ["international", "party"].contains(&r[2].as_str());
            if country.is_none() != countryless {
                return Err(format!(
                    "institutions.csv: {:?} is {:?}: only international bodies and shared party names have no country",
                    r[0], r[2]
                ));
            }
            let inst = Institution {
                name: r[0].clone(),
                country,
                kind: r[2].clone(),
            };
            for a in split_list(&r[3]) {
                self.institutions.insert(a, inst.clone());
            }
            self.institutions.insert(&r[0], inst);
        }
        Ok(())
    }

    /// Public figures with their country and offices (data/people.csv); read after the
    /// parties, which an office's words are read with.
    fn read_known_people(&mut self, codes: &HashSet<String>) -> Result<(), String> {
        for r in records(
            "people.csv",
            include_str!("../../data/people.csv"),
            &["name", "country", "aliases", "offices", "who"],
        )? {
            known_country(codes, "people.csv", &r[1], &r[0])?;
            let person = KnownPerson {
                country: r[1].clone(),
                offices: split_list(&r[3]).map(|o| self.office(o)).collect(),
            };
            self.office_heads
                .extend(person.offices.iter().map(|o| o.head.clone()));
            let mut keys: Vec<String> = Vec::new();
            for (k, name) in std::iter::once(r[0].as_str())
                .chain(split_list(&r[2]))
                .enumerate()
            {
                let key = person_key(name);
                // (A one-word alias is a surname that names the person alone in the news.)
                if key.is_empty() || k == 0 && !key.contains(' ') {
                    return Err(format!(
                        "people.csv: {name:?} needs a given name and a surname"
                    ));
                }
                // (An alias the matching already covers is no second entry.)
                if keys.contains(&key) {
                    return Err(format!(
                        "people.csv: the alias {name:?} is matched by {:?} already",
                        r[0]
                    ));
                }
                if self.known_people.contains_key(&key) {
                    return Err(format!("people.csv: {name:?} is listed twice"));
                }
                keys.push(key);
            }
            for key in keys {
                if let Some((_, surname)) = key.rsplit_once(' ') {
                    self.known_surnames
                        .entry(surname.to_string())
                        .or_default()
                        .push(key.clone());
                }
                self.known_people.insert(key, person.clone());
            }
        }
        Ok(())
    }

    /// The one-word-a-line lists of nouns and labels.
    fn read_word_lists(&mut self) {
        self.org_words = word_set(include_str!("../../data/org_words.txt"));
        self.group_nouns = word_set(include_str!("../../data/group_nouns.txt"));
        self.label_words = word_set(include_str!("../../data/label_words.txt"));
        self.name_ending_nouns = word_set(concat!(
            include_str!("../../data/occasion_nouns.txt"),
            "\n",
            include_str!("../../data/doctrine_nouns.txt")
        ));
        self.interviewer_labels = word_set(include_str!("../../data/interviewer_labels.txt"));
        self.newspaper_words = word_set(include_str!("../../data/newspaper_words.txt"));
        self.family_names_first = word_set(include_str!("../../data/family_names_first.txt"));
        self.portfolio_fields = word_set(include_str!("../../data/portfolio_fields.txt"));
        self.linking_phrases = word_set(include_str!("../../data/linking_phrases.txt"));
        self.noun_cues = word_set(include_str!("../../data/noun_cues.txt"));
        for l in lines(include_str!("../../data/media_nouns.txt")) {
            self.media_nouns.insert(l, ());
        }
        for l in lines(include_str!("../../data/document_nouns.txt")) {
            self.document_nouns.insert(l, ());
        }
    }

    /// Party, title and institution words of data/affiliations.csv.
    fn read_affiliations(&mut self, codes: &HashSet<String>) -> Result<(), String> {
        for r in records(
            "affiliations.csv",
            include_str!("../../data/affiliations.csv"),
            &["word", "country", "kind", "source"],
        )? {
            if !r[1].is_empty() {
                known_country(codes, "affiliations.csv", &r[1], &r[0])?;
            }
            if !["party", "title", "institution"].contains(&r[2].as_str()) {
                return Err(format!(
                    "affiliations.csv: unknown kind {:?} for {:?}",
                    r[2], r[0]
                ));
            }
            sourced("affiliations.csv", &r, 3)?;
            self.affiliations
                .insert(&r[0], (r[1].clone(), r[2].clone()));
        }
        Ok(())
    }

    /// Currencies of one country (data/currencies.csv).
    fn read_currencies(&mut self, codes: &HashSet<String>) -> Result<(), String> {
        for r in records(
            "currencies.csv",
            include_str!("../../data/currencies.csv"),
            &["money", "country", "source"],
        )? {
            known_country(codes, "currencies.csv", &r[1], &r[0])?;
            sourced("currencies.csv", &r, 2)?;
            let ci = self.currencies.len();
            if r[0].chars().all(char::is_alphabetic) {
                self.currency_words.insert(r[0].to_lowercase(), ci);
            } else if r[0].is_ascii() {
                // (The tally skips sentences in ASCII when it looks for signs.)
                return Err(format!(
                    "currencies.csv: the sign {:?} is ASCII; signs of one country are written outside it ($ is many countries')",
                    r[0]
                ));
            } else {
                self.currency_signs.push(ci);
            }
            self.currencies.push((r[0].clone(), r[1].clone()));
        }
        Ok(())
    }

    /// US states' AP abbreviations read only as written (data/state_abbreviations.csv).
    fn read_state_abbreviations(&mut self) -> Result<(), String> {
        for r in records(
            "state_abbreviations.csv",
            include_str!("../../data/state_abbreviations.csv"),
            &["abbreviation", "state"],
        )? {
            self.state_abbreviations.push((r[0].clone(), r[1].clone()));
        }
        Ok(())
    }

    /// Country names that also name a place of another country (data/place_homonyms.csv).
    fn read_place_homonyms(&mut self, codes: &HashSet<String>) -> Result<(), String> {
        for r in records(
            "place_homonyms.csv",
            include_str!("../../data/place_homonyms.csv"),
            &["name", "country", "also", "shared", "source"],
        )? {
            known_country(codes, "place_homonyms.csv", &r[1], &r[0])?;
            known_country(codes, "place_homonyms.csv", &r[2], &r[0])?;
            sourced("place_homonyms.csv", &r, 4)?;
            self.place_homonyms.push(PlaceHomonym {
                name: r[0].clone(),
                country: r[1].clone(),
                also: r[2].clone(),
                shared: r[3]
                    .split('|')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect(),
            });
        }
        Ok(())
    }

    /// Offices a country does not have (data/absent_offices.csv).
    fn read_absent_offices(&mut self, codes: &HashSet<String>) -> Result<(), String> {
        for r in records(
            "absent_offices.csv",
            include_str!("../../data/absent_offices.csv"),
            &["role", "country", "source"],
        )? {
            known_country(codes, "absent_offices.csv", &r[1], &r[0])?;
            if r[2].is_empty() || r[0] != r[0].to_lowercase() {
                return Err(format!(
                    "absent_offices.csv: {:?} needs a lowercase role and a source",
                    r[0]
                ));
            }
            self.absent_offices.push((r[0].clone(), r[1].clone()));
        }
        Ok(())
    }

    /// Whether `role` (as written: "Prime Minister", "former prime minister") ends in an
    /// office that country `code` does not have.
    pub fn office_absent_in(&self, role: &str, code: &str) -> bool {
        let role = role.to_lowercase();
        self.absent_offices.iter().any(|(office, country)| {
            country == code
                && role
                    .strip_suffix(office.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    }

    /// Generic sources, lead words, name titles and the organization nouns that refer back.
    fn read_source_words(&mut self) -> Result<(), String> {
        self.generic_sources = word_set(include_str!("../../data/generic_sources.txt"));
        self.topic_nouns = word_set(include_str!("../../data/topic_nouns.txt"));
        for line in lines(include_str!("../../data/shared_affiliations.txt")) {
            let mut fields = line.split_whitespace();
            let t = fields.next().unwrap_or_default();
            let affiliation = self
                .affiliations
                .get(t)
                .is_some_and(|(_, kind)| ["title", "party"].contains(&kind.as_str()));
            // ("Senate": a one-word name of institutions.csv.)
            let institution = self
                .institutions
                .longest_at(&[norm(t)], 0)
                .is_some_and(|(inst, n)| n == 1 && inst.country.is_some());
            if !affiliation && !institution {
                return Err(format!(
                    "shared_affiliations.txt: {t:?} is no title or party of affiliations.csv, \
                     nor a one-word name of institutions.csv"
                ));
            }
            let countries: Vec<String> = fields.map(str::to_string).collect();
            if let Some(c) = countries.iter().find(|c| self.country_by_code(c).is_none()) {
                return Err(format!(
                    "shared_affiliations.txt: {t:?}: {c:?} is no country code"
                ));
            }
            self.shared_affiliations.insert(norm(t), countries);
        }
        self.international_openers = word_set(include_str!("../../data/international_openers.txt"));
        self.lead_words = word_set(include_str!("../../data/lead_words.txt"));
        self.country_given_names = word_set(include_str!("../../data/country_given_names.txt"));
        for r in records(
            "parties.csv",
            include_str!("../../data/parties.csv"),
            &["word", "party"],
        )? {
            self.parties.insert(norm(&r[0]), r[1].clone());
        }
        self.claimed_prizes = word_set(include_str!("../../data/claimed_prizes.txt"));
        self.told_stories = word_set(include_str!("../../data/told_stories.txt"));
        self.written_works = word_set(include_str!("../../data/written_works.txt"));
        self.question_cues = word_set(include_str!("../../data/question_cues.txt"));
        self.promise_cues = word_set(include_str!("../../data/promise_cues.txt"));
        self.listener_cues = word_set(include_str!("../../data/listener_cues.txt"));
        self.writers_participles = word_set(include_str!("../../data/writers_participles.txt"));
        self.summary_nouns = word_set(include_str!("../../data/summary_nouns.txt"));
        self.past_forms = word_set(include_str!("../../data/past_forms.txt"));
        self.reason_cues = word_set(include_str!("../../data/reason_cues.txt"));
        self.withheld_details = word_set(include_str!("../../data/withheld_details.txt"));
        self.anonymity_words = word_set(include_str!("../../data/anonymity_words.txt"));
        self.public_bodies = word_set(include_str!("../../data/public_bodies.txt"));
        self.local_governments = word_set(include_str!("../../data/local_governments.txt"));
        self.noun_modifiers = word_set(include_str!("../../data/noun_modifiers.txt"));
        self.data_sources = word_set(include_str!("../../data/data_sources.txt"));
        self.norm_nouns = word_set(include_str!("../../data/norm_nouns.txt"));
        self.figure_nouns = word_set(include_str!("../../data/figure_nouns.txt"));
        self.name_titles = word_set(include_str!("../../data/name_titles.txt"));
        self.referring_org_nouns = word_set(include_str!("../../data/referring_org_nouns.txt"));
        if let Some(w) = self
            .referring_org_nouns
            .iter()
            .find(|w| !self.org_words.contains(*w))
        {
            return Err(format!(
                "referring_org_nouns.txt: {w:?} is not in org_words.txt"
            ));
        }
        Ok(())
    }

    /// Whether a word is a title of address (data/honorifics.csv), with or without its
    /// period: "Mr", "Sen.", "Dr.".
    pub fn is_honorific(&self, w: &str) -> bool {
        self.honorifics.contains_key(w.trim_end_matches('.'))
    }

    /// Whether a word is a title before a name: a title of address or a role of one word
    /// ("Prof", "Commodore", "Economist").
    pub fn is_title_word(&self, w: &str) -> bool {
        self.is_honorific(w) || self.roles.get(w).is_some()
    }

    /// Whether a capitalized word may be a field of a minister's portfolio written as a list
    /// ("Culture, Media and Sport Secretary"): no given name, country or place word, title
    /// of address, lead word, day or month, or preposition that sets a scene.
    pub fn may_be_portfolio_field(&self, w: &str) -> bool {
        !(self.given_names.contains_key(w)
            || self.country_words.get(w).is_some()
            || self.places.get(w).is_some()
            || self.is_honorific(w)
            || self.lead_words.contains(w)
            || grammar::is_month_or_day(w)
            || grammar::SCENE_PREPOSITIONS.contains(w))
    }

    /// The US state whose AP abbreviation, left out of places.csv, is `written` exactly so
    /// ("Ga" is Georgia; "GA" is nothing): data/state_abbreviations.csv.
    pub fn state_abbreviated(&self, written: &str) -> Option<&str> {
        self.state_abbreviations
            .iter()
            .find(|(a, _)| a == written)
            .map(|(_, state)| state.as_str())
    }

    /// Whether a phrase, lowercased, names a place (data/places.csv) or a country by any of
    /// its words (data/countries.csv, capitals among them): "new delhi", "mumbai",
    /// "virginia".
    pub fn names_a_place(&self, phrase: &str) -> bool {
        self.places.get(phrase).is_some() || self.country_words.get(phrase).is_some()
    }

    /// Whether a capitalized word after a party's word makes the two a body's name, not
    /// the party ("Federal Labour Agency", "International Labour Organisation"): an
    /// organization's head word (data/org_words.txt) other than "Party". `w` is a
    /// normalized (lowercase) word.
    pub fn names_a_body_after_a_party_word(&self, w: &str) -> bool {
        w != "party" && self.org_words.contains(w)
    }

    /// Whether the party word at `words[k]` is a portfolio's field after a role's "for" or
    /// "of" ("Assistant Undersecretary for Labour Policy", "Minister of Labour"): the
    /// office's subject, no member's party. `words` are normalized (lowercase).
    pub fn portfolio_after_role<W: AsRef<str>>(&self, words: &[W], k: usize) -> bool {
        k >= 2
            && ["for", "of"].contains(&words[k - 1].as_ref())
            && self.portfolio_fields.contains(words[k].as_ref())
            && self
                .roles
                .longest_at(words, k - 2)
                .is_some_and(|(_, n)| n == 1)
    }

    /// Whether a word is a country's adjective or demonym ("Swiss", "Swede"), as opposed
    /// to its name or capital.
    pub fn is_country_adjective(&self, w: &str) -> bool {
        matches!(
            self.country_words.get(w),
            Some(&(_, CountryWordKind::Adjective | CountryWordKind::Demonym))
        )
    }

    /// The country at an index of `countries`.
    pub fn country(&self, i: usize) -> &Country {
        &self.countries[i]
    }

    /// The country with an alpha-2 code.
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        self.country_codes.get(code).map(|&i| &self.countries[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_names_an_office_by_its_head_and_words() {
        let lex = Lexicon::parse().unwrap();
        let names = |d: &str, o: &str| lex.office(d).names(&lex.office(o));
        assert!(names("The Indiana governor", "indiana governor"));
        assert!(names("the former Indiana governor", "indiana governor"));
        assert!(names("the governor", "governor of indiana"));
        assert!(names("Senator from Texas", "texas senator"));
        assert!(names(
            "the GOP presidential nominee",
            "republican presidential nominee"
        ));
        assert!(names(
            "the Republican vice-presidential nominee",
            "republican vice presidential nominee"
        ));
        assert!(!names(
            "the Democratic nominee",
            "republican presidential nominee"
        ));
        assert!(!names("the state", "secretary of state"));
        assert!(!names("The Foreign Secretary", "shadow foreign secretary"));
        assert!(!names("the prime minister", "deputy prime minister"));
        assert!(!names("the Ohio governor", "indiana governor"));
    }

    #[test]
    fn known_people_are_found_by_name_or_by_a_surname_they_share() {
        let lex = Lexicon::parse().unwrap();
        assert_eq!(lex.known_people_named("Tony Blair").len(), 1);
        assert_eq!(
            lex.known_people_named("Blair").len(),
            2,
            "Tony and Ian Blair"
        );
        assert!(lex.known_people_named("Nobody Special").is_empty());
    }

    #[test]
    fn a_person_key_drops_initials_suffixes_and_diacritics() {
        assert_eq!(person_key("Donald J. Trump"), "donald trump");
        assert_eq!(person_key("George H.W. Bush"), "george bush");
        assert_eq!(person_key("Joseph R. Biden Jr."), "joseph biden");
        assert_eq!(person_key("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(person_key("Martin O\u{2019}Malley"), "martin o'malley");
        assert_eq!(person_key("Xi Jinping"), "xi jinping");
    }

    #[test]
    fn an_office_a_country_lacks() {
        let lex = &*LEXICON;
        assert!(lex.office_absent_in("Prime Minister", "US"));
        assert!(lex.office_absent_in("former prime minister", "US"));
        assert!(!lex.office_absent_in("Prime Minister", "GB"));
        assert!(!lex.office_absent_in("president", "US"));
        // A whole word: "mp" is no "camp".
        assert!(!lex.office_absent_in("camp", "US"));
    }

    /// Every data file read without the csv crate, and some made-up ones, as the crate
    /// reads them.
    /// data/README.md's table gives each file's number of entries: the lines that are no
    /// comment and not blank, a CSV's header aside. A row added to a file is counted there.
    #[test]
    fn the_data_readme_counts_every_file_s_entries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let readme = std::fs::read_to_string(dir.join("README.md")).expect("data/README.md");
        let mut checked = 0;
        for line in readme.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let (Some(file), Some(count)) = (
                cells.get(1).map(|c| c.trim_matches('`')),
                cells
                    .get(2)
                    .and_then(|c| c.replace(',', "").parse::<usize>().ok()),
            ) else {
                continue;
            };
            let text = std::fs::read_to_string(dir.join(file)).expect(file);
            let entries = text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .count()
                - usize::from(file.ends_with(".csv"));
            assert_eq!(entries, count, "data/{file}: data/README.md says {count}");
            checked += 1;
        }
        assert!(checked >= 20, "only {checked} files in the table");
    }

    #[test]
    fn simple_rows_agree_with_the_csv_crate() {
        let files = [
            include_str!("../../data/affiliations.csv"),
            include_str!("../../data/countries.csv"),
            include_str!("../../data/cues.csv"),
            include_str!("../../data/currencies.csv"),
            include_str!("../../data/place_homonyms.csv"),
            include_str!("../../data/state_abbreviations.csv"),
            include_str!("../../data/absent_offices.csv"),
            include_str!("../../data/given_names.csv"),
            include_str!("../../data/honorifics.csv"),
            include_str!("../../data/institutions.csv"),
            include_str!("../../data/people.csv"),
            include_str!("../../data/places.csv"),
            include_str!("../../data/pronouns.csv"),
            include_str!("../../data/roles.csv"),
        ];
        for data in files {
            let simple = simple_rows(data).expect("the data files are simple");
            assert_eq!(simple, csv_rows("test", data).unwrap());
        }
        // The first four are read here, the rest left to the crate or read alike.
        let made_up = [
            "a,b\nc,d",
            "a,b\n\nc,\n\n\nd\n",
            "a,b,c\n\"x, y\",\"\"\"q\"\"\",\n\"\",,\"\"\n",
            "h\n \n\"a\"\"\"\n,\n",
            "",
            "\n",
            "a\r\nb\n",
            "a\n\"b\nc\"\n",
            "a\nb\"c\n",
            "a\n\"b\"c\n",
            "\u{feff}a,b\n",
        ];
        for (k, data) in made_up.into_iter().enumerate() {
            match simple_rows(data) {
                Some(simple) => assert_eq!(simple, csv_rows("test", data).unwrap(), "{data:?}"),
                None => assert!(k >= 4, "{data:?}"),
            }
        }
    }

    #[test]
    fn bundled_data_parses_and_is_big_enough() {
        let lex = Lexicon::parse().unwrap();
        assert!(lex.cues.len() >= 150, "cues: {}", lex.cues.len());
        assert!(
            lex.countries.len() >= 249,
            "countries: {}",
            lex.countries.len()
        );
        assert!(lex.roles.len() >= 100);
        assert!(lex.places.len() >= 300);
        assert!(lex.institutions.len() >= 100);
    }

    #[test]
    fn phrases_match_longest_first() {
        let lex = &*LEXICON;
        let words: Vec<String> = ["called", "for", "a"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (cue, n) = lex.cues.longest_at(&words, 0).unwrap();
        assert_eq!((cue.lemma.as_str(), n), ("call for", 2));
        let (c, _) = lex.country_words.get("Japanese").copied().unwrap();
        assert_eq!(lex.country(c).alpha2, "JP");
        let (c, _) = lex.country_words.get("U.S.").copied().unwrap();
        assert_eq!(lex.country(c).alpha2, "US");
    }

    /// The pruned longest-match scans agree with trying every length, on every position of
    /// word sequences built from the lexicon's own phrases and their neighbours.
    #[test]
    fn pruned_lookups_agree_with_exhaustive_ones() {
        fn exhaustive<T>(m: &PhraseMap<T>, words: &[String], i: usize) -> Option<usize> {
            let max = m.max_words.min(words.len().saturating_sub(i));
            (1..=max)
                .filter(|&n| m.map.contains_key(&words[i..i + n].join(" ")))
                .max()
        }
        fn exhaustive_end<T>(m: &PhraseMap<T>, words: &[String], end: usize) -> Option<usize> {
            let max = m.max_words.min(end);
            (1..=max)
                .filter(|&n| m.map.contains_key(&words[end - n..end].join(" ")))
                .max()
        }
        fn check<T>(m: &PhraseMap<T>) {
            let mut keys: Vec<&String> = m.map.keys().collect();
            keys.sort();
            let mut words: Vec<String> = Vec::new();
            for (k, key) in keys.iter().enumerate() {
                // Phrases back to back, cut short, and with a two-word token among them.
                words.extend(key.split(' ').map(String::from));
                if k % 3 == 0 {
                    words.pop();
                }
                if k % 7 == 0 {
                    words.push("the said".into());
                }
            }
            for i in 0..=words.len() {
                assert_eq!(
                    m.longest_at(&words, i).map(|x| x.1),
                    exhaustive(m, &words, i)
                );
                assert_eq!(
                    m.longest_ending_at(&words, i).map(|x| x.1),
                    exhaustive_end(m, &words, i)
                );
            }
        }
        let lex = &*LEXICON;
        check(&lex.cues);
        check(&lex.roles);
        check(&lex.country_words);
        check(&lex.places);
        check(&lex.institutions);
        check(&lex.document_nouns);
        check(&lex.media_nouns);
        for w in [
            "said",
            "U.S.",
            "people's daily",
            "",
            " ",
            "Foreign Ministry",
            "foreign  ministry",
            "Foreign  Ministry",
            "x ",
            " X",
            "a-b",
            "A1 b",
            "x y",
            "State Council",
            "Xinhua News Agency",
            "UN",
            "G20",
        ] {
            assert_eq!(
                plain_key(w)
                    .map(|k| k.into_owned())
                    .unwrap_or_else(|| phrase_key(w).0),
                phrase_key(w).0,
                "{w:?}"
            );
            assert_eq!(
                lex.roles.get(w).is_some(),
                lex.roles.map.contains_key(&phrase_key(w).0)
            );
        }
    }

    #[test]
    fn plain_phrases_split_as_the_tokenizer_reads_them() {
        let files = [
            include_str!("../../data/cues.csv"),
            include_str!("../../data/roles.csv"),
            include_str!("../../data/countries.csv"),
            include_str!("../../data/places.csv"),
            include_str!("../../data/institutions.csv"),
            include_str!("../../data/affiliations.csv"),
            include_str!("../../data/document_nouns.txt"),
            include_str!("../../data/media_nouns.txt"),
        ];
        let mut plain_phrases = 0;
        for field in files
            .iter()
            .flat_map(|f| f.lines())
            .flat_map(|l| l.split([',', '|', '"']))
            .map(str::trim)
        {
            plain_phrases += usize::from(plain(field).is_some());
            assert_eq!(
                phrase_words(field),
                phrase_words_tokenized(field),
                "{field:?}"
            );
        }
        assert!(plain_phrases > 3000, "{plain_phrases}");
    }

    #[test]
    fn a_pair_of_words_is_found_as_its_two_word_entry() {
        let lex = Lexicon::parse().unwrap();
        let set = &lex.group_nouns;
        assert!(set.contains_pair("those", "surveyed"));
        assert!(set.contains_pair("police", "officers"));
        assert!(!set.contains_pair("those", "said") && !set.contains_pair("", "surveyed"));
        // Every split of every entry and of words around them answers as the whole does.
        let words = [
            "a", "those", "police", "x", "officers", "surveyed", "", "said",
        ];
        for entry in set.iter().chain(lex.name_titles.iter()) {
            for (a, b) in entry.split_once(' ').into_iter().chain(
                words
                    .iter()
                    .flat_map(|&a| words.iter().map(move |&b| (a, b))),
            ) {
                let whole = format!("{a} {b}");
                let expect = !a.is_empty() && !b.is_empty() && set.contains(&whole);
                assert_eq!(set.contains_pair(a, b), expect, "{whole:?}");
            }
        }
    }

    #[test]
    fn filtered_lookups_find_what_the_maps_hold() {
        let lex = Lexicon::parse().unwrap();
        let files = [
            include_str!("../../data/cues.csv"),
            include_str!("../../data/roles.csv"),
            include_str!("../../data/countries.csv"),
            include_str!("../../data/places.csv"),
            include_str!("../../data/institutions.csv"),
        ];
        let fields = files
            .iter()
            .flat_map(|f| f.lines())
            .flat_map(|l| l.split([',', '|', '"']))
            .map(str::trim);
        let mut found = 0;
        for field in fields {
            let upper = field.to_uppercase();
            for w in [
                field.to_string(),
                upper.clone(),
                format!("{field} x"),
                format!("{upper} of"),
                format!("x {field}"),
                format!("{field}  x"),
                format!("{field}'s"),
            ] {
                let key = phrase_key(&w).0;
                found += usize::from(lex.cues.get(&w).is_some());
                assert_eq!(lex.cues.get(&w).is_some(), lex.cues.map.contains_key(&key));
                assert_eq!(
                    lex.roles.get(&w).is_some(),
                    lex.roles.map.contains_key(&key)
                );
                assert_eq!(
                    lex.places.get(&w).is_some(),
                    lex.places.map.contains_key(&key)
                );
                assert_eq!(
                    lex.institutions.get(&w).is_some(),
                    lex.institutions.map.contains_key(&key),
                    "{w:?}"
                );
                assert_eq!(
                    lex.country_words.get(&w).is_some(),
                    lex.country_words.map.contains_key(&key)
                );
                let word = norm(&w);
                assert_eq!(
                    lex.given_names.contains_key(&word),
                    lex.given_names.map.contains_key(&word)
                );
            }
        }
        assert!(found > 500, "{found}");
    }
}
