//! The floor `make bench` measures saywho against, and the JSONL copy of its corpus.
//!
//! `cargo run --release --example floor -- sentences PATH...` reads every `*.txt` file
//! under the paths (directories walked in sorted order, as `saywho extract` walks them),
//! one file at a time, and runs unicode-segmentation's `unicode_sentences` over each: the
//! least work any sentence-level reader of the same text must do. It prints the files,
//! bytes and sentences, so the work cannot be optimized away.
//!
//! `... -- jsonl DIR OUT` writes DIR's `*.txt` articles as one JSON Lines file, one
//! `{"id": PATH, "text": TEXT}` object a line with the path relative to DIR, decoded as
//! saywho decodes a file: `saywho extract OUT` then writes the same rows as
//! `saywho extract DIR`.
//!
//! A tool of the benchmark, not of the product: it is an example so that it builds with
//! the crate's own dependencies and never ships in the binary.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use unicode_segmentation::UnicodeSegmentation;

/// The `*.txt` files under `path`, in sorted path order (a file argument is itself).
fn txt_files(path: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries = fs::read_dir(path)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            txt_files(&entry, out)?;
        } else if entry
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            out.push(entry);
        }
    }
    Ok(())
}

/// Counts the sentences of every file, reading one file at a time.
fn sentences(paths: &[PathBuf]) -> io::Result<()> {
    let (mut files, mut bytes, mut count) = (0usize, 0usize, 0usize);
    for root in paths {
        let mut found = Vec::new();
        txt_files(root, &mut found)?;
        for path in found {
            let raw = fs::read(&path)?;
            // A file that is not UTF-8 (one in the BBC corpus) costs a lossy copy; saywho
            // decodes it as Windows-1252, the same amount of work.
            let text = String::from_utf8_lossy(&raw);
            count += text.unicode_sentences().count();
            bytes += raw.len();
            files += 1;
        }
    }
    println!("{files} files, {bytes} bytes, {count} sentences");
    Ok(())
}

/// Writes the `*.txt` articles under `dir` as JSON Lines with their relative paths as ids.
fn jsonl(dir: &Path, out: &Path) -> io::Result<()> {
    let mut found = Vec::new();
    txt_files(dir, &mut found)?;
    let mut w = BufWriter::new(fs::File::create(out)?);
    for path in found {
        let raw = fs::read(&path)?;
        let (text, _) = saywho::input::read::decode(&raw);
        let id = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        serde_json::to_writer(&mut w, &serde_json::json!({ "id": id, "text": text }))?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("sentences") if args.len() > 1 => {
            sentences(&args[1..].iter().map(PathBuf::from).collect::<Vec<_>>())
        }
        Some("jsonl") if args.len() == 3 => jsonl(Path::new(&args[1]), Path::new(&args[2])),
        _ => {
            eprintln!("usage: floor sentences PATH... | floor jsonl DIR OUT");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("floor: {e}");
            ExitCode::from(2)
        }
    }
}
