//! `POST /payment-tokens/target-client`: the merchant-only body for a token another merchant
//! account (the target) may charge; the target's account is the caller's kind of account.

use super::table::{fields_of, merged, row, Presence::*, Row, Rule::*};
use super::token_body;
use crate::input::{Field, Field::*};

const TARGET: &[Row] = &[
    row(TargetClientAccnum, Required, IntegerIn(900_000, 999_999)),
    row(TargetClientSubacc, Required, IntegerIn(0, 9_999)),
];

pub(crate) const ROWS: &[Row] = &merged::<{ token_body::ROWS.len() + TARGET.len() }>(token_body::ROWS, TARGET);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
