//! The Python package's typed surface, written from the core as the JS facts are (src/facts.rs):
//!
//! - `py/python/ccbill_validate/_core.pyi`: the codes and locales as `Literal`s, the violation, a
//!   `TypedDict` per backend request (the token bodies nested as the API nests them), one
//!   function per request. A checker then knows every key the core reads, and no other.
//! - `py/python/ccbill_validate/__init__.py`: the functions, re-exported.
//!
//! The functions themselves are py/src/lib.rs's (pyo3 needs them spelled out); a test below holds
//! its list to the calls, and py/tests/test_typing.py the built module to `__all__` and the stub.

use std::fmt::Write;

use super::names::{described, pascal, tree, Node, HEADER};
use crate::calls::table::Rule;
use crate::calls::Call;
use crate::input::Field;
use crate::options::Locale;
use crate::rules::reason::Code;

/// The calls Python has a function for: the backend's requests (the widget's run in a browser).
fn requests() -> impl Iterator<Item = Call> {
    Call::ALL.iter().copied().filter(|c| !c.is_widget_method())
}

/// `threedsRequired` → `validate_threeds_required`: the function's name in py/src/lib.rs.
fn function(call: Call) -> String {
    let mut out = String::from("validate_");
    for c in call.name().chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The request's `TypedDict`: `ChargeBody`, `GetPaymentTokenQuery` (a GET's path and query).
fn typed_dict(call: Call) -> String {
    let kind = match call.request() {
        Some(request) if request.starts_with("GET ") => "Query",
        _ => "Body",
    };
    format!("{}{kind}", pascal(call.name()))
}

/// `Literal[...]` of `items`, one line if it fits, else wrapped at 110 columns.
fn literal<'a>(name: &str, items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(|i| format!("\"{i}\"")).collect();
    let one_line = format!("{name} = Literal[{}]\n", items.join(", "));
    if one_line.trim_end().len() <= 110 {
        return one_line;
    }
    let mut out = format!("{name} = Literal[\n");
    let mut line = String::from("   ");
    for item in items {
        if line.len() + item.len() + 2 > 110 {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from("   ");
        }
        let _ = write!(line, " {item},");
    }
    out.push_str(line.trim_end());
    out.push_str("\n]\n");
    out
}

/// A field's type in a body: the pairs' list, or any JSON scalar (the rules say which is right).
fn value_type(call: Call, field: Field) -> &'static str {
    match call.rows().iter().find(|r| r.field == field).map(|r| r.rule) {
        Some(Rule::Pairs) => "Optional[Sequence[PassThroughPair]]",
        _ => "FieldValue",
    }
}

/// `CreatePaymentToken` → `["Create", "Payment", "Token"]`.
fn words(pascal: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in pascal.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            out.push(&pascal[start..i]);
            start = i;
        }
    }
    out.push(&pascal[start..]);
    out
}

/// The stub's classes, each written once: a nested object the four token bodies share is one
/// `TypedDict`, one that differs (the verify body's card adds `cvv2`) another, named by its call.
#[derive(Default)]
struct Classes {
    /// `(key, name, field lines)`, in the order written.
    written: Vec<(&'static str, String, String)>,
    out: String,
}

impl Classes {
    /// Writes `node`'s class (its nested objects first) unless one with the same keys exists;
    /// returns the class's name.
    fn nested(&mut self, call: Call, key: &'static str, node: &Node) -> String {
        let body = self.fields(call, node);
        if let Some((_, name, _)) = self.written.iter().find(|(k, _, b)| *k == key && *b == body) {
            return name.clone();
        }
        // A second shape of the same object is named by the call's last words, as few as make
        // the name new: the verify body's card is `VerifyCreditCardPaymentInfo`.
        let call_name = pascal(call.name());
        let words = words(&call_name);
        let taken = |name: &str| self.written.iter().any(|(_, n, _)| n == name);
        let name = (0..=words.len())
            .map(|n| format!("{}{}", words[words.len() - n..].concat(), pascal(key)))
            .find(|name| !taken(name))
            .unwrap_or_else(|| format!("{call_name}{}", pascal(key)));
        let _ = writeln!(
            self.out,
            "class {name}(TypedDict, total=False):\n    \"\"\"``{key}`` in a payment-token body.\"\"\""
        );
        self.out.push_str(&body);
        // CCBill's own cURL sample sends the nested objects wrapped, `{"value": {...}}`; the core
        // reads through the wrapper, so a checker must accept it too.
        let _ = writeln!(
            self.out,
            "\nclass {name}Value(TypedDict):\n    \"\"\"``{key}`` as CCBill's cURL sample wraps it.\"\"\"\n    value: {name}\n"
        );
        self.written.push((key, name.clone(), body));
        name
    }

