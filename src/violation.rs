//! The violation a validator reports, its stable codes, and the masking that
//! keeps card data out of everything we return.

use std::fmt;
use std::sync::Arc;

use crate::input::{Field, Input, Value};
use crate::messages;
use crate::options::Locale;
use crate::rules::brand::Brand;

macro_rules! codes {
    ($($variant:ident => $name:literal),+ $(,)?) => {
        /// A stable machine code: merchants key their own wording on it, so a
        /// code's string never changes once published.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code { $($variant),+ }

        impl Code {
            /// Every code.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The code as it appears in a violation, e.g. `"outOfRange"`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name),+ }
            }
        }
    };
}

codes! {
    Required => "required",
    NotANumber => "notANumber",
    NotAnInteger => "notAnInteger",
    NotABoolean => "notABoolean",
    NotAString => "notAString",
    OutOfRange => "outOfRange",
    TooManyDecimals => "tooManyDecimals",
    TooShort => "tooShort",
    TooLong => "tooLong",
    Luhn => "luhn",
    CardLength => "cardLength",
    Pattern => "pattern",
    CvvLength => "cvvLength",
    Expired => "expired",
    InvalidCountry => "invalidCountry",
    InvalidSubdivision => "invalidSubdivision",
    InvalidPostalCode => "invalidPostalCode",
    InvalidPhone => "invalidPhone",
    InvalidEmail => "invalidEmail",
    InvalidIpv4 => "invalidIpv4",
    InvalidPassThroughInfo => "invalidPassThroughInfo",
    Mismatch => "mismatch",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a rule failed, with what the message needs to say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    Required,
    /// Required because of the 3-D Secure version sent.
    RequiredForVersion {
        major: u8,
    },
    NotANumber,
    NotAnInteger,
    NotABoolean,
    NotAString,
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// Below `min`, with no upper bound (code `outOfRange`).
    AtLeast {
        min: i64,
    },
    TooManyDecimals {
        max: u32,
    },
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    Luhn,
    /// Not a length of the brand's numbers (or not 12–19 digits, brand unknown).
    CardLength {
        brand: Option<Brand>,
    },
    /// The field's pattern; the message says which characters it allows.
    Pattern,
    CvvLength {
        brand: Brand,
    },
    Expired,
    InvalidCountry,
    /// Not a subdivision of the form's country, or not even shaped like one.
    InvalidSubdivision {
        of_country: bool,
    },
    /// Not in the country's format; two of its examples for the message.
    InvalidPostalCode {
        examples: [&'static str; 2],
    },
    InvalidPhone,
    InvalidEmail,
    InvalidIpv4,
    InvalidPassThroughInfo,
    /// Must equal another field (`threedsAmount` and `initialPrice`).
    Mismatch {
        other: Field,
    },
}

impl Reason {
    pub(crate) const fn code(self) -> Code {
        match self {
            Reason::Required | Reason::RequiredForVersion { .. } => Code::Required,
            Reason::NotANumber => Code::NotANumber,
            Reason::NotAnInteger => Code::NotAnInteger,
            Reason::NotABoolean => Code::NotABoolean,
            Reason::NotAString => Code::NotAString,
            Reason::OutOfRange { .. } | Reason::AtLeast { .. } => Code::OutOfRange,
            Reason::TooManyDecimals { .. } => Code::TooManyDecimals,
            Reason::TooShort { .. } => Code::TooShort,
            Reason::TooLong { .. } => Code::TooLong,
            Reason::Luhn => Code::Luhn,
            Reason::CardLength { .. } => Code::CardLength,
            Reason::Pattern => Code::Pattern,
            Reason::CvvLength { .. } => Code::CvvLength,
            Reason::Expired => Code::Expired,
            Reason::InvalidCountry => Code::InvalidCountry,
            Reason::InvalidSubdivision { .. } => Code::InvalidSubdivision,
            Reason::InvalidPostalCode { .. } => Code::InvalidPostalCode,
            Reason::InvalidPhone => Code::InvalidPhone,
            Reason::InvalidEmail => Code::InvalidEmail,
            Reason::InvalidIpv4 => Code::InvalidIpv4,
            Reason::InvalidPassThroughInfo => Code::InvalidPassThroughInfo,
            Reason::Mismatch { .. } => Code::Mismatch,
        }
    }
}

/// A rule that failed on a field: what the rules produce, before wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Finding {
    pub(crate) field: Field,
    pub(crate) reason: Reason,
}

