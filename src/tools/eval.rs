//! Scoring quote rows against gold annotations, to the digit of the reference scorer.
//!
//! The gold sets were built and their published figures computed with
//! `shared/eval/score.py`; a figure from `saywho eval` is only worth quoting if it is the
//! same number. So every step here mirrors one step of that script, corners included:
//! the column lookup (`article` else `article_id`, `country` else `country_code` in the
//! other order for predictions), the trimming set, the one-to-one greedy matching over
//! pairs sorted by `(overlap, gold index, pred index)` descending, Python's Unicode `\w`,
//! `\s` and `str.strip`, NFKC, and `round(x, 4)`. On top of the numbers it keeps, per
//! article, the rows behind them (misses, spurious rows, wrong speakers and countries) so
//! a person can see why a score is what it is.
//!
//! One known divergence: a file that starts with a byte order mark but is not UTF-8 is
//! read here as `read::decode` reads it for extraction (BOM dropped, then Windows-1252),
//! while score.py decodes the BOM's bytes too. No article in the shared sets is such a file.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

use crate::error::Error;
use crate::input::read::decode;

/// Characters trimmed from both ends of a span before comparing: quotation marks, spaces
/// and the frame's punctuation, so a comma inside the closing mark never decides a match.
const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}',
    '\u{bb}', '\u{201e}', '\u{201f}', '\u{300c}', '\u{300d}', ',', '.', ';', ':',
];

/// The overlap thresholds of the lenient and strict scores.
pub const LENIENT: f64 = 0.3;
/// Strict threshold.
pub const STRICT: f64 = 0.8;

/// How many speaker errors the summary keeps, as score.py does.
const SPEAKER_ERRORS_KEPT: usize = 40;

/// One CSV row as Python's `csv.DictReader` gives it: a cell per header name (the last of
/// duplicated names wins), `None` for the names past the end of a short row.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// The line of the CSV file where the row starts.
    pub line: u64,
    cells: HashMap<String, Option<String>>,
}

impl Row {
    /// A row from a header and the record's values.
    pub fn new(line: u64, header: &[String], values: &[String]) -> Row {
        let mut cells = HashMap::new();
        for (name, value) in header.iter().zip(values) {
            cells.insert(name.clone(), Some(value.clone()));
        }
        for name in header.iter().skip(values.len()) {
            cells.insert(name.clone(), None);
        }
        Row { line, cells }
    }

    /// score.py's `col`: the value of the first of `names` the row has, else "".
    pub fn col(&self, names: &[&str]) -> &str {
        names
            .iter()
            .find_map(|n| self.cells.get(*n).and_then(|v| v.as_deref()))
            .unwrap_or("")
    }

    /// The article the row belongs to (`article` in gold, `article_id` in saywho's output).
    pub fn article(&self) -> &str {
        self.col(&["article", "article_id"])
    }
}

/// Reads the rows of a CSV file (UTF-8, a leading BOM dropped, the first record the header).
pub fn load_rows(path: &Path) -> Result<Vec<Row>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::Input {
        path: path.to_path_buf(),
        source: e,
    })?;
    parse_rows(&bytes, path)
}

/// Parses CSV bytes into rows; `path` names the source in errors.
pub fn parse_rows(bytes: &[u8], path: &Path) -> Result<Vec<Row>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for record in rdr.records() {
        let record = record.map_err(|e| Error::Record {
            path: path.to_path_buf(),
            line: e.position().map_or(0, |p| p.line()),
            message: match e.kind() {
                csv::ErrorKind::Utf8 { .. } => "not UTF-8".to_string(),
                _ => e.to_string(),
            },
        })?;
        let values: Vec<String> = record.iter().map(str::to_string).collect();
        match &header {
            None => header = Some(values),
            Some(h) => rows.push(Row::new(
                record.position().map_or(0, |p| p.line()),
                h,
                &values,
            )),
        }
    }
    Ok(rows)
}

/// One article's text, indexed by code point as the offsets count.
#[derive(Clone, Debug)]
pub struct Text {
    /// The name the article is known by (score.py's key in `texts`).
    pub name: String,
    /// The text as decoded.
    pub text: String,
    chars: Vec<char>,
}

impl Text {
    /// A text from its decoded contents.
    pub fn new(name: &str, text: String) -> Text {
        let chars = text.chars().collect();
        Text {
            name: name.to_string(),
            text,
            chars,
        }
    }

