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
    let field = property_name.as_string().and_then(|name| Field::from_name(&name)).ok_or_else(|| {
        type_error("validateField: propertyName must be one of CCBill's field names, e.g. \"cardNumber\"")
    })?;
    let options: Option<JsValue> = options.map(Into::into);
    let call = match options.as_ref().map(|o| get(o, Key::Word("call"))) {
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
    read.set(field, to_value(field, &value), Some(value));
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
    set(&out, Key::Word("brand"), &brand.id().into());
    set(&out, Key::Word("name"), &brand.name().into());
    set(&out, Key::Word("lengths"), &numbers(brand.lengths()));
    set(&out, Key::Word("cvvLength"), &brand.cvv_length().into());
    set(&out, Key::Word("gaps"), &numbers(brand.gaps()));
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

/// The input as the core sees it, plus the raw JS values of the call's fields
/// (in `call.fields()` order) for the target.
struct Read {
    call: Call,
    input: Input,
    raw: Vec<Option<JsValue>>,
}

impl Read {
    fn new(call: Call) -> Self {
        Read { call, input: Input::new(), raw: call.fields().iter().map(|_| None).collect() }
    }

    fn set(&mut self, field: Field, value: Value, raw: Option<JsValue>) {
        self.input.set(field, value);
        if let Some(slot) = self.call.fields().iter().position(|f| *f == field).and_then(|i| self.raw.get_mut(i)) {
            *slot = raw;
        }
    }
}

/// Reads the call's fields, and only those, from a JS object.
fn read_input(obj: &JsValue, call: Call) -> Result<Read, JsValue> {
    if !obj.is_object() {
        return Err(type_error("input must be an object holding the call's arguments and form fields"));
    }
    let mut read = Read::new(call);
    for (field, slot) in call.fields().iter().zip(read.raw.iter_mut()) {
        // A getter that throws gives a value we cannot read: `Other`, never an exception.
        let value = match with_key(Key::Field(*field), |key| Reflect::get(obj, key)) {
            Ok(raw) if raw.is_undefined() => Value::Absent,
            Ok(raw) => {
                let value = to_value(*field, &raw);
                *slot = Some(raw);
                value
            }
            Err(_) => Value::Other,
        };
        read.input.set(*field, value);
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
    } else if field == Field::PassThroughInfo && is_array(v).unwrap_or(false) {
        // The one field that holds a list: `[{ name, value }, ...]`, read no deeper than that.
        list(v)
    } else {
        Value::Other
    }
}

/// An array's items, read one by one through `Reflect` (getters may throw).
fn list(v: &JsValue) -> Value {
    let len = get(v, Key::Word("length")).ok().and_then(|l| l.as_f64()).unwrap_or(f64::NAN);
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
    let entry = |key: &'static str| match get(item, Key::Word(key)) {
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
    if let Some(tag) = get(&options, Key::Word("locale")).ok().and_then(|l| l.as_string()) {
        out = out.locale(Locale::from_tag(&tag));
    }
    let now = get(&options, Key::Word("now")).unwrap_or(JsValue::UNDEFINED);
    if !now.is_undefined() {
        // Cheap checks first: a caught exception (a non-Date given to getTime) costs microseconds.
        let ms = if let Some(ms) = now.as_f64() {
            ms
        } else if let Some(s) = now.as_string() {
            Date::parse(&s)
        } else {
            date_time(&now).unwrap_or(f64::NAN)
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
        set(&v, Key::Word("target"), &target);
        set(&v, Key::Word("message"), &JsValue::from_str(&finding.message(locale)));
        set(&v, Key::Word("propertyName"), &JsValue::from_str(finding.field.name()));
        set(&v, Key::Word("code"), &JsValue::from_str(finding.reason.code().as_str()));
        out.push(&v);
    }
    out
}

/// A copy of the fields read, with `cardNumber` masked and `cvv2` left out.
fn target(read: &Read) -> Object {
    let target = Object::new();
    for (field, raw) in read.call.fields().iter().zip(&read.raw) {
        let value = match field {
            Field::Cvv2 => continue,
            Field::CardNumber => match read.input.get(Field::CardNumber) {
                Value::Text(s) => JsValue::from_str(&mask_card_number(s)),
                Value::Number(n) => JsValue::from_str(&mask_card_number(&number_text(*n))),
                // Not text: nothing we could mask, so nothing is copied.
                _ => continue,
            },
            _ => match raw {
                Some(raw) => raw.clone(),
                None => continue,
            },
        };
        set(&target, Key::Field(*field), &value);
    }
    target
}

fn get(obj: &JsValue, key: Key) -> Result<JsValue, JsValue> {
    with_key(key, |key| Reflect::get(obj, key))
}

fn set(obj: &Object, key: Key, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = with_key(key, |key| Reflect::set(obj, key, value));
}

/// A property name the boundary reads or writes: a field, or one of a few words.
#[derive(Clone, Copy)]
enum Key {
    Field(Field),
    Word(&'static str),
}

/// The words, by index in the key cache after the field names.
const WORDS: [&str; 13] = [
    "target",
    "message",
    "propertyName",
    "code",
    "locale",
    "now",
    "call",
    "name",
    "value",
    "length",
    "brand",
    "lengths",
    "cvvLength",
];

impl Key {
    fn index(self) -> Option<usize> {
        match self {
            Key::Field(f) => Some(f as usize),
            Key::Word(w) => WORDS.iter().position(|x| *x == w).map(|i| Field::ALL.len() + i),
        }
    }

    fn text(self) -> &'static str {
        match self {
            Key::Field(f) => f.name(),
            Key::Word(w) => w,
        }
    }
}

thread_local! {
    /// Property names as JS strings, made once on first use: turning a Rust
    /// string into a JS string on every read cost more than the rules did.
    static KEYS: Vec<JsValue> =
        Field::ALL.iter().map(|f| f.name()).chain(WORDS).map(JsValue::from_str).collect();
}

fn with_key<T>(key: Key, f: impl FnOnce(&JsValue) -> T) -> T {
    // `with` fails only during thread teardown, which never comes on wasm32's one thread.
    KEYS.with(|keys| match key.index().and_then(|i| keys.get(i)) {
        Some(js) => f(js),
        None => f(&JsValue::from_str(key.text())),
    })
}

fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}
