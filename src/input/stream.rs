//! Inputs: what the command line names, walked lazily, read as a stream of articles.
//!
//! Analysts arrive with plain text files, JSON Lines and CSV/TSV exports, often gzipped,
//! often thousands of files in a tree, and sometimes a pipe. This module turns all of
//! them into one ordered stream of [`Event`]s, reading one record at a time so memory
//! stays flat however large the corpus: directories are listed one at a time (sorted,
//! so the order is the same as sorting all paths), JSONL is read line by line and CSV
//! record by record. A bad record or file becomes an event of its own, in its place in
//! the stream, and the rest go on.
//!
//! `article_id` is the path relative to the directory argument (the file name for a file
//! argument, `-` for stdin) for plain text; for JSONL and CSV it is the record's id field
//! when there is one, else `FILE:LINE` with FILE as for plain text and LINE the 1-based
//! line the record starts on.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::bufread::MultiGzDecoder;
use serde_json::Value;

use crate::error::Error;
use crate::input::read::{Article, ArticleMeta, Encoding, ReadArticle, article_from_bytes, decode};

/// The format of an input's content (after any gzip layer).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Plain text: the whole input is one article.
    Txt,
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
}

impl InputFormat {
    /// The format a file name says: `.txt`, `.jsonl` (or `.ndjson`), `.csv`, `.tsv`, each
    /// optionally followed by `.gz`; `None` for other names. Lowercase only, as ripgrep's
    /// type globs: corpora ship notes such as `README.TXT` beside their articles.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let name = path.file_name()?.to_string_lossy();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "txt" => Some(InputFormat::Txt),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "csv" => Some(InputFormat::Csv),
            "tsv" => Some(InputFormat::Tsv),
            _ => None,
        }
    }
}

/// Which fields of a JSONL object or columns of a CSV row hold what.
#[derive(Clone, Debug)]
pub struct Fields {
    /// The article text (required).
    pub text: String,
    /// The article id (optional: `FILE:LINE` when absent or empty).
    pub id: String,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            text: "text".into(),
            id: "id".into(),
        }
    }
}

/// How to read the inputs.
#[derive(Clone, Debug, Default)]
pub struct InputOptions {
    /// The format of stdin and of files named on the command line; `None` means the file
    /// name's extension decides (plain text when it says nothing, and always for stdin).
    /// Files found in directories always go by their extension.
    pub format: Option<InputFormat>,
    pub fields: Fields,
}

/// One input: stdin or a file, with the id its articles get and its format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The file, or `None` for stdin.
    pub path: Option<PathBuf>,
    /// `article_id` for plain text, the FILE of `FILE:LINE` for records.
    pub id: String,
    pub format: InputFormat,
}

impl Source {
    /// The path to name in messages (`-` for stdin).
    pub fn display_path(&self) -> PathBuf {
        self.path.clone().unwrap_or_else(|| PathBuf::from("-"))
    }
}

/// One step of the input stream.
#[derive(Debug)]
pub enum Event {
    /// An article to extract.
    Article(Article),
    /// Something a person should know that loses nothing (an encoding fallback, a skipped
    /// binary file).
    Warning(String),
    /// An input or record that could not be read: it is lost, and the run's status says so.
    Failed(Error),
}

/// Checks the command-line inputs before any reading: every path must exist. Returns the
/// errors for those that do not, so that they are reported once and the rest still run.
pub fn check_inputs(inputs: &[PathBuf]) -> Vec<Error> {
    inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| {
            fs::metadata(p).err().map(|e| Error::Input {
                path: p.clone(),
                source: e,
            })
        })
        .collect()
}

/// A directory's entries still to visit, in name order, each with its type when the
/// listing said it and it is not a symlink.
type Listing = std::vec::IntoIter<(PathBuf, Option<fs::FileType>)>;

/// The sources the command-line inputs stand for, in order, found lazily: a directory is
/// walked recursively, one directory listing at a time, in sorted order, for files whose
/// extension names a known format. Paths that do not exist are skipped here (see
/// [`check_inputs`]); an unreadable directory is an error in its place.
pub struct Walk {
    inputs: std::vec::IntoIter<PathBuf>,
    format: Option<InputFormat>,
    /// Open directory listings, innermost last: the directory argument the ids are
    /// relative to, and the entries still to visit.
    stack: Vec<(Arc<Path>, Listing)>,
    /// Canonical directories already entered, so a symlink loop ends instead of recursing.
    seen: HashSet<PathBuf>,
    /// The canonical path of each open listing, innermost last, to tell a loop from a
    /// second link to a directory read elsewhere.
    open_dirs: Vec<PathBuf>,
    /// Directories not entered again, for a person to know (warnings).
    pub skipped: std::collections::VecDeque<String>,
}

