//! Command-line definitions and dispatch, one file a subcommand.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub mod diff;
pub mod eval;
pub mod extract;
pub mod outfile;
pub mod schema;
pub mod summary;
pub mod validate;

const AFTER_HELP: &str = "\
Exit status:
  0    success (warnings such as a Windows-1252 fallback or a skipped binary file allowed)
  1    a negative answer: some articles failed and the rest were written (extract) or
       scored (eval); the files differ (diff); the file does not match the schema (validate)
  2    trouble: a usage error, an unreadable required input, output that cannot be written
       (a full disk, a folder that does not exist); for summary, a file that does not
       match the schema
  130  interrupted by Ctrl-C (143 for SIGTERM, 129 for SIGHUP); an -o file is left as it was
A closed output pipe (saywho extract corpus/ | head) is success and prints nothing.

Examples:
  saywho extract data/samples -o quotes.csv
  saywho extract data/samples -o quotes.csv --excel --datapackage
  saywho extract article.txt --columns article_id,quote,speaker,country
  saywho validate quotes.csv
  saywho summary quotes.csv --html report.html
  saywho extract article.txt
  cat article.txt | saywho extract
  saywho diff expected.csv quotes.csv --key content --ignore offsets,confidence
  saywho eval --gold gold.csv --texts corpus/
  saywho schema > quotes.schema.json";

/// Turns news articles into a quote-attribution dataset: who said what, from which country.
#[derive(Debug, Parser)]
#[command(name = "saywho", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract quotes, speakers and countries from articles into CSV.
    Extract(extract::Args),
    /// Compare two exports by key: rows added, removed and changed.
    Diff(diff::Args),
    /// Score quote rows against a gold CSV: the reference scorer's numbers, and why.
    Eval(eval::Args),
    /// Print the output schema (a Frictionless Table Schema, or the column table).
    Schema(schema::Args),
    /// Check a CSV file against the schema: header, types, allowed values, offsets.
    Validate(validate::Args),
    /// Summarise an export: who is quoted, from where, and how (text, JSON or an HTML page).
    Summary(summary::Args),
}

/// Runs a command.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Diff(a) => diff::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Validate(a) => validate::run(a),
        Command::Summary(a) => summary::run(a),
    }
}

/// A `--columns` list, checked against the column definition while arguments are parsed
/// (an unknown name is a usage error that lists the valid ones).
#[derive(Clone, Debug)]
pub struct ColumnList(pub Vec<usize>);

fn parse_columns(spec: &str) -> Result<ColumnList, saywho::output::columns::SelectionError> {
    saywho::output::columns::parse_selection(spec).map(ColumnList)
}

/// An error and its causes on one line, as `{:#}` writes it, but without a cause that
/// the message before it already ends with ("cannot write output: No space left on
/// device: No space left on device").
pub fn message(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.ends_with(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// Whether an error comes from writing to a closed pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<saywho::Error>().is_some_and(|s| match s {
                saywho::Error::Output(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
                saywho::Error::Csv(c) => matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe),
                _ => false,
            })
            || e.downcast_ref::<csv::Error>().is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
    })
}
