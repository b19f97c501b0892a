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
    let (input, options) = (form.input(), form.options());
    let found = call.validate(&input, &options);
    let printed = format!("{found:?}");
    assert_eq!(printed, format!("{:?}", call.validate(&input, &options)), "not deterministic");
    no_card_data(&input, &found, &printed);
    for field in call.fields() {
        let one = call.validate_field(*field, input.get(*field).clone(), &input, &options);
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
