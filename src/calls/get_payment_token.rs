//! `GET /payment-tokens/{paymentTokenId}`: the token alone, as a path segment.

use super::table::{fields_of, row, Presence::*, Row, PAYMENT_TOKEN};
use crate::input::{Field, Field::*};

// Letters and digits only: a `/`, `?` or `#` in an f-string URL would change the request.
pub(crate) const ROWS: &[Row] = &[row(PaymentTokenId, Required, PAYMENT_TOKEN)];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
