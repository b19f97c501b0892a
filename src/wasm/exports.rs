//! The module's exports. Each reads its JS arguments (`read`), calls the core, and hands the
//! result back (`write`); a caller's mistake is a `TypeError`, never a trap.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use super::read::{self, CallInput};
use super::write;
use crate::options::{Locale, Options};
use crate::rules::card::{card_brand, mask_card_number};
use alloc::string::String;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Options")]
    pub type OptionsArg;
    #[wasm_bindgen(typescript_type = "FieldOptions")]
    pub type FieldOptionsArg;
    #[wasm_bindgen(typescript_type = "Input")]
    pub type InputArg;
}

/// The violations of one call's input (its arguments and fields under CCBill's names); `[]` when
/// valid. `call` is a `CallName` ("createPaymentToken", "charge", ...); the package's named
/// validators (`validateCreatePaymentToken`, ...) are this export under each call's name.
#[wasm_bindgen(unchecked_return_type = "Violation[]")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "CallName")] call: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input")] input: JsValue,
    options: Option<OptionsArg>,
) -> Result<Array, JsValue> {
    let call = read::call(&call, "validate: call")?;
    let input = CallInput::read(call, &input)?;
    let options = read::options(options.map(Into::into))?;
    violations(&input, &options)
}

/// A call's violations, for both readers of a call.
fn violations(input: &CallInput, options: &Options) -> Result<Array, JsValue> {
    write::violations(&input.call.findings(&input.input, options, None), input)
}

/// [`validate`] with the reading done in JS (pkg-template/validate.js, for a plain input and
/// options): the call's index, how many numbers and UTF-8 bytes of `readFields`' string the JS
/// half wrote into the module's room ([`input_room`]: the string, then the numbers), the values
/// as read, the clock (ms) and the version's text. One crossing in, and one out only when there
/// are findings. Anything unusual takes `validate`.
#[doc(hidden)]
#[wasm_bindgen(js_name = validateRead, unchecked_return_type = "Violation[]")]
pub fn validate_read(
    call: u32,
    numbers: u32,
    bytes: u32,
    #[wasm_bindgen(unchecked_param_type = "unknown[]")] raw: JsValue,
    now_ms: f64,
    version: Option<String>,
) -> Result<Array, JsValue> {
    let input = read::read_in_room(call, numbers, bytes, raw)?;
    let version = version.map(|v| read::version(Some(&v))).transpose()?;
    // Built whole: `Options::new()` would read the clock, a crossing of its own.
    let options = Options { locale: Locale::En, now_ms, version };
    let result = violations(&input, &options);
    read::recycle(input);
    result
}

/// The module's room for one `validateRead` input, at least `len` bytes: its address in the
/// module's memory, where the JS half writes the string (`TextEncoder.encodeInto`) and then the
/// numbers (f64, little-endian), with no allocation and no copy on either side. The address holds
/// until the room has to grow. The JS half views it through the instance's `memory` export
/// (pkg-template/loaded.js), so the module needs no export of its own for that.
#[doc(hidden)]
#[wasm_bindgen(js_name = inputRoom)]
pub fn input_room(len: u32) -> u32 {
    read::room(len as usize)
}

/// `[callNames, input names per call, readLimit, field names per call where they differ]`, for
/// the JS half of `validateRead`.
#[doc(hidden)]
#[wasm_bindgen(js_name = callReads, unchecked_return_type = "[string[], string[][], number, (string[] | undefined)[]]")]
pub fn call_reads() -> Array {
    read::reads()
}

/// One field's violations, for live feedback; `input` gives context (e.g. the expiry month for
/// the year). Equals that field's part of the whole call (`options.call`, default
/// "createPaymentToken"); with `options.typing`, without what typing more can fix (for the field
/// the customer is typing in: "4111" is no error yet).
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Violation[]")]
pub fn validate_field(
    #[wasm_bindgen(js_name = propertyName, unchecked_param_type = "PropertyName")] property_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FieldValue")] value: JsValue,
    input: Option<InputArg>,
    options: Option<FieldOptionsArg>,
) -> Result<Array, JsValue> {
    let options: Option<JsValue> = options.map(Into::into);
    let (field, call, typing) = read::field_options(&property_name, options.as_ref())?;
    let mut input = CallInput::read_or_empty(call, input.map(Into::into))?;
    input.set(field, &value);
    let options = read::options(options)?;
    write::violations(&call.field_findings(field, &input.input, &options, typing), &input)
}

/// The brand of a card number, whole or partial, or `null`. The value is read as the validators
/// read `cardNumber`: a number as its digits, `null` and `undefined` as no number.
#[wasm_bindgen(js_name = cardBrand, unchecked_return_type = "CardBrand | null")]
pub fn card_brand_js(
    #[wasm_bindgen(js_name = cardNumber, unchecked_param_type = "string | number | null | undefined")]
    card_number: JsValue,
) -> Result<JsValue, JsValue> {
    let number = read::card_number(&card_number, "cardBrand")?;
    Ok(write::brand(number.as_deref().and_then(card_brand)))
}

/// Masks a card number for display: `411111******1111` for a complete number, all stars for
/// anything else, `""` for `null` and `undefined`.
#[wasm_bindgen(js_name = maskCardNumber)]
pub fn mask_card_number_js(
    #[wasm_bindgen(js_name = cardNumber, unchecked_param_type = "string | number | null | undefined")]
    card_number: JsValue,
) -> Result<String, JsValue> {
    let number = read::card_number(&card_number, "maskCardNumber")?;
    Ok(number.map_or_else(String::new, |n| mask_card_number(&n)))
}

/// Hands the module its reference tables (`ccbill_validate_tables.bin`: postal-code patterns,
/// subdivisions, phone lengths), kept for the module's lifetime. Returns whether the bytes were a
/// valid blob of this release; a malformed one is refused, and the module goes on without tables,
/// as before the call: the checks that need them pass. The first valid blob stays.
#[wasm_bindgen(js_name = loadTables)]
pub fn load_tables(bytes: alloc::vec::Vec<u8>) -> bool {
    crate::rules::tables::load(bytes)
}
