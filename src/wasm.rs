//! The `#[wasm_bindgen]` layer: JS values in, JS violation objects out.
//! Thin on purpose; every rule lives in the pure core.

use js_sys::{Array, Date, Error, JsString, Object, Reflect, TypeError};

use wasm_bindgen::prelude::*;

use crate::boundary::{self, write_findings, Entry};
use crate::calls::Call;
use crate::input::{Field, Input, Value, READ_LIMIT};
use crate::options::{Locale, Options, WidgetVersion};
use crate::rules::card::{card_brand, mask_card_number, masked_card};
use crate::rules::reason::Finding;
use crate::rules::text::text;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

// JS built-ins that can throw on hostile values (a revoked Proxy, a throwing
// trap), imported with `catch` so a throw becomes an `Err`, never an exception
// through the module.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["Date", "prototype", "getTime"], js_name = call)]
    fn date_time(date: &JsValue) -> Result<f64, JsValue>;
}

// The JS half of the boundary (src/boundary.js): one crossing in, one out.
#[wasm_bindgen(module = "/src/boundary.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readFields)]
    fn read_fields(input: &JsValue, names: &JsValue, limit: u32) -> Result<Array, JsValue>;
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

/// The most items of `passThroughInfo` read: CCBill's lists are short, and a
/// longer one is not a list we would pass on.
const MAX_LIST: u32 = 1000;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Options")]
    pub type OptionsArg;
    #[wasm_bindgen(typescript_type = "FieldOptions")]
    pub type FieldOptionsArg;
    #[wasm_bindgen(typescript_type = "Input")]
    pub type InputArg;
}

