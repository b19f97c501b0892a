//! Hostile JavaScript values, as the input and as every field of every call:
//! each call returns violations, or (only for a non-object input) a
//! TypeError; never another exception, never a trap. After each, a valid
//! form still validates to `[]`: the module is not left broken.

use ccbill_validate::wasm::{
    validate_authenticate_customer, validate_charge, validate_create_payment_token, validate_field,
    validate_is_sca_required, validate_is_sca_required_for_payment_token, validate_threeds_charge, OptionsArg,
};
use js_sys::{Array, Object, Reflect, TypeError, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// Everything a browser or an attacker can hand over, built in JS.
fn hostile() -> Vec<(String, JsValue)> {
    let built = js_sys::eval(
        r#"(() => {
        const thrower = () => { throw new Error("hostile"); };
        const throwingProxy = new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower,
          getPrototypeOf: thrower, getOwnPropertyDescriptor: thrower });
        const revocable = Proxy.revocable({}, {}); revocable.revoke();
        const arrayProxy = new Proxy([1, 2], { get: thrower });
        const arrayWithThrowingItem = [{ name: "a", value: "b" }];
        Object.defineProperty(arrayWithThrowingItem, 0, { get: thrower });
        const nested = { a: { b: { c: [1, { d: 2 }] } } };
        nested.self = nested;
        return [
          ["null", null], ["undefined", undefined], ["NaN", NaN], ["Infinity", Infinity],
          ["-Infinity", -Infinity], ["-0", -0], ["1e21", 1e21], ["BigInt", 10n ** 30n],
          ["Symbol", Symbol("hostile")], ["function", () => "4111111111111111"], ["array", [1, "2", null]],
          ["nested object", nested], ["throwing toString/valueOf", { toString: thrower, valueOf: thrower }],
          ["Proxy with throwing traps", throwingProxy], ["revoked Proxy", revocable.proxy],
          ["Proxy of an array", arrayProxy], ["array with a throwing item", arrayWithThrowingItem],
          ["frozen object", Object.freeze({ cardNumber: "4111111111111111" })],
          ["null-prototype object", Object.create(null)], ["String object", new String("840")],
          ["Date", new Date(NaN)], ["1,000,000 characters", "4".repeat(1000000)],
          ["1,000,000 non-ASCII", "é".repeat(1000000)], ["lone high surrogate", "\uD800"],
          ["lone low surrogate", "a\uDC00b"], ["NUL", "12\u00003"], ["RTL override", "\u202E1111 1111 1111 1114"],
          ["empty", ""], ["blank", " \t\n\u3000"],
        ];
      })()"#,
    )
    .expect("the hostile values are built");
    Array::from(&built)
        .iter()
        .map(|pair| {
            (Reflect::get(&pair, &0.into()).ok().and_then(|n| n.as_string()).unwrap_or_default(), {
                Reflect::get(&pair, &1.into()).unwrap_or(JsValue::UNDEFINED)
            })
        })
        .collect()
}

type Export = fn(JsValue, Option<OptionsArg>) -> Result<Array, JsValue>;

/// The six exports, each with a valid input of its own.
fn exports() -> Vec<(&'static str, Export, JsValue)> {
    let fields = JSON::parse(include_str!("../vectors/fields.json")).expect("JSON");
    let valid = Reflect::get(&fields, &"valid".into()).expect("valid");
    let charges = JSON::parse(include_str!("../vectors/charges.json")).expect("JSON");
    let threeds = js_sys::eval("(c) => c.conditional.versions['1']")
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, &charges).ok())
        .expect("a 3DS body");
    vec![
        ("validateCreatePaymentToken", validate_create_payment_token as Export, valid.clone()),
        ("validateIsScaRequired", validate_is_sca_required, valid.clone()),
        ("validateIsScaRequiredForPaymentToken", validate_is_sca_required_for_payment_token, valid.clone()),
        ("validateAuthenticateCustomer", validate_authenticate_customer, valid),
        ("validateCharge", validate_charge, threeds.clone()),
        ("validateThreedsCharge", validate_threeds_charge, threeds),
    ]
}

fn options() -> Option<OptionsArg> {
    let o = Object::new();
    let _ = Reflect::set(&o, &"now".into(), &1_795_435_200_000.0.into());
    Some(JsValue::from(o).unchecked_into())
}

fn still_valid(name: &str, export: Export, valid: &JsValue, after: &str) {
    let result = export(valid.clone(), options()).unwrap_or_else(|_| panic!("{name} threw after {after}"));
    assert_eq!(result.length(), 0, "{name} no longer passes a valid input after {after}");
}

#[wasm_bindgen_test]
fn hostile_values_as_the_input() {
    for (name, export, valid) in exports() {
        for (label, value) in hostile() {
            match export(value.clone(), options()) {
                Ok(found) => assert!(value.is_object(), "{name}({label}) accepted a non-object: {}", found.length()),
                Err(error) => {
                    assert!(!value.is_object(), "{name}({label}) threw for an object");
                    assert!(error.is_instance_of::<TypeError>(), "{name}({label}) threw something else");
                }
            }
            still_valid(name, export, &valid, &label);
        }
    }
}

#[wasm_bindgen_test]
fn hostile_values_as_every_field() {
    for (name, export, valid) in exports() {
        let fields: Vec<String> = ccbill_validate::Call::ALL
            .iter()
            .flat_map(|c| c.fields())
            .map(|f| f.name().to_owned())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for (label, value) in hostile() {
            for field in &fields {
                let input: JsValue = Object::assign(&Object::new(), valid.unchecked_ref::<Object>()).into();
                let _ = Reflect::set(&input, &field.as_str().into(), &value);
                let found = export(input.clone(), options());
                assert!(found.is_ok(), "{name} threw for {field} = {label}");
                let one = validate_field(field.as_str().into(), value.clone(), Some(input.unchecked_into()), None);
                assert!(one.is_ok(), "validateField threw for {field} = {label}");
            }
            still_valid(name, export, &valid, &label);
        }
    }
}
