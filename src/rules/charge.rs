//! Rules particular to the backend's charge bodies: `passThroughInfo` and the
//! 3-D Secure results.

use super::reason::Reason;
use super::text::{split, text};
use super::Check;
use crate::input::{js_len, js_trim, Value};

/// `[{ "name": .., "value": .. }, ..]`, both text (numbers pass as their text).
pub(crate) fn pass_through_info(v: &Value) -> Check {
    let is_text = |v: &Value| matches!(v, Value::Text(_) | Value::Number(_));
    let Value::List(items) = v else { return Err(Reason::InvalidPassThroughInfo) };
    let pair = |item: &Value| match item {
        Value::Map(entries) => ["name", "value"].iter().all(|key| entries.iter().any(|(k, v)| k == key && is_text(v))),
        _ => false,
    };
    if items.iter().all(pair) {
        Ok(())
    } else {
        Err(Reason::InvalidPassThroughInfo)
    }
}

/// An Electronic Commerce Indicator: 0, 1, 2, 5, 6 or 7, as `"5"` or `"05"`.
pub(crate) fn eci(v: &Value) -> Check {
    let raw = text(v)?;
    match js_trim(&raw).as_bytes() {
        [b'0'..=b'2' | b'5'..=b'7'] | [b'0', b'0'..=b'2' | b'5'..=b'7'] => Ok(()),
        _ => Err(Reason::Pattern),
    }
}

/// One character (`Y`, `N`, `A`, ...).
pub(crate) fn status(v: &Value) -> Check {
    let raw = text(v)?;
    if js_len(js_trim(&raw)) == 1 {
        Ok(())
    } else {
        Err(Reason::TooLong { max: 1 })
    }
}

/// The protocol's major version, 1 or 2 (`"1.0.2"`, `"2.1.0"`, `"2.2.0"`).
pub(crate) fn major_version(v: &Value) -> Result<u8, Reason> {
    let raw = text(v)?;
    let s = js_trim(&raw);
    let (major, rest) = s.split_once('.').unwrap_or((s, ""));
    let numeric =
        !rest.is_empty() && split(rest, |b| b == b'.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    match major {
        "1" if numeric => Ok(1),
        "2" if numeric => Ok(2),
        _ => Err(Reason::Pattern),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threeds_values() {
        for ok in ["0", "00", "05", "5", "7", "02"] {
            assert_eq!(eci(&Value::from(ok)), Ok(()), "{ok}");
        }
        for bad in ["3", "04", "005", "8", "", "ab"] {
            assert_eq!(eci(&Value::from(bad)), Err(Reason::Pattern), "{bad}");
        }
        assert_eq!(eci(&Value::from(5)), Ok(()));
        assert_eq!(major_version(&Value::from("1.0.2")), Ok(1));
        assert_eq!(major_version(&Value::from("2.2.0")), Ok(2));
        for bad in ["3.0.0", "2", "2.", "2.x", "v2.1.0"] {
            assert_eq!(major_version(&Value::from(bad)), Err(Reason::Pattern), "{bad}");
        }
        assert_eq!(status(&Value::from("YY")), Err(Reason::TooLong { max: 1 }));
    }

    #[test]
    fn pass_through_pairs() {
        let pair = |n: Value, v: Value| Value::Map(vec![("name".into(), n), ("value".into(), v)]);
        assert_eq!(pass_through_info(&Value::List(vec![pair("a".into(), "b".into())])), Ok(()));
        assert_eq!(pass_through_info(&Value::List(vec![])), Ok(()));
        assert_eq!(
            pass_through_info(&Value::List(vec![pair("a".into(), Value::Absent)])),
            Err(Reason::InvalidPassThroughInfo)
        );
        assert_eq!(pass_through_info(&Value::from("a=b")), Err(Reason::InvalidPassThroughInfo));
    }
}
