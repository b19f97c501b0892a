//! Numbers and integer ranges. Forms send numbers as strings, so a string is
//! read the way JavaScript's `Number()` reads it (the widget is JavaScript):
//! surrounding whitespace is ignored, `"01"`, `"1e3"` and `"12.0"` are
//! numbers; hex, `Infinity` and full-width digits are not.

use super::reason::Reason;
use super::Check;
use crate::input::{js_trim, Value};
use alloc::vec;
use alloc::vec::Vec;

/// A whole number from `min` to `max`, inclusive.
pub(crate) fn integer(v: &Value, min: i64, max: i64) -> Result<i64, Reason> {
    let out_of_range = Reason::OutOfRange { min, max };
    match v {
        Value::Number(n) if !n.is_finite() => Err(Reason::NotANumber),
        Value::Number(n) if crate::num::fract(*n) != 0.0 => Err(Reason::NotAnInteger),
        // Exact: both bounds are far below 2^53.
        Value::Number(n) if *n < min as f64 || *n > max as f64 => Err(out_of_range),
        Value::Number(n) => Ok(*n as i64),
        // Plain digits, the common case, need no decimal reader (and no allocation).
        Value::Text(s) if let Some(n) = plain_integer(js_trim(s)) => {
            if (min..=max).contains(&n) {
                Ok(n)
            } else {
                Err(out_of_range)
            }
        }
        Value::Text(s) => match parse(js_trim(s)).ok_or(Reason::NotANumber)?.num() {
            Num::Fraction => Err(Reason::NotAnInteger),
            Num::Whole(i) if (min..=max).contains(&i) => Ok(i),
            Num::Whole(_) | Num::Huge => Err(out_of_range),
        },
        _ => Err(Reason::NotANumber),
    }
}

/// `[+-]?[0-9]{1,18}`: exact in an i64, and what `Number()` reads it as.
fn plain_integer(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits.iter().fold(0i64, |acc, d| acc * 10 + i64::from(d - b'0'));
    Some(if negative { -n } else { n })
}

pub(crate) fn integer_in(v: &Value, min: i64, max: i64) -> Check {
    integer(v, min, max).map(drop)
}

/// A whole number of `min` or more (days, counts): "0 or more", not a range.
pub(crate) fn integer_from(v: &Value, min: i64) -> Check {
    match integer(v, min, i64::MAX) {
        Err(Reason::OutOfRange { .. }) if is_below(v, min) => Err(Reason::AtLeast { min }),
        result => result.map(drop),
    }
}

fn is_below(v: &Value, min: i64) -> bool {
    decimal(v).is_some_and(|d| d.negative && !d.sig.is_empty()) || matches!(v, Value::Number(n) if *n < min as f64)
}

/// An amount: a number of 0 or more with at most `places` decimals
/// (`9.99`, `"10.00"`, `"10"`; trailing zeros do not count).
pub(crate) fn amount(v: &Value, places: u32) -> Check {
    let d = decimal(v).ok_or(Reason::NotANumber)?;
    if d.negative && !d.sig.is_empty() {
        Err(Reason::AtLeast { min: 0 })
    } else if d.decimals() > i64::from(places) {
        Err(Reason::TooManyDecimals { max: places })
    } else {
        Ok(())
    }
}

/// Whether two values are the same number (`"10"` and `10.00` are); `None`
/// when either is not a number.
pub(crate) fn same_number(a: &Value, b: &Value) -> Option<bool> {
    Some(decimal(a)? == decimal(b)?)
}

/// A value as a decimal for amounts: numbers as JavaScript prints them, strings as `Number()`
/// reads them, both rounded to 17 significant digits.
fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) if n.is_finite() => parse(&super::text::number_text(*n)),
        Value::Text(s) => parse(js_trim(s)),
        _ => None,
    }
    .map(Decimal::rounded)
}

/// What `Number(s)` would be, as far as whole-number and range checks care.
#[derive(Debug, PartialEq)]
enum Num {
    Whole(i64),
    /// Whole, but beyond any range we check.
    Huge,
    Fraction,
}

/// A decimal number exactly as written, normalised: `0.sig × 10^point`, no leading or trailing
/// zeros in `sig` (zero has none at all).
#[derive(Debug, PartialEq)]
struct Decimal {
    negative: bool,
    sig: Vec<u8>,
    point: i64,
}

