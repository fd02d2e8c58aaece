//! `saywho extract`: articles in, CSV rows out.
//!
//! Each input is read and extracted on its own: an unreadable file or an article whose
//! extraction panics is reported with its name and counted, and every other article is
//! still written. `-o FILE` is written to a temporary file beside it and renamed on
//! success, so a failed run never leaves a truncated CSV under the final name.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use saywho::read::{self, Encoding, Source};
use saywho::write::RecordWriter;

/// Extract quotes from articles.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (walked for *.txt in sorted order) or `-` for stdin;
    /// none reads stdin.
    pub inputs: Vec<PathBuf>,
    /// Write the CSV to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Do not write the header row.
    #[arg(long)]
    pub no_header: bool,
    /// No progress or summary on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Default)]
struct Summary {
    articles: usize,
    quotes: usize,
    warnings: usize,
    failed: usize,
    bytes: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    saywho::lexicon::check()
        .map_err(|e| anyhow::anyhow!("the bundled lexicons are invalid: {e}"))?;
    let (sources, input_errors) = read::expand_inputs(&args.inputs);
    let mut summary = Summary::default();
    let stdin_needed = sources.contains(&Source::Stdin);
    if stdin_needed && io::stdin().is_terminal() && args.inputs.is_empty() {
        anyhow::bail!(
            "no input: give article files or directories, or pipe text to stdin (see saywho extract --help)"
        );
    }
    for e in &input_errors {
        eprintln!("saywho: error: {e}");
        summary.failed += 1;
    }
    if sources.is_empty() && !input_errors.is_empty() {
        anyhow::bail!("no readable input");
    }

    match &args.output {
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            let tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot create a file in {}", dir.display()))?;
            let w = BufWriter::new(
                tmp.as_file()
                    .try_clone()
                    .with_context(|| format!("cannot write {}", path.display()))?,
            );
            let w = extract_all(&args, &sources, w, &mut summary)
                .with_context(|| format!("cannot write {}", path.display()))?;
            drop(w);
            tmp.as_file().sync_all().ok();
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        None => {
            let stdout = io::stdout();
            let w = BufWriter::new(stdout.lock());
            extract_all(&args, &sources, w, &mut summary)?;
        }
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "saywho: {} articles, {} quotes, {} warnings, {} failed, {:.2} s, {:.1} MB/s",
            summary.articles,
            summary.quotes,
            summary.warnings,
            summary.failed,
            secs,
            summary.bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract_all<W: Write>(
    args: &Args,
    sources: &[Source],
    out: W,
    summary: &mut Summary,
) -> anyhow::Result<W> {
    let mut writer = RecordWriter::new(out);
    if !args.no_header {
        writer.write_header()?;
    }
    for source in sources {
        let read = match read::read_source(source) {
            Ok(r) => r,
            Err(saywho::Error::Binary { path }) => {
                eprintln!(
                    "saywho: warning: {}: binary file (NUL bytes), skipped",
                    path.display()
                );
                summary.warnings += 1;
                continue;
            }
            Err(e) => {
                eprintln!("saywho: error: {e}");
                summary.failed += 1;
                continue;
            }
        };
        if read.encoding == Encoding::Windows1252 {
            eprintln!(
                "saywho: warning: {}: not UTF-8, read as Windows-1252",
                read.article.id
            );
            summary.warnings += 1;
        }
        summary.bytes += read.article.text.len();
        let article = read.article;
        match catch_unwind(AssertUnwindSafe(|| saywho::extract_article(&article))) {
            Ok(rows) => {
                summary.articles += 1;
                summary.quotes += rows.len();
                for r in &rows {
                    writer.write(r)?;
                }
            }
            Err(_) => {
                eprintln!(
                    "saywho: error: {}: extraction failed (internal error), article skipped",
                    article.id
                );
                summary.failed += 1;
            }
        }
    }
    Ok(writer.into_inner()?)
}
