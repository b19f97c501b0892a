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

use super::table::{row, Presence, Presence::*, Row, Rule::*};
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

/// The merchant-only body (`POST /payment-tokens/merchant-only`), in field order; the others add
/// to it. The merchant account's bounds are the widget's (an account number from 900000).
pub(crate) const ROWS: &[Row] = &[
    row(ClientAccnum, Required, IntegerIn(900_000, 999_999)),
    row(ClientSubacc, Required, IntegerIn(0, 9_999)),
    row(TimeToLive, Optional, IntegerFrom(0)),
    row(NumberOfUse, Optional, IntegerFrom(0)),
    row(NameOnCard, NEW_CARD, Length(2, 45)),
    row(CardNumber, NEW_CARD, Card),
    row(ExpMonth, NEW_CARD, Month),
    row(ExpYear, NEW_CARD, Year),
    row(FirstName, NEW_CARD, Text),
    row(LastName, NEW_CARD, Text),
    row(Address1, Optional, Length(0, 50)),
    row(Address2, Optional, Length(0, 50)),
    row(City, Optional, Length(0, 50)),
    row(Country, NEW_CARD, CountryCode),
    row(State, Optional, Subdivision),
    row(PostalCode, NEW_CARD, Postal),
    row(PhoneNumber, Optional, Phone),
    row(Email, NEW_CARD, EmailAddress),
    row(IpAddress, Optional, Ipv4),
    row(BrowserHttpAccept, Optional, Unchecked),
    row(BrowserHttpAcceptEncoding, Optional, Unchecked),
    row(BrowserHttpAcceptLanguage, Optional, Unchecked),
    row(BrowserHttpUserAgent, Optional, Unchecked),
    row(SubscriptionId, Required, IntegerFrom(0)),
];

/// The security code, which the verify body adds to the card.
pub(crate) const CVV: &[Row] = &[row(Cvv2, NEW_CARD, Cvv)];
