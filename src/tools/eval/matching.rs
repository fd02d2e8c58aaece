//! Placing rows in their texts and pairing gold with predicted spans, as score.py does:
//! trimmed spans, overlap over the longer span, and the one-to-one greedy matching.

use super::compare::is_python_space;
use super::texts::{Row, Texts};
use crate::error::Error;
use std::path::Path;

/// A located row: its index among the rows and its trimmed span in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) row: usize,
    pub(super) s: usize,
    pub(super) e: usize,
}

/// score.py's `spans`: each row's trimmed span, grouped by the text it maps to. Rows whose
/// article is not scored are left out; rows that cannot be placed are counted.
pub(super) fn spans(
    rows: &[Row],
    texts: &Texts,
    path: &Path,
) -> Result<(Vec<Vec<Span>>, usize), Error> {
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
pub(super) fn python_int(s: &str) -> Option<i128> {
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
pub(super) fn overlap(a: Span, b: Span) -> f64 {
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
pub(super) fn greedy(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_int_forms() {
        assert_eq!(python_int(" 12 "), Some(12));
        assert_eq!(python_int("1_000"), Some(1000));
        assert_eq!(python_int("-3"), Some(-3));
        assert_eq!(python_int("1__0"), None);
        assert_eq!(python_int("1.0"), None);
        assert_eq!(python_int(""), None);
    }
}
