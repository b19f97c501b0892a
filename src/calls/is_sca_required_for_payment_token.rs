//! `widget.isScaRequiredForPaymentToken(authToken, paymentTokenId)`, which
//! also reads the currency code from the form (in v1 it is a third argument).
//! From v1.3 the guide also lists the name on the card and the email; a
//! payment-token page may not have them, so they are checked only when there.

use super::{Call, Checker, Presence};
use crate::input::{Field, Input};
use crate::options::{Options, WidgetVersion};
use crate::rules::{email, text};
use crate::violation::Violation;

/// Every violation of an `isScaRequiredForPaymentToken` call, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::IsScaRequiredForPaymentToken.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    if c.version >= WidgetVersion::V1_3 {
        c.optional(Field::NameOnCard, |v| text::length(v, 2, 45));
        c.optional(Field::Email, email::email);
    }
    c.currency_code(Presence::Required);
    c.payment_token_id(Presence::Required);
}
