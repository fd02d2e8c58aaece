//! `saywho extract`: articles in, CSV rows out.
//!
//! Each input is read and extracted on its own: an unreadable file or an article whose
//! extraction panics is reported with its name and counted, and every other article is
//! still written. `-o FILE` is written to a temporary file beside it and renamed on
//! success, so a failed run never leaves a truncated CSV under the final name; with
//! `--datapackage`, `datapackage.json` is written beside it the same way, after it.
//!
//! The output options (format, columns, `--excel`) only choose how rows are written; the
//! rows are the same whatever they say.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use saywho::read::{self, Encoding, Source};
use saywho::write::{Format, RecordWriter, WriteOptions};

/// The `--format` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// RFC 4180 CSV.
    Csv,
    /// Tab-separated; a tab, line break or backslash inside a cell is written \t, \n, \r, \\.
    Tsv,
    /// One JSON object per line; no header.
    Jsonl,
}

/// Extract quotes from articles.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (walked for *.txt in sorted order) or `-` for stdin;
    /// none reads stdin.
    pub inputs: Vec<PathBuf>,
    /// Write the output to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: FormatArg,
    /// Write only these columns, in this order (comma-separated names; see `saywho schema
    /// --markdown`).
    #[arg(long, value_name = "A,B,C", value_parser = super::parse_columns)]
    pub columns: Option<super::ColumnList>,
    /// Do not write the header row.
    #[arg(long)]
    pub no_header: bool,
    /// CSV for spreadsheets: UTF-8 byte order mark, CRLF line ends and --guard-formulas.
    #[arg(long)]
    pub excel: bool,
    /// Prefix ' to every text cell that begins with =, +, -, @, a tab or a carriage return,
    /// so that a spreadsheet shows it as text instead of running it as a formula.
    #[arg(long)]
    pub guard_formulas: bool,
    /// Also write datapackage.json (a Frictionless Data Package describing the CSV) beside
    /// the -o file.
    #[arg(long, requires = "output")]
    pub datapackage: bool,
    /// No progress or summary on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
}

/// The writer's options from the command line; combinations that mean nothing are
/// usage errors.
fn write_options(args: &Args) -> anyhow::Result<WriteOptions> {
    let (format, name) = match args.format {
        FormatArg::Csv => (Format::Csv, "csv"),
        FormatArg::Tsv => (Format::Tsv, "tsv"),
        FormatArg::Jsonl => (Format::Jsonl, "jsonl"),
    };
    if args.excel && format != Format::Csv {
        anyhow::bail!("--excel writes CSV; it cannot be used with --format {name}");
    }
    if args.guard_formulas && format == Format::Jsonl {
        anyhow::bail!(
            "--guard-formulas is for CSV and TSV; JSON Lines values are never run as formulas"
        );
    }
    if args.datapackage && format != Format::Csv {
        anyhow::bail!("--datapackage describes CSV output; it cannot be used with --format {name}");
    }
    let mut options = if args.excel {
        WriteOptions::excel()
    } else {
        WriteOptions::default()
    };
    options.format = format;
    options.guard_formulas |= args.guard_formulas;
    if let Some(columns) = &args.columns {
        options.columns = columns.0.clone();
    }
    Ok(options)
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
    let options = write_options(&args)?;
    let package = match (&args.output, args.datapackage) {
        (Some(path), true) => Some(package_path(path)?),
        _ => None,
    };
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
                .unwrap_or(Path::new("."));
            let tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot create a file in {}", dir.display()))?;
            let w = BufWriter::new(
                tmp.as_file()
                    .try_clone()
                    .with_context(|| format!("cannot write {}", path.display()))?,
            );
            let w = extract_all(&args, &options, &sources, w, &mut summary)
                .with_context(|| format!("cannot write {}", path.display()))?;
            drop(w);
            tmp.as_file().sync_all().ok();
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            if let Some((package, csv_name)) = &package {
                let json =
                    saywho::datapackage::data_package_json(csv_name, &options, !args.no_header);
                write_whole(package, json.as_bytes())?;
            }
        }
        None => {
            let stdout = io::stdout();
            let w = BufWriter::new(stdout.lock());
            extract_all(&args, &options, &sources, w, &mut summary)?;
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

/// Where `--datapackage` writes, beside `output`, and the CSV's name as the package
/// refers to it.
fn package_path(output: &Path) -> anyhow::Result<(PathBuf, String)> {
    let name = output
        .file_name()
        .and_then(|n| n.to_str())
        .with_context(|| {
            format!(
                "--datapackage: {} has no file name that a data package can refer to (UTF-8 is needed)",
                output.display()
            )
        })?;
    if name == saywho::datapackage::FILE_NAME {
        anyhow::bail!(
            "--datapackage writes {name} beside the output, so the output cannot be called that"
        );
    }
    Ok((
        output.with_file_name(saywho::datapackage::FILE_NAME),
        name.to_string(),
    ))
}

/// Writes `bytes` to `path` through a temporary file in the same folder, renamed at the end.
fn write_whole(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    tmp.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn extract_all<W: Write>(
    args: &Args,
    options: &WriteOptions,
    sources: &[Source],
    out: W,
    summary: &mut Summary,
) -> anyhow::Result<W> {
    let mut writer = RecordWriter::with_options(out, options.clone())?;
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
