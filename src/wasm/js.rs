//! What both directions of the boundary use: property keys made once, and the two kinds of error.

use crate::local::local;
use alloc::string::String;
use alloc::vec::Vec;
use js_sys::{Error, Object, Reflect, TypeError};
use wasm_bindgen::JsValue;

/// The property names read or written one by one (a call's fields go through src/boundary.js).
const WORDS: [&str; 11] =
    ["now", "version", "call", "typing", "name", "value", "length", "brand", "lengths", "cvvLength", "gaps"];

local! {
    /// The words as JS strings, made once.
    static KEYS: Vec<JsValue> = WORDS.iter().map(|w| JsValue::from_str(w)).collect();
}

fn with_word<T>(word: &'static str, f: impl FnOnce(&JsValue) -> T) -> T {
    KEYS.with(|keys| match WORDS.iter().position(|w| *w == word).and_then(|i| keys.get(i)) {
        Some(js) => f(js),
        None => f(&JsValue::from_str(word)),
    })
}

/// `obj[word]`; a throwing getter or Proxy trap is an `Err`.
pub(super) fn get(obj: &JsValue, word: &'static str) -> Result<JsValue, JsValue> {
    with_word(word, |key| Reflect::get(obj, key))
}

/// `obj[word] = value` on a fresh plain object of ours.
pub(super) fn set(obj: &Object, word: &'static str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = with_word(word, |key| Reflect::set(obj, key, value));
}

/// The caller's mistake.
pub(super) fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}

/// A broken invariant of our own: thrown as an `Error` (never a `TypeError`, which means the
/// caller's mistake), so that no bug reads as "valid". `guard()` lets the widget decide then.
pub(super) fn internal(what: &str) -> JsValue {
    let mut message = String::from("ccbill-validate: internal error: ");
    message.push_str(what);
    Error::new(&message).into()
}
