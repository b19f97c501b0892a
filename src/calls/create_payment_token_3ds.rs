//! Widget v1.13: `widget.createPaymentToken3DS(authToken, clientAccnum,
//! clientSubacc)`. It reads the payment form as `createPaymentToken` does,
//! and the amount and the currency of the authentication; it takes none of
//! `createPaymentToken`'s token arguments (`clearPaymentInfo`, `timeToLive`, ...).
//!
//! CCBill's v1.13.1 guide disagrees with itself here: its 3-D Secure sections
//! require `amount` and `currencyCode`, but its "payment token for deferred
//! charges" flow (`isScaRequired`, then `createPaymentToken3DS`) has no
//! `amount` in its form or its field table. The lenient reading wins: both are
//! checked when present, never required.

use super::create_payment_token;
use super::table::{fields_of, with_presence, without, Presence::Optional, Row, Signature};
use crate::input::Field;
use crate::options::WidgetVersion::V1_13;

/// `createPaymentToken`'s arguments that this method does not take.
const TOKEN_ARGUMENTS: &[Field] =
    &[Field::ClearPaymentInfo, Field::ClearCustomerInfo, Field::TimeToLive, Field::NumberOfUse];

const FORM: &[Row] = &without::<{ create_payment_token::ROWS.len() - TOKEN_ARGUMENTS.len() }>(
    create_payment_token::ROWS,
    TOKEN_ARGUMENTS,
);

/// The token form, with the amount read in every version (the call is v1.13's).
pub(crate) const ROWS: &[Row] = &with_presence::<{ FORM.len() }>(FORM, &[(Field::Amount, Optional)]);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);

/// `(authToken, clientAccnum, clientSubacc)`, from v1.13.
pub(crate) const METHOD: &[Signature] =
    &[Signature { since: V1_13, arguments: &[Field::ClientAccnum, Field::ClientSubacc] }];
