//! Every language's source (locales/<tag>.json) against English's: the same fields, the same
//! message keys, the same params in each sentence, and no period. The generated catalogs are
//! checked against their sources by `scripts/locales.py --check`, and rendered by
//! src/messages (natively) and tests/js/locales.test.mjs (in the page's layer).

use std::collections::BTreeSet;

use ccbill_validate::{Field, Locale};
use serde_json::{Map, Value};

fn source(tag: &str) -> Map<String, Value> {
    let path = format!("{}/locales/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        other => panic!("{path}: not a JSON object: {other:?}"),
    }
}

fn table<'a>(catalog: &'a Map<String, Value>, key: &str) -> &'a Map<String, Value> {
    catalog.get(key).and_then(Value::as_object).unwrap_or_else(|| panic!("no {key} table"))
}

/// The placeholders of a sentence, with `{Label}`/`{label}` and `{other}`/`{otherLower}` the same.
fn placeholders(sentence: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = sentence;
    while let Some((_, after)) = rest.split_once('{') {
        let (name, after) = after.split_once('}').unwrap_or_else(|| panic!("unclosed {{ in {sentence:?}"));
        out.insert(match name {
            "Label" => "label".to_owned(),
            "otherLower" => "other".to_owned(),
            name => name.to_owned(),
        });
        rest = after;
    }
    out
}

fn sentences(catalog: &Map<String, Value>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for key in ["labels", "messages", "status", "lengths"] {
        for (k, v) in table(catalog, key) {
            out.push((format!("{key}.{k}"), v.as_str().unwrap_or_else(|| panic!("{key}.{k} is no text")).to_owned()));
        }
    }
    out
}

#[test]
fn every_locale_says_every_code_with_the_same_params_and_no_period() {
    let en = source("en");
    let fields: BTreeSet<&str> = Field::ALL.iter().map(|f| f.name()).collect();
    for locale in Locale::ALL {
        let tag = locale.tag();
        let catalog = source(tag);
        assert_eq!(catalog.get("tag").and_then(Value::as_str), Some(tag));
        let labels: BTreeSet<&str> = table(&catalog, "labels").keys().map(String::as_str).collect();
        assert_eq!(labels, fields, "{tag}: a label for every field, and no other");
        for key in ["messages", "status", "lengths"] {
            let want: BTreeSet<&String> = table(&en, key).keys().collect();
            let got: BTreeSet<&String> = table(&catalog, key).keys().collect();
            assert_eq!(got, want, "{tag}: the keys of {key}");
        }
        for (key, sentence) in table(&catalog, "messages") {
            let english = table(&en, "messages").get(key).and_then(Value::as_str).unwrap_or_default();
            let sentence = sentence.as_str().unwrap_or_default();
            assert_eq!(placeholders(sentence), placeholders(english), "{tag} {key}: {sentence}");
            assert!(!sentence.trim().is_empty(), "{tag} {key}");
        }
        let other = table(&catalog, "status").get("other").and_then(Value::as_str).unwrap_or_default();
        assert!(other.contains("{count}"), "{tag}: status.other must say {{count}}");
        for (key, text) in sentences(&catalog) {
            assert!(!text.contains('.'), "{tag} {key}: {text}");
            assert!(!text.ends_with(['。', '।']), "{tag} {key}: {text}");
        }
    }
}

#[test]
fn every_source_is_a_locale() {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".json").map(String::from)))
        .map(Iterator::collect)
        .unwrap_or_default();
    tags.sort();
    let mut want: Vec<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
    want.sort();
    assert_eq!(tags, want);
}
