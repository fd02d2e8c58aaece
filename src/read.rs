//! Reading articles: decoding bytes to text and walking the inputs.
//!
//! Text is kept exactly as read (only a leading BOM is dropped), because every offset in
//! the output points into it. UTF-8 is tried first; bytes that are not UTF-8 are read as
//! Windows-1252, the encoding of most legacy scraped news, with a warning.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// One article as read, before any analysis.
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// `article_id` of its rows.
    pub id: String,
    /// The text as read: BOM dropped, line ends kept.
    pub text: String,
    /// Metadata given by the input itself (JSONL/CSV inputs); the text's own header fills the gaps.
    pub meta: ArticleMeta,
}

/// Article metadata, from the input or found in the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// How the bytes were decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// Decodes article bytes: UTF-8 without a leading BOM, else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(s) => (s.to_string(), Encoding::Utf8),
        Err(_) => (
            body.iter().map(|&b| cp1252(b)).collect(),
            Encoding::Windows1252,
        ),
    }
}

/// Windows-1252 to Unicode. The five undefined bytes map to U+FFFD, as Python's
/// `errors='replace'` does, so offsets agree with the reference scorer.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{FFFD}',
        '\u{017D}', '\u{FFFD}', '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}',
        '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
        '\u{0153}', '\u{FFFD}', '\u{017E}', '\u{0178}',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// One input named on the command line, expanded to the files it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file with the `article_id` it gets.
    File { path: PathBuf, id: String },
}

/// Expands the command-line inputs, in the order given; a directory is walked recursively
/// in sorted path order for `*.txt`. Returns the sources and the errors met (a missing path,
/// an unreadable directory), so that one bad input never loses the others.
pub fn expand_inputs(inputs: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    if inputs.is_empty() {
        sources.push(Source::Stdin);
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        match fs::metadata(input) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                let mut seen = Vec::new();
                walk(input, &mut files, &mut errors, &mut seen);
                files.sort();
                for path in files {
                    let id = path
                        .strip_prefix(input)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    sources.push(Source::File { path, id });
                }
            }
            Ok(_) => {
                let id = input
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| input.to_string_lossy().into_owned());
                sources.push(Source::File {
                    path: input.clone(),
                    id,
                });
            }
            Err(e) => errors.push(Error::Input {
                path: input.clone(),
                source: e,
            }),
        }
    }
    (sources, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Error>, seen: &mut Vec<PathBuf>) {
    // Symlinked directories are followed, but a directory already visited is not entered
    // again, so a symlink loop ends the walk instead of recursing forever.
    match fs::canonicalize(dir) {
        Ok(canon) => {
            if seen.contains(&canon) {
                return;
            }
            seen.push(canon);
        }
        Err(e) => {
            errors.push(Error::Input {
                path: dir.to_path_buf(),
                source: e,
            });
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(Error::Input {
                path: dir.to_path_buf(),
                source: e,
            });
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(Error::Input {
                    path: dir.to_path_buf(),
                    source: e,
                });
                continue;
            }
        };
        let path = entry.path();
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, files, errors, seen),
            Ok(_) => {
                if path.extension().is_some_and(|e| e == "txt") {
                    files.push(path);
                }
            }
            Err(e) => errors.push(Error::Input { path, source: e }),
        }
    }
}

/// The outcome of reading one source.
#[derive(Debug)]
pub struct ReadArticle {
    pub article: Article,
    pub encoding: Encoding,
}

/// Reads one source into an article. Binary content (NUL bytes) is an error, as ripgrep
/// skips binary files.
pub fn read_source(source: &Source) -> Result<ReadArticle, Error> {
    let (bytes, id, path) = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::Input {
                    path: PathBuf::from("-"),
                    source: e,
                })?;
            (buf, "-".to_string(), PathBuf::from("-"))
        }
        Source::File { path, id } => {
            let bytes = fs::read(path).map_err(|e| Error::Input {
                path: path.clone(),
                source: e,
            })?;
            (bytes, id.clone(), path.clone())
        }
    };
    article_from_bytes(&bytes, id, &path)
}

/// Builds an article from raw bytes.
pub fn article_from_bytes(bytes: &[u8], id: String, path: &Path) -> Result<ReadArticle, Error> {
    if bytes.contains(&0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    let (text, encoding) = decode(bytes);
    Ok(ReadArticle {
        article: Article {
            id,
            text,
            meta: ArticleMeta::default(),
        },
        encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_line_ends_kept() {
        let (t, e) = decode(b"\xEF\xBB\xBFa\r\nb\n");
        assert_eq!(t, "a\r\nb\n");
        assert_eq!(e, Encoding::Utf8);
    }

    #[test]
    fn windows_1252_fallback() {
        let (t, e) = decode(b"caf\xe9 \x93hi\x94 \x81");
        assert_eq!(t, "caf\u{e9} \u{201c}hi\u{201d} \u{FFFD}");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn directory_ids_are_relative_and_sorted() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("b")).unwrap();
        fs::write(dir.path().join("b/2.txt"), "x").unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        fs::write(dir.path().join("skip.csv"), "x").unwrap();
        let (sources, errors) = expand_inputs(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        let ids: Vec<_> = sources
            .iter()
            .map(|s| match s {
                Source::File { id, .. } => id.clone(),
                Source::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(ids, ["a.txt", "b/2.txt"]);
    }

    #[test]
    fn missing_path_is_an_error_not_a_stop() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        let (sources, errors) =
            expand_inputs(&[dir.path().join("nope.txt"), dir.path().join("a.txt")]);
        assert_eq!(sources.len(), 1);
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(article_from_bytes(b"ab\0c", "x".into(), Path::new("x")).is_err());
    }
}
