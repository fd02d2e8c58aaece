//! `saywho summary`: who is quoted, from where, and how, in one export.
//!
//! Text on stdout, or JSON with `--json`; `--html FILE` also writes the page (whole or not
//! at all, as `extract -o` writes). Exit 0 with a summary, 2 when the file cannot be read
//! or does not follow the schema (the first problems are printed as `saywho validate`
//! prints them).

use std::fs::File;
use std::io::{self, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use saywho::tools::summary::{Failure, summarize};

/// How many of `validate`'s problems an error shows before pointing to `saywho validate`.
const PROBLEMS_SHOWN: usize = 10;

/// Summarise an export written by `saywho extract` (plain or --excel).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The export to summarise (`-` for stdin).
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Also write the summary as one self-contained HTML page (charts, no scripts).
    #[arg(long, value_name = "FILE.html")]
    pub html: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// How many speakers, countries and cues to list.
    #[arg(long, value_name = "N", default_value_t = 15)]
    pub top: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let name = args.file.display().to_string();
    let summary = if args.file.as_os_str() == "-" {
        summarize(io::stdin().lock())
    } else {
        match File::open(&args.file) {
            Ok(f) => summarize(BufReader::with_capacity(1 << 16, f)),
            Err(e) => Err(Failure::Io(e)),
        }
    };
    let summary = match summary {
        Ok(s) => s,
        Err(Failure::Io(e)) => {
            eprintln!("saywho: error: {name}: {e}");
            return Ok(ExitCode::from(2));
        }
        Err(Failure::Invalid(report)) => {
            for p in report.problems.iter().take(PROBLEMS_SHOWN) {
                eprintln!("saywho: error: {name}:{p}");
            }
            eprintln!(
                "saywho: error: {name} does not follow the schema ({} problem(s) in {} rows; `saywho validate {name}` lists them), so it is not summarised",
                report.problem_count, report.rows
            );
            return Ok(ExitCode::from(2));
        }
    };
    if let Some(path) = &args.html {
        let page = saywho::tools::report::html(&summary, &name, args.top);
        super::outfile::write_whole(path, page.as_bytes())?;
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.json {
        out.write_all(saywho::tools::report::json(&summary, &name, args.top).as_bytes())?;
    } else {
        out.write_all(saywho::tools::report::text(&summary, &name, args.top).as_bytes())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
