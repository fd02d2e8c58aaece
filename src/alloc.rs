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

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// Blocks of this many bytes or more go to the system allocator.
const LARGE: usize = 256 * 1024;

/// The alignment of every mimalloc block: its size classes are multiples of a machine
/// word (so a 24-byte block is 8-aligned, not 16).
const MI_ALIGN: usize = std::mem::size_of::<usize>();

/// Whether plain `mi_malloc` of `size` bytes is aligned to `align`. Nearly every block the
/// pipeline asks for is (strings, vectors of words and offsets), and the plain calls are
/// faster: mimalloc's aligned route over-allocates every block whose size class is not a
/// power of two whenever that class's free list runs empty.
fn plain(size: usize, align: usize) -> bool {
    align <= MI_ALIGN && align <= size
}

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
        unsafe { allocate(layout, false) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe { allocate(layout, true) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated with `layout`, so by the allocator its size chose.
        unsafe {
            if layout.size() >= LARGE {
                System.dealloc(ptr, layout)
            } else {
                mi_free(ptr.cast())
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
                (false, false) if plain(new_size, layout.align()) => {
                    mi_realloc(ptr.cast(), new_size).cast()
                }
                (false, false) => mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast(),
                _ => {
                    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                    let new = allocate(new_layout, false);
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

/// A block for `layout`, zeroed or not, from the allocator its size chooses.
///
/// # Safety
///
/// `layout` has a non-zero size, as `GlobalAlloc::alloc` requires of its callers.
unsafe fn allocate(layout: Layout, zeroed: bool) -> *mut u8 {
    let (size, align) = (layout.size(), layout.align());
    // SAFETY: the caller's non-zero layout is passed on to the system allocator; mimalloc's
    // calls accept any size and power-of-two alignment (a `Layout`'s alignment is one). Both
    // return null when out of memory.
    unsafe {
        if size >= LARGE {
            return match zeroed {
                false => System.alloc(layout),
                true => System.alloc_zeroed(layout),
            };
        }
        match (plain(size, align), zeroed) {
            (true, false) => mi_malloc(size),
            (true, true) => mi_zalloc(size),
            (false, false) => mi_malloc_aligned(size, align),
            (false, true) => mi_zalloc_aligned(size, align),
        }
        .cast()
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
            // Every size through the small classes, at the alignment of its type.
            for size in 1usize..4096 {
                let align = size.next_power_of_two().min(16);
                let l = Layout::from_size_align(size, align).expect("layout");
                let p = a.alloc(l);
                assert!(
                    !p.is_null() && (p as usize).is_multiple_of(align),
                    "{size} {align}"
                );
                a.dealloc(p, l);
            }
            // Blocks smaller than their alignment, and over-aligned ones.
            for (size, align) in [(1, 8), (3, 4), (24, 8), (40, 32), (100, 64), (5000, 4096)] {
                let l = Layout::from_size_align(size, align).expect("layout");
                let p = a.alloc(l);
                assert!(!p.is_null() && (p as usize).is_multiple_of(align));
                let q = a.realloc(p, l, size * 3);
                assert!(!q.is_null() && (q as usize).is_multiple_of(align));
                a.dealloc(q, Layout::from_size_align(size * 3, align).expect("layout"));
            }
            let z = a.alloc_zeroed(large);
            assert!((0..2 * LARGE).all(|i| *z.add(i) == 0));
            a.dealloc(z, large);
        }
    }
}
