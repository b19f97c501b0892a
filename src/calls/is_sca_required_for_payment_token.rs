//! `widget.isScaRequiredForPaymentToken(authToken, paymentTokenId)`, which
//! also reads the currency code from the form (in v1 it is a third argument).
//! From v1.3 the guide also lists the name on the card and the email; a
//! payment-token page may not have them, so they are checked only when there.

use super::table::{fields_of, row, Need, Presence::*, Row, Rule::*, Signature, CURRENCY, PAYMENT_TOKEN};
use crate::input::{Field, Field::*};
use crate::options::WidgetVersion::{V1, V1_2, V1_3};

pub(crate) const ROWS: &[Row] = &[
    row(NameOnCard, Since(V1_3, Need::Optional), Length(2, 45)),
    row(Email, Since(V1_3, Need::Optional), EmailAddress),
    row(CurrencyCode, Required, CURRENCY),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);

/// v1 takes the currency as a third argument; from v1.2 it is read from the form.
pub(crate) const METHOD: &[Signature] = &[
    Signature { since: V1, arguments: &[PaymentTokenId, CurrencyCode] },
    Signature { since: V1_2, arguments: &[PaymentTokenId] },
];
