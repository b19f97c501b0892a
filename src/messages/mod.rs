//! All wording, in one place. Each catalog matches on every reason, so a new
//! code does not compile until both languages say something for it.
//!
//! A text is a complete sentence fragment with no period in it: CCBill's own
//! sample shows an error with `item.message.split(".")[1]`.

use std::fmt::Write;

use crate::input::Field;
use crate::options::Locale;
use crate::violation::Reason;

mod en;
mod es;

/// Appends the text of a message (without the `propertyName.` prefix).
pub(crate) fn write_text(out: &mut String, locale: Locale, field: Field, reason: Reason) {
    match locale {
        Locale::En => en::write(out, field, reason),
        Locale::Es => es::write(out, field, reason),
    }
}

/// Appends `label` with its first letter upper-cased: a sentence's start.
/// Every label starts with an ASCII letter; ASCII keeps Unicode's case
/// tables out of the module.
fn push_capitalized(out: &mut String, label: &str) {
    let mut chars = label.chars();
    if let Some(first) = chars.next() {
        out.push(first.to_ascii_uppercase());
        out.push_str(chars.as_str());
    }
}

/// Writes a brand's card lengths: `15`, `13, 16, 18 or 19`, or a run as
/// `16 to 19` (`range` gives the words around a run, `or` the last joiner).
fn write_lengths(out: &mut String, lengths: &[u8], range: (&str, &str), or: &str) {
    let is_run = lengths.len() >= 3 && lengths.windows(2).all(|w| w[1] == w[0] + 1);
    match (lengths.first(), lengths.last()) {
        (Some(first), Some(last)) if is_run => {
            let _ = write!(out, "{}{first}{}{last}", range.0, range.1);
        }
        _ => {
            for (i, n) in lengths.iter().enumerate() {
                if i > 0 {
                    out.push_str(if i + 1 == lengths.len() { or } else { ", " });
                }
                let _ = write!(out, "{n}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::brand::Brand;
    use crate::violation::Code;

    fn every_reason() -> Vec<Reason> {
        use Reason::*;
        let all = vec![
            Required,
            NotANumber,
            NotAnInteger,
            NotABoolean,
            NotAString,
            OutOfRange { min: 0, max: 9999 },
            TooShort { min: 2 },
            TooLong { max: 50 },
            Luhn,
            CardLength { brand: None },
            Pattern,
            Expired,
            InvalidCountry,
            InvalidSubdivision { of_country: false },
            InvalidSubdivision { of_country: true },
            InvalidPostalCode { examples: ["95014", "22162-1010"] },
            InvalidPostalCode { examples: ["EC1Y 8SY", ""] },
            InvalidPhone,
            InvalidEmail,
            InvalidIpv4,
            RequiredForVersion { major: 1 },
            AtLeast { min: 0 },
            TooManyDecimals { max: 2 },
            TooLong { max: 16 },
            TooLong { max: 1 },
            InvalidPassThroughInfo,
            Mismatch { other: Field::InitialPrice },
        ];
        let mut all = all;
        for brand in Brand::ALL {
            all.push(CardLength { brand: Some(*brand) });
            all.push(CvvLength { brand: *brand });
        }
        // Every public code has a reason here, so every code has wording.
        for code in Code::ALL {
            assert!(all.iter().any(|r| r.code() == *code), "no reason for {code}");
        }
        all
    }

    #[test]
    fn every_text_is_a_period_free_sentence_in_both_languages() {
        for locale in [Locale::En, Locale::Es] {
            for field in Field::ALL {
                for reason in every_reason() {
                    let mut text = String::new();
                    write_text(&mut text, locale, *field, reason);
                    assert!(!text.contains('.'), "{locale:?} {field} {reason:?}: {text}");
                    assert!(text.len() > 8, "{locale:?} {field} {reason:?}: {text}");
                    assert!(text.starts_with(char::is_uppercase), "{locale:?} {field} {reason:?}: {text}");
                }
            }
        }
    }
}

#[cfg(test)]
mod lengths {
    use super::write_lengths;

    #[test]
    fn lists_and_runs() {
        let w = |l: &[u8]| {
            let mut s = String::new();
            write_lengths(&mut s, l, ("de ", " a "), " o ");
            s
        };
        assert_eq!(w(&[15]), "15");
        assert_eq!(w(&[16, 19]), "16 o 19");
        assert_eq!(w(&[13, 16, 18, 19]), "13, 16, 18 o 19");
        assert_eq!(w(&[16, 17, 18, 19]), "de 16 a 19");
    }
}
