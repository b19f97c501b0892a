//! What every fuzz target checks, on structured inputs: arbitrary values in
//! arbitrary fields, huge and non-ASCII strings included.
//!
//! Invariants: no panic (the fuzzer's own check); the same input gives the
//! same output; no output holds the card number's digits or a CVV; and
//! `validateField` equals the field's part of the whole call.

use arbitrary::{Arbitrary, Result, Unstructured};
use ccbill_validate::{mask_card_number, Call, Field, Input, Locale, Options, Value, Violation, WidgetVersion};

/// A field value as a form, a JSON body or a hostile caller could send it.
#[derive(Debug)]
pub struct FuzzValue(pub Value);

impl<'a> Arbitrary<'a> for FuzzValue {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(FuzzValue(match u.int_in_range(0..=9)? {
            0 => Value::Absent,
            1 | 2 => Value::Text(String::arbitrary(u)?),
            // Huge: one character repeated, up to 100,000 times.
            3 => {
                let c = char::arbitrary(u)?;
                Value::Text(c.to_string().repeat(u.int_in_range(0..=100_000)?))
            }
            // Card-like: digits with separators, the shapes the rules care about.
            4 => {
                let bytes: Vec<u8> = Vec::arbitrary(u)?;
                Value::Text(bytes.iter().map(|b| if b % 8 == 0 { ' ' } else { char::from(b'0' + b % 10) }).collect())
            }
            5 => Value::Number(f64::arbitrary(u)?),
            6 => Value::Bool(bool::arbitrary(u)?),
            7 => Value::List(
                Vec::<(String, String)>::arbitrary(u)?
                    .into_iter()
                    .map(|(n, v)| Value::Map(vec![("name".into(), n.into()), ("value".into(), v.into())]))
                    .collect(),
            ),
            8 => Value::Map(Vec::<(String, String)>::arbitrary(u)?.into_iter().map(|(k, v)| (k, v.into())).collect()),
            _ => Value::Other,
        }))
    }
}

#[derive(Debug, Arbitrary)]
pub struct Form {
    fields: Vec<(u8, FuzzValue)>,
    spanish: bool,
    /// Days since 1970, for the expiry check.
    now_days: i32,
    /// Which widget version's rules apply (an index into `WidgetVersion::ALL`).
    version: u8,
}

impl Form {
    pub fn input(&self) -> Input {
        let mut input = Input::new();
        for (i, FuzzValue(v)) in &self.fields {
            if let Some(field) = Field::ALL.get(usize::from(*i) % Field::ALL.len()) {
                input.set(*field, v.clone());
            }
        }
        input
    }

    pub fn options(&self) -> Options {
        let locale = if self.spanish { Locale::Es } else { Locale::En };
        let options = Options::new().locale(locale).now_unix_ms(f64::from(self.now_days) * 86_400_000.0);
        // Every version, and (one past the last) the version unknown.
        let all = WidgetVersion::ALL;
        match all.get(usize::from(self.version) % (all.len() + 1)) {
            Some(version) => options.version(*version),
            None => options,
        }
    }
}

/// Runs `call` on the form and checks every invariant.
pub fn check_call(call: Call, form: &Form) {
    check_input(call, &form.input(), &form.options());
}

/// A call chosen by the fuzzer, on a form: the backend's requests, which have no target of
/// their own, included.
#[derive(Debug, Arbitrary)]
pub struct AnyCall {
    call: u8,
    form: Form,
}

impl AnyCall {
    pub fn check(&self) {
        check_call(Call::ALL[usize::from(self.call) % Call::ALL.len()], &self.form);
    }
}

/// A JSON body as a backend receives it from anywhere: objects nested along the call's own paths
/// (`customerInfo.zipcode`), sometimes through CCBill's `{"value": {...}}` wrapper, with
/// arbitrary keys and values of every JSON kind beside them.
#[derive(Debug)]
pub struct Body {
    call: Call,
    json: serde_json::Value,
    /// For its options alone: the version, the language, the clock.
    form: Form,
}

impl<'a> Arbitrary<'a> for Body {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let call = *u.choose(Call::ALL)?;
        let mut json = serde_json::Value::Object(Default::default());
        for _ in 0..u.int_in_range(0..=24)? {
            let field = *u.choose(call.fields())?;
            let path: Vec<&str> = call.path(field).split('.').collect();
            put(u, &mut json, &path)?;
        }
        // Or any JSON at all: keys the call does not read, bodies that are not objects.
        if u.ratio(1, 8)? {
            json = json_value(u, 3)?;
        }
        Ok(Body { call, json, form: Form::arbitrary(u)? })
    }
}

