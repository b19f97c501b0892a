//! Text fields: what counts as text, and lengths as JavaScript counts them.

use std::borrow::Cow;

use super::Check;
use crate::input::{js_len, Value};
use crate::violation::Reason;

/// The value as text. Numbers and booleans are accepted the way JavaScript
/// would turn them into strings; objects are not text.
pub(crate) fn text(v: &Value) -> Result<Cow<'_, str>, Reason> {
    match v {
        Value::Text(s) => Ok(Cow::Borrowed(s)),
        Value::Number(n) => Ok(Cow::Owned(number_text(*n))),
        Value::Bool(b) => Ok(Cow::Borrowed(if *b { "true" } else { "false" })),
        Value::Absent | Value::Other => Err(Reason::NotAString),
    }
}

/// `String(n)` for the numbers a form field can hold. Whole numbers print
/// without a fraction (`-0` as `0`), as JavaScript prints them.
pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e18 {
        // Exact: a whole f64 below 1e18 fits an i64.
        (n as i64).to_string()
    } else {
        n.to_string()
    }
}

/// Text of `min..=max` UTF-16 code units.
pub(crate) fn length(v: &Value, min: usize, max: usize) -> Check {
    let len = js_len(&text(v)?);
    if len < min {
        Err(Reason::TooShort { min })
    } else if len > max {
        Err(Reason::TooLong { max })
    } else {
        Ok(())
    }
}

/// Any text; the only failure is a value that is not text.
pub(crate) fn any(v: &Value) -> Check {
    text(v).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        assert_eq!(number_text(94043.0), "94043");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(0.5), "0.5");
    }

    #[test]
    fn lengths_count_utf16_units() {
        let v = Value::from("😀".repeat(23)); // 46 units, 23 chars
        assert_eq!(length(&v, 2, 45), Err(Reason::TooLong { max: 45 }));
        assert_eq!(length(&Value::from("Zoë"), 2, 45), Ok(()));
        assert_eq!(length(&Value::from("A"), 2, 45), Err(Reason::TooShort { min: 2 }));
    }
}
