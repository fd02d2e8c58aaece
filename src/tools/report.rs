//! Showing a `summary::Summary`: text for the terminal, JSON for machines, and one HTML
//! page for people (`saywho summary`, `--json`, `--html`).
//!
//! The page is a single file with nothing to fetch and nothing to run: its style is
//! inline, its bar charts are inline SVG (one bar a row, beside its label and number as
//! HTML text, so labels wrap on a phone and stay sharp in print), and it is well-formed
//! XML as well as HTML, so a test can parse it with an XML parser. Lists are cut to the
//! top `top` entries; the rest are summed into one "others" line.

use std::fmt::Write;

use serde::Serialize;

use crate::tools::summary::{Count, Summary};

/// How an empty cell is shown in text and HTML.
fn label<'a>(value: &'a str, empty: &'a str) -> &'a str {
    if value.is_empty() { empty } else { value }
}

/// A median: whole, or with one decimal when it falls between two articles.
fn median(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// The first `top` counts and, when some are left out, how many and their rows.
fn cut(counts: &[Count], top: usize) -> (&[Count], Option<(usize, u64)>) {
    if counts.len() <= top {
        (counts, None)
    } else {
        let rest = &counts[top..];
        (
            &counts[..top],
            Some((rest.len(), rest.iter().map(|c| c.rows).sum())),
        )
    }
}

/// The plain-text report: one block a question, numbers right-aligned.
pub fn text(s: &Summary, name: &str, top: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{name}: {} rows from {} articles", s.rows, s.articles);
    if let Some(r) = s.rows_per_article {
        let _ = writeln!(
            out,
            "rows per article: min {}, median {}, max {}",
            r.min,
            median(r.median),
            r.max
        );
    }
    let speakers = s
        .speakers
        .iter()
        .take(top)
        .map(|p| (p.name.clone(), label(&p.country, "-").to_string(), p.rows))
        .collect();
    let blocks = [
        (
            "quote_type".to_string(),
            "",
            text_rows(&s.quote_types, "(none)"),
        ),
        (
            "attribution".to_string(),
            "",
            text_rows(&s.attributions, "(none)"),
        ),
        (
            "speaker_type".to_string(),
            "",
            text_rows(&s.speaker_types, "(none)"),
        ),
        (format!("top {top} speakers"), "country", speakers),
        (
            "country".to_string(),
            "",
            text_rows_cut(&s.countries, "(none)", top, "countries"),
        ),
        (
            "cue_lemma".to_string(),
            "",
            text_rows_cut(&s.cues, "(none: a continuation)", top, "cues"),
        ),
    ];
    for (title, head, rows) in blocks {
        text_block(&mut out, s, &title, head, rows);
    }
    let _ = writeln!(out);
    for (what, n) in [
        ("speaker unresolved: ", s.unresolved),
        ("country inferred:   ", s.inferred),
        ("either:             ", s.unresolved_or_inferred),
        ("no speaker:         ", s.no_speaker),
    ] {
        let _ = writeln!(out, "{what}{n:>7} rows  {:>6}", percent(s, n));
    }
    out
}

/// A share of all rows, as the text report writes it.
fn percent(s: &Summary, n: u64) -> String {
    format!("{:.1}%", s.share(n))
}

/// One block of the text report: a title and a heading over rows of (label, second column,
/// rows), each with its share.
fn text_block(
    out: &mut String,
    s: &Summary,
    title: &str,
    head: &str,
    rows: Vec<(String, String, u64)>,
) {
    let width = rows
        .iter()
        .map(|r| r.0.chars().count())
        .chain([title.chars().count()])
        .max()
        .unwrap_or(0);
    let middle = rows
        .iter()
        .map(|r| r.1.chars().count())
        .chain([head.chars().count()])
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "\n{title:<width$}  {head:<middle$}  {:>7}  {:>6}",
        "rows", "share"
    );
    for (a, b, n) in rows {
        let _ = writeln!(
            out,
            "{a:<width$}  {b:<middle$}  {n:>7}  {:>6}",
            percent(s, n)
        );
    }
}

/// Counts as rows of a text block, `empty` standing for the empty value.
fn text_rows(counts: &[Count], empty: &str) -> Vec<(String, String, u64)> {
    counts
        .iter()
        .map(|c| (label(&c.value, empty).to_string(), String::new(), c.rows))
        .collect()
}

/// Counts as rows of a text block, cut to `top` with one line for the others.
fn text_rows_cut(
    counts: &[Count],
    empty: &str,
    top: usize,
    what: &str,
) -> Vec<(String, String, u64)> {
    let (shown, rest) = cut(counts, top);
    let mut rows = text_rows(shown, empty);
    if let Some((n, r)) = rest {
        rows.push((format!("({n} more {what})"), String::new(), r));
    }
    rows
}

/// A count with `null` for the empty value.
#[derive(Serialize)]
struct JsonEntry<'a> {
    value: Option<&'a str>,
    rows: u64,
}

/// A speaker among the most quoted.
#[derive(Serialize)]
struct JsonTopSpeaker<'a> {
    speaker: &'a str,
    country: Option<&'a str>,
    rows: u64,
}

