//! What a validator reads: CCBill's field names, the values a form or a caller
//! can hand us, and the input that maps one to the other.

use alloc::borrow::Cow;
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

macro_rules! fields {
    ($($variant:ident => $name:literal),+ $(,)?) => {
        /// A field CCBill's widget reads, named as CCBill names it.
        ///
        /// The declaration order is the order violations are reported in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Field { $($variant),+ }

        impl Field {
            /// Every field, in reporting order.
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];

            /// CCBill's name for the field, e.g. `"cardNumber"`.
            pub const fn name(self) -> &'static str {
                match self { $(Field::$variant => $name),+ }
            }

            /// The field CCBill calls `name`, if any.
            pub fn from_name(name: &str) -> Option<Field> {
                match name { $($name => Some(Field::$variant),)+ _ => None }
            }
        }
    };
}

fields! {
    ClientAccnum => "clientAccnum",
    ClientSubacc => "clientSubacc",
    ClearPaymentInfo => "clearPaymentInfo",
    ClearCustomerInfo => "clearCustomerInfo",
    TimeToLive => "timeToLive",
    NumberOfUse => "numberOfUse",
    NameOnCard => "nameOnCard",
    CardNumber => "cardNumber",
    ExpMonth => "expMonth",
    ExpYear => "expYear",
    Cvv2 => "cvv2",
    FirstName => "firstName",
    LastName => "lastName",
    Address1 => "address1",
    Address2 => "address2",
    // Widget v1.13 reads a third address line.
    Address3 => "address3",
    City => "city",
    Country => "country",
    State => "state",
    PostalCode => "postalCode",
    PhoneNumber => "phoneNumber",
    Email => "email",
    // The transaction total, read from the form from widget v1.3 (3-D Secure).
    Amount => "amount",
    CurrencyCode => "currencyCode",
    IpAddress => "ipAddress",
    PaymentTokenId => "paymentTokenId",
    Form => "form",
    IframeId => "iframeId",
    // Hidden fields the widget fills itself; passed through, never checked.
    BrowserHttpAccept => "browserHttpAccept",
    BrowserHttpAcceptEncoding => "browserHttpAcceptEncoding",
    BrowserHttpAcceptLanguage => "browserHttpAcceptLanguage",
    // The guide's later field tables add these (the last one spelled as CCBill spells it).
    BrowserHttpUserAgent => "browserHttpUserAgent",
    BrowserUserAgent => "browserUserAgent",
    BrowserHttpAcceptLanguate => "browserHttpAcceptLanguate",
    // The backend's charge body (`/transactions/payment-tokens/...`).
    InitialPrice => "initialPrice",
    InitialPeriod => "initialPeriod",
    RecurringPrice => "recurringPrice",
    RecurringPeriod => "recurringPeriod",
    Rebills => "rebills",
    LifeTimeSubscription => "lifeTimeSubscription",
    CreateNewPaymentToken => "createNewPaymentToken",
    PassThroughInfo => "passThroughInfo",
    // The 3-D Secure results a 3DS charge adds.
    ThreedsCardToken => "threedsCardToken",
    ThreedsEci => "threedsEci",
    ThreedsStatus => "threedsStatus",
    ThreedsVersion => "threedsVersion",
    ThreedsXid => "threedsXid",
    ThreedsCavv => "threedsCavv",
    ThreedsCavvAlgorithm => "threedsCavvAlgorithm",
    ThreedsDsTransId => "threedsDsTransId",
    ThreedsAcsTransId => "threedsAcsTransId",
    ThreedsAuthenticationValue => "threedsAuthenticationValue",
    ThreedsError => "threedsError",
    ThreedsClientTransactionId => "threedsClientTransactionId",
    ThreedsSuccess => "threedsSuccess",
    ThreedsAmount => "threedsAmount",
    // Sent along, never checked.
    ThreedsCurrency => "threedsCurrency",
    ThreedsSdkTransId => "threedsSdkTransId",
    ThreedsAuthenticationType => "threedsAuthenticationType",
    ThreedsErrorDetail => "threedsErrorDetail",
    ThreedsErrorCode => "threedsErrorCode",
    ThreedsResponse => "threedsResponse",
    // The bodies a backend sends to create a payment token itself (`POST /payment-tokens/*`).
    SubscriptionId => "subscriptionId",
    ProgramParticipationId => "programParticipationId",
    TargetClientAccnum => "targetClientAccnum",
    TargetClientSubacc => "targetClientSubacc",
    // `GET /payment-tokens/threeds-required`'s query: a card named by its first and last digits.
    Bin => "bin",
    Last4 => "last4",
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One field's value, as a form or a caller hands it over.
///
/// Blank strings are kept as they came: the rules treat them as absent, and
/// the violation's `target` shows what was actually sent.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// `undefined`, `null`, or not there at all.
    #[default]
    Absent,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A list, as `passThroughInfo` holds (`[{ "name": .., "value": .. }]`).
    List(Vec<Value>),
    /// An object's entries, as the items of `passThroughInfo` hold.
    Map(Vec<(String, Value)>),
    /// Anything else: a function, a symbol, a BigInt, an object where no
    /// object belongs, or a property whose getter threw. Kept only as its kind.
    Other,
}

