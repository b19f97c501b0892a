//! Text fields: what counts as text, and lengths as JavaScript counts them.

use alloc::borrow::Cow;

use super::reason::Reason;
use super::Check;
use crate::input::{js_len, Value};
use crate::num::{fract, push_int};
#[cfg(not(target_arch = "wasm32"))]
use crate::num::{pow10, push_decimal, round, trunc};
use alloc::string::String;

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

/// `String(n)`. Whole numbers below 2^53 (the usual numeric field) are printed digit by digit on
/// every target, as JavaScript prints them (`-0` as `0`). Any other number: on wasm32, by the
/// page's engine itself (`Number.prototype.toString`), which is what CCBill's widget sees; natively,
/// by [`native_number_text`]'s close reading of JavaScript's rule.
pub(crate) fn number_text(n: f64) -> String {
    if fract(n) == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        let mut out = String::new();
        push_int(&mut out, n as i64);
        return out;
    }
    engine_number_text(n)
}

#[cfg(target_arch = "wasm32")]
fn engine_number_text(n: f64) -> String {
    // Radix 10 is `String(n)`; it cannot throw, and a failure would read as no text at all.
    js_sys::Number::from(n).to_string_with_radix(10).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn engine_number_text(n: f64) -> String {
    native_number_text(n)
}

/// `String(n)` natively, for the numbers a form field can hold: whole numbers below 2^53 exactly as
/// JavaScript prints them (`-0` as `0`); from 2^53 to 1e21 their exact value, where JavaScript
/// writes the shortest digits that read back and then zeros; and fractions as the shortest decimal that reads back
/// as the same double (JavaScript's rule) when it has at most 15 decimal places. Other fractions
/// print to 17 decimal places (the last one may be off by one) where JavaScript may write fewer
/// digits or switch to exponent form, and from 1e21 on, as JavaScript does, in exponent form
/// (`1e+21`, `1.5e+300`) with up to 15 significant digits where JavaScript writes the shortest
/// that read back. Integer arithmetic only: float formatting would add kilobytes of tables to the
/// wasm module for values no form holds.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn native_number_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let a = n.abs();
    if a >= 1e21 {
        return exponent_form(sign, a);
    }
    if fract(a) == 0.0 {
        // Exact: a whole double below 1e21 (< 2^70) fits a u128.
        if a == 0.0 {
            return "0".into();
        }
        let mut out = String::from(sign);
        push_decimal(&mut out, a as u128);
        return out;
    }
    let whole = trunc(a);
    let mut scale = 1.0;
    for places in 1..=15 {
        scale *= 10.0;
        let scaled = round(a * scale);
        if scaled >= 1e15 {
            break;
        }
        if scaled / scale == a {
            let unit = 10u64.pow(places);
            let scaled = scaled as u64;
            return decimal(sign, u128::from(scaled / unit), scaled % unit, places);
        }
    }
    // The fraction to 17 places.
    decimal(sign, whole as u128, ((a - whole) * 1e17) as u64, 17)
}

/// `d.ddde+x` for `a` ≥ 1e21, to 15 significant digits (trailing zeros trimmed): as many as
/// survive the scaling, and what JavaScript prints for any value a person writes (`1.5e+300`).
#[cfg(not(target_arch = "wasm32"))]
fn exponent_form(sign: &str, a: f64) -> String {
    let mut shift = 0i32;
    let mut m = a;
    while m >= 1e15 {
        m /= 10.0;
        shift += 1;
    }
    // One division by 10^shift, rather than `shift` roundings of the loop's.
    let mut m = round(a / pow10(shift.unsigned_abs()));
    if m >= 1e15 {
        m = round(m / 10.0);
        shift += 1;
    }
    let mut digits = String::new();
    push_decimal(&mut digits, m as u128);
    let exp = shift + digits.len() as i32 - 1;
    let mut out = String::from(sign);
    // ASCII digits: the first, then the rest without trailing zeros after a point.
    let mut rest = digits.chars();
    out.extend(rest.next());
    let rest = rest.as_str().trim_end_matches('0');
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push_str("e+");
    push_decimal(&mut out, u128::from(exp.unsigned_abs()));
    out
}

/// `whole.fraction` in decimal, the fraction's `places` digits (from `fraction`'s last ones)
/// with trailing zeros trimmed. Pushed digit by digit: no slicing, so nothing here can panic.
#[cfg(not(target_arch = "wasm32"))]
fn decimal(sign: &str, whole: u128, fraction: u64, places: u32) -> String {
    let mut out = String::from(sign);
    push_decimal(&mut out, whole);
    let mut digits = [b'0'; 20];
    let mut rest = fraction;
    for d in digits.iter_mut().take(places as usize).rev() {
        *d = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    let kept = digits.iter().take(places as usize).rposition(|d| *d != b'0').map_or(0, |i| i + 1);
    if kept > 0 {
        out.push('.');
        out.extend(digits.iter().take(kept).map(|d| char::from(*d)));
    }
    out
}

/// `s.split(..)` at every byte that `is_separator` picks (ASCII separators only). core's
/// `split` and `lines` keep a slicing panic, and with it the formatting of its message, in the
/// module; this one slices with `get` and cannot panic.
pub(crate) fn split(s: &str, is_separator: impl Fn(u8) -> bool + Clone) -> impl Iterator<Item = &str> + Clone {
    let mut rest = Some(s);
    core::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(is_separator.clone()) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
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
        assert_eq!(number_text(9007199254740991.0), "9007199254740991");
        // JavaScript: "999999999999999900000" (shortest digits, then zeros).
        assert_eq!(number_text(999999999999999900000.0), "999999999999999868928");
        assert_eq!(number_text(1e21), "1e+21");
        assert_eq!(number_text(-1.5e21), "-1.5e+21");
        assert_eq!(number_text(1.5e300), "1.5e+300");
        assert_eq!(number_text(4.111111111111111e300), "4.11111111111111e+300");
        // JavaScript: 1.7976931348623157e+308; the scaling may cost the 15th digit.
        let max = number_text(f64::MAX);
        assert!(max.starts_with("1.797693134862") && max.ends_with("e+308"), "{max}");
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
