//! One file per call: which rules apply to which field.
//!
//! Each call is one table of (field, presence, rule) rows (see `table`); the
//! call files hold data only, and this module is the one that walks them.
//! `Call::findings` decides absence once for all rules (absent, `null` and
//! blank are the same), runs the field's rule, and records what failed.
//! `Call::validate_field` walks the same table with a filter, so a field's live
//! result always equals its part of the whole-call result.

use alloc::sync::Arc;

use crate::input::{path_in, Field, Input, Value};
use crate::options::Options;
use crate::rules::card::masked;
use crate::rules::charge as charge_rules;
use crate::rules::partial::settled;
use crate::rules::range;
use crate::rules::reason::{Finding, Reason};
use crate::violation::Violation;

mod authenticate_customer;
mod authenticate_customer_and_create_payment_token;
mod charge;
mod create_payment_token;
mod create_payment_token_3ds;
mod get_payment_token;
mod get_transaction_payment_token;
mod is_sca_required;
mod is_sca_required_for_payment_token;
mod payment_token_merchant_only;
mod payment_token_merchant_only_verify;
mod payment_token_program_specified;
mod payment_token_target_client;
mod payment_token_threeds_required;
pub(crate) mod table;
mod threeds_charge;
mod threeds_required;
mod token_body;

use alloc::vec::Vec;
use table::{Context, Need, Presence, Row, Signature};

/// What a widget method returns ([`Call::returns`]): a fact for the page layer's types only.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Returns {
    /// A promise of a fetch `Response`.
    PromiseOfResponse,
    /// A promise of a value the guide does not describe.
    Promise,
    /// Nothing the guide says.
    Unknown,
}

/// A call whose input we validate: one of the widget's calls, or one of the
/// backend's requests (a charge body, or a GET's path token and query).
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
    /// `GET /payment-tokens/{paymentTokenId}`: the token as a path segment.
    GetPaymentToken,
    /// `GET /payment-tokens/{paymentTokenId}/threeds-required?currencyCode=`.
    PaymentTokenThreedsRequired,
    /// `GET /transactions/payment-tokens/{paymentTokenId}?clientAccnum=&clientSubacc=`.
    GetTransactionPaymentToken,
    /// `POST /payment-tokens/merchant-only`: a nested body (see [`Call::path`]).
    CreatePaymentTokenMerchantOnly,
    /// `POST /payment-tokens/merchant-only-verify`: the same, with the security code.
    CreatePaymentTokenMerchantOnlyVerify,
    /// `POST /payment-tokens/program-specified`.
    CreatePaymentTokenProgramSpecified,
    /// `POST /payment-tokens/target-client`.
    CreatePaymentTokenTargetClient,
    /// `GET /payment-tokens/threeds-required?bin=&last4=&clientAccnum=&clientSubacc=&currencyCode=`.
    ThreedsRequired,
}

