//! The benchmarks themselves; native only (divan does not run on wasm32).
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{Call, Field, Input, Options, Value};
use divan::{black_box, Bencher};

fn input(pairs: &[(&str, &str)]) -> Input {
    let mut input = Input::new();
    for (name, value) in pairs {
        if let Some(field) = Field::from_name(name) {
            input.set(field, Value::from(*value));
        }
    }
    input
}

fn valid_form() -> Input {
    input(&[
        ("clientAccnum", "900000"),
        ("clientSubacc", "0"),
        ("nameOnCard", "Ana Pérez"),
        ("cardNumber", "4111 1111 1111 1111"),
        ("expMonth", "11"),
        ("expYear", "2030"),
        ("cvv2", "123"),
        ("firstName", "Ana"),
        ("lastName", "Pérez"),
        ("address1", "Calle Mayor 1"),
        ("city", "Madrid"),
        ("country", "ES"),
        ("state", "M"),
        ("postalCode", "28013"),
        ("phoneNumber", "+34 912 345 678"),
        ("email", "ana@example.es"),
        ("currencyCode", "978"),
        ("ipAddress", "203.0.113.5"),
        ("paymentTokenId", "01047ed6f3b440c7a2ccc6abc1ad0a84"),
    ])
}

fn threeds_body() -> Input {
    input(&[
        ("paymentTokenId", "01047ed6f3b440c7a2ccc6abc1ad0a84"),
        ("clientAccnum", "901505"),
        ("clientSubacc", "0"),
        ("initialPrice", "10.00"),
        ("initialPeriod", "30"),
        ("currencyCode", "840"),
        ("threedsEci", "05"),
        ("threedsStatus", "Y"),
        ("threedsSuccess", "true"),
        ("threedsVersion", "1.0.2"),
        ("threedsXid", "aWQteHc4ajJnNGIxZW8gICAgICA="),
        ("threedsCavv", "cGFzc3dvcmQxMjM0NTZwYXNzd28="),
        ("threedsCavvAlgorithm", "SHA-256"),
        ("threedsAmount", "10"),
        ("threedsClientTransactionId", "id-wl9r6duc5zj"),
        ("threedsCardToken", "gjeoB5NdJ1r6p0dG"),
    ])
}

#[divan::bench(args = [Call::CreatePaymentToken, Call::IsScaRequired, Call::IsScaRequiredForPaymentToken, Call::AuthenticateCustomer])]
fn widget_call_valid(bencher: Bencher, call: Call) {
    let (input, options) = (valid_form(), Options::new());
    bencher.bench(|| call.validate(black_box(&input), &options));
}

#[divan::bench]
fn create_payment_token_three_violations(bencher: Bencher) {
    let mut input = valid_form();
    input.set(Field::CardNumber, "4111 1111 1111 1112");
    input.set(Field::PostalCode, "2801");
    input.set(Field::Email, "ana@");
    let options = Options::new();
    bencher.bench(|| Call::CreatePaymentToken.validate(black_box(&input), &options));
}

#[divan::bench(args = [Call::Charge, Call::ThreedsCharge])]
fn charge_valid(bencher: Bencher, call: Call) {
    let (input, options) = (threeds_body(), Options::new());
    bencher.bench(|| call.validate(black_box(&input), &options));
}

#[divan::bench(args = [Field::CardNumber, Field::PostalCode, Field::PhoneNumber, Field::State])]
fn field(bencher: Bencher, field: Field) {
    let (input, options) = (valid_form(), Options::new());
    let value = input.get(field).clone();
    bencher.bench(|| Call::CreatePaymentToken.validate_field(field, black_box(value.clone()), &input, &options));
}
