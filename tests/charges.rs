//! Charge bodies (tests/vectors/charges.json), natively: CCBill's own example
//! bodies, per-rule cases, and the conditional 3-D Secure table.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{Call, Field, Input, Options, Value, Violation};
use serde_json::Value as Json;

fn charges() -> Json {
    serde_json::from_str(include_str!("vectors/charges.json")).expect("JSON")
}

fn call(name: &str) -> Call {
    Call::from_name(name).expect("a call")
}

fn shape(found: &[Violation]) -> Vec<(String, String)> {
    found.iter().map(|v| (v.property_name().to_owned(), v.code().as_str().to_owned())).collect()
}

fn pairs(json: &Json) -> Vec<(String, String)> {
    let as_pair = |p: &Json| (p[0].as_str().unwrap_or("").to_owned(), p[1].as_str().unwrap_or("").to_owned());
    json.as_array().expect("pairs").iter().map(as_pair).collect()
}

#[test]
fn ccbills_own_example_bodies_give_exactly_the_expected_violations() {
    for fixture in charges()["fixtures"].as_array().expect("fixtures") {
        let input = Input::from_json(&fixture["input"]).expect("object");
        let found = call(fixture["call"].as_str().expect("call")).validate(&input, &Options::new());
        assert_eq!(shape(&found), pairs(&fixture["expect"]), "{}", fixture["name"]);
    }
}

#[test]
fn every_rule_case() {
    let file = charges();
    let mut wrong = Vec::new();
    for case in file["cases"].as_array().expect("cases") {
        let mut input = Input::from_json(&file["conditional"]["versions"]["1"]).expect("object");
        for (name, value) in case.get("with").and_then(Json::as_object).into_iter().flatten() {
            input.set(Field::from_name(name).expect("field"), Value::from_json(value));
        }
        let field = Field::from_name(case["field"].as_str().expect("field")).expect("known");
        input.set(field, Value::from_json(&case["value"]));
        let found = call(case["call"].as_str().expect("call")).validate(&input, &Options::new());
        let want: Vec<(String, String)> =
            case["code"].as_str().map(|code| vec![(field.name().to_owned(), code.to_owned())]).unwrap_or_default();
        if shape(&found) != want {
            wrong.push(format!("{case}\n   got {:?}", shape(&found)));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn each_required_threeds_field_removed_in_turn_for_both_versions() {
    let file = charges();
    let table = &file["conditional"];
    let mut checked = 0;
    for version in ["1", "2"] {
        let body = &table["versions"][version];
        let valid = Input::from_json(body).expect("object");
        assert_eq!(shape(&Call::ThreedsCharge.validate(&valid, &Options::new())), vec![], "version {version}");
        let names = table["required"]["both"].as_array().into_iter().chain(table["required"][version].as_array());
        for name in names.flatten().filter_map(Json::as_str) {
            let mut input = valid.clone();
            input.set(Field::from_name(name).expect("field"), Value::Absent);
            let found = Call::ThreedsCharge.validate(&input, &Options::new());
            assert_eq!(
                shape(&found),
                vec![(name.to_owned(), "required".to_owned())],
                "version {version} without {name}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 24);
}

#[test]
fn charge_messages_say_what_to_do() {
    let file = charges();
    let mut input = Input::from_json(&file["conditional"]["versions"]["1"]).expect("object");
    input.set(Field::ThreedsCardToken, "gjeoB5NdJ1r6p0dG-and-more");
    input.set(Field::ThreedsXid, Value::Absent);
    input.set(Field::ThreedsAmount, "12.5");
    let found = Call::ThreedsCharge.validate(&input, &Options::new());
    let messages: Vec<&str> = found.iter().map(Violation::message).collect();
    assert_eq!(
        messages,
        [
            "threedsCardToken.The 3-D Secure card token may have at most 16 characters: send only its first 16",
            "threedsXid.The 3-D Secure XID is required for 3-D Secure version 1",
            "threedsAmount.The 3-D Secure amount must equal the initial price",
        ]
    );
    let es = Call::ThreedsCharge.validate(&input, &Options::new().locale(ccbill_validate::Locale::Es));
    assert_eq!(es[1].message(), "threedsXid.Falta el XID de 3-D Secure, obligatorio en la versión 1 de 3-D Secure");
    assert_eq!(es[2].message(), "threedsAmount.El importe de 3-D Secure debe coincidir con el precio inicial");
}
