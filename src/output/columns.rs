//! The output columns, defined once.
//!
//! `COLUMNS` is the single source of truth for the CSV header, the Table Schema in
//! `schema/quotes.schema.json`, the column table in `schema/README.md` and `saywho schema`.
//! `QuoteRecord` is the flat row the CSV writer serializes; a test checks that its serde
//! field order is exactly `COLUMNS`, so the two cannot drift apart.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use crate::error::SelectionError;

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
    /// A regular expression every non-empty value matches whole (Table Schema `pattern`).
    pub pattern: Option<&'static str>,
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
        pattern: None,
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
        pattern: None,
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
        pattern: None,
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
    "unnamed",
    "unresolved",
];

/// Every output column, in output order.
pub const COLUMNS: &[Column] = &[
    col(
        "article_id",
        String,
        true,
        "The article: for plain text, its path relative to the directory argument, its file name for a file argument, `-` for stdin; for a JSONL line or CSV row, its id field, else `FILE:LINE`.",
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
        "The words at this row that stand for the speaker (\"he\", \"Liu\", \"The Chinese diplomat\", the \"who\" of \"Liu, who said\"); empty when the speaker is carried from an earlier row.",
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
        pattern: Some("[A-Z]{2}"),
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
        "explicit (a country word tied to the speaker, role or organization) or inferred (a place, an institution, a capital, a place that opens the sentence or the one before it in its paragraph, the dateline, the country the story is mostly about by its places or, naming none, by its currency); empty with no country.",
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
        "How the speaker was found: explicit (full name at the quote), name (a shorter form resolved), pronoun, description, carried (from the previous row or the sentence's subject), unnamed (a source the article never names, given by its own words: \"analysts\", \"a spokesman\"), unresolved (a pronoun or definite description linked to no entity of the article).",
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
        "The article's title: the input's `title` field, else found in the text.",
        "Two neighbours hold security talks",
    ),
    Column {
        pattern: Some("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
        ..col(
            "article_date",
            String,
            false,
            "The article's date as ISO 8601 (YYYY-MM-DD): the input's `date` field when it reads as a date, else found in the text.",
            "2015-03-19",
        )
    },
    col(
        "article_source",
        String,
        false,
        "The article's source or agency: the input's `source` field, else found in the text.",
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

/// The columns that identify a row: each article's rows are numbered 1, 2, 3, ... in
/// `quote_index` (the Table Schema's primary key).
pub const ROW_KEY: [&str; 2] = ["article_id", "quote_index"];

/// A piece of the article that a row quotes, with the columns holding its text and its
/// code point offsets (end exclusive).
#[derive(Clone, Copy, Debug)]
pub struct Span {
    /// The column holding the text.
    pub text: &'static str,
    /// The column holding the offset of its first character.
    pub start: &'static str,
    /// The column holding the offset just past its last character.
    pub end: &'static str,
}

/// The spans of a row. The exporter never writes an empty span, so a present span has
/// `start < end` and `end - start` equal to the length of its text in code points; an
/// absent one (no speaker mention, no cue) has empty text and empty offsets.
pub const SPANS: &[Span] = &[
    Span {
        text: "quote",
        start: "quote_start",
        end: "quote_end",
    },
    Span {
        text: "speaker_mention",
        start: "speaker_start",
        end: "speaker_end",
    },
    Span {
        text: "cue",
        start: "cue_start",
        end: "cue_end",
    },
];

/// The position of a column in `COLUMNS`.
pub fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| c.name == name)
}

/// The positions of all columns, in output order: the default selection.
pub fn all_columns() -> Vec<usize> {
    (0..COLUMNS.len()).collect()
}

/// Reads a `--columns` list (`quote,speaker,country`) into positions in `COLUMNS`, in the
/// order given. An unknown or repeated name is an error that lists the valid names.
pub fn parse_selection(spec: &str) -> Result<Vec<usize>, SelectionError> {
    let mut picked = Vec::new();
    for name in spec.split(',').map(str::trim) {
        if name.is_empty() {
            return Err(SelectionError::Empty);
        }
        let i = column_index(name).ok_or_else(|| SelectionError::Unknown(name.to_string()))?;
        if picked.contains(&i) {
            return Err(SelectionError::Repeated(name.to_string()));
        }
        picked.push(i);
    }
    Ok(picked)
}

/// One cell of a row, typed as its column is; every output format renders these, so CSV,
/// TSV and JSONL hold the same values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell<'a> {
    /// A text column's value (empty for none).
    Text(&'a str),
    /// An integer column's value; `None` is written as an empty cell (JSON `null`).
    Integer(Option<usize>),
    /// A number column's value.
    Number(f64),
}

impl Cell<'_> {
    /// The cell as delimited text, exactly as the CSV writer has always serialized it:
    /// integers in decimal, `None` empty, numbers in the shortest form that reads back
    /// (`0.8`, `1.0`).
    pub fn to_text(&self) -> Cow<'_, str> {
        match *self {
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Integer(Some(n)) => Cow::Owned(n.to_string()),
            Cell::Integer(None) => Cow::Borrowed(""),
            Cell::Number(x) => Cow::Owned(ryu::Buffer::new().format(x).to_string()),
        }
    }

    /// The cell as a JSON value: text as a string, integers as numbers or `null`.
    pub fn to_json(&self) -> serde_json::Value {
        match *self {
            Cell::Text(s) => serde_json::Value::from(s),
            Cell::Integer(n) => n.map_or(serde_json::Value::Null, serde_json::Value::from),
            Cell::Number(x) => serde_json::Value::from(x),
        }
    }
}

