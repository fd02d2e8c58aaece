//! The shape of the source itself (issue 16): no function outside the tests runs over 80
//! lines, so that a rule stays a named step a reader can find, not a branch of a long chain.
//! Rules added one by one grow functions past that without anyone deciding it; this test
//! is where that shows.

use std::fs;
use std::path::{Path, PathBuf};

/// The longest a function may be, from its `fn` line to its closing brace.
const MOST_LINES: usize = 80;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The functions of `source` before its `#[cfg(test)]` module, as (name, first line, length
/// in lines). rustfmt's layout is relied on: a function's closing brace is the first line
/// that holds only `}` at the indentation of its `fn` line.
fn functions(source: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let end = lines
        .iter()
        .position(|l| l.trim() == "#[cfg(test)]")
        .unwrap_or(lines.len());
    let mut found = Vec::new();
    for (k, line) in lines[..end].iter().enumerate() {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let rest = ["pub(crate) ", "pub(super) ", "pub ", "const "]
            .iter()
            .fold(body, |b, p| b.strip_prefix(p).unwrap_or(b));
        let Some(rest) = rest.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // A declaration without a body (in a trait) ends at its semicolon.
        let Some(open) = (k..end).find(|&j| lines[j].trim_end().ends_with('{')) else {
            continue;
        };
        if (k..open).any(|j| lines[j].trim_end().ends_with(';')) {
            continue;
        }
        let close = format!("{indent}}}");
        if let Some(last) = (open + 1..end).find(|&j| lines[j].trim_end() == close) {
            found.push((name, k + 1, last - k + 1));
        }
    }
    found
}

#[test]
fn no_function_runs_over_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut long = Vec::new();
    for path in &files {
        let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (name, line, len) in functions(&source) {
            if len > MOST_LINES {
                let shown = path.strip_prefix(root).unwrap_or(path);
                long.push(format!("{}:{line} {name}: {len} lines", shown.display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MOST_LINES} lines; split them into named steps:\n{}",
        long.join("\n")
    );
}

#[test]
fn a_function_is_measured_from_its_fn_line_to_its_closing_brace() {
    let source = "fn short() {\n    1;\n}\n\nimpl X {\n    pub(crate) fn method(\n        a: u8,\n    ) -> u8 {\n        a\n    }\n}\n\ntrait T {\n    fn declared(&self);\n    fn given(&self) {\n    }\n}\n#[cfg(test)]\nmod tests {\n    fn in_tests() {\n    }\n}\n";
    assert_eq!(
        functions(source),
        vec![
            ("short".to_string(), 1, 3),
            ("method".to_string(), 6, 5),
            ("given".to_string(), 15, 2),
        ]
    );
}
