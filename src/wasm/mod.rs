//! The `#[wasm_bindgen]` layer: JS values in, JS violation objects out. Every rule lives in the
//! pure core; this layer only crosses the boundary, by job:
//!
//! - `exports`: the module's exports, each three steps: read, call the core, hand back;
//! - `read`: JS values as the core reads them (a call's input, one field's value, the options);
//! - `write`: the core's findings and facts as JS values;
//! - `js`: the JS built-ins both sides use (property keys made once, errors, guarded built-ins).

mod exports;
mod js;
mod read;
mod write;

pub use exports::*;
pub use read::decode_fields;

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../types.d.ts");

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const FACTS: &str = include_str!("../facts.d.ts");
