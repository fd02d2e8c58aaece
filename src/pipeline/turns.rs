//! Running a function over items that are always ready (files, not a pipe) on several
//! threads, the workers taking the items themselves, in turn.
//!
//! [`ordered_map`](super::parallel::ordered_map) reads on a thread of its own and delivers
//! on the caller's, which suits a pipe (its next item may wait for the last result) but
//! costs two threads beside the workers. On two cores they preempt the workers thousands
//! of times a run, and each wake-up is a thread switch; so `--jobs 2` over a folder gained
//! 1.60x over one job where two independent processes gain 1.95x. Here the caller is one
//! of the workers and delivers the results that are next in line between its own items,
//! and each worker takes its next item from the iterator under a lock: a thread sleeps
//! only when it would run more than the window ahead of the output.

use std::any::Any;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

use super::parallel::{WINDOW_PER_JOB, lock, wait};

/// The items, taken in turn, each with its sequence number.
struct Items<I> {
    items: I,
    next_seq: u64,
    /// The last item was taken, or reading it panicked (`panic`).
    done: bool,
    panic: Option<Box<dyn Any + Send>>,
}

impl<I: Iterator> Items<I> {
    /// The next item; a panic while reading ends the items, for the caller to resume.
    fn take(this: &Mutex<Items<I>>) -> Option<(u64, I::Item)> {
        let mut items = lock(this);
        if items.done {
            return None;
        }
        match catch_unwind(AssertUnwindSafe(|| items.items.next())) {
            Ok(Some(item)) => {
                let seq = items.next_seq;
                items.next_seq += 1;
                Some((seq, item))
            }
            Ok(None) => {
                items.done = true;
                None
            }
            Err(panic) => {
                items.done = true;
                items.panic = Some(panic);
                None
            }
        }
    }
}

/// Results on their way to the sink.
struct Order<R> {
    /// Finished results not yet delivered, by sequence number.
    ready: BTreeMap<u64, thread::Result<R>>,
    /// The sequence number delivered next.
    next: u64,
    /// The sink has stopped (an error, a panic to resume): workers stop too.
    stopped: bool,
    /// Spawned workers still running.
    workers_left: usize,
    caller_waits: bool,
    workers_wait: usize,
}

struct Shared<I, R> {
    items: Mutex<Items<I>>,
    order: Mutex<Order<R>>,
    /// Signalled for the caller when it waits: the next result arrived, or a worker left.
    arrived: Condvar,
    /// Signalled for workers: the window moved on, or the sink stopped.
    window: Condvar,
}

/// Maps `work` over `items` with `jobs` threads, the calling thread among them, and passes
/// the results to `sink` in the order of `items`, on the calling thread. Stops at the first
/// error from `sink` and returns it; the other threads end as soon as they finish their
/// item. A panic in `work` or in `items` is resumed on the caller, after the results
/// before it are delivered. Taking an item must not wait for a result to be delivered, as
/// a pipe's may: use [`ordered_map`](super::parallel::ordered_map) there.
pub fn ordered_map<I, R, E>(
    jobs: usize,
    items: I,
    work: impl Fn(I::Item) -> R + Send + Sync + 'static,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    I: Iterator + Send + 'static,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    let window = (jobs.max(1) * WINDOW_PER_JOB) as u64;
    let shared = Arc::new(Shared {
        items: Mutex::new(Items {
            items,
            next_seq: 0,
            done: false,
            panic: None,
        }),
        order: Mutex::new(Order {
            ready: BTreeMap::new(),
            next: 0,
            stopped: false,
            workers_left: jobs.saturating_sub(1),
            caller_waits: false,
            workers_wait: 0,
        }),
        arrived: Condvar::new(),
        window: Condvar::new(),
    });
    let work = Arc::new(work);
    for _ in 1..jobs {
        let (shared, work) = (Arc::clone(&shared), Arc::clone(&work));
        thread::spawn(move || {
            // However the loop ends, the caller learns that this worker is gone.
            struct Leave<'a, I, R>(&'a Shared<I, R>);
            impl<I, R> Drop for Leave<'_, I, R> {
                fn drop(&mut self) {
                    let mut order = lock(&self.0.order);
                    order.workers_left -= 1;
                    self.0.arrived.notify_one();
                }
            }
            let _leave = Leave(&shared);
            run_worker(&shared, &*work, window);
        });
    }
    // However the caller's part ends (an error, a panic resumed), the workers stop.
    struct Stop<'a, I, R>(&'a Shared<I, R>);
    impl<I, R> Drop for Stop<'_, I, R> {
        fn drop(&mut self) {
            lock(&self.0.order).stopped = true;
            self.0.window.notify_all();
        }
    }
    let _stop = Stop(&shared);
    run_caller(&shared, &*work, &mut sink, window)
}

