//! `widget.isScaRequired(authToken, clientAccnum, clientSubacc)`, which also
//! reads the card number and currency code from the form.

use super::{Call, Checker, Presence};
use crate::input::Input;
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of an `isScaRequired` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::IsScaRequired.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    c.merchant_account();
    c.card_number();
    c.currency_code(Presence::Required);
}
