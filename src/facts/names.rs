//! What every generated file says the same way: its header, a call's description and names in
//! PascalCase (shared by the JS/TS generator, `facts`, and the Python one, `facts::python`).

use crate::calls::Call;

pub(super) const HEADER: &str =
    "Generated from the Rust core (src/facts.rs) by `make facts`: edit the Rust, never this file.";

pub(super) fn pascal(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// What the call is, for its validator's documentation.
pub(super) fn described(call: Call) -> String {
    match call.request() {
        Some(request) => format!("`{request}`"),
        None => format!("`widget.{}(...)` and the form it reads", call.name()),
    }
}