/// 2^53: from here on every double is a whole number.
const EXACT: i64 = 1 << 53;

impl Decimal {
    fn decimals(&self) -> i64 {
        (self.sig.len() as i64 - self.point).max(0)
    }

    /// Whether the double nearest to this decimal (ties to even, as `Number()` rounds) is whole,
    /// and which whole number it is. Below 2^53 the doubles around `i.f` are `2^(e-52)` apart,
    /// `e = ⌊log2 i⌋`, so `i.f` reads as `i` when `0.f ≤ 2^(e-53)` and as `i + 1` when
    /// `1 - 0.f ≤ 2^(e-53)`: below 2^52 a tie goes to `i`, whose last mantissa bit is 0. Compared digit by
    /// digit, exactly, with no float arithmetic.
    fn num(&self) -> Num {
        if self.sig.is_empty() {
            return Num::Whole(0);
        }
        let sign = |m: i64| if self.negative { -m } else { m };
        if self.point > 18 {
            return Num::Huge;
        }
        if self.point < -323 || (self.point == -323 && cmp_fraction(&self.sig, HALF_SMALLEST).is_le()) {
            return Num::Whole(0); // below half the smallest double: Number() reads 0
        }
        let split = usize::try_from(self.point).unwrap_or(0).min(self.sig.len());
        let (int, tail) = self.sig.split_at(split);
        let scale = u32::try_from(self.point.max(0)).unwrap_or(0) - int.len() as u32;
        let whole = int.iter().fold(0i64, |acc, d| acc * 10 + i64::from(d - b'0')) * 10i64.pow(scale);
        if tail.is_empty() {
            return Num::Whole(sign(whole));
        }
        if whole >= EXACT {
            // Every double here is whole; which one does not matter to any range we check.
            return Num::Whole(sign(whole));
        }
        let mut fraction = vec![b'0'; usize::try_from(-self.point).unwrap_or(0)];
        fraction.extend_from_slice(tail);
        // The binade of 0.5..1 (e = -1) for a value below 1.
        let e = if whole == 0 { -1 } else { 63 - i64::from(whole.leading_zeros()) };
        let half_gap = power_of_two_fraction(53 - e);
        // Below 1, reading 0 was decided above (only a value under half the smallest double).
        let below = if whole == 0 { core::cmp::Ordering::Greater } else { cmp_fraction(&fraction, &half_gap) };
        if below.is_lt() || (below.is_eq() && (e < 52 || whole % 2 == 0)) {
            Num::Whole(sign(whole))
        } else if below.is_eq() {
            // From 2^52 the doubles are the whole numbers: x.5 is a tie between two of them.
            Num::Whole(sign(whole + 1))
        } else if cmp_fraction(&complement(&fraction), &half_gap).is_le() {
            Num::Whole(sign(whole + 1))
        } else {
            Num::Fraction
        }
    }

    /// Rounded half up to 17 significant digits: amounts compare and count decimals on this,
    /// close to the double `Number()` makes (it can differ in the 17th digit) and exact for any
    /// amount a form holds.
    fn rounded(mut self) -> Decimal {
        if self.sig.len() > SIGNIFICANT {
            let round_up = self.sig.get(SIGNIFICANT).is_some_and(|d| *d >= b'5');
            self.sig.truncate(SIGNIFICANT);
            if round_up {
                // Carry through trailing nines; all nines become 1 and a new place.
                while self.sig.last() == Some(&b'9') {
                    self.sig.pop();
                }
                match self.sig.last_mut() {
                    Some(d) => *d += 1,
                    None => {
                        self.sig.push(b'1');
                        self.point += 1;
                    }
                }
            }
            while self.sig.last() == Some(&b'0') {
                self.sig.pop();
            }
        }
        if self.sig.is_empty() || self.point < -323 {
            return Decimal { negative: self.negative, sig: Vec::new(), point: 0 };
        }
        self
    }
}

/// Significant digits kept for amounts (a double holds 15 to 17).
const SIGNIFICANT: usize = 17;

/// The digits of 2^-1075 (half the smallest double) after `0.` and 323 zeros, to 23 places.
const HALF_SMALLEST: &[u8] = b"24703282292062327208828";

