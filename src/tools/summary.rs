//! Counting one export for `saywho summary`: who is quoted, from where, and how.
//!
//! The file is read once, through `validate::validate_each`: a file that does not follow
//! the schema gets no summary (its counts would mean nothing), and the same pass that
//! checks a row counts it, so a gigabyte export is read once, from a pipe if need be.
//!
//! Memory does not grow with the rows. It grows with the articles (one counter each, for
//! the median of rows per article, beside the ids `validate` keeps to check that each
//! article's rows are together) and with the distinct speakers, countries and cue lemmas
//! (one map entry each, so a corpus's vocabulary, not its size).
//!
//! Text cells are read as `--excel` wrote them, less the formula guard's `'`, so a plain
//! export and an `--excel` one of the same rows give the same summary.

use std::collections::HashMap;
use std::io::Read;

use crate::output::columns::{ATTRIBUTIONS, QUOTE_TYPES, SPEAKER_TYPES, column_index};
use crate::output::validate::{Report, validate_each};
use crate::output::write::FORMULA_STARTS;

/// A value and the rows that have it. `value` is empty for an empty cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub value: String,
    pub rows: u64,
}

/// A speaker, the country most of their rows give, and their rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    /// The most frequent non-empty `country` of the speaker's rows (the first in
    /// alphabetical order on a tie); empty when no row gives one.
    pub country: String,
    pub rows: u64,
}

/// Rows per article: least, median (the mean of the two middle values for an even count,
/// as pandas computes it) and most.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub min: u64,
    pub median: f64,
    pub max: u64,
}

/// What one export holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Data rows.
    pub rows: u64,
    /// Articles with at least one row (an export has no trace of the others).
    pub articles: u64,
    /// Rows by `quote_type`, in the schema's order, zeros included.
    pub quote_types: Vec<Count>,
    /// Rows by `attribution`, in the schema's order, zeros included.
    pub attributions: Vec<Count>,
    /// Rows by `speaker_type`, in the schema's order, then empty cells if there are any.
    pub speaker_types: Vec<Count>,
    /// Every speaker, most rows first (then by name); rows with no speaker are not here.
    pub speakers: Vec<Speaker>,
    /// Rows with an empty `speaker`.
    pub no_speaker: u64,
    /// Rows by `country`, most first (then by name); empty is "no country".
    pub countries: Vec<Count>,
    /// Rows by `cue_lemma`, most first (then by lemma); empty is a continuation.
    pub cues: Vec<Count>,
    /// Rows whose `attribution` is `unresolved`.
    pub unresolved: u64,
    /// Rows whose `country_basis` is `inferred`.
    pub inferred: u64,
    /// Rows that are either (or both).
    pub unresolved_or_inferred: u64,
    /// `None` for an export with no rows.
    pub rows_per_article: Option<Spread>,
}

/// Why there is no summary.
#[derive(Debug)]
pub enum Failure {
    /// The input could not be read.
    Io(std::io::Error),
    /// The file does not follow the schema: `validate`'s report.
    Invalid(Report),
}

/// The columns a summary reads, as positions in the file's fields.
struct Fields {
    article_id: usize,
    quote_type: usize,
    speaker: usize,
    speaker_type: usize,
    country: usize,
    country_basis: usize,
    cue_lemma: usize,
    attribution: usize,
}

impl Fields {
    /// `None` when one is missing; `validate` reports it.
    fn find(layout: &[Option<usize>]) -> Option<Fields> {
        let at = |name: &str| {
            let column = column_index(name)?;
            layout.iter().position(|c| *c == Some(column))
        };
        Some(Fields {
            article_id: at("article_id")?,
            quote_type: at("quote_type")?,
            speaker: at("speaker")?,
            speaker_type: at("speaker_type")?,
            country: at("country")?,
            country_basis: at("country_basis")?,
            cue_lemma: at("cue_lemma")?,
            attribution: at("attribution")?,
        })
    }
}

/// The counts while the file is read.
#[derive(Default)]
struct Tally {
    rows: u64,
    quote_types: HashMap<String, u64>,
    attributions: HashMap<String, u64>,
    speaker_types: HashMap<String, u64>,
    /// Rows, then rows by country, of each speaker.
    speakers: HashMap<String, (u64, HashMap<String, u64>)>,
    no_speaker: u64,
    countries: HashMap<String, u64>,
    cues: HashMap<String, u64>,
    unresolved: u64,
    inferred: u64,
    unresolved_or_inferred: u64,
    /// The article being counted, and its rows so far.
    current: Option<(Vec<u8>, u64)>,
    /// Rows of each finished article. A valid file has each article's rows together, so
    /// a run of one id is one article.
    per_article: Vec<u64>,
}

