//! The card number and its security code.

use super::brand::{self, Brand};
use super::text::text;
use super::Check;
use crate::input::{is_js_space, js_trim, Value};
use crate::violation::Reason;

/// Card numbers have 12 to 19 digits (ISO/IEC 7812).
pub(crate) const MIN_DIGITS: usize = 12;
pub(crate) const MAX_DIGITS: usize = 19;

/// Digits, with spaces and dashes allowed between them as customers type
/// them; 12–19 digits, and a length its brand uses when the brand is known;
/// a valid Luhn check digit.
pub(crate) fn number(v: &Value) -> Check {
    let raw = text(v)?;
    let digits = digits(&raw).ok_or(Reason::Pattern)?;
    let brand = brand::detect(digits.as_str());
    let fits = match brand {
        Some(b) => b.lengths().iter().any(|n| usize::from(*n) == digits.len()),
        None => (MIN_DIGITS..=MAX_DIGITS).contains(&digits.len()),
    };
    if !fits {
        return Err(Reason::CardLength { brand });
    }
    // `luhn::valid` skips non-digits silently, so it only ever sees digits.
    if luhn::valid(digits.as_str()) {
        Ok(())
    } else {
        Err(Reason::Luhn)
    }
}

/// A card number's digits, kept on the stack: a card has at most 19, and the
/// count goes on past that so a too-long number is still measured.
pub(crate) struct Digits {
    buf: [u8; MAX_DIGITS],
    len: usize,
}

impl Digits {
    /// The digits (the first 19, when there are more).
    pub(crate) fn as_str(&self) -> &str {
        self.buf.get(..self.len.min(MAX_DIGITS)).and_then(|d| std::str::from_utf8(d).ok()).unwrap_or_default()
    }

    /// How many digits there are.
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// The number's ASCII digits, or `None` when it holds anything but digits and
/// separators (full-width digits included: the widget would not read them).
pub(crate) fn digits(raw: &str) -> Option<Digits> {
    let mut out = Digits { buf: [0; MAX_DIGITS], len: 0 };
    for c in js_trim(raw).chars() {
        if c.is_ascii_digit() {
            if let Some(slot) = out.buf.get_mut(out.len) {
                *slot = c as u8;
            }
            out.len += 1;
        } else if !(c == '-' || is_js_space(c)) {
            return None;
        }
    }
    Some(out)
}

/// 3 or 4 digits (surrounding whitespace ignored), and as many as the card
/// number's brand uses when the brand is known (4 for American Express).
pub(crate) fn cvv(v: &Value, card_number: &Value) -> Check {
    let raw = text(v)?;
    let s = js_trim(&raw);
    if !(3..=4).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::Pattern);
    }
    match brand_of(card_number) {
        Some(b) if usize::from(b.cvv_length()) != s.len() => Err(Reason::CvvLength { brand: b }),
        _ => Ok(()),
    }
}

/// The brand of a card number value, if it has one.
pub(crate) fn brand_of(v: &Value) -> Option<Brand> {
    brand::detect(digits(&text(v).ok()?)?.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_numbers() {
        let t = |s: &str| number(&Value::from(s));
        assert_eq!(t("4111111111111111"), Ok(()));
        assert_eq!(t("4111-1111-1111-1111"), Ok(()));
        assert_eq!(t("4111 1111 1111 1111"), Ok(()));
        assert_eq!(t("4111a1111"), Err(Reason::Pattern));
        assert_eq!(t("４１１１１１１１１１１１１１１１"), Err(Reason::Pattern));
        assert_eq!(t("4111111111111112"), Err(Reason::Luhn));
        assert_eq!(t("41111111111"), Err(Reason::CardLength { brand: Some(Brand::Visa) }));
        assert_eq!(t("9111111111"), Err(Reason::CardLength { brand: None }));
        assert_eq!(number(&Value::Number(4111111111111111.0)), Ok(()));
    }

    #[test]
    fn cvvs() {
        let t = |s: &str| cvv(&Value::from(s), &Value::Absent);
        assert_eq!(t("123"), Ok(()));
        assert_eq!(t("1234"), Ok(()));
        assert_eq!(t("12"), Err(Reason::Pattern));
        assert_eq!(t("12345"), Err(Reason::Pattern));
        assert_eq!(t("12a"), Err(Reason::Pattern));
        let amex = Value::from("3782 822463 10005");
        assert_eq!(cvv(&Value::from("1234"), &amex), Ok(()));
        assert_eq!(cvv(&Value::from("123"), &amex), Err(Reason::CvvLength { brand: Brand::AmericanExpress }));
    }
}
