//! Widget v1.13: `widget.authenticateCustomerAndCreatePaymentToken(authToken,
//! clientAccnum, clientSubacc[, form, iframeId])`: 3-D Secure and the token
//! in one call, on the same form as `createPaymentToken3DS`.

use super::{authenticate_customer::form, create_payment_token::payment_form, Call, Checker};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::rules::text;
use crate::violation::Violation;

/// Every violation of an `authenticateCustomerAndCreatePaymentToken` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::AuthenticateCustomerAndCreatePaymentToken.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    payment_form(c, true);
    c.optional(Field::Form, form);
    c.optional(Field::IframeId, text::any);
}
