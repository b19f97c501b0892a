//! The shared vector files (tests/vectors/*.json), run natively. The wasm
//! tests (tests/common) run the same files in Node, Chrome and Firefox.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{card_brand, Brand, Call, Code, Field, Input, Locale, Options, Value, Violation, WidgetVersion};
use serde_json::Value as Json;

fn vectors(text: &str) -> Json {
    serde_json::from_str(text).expect("vector file is JSON")
}

fn fields() -> Json {
    vectors(include_str!("vectors/fields.json"))
}

fn value(j: &Json) -> Value {
    match j {
        Json::Null => Value::Absent,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => Value::Number(n.as_f64().expect("finite")),
        Json::String(s) => Value::Text(s.clone()),
        Json::Array(_) => Value::Other,
        Json::Object(o) => {
            if let Some(s) = o.get("$repeat").and_then(Json::as_str) {
                let times = o["times"].as_u64().expect("times") as usize;
                let then = o.get("then").and_then(Json::as_str).unwrap_or("");
                Value::Text(s.repeat(times) + then)
            } else if let Some(n) = o.get("$number").and_then(Json::as_str) {
                Value::Number(n.parse().expect("NaN or [-]Infinity as Rust parses them: NaN, inf"))
            } else {
                Value::Other
            }
        }
    }
}

fn input(base: &Json, with: Option<&Json>) -> Input {
    let mut input = Input::new();
    for obj in [Some(base), with].into_iter().flatten() {
        for (name, v) in obj.as_object().expect("object") {
            let field = Field::from_name(name).unwrap_or_else(|| panic!("unknown field {name}"));
            input.set(field, value(v));
        }
    }
    input
}

struct Case {
    call: Call,
    field: Field,
    value: Value,
    input: Input,
    json: String,
}

fn cases(file: &Json) -> Vec<Case> {
    let valid = &fields()["valid"];
    file["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| {
            let call = Call::from_name(c["call"].as_str().unwrap_or("createPaymentToken")).expect("call");
            let field = Field::from_name(c["field"].as_str().expect("field")).expect("known field");
            let value = value(&c["value"]);
            let input = input(valid, c.get("with")).with(field, value.clone());
            Case { call, field, value, input, json: c.to_string() }
        })
        .collect()
}

/// The vectors' clock and widget version.
fn options() -> Options {
    let version = WidgetVersion::parse(fields()["version"].as_str().expect("version")).expect("a version");
    Options::new().now_unix_ms(fields()["now"].as_f64().expect("now")).version(version)
}

fn shape(found: &[Violation]) -> Vec<(&'static str, Code)> {
    found.iter().map(|v| (v.property_name(), v.code())).collect()
}

#[track_caller]
fn assert_violations(found: &[Violation], want: &[(&str, &str)], case: &str) {
    let got: Vec<(&str, &str)> = found.iter().map(|v| (v.property_name(), v.code().as_str())).collect();
    assert_eq!(got, want, "case {case}");
}

/// The widget's calls (the charge calls validate backend bodies, tests/charges).
const WIDGET_CALLS: [Call; 4] =
    [Call::CreatePaymentToken, Call::IsScaRequired, Call::IsScaRequiredForPaymentToken, Call::AuthenticateCustomer];

#[test]
fn the_valid_form_passes_every_widget_call() {
    let input = input(&fields()["valid"], None);
    for call in WIDGET_CALLS {
        assert_violations(&call.validate(&input, &options()), &[], call.name());
    }
}

/// The case files: fields.json and the reference-data vectors.
fn case_files() -> [Json; 2] {
    [fields(), vectors(include_str!("vectors/reference.json"))]
}

#[test]
fn every_field_vector() {
    for file in case_files() {
        every_case_of(&file);
    }
}