impl Walk {
    /// Walks `inputs`; none means stdin.
    pub fn new(inputs: &[PathBuf], format: Option<InputFormat>) -> Walk {
        let inputs = if inputs.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            inputs.to_vec()
        };
        Walk {
            inputs: inputs.into_iter(),
            format,
            stack: Vec::new(),
            seen: HashSet::new(),
            open_dirs: Vec::new(),
            skipped: Default::default(),
        }
    }

    /// Enters a directory: lists it sorted and pushes the listing, or returns the error.
    fn enter(&mut self, root: Arc<Path>, dir: &Path) -> Result<(), Error> {
        let io_err = |source| Error::Input {
            path: dir.to_path_buf(),
            source,
        };
        let canon = fs::canonicalize(dir).map_err(io_err)?;
        if self.seen.contains(&canon) {
            let why = if self.open_dirs.contains(&canon) {
                "a symlink loop"
            } else {
                "read already through another path"
            };
            self.skipped.push_back(format!(
                "{}: {} ({}), not entered again",
                dir.display(),
                why,
                canon.display()
            ));
            return Ok(());
        }
        self.seen.insert(canon.clone());
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(io_err)? {
            let entry = entry.map_err(io_err)?;
            // The listing says what most entries are without a `stat` each (one system call
            // fewer a file); a symlink is followed with `fs::metadata` when it is visited.
            let kind = entry.file_type().ok().filter(|t| !t.is_symlink());
            entries.push((entry.path(), kind));
        }
        // Sorting each listing by name and walking depth first gives the order of sorting
        // every path at once (paths compare component by component), without holding them.
        // The entries of one listing share their parent, so their paths compare as their
        // file names do: compared as bytes, not component by component again.
        entries.sort_by(|a, b| a.0.file_name().cmp(&b.0.file_name()));
        self.stack.push((root, entries.into_iter()));
        self.open_dirs.push(canon);
        Ok(())
    }
}

impl Iterator for Walk {
    type Item = Result<Source, Error>;

    fn next(&mut self) -> Option<Result<Source, Error>> {
        loop {
            if let Some((root, entries)) = self.stack.last_mut() {
                let Some((path, kind)) = entries.next() else {
                    self.stack.pop();
                    self.open_dirs.pop();
                    continue;
                };
                let root = Arc::clone(root);
                let is_dir = match kind {
                    Some(t) => Ok(t.is_dir()),
                    None => fs::metadata(&path).map(|m| m.is_dir()),
                };
                match is_dir {
                    Ok(true) => {
                        if let Err(e) = self.enter(root, &path) {
                            return Some(Err(e));
                        }
                    }
                    Ok(_) => {
                        if let Some(format) = InputFormat::from_path(&path) {
                            let id = path
                                .strip_prefix(&root)
                                .unwrap_or(&path)
                                .to_string_lossy()
                                .replace('\\', "/");
                            return Some(Ok(Source {
                                path: Some(path),
                                id,
                                format,
                            }));
                        }
                    }
                    Err(source) => return Some(Err(Error::Input { path, source })),
                }
                continue;
            }
            let input = self.inputs.next()?;
            if input.as_os_str() == "-" {
                return Some(Ok(Source {
                    path: None,
                    id: "-".into(),
                    format: self.format.unwrap_or(InputFormat::Txt),
                }));
            }
            match fs::metadata(&input) {
                Ok(m) if m.is_dir() => {
                    let root: Arc<Path> = Arc::from(input.as_path());
                    if let Err(e) = self.enter(root, &input) {
                        return Some(Err(e));
                    }
                }
                Ok(_) => {
                    let id = input
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| input.to_string_lossy().into_owned());
                    let format = self
                        .format
                        .or_else(|| InputFormat::from_path(&input))
                        .unwrap_or(InputFormat::Txt);
                    return Some(Ok(Source {
                        path: Some(input),
                        id,
                        format,
                    }));
                }
                // Reported up front by check_inputs.
                Err(_) => continue,
            }
        }
    }
}