/// Rows per article.
#[derive(Serialize)]
struct JsonSpread {
    min: u64,
    median: f64,
    max: u64,
}

/// The summary as `--json` writes it, keys in this order.
#[derive(Serialize)]
struct JsonReport<'a> {
    file: &'a str,
    rows: u64,
    articles: u64,
    rows_per_article: Option<JsonSpread>,
    quote_type: Vec<JsonEntry<'a>>,
    attribution: Vec<JsonEntry<'a>>,
    speaker_type: Vec<JsonEntry<'a>>,
    speakers: usize,
    top_speakers: Vec<JsonTopSpeaker<'a>>,
    no_speaker: u64,
    country: Vec<JsonEntry<'a>>,
    cues: usize,
    top_cues: Vec<JsonEntry<'a>>,
    unresolved: u64,
    inferred: u64,
    unresolved_or_inferred: u64,
}

/// A value, `None` when empty.
fn non_empty(v: &str) -> Option<&str> {
    (!v.is_empty()).then_some(v)
}

/// Counts as JSON entries.
fn json_entries(counts: &[Count]) -> Vec<JsonEntry<'_>> {
    counts
        .iter()
        .map(|c| JsonEntry {
            value: non_empty(&c.value),
            rows: c.rows,
        })
        .collect()
}

/// The summary as JSON: every count, the speakers and cues cut to `top`, countries whole.
/// Keys come in the order of the text report; an empty cell's value is `null`.
pub fn json(s: &Summary, name: &str, top: usize) -> String {
    let out = JsonReport {
        file: name,
        rows: s.rows,
        articles: s.articles,
        rows_per_article: s.rows_per_article.map(|r| JsonSpread {
            min: r.min,
            median: r.median,
            max: r.max,
        }),
        quote_type: json_entries(&s.quote_types),
        attribution: json_entries(&s.attributions),
        speaker_type: json_entries(&s.speaker_types),
        speakers: s.speakers.len(),
        top_speakers: s
            .speakers
            .iter()
            .take(top)
            .map(|p| JsonTopSpeaker {
                speaker: &p.name,
                country: non_empty(&p.country),
                rows: p.rows,
            })
            .collect(),
        no_speaker: s.no_speaker,
        country: json_entries(&s.countries),
        cues: s.cues.len(),
        top_cues: json_entries(&s.cues[..s.cues.len().min(top)]),
        unresolved: s.unresolved,
        inferred: s.inferred,
        unresolved_or_inferred: s.unresolved_or_inferred,
    };
    // Straight to text: a `serde_json::Value` would sort the keys.
    serde_json::to_string_pretty(&out).expect("plain data serializes") + "\n"
}

/// Text for HTML (and XML): the five characters that could end it or a quoted attribute.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // not allowed in XML 1.0; an export never has them outside quotes, but a
            // title or file name might
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6474; --bar: #2f6fb3; --rule: #d9dde5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 56rem; padding: 1.5rem 1rem 3rem; color: var(--ink);
  font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
.file { color: var(--muted); margin: 0 0 1.2rem; overflow-wrap: anywhere; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .6rem;
  margin: 0 0 1.5rem; padding: 0; }