    /// Its length in code points.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The code points `s..e` as a string.
    pub fn slice(&self, s: usize, e: usize) -> String {
        self.chars[s.min(e)..e.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// score.py's `locate`: the first occurrence of `quote`, in code points.
    fn locate(&self, quote: &str) -> Option<(usize, usize)> {
        if quote.is_empty() {
            return None;
        }
        let byte = self.text.find(quote)?;
        let s = self.text[..byte].chars().count();
        Some((s, s + quote.chars().count()))
    }

    /// score.py's `trim`.
    fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        while s < e && TRIM.contains(&self.chars[s]) {
            s += 1;
        }
        while e > s && TRIM.contains(&self.chars[e - 1]) {
            e -= 1;
        }
        (s, e)
    }
}

/// The articles being scored and their texts.
#[derive(Clone, Debug, Default)]
pub struct Texts {
    /// The articles scored, in order (score.py's `arts`; a name given twice in `--articles`
    /// is scored twice, as there).
    pub scored: Vec<String>,
    /// Texts in the order they were read; `article_key` searches them in this order.
    texts: Vec<Text>,
    by_name: HashMap<String, usize>,
}

impl Texts {
    /// The articles to score: those named, else every article of the gold, sorted.
    pub fn scored_names(gold: &[Row], articles: Option<&[String]>) -> Vec<String> {
        match articles {
            Some(a) => a.to_vec(),
            None => {
                let mut names: Vec<String> = gold.iter().map(|r| r.article().to_string()).collect();
                names.sort();
                names.dedup();
                names
            }
        }
    }

    /// Reads the texts of the scored articles from `dir`.
    pub fn load(dir: &Path, scored: Vec<String>) -> Result<Texts, Error> {
        let mut texts = Texts::default();
        for name in &scored {
            let text = read_text(&dir.join(name))?;
            texts.insert(Text::new(name, text));
        }
        texts.scored = scored;
        Ok(texts)
    }

    /// score.py's `--all-texts`: an article of the predictions that maps to no scored
    /// article but whose file is under `dir` is scored too, so its rows count as spurious.
    pub fn add_unannotated(&mut self, dir: &Path, pred: &[Row]) -> Result<(), Error> {
        for row in pred {
            let name = row.article();
            let path = dir.join(name);
            if self.article_key(name).is_none() && path.is_file() {
                let text = read_text(&path)?;
                self.insert(Text::new(name, text));
                self.scored.push(name.to_string());
            }
        }
        Ok(())
    }

    fn insert(&mut self, text: Text) {
        match self.by_name.get(&text.name) {
            Some(&i) => self.texts[i] = text,
            None => {
                self.by_name.insert(text.name.clone(), self.texts.len());
                self.texts.push(text);
            }
        }
    }

    /// The text of an article by its exact name.
    pub fn get(&self, name: &str) -> Option<&Text> {
        self.by_name.get(name).map(|&i| &self.texts[i])
    }

