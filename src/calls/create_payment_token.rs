//! `widget.createPaymentToken(authToken, clientAccnum, clientSubacc,
//! clearPaymentInfo, clearCustomerInfo, timeToLive, numberOfUse)` and the
//! payment form it reads.

use super::{Call, Checker, Presence};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::rules::{boolean::boolean, card, country, email, ip, phone, postal, range, subdivision, text};
use crate::violation::Violation;

/// Every violation of a `createPaymentToken` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::CreatePaymentToken.validate(input, options)
}

const MAX_INT: i64 = 2_147_483_647;

pub(crate) fn check(c: &mut Checker) {
    let (card_number, country) = (c.value(Field::CardNumber), c.value(Field::Country));
    c.merchant_account();
    c.optional(Field::ClearPaymentInfo, boolean);
    c.optional(Field::ClearCustomerInfo, boolean);
    c.optional(Field::TimeToLive, |v| range::integer_in(v, 0, MAX_INT));
    c.optional(Field::NumberOfUse, |v| range::integer_in(v, 0, MAX_INT));
    c.optional(Field::NameOnCard, |v| text::length(v, 2, 45));
    c.card_number();
    c.expiry();
    c.optional(Field::Cvv2, |v| card::cvv(v, card_number));
    c.required(Field::FirstName, text::any);
    c.required(Field::LastName, text::any);
    c.optional(Field::Address1, |v| text::length(v, 0, 50));
    c.optional(Field::Address2, |v| text::length(v, 0, 50));
    c.optional(Field::City, |v| text::length(v, 0, 50));
    c.required(Field::Country, country::country);
    c.optional(Field::State, |v| subdivision::subdivision(v, country));
    c.required(Field::PostalCode, |v| postal::postal_code(v, country));
    c.optional(Field::PhoneNumber, |v| phone::phone(v, country));
    c.required(Field::Email, email::email);
    c.currency_code(Presence::Optional);
    // The widget fills this hidden field itself; checked only when present.
    c.optional(Field::IpAddress, ip::ipv4);
}
