//! `widget.isScaRequiredForPaymentToken(authToken, paymentTokenId)`, which
//! also reads the currency code from the form (in v1 it is a third argument).
//! From v1.3 the guide also lists the name on the card and the email; a
//! payment-token page may not have them, so they are checked only when there.

use super::table::{fields_of, row, Need, Presence::*, Row, Rule::*, CURRENCY, PAYMENT_TOKEN};
use super::Call;
use crate::input::{Field, Field::*, Input};
use crate::options::{Options, WidgetVersion::V1_3};
use crate::violation::Violation;

/// Every violation of an `isScaRequiredForPaymentToken` call, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::IsScaRequiredForPaymentToken.validate(input, options)
}

pub(crate) const ROWS: &[Row] = &[
    row(NameOnCard, Since(V1_3, Need::Optional), Length(2, 45)),
    row(Email, Since(V1_3, Need::Optional), EmailAddress),
    row(CurrencyCode, Required, CURRENCY),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