/// A cell as text, less an `--excel` formula guard.
fn text(record: &csv::ByteRecord, i: usize) -> std::borrow::Cow<'_, str> {
    let cell = String::from_utf8_lossy(record.get(i).unwrap_or_default());
    match cell {
        std::borrow::Cow::Borrowed(s) => match s.strip_prefix('\'') {
            Some(rest) if rest.starts_with(FORMULA_STARTS) => rest.into(),
            _ => s.into(),
        },
        owned => owned,
    }
}

/// Adds one to `value`'s count, allocating only for a value not seen before.
fn bump(map: &mut HashMap<String, u64>, value: &str) {
    match map.get_mut(value) {
        Some(n) => *n += 1,
        None => {
            map.insert(value.to_string(), 1);
        }
    }
}

impl Tally {
    fn add(&mut self, record: &csv::ByteRecord, f: &Fields) {
        self.rows += 1;
        let article = record.get(f.article_id).unwrap_or_default();
        match &mut self.current {
            Some((id, n)) if id.as_slice() == article => *n += 1,
            current => {
                if let Some((_, n)) = current.take() {
                    self.per_article.push(n);
                }
                *current = Some((article.to_vec(), 1));
            }
        }
        bump(&mut self.quote_types, &text(record, f.quote_type));
        let attribution = text(record, f.attribution);
        bump(&mut self.attributions, &attribution);
        bump(&mut self.speaker_types, &text(record, f.speaker_type));
        let country = text(record, f.country);
        bump(&mut self.countries, &country);
        bump(&mut self.cues, &text(record, f.cue_lemma));
        let speaker = text(record, f.speaker);
        if speaker.is_empty() {
            self.no_speaker += 1;
        } else {
            let entry = match self.speakers.get_mut(&*speaker) {
                Some(e) => e,
                None => self.speakers.entry(speaker.into_owned()).or_default(),
            };
            entry.0 += 1;
            bump(&mut entry.1, &country);
        }
        let unresolved = attribution == "unresolved";
        let inferred = text(record, f.country_basis) == "inferred";
        self.unresolved += u64::from(unresolved);
        self.inferred += u64::from(inferred);
        self.unresolved_or_inferred += u64::from(unresolved || inferred);
    }

    fn finish(mut self) -> Summary {
        if let Some((_, n)) = self.current.take() {
            self.per_article.push(n);
        }
        let in_order = |map: &HashMap<String, u64>, values: &[&str]| -> Vec<Count> {
            values
                .iter()
                .map(|v| Count {
                    value: v.to_string(),
                    rows: map.get(*v).copied().unwrap_or(0),
                })
                .collect()
        };
        let mut speaker_types = in_order(&self.speaker_types, SPEAKER_TYPES);
        if let Some(&rows) = self.speaker_types.get("") {
            speaker_types.push(Count {
                value: String::new(),
                rows,
            });
        }
        let mut speakers: Vec<Speaker> = self
            .speakers
            .into_iter()
            .map(|(name, (rows, countries))| Speaker {
                name,
                country: ranked(countries)
                    .into_iter()
                    .find(|c| !c.value.is_empty())
                    .map(|c| c.value)
                    .unwrap_or_default(),
                rows,
            })
            .collect();
        speakers.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.name.cmp(&b.name)));
        Summary {
            rows: self.rows,
            articles: self.per_article.len() as u64,
            quote_types: in_order(&self.quote_types, QUOTE_TYPES),
            attributions: in_order(&self.attributions, ATTRIBUTIONS),
            speaker_types,
            speakers,
            no_speaker: self.no_speaker,
            countries: ranked(self.countries),
            cues: ranked(self.cues),
            unresolved: self.unresolved,
            inferred: self.inferred,
            unresolved_or_inferred: self.unresolved_or_inferred,
            rows_per_article: spread(self.per_article),
        }
    }
}

/// Counts, most rows first, then by value.
fn ranked(map: HashMap<String, u64>) -> Vec<Count> {
    let mut counts: Vec<Count> = map
        .into_iter()
        .map(|(value, rows)| Count { value, rows })
        .collect();
    counts.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.value.cmp(&b.value)));
    counts
}

fn spread(mut counts: Vec<u64>) -> Option<Spread> {
    if counts.is_empty() {
        return None;
    }
    counts.sort_unstable();
    let n = counts.len();
    let median = if n % 2 == 1 {
        counts[n / 2] as f64
    } else {
        (counts[n / 2 - 1] + counts[n / 2]) as f64 / 2.0
    };
    Some(Spread {
        min: counts[0],
        median,
        max: counts[n - 1],
    })
}