/// A spawned worker: takes items, waits while one would run more than `window` ahead of
/// the sink, and hands its results over.
fn run_worker<I: Iterator, R>(
    shared: &Shared<I, R>,
    work: &(impl Fn(I::Item) -> R + ?Sized),
    window: u64,
) {
    while let Some((seq, item)) = Items::take(&shared.items) {
        {
            let mut order = lock(&shared.order);
            while seq >= order.next + window && !order.stopped {
                order.workers_wait += 1;
                order = wait(&shared.window, order);
                order.workers_wait -= 1;
            }
            if order.stopped {
                return;
            }
        }
        let result = catch_unwind(AssertUnwindSafe(|| work(item)));
        let mut order = lock(&shared.order);
        if order.stopped {
            return;
        }
        let next = seq == order.next;
        order.ready.insert(seq, result);
        if next && order.caller_waits {
            shared.arrived.notify_one();
        }
    }
}

/// The calling thread: delivers what is next in line, works on an item of its own, and at
/// the end waits for the workers' last results.
fn run_caller<I: Iterator, R, E>(
    shared: &Shared<I, R>,
    work: &(impl Fn(I::Item) -> R + ?Sized),
    sink: &mut impl FnMut(R) -> Result<(), E>,
    window: u64,
) -> Result<(), E> {
    let mut batch = Vec::new();
    while let Some((seq, item)) = Items::take(&shared.items) {
        // At the window's edge the caller waits for the result that holds it back, as a
        // worker would, but delivers it instead of sleeping on.
        while !take_ready(shared, &mut batch, |order| seq < order.next + window) {
            deliver(&mut batch, sink)?;
        }
        deliver(&mut batch, sink)?;
        let result = catch_unwind(AssertUnwindSafe(|| work(item)));
        lock(&shared.order).ready.insert(seq, result);
        take_ready(shared, &mut batch, |_| true);
        deliver(&mut batch, sink)?;
    }
    while !take_ready(shared, &mut batch, |order| order.workers_left == 0) {
        deliver(&mut batch, sink)?;
    }
    deliver(&mut batch, sink)?;
    let panic = lock(&shared.items).panic.take();
    if let Some(panic) = panic {
        resume_unwind(panic);
    }
    Ok(())
}

/// Moves the results that are next in line to `batch` and returns true once `go_on` holds
/// with none left to move; without any to move and before then, it waits for one.
fn take_ready<I, R>(
    shared: &Shared<I, R>,
    batch: &mut Vec<thread::Result<R>>,
    go_on: impl Fn(&Order<R>) -> bool,
) -> bool {
    let mut order = lock(&shared.order);
    loop {
        let next = order.next;
        let Some(result) = order.ready.remove(&next) else {
            break;
        };
        batch.push(result);
        order.next += 1;
    }
    if !batch.is_empty() {
        if order.workers_wait > 0 {
            shared.window.notify_all();
        }
        return false;
    }
    if go_on(&order) {
        return true;
    }
    order.caller_waits = true;
    order = wait(&shared.arrived, order);
    order.caller_waits = false;
    drop(order);
    false
}

/// Passes `batch` to the sink, resuming a panic in its place.
fn deliver<R, E>(
    batch: &mut Vec<thread::Result<R>>,
    sink: &mut impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    for result in batch.drain(..) {
        match result {
            Ok(r) => sink(r)?,
            Err(panic) => resume_unwind(panic),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    super::super::ordered_map_contract!(super::ordered_map);

    #[test]
    fn the_work_stays_within_the_window() {
        for jobs in [2, 3] {
            let taken = Arc::new(AtomicU64::new(0));
            let counter = Arc::clone(&taken);
            let items = (0..5_000u64).inspect(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
            });
            let mut delivered = 0u64;
            ordered_map(
                jobs,
                items,
                |i| {
                    // One slow item in a hundred holds the others back.
                    if i % 100 == 0 {
                        thread::sleep(std::time::Duration::from_millis(1));
                    }
                    i
                },
                |i| {
                    assert_eq!(i, delivered);
                    delivered += 1;
                    let ahead = taken.load(Ordering::SeqCst) - delivered;
                    // The window, a batch the caller has taken and not yet delivered (at
                    // most the window again), and an item each thread has taken and not
                    // yet held back.
                    let bound = 2 * jobs * WINDOW_PER_JOB + jobs;
                    assert!(ahead <= bound as u64, "{ahead} ahead");
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(delivered, 5_000);
        }
    }

    #[test]
    fn a_panic_while_reading_reaches_the_caller_after_the_items_before_it() {
        for jobs in [1, 2, 4] {
            let mut delivered = Vec::new();
            let run = catch_unwind(AssertUnwindSafe(|| {
                let items = (0..100u64).inspect(|&i| assert!(i != 30, "bad input"));
                ordered_map(
                    jobs,
                    items,
                    |i| i,
                    |i| {
                        delivered.push(i);
                        Ok::<(), ()>(())
                    },
                )
            }));
            assert!(run.is_err(), "jobs {jobs}");
            assert_eq!(delivered, (0..30).collect::<Vec<_>>(), "jobs {jobs}");
        }
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
