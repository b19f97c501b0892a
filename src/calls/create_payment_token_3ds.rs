//! Widget v1.13: `widget.createPaymentToken3DS(authToken, clientAccnum,
//! clientSubacc)`. It reads the payment form as `createPaymentToken` does,
//! and, being a 3-D Secure call, needs the amount and the currency.

use super::{create_payment_token::payment_form, Call, Checker};
use crate::input::Input;
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of a `createPaymentToken3DS` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::CreatePaymentToken3ds.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    payment_form(c, true);
}
