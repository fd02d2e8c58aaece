//! `saywho eval`: scores quote rows against a gold CSV, and shows why the scores are what
//! they are.
//!
//! The numbers are those of the reference scorer `shared/eval/score.py` (see
//! `saywho::tools::eval`), and the first line printed is its summary line, character for
//! character, so the two can be compared with `diff`. Without a predictions file the
//! articles are extracted here, as `saywho extract DIR` would extract them.

use std::io::{self, BufWriter, Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use saywho::input::stream::{self, InputFormat, Walk};
use saywho::output::write::RecordWriter;
use saywho::tools::eval::texts::{self, Row, Texts};
use saywho::tools::eval::{self, ArticleReport, Report};

/// Score quote rows against a gold CSV (the numbers of shared/eval/score.py).
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Exit status: 0 scored; 1 scored, but some articles failed to extract; 2 trouble (a usage
error, an unreadable gold, prediction or article file, a malformed offset).

Examples:
  saywho eval --gold gold.csv --texts corpus/             # extract, then score
  saywho eval --gold gold.csv --texts corpus/ quotes.csv  # score an export
  saywho extract corpus/ | saywho eval --gold gold.csv --texts corpus/ -
  saywho eval --gold gold.csv --texts corpus/ --all-texts --json > scores.json")]
pub struct Args {
    /// Predicted rows: a `saywho extract` CSV, or `-` for stdin. Without it the gold's
    /// articles (with --all-texts, every *.txt under --texts) are extracted here.
    #[arg(value_name = "PRED.csv")]
    pub pred: Option<PathBuf>,
    /// The gold CSV (the format of shared/eval/GUIDELINES.md, schema/gold.schema.json).
    #[arg(long, value_name = "GOLD.csv")]
    pub gold: PathBuf,
    /// The folder holding the articles under the names in the gold's `article` column.
    #[arg(long, value_name = "DIR")]
    pub texts: PathBuf,
    /// Score only these articles (comma-separated names; default: every article of the gold).
    #[arg(long, value_name = "A,B,...")]
    pub articles: Option<String>,
    /// Also score predicted articles that have no gold row when their file is under
    /// --texts; their rows count as spurious. For gold sets that annotate every article.
    #[arg(long)]
    pub all_texts: bool,
    /// Print JSON instead: score.py's --json fields, the counts, and per-article details.
    #[arg(long)]
    pub json: bool,
}

/// A library error as one line: its message already names the file and the cause, so the
/// source chain that `{:#}` would append is left out.
fn plain(e: saywho::Error) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let gold = texts::load_rows(&args.gold).map_err(plain)?;
    let articles: Option<Vec<String>> = args
        .articles
        .as_deref()
        .map(|a| a.split(',').map(str::to_string).collect());
    let scored = Texts::scored_names(&gold, articles.as_deref());
    let mut texts = Texts::load(&args.texts, scored).map_err(plain)?;
    // --all-texts widens the scored set only when no articles are named, as in score.py.
    let all_texts = args.all_texts && articles.is_none();

    let (pred, pred_path, failed) = match &args.pred {
        Some(path) if path.as_os_str() == "-" => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| anyhow::anyhow!("cannot read stdin: {e}"))?;
            (
                texts::parse_rows(&bytes, path).map_err(plain)?,
                path.clone(),
                0,
            )
        }
        Some(path) => (texts::load_rows(path).map_err(plain)?, path.clone(), 0),
        None => {
            let (rows, failed) = extract(&texts, &args.texts, all_texts)?;
            (rows, PathBuf::from("(extraction)"), failed)
        }
    };
    if all_texts {
        texts.add_unannotated(&args.texts, &pred).map_err(plain)?;
    }
    let report = eval::score(&gold, &pred, &texts, &args.gold, &pred_path).map_err(plain)?;
    for (n, kind) in [
        (report.unlocated.gold, "gold"),
        (report.unlocated.pred, "pred"),
    ] {
        if n > 0 {
            eprintln!(
                "note: {n} {kind} rows could not be located in their article (offsets outside the text, or quote not found)"
            );
        }
    }

    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        // Serialized first, so a closed pipe shows up as the io::Error that main keeps quiet on.
        let json = serde_json::to_string_pretty(&report)?;
        writeln!(out, "{json}")?;
    } else {
        print_report(&mut out, &report, args.pred.is_some())?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Extracts the scored articles (and with `all_texts` every other *.txt under `dir`) and
/// returns their rows as `saywho extract` would write them, read back as CSV rows, so
/// the scorer sees exactly what an export holds. Also returns how many articles failed.
fn extract(texts: &Texts, dir: &Path, all_texts: bool) -> anyhow::Result<(Vec<Row>, usize)> {
    saywho::lexicon::check()
        .map_err(|e| anyhow::anyhow!("the bundled lexicons are invalid: {e}"))?;
    let mut articles = Vec::new();
    let mut names: Vec<&String> = texts.scored.iter().collect();
    names.dedup();
    for name in names {
        if articles.iter().any(|a: &saywho::Article| &a.id == name) {
            continue;
        }
        if let Some(t) = texts.get(name) {
            articles.push(saywho::Article {
                id: name.clone(),
                text: t.text.clone(),
                meta: Default::default(),
            });
        }
    }
    let mut failed = 0;
    if all_texts {
        let consumed = Default::default();
        for source in Walk::new(&[dir.to_path_buf()], None) {
            let source = match source {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("saywho: error: {e}");
                    failed += 1;
                    continue;
                }
            };
            // Gold texts are articles in plain text files.
            if source.format != InputFormat::Txt || texts.get(&source.id).is_some() {
                continue;
            }
            match stream::read_text(&source, &consumed) {
                Ok(r) => articles.push(r.article),
                Err(saywho::Error::Binary { path }) => eprintln!(
                    "saywho: warning: {}: binary file (NUL bytes), skipped",
                    path.display()
                ),
                Err(e) => {
                    eprintln!("saywho: error: {e}");
                    failed += 1;
                }
            }
        }
    }
    let mut writer = RecordWriter::new(Vec::new());
    writer.write_header()?;
    for article in &articles {
        match catch_unwind(AssertUnwindSafe(|| saywho::extract_article(article))) {
            Ok(rows) => {
                for r in &rows {
                    writer.write(r)?;
                }
            }
            Err(_) => {
                eprintln!(
                    "saywho: error: {}: extraction failed (internal error), article scored with no rows",
                    article.id
                );
                failed += 1;
            }
        }
    }
    let csv = writer.into_inner()?;
    Ok((texts::parse_rows(&csv, Path::new("(extraction)"))?, failed))
}

