//! All wording, in one place. Each catalog matches on every reason, so a new
//! code does not compile until both languages say something for it.
//!
//! A text is a complete sentence fragment with no period in it: CCBill's own
//! sample shows an error with `item.message.split(".")[1]`.

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

#[cfg(test)]
mod tests {
    use super::*;
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
            CardLength,
            Pattern,
            Expired,
            InvalidCountry,
            InvalidSubdivision,
            InvalidEmail,
            InvalidIpv4,
        ];
        // Every public code has a reason here, so every code has wording.
        for code in Code::ALL {
            assert!(
                all.iter().any(|r| r.code() == *code),
                "no reason for {code}"
            );
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
                    assert!(
                        text.starts_with(char::is_uppercase),
                        "{locale:?} {field} {reason:?}: {text}"
                    );
                }
            }
        }
    }
}
