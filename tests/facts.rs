//! The files generated from the core (src/facts.rs) are current: what the page layer and the
//! TypeScript declarations know about calls, fields, codes and versions is the core's.
//! `CCBILL_WRITE_FACTS=1 cargo test --test facts` (or `make facts`) rewrites them.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use ccbill_validate::{facts, Code};

#[test]
fn generated_files_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let write = std::env::var_os("CCBILL_WRITE_FACTS").is_some();
    let mut stale = Vec::new();
    for (path, text) in facts::files() {
        let file = root.join(path);
        if write {
            std::fs::write(&file, &text).expect("write a generated file");
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
            stale.push(path);
        }
    }
    assert!(stale.is_empty(), "stale generated files {stale:?}: run `make facts`");
}

#[test]
fn every_code_has_a_reason_whose_params_type_it() {
    let covered = facts::codes_with_examples();
    for code in Code::ALL {
        assert!(covered.contains(code), "src/facts.rs examples(): no reason with code {}", code.as_str());
    }
}
