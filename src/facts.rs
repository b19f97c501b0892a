//! The facts the JavaScript and TypeScript layers need, written out from the core: the page layer
//! states none of them by hand (tests/facts.rs holds the written files current; `make facts`
//! rewrites them). Native only: the generator never reaches the wasm module.
//!
//! - `pkg-template/facts.js`: the widget versions; each call's fields in reporting order and each
//!   widget method's signatures; the fields read from the page; input hints (autocomplete and
//!   input mode here, `maxlength` from the rules' bounds); dependents (from what the rules and
//!   presences read); the card's digits.
//! - `pkg-template/calls.js` and `calls.d.ts`: one named validator per call over `validate(call, ..)`.
//! - `src/facts.d.ts` (the module's declarations): `CallName`, `WidgetCallName`, `PropertyName`,
//!   `Code`, `BrandId`, `Params` (from the reasons' params), and each call's input type.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::calls::table::{Presence, Rule};
use crate::calls::{Call, Returns};
use crate::input::Field;
use crate::options::WidgetVersion;
use crate::rules::brand::{Brand, ANY_LENGTH, UNKNOWN_GAPS};
use crate::rules::card;
use crate::rules::reason::{Code, Param, Reason};

mod names;
mod python;

use names::{described, pascal, tree, Node, HEADER};

/// The files, as `(path from the repository root, text)`.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("pkg-template/facts.js", facts_js()),
        ("pkg-template/calls.js", calls_js()),
        ("pkg-template/calls.d.ts", calls_d_ts()),
        ("src/facts.d.ts", facts_d_ts()),
        ("py/python/ccbill_validate/_core.pyi", python::stub()),
        ("py/python/ccbill_validate/__init__.py", python::init()),
    ]
}

/// Autofill tokens (the HTML standard's list) and input modes of the fields a customer types, and
/// of `expiry`, one `MM / YY` input standing for `expMonth` and `expYear`.
const HINTS: &[(&str, &str, Option<&str>)] = &[
    ("nameOnCard", "cc-name", None),
    ("cardNumber", "cc-number", Some("numeric")),
    ("expMonth", "cc-exp-month", Some("numeric")),
    ("expYear", "cc-exp-year", Some("numeric")),
    ("expiry", "cc-exp", Some("numeric")),
    ("cvv2", "cc-csc", Some("numeric")),
    ("firstName", "given-name", None),
    ("lastName", "family-name", None),
    ("address1", "address-line1", None),
    ("address2", "address-line2", None),
    ("address3", "address-line3", None),
    ("city", "address-level2", None),
    ("country", "country", None),
    ("state", "address-level1", None),
    ("postalCode", "postal-code", None),
    ("phoneNumber", "tel", Some("tel")),
    ("email", "email", Some("email")),
];

/// A JS string literal (our own names and tokens: `"` and `\\` are all there is to escape).
fn quoted(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A JS array literal of `items`, already written as JS.
fn array<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<String> = items.into_iter().map(|i| i.to_string()).collect();
    format!("[{}]", items.join(", "))
}

/// A JS array of strings.
fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    array(items.into_iter().map(quoted))
}

fn names(fields: impl IntoIterator<Item = Field>) -> Vec<&'static str> {
    fields.into_iter().map(Field::name).collect()
}

/// The widget's methods, in `Call::ALL` order.
fn methods() -> impl Iterator<Item = Call> {
    Call::ALL.iter().copied().filter(|c| c.is_widget_method())
}

/// The fields the widget reads from the page: those a method reads in some version and does not
/// take as an argument in that version.
pub(crate) fn form_fields() -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    for call in methods() {
        for version in WidgetVersion::ALL {
            let Some(signature) = call.signatures(Some(*version)).next() else { continue };
            for row in call.rows() {
                let read =
                    !matches!(row.presence, Presence::Since(..)) || row.presence.by_version(Some(*version)).is_some();
                if read && !signature.arguments.contains(&row.field) && !out.contains(&row.field) {
                    out.push(row.field);
                }
            }
        }
    }
    out.sort();
    out
}