impl QuoteRecord<'_> {
    /// The row's cells in `COLUMNS` order (a test checks each cell's type against its
    /// column). Destructuring the whole struct makes a new field a compile error here.
    pub fn cells(&self) -> [Cell<'_>; COLUMNS.len()] {
        let QuoteRecord {
            article_id,
            quote_index,
            quote,
            quote_type,
            speaker,
            speaker_mention,
            speaker_type,
            speaker_role,
            country,
            country_code,
            country_basis,
            country_evidence,
            cue,
            cue_lemma,
            attribution,
            confidence,
            quote_start,
            quote_end,
            speaker_start,
            speaker_end,
            cue_start,
            cue_end,
            sentence_index,
            sentence,
            article_title,
            article_date,
            article_source,
            article_url,
        } = self;
        use Cell::{Integer as I, Number as N, Text as T};
        [
            T(article_id),
            I(Some(*quote_index)),
            T(quote),
            T(quote_type),
            T(speaker),
            T(speaker_mention),
            T(speaker_type),
            T(speaker_role),
            T(country),
            T(country_code),
            T(country_basis),
            T(country_evidence),
            T(cue),
            T(cue_lemma),
            T(attribution),
            N(*confidence),
            I(Some(*quote_start)),
            I(Some(*quote_end)),
            I(*speaker_start),
            I(*speaker_end),
            I(*cue_start),
            I(*cue_end),
            I(Some(*sentence_index)),
            T(sentence),
            T(article_title),
            T(article_date),
            T(article_source),
            T(article_url),
        ]
    }
}

