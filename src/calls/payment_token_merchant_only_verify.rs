//! `POST /payment-tokens/merchant-only-verify`: the merchant-only body plus the card's security
//! code, which CCBill verifies (CVV2 and AVS).

use super::table::{fields_of, merged, Row};
use super::token_body::{self, CVV};
use crate::input::Field;

pub(crate) const ROWS: &[Row] = &merged::<{ token_body::ROWS.len() + CVV.len() }>(token_body::ROWS, CVV);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