/// Counts the bytes read from an input before decompression, for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a source as a buffered reader of its content, gunzipped when it starts with the
/// gzip magic bytes (whatever its name says).
fn open(source: &Source, consumed: &Arc<AtomicU64>) -> Result<Box<dyn BufRead + Send>, Error> {
    let raw: Box<dyn Read + Send> = match &source.path {
        None => Box::new(io::stdin()),
        Some(path) => Box::new(File::open(path).map_err(|e| Error::Input {
            path: path.clone(),
            source: e,
        })?),
    };
    let mut reader = BufReader::with_capacity(
        64 * 1024,
        Counting {
            inner: raw,
            count: Arc::clone(consumed),
        },
    );
    let head = reader.fill_buf().map_err(|e| Error::Input {
        path: source.display_path(),
        source: e,
    })?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            64 * 1024,
            MultiGzDecoder::new(reader),
        )))
    } else {
        Ok(Box::new(reader))
    }
}

/// The bytes of the file at `path`. A file of up to 64 KiB (nearly every article) is read
/// into a buffer the thread keeps until a read returns nothing, without asking its size
/// first as `fs::read` does: a system call fewer for each of thousands of small files.
fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    const SMALL: usize = 64 * 1024;
    thread_local! {
        static BUF: std::cell::RefCell<Box<[u8]>> =
            std::cell::RefCell::new(vec![0; SMALL].into_boxed_slice());
    }
    let mut file = File::open(path)?;
    BUF.with_borrow_mut(|buf| {
        let mut len = 0;
        while len < buf.len() {
            match file.read(&mut buf[len..]) {
                Ok(0) => return Ok(buf[..len].to_vec()),
                Ok(n) => len += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        // A larger file: the rest as `fs::read` reads it.
        let mut bytes = buf.to_vec();
        file.read_to_end(&mut bytes)?;
        Ok(bytes)
    })
}

/// Reads a plain text source as one article (gunzipped when it starts with the gzip magic
/// bytes); `consumed` counts the bytes read. Binary content (NUL bytes) is an error.
pub fn read_text(source: &Source, consumed: &Arc<AtomicU64>) -> Result<ReadArticle, Error> {
    let io_err = |e| Error::Input {
        path: source.display_path(),
        source: e,
    };
    let bytes = match &source.path {
        // One read of the whole file: most articles are a few kilobytes, less than the
        // buffer a reader would allocate (and zero) for each.
        Some(path) => {
            let raw = read_file(path).map_err(io_err)?;
            consumed.fetch_add(raw.len() as u64, Ordering::Relaxed);
            if raw.starts_with(&[0x1f, 0x8b]) {
                let mut bytes = Vec::new();
                MultiGzDecoder::new(raw.as_slice())
                    .read_to_end(&mut bytes)
                    .map_err(io_err)?;
                bytes
            } else {
                raw
            }
        }
        None => {
            let mut bytes = Vec::new();
            open(source, consumed)?
                .read_to_end(&mut bytes)
                .map_err(io_err)?;
            bytes
        }
    };
    article_from_bytes(bytes, source.id.clone(), &source.display_path())
}

/// The events of a plain text source, in order: warnings about its text (empty, not
/// UTF-8), then the article; or the one event that says why it was not read.
pub fn text_events(source: &Source, consumed: &Arc<AtomicU64>) -> Vec<Event> {
    let read = match read_text(source, consumed) {
        Ok(read) => read,
        Err(Error::Binary { path }) => {
            return vec![Event::Warning(format!(
                "{}: binary file (NUL bytes), skipped",
                path.display()
            ))];
        }
        Err(e) => return vec![Event::Failed(e)],
    };
    let mut events = Vec::with_capacity(1);
    if read.article.text.trim().is_empty() {
        events.push(Event::Warning(format!(
            "{}: no text (the file is empty or only spaces)",
            read.article.id
        )));
    }
    if read.encoding == Encoding::Windows1252 {
        events.push(Event::Warning(format!(
            "{}: not UTF-8, read as Windows-1252",
            read.article.id
        )));
    }
    events.push(Event::Article(read.article));
    events
}

/// A step of [`Articles::steps`]: an event, or a plain text source whose file the taker
/// reads itself, with [`text_events`].
#[derive(Debug)]
pub enum Step {
    Event(Event),
    Text(Source),
}

/// Articles and problems of every source, in order.
pub struct Articles {
    walk: Walk,
    options: InputOptions,
    current: Option<Records>,
    consumed: Arc<AtomicU64>,
    /// Events produced ahead of the article they precede (an encoding warning).
    queued: std::collections::VecDeque<Event>,
    /// A source held back behind the walk's warnings.
    next_source: Option<Result<Source, Error>>,
    /// Plain text sources are handed over unread ([`Steps`]).
    defer_text: bool,
}

impl Articles {
    /// Reads the sources `inputs` stand for; `consumed` counts the input bytes read so far.
    pub fn new(inputs: &[PathBuf], options: InputOptions, consumed: Arc<AtomicU64>) -> Articles {
        Articles {
            walk: Walk::new(inputs, options.format),
            options,
            current: None,
            consumed,
            queued: Default::default(),
            next_source: None,
            defer_text: false,
        }
    }

    /// The same stream with plain text files left for the taker to read: several threads
    /// taking steps in turn read their files at the same time, not one after another.
    pub fn steps(mut self) -> Steps {
        self.defer_text = true;
        Steps(self)
    }

    fn step(&mut self) -> Option<Step> {
        loop {
            if let Some(e) = self.queued.pop_front() {
                return Some(Step::Event(e));
            }
            if let Some(records) = &mut self.current {
                match records.next() {
                    Some(e) => return Some(Step::Event(e)),
                    None => self.current = None,
                }
            }
            let next = match self.next_source.take() {
                Some(next) => Some(next),
                None => self.walk.next(),
            };
            // A directory the walk did not enter again is told where it was met.
            if !self.walk.skipped.is_empty() {
                self.next_source = next;
                let skipped = self.walk.skipped.drain(..).map(Event::Warning);
                self.queued.extend(skipped);
                continue;
            }
            let source = match next? {
                Ok(s) => s,
                Err(e) => return Some(Step::Event(Event::Failed(e))),
            };
            match source.format {
                InputFormat::Txt if self.defer_text => return Some(Step::Text(source)),
                InputFormat::Txt => self.queued.extend(text_events(&source, &self.consumed)),
                format => match open(&source, &self.consumed) {
                    Ok(reader) => {
                        self.current = Some(Records::new(
                            source,
                            format,
                            reader,
                            self.options.fields.clone(),
                        ))
                    }
                    Err(e) => return Some(Step::Event(Event::Failed(e))),
                },
            }
        }
    }
}

impl Iterator for Articles {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        match self.step()? {
            Step::Event(e) => Some(e),
            // Only `Steps` defers reading.
            Step::Text(source) => {
                self.queued.extend(text_events(&source, &self.consumed));
                self.queued.pop_front()
            }
        }
    }
}