/// The longest text the widget's calls accept in a field, where every call that reads it bounds
/// it (else `None`: a page's `maxlength` must never cut what some call accepts).
fn max_len(field: Field) -> Option<usize> {
    let rows = methods().flat_map(|c| c.rows().iter().filter(move |r| r.field == field));
    rows.map(|r| r.rule.max_len()).try_fold(0, |max, len| len.map(|len| max.max(len)))
}

/// Per field, the fields whose result it can change: their rules, or whether they are read, read it.
fn dependents() -> BTreeMap<Field, Vec<Field>> {
    let mut out: BTreeMap<Field, Vec<Field>> = BTreeMap::new();
    for call in Call::ALL {
        for row in call.rows() {
            for on in [row.rule.reads(), row.presence.reads()].into_iter().flatten() {
                let list = out.entry(on).or_default();
                if !list.contains(&row.field) {
                    list.push(row.field);
                }
            }
        }
    }
    out.values_mut().for_each(|list| list.sort());
    out
}

fn facts_js() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {HEADER}");
    out.push_str("// What the page layer knows about CCBill's calls and fields; every rule stays in the module.\n\n");
    let versions: Vec<_> = WidgetVersion::ALL.iter().map(|v| v.name()).collect();
    let _ = writeln!(out, "/** The widget versions whose signatures or rules differ, oldest first. */");
    let _ = writeln!(out, "export const WIDGET_VERSIONS = {};\n", strings(versions));

    out.push_str(
        "/**\n * Every call by name: `fields`, what it reads, in reporting order; `paths`, where a body nests\n \
         * them, each field's path in it (`propertyName`); `method`, a widget method's\n \
         * signatures, oldest first (the arguments after `authToken`, from version `since` on; two of one\n \
         * version are two orders the guide shows), empty for a backend request.\n */\n",
    );
    out.push_str("export const CALLS = {\n");
    for call in Call::ALL {
        let _ = writeln!(out, "  {}: {{", call.name());
        let _ = writeln!(out, "    fields: {},", strings(names(call.fields().iter().copied())));
        if call.fields().iter().any(|f| call.path(*f) != f.name()) {
            let paths: Vec<&str> = call.fields().iter().map(|f| call.path(*f)).collect();
            let _ = writeln!(out, "    paths: {},", strings(paths));
        }
        let method: Vec<_> = call
            .method()
            .iter()
            .map(|s| {
                format!(
                    "{{ since: {}, arguments: {} }}",
                    quoted(s.since.name()),
                    strings(names(s.arguments.iter().copied()))
                )
            })
            .collect();
        if method.is_empty() {
            out.push_str("    method: [],\n");
        } else {
            let _ = writeln!(out, "    method: [\n      {},\n    ],", method.join(",\n      "));
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n\n");

    let _ = writeln!(out, "/** The call a field is checked under when none is named. */");
    let _ = writeln!(out, "export const DEFAULT_CALL = {};\n", quoted(Call::DEFAULT.name()));

    let _ =
        writeln!(out, "/** The fields the widget reads from the page, in some version; the rest come as arguments. */");
    let _ = writeln!(out, "export const FORM_FIELDS = {};\n", strings(names(form_fields())));

    out.push_str(
        "/**\n * Input hints per field a customer types (and `expiry`, one MM / YY input): autofill token, input\n \
         * mode, and `maxLength` where every call bounds the text (the longest any call accepts).\n */\n",
    );
    out.push_str("export const FIELD_HINTS = {\n");
    for (name, autocomplete, mode) in HINTS {
        let mut hint = format!("autocomplete: {}", quoted(autocomplete));
        if let Some(mode) = mode {
            let _ = write!(hint, ", inputMode: {}", quoted(mode));
        }
        if let Some(len) = Field::from_name(name).and_then(max_len) {
            let _ = write!(hint, ", maxLength: {len}");
        }
        let _ = writeln!(out, "  {name}: {{ {hint} }},");
    }
    out.push_str("};\n\n");

    let _ = writeln!(
        out,
        "/** Per field, the fields whose result it can change (their rules read it): checked again with it. */"
    );
    out.push_str("export const DEPENDENTS = {\n");
    for (on, list) in dependents() {
        let _ = writeln!(out, "  {}: {},", on.name(), strings(names(list)));
    }
    out.push_str("};\n\n");

    let _ = writeln!(
        out,
        "/** Card numbers: their digits, the security code's, and the groups of a number of no known brand. */"
    );
    let _ = writeln!(
        out,
        "export const CARD = {{ minDigits: {}, maxDigits: {}, cvvDigits: {}, gaps: {} }};\n",
        ANY_LENGTH[0],
        ANY_LENGTH[ANY_LENGTH.len() - 1],
        array([card::CVV_DIGITS.0, card::CVV_DIGITS.1]),
        array(UNKNOWN_GAPS),
    );
    out.push_str(
        "const freeze = (value) => {\n  \
         if (value !== null && typeof value === \"object\") Object.values(Object.freeze(value)).forEach(freeze);\n  \
         return value;\n};\n\
         [WIDGET_VERSIONS, CALLS, FORM_FIELDS, FIELD_HINTS, DEPENDENTS, CARD].forEach(freeze);\n",
    );
    out
}

/// `createPaymentToken` → `CreatePaymentToken`.
fn validator(call: Call) -> String {
    format!("validate{}", pascal(call.name()))
}

/// A token body's input: the top-level fields, then each nested object, its fields typed as the
/// field they are (`zipcode` is `postalCode`'s value). A body that holds all of an earlier body's
/// fields extends that body's interface and states only what it adds (a nested object it adds to
/// is stated whole).
fn nested_interface(out: &mut String, doc: &str, call: Call) {
    let root = tree(call);
    let earlier = &Call::ALL[..Call::ALL.iter().position(|c| *c == call).unwrap_or(0)];
    let base = earlier
        .iter()
        .rev()
        .find(|c| nested(**c) && c.fields().iter().all(|f| call.fields().contains(f) && c.path(*f) == call.path(*f)));
    let _ = writeln!(
        out,
        "/** {doc} A key of no field is a type error in an object literal; at run time it is ignored. */"
    );
    match base {
        Some(base) => {
            let _ = writeln!(out, "export interface {} extends {} {{", input_type(call), input_type(*base));
            write_node(out, &root, Some(&tree(*base)), 2);
        }
        None => {
            let _ = writeln!(out, "export interface {} {{", input_type(call));
            write_node(out, &root, None, 2);
        }
    }
    // No index signature at the top, as for every call's input (a misspelt key does not compile);
    // the nested objects keep theirs, for CCBill's `{ value: {...} }` wrapper (`write_node`).
    out.push_str("}\n\n");
}

/// Whether a call's input nests fields (a token body).
fn nested(call: Call) -> bool {
    call.fields().iter().any(|f| call.path(*f).contains('.'))
}

/// `node`'s properties, without those `base` (the extended interface's) already states alike.
fn write_node(out: &mut String, node: &Node, base: Option<&Node>, indent: usize) {
    let pad = " ".repeat(indent);
    for (name, field) in &node.leaves {
        if !base.is_some_and(|b| b.leaves.contains(&(*name, *field))) {
            let _ = writeln!(out, "{pad}{name}?: FieldValues[\"{}\"];", field.name());
        }
    }
    for (name, child) in &node.children {
        if base.is_some_and(|b| b.children.iter().any(|(n, c)| n == name && c == child)) {
            continue;
        }
        let _ = writeln!(out, "{pad}{name}?: {{");
        write_node(out, child, None, indent + 2);
        let _ = writeln!(out, "{pad}  [other: string]: unknown;\n{pad}}} | null;");
    }
}

fn input_type(call: Call) -> String {
    format!("{}Input", pascal(call.name()))
}

fn calls_js() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {HEADER}");
    out.push_str("// One validator per call: `validate(call, input, options)` under the call's own name.\n");
    out.push_str("import { validateAs } from \"./validate.js\";\n");
    for call in Call::ALL {
        let name = validator(*call);
        let _ = write!(
            out,
            "\n/** The violations of {}; `[]` when valid. */\nexport function {name}(input, options) {{\n  \
             return validateAs(\"{name}\", \"{}\", input, options);\n}}\n",
            described(*call),
            call.name()
        );
    }
    out
}

