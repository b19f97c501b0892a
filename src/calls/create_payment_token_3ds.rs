//! Widget v1.13: `widget.createPaymentToken3DS(authToken, clientAccnum,
//! clientSubacc)`. It reads the payment form as `createPaymentToken` does,
//! and, being a 3-D Secure call, needs the amount and the currency.

use super::table::{fields_of, with_presence, Presence::Required, Row};
use super::{create_payment_token, Call};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of a `createPaymentToken3DS` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::CreatePaymentToken3ds.validate(input, options)
}

/// The token form, with the amount and the currency the authentication needs.
pub(crate) const ROWS: &[Row] = &with_presence::<{ create_payment_token::ROWS.len() }>(
    create_payment_token::ROWS,
    &[(Field::Amount, Required), (Field::CurrencyCode, Required)],
);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
