//! Running a function over a stream on several threads, delivering results in input order.
//!
//! `extract` must write the same bytes whatever `--jobs` says, start writing before the
//! corpus is read, and keep memory flat. So the stream is read on one thread, items are
//! handed to workers, and the caller's sink receives results strictly in input order as
//! soon as each is next in line. A fixed window bounds how far reading may run ahead of
//! the sink: at most `window` items are read but not yet delivered, so a slow item holds
//! back at most that many finished ones, and memory does not grow with the corpus.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread;

/// Items read but not yet delivered, per worker: enough to keep workers busy while one
/// item is slow, small enough that the reorder buffer stays a few megabytes.
const WINDOW_PER_JOB: usize = 16;

/// Maps `work` over `items` with `jobs` threads and passes the results to `sink` in the
/// order of `items`. With `jobs` of 1 everything runs on the calling thread. Stops at the
/// first error from `sink` and returns it; threads still running then end on their own
/// as soon as they next hand over an item. A panic in `work` is resumed on the caller.
pub fn ordered_map<T, R, E>(
    jobs: usize,
    items: impl Iterator<Item = T> + Send + 'static,
    work: impl Fn(T) -> R + Send + Sync + 'static,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send + 'static,
    R: Send + 'static,
{
    if jobs <= 1 {
        for item in items {
            sink(work(item))?;
        }
        return Ok(());
    }
    let window = jobs * WINDOW_PER_JOB;
    // Tokens bound the items in flight: the reader takes one per item, the sink gives one
    // back per item delivered.
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        let _ = token_tx.send(());
    }
    let (work_tx, work_rx) = sync_channel::<(u64, T)>(window);
    let (done_tx, done_rx) = sync_channel::<(u64, thread::Result<R>)>(window);

    thread::spawn(move || {
        for (seq, item) in (0u64..).zip(items) {
            if token_rx.recv().is_err() || work_tx.send((seq, item)).is_err() {
                return;
            }
        }
    });
    let work = Arc::new(work);
    let work_rx: Arc<Mutex<Receiver<(u64, T)>>> = Arc::new(Mutex::new(work_rx));
    for _ in 0..jobs {
        let work = Arc::clone(&work);
        let work_rx = Arc::clone(&work_rx);
        let done_tx = done_tx.clone();
        thread::spawn(move || {
            loop {
                // The lock is held only while waiting for the next item, never while working.
                let next = match work_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((seq, item)) = next else { return };
                let result = catch_unwind(AssertUnwindSafe(|| work(item)));
                if done_tx.send((seq, result)).is_err() {
                    return;
                }
            }
        });
    }
    drop(done_tx);

    let mut pending: BTreeMap<u64, thread::Result<R>> = BTreeMap::new();
    let mut next = 0u64;
    for (seq, result) in done_rx {
        pending.insert(seq, result);
        while let Some(result) = pending.remove(&next) {
            match result {
                Ok(r) => sink(r)?,
                Err(panic) => resume_unwind(panic),
            }
            next += 1;
            let _ = token_tx.send(());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order() {
        for jobs in [1, 2, 3, 8] {
            let mut got = Vec::new();
            // Early items are the slowest, so they finish last.
            ordered_map(
                jobs,
                0..200u64,
                |i| {
                    if i % 50 == 0 {
                        thread::sleep(std::time::Duration::from_millis(5));
                    }
                    i * 2
                },
                |r| {
                    got.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(got, (0..200).map(|i| i * 2).collect::<Vec<_>>(), "{jobs}");
        }
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let mut seen = 0;
        let r = ordered_map(
            2,
            0..1_000_000u64,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 { Err(i) } else { Ok(()) }
            },
        );
        assert_eq!(r, Err(10));
        assert_eq!(seen, 11);
    }

    #[test]
    fn reading_stays_within_the_window() {
        use std::sync::atomic::{AtomicU64, Ordering};
        let read = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&read);
        let items = (0..10_000u64).inspect(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        let mut delivered = 0u64;
        ordered_map(
            2,
            items,
            |i| i,
            |_| {
                delivered += 1;
                let ahead = read.load(Ordering::SeqCst) - delivered;
                // The reader may hold one more item while it waits for a token.
                assert!(ahead <= (2 * WINDOW_PER_JOB) as u64 + 1, "{ahead} ahead");
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(delivered, 10_000);
    }

    #[test]
    #[should_panic(expected = "boom")]
    fn a_panic_in_work_reaches_the_caller() {
        let _ = ordered_map(
            2,
            0..10u64,
            |i| if i == 3 { panic!("boom") } else { i },
            |_| Ok::<(), ()>(()),
        );
    }
}