fn calls_d_ts() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {HEADER}");
    let types: Vec<String> = Call::ALL.iter().map(|c| input_type(*c)).collect();
    let _ = writeln!(out, "import type {{ Options, Violation, {} }} from \"./ccbill_validate.js\";", types.join(", "));
    let _ = writeln!(
        out,
        "\n/** Each call's input type, under the call's name. */\nexport type {{ {} }};",
        types.join(", ")
    );
    for call in Call::ALL {
        let _ = write!(
            out,
            "\n/** The violations of {}; `[]` when valid. Throws only a TypeError, for a non-object input. */\n\
             export function {}(input: {}, options?: Options): Violation[];\n",
            described(*call),
            validator(*call),
            input_type(*call)
        );
    }
    out.push_str(&widget_interface());
    out
}

/// A widget method's argument type, from its rule in the call's table.
fn argument_type(rule: Rule) -> &'static str {
    match rule {
        Rule::IntegerIn(..) | Rule::IntegerFrom(_) => "number | string",
        Rule::Boolean => "boolean",
        Rule::Selector => "string | Element",
        Rule::Currency => "string | number",
        _ => "string",
    }
}

/// `CCBillWidgetCalls`: each widget method with its signatures as overloads (the version's
/// orders); the methods not in every version optional. An argument is optional when the call
/// never requires it and no required one follows.
fn widget_interface() -> String {
    let mut out = String::from(
        "\n/** The methods of CCBill's widget that guard() checks, with every version's arguments (one overload each). */\n\
         export interface CCBillWidgetCalls {\n",
    );
    for call in methods() {
        let in_every_version = call.method().first().is_some_and(|s| s.since == WidgetVersion::ALL[0]);
        let mut seen: Vec<String> = Vec::new();
        for signature in call.method() {
            let rows: Vec<_> = signature
                .arguments
                .iter()
                .map(|field| call.rows().iter().find(|r| r.field == *field).copied())
                .collect();
            let required: Vec<bool> = rows.iter().map(|row| row.is_some_and(|r| r.presence.requires())).collect();
            let mut params = vec![String::from("authToken: string")];
            for (i, (field, row)) in signature.arguments.iter().zip(&rows).enumerate() {
                let ty = row.map_or("unknown", |r| argument_type(r.rule));
                if required[i..].iter().any(|r| *r) {
                    params.push(format!("{}: {ty}", field.name()));
                } else {
                    params.push(format!("{}?: {ty} | null", field.name()));
                }
            }
            let returns = match call.returns() {
                Returns::PromiseOfResponse => "Promise<Response>",
                Returns::Promise => "Promise<unknown>",
                Returns::Unknown => "unknown",
            };
            let line = format!(
                "  {}{}({}): {returns};\n",
                call.name(),
                if in_every_version { "" } else { "?" },
                params.join(", ")
            );
            if !seen.contains(&line) {
                seen.push(line.clone());
                out.push_str(&line);
            }
        }
    }
    out.push_str("}\n");
    out
}

