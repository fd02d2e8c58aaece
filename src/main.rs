//! The `saywho` binary: parses arguments, runs a command, maps the outcome to an exit code.
//!
//! Exit codes: 0 success; 1 a negative answer (extract: some articles failed and the rest
//! were written); 2 trouble (usage, unreadable required input, output that cannot be written).
//! A closed output pipe is success and prints nothing.

use std::process::ExitCode;

use clap::Parser;

mod alloc;
mod cmd;

fn main() -> ExitCode {
    // One line per internal error, whatever RUST_BACKTRACE says: the article that failed is
    // reported by `extract` with its id, and the run goes on.
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("a panic");
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "saywho: internal error{at}: {}",
            message.replace(['\r', '\n'], " ")
        );
    }));
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if cmd::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("saywho: error: {}", cmd::message(&err));
            ExitCode::from(2)
        }
    }
}

/// mimalloc for small blocks, the system allocator for large ones (`alloc`).
#[global_allocator]
static GLOBAL: alloc::SplitAllocator = alloc::SplitAllocator;
