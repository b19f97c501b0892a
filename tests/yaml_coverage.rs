//! CCBill's OpenAPI files (copied byte for byte from the guide into tests/vectors/openapi, so CI
//! needs no sibling folder), read as they are (CRLF endings, a few TABs): every path and query
//! parameter of every operation is a field of the operation's call, each `required: true` is
//! enforced, and every other constraint the yaml states is either a rule or a reading written
//! here (and in the README). Operations not validated yet are listed, each with why.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{Call, Code, Field, Input, Options};

const OPENAPI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/openapi");

/// Each operation's file and the call that validates it.
const CALLS: &[(&str, Call)] = &[
    ("payment-tokens/get-payment-token-id.yaml", Call::GetPaymentToken),
    ("payment-tokens/get-payment-token-id-threeds-required.yaml", Call::PaymentTokenThreedsRequired),
    ("transactions/get-payment-tokens-payment-token-id.yaml", Call::GetTransactionPaymentToken),
    ("transactions/post-payment-tokens-payment-token-id.yaml", Call::Charge),
    ("transactions/post-payment-tokens-threeds-payment-token-id.yaml", Call::ThreedsCharge),
];

/// Operations with no validator yet: their fields are not among the crate's fields.
const NOT_YET: &[(&str, &str)] = &[
    ("payment-tokens/get-threeds-required.yaml", "bin and last4 are new fields (labels in 15 locales)"),
    ("payment-tokens/post-merchant-only.yaml", "nested customerInfo/paymentInfo body, new fields"),
    ("payment-tokens/post-merchant-only-verify.yaml", "nested customerInfo/paymentInfo body, new fields"),
    ("payment-tokens/post-program-specified.yaml", "nested body, new fields"),
    ("payment-tokens/post-target-client.yaml", "nested body, new fields"),
];

/// (parameter, keyword): the reading, where a rule does not enforce the yaml's word as written.
const READINGS: &[(&str, &str, &str)] = &[(
    "currencyCode",
    "enum",
    "any ISO 4217 numeric code passes, as a number or three digits: the yaml's enum lists six \
     currencies, but CCBill may enable others for an account (principle 1); `36` and `\"036\"` are AUD",
)];

const CONSTRAINTS: &[&str] = &["enum", "pattern", "minimum", "maximum", "minLength", "maxLength"];

/// A path or query parameter: its name, whether required, and the constraint keywords its schema states.
#[derive(Debug)]
struct Param {
    name: String,
    required: bool,
    constraints: Vec<&'static str>,
}

fn read(file: &str) -> String {
    let raw = std::fs::read_to_string(format!("{OPENAPI}/{file}")).unwrap_or_else(|e| panic!("{file}: {e}"));
    // CRLF endings, and TABs (invalid as YAML indentation) read as two spaces: only the operation's
    // `parameters:` block is read, and it holds neither.
    raw.replace("\r\n", "\n").replace('\t', "  ")
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The operation's path and query parameters (headers such as `Widget-Version` are not the body's).
fn params(yaml: &str) -> Vec<Param> {
    let lines: Vec<&str> = yaml.lines().collect();
    // The operation's own `parameters:`, under `get:`/`post:` (indent 6), not the components' (indent 2).
    let Some(start) = lines.iter().position(|l| l.trim_end() == "      parameters:") else { return vec![] };
    let mut out: Vec<(Param, String)> = Vec::new();
    for line in &lines[start + 1..] {
        if !line.trim().is_empty() && indent(line) <= 6 {
            break;
        }
        let text = line.trim();
        if let Some(name) = text.strip_prefix("- name:") {
            out.push((
                Param { name: name.trim().trim_matches('"').into(), required: false, constraints: vec![] },
                "".into(),
            ));
            continue;
        }
        let Some((param, place)) = out.last_mut() else { continue };
        if let Some(at) = text.strip_prefix("in:") {
            *place = at.trim().into();
        } else if text == "required: true" {
            param.required = true;
        } else if let Some(keyword) = CONSTRAINTS.iter().find(|k| text.starts_with(&format!("{k}:"))) {
            param.constraints.push(keyword);
        }
    }
    out.into_iter().filter(|(_, place)| place == "path" || place == "query").map(|(p, _)| p).collect()
}

#[test]
fn every_operation_is_validated_or_listed() {
    let mut files: Vec<String> = ["payment-tokens", "transactions"]
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(format!("{OPENAPI}/{dir}"))
                .expect("the openapi folder")
                .map(move |e| format!("{dir}/{}", e.expect("an entry").file_name().to_string_lossy()))
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), CALLS.len() + NOT_YET.len(), "{files:?}");
    for file in files {
        assert!(
            CALLS.iter().any(|(f, _)| *f == file) || NOT_YET.iter().any(|(f, _)| *f == file),
            "{file}: an operation with no validator and no reason"
        );
    }
}

#[test]
fn every_parameter_is_a_field_and_every_constraint_a_rule_or_a_reading() {
    for (file, call) in CALLS {
        let params = params(&read(file));
        assert!(!params.is_empty(), "{file}: no path parameter read");
        let empty = call.validate(&Input::new(), &Options::new());
        for param in params {
            let field = Field::from_name(&param.name).unwrap_or_else(|| panic!("{file}: {} is no field", param.name));
            assert!(call.fields().contains(&field), "{file}: {} not read by {}", param.name, call.name());
            let required = empty.iter().any(|v| v.field() == field && v.code() == Code::Required);
            // Never stricter than the yaml: required exactly where it says so.
            assert_eq!(required, param.required, "{file}: {} required", param.name);
            for keyword in &param.constraints {
                assert!(
                    READINGS.iter().any(|(name, k, _)| *name == param.name && k == keyword),
                    "{file}: {}'s {keyword} has no rule or reading",
                    param.name
                );
            }
        }
    }
}

#[test]
fn the_currency_enum_reading_accepts_the_yamls_own_values() {
    let yaml = read("payment-tokens/get-payment-token-id-threeds-required.yaml");
    let block = yaml.split("enum:").nth(1).expect("an enum");
    let values: Vec<&str> = block.lines().skip(1).map_while(|l| l.trim().strip_prefix("- ")).collect();
    assert_eq!(values, ["840", "978", "826", "124", "36", "392"]);
    for value in values {
        let number: i64 = value.parse().expect("a number");
        let input = Input::new().with(Field::PaymentTokenId, "abc123").with(Field::CurrencyCode, number);
        assert!(Call::PaymentTokenThreedsRequired.validate(&input, &Options::new()).is_empty(), "{value}");
    }
}
