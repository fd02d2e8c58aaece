//! The rows to score and the article texts they point into.
//!
//! Rows are read as score.py reads them (the column lookups, a short row falling back to the
//! next name), and each article's text is decoded as extraction decodes it, so that code
//! point offsets mean the same thing on both sides. A row names its article by a path that
//! may be relative to another folder; [`Texts::article_key`] finds the text it means.

use crate::error::Error;
use crate::input::read::decode;
use std::collections::HashMap;
use std::path::Path;

/// Characters trimmed from both ends of a span before comparing: quotation marks, spaces
/// and the frame's punctuation, so a comma inside the closing mark never decides a match.
pub(super) const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}',
    '\u{bb}', '\u{201e}', '\u{201f}', '\u{300c}', '\u{300d}', ',', '.', ';', ':',
];

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
    pub(super) fn locate(&self, quote: &str) -> Option<(usize, usize)> {
        if quote.is_empty() {
            return None;
        }
        let byte = self.text.find(quote)?;
        let s = self.text[..byte].chars().count();
        Some((s, s + quote.chars().count()))
    }

    /// score.py's `trim`.
    pub(super) fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
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
    pub(super) texts: Vec<Text>,
    pub(super) by_name: HashMap<String, usize>,
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

    pub(super) fn insert(&mut self, text: Text) {
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

pub(super) fn basename(path: &str) -> &str {
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

#[cfg(test)]
mod tests {
    use super::super::tests::{rows, texts};

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
}
