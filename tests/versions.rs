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

/// The rules of `version`, or of an unknown one (`None`).
fn options(version: Option<WidgetVersion>) -> Options {
    // 2026-11-23T12:00:00Z, as the vectors.
    let options = Options::new().now_unix_ms(1_795_435_200_000.0);
    version.map_or(options, |v| options.version(v))
}

type Row = (&'static [Option<WidgetVersion>], Call, &'static [(Field, Option<&'static str>)], &'static [(Field, Code)]);

/// Every version, and the version unknown (`None`), which rejects only what every version rejects.
const ALL: &[Option<WidgetVersion>] = &[Some(V1), Some(V1_2), Some(V1_3), Some(V1_13), None];
const BEFORE_1_13: &[Option<WidgetVersion>] = &[Some(V1), Some(V1_2), Some(V1_3), None];
const BEFORE_1_3: &[Option<WidgetVersion>] = &[Some(V1), Some(V1_2), None];
const FROM_1_3: &[Option<WidgetVersion>] = &[Some(V1_3), Some(V1_13)];
const V1_13_ONLY: &[Option<WidgetVersion>] = &[Some(V1_13)];

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
    (V1_13_ONLY, Call::CreatePaymentToken, &[(Field::NameOnCard, None), (Field::Cvv2, None)],
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
    // The amount: read by createPaymentToken from v1.3, and by the 3-D Secure calls, which
    // require neither it nor the currency (CCBill's guide disagrees with itself: the lenient reading).
    (BEFORE_1_3, Call::CreatePaymentToken, &[(Field::Amount, Some("abc"))], &[]),
    (FROM_1_3, Call::CreatePaymentToken, &[(Field::Amount, Some("abc"))], &[(Field::Amount, Code::NotANumber)]),
    (ALL, Call::CreatePaymentToken, &[(Field::Amount, None)], &[]),
    (ALL, Call::CreatePaymentToken, &[(Field::Amount, Some("0"))], &[]),
    (ALL, Call::CreatePaymentToken3ds, &[(Field::Amount, None), (Field::CurrencyCode, None)], &[]),
    (ALL, Call::AuthenticateCustomerAndCreatePaymentToken, &[(Field::Amount, None), (Field::CurrencyCode, None)], &[]),
    (ALL, Call::CreatePaymentToken3ds, &[(Field::Amount, Some("-1")), (Field::CurrencyCode, Some("36"))],
        &[(Field::Amount, Code::OutOfRange), (Field::CurrencyCode, Code::Pattern)]),
    (ALL, Call::AuthenticateCustomerAndCreatePaymentToken, &[(Field::CardNumber, Some("4111 1111 1111 1112"))],
        &[(Field::CardNumber, Code::Luhn)]),
    // address3 (v1.13): up to 50 characters; earlier widgets do not read it.
    (V1_13_ONLY, Call::CreatePaymentToken, &[(Field::Address3, Some("an address line of more than fifty characters, too long"))],
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

/// The form of CCBill's 2022–2024 guide (no `nameOnCard`, no `cvv2`), as issue 19 measured it.
fn guide_2022_form() -> Input {
    Input::new()
        .with(Field::ClientAccnum, 900100)
        .with(Field::ClientSubacc, 0)
        .with(Field::CardNumber, "4242424242424242")
        .with(Field::ExpMonth, "12")
        .with(Field::ExpYear, "2030")
        .with(Field::FirstName, "Ana")
        .with(Field::LastName, "García")
        .with(Field::Country, "US")
        .with(Field::PostalCode, "94043")
        .with(Field::Email, "ana@example.com")
}

#[test]
fn no_version_given_is_unknown_and_rejects_only_what_every_version_rejects() {
    assert_eq!(Options::new().get_version(), None);
    let fields =
        |found: Vec<ccbill_validate::Violation>| found.iter().map(|v| (v.field(), v.code())).collect::<Vec<_>>();
    let form = guide_2022_form();
    assert_eq!(fields(Call::CreatePaymentToken.validate(&form, &options(None))), []);
    assert_eq!(
        fields(Call::CreatePaymentToken.validate(&form, &options(Some(V1_13)))),
        [(Field::NameOnCard, Code::Required), (Field::Cvv2, Code::Required)]
    );
    // A currency code as CCBill's OpenAPI writes it: an integer.
    let sca = form.clone().with(Field::CurrencyCode, 36);
    assert_eq!(fields(Call::IsScaRequired.validate(&sca, &options(None))), []);
    // What every version rejects is still rejected: a bad card, a blank required field.
    let bad = form.with(Field::CardNumber, "4111 1111 1111 14").with(Field::Email, "");
    assert_eq!(
        fields(Call::CreatePaymentToken.validate(&bad, &options(None))),
        [(Field::CardNumber, Code::CardLength), (Field::Email, Code::Required)]
    );
}

#[test]
fn currency_codes_as_numbers_are_iso_numeric_in_every_call_and_charge() {
    let calls = [Call::IsScaRequired, Call::IsScaRequiredForPaymentToken, Call::CreatePaymentToken, Call::Charge];
    for call in calls {
        for (value, ok) in [
            (Value::from(36), true),
            (Value::from(840), true),
            (Value::from(0), true),
            (Value::Number(36.5), false),
            (Value::from(-36), false),
            (Value::from(1000), false),
        ] {
            let input = valid()
                .with(Field::CurrencyCode, value.clone())
                .with(Field::InitialPrice, "9.99")
                .with(Field::InitialPeriod, 30);
            let found: Vec<_> = call.validate(&input, &options(None)).iter().map(|v| (v.field(), v.code())).collect();
            let want = if ok { vec![] } else { vec![(Field::CurrencyCode, Code::Pattern)] };
            assert_eq!(found, want, "{} {value:?}", call.name());
        }
    }
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
    use ccbill_validate::{Call, Locale};
    let input = Input::new()
        .with(Field::ClientAccnum, 900000)
        .with(Field::ClientSubacc, "0")
        .with(Field::CardNumber, "4111 1111 1111 1112");
    let options = Options::new().locale(Locale::Es).version(WidgetVersion::V1_2);
    let found = Call::IsScaRequired.validate(&input, &options);
    assert_eq!(found[0].code(), Code::Luhn);
    assert_eq!(WidgetVersion::parse("1.13.1"), Some(V1_13));
}
