//! `widget.isScaRequiredForPaymentToken(authToken, paymentTokenId)`, which
//! also reads the currency code from the form.

use super::{Call, Checker, Presence};
use crate::input::Input;
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of an `isScaRequiredForPaymentToken` call, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::IsScaRequiredForPaymentToken.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    c.currency_code(Presence::Required);
    c.payment_token_id(Presence::Required);
}