impl Call {
    /// The call `validateField` and attach() check a field under when told none.
    pub const DEFAULT: Call = Call::CreatePaymentToken;

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
        Call::GetPaymentToken,
        Call::PaymentTokenThreedsRequired,
        Call::GetTransactionPaymentToken,
        Call::CreatePaymentTokenMerchantOnly,
        Call::CreatePaymentTokenMerchantOnlyVerify,
        Call::CreatePaymentTokenProgramSpecified,
        Call::CreatePaymentTokenTargetClient,
        Call::ThreedsRequired,
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
            Call::GetPaymentToken => "getPaymentToken",
            Call::PaymentTokenThreedsRequired => "paymentTokenThreedsRequired",
            Call::GetTransactionPaymentToken => "getTransactionPaymentToken",
            Call::CreatePaymentTokenMerchantOnly => "createPaymentTokenMerchantOnly",
            Call::CreatePaymentTokenMerchantOnlyVerify => "createPaymentTokenMerchantOnlyVerify",
            Call::CreatePaymentTokenProgramSpecified => "createPaymentTokenProgramSpecified",
            Call::CreatePaymentTokenTargetClient => "createPaymentTokenTargetClient",
            Call::ThreedsRequired => "threedsRequired",
        }
    }

    /// The call's table: (field, presence, rule), in field order.
    pub(crate) const fn rows(self) -> &'static [Row] {
        match self {
            Call::CreatePaymentToken => create_payment_token::ROWS,
            Call::IsScaRequired => is_sca_required::ROWS,
            Call::IsScaRequiredForPaymentToken => is_sca_required_for_payment_token::ROWS,
            Call::AuthenticateCustomer => authenticate_customer::ROWS,
            Call::CreatePaymentToken3ds => create_payment_token_3ds::ROWS,
            Call::AuthenticateCustomerAndCreatePaymentToken => authenticate_customer_and_create_payment_token::ROWS,
            Call::Charge => charge::ROWS,
            Call::ThreedsCharge => threeds_charge::ROWS,
            Call::GetPaymentToken => get_payment_token::ROWS,
            Call::PaymentTokenThreedsRequired => payment_token_threeds_required::ROWS,
            Call::GetTransactionPaymentToken => get_transaction_payment_token::ROWS,
            Call::CreatePaymentTokenMerchantOnly => payment_token_merchant_only::ROWS,
            Call::CreatePaymentTokenMerchantOnlyVerify => payment_token_merchant_only_verify::ROWS,
            Call::CreatePaymentTokenProgramSpecified => payment_token_program_specified::ROWS,
            Call::CreatePaymentTokenTargetClient => payment_token_target_client::ROWS,
            Call::ThreedsRequired => threeds_required::ROWS,
        }
    }

    /// The fields the call reads (and its violations' `target` shows): its table's, in order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Call::CreatePaymentToken => create_payment_token::FIELDS,
            Call::IsScaRequired => is_sca_required::FIELDS,
            Call::IsScaRequiredForPaymentToken => is_sca_required_for_payment_token::FIELDS,
            Call::AuthenticateCustomer => authenticate_customer::FIELDS,
            Call::CreatePaymentToken3ds => create_payment_token_3ds::FIELDS,
            Call::AuthenticateCustomerAndCreatePaymentToken => authenticate_customer_and_create_payment_token::FIELDS,
            Call::Charge => charge::FIELDS,
            Call::ThreedsCharge => threeds_charge::FIELDS,
            Call::GetPaymentToken => get_payment_token::FIELDS,
            Call::PaymentTokenThreedsRequired => payment_token_threeds_required::FIELDS,
            Call::GetTransactionPaymentToken => get_transaction_payment_token::FIELDS,
            Call::CreatePaymentTokenMerchantOnly => payment_token_merchant_only::FIELDS,
            Call::CreatePaymentTokenMerchantOnlyVerify => payment_token_merchant_only_verify::FIELDS,
            Call::CreatePaymentTokenProgramSpecified => payment_token_program_specified::FIELDS,
            Call::CreatePaymentTokenTargetClient => payment_token_target_client::FIELDS,
            Call::ThreedsRequired => threeds_required::FIELDS,
        }
    }

    /// The backend request the call checks (method and path), or `None` for a widget method.
    pub const fn request(self) -> Option<&'static str> {
        match self {
            Call::Charge => Some("POST /transactions/payment-tokens/{paymentTokenId}"),
            Call::ThreedsCharge => Some("POST /transactions/payment-tokens/threeds/{paymentTokenId}"),
            Call::GetPaymentToken => Some("GET /payment-tokens/{paymentTokenId}"),
            Call::PaymentTokenThreedsRequired => Some("GET /payment-tokens/{paymentTokenId}/threeds-required"),
            Call::GetTransactionPaymentToken => Some("GET /transactions/payment-tokens/{paymentTokenId}"),
            Call::CreatePaymentTokenMerchantOnly => Some("POST /payment-tokens/merchant-only"),
            Call::CreatePaymentTokenMerchantOnlyVerify => Some("POST /payment-tokens/merchant-only-verify"),
            Call::CreatePaymentTokenProgramSpecified => Some("POST /payment-tokens/program-specified"),
            Call::CreatePaymentTokenTargetClient => Some("POST /payment-tokens/target-client"),
            Call::ThreedsRequired => Some("GET /payment-tokens/threeds-required"),
            _ => None,
        }
    }

    /// Where each field is in the call's input, where that is not the field's own name: the token
    /// bodies nest the customer and the card under the API's names.
    pub(crate) const fn paths(self) -> &'static [(Field, &'static str)] {
        match self {
            Call::CreatePaymentTokenMerchantOnly
            | Call::CreatePaymentTokenMerchantOnlyVerify
            | Call::CreatePaymentTokenProgramSpecified
            | Call::CreatePaymentTokenTargetClient => token_body::PATHS,
            _ => &[],
        }
    }

    /// The field's name in this call's input: its `propertyName`, and its key in the target. A
    /// dotted name is a path through nested objects (`"customerInfo.zipcode"` is `postalCode`
    /// in a token body); elsewhere it is the field's own name.
    pub fn path(self, field: Field) -> &'static str {
        path_in(self.paths(), field)
    }

    /// What the widget method returns, as CCBill's guide says: createPaymentToken's promise
    /// resolves to a fetch `Response` (the guide's handler calls `.json()` on it, and on its
    /// rejection); the SCA checks "return a Promise object" of "a response" it does not describe;
    /// of the others the guide says nothing. For the page layer's types.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) const fn returns(self) -> Returns {
        match self {
            Call::CreatePaymentToken => Returns::PromiseOfResponse,
            Call::IsScaRequired | Call::IsScaRequiredForPaymentToken => Returns::Promise,
            _ => Returns::Unknown,
        }
    }

    /// The widget method's signatures, oldest first; empty for a backend request.
    pub(crate) const fn method(self) -> &'static [Signature] {
        match self {
            Call::CreatePaymentToken => create_payment_token::METHOD,
            Call::IsScaRequired => is_sca_required::METHOD,
            Call::IsScaRequiredForPaymentToken => is_sca_required_for_payment_token::METHOD,
            Call::AuthenticateCustomer => authenticate_customer::METHOD,
            Call::CreatePaymentToken3ds => create_payment_token_3ds::METHOD,
            Call::AuthenticateCustomerAndCreatePaymentToken => authenticate_customer_and_create_payment_token::METHOD,
            _ => &[],
        }
    }

    /// Whether the call is a method of CCBill's widget (not a backend request).
    pub const fn is_widget_method(self) -> bool {
        !self.method().is_empty()
    }

    /// The orders the method takes its arguments in under `version`, after `authToken`: the
    /// newest signature from that version or before (two where the guide shows two orders); every
    /// signature when the version is unknown; none when the version has no such method.
    #[cfg(not(target_arch = "wasm32"))] // read by the facts' generator (src/facts.rs) only
    pub(crate) fn signatures(
        self,
        version: Option<crate::options::WidgetVersion>,
    ) -> impl Iterator<Item = &'static Signature> {
        let method = self.method();
        let current = version.and_then(|v| method.iter().map(|s| s.since).filter(|since| *since <= v).max());
        method.iter().filter(move |s| version.is_none() || Some(s.since) == current)
    }

    /// The call whose widget method is named `name`.
    pub fn from_name(name: &str) -> Option<Call> {
        Call::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// Every violation in `input`, in field order; empty when valid.
    pub fn validate(self, input: &Input, options: &Options) -> Vec<Violation> {
        violations(self, self.findings(input, options, None), input, options)
    }

    /// The violations of `field` when it holds `value`, with the rest of `input` as context (the
    /// month for the year's expiry check, for instance): for live feedback while the customer
    /// types. Exactly the violations of `field` in `self.validate(..)` of the same input.
    pub fn validate_field(
        self,
        field: Field,
        value: impl Into<Value>,
        input: &Input,
        options: &Options,
    ) -> Vec<Violation> {
        self.field_violations(field, value.into(), input, options, false)
    }

    /// [`Call::validate_field`] for the field the customer is typing in: without what typing more
    /// can fix ("4111" is a Visa number not yet typed, not a wrong length).
    pub fn validate_field_typing(
        self,
        field: Field,
        value: impl Into<Value>,
        input: &Input,
        options: &Options,
    ) -> Vec<Violation> {
        self.field_violations(field, value.into(), input, options, true)
    }

    fn field_violations(
        self,
        field: Field,
        value: Value,
        input: &Input,
        options: &Options,
        typing: bool,
    ) -> Vec<Violation> {
        let input = input.clone().with(field, value);
        violations(self, self.field_findings(field, &input, options, typing), &input, options)
    }

    /// The findings of one field of `input`; with `typing`, only those typing more cannot fix.
    pub(crate) fn field_findings(self, field: Field, input: &Input, options: &Options, typing: bool) -> Vec<Finding> {
        let mut found = self.findings(input, options, Some(field));
        if typing {
            settled(&mut found, input);
        }
        found
    }

    /// The rules of this call, optionally for one field only: its table, row by row.
    pub(crate) fn findings(self, input: &Input, options: &Options, only: Option<Field>) -> Vec<Finding> {
        // Overlong text is cut first, so no rule ever scans more than READ_LIMIT + 1 units.
        let clipped = input.clipped();
        let input: &Input = &clipped;
        let cx = Context::new(input, options.now_ms);
        let present = |field| input.get(field).present().is_some();
        // The 3-D Secure version's major number, for the rows that depend on it: read once.
        let major = input.get(Field::ThreedsVersion).present().and_then(|v| charge_rules::major_version(v).ok());
        let mut found = Vec::new();
        for row in self.rows().iter().filter(|r| only.is_none_or(|f| f == r.field)) {
            let need = match row.presence {
                Presence::Required => Need::Required,
                Presence::Optional => Need::Optional,
                Presence::Since(..) | Presence::RequiredSince(_) => match row.presence.by_version(options.version) {
                    Some(need) => need,
                    None => continue,
                },
                Presence::UnlessPresent(other) if present(other) => continue,
                Presence::UnlessPresent(_) => Need::Required,
                Presence::RequiredIfZero(other) => match input.get(other).present() {
                    Some(v) if range::integer_in(v, 0, 0).is_ok() => Need::Required,
                    _ => Need::Optional,
                },
                Presence::ForThreedsVersion(n) => {
                    if major == Some(n) && !present(row.field) {
                        found.push(Finding { field: row.field, reason: Reason::RequiredForVersion { major: n } });
                        continue;
                    }
                    Need::Optional // and checked when sent
                }
            };
            let result = match input.get(row.field).present() {
                Some(value) => row.rule.check(value, &cx),
                None if need == Need::Required => Err(Reason::Required),
                None => Ok(()),
            };
            if let Err(reason) = result {
                found.push(Finding { field: row.field, reason });
            }
        }
        // Each table is in the contract's field order (a test holds it), so no sort: a stable
        // sort costs 3 KB of wasm.
        found
    }
}

