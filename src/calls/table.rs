//! A call, declared once: a table of (field, presence, rule) rows in field
//! declaration order. The call's field list, the order of its violations and
//! the names the page reads all derive from the table; a test holds every table
//! to declaration order (which also means no field twice).

use core::cell::OnceCell;

use crate::input::{Field, Input, Value};
use crate::options::WidgetVersion;
use crate::rules::brand::Brand;
use crate::rules::pattern::{self, Pattern};
use crate::rules::reason::Reason;
use crate::rules::{
    boolean, card, charge, country, currency, email, expiry, ip, phone, postal, range, subdivision, text, Check,
};

/// When a field must be there (absent, `null` and blank are the same).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Presence {
    Required,
    Optional,
    /// Read from this widget version on; before it the call does not read the field.
    Since(WidgetVersion, Need),
    /// Required from this widget version on, optional before (v1.13's `cvv2`, `nameOnCard`).
    RequiredSince(WidgetVersion),
    /// Required, and read at all only while `Field` is absent (a payment token replaces the card).
    UnlessPresent(Field),
    /// Required, whatever its value, when the 3-D Secure version sent has this major number.
    ForThreedsVersion(u8),
    /// Required while `Field` is the number 0, optional otherwise (absent or wrong included): a
    /// token body's card and customer, needed unless a previous subscription supplies them.
    RequiredIfZero(Field),
}

/// Required or optional, once a [`Presence`] has decided the field is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Need {
    Required,
    Optional,
}

impl Presence {
    /// How a field whose reading changed with the widget version is read under `version`
    /// (`None`: not read; for every other presence, `Some(Optional)`). With the version unknown,
    /// the weakest reading of all versions: read only where every version reads the field,
    /// required only where every version requires it, so that whatever one version accepts passes.
    pub(crate) fn by_version(self, version: Option<WidgetVersion>) -> Option<Need> {
        let Some(version) = version else {
            return WidgetVersion::ALL.iter().map(|v| self.by_version(Some(*v))).reduce(weakest).flatten();
        };
        match self {
            Presence::Since(first, need) => (version >= first).then_some(need),
            Presence::RequiredSince(first) if version >= first => Some(Need::Required),
            _ => Some(Need::Optional),
        }
    }
}

/// The reading two versions agree on: read if both read, required if both require.
fn weakest(a: Option<Need>, b: Option<Need>) -> Option<Need> {
    match (a?, b?) {
        (Need::Required, Need::Required) => Some(Need::Required),
        _ => Some(Need::Optional),
    }
}

/// The rule a present value must pass. Rules that read another field say which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Read (and shown in the target), never rejected.
    Unchecked,
    /// Anything that is text (or a number, read as its digits).
    Text,
    /// A selector string or the form element itself.
    Selector,
    Boolean,
    IntegerIn(i64, i64),
    IntegerFrom(i64),
    /// Text of this many UTF-16 units, inclusive.
    Length(usize, usize),
    /// A non-negative number with at most this many decimals.
    Money(u32),
    Pattern(Pattern),
    Card,
    /// `cvv2`, against the card number's brand.
    Cvv,
    Month,
    /// `expYear`, with `expMonth`, not in the past.
    Year,
    CountryCode,
    /// `currencyCode`: three digits, or a number from 0 to 999 (ISO 4217 numeric).
    Currency,
    /// `state`, `postalCode`, `phoneNumber`: against the form's country.
    Subdivision,
    Postal,
    Phone,
    EmailAddress,
    Ipv4,
    Pairs,
    Eci,
    Status,
    ProtocolVersion,
    /// The same amount as another field (`threedsAmount` and `initialPrice`).
    SameAmountAs(Field),
}

/// A widget method's arguments after `authToken` (which every method takes first and no rule
/// reads), from the version `since` on, until a later signature of the same method replaces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Signature {
    pub(crate) since: WidgetVersion,
    pub(crate) arguments: &'static [Field],
}

/// One row of a call's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) field: Field,
    pub(crate) presence: Presence,
    pub(crate) rule: Rule,
}

/// A row, written short in the tables.
pub(crate) const fn row(field: Field, presence: Presence, rule: Rule) -> Row {
    Row { field, presence, rule }
}