/// One export per widget call: `validate<Call>(input, options?) -> Violation[]`.
macro_rules! call_exports {
    ($($(#[$doc:meta])* $js:literal => $rust:ident($call:expr, $ty:literal);)+) => {$(
        $(#[$doc])*
        #[wasm_bindgen(js_name = $js, unchecked_return_type = "Violation[]")]
        pub fn $rust(
            #[wasm_bindgen(unchecked_param_type = $ty)] input: JsValue,
            options: Option<OptionsArg>,
        ) -> Result<Array, JsValue> {
            validate_call($call, &input, options.map(Into::into))
        }
    )+};
}

call_exports! {
    /// Validates the arguments and form fields of `createPaymentToken`.
    "validateCreatePaymentToken" => validate_create_payment_token(Call::CreatePaymentToken, "Input");
    /// Validates the arguments and form fields of `isScaRequired`.
    "validateIsScaRequired" => validate_is_sca_required(Call::IsScaRequired, "Input");
    /// Validates the arguments and form fields of `isScaRequiredForPaymentToken`.
    "validateIsScaRequiredForPaymentToken" => validate_is_sca_required_for_payment_token(Call::IsScaRequiredForPaymentToken, "Input");
    /// Validates the arguments and form fields of `authenticateCustomer`.
    "validateAuthenticateCustomer" => validate_authenticate_customer(Call::AuthenticateCustomer, "Input");
    /// Validates a charge body (`/transactions/payment-tokens/{paymentTokenId}`), with `paymentTokenId`.
    "validateCharge" => validate_charge(Call::Charge, "ChargeInput");
    /// Validates a 3DS charge body (`/transactions/payment-tokens/threeds/{paymentTokenId}`).
    "validateThreedsCharge" => validate_threeds_charge(Call::ThreedsCharge, "ThreedsChargeInput");
}

/// Validates one field for live feedback; `input` gives context (e.g. the
/// expiry month for the year). Equals that field's part of the whole call.
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Violation[]")]
pub fn validate_field(
    #[wasm_bindgen(js_name = propertyName, unchecked_param_type = "PropertyName")] property_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FieldValue")] value: JsValue,
    input: Option<InputArg>,
    options: Option<FieldOptionsArg>,
) -> Result<Array, JsValue> {
    let field = text_of(&property_name).and_then(|name| Field::from_name(&name)).ok_or_else(|| {
        type_error("validateField: propertyName must be one of CCBill's field names, e.g. \"cardNumber\"")
    })?;
    let options: Option<JsValue> = options.map(Into::into);
    let call = match options.as_ref().map(|o| get(o, "call")) {
        Some(Ok(name)) if !name.is_undefined() => {
            text_of(&name).and_then(|n| Call::from_name(&n)).ok_or_else(|| {
                type_error("validateField: options.call must name a widget call, e.g. \"createPaymentToken\"")
            })?
        }
        _ => Call::CreatePaymentToken,
    };
    let mut read = match input.map(JsValue::from) {
        Some(obj) if !obj.is_undefined() && !obj.is_null() => read_input(&obj, call)?,
        _ => Read::empty(call),
    };
    read.set(field, to_value(field, &value), &value);
    let options = read_options(options)?;
    let findings = call.findings(&read.input, &options, Some(field));
    to_js(&findings, &read)
}

/// The brand of a card number, whole or partial, or `null`. The value is read as the
/// validators read `cardNumber`: a number as its digits, `null` and `undefined` as no number.
#[wasm_bindgen(js_name = cardBrand, unchecked_return_type = "CardBrand | null")]
pub fn card_brand_js(
    #[wasm_bindgen(js_name = cardNumber, unchecked_param_type = "string | number | null | undefined")]
    card_number: JsValue,
) -> Result<JsValue, JsValue> {
    let Some(number) = card_text("cardBrand", &card_number)? else {
        return Ok(JsValue::NULL);
    };
    let Some(brand) = card_brand(&number) else {
        return Ok(JsValue::NULL);
    };
    let numbers = |ns: &[u8]| ns.iter().map(|n| JsValue::from(*n)).collect::<Array>();
    let out = Object::new();
    set(&out, "brand", &brand.id().into());
    set(&out, "name", &brand.name().into());
    set(&out, "lengths", &numbers(brand.lengths()));
    set(&out, "cvvLength", &brand.cvv_length().into());
    set(&out, "gaps", &numbers(brand.gaps()));
    Ok(out.into())
}

/// Masks a card number for display: `411111******1111` for a complete
/// number, all stars for anything else, `""` for `null` and `undefined`.
#[wasm_bindgen(js_name = maskCardNumber)]
pub fn mask_card_number_js(
    #[wasm_bindgen(js_name = cardNumber, unchecked_param_type = "string | number | null | undefined")]
    card_number: JsValue,
) -> Result<String, JsValue> {
    Ok(card_text("maskCardNumber", &card_number)?.map_or_else(String::new, |n| mask_card_number(&n)))
}

/// A card number argument as text, read as the validators read a field; `None` when absent.
fn card_text(export: &str, value: &JsValue) -> Result<Option<String>, JsValue> {
    match to_value(Field::CardNumber, value) {
        Value::Absent => Ok(None),
        v => text(&v).map(|t| Some(t.into_owned())).map_err(|_| {
            let mut message = String::from(export);
            message.push_str(": cardNumber must be a string or a number");
            type_error(&message)
        }),
    }
}

pub(crate) fn validate_call(call: Call, input: &JsValue, options: Option<JsValue>) -> Result<Array, JsValue> {
    let read = read_input(input, call)?;
    let options = read_options(options)?;
    let findings = call.findings(&read.input, &options, None);
    to_js(&findings, &read)
}

/// The input as the core sees it, plus the JS values as read (an array in
/// `call.fields()` order), for the target.
struct Read {
    call: Call,
    input: Input,
    raw: JsValue,
}

impl Read {
    fn empty(call: Call) -> Self {
        Read { call, input: Input::new(), raw: Array::new_with_length(call.fields().len() as u32).into() }
    }

    /// Sets one field, as `validateField` is given it.
    fn set(&mut self, field: Field, value: Value, raw: &JsValue) {
        self.input.set(field, value);
        if let Some(i) = self.call.fields().iter().position(|f| *f == field) {
            let _ = Reflect::set(&self.raw, &JsValue::from(i as u32), raw);
        }
    }
}

/// Reads the call's fields, and only those, from a JS object: one call into
/// src/boundary.js, which returns them encoded in one string.
fn read_input(obj: &JsValue, call: Call) -> Result<Read, JsValue> {
    if !obj.is_object() {
        return Err(type_error("input must be an object holding the call's arguments and form fields"));
    }
    // readFields catches every throw of the input's own, so an error here is ours: it is thrown
    // (fail closed), never read as an empty input. The same for every broken invariant below.
    let names = NAMES.with(|names| names.get(call as usize).cloned()).ok_or_else(|| internal("no names for a call"))?;
    let pair = read_fields(obj, &names, READ_LIMIT as u32).map_err(|_| internal("readFields threw"))?;
    let encoded = pair.get(0).as_string().ok_or_else(|| internal("readFields returned no string"))?;
    let mut read = Read { call, input: Input::new(), raw: pair.get(1) };
    decode(&encoded, &mut read).ok_or_else(|| internal("readFields' string does not decode"))?;
    Ok(read)
}

/// The input `readFields` (src/boundary.js) encoded as `encoded`, with `raw` its values as read,
/// decoded as the validators decode it: for the boundary's property test (tests/common/wire.rs),
/// which runs the real JS encoder against this decoder. `None` when it does not decode.
#[doc(hidden)]
pub fn decode_fields(call: Call, encoded: &str, raw: JsValue) -> Option<Input> {
    let mut read = Read { call, input: Input::new(), raw };
    decode(encoded, &mut read).map(|()| read.input)
}

/// Decodes `readFields`' string (its grammar: src/boundary.rs), one entry per field. Numbers and
/// lists are read from the raw values: exactly, and rarely. `None` when the string does not hold
/// exactly one entry per field.
fn decode(encoded: &str, read: &mut Read) -> Option<()> {
    let mut rest = encoded;
    for (i, field) in read.call.fields().iter().enumerate() {
        let raw = || Reflect::get(&read.raw, &JsValue::from(i as u32)).unwrap_or(JsValue::UNDEFINED);
        let (entry, after) = boundary::next(rest)?;
        rest = after;
        let value = match entry {
            Entry::Text(text) => Value::Text(text.to_owned()),
            Entry::Bool(b) => Value::Bool(b),
            Entry::Number => raw().as_f64().map_or(Value::Other, Value::Number),
            Entry::List => to_value(*field, &raw()),
            Entry::Absent => Value::Absent,
            Entry::Other => Value::Other,
        };
        read.input.set(*field, value);
    }
    rest.is_empty().then_some(())
}

fn to_value(field: Field, v: &JsValue) -> Value {
    if v.is_undefined() || v.is_null() {
        Value::Absent
    } else if let Some(s) = text_of(v) {
        Value::Text(s)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if field == Field::PassThroughInfo && is_array(v).unwrap_or(false) {
        // The one field that holds a list: `[{ name, value }, ...]`, read no deeper than that.
        list(v)
    } else {
        Value::Other
    }
}

/// An array's items, read one by one through `Reflect` (getters may throw).
fn list(v: &JsValue) -> Value {
    let len = get(v, "length").ok().and_then(|l| l.as_f64()).unwrap_or(f64::NAN);
    if !(0.0..=f64::from(MAX_LIST)).contains(&len) {
        return Value::Other;
    }
    let items = (0..len as u32).map(|i| Reflect::get(v, &JsValue::from(i)).map_or(Value::Other, |item| pair(&item)));
    Value::List(items.collect())
}

/// `{ name, value }` as the core sees it; anything else is `Other`.
fn pair(item: &JsValue) -> Value {
    if !item.is_object() {
        return Value::Other;
    }
    let entry = |key: &'static str| match get(item, key) {
        Ok(v) if v.is_undefined() || v.is_null() => Value::Absent,
        Ok(v) => text_of(&v).map(Value::Text).or_else(|| v.as_f64().map(Value::Number)).unwrap_or(Value::Other),
        Err(_) => Value::Other,
    };
    Value::Map(vec![("name".into(), entry("name")), ("value".into(), entry("value"))])
}

fn read_options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(Options::new());
    };
    if !options.is_object() {
        return Err(type_error("options must be an object: { locale?, now?, version? }"));
    }
    // `locale` is read by the JS layer, which words the findings (pkg-template/messages.js);
    // the core's own locale is unused here.
    let now = get(&options, "now").unwrap_or(JsValue::UNDEFINED);
    // The clock is read (a call into JS) only when the caller gave no `now`.
    let now_ms = if now.is_undefined() {
        Date::now()
    } else {
        // Cheap checks first: a caught exception (a non-Date given to getTime) costs microseconds.
        let ms = if let Some(ms) = now.as_f64() {
            ms
        } else if let Some(s) = text_of(&now) {
            Date::parse(&s)
        } else {
            date_time(&now).unwrap_or(f64::NAN)
        };
        if !ms.is_finite() {
            return Err(type_error("options.now must be a valid Date, date string or time value"));
        }
        ms
    };
    let version =
        match get(&options, "version").unwrap_or(JsValue::UNDEFINED) {
            v if v.is_undefined() || v.is_null() => None,
            v => v.as_string().and_then(|t| WidgetVersion::parse(&t)).map(Some).ok_or_else(|| {
                type_error("options.version must be a widget version such as \"1.13.1\" or \"v1.2.2\"")
            })?,
        };
    Ok(Options { locale: Locale::En, now_ms, version })
}

