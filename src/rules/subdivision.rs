//! The customer's state or region: for a country with ISO 3166-2
//! subdivisions, one of its codes in any case (`CA` for `US-CA`, `75` or
//! `75C` for Paris, old and new lists both held); otherwise 1–3 ASCII letters
//! or digits (CCBill's own bound). The lists are reference tables (`tables`):
//! in the page, until they have loaded, only CCBill's bound is checked.

use super::reason::Reason;
use super::tables::{self, Tables};
use super::text::text;
use super::{country, Check};
use crate::input::{js_trim, Value};

pub(crate) fn subdivision(v: &Value, country: &Value) -> Check {
    subdivision_in(tables::get(), v, country)
}

/// The rule against `tables`; without them, CCBill's own bound alone.
fn subdivision_in(tables: Option<Tables<'_>>, v: &Value, country: &Value) -> Check {
    let raw = text(v)?;
    let s = js_trim(&raw);
    if !(1..=3).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Reason::InvalidSubdivision { of_country: false });
    }
    // CCBill's guide (2021–2023) told merchants to send "XX" when they do not
    // collect the state: it means "no state" for every country.
    if s.eq_ignore_ascii_case("XX") {
        return Ok(());
    }
    let codes = tables.zip(country::code(country)).and_then(|(tables, country)| tables.subdivisions(country));
    match codes {
        Some(codes) if !codes.split(|&b| b == b' ').any(|code| covers(code, s.as_bytes())) => {
            Err(Reason::InvalidSubdivision { of_country: true })
        }
        _ => Ok(()),
    }
}

/// A code (`CA`) or a run of same-width numbers (`01~47`) covers `s`, in any case.
fn covers(code: &[u8], s: &[u8]) -> bool {
    let mut run = code.splitn(2, |&b| b == b'~');
    match (run.next(), run.next()) {
        (Some(lo), Some(hi)) => s.len() == lo.len() && s.iter().all(u8::is_ascii_digit) && (lo..=hi).contains(&s),
        _ => code.eq_ignore_ascii_case(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_country_codes() {
        let t = |country: &str, s: &str| subdivision(&Value::from(s), &Value::from(country));
        for (c, s) in
            [("US", "CA"), ("US", "ae"), ("FR", "75C"), ("FR", "75"), ("ES", "M"), ("GB", "ENG"), ("ZZ", "X1")]
        {
            assert_eq!(t(c, s), Ok(()), "{c}/{s}");
        }
        assert_eq!(t("US", "ZZ"), Err(Reason::InvalidSubdivision { of_country: true }));
        assert_eq!(t("FR", "999"), Err(Reason::InvalidSubdivision { of_country: true }));
        assert_eq!(t("US", "C-A"), Err(Reason::InvalidSubdivision { of_country: false }));
        assert_eq!(t("JP", "13"), Ok(()));
        assert_eq!(t("JP", "48"), Err(Reason::InvalidSubdivision { of_country: true }));
        assert_eq!(t("JP", "1"), Err(Reason::InvalidSubdivision { of_country: true }));
    }

    #[test]
    fn without_the_tables_only_ccbills_bound_is_checked() {
        let of_country = Err(Reason::InvalidSubdivision { of_country: true });
        let shape = Err(Reason::InvalidSubdivision { of_country: false });
        // (state, country, with the tables, without them)
        let cases = [
            ("CA", "US", Ok(()), Ok(())),
            ("ZZ", "US", of_country, Ok(())),
            ("48", "JP", of_country, Ok(())),
            ("C-A", "US", shape, shape),
            ("ABCD", "US", shape, shape),
            ("xx", "US", Ok(()), Ok(())),
        ];
        for (state, country, with, without) in cases {
            let (v, c) = (Value::from(state), Value::from(country));
            assert_eq!(subdivision_in(tables::get(), &v, &c), with, "{state} {country}");
            assert_eq!(subdivision_in(None, &v, &c), without, "{state} {country}");
        }
    }

    #[test]
    fn xx_means_no_state_for_every_country() {
        // CCBill's guide told merchants to send "XX" when they do not collect the state.
        // Every two-letter code (so every country, with or without a list), and non-countries.
        let letters = b'A'..=b'Z';
        let codes =
            letters.clone().flat_map(|a| letters.clone().map(move |b| String::from_utf8_lossy(&[a, b]).into_owned()));
        for country in codes.chain(["".into(), "usa".into(), "gb".into()]) {
            let country = country.as_str();
            for xx in ["XX", "xx", "Xx", "xX", " XX "] {
                let found = subdivision(&Value::from(xx), &Value::from(country));
                assert_eq!(found, Ok(()), "{country}/{xx:?}");
            }
        }
    }
}
