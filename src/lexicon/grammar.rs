//! Closed-class words the stages share: days, months, scene-setting prepositions and name
//! particles.
//!
//! These are grammar, not lexicon: they do not grow with the news, so they live here once
//! rather than in `data/`, and every stage that needs them asks this module. [`WordList`]
//! is the closed list the hot word tests use: it turns most words away before comparing.

/// A closed list of words that answers "is this one of them?" for most words without
/// comparing it with each: a bit for each word's length, first and last bytes turns away a
/// word that cannot be in the list in a few instructions. The frame rules' lists that are
/// asked for nearly every word left of a cue (40 to 70 words each) are `WordList`s.
pub struct WordList {
    words: &'static [&'static str],
    /// Bit `filter_bit(w)` set for every word `w` of the list.
    filter: [u64; FILTER_BITS / 64],
}

/// The size of a `WordList`'s filter in bits: a list of 70 words sets under 7% of them.
const FILTER_BITS: usize = 1024;

impl WordList {
    /// The list of `words`.
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let mut filter = [0u64; FILTER_BITS / 64];
        let mut i = 0;
        while i < words.len() {
            let bit = filter_bit(words[i].as_bytes());
            filter[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        WordList { words, filter }
    }

    /// Whether `w` is one of the words.
    #[inline]
    pub fn contains<S: AsRef<str> + ?Sized>(&self, w: &S) -> bool {
        let w = w.as_ref();
        let bit = filter_bit(w.as_bytes());
        self.filter[bit / 64] & (1 << (bit % 64)) != 0 && self.words.contains(&w)
    }
}

/// A word's bit in a `WordList` filter: a multiplicative hash of its length and its first
/// and last bytes.
#[inline]
const fn filter_bit(b: &[u8]) -> usize {
    let (first, last) = match b {
        [] => (0, 0),
        [f, .., l] => (*f as u64, *l as u64),
        [f] => (*f as u64, *f as u64),
    };
    let key = first | last << 8 | (b.len() as u64) << 16;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS.trailing_zeros())) as usize
}

/// Days of the week.
pub const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Months.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a word names a day ("Tuesday", "yesterday", "tonight").
pub fn is_day_word(w: &str) -> bool {
    DAYS.contains(&w) || matches!(w, "yesterday" | "today" | "tonight")
}

/// Whether a word names a day of the week or a month.
pub fn is_month_or_day(w: &str) -> bool {
    MONTHS.contains(&w) || DAYS.contains(&w)
}

/// Prepositions that open a scene-setting phrase before a subject ("On Tuesday", "With the
/// acquisition", "Regarding Trump").
pub const SCENE_PREPOSITIONS: WordList = WordList::new(&[
    "on",
    "in",
    "at",
    "with",
    "by",
    "after",
    "during",
    "regarding",
    "for",
    "from",
    "since",
    "under",
    "upon",
    "following",
    "amid",
    "despite",
]);

/// Prepositions of space that set a scene only where they open a sentence ("Outside the
/// North Market in Columbus, volunteer Gary Litton said"): after a cue they are read as the
/// report's ("said outside court the pair denied"), so they stay out of
/// [`SCENE_PREPOSITIONS`].
pub const OPENING_PLACE_PREPOSITIONS: WordList =
    WordList::new(&["outside", "inside", "near", "across", "throughout"]);

/// Words that open an indirect question ("questioned whether ...", "asked by a reporter
/// how ...").
pub const WH_WORDS: &[&str] = &[
    "whether", "if", "what", "how", "why", "who", "when", "where",
];

/// Whether a word opens the question that "ask" reports: a wh-word or "which" ("asked Rubio
/// which states he could win").
pub fn opens_a_question(w: &str) -> bool {
    WH_WORDS.contains(&w) || w == "which"
}

/// The party letters of a US lawmaker's tag before its home state or town ("D-Ore.",
/// "R-St. George"; Minnesota's Democrats are the DFL: "DFL-Minneapolis").
pub const PARTY_TAG_LETTERS: &[&str] = &["D", "R", "I", "DFL"];

