//! The `#[wasm_bindgen]` layer: JS values in, JS violation objects out.
//! Thin on purpose; every rule lives in the pure core.

use js_sys::{Array, Date, Object, Reflect, TypeError};
use wasm_bindgen::prelude::*;

use crate::calls::Call;
use crate::input::{Field, Input, Value};
use crate::options::{Locale, Options};
use crate::rules::brand::card_brand;
use crate::rules::text::number_text;
use crate::violation::{mask_card_number, Finding};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

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
    let field = property_name.as_string().and_then(|name| Field::from_name(&name)).ok_or_else(|| {
        type_error("validateField: propertyName must be one of CCBill's field names, e.g. \"cardNumber\"")
    })?;
    let options: Option<JsValue> = options.map(Into::into);
    let call = match options.as_ref().map(|o| get(o, "call")) {
        Some(Ok(name)) if !name.is_undefined() => {
            name.as_string().and_then(|n| Call::from_name(&n)).ok_or_else(|| {
                type_error("validateField: options.call must name a widget call, e.g. \"createPaymentToken\"")
            })?
        }
        _ => Call::CreatePaymentToken,
    };
    let mut read = match input.map(JsValue::from) {
        Some(obj) if !obj.is_undefined() && !obj.is_null() => read_input(&obj, call)?,
        _ => Read::new(call),
    };
    read.input.set(field, to_value(field, &value));
    if let Some(slot) = read.raw.get_mut(field as usize) {
        *slot = value;
    }
    let options = read_options(options)?;
    let findings = call.findings(&read.input, options.now_ms, Some(field));
    Ok(to_js(&findings, &read, options.locale))
}

/// The brand of a card number, whole or partial, or `null`.
#[wasm_bindgen(js_name = cardBrand, unchecked_return_type = "CardBrand | null")]
pub fn card_brand_js(#[wasm_bindgen(js_name = cardNumber)] card_number: &str) -> JsValue {
    let Some(brand) = card_brand(card_number) else {
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

/// Masks a card number for display: `411111******1111` for a complete
/// number, all stars for anything else.
#[wasm_bindgen(js_name = maskCardNumber)]
pub fn mask_card_number_js(#[wasm_bindgen(js_name = cardNumber)] card_number: &str) -> String {
    mask_card_number(card_number)
}

fn validate_call(call: Call, input: &JsValue, options: Option<JsValue>) -> Result<Array, JsValue> {
    let read = read_input(input, call)?;
    let options = read_options(options)?;
    let findings = call.findings(&read.input, options.now_ms, None);
    Ok(to_js(&findings, &read, options.locale))
}

/// The input as the core sees it, plus the raw JS values for the target.
struct Read {
    call: Call,
    input: Input,
    raw: Vec<JsValue>,
}

impl Read {
    fn new(call: Call) -> Self {
        Read { call, input: Input::new(), raw: vec![JsValue::UNDEFINED; Field::ALL.len()] }
    }
}

/// Reads the call's fields, and only those, from a JS object.
fn read_input(obj: &JsValue, call: Call) -> Result<Read, JsValue> {
    if !obj.is_object() {
        return Err(type_error("input must be an object holding the call's arguments and form fields"));
    }
    let mut read = Read::new(call);
    for field in call.fields() {
        // A getter that throws gives a value we cannot read: `Other`, never an exception.
        let (value, raw) = match get(obj, field.name()) {
            Ok(raw) => (to_value(*field, &raw), raw),
            Err(_) => (Value::Other, JsValue::UNDEFINED),
        };
        read.input.set(*field, value);
        if let Some(slot) = read.raw.get_mut(*field as usize) {
            *slot = raw;
        }
    }
    Ok(read)
}

fn to_value(field: Field, v: &JsValue) -> Value {
    if v.is_undefined() || v.is_null() {
        Value::Absent
    } else if let Some(s) = v.as_string() {
        Value::Text(s)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if field == Field::PassThroughInfo && Array::is_array(v) {
        // The one field that holds a list: `[{ name, value }, ...]`, read no deeper than that.
        Value::List(Array::from(v).iter().map(|item| pair(&item)).collect())
    } else {
        Value::Other
    }
}

/// `{ name, value }` as the core sees it; anything else is `Other`.
fn pair(item: &JsValue) -> Value {
    if !item.is_object() {
        return Value::Other;
    }
    let entry = |key: &str| match get(item, key) {
        Ok(v) if v.is_undefined() || v.is_null() => Value::Absent,
        Ok(v) => v.as_string().map(Value::Text).or_else(|| v.as_f64().map(Value::Number)).unwrap_or(Value::Other),
        Err(_) => Value::Other,
    };
    Value::Map(vec![("name".into(), entry("name")), ("value".into(), entry("value"))])
}

fn read_options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let mut out = Options::new();
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(out);
    };
    if !options.is_object() {
        return Err(type_error("options must be an object: { locale?, now? }"));
    }
    if let Some(tag) = get(&options, "locale").ok().and_then(|l| l.as_string()) {
        out = out.locale(Locale::from_tag(&tag));
    }
    let now = get(&options, "now").unwrap_or(JsValue::UNDEFINED);
    if !now.is_undefined() {
        let ms = if let Some(date) = now.dyn_ref::<Date>() {
            date.get_time()
        } else if let Some(s) = now.as_string() {
            Date::parse(&s)
        } else {
            now.as_f64().unwrap_or(f64::NAN)
        };
        if !ms.is_finite() {
            return Err(type_error("options.now must be a valid Date, date string or time value"));
        }
        out = out.now_unix_ms(ms);
    }
    Ok(out)
}

/// The violations as the widget shapes them, sharing one masked target.
fn to_js(findings: &[Finding], read: &Read, locale: Locale) -> Array {
    let out = Array::new();
    if findings.is_empty() {
        return out;
    }
    let target = target(read);
    for finding in findings {
        let v = Object::new();
        set(&v, "target", &target);
        set(&v, "message", &JsValue::from_str(&finding.message(locale)));
        set(&v, "propertyName", &JsValue::from_str(finding.field.name()));
        set(&v, "code", &JsValue::from_str(finding.reason.code().as_str()));
        out.push(&v);
    }
    out
}

/// A copy of the fields read, with `cardNumber` masked and `cvv2` left out.
fn target(read: &Read) -> Object {
    let target = Object::new();
    for field in read.call.fields() {
        let Some(raw) = read.raw.get(*field as usize) else { continue };
        let value = match field {
            Field::Cvv2 => continue,
            Field::CardNumber => match read.input.get(Field::CardNumber) {
                Value::Text(s) => JsValue::from_str(&mask_card_number(s)),
                Value::Number(n) => JsValue::from_str(&mask_card_number(&number_text(*n))),
                // Not text: nothing we could mask, so nothing is copied.
                _ => continue,
            },
            _ if raw.is_undefined() => continue,
            _ => raw.clone(),
        };
        set(&target, field.name(), &value);
    }
    target
}

fn get(obj: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}
