//! The postal code. Per-country formats come later; until then, any non-blank
//! value of at most 16 characters passes (CCBill's own bound).

use super::text::length;
use super::Check;
use crate::input::Value;

pub(crate) const MAX_LEN: usize = 16;

pub(crate) fn postal_code(v: &Value) -> Check {
    length(v, 1, MAX_LEN)
}
