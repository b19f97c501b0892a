//! The backend's GET requests (a payment token in the path, a query), from the shared vectors in
//! tests/vectors/backend-gets.json: the path segment holds letters and digits only, so a token
//! holding `/`, `?` or `#` cannot change the request an f-string URL makes.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{Call, Input, Options};
use serde_json::Value as Json;

fn cases() -> Vec<Json> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/backend-gets.json"))
        .expect("the vectors");
    let file: Json = serde_json::from_str(&text).expect("JSON");
    file["cases"].as_array().expect("cases").clone()
}

#[test]
fn vectors() {
    let cases = cases();
    assert!(cases.len() >= 15);
    for case in cases {
        let call = Call::from_name(case[0].as_str().expect("a name")).expect("a call");
        let input = Input::from_json(&case[1]).expect("an object");
        let found: Vec<(String, String)> = call
            .validate(&input, &Options::new())
            .iter()
            .map(|v| (v.property_name().to_owned(), v.code().as_str().to_owned()))
            .collect();
        let expected: Vec<(String, String)> = case[2]
            .as_array()
            .expect("pairs")
            .iter()
            .map(|p| (p[0].as_str().unwrap_or("").to_owned(), p[1].as_str().unwrap_or("").to_owned()))
            .collect();
        assert_eq!(found, expected, "{case}");
    }
}

#[test]
fn every_backend_get_is_a_call_with_a_cli_name_and_only_its_fields_in_the_target() {
    for call in [Call::GetPaymentToken, Call::PaymentTokenThreedsRequired, Call::GetTransactionPaymentToken] {
        let input = Input::from_json(&serde_json::json!({"paymentTokenId": "a/b", "cardNumber": "4111111111111111"}))
            .expect("an object");
        let found = call.validate(&input, &Options::new());
        assert!(!found.is_empty(), "{}", call.name());
        let target = found[0].target().to_json().to_string();
        assert!(!target.contains("4111"), "{}: {target}", call.name());
    }
}
