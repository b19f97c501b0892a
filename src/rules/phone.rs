//! Phone numbers: a *possible* number, never a stricter check than CCBill's.
//! Only lengths are checked, not carrier patterns: international (`+` or
//! `00`, a calling code, then a national number of a length possible for one
//! of that code's regions) or national for the form's country, with or
//! without its national prefix. Spaces, dots, dashes and parentheses may
//! separate the digits.

use super::reason::Reason;
use super::text::text;
use super::{country, Check};
use crate::input::{is_js_space, js_trim, Value};
use alloc::string::String;

include!("../../data/phone.rs");

pub(crate) fn phone(v: &Value, country: &Value) -> Check {
    let raw = text(v)?;
    let s = js_trim(&raw);
    let (plus, rest) = match s.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut digits = String::with_capacity(rest.len().min(32));
    for c in rest.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !(matches!(c, '.' | '-' | '(' | ')') || is_js_space(c)) {
            return Err(Reason::InvalidPhone);
        }
    }
    let ok = if plus {
        is_international(&digits)
    } else if let Some(international) = digits.strip_prefix("00") {
        is_international(international) || is_national(&digits, country)
    } else {
        is_national(&digits, country)
    };
    if ok {
        Ok(())
    } else {
        Err(Reason::InvalidPhone)
    }
}

/// A calling code of 1–3 digits followed by a possible national number. No calling code
/// starts with 0 (ITU-T E.164), so `+0…` is never one: read as digits, "065" would be 65.
fn is_international(digits: &str) -> bool {
    if digits.starts_with('0') {
        return false;
    }
    (1..=3).any(|len| {
        let (Some(code), Some(national)) = (digits.get(..len), digits.get(len..)) else {
            return false;
        };
        let Ok(code) = code.parse::<u16>() else {
            return false;
        };
        CALLING_CODES
            .binary_search_by_key(&code, |row| row.0)
            .ok()
            .and_then(|i| CALLING_CODES.get(i))
            .is_some_and(|(_, lengths)| has_length(*lengths, national.len()))
    })
}

/// A possible number of the form's country: as written, without its national
/// prefix, or with its calling code but no `+`. With no known country there
/// is nothing to hold the number to, so any plausible length passes.
fn is_national(digits: &str, country: &Value) -> bool {
    let region = country::code(country)
        .and_then(|c| PHONE_REGIONS.binary_search_by_key(&c, |row| row.0).ok())
        .and_then(|i| PHONE_REGIONS.get(i));
    let Some(&(_, calling_code, prefix, lengths)) = region else {
        return (4..=17).contains(&digits.len());
    };
    let prefix = NATIONAL_PREFIXES.get(usize::from(prefix)).copied().unwrap_or_default();
    let without = |p: &str| (!p.is_empty()).then(|| digits.strip_prefix(p)).flatten();
    let calling_code = crate::num::decimal(u128::from(calling_code));
    [Some(digits), without(prefix), without(&calling_code)]
        .into_iter()
        .flatten()
        .any(|national| has_length(lengths, national.len()))
}

fn has_length(lengths: u32, n: usize) -> bool {
    n < 32 && lengths & (1 << n) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(PHONE_REGIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(CALLING_CODES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn separators_and_shapes() {
        let t = |s: &str, c: &str| phone(&Value::from(s), &Value::from(c));
        assert_eq!(t("+1 (415) 555-0132", ""), Ok(()));
        assert_eq!(t("(415) 555.0132", "US"), Ok(()));
        assert_eq!(t("1 415 555 0132", "US"), Ok(()));
        assert_eq!(t("0044 20 7946 0958", "ES"), Ok(()));
        assert_eq!(t("+1 415 555 013", ""), Err(Reason::InvalidPhone));
        assert_eq!(t("+1 415 555 0132 ext 9", ""), Err(Reason::InvalidPhone));
        assert_eq!(t("+", ""), Err(Reason::InvalidPhone));
        assert_eq!(t("12+34", ""), Err(Reason::InvalidPhone));
        // No calling code starts with 0: "+0 65…" is not Singapore's +65.
        assert_eq!(t("+0 6502530000", ""), Err(Reason::InvalidPhone));
        assert_eq!(t("+0 6502530000", "US"), Err(Reason::InvalidPhone));
        assert_eq!(t("000 6502530000", "US"), Err(Reason::InvalidPhone));
        assert_eq!(t("+65 6253 0000", ""), Ok(()));
    }
}
