//! The backend's GET requests (a payment token in the path, a query), from the shared vectors in
//! tests/vectors/backend-gets.json: the path segment holds letters and digits only, so a token
//! holding `/`, `?` or `#` cannot change the request an f-string URL makes. The payment-token
//! bodies and the card's threeds-required query, from tests/vectors/token-bodies.json.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{Call, Input, Options};
use serde_json::Value as Json;

fn cases(file: &str) -> Vec<Json> {
    let text =
        std::fs::read_to_string(format!("{}/tests/vectors/{file}", env!("CARGO_MANIFEST_DIR"))).expect("the vectors");
    let file: Json = serde_json::from_str(&text).expect("JSON");
    file["cases"].as_array().expect("cases").clone()
}

#[test]
fn vectors() {
    let (gets, bodies) = (cases("backend-gets.json"), cases("token-bodies.json"));
    assert!(gets.len() >= 15 && bodies.len() >= 30);
    for case in gets.into_iter().chain(bodies) {
        let call = Call::from_name(case[0].as_str().expect("a name")).expect("a call");
        let input = Input::from_json_in(call, &case[1]).expect("an object");
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

#[test]
fn a_token_body_masks_the_card_drops_the_cvv_and_nests_the_target_as_the_body() {
    let body = serde_json::json!({
        "clientAccnum": 900000, "clientSubacc": 0, "subscriptionId": 0,
        "paymentInfo": {"creditCardPaymentInfo": {"cardNum": "4473707989493597", "cvv2": "123", "expMonth": "04"}},
        "customerInfo": {"value": {"country": "US", "zipcode": "85281"}},
    });
    let found = Call::CreatePaymentTokenMerchantOnlyVerify.validate(
        &Input::from_json_in(Call::CreatePaymentTokenMerchantOnlyVerify, &body).expect("an object"),
        &Options::new(),
    );
    let card = found.iter().find(|v| v.property_name() == "paymentInfo.creditCardPaymentInfo.cardNum").expect("luhn");
    assert_eq!(
        card.message(),
        "paymentInfo.creditCardPaymentInfo.cardNum.Card number is not valid, please check the digits"
    );
    let target = card.target_json();
    let text = target.to_string();
    assert!(!text.contains("4473707989493597") && !text.contains("\"123\"") && !text.contains("cvv2"), "{text}");
    // The `value` wrapper of CCBill's cURL sample is read through, and the target shows the schema's shape.
    assert_eq!(target["customerInfo"]["zipcode"], "85281");
    assert_eq!(target["paymentInfo"]["creditCardPaymentInfo"]["expMonth"], "04");
}
