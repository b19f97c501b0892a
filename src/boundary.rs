//! The grammar of the string `src/boundary.js` `readFields` hands the module: per field, in the
//! call's field order, one entry:
//!
//! ```text
//! entry = "t" units ":" text   ; a string of `units` UTF-16 code units (cut at READ_LIMIT + 1)
//!       | "y" | "n"            ; true, false
//!       | "#"                  ; a number, read exactly from the raw value
//!       | "l"                  ; an array (passThroughInfo), read item by item from the raw value
//!       | "a"                  ; undefined or null
//!       | "o"                  ; anything else, or a property whose getter threw
//! ```
//!
//! What the module hands back, to `buildViolations`: the call's findings as one JSON text, in
//! field order, each with its params (`Reason::params`, in that order) and, where the code's
//! wording has a variant for it, the variant (`Reason::variant`):
//!
//! ```text
//! findings = "[" [finding *("," finding)] "]"
//! finding  = "[" string "," string "," params ["," string] "]"   ; propertyName, code, params, variant
//! params   = "{" [string ":" value *("," string ":" value)] "}"
//! value    = integer | "true" | "false" | "null" | string
//!          | "[" [integer *("," integer)] "]" | "[" [string *("," string)] "]"
//! ```
//!
//! Both directions are written once, here and in `src/boundary.js`. Pure Rust, so the grammar
//! and its failures are tested natively (and, across the boundary, by tests/common/wire.rs in
//! Node and both browsers); `src/wasm/read.rs` reads the raw values the entries point to. A string
//! that does not parse is a bug of ours, never an input.

use crate::rules::reason::{Finding, Param};
use alloc::string::String;

/// One field's entry.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Entry<'a> {
    Text(&'a str),
    Bool(bool),
    Number,
    List,
    Absent,
    Other,
}

/// The first entry of `s` and the rest; `None` when `s` does not start with a whole entry.
pub(crate) fn next(s: &str) -> Option<(Entry<'_>, &str)> {
    let kind = s.as_bytes().first()?;
    let rest = s.get(1..)?;
    let entry = match kind {
        b't' => return text(rest).map(|(t, rest)| (Entry::Text(t), rest)),
        b'y' => Entry::Bool(true),
        b'n' => Entry::Bool(false),
        b'#' => Entry::Number,
        b'l' => Entry::List,
        b'a' => Entry::Absent,
        b'o' => Entry::Other,
        _ => return None,
    };
    Some((entry, rest))
}

/// Splits `<UTF-16 units>:<text><rest>` into the text and the rest, in one pass over the text.
fn text(s: &str) -> Option<(&str, &str)> {
    let (units, body) = s.split_once(':')?;
    if units.is_empty() || !units.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let units: usize = units.parse().ok()?;
    let mut taken = 0;
    let mut end = body.len();
    for (at, c) in body.char_indices() {
        if taken >= units {
            end = at;
            break;
        }
        taken += c.len_utf16();
    }
    if taken != units {
        return None;
    }
    Some((body.get(..end)?, body.get(end..)?))
}

/// Appends the findings as JSON (the grammar above) by pushing text, without `core::fmt`:
/// formatting code adds kilobytes to the module wherever it is used.
pub(crate) fn write_findings(out: &mut String, findings: &[Finding]) {
    out.push('[');
    for (n, finding) in findings.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push('[');
        push_string(out, finding.field.name());
        out.push(',');
        push_string(out, finding.reason.code().as_str());
        out.push_str(",{");
        let mut first = true;
        finding.reason.params(|key, value| {
            if !core::mem::take(&mut first) {
                out.push(',');
            }
            push_string(out, key);
            out.push(':');
            push_param(out, value);
        });
        out.push('}');
        if let Some(variant) = finding.reason.variant() {
            out.push(',');
            push_string(out, variant);
        }
        out.push(']');
    }
    out.push(']');
}

fn push_param(out: &mut String, value: Param<'_>) {
    match value {
        Param::Int(n) => push_int(out, n),
        Param::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Param::Null => out.push_str("null"),
        Param::Text(text) => push_string(out, text),
        Param::Lengths(ns) => push_list(out, ns.iter(), |out, n| push_int(out, i64::from(*n))),
        Param::Texts(texts) => push_list(out, texts.iter(), |out, t| push_string(out, t)),
    }
}

fn push_list<T>(out: &mut String, items: impl Iterator<Item = T>, mut each: impl FnMut(&mut String, T)) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

/// A JSON string. Our texts (names, codes, brands, postal examples) need no escapes, but a
/// quote, backslash or control character is escaped all the same, so no text can break the JSON.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                out.push(hex(u32::from(c) >> 4));
                out.push(hex(u32::from(c) & 15));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex(n: u32) -> char {
    char::from_digit(n, 16).unwrap_or('0')
}

