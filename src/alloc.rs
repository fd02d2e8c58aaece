//! The global allocator: mimalloc for small blocks, the system allocator for large ones.
//!
//! The pipeline makes many small, short-lived strings and vectors; with glibc's malloc and
//! free they were a fifth of all instructions, and mimalloc takes about 20% fewer on a run
//! (README, Performance). Large blocks stay with the system allocator: glibc maps them on
//! their own and grows them in place (`mremap`), where mimalloc copies a block that outgrows
//! it and keeps freed memory a while, which on a 20 MB paragraph of quotation marks raised
//! peak RSS from 430 MB to over 1 GB. `.cargo/config.toml` builds mimalloc with arenas
//! committed on demand, which keeps peak memory near glibc's on `make bench`.

use std::alloc::{GlobalAlloc, Layout, System};

use mimalloc::MiMalloc;

/// Blocks of this many bytes or more go to the system allocator.
const LARGE: usize = 256 * 1024;

/// mimalloc below [`LARGE`] bytes, the system allocator from there on. A block's size
/// says which allocator owns it: `dealloc` and `realloc` get the layout it was allocated
/// with.
pub struct SplitAllocator;

// SAFETY: every block is allocated, resized and freed by one of two allocators that
// uphold `GlobalAlloc`'s contract, chosen by the block's size, which the caller passes back
// unchanged; a block that crosses `LARGE` in `realloc` is copied from one to the other.
unsafe impl GlobalAlloc for SplitAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are passed on.
        unsafe {
            if layout.size() >= LARGE {
                System.alloc(layout)
            } else {
                MiMalloc.alloc(layout)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe {
            if layout.size() >= LARGE {
                System.alloc_zeroed(layout)
            } else {
                MiMalloc.alloc_zeroed(layout)
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated with `layout`, so by the allocator its size chose.
        unsafe {
            if layout.size() >= LARGE {
                System.dealloc(ptr, layout)
            } else {
                MiMalloc.dealloc(ptr, layout)
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees that `ptr` was allocated with `layout` and that
        // `new_size` rounded up to the alignment does not overflow; a block that stays on
        // one side is resized by its own allocator, and one that crosses is copied (the
        // smaller of the two sizes) into a new block before the old one is freed.
        unsafe {
            match (layout.size() >= LARGE, new_size >= LARGE) {
                (true, true) => System.realloc(ptr, layout, new_size),
                (false, false) => MiMalloc.realloc(ptr, layout, new_size),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    new
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A block keeps its bytes as it grows across `LARGE` and shrinks back.
    #[test]
    fn realloc_across_the_threshold_keeps_the_contents() {
        let a = SplitAllocator;
        let small = Layout::from_size_align(1000, 8).expect("layout");
        // SAFETY: each pointer is used with the layout it was last allocated or resized to.
        unsafe {
            let p = a.alloc(small);
            assert!(!p.is_null());
            for i in 0..1000 {
                *p.add(i) = (i % 251) as u8;
            }
            let p = a.realloc(p, small, 2 * LARGE);
            assert!(!p.is_null());
            let large = Layout::from_size_align(2 * LARGE, 8).expect("layout");
            assert!((0..1000).all(|i| *p.add(i) == (i % 251) as u8));
            *p.add(2 * LARGE - 1) = 7;
            let p = a.realloc(p, large, 3 * LARGE);
            let larger = Layout::from_size_align(3 * LARGE, 8).expect("layout");
            assert!((0..1000).all(|i| *p.add(i) == (i % 251) as u8));
            assert_eq!(*p.add(2 * LARGE - 1), 7);
            let p = a.realloc(p, larger, 500);
            assert!((0..500).all(|i| *p.add(i) == (i % 251) as u8));
            a.dealloc(p, Layout::from_size_align(500, 8).expect("layout"));
            let z = a.alloc_zeroed(large);
            assert!((0..2 * LARGE).all(|i| *z.add(i) == 0));
            a.dealloc(z, large);
        }
    }
}