fn every_case_of(file: &Json) {
    let raw = file["cases"].as_array().expect("cases");
    // Every mismatch at once: editing a vector file should not be whack-a-mole.
    let mut wrong = Vec::new();
    for (case, json) in cases(file).iter().zip(raw) {
        let found = case.call.validate(&case.input, &options());
        let got: Vec<(&str, &str)> = found.iter().map(|v| (v.property_name(), v.code().as_str())).collect();
        let want: Vec<(&str, &str)> = match json["code"].as_str() {
            Some(code) => vec![(json.get("reportedOn").and_then(Json::as_str).unwrap_or(case.field.name()), code)],
            None => vec![],
        };
        if got != want {
            wrong.push(format!("case {}\n   got {got:?}", case.json));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn validate_field_equals_the_fields_part_of_the_whole_call() {
    for case in case_files().iter().flat_map(cases) {
        let whole = case.call.validate(&case.input, &options());
        let whole: Vec<Violation> = whole.into_iter().filter(|v| v.field() == case.field).collect();
        let one = case.call.validate_field(case.field, case.value.clone(), &case.input, &options());
        // Compared as printed: a NaN in the target is not equal to itself.
        assert_eq!(format!("{one:?}"), format!("{whole:?}"), "case {}", case.json);
    }
}

#[test]
fn no_result_holds_a_card_number_or_a_cvv() {
    for case in case_files().iter().flat_map(cases) {
        let Value::Text(number) = case.input.get(Field::CardNumber).clone() else {
            continue;
        };
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        for call in WIDGET_CALLS {
            let found = call.validate(&case.input, &options());
            let printed = format!("{found:?}");
            for v in &found {
                assert_eq!(v.target().get(Field::Cvv2), &Value::Absent, "case {}", case.json);
            }
            if digits.len() >= 7 {
                assert!(!printed.contains(&digits), "digits leaked, case {}", case.json);
            }
            if number.len() >= 7 {
                assert!(!printed.contains(&number), "number leaked, case {}", case.json);
            }
        }
    }
}

#[test]
fn exact_messages_in_english_and_spanish() {
    let file = vectors(include_str!("vectors/messages.json"));
    let raw = file["cases"].as_array().expect("cases");
    for (case, json) in cases(&file).iter().zip(raw) {
        for locale in [Locale::En, Locale::Es] {
            let found = case.call.validate(&case.input, &options().locale(locale));
            let want = json[locale.tag()].as_str().expect("message");
            assert_eq!(found.len(), 1, "case {}", case.json);
            assert_eq!(found[0].message(), want, "case {}", case.json);
            // CCBill's sample handler shows `message.split(".")[1]`.
            assert_eq!(found[0].message().split('.').nth(1), want.split_once('.').map(|(_, t)| t));
        }
    }
}

#[test]
fn violations_come_in_the_contracts_field_order() {
    // Every field holds something wrong for it; no token, so the card counts.
    let mut input = Input::new();
    for field in Field::ALL {
        input.set(*field, Value::Other);
    }
    input.set(Field::PaymentTokenId, "not-a-token");
    input.set(Field::Form, 5);
    for call in Call::ALL {
        let found = call.validate(&input, &options());
        let order: Vec<Field> = found.iter().map(Violation::field).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted, "{}", call.name());
        assert!(!found.is_empty(), "{}", call.name());
    }
    let all = Call::CreatePaymentToken.validate(&input, &options());
    assert_eq!(shape(&all).len(), 25, "{:?}", shape(&all));
}

#[test]
fn targets_are_masked_copies() {
    let input = input(&fields()["valid"], None).with(Field::ClientAccnum, "1");
    let found = Call::CreatePaymentToken.validate(&input, &options());
    let target = found[0].target();
    assert_eq!(target.get(Field::CardNumber), &Value::from("411111******1111"));
    assert_eq!(target.get(Field::Cvv2), &Value::Absent);
    assert_eq!(target.get(Field::Email), input.get(Field::Email));
}

#[test]
fn every_postal_example_of_the_data_passes_for_its_country() {
    let file = vectors(include_str!("vectors/postal-examples.json"));
    let mut count = 0;
    for (country, examples) in file["examples"].as_object().expect("examples") {
        for example in examples.as_array().expect("list") {
            let input = Input::new().with(Field::Country, country.as_str());
            let found = Call::CreatePaymentToken.validate_field(
                Field::PostalCode,
                example.as_str().expect("text"),
                &input,
                &options(),
            );
            assert_violations(&found, &[], &format!("{country} {example}"));
            count += 1;
        }
    }
    assert!(count > 400, "{count} examples");
}

#[test]
fn card_brands_of_published_test_numbers_and_prefixes() {
    let file = vectors(include_str!("vectors/brands.json"));
    for case in file["cases"].as_array().expect("cases") {
        let number = case["number"].as_str().expect("number");
        assert_eq!(card_brand(number).map(Brand::id), case["brand"].as_str(), "{number}");
    }
}
