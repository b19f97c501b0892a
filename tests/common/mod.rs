//! Test bodies shared by Node and the browsers: the vector files of
//! tests/vectors, through the real JS boundary, with real JS values.

use std::sync::OnceLock;

use ccbill_validate::wasm::{
    card_brand_js, load_tables, mask_card_number_js, validate, validate_field, FieldOptionsArg, InputArg, OptionsArg,
};
use js_sys::{Array, Date, Object, Reflect, TypeError, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

mod hostile;
mod wire;

/// The most a test body may take, in milliseconds. While a body runs, a browser page cannot
/// answer the runner's WebDriver requests, which give up after 20 s; 5 s keeps a margin of four
/// on a loaded machine. A body past it fails, so the suite is split before it times out.
const BUDGET_MS: f64 = 5_000.0;

/// Times one test body: logs `budget: <name> <ms> ms` (`make wasm-test` prints the longest per
/// runtime) and fails the test when the body took longer than [`BUDGET_MS`].
pub struct Budget {
    name: &'static str,
    start: f64,
}

impl Budget {
    pub fn start(name: &'static str) -> Self {
        Budget { name, start: Date::now() }
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        let ms = Date::now() - self.start;
        wasm_bindgen_test::console_log!("budget: {} {} ms", self.name, ms);
        assert!(ms <= BUDGET_MS, "{} took {ms} ms, past the {BUDGET_MS} ms budget of a test body", self.name);
    }
}

const FIELDS: &str = include_str!("../vectors/fields.json");
const MESSAGES: &str = include_str!("../vectors/messages.json");
const REFERENCE: &str = include_str!("../vectors/reference.json");
const BRANDS: &str = include_str!("../vectors/brands.json");
const POSTAL_EXAMPLES: &str = include_str!("../vectors/postal-examples.json");
const CALLS: [&str; 4] =
    ["createPaymentToken", "isScaRequired", "isScaRequiredForPaymentToken", "authenticateCustomer"];

fn parse(text: &str) -> JsValue {
    JSON::parse(text).expect("vector file is JSON")
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &key.into()).expect("readable")
}

fn set(obj: &JsValue, key: &str, value: &JsValue) {
    Reflect::set(obj, &key.into(), value).expect("writable");
}

fn text(v: &JsValue) -> String {
    v.as_string().unwrap_or_default()
}

fn stringify(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_default()
}

/// The vector files' special values, as JS values.
fn expand(v: &JsValue) -> JsValue {
    if !v.is_object() || Array::is_array(v) {
        return v.clone();
    }
    let repeat = get(v, "$repeat");
    if let Some(s) = repeat.as_string() {
        let times = get(v, "times").as_f64().expect("times") as usize;
        return (s.repeat(times) + &text(&get(v, "then"))).into();
    }
    if let Some(n) = get(v, "$number").as_string() {
        return match n.as_str() {
            "Infinity" => f64::INFINITY,
            "-Infinity" => f64::NEG_INFINITY,
            _ => f64::NAN,
        }
        .into();
    }
    Object::new().into()
}

struct Case {
    call: String,
    field: String,
    value: JsValue,
    input: JsValue,
    json: JsValue,
}

fn cases(file: &JsValue) -> Vec<Case> {
    let valid = get(&parse(FIELDS), "valid");
    Array::from(&get(file, "cases"))
        .iter()
        .map(|json| {
            let input: JsValue = Object::assign(&Object::new(), valid.unchecked_ref::<Object>()).into();
            let with = get(&json, "with");
            if with.is_object() {
                for key in Object::keys(with.unchecked_ref::<Object>()).iter() {
                    set(&input, &text(&key), &expand(&get(&with, &text(&key))));
                }
            }
            let field = text(&get(&json, "field"));
            let value = expand(&get(&json, "value"));
            set(&input, &field, &value);
            let call = get(&json, "call").as_string().unwrap_or_else(|| "createPaymentToken".into());
            Case { call, field, value, input, json }
        })
        .collect()
}

fn options(locale: &str) -> JsValue {
    let o: JsValue = Object::new().into();
    set(&o, "now", &get(&parse(FIELDS), "now"));
    set(&o, "version", &get(&parse(FIELDS), "version"));
    set(&o, "locale", &locale.into());
    o
}

