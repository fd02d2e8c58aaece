//! The output columns, defined once.
//!
//! `COLUMNS` is the single source of truth for the CSV header, the Table Schema in
//! `schema/quotes.schema.json`, the column table in `schema/README.md` and `saywho schema`.
//! `QuoteRecord` is the flat row the CSV writer serializes; a test checks that its serde
//! field order is exactly `COLUMNS`, so the two cannot drift apart.

use serde::{Deserialize, Serialize};

/// The Table Schema type of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    /// Free text.
    String,
    /// A whole number; empty cells are allowed where `required` is false.
    Integer,
    /// A decimal number.
    Number,
}

impl ColumnType {
    /// The Frictionless Table Schema name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::String => "string",
            ColumnType::Integer => "integer",
            ColumnType::Number => "number",
        }
    }
}

/// One output column: its name, type, constraints and documentation.
#[derive(Clone, Debug)]
pub struct Column {
    /// The header name.
    pub name: &'static str,
    /// The Table Schema type.
    pub kind: ColumnType,
    /// Whether every row has a value.
    pub required: bool,
    /// Allowed values, when the column is an enumeration (empty cell allowed unless required).
    pub values: &'static [&'static str],
    /// Inclusive bounds for numbers.
    pub minimum: Option<f64>,
    /// Inclusive upper bound for numbers.
    pub maximum: Option<f64>,
    /// What the column means.
    pub description: &'static str,
    /// An example value, as it appears in the CSV.
    pub example: &'static str,
}

const fn col(
    name: &'static str,
    kind: ColumnType,
    required: bool,
    description: &'static str,
    example: &'static str,
) -> Column {
    Column {
        name,
        kind,
        required,
        values: &[],
        minimum: None,
        maximum: None,
        description,
        example,
    }
}

const fn enumerated(
    name: &'static str,
    required: bool,
    values: &'static [&'static str],
    description: &'static str,
    example: &'static str,
) -> Column {
    Column {
        name,
        kind: ColumnType::String,
        required,
        values,
        minimum: None,
        maximum: None,
        description,
        example,
    }
}

const fn offset(
    name: &'static str,
    required: bool,
    description: &'static str,
    example: &'static str,
) -> Column {
    Column {
        name,
        kind: ColumnType::Integer,
        required,
        values: &[],
        minimum: Some(0.0),
        maximum: None,
        description,
        example,
    }
}

use ColumnType::*;

/// Allowed `quote_type` values.
pub const QUOTE_TYPES: &[&str] = &["direct", "indirect", "mixed"];
/// Allowed `speaker_type` values.
pub const SPEAKER_TYPES: &[&str] = &["person", "organization", "group", "document"];
/// Allowed `country_basis` values.
pub const COUNTRY_BASES: &[&str] = &["explicit", "inferred"];
/// Allowed `attribution` values.
pub const ATTRIBUTIONS: &[&str] = &[
    "explicit",
    "name",
    "pronoun",
    "description",
    "carried",
    "unresolved",
];

