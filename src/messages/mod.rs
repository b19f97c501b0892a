//! Native wording: a finding rendered with the catalog of the caller's
//! language, for the CLI and backends. The catalogs are generated from
//! `locales/<tag>.json` (scripts/locales.py), the same sources as the page's
//! `ccbill-validate/locales/<tag>` modules; the wasm module holds no wording.
//!
//! A text never holds a period: CCBill's own sample shows an error with
//! `item.message.split(".")[1]`.

use crate::input::Field;
use crate::num::{push_decimal, push_int};
use crate::options::Locale;
use crate::rules::reason::{Finding, Param};
use alloc::string::String;
use alloc::vec::Vec;

// CATALOGS: generated (scripts/locales.py), part of this module rather than a module of its own.
include!("catalogs.rs");

/// One language's wording: a label per field, a sentence per message key.
pub(crate) struct Catalog {
    pub(crate) tag: &'static str,
    /// How a list of card lengths reads: `from`16`to`19, `13`comma`16`or`19`.
    from: &'static str,
    to: &'static str,
    comma: &'static str,
    or_: &'static str,
    labels: &'static [(&'static str, &'static str)],
    pub(crate) messages: &'static [(&'static str, &'static str)],
}

impl Catalog {
    /// The catalog of `locale` (every locale has one: a test holds it; English otherwise).
    pub(crate) fn of(locale: Locale) -> &'static Catalog {
        let all = &CATALOGS;
        all.iter().find(|c| c.tag == locale.tag()).unwrap_or(&all[0])
    }

    fn label(&self, field: Field) -> &'static str {
        self.labels.iter().find(|(name, _)| *name == field.name()).map_or(field.name(), |(_, label)| label)
    }

    fn sentence(&self, key: &str) -> Option<&'static str> {
        self.messages.iter().find(|(k, _)| *k == key).map(|(_, s)| *s)
    }
}

/// `"<propertyName>.<text>"`, the shape CCBill's widget uses.
pub(crate) fn message(property_name: &str, finding: Finding, locale: Locale) -> String {
    let mut out = String::with_capacity(64);
    out.push_str(property_name);
    out.push('.');
    write_text(&mut out, Catalog::of(locale), finding);
    out
}