/// Wording and a masked target for each finding. The target is built once
/// and shared: every violation of one call shows the same input.
fn violations(call: Call, findings: Vec<Finding>, input: &Input, options: &Options) -> Vec<Violation> {
    if findings.is_empty() {
        return Vec::new();
    }
    let mut target = Input::new();
    for field in call.fields() {
        target.set(*field, input.get(*field).clone());
    }
    let target = Arc::new(masked(&target));
    findings.into_iter().map(|f| Violation::new(call.paths(), f, options.locale, Arc::clone(&target))).collect()
}

/// JSON bodies read as a call's input (natively: backends and the command line).
#[cfg(not(target_arch = "wasm32"))]
impl Input {
    /// `call`'s fields read from a JSON body, each at its place in it ([`Call::path`]):
    /// `customerInfo.zipcode` is `postalCode` in a token body. `None` when `json` is not an object.
    pub fn from_json_in(call: Call, json: &serde_json::Value) -> Option<Input> {
        Input::from_json_at(call.fields(), |f| call.path(f), json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_in_declaration_order_with_no_field_twice() {
        for call in Call::ALL {
            let rows = call.rows();
            assert!(rows.windows(2).all(|w| (w[0].field as usize) < (w[1].field as usize)), "{}", call.name());
            assert!(rows.iter().map(|r| r.field).eq(call.fields().iter().copied()), "{}", call.name());
        }
    }
}
