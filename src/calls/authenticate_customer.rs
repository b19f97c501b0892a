//! `widget.authenticateCustomer(authToken, clientAccnum, clientSubacc, form,
//! iframeId, paymentTokenId)`. Without a payment token the card must be in
//! the form, so the card fields become required. Before v1.3 it took no
//! account arguments: `authenticateCustomer(authToken, form, iframeId, paymentTokenId)`.

use super::{Call, Checker, Presence};
use crate::input::{Field, Input, Value};
use crate::options::{Options, WidgetVersion};
use crate::rules::{text, Check};
use crate::violation::{Reason, Violation};

/// Every violation of an `authenticateCustomer` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::AuthenticateCustomer.validate(input, options)
}

pub(crate) fn check(c: &mut Checker) {
    if c.version >= WidgetVersion::V1_3 {
        c.merchant_account();
    }
    if !c.is_present(Field::PaymentTokenId) {
        c.card_number();
        c.expiry();
    }
    c.payment_token_id(Presence::Optional);
    c.optional(Field::Form, form);
    c.optional(Field::IframeId, text::any);
}

/// A selector string or the form element itself (an object).
pub(crate) fn form(v: &Value) -> Check {
    match v {
        Value::Text(_) | Value::Other => Ok(()),
        _ => Err(Reason::NotAString),
    }
}
