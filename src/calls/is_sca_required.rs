//! `widget.isScaRequired(authToken, clientAccnum, clientSubacc)`, which also
//! reads the card number and currency code from the form (in v1 the currency
//! is a fourth argument). From v1.3 it also reads the name on the card and the
//! email, which the guide lists as required, and the amount.

use super::table::{fields_of, row, Need, Presence::*, Row, Rule::*, Signature, CURRENCY, MERCHANT_ACCOUNT};
use crate::input::{Field, Field::*};
use crate::options::WidgetVersion::{V1, V1_2, V1_3};

pub(crate) const ROWS: &[Row] = &[
    MERCHANT_ACCOUNT[0],
    MERCHANT_ACCOUNT[1],
    // v1.3 also reads the name on the card, the email and the amount.
    row(NameOnCard, Since(V1_3, Need::Required), Length(2, 45)),
    row(CardNumber, Required, Card),
    row(Email, Since(V1_3, Need::Required), EmailAddress),
    row(Amount, Since(V1_3, Need::Optional), Money(u32::MAX)),
    row(CurrencyCode, Required, CURRENCY),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);

/// v1 takes the currency as a fourth argument; from v1.2 it is read from the form.
pub(crate) const METHOD: &[Signature] = &[
    Signature { since: V1, arguments: &[ClientAccnum, ClientSubacc, CurrencyCode] },
    Signature { since: V1_2, arguments: &[ClientAccnum, ClientSubacc] },
];
