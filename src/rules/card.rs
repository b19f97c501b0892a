//! The card number and its security code, and the masking that keeps the
//! number out of everything we return.

use super::brand::{self, Brand};
use super::reason::Reason;
use super::text::text;
use super::Check;
use crate::input::{is_js_space, js_trim, Field, Input, Value};
use alloc::string::String;

/// Card numbers have 12 to 19 digits (ISO/IEC 7812; `brand::ANY_LENGTH`).
pub(crate) const MIN_DIGITS: usize = 12;
pub(crate) const MAX_DIGITS: usize = 19;

/// Digits, with spaces and dashes allowed between them as customers type
/// them; 12–19 digits, and a length its brand uses when the brand is known;
/// a valid Luhn check digit. `brand` is [`brand_of`] this value, found once
/// per form (the security code's rule needs it too).
pub(crate) fn number(v: &Value, brand: Option<Brand>) -> Check {
    let raw = text(v)?;
    let digits = digits(&raw).ok_or(Reason::Pattern)?;
    let fits = match brand {
        Some(b) => b.lengths().iter().any(|n| usize::from(*n) == digits.len()),
        None => (MIN_DIGITS..=MAX_DIGITS).contains(&digits.len()),
    };
    if !fits {
        return Err(Reason::CardLength { brand });
    }
    if luhn(digits.as_str().bytes()) {
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
        self.buf.get(..self.len.min(MAX_DIGITS)).and_then(|d| core::str::from_utf8(d).ok()).unwrap_or_default()
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
/// The security code's digits, whatever the brand.
pub(crate) const CVV_DIGITS: (usize, usize) = (3, 4);

pub(crate) fn cvv(v: &Value, card_brand: Option<Brand>) -> Check {
    let raw = text(v)?;
    let s = js_trim(&raw);
    if !(CVV_DIGITS.0..=CVV_DIGITS.1).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::Pattern);
    }
    match card_brand {
        Some(b) if usize::from(b.cvv_length()) != s.len() => Err(Reason::CvvLength { brand: b }),
        _ => Ok(()),
    }
}

/// The brand of a card number value, if it has one.
pub(crate) fn brand_of(v: &Value) -> Option<Brand> {
    brand::detect(digits(&text(v).ok()?)?.as_str())
}

/// The brand of a card number, whole or partial (`"4"`, `"3782 82"`): spaces
/// and dashes are ignored; anything else that is not a digit gives `None`.
///
/// ```
/// use ccbill_validate::{card_brand, Brand};
/// assert_eq!(card_brand("2221"), Some(Brand::Mastercard));
/// assert_eq!(card_brand("3782 822463 10005").map(Brand::cvv_length), Some(4));
/// ```
pub fn card_brand(number: &str) -> Option<Brand> {
    brand::detect(digits(number)?.as_str())
}

/// The input as a violation may show it: card number masked, CVV gone.
pub(crate) fn masked(input: &Input) -> Input {
    let mut target = input.clone();
    target.set(Field::Cvv2, Value::Absent);
    target.set(Field::CardNumber, masked_card(input.get(Field::CardNumber)));
    target
}

/// The card number as a target shows it: text and numbers masked; any other
/// value (a list, an object) left out, since it could hold the digits unmasked.
pub(crate) fn masked_card(value: &Value) -> Option<String> {
    match value {
        Value::Text(number) => Some(mask_card_number(number)),
        Value::Number(n) => Some(mask_card_number(&super::text::number_text(*n))),
        _ => None,
    }
}

