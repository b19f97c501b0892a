//! Widget v1.13: `widget.createPaymentToken3DS(authToken, clientAccnum,
//! clientSubacc)`. It reads the payment form as `createPaymentToken` does,
//! and the amount and the currency of the authentication.
//!
//! CCBill's v1.13.1 guide disagrees with itself here: its 3-D Secure sections
//! require `amount` and `currencyCode`, but its "payment token for deferred
//! charges" flow (`isScaRequired`, then `createPaymentToken3DS`) has no
//! `amount` in its form or its field table. The lenient reading wins: both are
//! checked when present, never required.

use super::table::{fields_of, with_presence, Presence::Optional, Row};
use super::{create_payment_token, Call};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of a `createPaymentToken3DS` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::CreatePaymentToken3ds.validate(input, options)
}

/// The token form, with the amount read in every version (the call is v1.13's).
pub(crate) const ROWS: &[Row] =
    &with_presence::<{ create_payment_token::ROWS.len() }>(create_payment_token::ROWS, &[(Field::Amount, Optional)]);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
