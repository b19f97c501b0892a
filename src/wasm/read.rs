//! JS values as the core reads them. One reader for every value: a call's fields, one field's
//! value (`validateField`, the card exports) and nothing else go through src/boundary.js's
//! `readFields`, which classifies each value once and hands the text over in one string.

use crate::local::local;
use js_sys::{Array, Date, JsString, Reflect};
use wasm_bindgen::prelude::*;

use super::js::{get, internal, type_error};
use crate::boundary::{self, Entry};
use crate::calls::Call;
use crate::input::{Field, Input, Value, READ_LIMIT};
use crate::options::{Locale, Options, WidgetVersion};
use crate::rules::text::text;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;

// The JS half of the boundary (src/boundary.js): a call's fields come in in one crossing.
#[wasm_bindgen(module = "/src/boundary.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readFields)]
    fn read_fields(input: &JsValue, names: &JsValue, limit: u32) -> Result<Array, JsValue>;
}

// A JS built-in that throws on a value that is no Date, imported with `catch` so that a throw
// becomes an `Err`, never an exception through the module.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["Date", "prototype", "getTime"], js_name = call)]
    fn date_time(date: &JsValue) -> Result<f64, JsValue>;
}

/// The most items of `passThroughInfo` read: CCBill's lists are short, and a longer one is not a
/// list we would pass on.
const MAX_LIST: u32 = 1000;

local! {
    /// Per call, its fields' names in its input as a JS array (made once: a JS string per name per
    /// call cost more than the rules did). A token body's are paths (`customerInfo.zipcode`),
    /// which validate.js reads from the nested body.
    static NAMES: Vec<JsValue> = Call::ALL
        .iter()
        .map(|call| call.fields().iter().map(|f| JsValue::from_str(call.path(*f))).collect::<Array>().into())
        .collect();
}

local! {
    /// `["0"]`: the name under which one value is read, as the one item of an array.
    static ONE: JsValue = Array::of1(&JsValue::from_str("0")).into();
}

local! {
    /// The calls' names as a JS array, in `Call::ALL` order: a name is found with one `indexOf`,
    /// never copied into the module (every validator call names its call).
    static CALL_NAMES: Array = Call::ALL.iter().map(|c| JsValue::from_str(c.name())).collect();
}

/// A call's input as the core sees it, and its JS values as read (an array in `call.fields()`
/// order), for the violations' target.
pub(super) struct CallInput {
    pub(super) call: Call,
    pub(super) input: Box<Input>,
    pub(super) raw: JsValue,
}

local! {
    /// Per call (in [`Call::ALL`] order), the input its last `validateRead` decoded into, given
    /// back by [`recycle`]: the next read of that call writes its texts into the same `String`s,
    /// so a form costs no allocation per field. Per call, so that a field another call holds is
    /// never left set: each read sets every field of its call.
    static SPARE: RefCell<Vec<Option<Box<Input>>>> = RefCell::new(Call::ALL.iter().map(|_| None).collect());
}

/// An input for `call` to decode into: its spare, or a new one.
fn spare(call: Call) -> Box<Input> {
    let taken = SPARE.with(|spare| spare.try_borrow_mut().ok().and_then(|mut s| s.get_mut(call as usize)?.take()));
    taken.unwrap_or_default()
}

/// Keeps a `validateRead` input as its call's spare (see [`SPARE`]).
pub(super) fn recycle(read: CallInput) {
    SPARE.with(|spare| {
        if let Some(slot) = spare.try_borrow_mut().ok().as_mut().and_then(|s| s.get_mut(read.call as usize)) {
            *slot = Some(read.input);
        }
    });
}

impl CallInput {
    /// Reads the call's fields, and only those, from a JS object, in one call into boundary.js.
    pub(super) fn read(call: Call, obj: &JsValue) -> Result<Self, JsValue> {
        if !obj.is_object() {
            return Err(type_error("input must be an object holding the call's arguments and form fields"));
        }
        Self::decoded(call, obj, &names(call)?)
    }

    /// [`CallInput::read`], or no fields at all for `undefined` and `null`.
    pub(super) fn read_or_empty(call: Call, obj: Option<JsValue>) -> Result<Self, JsValue> {
        match obj {
            Some(obj) if !obj.is_undefined() && !obj.is_null() => Self::read(call, &obj),
            _ => Ok(CallInput {
                call,
                input: Box::default(),
                raw: Array::new_with_length(call.fields().len() as u32).into(),
            }),
        }
    }

    /// Sets one field to a JS value, read as the call's fields are read.
    pub(super) fn set(&mut self, field: Field, value: &JsValue) {
        self.input.set(field, one(field, value));
        if let Some(i) = self.call.fields().iter().position(|f| *f == field) {
            let _ = Reflect::set(&self.raw, &JsValue::from(i as u32), value);
        }
    }

    /// The call's field names, as boundary.js reads them.
    pub(super) fn names(&self) -> Result<JsValue, JsValue> {
        names(self.call)
    }

