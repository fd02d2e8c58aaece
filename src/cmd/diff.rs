//! `saywho diff`: compare two exports by key, for regression tests of a pipeline.
//!
//! Exit 0 when the files agree, 1 when they differ, 2 when they cannot be compared (an
//! unreadable file, a key column that a file lacks, columns that differ).

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use saywho::tools::diff::{self, Options, Table};

/// How differences are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: a block a row, fields as `expected -> actual`, then a summary line.
    Text,
    /// For programs: `change,<key>,occurrence,column,expected,actual`, one line a field;
    /// the summary goes to stderr.
    Csv,
}

/// Compare two exports row by row.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The export you trust (a `.tsv` file is read tab-separated).
    pub expected: PathBuf,
    /// The export to check.
    pub actual: PathBuf,
    /// Columns that identify a row, comma-separated, or a preset: `offsets`
    /// (article_id,quote_start) or `content` (article_id,quote: pairs rows whose offsets
    /// moved because text changed above them).
    #[arg(long, value_name = "COLS", default_value = "offsets")]
    pub key: String,
    /// Columns to leave out of the comparison, comma-separated; `offsets` stands for every
    /// position column (quote_index, sentence_index and the *_start/*_end offsets).
    #[arg(long, value_name = "COLS", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Library errors already name the file and say what is wrong: print them once, flat.
    let flat = |e: saywho::Error| anyhow::anyhow!("{e}");
    let expected = Table::read(&args.expected).map_err(flat)?;
    let actual = Table::read(&args.actual).map_err(flat)?;
    let options = Options {
        key: diff::parse_key(&args.key),
        ignore: args
            .ignore
            .iter()
            .flat_map(|s| diff::split_names(s))
            .collect(),
    };
    let d = diff::compare(&expected, &actual, &options).map_err(flat)?;
    if d.reordered {
        eprintln!(
            "saywho: note: {} and {} list the columns in different orders; compared by name",
            args.expected.display(),
            args.actual.display()
        );
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Text => d.write_text(&mut out)?,
        Format::Csv => {
            d.write_csv(&mut out)?;
            eprintln!("saywho: {}", d.summary());
        }
    }
    out.flush()?;
    Ok(if d.is_equal() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
