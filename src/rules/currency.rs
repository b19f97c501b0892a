//! `currencyCode`: an ISO 4217 numeric code, as text of three digits
//! (CCBill: "^\d{3}$") or as a number.
//!
//! CCBill's OpenAPI lists the codes as integers (`36` for the Australian
//! dollar), so a number from 0 to 999 is that code, zero-padded (`36` is
//! `"036"`). A fraction, a negative number or four digits is no code.

use super::pattern::{self, CURRENCY_CODE};
use super::reason::Reason;
use super::Check;
use crate::input::Value;

pub(crate) fn currency_code(v: &Value) -> Check {
    match v {
        Value::Number(n) if crate::num::fract(*n) == 0.0 && (0.0..=999.0).contains(n) => Ok(()),
        Value::Number(_) => Err(Reason::Pattern),
        v => pattern::matches(v, CURRENCY_CODE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_iso_numeric_codes_text_is_three_digits() {
        let ok: &[Value] =
            &[36.into(), 0.into(), 840.into(), 999.into(), Value::Number(-0.0), "036".into(), "978".into()];
        for v in ok {
            assert_eq!(currency_code(v), Ok(()), "{v:?}");
        }
        let bad: &[Value] = &[
            Value::Number(36.5),
            Value::Number(-36.0),
            1000.into(),
            Value::Number(f64::NAN),
            Value::Number(f64::INFINITY),
            "36".into(),
            "0840".into(),
            "84O".into(),
        ];
        for v in bad {
            assert_eq!(currency_code(v), Err(Reason::Pattern), "{v:?}");
        }
    }
}