    /// `readFields` over `obj` with these names, decoded as the call's fields.
    fn decoded(call: Call, obj: &JsValue, names: &JsValue) -> Result<Self, JsValue> {
        // readFields catches every throw of the input's own, so an error here is ours: it is
        // thrown (fail closed), never read as an empty input. The same for every broken invariant.
        let pair = read_fields(obj, names, READ_LIMIT as u32).map_err(|_| internal("readFields threw"))?;
        let encoded = pair.get(0).as_string().ok_or_else(|| internal("readFields returned no string"))?;
        Self::from_encoded(call, &encoded, None, pair.get(1), Box::default())
    }

    /// The call's fields from `readFields`' string (and its numbers, when read in JS), with the
    /// values as read; a string that does not decode is our bug, thrown.
    fn from_encoded(
        call: Call,
        encoded: &str,
        numbers: Option<&[u8]>,
        raw: JsValue,
        input: Box<Input>,
    ) -> Result<Self, JsValue> {
        let mut read = CallInput { call, input, raw };
        decode(encoded, call.fields(), &read.raw, numbers, &mut read.input)
            .ok_or_else(|| internal("readFields' string does not decode"))?;
        Ok(read)
    }
}

fn names(call: Call) -> Result<JsValue, JsValue> {
    NAMES.with(|names| names.get(call as usize).cloned()).ok_or_else(|| internal("no names for a call"))
}

/// One value, read by the same `readFields` as a call's fields (as the one item of an array).
fn one(field: Field, value: &JsValue) -> Value {
    let holder: JsValue = Array::of1(value).into();
    let Ok(pair) = ONE.with(|one| read_fields(&holder, one, READ_LIMIT as u32)) else {
        return Value::Other;
    };
    let mut input = Input::new();
    match pair.get(0).as_string() {
        Some(encoded) if decode(&encoded, &[field], &pair.get(1), None, &mut input).is_some() => {
            input.get(field).clone()
        }
        _ => Value::Other,
    }
}

/// The input `readFields` (src/boundary.js) encoded as `encoded`, with `raw` its values as read,
/// decoded as the validators decode it: for the boundary's property test (tests/common/wire.rs),
/// which runs the real JS encoder against this decoder. `None` when it does not decode.
#[doc(hidden)]
pub fn decode_fields(call: Call, encoded: &str, raw: JsValue) -> Option<Input> {
    let mut input = Input::new();
    decode(encoded, call.fields(), &raw, None, &mut input).map(|()| input)
}

/// Decodes `readFields`' string (its grammar: src/boundary.rs), one entry per field. Numbers come
/// from `numbers` (f64s, little-endian) when the caller read them in JS (in field order), else
/// from the raw values, as lists do: exactly, and rarely. `None` when the string does not hold
/// exactly one entry per field (or one number per `#`).
fn decode(encoded: &str, fields: &[Field], raw: &JsValue, numbers: Option<&[u8]>, input: &mut Input) -> Option<()> {
    let mut rest = encoded;
    let mut numbers = numbers.map(|n| n.chunks_exact(8).map(|n| f64::from_le_bytes(n.try_into().unwrap_or([0; 8]))));
    for (i, field) in fields.iter().enumerate() {
        let raw = || Reflect::get(raw, &JsValue::from(i as u32)).unwrap_or(JsValue::UNDEFINED);
        let (entry, after) = boundary::next(rest)?;
        rest = after;
        let value = match entry {
            Entry::Text(text) => {
                input.set_text(*field, text);
                continue;
            }
            Entry::Bool(b) => Value::Bool(b),
            Entry::Number => match numbers.as_mut() {
                Some(numbers) => Value::Number(numbers.next()?),
                None => raw().as_f64().map_or(Value::Other, Value::Number),
            },
            // The one field that holds a list: `[{ name, value }, ...]`, read no deeper than that.
            Entry::List if *field == Field::PassThroughInfo => list(&raw()),
            Entry::List | Entry::Other => Value::Other,
            Entry::Absent => Value::Absent,
        };
        input.set(*field, value);
    }
    (rest.is_empty() && numbers.is_none_or(|mut n| n.next().is_none())).then_some(())
}

/// What `readFields` needs to read a call in JS: the calls' names (in [`Call::ALL`] order), each
/// call's field names in the order [`read_in_js`] decodes them, and [`READ_LIMIT`]. The module's
/// own arrays: the page layer restates none of it.
pub(super) fn reads() -> Array {
    let fields: Array = NAMES.with(|names| names.iter().collect());
    let names = CALL_NAMES.with(|names| names.clone());
    // Per call whose input names differ from its fields' (the token bodies), the fields' own
    // names, which the module's findings and the wording use; `undefined` for every other call.
    let own: Array = Call::ALL
        .iter()
        .map(|call| match call.fields().iter().any(|f| call.path(*f) != f.name()) {
            true => call.fields().iter().map(|f| JsValue::from_str(f.name())).collect::<Array>().into(),
            false => JsValue::UNDEFINED,
        })
        .collect();
    Array::of4(&names, &fields, &JsValue::from(READ_LIMIT as u32), &own)
}

