//! `GET /transactions/payment-tokens/{paymentTokenId}?clientAccnum=...&clientSubacc=...`:
//! a token read back by the merchant it belongs to.

use super::table::{fields_of, row, Presence::*, Row, Rule::*, PAYMENT_TOKEN};
use crate::input::{Field, Field::*};

pub(crate) const ROWS: &[Row] = &[
    row(ClientAccnum, Required, IntegerIn(900_000, 999_999)),
    // Optional in this query (the yaml's `required: false`), unlike the charge bodies.
    row(ClientSubacc, Optional, IntegerIn(0, 9_999)),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
