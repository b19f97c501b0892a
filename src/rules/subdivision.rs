//! The customer's state or region: for a country with ISO 3166-2
//! subdivisions, one of its codes in any case (`CA` for `US-CA`, `75` or
//! `75C` for Paris, old and new lists both held); otherwise 1–3 ASCII letters
//! or digits (CCBill's own bound).

use super::reason::Reason;
use super::text::{split, text};
use super::{country, Check};
use crate::input::{js_trim, Value};

include!("../../data/subdivisions.rs");

pub(crate) fn subdivision(v: &Value, country: &Value) -> Check {
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
    let line = country::code(country)
        .and_then(|c| SUBDIVISION_INDEX.binary_search_by_key(&c, |row| row.0).ok())
        .and_then(|i| SUBDIVISION_INDEX.get(i))
        .and_then(|(_, at)| SUBDIVISION_CODES.get(usize::from(*at)..))
        .and_then(|rest| split(rest, |b| b == b'\n').next());
    match line {
        Some(codes) if !split(codes, |b| b == b' ').any(|code| covers(code, s)) => {
            Err(Reason::InvalidSubdivision { of_country: true })
        }
        _ => Ok(()),
    }
}

/// A code (`CA`) or a run of same-width numbers (`01~47`) covers `s`, in any case.
fn covers(code: &str, s: &str) -> bool {
    match code.split_once('~') {
        Some((lo, hi)) => s.len() == lo.len() && s.bytes().all(|b| b.is_ascii_digit()) && (lo..=hi).contains(&s),
        None => code.eq_ignore_ascii_case(s),
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
        assert!(SUBDIVISION_INDEX.windows(2).all(|w| w[0].0 < w[1].0));
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
