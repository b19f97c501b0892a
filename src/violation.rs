//! The violation a validator reports natively: a finding, worded in the
//! caller's language, with the input it was found in (card data masked).

use alloc::sync::Arc;
use core::fmt;

use crate::input::{path_in, Field, Input};
use crate::messages;
use crate::options::Locale;
use crate::rules::reason::{Code, Finding, Param};
use alloc::string::String;
use alloc::vec::Vec;

/// One failed rule, shaped like the violations CCBill's widget throws:
/// `{ target, message, propertyName }`, plus a stable `code`.
///
/// ```
/// use ccbill_validate::{Call, Code, Field, Input, Options};
/// let input = Input::new().with(Field::ClientAccnum, "899999");
/// let found = Call::CreatePaymentToken.validate(&input, &Options::new());
/// assert_eq!(found[0].property_name(), "clientAccnum");
/// assert_eq!(found[0].code(), Code::OutOfRange);
/// assert_eq!(found[0].message(), "clientAccnum.Merchant account number must be between 900000 and 999999");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    /// The call's names for its fields where they differ from the fields' own (a nested body's).
    paths: &'static [(Field, &'static str)],
    finding: Finding,
    message: String,
    target: Arc<Input>,
}

impl Violation {
    pub(crate) fn new(
        paths: &'static [(Field, &'static str)],
        finding: Finding,
        locale: Locale,
        target: Arc<Input>,
    ) -> Self {
        Violation { message: messages::message(path_in(paths, finding.field), finding, locale), paths, finding, target }
    }

    /// CCBill's name for the field in the call's input, e.g. `"cardNumber"`; a path through the
    /// body in the token bodies, e.g. `"customerInfo.zipcode"` (see [`crate::Call::path`]).
    pub fn property_name(&self) -> &'static str {
        path_in(self.paths, self.finding.field)
    }

    /// The field.
    pub fn field(&self) -> Field {
        self.finding.field
    }

    /// The stable machine code.
    pub fn code(&self) -> Code {
        self.finding.reason.code()
    }

    /// The values the message shows, by key in a fixed order: the `params` the
    /// npm package's violations carry (`[("min", Int(900000)), ("max", Int(999999))]`).
    ///
    /// ```
    /// use ccbill_validate::{Call, Field, Input, Options, Param};
    /// let input = Input::new().with(Field::ClientAccnum, "899999");
    /// let found = Call::CreatePaymentToken.validate(&input, &Options::new());
    /// assert_eq!(found[0].params(), vec![("min", Param::Int(900000)), ("max", Param::Int(999999))]);
    /// ```
    pub fn params(&self) -> Vec<(&'static str, Param<'_>)> {
        let mut out = Vec::new();
        self.finding.reason.params(|key, value| out.push((key, value)));
        out
    }

    /// `"<propertyName>.<text>"`; `<text>` never holds a period.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The validated input, with `cardNumber` masked and `cvv2` removed.
    pub fn target(&self) -> &Input {
        &self.target
    }

    /// The target as JSON, shaped as the call's input: each field under its name in the call
    /// ([`crate::Call::path`]), nested where the name is a path, as the npm package gives it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn target_json(&self) -> serde_json::Value {
        self.target.to_json_at(|f| path_in(self.paths, f))
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