/// What a rule may read besides the value: the rest of the input, the clock, and what several
/// rules derive from the input, derived once per call.
pub(crate) struct Context<'a> {
    input: &'a Input,
    now_ms: f64,
    /// The card number's brand: the card's rule and the security code's both need it.
    brand: OnceCell<Option<Brand>>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(input: &'a Input, now_ms: f64) -> Self {
        Context { input, now_ms, brand: OnceCell::new() }
    }

    fn get(&self, field: Field) -> &'a Value {
        self.input.get(field)
    }

    fn card_brand(&self) -> Option<Brand> {
        *self.brand.get_or_init(|| card::brand_of(self.get(Field::CardNumber)))
    }
}

impl Rule {
    pub(crate) fn check(self, v: &Value, cx: &Context<'_>) -> Check {
        match self {
            Rule::Unchecked => Ok(()),
            Rule::Text => text::any(v),
            Rule::Selector => match v {
                Value::Text(_) | Value::Other => Ok(()),
                _ => Err(Reason::NotAString),
            },
            Rule::Boolean => boolean::boolean(v),
            Rule::IntegerIn(min, max) => range::integer_in(v, min, max),
            Rule::IntegerFrom(min) => range::integer_from(v, min),
            Rule::Length(min, max) => text::length(v, min, max),
            Rule::Money(places) => range::amount(v, places),
            Rule::Pattern(p) => pattern::matches(v, p),
            Rule::Card => card::number(v, cx.card_brand()),
            Rule::Cvv => card::cvv(v, cx.card_brand()),
            Rule::Month => expiry::month(v),
            Rule::Year => expiry::year(v, cx.get(Field::ExpMonth), cx.now_ms),
            Rule::CountryCode => country::country(v),
            Rule::Currency => currency::currency_code(v),
            Rule::Subdivision => subdivision::subdivision(v, cx.get(Field::Country)),
            Rule::Postal => postal::postal_code(v, cx.get(Field::Country)),
            Rule::Phone => phone::phone(v, cx.get(Field::Country)),
            Rule::EmailAddress => email::email(v),
            Rule::Ipv4 => ip::ipv4(v),
            Rule::Pairs => charge::pass_through_info(v),
            Rule::Eci => charge::eci(v),
            Rule::Status => charge::status(v),
            Rule::ProtocolVersion => charge::major_version(v).map(drop),
            Rule::SameAmountAs(other) => match range::same_number(v, cx.get(other)) {
                Some(false) => Err(Reason::Mismatch { other }),
                Some(true) => Ok(()),
                // Not a number: say so; against an invalid other amount there is nothing to compare.
                None => range::amount(v, 2),
            },
        }
    }
}

impl Rule {
    /// The longest text this rule accepts (UTF-16 units, as a browser's `maxlength` counts), where
    /// the rule bounds it; `None` where it does not, or where the text typed is longer than what is
    /// read (a card number with its spaces).
    #[cfg(not(target_arch = "wasm32"))] // read by the facts' generator (src/facts.rs) only
    pub(crate) fn max_len(self) -> Option<usize> {
        let digits = |n: i64| n.unsigned_abs().checked_ilog10().map_or(1, |d| d as usize + 1);
        match self {
            Rule::Length(_, max) => Some(max),
            Rule::Month => Some(digits(expiry::MAX_MONTH)),
            Rule::Year => Some(digits(expiry::MAX_YEAR)),
            Rule::Cvv => Some(card::CVV_DIGITS.1),
            Rule::Postal => Some(postal::MAX_LEN),
            Rule::EmailAddress => Some(email::MAX_LEN),
            _ => None,
        }
    }

    /// The other field this rule reads besides the value, if any: a change there can change this
    /// field's result.
    #[cfg(not(target_arch = "wasm32"))] // read by the facts' generator (src/facts.rs) only
    pub(crate) fn reads(self) -> Option<Field> {
        match self {
            Rule::Cvv => Some(Field::CardNumber),
            Rule::Year => Some(Field::ExpMonth),
            Rule::Subdivision | Rule::Postal | Rule::Phone => Some(Field::Country),
            Rule::SameAmountAs(other) => Some(other),
            _ => None,
        }
    }
}