impl Value {
    /// The value as the rules see it: `None` for absent or blank.
    pub(crate) fn present(&self) -> Option<&Value> {
        match self {
            Value::Absent => None,
            Value::Text(s) if is_blank(s) => None,
            v => Some(v),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Self {
        // Exact for every integer a form field can sensibly hold (|n| < 2^53).
        Value::Number(n as f64)
    }
}
impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Number(f64::from(n))
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Absent, Into::into)
    }
}

/// The arguments and form fields of one widget call, under CCBill's names.
///
/// ```
/// use ccbill_validate::{Field, Input};
/// let input = Input::new()
///     .with(Field::ClientAccnum, 900000)
///     .with(Field::CardNumber, "4111 1111 1111 1111");
/// assert_eq!(input.get(Field::ClientAccnum), &900000.into());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    values: [Value; Field::ALL.len()],
}

impl Default for Input {
    fn default() -> Self {
        Input { values: core::array::from_fn(|_| Value::Absent) }
    }
}

impl Input {
    /// An input with every field absent.
    pub fn new() -> Self {
        Self::default()
    }

    /// This input with `field` set to `value`.
    #[must_use]
    pub fn with(mut self, field: Field, value: impl Into<Value>) -> Self {
        self.set(field, value);
        self
    }

    /// Sets `field` to `value`.
    pub fn set(&mut self, field: Field, value: impl Into<Value>) {
        self.values[field as usize] = value.into();
    }

    /// Sets `field` to `text`, writing it into the `String` the field holds when it holds text:
    /// an input read again and again (the page's, src/wasm/read.rs) allocates no text it had room for.
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn set_text(&mut self, field: Field, text: &str) {
        match &mut self.values[field as usize] {
            Value::Text(held) => {
                held.clear();
                held.push_str(text);
            }
            slot => *slot = Value::Text(text.to_owned()),
        }
    }

    /// The value of `field` (`Value::Absent` when never set).
    pub fn get(&self, field: Field) -> &Value {
        &self.values[field as usize]
    }

    /// The input as the rules read it: every text longer than [`READ_LIMIT`] cut (see there).
    pub fn clipped(&self) -> Cow<'_, Input> {
        // One pass: each text is measured (and, when too long, cut) once; the input is copied
        // only when some field was cut.
        let mut cut: Option<Input> = None;
        for (i, v) in self.values.iter().enumerate() {
            if let Value::Text(s) = v {
                if let Cow::Owned(short) = clip(s) {
                    if let Some(slot) = cut.get_or_insert_with(|| self.clone()).values.get_mut(i) {
                        *slot = Value::Text(short);
                    }
                }
            }
        }
        cut.map_or(Cow::Borrowed(self), Cow::Owned)
    }

    /// The fields that are not absent, in reporting order, with their values.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &Value)> {
        Field::ALL.iter().zip(&self.values).filter(|(_, v)| **v != Value::Absent).map(|(f, v)| (*f, v))
    }
}

