//! `saywho extract`: articles in, CSV rows out.
//!
//! Each input is read and extracted on its own: an unreadable file or an article whose
//! extraction panics is reported with its name and counted, and every other article is
//! still written. `-o FILE` is written to a temporary file beside it and renamed on
//! success, so a failed run never leaves a truncated CSV under the final name; with
//! `--datapackage`, `datapackage.json` is written beside it the same way, after it.
//!
//! Articles are extracted on `--jobs` threads and written in input order as they finish
//! (see `saywho::pipeline::parallel`, and `saywho::pipeline::turns` when every input is a
//! file or a folder: the workers then read their own files); each worker renders its
//! article's rows to bytes, so the output is the same whatever the number of jobs.
//!
//! The output options (format, columns, `--excel`) only choose how rows are written; the
//! rows are the same whatever they say.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use saywho::input::stream::{self, Articles, Event, Fields, InputFormat, InputOptions, Step, Walk};

use super::outfile::{Pending, write_whole};
use saywho::output::write::{Format, RecordWriter, WriteOptions};

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
    /// Article files, directories (walked for *.txt, *.jsonl, *.csv, *.tsv and their .gz,
    /// in sorted order) or `-` for stdin; none reads stdin.
    pub inputs: Vec<PathBuf>,
    /// Write the output to FILE instead of stdout (`-` is stdout).
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
    /// No progress bar or summary on stderr (warnings and errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// The format of stdin and of the files named (default: from the file extension, plain
    /// text when it says nothing). Files found in directories go by their extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// The JSONL field or CSV column that holds the article text.
    #[arg(
        long,
        visible_alias = "text-column",
        value_name = "NAME",
        default_value = "text"
    )]
    pub text_field: String,
    /// The JSONL field or CSV column that holds the article id (default: FILE:LINE when absent).
    #[arg(
        long,
        visible_alias = "id-column",
        value_name = "NAME",
        default_value = "id"
    )]
    pub id_field: String,
    /// Articles processed in parallel (default: the number of cores). The output is the
    /// same whatever the number.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
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

/// What a worker hands back for one input event, ready to write.
enum Done {
    Rows {
        bytes: Vec<u8>,
        quotes: usize,
        text_len: usize,
    },
    Warning(String),
    Failed(String),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let options = write_options(&args)?;
    // "-o -" is stdout, as "-" among the inputs is stdin.
    let output = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    if args.datapackage && output.is_none() {
        anyhow::bail!("--datapackage writes beside the output file: give -o FILE, not stdout");
    }
    let package = match (output, args.datapackage) {
        (Some(path), true) => Some(package_path(path)?),
        _ => None,
    };
    saywho::lexicon::check()
        .map_err(|e| anyhow::anyhow!("the bundled lexicons are invalid: {e}"))?;
    let reads_stdin = args.inputs.is_empty() || args.inputs.iter().any(|p| p.as_os_str() == "-");
    if reads_stdin && io::stdin().is_terminal() && args.inputs.is_empty() {
        anyhow::bail!(
            "no input: give article files or directories, or pipe text to stdin (see saywho extract --help)"
        );
    }
    let mut summary = Summary::default();
    let input_errors = stream::check_inputs(&args.inputs);
    for e in &input_errors {
        eprintln!("saywho: error: {e}");
        summary.failed += 1;
    }
    if !args.inputs.is_empty() && input_errors.len() == args.inputs.len() {
        anyhow::bail!("no readable input");
    }
    let progress = Progress::new(&args);

    match output {
        Some(path) => {
            let out = Pending::beside(path)?;
            let w = BufWriter::new(out.file());
            extract_all(&args, &options, w, &mut summary, &progress, false)
                .with_context(|| format!("cannot write {}", path.display()))?;
            out.persist()?;
            if let Some((package, csv_name)) = &package {
                let json = saywho::output::datapackage::data_package_json(
                    csv_name,
                    &options,
                    !args.no_header,
                );
                write_whole(package, json.as_bytes())?;
            }
        }
        None => {
            let stdout = io::stdout();
            let w = BufWriter::new(stdout.lock());
            // Reading a pipe, rows go out as each article is done: saywho is then a
            // streaming filter (Spark's RDD.pipe, Hadoop Streaming).
            extract_all(&args, &options, w, &mut summary, &progress, reads_stdin)?;
        }
    }
    progress.finish();
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
    if name == saywho::output::datapackage::FILE_NAME {
        anyhow::bail!(
            "--datapackage writes {name} beside the output, so the output cannot be called that"
        );
    }
    Ok((
        output.with_file_name(saywho::output::datapackage::FILE_NAME),
        name.to_string(),
    ))
}

/// Extracts one input event's rows, rendered as the output bytes (`options` without the
/// byte order mark, which starts the output once); an article whose extraction panics is
/// reported and skipped.
fn process(event: Event, options: &WriteOptions) -> Done {
    let article = match event {
        Event::Article(a) => a,
        Event::Warning(w) => return Done::Warning(w),
        Event::Failed(e) => return Done::Failed(e.to_string()),
    };
    let rows = match catch_unwind(AssertUnwindSafe(|| {
        panic_if_asked(&article.id);
        saywho::extract_article(&article)
    })) {
        Ok(rows) => rows,
        Err(_) => {
            return Done::Failed(format!(
                "{}: extraction failed (internal error), article skipped",
                article.id
            ));
        }
    };
    let rendered = saywho::output::write::render_rows(&rows, options);
    match rendered {
        Ok(bytes) => Done::Rows {
            bytes,
            quotes: rows.len(),
            text_len: article.text.len(),
        },
        Err(e) => Done::Failed(format!("{}: cannot write a row: {e}", article.id)),
    }
}

