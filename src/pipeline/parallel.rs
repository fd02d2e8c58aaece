//! Running a function over a stream on several threads, delivering results in input order.
//!
//! `extract` must write the same bytes whatever `--jobs` says, start writing before the
//! corpus is read, and keep memory flat. So the stream is read on a thread of its own
//! ([`ReadAhead`]: opening files, decoding, parsing JSON overlap the work), items are
//! taken by the workers in order, and the caller's sink receives results strictly in
//! input order as soon as each is next in line. A fixed window bounds how far the work may
//! run ahead of the sink: a worker does not start an item more than `window` after the
//! next one to deliver, so a slow item holds back at most that many finished ones, and
//! memory does not grow with the corpus.
//!
//! Threads meet under a mutex and sleep on condition variables only when they have to
//! wait, and each side wakes the other once for a batch, not once an item: handing over
//! 22,250 small articles one by one through channels cost more than 50,000 context
//! switches and a tenth of the CPU time (`make bench`).

use std::any::Any;
use std::collections::{BTreeMap, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

/// Items started but not yet delivered, per worker: enough to keep workers busy while one
/// item is slow, small enough that the reorder buffer stays a few megabytes.
pub(super) const WINDOW_PER_JOB: usize = 16;

/// Items read ahead of the work, at most: a file or a JSON line is ready when a worker
/// asks for it.
const READ_AHEAD: usize = 32;

/// The reader, held back at `READ_AHEAD`, reads on when the queue is down to this many:
/// it then wakes once for many items instead of once an item.
const READ_AHEAD_LOW: usize = 8;

/// The sink is woken when this many results wait, or sooner when no item is waiting to
/// be worked on (the input has stalled, as a pipe may, or ended): rows still come out as
/// soon as an article is done when saywho is a streaming filter.
const DELIVER_BATCH: usize = 8;

/// A mutex's guard whether or not another thread panicked holding it: the state each
/// lock here guards stays consistent (a panic in `work` is caught outside any lock).
pub(super) fn lock<S>(m: &Mutex<S>) -> MutexGuard<'_, S> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Waits on `cv`, as [`lock`] ignoring poisoning.
pub(super) fn wait<'a, S>(cv: &Condvar, guard: MutexGuard<'a, S>) -> MutexGuard<'a, S> {
    cv.wait(guard).unwrap_or_else(PoisonError::into_inner)
}

/// The items of an iterator read on a thread of its own, at most [`READ_AHEAD`] ahead of
/// the ones taking them. Dropping it stops the reader at its next item; a panic while
/// reading is resumed on the thread that takes the next item.
pub struct ReadAhead<T> {
    shared: Arc<Feed<T>>,
}

struct Feed<T> {
    state: Mutex<FeedState<T>>,
    /// Signalled when an item arrives or reading ends, if a taker waits.
    ready: Condvar,
    /// Signalled when the queue is down to `READ_AHEAD_LOW` or the takers are gone, if the
    /// reader waits.
    room: Condvar,
}

struct FeedState<T> {
    queue: VecDeque<T>,
    /// The reader has read the last item (or panicked: `panic`).
    done: bool,
    panic: Option<Box<dyn Any + Send>>,
    /// The takers are gone: the reader stops.
    closed: bool,
    takers_wait: usize,
    reader_waits: bool,
}

impl<T: Send + 'static> ReadAhead<T> {
    /// Starts reading `items` on a new thread.
    pub fn spawn(items: impl Iterator<Item = T> + Send + 'static) -> ReadAhead<T> {
        let shared = Arc::new(Feed {
            state: Mutex::new(FeedState {
                queue: VecDeque::with_capacity(READ_AHEAD),
                done: false,
                panic: None,
                closed: false,
                takers_wait: 0,
                reader_waits: false,
            }),
            ready: Condvar::new(),
            room: Condvar::new(),
        });
        let feed = Arc::clone(&shared);
        thread::spawn(move || {
            let read = catch_unwind(AssertUnwindSafe(|| {
                for item in items {
                    if !feed.push(item) {
                        return;
                    }
                }
            }));
            let mut state = lock(&feed.state);
            state.done = true;
            state.panic = read.err();
            feed.ready.notify_all();
        });
        ReadAhead { shared }
    }
}