/// The decimal digits of `2^-n` after the point (`n` ≤ 54), by halving `1` `n` times digit by
/// digit: exactly `n` places, with no 128-bit arithmetic (its division would add to the module).
fn power_of_two_fraction(n: i64) -> Vec<u8> {
    let mut digits: Vec<u8> = Vec::with_capacity(54);
    let mut value = vec![1u8]; // the digits of 1, then 0.5, 0.25, ... without the point
    for _ in 0..n.clamp(0, 54) {
        let mut carry = 0;
        let mut next = Vec::with_capacity(value.len() + 1);
        for d in value.iter().copied().chain(core::iter::once(0)) {
            let x = carry * 10 + d;
            next.push(x / 2);
            carry = x % 2;
        }
        value = next;
    }
    // `value` holds 2^-n scaled by 10^n with one leading zero digit per halving's shift.
    digits.extend(value.iter().skip(1).map(|d| b'0' + d));
    digits
}

/// `1 - 0.f`, for a fraction whose last digit is not 0 (so no borrow crosses a digit).
fn complement(fraction: &[u8]) -> Vec<u8> {
    let last = fraction.len().saturating_sub(1);
    fraction
        .iter()
        .enumerate()
        .map(|(i, d)| if i == last { b'0' + 10 - (d - b'0') } else { b'9' - (d - b'0') })
        .collect()
}

/// Compares two fractions' digits after the point (missing digits are zeros).
fn cmp_fraction(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    let digit = |s: &[u8], i: usize| s.get(i).copied().unwrap_or(b'0');
    (0..a.len().max(b.len()))
        .map(|i| digit(a, i).cmp(&digit(b, i)))
        .find(|o| o.is_ne())
        .unwrap_or(core::cmp::Ordering::Equal)
}

/// Reads JavaScript's StrDecimalLiteral, `[+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?` with ASCII
/// digits, exactly as written (every digit kept; the rules decide how to round). Written out
/// rather than `f64::from_str`, whose tables would double the size of the wasm module; `inf`
/// and `NaN`, which Rust reads and `Number()` does not, are not numbers here. `None` for
/// `Infinity` too, and for a value of 10^309 or more (`Number()` gives `Infinity` from about
/// 1.8 × 10^308: between the two, a huge value is out of range rather than not a number).
fn parse(s: &str) -> Option<Decimal> {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let int = digits_at(b, i);
    i += int.len();
    let mut frac: &[u8] = &[];
    if b.get(i) == Some(&b'.') {
        frac = digits_at(b, i + 1);
        i += 1 + frac.len();
    }
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = b.get(i) == Some(&b'-');
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        let e = digits_at(b, i);
        if e.is_empty() {
            return None;
        }
        i += e.len();
        // Saturates: an exponent past a million means 0 or Infinity either way.
        exp = e.iter().fold(0i64, |acc, d| (acc * 10 + i64::from(d - b'0')).min(1_000_000));
        if negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return None;
    }

    let negative = b.first() == Some(&b'-');
    let all = int.iter().chain(frac).copied();
    let leading = all.clone().take_while(|d| *d == b'0').count();
    let mut sig: Vec<u8> = all.skip(leading).collect();
    while sig.last() == Some(&b'0') {
        sig.pop();
    }
    if sig.is_empty() {
        return Some(Decimal { negative, sig, point: 0 });
    }
    let point = int.len() as i64 - leading as i64 + exp;
    if point > 309 {
        return None; // beyond the largest double: Infinity
    }
    Some(Decimal { negative, sig, point })
}

