//! The postal code: at most 16 characters (CCBill's bound) and, for a country
//! whose format is known, a match for one of its patterns. Two vintages of
//! Google's address data are held (Korea moved to 5-digit codes in 2015):
//! a code either one accepts passes. The patterns are reference tables
//! (`tables`): in the page, until they have loaded, only the length is checked.

use super::pattern::Pattern;
use super::reason::Reason;
use super::tables::{self, Tables};
use super::text::{length, text};
use super::{country, Check};
use crate::input::{js_trim, Value};

pub(crate) const MAX_LEN: usize = 16;

pub(crate) fn postal_code(v: &Value, country: &Value) -> Check {
    postal_code_in(tables::get(), v, country)
}

/// The rule against `tables`; without them, CCBill's own bound alone.
fn postal_code_in(tables: Option<Tables<'static>>, v: &Value, country: &Value) -> Check {
    length(v, 1, MAX_LEN)?;
    let Some((tables, region)) = tables.zip(country::code(country)) else {
        return Ok(());
    };
    let Some(row) = tables.postal(region) else {
        return Ok(());
    };
    let raw = text(v)?;
    let code = js_trim(&raw);
    let mut patterns = row.patterns.into_iter().filter_map(|i| tables.postal_pattern(i)).peekable();
    // A row whose patterns cannot be read (a damaged blob) holds nothing to reject against.
    if patterns.peek().is_none() || patterns.any(|p| Pattern::whole_ignoring_case(p).is_match(code)) {
        Ok(())
    } else {
        Err(Reason::InvalidPostalCode { examples: tables.postal_examples(row) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_have_no_period() {
        // Messages quote the examples, and a message's text holds no period.
        let tables = tables::get().expect("compiled in");
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                if let Some(row) = tables.postal([a, b]) {
                    assert!(!tables.postal_examples(row).iter().any(|e| e.contains('.')), "{}", a as char);
                }
            }
        }
    }

    #[test]
    fn without_the_tables_only_the_length_is_checked() {
        // (code, country, with the tables, without them)
        let invalid = Err(Reason::InvalidPostalCode { examples: ["95014", "22162-1010"] });
        let cases: [(&str, &str, Check, Check); 5] = [
            ("95014", "US", Ok(()), Ok(())),
            ("ABC", "US", invalid, Ok(())),
            ("ABC", "ZZ", Ok(()), Ok(())),
            ("12345678901234567", "US", Err(Reason::TooLong { max: 16 }), Err(Reason::TooLong { max: 16 })),
            ("", "US", Err(Reason::TooShort { min: 1 }), Err(Reason::TooShort { min: 1 })),
        ];
        for (code, country, with, without) in cases {
            let (v, c) = (Value::from(code), Value::from(country));
            assert_eq!(postal_code_in(tables::get(), &v, &c), with, "{code} {country}");
            assert_eq!(postal_code_in(None, &v, &c), without, "{code} {country}");
        }
    }
}
