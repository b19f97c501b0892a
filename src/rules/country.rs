//! The customer's country: an ISO 3166-1 alpha-2 code, in any case.

use super::text::text;
use super::Check;
use crate::input::{js_trim, Value};
use crate::violation::Reason;

include!("../../data/countries.rs");

pub(crate) fn country(v: &Value) -> Check {
    let raw = text(v)?;
    if is_country(js_trim(&raw)) {
        Ok(())
    } else {
        Err(Reason::InvalidCountry)
    }
}

/// Binary search over the sorted table: no allocation, no start-up work.
pub(crate) fn is_country(code: &str) -> bool {
    match code.as_bytes() {
        [a, b] => COUNTRIES
            .binary_search(&[a.to_ascii_uppercase(), b.to_ascii_uppercase()])
            .is_ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_searchable() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        for code in ["US", "us", "Es", "GB", "XK"] {
            assert!(is_country(code), "{code}");
        }
        for code in ["UK", "ZZ", "USA", "U", "", "ＵＳ"] {
            assert!(!is_country(code), "{code}");
        }
    }
}