/// Masks a card number for display.
///
/// A complete card number (13–19 digits that pass the Luhn check, with only
/// spaces or dashes between them) keeps its first 6 and last 4 digits:
/// `4111 1111-1111 1111` → `411111******1111`. Anything else becomes stars,
/// one per character that is not a separator. The stricter rule for partial
/// input matters because live validation sees every keystroke: revealing
/// "first 6 and last 4" of each prefix would leak a different 4 digits each
/// time. A value that is already masked is returned unchanged.
pub fn mask_card_number(raw: &str) -> String {
    // Iterators only, no slicing: nothing here can panic, and nothing here formats.
    let significant = || raw.chars().filter(|c| !is_separator(*c));
    let count = significant().count();
    let complete =
        (13..=19).contains(&count) && significant().all(|c| c.is_ascii_digit()) && luhn(significant().map(|c| c as u8));
    if complete {
        return significant().enumerate().map(|(i, c)| if i < 6 || i + 4 >= count { c } else { '*' }).collect();
    }
    if is_masked(significant()) {
        return significant().collect();
    }
    core::iter::repeat_n('*', count).collect()
}

/// The Luhn check over ASCII digits, right to left (callers pass digits only). Ours, not a
/// crate's: the one on crates.io links std, which the module leaves out.
fn luhn(digits: impl DoubleEndedIterator<Item = u8>) -> bool {
    let mut sum = 0u32;
    let mut count = 0usize;
    for (i, d) in digits.rev().enumerate() {
        let d = u32::from(d.wrapping_sub(b'0'));
        sum += if i % 2 == 1 { d * 2 - if d > 4 { 9 } else { 0 } } else { d };
        count = i + 1;
    }
    count > 0 && sum.is_multiple_of(10)
}

fn is_separator(c: char) -> bool {
    c == '-' || is_js_space(c)
}

/// `411111******1111`: six digits, stars, four digits (our own output).
fn is_masked(chars: impl Iterator<Item = char> + Clone) -> bool {
    let n = chars.clone().count();
    n > 10 && chars.enumerate().all(|(i, c)| if i < 6 || i >= n - 4 { c.is_ascii_digit() } else { c == '*' })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_vectors() {
        for (digits, valid) in [
            ("4111111111111111", true),
            ("4111111111111112", false),
            ("79927398713", true),
            ("79927398710", false),
            ("378282246310005", true),
            ("6011111111111117", true),
            ("0", true),
            ("", false),
        ] {
            assert_eq!(luhn(digits.bytes()), valid, "{digits}");
        }
    }

    #[test]
    fn card_numbers() {
        let number = |v: &Value| number(v, brand_of(v));
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
        let cvv = |v: &Value, card: &Value| cvv(v, brand_of(card));
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

    #[test]
    fn masks_complete_numbers_to_six_and_four() {
        for (raw, want) in [
            ("4111111111111111", "411111******1111"),
            ("4111-1111-1111-1111", "411111******1111"),
            (" 4111 1111 1111 1111 ", "411111******1111"),
            ("378282246310005", "378282*****0005"),
            ("6011111111111117", "601111******1117"),
        ] {
            assert_eq!(mask_card_number(raw), want, "{raw}");
        }
    }

    #[test]
    fn masks_everything_else_entirely() {
        for (raw, want) in [
            ("4111111111111112", "****************"), // fails Luhn: maybe a prefix
            ("41111111111", "***********"),
            ("4111a1111", "*********"),
            ("４１１１", "****"),
            ("", ""),
        ] {
            assert_eq!(mask_card_number(raw), want, "{raw}");
        }
    }

    #[test]
    fn a_card_number_that_is_not_text_never_reaches_the_target() {
        let input = Input::new()
            .with(Field::CardNumber, Value::List(vec![Value::from("4111111111111111")]))
            .with(Field::Cvv2, "123");
        let target = masked(&input);
        assert_eq!(target.get(Field::CardNumber), &Value::Absent);
        assert_eq!(target.get(Field::Cvv2), &Value::Absent);
        assert_eq!(masked_card(&Value::Number(4111111111111111.0)).as_deref(), Some("411111******1111"));
    }

    #[test]
    fn masking_is_idempotent() {
        for raw in ["4111111111111111", "4111-1111", "abc", "378282246310005"] {
            let once = mask_card_number(raw);
            assert_eq!(mask_card_number(&once), once, "{raw}");
        }
    }
}