/// One output row: one reporting event. Field order is the column order.
///
/// Text borrows what it can (the article's id, text and metadata, the words of the fixed
/// vocabularies) rather than owning a copy of each cell: a row is 28 cells.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord<'a> {
    pub article_id: Cow<'a, str>,
    pub quote_index: usize,
    pub quote: Cow<'a, str>,
    pub quote_type: Cow<'a, str>,
    pub speaker: Cow<'a, str>,
    pub speaker_mention: Cow<'a, str>,
    pub speaker_type: Cow<'a, str>,
    pub speaker_role: Cow<'a, str>,
    pub country: Cow<'a, str>,
    pub country_code: Cow<'a, str>,
    pub country_basis: Cow<'a, str>,
    pub country_evidence: Cow<'a, str>,
    pub cue: Cow<'a, str>,
    pub cue_lemma: Cow<'a, str>,
    pub attribution: Cow<'a, str>,
    pub confidence: f64,
    pub quote_start: usize,
    pub quote_end: usize,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub sentence_index: usize,
    pub sentence: Cow<'a, str>,
    pub article_title: Cow<'a, str>,
    pub article_date: Cow<'a, str>,
    pub article_source: Cow<'a, str>,
    pub article_url: Cow<'a, str>,
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

    fn sample() -> QuoteRecord<'static> {
        QuoteRecord {
            article_id: "a, \"b\".txt".into(),
            quote_index: 3,
            quote: "=1+1, he \"said\"\nthen".into(),
            quote_type: "direct".into(),
            speaker: "Jos\u{e9} N\u{fa}\u{f1}ez".into(),
            attribution: "explicit".into(),
            confidence: 0.8,
            quote_start: 10,
            quote_end: 30,
            speaker_start: Some(40),
            speaker_end: Some(51),
            sentence_index: 2,
            sentence: "s".into(),
            ..QuoteRecord::default()
        }
    }

    #[test]
    fn cells_render_as_the_serializer_writes() {
        for r in [sample(), QuoteRecord::default()] {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(vec![]);
            w.serialize(&r).unwrap();
            let by_serde = w.into_inner().unwrap();
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(vec![]);
            w.write_record(r.cells().iter().map(|c| c.to_text().into_owned()))
                .unwrap();
            assert_eq!(by_serde, w.into_inner().unwrap());
        }
    }

    #[test]
    fn cells_render_as_serde_json_writes() {
        let r = sample();
        let by_serde = serde_json::to_value(&r).unwrap();
        for (c, cell) in COLUMNS.iter().zip(r.cells()) {
            assert_eq!(by_serde[c.name], cell.to_json(), "{}", c.name);
        }
    }

    #[test]
    fn cells_have_their_columns_types() {
        for (c, cell) in COLUMNS.iter().zip(sample().cells()) {
            let kind = match cell {
                Cell::Text(_) => ColumnType::String,
                Cell::Integer(_) => ColumnType::Integer,
                Cell::Number(_) => ColumnType::Number,
            };
            assert_eq!(kind, c.kind, "{}", c.name);
        }
    }

    #[test]
    fn whole_numbers_keep_their_point() {
        assert_eq!(Cell::Number(1.0).to_text(), "1.0");
        assert_eq!(Cell::Number(0.85).to_text(), "0.85");
    }

    #[test]
    fn selection_keeps_the_order_given() {
        assert_eq!(parse_selection("quote,article_id"), Ok(vec![2, 0]));
        assert_eq!(parse_selection(" quote , speaker "), Ok(vec![2, 4]));
    }

    #[test]
    fn selection_refuses_unknown_repeated_and_empty_names() {
        let e = parse_selection("quote,speakr").unwrap_err();
        assert_eq!(e, SelectionError::Unknown("speakr".into()));
        let msg = e.to_string();
        assert!(msg.contains("`speakr`") && msg.contains("article_id,quote_index,quote"));
        assert_eq!(
            parse_selection("quote,quote"),
            Err(SelectionError::Repeated("quote".into()))
        );
        assert_eq!(parse_selection("quote,,cue"), Err(SelectionError::Empty));
        assert_eq!(parse_selection(""), Err(SelectionError::Empty));
    }

    #[test]
    fn spans_and_row_key_name_real_columns() {
        for s in SPANS {
            for name in [s.text, s.start, s.end] {
                assert!(column_index(name).is_some(), "{name}");
            }
        }
        for name in ROW_KEY {
            assert!(column_index(name).is_some(), "{name}");
        }
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
