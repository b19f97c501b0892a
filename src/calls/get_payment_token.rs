//! `GET /payment-tokens/{paymentTokenId}`: the token alone, as a path segment.

use super::table::{fields_of, row, Presence::*, Row, PAYMENT_TOKEN};
use super::Call;
use crate::input::{Field, Field::*, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of the token a backend is about to put in the path.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::GetPaymentToken.validate(input, options)
}

// Letters and digits only: a `/`, `?` or `#` in an f-string URL would change the request.
pub(crate) const ROWS: &[Row] = &[row(PaymentTokenId, Required, PAYMENT_TOKEN)];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
