//! `widget.createPaymentToken(authToken, clientAccnum, clientSubacc,
//! clearPaymentInfo, clearCustomerInfo, timeToLive, numberOfUse)` and the
//! payment form it reads. The form's rules are shared with the v1.13 3-D
//! Secure calls that read the same form.

use super::{Call, Checker, Presence};
use crate::input::{Field, Input, Value};
use crate::options::{Options, WidgetVersion};
use crate::rules::{boolean::boolean, card, country, email, ip, phone, postal, range, subdivision, text, Check};
use crate::violation::Violation;

/// Every violation of a `createPaymentToken` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::CreatePaymentToken.validate(input, options)
}

const MAX_INT: i64 = 2_147_483_647;

pub(crate) fn check(c: &mut Checker) {
    payment_form(c, false);
}

/// The arguments and the payment form; `three_ds` for the v1.13 calls that
/// also authenticate the customer, which need the amount and the currency.
pub(crate) fn payment_form(c: &mut Checker, three_ds: bool) {
    let (card_number, country) = (c.value(Field::CardNumber), c.value(Field::Country));
    // v1.13's guide lists the name on the card and the security code as required.
    let v1_13 = if c.version >= WidgetVersion::V1_13 { Presence::Required } else { Presence::Optional };
    let needed = if three_ds { Presence::Required } else { Presence::Optional };
    c.merchant_account();
    c.optional(Field::ClearPaymentInfo, boolean);
    c.optional(Field::ClearCustomerInfo, boolean);
    c.optional(Field::TimeToLive, |v| range::integer_in(v, 0, MAX_INT));
    c.optional(Field::NumberOfUse, |v| range::integer_in(v, 0, MAX_INT));
    c.field(Field::NameOnCard, v1_13, |v| text::length(v, 2, 45));
    c.card_number();
    c.expiry();
    c.field(Field::Cvv2, v1_13, |v| card::cvv(v, card_number));
    c.required(Field::FirstName, text::any);
    c.required(Field::LastName, text::any);
    c.optional(Field::Address1, |v| text::length(v, 0, 50));
    c.optional(Field::Address2, |v| text::length(v, 0, 50));
    if c.version >= WidgetVersion::V1_13 {
        c.optional(Field::Address3, |v| text::length(v, 0, 50));
    }
    c.optional(Field::City, |v| text::length(v, 0, 50));
    c.required(Field::Country, country::country);
    c.optional(Field::State, |v| subdivision::subdivision(v, country));
    c.required(Field::PostalCode, |v| postal::postal_code(v, country));
    c.optional(Field::PhoneNumber, |v| phone::phone(v, country));
    c.required(Field::Email, email::email);
    if three_ds || c.version >= WidgetVersion::V1_3 {
        c.field(Field::Amount, needed, amount);
    }
    c.currency_code(needed);
    // The widget fills this hidden field itself; checked only when present.
    c.optional(Field::IpAddress, ip::ipv4);
}

/// The transaction total: a number, not negative. The guide says "greater
/// than 0" but not how many decimals; zero and any precision pass (principle 1).
pub(crate) fn amount(v: &Value) -> Check {
    range::amount(v, u32::MAX)
}