/// [`Articles`] as [`Step`]s: plain text files are read by whoever takes them.
pub struct Steps(Articles);

impl Steps {
    /// The counter of input bytes read, for the takers' [`text_events`].
    pub fn consumed(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.0.consumed)
    }
}

impl Iterator for Steps {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        self.0.step()
    }
}

/// The articles of one JSONL or CSV/TSV source, one record at a time.
struct Records {
    source: Source,
    fields: Fields,
    kind: RecordKind,
    /// Set after an error that ends the source (unreadable bytes, a missing column).
    done: bool,
    /// Whether the Windows-1252 warning was given for this source.
    warned_encoding: bool,
    /// An article held back behind the warning that precedes it.
    pending: Option<Event>,
}

enum RecordKind {
    Jsonl {
        reader: Box<dyn BufRead + Send>,
        line: u64,
        buf: Vec<u8>,
    },
    Csv {
        reader: Box<csv::Reader<QuoteCount<Box<dyn BufRead + Send>>>>,
        /// The columns found in the header; `None` before it is read.
        columns: Option<CsvColumns>,
        record: csv::ByteRecord,
        /// Whether the input ended inside a quoted field (see `QuoteCount`).
        quotes: Arc<QuoteState>,
    },
}

/// Follows the quoting of the bytes a CSV reader reads, as the csv crate parses them (a
/// mark opens a quoted field only at a field's start; `""` inside one is a mark). A
/// quoted field that is never closed runs to the end of the file, swallowing every row
/// after it, and the csv crate returns it as an ordinary last row: ending inside a quoted
/// field is what tells it apart.
struct QuoteCount<R> {
    inner: R,
    delimiter: u8,
    quoting: Quoting,
    state: Arc<QuoteState>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    FieldStart,
    Unquoted,
    Quoted,
    /// A mark inside a quoted field: its end, or the first of `""`.
    QuoteInQuoted,
}

