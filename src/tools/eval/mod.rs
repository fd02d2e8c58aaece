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

pub mod compare;
pub mod matching;
pub mod texts;

use self::compare::{
    country_code, mention_match, python_repr, round4, speaker_exact, speaker_match,
};
use self::matching::{Span, greedy, spans};
use self::texts::{Row, Texts};
use crate::error::Error;
use serde::Serialize;
use std::path::Path;

/// The overlap thresholds of the lenient and strict scores.
pub const LENIENT: f64 = 0.3;
/// Strict threshold.
pub const STRICT: f64 = 0.8;

/// How many speaker errors the summary keeps, as score.py does.
const SPEAKER_ERRORS_KEPT: usize = 40;

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
    use super::texts::*;
    use super::*;

    pub(super) fn rows(csv: &str) -> Vec<Row> {
        parse_rows(csv.as_bytes(), Path::new("t.csv")).unwrap()
    }

    pub(super) fn texts(items: &[(&str, &str)]) -> Texts {
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