.figures div { border: 1px solid var(--rule); border-radius: .4rem; padding: .5rem .7rem; }
.figures dt { color: var(--muted); font-size: .85rem; }
.figures dd { margin: 0; font-size: 1.45rem; font-weight: 600; font-variant-numeric: tabular-nums; }
section { margin: 0 0 1.6rem; break-inside: avoid; page-break-inside: avoid; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .2rem .4rem .2rem 0; vertical-align: middle; }
th { color: var(--muted); font-weight: 500; font-size: .85rem; border-bottom: 1px solid var(--rule); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.bars td.label { width: 38%; overflow-wrap: break-word; }
.cols table.bars td.label { width: auto; }
table.bars td.bar { width: 50%; }
svg.bar { display: block; width: 100%; height: .9rem; }
svg.bar rect { fill: var(--bar); }
table.list td { border-bottom: 1px solid var(--rule); }
.muted { color: var(--muted); }
footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
@media (max-width: 30rem) {
  body { padding: 1rem .7rem 2rem; font-size: 15px; }
  table.bars td.label { width: 45%; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .figures div { border-color: #999; }
  svg.bar rect { fill: #2f6fb3; }
  a { color: inherit; text-decoration: none; }
}
";

/// One bar chart: a row a value, its bar scaled to the largest, its rows and share.
fn bar_chart(out: &mut String, id: &str, title: &str, rows: &[(String, u64)], total: u64) {
    let most = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let _ = write!(
        out,
        "<section id=\"{id}\"><h2>{}</h2><table class=\"bars\"><thead><tr><th></th><th></th><th class=\"n\">rows</th><th class=\"n\">share</th></tr></thead><tbody>",
        esc(title)
    );
    for (name, n) in rows {
        let width = *n as f64 * 100.0 / most as f64;
        let share = if total == 0 {
            0.0
        } else {
            *n as f64 * 100.0 / total as f64
        };
        let _ = write!(
            out,
            "<tr><td class=\"label\">{}</td><td class=\"bar\"><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{n} rows\"><rect x=\"0\" y=\"0\" height=\"10\" width=\"{width:.2}\"/></svg></td><td class=\"n\">{n}</td><td class=\"n\">{share:.1}%</td></tr>",
            esc(name)
        );
    }
    out.push_str("</tbody></table></section>\n");
}

/// Counts as chart rows, an empty value shown as `empty`, cut to `top` plus "others".
fn chart_rows(counts: &[Count], empty: &str, top: usize, what: &str) -> Vec<(String, u64)> {
    let (shown, rest) = cut(counts, top);
    let mut rows: Vec<(String, u64)> = shown
        .iter()
        .map(|c| (label(&c.value, empty).to_string(), c.rows))
        .collect();
    if let Some((n, r)) = rest {
        rows.push((format!("{n} more {what}"), r));
    }
    rows
}

/// The whole page.
pub fn html(s: &Summary, name: &str, top: usize) -> String {
    let mut out = String::new();
    html_head_and_figures(&mut out, s, name);
    html_speakers(&mut out, s, top);
    bar_chart(
        &mut out,
        "countries",
        "Rows by country",
        &chart_rows(&s.countries, "(no country)", top, "countries"),
        s.rows,
    );
    out.push_str("<div class=\"cols\">");
    for (id, title, counts) in [
        ("quote-type", "Rows by quote_type", &s.quote_types),
        ("attribution", "Rows by attribution", &s.attributions),
        ("speaker-type", "Rows by speaker_type", &s.speaker_types),
    ] {
        bar_chart(
            &mut out,
            id,
            title,
            &chart_rows(counts, "(none)", usize::MAX, ""),
            s.rows,
        );
    }
    out.push_str("</div>");
    bar_chart(
        &mut out,
        "cues",
        "The most used cues (cue_lemma)",
        &chart_rows(&s.cues, "(continuation)", top, "cues"),
        s.rows,
    );
    let _ = write!(
        out,
        "<footer>Made by saywho {} <code>summary</code>. A speaker&#39;s country is the one most of their rows give. Shares are of all {} rows.</footer>\n</body></html>\n",
        env!("CARGO_PKG_VERSION"),
        s.rows
    );
    out
}

/// The page's head, title and the figures at its top.
fn html_head_and_figures(out: &mut String, s: &Summary, name: &str) {
    let pct = |n: u64| percent(s, n);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
<title>Quotes in {}</title><style>{STYLE}</style></head><body>\n\
<h1>Who is quoted, from where, and how</h1><p class=\"file\">{}</p>\n<dl class=\"figures\">",
        esc(name),
        esc(name)
    );
    let spread = s.rows_per_article;
    let figures = [
        ("rows", "rows", s.rows.to_string()),
        ("articles", "articles", s.articles.to_string()),
        (
            "median",
            "rows per article (median)",
            spread.map_or("-".into(), |r| median(r.median)),
        ),
        (
            "range",
            "rows per article (min to max)",
            spread.map_or("-".into(), |r| format!("{} to {}", r.min, r.max)),
        ),
        ("unresolved", "speaker unresolved", pct(s.unresolved)),
        ("inferred", "country inferred", pct(s.inferred)),
        (
            "either",
            "unresolved or inferred",
            pct(s.unresolved_or_inferred),
        ),
    ];
    for (id, what, value) in figures {
        let _ = write!(
            out,
            "<div><dt>{}</dt><dd id=\"{id}\">{}</dd></div>",
            esc(what),
            esc(&value)
        );
    }
    out.push_str("</dl>\n");
}

/// The most quoted speakers: a chart and a table with their countries.
fn html_speakers(out: &mut String, s: &Summary, top: usize) {
    let speakers: Vec<(String, u64)> = s
        .speakers
        .iter()
        .take(top)
        .map(|p| (p.name.clone(), p.rows))
        .collect();
    bar_chart(
        out,
        "speakers-chart",
        &format!("The {} most quoted speakers", speakers.len()),
        &speakers,
        s.rows,
    );
    let _ = write!(
        out,
        "<section><table class=\"list\" id=\"speakers\"><thead><tr><th class=\"n\">#</th><th>speaker</th><th>country</th><th class=\"n\">rows</th><th class=\"n\">share</th></tr></thead><tbody>"
    );
    for (i, p) in s.speakers.iter().take(top).enumerate() {
        let _ = write!(
            out,
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            i + 1,
            esc(&p.name),
            esc(label(&p.country, "-")),
            p.rows,
            percent(s, p.rows)
        );
    }
    let _ = writeln!(
        out,
        "</tbody></table><p class=\"muted\">{} distinct speakers; {} rows ({}) have none.</p></section>",
        s.speakers.len(),
        s.no_speaker,
        percent(s, s.no_speaker)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_end_text_or_an_attribute() {
        assert_eq!(
            esc("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(esc("a\u{1}b"), "a\u{fffd}b");
    }

    #[test]
    fn a_median_has_a_decimal_only_between_two_articles() {
        assert_eq!(median(6.0), "6");
        assert_eq!(median(6.5), "6.5");
    }
}