#[derive(Default)]
struct QuoteState {
    /// The input ended inside a quoted field.
    unclosed_at_end: std::sync::atomic::AtomicBool,
}

impl<R: Read> Read for QuoteCount<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() && self.quoting == Quoting::Quoted {
            self.state.unclosed_at_end.store(true, Ordering::Relaxed);
        }
        for &b in &buf[..n] {
            let ends_field = b == self.delimiter || b == b'\n' || b == b'\r';
            self.quoting = match (self.quoting, b) {
                (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
                (Quoting::Quoted, _) => Quoting::Quoted,
                (Quoting::QuoteInQuoted, b'"') => Quoting::Quoted,
                (Quoting::FieldStart, b'"') => Quoting::Quoted,
                (_, _) if ends_field => Quoting::FieldStart,
                (_, _) => Quoting::Unquoted,
            };
        }
        Ok(n)
    }
}

struct CsvColumns {
    text: usize,
    id: Option<usize>,
    title: Option<usize>,
    date: Option<usize>,
    source: Option<usize>,
    url: Option<usize>,
}

fn record_error(source: &Source, line: u64, message: impl Into<String>) -> Event {
    Event::Failed(Error::Record {
        path: source.display_path(),
        line,
        message: message.into(),
    })
}

/// A date from the input as ISO 8601 ("2019-01-04T10:00Z" and "January 4, 2019" are
/// 2019-01-04); `None` when it does not read as a date, so the text's own date is used.
fn input_date(date: String) -> Option<String> {
    crate::text::structure::iso_date(&date)
}

/// The record's id, else `FILE:LINE`.
fn record_id(source: &Source, line: u64, id: Option<String>) -> String {
    match id {
        Some(id) if !id.is_empty() => id,
        _ => format!("{}:{line}", source.id),
    }
}

/// The columns a CSV header names (a BOM before the first name dropped, names trimmed), or
/// the message when it has no text column.
fn csv_columns(header: &csv::ByteRecord, fields: &Fields) -> Result<CsvColumns, String> {
    let names: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let f = if i == 0 {
                f.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(f)
            } else {
                f
            };
            String::from_utf8_lossy(f).trim().to_string()
        })
        .collect();
    let find = |name: &str| names.iter().position(|n| n == name);
    let Some(text) = find(&fields.text) else {
        return Err(format!(
            "no column \"{}\" in the header (columns: {}); see --text-column",
            fields.text,
            names.join(", ")
        ));
    };
    Ok(CsvColumns {
        text,
        id: find(&fields.id),
        title: find("title"),
        date: find("date"),
        source: find("source"),
        url: find("url"),
    })
}

/// One CSV row as an article, and whether a field of it was read as Windows-1252; the
/// message to report when the row is too short to have the text column.
fn csv_article(
    record: &csv::ByteRecord,
    cols: &CsvColumns,
    source: &Source,
    line: u64,
) -> Result<(Article, bool), String> {
    let Some(raw_text) = record.get(cols.text) else {
        return Err(format!(
            "{} fields, so no text column (column {}); row skipped",
            record.len(),
            cols.text + 1
        ));
    };
    let mut fallback = false;
    let mut field = |i: Option<usize>| -> Option<String> {
        let (s, enc) = decode(record.get(i?)?);
        fallback |= enc == Encoding::Windows1252;
        Some(s).filter(|s| !s.is_empty())
    };
    let id = field(cols.id);
    let meta = ArticleMeta {
        title: field(cols.title),
        date: field(cols.date).and_then(input_date),
        source: field(cols.source),
        url: field(cols.url),
    };
    let (text, enc) = decode(raw_text);
    fallback |= enc == Encoding::Windows1252;
    let id = record_id(source, line, id);
    Ok((Article { id, text, meta }, fallback))
}