/// The most UTF-16 code units of a text value that the rules read.
///
/// Every bounded rule accepts at most 254 units (an e-mail address), so a longer value is
/// rejected on its length whatever follows; the unbounded ones (names, tokens, ids) accept any
/// text. A value longer than this is read from its first non-space character and cut to
/// `READ_LIMIT + 1` units before any rule runs, natively and in the page alike (the JS boundary
/// cuts it before copying it into the module), so a 1 MB field costs what a 1 KB one does.
pub const READ_LIMIT: usize = 1024;

/// A field's name in an input whose names differ from the fields' own (`paths`: a nested body's),
/// else its own name.
pub(crate) fn path_in(paths: &[(Field, &'static str)], field: Field) -> &'static str {
    match paths.iter().find(|(f, _)| *f == field) {
        Some((_, path)) => path,
        None => field.name(),
    }
}

/// `s` as the rules read it (see [`READ_LIMIT`]): borrowed when short enough. A surrogate pair
/// cut in half becomes U+FFFD, as it does when JavaScript hands the cut string to the module.
pub(crate) fn clip(s: &str) -> Cow<'_, str> {
    // Bytes bound UTF-16 units from above: the common case needs no count.
    if s.len() <= READ_LIMIT || js_len(s) <= READ_LIMIT {
        return Cow::Borrowed(s);
    }
    let s = s.trim_start_matches(is_js_space);
    let mut out = String::with_capacity(READ_LIMIT + 4);
    let mut units = 0;
    for c in s.chars() {
        let room = READ_LIMIT + 1 - units;
        if room == 0 {
            break;
        }
        if c.len_utf16() > room {
            out.push('\u{FFFD}');
            break;
        }
        units += c.len_utf16();
        out.push(c);
    }
    Cow::Owned(out)
}

/// JavaScript's `String.prototype.trim` whitespace: the rules must agree with
/// the browser on what "blank" means, and Rust's `char::is_whitespace` differs
/// (it counts U+0085 and not U+FEFF).
pub(crate) fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

/// `s.trim()` as JavaScript trims.
pub(crate) fn js_trim(s: &str) -> &str {
    // Most values start and end with a visible ASCII character, which is no space: nothing to trim,
    // and no character decoded (each field is trimmed at least once per call).
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => s,
        _ => s.trim_matches(is_js_space),
    }
}

pub(crate) fn is_blank(s: &str) -> bool {
    js_trim(s).is_empty()
}

/// A string's length as JavaScript counts it: UTF-16 code units.
pub(crate) fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// JSON bodies, for backends and the command line (not in the wasm build).
#[cfg(not(target_arch = "wasm32"))]
mod json {
    use super::{Field, Input, Value};
    use serde_json::Value as Json;

    impl Input {
        /// The fields CCBill names in a JSON object; other keys are ignored.
        /// `None` when `json` is not an object.
        pub fn from_json(json: &Json) -> Option<Input> {
            let mut input = Input::new();
            for (name, value) in json.as_object()? {
                if let Some(field) = Field::from_name(name) {
                    input.set(field, Value::from_json(value));
                }
            }
            Some(input)
        }

        /// The fields that are present, as a JSON object.
        pub fn to_json(&self) -> Json {
            Json::Object(self.iter().map(|(f, v)| (f.name().to_owned(), v.to_json())).collect())
        }

        /// These fields read from a JSON body, each at its path (`path(field)`, dotted where
        /// the body nests it). `None` when `json` is not an object. (`Input::from_json_in`.)
        pub(crate) fn from_json_at(
            fields: &[Field],
            path: impl Fn(Field) -> &'static str,
            json: &Json,
        ) -> Option<Input> {
            json.as_object()?;
            let mut input = Input::new();
            for field in fields {
                input.set(*field, at_path(json, path(*field)).map_or(Value::Absent, Value::from_json));
            }
            Some(input)
        }

        /// The fields that are present, as JSON under their paths (`path(field)`), nested.
        pub(crate) fn to_json_at(&self, path: impl Fn(Field) -> &'static str) -> Json {
            let mut out = Json::Object(Default::default());
            for (field, value) in self.iter() {
                let mut node = &mut out;
                let mut steps = path(field).split('.').peekable();
                while let Some(step) = steps.next() {
                    let Json::Object(map) = node else { break };
                    if steps.peek().is_none() {
                        map.insert(step.to_owned(), value.to_json());
                        break;
                    }
                    node = map.entry(step.to_owned()).or_insert_with(|| Json::Object(Default::default()));
                }
            }
            out
        }
    }

    /// The value at a dotted path. CCBill's own cURL sample wraps `customerInfo` and
    /// `creditCardPaymentInfo` in `{"value": {...}}` (its schema does not): an object without
    /// the next key is read through its `value` object, so both shapes read the same.
    fn at_path<'a>(json: &'a Json, path: &str) -> Option<&'a Json> {
        let mut node = json;
        for step in path.split('.') {
            let object = node.as_object()?;
            node = match object.get(step) {
                Some(next) => next,
                None => object.get("value")?.as_object()?.get(step)?,
            };
        }
        Some(node)
    }

    impl Value {
        /// A JSON value as a field's value (`null` is absent).
        pub fn from_json(json: &Json) -> Value {
            match json {
                Json::Null => Value::Absent,
                Json::Bool(b) => Value::Bool(*b),
                Json::Number(n) => n.as_f64().map_or(Value::Other, Value::Number),
                Json::String(s) => Value::Text(s.clone()),
                Json::Array(items) => Value::List(items.iter().map(Value::from_json).collect()),
                Json::Object(entries) => {
                    Value::Map(entries.iter().map(|(k, v)| (k.clone(), Value::from_json(v))).collect())
                }
            }
        }

        /// The value as JSON (`Other`, which JSON cannot hold, as `null`).
        pub fn to_json(&self) -> Json {
            match self {
                Value::Text(s) => Json::from(s.as_str()),
                // Whole numbers print as integers (`900000`, not `900000.0`), as JavaScript prints them.
                Value::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => Json::from(*n as i64),
                Value::Number(n) => serde_json::Number::from_f64(*n).map_or(Json::Null, Json::Number),
                Value::Bool(b) => Json::Bool(*b),
                Value::List(items) => Json::Array(items.iter().map(Value::to_json).collect()),
                Value::Map(entries) => Json::Object(entries.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()),
                Value::Absent | Value::Other => Json::Null,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(*f));
        }
        assert_eq!(Field::from_name("CardNumber"), None);
    }

    #[test]
    fn blank_is_javascript_blank() {
        assert!(is_blank(" \t\u{FEFF}\u{3000}"));
        assert!(!is_blank("\u{85}"));
        for (s, trimmed) in
            [("a b", "a b"), (" a ", "a"), ("a\u{A0}", "a"), ("\u{FEFF}é\u{3000}", "é"), ("x", "x"), ("", "")]
        {
            assert_eq!(js_trim(s), trimmed, "{s:?}");
        }
        assert_eq!(js_len("a😀é"), 4);
    }

    #[test]
    fn long_text_is_read_from_its_first_non_space_and_cut() {
        let units = |s: &str| js_len(s);
        assert!(matches!(clip(&"a".repeat(READ_LIMIT)), Cow::Borrowed(_)));
        assert_eq!(clip(&"a".repeat(READ_LIMIT + 1)).len(), READ_LIMIT + 1);
        assert_eq!(clip(&"a".repeat(1_000_000)), "a".repeat(READ_LIMIT + 1));
        // Leading spaces go first, so a value that is short once trimmed is read whole.
        let padded = format!("{}4111 1111 1111 1111", " ".repeat(5000));
        assert_eq!(clip(&padded), "4111 1111 1111 1111");
        assert_eq!(clip(&" ".repeat(5000)), "");
        // A pair cut in half: U+FFFD, one unit, as JavaScript's slice + TextEncoder give.
        let emoji = format!("{}{}", "a".repeat(READ_LIMIT), "😀".repeat(10));
        let cut = clip(&emoji);
        assert_eq!(units(&cut), READ_LIMIT + 1);
        assert!(cut.ends_with('\u{FFFD}'));
        // Non-ASCII short enough in units but not in bytes is left alone.
        assert!(matches!(clip(&"é".repeat(READ_LIMIT)), Cow::Borrowed(_)));
    }
}