fn digits_at(b: &[u8], from: usize) -> &[u8] {
    let rest = b.get(from..).unwrap_or_default();
    let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    rest.get(..n).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_strings_as_javascript_number_does() {
        use Num::*;
        for (s, want) in [
            ("12", Some(Whole(12))),
            (" 12 ", Some(Whole(12))),
            ("01", Some(Whole(1))),
            ("1e3", Some(Whole(1000))),
            ("+5", Some(Whole(5))),
            ("-0", Some(Whole(0))),
            ("-12", Some(Whole(-12))),
            ("12.0", Some(Whole(12))),
            ("1200e-2", Some(Whole(12))),
            (".5", Some(Fraction)),
            ("5.", Some(Whole(5))),
            ("900000.5", Some(Fraction)),
            ("0.0000001", Some(Fraction)),
            ("1.000000000000000001", Some(Whole(1))),
            ("899999.99999999999999", Some(Whole(900000))),
            // Number() rounds to the nearest double: these are exactly 1, 0.99.. is 1, 2 - 2^-53 is 2.
            ("1.0000000000000001", Some(Whole(1))),
            ("1.00000000000000011102230246251565", Some(Whole(1))), // 1 + 2^-53 + a bit less: the tie goes to 1
            ("1.0000000000000002", Some(Fraction)),                 // the next double up
            ("0.99999999999999997", Some(Whole(1))),
            ("0.9999999999999999", Some(Fraction)),
            ("1.99999999999999989", Some(Whole(2))),
            ("4503599627370495.5", Some(Fraction)), // 2^52 - 0.5: a double
            ("4503599627370496.5", Some(Whole(4503599627370496))), // 2^52 + 0.5: a tie, to even
            ("4503599627370497.5", Some(Whole(4503599627370498))), // a tie, to even
            ("12.000000000000001", Some(Fraction)),
            ("12.0000000000000001", Some(Whole(12))),
            ("-7.00000000000000000001", Some(Whole(-7))),
            ("1e-324", Some(Whole(0))),
            ("2e-324", Some(Whole(0))),
            ("3e-324", Some(Fraction)),
            ("5e-324", Some(Fraction)),
            ("99999999999999999999", Some(Huge)),
            ("9223372036854775807", Some(Huge)),
            ("1e308", Some(Huge)),
            ("1e309", None),
            ("1e-400", Some(Whole(0))),
            ("1e99999999999999999999", None),
            ("1e", None),
            ("e3", None),
            (".", None),
            ("", None),
            ("-", None),
            ("0x10", None),
            ("Infinity", None),
            ("inf", None),
            ("NaN", None),
            ("１２", None),
            ("1 2", None),
            ("12a", None),
        ] {
            assert_eq!(parse(js_trim(s)).map(|d| d.num()), want, "{s:?}");
        }
    }

    #[test]
    fn powers_of_two_as_decimal_fractions() {
        assert_eq!(power_of_two_fraction(1), b"5");
        assert_eq!(power_of_two_fraction(3), b"125");
        assert_eq!(power_of_two_fraction(53), b"00000000000000011102230246251565404236316680908203125");
        assert_eq!(power_of_two_fraction(54).len(), 54);
    }

    #[test]
    fn amounts_and_equality() {
        let a = |v: Value| amount(&v, 2);
        assert_eq!(a(Value::from("10.00")), Ok(()));
        assert_eq!(a(Value::from("10.000")), Ok(()));
        assert_eq!(a(Value::from(9.99)), Ok(()));
        assert_eq!(a(Value::from(0)), Ok(()));
        assert_eq!(a(Value::from("-0")), Ok(()));
        assert_eq!(a(Value::from("1e-2")), Ok(()));
        assert_eq!(a(Value::from("9.999")), Err(Reason::TooManyDecimals { max: 2 }));
        assert_eq!(a(Value::from(0.1 + 0.2)), Err(Reason::TooManyDecimals { max: 2 }));
        assert_eq!(a(Value::from("-1")), Err(Reason::AtLeast { min: 0 }));
        assert_eq!(a(Value::from("ten")), Err(Reason::NotANumber));
        assert_eq!(same_number(&Value::from("10"), &Value::from(10.0)), Some(true));
        assert_eq!(same_number(&Value::from("10"), &Value::from("10.00")), Some(true));
        assert_eq!(same_number(&Value::from("10"), &Value::from(0)), Some(false));
        assert_eq!(same_number(&Value::from("x"), &Value::from(0)), None);
        assert_eq!(integer_from(&Value::from("-1"), 0), Err(Reason::AtLeast { min: 0 }));
        assert_eq!(integer_from(&Value::from("30"), 0), Ok(()));
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
        assert_eq!(t("1e309"), Err(Reason::NotANumber));
        assert_eq!(integer(&Value::Number(f64::NAN), 0, 1), Err(Reason::NotANumber));
        assert_eq!(integer(&Value::Number(f64::INFINITY), 0, 1), Err(Reason::NotANumber));
        assert_eq!(integer(&Value::Bool(true), 0, 1), Err(Reason::NotANumber));
    }
}