/// Every output column, in output order.
pub const COLUMNS: &[Column] = &[
    col(
        "article_id",
        String,
        true,
        "The article: its path relative to the directory argument, its file name for a file argument, `-` for stdin.",
        "wn2019_0001.txt",
    ),
    Column {
        minimum: Some(1.0),
        ..col(
            "quote_index",
            Integer,
            true,
            "1-based order of the row within its article.",
            "1",
        )
    },
    col(
        "quote",
        String,
        true,
        "The reported content; for a direct quote the text inside the quotation marks, for a mixed quote the whole paraphrase with its marks.",
        "the meeting is also of significance to maintain regional peace",
    ),
    enumerated(
        "quote_type",
        true,
        QUOTE_TYPES,
        "direct (inside quotation marks), indirect (a paraphrase) or mixed (a paraphrase embedding a quoted fragment).",
        "indirect",
    ),
    col(
        "speaker",
        String,
        false,
        "The speaker's fullest name in the article; for an unnamed source its fullest description; empty when there is none.",
        "Liu Jianchao",
    ),
    col(
        "speaker_mention",
        String,
        false,
        "The words at this row that stand for the speaker (\"he\", \"Liu\", \"The Chinese diplomat\"); empty when the speaker is carried from an earlier row.",
        "he",
    ),
    enumerated(
        "speaker_type",
        false,
        SPEAKER_TYPES,
        "person, organization (a named body, government, company, news agency), group (an unnamed collective) or document (a report, statement, plan).",
        "person",
    ),
    col(
        "speaker_role",
        String,
        false,
        "The title or role tied to the speaker in the article.",
        "assistant foreign minister",
    ),
    col(
        "country",
        String,
        false,
        "English short name of the speaker's country; empty when the article does not tie the speaker to one, and for international bodies.",
        "China",
    ),
    Column {
        values: &[],
        ..col(
            "country_code",
            String,
            false,
            "ISO 3166-1 alpha-2 code of `country`.",
            "CN",
        )
    },
    enumerated(
        "country_basis",
        false,
        COUNTRY_BASES,
        "explicit (a country word tied to the speaker, role or organization) or inferred (a place, an institution, a capital, the dateline); empty with no country.",
        "explicit",
    ),
    col(
        "country_evidence",
        String,
        false,
        "The words that gave the country, with the kind of evidence for inferred countries.",
        "China's",
    ),
    col(
        "cue",
        String,
        false,
        "The reporting expression as written; empty for a continuation.",
        "adding",
    ),
    col(
        "cue_lemma",
        String,
        false,
        "The base form of the cue.",
        "add",
    ),
    enumerated(
        "attribution",
        true,
        ATTRIBUTIONS,
        "How the speaker was found: explicit (full name at the quote), name (a shorter form resolved), pronoun, description, carried (from the previous row or the sentence's subject), unresolved (a source linked to no named entity).",
        "carried",
    ),
    Column {
        minimum: Some(0.0),
        maximum: Some(1.0),
        ..col(
            "confidence",
            Number,
            true,
            "0 to 1: the exporter's estimate that content and speaker are right (see the README for how it is computed).",
            "0.8",
        )
    },
    offset(
        "quote_start",
        true,
        "Code point offset (Python string index) of the first character of `quote` in the text as read (BOM dropped, line ends kept).",
        "989",
    ),
    offset(
        "quote_end",
        true,
        "Code point offset just past the last character of `quote` (end exclusive).",
        "1051",
    ),
    offset(
        "speaker_start",
        false,
        "Code point offset of `speaker_mention`; empty when the mention is empty.",
        "1055",
    ),
    offset(
        "speaker_end",
        false,
        "End (exclusive) of `speaker_mention`; empty when the mention is empty.",
        "1057",
    ),
    offset(
        "cue_start",
        false,
        "Code point offset of `cue`; empty when the cue is empty.",
        "982",
    ),
    offset(
        "cue_end",
        false,
        "End (exclusive) of `cue`; empty when the cue is empty.",
        "988",
    ),
    Column {
        minimum: Some(1.0),
        ..offset(
            "sentence_index",
            true,
            "1-based index of the sentence where the quote starts, counting the sentences of the article's text outside boilerplate.",
            "6",
        )
    },
    col(
        "sentence",
        String,
        true,
        "The sentence or sentences holding the quote and its frame, at most 500 characters (cut with \u{2026}).",
        "It is important to keep dialogue..., adding the meeting is also of significance to maintain regional peace, he said.",
    ),
    col(
        "article_title",
        String,
        false,
        "The article's title, when found.",
        "Two neighbours hold security talks",
    ),
    col(
        "article_date",
        String,
        false,
        "The article's date as ISO 8601 (YYYY-MM-DD), when found.",
        "2015-03-19",
    ),
    col(
        "article_source",
        String,
        false,
        "The article's source or agency, when found.",
        "Xinhua",
    ),
    col(
        "article_url",
        String,
        false,
        "The article's URL, when the input gives one; empty for plain text input.",
        "",
    ),
];

/// Column names in output order.
pub fn column_names() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.name).collect()
}

/// One output row: one reporting event. Field order is the column order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub article_id: std::string::String,
    pub quote_index: usize,
    pub quote: std::string::String,
    pub quote_type: std::string::String,
    pub speaker: std::string::String,
    pub speaker_mention: std::string::String,
    pub speaker_type: std::string::String,
    pub speaker_role: std::string::String,
    pub country: std::string::String,
    pub country_code: std::string::String,
    pub country_basis: std::string::String,
    pub country_evidence: std::string::String,
    pub cue: std::string::String,
    pub cue_lemma: std::string::String,
    pub attribution: std::string::String,
    pub confidence: f64,
    pub quote_start: usize,
    pub quote_end: usize,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub sentence_index: usize,
    pub sentence: std::string::String,
    pub article_title: std::string::String,
    pub article_date: std::string::String,
    pub article_source: std::string::String,
    pub article_url: std::string::String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_fields_follow_columns() {
        let mut w = csv::Writer::from_writer(vec![]);
        w.serialize(QuoteRecord::default()).unwrap();
        let out = std::string::String::from_utf8(w.into_inner().unwrap()).unwrap();
        let header = out.lines().next().unwrap();
        assert_eq!(header, column_names().join(","));
    }

    #[test]
    fn there_are_28_unique_columns() {
        let mut names = column_names();
        assert_eq!(names.len(), 28);
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 28);
    }
}
