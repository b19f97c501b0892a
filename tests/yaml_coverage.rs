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
    ("payment-tokens/get-threeds-required.yaml", Call::ThreedsRequired),
    ("payment-tokens/post-merchant-only.yaml", Call::CreatePaymentTokenMerchantOnly),
    ("payment-tokens/post-merchant-only-verify.yaml", Call::CreatePaymentTokenMerchantOnlyVerify),
    ("payment-tokens/post-program-specified.yaml", Call::CreatePaymentTokenProgramSpecified),
    ("payment-tokens/post-target-client.yaml", Call::CreatePaymentTokenTargetClient),
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
    assert_eq!(files.len(), CALLS.len(), "{files:?}");
    for file in files {
        assert!(CALLS.iter().any(|(f, _)| *f == file), "{file}: an operation with no validator");
    }
}

#[test]
fn every_parameter_is_a_field_and_every_constraint_a_rule_or_a_reading() {
    for (file, call) in CALLS {
        let params = params(&read(file));
        assert!(!params.is_empty() || !body(file).is_empty(), "{file}: no parameter and no body read");
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

// The request bodies: every property the yaml's schema gives (through `$ref` and `allOf`, nested
// objects as dotted paths) is a field of the call, required exactly where the yaml says (or a
// reading says why not), and each bound it states is enforced (checked at the bound and past it)
// or a reading says how it is read.

use yaml_rust2::{Yaml, YamlLoader};

/// The whole file as YAML, read as `read` reads it (LF endings, TABs as spaces: the only TABs
/// trail a value, `- subscriptionId\t`), each line's trailing whitespace dropped.
fn yaml(file: &str) -> Yaml {
    let raw = read(file);
    let text: Vec<&str> = raw.lines().map(str::trim_end).collect();
    let mut docs = YamlLoader::load_from_str(&text.join("\n")).unwrap_or_else(|e| panic!("{file}: {e}"));
    docs.swap_remove(0)
}

/// A body property: its path in the body, whether its object's schema lists it as required, and
/// the constraint keywords its schema states with their values.
#[derive(Debug)]
struct Property {
    path: String,
    required: bool,
    constraints: Vec<(&'static str, Yaml)>,
}

/// The schema and the schemas it is made of, `$ref` and `allOf` followed.
fn parts<'a>(doc: &'a Yaml, schema: &'a Yaml) -> Vec<&'a Yaml> {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap_or_default();
        return parts(doc, &doc["components"]["schemas"][name]);
    }
    let mut out = vec![schema];
    for part in schema["allOf"].as_vec().into_iter().flatten() {
        out.extend(parts(doc, part));
    }
    out
}

fn properties(doc: &Yaml, schema: &Yaml, prefix: &str, out: &mut Vec<Property>) {
    for part in parts(doc, schema) {
        let required: Vec<&str> =
            part["required"].as_vec().into_iter().flatten().filter_map(|r| r.as_str()).map(str::trim).collect();
        let Some(props) = part["properties"].as_hash() else { continue };
        for (name, prop) in props {
            let name = name.as_str().expect("a property name");
            let path = format!("{prefix}{name}");
            let made_of = parts(doc, prop);
            if made_of.iter().any(|p| p["properties"].as_hash().is_some()) {
                properties(doc, prop, &format!("{path}."), out);
                continue;
            }
            let constraints = CONSTRAINTS
                .iter()
                .flat_map(|k| made_of.iter().filter(|p| !p[*k].is_badvalue()).map(|p| (*k, p[*k].clone())))
                .collect();
            out.push(Property { path, required: required.contains(&name), constraints });
        }
    }
}

/// The operation's request body's properties; none for a GET.
fn body(file: &str) -> Vec<Property> {
    let doc = yaml(file);
    let operation = doc["paths"].as_hash().and_then(|paths| paths.values().next()).map(|path| &path["post"]);
    let mut out = Vec::new();
    if let Some(post) = operation.filter(|op| !op.is_badvalue()) {
        properties(&doc, &post["requestBody"]["content"]["application/json"]["schema"], "", &mut out);
    }
    out
}

/// (path, keyword, reading): where the body's rules do not enforce the yaml's word as written.
const BODY_READINGS: &[(&str, &str, &str)] = &[
    (
        "clientAccnum",
        "minimum",
        "900000 to 999999, the range of CCBill's account numbers the guide gives for every call: \
         the yaml's minimum 0 is the type's, and a request for any other account fails at CCBill anyway",
    ),
    (
        "clientSubacc",
        "maximum",
        "0 to 9999, the guide's range for every call (the 3-D Secure charge's yaml repeats \
         clientAccnum's 999999); a request for a subaccount that does not exist fails at CCBill anyway",
    ),
    (
        "currencyCode",
        "required",
        "optional in the 3-D Secure charge, as the guide's table and the charge's yaml have it (its \
         own yaml requires it; principle 1)",
    ),
    (
        "threedsCavv",
        "required",
        "required for 3-D Secure 1.x only, as the guide says: the guide's own 2.1.0 body sends it blank",
    ),
    (
        "threedsError",
        "maxLength",
        "not enforced: the provider's error text, which the widget passes on as it is, is often \
         longer than 16 characters (\"Authentication failed\")",
    ),
    (
        "paymentInfo.creditCardPaymentInfo.expMonth",
        "pattern",
        "read as the form's month (1 to 12, with or without its zero: `4` passes), which the \
         widget posts to these endpoints",
    ),
    (
        "paymentInfo.creditCardPaymentInfo.expYear",
        "pattern",
        "read as the form's year (two or four digits, not in the past), which the widget posts to \
         these endpoints",
    ),
    (
        "paymentInfo.creditCardPaymentInfo.nameOnCard",
        "pattern",
        "not enforced: the guide accepts any 2 to 45 characters (digits and `&` included) for the \
         name on the card (principle 1)",
    ),
    (
        "paymentInfo.creditCardPaymentInfo.cvv2",
        "pattern",
        "three or four digits as the card's brand has them (the form's rule: four for American \
         Express), which the widget posts to this endpoint",
    ),
    (
        "customerInfo.address1",
        "required",
        "optional: the verify and program-specified yamls list it, the guide's form (whose values \
         these bodies carry) and the other two yamls do not (principle 1)",
    ),
    ("customerInfo.city", "required", "optional, as address1 (principle 1)"),
    ("customerInfo.state", "required", "optional, as address1 (principle 1)"),
    ("customerInfo.ipAddress", "required", "optional, as address1 (principle 1)"),
];

fn reading(path: &str, keyword: &str) -> bool {
    BODY_READINGS.iter().any(|(p, k, _)| *p == path && *k == keyword)
        || READINGS.iter().any(|(p, k, _)| *p == path && *k == keyword)
}

/// Whether `field` holding `value` gives `call` a violation of that field.
fn rejects(call: Call, field: Field, value: impl Into<ccbill_validate::Value>) -> bool {
    let input = Input::new().with(field, value);
    call.validate(&input, &Options::new()).iter().any(|v| v.field() == field)
}

#[test]
fn every_body_property_is_a_field_and_every_constraint_a_rule_or_a_reading() {
    let mut problems = Vec::new();
    for (file, call) in CALLS {
        let properties = body(file);
        // Required with nothing sent, or, in a token body, once subscriptionId is 0 (a new card:
        // its card and customer are required then, token_body.rs).
        let mut found = call.validate(&Input::new(), &Options::new());
        found.extend(call.validate(&Input::new().with(Field::SubscriptionId, 0), &Options::new()));
        for property in &properties {
            let Some(field) = call.fields().iter().copied().find(|f| call.path(*f) == property.path) else {
                problems.push(format!("{file}: {} is read by no field of {}", property.path, call.name()));
                continue;
            };
            let required = found.iter().any(|v| v.field() == field && v.code() == Code::Required);
            if required != property.required && !reading(&property.path, "required") {
                problems
                    .push(format!("{file}: {} required: yaml {}, rules {required}", property.path, property.required));
            }
            for (keyword, value) in &property.constraints {
                let enforced = match (*keyword, value.as_i64()) {
                    ("maximum", Some(max)) => !rejects(*call, field, max) && rejects(*call, field, max + 1),
                    ("minimum", Some(min)) => !rejects(*call, field, min) && rejects(*call, field, min - 1),
                    ("maxLength", Some(len)) => rejects(*call, field, "1".repeat(len as usize + 1)),
                    ("minLength", Some(len)) => len > 0 && rejects(*call, field, "1".repeat(len as usize - 1)),
                    _ => false,
                };
                if !enforced && !reading(&property.path, keyword) {
                    problems.push(format!("{file}: {}'s {keyword} ({value:?}) has no rule or reading", property.path));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_reading_is_in_the_readme() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("the README");
    for (name, keyword, _) in READINGS.iter().chain(BODY_READINGS) {
        let row = format!("| `{name}` | {keyword} |");
        assert!(readme.contains(&row), "the README's readings of the yaml lack {row}");
    }
}

#[test]
fn the_bodies_are_read() {
    // The parser's own check: the charge's and each token body's count of properties.
    let count = |file| body(file).len();
    assert!(count("transactions/post-payment-tokens-payment-token-id.yaml") >= 10);
    assert!(count("payment-tokens/post-merchant-only.yaml") >= 20);
}
