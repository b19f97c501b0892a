//! One file per widget call: which rules apply to which field.
//!
//! Every call runs through a [`Checker`], which decides absence once for all
//! rules (absent, `null` and blank are the same), runs the field's rule, and
//! records what failed. `validateField` runs the same code with a filter, so
//! a field's live result always equals its part of the whole-call result.

use std::sync::Arc;

use crate::input::{Field, Input, Value};
use crate::options::{Options, WidgetVersion};
use crate::rules::{self, Check};
use crate::violation::{masked, Finding, Reason, Violation};

pub mod authenticate_customer;
pub mod authenticate_customer_and_create_payment_token;
pub mod charge;
pub mod create_payment_token;
pub mod create_payment_token_3ds;
pub mod field;
pub mod is_sca_required;
pub mod is_sca_required_for_payment_token;
pub mod threeds_charge;

/// A call whose input we validate: one of the widget's four, or one of the
/// backend's two charge requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Call {
    CreatePaymentToken,
    IsScaRequired,
    IsScaRequiredForPaymentToken,
    AuthenticateCustomer,
    /// Widget v1.13: `createPaymentToken3DS(authToken, clientAccnum, clientSubacc)`.
    CreatePaymentToken3ds,
    /// Widget v1.13: `authenticateCustomerAndCreatePaymentToken(authToken, clientAccnum, clientSubacc)`.
    AuthenticateCustomerAndCreatePaymentToken,
    /// `POST /transactions/payment-tokens/{paymentTokenId}`.
    Charge,
    /// `POST /transactions/payment-tokens/threeds/{paymentTokenId}`.
    ThreedsCharge,
}