    /// score.py's `article_key`: the text an article id stands for — the same relative
    /// path, else a path that ends with it (or that it ends with), else the only text with
    /// the same file name.
    pub fn article_key(&self, name: &str) -> Option<usize> {
        let name = name.replace('\\', "/");
        let name = name.trim_start_matches(['.', '/']);
        if let Some(&i) = self.by_name.get(name) {
            return Some(i);
        }
        let with_slash = format!("/{name}");
        for (i, t) in self.texts.iter().enumerate() {
            if t.name.ends_with(&with_slash) || name.ends_with(&format!("/{}", t.name)) {
                return Some(i);
            }
        }
        let base = basename(name);
        let mut same = self
            .texts
            .iter()
            .enumerate()
            .filter(|(_, t)| basename(&t.name) == base);
        match (same.next(), same.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Reads an article file as the extractor does: UTF-8 with a leading BOM dropped, else
/// Windows-1252; line ends kept.
pub fn read_text(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::Input {
        path: path.to_path_buf(),
        source: e,
    })?;
    Ok(decode(&bytes).0)
}

/// A located row: its index among the rows and its trimmed span in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    row: usize,
    s: usize,
    e: usize,
}

/// score.py's `spans`: each row's trimmed span, grouped by the text it maps to. Rows whose
/// article is not scored are left out; rows that cannot be placed are counted.
fn spans(rows: &[Row], texts: &Texts, path: &Path) -> Result<(Vec<Vec<Span>>, usize), Error> {
    let mut out = vec![Vec::new(); texts.texts.len()];
    let mut unlocated = 0;
    for (k, r) in rows.iter().enumerate() {
        let Some(ti) = texts.article_key(r.article()) else {
            continue;
        };
        let text = &texts.texts[ti];
        let (s, e) = (r.col(&["quote_start"]), r.col(&["quote_end"]));
        let (s, e) = if !s.is_empty() && !e.is_empty() {
            let bad = |what: &str| Error::Record {
                path: path.to_path_buf(),
                line: r.line,
                message: format!("{what} is not a whole number"),
            };
            let s = python_int(s).ok_or_else(|| bad("quote_start"))?;
            let e = python_int(e).ok_or_else(|| bad("quote_end"))?;
            if !(0 <= s && s <= e && e <= text.len() as i128) {
                unlocated += 1;
                continue;
            }
            (s as usize, e as usize)
        } else {
            match text.locate(r.col(&["quote"])) {
                Some(loc) => loc,
                None => {
                    unlocated += 1;
                    continue;
                }
            }
        };
        let (s, e) = text.trim(s, e);
        if e <= s {
            continue;
        }
        out[ti].push(Span { row: k, s, e });
    }
    Ok((out, unlocated))
}

/// Python's `int(str)` for the ASCII forms: surrounding whitespace, a sign, digits with
/// single underscores between them. Out-of-range values saturate, which the range check
/// then rejects as Python's big integers would be.
fn python_int(s: &str) -> Option<i128> {
    let s = s.trim_matches(is_python_space);
    let (neg, digits) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut v: i128 = 0;
    for c in digits.chars().filter(|&c| c != '_') {
        let d = c.to_digit(10)? as i128;
        v = v.saturating_mul(10).saturating_add(d);
    }
    Some(if neg { -v } else { v })
}

/// score.py's `overlap`: shared code points over the longer span's length.
fn overlap(a: Span, b: Span) -> f64 {
    let inter = a.e.min(b.e) as i64 - a.s.max(b.s) as i64;
    if inter <= 0 {
        return 0.0;
    }
    inter as f64 / (a.e - a.s).max(b.e - b.s) as f64
}

/// The one-to-one greedy matching: pairs taken by overlap, then gold index, then pred
/// index, all descending, each row used once. Returns `(gold, pred, overlap)` in the order
/// taken. A pair that shares nothing is never taken, whatever the threshold, so pairs are
/// only formed where spans overlap; that leaves the order of the others unchanged.
fn greedy(
    g: &[Span],
    p: &[Span],
    accept: impl Fn(f64, Span, Span) -> bool,
) -> Vec<(usize, usize, f64)> {
    let mut pairs = Vec::new();
    for (i, x) in g.iter().enumerate() {
        for (j, y) in p.iter().enumerate() {
            let ov = overlap(*x, *y);
            if ov > 0.0 {
                pairs.push((ov, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let mut used_g = vec![false; g.len()];
    let mut used_p = vec![false; p.len()];
    let mut out = Vec::new();
    for (ov, i, j) in pairs {
        if used_g[i] || used_p[j] || !accept(ov, g[i], p[j]) {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        out.push((i, j, ov));
    }
    out
}

/// Python's `str.isspace` (and `\s` in a `str` pattern): Unicode White_Space plus the
/// four information separators U+001C..U+001F.
fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `\w` in a `str` pattern: letters (L*), numbers (N*) and the underscore. Not the
/// regex crate's `\w`, which also takes marks and connector punctuation.
fn is_python_word(c: char) -> bool {
    c == '_'
        || matches!(
            c.general_category_group(),
            GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number
        )
}

/// score.py's `norm`: NFKC, lowercase, possessive `'s` dropped, punctuation to spaces,
/// split on whitespace, articles dropped.
pub fn norm(s: &str) -> Vec<String> {
    let s: String = s.nfkc().collect::<String>().to_lowercase();
    let chars: Vec<char> = s.chars().collect();
    // re.sub(r"[\u2018\u2019']s\b", '', s): `s` is a word character, so the boundary
    // means the next character is not one (or the end).
    let mut kept = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '\u{2018}' | '\u{2019}' | '\'')
            && chars.get(i + 1) == Some(&'s')
            && !chars.get(i + 2).is_some_and(|&n| is_python_word(n))
        {
            i += 2;
            continue;
        }
        kept.push(c);
        i += 1;
    }
    // re.sub(r'[^\w\s]', ' ', s), then str.split()
    let spaced: String = kept
        .chars()
        .map(|c| {
            if is_python_word(c) || is_python_space(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced
        .split(is_python_space)
        .filter(|t| !t.is_empty() && !matches!(*t, "the" | "a" | "an"))
        .map(str::to_string)
        .collect()
}

/// score.py's UNNAMED test: a group, a document, or a gold speaker written from a
/// lowercase letter.
fn unnamed_source(gold: &str, gold_type: &str) -> bool {
    matches!(gold_type, "group" | "document")
        || gold
            .trim_matches(is_python_space)
            .starts_with(|c: char| c.is_ascii_lowercase())
}

/// score.py's `speaker_match`. A named speaker must be resolved: every word of the gold
/// name in the prediction, or a shorter form ending in the same word. An unnamed source
/// (a group, a document, or a gold speaker written from a lowercase letter, which is what
/// score.py's UNNAMED pattern amounts to) matches when either side's words hold the other's.
pub fn speaker_match(gold: &str, pred: &str, gold_type: &str) -> bool {
    let unnamed = unnamed_source(gold, gold_type);
    let (g, p) = (norm(gold), norm(pred));
    if g.is_empty() {
        return p.is_empty();
    }
    if p.is_empty() {
        return false;
    }
    let gs: std::collections::HashSet<&String> = g.iter().collect();
    let ps: std::collections::HashSet<&String> = p.iter().collect();
    if gs.is_subset(&ps) {
        return true;
    }
    if ps.is_subset(&gs) && (unnamed || p.last() == g.last()) {
        return true;
    }
    unnamed && gs.is_superset(&ps)
}

/// score.py's `speaker_exact`: the name an analyst groups by. A named speaker's words,
/// initials (one-character words) aside, equal the gold's in order, so "Republican John
/// Smith" or "Smith Tower" is not "John Smith"; an unnamed source as [`speaker_match`].
pub fn speaker_exact(gold: &str, pred: &str, gold_type: &str) -> bool {
    if unnamed_source(gold, gold_type) {
        return speaker_match(gold, pred, gold_type);
    }
    let words = |s: &str| -> Vec<String> {
        norm(s)
            .into_iter()
            .filter(|t| t.chars().count() > 1)
            .collect()
    };
    words(gold) == words(pred)
}

/// score.py's mention comparison: the same words, or the same last word.
pub fn mention_match(gold: &str, pred: &str) -> bool {
    let (g, p) = (norm(gold), norm(pred));
    g == p || (!g.is_empty() && !p.is_empty() && g.last() == p.last())
}

/// Python's `str.strip().upper()` for the country codes.
fn country_code(s: &str) -> String {
    s.trim_matches(is_python_space).to_uppercase()
}

/// Python's `round(x, 4)`. Both Python and Rust's formatter round the exact binary value
/// correctly, ties to even, so the digits agree, and parsing them back gives the same double.
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Python's `repr` of a score that may be `None`.
pub fn python_repr(x: Option<f64>) -> String {
    match x {
        // Debug prints the shortest round-trip digits with a `.0` on whole numbers, as repr.
        Some(v) => format!("{v:?}"),
        None => "None".to_string(),
    }
}

/// Precision, recall and F1 at one threshold, with the counts behind them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub tp: usize,
    pub gold: usize,
    pub pred: usize,
}

impl Prf {
    /// score.py's `prf`: F1 from the unrounded precision and recall, each rounded to 4 places.
    fn new(tp: usize, pred: usize, gold: usize) -> Prf {
        let p = if pred > 0 {
            tp as f64 / pred as f64
        } else {
            0.0
        };
        let r = if gold > 0 {
            tp as f64 / gold as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p: round4(p),
            r: round4(r),
            f1: round4(f),
            tp,
            gold,
            pred,
        }
    }
}

/// The counts behind the attribute accuracies, over the pairs matched at 0.3.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Matched pairs.
    pub matched: usize,
    /// Pairs with the right speaker.
    pub speaker: usize,
    /// Pairs whose speaker is the gold's name word for word (initials aside).
    pub speaker_exact: usize,
    /// Pairs with the right mention.
    pub mention: usize,
    /// Pairs whose gold row has a country.
    pub country_gold: usize,
    /// ... and whose prediction has the same.
    pub country_right: usize,
    /// Pairs whose gold country is explicit.
    pub country_explicit_gold: usize,
    /// ... and whose prediction has the same.
    pub country_explicit_right: usize,
    /// Pairs whose gold row has no country.
    pub no_country_gold: usize,
    /// ... but whose prediction has one.
    pub country_false: usize,
    /// Pairs with the same quote type.
    pub quote_type: usize,
}

/// A row that found no partner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unmatched {
    /// Its line in its CSV file.
    pub line: u64,
    /// The trimmed span, code points.
    pub start: usize,
    pub end: usize,
    /// The text of the span.
    pub quote: String,
    pub speaker: String,
    pub quote_type: String,
}

/// A matched pair whose speaker or country is wrong.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mismatch {
    pub gold_line: u64,
    pub pred_line: u64,
    /// The gold span and its text.
    pub start: usize,
    pub end: usize,
    pub quote: String,
    /// The predicted span and its text.
    pub pred_start: usize,
    pub pred_end: usize,
    pub pred_quote: String,
    pub overlap: f64,
    pub gold_speaker: String,
    pub pred_speaker: String,
    pub gold_mention: String,
    pub pred_mention: String,
    pub gold_country: String,
    pub pred_country: String,
    pub gold_country_basis: String,
}

/// What went wrong in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArticleReport {
    pub article: String,
    pub gold: usize,
    pub pred: usize,
    /// Pairs matched at 0.3.
    pub matched: usize,
    /// Gold rows no prediction matched at 0.3.
    pub misses: Vec<Unmatched>,
    /// Predicted rows that matched no gold row at 0.3.
    pub spurious: Vec<Unmatched>,
    /// Pairs matched at 0.3 whose spans overlap by less than 0.8: the content's edges differ.
    pub boundaries: Vec<Mismatch>,
    pub wrong_speakers: Vec<Mismatch>,
    /// Matched pairs whose country code differs (a country where gold has none included).
    pub wrong_countries: Vec<Mismatch>,
}

/// Rows that could not be placed in their article (offsets outside the text, or the quote
/// not found); score.py notes these on stderr.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Unlocated {
    pub gold: usize,
    pub pred: usize,
}

/// The scores. The fields up to `speaker_errors` are score.py's `--json`, in its order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    pub lenient: Prf,
    pub strict: Prf,
    pub exact: Prf,
    pub matched: usize,
    pub speaker_acc: f64,
    pub speaker_exact_acc: f64,
    pub mention_acc: f64,
    pub country_acc: Option<f64>,
    pub country_acc_explicit: Option<f64>,
    pub country_false: Option<f64>,
    pub type_acc: f64,
    /// `(article, gold quote's first 60 characters, gold speaker, predicted speaker)`, the
    /// first 40 in matching order.
    pub speaker_errors: Vec<(String, String, String, String)>,
    pub counts: Counts,
    pub unlocated: Unlocated,
    pub articles: Vec<ArticleReport>,
}

impl Report {
    /// The one-line summary score.py prints, character for character.
    pub fn summary_line(&self) -> String {
        let (l, s, e) = (&self.lenient, &self.strict, &self.exact);
        format!(
            "quotes F1 lenient {:.3} (P {:.3} R {:.3}; gold {} pred {}) strict {:.3} exact {:.3} | speaker {:.3} (exact {:.3}) mention {:.3} country {} (explicit {}, false {}) type {:.3}",
            l.f1,
            l.p,
            l.r,
            l.gold,
            l.pred,
            s.f1,
            e.f1,
            self.speaker_acc,
            self.speaker_exact_acc,
            self.mention_acc,
            python_repr(self.country_acc),
            python_repr(self.country_acc_explicit),
            python_repr(self.country_false),
            self.type_acc
        )
    }
}

/// Scores predicted rows against gold rows on the articles of `texts`. `gold_path` and
/// `pred_path` name the files in errors (an offset that is not a number).
pub fn score(
    gold: &[Row],
    pred: &[Row],
    texts: &Texts,
    gold_path: &Path,
    pred_path: &Path,
) -> Result<Report, Error> {
    let (g_spans, g_unlocated) = spans(gold, texts, gold_path)?;
    let (p_spans, p_unlocated) = spans(pred, texts, pred_path)?;
    let mut report = Report {
        unlocated: Unlocated {
            gold: g_unlocated,
            pred: p_unlocated,
        },
        ..Report::default()
    };
    let scored: Vec<(String, usize)> = texts
        .scored
        .iter()
        .filter_map(|name| texts.by_name.get(name).map(|&i| (name.clone(), i)))
        .collect();
    let scoring = Scoring {
        gold,
        pred,
        texts,
        g_spans,
        p_spans,
    };
    [report.lenient, report.strict, report.exact] =
        [LENIENT, STRICT, 1.0].map(|th| scoring.prf_at(&scored, th));
    let mut c = Counts::default();
    let mut seen = std::collections::HashSet::new();
    for (name, ti) in &scored {
        let (mut art, pairs) = scoring.article(name, *ti, &mut c, &mut report.speaker_errors);
        // The details read in text order; a name scored twice is shown once.
        if seen.insert(ti) {
            scoring.add_unmatched(&mut art, *ti, &pairs);
            report.articles.push(art);
        }
    }
    set_accuracies(&mut report, c);
    Ok(report)
}

/// Gold and predicted rows placed in the articles they belong to.
struct Scoring<'a> {
    gold: &'a [Row],
    pred: &'a [Row],
    texts: &'a Texts,
    /// The spans of each text's gold and predicted rows.
    g_spans: Vec<Vec<Span>>,
    p_spans: Vec<Vec<Span>>,
}

impl Scoring<'_> {
    /// Precision, recall and F1 over the `scored` texts, pairs taken at overlap `th` (1.0:
    /// the same span).
    fn prf_at(&self, scored: &[(String, usize)], th: f64) -> Prf {
        let (mut tp, mut ng, mut np) = (0, 0, 0);
        for &(_, ti) in scored {
            let (g, p) = (&self.g_spans[ti], &self.p_spans[ti]);
            ng += g.len();
            np += p.len();
            tp += greedy(g, p, |ov, x, y| {
                if th < 1.0 {
                    ov >= th
                } else {
                    (x.s, x.e) == (y.s, y.e)
                }
            })
            .len();
        }
        Prf::new(tp, np, ng)
    }

