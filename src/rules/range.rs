//! Numbers and integer ranges. Forms send numbers as strings, so a string is
//! read the way JavaScript's `Number()` reads it (the widget is JavaScript):
//! surrounding whitespace is ignored, `"01"`, `"1e3"` and `"12.0"` are
//! numbers; hex, `Infinity` and full-width digits are not.

use super::Check;
use crate::input::{js_trim, Value};
use crate::violation::Reason;

/// The value as a finite number.
pub(crate) fn number(v: &Value) -> Result<f64, Reason> {
    let n = match v {
        Value::Number(n) => *n,
        Value::Text(s) => parse_decimal(js_trim(s)).ok_or(Reason::NotANumber)?,
        Value::Absent | Value::Bool(_) | Value::Other => return Err(Reason::NotANumber),
    };
    if n.is_finite() {
        Ok(n)
    } else {
        Err(Reason::NotANumber)
    }
}

/// A whole number from `min` to `max`, inclusive.
pub(crate) fn integer(v: &Value, min: i64, max: i64) -> Result<i64, Reason> {
    let n = number(v)?;
    if n.fract() != 0.0 {
        return Err(Reason::NotAnInteger);
    }
    // Exact: both bounds are far below 2^53.
    if n < min as f64 || n > max as f64 {
        return Err(Reason::OutOfRange { min, max });
    }
    Ok(n as i64)
}

pub(crate) fn integer_in(v: &Value, min: i64, max: i64) -> Check {
    integer(v, min, max).map(drop)
}

/// JavaScript's StrDecimalLiteral: `[+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?`,
/// ASCII digits only. Checked here because Rust's `f64::from_str` also takes
/// `inf` and `NaN`, which `Number()` does not.
fn parse_decimal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let int_digits = count_digits(b, i);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(b, i);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        let exp_digits = count_digits(b, i);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != b.len() {
        return None;
    }
    s.parse().ok()
}

fn count_digits(b: &[u8], from: usize) -> usize {
    b.get(from..).map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii_digit()).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_strings_as_javascript_number_does() {
        for (s, want) in [
            ("12", Some(12.0)),
            (" 12 ", Some(12.0)),
            ("01", Some(1.0)),
            ("1e3", Some(1000.0)),
            ("+5", Some(5.0)),
            ("-0", Some(-0.0)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            ("900000.5", Some(900000.5)),
            ("1e", None),
            ("e3", None),
            (".", None),
            ("0x10", None),
            ("Infinity", None),
            ("inf", None),
            ("NaN", None),
            ("１２", None),
            ("1 2", None),
            ("12a", None),
        ] {
            assert_eq!(parse_decimal(js_trim(s)), want, "{s:?}");
        }
    }

    #[test]
    fn integer_ranges() {
        let t = |s: &str| integer(&Value::from(s), 900_000, 999_999);
        assert_eq!(t("900000"), Ok(900_000));
        assert_eq!(t("999999"), Ok(999_999));
        assert_eq!(t("899999"), Err(Reason::OutOfRange { min: 900_000, max: 999_999 }));
        assert_eq!(t("1000000"), Err(Reason::OutOfRange { min: 900_000, max: 999_999 }));
        assert_eq!(t("900000.5"), Err(Reason::NotAnInteger));
        assert_eq!(t("abc"), Err(Reason::NotANumber));
        assert_eq!(integer(&Value::Number(f64::NAN), 0, 1), Err(Reason::NotANumber));
        assert_eq!(integer(&Value::Number(f64::INFINITY), 0, 1), Err(Reason::NotANumber));
        assert_eq!(integer(&Value::Bool(true), 0, 1), Err(Reason::NotANumber));
    }
}
