//! Widget v1.13: `widget.authenticateCustomerAndCreatePaymentToken(authToken,
//! clientAccnum, clientSubacc[, form, iframeId])`: 3-D Secure and the token
//! in one call, on the same form as `createPaymentToken3DS`.

use super::table::{fields_of, merged, row, Presence::Optional, Row, Rule};
use super::{create_payment_token_3ds, Call};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of an `authenticateCustomerAndCreatePaymentToken` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::AuthenticateCustomerAndCreatePaymentToken.validate(input, options)
}

/// Where the 3-D Secure iframe goes.
const IFRAME: &[Row] = &[row(Field::Form, Optional, Rule::Selector), row(Field::IframeId, Optional, Rule::Text)];

/// The 3DS token form, plus where the iframe goes.
pub(crate) const ROWS: &[Row] =
    &merged::<{ create_payment_token_3ds::ROWS.len() + IFRAME.len() }>(create_payment_token_3ds::ROWS, IFRAME);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
