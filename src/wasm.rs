//! The `#[wasm_bindgen]` layer: JS values in, JS violation objects out.
//! Thin on purpose; every rule lives in the pure core.

use js_sys::{Array, Date, Object, Reflect, TypeError};

use wasm_bindgen::prelude::*;

use crate::calls::Call;
use crate::input::{Field, Input, Value};
use crate::options::{Locale, Options, WidgetVersion};
use crate::rules::brand::card_brand;
use crate::violation::{mask_card_number, masked_card, Code, Finding};

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
    fn read_fields(input: &JsValue, names: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(catch, js_name = buildViolations)]
    #[allow(clippy::too_many_arguments)]
    fn build_violations(
        encoded: &str,
        names: &JsValue,
        codes: &JsValue,
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
        _ => Read::empty(call),
    };
    read.set(field, to_value(field, &value), &value);
    let options = read_options(options)?;
    let findings = call.findings(&read.input, &options, Some(field));
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

pub(crate) fn validate_call(call: Call, input: &JsValue, options: Option<JsValue>) -> Result<Array, JsValue> {
    let read = read_input(input, call)?;
    let options = read_options(options)?;
    let findings = call.findings(&read.input, &options, None);
    Ok(to_js(&findings, &read, options.locale))
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
    let pair = NAMES.with(|names| names.get(call as usize).map(|names| read_fields(obj, names)));
    let Some(Ok(pair)) = pair else { return Ok(Read::empty(call)) };
    let raw = pair.get(1);
    let encoded = pair.get(0).as_string().unwrap_or_default();
    let mut read = Read { call, input: Input::new(), raw };
    decode(&encoded, &mut read);
    Ok(read)
}

/// Decodes `readFields`' string: per field a kind, and for text `<UTF-16 length>:<text>`.
/// Numbers and lists are read from the raw values: exactly, and rarely.
fn decode(encoded: &str, read: &mut Read) {
    let mut rest = encoded;
    for (i, field) in read.call.fields().iter().enumerate() {
        let raw = || Reflect::get(&read.raw, &JsValue::from(i as u32)).unwrap_or(JsValue::UNDEFINED);
        let Some(kind) = rest.chars().next() else { break };
        rest = rest.get(1..).unwrap_or_default();
        let value = match kind {
            't' => {
                let (text, after) = take_text(rest);
                rest = after;
                Value::Text(text.to_owned())
            }
            'y' => Value::Bool(true),
            'n' => Value::Bool(false),
            '#' => raw().as_f64().map_or(Value::Other, Value::Number),
            'l' => to_value(*field, &raw()),
            'a' => Value::Absent,
            _ => Value::Other,
        };
        read.input.set(*field, value);
    }
}

/// Splits `<UTF-16 length>:<text><rest>` into the text and the rest, in one pass over the
/// text (ASCII, the common case, is one unit per byte).
fn take_text(s: &str) -> (&str, &str) {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let units = s.get(..digits).and_then(|d| d.parse::<usize>().ok()).unwrap_or(0);
    let body = s.get(digits + 1..).unwrap_or_default();
    let mut taken = 0;
    let mut end = body.len();
    for (at, c) in body.char_indices() {
        if taken >= units {
            end = at;
            break;
        }
        taken += c.len_utf16();
    }
    (body.get(..end).unwrap_or_default(), body.get(end..).unwrap_or_default())
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
        Ok(v) => v.as_string().map(Value::Text).or_else(|| v.as_f64().map(Value::Number)).unwrap_or(Value::Other),
        Err(_) => Value::Other,
    };
    Value::Map(vec![("name".into(), entry("name")), ("value".into(), entry("value"))])
}

fn read_options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(Options::new());
    };
    if !options.is_object() {
        return Err(type_error("options must be an object: { locale?, now? }"));
    }
    let locale = get(&options, "locale").ok().and_then(|l| l.as_string()).map_or(Locale::En, |t| Locale::from_tag(&t));
    let now = get(&options, "now").unwrap_or(JsValue::UNDEFINED);
    // The clock is read (a call into JS) only when the caller gave no `now`.
    let now_ms = if now.is_undefined() {
        Date::now()
    } else {
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
        ms
    };
    let version = match get(&options, "version").unwrap_or(JsValue::UNDEFINED) {
        v if v.is_undefined() || v.is_null() => WidgetVersion::default(),
        v => v
            .as_string()
            .and_then(|t| WidgetVersion::parse(&t))
            .ok_or_else(|| type_error("options.version must be a widget version such as \"1.13.1\" or \"v1.2.2\""))?,
    };
    Ok(Options { locale, now_ms, version })
}

/// The violations as the widget shapes them, sharing one masked target: one
/// call into src/boundary.js with every message in one string.
fn to_js(findings: &[Finding], read: &Read, locale: Locale) -> Array {
    if findings.is_empty() {
        return Array::new();
    }
    let fields = read.call.fields();
    let index = |field: Field| fields.iter().position(|f| *f == field);
    let mut encoded = String::with_capacity(findings.len() * 80);
    for (n, finding) in findings.iter().enumerate() {
        if n > 0 {
            encoded.push('\u{1}');
        }
        let code = Code::ALL.iter().position(|c| *c == finding.reason.code()).unwrap_or_default();
        encoded.push_str(&index(finding.field).unwrap_or_default().to_string());
        encoded.push(',');
        encoded.push_str(&code.to_string());
        encoded.push(',');
        finding.write_message(&mut encoded, locale);
    }
    let masked = masked_card(read.input.get(Field::CardNumber));
    let position = |field| index(field).map_or(-1, |i| i as i32);
    let built = NAMES.with(|names| {
        let names = names.get(read.call as usize)?;
        CODES.with(|codes| {
            build_violations(
                &encoded,
                names,
                codes,
                &read.raw,
                position(Field::CardNumber),
                masked,
                position(Field::Cvv2),
            )
            .ok()
        })
    });
    built.unwrap_or_default()
}

thread_local! {
    /// Per call, its fields' names as a JS array (made once: a JS string per
    /// name per call cost more than the rules did).
    static NAMES: Vec<JsValue> = Call::ALL
        .iter()
        .map(|call| call.fields().iter().map(|f| JsValue::from_str(f.name())).collect::<Array>().into())
        .collect();
    /// The codes as a JS array, in `Code::ALL` order.
    static CODES: JsValue = Code::ALL.iter().map(|c| JsValue::from_str(c.as_str())).collect::<Array>().into();
}

fn get(obj: &JsValue, word: &'static str) -> Result<JsValue, JsValue> {
    with_word(word, |key| Reflect::get(obj, key))
}

fn set(obj: &Object, word: &'static str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = with_word(word, |key| Reflect::set(obj, key, value));
}

/// The property names read or written one by one (the fields go through src/boundary.js).
const WORDS: [&str; 11] =
    ["locale", "now", "version", "call", "name", "value", "length", "brand", "lengths", "cvvLength", "gaps"];

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