impl Call {
    /// Every call.
    pub const ALL: &'static [Call] = &[
        Call::CreatePaymentToken,
        Call::IsScaRequired,
        Call::IsScaRequiredForPaymentToken,
        Call::AuthenticateCustomer,
        Call::CreatePaymentToken3ds,
        Call::AuthenticateCustomerAndCreatePaymentToken,
        Call::Charge,
        Call::ThreedsCharge,
    ];

    /// The call's name: the widget method's (`"createPaymentToken"`), or
    /// `"charge"` and `"threedsCharge"` for the backend's requests.
    pub const fn name(self) -> &'static str {
        match self {
            Call::CreatePaymentToken => "createPaymentToken",
            Call::IsScaRequired => "isScaRequired",
            Call::IsScaRequiredForPaymentToken => "isScaRequiredForPaymentToken",
            Call::AuthenticateCustomer => "authenticateCustomer",
            Call::CreatePaymentToken3ds => "createPaymentToken3DS",
            Call::AuthenticateCustomerAndCreatePaymentToken => "authenticateCustomerAndCreatePaymentToken",
            Call::Charge => "charge",
            Call::ThreedsCharge => "threedsCharge",
        }
    }

    /// The fields the call reads (and its violations' `target` shows).
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        const THREEDS_CHARGE: &[Field] = &[
            ClientAccnum,
            ClientSubacc,
            CurrencyCode,
            PaymentTokenId,
            InitialPrice,
            InitialPeriod,
            RecurringPrice,
            RecurringPeriod,
            Rebills,
            LifeTimeSubscription,
            CreateNewPaymentToken,
            PassThroughInfo,
            ThreedsCardToken,
            ThreedsEci,
            ThreedsStatus,
            ThreedsVersion,
            ThreedsXid,
            ThreedsCavv,
            ThreedsCavvAlgorithm,
            ThreedsDsTransId,
            ThreedsAcsTransId,
            ThreedsAuthenticationValue,
            ThreedsError,
            ThreedsClientTransactionId,
            ThreedsSuccess,
            ThreedsAmount,
            ThreedsCurrency,
            ThreedsSdkTransId,
            ThreedsAuthenticationType,
            ThreedsErrorDetail,
            ThreedsErrorCode,
            ThreedsResponse,
        ];
        // What createPaymentToken reads, in every version (each version's rules pick from it).
        const TOKEN: &[Field] = &[
            ClientAccnum,
            ClientSubacc,
            ClearPaymentInfo,
            ClearCustomerInfo,
            TimeToLive,
            NumberOfUse,
            NameOnCard,
            CardNumber,
            ExpMonth,
            ExpYear,
            Cvv2,
            FirstName,
            LastName,
            Address1,
            Address2,
            Address3,
            City,
            Country,
            State,
            PostalCode,
            PhoneNumber,
            Email,
            Amount,
            CurrencyCode,
            IpAddress,
            BrowserHttpAccept,
            BrowserHttpAcceptEncoding,
            BrowserHttpAcceptLanguage,
            BrowserHttpUserAgent,
            BrowserUserAgent,
            BrowserHttpAcceptLanguate,
        ];
        // The same form, plus where the 3-D Secure iframe goes, in declaration order.
        const AUTHENTICATE_AND_TOKEN: &[Field] = &in_order::<{ TOKEN.len() + 2 }>(TOKEN, &[Form, IframeId]);
        // A charge body is the 3DS body without the 3-D Secure results.
        const CHARGE: &[Field] = THREEDS_CHARGE.split_at(12).0;
        match self {
            Call::CreatePaymentToken | Call::CreatePaymentToken3ds => TOKEN,
            Call::IsScaRequired => &[ClientAccnum, ClientSubacc, NameOnCard, CardNumber, Email, Amount, CurrencyCode],
            Call::IsScaRequiredForPaymentToken => &[NameOnCard, Email, CurrencyCode, PaymentTokenId],
            Call::AuthenticateCustomer => {
                &[ClientAccnum, ClientSubacc, CardNumber, ExpMonth, ExpYear, PaymentTokenId, Form, IframeId]
            }
            Call::AuthenticateCustomerAndCreatePaymentToken => AUTHENTICATE_AND_TOKEN,
            Call::Charge => CHARGE,
            Call::ThreedsCharge => THREEDS_CHARGE,
        }
    }

    /// The call whose widget method is named `name`.
    pub fn from_name(name: &str) -> Option<Call> {
        Call::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// Every violation in `input`, in field order; empty when valid.
    pub fn validate(self, input: &Input, options: &Options) -> Vec<Violation> {
        violations(self, self.findings(input, options, None), input, options)
    }

    /// The rules of this call, optionally for one field only.
    pub(crate) fn findings(self, input: &Input, options: &Options, only: Option<Field>) -> Vec<Finding> {
        // Overlong text is cut first, so no rule ever scans more than READ_LIMIT + 1 units.
        let clipped = input.clipped();
        let input: &Input = &clipped;
        let (now_ms, version) = (options.now_ms, options.version);
        let mut c = Checker { input, now_ms, version, only, found: Vec::new() };
        match self {
            Call::CreatePaymentToken => create_payment_token::check(&mut c),
            Call::IsScaRequired => is_sca_required::check(&mut c),
            Call::IsScaRequiredForPaymentToken => is_sca_required_for_payment_token::check(&mut c),
            Call::AuthenticateCustomer => authenticate_customer::check(&mut c),
            Call::CreatePaymentToken3ds => create_payment_token_3ds::check(&mut c),
            Call::AuthenticateCustomerAndCreatePaymentToken => {
                authenticate_customer_and_create_payment_token::check(&mut c)
            }
            Call::Charge => charge::check(&mut c),
            Call::ThreedsCharge => threeds_charge::check(&mut c),
        }
        // Each call lists its fields in the contract's order (a test holds
        // every call to it), so no sort: a stable sort costs 3 KB of wasm.
        c.found
    }
}

/// `a` and `b` (each in declaration order, with no field in both) as one list in declaration
/// order, the order violations are reported in: at compile time, so a call that reads another
/// call's fields plus a few is written as just that.
const fn in_order<const N: usize>(a: &[Field], b: &[Field]) -> [Field; N] {
    let mut out = [Field::ClientAccnum; N];
    let (mut i, mut j, mut k) = (0, 0, 0);
    while k < N {
        let take_a = j >= b.len() || (i < a.len() && (a[i] as usize) < (b[j] as usize));
        out[k] = if take_a { a[i] } else { b[j] };
        if take_a {
            i += 1;
        } else {
            j += 1;
        }
        k += 1;
    }
    out
}