local! {
    /// Where the JS half writes a `validateRead` input (see [`room`]).
    static ROOM: RefCell<Vec<u8>> = RefCell::new(Vec::new());
}

/// The room's address, grown to at least `len` bytes; 0 if it is in use (never: nothing reads it
/// but `validateRead`, which calls nothing that writes it), which the JS half takes as "no room".
/// Only what the JS half says it wrote is read, and checked as UTF-8, so a bug on the JS side is
/// an error, never undefined behaviour.
pub(super) fn room(len: usize) -> u32 {
    ROOM.with(|room| match room.try_borrow_mut() {
        Ok(mut room) => {
            if room.len() < len {
                room.resize(len, 0);
            }
            room.as_mut_ptr() as u32
        }
        Err(_) => 0,
    })
}

/// A call's input as `readFields` read it in JS (pkg-template/validate.js): `index` in
/// [`Call::ALL`] (the order of facts.js `CALLS`), and the room's `bytes` bytes of the string
/// followed by its `numbers` f64s.
pub(super) fn read_in_room(index: u32, numbers: u32, bytes: u32, raw: JsValue) -> Result<CallInput, JsValue> {
    let call = Call::ALL.get(index as usize).copied().ok_or_else(|| internal("no call at this index"))?;
    let input = spare(call);
    ROOM.with(|room| {
        let room = room.try_borrow().map_err(|_| internal("the room is in use"))?;
        let end = bytes as usize + numbers as usize * 8;
        let (text, numbers) = room.get(..end).ok_or_else(|| internal("past the room"))?.split_at(bytes as usize);
        let encoded = core::str::from_utf8(text).map_err(|_| internal("the room holds no UTF-8"))?;
        CallInput::from_encoded(call, encoded, Some(numbers), raw, input)
    })
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

/// The call a JS value names (a `CallName`); a `TypeError` saying `what` must be one otherwise.
pub(super) fn call(name: &JsValue, what: &str) -> Result<Call, JsValue> {
    let index = CALL_NAMES.with(|names| names.index_of(name, 0));
    usize::try_from(index).ok().and_then(|i| Call::ALL.get(i).copied()).ok_or_else(|| {
        let mut message = String::from(what);
        message.push_str(" must name one of the calls, e.g. \"createPaymentToken\"");
        type_error(&message)
    })
}

/// `validateField`'s field, its call (`options.call`, by default [`Call::DEFAULT`]), and whether
/// the customer is typing in it (`options.typing === true`).
pub(super) fn field_options(name: &JsValue, options: Option<&JsValue>) -> Result<(Field, Call, bool), JsValue> {
    let field = text_of(name).and_then(|name| Field::from_name(&name)).ok_or_else(|| {
        type_error("validateField: propertyName must be one of CCBill's field names, e.g. \"cardNumber\"")
    })?;
    let call = match options.map(|o| get(o, "call")) {
        Some(Ok(name)) if !name.is_undefined() => call(&name, "validateField: options.call")?,
        _ => Call::DEFAULT,
    };
    let typing = options.and_then(|o| get(o, "typing").ok()).and_then(|t| t.as_bool()) == Some(true);
    Ok((field, call, typing))
}

/// A card number argument as text, read as the validators read a field; `None` when absent.
pub(super) fn card_number(value: &JsValue, export: &str) -> Result<Option<String>, JsValue> {
    match one(Field::CardNumber, value) {
        Value::Absent => Ok(None),
        v => text(&v).map(|t| Some(t.into_owned())).map_err(|_| {
            let mut message = String::from(export);
            message.push_str(": cardNumber must be a string or a number");
            type_error(&message)
        }),
    }
}

/// `{ now?, version? }` (`locale` is the JS layer's: it words the findings, pkg-template/messages.js).
pub(super) fn options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(Options::new());
    };
    if !options.is_object() {
        return Err(type_error("options must be an object: { locale?, now?, version? }"));
    }
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
    let version = match get(&options, "version").unwrap_or(JsValue::UNDEFINED) {
        v if v.is_undefined() || v.is_null() => None,
        v => Some(version(v.as_string().as_deref())?),
    };
    Ok(Options { locale: Locale::En, now_ms, version })
}

/// `options.version`'s text as a widget version; a `TypeError` for anything else.
pub(super) fn version(text: Option<&str>) -> Result<WidgetVersion, JsValue> {
    text.and_then(WidgetVersion::parse)
        .ok_or_else(|| type_error("options.version must be a widget version such as \"1.13.1\" or \"v1.2.2\""))
}

/// A JS string value as text, cut as the rules read it ([`READ_LIMIT`]) before it is copied into
/// the module: a 1 MB value costs no more than a 1 KB one. `None` for anything else (a `String`
/// object included).
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