/// One JSON Lines record (`bytes`, on line `line`) as an article, or the error that skips
/// it: not a JSON object, or no string text field. Metadata is used when it is a string or
/// a number; other values (null, objects) are ignored rather than losing the article over
/// them.
fn jsonl_article(bytes: &[u8], fields: &Fields, source: &Source, line: u64) -> Event {
    let obj = match serde_json::from_slice::<serde_json::Map<String, Value>>(bytes) {
        Ok(obj) => obj,
        Err(e) => {
            // serde_json counts lines within the one line it was given: keep the column.
            let what = e.to_string();
            let what = what.split(" at line ").next().unwrap_or(&what);
            let at = match e.column() {
                0 => String::new(),
                c => format!(" at column {c}"),
            };
            return record_error(
                source,
                line,
                format!("not a JSON object ({what}{at}); line skipped"),
            );
        }
    };
    let text = match obj.get(&fields.text) {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            return record_error(
                source,
                line,
                format!("field \"{}\" is not a string; line skipped", fields.text),
            );
        }
        None => {
            return record_error(
                source,
                line,
                format!(
                    "no field \"{}\" (see --text-field); line skipped",
                    fields.text
                ),
            );
        }
    };
    let scalar = |name: &str| match obj.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let id = record_id(source, line, scalar(&fields.id));
    let meta = ArticleMeta {
        title: scalar("title"),
        date: scalar("date").and_then(input_date),
        source: scalar("source"),
        url: scalar("url"),
    };
    Event::Article(Article { id, text, meta })
}

impl Records {
    fn new(
        source: Source,
        format: InputFormat,
        reader: Box<dyn BufRead + Send>,
        fields: Fields,
    ) -> Records {
        let kind = match format {
            InputFormat::Csv | InputFormat::Tsv => {
                let quotes = Arc::new(QuoteState::default());
                let reader = QuoteCount {
                    inner: reader,
                    delimiter: if format == InputFormat::Tsv {
                        b'\t'
                    } else {
                        b','
                    },
                    quoting: Quoting::FieldStart,
                    state: Arc::clone(&quotes),
                };
                RecordKind::Csv {
                    reader: Box::new(
                        csv::ReaderBuilder::new()
                            .delimiter(if format == InputFormat::Tsv {
                                b'\t'
                            } else {
                                b','
                            })
                            .flexible(true)
                            .has_headers(false)
                            .from_reader(reader),
                    ),
                    columns: None,
                    record: csv::ByteRecord::new(),
                    quotes,
                }
            }
            _ => RecordKind::Jsonl {
                reader,
                line: 0,
                buf: Vec::new(),
            },
        };
        Records {
            source,
            fields,
            kind,
            done: false,
            warned_encoding: false,
            pending: None,
        }
    }

    fn next_jsonl(&mut self) -> Option<Event> {
        let RecordKind::Jsonl { reader, line, buf } = &mut self.kind else {
            return None;
        };
        let source = &self.source;
        loop {
            buf.clear();
            match reader.read_until(b'\n', buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(record_error(source, *line + 1, format!("cannot read: {e}")));
                }
            }
            *line += 1;
            let mut bytes = buf.as_slice();
            if *line == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(jsonl_article(bytes, &self.fields, source, *line));
        }
    }

    fn next_csv(&mut self) -> Option<Event> {
        let RecordKind::Csv {
            reader,
            columns,
            record,
            quotes,
        } = &mut self.kind
        else {
            return None;
        };
        let source = &self.source;
        loop {
            match reader.read_byte_record(record) {
                Ok(false) => return None,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    self.done = true;
                    return Some(record_error(source, line, format!("cannot read: {e}")));
                }
            }
            let line = record.position().map_or(0, |p| p.line());
            // Only the last row can end inside a quoted field: the file's end closed it.
            if quotes.unclosed_at_end.load(Ordering::Relaxed) {
                self.done = true;
                return Some(record_error(
                    source,
                    line,
                    "a quoted field opened on this row is never closed, so the rest of the \
                     file was read into this row; row skipped",
                ));
            }
            let Some(cols) = columns else {
                match csv_columns(record, &self.fields) {
                    Ok(found) => *columns = Some(found),
                    Err(message) => {
                        self.done = true;
                        return Some(record_error(source, line, message));
                    }
                }
                continue;
            };
            if record.len() == 1 && record[0].is_empty() {
                continue; // a blank line
            }
            let (article, fallback) = match csv_article(record, cols, source, line) {
                Ok(read) => read,
                Err(message) => return Some(record_error(source, line, message)),
            };
            let article = Event::Article(article);
            if fallback && !self.warned_encoding {
                self.warned_encoding = true;
                self.pending = Some(article);
                return Some(Event::Warning(format!(
                    "{}:{line}: not UTF-8, read as Windows-1252 (said once a file)",
                    source.display_path().display()
                )));
            }
            return Some(article);
        }
    }
}

