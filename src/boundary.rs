//! The grammar of the string `src/boundary.js` `readFields` hands the module: per field, in the
//! call's field order, one entry:
//!
//! ```text
//! entry = "t" units ":" text   ; a string of `units` UTF-16 code units (cut at READ_LIMIT + 1)
//!       | "y" | "n"            ; true, false
//!       | "#"                  ; a number, read exactly from the raw value
//!       | "l"                  ; an array (passThroughInfo), read item by item from the raw value
//!       | "a"                  ; undefined or null
//!       | "o"                  ; anything else, or a property whose getter threw
//! ```
//!
//! Pure Rust, so the decoding and its failures are tested natively; `src/wasm.rs` reads the raw
//! values the entries point to. A string that does not parse is a bug of ours, never an input.

/// One field's entry.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Entry<'a> {
    Text(&'a str),
    Bool(bool),
    Number,
    List,
    Absent,
    Other,
}

/// The first entry of `s` and the rest; `None` when `s` does not start with a whole entry.
pub(crate) fn next(s: &str) -> Option<(Entry<'_>, &str)> {
    let kind = s.as_bytes().first()?;
    let rest = s.get(1..)?;
    let entry = match kind {
        b't' => return text(rest).map(|(t, rest)| (Entry::Text(t), rest)),
        b'y' => Entry::Bool(true),
        b'n' => Entry::Bool(false),
        b'#' => Entry::Number,
        b'l' => Entry::List,
        b'a' => Entry::Absent,
        b'o' => Entry::Other,
        _ => return None,
    };
    Some((entry, rest))
}

/// Splits `<UTF-16 units>:<text><rest>` into the text and the rest, in one pass over the text.
fn text(s: &str) -> Option<(&str, &str)> {
    let (units, body) = s.split_once(':')?;
    if units.is_empty() || !units.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let units: usize = units.parse().ok()?;
    let mut taken = 0;
    let mut end = body.len();
    for (at, c) in body.char_indices() {
        if taken >= units {
            end = at;
            break;
        }
        taken += c.len_utf16();
    }
    if taken != units {
        return None;
    }
    Some((body.get(..end)?, body.get(end..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(mut s: &str) -> Option<Vec<Entry<'_>>> {
        let mut out = Vec::new();
        while !s.is_empty() {
            let (entry, rest) = next(s)?;
            out.push(entry);
            s = rest;
        }
        Some(out)
    }

    #[test]
    fn entries() {
        use Entry::*;
        let got = all("t3:abcyn#laot0:t2:😀t4:a:b:");
        assert_eq!(
            got,
            Some(vec![
                Text("abc"),
                Bool(true),
                Bool(false),
                Number,
                List,
                Absent,
                Other,
                Text(""),
                Text("😀"),
                Text("a:b:")
            ])
        );
    }

    #[test]
    fn malformed_strings_fail_instead_of_reading_as_absent() {
        for bad in ["x", "t", "t3", "t3:ab", "t:ab", "t-1:a", "t+1:a", "t1:😀", "T1:a", "t99999999999999999999999:a"]
        {
            assert_eq!(all(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn what_javascript_encodes_decodes() {
        // The encoder's side, written as boundary.js writes it: kind, then `${s.length}:${s}`.
        let encode = |s: &str| format!("t{}:{s}", s.encode_utf16().count());
        for s in ["", "4111 1111 1111 1111", "Zoë", "李小龍", "😀😀", ":", "t3:x", "\u{1}", "a\u{FFFD}b"] {
            let encoded = format!("{}y", encode(s));
            assert_eq!(all(&encoded), Some(vec![Entry::Text(s), Entry::Bool(true)]), "{s:?}");
        }
    }
}