/// Quantifiers that stand alone for people ("many argue", "others said").
pub const LONE_QUANTIFIERS: &[&str] = &["many", "some", "most", "others", "several"];

/// Numbers written as words ("five states", "two reports").
pub const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

/// The units that follow a ten's hyphen ("twenty-one", "ninety-nine").
const UNITS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// The tens written as words ("twenty states", "Twenty-seven states").
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Whether a lowercase word writes a number: one of [`NUMBER_WORDS`], a ten, or a ten and a
/// unit joined by a hyphen ("twenty-seven").
pub fn is_number_word(w: &str) -> bool {
    NUMBER_WORDS.contains(&w)
        || TENS.contains(&w)
        || w.split_once('-')
            .is_some_and(|(t, u)| TENS.contains(&t) && UNITS.contains(&u))
}

/// Lowercase particles that stay inside a person's name ("Mohammad bin Salman", "Luiz
/// Inácio da Silva", the Malay "Norazlina binti Hassan").
pub const NAME_PARTICLES: &[&str] = &[
    "da", "de", "del", "della", "di", "do", "dos", "das", "van", "von", "der", "den", "bin",
    "bint", "binti", "al", "la", "le", "du", "ter", "y",
];

/// Whether a particle may join capitalized words into one name in running text. "do" and
/// "y" are left out: between capitalized words they are more often English ("Why do I") or
/// a conjunction ("Pedro y Juan") than part of a name.
pub fn joins_names_in_text(w: &str) -> bool {
    NAME_PARTICLES.contains(&w) && !matches!(w, "do" | "y")
}

/// Nouns that end in "-ly" like a manner adverb ("the family said", "an ally told").
const LY_NOUNS: &[&str] = &[
    "family",
    "ally",
    "rally",
    "assembly",
    "supply",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "jelly",
    "reply",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "biweekly",
    "italy",
    "july",
    "homily",
    "folly",
    "lily",
    "melancholy",
    "butterfly",
    "panoply",
];

/// Whether a lowercase word is a manner or sentence adverb in "-ly" ("Li quickly said",
/// "the minister reportedly told").
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ly") && !LY_NOUNS.contains(&w)
}

/// Whether `form`, a cue of `lemma`, may open a sentence as an inversion ('Said Ellis:
/// "..."', "Added Mr Fogg, ..."): an inflected form ("State Rep. Lee Bright" and "Ask
/// Jeeves" are names), and not "Asked" ("Asked Tuesday about the emails, Lind said" opens
/// with a participle).
pub fn fronts_an_inversion(lemma: &str, form: &str) -> bool {
    form != lemma && lemma != "ask"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_holds_its_words_and_nothing_else() {
        const LIST: WordList = WordList::new(&["", "a", "of", "the", "'s", "meanwhile", "é"]);
        for w in LIST.words {
            assert!(LIST.contains(w), "{w:?}");
        }
        let others = [
            "b", "to", "th", "then", "'", "s", "meanwhil", "e", "ée", "A", "The",
        ];
        for w in others {
            assert!(!LIST.contains(w), "{w:?}");
        }
        for w in ["x", "ab", "xyz", "said", "reportedly", "\u{201c}"] {
            assert_eq!(
                SCENE_PREPOSITIONS.contains(w),
                SCENE_PREPOSITIONS.words.contains(&w)
            );
        }
        for w in SCENE_PREPOSITIONS.words {
            assert!(SCENE_PREPOSITIONS.contains(*w));
        }
    }

    #[test]
    fn number_words_include_tens_and_their_compounds() {
        for w in [
            "two",
            "dozens",
            "twenty",
            "twenty-seven",
            "ninety-one",
            "thousand",
        ] {
            assert!(is_number_word(w), "{w}");
        }
        for w in [
            "one",
            "twenty-",
            "seven-twenty",
            "post-soviet",
            "ten-year",
            "plenty",
        ] {
            assert!(!is_number_word(w), "{w}");
        }
    }
}