    /// A class's field lines, writing the nested objects' classes first.
    fn fields(&mut self, call: Call, node: &Node) -> String {
        let mut body = String::new();
        for (key, field) in &node.leaves {
            let _ = writeln!(body, "    {key}: {}", value_type(call, *field));
        }
        for (key, child) in &node.children {
            let name = self.nested(call, key, child);
            let line = format!("    {key}: Union[{name}, {name}Value, None]");
            if line.len() <= 110 {
                let _ = writeln!(body, "{line}");
            } else {
                let _ = writeln!(body, "    {key}: Union[\n        {name}, {name}Value, None\n    ]");
            }
        }
        body
    }
}

/// What the request's `TypedDict` holds, for its docstring.
fn what(call: Call) -> String {
    let request = described(call).replace('`', "``");
    let token = call.fields().iter().any(|f| f.name() == "paymentTokenId");
    match call.request() {
        Some(r) if r.starts_with("GET ") => format!("{request}: its path and query, one mapping."),
        _ if token => format!("{request}'s body, plus ``paymentTokenId``."),
        _ => format!("{request}'s body, nested as the API nests it."),
    }
}

/// `py/python/ccbill_validate/_core.pyi`.
pub(super) fn stub() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", HEADER.replace("src/facts.rs", "src/facts/python.rs"));
    out.push_str("from decimal import Decimal\n");
    out.push_str("from typing import Any, Dict, List, Literal, Optional, Sequence, TypedDict, Union\n\n");
    out.push_str("# A JSON scalar as Python has it: the rules, not the type, decide what passes.\n");
    out.push_str("FieldValue = Union[str, int, float, Decimal, bool, None]\n\n");
    out.push_str(&literal("Code", Code::ALL.iter().map(|c| c.as_str())));
    out.push('\n');
    out.push_str(&literal("Locale", Locale::ALL.iter().map(|l| l.tag())));
    out.push_str("\nclass PassThroughPair(TypedDict):\n    name: str\n    value: str\n\n");

    let mut classes = Classes::default();
    for call in requests() {
        let root = tree(call);
        let body = classes.fields(call, &root);
        let _ = writeln!(
            classes.out,
            "class {}(TypedDict, total=False):\n    \"\"\"{}\"\"\"\n{body}",
            typed_dict(call),
            what(call)
        );
    }
    out.push_str(&classes.out);

    out.push_str(
        "class Violation(TypedDict):\n    target: Dict[str, Any]\n    message: str\n    propertyName: str\n    \
         code: Code\n    params: Dict[str, Any]\n\n",
    );
    out.push_str("# A body typed as a TypedDict: a misspelled key is a type error (json.loads's Any passes).");
    for call in requests() {
        let (name, ty) = (function(call), typed_dict(call));
        out.push('\n');
        let one_line = format!("def {name}(body: {ty}, *, locale: Locale = \"en\") -> List[Violation]:");
        if one_line.len() <= 110 {
            out.push_str(&one_line);
        } else {
            let _ = write!(out, "def {name}(\n    body: {ty}, *, locale: Locale = \"en\"\n) -> List[Violation]:");
        }
        let _ = writeln!(
            out,
            "\n    \"\"\"The violations of {}; ``[]`` when valid.\"\"\"",
            described(call).replace('`', "``")
        );
    }
    out
}

/// `py/python/ccbill_validate/__init__.py`.
pub(super) fn init() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", HEADER.replace("src/facts.rs", "src/facts/python.rs"));
    out.push_str(
        "\"\"\"CCBill's request rules, checked in Python before the request is sent.\n\n\
         Each ``validate_*`` takes the JSON body as a mapping (with ``paymentTokenId``, the path segment,\n\
         where the request has one) and returns the violations, dicts shaped as the npm package's:\n\
         ``target``, ``message``, ``propertyName``, ``code``, ``params``. An empty list: the body passes.\n\"\"\"\n\n",
    );
    let mut sorted: Vec<String> = requests().map(function).collect();
    sorted.sort();
    out.push_str("from ._core import (\n");
    for name in &sorted {
        let _ = writeln!(out, "    {name},");
    }
    out.push_str(")\n\n__all__ = [\n");
    for call in requests() {
        let _ = writeln!(out, "    \"{}\",", function(call));
    }
    out.push_str("]\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// py/src/lib.rs defines one function per request, under the name the stub gives it and for
    /// the same call: `validate_charge => Call::Charge;`.
    #[test]
    fn lib_rs_defines_the_stubs_functions() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/py/src/lib.rs");
        let lib = std::fs::read_to_string(path).unwrap_or_default();
        let defined: Vec<String> = lib
            .lines()
            .filter_map(|l| l.trim().strip_suffix(';'))
            .filter(|l| l.starts_with("validate_") && l.contains(" => Call::"))
            .map(str::to_owned)
            .collect();
        let expected: Vec<String> = requests().map(|c| format!("{} => Call::{c:?}", function(c))).collect();
        assert_eq!(defined, expected, "py/src/lib.rs's validators! list, in Call::ALL order");
    }

    #[test]
    fn names() {
        assert_eq!(
            function(Call::CreatePaymentTokenMerchantOnlyVerify),
            "validate_create_payment_token_merchant_only_verify"
        );
        assert_eq!(typed_dict(Call::ThreedsRequired), "ThreedsRequiredQuery");
        assert_eq!(typed_dict(Call::Charge), "ChargeBody");
    }
}
