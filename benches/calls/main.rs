//! Native benchmarks of each call's validator (divan): the core without the JS boundary, so a
//! regression in the rules shows on its own. `cargo bench --bench calls`.

mod native;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
