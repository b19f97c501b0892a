//! `GET /transactions/payment-tokens/{paymentTokenId}?clientAccnum=...&clientSubacc=...`:
//! a token read back by the merchant it belongs to.

use super::table::{fields_of, row, Presence::*, Row, Rule::*, PAYMENT_TOKEN};
use super::Call;
use crate::input::{Field, Field::*, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of the query and the path's token, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::GetTransactionPaymentToken.validate(input, options)
}

pub(crate) const ROWS: &[Row] = &[
    row(ClientAccnum, Required, IntegerIn(900_000, 999_999)),
    // Optional in this query (the yaml's `required: false`), unlike the charge bodies.
    row(ClientSubacc, Optional, IntegerIn(0, 9_999)),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
