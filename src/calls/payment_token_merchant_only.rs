//! `POST /payment-tokens/merchant-only`: a payment token created by the backend, without the
//! card's security code (see `token_body` for the body and its readings).

use super::table::{fields_of, Row};
use super::token_body;
use crate::input::Field;

pub(crate) const ROWS: &[Row] = token_body::ROWS;

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
