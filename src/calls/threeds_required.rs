//! `GET /payment-tokens/threeds-required?bin=&last4=&clientAccnum=&clientSubacc=&currencyCode=`:
//! whether a card, named by its first and last digits, needs 3-D Secure.

use super::table::{fields_of, row, Presence::*, Row, Rule::*, CURRENCY, LAST4};
use crate::input::{Field, Field::*};

pub(crate) const ROWS: &[Row] = &[
    row(ClientAccnum, Required, IntegerIn(900_000, 999_999)),
    row(ClientSubacc, Required, IntegerIn(0, 9_999)),
    // The yaml lists six currencies as an enum; any ISO 4217 code passes (principle 1).
    row(CurrencyCode, Required, CURRENCY),
    // An int64 in the yaml ("usually the first 4-6 digits"): any whole number from 0.
    row(Bin, Required, IntegerFrom(0)),
    // A string in the yaml, described as "the last 4 digits of the credit card number".
    row(Last4, Required, LAST4),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