impl<T> Feed<T> {
    /// Queues an item, waiting for room; false when the takers are gone.
    fn push(&self, item: T) -> bool {
        let mut state = lock(&self.state);
        while state.queue.len() >= READ_AHEAD && !state.closed {
            state.reader_waits = true;
            state = wait(&self.room, state);
        }
        if state.closed {
            return false;
        }
        state.queue.push_back(item);
        if state.takers_wait > 0 {
            self.ready.notify_one();
        }
        true
    }
}

impl<T> ReadAhead<T> {
    /// The next item, waiting for the reader; None when it has read the last one.
    pub fn pop(&self) -> Option<T> {
        let mut state = lock(&self.shared.state);
        loop {
            if let Some(item) = state.queue.pop_front() {
                if state.reader_waits && state.queue.len() <= READ_AHEAD_LOW {
                    state.reader_waits = false;
                    self.shared.room.notify_one();
                }
                return Some(item);
            }
            if state.done {
                if let Some(panic) = state.panic.take() {
                    drop(state);
                    resume_unwind(panic);
                }
                return None;
            }
            state.takers_wait += 1;
            state = wait(&self.shared.ready, state);
            state.takers_wait -= 1;
        }
    }

    /// Whether no item is queued right now (the reader is behind or done).
    fn is_empty(&self) -> bool {
        lock(&self.shared.state).queue.is_empty()
    }
}

impl<T> Iterator for ReadAhead<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.pop()
    }
}

impl<T> Drop for ReadAhead<T> {
    fn drop(&mut self) {
        let mut state = lock(&self.shared.state);
        state.closed = true;
        state.queue.clear();
        self.shared.room.notify_one();
    }
}

/// Results on their way from the workers to the sink.
struct Order<R> {
    /// Finished results not yet delivered, by sequence number.
    ready: BTreeMap<u64, thread::Result<R>>,
    /// The sequence number the sink delivers next.
    next: u64,
    /// The sink has stopped (an error, a panic to resume): workers stop too.
    stopped: bool,
    workers_left: usize,
    sink_waits: bool,
    workers_wait: usize,
}

struct Shared<R> {
    order: Mutex<Order<R>>,
    /// Signalled for the sink: results to deliver, or the last worker gone.
    deliver: Condvar,
    /// Signalled for workers: the window moved on, or the sink stopped.
    window: Condvar,
}

/// Maps `work` over `items` with `jobs` threads and passes the results to `sink` in the
/// order of `items`. With `jobs` of 1 the work and the sink run on the calling thread and
/// only the reading has a thread of its own. Stops at the first error from `sink` and
/// returns it; threads still running then end on their own as soon as they finish their
/// item. A panic in `work` is resumed on the caller.
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
        for item in ReadAhead::spawn(items) {
            sink(work(item))?;
        }
        return Ok(());
    }
    let window = (jobs * WINDOW_PER_JOB) as u64;
    let feed = Arc::new(ReadAhead::spawn((0u64..).zip(items)));
    let shared = Arc::new(Shared {
        order: Mutex::new(Order {
            ready: BTreeMap::new(),
            next: 0,
            stopped: false,
            workers_left: jobs,
            sink_waits: false,
            workers_wait: 0,
        }),
        deliver: Condvar::new(),
        window: Condvar::new(),
    });
    let work = Arc::new(work);
    for _ in 0..jobs {
        let (feed, shared, work) = (Arc::clone(&feed), Arc::clone(&shared), Arc::clone(&work));
        thread::spawn(move || {
            // Whatever ends the loop (the last item, the sink stopping, a panic while
            // reading), the sink learns that this worker is gone.
            struct Leave<'a, R>(&'a Shared<R>);
            impl<R> Drop for Leave<'_, R> {
                fn drop(&mut self) {
                    let mut order = lock(&self.0.order);
                    order.workers_left -= 1;
                    self.0.deliver.notify_one();
                }
            }
            let _leave = Leave(&shared);
            run_worker(&feed, &shared, &*work, window);
        });
    }
    drop(feed);
    deliver(&shared, &mut sink)
}

