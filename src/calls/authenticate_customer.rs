//! `widget.authenticateCustomer(authToken, clientAccnum, clientSubacc, form,
//! iframeId, paymentTokenId)`. Without a payment token the card must be in
//! the form, so the card fields become required. Before v1.3 it took no
//! account arguments: `authenticateCustomer(authToken, form, iframeId, paymentTokenId)`.

use super::table::{fields_of, row, Need, Presence::*, Row, Rule::*, Signature, MERCHANT_ACCOUNT, PAYMENT_TOKEN};
use crate::input::{Field, Field::*};
use crate::options::WidgetVersion::{V1, V1_3};

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

/// Before v1.3: `(authToken, form?, iframeId?, paymentTokenId?)`. From v1.3 the account comes
/// second; the guide's "all parameters" example puts the form first, so both orders are read.
pub(crate) const METHOD: &[Signature] = &[
    Signature { since: V1, arguments: &[Form, IframeId, PaymentTokenId] },
    Signature { since: V1_3, arguments: &[ClientAccnum, ClientSubacc, Form, IframeId, PaymentTokenId] },
    Signature { since: V1_3, arguments: &[Form, ClientAccnum, ClientSubacc, IframeId, PaymentTokenId] },
];
