//! What every generated file says the same way: its header, a call's description, names in
//! PascalCase, and a nested body's shape (shared by the JS/TS generator, `facts`, and the Python
//! one, `facts::python`).

use crate::calls::Call;
use crate::input::Field;

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

/// A call's input as a tree (the token bodies nest the customer and the card): the fields at this
/// level under their keys, and the objects below it.
#[derive(Default, PartialEq)]
pub(super) struct Node {
    pub(super) leaves: Vec<(&'static str, Field)>,
    pub(super) children: Vec<(&'static str, Node)>,
}

/// The call's fields placed by their paths (`call.path(field)`, dotted where nested).
pub(super) fn tree(call: Call) -> Node {
    let mut root = Node::default();
    for field in call.fields() {
        let mut node = &mut root;
        let mut steps = call.path(*field).split('.').peekable();
        while let Some(step) = steps.next() {
            if steps.peek().is_none() {
                node.leaves.push((step, *field));
                break;
            }
            let at = match node.children.iter().position(|(n, _)| *n == step) {
                Some(at) => at,
                None => {
                    node.children.push((step, Node::default()));
                    node.children.len() - 1
                }
            };
            node = &mut node.children[at].1;
        }
    }
    root
}