impl Presence {
    /// Whether some version requires the field while nothing else is present.
    #[cfg(not(target_arch = "wasm32"))] // read by the facts' generator (src/facts.rs) only
    pub(crate) fn requires(self) -> bool {
        match self {
            Presence::Required | Presence::RequiredSince(_) | Presence::Since(_, Need::Required) => true,
            Presence::UnlessPresent(_) => true,
            // `subscriptionId` is required, and a new card is the usual case.
            Presence::RequiredIfZero(_) => true,
            Presence::Optional | Presence::Since(_, Need::Optional) | Presence::ForThreedsVersion(_) => false,
        }
    }

    /// The other field whose presence decides this one's, if any.
    #[cfg(not(target_arch = "wasm32"))] // read by the facts' generator (src/facts.rs) only
    pub(crate) fn reads(self) -> Option<Field> {
        match self {
            Presence::UnlessPresent(other) | Presence::RequiredIfZero(other) => Some(other),
            Presence::ForThreedsVersion(_) => Some(Field::ThreedsVersion),
            _ => None,
        }
    }
}

/// The fields of `rows`, in their order: a call's field list, at compile time.
pub(crate) const fn fields_of<const N: usize>(rows: &[Row]) -> [Field; N] {
    let mut out = [Field::ClientAccnum; N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i].field;
        i += 1;
    }
    out
}

/// `a` and `b` (each in declaration order, with no field in both) as one table in declaration
/// order, at compile time: a call that reads another call's fields plus a few is written as that.
pub(crate) const fn merged<const N: usize>(a: &[Row], b: &[Row]) -> [Row; N] {
    let mut out = [row(Field::ClientAccnum, Presence::Optional, Rule::Text); N];
    let (mut i, mut j, mut k) = (0, 0, 0);
    while k < N {
        let take_a = j >= b.len() || (i < a.len() && (a[i].field as usize) < (b[j].field as usize));
        out[k] = if take_a { a[i] } else { b[j] };
        if take_a {
            i += 1;
        } else {
            j += 1;
        }
        k += 1;
    }
    out
}

/// `rows` without the rows of these fields (`N`: how many remain), at compile time.
pub(crate) const fn without<const N: usize>(rows: &[Row], fields: &[Field]) -> [Row; N] {
    let mut out = [row(Field::ClientAccnum, Presence::Optional, Rule::Text); N];
    let (mut i, mut k) = (0, 0);
    while i < rows.len() {
        let mut dropped = false;
        let mut f = 0;
        while f < fields.len() {
            dropped |= fields[f] as usize == rows[i].field as usize;
            f += 1;
        }
        if !dropped {
            out[k] = rows[i];
            k += 1;
        }
        i += 1;
    }
    out
}

/// `rows` with these fields' presence replaced, at compile time.
pub(crate) const fn with_presence<const N: usize>(rows: &[Row], changes: &[(Field, Presence)]) -> [Row; N] {
    let mut out = [row(Field::ClientAccnum, Presence::Optional, Rule::Text); N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i];
        let mut c = 0;
        while c < changes.len() {
            if changes[c].0 as usize == rows[i].field as usize {
                out[i].presence = changes[c].1;
            }
            c += 1;
        }
        i += 1;
    }
    out
}

/// The table's rows, the merchant account's first: shared by every widget call that takes it.
pub(crate) const MERCHANT_ACCOUNT: [Row; 2] = [
    row(Field::ClientAccnum, Presence::Required, Rule::IntegerIn(900_000, 999_999)),
    row(Field::ClientSubacc, Presence::Required, Rule::IntegerIn(0, 9_999)),
];

/// `currencyCode`: ISO 4217 numeric, as text or as a number.
pub(crate) const CURRENCY: Rule = Rule::Currency;
/// `paymentTokenId`: letters and digits.
pub(crate) const PAYMENT_TOKEN: Rule = Rule::Pattern(pattern::PAYMENT_TOKEN_ID);
/// `last4`: a card number's last four digits.
pub(crate) const LAST4: Rule = Rule::Pattern(pattern::LAST4);
