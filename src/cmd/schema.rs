//! `saywho schema`: prints the output schema.

use std::process::ExitCode;

/// Print the output schema.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the markdown column table instead of the JSON Table Schema.
    #[arg(long)]
    pub markdown: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let out = if args.markdown {
        saywho::output::schema::column_table()
    } else {
        saywho::output::schema::table_schema_json()
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