/// Wording and a masked target for each finding. The target is built once
/// and shared: every violation of one call shows the same input.
pub(crate) fn violations(call: Call, findings: Vec<Finding>, input: &Input, options: &Options) -> Vec<Violation> {
    if findings.is_empty() {
        return Vec::new();
    }
    let mut target = Input::new();
    for field in call.fields() {
        target.set(*field, input.get(*field).clone());
    }
    let target = Arc::new(masked(&target));
    findings.into_iter().map(|f| Violation::new(f, options.locale, Arc::clone(&target))).collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Presence {
    Required,
    Optional,
}
use Presence::{Optional, Required};

pub(crate) struct Checker<'a> {
    input: &'a Input,
    now_ms: f64,
    /// The widget version whose rules apply.
    pub(crate) version: WidgetVersion,
    only: Option<Field>,
    found: Vec<Finding>,
}

impl<'a> Checker<'a> {
    /// Runs `rule` on `field` when it is present; reports `required` when it
    /// is absent or blank and `presence` says it must be there.
    pub(crate) fn field(&mut self, field: Field, presence: Presence, rule: impl FnOnce(&Value) -> Check) {
        if self.only.is_some_and(|only| only != field) {
            return;
        }
        let result = match self.input.get(field).present() {
            Some(value) => rule(value),
            None if presence == Required => Err(Reason::Required),
            None => Ok(()),
        };
        if let Err(reason) = result {
            self.found.push(Finding { field, reason });
        }
    }

    /// Another field's value, for rules that depend on it (the postal code on the country).
    pub(crate) fn value(&self, field: Field) -> &'a Value {
        self.input.get(field)
    }

    /// Reports `reason` on `field` when it is `needed` and absent; its value,
    /// when there, may be anything (the 3-D Secure fields each version needs).
    pub(crate) fn required_if(&mut self, field: Field, needed: bool, reason: Reason) {
        if self.only.is_none_or(|only| only == field) && needed && !self.is_present(field) {
            self.found.push(Finding { field, reason });
        }
    }

    pub(crate) fn is_present(&self, field: Field) -> bool {
        self.input.get(field).present().is_some()
    }

    // The field rules that several calls share, each in one place.

    /// `clientAccnum` 900000–999999 and `clientSubacc` 0–9999, both required.
    pub(crate) fn merchant_account(&mut self) {
        self.field(Field::ClientAccnum, Required, |v| rules::range::integer_in(v, 900_000, 999_999));
        self.field(Field::ClientSubacc, Required, |v| rules::range::integer_in(v, 0, 9_999));
    }

    pub(crate) fn card_number(&mut self) {
        self.field(Field::CardNumber, Required, rules::card::number);
    }

    /// `expMonth` and `expYear`, required, and not expired.
    pub(crate) fn expiry(&mut self) {
        let (input, now_ms) = (self.input, self.now_ms);
        self.field(Field::ExpMonth, Required, rules::expiry::month);
        self.field(Field::ExpYear, Required, |v| rules::expiry::year(v, input.get(Field::ExpMonth), now_ms));
    }

    pub(crate) fn currency_code(&mut self, presence: Presence) {
        self.field(Field::CurrencyCode, presence, |v| rules::pattern::matches(v, rules::pattern::CURRENCY_CODE));
    }

    pub(crate) fn payment_token_id(&mut self, presence: Presence) {
        self.field(Field::PaymentTokenId, presence, |v| rules::pattern::matches(v, rules::pattern::PAYMENT_TOKEN_ID));
    }

    pub(crate) fn optional(&mut self, field: Field, rule: impl FnOnce(&Value) -> Check) {
        self.field(field, Optional, rule);
    }

    pub(crate) fn required(&mut self, field: Field, rule: impl FnOnce(&Value) -> Check) {
        self.field(field, Required, rule);
    }
}
