//! Properties of every call on generated inputs (proptest): no panic, the same
//! output for the same input, no card data in any output, `validateField`
//! equal to the field's part of the whole call, idempotent masking, and with
//! the widget version unknown, nothing rejected that some version accepts.
#![cfg(not(target_arch = "wasm32"))]

use ccbill_validate::{mask_card_number, Call, Code, Field, Input, Locale, Options, Value, Violation, WidgetVersion};
use proptest::prelude::*;

/// Values the rules meet: text of every kind (card-like, numeric, unicode,
/// long), numbers including the odd ones, booleans, lists, and opaque values.
fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Absent),
        any::<String>().prop_map(Value::Text),
        "[0-9 -]{0,24}".prop_map(Value::Text),
        "[0-9]{12,19}".prop_map(Value::Text),
        "[+(). 0-9-]{0,20}".prop_map(Value::Text),
        "[A-Za-z0-9 ]{0,12}".prop_map(Value::Text),
        "\\PC{0,60}".prop_map(Value::Text),
        (any::<char>(), 0usize..5000).prop_map(|(c, n)| Value::Text(c.to_string().repeat(n))),
        any::<f64>().prop_map(Value::Number),
        (-10_000_000i64..10_000_000).prop_map(|n| Value::Number(n as f64)),
        any::<bool>().prop_map(Value::Bool),
        prop::collection::vec(("\\PC{0,8}", "\\PC{0,8}"), 0..4).prop_map(|pairs| {
            Value::List(
                pairs
                    .into_iter()
                    .map(|(n, v)| Value::Map(vec![("name".into(), n.into()), ("value".into(), v.into())]))
                    .collect(),
            )
        }),
        Just(Value::Other),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop::collection::vec((0..Field::ALL.len(), value()), 0..40).prop_map(|fields| {
        let mut input = Input::new();
        for (i, v) in fields {
            if let Some(field) = Field::ALL.get(i) {
                input.set(*field, v);
            }
        }
        input
    })
}

fn options() -> impl Strategy<Value = Options> {
    (any::<bool>(), -1_000_000i64..1_000_000).prop_map(|(es, days)| {
        Options::new().locale(if es { Locale::Es } else { Locale::En }).now_unix_ms(days as f64 * 86_400_000.0)
    })
}

/// A customer every version accepts (the vectors' `valid`), with some fields blanked or replaced:
/// inputs near the edge where the versions' rules differ.
fn near_valid() -> impl Strategy<Value = Input> {
    let file: serde_json::Value = serde_json::from_str(include_str!("vectors/fields.json")).expect("JSON");
    let mut valid = Input::new();
    for (name, v) in file["valid"].as_object().expect("valid") {
        valid.set(Field::from_name(name).expect("field"), Value::from_json(v));
    }
    let change = prop_oneof![
        Just(Value::Absent),
        Just(Value::from("")),
        Just(Value::from("-1")),
        Just(Value::from("A")),
        Just(Value::from("an address line of more than fifty characters, too long")),
        Just(Value::from(36)),
        Just(Value::from("9.99")),
        value(),
    ];
    prop::collection::vec((0..Field::ALL.len(), change), 0..6).prop_map(move |changes| {
        let mut input = valid.clone();
        for (i, v) in changes {
            if let Some(field) = Field::ALL.get(i) {
                input.set(*field, v);
            }
        }
        input
    })
}

fn call() -> impl Strategy<Value = Call> {
    prop::sample::select(Call::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn deterministic_and_free_of_card_data(call in call(), input in input(), options in options()) {
        let found = call.validate(&input, &options);
        let printed = format!("{found:?}");
        prop_assert_eq!(&printed, &format!("{:?}", call.validate(&input, &options)));
        if let Value::Text(number) = input.get(Field::CardNumber) {
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 11 {
                prop_assert!(!printed.contains(&digits), "card digits in the output");
            }
        }
        for v in &found {
            prop_assert_eq!(v.target().get(Field::Cvv2), &Value::Absent);
            // The text after `<propertyName>.` holds no period (a token body's paths hold their own).
            let text = v.message().strip_prefix(v.property_name()).and_then(|t| t.strip_prefix('.'));
            prop_assert!(text.is_some_and(|t| !t.contains('.')), "{}", v.message());
        }
    }

    #[test]
    fn validate_field_equals_the_fields_part(call in call(), input in input(), options in options()) {
        let whole = call.validate(&input, &options);
        for field in call.fields() {
            let one = call.validate_field(*field, input.get(*field).clone(), &input, &options);
            let part: Vec<&Violation> = whole.iter().filter(|v| v.field() == *field).collect();
            prop_assert_eq!(format!("{:?}", one.iter().collect::<Vec<_>>()), format!("{part:?}"), "{}", field);
        }
    }

    /// While the customer types, a field shows only what typing more cannot fix: a part of its
    /// whole result, and for a prefix of a valid value (a card number cut short), nothing.
    #[test]
    fn a_field_being_typed_shows_part_of_its_result(call in call(), input in input(), options in options()) {
        for field in call.fields() {
            let value = input.get(*field).clone();
            let all = format!("{:?}", call.validate_field(*field, value.clone(), &input, &options));
            for v in call.validate_field_typing(*field, value, &input, &options) {
                prop_assert!(all.contains(&format!("{v:?}")), "{}: {v:?} not in {all}", field);
            }
        }
    }

    #[test]
    fn card_prefixes_are_no_error_while_typed(len in 1usize..16) {
        let input = Input::new();
        let number = &"4111111111111111"[..len];
        let found = Call::CreatePaymentToken.validate_field_typing(Field::CardNumber, number, &input, &Options::new());
        prop_assert!(found.is_empty(), "{number}: {found:?}");
    }

    #[test]
    fn masking_is_idempotent_and_keeps_at_most_six_and_four(number in prop_oneof!["[0-9 -]{0,30}", "\\PC{0,30}"]) {
        let masked = mask_card_number(&number);
        prop_assert_eq!(mask_card_number(&masked), masked.clone());
        let shown = masked.chars().filter(char::is_ascii_digit).count();
        prop_assert!(shown == 0 || shown == 10, "{masked}");
    }

    #[test]
    fn an_unknown_version_rejects_only_what_every_version_rejects(
        call in call(),
        input in prop_oneof![near_valid(), input()],
        days in -1_000i64..100_000,
    ) {
        let now = days as f64 * 86_400_000.0;
        let shape = |found: Vec<Violation>| found.iter().map(|v| (v.field(), v.code())).collect::<Vec<(Field, Code)>>();
        let unknown = shape(call.validate(&input, &Options::new().now_unix_ms(now)));
        for version in WidgetVersion::ALL {
            let known = shape(call.validate(&input, &Options::new().now_unix_ms(now).version(*version)));
            // Whatever one version accepts, the unknown version accepts...
            if known.is_empty() {
                prop_assert!(unknown.is_empty(), "{version:?} accepts, unknown rejects: {unknown:?}");
            }
            // ...and each of its violations, every version reports too.
            for v in &unknown {
                prop_assert!(known.contains(v), "{v:?} under unknown, not under {version:?}: {known:?}");
            }
        }
    }
}
