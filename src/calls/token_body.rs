//! What the four `POST /payment-tokens/*` bodies share: a backend creating a payment token
//! itself sends the customer and the card CCBill's widget would read from the form, nested
//! (`customerInfo`, `paymentInfo.creditCardPaymentInfo`) and under the API's own names. The
//! rules are the form's (the widget posts these same values to these endpoints); only the
//! names and the conditional presence differ.
//!
//! Readings, where the yaml files and the widget's guide disagree (principle 1: never reject
//! what CCBill accepts), each also in the README:
//! - `customerInfo` and `paymentInfo` are required only while `subscriptionId` is `0` (the
//!   yaml's description); with a previous subscription, or with `subscriptionId` itself wrong
//!   or absent, their fields are checked when present and never required.
//! - The yaml's `required` lists of the verify and program-specified bodies add `address1`,
//!   `city`, `state` and `ipAddress`; the widget's guide, whose form posts the same customer,
//!   makes them optional: optional here.
//! - `nameOnCard`'s yaml pattern (`^[\p{L} .'-]+$`) is not enforced: the widget's guide
//!   accepts any 2 to 45 characters. `expMonth`/`expYear` read as the form's (`4`, `27` pass).
//! - `timeToLive` and `validNumberOfUse`: the yaml says int64 with no bound, so any whole
//!   number from 0 passes (the widget's own arguments stop at 2147483647).

use super::create_payment_token;
use super::table::{merged, row, with_presence, without, Presence, Presence::*, Row, Rule::*};
use crate::input::Field::{self, *};

/// Required while `subscriptionId` is `0` (a new card on file), optional otherwise.
const NEW_CARD: Presence = RequiredIfZero(SubscriptionId);

/// Each field's name in the body, where it is not the form's: a path through nested objects.
pub(crate) const PATHS: &[(Field, &str)] = &[
    (NumberOfUse, "validNumberOfUse"),
    (NameOnCard, "paymentInfo.creditCardPaymentInfo.nameOnCard"),
    (CardNumber, "paymentInfo.creditCardPaymentInfo.cardNum"),
    (ExpMonth, "paymentInfo.creditCardPaymentInfo.expMonth"),
    (ExpYear, "paymentInfo.creditCardPaymentInfo.expYear"),
    (Cvv2, "paymentInfo.creditCardPaymentInfo.cvv2"),
    (FirstName, "customerInfo.customerFname"),
    (LastName, "customerInfo.customerLname"),
    (Address1, "customerInfo.address1"),
    (Address2, "customerInfo.address2"),
    (City, "customerInfo.city"),
    (Country, "customerInfo.country"),
    (State, "customerInfo.state"),
    (PostalCode, "customerInfo.zipcode"),
    (PhoneNumber, "customerInfo.phoneNumber"),
    (Email, "customerInfo.email"),
    (IpAddress, "customerInfo.ipAddress"),
    (BrowserHttpAccept, "customerInfo.browserHttpAccept"),
    (BrowserHttpAcceptEncoding, "customerInfo.browserHttpAcceptEncoding"),
    (BrowserHttpAcceptLanguage, "customerInfo.browserHttpAcceptLanguage"),
    (BrowserHttpUserAgent, "customerInfo.browserHttpUserAgent"),
];

/// The form's fields the bodies do not carry (or carry with rules of their own).
const NOT_CARRIED: &[Field] = &[
    ClearPaymentInfo,
    ClearCustomerInfo,
    TimeToLive,
    NumberOfUse,
    Cvv2,
    Address3,
    Amount,
    CurrencyCode,
    BrowserUserAgent,
    BrowserHttpAcceptLanguate,
];

/// The merchant account, the card and the customer: the form's rows (`createPaymentToken`'s, so
/// a form rule changed is changed here too), required while `subscriptionId` is `0` where the
/// form requires them.
const FORM: &[Row] = &with_presence::<{ create_payment_token::ROWS.len() - NOT_CARRIED.len() }>(
    &without::<{ create_payment_token::ROWS.len() - NOT_CARRIED.len() }>(create_payment_token::ROWS, NOT_CARRIED),
    &[
        (NameOnCard, NEW_CARD),
        (CardNumber, NEW_CARD),
        (ExpMonth, NEW_CARD),
        (ExpYear, NEW_CARD),
        (FirstName, NEW_CARD),
        (LastName, NEW_CARD),
        (Country, NEW_CARD),
        (PostalCode, NEW_CARD),
        (Email, NEW_CARD),
    ],
);

/// The body's own fields: `timeToLive` and `validNumberOfUse` any whole number from 0 (the
/// yaml's int64; the widget's arguments stop at 2147483647).
const OWN: &[Row] = &[
    row(TimeToLive, Optional, IntegerFrom(0)),
    row(NumberOfUse, Optional, IntegerFrom(0)),
    row(SubscriptionId, Required, IntegerFrom(0)),
];

/// The merchant-only body (`POST /payment-tokens/merchant-only`), in field order (the merchant
/// account's rows are the form's); the others add to it.
pub(crate) const ROWS: &[Row] = &merged::<{ FORM.len() + OWN.len() }>(FORM, OWN);

/// The security code, which the verify body adds to the card.
pub(crate) const CVV: &[Row] = &[row(Cvv2, NEW_CARD, Cvv)];