impl Iterator for Records {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        if let Some(e) = self.pending.take() {
            return Some(e);
        }
        if self.done {
            return None;
        }
        match self.kind {
            RecordKind::Jsonl { .. } => self.next_jsonl(),
            RecordKind::Csv { .. } => self.next_csv(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn files_are_read_whole_whatever_their_size() {
        let dir = tempfile::tempdir().unwrap();
        for n in [0, 1, 2_000, 65_535, 65_536, 65_537, 200_000] {
            let path = dir.path().join(format!("{n}.txt"));
            let bytes: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
            std::fs::write(&path, &bytes).unwrap();
            assert_eq!(read_file(&path).unwrap(), bytes, "{n}");
        }
        assert!(read_file(&dir.path().join("missing.txt")).is_err());
        assert!(read_file(dir.path()).is_err());
    }

    fn events(inputs: &[PathBuf], options: InputOptions) -> Vec<Event> {
        Articles::new(inputs, options, Arc::new(AtomicU64::new(0))).collect()
    }

    fn ids(events: &[Event]) -> Vec<String> {
        events
            .iter()
            .map(|e| match e {
                Event::Article(a) => a.id.clone(),
                Event::Warning(w) => format!("warning {w}"),
                Event::Failed(e) => format!("failed {e}"),
            })
            .collect()
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn formats_from_names() {
        let f = |s: &str| InputFormat::from_path(Path::new(s));
        assert_eq!(f("a.txt"), Some(InputFormat::Txt));
        assert_eq!(f("a.jsonl.gz"), Some(InputFormat::Jsonl));
        assert_eq!(f("README.TXT"), None);
        assert_eq!(f("a.ndjson"), Some(InputFormat::Jsonl));
        assert_eq!(f("dir/a.b.csv"), Some(InputFormat::Csv));
        assert_eq!(f("a.tsv.gz"), Some(InputFormat::Tsv));
        assert_eq!(f("a.gz"), None);
        assert_eq!(f("README"), None);
        assert_eq!(f("a.json"), None);
    }

    #[test]
    fn directories_are_walked_in_sorted_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("b")).unwrap();
        fs::write(d.join("b/2.txt"), "x").unwrap();
        fs::write(d.join("b.txt"), "x").unwrap();
        fs::write(d.join("a.txt"), "x").unwrap();
        fs::write(d.join("skip.json"), "x").unwrap();
        fs::write(d.join("c.jsonl"), "{\"text\":\"x\"}\n").unwrap();
        let got: Vec<String> = Walk::new(&[d.to_path_buf()], None)
            .map(|s| s.unwrap().id)
            .collect();
        // The order of sorting whole paths, which compare component by component.
        let mut want = vec!["a.txt", "b/2.txt", "b.txt", "c.jsonl"];
        assert_eq!(got, want);
        let mut paths: Vec<PathBuf> = want.iter().map(|w| d.join(w)).collect();
        paths.sort();
        want = paths
            .iter()
            .map(|p| p.strip_prefix(d).unwrap().to_str().unwrap())
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn jsonl_records_with_metadata_ids_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.jsonl");
        fs::write(
            &f,
            "\u{feff}{\"id\":\"x1\",\"text\":\"One.\",\"title\":\"T\",\"date\":\"2020-01-02\",\"source\":\"S\",\"url\":\"u\"}\n\
             {broken\n\
             \n\
             {\"text\":\"Two.\",\"id\":7,\"title\":null,\"date\":\"March 3, 2021\"}\r\n\
             {\"body\":\"Three.\"}\n\
             [1]\n\
             {\"text\":\"Four.\",\"id\":\"\"}",
        )
        .unwrap();
        let ev = events(std::slice::from_ref(&f), InputOptions::default());
        let got = ids(&ev);
        assert_eq!(got[0], "x1");
        assert!(got[1].starts_with("failed ") && got[1].contains("a.jsonl:2: not a JSON object"));
        assert_eq!(got[2], "7");
        assert!(
            got[3].contains("a.jsonl:5: no field \"text\""),
            "{}",
            got[3]
        );
        assert!(got[4].contains("a.jsonl:6: not a JSON object"));
        assert_eq!(got[5], "a.jsonl:7");
        assert_eq!(got.len(), 6);
        let Event::Article(a) = &ev[0] else { panic!() };
        assert_eq!(a.text, "One.");
        assert_eq!(
            a.meta,
            ArticleMeta {
                title: Some("T".into()),
                date: Some("2020-01-02".into()),
                source: Some("S".into()),
                url: Some("u".into()),
            }
        );
        let Event::Article(b) = &ev[2] else { panic!() };
        assert_eq!(b.meta.title, None);
        assert_eq!(b.meta.date.as_deref(), Some("2021-03-03"));
        // Other field names.
        let options = InputOptions {
            format: None,
            fields: Fields {
                text: "body".into(),
                id: "id".into(),
            },
        };
        let got = ids(&events(&[f], options));
        assert_eq!(got[3], "a.jsonl:5");
    }

    #[test]
    fn csv_and_tsv_with_a_text_column() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("n.csv");
        fs::write(
            &csv,
            "url,date,title,text\nhttp://a,2019-01-04,A,\"Line one,\nline \"\"two\"\".\"\nhttp://b,,B\nhttp://c,,C,Three.\n",
        )
        .unwrap();
        let ev = events(&[csv], InputOptions::default());
        let got = ids(&ev);
        assert_eq!(got[0], "n.csv:2");
        assert!(got[1].contains("n.csv:4: 3 fields"), "{}", got[1]);
        assert_eq!(got[2], "n.csv:5");
        let Event::Article(a) = &ev[0] else { panic!() };
        assert_eq!(a.text, "Line one,\nline \"two\".");
        assert_eq!(a.meta.url.as_deref(), Some("http://a"));
        assert_eq!(a.meta.date.as_deref(), Some("2019-01-04"));
        assert_eq!(a.meta.source, None);

        let tsv = dir.path().join("n.tsv.gz");
        fs::write(&tsv, gzip(b"doc\tbody\nd1\tHello there.\n")).unwrap();
        let options = InputOptions {
            format: None,
            fields: Fields {
                text: "body".into(),
                id: "doc".into(),
            },
        };
        let ev = events(std::slice::from_ref(&tsv), options);
        assert_eq!(ids(&ev), ["d1"]);
        let got = ids(&events(&[tsv], InputOptions::default()));
        assert!(
            got[0].contains("n.tsv.gz:1: no column \"text\""),
            "{}",
            got[0]
        );
    }