    /// The pairs of text `ti` (scored as `name`) matched at 0.3, counted into `c`, with the
    /// pairs whose boundaries, speaker or country are wrong; the first speaker errors go to
    /// `speaker_errors`.
    fn article(
        &self,
        name: &str,
        ti: usize,
        c: &mut Counts,
        speaker_errors: &mut Vec<(String, String, String, String)>,
    ) -> (ArticleReport, Vec<(usize, usize, f64)>) {
        let (g, p) = (&self.g_spans[ti], &self.p_spans[ti]);
        let text = &self.texts.texts[ti];
        let pairs = greedy(g, p, |ov, _, _| ov >= LENIENT);
        let mut art = ArticleReport {
            article: name.to_string(),
            gold: g.len(),
            pred: p.len(),
            matched: pairs.len(),
            ..ArticleReport::default()
        };
        for &(i, j, ov) in &pairs {
            let (gr, pr) = (&self.gold[g[i].row], &self.pred[p[j].row]);
            let (speaker_ok, gc, pc) = count_pair(c, gr, pr);
            if !speaker_ok && speaker_errors.len() < SPEAKER_ERRORS_KEPT {
                speaker_errors.push((
                    name.to_string(),
                    gr.col(&["quote"]).chars().take(60).collect(),
                    gr.col(&["speaker"]).to_string(),
                    pr.col(&["speaker"]).to_string(),
                ));
            }
            let mismatch = || Mismatch {
                gold_line: gr.line,
                pred_line: pr.line,
                start: g[i].s,
                end: g[i].e,
                quote: text.slice(g[i].s, g[i].e),
                pred_start: p[j].s,
                pred_end: p[j].e,
                pred_quote: text.slice(p[j].s, p[j].e),
                overlap: round4(ov),
                gold_speaker: gr.col(&["speaker"]).to_string(),
                pred_speaker: pr.col(&["speaker"]).to_string(),
                gold_mention: gr.col(&["speaker_mention"]).to_string(),
                pred_mention: pr.col(&["speaker_mention"]).to_string(),
                gold_country: gc.clone(),
                pred_country: pc.clone(),
                gold_country_basis: gr.col(&["country_basis"]).to_string(),
            };
            if ov < STRICT {
                art.boundaries.push(mismatch());
            }
            if !speaker_ok {
                art.wrong_speakers.push(mismatch());
            }
            if gc != pc {
                art.wrong_countries.push(mismatch());
            }
        }
        (art, pairs)
    }

