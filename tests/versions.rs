//! The rules that changed with the widget version (CCBill's guide, v1 to
//! v1.13): one table of (version, call, field change) → the violations.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{Call, Code, Field, Input, Options, Value, WidgetVersion};
use WidgetVersion::{V1, V1_13, V1_2, V1_3};

/// A customer every version accepts, with the 3-D Secure calls' amount.
fn valid() -> Input {
    let text = include_str!("vectors/fields.json");
    let file: serde_json::Value = serde_json::from_str(text).expect("JSON");
    let mut input = Input::new();
    for (name, v) in file["valid"].as_object().expect("valid") {
        let field = Field::from_name(name).expect("field");
        input.set(field, v.as_str().map_or(Value::Absent, Value::from));
    }
    input.with(Field::Amount, "9.99")
}

fn options(version: WidgetVersion) -> Options {
    // 2026-11-23T12:00:00Z, as the vectors.
    Options::new().now_unix_ms(1_795_435_200_000.0).version(version)
}

type Row = (&'static [WidgetVersion], Call, &'static [(Field, Option<&'static str>)], &'static [(Field, Code)]);

const ALL: &[WidgetVersion] = &[V1, V1_2, V1_3, V1_13];
const BEFORE_1_13: &[WidgetVersion] = &[V1, V1_2, V1_3];
const BEFORE_1_3: &[WidgetVersion] = &[V1, V1_2];
const FROM_1_3: &[WidgetVersion] = &[V1_3, V1_13];

#[rustfmt::skip]
const TABLE: &[Row] = &[
    // The valid customer passes every call of every version.
    (ALL, Call::CreatePaymentToken, &[], &[]),
    (ALL, Call::IsScaRequired, &[], &[]),
    (ALL, Call::IsScaRequiredForPaymentToken, &[], &[]),
    (ALL, Call::AuthenticateCustomer, &[], &[]),
    (ALL, Call::CreatePaymentToken3ds, &[], &[]),
    (ALL, Call::AuthenticateCustomerAndCreatePaymentToken, &[], &[]),
    // v1.13 lists cvv2 and nameOnCard as required; before, they were optional.
    (BEFORE_1_13, Call::CreatePaymentToken, &[(Field::NameOnCard, None), (Field::Cvv2, None)], &[]),
    (&[V1_13], Call::CreatePaymentToken, &[(Field::NameOnCard, None), (Field::Cvv2, None)],
        &[(Field::NameOnCard, Code::Required), (Field::Cvv2, Code::Required)]),
    // From v1.3 isScaRequired reads nameOnCard and email (required) and amount.
    (BEFORE_1_3, Call::IsScaRequired, &[(Field::NameOnCard, None), (Field::Email, None), (Field::Amount, Some("-1"))], &[]),
    (FROM_1_3, Call::IsScaRequired, &[(Field::NameOnCard, None), (Field::Email, None), (Field::Amount, Some("-1"))],
        &[(Field::NameOnCard, Code::Required), (Field::Email, Code::Required), (Field::Amount, Code::OutOfRange)]),
    (FROM_1_3, Call::IsScaRequired, &[(Field::NameOnCard, Some("A")), (Field::Amount, None)], &[(Field::NameOnCard, Code::TooShort)]),
    // isScaRequiredForPaymentToken: the name and email are checked when there, never required.
    (ALL, Call::IsScaRequiredForPaymentToken, &[(Field::NameOnCard, None), (Field::Email, None)], &[]),
    (FROM_1_3, Call::IsScaRequiredForPaymentToken, &[(Field::Email, Some("nope"))], &[(Field::Email, Code::InvalidEmail)]),
    (BEFORE_1_3, Call::IsScaRequiredForPaymentToken, &[(Field::Email, Some("nope"))], &[]),
    // authenticateCustomer took no account arguments before v1.3.
    (BEFORE_1_3, Call::AuthenticateCustomer, &[(Field::ClientAccnum, None), (Field::ClientSubacc, None)], &[]),
    (FROM_1_3, Call::AuthenticateCustomer, &[(Field::ClientAccnum, None)], &[(Field::ClientAccnum, Code::Required)]),
    // The amount: read by createPaymentToken from v1.3, required by the 3-D Secure calls.
    (BEFORE_1_3, Call::CreatePaymentToken, &[(Field::Amount, Some("abc"))], &[]),
    (FROM_1_3, Call::CreatePaymentToken, &[(Field::Amount, Some("abc"))], &[(Field::Amount, Code::NotANumber)]),
    (ALL, Call::CreatePaymentToken, &[(Field::Amount, None)], &[]),
    (ALL, Call::CreatePaymentToken, &[(Field::Amount, Some("0"))], &[]),
    (ALL, Call::CreatePaymentToken3ds, &[(Field::Amount, None), (Field::CurrencyCode, None)],
        &[(Field::Amount, Code::Required), (Field::CurrencyCode, Code::Required)]),
    (ALL, Call::AuthenticateCustomerAndCreatePaymentToken, &[(Field::Amount, None)], &[(Field::Amount, Code::Required)]),
    (ALL, Call::AuthenticateCustomerAndCreatePaymentToken, &[(Field::CardNumber, Some("4111 1111 1111 1112"))],
        &[(Field::CardNumber, Code::Luhn)]),
    // address3 (v1.13): up to 50 characters; earlier widgets do not read it.
    (&[V1_13], Call::CreatePaymentToken, &[(Field::Address3, Some("an address line of more than fifty characters, too long"))],
        &[(Field::Address3, Code::TooLong)]),
    (BEFORE_1_13, Call::CreatePaymentToken, &[(Field::Address3, Some("an address line of more than fifty characters, too long"))], &[]),
    // The browser fields pass through unchecked, CCBill's spelling included.
    (ALL, Call::CreatePaymentToken3ds, &[(Field::BrowserHttpUserAgent, Some("Mozilla/5.0 (X11; Linux x86_64)")),
        (Field::BrowserUserAgent, Some("")), (Field::BrowserHttpAcceptLanguate, Some("es-ES,es;q=0.9"))], &[]),
    // "XX": no state, for any country, in any case, in every version.
    (ALL, Call::CreatePaymentToken, &[(Field::State, Some("XX")), (Field::Country, Some("US")), (Field::PostalCode, Some("94043"))], &[]),
    (ALL, Call::CreatePaymentToken, &[(Field::State, Some("xx")), (Field::Country, Some("GB")), (Field::PostalCode, Some("SW1A 1AA"))], &[]),
    (ALL, Call::CreatePaymentToken, &[(Field::State, Some("ZZ")), (Field::Country, Some("US")), (Field::PostalCode, Some("94043"))],
        &[(Field::State, Code::InvalidSubdivision)]),
];

#[test]
fn each_versions_rules() {
    let mut wrong = Vec::new();
    for (versions, call, changes, want) in TABLE {
        for version in *versions {
            let mut input = valid();
            for (field, value) in *changes {
                input.set(*field, value.map_or(Value::Absent, Value::from));
            }
            let got: Vec<(Field, Code)> =
                call.validate(&input, &options(*version)).iter().map(|v| (v.field(), v.code())).collect();
            if got != *want {
                wrong.push(format!("{version:?} {} {changes:?}: got {got:?}, want {want:?}", call.name()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_default_is_the_newest_version() {
    assert_eq!(Options::new().get_version(), V1_13);
    let input = valid().with(Field::Cvv2, "");
    assert_eq!(Call::CreatePaymentToken.validate(&input, &Options::new()).len(), 1);
}

#[test]
fn the_new_calls_have_their_widget_names() {
    assert_eq!(Call::from_name("createPaymentToken3DS"), Some(Call::CreatePaymentToken3ds));
    assert_eq!(
        Call::from_name("authenticateCustomerAndCreatePaymentToken"),
        Some(Call::AuthenticateCustomerAndCreatePaymentToken)
    );
}

#[test]
fn the_readme_rust_example() {
    use ccbill_validate::{calls, Locale};
    let input = Input::new()
        .with(Field::ClientAccnum, 900000)
        .with(Field::ClientSubacc, "0")
        .with(Field::CardNumber, "4111 1111 1111 1112");
    let options = Options::new().locale(Locale::Es).version(WidgetVersion::V1_2);
    let found = calls::is_sca_required::validate(&input, &options);
    assert_eq!(found[0].code(), Code::Luhn);
    assert_eq!(WidgetVersion::parse("1.13.1"), Some(V1_13));
}
