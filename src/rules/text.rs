//! Text fields: what counts as text, and lengths as JavaScript counts them.

use std::borrow::Cow;

use super::Check;
use crate::input::{js_len, Value};
use crate::violation::Reason;

/// The value as text. Numbers and booleans are accepted the way JavaScript
/// would turn them into strings; objects are not text.
pub(crate) fn text(v: &Value) -> Result<Cow<'_, str>, Reason> {
    match v {
        Value::Text(s) => Ok(Cow::Borrowed(s)),
        Value::Number(n) => Ok(Cow::Owned(number_text(*n))),
        Value::Bool(b) => Ok(Cow::Borrowed(if *b { "true" } else { "false" })),
        _ => Err(Reason::NotAString),
    }
}

/// `String(n)` for the numbers a form field can hold: whole numbers below
/// 1e21 exactly as JavaScript prints them (`-0` as `0`), and fractions as the
/// shortest decimal that reads back as the same double (JavaScript's rule)
/// when it has at most 15 digits. Other values print to 17 decimal places
/// (the last one may be off by one), where JavaScript would write more digits
/// or switch to exponent form. Integer arithmetic only: float formatting would add kilobytes of
/// tables to the wasm module for values no form holds.
pub(crate) fn number_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let a = n.abs();
    if a.fract() == 0.0 {
        // Exact: a whole double below 2^127 fits an i128.
        return if a == 0.0 { "0".into() } else { format!("{sign}{}", a as u128) };
    }
    let whole = a.trunc();
    let mut scale = 1.0;
    for places in 1..=15 {
        scale *= 10.0;
        let scaled = (a * scale).round();
        if scaled >= 1e15 {
            break;
        }
        if scaled / scale == a {
            return decimal(sign, scaled as u64, places);
        }
    }
    // The fraction to 17 places.
    let frac = ((a - whole) * 1e17) as u64;
    let mut out = decimal(sign, frac, 17);
    if whole != 0.0 {
        let digits = (whole as u128).to_string();
        out.replace_range(sign.len()..sign.len() + 1, &digits);
    }
    out
}

/// `value / 10^places` in decimal, trailing zeros trimmed.
fn decimal(sign: &str, value: u64, places: u32) -> String {
    let mut digits = value.to_string();
    let places = places as usize;
    if digits.len() <= places {
        digits.insert_str(0, &"0".repeat(places + 1 - digits.len()));
    }
    let point = digits.len() - places;
    let frac = digits.split_off(point);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{digits}")
    } else {
        format!("{sign}{digits}.{frac}")
    }
}

/// Text of `min..=max` UTF-16 code units.
pub(crate) fn length(v: &Value, min: usize, max: usize) -> Check {
    let len = js_len(&text(v)?);
    if len < min {
        Err(Reason::TooShort { min })
    } else if len > max {
        Err(Reason::TooLong { max })
    } else {
        Ok(())
    }
}

/// Any text; the only failure is a value that is not text.
pub(crate) fn any(v: &Value) -> Check {
    text(v).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        assert_eq!(number_text(94043.0), "94043");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(0.5), "0.5");
        assert_eq!(number_text(-12.25), "-12.25");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(94043.1), "94043.1");
        assert_eq!(number_text(1.0 / 3.0), "0.33333333333333332");
        assert_eq!(number_text(2.5e-7), "0.00000025");
        assert_eq!(number_text(4111111111111111.0), "4111111111111111");
        assert_eq!(number_text(1e21), "1000000000000000000000");
        assert_eq!(number_text(f64::NAN), "NaN");
    }

    #[test]
    fn lengths_count_utf16_units() {
        let v = Value::from("😀".repeat(23)); // 46 units, 23 chars
        assert_eq!(length(&v, 2, 45), Err(Reason::TooLong { max: 45 }));
        assert_eq!(length(&Value::from("Zoë"), 2, 45), Ok(()));
        assert_eq!(length(&Value::from("A"), 2, 45), Err(Reason::TooShort { min: 2 }));
    }
}