    /// The misses and spurious rows of text `ti` beside its matched `pairs`, and every list
    /// in text order.
    fn add_unmatched(&self, art: &mut ArticleReport, ti: usize, pairs: &[(usize, usize, f64)]) {
        let (g, p) = (&self.g_spans[ti], &self.p_spans[ti]);
        let text = &self.texts.texts[ti];
        let unmatched = |spans: &[Span], rows: &[Row], taken: &dyn Fn(usize) -> bool| {
            spans
                .iter()
                .enumerate()
                .filter(|(k, _)| !taken(*k))
                .map(|(_, sp)| {
                    let r = &rows[sp.row];
                    Unmatched {
                        line: r.line,
                        start: sp.s,
                        end: sp.e,
                        quote: text.slice(sp.s, sp.e),
                        speaker: r.col(&["speaker"]).to_string(),
                        quote_type: r.col(&["quote_type"]).to_string(),
                    }
                })
                .collect::<Vec<_>>()
        };
        art.misses = unmatched(g, self.gold, &|k| pairs.iter().any(|&(i, _, _)| i == k));
        art.spurious = unmatched(p, self.pred, &|k| pairs.iter().any(|&(_, j, _)| j == k));
        art.boundaries.sort_by_key(|m| (m.start, m.end));
        art.wrong_speakers.sort_by_key(|m| (m.start, m.end));
        art.wrong_countries.sort_by_key(|m| (m.start, m.end));
    }
}