/// Reads an export (all columns, as `saywho extract` writes it, plain or `--excel`) and
/// counts it, checking it against the schema in the same pass.
pub fn summarize<R: Read>(input: R) -> Result<Summary, Failure> {
    let mut tally = Tally::default();
    let mut fields: Option<Option<Fields>> = None;
    let report = validate_each(
        input,
        &crate::output::columns::all_columns(),
        |record, layout| {
            if let Some(f) = fields.get_or_insert_with(|| Fields::find(layout)) {
                tally.add(record, f);
            }
        },
    )
    .map_err(Failure::Io)?;
    if !report.is_valid() {
        return Err(Failure::Invalid(report));
    }
    Ok(tally.finish())
}

impl Summary {
    /// `part` as a percentage of the rows, 0 for an empty export.
    pub fn share(&self, part: u64) -> f64 {
        if self.rows == 0 {
            0.0
        } else {
            part as f64 * 100.0 / self.rows as f64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "article_id,quote_index,quote,quote_type,speaker,speaker_mention,speaker_type,speaker_role,country,country_code,country_basis,country_evidence,cue,cue_lemma,attribution,confidence,quote_start,quote_end,speaker_start,speaker_end,cue_start,cue_end,sentence_index,sentence,article_title,article_date,article_source,article_url";

    /// A valid row of article `a` (numbered `i`), with a speaker, a country and how.
    fn row(a: &str, i: u32, speaker: &str, country: &str, basis: &str, how: &str) -> String {
        let code = match country {
            "China" => "CN",
            "France" => "FR",
            _ => "",
        };
        format!(
            "{a},{i},We will stay,direct,{speaker},,person,,{country},{code},{basis},,,say,{how},0.95,1,13,,,,,1,We will stay.,,,,"
        )
    }

    #[test]
    fn counts_rows_articles_speakers_and_the_median() {
        let csv = [
            HEADER.to_string(),
            row("a", 1, "Liu", "China", "explicit", "explicit"),
            row("a", 2, "Liu", "China", "inferred", "name"),
            row("a", 3, "", "", "", "unresolved"),
            row("b", 1, "Anne", "France", "inferred", "unresolved"),
            row("c", 1, "Liu", "", "", "pronoun"),
            row("c", 2, "Anne", "France", "explicit", "explicit"),
        ]
        .join("\n");
        let s = summarize(csv.as_bytes()).unwrap();
        assert_eq!((s.rows, s.articles), (6, 3));
        assert_eq!(
            s.speakers,
            vec![
                Speaker {
                    name: "Liu".into(),
                    country: "China".into(),
                    rows: 3
                },
                Speaker {
                    name: "Anne".into(),
                    country: "France".into(),
                    rows: 2
                },
            ]
        );
        assert_eq!(s.no_speaker, 1);
        assert_eq!(
            (s.unresolved, s.inferred, s.unresolved_or_inferred),
            (2, 2, 3)
        );
        assert_eq!(
            s.rows_per_article,
            Some(Spread {
                min: 1,
                median: 2.0,
                max: 3
            })
        );
        assert_eq!(
            s.countries[0],
            Count {
                value: "".into(),
                rows: 2
            }
        );
        assert_eq!(
            s.quote_types[0],
            Count {
                value: "direct".into(),
                rows: 6
            }
        );
        assert_eq!(s.attributions.iter().map(|c| c.rows).sum::<u64>(), 6);
        assert_eq!(
            s.speaker_types.len(),
            SPEAKER_TYPES.len(),
            "no empty speaker_type"
        );
    }

    #[test]
    fn an_even_count_of_articles_takes_the_mean_of_the_middle_two() {
        assert_eq!(spread(vec![4, 1, 2, 9]).unwrap().median, 3.0);
        assert_eq!(spread(vec![1, 2]).unwrap().median, 1.5);
        assert_eq!(spread(vec![]), None);
    }

    #[test]
    fn an_excel_export_counts_as_the_plain_one() {
        let plain = [HEADER.to_string(), row("a", 1, "-Dash", "", "", "explicit")].join("\n");
        let excel = format!(
            "\u{feff}{}\r\n",
            [
                HEADER.to_string(),
                row("a", 1, "'-Dash", "", "", "explicit")
            ]
            .join("\r\n")
        );
        assert_eq!(
            summarize(plain.as_bytes()).unwrap(),
            summarize(excel.as_bytes()).unwrap()
        );
    }

    #[test]
    fn a_file_off_the_schema_gets_the_validate_report() {
        let csv = [HEADER.to_string(), row("a", 1, "Liu", "", "", "guessed")].join("\n");
        let Err(Failure::Invalid(report)) = summarize(csv.as_bytes()) else {
            panic!("an unknown attribution was summarised");
        };
        assert!(
            report.problems[0]
                .to_string()
                .contains("row 1, attribution")
        );
    }

    #[test]
    fn an_export_with_no_rows_has_no_spread() {
        let s = summarize(format!("{HEADER}\n").as_bytes()).unwrap();
        assert_eq!((s.rows, s.articles, s.rows_per_article), (0, 0, None));
        assert_eq!(s.share(0), 0.0);
    }
}
