//! `widget.createPaymentToken(authToken, clientAccnum, clientSubacc,
//! clearPaymentInfo, clearCustomerInfo, timeToLive, numberOfUse)` and the
//! payment form it reads. The form's rules are shared with the v1.13 3-D
//! Secure calls that read the same form.

use super::table::{fields_of, row, Need, Presence::*, Row, Rule::*, Signature, CURRENCY, MERCHANT_ACCOUNT};
use crate::input::Field::*;
use crate::options::WidgetVersion::*;

const MAX_INT: i64 = 2_147_483_647;

/// The arguments and the payment form, in every version (each version reads what its guide lists).
pub(crate) const ROWS: &[Row] = &[
    MERCHANT_ACCOUNT[0],
    MERCHANT_ACCOUNT[1],
    row(ClearPaymentInfo, Optional, Boolean),
    row(ClearCustomerInfo, Optional, Boolean),
    row(TimeToLive, Optional, IntegerIn(0, MAX_INT)),
    row(NumberOfUse, Optional, IntegerIn(0, MAX_INT)),
    // v1.13's guide lists the name on the card and the security code as required.
    row(NameOnCard, RequiredSince(V1_13), Length(2, 45)),
    row(CardNumber, Required, Card),
    row(ExpMonth, Required, Month),
    row(ExpYear, Required, Year),
    row(Cvv2, RequiredSince(V1_13), Cvv),
    row(FirstName, Required, Text),
    row(LastName, Required, Text),
    row(Address1, Optional, Length(0, 50)),
    row(Address2, Optional, Length(0, 50)),
    row(Address3, Since(V1_13, Need::Optional), Length(0, 50)),
    row(City, Optional, Length(0, 50)),
    row(Country, Required, CountryCode),
    row(State, Optional, Subdivision),
    row(PostalCode, Required, Postal),
    row(PhoneNumber, Optional, Phone),
    row(Email, Required, EmailAddress),
    // The transaction total: the guide says "greater than 0" but not how many decimals; zero
    // and any precision pass (principle 1).
    row(Amount, Since(V1_3, Need::Optional), Money(u32::MAX)),
    row(CurrencyCode, Optional, CURRENCY),
    // The widget fills this hidden field itself; checked only when present.
    row(IpAddress, Optional, Ipv4),
    // The browser's headers, which the widget reads itself: shown in the target, never checked.
    row(BrowserHttpAccept, Optional, Unchecked),
    row(BrowserHttpAcceptEncoding, Optional, Unchecked),
    row(BrowserHttpAcceptLanguage, Optional, Unchecked),
    row(BrowserHttpUserAgent, Optional, Unchecked),
    row(BrowserUserAgent, Optional, Unchecked),
    row(BrowserHttpAcceptLanguate, Optional, Unchecked),
];

pub(crate) const FIELDS: &[crate::input::Field] = &fields_of::<{ ROWS.len() }>(ROWS);

/// `(authToken, clientAccnum, clientSubacc, clearPaymentInfo?, clearCustomerInfo?, timeToLive?, numberOfUse?)`
/// in every version.
pub(crate) const METHOD: &[Signature] = &[Signature {
    since: V1,
    arguments: &[ClientAccnum, ClientSubacc, ClearPaymentInfo, ClearCustomerInfo, TimeToLive, NumberOfUse],
}];