    #[test]
    fn gzip_is_read_whatever_the_format() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt.gz"), gzip(b"Plain text.")).unwrap();
        fs::write(
            dir.path().join("b.jsonl.gz"),
            gzip(b"{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"),
        )
        .unwrap();
        let ev = events(&[dir.path().to_path_buf()], InputOptions::default());
        assert_eq!(ids(&ev), ["a.txt.gz", "b.jsonl.gz:1", "b.jsonl.gz:2"]);
        let Event::Article(a) = &ev[0] else { panic!() };
        assert_eq!(a.text, "Plain text.");
    }

    #[test]
    fn forced_format_applies_to_named_files() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("export.data");
        fs::write(&f, "{\"text\":\"One.\"}\n").unwrap();
        let options = InputOptions {
            format: Some(InputFormat::Jsonl),
            ..Default::default()
        };
        assert_eq!(
            ids(&events(std::slice::from_ref(&f), options)),
            ["export.data:1"]
        );
        let ev = events(&[f], InputOptions::default());
        let Event::Article(a) = &ev[0] else { panic!() };
        assert_eq!(a.text, "{\"text\":\"One.\"}\n");
    }

    #[test]
    fn binary_and_missing_inputs() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), b"ab\0c").unwrap();
        fs::write(dir.path().join("b.txt"), b"caf\xe9").unwrap();
        let got = ids(&events(
            &[dir.path().to_path_buf()],
            InputOptions::default(),
        ));
        assert!(got[0].starts_with("warning ") && got[0].contains("binary"));
        assert!(got[1].starts_with("warning ") && got[1].contains("Windows-1252"));
        assert_eq!(got[2], "b.txt");
        let missing = dir.path().join("nope.txt");
        assert_eq!(
            check_inputs(&[missing.clone(), dir.path().join("b.txt")]).len(),
            1
        );
        assert!(Walk::new(&[missing], None).next().is_none());
    }
}
