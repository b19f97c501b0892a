//! The postal code: at most 16 characters (CCBill's bound) and, for a country
//! whose format is known, a match for one of its patterns. Two vintages of
//! Google's address data are held (Korea moved to 5-digit codes in 2015):
//! a code either one accepts passes.

use super::pattern::Pattern;
use super::reason::Reason;
use super::text::{length, split, text};
use super::{country, Check};
use crate::input::{js_trim, Value};

include!("../../data/postal.rs");

pub(crate) const MAX_LEN: usize = 16;

pub(crate) fn postal_code(v: &Value, country: &Value) -> Check {
    length(v, 1, MAX_LEN)?;
    let Some(region) = country::code(country) else {
        return Ok(());
    };
    let Ok(i) = POSTAL.binary_search_by_key(&region, |row| row.0) else {
        return Ok(());
    };
    let Some(&(_, first, second, examples_at)) = POSTAL.get(i) else {
        return Ok(());
    };
    let raw = text(v)?;
    let code = js_trim(&raw);
    if [first, second].into_iter().filter_map(pattern).any(|p| p.is_match(code)) {
        Ok(())
    } else {
        Err(Reason::InvalidPostalCode { examples: examples(examples_at) })
    }
}

/// Postal pattern `i` of the table (255: none).
pub(crate) fn pattern(i: u8) -> Option<Pattern> {
    let i = usize::from(i);
    let (start, end) = (*POSTAL_PATTERN_AT.get(i)?, *POSTAL_PATTERN_AT.get(i + 1)?);
    POSTAL_PATTERN_TEXT.get(usize::from(start)..usize::from(end)).map(Pattern::whole_ignoring_case)
}

/// The two examples on the line at `at` (the second may be empty).
fn examples(at: u16) -> [&'static str; 2] {
    let line =
        POSTAL_EXAMPLES.get(usize::from(at)..).and_then(|rest| split(rest, |b| b == b'\n').next()).unwrap_or_default();
    let (one, two) = line.split_once('|').unwrap_or((line, ""));
    [one, two]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_its_examples_have_no_period() {
        assert!(POSTAL.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(POSTAL.iter().all(|r| pattern(r.1).is_some()));
        // Messages quote the examples, and a message's text holds no period.
        assert!(!POSTAL_EXAMPLES.contains('.'));
        let us = POSTAL.iter().find(|r| &r.0 == b"US").map(|r| examples(r.3));
        assert_eq!(us, Some(["95014", "22162-1010"]));
    }
}