fn extract_all<W: Write>(
    args: &Args,
    options: &WriteOptions,
    mut out: W,
    summary: &mut Summary,
    progress: &Progress,
    flush_each: bool,
) -> anyhow::Result<()> {
    // The byte order mark (when asked for) and the header start the output; the rows of
    // each article follow as rendered by the workers.
    let mut start = RecordWriter::with_options(Vec::new(), options.clone())?;
    if !args.no_header {
        start.write_header()?;
    }
    out.write_all(&start.into_inner()?)?;
    let row_options = WriteOptions {
        bom: false,
        ..options.clone()
    };
    let input_options = InputOptions {
        format: args.input_format,
        fields: Fields {
            text: args.text_field.clone(),
            id: args.id_field.clone(),
        },
    };
    let articles = Articles::new(&args.inputs, input_options, Arc::clone(&progress.consumed));
    let jobs = args.jobs.map(|j| j as usize).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let mut deliver = |done| write_done(done, &mut out, flush_each, summary, progress);
    if jobs > 1 && only_files(&args.inputs) {
        // Files are always ready to read, so the workers read their own (see
        // `saywho::pipeline::turns`).
        let steps = articles.steps();
        let consumed = steps.consumed();
        let work = move |step| match step {
            Step::Event(event) => vec![process(event, &row_options)],
            Step::Text(source) => stream::text_events(&source, &consumed)
                .into_iter()
                .map(|event| process(event, &row_options))
                .collect(),
        };
        saywho::pipeline::turns::ordered_map(jobs, steps, work, |done: Vec<Done>| {
            done.into_iter().try_for_each(&mut deliver)
        })?;
    } else {
        let work = move |event| process(event, &row_options);
        saywho::pipeline::parallel::ordered_map(jobs, articles, work, deliver)?;
    }
    out.flush()?;
    Ok(())
}

/// Writes one input event's rows, or reports its warning or error, and counts it.
fn write_done<W: Write>(
    done: Done,
    out: &mut W,
    flush_each: bool,
    summary: &mut Summary,
    progress: &Progress,
) -> anyhow::Result<()> {
    match done {
        Done::Rows {
            bytes,
            quotes,
            text_len,
        } => {
            out.write_all(&bytes)?;
            if flush_each {
                out.flush()?;
            }
            summary.articles += 1;
            summary.quotes += quotes;
            summary.bytes += text_len;
            progress.update(summary);
        }
        Done::Warning(w) => {
            progress.println(&format!("saywho: warning: {w}"));
            summary.warnings += 1;
        }
        Done::Failed(e) => {
            progress.println(&format!("saywho: error: {e}"));
            summary.failed += 1;
        }
    }
    Ok(())
}

/// Whether every input is a directory or a regular file: none is a pipe (stdin, a FIFO,
/// `<(command)`), whose next article may wait for the rows of the last.
fn only_files(inputs: &[PathBuf]) -> bool {
    !inputs.is_empty()
        && inputs.iter().all(|p| {
            p.as_os_str() != "-" && std::fs::metadata(p).is_ok_and(|m| m.is_dir() || m.is_file())
        })
}

/// The progress bar on stderr, shown only to a person at a terminal.
struct Progress {
    bar: Option<ProgressBar>,
    /// Input bytes read so far (before decompression), counted by the reader.
    consumed: Arc<AtomicU64>,
}

impl Progress {
    fn new(args: &Args) -> Progress {
        let consumed = Arc::new(AtomicU64::new(0));
        if args.quiet || !io::stderr().is_terminal() {
            return Progress {
                bar: None,
                consumed,
            };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {decimal_bytes} read, {decimal_bytes_per_sec}, {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        // The total is the size of the files named or found, summed on a thread of its
        // own so that a large tree does not delay the first rows; stdin has none.
        if !args.inputs.is_empty() && args.inputs.iter().all(|p| p.as_os_str() != "-") {
            let bar = bar.clone();
            let walk = Walk::new(&args.inputs, args.input_format);
            std::thread::spawn(move || {
                let total: u64 = walk
                    .filter_map(|s| s.ok()?.path)
                    .filter_map(|p| std::fs::metadata(p).ok())
                    .map(|m| m.len())
                    .sum();
                bar.set_length(total);
                if let Ok(style) = ProgressStyle::with_template(
                    "{wide_bar} {decimal_bytes}/{decimal_total_bytes}, {decimal_bytes_per_sec}, ETA {eta}, {msg}",
                ) {
                    bar.set_style(style);
                }
            });
        }
        Progress {
            bar: Some(bar),
            consumed,
        }
    }

    fn update(&self, summary: &Summary) {
        if let Some(bar) = &self.bar {
            bar.set_position(self.consumed.load(Ordering::Relaxed));
            if summary.articles % 16 == 1 {
                bar.set_message(format!(
                    "{} articles, {} quotes",
                    summary.articles, summary.quotes
                ));
            }
        }
    }

    /// Prints a line to stderr without breaking the bar.
    fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// A test hook in debug builds only: `SAYWHO_PANIC_ON=ID` makes the extraction of article
/// ID panic, so that tests can check that an internal error loses one article, not the
/// run. No input is known to make extraction panic (fuzzing has found none), and a
/// release build has no such hook.
fn panic_if_asked(id: &str) {
    #[cfg(debug_assertions)]
    {
        static ASKED: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
        let asked = ASKED.get_or_init(|| std::env::var("SAYWHO_PANIC_ON").ok());
        if asked.as_deref() == Some(id) {
            panic!("SAYWHO_PANIC_ON={id}: a panic asked for by a test");
        }
    }
    let _ = id;
}
