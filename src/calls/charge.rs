//! The backend's charge of a payment token without 3-D Secure:
//! `POST /transactions/payment-tokens/{paymentTokenId}` with a JSON body.

use super::{Call, Checker, Presence};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::rules::{boolean::boolean, charge, range};
use crate::violation::Violation;

/// Every violation of a charge body (with `paymentTokenId`, the path segment), in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::Charge.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    c.merchant_account();
    c.currency_code(Presence::Optional);
    c.payment_token_id(Presence::Required);
    c.required(Field::InitialPrice, |v| range::amount(v, 2));
    c.required(Field::InitialPeriod, |v| range::integer_from(v, 0));
    c.optional(Field::RecurringPrice, |v| range::amount(v, 2));
    c.optional(Field::RecurringPeriod, |v| range::integer_from(v, 0));
    c.optional(Field::Rebills, |v| range::integer_from(v, 0));
    c.optional(Field::LifeTimeSubscription, boolean);
    c.optional(Field::CreateNewPaymentToken, boolean);
    c.optional(Field::PassThroughInfo, charge::pass_through_info);
}
