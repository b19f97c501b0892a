//! Values made on first use and kept for the module's life, one per thread: `thread_local!`
//! natively; on wasm32, where the module is `no_std` and has one thread, a static cell (std's
//! `thread_local!` is not there). Both are used the same way: `NAME.with(|value| ...)`.

#[cfg(not(target_arch = "wasm32"))]
macro_rules! local {
    ($(#[$meta:meta])* static $name:ident: $t:ty = $init:expr;) => {
        std::thread_local! { $(#[$meta])* static $name: $t = $init; }
    };
}

#[cfg(target_arch = "wasm32")]
macro_rules! local {
    ($(#[$meta:meta])* static $name:ident: $t:ty = $init:expr;) => {
        $(#[$meta])* static $name: $crate::local::Local<$t> = $crate::local::Local::new(|| $init);
    };
}

pub(crate) use local;

#[cfg(target_arch = "wasm32")]
pub(crate) struct Local<T> {
    cell: core::cell::OnceCell<T>,
    init: fn() -> T,
}

// Sound because nothing shares it: wasm32 without the `atomics` feature runs one thread (a
// threaded build fails to compile here rather than share it).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Sync for Local<T> {}

#[cfg(target_arch = "wasm32")]
impl<T> Local<T> {
    pub(crate) const fn new(init: fn() -> T) -> Self {
        Local { cell: core::cell::OnceCell::new(), init }
    }

    /// `f` of the value, made by the first call.
    pub(crate) fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(self.cell.get_or_init(self.init))
    }
}
