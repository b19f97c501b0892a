//! The core's results as JS values: violations shaped as CCBill's widget shapes them (worded
//! later, by the JS layer), and a card brand's facts.

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use super::js::{internal, set};
use super::read::CallInput;
use crate::boundary::write_findings;
use crate::input::Field;
use crate::rules::brand::Brand;
use crate::rules::card::masked_card;
use crate::rules::reason::Finding;
use alloc::string::String;

// The JS half of the boundary (src/boundary.js): the findings go out in one crossing.
#[wasm_bindgen(module = "/src/boundary.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = buildViolations)]
    fn build_violations(
        encoded: &str,
        names: &JsValue,
        raw: &JsValue,
        card_index: i32,
        masked_card: Option<String>,
        cvv_index: i32,
    ) -> Result<Array, JsValue>;
}

/// The findings as violations sharing one masked target, without their wording: one JSON text
/// (grammar: src/boundary.rs) into src/boundary.js. A failure there is thrown, never read as "no
/// violations".
pub(super) fn violations(findings: &[Finding], input: &CallInput) -> Result<Array, JsValue> {
    if findings.is_empty() {
        return Ok(Array::new());
    }
    let mut encoded = String::with_capacity(findings.len() * 48);
    write_findings(&mut encoded, findings);
    let fields = input.call.fields();
    let position = |field| fields.iter().position(|f| *f == field).map_or(-1, |i| i as i32);
    let masked = masked_card(input.input.get(Field::CardNumber));
    build_violations(&encoded, &input.names()?, &input.raw, position(Field::CardNumber), masked, position(Field::Cvv2))
        .map_err(|_| internal("buildViolations threw"))
}

/// `{ brand, name, lengths, cvvLength, gaps }`, or `null`.
pub(super) fn brand(brand: Option<Brand>) -> JsValue {
    let Some(brand) = brand else {
        return JsValue::NULL;
    };
    let numbers = |ns: &[u8]| ns.iter().map(|n| JsValue::from(*n)).collect::<Array>();
    let out = Object::new();
    set(&out, "brand", &brand.id().into());
    set(&out, "name", &brand.name().into());
    set(&out, "lengths", &numbers(brand.lengths()));
    set(&out, "cvvLength", &brand.cvv_length().into());
    set(&out, "gaps", &numbers(brand.gaps()));
    out.into()
}