/// `"a" | "b"`, wrapped before 110 columns, each line indented by two spaces.
fn union(items: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for item in items {
        let next = if line.is_empty() { format!("  | {item}") } else { format!(" | {item}") };
        if line.len() + next.len() > 110 {
            out.push_str(&line);
            out.push('\n');
            line = format!("  | {item}");
        } else {
            line.push_str(&next);
        }
    }
    out.push_str(&line);
    out
}

/// A field's value type in a call's input.
fn value_type(rule: Rule) -> &'static str {
    match rule {
        Rule::Selector => "string | object | null",
        Rule::Pairs => "Array<{ name: string; value: string }> | null",
        _ => "FieldValue",
    }
}

/// The codes the examples cover, for the test.
pub fn codes_with_examples() -> Vec<Code> {
    Reason::shapes().iter().map(|r| r.code()).collect()
}

/// A param's TypeScript type, from its value's kind and its key.
fn param_type(key: &str, param: Param<'_>) -> String {
    match param {
        Param::Int(_) => "number".into(),
        Param::Bool(_) => "boolean".into(),
        Param::Null => "null".into(),
        Param::Lengths(_) => "number[]".into(),
        Param::Texts(texts) => format!("[{}]", vec!["string"; texts.len()].join(", ")),
        Param::Text(_) => match key {
            "brand" => "BrandId".into(),
            "other" => "PropertyName".into(),
            _ => "string".into(),
        },
    }
}

