//! Optional flags such as `clearPaymentInfo`.

use super::reason::Reason;
use super::Check;
use crate::input::{js_trim, Value};

/// `true`/`false`, the strings `"true"`/`"false"` in any case, or 1/0 (CCBill's
/// API docs describe flags "with a value of 1").
pub(crate) fn boolean(v: &Value) -> Check {
    let ok = match v {
        Value::Bool(_) => true,
        Value::Number(n) => *n == 0.0 || *n == 1.0,
        Value::Text(s) => {
            let s = js_trim(s);
            ["true", "false", "1", "0"].iter().any(|w| s.eq_ignore_ascii_case(w))
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Reason::NotABoolean)
    }
}