/// Sets `path` in `node` to an arbitrary value, wrapping a step in `{"value": ...}` at times.
fn put(u: &mut Unstructured, node: &mut serde_json::Value, path: &[&str]) -> Result<()> {
    let serde_json::Value::Object(map) = node else { return Ok(()) };
    let [step, rest @ ..] = path else { return Ok(()) };
    if rest.is_empty() {
        map.insert((*step).to_owned(), json_value(u, 2)?);
        return Ok(());
    }
    let wrap = u.ratio(1, 4)?;
    let empty = || serde_json::Value::Object(Default::default());
    match map.entry((*step).to_owned()).or_insert_with(empty) {
        serde_json::Value::Object(inner) if wrap => put(u, inner.entry("value").or_insert_with(empty), rest),
        child => put(u, child, rest),
    }
}

/// Any JSON value, nested no deeper than `depth`; texts as the fields' values come (card-like
/// digits included).
fn json_value(u: &mut Unstructured, depth: u8) -> Result<serde_json::Value> {
    use serde_json::Value as Json;
    Ok(match u.int_in_range(0..=7)? {
        0 => Json::Null,
        1 => Json::Bool(bool::arbitrary(u)?),
        2 => serde_json::Number::from_f64(f64::arbitrary(u)?).map_or(Json::Null, Json::Number),
        3 => Json::Number(i64::arbitrary(u)?.into()),
        4 | 5 => match FuzzValue::arbitrary(u)?.0 {
            Value::Text(text) => Json::String(text),
            _ => Json::String(String::arbitrary(u)?),
        },
        6 if depth > 0 => {
            Json::Array((0..u.int_in_range(0..=4)?).map(|_| json_value(u, depth - 1)).collect::<Result<_>>()?)
        }
        7 if depth > 0 => Json::Object(
            (0..u.int_in_range(0..=4)?)
                .map(|_| Ok((String::arbitrary(u)?, json_value(u, depth - 1)?)))
                .collect::<Result<_>>()?,
        ),
        _ => Json::Null,
    })
}

impl Body {
    /// Read as a backend reads it (`Input::from_json_in`), then every invariant of a call.
    pub fn check(&self) {
        if let Some(input) = Input::from_json_in(self.call, &self.json) {
            check_input(self.call, &input, &self.form.options());
        }
    }
}

/// Runs `call` on `input` and checks every invariant.
fn check_input(call: Call, input: &Input, options: &Options) {
    let found = call.validate(input, options);
    let printed = format!("{found:?}");
    assert_eq!(printed, format!("{:?}", call.validate(input, options)), "not deterministic");
    no_card_data(input, &found, &printed);
    for field in call.fields() {
        let one = call.validate_field(*field, input.get(*field).clone(), input, options);
        let part: Vec<&Violation> = found.iter().filter(|v| v.field() == *field).collect();
        assert_eq!(format!("{:?}", one.iter().collect::<Vec<_>>()), format!("{part:?}"), "validateField differs");
    }
}

/// One field's rule on any text, for any country (known or not): deterministic, no panic.
pub fn check_field(field: Field, value: &str, country: &str) {
    let input = Input::new().with(Field::Country, country);
    let once = Call::CreatePaymentToken.validate_field(field, value, &input, &Options::new());
    let twice = Call::CreatePaymentToken.validate_field(field, value, &input, &Options::new());
    assert_eq!(format!("{once:?}"), format!("{twice:?}"), "not deterministic");
}

/// No card number (13+ digits) survives into the output, and no CVV.
pub fn no_card_data(input: &Input, found: &[Violation], printed: &str) {
    if let Value::Text(number) = input.get(Field::CardNumber) {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 13 {
            assert!(!printed.contains(&digits), "card digits in the output");
        }
    }
    for v in found {
        assert_eq!(v.target().get(Field::Cvv2), &Value::Absent, "a CVV in a target");
    }
    if let Some(Value::Text(shown)) = found.first().map(|v| v.target().get(Field::CardNumber)) {
        assert_eq!(&mask_card_number(shown), shown, "a target's card number is not masked");
    }
}