fn run(call: &str, input: &JsValue, options: &JsValue) -> Result<Array, JsValue> {
    tables();
    let o = Some(options.clone().unchecked_into::<OptionsArg>());
    validate(JsValue::from_str(call), input.clone(), o)
}

/// The reference tables, as `make pkg` ships them (`ccbill_validate_tables.bin`).
const TABLES: &[u8] = include_bytes!("../../data/tables.bin");

/// What the module said before it had its tables, and to malformed blobs.
struct Before {
    /// `loadTables` of an empty, a cut and a damaged blob.
    refused: [bool; 3],
    /// [`table_checks`] then.
    findings: Vec<(String, String)>,
}

/// Loads the tables into the module once, as the package does after `init()`, and returns what
/// the module said before. Every test body shares one module instance, in an order that is not
/// fixed, so the state before the tables is seen here, just before the first load, whichever
/// body needs them first; every body that validates calls this first.
fn tables() -> &'static Before {
    static BEFORE: OnceLock<Before> = OnceLock::new();
    BEFORE.get_or_init(|| {
        let mut damaged = TABLES.to_vec();
        damaged[TABLES.len() / 2] ^= 1;
        let refused = [vec![], TABLES[..TABLES.len() - 1].to_vec(), damaged].map(|bytes| !load_tables(bytes));
        let findings = table_checks();
        assert!(load_tables(TABLES.to_vec()), "data/tables.bin is refused");
        Before { refused, findings }
    })
}