/// Appends `n` in decimal, without `core::fmt`.
pub(crate) fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut m = n.unsigned_abs();
    loop {
        if let Some(slot) = digits.get_mut(len) {
            *slot = b'0' + (m % 10) as u8;
        }
        len += 1;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    for d in digits.iter().take(len).rev() {
        out.push(char::from(*d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(mut s: &str) -> Option<Vec<Entry<'_>>> {
        let mut out = Vec::new();
        while !s.is_empty() {
            let (entry, rest) = next(s)?;
            out.push(entry);
            s = rest;
        }
        Some(out)
    }

    #[test]
    fn entries() {
        use Entry::*;
        let got = all("t3:abcyn#laot0:t2:😀t4:a:b:");
        assert_eq!(
            got,
            Some(vec![
                Text("abc"),
                Bool(true),
                Bool(false),
                Number,
                List,
                Absent,
                Other,
                Text(""),
                Text("😀"),
                Text("a:b:")
            ])
        );
    }

    #[test]
    fn malformed_strings_fail_instead_of_reading_as_absent() {
        for bad in ["x", "t", "t3", "t3:ab", "t:ab", "t-1:a", "t+1:a", "t1:😀", "T1:a", "t99999999999999999999999:a"]
        {
            assert_eq!(all(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn what_javascript_encodes_decodes() {
        // The encoder's side, written as boundary.js writes it: kind, then `${s.length}:${s}`.
        let encode = |s: &str| format!("t{}:{s}", s.encode_utf16().count());
        for s in ["", "4111 1111 1111 1111", "Zoë", "李小龍", "😀😀", ":", "t3:x", "\u{1}", "a\u{FFFD}b"] {
            let encoded = format!("{}y", encode(s));
            assert_eq!(all(&encoded), Some(vec![Entry::Text(s), Entry::Bool(true)]), "{s:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod findings {
        use super::super::write_findings;
        use crate::input::Field;
        use crate::rules::brand::Brand;
        use crate::rules::reason::{Finding, Reason};
        use proptest::prelude::*;
        use serde_json::{json, Value};

        fn reason() -> impl Strategy<Value = Reason> {
            let brand = proptest::sample::select(Brand::ALL);
            let example = proptest::sample::select(&["95014", "EC1Y 8SY", "a\"b\\c", "\u{1}", "", "Zoë"][..]);
            prop_oneof![
                Just(Reason::Required),
                any::<u8>().prop_map(|major| Reason::RequiredForVersion { major }),
                (any::<i64>(), any::<i64>()).prop_map(|(min, max)| Reason::OutOfRange { min, max }),
                any::<i64>().prop_map(|min| Reason::AtLeast { min }),
                any::<u32>().prop_map(|max| Reason::TooManyDecimals { max }),
                any::<usize>().prop_map(|max| Reason::TooLong { max: max >> 1 }),
                proptest::option::of(brand.clone()).prop_map(|brand| Reason::CardLength { brand }),
                brand.prop_map(|brand| Reason::CvvLength { brand }),
                any::<bool>().prop_map(|of_country| Reason::InvalidSubdivision { of_country }),
                (example.clone(), example).prop_map(|(a, b)| Reason::InvalidPostalCode { examples: [a, b] }),
                proptest::sample::select(Field::ALL).prop_map(|other| Reason::Mismatch { other }),
                Just(Reason::Luhn),
            ]
        }

        /// What the grammar says a finding's JSON holds, built independently of the encoder.
        fn expected(f: &Finding) -> Value {
            let params = match f.reason {
                Reason::RequiredForVersion { major } => json!({ "threedsVersion": major }),
                Reason::OutOfRange { min, max } => json!({ "min": min, "max": max }),
                Reason::AtLeast { min } => json!({ "min": min }),
                Reason::TooManyDecimals { max } => json!({ "max": max }),
                Reason::TooLong { max } => json!({ "max": max }),
                Reason::CardLength { brand: None } => {
                    json!({ "brand": null, "lengths": [12, 13, 14, 15, 16, 17, 18, 19] })
                }
                Reason::CardLength { brand: Some(b) } => {
                    json!({ "brand": b.id(), "name": b.name(), "lengths": b.lengths() })
                }
                Reason::CvvLength { brand: b } => {
                    json!({ "brand": b.id(), "name": b.name(), "cvvLength": b.cvv_length() })
                }
                Reason::InvalidSubdivision { of_country } => json!({ "ofCountry": of_country }),
                Reason::InvalidPostalCode { examples: [a, ""] } => json!({ "examples": [a] }),
                Reason::InvalidPostalCode { examples } => json!({ "examples": examples }),
                Reason::Mismatch { other } => json!({ "other": other.name() }),
                _ => json!({}),
            };
            match f.reason.variant() {
                Some(variant) => json!([f.field.name(), f.reason.code().as_str(), params, variant]),
                None => json!([f.field.name(), f.reason.code().as_str(), params]),
            }
        }

        proptest! {
            #[test]
            fn what_rust_encodes_json_decodes(
                found in proptest::collection::vec(
                    (proptest::sample::select(Field::ALL), reason()).prop_map(|(field, reason)| Finding { field, reason }),
                    0..6,
                )
            ) {
                let mut out = String::new();
                write_findings(&mut out, &found);
                let parsed: Value = serde_json::from_str(&out).map_err(|e| TestCaseError::fail(format!("{e}: {out}")))?;
                prop_assert_eq!(parsed, Value::Array(found.iter().map(expected).collect()));
            }
        }
    }
}