/// The readable report: score.py's line, the table, then per article what went wrong.
fn print_report<W: Write>(out: &mut W, r: &Report, pred_from_file: bool) -> io::Result<()> {
    writeln!(out, "{}", r.summary_line())?;
    writeln!(out)?;
    print_span_scores(out, r)?;
    writeln!(out)?;
    print_accuracies(out, r)?;
    let with_errors: Vec<&ArticleReport> = r
        .articles
        .iter()
        .filter(|a| {
            !(a.misses.is_empty()
                && a.spurious.is_empty()
                && a.boundaries.is_empty()
                && a.wrong_speakers.is_empty()
                && a.wrong_countries.is_empty())
        })
        .collect();
    writeln!(out)?;
    writeln!(
        out,
        "{} of {} articles have misses, spurious rows, loose spans (overlap under 0.8), or wrong speakers or countries{}",
        with_errors.len(),
        r.articles.len(),
        if with_errors.is_empty() { "." } else { ":" }
    )?;
    for a in with_errors {
        writeln!(out)?;
        print_article(out, a, pred_from_file)?;
    }
    Ok(())
}

/// Precision, recall and F1 at each threshold, with the counts behind them.
fn print_span_scores<W: Write>(out: &mut W, r: &Report) -> io::Result<()> {
    writeln!(
        out,
        "quotes           P      R      F1     right/pred  right/gold"
    )?;
    for (name, s) in [
        ("lenient >= 0.3", &r.lenient),
        ("strict  >= 0.8", &r.strict),
        ("exact         ", &r.exact),
    ] {
        writeln!(
            out,
            "{name}  {:.3}  {:.3}  {:.3}  {:>10}  {:>10}",
            s.p,
            s.r,
            s.f1,
            format!("{}/{}", s.tp, s.pred),
            format!("{}/{}", s.tp, s.gold)
        )?;
    }
    Ok(())
}

