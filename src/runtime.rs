//! The shipped module's runtime (`--features runtime`, wasm32 only): what std would bring, minus
//! what the module does not need.
//!
//! - **Panics** end in `unreachable` without formatting anything. std's handler formats the
//!   panic message, and that alone keeps `core::fmt` (about 8 KB gzip) in the module. Nothing in
//!   the core should panic on input (the fuzz targets and proptests hold it to that); if something
//!   did, the trap is what std would have ended in anyway, minus the message nobody reads.
//! - **The allocator** is below.

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[global_allocator]
static ALLOCATOR: dlmalloc::GlobalDlmalloc = dlmalloc::GlobalDlmalloc;
