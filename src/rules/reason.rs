//! Why a rule failed: the stable codes merchants key on, the typed reasons
//! the rules return, and the params a message may show. No wording here:
//! each platform words a finding once (`messages` natively, `messages.js` in
//! the page).

use core::fmt;

use super::brand::{Brand, ANY_LENGTH};
use crate::input::Field;

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
    /// The variant of the code whose wording differs for this reason (locales/README.md): its
    /// sentence is `<code>.<variant>`. Each platform's wording reads it from here (the page's
    /// through the module's findings).
    pub(crate) fn variant(self) -> Option<&'static str> {
        match self {
            Reason::RequiredForVersion { .. } => Some("version"),
            Reason::AtLeast { .. } => Some("atLeast"),
            Reason::CardLength { brand: Some(_) } => Some("brand"),
            Reason::InvalidSubdivision { of_country: true } => Some("ofCountry"),
            Reason::InvalidPostalCode { examples: [_, two] } if !two.is_empty() => Some("two"),
            _ => None,
        }
    }

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

/// A value a message may show, named by the key it has in a violation's `params`
/// (see [`Violation::params`](crate::Violation::params)).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Param<'a> {
    /// A bound (`min`, `max`), a length, a 3-D Secure major version.
    Int(i64),
    /// Whether a subdivision was checked against its country (`ofCountry`).
    Bool(bool),
    /// A brand id, a brand name, a field name: our own ASCII-or-Latin text, never input.
    Text(&'static str),
    /// `null`: no brand known.
    Null,
    /// The card lengths a brand allows.
    Lengths(&'a [u8]),
    /// Example postal codes.
    Texts(&'a [&'static str]),
}

impl Reason {
    /// Calls `f` with each param, in a fixed order: what a message may say
    /// about this reason. The same params reach Rust's wording and the page's.
    pub(crate) fn params<'a>(&'a self, mut f: impl FnMut(&'static str, Param<'a>)) {
        match self {
            Reason::RequiredForVersion { major } => f("threedsVersion", Param::Int(i64::from(*major))),
            Reason::OutOfRange { min, max } => {
                f("min", Param::Int(*min));
                f("max", Param::Int(*max));
            }
            Reason::AtLeast { min } => f("min", Param::Int(*min)),
            Reason::TooManyDecimals { max } => f("max", Param::Int(i64::from(*max))),
            Reason::TooShort { min } => f("min", Param::Int(*min as i64)),
            Reason::TooLong { max } => f("max", Param::Int(*max as i64)),
            Reason::CardLength { brand: None } => {
                f("brand", Param::Null);
                f("lengths", Param::Lengths(&ANY_LENGTH));
            }
            Reason::CardLength { brand: Some(brand) } => {
                f("brand", Param::Text(brand.id()));
                f("name", Param::Text(brand.name()));
                f("lengths", Param::Lengths(brand.lengths()));
            }
            Reason::CvvLength { brand } => {
                f("brand", Param::Text(brand.id()));
                f("name", Param::Text(brand.name()));
                f("cvvLength", Param::Int(i64::from(brand.cvv_length())));
            }
            Reason::InvalidSubdivision { of_country } => f("ofCountry", Param::Bool(*of_country)),
            Reason::InvalidPostalCode { examples } => {
                let n = if examples[1].is_empty() { 1 } else { 2 };
                f("examples", Param::Texts(examples.split_at(n).0))
            }
            Reason::Mismatch { other } => f("other", Param::Text(other.name())),
            Reason::Required
            | Reason::NotANumber
            | Reason::NotAnInteger
            | Reason::NotABoolean
            | Reason::NotAString
            | Reason::Luhn
            | Reason::Pattern
            | Reason::Expired
            | Reason::InvalidCountry
            | Reason::InvalidPhone
            | Reason::InvalidEmail
            | Reason::InvalidIpv4
            | Reason::InvalidPassThroughInfo => {}
        }
    }
}

impl Reason {
    /// One reason of each shape (each variant, and each params' shape): the generated params
    /// types (src/facts.rs) and the wording tests read them. A new variant does not compile below
    /// until it is listed; a code with no reason here fails tests/facts.rs.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub(crate) fn shapes() -> Vec<Reason> {
        use Reason::*;
        let reasons = vec![
            Required,
            RequiredForVersion { major: 2 },
            NotANumber,
            NotAnInteger,
            NotABoolean,
            NotAString,
            OutOfRange { min: 0, max: 1 },
            AtLeast { min: 0 },
            TooManyDecimals { max: 2 },
            TooShort { min: 1 },
            TooLong { max: 1 },
            Luhn,
            CardLength { brand: None },
            CardLength { brand: Some(Brand::Visa) },
            Pattern,
            CvvLength { brand: Brand::Visa },
            Expired,
            InvalidCountry,
            InvalidSubdivision { of_country: true },
            InvalidPostalCode { examples: ["A", ""] },
            InvalidPostalCode { examples: ["A", "B"] },
            InvalidPhone,
            InvalidEmail,
            InvalidIpv4,
            InvalidPassThroughInfo,
            Mismatch { other: Field::InitialPrice },
        ];
        // A new reason does not compile here until it is listed above.
        for reason in &reasons {
            match reason {
                Required | RequiredForVersion { .. } | NotANumber | NotAnInteger | NotABoolean | NotAString => {}
                OutOfRange { .. } | AtLeast { .. } | TooManyDecimals { .. } | TooShort { .. } | TooLong { .. } => {}
                Luhn | CardLength { .. } | Pattern | CvvLength { .. } | Expired | InvalidCountry => {}
                InvalidSubdivision { .. } | InvalidPostalCode { .. } | InvalidPhone | InvalidEmail | InvalidIpv4 => {}
                InvalidPassThroughInfo | Mismatch { .. } => {}
            }
        }
        reasons
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_fields_are_numbered_in_declaration_order() {
        // The wasm boundary names both by `as usize`, an index into these lists.
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

    #[test]
    fn params_of_a_reason() {
        let mut seen = Vec::new();
        Reason::CardLength { brand: Some(Brand::Visa) }.params(|k, v| seen.push(format!("{k}={v:?}")));
        assert_eq!(seen, ["brand=Text(\"visa\")", "name=Text(\"Visa\")", "lengths=Lengths([13, 16, 18, 19])"]);
        seen.clear();
        Reason::InvalidPostalCode { examples: ["EC1Y 8SY", ""] }.params(|k, v| seen.push(format!("{k}={v:?}")));
        assert_eq!(seen, ["examples=Texts([\"EC1Y 8SY\"])"]);
    }
}
