//! `GET /payment-tokens/{paymentTokenId}/threeds-required?currencyCode=...`: whether a
//! token's card needs 3-D Secure, asked by the backend.

use super::table::{fields_of, row, Presence::*, Row, CURRENCY, PAYMENT_TOKEN};
use crate::input::{Field, Field::*};

pub(crate) const ROWS: &[Row] = &[
    // The yaml lists six currencies as an enum; any ISO 4217 code passes (principle 1).
    row(CurrencyCode, Required, CURRENCY),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
