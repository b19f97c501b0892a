//! The backend's charge of a payment token without 3-D Secure:
//! `POST /transactions/payment-tokens/{paymentTokenId}` with a JSON body.

use super::table::{fields_of, row, Presence::*, Row, Rule::*, CURRENCY, MERCHANT_ACCOUNT, PAYMENT_TOKEN};
use super::Call;
use crate::input::{Field, Field::*, Input};
use crate::options::Options;
use crate::violation::Violation;

/// Every violation of a charge body (with `paymentTokenId`, the path segment), in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::Charge.validate(input, options)
}

pub(crate) const ROWS: &[Row] = &[
    MERCHANT_ACCOUNT[0],
    MERCHANT_ACCOUNT[1],
    row(CurrencyCode, Optional, CURRENCY),
    row(PaymentTokenId, Required, PAYMENT_TOKEN),
    row(InitialPrice, Required, Money(2)),
    row(InitialPeriod, Required, IntegerFrom(0)),
    row(RecurringPrice, Optional, Money(2)),
    row(RecurringPeriod, Optional, IntegerFrom(0)),
    row(Rebills, Optional, IntegerFrom(0)),
    row(LifeTimeSubscription, Optional, Boolean),
    row(CreateNewPaymentToken, Optional, Boolean),
    row(PassThroughInfo, Optional, Pairs),
];

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
