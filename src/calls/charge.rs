//! The backend's charge of a payment token without 3-D Secure:
//! `POST /transactions/payment-tokens/{paymentTokenId}` with a JSON body.

use super::table::{fields_of, row, Presence::*, Row, Rule::*, CURRENCY, MERCHANT_ACCOUNT, PAYMENT_TOKEN};
use crate::input::{Field, Field::*};

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
