//! `widget.isScaRequired(authToken, clientAccnum, clientSubacc)`, which also
//! reads the card number and currency code from the form (in v1 the currency
//! is a fourth argument). From v1.3 it also reads the name on the card and the
//! email, which the guide lists as required, and the amount.

use super::{create_payment_token::amount, Call, Checker, Presence};
use crate::input::{Field, Input};
use crate::options::{Options, WidgetVersion};
use crate::rules::{email, text};
use crate::violation::Violation;

/// Every violation of an `isScaRequired` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::IsScaRequired.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    let v1_3 = c.version >= WidgetVersion::V1_3;
    c.merchant_account();
    if v1_3 {
        c.required(Field::NameOnCard, |v| text::length(v, 2, 45));
    }
    c.card_number();
    if v1_3 {
        c.required(Field::Email, email::email);
        c.optional(Field::Amount, amount);
    }
    c.currency_code(Presence::Required);
}
