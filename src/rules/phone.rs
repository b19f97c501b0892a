//! Phone numbers: a *possible* number, never a stricter check than CCBill's.
//! Only lengths are checked, not carrier patterns: international (`+` or
//! `00`, a calling code, then a national number of a length possible for one
//! of that code's regions) or national for the form's country, with or
//! without its national prefix. Spaces, dots, dashes and parentheses may
//! separate the digits. The lengths are reference tables (`tables`): in the
//! page, until they have loaded, only the characters are checked.

use super::reason::Reason;
use super::tables::{self, Tables};
use super::text::text;
use super::{country, Check};
use crate::input::{is_js_space, js_trim, Value};
use alloc::string::String;

pub(crate) fn phone(v: &Value, country: &Value) -> Check {
    phone_in(tables::get(), v, country)
}

/// The rule against `tables`; without them, the characters alone: every length is the tables'.
fn phone_in(tables: Option<Tables<'_>>, v: &Value, country: &Value) -> Check {
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
    let Some(tables) = tables else {
        return Ok(());
    };
    let ok = if plus {
        is_international(tables, &digits)
    } else if let Some(international) = digits.strip_prefix("00") {
        is_international(tables, international) || is_national(tables, &digits, country)
    } else {
        is_national(tables, &digits, country)
    };
    if ok {
        Ok(())
    } else {
        Err(Reason::InvalidPhone)
    }
}

/// A calling code of 1–3 digits followed by a possible national number. No calling code
/// starts with 0 (ITU-T E.164), so `+0…` is never one: read as digits, "065" would be 65.
fn is_international(tables: Tables<'_>, digits: &str) -> bool {
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
        tables.calling_code(code).is_some_and(|lengths| has_length(lengths, national.len()))
    })
}

/// A possible number of the form's country: as written, without its national
/// prefix, or with its calling code but no `+`. With no known country there
/// is nothing to hold the number to, so any plausible length passes.
fn is_national(tables: Tables<'_>, digits: &str, country: &Value) -> bool {
    let Some(region) = country::code(country).and_then(|c| tables.phone(c)) else {
        return (4..=17).contains(&digits.len());
    };
    let digits = digits.as_bytes();
    let without_prefix = (!region.prefix.is_empty()).then(|| digits.strip_prefix(region.prefix)).flatten();
    [Some(digits), without_prefix, without_number(digits, region.calling_code)]
        .into_iter()
        .flatten()
        .any(|national| has_length(region.lengths, national.len()))
}

/// `digits` without the decimal digits of `n` in front, if they are there (read as a number,
/// not written out: no formatting code on the module's path).
fn without_number(digits: &[u8], n: u16) -> Option<&[u8]> {
    let width = (1..5).find(|&k| u32::from(n) < 10u32.pow(k)).unwrap_or(5);
    let (head, rest) = digits.split_at_checked(width as usize)?;
    let value = head.iter().try_fold(0u32, |v, &d| d.is_ascii_digit().then(|| v * 10 + u32::from(d - b'0')))?;
    (value == u32::from(n)).then_some(rest)
}

fn has_length(lengths: u32, n: usize) -> bool {
    n < 32 && lengths & (1 << n) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calling_code_is_read_off_the_digits() {
        assert_eq!(without_number(b"14155550132", 1), Some(&b"4155550132"[..]));
        assert_eq!(without_number(b"375291234567", 375), Some(&b"291234567"[..]));
        assert_eq!(without_number(b"37", 375), None);
        assert_eq!(without_number(b"376", 375), None);
        assert_eq!(without_number(b"0", 0), Some(&b""[..]));
        assert_eq!(without_number(b"655350", u16::MAX), Some(&b"0"[..]));
    }

    #[test]
    fn without_the_tables_only_the_characters_are_checked() {
        // (number, country, with the tables, without them)
        let cases = [
            ("+1 (415) 555-0132", "", Ok(()), Ok(())),
            ("+1 415 555 013", "", Err(Reason::InvalidPhone), Ok(())),
            ("415 555 013", "US", Err(Reason::InvalidPhone), Ok(())),
            ("+0 6502530000", "US", Err(Reason::InvalidPhone), Ok(())),
            ("+1 415 555 0132 ext 9", "", Err(Reason::InvalidPhone), Err(Reason::InvalidPhone)),
            ("12+34", "", Err(Reason::InvalidPhone), Err(Reason::InvalidPhone)),
        ];
        for (number, country, with, without) in cases {
            let (v, c) = (Value::from(number), Value::from(country));
            assert_eq!(phone_in(tables::get(), &v, &c), with, "{number} {country}");
            assert_eq!(phone_in(None, &v, &c), without, "{number} {country}");
        }
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
