//! `saywho validate`: checks CSV files against the schema.
//!
//! The report goes to stdout, one problem or warning a line (`FILE:LINE: row N, COLUMN:
//! what is wrong`; warnings, such as a person speaker that is a pronoun, say `warning:` and
//! do not make a file invalid), then one summary line a file. Exit 0 when every file is valid, 1 when one is
//! not, 2 when one could not be read (that wins: the answer is unknown).

use std::fs::File;
use std::io::{self, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use saywho::output::validate::{MAX_KEPT, validate};

/// Check CSV files written by `saywho extract` against the schema.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// CSV files to check (`-` for stdin).
    #[arg(required = true, value_name = "FILE.csv")]
    pub files: Vec<PathBuf>,
    /// The columns the files were written with (`extract --columns`), in order; all of
    /// them when not given.
    #[arg(long, value_name = "A,B,C", value_parser = super::parse_columns)]
    pub columns: Option<super::ColumnList>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let expected = args
        .columns
        .map_or_else(saywho::output::columns::all_columns, |c| c.0);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut invalid = false;
    let mut unreadable = false;
    for path in &args.files {
        let name = path.display();
        let report = if path.as_os_str() == "-" {
            validate(io::stdin().lock(), &expected)
        } else {
            File::open(path).and_then(|f| validate(BufReader::new(f), &expected))
        };
        let report = match report {
            Ok(r) => r,
            Err(e) => {
                eprintln!("saywho: error: {name}: {e}");
                unreadable = true;
                continue;
            }
        };
        for p in report.warnings.iter().chain(&report.problems) {
            writeln!(out, "{name}:{p}")?;
        }
        if report.warning_count > MAX_KEPT as u64 {
            writeln!(
                out,
                "{name}: ... and {} more warnings",
                report.warning_count - MAX_KEPT as u64
            )?;
        }
        if report.problem_count > MAX_KEPT as u64 {
            writeln!(
                out,
                "{name}: ... and {} more problems",
                report.problem_count - MAX_KEPT as u64
            )?;
        }
        if report.is_valid() && report.warning_count > 0 {
            writeln!(
                out,
                "{name}: valid ({} rows, {} warning(s))",
                report.rows, report.warning_count
            )?;
        } else if report.is_valid() {
            writeln!(out, "{name}: valid ({} rows)", report.rows)?;
        } else {
            invalid = true;
            writeln!(
                out,
                "{name}: invalid: {} problem(s) in {} rows",
                report.problem_count, report.rows
            )?;
        }
    }
    out.flush()?;
    Ok(if unreadable {
        ExitCode::from(2)
    } else if invalid {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