/// Counts a matched pair of a gold row `gr` and a predicted row `pr` into `c`. Returns
/// whether the speaker is right, and both country codes.
fn count_pair(c: &mut Counts, gr: &Row, pr: &Row) -> (bool, String, String) {
    c.matched += 1;
    let speaker_ok = speaker_match(
        gr.col(&["speaker"]),
        pr.col(&["speaker"]),
        gr.col(&["speaker_type"]),
    );
    c.speaker += speaker_ok as usize;
    c.speaker_exact += speaker_exact(
        gr.col(&["speaker"]),
        pr.col(&["speaker"]),
        gr.col(&["speaker_type"]),
    ) as usize;
    c.mention += mention_match(gr.col(&["speaker_mention"]), pr.col(&["speaker_mention"])) as usize;
    let gc = country_code(gr.col(&["country"]));
    let pc = country_code(pr.col(&["country_code", "country"]));
    if !gc.is_empty() {
        c.country_gold += 1;
        c.country_right += (gc == pc) as usize;
        if gr.col(&["country_basis"]) == "explicit" {
            c.country_explicit_gold += 1;
            c.country_explicit_right += (gc == pc) as usize;
        }
    } else {
        c.no_country_gold += 1;
        c.country_false += !pc.is_empty() as usize;
    }
    c.quote_type += (gr.col(&["quote_type"]) == pr.col(&["quote_type"])) as usize;
    (speaker_ok, gc, pc)
}