/// The valid form with a postal code, a state and a phone number each wrong for the country
/// (only the tables can tell), and a postal code past CCBill's 16 characters in another call.
fn table_checks() -> Vec<(String, String)> {
    let valid = get(&parse(FIELDS), "valid");
    let wrong = parse(r#"{"country":"US","postalCode":"ABC","state":"ZZ","phoneNumber":"+1 415 555 013"}"#);
    let too_long = parse(r#"{"country":"US","state":null,"postalCode":"12345678901234567"}"#);
    [wrong, too_long]
        .iter()
        .flat_map(|with| {
            let input = Object::assign(&Object::assign(&Object::new(), valid.unchecked_ref()), with.unchecked_ref());
            let o = Some(options("en").unchecked_into::<OptionsArg>());
            shape(&validate("createPaymentToken".into(), input.into(), o).expect("object input"))
        })
        .collect()
}

#[wasm_bindgen_test]
fn checks_that_need_the_tables_pass_until_they_load() {
    let _budget = Budget::start("checks_that_need_the_tables_pass_until_they_load");
    let before = tables();
    let pair = |field: &str, code: &str| (field.to_string(), code.to_string());
    assert_eq!(before.refused, [true; 3], "malformed blobs");
    // Before: only CCBill's own bound. After: the country's formats, lists and lengths too.
    assert_eq!(before.findings, vec![pair("postalCode", "tooLong")]);
    let after = vec![
        pair("state", "invalidSubdivision"),
        pair("postalCode", "invalidPostalCode"),
        pair("phoneNumber", "invalidPhone"),
        pair("postalCode", "tooLong"),
    ];
    assert_eq!(table_checks(), after);
    // A later blob, valid or not, leaves the loaded tables as they are.
    assert!(!load_tables(TABLES[..TABLES.len() / 2].to_vec()));
    assert!(load_tables(TABLES.to_vec()));
    assert_eq!(table_checks(), after);
}

fn shape(found: &Array) -> Vec<(String, String)> {
    found.iter().map(|v| (text(&get(&v, "propertyName")), text(&get(&v, "code")))).collect()
}

#[wasm_bindgen_test]
fn the_valid_form_passes_every_call() {
    let _budget = Budget::start("the_valid_form_passes_every_call");
    let valid = get(&parse(FIELDS), "valid");
    for call in CALLS {
        assert_eq!(shape(&run(call, &valid, &options("en")).expect("object")), vec![], "{call}");
    }
}

/// fields.json and the reference-data vectors.
fn all_cases() -> Vec<Case> {
    cases(&parse(FIELDS)).into_iter().chain(cases(&parse(REFERENCE))).collect()
}

#[wasm_bindgen_test]
fn every_field_vector() {
    let _budget = Budget::start("every_field_vector");
    // Every mismatch at once, as the native harness reports them.
    let mut wrong = Vec::new();
    for case in all_cases() {
        let found = run(&case.call, &case.input, &options("en")).expect("object input");
        let want = match get(&case.json, "code").as_string() {
            Some(code) => vec![(get(&case.json, "reportedOn").as_string().unwrap_or(case.field.clone()), code)],
            None => vec![],
        };
        if shape(&found) != want {
            wrong.push(format!("case {}\n   got {:?}", stringify(&case.json), shape(&found)));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[wasm_bindgen_test]
fn every_postal_example_of_the_data_passes_for_its_country_on_the_js_regexp() {
    let _budget = Budget::start("every_postal_example_of_the_data_passes_for_its_country_on_the_js_regexp");
    tables();
    let examples = get(&parse(POSTAL_EXAMPLES), "examples");
    let mut count = 0;
    for country in Object::keys(examples.unchecked_ref::<Object>()).iter() {
        let input: JsValue = Object::new().into();
        set(&input, "country", &country);
        for example in Array::from(&get(&examples, &text(&country))).iter() {
            let found =
                validate_field("postalCode".into(), example.clone(), Some(input.clone().unchecked_into()), None)
                    .expect("known field");
            assert_eq!(found.length(), 0, "{} {}", text(&country), text(&example));
            count += 1;
        }
    }
    assert!(count > 400, "{count} examples");
}

#[wasm_bindgen_test]
fn card_brands_of_published_test_numbers_and_prefixes() {
    let _budget = Budget::start("card_brands_of_published_test_numbers_and_prefixes");
    for case in Array::from(&get(&parse(BRANDS), "cases")).iter() {
        let number = text(&get(&case, "number"));
        let found = card_brand_js(number.as_str().into()).expect("a string is a card number");
        let brand = if found.is_null() { None } else { get(&found, "brand").as_string() };
        assert_eq!(brand, get(&case, "brand").as_string(), "{number}");
    }
    let amex = card_brand_js("3782".into()).expect("a string is a card number");
    assert_eq!(get(&amex, "cvvLength").as_f64(), Some(4.0));
    assert_eq!(stringify(&get(&amex, "lengths")), "[15]");
    assert_eq!(stringify(&get(&amex, "gaps")), "[4,10]");
    assert_eq!(text(&get(&amex, "name")), "American Express");
}

#[wasm_bindgen_test]
fn validate_field_equals_the_fields_part_of_the_whole_call() {
    let _budget = Budget::start("validate_field_equals_the_fields_part_of_the_whole_call");
    for case in all_cases() {
        let whole = run(&case.call, &case.input, &options("en")).expect("object input");
        let part: Array = whole.iter().filter(|v| text(&get(v, "propertyName")) == case.field).collect();
        let o = options("en");
        set(&o, "call", &case.call.clone().into());
        let one = validate_field(
            case.field.clone().into(),
            case.value.clone(),
            Some(case.input.clone().unchecked_into::<InputArg>()),
            Some(o.unchecked_into::<FieldOptionsArg>()),
        )
        .expect("known field");
        assert_eq!(stringify(&one), stringify(&part), "case {}", stringify(&case.json));
    }
}

#[wasm_bindgen_test]
fn no_result_holds_a_card_number_or_a_cvv() {
    let _budget = Budget::start("no_result_holds_a_card_number_or_a_cvv");
    for case in all_cases() {
        let number = text(&get(&case.input, "cardNumber"));
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        for call in CALLS {
            let found = run(call, &case.input, &options("en")).expect("object input");
            let printed = stringify(&found);
            for v in found.iter() {
                let target = get(&v, "target");
                assert!(!Reflect::has(&target, &"cvv2".into()).unwrap_or(true), "case {}", stringify(&case.json));
            }
            if digits.len() >= 7 {
                assert!(!printed.contains(&digits), "digits leaked: case {}", stringify(&case.json));
            }
            if number.len() >= 7 {
                assert!(!printed.contains(&number), "number leaked: case {}", stringify(&case.json));
            }
        }
    }
}

#[wasm_bindgen_test]
fn findings_carry_their_params_and_leave_wording_to_the_js_layer() {
    let _budget = Budget::start("findings_carry_their_params_and_leave_wording_to_the_js_layer");
    let file = parse(MESSAGES);
    for case in cases(&file) {
        let found = run(&case.call, &case.input, &options("es")).expect("object input");
        assert_eq!(found.length(), 1, "case {}", stringify(&case.json));
        let violation = found.get(0);
        // The module words nothing: pkg-template/messages.js does, once (tests/js/locales.test.mjs).
        assert_eq!(text(&get(&violation, "message")), "");
        assert!(get(&violation, "params").is_object(), "case {}", stringify(&case.json));
    }
}

#[wasm_bindgen_test]
fn a_non_object_input_is_a_type_error_and_nothing_else_throws() {
    let _budget = Budget::start("a_non_object_input_is_a_type_error_and_nothing_else_throws");
    for input in [JsValue::from(5), "text".into(), JsValue::UNDEFINED, JsValue::NULL, true.into()] {
        let err = validate("createPaymentToken".into(), input, None).expect_err("non-object");
        assert!(err.is_instance_of::<TypeError>());
        assert!(text(&get(&err, "message")).contains("input must be an object"));
    }
    let empty = validate("createPaymentToken".into(), Array::new().into(), None).expect("arrays are objects");
    assert!(empty.length() > 0);
}

#[wasm_bindgen_test]
fn options_accept_a_date_a_string_or_a_time_value() {
    let _budget = Budget::start("options_accept_a_date_a_string_or_a_time_value");
    let ms = get(&parse(FIELDS), "now").as_f64().expect("now");
    let expired = get(&parse(FIELDS), "valid");
    let expired: JsValue = Object::assign(&Object::new(), expired.unchecked_ref::<Object>()).into();
    set(&expired, "expYear", &"2026".into());
    set(&expired, "expMonth", &"10".into());
    for now in [JsValue::from(ms), Date::new(&ms.into()).into(), "2026-11-23T12:00:00Z".into()] {
        let o: JsValue = Object::new().into();
        set(&o, "now", &now);
        set(&o, "locale", &"es-MX".into());
        let found = run("createPaymentToken", &expired, &o).expect("object");
        assert_eq!(shape(&found), vec![("expYear".to_string(), "expired".to_string())]);
    }
    let o: JsValue = Object::new().into();
    set(&o, "now", &"not a date".into());
    let err = run("createPaymentToken", &expired, &o).expect_err("bad now");
    assert!(err.is_instance_of::<TypeError>());
}

#[wasm_bindgen_test]
fn no_version_is_unknown_and_rejects_only_what_every_version_rejects() {
    let _budget = Budget::start("no_version_is_unknown_and_rejects_only_what_every_version_rejects");
    // CCBill's 2022–2024 form (no nameOnCard, no cvv2), and the currency as the OpenAPI's integer.
    let form = parse(
        r#"{"clientAccnum":900100,"clientSubacc":0,"cardNumber":"4242424242424242","expMonth":"12",
        "expYear":"2030","firstName":"Ana","lastName":"García","country":"US","postalCode":"94043",
        "email":"ana@example.com","currencyCode":36}"#,
    );
    let with = |version: Option<&str>| {
        let o: JsValue = Object::new().into();
        set(&o, "now", &get(&parse(FIELDS), "now"));
        if let Some(v) = version {
            set(&o, "version", &v.into());
        }
        o
    };
    let names = |found: Array| shape(&found).into_iter().map(|(name, _)| name).collect::<Vec<_>>();
    // (call, version, the fields reported)
    let table: &[(&str, Option<&str>, &[&str])] = &[
        ("createPaymentToken", None, &[]),
        ("createPaymentToken", Some("1.13.1"), &["nameOnCard", "cvv2"]),
        ("createPaymentToken", Some("v1.2.2"), &[]),
        ("isScaRequired", None, &[]),
        ("isScaRequired", Some("1.3.0"), &["nameOnCard"]),
        ("authenticateCustomer", None, &[]),
    ];
    for (call, version, want) in table {
        let found = run(call, &form, &with(*version)).expect("object");
        assert_eq!(names(found), *want, "{call} {version:?}");
    }
}

#[wasm_bindgen_test]
fn validate_field_needs_a_known_property_name_and_call() {
    let _budget = Budget::start("validate_field_needs_a_known_property_name_and_call");
    assert!(validate_field("cardnumber".into(), "4111".into(), None, None)
        .expect_err("unknown")
        .is_instance_of::<TypeError>());
    let o: JsValue = Object::new().into();
    set(&o, "call", &"refund".into());
    assert!(validate_field("cardNumber".into(), "4111".into(), None, Some(o.unchecked_into()))
        .expect_err("unknown call")
        .is_instance_of::<TypeError>());
    let found = validate_field("cardNumber".into(), "4111 1111 1111 1112".into(), None, None).expect("known");
    assert_eq!(shape(&found), vec![("cardNumber".to_string(), "luhn".to_string())]);
    assert_eq!(text(&get(&get(&found.get(0), "target"), "cardNumber")), "****************");
    assert_eq!(validate_field("browserHttpAccept".into(), "*/*".into(), None, None).expect("known").length(), 0);
}

#[wasm_bindgen_test]
fn masking_is_exported() {
    let _budget = Budget::start("masking_is_exported");
    let mask = |v: JsValue| mask_card_number_js(v).expect("a card number");
    assert_eq!(mask("4111-1111-1111-1111".into()), "411111******1111");
    assert_eq!(mask("4111".into()), "****");
}

/// A number given for a text field is read as the page's engine prints it (`String(n)`, here
/// through `Array.prototype.join`): whole numbers by the module, the rest by the engine itself.
#[wasm_bindgen_test]
fn numbers_are_read_as_the_engine_prints_them() {
    let _budget = Budget::start("numbers_are_read_as_the_engine_prints_them");
    let mask = |v: JsValue| mask_card_number_js(v).expect("a card number");
    let numbers = [
        4242424242424242.0,
        -0.0,
        9007199254740993.0,
        1152921504606846976.0,
        1.0 / 3.0,
        0.1 + 0.2,
        123.456,
        5e-7,
        1e-7,
        1e21,
        1.5e300,
        -2.5e-10,
    ];
    for n in numbers {
        let printed: String = Array::of1(&n.into()).join("").into();
        assert_eq!(mask(n.into()), mask(printed.clone().into()), "{printed}");
    }
}

#[wasm_bindgen_test]
fn card_exports_read_their_argument_as_the_validators_read_a_field() {
    let _budget = Budget::start("card_exports_read_their_argument_as_the_validators_read_a_field");
    let mask = |v: JsValue| mask_card_number_js(v).map_err(|e| e.is_instance_of::<TypeError>());
    let brand =
        |v: JsValue| card_brand_js(v).map(|b| Reflect::get(&b, &"brand".into()).ok().and_then(|b| b.as_string()));
    // `input.valueAsNumber`: a number is its digits.
    assert_eq!(mask(JsValue::from(4242424242424242.0)), Ok("424242******4242".into()));
    assert_eq!(brand(JsValue::from(4242424242424242.0)).ok(), Some(Some("visa".into())));
    assert_eq!(mask(JsValue::from(f64::NAN)), Ok("***".into()));
    assert_eq!(brand(JsValue::from(5.0)).ok(), Some(None));
    // Nothing to mask, no brand.
    assert_eq!(mask(JsValue::NULL), Ok(String::new()));
    assert_eq!(mask(JsValue::UNDEFINED), Ok(String::new()));
    assert_eq!(brand(JsValue::NULL).ok(), Some(None));
    // Objects, symbols and BigInts are not card numbers: a TypeError that says so.
    for v in
        [Object::new().into(), js_sys::Symbol::for_("s").into(), js_sys::BigInt::from(5).into(), Date::new_0().into()]
    {
        assert_eq!(mask(JsValue::clone(&v)), Err(true));
        assert!(card_brand_js(v).is_err_and(|e| e.is_instance_of::<TypeError>()));
    }
    // A 1,000,000-digit number is read to the limit: stars, never the digits.
    let huge = "4".repeat(1_000_000);
    let masked = mask(huge.as_str().into()).expect("text");
    assert_eq!(masked.len(), ccbill_validate::READ_LIMIT + 1);
    assert!(!masked.contains('4'));
}
