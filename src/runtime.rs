//! The shipped module's runtime (`--features runtime`, wasm32 only): what std would bring, minus
//! what the module does not need.
//!
//! - **Panics** end in `unreachable` without formatting anything. std's handler formats the
//!   panic message, and that alone keeps `core::fmt` (about 8 KB gzip) in the module. Nothing in
//!   the core should panic on input (the fuzz targets and proptests hold it to that); if something
//!   did, the trap is what std would have ended in anyway, minus the message nobody reads.
//! - **The allocator** is lol_alloc's free list (about 650 bytes against dlmalloc's 5 KB; measured
//!   in the README's Performance table: 2.4 KB gzip smaller, and no slower). Its cost is a walk of
//!   the free list per allocation and free, which fits this module: a call allocates a handful of
//!   short-lived blocks and frees them all before it returns, and the list keeps freed neighbours
//!   merged, so between calls it is a few nodes long. It frees for real, so nothing is ever reset
//!   under a live block: the caches (src/local.rs) and wasm-bindgen's own table live beside the
//!   calls' blocks. tests/js/memory.test.mjs runs every export on 10,000 forms four times and fails
//!   if an answer changes (memory handed out while in use) or the memory grows once warm (a leak).
//!   A per-call arena was the other choice: it cannot know which blocks outlive the call (the
//!   caches, and wasm-bindgen's table, which grows inside a call), so its reset is the unsound part.

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

// Sound as `AssumeSingleThreaded` requires: wasm32 without the atomics feature has one thread.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
