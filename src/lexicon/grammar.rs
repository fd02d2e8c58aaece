//! Closed-class words the stages share: days, months, scene-setting prepositions and name
//! particles.
//!
//! These are grammar, not lexicon: they do not grow with the news, so they live here once
//! rather than in `data/`, and every stage that needs them asks this module.

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
pub const SCENE_PREPOSITIONS: &[&str] = &[
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
];

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

/// Lowercase particles that stay inside a person's name ("Mohammad bin Salman", "Luiz
/// Inácio da Silva").
pub const NAME_PARTICLES: &[&str] = &[
    "da", "de", "del", "della", "di", "do", "dos", "das", "van", "von", "der", "den", "bin",
    "bint", "al", "la", "le", "du", "ter", "y",
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