/// The attribute accuracies over the matched pairs, one line each.
fn print_accuracies<W: Write>(out: &mut W, r: &Report) -> io::Result<()> {
    let c = &r.counts;
    writeln!(
        out,
        "over the {} pairs matched at 0.3   accuracy  right/of",
        r.matched
    )?;
    for (name, acc, a, n, what) in [
        ("speaker", Some(r.speaker_acc), c.speaker, c.matched, ""),
        ("mention", Some(r.mention_acc), c.mention, c.matched, ""),
        (
            "country",
            r.country_acc,
            c.country_right,
            c.country_gold,
            "of the gold rows with a country",
        ),
        (
            "  explicit",
            r.country_acc_explicit,
            c.country_explicit_right,
            c.country_explicit_gold,
            "of those whose country is explicit",
        ),
        (
            "false country (lower is better)",
            r.country_false,
            c.country_false,
            c.no_country_gold,
            "of the gold rows without a country got one",
        ),
        ("type", Some(r.type_acc), c.quote_type, c.matched, ""),
    ] {
        let acc = acc.map_or("    -".to_string(), |v| format!("{v:.3}"));
        writeln!(
            out,
            "{name:<34}  {acc:>8}  {:>8}  {what}",
            format!("{a}/{n}")
        )?;
    }
    Ok(())
}

/// One article's misses, spurious rows, loose spans and wrong speakers and countries.
fn print_article<W: Write>(out: &mut W, a: &ArticleReport, pred_from_file: bool) -> io::Result<()> {
    writeln!(
        out,
        "{}  gold {}  pred {}  matched {}",
        a.article, a.gold, a.pred, a.matched
    )?;
    for m in &a.misses {
        writeln!(
            out,
            "  miss      {:>11}  {}  [{}] gold line {}",
            format!("{}-{}", m.start, m.end),
            excerpt(&m.quote),
            speaker_or_none(&m.speaker),
            m.line
        )?;
    }
    for m in &a.spurious {
        write!(
            out,
            "  spurious  {:>11}  {}  [{}]",
            format!("{}-{}", m.start, m.end),
            excerpt(&m.quote),
            speaker_or_none(&m.speaker),
        )?;
        if pred_from_file {
            write!(out, " pred line {}", m.line)?;
        }
        writeln!(out)?;
    }
    for m in &a.boundaries {
        writeln!(
            out,
            "  span      {:>11}  gold {}\n  {:>21}  pred {} (overlap {:.2})",
            format!("{}-{}", m.start, m.end),
            excerpt(&m.quote),
            format!("{}-{}", m.pred_start, m.pred_end),
            excerpt(&m.pred_quote),
            m.overlap
        )?;
    }
    for m in &a.wrong_speakers {
        writeln!(
            out,
            "  speaker   {:>11}  {}  gold [{}] pred [{}] (mention gold [{}] pred [{}])",
            format!("{}-{}", m.start, m.end),
            excerpt(&m.quote),
            m.gold_speaker,
            m.pred_speaker,
            m.gold_mention,
            m.pred_mention
        )?;
    }
    for m in &a.wrong_countries {
        writeln!(
            out,
            "  country   {:>11}  {}  gold {}{} pred {} (speaker gold [{}] pred [{}])",
            format!("{}-{}", m.start, m.end),
            excerpt(&m.quote),
            or_none(&m.gold_country),
            if m.gold_country.is_empty() || m.gold_country_basis.is_empty() {
                String::new()
            } else {
                format!(" ({})", m.gold_country_basis)
            },
            or_none(&m.pred_country),
            m.gold_speaker,
            m.pred_speaker
        )?;
    }
    Ok(())
}

/// The start of a quote on one line, at most 60 characters, in quotation marks.
fn excerpt(quote: &str) -> String {
    const MAX: usize = 60;
    let flat = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX {
        format!("\"{flat}\"")
    } else {
        let cut: String = flat.chars().take(MAX - 1).collect();
        format!("\"{}…\"", cut.trim_end())
    }
}

fn or_none(s: &str) -> &str {
    if s.is_empty() { "none" } else { s }
}

fn speaker_or_none(s: &str) -> &str {
    if s.is_empty() { "no speaker" } else { s }
}
