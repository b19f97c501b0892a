//! `widget.authenticateCustomer(authToken, clientAccnum, clientSubacc, form,
//! iframeId, paymentTokenId)`. Without a payment token the card must be in
//! the form, so the card fields become required. Before v1.3 it took no
//! account arguments: `authenticateCustomer(authToken, form, iframeId, paymentTokenId)`.

use super::table::{fields_of, row, Need, Presence::*, Row, Rule::*, MERCHANT_ACCOUNT, PAYMENT_TOKEN};
use super::Call;
use crate::input::{Field, Field::*, Input};
use crate::options::{Options, WidgetVersion::V1_3};
use crate::violation::Violation;

/// Every violation of an `authenticateCustomer` call and its form, in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::AuthenticateCustomer.validate(input, options)
}

pub(crate) const ROWS: &[Row] = &[
    // The account arguments arrived in v1.3.
    row(ClientAccnum, Since(V1_3, Need::Required), MERCHANT_ACCOUNT[0].rule),
    row(ClientSubacc, Since(V1_3, Need::Required), MERCHANT_ACCOUNT[1].rule),
    // A payment token stands for the card: then the card's fields are not read.
    row(CardNumber, UnlessPresent(PaymentTokenId), Card),
    row(ExpMonth, UnlessPresent(PaymentTokenId), Month),
    row(ExpYear, UnlessPresent(PaymentTokenId), Year),
    row(PaymentTokenId, Optional, PAYMENT_TOKEN),
    row(Form, Optional, Selector),
    row(IframeId, Optional, Text),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
