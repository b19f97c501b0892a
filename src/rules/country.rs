//! The customer's country: an ISO 3166-1 alpha-2 code, in any case.

use super::reason::Reason;
use super::text::text;
use super::Check;
use crate::input::{js_trim, Value};

include!("../../data/countries.rs");

pub(crate) fn country(v: &Value) -> Check {
    code(v).map(drop).ok_or(Reason::InvalidCountry)
}

/// The country a value names, upper-cased (`"es"` → `ES`), if it names one.
/// The postal-code, state and phone rules read the form's country through it.
pub(crate) fn code(v: &Value) -> Option<[u8; 2]> {
    let raw = text(v).ok()?;
    match js_trim(&raw).as_bytes() {
        [a, b] => {
            let code = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
            // Binary search over the sorted table: no allocation, no start-up work.
            COUNTRIES.binary_search(&code).ok().map(|_| code)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_searchable() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        for c in ["US", "us", "Es", "GB", "XK", " fr "] {
            assert!(code(&Value::from(c)).is_some(), "{c}");
        }
        for c in ["UK", "ZZ", "USA", "U", "", "ＵＳ"] {
            assert_eq!(code(&Value::from(c)), None, "{c}");
        }
    }
}
