//! The customer's IP address: dotted-quad IPv4, each part 0–255 without
//! leading zeros (a leading zero means octal to some parsers).

use super::reason::Reason;
use super::text::{split, text};
use super::Check;
use crate::input::{js_trim, Value};

pub(crate) fn ipv4(v: &Value) -> Check {
    let raw = text(v)?;
    if is_ipv4(js_trim(&raw)) {
        Ok(())
    } else {
        Err(Reason::InvalidIpv4)
    }
}

fn is_ipv4(s: &str) -> bool {
    let mut parts = 0;
    for part in split(s, |b| b == b'.') {
        parts += 1;
        let ok = match part.as_bytes() {
            [b'0'] => true,
            [b'1'..=b'9', rest @ ..] if rest.len() <= 2 && rest.iter().all(u8::is_ascii_digit) => {
                part.parse::<u16>().is_ok_and(|n| n <= 255)
            }
            _ => false,
        };
        if !ok || parts > 4 {
            return false;
        }
    }
    parts == 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_quads() {
        for ok in ["0.0.0.0", "1.2.3.4", "255.255.255.255", "192.168.0.10"] {
            assert!(is_ipv4(ok), "{ok}");
        }
        for bad in ["256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1..3.4", "a.b.c.d", "::1", "1.2.3.4 ", "+1.2.3.4"] {
            assert!(!is_ipv4(bad), "{bad}");
        }
    }
}