/// Appends the text of a finding's message: the first sentence of
/// `<code>.<propertyName>`, `<code>.<variant>`, `<code>`, with its placeholders filled.
pub(crate) fn write_text(out: &mut String, catalog: &Catalog, finding: Finding) {
    let code = finding.reason.code().as_str();
    let keyed = |suffix: &str| catalog.sentence(&[code, suffix].join("."));
    let sentence = keyed(finding.field.name())
        .or_else(|| finding.reason.variant().and_then(keyed))
        .or_else(|| catalog.sentence(code))
        .unwrap_or(code);
    let mut params = Vec::new();
    finding.reason.params(|key, value| params.push((key, value)));
    let mut rest = sentence;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        out.push_str(&rest[..open]);
        fill(out, catalog, finding.field, &params, &rest[open + 1..close]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
}

/// Writes one placeholder's value (an unknown one is written back as it was).
fn fill(out: &mut String, catalog: &Catalog, field: Field, params: &[(&str, Param)], name: &str) {
    let param = |key: &str| params.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let other = || match param("other") {
        Some(Param::Text(name)) => Field::from_name(name).map(|f| catalog.label(f)),
        _ => None,
    };
    let example = |i: usize| match param("examples") {
        Some(Param::Texts(texts)) => texts.get(i).copied(),
        _ => None,
    };
    match (name, param(name)) {
        ("label", _) => out.push_str(catalog.label(field)),
        ("Label", _) => push_capitalized(out, catalog.label(field)),
        ("other", _) => out.push_str(other().unwrap_or_default()),
        ("otherLower", _) => out.push_str(&other().unwrap_or_default().to_lowercase()),
        ("example", _) => out.push_str(example(0).unwrap_or_default()),
        ("example2", _) => out.push_str(example(1).unwrap_or_default()),
        ("lengths", Some(Param::Lengths(lengths))) => write_lengths(out, catalog, lengths),
        (_, Some(Param::Int(n))) => push_int(out, n),
        (_, Some(Param::Text(text))) => out.push_str(text),
        _ => {
            out.push('{');
            out.push_str(name);
            out.push('}');
        }
    }
}

/// Appends `label` with its first letter upper-cased: a sentence's start.
fn push_capitalized(out: &mut String, label: &str) {
    let mut chars = label.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

/// Writes a brand's card lengths: `15`, `13, 16, 18 or 19`, or a run as `16 to 19`.
fn write_lengths(out: &mut String, catalog: &Catalog, lengths: &[u8]) {
    let is_run = lengths.len() >= 3 && lengths.windows(2).all(|w| w[1] == w[0] + 1);
    match (lengths.first(), lengths.last()) {
        (Some(first), Some(last)) if is_run => {
            out.push_str(catalog.from);
            push_decimal(out, u128::from(*first));
            out.push_str(catalog.to);
            push_decimal(out, u128::from(*last));
        }
        _ => {
            for (i, n) in lengths.iter().enumerate() {
                if i > 0 {
                    out.push_str(if i + 1 == lengths.len() { catalog.or_ } else { catalog.comma });
                }
                push_decimal(out, u128::from(*n));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::reason::Reason;

    #[test]
    fn lists_and_runs() {
        let es = Catalog::of(Locale::Es);
        let w = |l: &[u8]| {
            let mut s = String::new();
            write_lengths(&mut s, es, l);
            s
        };
        assert_eq!(w(&[15]), "15");
        assert_eq!(w(&[16, 19]), "16 o 19");
        assert_eq!(w(&[13, 16, 18, 19]), "13, 16, 18 o 19");
        assert_eq!(w(&[16, 17, 18, 19]), "de 16 a 19");
    }

    #[test]
    fn every_locale_has_its_catalog() {
        for locale in Locale::ALL {
            assert_eq!(Catalog::of(*locale).tag, locale.tag());
        }
        assert_eq!(CATALOGS.len(), Locale::ALL.len());
    }

    /// One reason of every shape, more bounds and postal examples, and every brand's.
    fn every_reason() -> Vec<Reason> {
        use crate::rules::brand::Brand;
        use Reason::*;
        let mut all = Reason::shapes();
        all.extend([
            InvalidSubdivision { of_country: false },
            TooLong { max: 50 },
            TooLong { max: 16 },
            InvalidPostalCode { examples: ["95014", "22162-1010"] },
            InvalidPostalCode { examples: ["EC1Y 8SY", ""] },
        ]);
        for brand in Brand::ALL {
            all.push(CardLength { brand: Some(*brand) });
            all.push(CvvLength { brand: *brand });
        }
        all
    }

    #[test]
    fn every_finding_is_a_filled_period_free_sentence_in_every_locale() {
        for locale in Locale::ALL {
            for field in Field::ALL {
                for reason in every_reason() {
                    let message = message(field.name(), Finding { field: *field, reason }, *locale);
                    let text = message.strip_prefix(field.name()).and_then(|t| t.strip_prefix('.'));
                    let text = text.unwrap_or_else(|| panic!("{locale:?} {field}: {message}"));
                    assert!(!text.contains(['.', '{', '}']), "{locale:?} {field} {reason:?}: {text}");
                    assert!(text.chars().count() > 4, "{locale:?} {field} {reason:?}: {text}");
                    // A sentence starts with a capital where the script has them; in Japanese,
                    // Korean, Chinese and Hindi it may start with a field's technical name.
                    let caseless =
                        matches!(locale, Locale::Ja | Locale::Ko | Locale::ZhHant | Locale::ZhHans | Locale::Hi);
                    let first = text.chars().next().unwrap_or_default();
                    assert!(caseless || !first.is_lowercase(), "{locale:?} {field} {reason:?}: {text}");
                }
            }
        }
    }
}