/// The findings as the widget shapes its violations, sharing one masked target, and without
/// their wording (the JS layer words them): one JSON text (grammar: src/boundary.rs) into
/// src/boundary.js. A failure there is thrown, never read as "no violations".
fn to_js(findings: &[Finding], read: &Read) -> Result<Array, JsValue> {
    if findings.is_empty() {
        return Ok(Array::new());
    }
    let mut encoded = String::with_capacity(findings.len() * 48);
    write_findings(&mut encoded, findings);
    let fields = read.call.fields();
    let position = |field| fields.iter().position(|f| *f == field).map_or(-1, |i| i as i32);
    let masked = masked_card(read.input.get(Field::CardNumber));
    let names =
        NAMES.with(|names| names.get(read.call as usize).cloned()).ok_or_else(|| internal("no names for a call"))?;
    build_violations(&encoded, &names, &read.raw, position(Field::CardNumber), masked, position(Field::Cvv2))
        .map_err(|_| internal("buildViolations threw"))
}

/// A JS string value as text, cut as the rules read it ([`READ_LIMIT`]) before it is copied
/// into the module: a 1 MB field costs no more than a 1 KB one. `None` for anything else
/// (a `String` object included, as before).
fn text_of(v: &JsValue) -> Option<String> {
    let s = v.dyn_ref::<JsString>()?;
    if s.length() as usize <= READ_LIMIT {
        return s.as_string();
    }
    let s = s.trim_start();
    if s.length() as usize <= READ_LIMIT {
        return s.as_string();
    }
    s.slice(0, READ_LIMIT as u32 + 1).as_string()
}

