//! Widget v1.13: `widget.authenticateCustomerAndCreatePaymentToken(authToken,
//! clientAccnum, clientSubacc[, form, iframeId])`: 3-D Secure and the token
//! in one call, on the same form as `createPaymentToken3DS`.

use super::create_payment_token_3ds;
use super::table::{fields_of, merged, row, Presence::Optional, Row, Rule, Signature};
use crate::input::Field;
use crate::options::WidgetVersion::V1_13;

/// Where the 3-D Secure iframe goes.
const IFRAME: &[Row] = &[row(Field::Form, Optional, Rule::Selector), row(Field::IframeId, Optional, Rule::Text)];

/// The 3DS token form, plus where the iframe goes.
pub(crate) const ROWS: &[Row] =
    &merged::<{ create_payment_token_3ds::ROWS.len() + IFRAME.len() }>(create_payment_token_3ds::ROWS, IFRAME);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);

/// `(authToken, clientAccnum, clientSubacc, form?, iframeId?)`, from v1.13.
pub(crate) const METHOD: &[Signature] =
    &[Signature { since: V1_13, arguments: &[Field::ClientAccnum, Field::ClientSubacc, Field::Form, Field::IframeId] }];
