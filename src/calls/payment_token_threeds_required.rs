//! `GET /payment-tokens/{paymentTokenId}/threeds-required?currencyCode=...`: whether a
//! token's card needs 3-D Secure, asked by the backend.

use super::table::{fields_of, row, Presence::*, Row, CURRENCY, PAYMENT_TOKEN};
use super::Call;
use crate::input::{Field, Field::*, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of the path's token and the query, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::PaymentTokenThreedsRequired.validate(input, options)
}

pub(crate) const ROWS: &[Row] = &[
    // The yaml lists six currencies as an enum; any ISO 4217 code passes (principle 1).
    row(CurrencyCode, Required, CURRENCY),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
