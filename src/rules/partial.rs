//! Whether a value that fails its rule can still pass by typing more: the customer is part of the
//! way through a valid value. Live feedback (`validateField` with `typing`, attach()) holds such
//! an error back while the field has focus: "4111" is a Visa number not yet typed, not a wrong
//! length.

use super::brand::Brand;
use super::card::{brand_of, CVV_DIGITS, MAX_DIGITS};
use super::reason::{Finding, Reason};
use super::text::text;
use crate::input::{is_js_space, js_trim, Field, Input, Value};
use alloc::vec::Vec;

/// Drops the findings that typing more can fix: what stays is wrong whatever the customer types
/// next.
pub(crate) fn settled(findings: &mut Vec<Finding>, input: &Input) {
    let brand = brand_of(input.get(Field::CardNumber));
    findings.retain(|f| !can_still_pass(f.field, f.reason, input.get(f.field), brand));
}

/// Whether `value` of `field`, failing for `reason`, is a beginning of a value that passes.
/// `brand` is the card number's brand (the security code's length follows it).
pub(crate) fn can_still_pass(field: Field, reason: Reason, value: &Value, brand: Option<Brand>) -> bool {
    let Ok(raw) = text(value) else {
        return matches!(reason, Reason::Required);
    };
    let v = js_trim(&raw);
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    match reason {
        Reason::Required | Reason::TooShort { .. } => true,
        // A number shorter than its brand's longest: more digits may give a length it has and a
        // right check digit ("4111 1111 1111 1" has Visa's 13 digits and a wrong one).
        Reason::CardLength { .. } | Reason::Luhn if field == Field::CardNumber => {
            let longest = brand.and_then(|b| b.lengths().iter().max().copied()).map_or(MAX_DIGITS, usize::from);
            v.chars().all(|c| c.is_ascii_digit() || c == '-' || is_js_space(c))
                && v.bytes().filter(u8::is_ascii_digit).count() < longest
        }
        Reason::Pattern | Reason::CvvLength { .. } if field == Field::Cvv2 => {
            digits_only(v) && v.len() < brand.map_or(CVV_DIGITS.1, |b| usize::from(b.cvv_length()))
        }
        Reason::OutOfRange { .. } => {
            (field == Field::ExpYear && (1..=3).contains(&v.len()) && digits_only(v))
                || (field == Field::ExpMonth && v == "0")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beginnings_of_valid_values() {
        let t = |field, reason, value: &str, brand| can_still_pass(field, reason, &Value::from(value), brand);
        let visa = Some(Brand::Visa);
        assert!(t(Field::CardNumber, Reason::CardLength { brand: visa }, "4111 1111", visa));
        assert!(!t(Field::CardNumber, Reason::CardLength { brand: visa }, "4111 1111 1111 1111 111", visa));
        assert!(!t(Field::CardNumber, Reason::CardLength { brand: visa }, "4111x", visa));
        assert!(t(Field::Cvv2, Reason::Pattern, "12", None));
        assert!(!t(Field::Cvv2, Reason::CvvLength { brand: Brand::Visa }, "1234", visa));
        assert!(t(
            Field::Cvv2,
            Reason::CvvLength { brand: Brand::AmericanExpress },
            "123",
            Some(Brand::AmericanExpress)
        ));
        assert!(t(Field::ExpYear, Reason::OutOfRange { min: 2018, max: 2100 }, "20", None));
        assert!(!t(Field::ExpYear, Reason::OutOfRange { min: 2018, max: 2100 }, "1999", None));
        assert!(t(Field::ExpMonth, Reason::OutOfRange { min: 1, max: 12 }, "0", None));
        assert!(!t(Field::ExpMonth, Reason::OutOfRange { min: 1, max: 12 }, "13", None));
        assert!(t(Field::NameOnCard, Reason::TooShort { min: 2 }, "A", None));
        assert!(t(Field::Email, Reason::Required, "", None));
        assert!(t(Field::CardNumber, Reason::Luhn, "4111 1111 1111 1", visa));
        assert!(!t(Field::CardNumber, Reason::Luhn, "4111 1111 1111 1111 112", visa));
        let mastercard = Some(Brand::Mastercard);
        assert!(!t(Field::CardNumber, Reason::Luhn, "5555 5555 5555 4440", mastercard));
    }
}
