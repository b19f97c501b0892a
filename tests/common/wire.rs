//! The boundary's property test, across the boundary itself: random JS values go through the
//! real JS encoder (src/boundary.js `readFields`) and the module's decoder
//! (`wasm::decode_fields`), and must come out as the values the core would read from them
//! directly (`Input::clipped`). Seeded, so a failure repeats; in Node and both browsers, whose
//! strings and whitespace must agree with ours. The other direction (findings as JSON) is
//! tested natively in src/boundary.rs.

use ccbill_validate::wasm::decode_fields;
use ccbill_validate::{Call, Input, Value, READ_LIMIT};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use super::Budget;

#[wasm_bindgen(module = "/src/boundary.js")]
extern "C" {
    #[wasm_bindgen(js_name = readFields)]
    fn read_fields(input: &JsValue, names: &JsValue, limit: u32) -> Array;
}

/// xorshift64*: enough randomness, no dependency, the same on every runtime.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Characters that stress the grammar: its own markers, digits (the length prefix), JS-only
/// whitespace, a surrogate pair (two UTF-16 units, which a cut may halve), U+FFFD, a NUL.
const CHARS: &[char] =
    &['a', 't', ':', '1', '9', ' ', 'é', '李', '😀', '\u{3000}', '\u{FEFF}', '\u{FFFD}', '\0', '\u{1}'];

fn text(rng: &mut Rng) -> String {
    // Mostly short; sometimes around READ_LIMIT, where the JS side cuts before the copy.
    let len = match rng.below(4) {
        0 => READ_LIMIT - 4 + rng.below(10),
        _ => rng.below(12),
    };
    let mut s: String = (0..len).map(|_| CHARS[rng.below(CHARS.len())]).collect();
    if rng.below(8) == 0 {
        s.insert_str(0, "  \u{2028}"); // leading whitespace, trimmed only when cut
    }
    s
}

/// A random JS value and the value the core reads from it.
fn value(rng: &mut Rng) -> (JsValue, Value) {
    match rng.below(8) {
        0 => (JsValue::UNDEFINED, Value::Absent),
        1 => (JsValue::NULL, Value::Absent),
        2 => {
            let b = rng.below(2) == 0;
            (b.into(), Value::Bool(b))
        }
        3 => {
            let n = [0.0, -0.0, 1.5, 4111111111111111.0, f64::NAN, f64::INFINITY, 1e21][rng.below(7)];
            (n.into(), Value::Number(n))
        }
        4 => (Object::new().into(), Value::Other),
        5 => (Array::of1(&"x".into()).into(), Value::Other), // a list only in passThroughInfo
        _ => {
            let s = text(rng);
            (JsValue::from_str(&s), Value::Text(s))
        }
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        _ => a == b,
    }
}

#[wasm_bindgen_test]
fn what_javascript_encodes_the_module_decodes() {
    let _budget = Budget::start("what_javascript_encodes_the_module_decodes");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let call = Call::CreatePaymentToken;
    let names: Array = call.fields().iter().map(|f| JsValue::from_str(f.name())).collect();
    for case in 0..120 {
        let object = Object::new();
        let mut want = Input::new();
        for field in call.fields() {
            let (js, value) = value(&mut rng);
            if !js.is_undefined() || rng.below(2) == 0 {
                let _ = Reflect::set(&object, &JsValue::from_str(field.name()), &js);
            }
            want.set(*field, value);
        }
        let pair = read_fields(&object, &names, READ_LIMIT as u32);
        let encoded = pair.get(0).as_string().expect("a string");
        let got = decode_fields(call, &encoded, pair.get(1)).unwrap_or_else(|| panic!("case {case}: no decode"));
        let want = want.clipped();
        for field in call.fields() {
            let (g, w) = (got.get(*field), want.get(*field));
            assert!(same(g, w), "case {case} {field}: got {g:?}, want {w:?}");
        }
    }
}
