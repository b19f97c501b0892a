//! Hostile JavaScript values, as the input and as every field of every call:
//! each call returns violations, or (only for a non-object input) a
//! TypeError; never another exception, never a trap. After each, a valid
//! form still validates to `[]`: the module is not left broken.

use ccbill_validate::wasm::{validate, validate_field, OptionsArg};
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

/// `validate(call, ..)` for one call, as the package's named validators call it.
#[derive(Clone, Copy)]
struct Export(&'static str);

impl Export {
    fn call(self, input: JsValue, options: Option<OptionsArg>) -> Result<Array, JsValue> {
        validate(JsValue::from_str(self.0), input, options)
    }
}

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
        ("validateCreatePaymentToken", Export("createPaymentToken"), valid.clone()),
        ("validateIsScaRequired", Export("isScaRequired"), valid.clone()),
        ("validateIsScaRequiredForPaymentToken", Export("isScaRequiredForPaymentToken"), valid.clone()),
        ("validateAuthenticateCustomer", Export("authenticateCustomer"), valid),
        ("validateCharge", Export("charge"), threeds.clone()),
        ("validateThreedsCharge", Export("threedsCharge"), threeds),
    ]
}

fn options() -> Option<OptionsArg> {
    let o = Object::new();
    let _ = Reflect::set(&o, &"now".into(), &1_795_435_200_000.0.into());
    Some(JsValue::from(o).unchecked_into())
}

fn still_valid(name: &str, export: Export, valid: &JsValue, after: &str) {
    let result = export.call(valid.clone(), options()).unwrap_or_else(|_| panic!("{name} threw after {after}"));
    assert_eq!(result.length(), 0, "{name} no longer passes a valid input after {after}");
}

/// The values of chunk `n` of `CHUNKS`: small test bodies, so a browser page is never busy
/// long enough for the runner's WebDriver requests to time out.
const CHUNKS: usize = 3;

fn chunk(n: usize) -> Vec<(String, JsValue)> {
    let all = hostile();
    let size = all.len().div_ceil(CHUNKS);
    all.into_iter().skip(n * size).take(size).collect()
}

fn as_the_input(index: usize, n: usize) {
    let Some((name, export, valid)) = exports().into_iter().nth(index) else { return };
    for (label, value) in chunk(n) {
        match export.call(value.clone(), options()) {
            Ok(found) => assert!(value.is_object(), "{name}({label}) accepted a non-object: {}", found.length()),
            Err(error) => {
                assert!(!value.is_object(), "{name}({label}) threw for an object");
                assert!(error.is_instance_of::<TypeError>(), "{name}({label}) threw something else");
            }
        }
        still_valid(name, export, &valid, &label);
    }
}

fn as_every_field(index: usize, n: usize) {
    let Some((name, export, valid)) = exports().into_iter().nth(index) else { return };
    let fields: std::collections::BTreeSet<&str> =
        ccbill_validate::Call::ALL.iter().flat_map(|c| c.fields()).map(|f| f.name()).collect();
    for (label, value) in chunk(n) {
        for field in &fields {
            let input: JsValue = Object::assign(&Object::new(), valid.unchecked_ref::<Object>()).into();
            let _ = Reflect::set(&input, &(*field).into(), &value);
            assert!(export.call(input.clone(), options()).is_ok(), "{name} threw for {field} = {label}");
            // validateField once per field, with the first export's input only: the same code path.
            if index == 0 {
                let one = validate_field((*field).into(), value.clone(), Some(input.unchecked_into()), None);
                assert!(one.is_ok(), "validateField threw for {field} = {label}");
            }
        }
        still_valid(name, export, &valid, &label);
    }
}

/// One test per export and chunk, each within the time budget (see `super::Budget`).
macro_rules! matrix {
    ($($test:ident => $run:ident($index:literal, $chunk:literal);)+) => {$(
        #[wasm_bindgen_test]
        fn $test() {
            let _budget = super::Budget::start(stringify!($test));
            $run($index, $chunk);
        }
    )+};
}

matrix! {
    hostile_input_create_payment_token_0 => as_the_input(0, 0);
    hostile_input_create_payment_token_1 => as_the_input(0, 1);
    hostile_input_create_payment_token_2 => as_the_input(0, 2);
    hostile_input_is_sca_required_0 => as_the_input(1, 0);
    hostile_input_is_sca_required_1 => as_the_input(1, 1);
    hostile_input_is_sca_required_2 => as_the_input(1, 2);
    hostile_input_is_sca_required_for_payment_token_0 => as_the_input(2, 0);
    hostile_input_is_sca_required_for_payment_token_1 => as_the_input(2, 1);
    hostile_input_is_sca_required_for_payment_token_2 => as_the_input(2, 2);
    hostile_input_authenticate_customer_0 => as_the_input(3, 0);
    hostile_input_authenticate_customer_1 => as_the_input(3, 1);
    hostile_input_authenticate_customer_2 => as_the_input(3, 2);
    hostile_input_charge_0 => as_the_input(4, 0);
    hostile_input_charge_1 => as_the_input(4, 1);
    hostile_input_charge_2 => as_the_input(4, 2);
    hostile_input_threeds_charge_0 => as_the_input(5, 0);
    hostile_input_threeds_charge_1 => as_the_input(5, 1);
    hostile_input_threeds_charge_2 => as_the_input(5, 2);
    hostile_fields_create_payment_token_0 => as_every_field(0, 0);
    hostile_fields_create_payment_token_1 => as_every_field(0, 1);
    hostile_fields_create_payment_token_2 => as_every_field(0, 2);
    hostile_fields_is_sca_required_0 => as_every_field(1, 0);
    hostile_fields_is_sca_required_1 => as_every_field(1, 1);
    hostile_fields_is_sca_required_2 => as_every_field(1, 2);
    hostile_fields_is_sca_required_for_payment_token_0 => as_every_field(2, 0);
    hostile_fields_is_sca_required_for_payment_token_1 => as_every_field(2, 1);
    hostile_fields_is_sca_required_for_payment_token_2 => as_every_field(2, 2);
    hostile_fields_authenticate_customer_0 => as_every_field(3, 0);
    hostile_fields_authenticate_customer_1 => as_every_field(3, 1);
    hostile_fields_authenticate_customer_2 => as_every_field(3, 2);
    hostile_fields_charge_0 => as_every_field(4, 0);
    hostile_fields_charge_1 => as_every_field(4, 1);
    hostile_fields_charge_2 => as_every_field(4, 2);
    hostile_fields_threeds_charge_0 => as_every_field(5, 0);
    hostile_fields_threeds_charge_1 => as_every_field(5, 1);
    hostile_fields_threeds_charge_2 => as_every_field(5, 2);
}

#[wasm_bindgen_test]
fn the_hostile_chunks_cover_every_value() {
    let _budget = super::Budget::start("the_hostile_chunks_cover_every_value");
    let total: usize = (0..CHUNKS).map(|n| chunk(n).len()).sum();
    assert_eq!(total, hostile().len());
}
