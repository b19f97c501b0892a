//! The customer's state or region. Per-country ISO 3166-2 lists come later;
//! until then any 1–3 ASCII letters or digits pass (CCBill's own bound).

use super::text::text;
use super::Check;
use crate::input::{js_trim, Value};
use crate::violation::Reason;

pub(crate) fn subdivision(v: &Value) -> Check {
    let raw = text(v)?;
    let s = js_trim(&raw);
    if (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(())
    } else {
        Err(Reason::InvalidSubdivision)
    }
}