thread_local! {
    /// Per call, its fields' names as a JS array (made once: a JS string per
    /// name per call cost more than the rules did).
    static NAMES: Vec<JsValue> = Call::ALL
        .iter()
        .map(|call| call.fields().iter().map(|f| JsValue::from_str(f.name())).collect::<Array>().into())
        .collect();
}

fn get(obj: &JsValue, word: &'static str) -> Result<JsValue, JsValue> {
    with_word(word, |key| Reflect::get(obj, key))
}

fn set(obj: &Object, word: &'static str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = with_word(word, |key| Reflect::set(obj, key, value));
}

/// The property names read or written one by one (the fields go through src/boundary.js).
const WORDS: [&str; 10] =
    ["now", "version", "call", "name", "value", "length", "brand", "lengths", "cvvLength", "gaps"];

thread_local! {
    /// The words as JS strings, made once.
    static KEYS: Vec<JsValue> = WORDS.iter().map(|w| JsValue::from_str(w)).collect();
}

fn with_word<T>(word: &'static str, f: impl FnOnce(&JsValue) -> T) -> T {
    // `with` fails only during thread teardown, which never comes on wasm32's one thread.
    KEYS.with(|keys| match WORDS.iter().position(|w| *w == word).and_then(|i| keys.get(i)) {
        Some(js) => f(js),
        None => f(&JsValue::from_str(word)),
    })
}

fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}

/// A broken invariant of our own: thrown as an `Error` (never a `TypeError`, which means the
/// caller's mistake), so that no bug reads as "valid". `guard()` lets the widget decide then.
fn internal(what: &str) -> JsValue {
    let mut message = String::from("ccbill-validate: internal error: ");
    message.push_str(what);
    Error::new(&message).into()
}