/// The accuracies from the counts, rounded as score.py rounds them.
fn set_accuracies(report: &mut Report, c: Counts) {
    let ratio = |a: usize, n: usize| {
        if n > 0 {
            Some(round4(a as f64 / n as f64))
        } else {
            None
        }
    };
    report.matched = c.matched;
    report.speaker_acc = ratio(c.speaker, c.matched).unwrap_or(0.0);
    report.speaker_exact_acc = ratio(c.speaker_exact, c.matched).unwrap_or(0.0);
    report.mention_acc = ratio(c.mention, c.matched).unwrap_or(0.0);
    report.country_acc = ratio(c.country_right, c.country_gold);
    report.country_acc_explicit = ratio(c.country_explicit_right, c.country_explicit_gold);
    report.country_false = ratio(c.country_false, c.no_country_gold);
    report.type_acc = ratio(c.quote_type, c.matched).unwrap_or(0.0);
    report.counts = c;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(csv: &str) -> Vec<Row> {
        parse_rows(csv.as_bytes(), Path::new("t.csv")).unwrap()
    }

    fn texts(items: &[(&str, &str)]) -> Texts {
        let mut t = Texts::default();
        for (name, text) in items {
            t.insert(Text::new(name, text.to_string()));
            t.scored.push(name.to_string());
        }
        t
    }

    fn run(gold: &str, pred: &str, t: &Texts) -> Report {
        score(&rows(gold), &rows(pred), t, Path::new("g"), Path::new("p")).unwrap()
    }

    #[test]
    fn norm_follows_python() {
        assert_eq!(
            norm("The U.S. State Department's spokesman"),
            ["u", "s", "state", "department", "spokesman"]
        );
        // NFKC folds the ligature and the fullwidth letter; the curly possessive goes.
        assert_eq!(
            norm("Ｋenya\u{2019}s ﬁnance chief"),
            ["kenya", "finance", "chief"]
        );
        // 's followed by a word character is not a possessive.
        assert_eq!(norm("it'sa"), ["it", "sa"]);
        // Combining marks are not \w in Python: a decomposed accent splits the word
        // unless NFKC composes it (here it does).
        assert_eq!(norm("Jose\u{301} An_tunes"), ["jos\u{e9}", "an_tunes"]);
        assert_eq!(norm("a\u{1c}b"), ["b"]);
    }

    #[test]
    fn speaker_match_cases() {
        assert!(speaker_match(
            "Xi Jinping",
            "President Xi Jinping",
            "person"
        ));
        assert!(speaker_match("Xi Jinping", "Jinping", "person"));
        assert!(!speaker_match("Xi Jinping", "Xi", "person"));
        assert!(speaker_match("experts", "Chinese experts", "group"));
        assert!(speaker_match(
            "a State Department official",
            "official",
            "person"
        ));
        assert!(speaker_match(
            "A State Department official",
            "official",
            "person"
        ));
        assert!(speaker_match(
            "a State Department official",
            "State",
            "person"
        ));
        assert!(!speaker_match(
            "A State Department official",
            "State",
            "person"
        ));
        assert!(speaker_match("", "", "person"));
        assert!(!speaker_match("", "someone", "person"));
        assert!(!speaker_match("Liu", "", "person"));
        assert!(!speaker_match("José Antunes", "Jose Antunes", "person"));
    }

    #[test]
    fn speaker_exact_cases() {
        assert!(speaker_exact("John Smith", "John Smith", "person"));
        assert!(speaker_exact("John Smith", "John R. Smith", "person"));
        assert!(speaker_exact("Acme Bank", "the Acme Bank", "organization"));
        assert!(!speaker_exact(
            "John Smith",
            "Republican John Smith",
            "person"
        ));
        assert!(!speaker_exact("John Smith", "Smith", "person"));
        assert!(!speaker_exact(
            "Jones",
            "Jones National Golf Club",
            "person"
        ));
        // Unnamed sources keep the lenient containment.
        assert!(speaker_exact("analysts", "some analysts", "group"));
    }

    #[test]
    fn mention_compares_last_words() {
        assert!(mention_match("Chinese Premier Li Keqiang", "Li Keqiang"));
        assert!(!mention_match("Chinese Premier Li Keqiang", "Li"));
        assert!(!mention_match("he", "Liu"));
        assert!(mention_match("", ""));
        assert!(!mention_match("", "he"));
    }

    #[test]
    fn rounding_and_repr_follow_python() {
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(python_repr(Some(1.0)), "1.0");
        assert_eq!(python_repr(Some(0.9167)), "0.9167");
        assert_eq!(python_repr(None), "None");
        assert_eq!(format!("{:.3}", 0.8125), "0.812");
    }

    #[test]
    fn python_int_forms() {
        assert_eq!(python_int(" 12 "), Some(12));
        assert_eq!(python_int("1_000"), Some(1000));
        assert_eq!(python_int("-3"), Some(-3));
        assert_eq!(python_int("1__0"), None);
        assert_eq!(python_int("1.0"), None);
        assert_eq!(python_int(""), None);
    }

    #[test]
    fn short_rows_fall_back_to_the_next_name() {
        let r = rows("article,article_id,x\nA\n,B,1\n");
        assert_eq!(r[0].article(), "A");
        // present but empty is a value: no fallback
        assert_eq!(r[1].article(), "");
        let r = rows("article_id,quote\nA,q\n");
        assert_eq!(r[0].article(), "A");
    }

    #[test]
    fn article_key_resolution() {
        let t = texts(&[
            ("a/b.txt", ""),
            ("c.txt", ""),
            ("p/q.txt", ""),
            ("r/q.txt", ""),
        ]);
        assert_eq!(t.article_key("./a/b.txt"), Some(0));
        assert_eq!(t.article_key("b.txt"), Some(0));
        assert_eq!(t.article_key("root/a/b.txt"), Some(0));
        assert_eq!(t.article_key("c.txt"), Some(1));
        assert_eq!(t.article_key("y\\c.txt"), Some(1));
        assert_eq!(t.article_key("q.txt"), Some(2));
        assert_eq!(t.article_key("s/q.txt"), None);
        assert_eq!(t.article_key("d.txt"), None);
    }

    const TEXT: &str = "\u{201c}We will stay,\u{201d} Ana Ribeiro said. Officials said the port would reopen soon.";

    #[test]
    fn trimmed_spans_match_exactly_and_partially() {
        let t = texts(&[("a.txt", TEXT)]);
        let gold = "article,quote,quote_type,speaker,speaker_mention,speaker_type,country,country_basis,quote_start,quote_end\n\
            a.txt,We will stay,direct,Ana Ribeiro,Ana Ribeiro,person,PT,explicit,1,13\n\
            a.txt,the port would reopen soon,indirect,officials,Officials,group,,none,,\n";
        // the first with its comma and marks (trimmed away), the second shorter (partial)
        let pred = "article_id,quote,quote_type,speaker,speaker_mention,country,country_code,quote_start,quote_end\n\
            a.txt,\u{201c}We will stay\u{201d},direct,Ribeiro,Ribeiro,Portugal,pt,0,15\n\
            a.txt,port would reopen,indirect,Port officials,Officials,,US,,\n";
        let r = run(gold, pred, &t);
        assert_eq!((r.lenient.tp, r.strict.tp, r.exact.tp), (2, 1, 1));
        assert_eq!(r.speaker_acc, 1.0);
        assert_eq!(r.mention_acc, 1.0);
        assert_eq!(r.country_acc, Some(1.0));
        assert_eq!(r.country_false, Some(1.0));
        assert_eq!(r.articles[0].wrong_countries.len(), 1);
        assert_eq!(
            r.articles[0].wrong_countries[0].quote,
            "the port would reopen soon"
        );
    }

    #[test]
    fn matching_is_one_to_one_and_greedy() {
        let t = texts(&[("a.txt", "0123456789abcdefghij")]);
        let gold = "article,quote,quote_start,quote_end\na.txt,x,0,10\na.txt,y,10,20\n";
        // one long prediction overlaps both gold spans by half: it takes the later gold
        // row (ties go to the higher index), the other gold row is a miss
        let pred = "article_id,quote,quote_start,quote_end\na.txt,z,5,15\n";
        let r = run(gold, pred, &t);
        assert_eq!(r.lenient.tp, 1);
        assert_eq!(r.articles[0].misses.len(), 1);
        assert_eq!(r.articles[0].misses[0].start, 0);
        assert_eq!(r.strict.tp, 0);
    }

    #[test]
    fn unlocated_rows_are_counted_and_left_out() {
        let t = texts(&[("a.txt", "short text here")]);
        let gold = "article,quote\na.txt,text\n";
        let pred = "article_id,quote,quote_start,quote_end\na.txt,x,3,99\na.txt,missing,,\nzzz.txt,text,,\n";
        let r = run(gold, pred, &t);
        assert_eq!(r.unlocated, Unlocated { gold: 0, pred: 2 });
        assert_eq!(r.lenient.pred, 0);
        assert_eq!(r.lenient.r, 0.0);
        assert_eq!(r.articles[0].misses.len(), 1);
    }

    #[test]
    fn summary_line_format() {
        let t = texts(&[("a.txt", TEXT)]);
        let gold = "article,quote,speaker\na.txt,We will stay,Ana Ribeiro\n";
        let r = run(
            gold,
            "article_id,quote,speaker\na.txt,We will stay,Ana Ribeiro\n",
            &t,
        );
        assert_eq!(
            r.summary_line(),
            "quotes F1 lenient 1.000 (P 1.000 R 1.000; gold 1 pred 1) strict 1.000 exact 1.000 | speaker 1.000 (exact 1.000) mention 1.000 country None (explicit None, false 0.0) type 1.000"
        );
    }

    #[test]
    fn bad_offset_names_file_and_line() {
        let t = texts(&[("a.txt", TEXT)]);
        let err = score(
            &rows("article,quote,quote_start,quote_end\na.txt,x,one,3\n"),
            &[],
            &t,
            Path::new("gold.csv"),
            Path::new("p"),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "gold.csv:2: quote_start is not a whole number"
        );
    }
}