impl Finding {
    /// `"<propertyName>.<text>"`, the shape CCBill's widget uses.
    pub(crate) fn message(self, locale: Locale) -> String {
        let mut out = String::with_capacity(64);
        self.write_message(&mut out, locale);
        out
    }

    /// Appends the message to `out` (the wasm layer puts all of a call's in one string).
    pub(crate) fn write_message(self, out: &mut String, locale: Locale) {
        out.push_str(self.field.name());
        out.push('.');
        messages::write_text(out, locale, self.field, self.reason);
    }
}

/// One failed rule, shaped like the violations CCBill's widget throws:
/// `{ target, message, propertyName }`, plus a stable `code`.
///
/// ```
/// use ccbill_validate::{calls, Code, Field, Input, Options};
/// let input = Input::new().with(Field::ClientAccnum, "899999");
/// let found = calls::create_payment_token::validate(&input, &Options::new());
/// assert_eq!(found[0].property_name(), "clientAccnum");
/// assert_eq!(found[0].code(), Code::OutOfRange);
/// assert_eq!(found[0].message(), "clientAccnum.Merchant account number must be between 900000 and 999999");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    finding: Finding,
    message: String,
    target: Arc<Input>,
}

impl Violation {
    pub(crate) fn new(finding: Finding, locale: Locale, target: Arc<Input>) -> Self {
        Violation { message: finding.message(locale), finding, target }
    }

    /// CCBill's name for the field, e.g. `"cardNumber"`.
    pub fn property_name(&self) -> &'static str {
        self.finding.field.name()
    }

    /// The field.
    pub fn field(&self) -> Field {
        self.finding.field
    }

    /// The stable machine code.
    pub fn code(&self) -> Code {
        self.finding.reason.code()
    }

    /// `"<propertyName>.<text>"`; `<text>` never holds a period.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The validated input, with `cardNumber` masked and `cvv2` removed.
    pub fn target(&self) -> &Input {
        &self.target
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
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
        Value::Number(n) => Some(mask_card_number(&crate::rules::text::number_text(*n))),
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
    // Iterators only, no slicing: nothing here can panic, and no formatting machinery is pulled
    // into the wasm module.
    let significant = || raw.chars().filter(|c| !is_separator(*c));
    let count = significant().count();
    let complete = (13..=19).contains(&count)
        && significant().all(|c| c.is_ascii_digit())
        && luhn::valid(&significant().collect::<String>());
    if complete {
        return significant().enumerate().map(|(i, c)| if i < 6 || i + 4 >= count { c } else { '*' }).collect();
    }
    if is_masked(significant()) {
        return significant().collect();
    }
    std::iter::repeat_n('*', count).collect()
}

fn is_separator(c: char) -> bool {
    c == '-' || crate::input::is_js_space(c)
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

    #[test]
    fn codes_and_fields_are_numbered_in_declaration_order() {
        // The wasm layer names both by `as usize`, an index into these lists.
        assert!(Code::ALL.iter().enumerate().all(|(i, c)| *c as usize == i));
        assert!(Field::ALL.iter().enumerate().all(|(i, f)| *f as usize == i));
    }

    #[test]
    fn codes_are_unique_camel_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()));
            assert!(code.as_str().chars().all(|c| c.is_ascii_alphanumeric()));
        }
    }
}