/// The params type of one code, from its reasons' shapes: one object when the shapes share their
/// keys' types (a key some shapes lack is optional), else a union of the shapes.
fn params_type(code: Code) -> Option<String> {
    let mut shapes: Vec<Vec<(&'static str, String)>> = Vec::new();
    for reason in Reason::shapes().iter().filter(|r| r.code() == code) {
        let mut shape = Vec::new();
        reason.params(|key, param| shape.push((key, param_type(key, param))));
        if !shapes.contains(&shape) {
            shapes.push(shape);
        }
    }
    if shapes.iter().all(Vec::is_empty) {
        return None;
    }
    let object = |fields: Vec<String>| format!("{{ {} }}", fields.join("; "));
    let mut keys: Vec<&str> = Vec::new();
    for (key, _) in shapes.iter().flatten() {
        if !keys.contains(key) {
            keys.push(key);
        }
    }
    let types_of = |key: &str| {
        let mut types: Vec<&String> = Vec::new();
        for (_, ty) in shapes.iter().flatten().filter(|(k, _)| *k == key) {
            if !types.contains(&ty) {
                types.push(ty);
            }
        }
        types
    };
    let same_keys = shapes.iter().all(|s| s.iter().map(|(k, _)| *k).eq(keys.iter().copied()));
    let one_type_per_key = keys.iter().all(|k| types_of(k).len() == 1);
    if same_keys || one_type_per_key {
        let fields = keys
            .iter()
            .map(|key| {
                let optional = shapes.iter().any(|s| !s.iter().any(|(k, _)| k == key));
                let types: Vec<&str> = types_of(key).into_iter().map(String::as_str).collect();
                format!("{key}{}: {}", if optional { "?" } else { "" }, types.join(" | "))
            })
            .collect();
        Some(object(fields))
    } else {
        let shapes: Vec<String> =
            shapes.iter().map(|s| object(s.iter().map(|(k, t)| format!("{k}: {t}")).collect())).collect();
        Some(shapes.join(" | "))
    }
}

fn facts_d_ts() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "// {HEADER}\n");
    let quoted_names =
        |calls: &mut dyn Iterator<Item = Call>| union(calls.map(|c| quoted(c.name())).collect::<Vec<_>>());
    let _ = writeln!(
        out,
        "/** Every call whose rules this module applies: the widget's methods and the backend's requests. */\n\
         export type CallName =\n{};\n",
        quoted_names(&mut Call::ALL.iter().copied())
    );
    let _ = writeln!(
        out,
        "/** The widget's methods among the calls (guard() guards these). */\nexport type WidgetCallName =\n{};\n",
        quoted_names(&mut methods())
    );
    let _ = writeln!(
        out,
        "/** CCBill's names for the fields and arguments the calls read. */\nexport type PropertyName =\n{};\n",
        union(Field::ALL.iter().map(|f| quoted(f.name())))
    );
    let mut paths: Vec<&str> =
        Call::ALL.iter().flat_map(|c| c.fields().iter().map(|f| c.path(*f))).filter(|p| p.contains('.')).collect();
    paths.sort_unstable();
    paths.dedup();
    let _ = writeln!(
        out,
        "/** A field's `propertyName` in the payment-token bodies, which nest it: its path. */\nexport type BodyPath =\n{};\n",
        union(paths.into_iter().map(quoted))
    );
    let _ = writeln!(
        out,
        "/** Stable machine codes; the README documents each one. */\nexport type Code =\n{};\n",
        union(Code::ALL.iter().map(|c| quoted(c.as_str())))
    );
    let _ = writeln!(
        out,
        "/** Card brands `cardBrand` detects. */\nexport type BrandId =\n{};\n",
        union(Brand::ALL.iter().map(|b| quoted(b.id())))
    );
    out.push_str(
        "/** What each code's violations say beyond the code, for wording of your own (codes not listed: `{}`). */\n",
    );
    out.push_str("export interface Params {\n");
    for code in Code::ALL {
        if let Some(ty) = params_type(*code) {
            let _ = writeln!(out, "  {}: {ty};", code.as_str());
        }
    }
    out.push_str("}\n\n");

    // Each call's input, the union of the widget's (`Input`), and the body fields' groups.
    let widget_fields: Vec<Field> = {
        let mut all: Vec<Field> = methods().flat_map(|c| c.fields().iter().copied()).collect();
        all.sort();
        all.dedup();
        all
    };
    let rule_of = |field: Field| {
        Call::ALL.iter().flat_map(|c| c.rows()).find(|r| r.field == field).map_or(Rule::Text, |r| r.rule)
    };
    out.push_str("/** Every field and argument the calls read, with the type of its value. */\n");
    out.push_str("export interface FieldValues {\n");
    for field in Field::ALL {
        let _ = writeln!(out, "  {}?: {};", field.name(), value_type(rule_of(*field)));
    }
    out.push_str("}\n\n");
    let interface = |out: &mut String, doc: &str, name: &str, fields: &[Field]| {
        let keys = union(fields.iter().map(|f| quoted(f.name())));
        // No index signature: a misspelt key (`cardnumber`) in an object literal is then a type
        // error. A variable holding more keys (a form's values) is still accepted, as at run time.
        let _ = writeln!(
            out,
            "/** {doc} A key of no field is a type error in an object literal; at run time it is ignored. */"
        );
        let _ = writeln!(out, "export interface {name} extends Pick<FieldValues,\n{keys}\n> {{}}\n");
    };
    interface(
        &mut out,
        "A widget call's arguments and the form's fields, under CCBill's names: every widget method's.",
        "Input",
        &widget_fields,
    );
    for call in Call::ALL {
        let doc = format!("The input of {}.", described(*call));
        if nested(*call) {
            nested_interface(&mut out, &doc, *call);
        } else {
            interface(&mut out, &doc, &input_type(*call), call.fields());
        }
    }
    out.push_str("/** Each call's input type, by the call's name. */\nexport interface Inputs {\n");
    for call in Call::ALL {
        let _ = writeln!(out, "  {}: {};", call.name(), input_type(*call));
    }
    out.push_str("}\n\n/** The input type of call `C`. */\nexport type InputOf<C extends CallName> = Inputs[C];\n\n");
    let charge: Vec<Field> = Call::Charge.fields().iter().copied().filter(|f| !widget_fields.contains(f)).collect();
    let _ = writeln!(
        out,
        "/** The fields of a charge body that no widget call reads. */\nexport type ChargeField =\n{};\n",
        union(charge.iter().map(|f| quoted(f.name())))
    );
    let threeds = Call::ThreedsCharge.fields().iter().filter(|f| !Call::Charge.fields().contains(f));
    let _ = writeln!(
        out,
        "/** The 3-D Secure fields of a 3DS charge body. */\nexport type ThreedsField =\n{};",
        union(threeds.map(|f| quoted(f.name())))
    );
    out
}
