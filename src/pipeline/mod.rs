//! Running the stages: one article into rows, and many articles on several threads.
//!
//! In: [`Article`](crate::Article)s. Out: [`QuoteRecord`](crate::QuoteRecord) rows in text
//! order for each article, and for a stream of articles, their results in input order.
//!
//! - [`extract`]: the per-article loop: structure, quotation marks and sentences from
//!   `text`, frames and speakers from `attribution` sentence by sentence (with what one
//!   sentence carries to the next), then resolution, countries and the rows;
//! - [`parallel`]: a function over a stream on several threads, results delivered in
//!   input order with a bounded read-ahead, so output is the same whatever `--jobs` says;
//! - [`turns`]: the same for items that are always ready (files), the workers, the caller
//!   among them, taking the items in turn: no thread beside the workers.

pub mod extract;
pub mod parallel;
pub mod turns;

/// The tests every `ordered_map` passes: results in input order whatever the jobs, and a
/// sink's error ending the run at once.
#[cfg(test)]
macro_rules! ordered_map_contract {
    ($map:path) => {
        #[test]
        fn results_come_in_input_order() {
            for jobs in [1, 2, 3, 8] {
                let mut got = Vec::new();
                // Early items are the slowest, so they finish last.
                $map(
                    jobs,
                    0..200u64,
                    |i| {
                        if i % 50 == 0 {
                            std::thread::sleep(std::time::Duration::from_millis(5));
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
            let r = $map(
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
    };
}
#[cfg(test)]
use ordered_map_contract;