/// One worker: takes items in order, waits while an item would run more than `window`
/// ahead of the sink, and hands its results over.
fn run_worker<T, R>(
    feed: &ReadAhead<(u64, T)>,
    shared: &Shared<R>,
    work: &(impl Fn(T) -> R + ?Sized),
    window: u64,
) {
    while let Some((seq, item)) = feed.pop() {
        {
            let mut order = lock(&shared.order);
            while seq >= order.next + window && !order.stopped {
                // The sink may be holding back for a batch: it must not sleep while the
                // window is full.
                if order.sink_waits {
                    shared.deliver.notify_one();
                }
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
        order.ready.insert(seq, result);
        if order.sink_waits
            && order.ready.contains_key(&order.next)
            && (order.ready.len() >= DELIVER_BATCH || feed.is_empty())
        {
            shared.deliver.notify_one();
        }
    }
}

/// The sink's side: delivers results in order, a batch at a time, until the workers are
/// gone and nothing is left.
fn deliver<R, E>(shared: &Shared<R>, sink: &mut impl FnMut(R) -> Result<(), E>) -> Result<(), E> {
    let stop = || {
        lock(&shared.order).stopped = true;
        shared.window.notify_all();
    };
    let mut batch = Vec::new();
    loop {
        {
            let mut order = lock(&shared.order);
            loop {
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
                    break;
                }
                if order.workers_left == 0 {
                    return Ok(());
                }
                order.sink_waits = true;
                order = wait(&shared.deliver, order);
                order.sink_waits = false;
            }
        }
        for result in batch.drain(..) {
            let delivered = match result {
                Ok(r) => sink(r),
                Err(panic) => {
                    stop();
                    resume_unwind(panic);
                }
            };
            if let Err(e) = delivered {
                stop();
                return Err(e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    super::super::ordered_map_contract!(super::ordered_map);

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
                // Items started but not delivered (the window), a batch the sink has taken
                // and not yet passed on (at most the window again), the read-ahead queue,
                // one more the reader holds while it waits for room, and one each worker
                // has taken off the queue and not yet counted in the window (the queue's
                // room it left is filled at once).
                let bound = 2 * (2 * WINDOW_PER_JOB) + READ_AHEAD + 1 + 2;
                assert!(ahead <= bound as u64, "{ahead} ahead");
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(delivered, 10_000);
    }

    #[test]
    fn each_result_is_delivered_while_the_input_stalls() {
        // A streaming filter: the next item is only given once the last one's result came
        // out, so a run that held results back for a batch would never end.
        use std::sync::mpsc::{channel, sync_channel};
        use std::time::Duration;
        for jobs in [1, 2, 4] {
            let (item_tx, item_rx) = sync_channel::<u64>(0);
            let (ack_tx, ack_rx) = channel::<u64>();
            let feeder = thread::spawn(move || {
                for i in 0..20u64 {
                    item_tx.send(i).unwrap();
                    let got = ack_rx.recv_timeout(Duration::from_secs(10));
                    assert_eq!(got, Ok(i * 2), "jobs {jobs}: result {i} held back");
                }
            });
            ordered_map(jobs, item_rx.into_iter(), |i| i * 2, |r| ack_tx.send(r)).unwrap();
            feeder.join().unwrap();
        }
    }

    #[test]
    #[should_panic(expected = "bad input")]
    fn a_panic_while_reading_reaches_the_caller() {
        let items = (0..10u64).inspect(|&i| assert!(i != 3, "bad input"));
        let _ = ordered_map(1, items, |i| i, |_| Ok::<(), ()>(()));
    }

    #[test]
    fn the_reader_stops_when_the_items_are_dropped() {
        use std::sync::atomic::{AtomicU64, Ordering};
        let read = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&read);
        let mut feed = ReadAhead::spawn((0..u64::MAX).inspect(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        }));
        assert_eq!(feed.next(), Some(0));
        drop(feed);
        thread::sleep(std::time::Duration::from_millis(50));
        let stopped_at = read.load(Ordering::SeqCst);
        assert!(stopped_at <= READ_AHEAD as u64 + 2, "{stopped_at}");
        thread::sleep(std::time::Duration::from_millis(50));
        assert_eq!(read.load(Ordering::SeqCst), stopped_at);
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
