//! Reading articles: decoding bytes to text.
//!
//! Text is kept exactly as read (only a leading BOM is dropped), because every offset in
//! the output points into it. UTF-8 is tried first; bytes that are not UTF-8 are read as
//! Windows-1252, the encoding of most legacy scraped news, with a warning.

use std::path::Path;

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

/// The outcome of reading one source.
#[derive(Debug)]
pub struct ReadArticle {
    pub article: Article,
    pub encoding: Encoding,
}

/// [`decode`] of bytes the caller no longer needs: UTF-8 text (most) becomes the string
/// without a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, Encoding) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, Encoding::Utf8),
        Err(e) => (
            e.as_bytes().iter().map(|&b| cp1252(b)).collect(),
            Encoding::Windows1252,
        ),
    }
}

/// Builds an article from raw bytes.
pub fn article_from_bytes(bytes: Vec<u8>, id: String, path: &Path) -> Result<ReadArticle, Error> {
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    let (text, encoding) = decode_owned(bytes);
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
    fn decoding_owned_bytes_is_decoding_them() {
        for bytes in [
            &b"\xEF\xBB\xBFa\r\nb\n"[..],
            b"caf\xe9 \x93hi\x94 \x81",
            b"\xEF\xBB\xBF\xEF\xBB\xBFx",
            b"",
            b"\xEF\xBB",
        ] {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn windows_1252_fallback() {
        let (t, e) = decode(b"caf\xe9 \x93hi\x94 \x81");
        assert_eq!(t, "caf\u{e9} \u{201c}hi\u{201d} \u{FFFD}");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(article_from_bytes(b"ab\0c".to_vec(), "x".into(), Path::new("x")).is_err());
    }
}
