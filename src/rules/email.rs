//! E-mail addresses: the WHATWG "valid e-mail address" (what browsers accept
//! in `<input type=email>`), at most 254 characters, local part at most 64.
//! Hand-written rather than a regex so both builds agree byte for byte.

use super::reason::Reason;
use super::text::{split, text};
use super::Check;
use crate::input::{js_trim, Value};

pub(crate) const MAX_LEN: usize = 254;
pub(crate) const MAX_LOCAL_LEN: usize = 64;

pub(crate) fn email(v: &Value) -> Check {
    let raw = text(v)?;
    let s = js_trim(&raw);
    if s.len() > MAX_LEN {
        // Every valid address is ASCII, so bytes are characters here.
        return if s.is_ascii() { Err(Reason::TooLong { max: MAX_LEN }) } else { Err(Reason::InvalidEmail) };
    }
    if is_email(s) {
        Ok(())
    } else {
        Err(Reason::InvalidEmail)
    }
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= MAX_LOCAL_LEN
        && local.bytes().all(is_local_byte)
        && split(domain, |b| b == b'.').all(is_label)
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b)
}

/// `[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?`
fn is_label(label: &str) -> bool {
    let b = label.as_bytes();
    match (b.first(), b.last()) {
        (Some(first), Some(last)) => {
            b.len() <= 63
                && first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whatwg_addresses() {
        for ok in ["a@b.co", "user@localhost", "first.last+tag@sub.example.org", "a..b@c", "x@1-2.io"] {
            assert_eq!(email(&Value::from(ok)), Ok(()), "{ok}");
        }
        for bad in ["a@", "@b.co", "a@b@c", "a@-b.co", "a@b-.co", "a@b..co", "a b@c.co", "ñ@b.co", "a@b.co."] {
            assert_eq!(email(&Value::from(bad)), Err(Reason::InvalidEmail), "{bad}");
        }
    }
}
