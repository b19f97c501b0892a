//! Patterns, written once as the regex text CCBill documents.
//!
//! This is the only place that knows there are two engines. Natively a
//! pattern runs on the `regex` crate, ASCII-only (`\d` is `[0-9]`, as in
//! JavaScript); on wasm32 it runs on the browser's own `RegExp`, so the module
//! ships no regex engine. Each pattern compiles once per thread, on first use,
//! and the same vectors test both engines.

use std::cell::OnceCell;
use std::thread::LocalKey;

use super::text::text;
use super::Check;
use crate::input::Value;
use crate::violation::Reason;

#[cfg(not(target_arch = "wasm32"))]
type Engine = regex::Regex;
#[cfg(target_arch = "wasm32")]
type Engine = js_sys::RegExp;

type Slot = LocalKey<OnceCell<Option<Engine>>>;

pub(crate) struct Pattern {
    source: &'static str,
    engine: &'static Slot,
}

macro_rules! patterns {
    ($($(#[$doc:meta])* $name:ident = $source:literal;)+) => {
        $(
            $(#[$doc])*
            pub(crate) static $name: Pattern = Pattern {
                source: $source,
                engine: {
                    thread_local! {
                        static SLOT: OnceCell<Option<Engine>> = const { OnceCell::new() };
                    }
                    &SLOT
                },
            };
        )+
        #[cfg(test)]
        pub(crate) static ALL: &[&Pattern] = &[$(&$name),+];
    };
}

patterns! {
    /// CCBill: `currencyCode` "tiene que coincidir con la expresión regular ^\d{3}$".
    CURRENCY_CODE = r"^\d{3}$";
    /// CCBill: `paymentTokenId` "debe coincidir con la expresión regular ^[a-zA-Z0-9]+$".
    PAYMENT_TOKEN_ID = r"^[a-zA-Z0-9]+$";
}

impl Pattern {
    #[cfg(test)]
    pub(crate) fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `s` matches. A pattern that fails to compile (a bug that the
    /// tests catch) matches everything: never reject what CCBill accepts.
    pub(crate) fn is_match(&self, s: &str) -> bool {
        self.engine
            .try_with(|slot| {
                slot.get_or_init(|| compile(self.source))
                    .as_ref()
                    .is_none_or(|e| run(e, s))
            })
            .unwrap_or(true)
    }

    #[cfg(test)]
    pub(crate) fn compiles(&self) -> bool {
        compile(self.source).is_some()
    }
}

/// The value, as text, matches the pattern as a whole (the raw value: the
/// documented patterns are anchored and CCBill applies them as they are).
pub(crate) fn matches(v: &Value, pattern: &Pattern) -> Check {
    if pattern.is_match(&text(v)?) {
        Ok(())
    } else {
        Err(Reason::Pattern)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn compile(source: &str) -> Option<Engine> {
    regex::RegexBuilder::new(source).unicode(false).build().ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn run(engine: &Engine, s: &str) -> bool {
    engine.is_match(s)
}

#[cfg(target_arch = "wasm32")]
fn compile(source: &str) -> Option<Engine> {
    // No flags: without `g` a RegExp keeps no state between `test` calls.
    Some(js_sys::RegExp::new(source, ""))
}

#[cfg(target_arch = "wasm32")]
fn run(engine: &Engine, s: &str) -> bool {
    engine.test(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for p in ALL {
            assert!(p.compiles(), "{}", p.source());
        }
    }

    #[test]
    fn digits_are_ascii_as_in_javascript() {
        assert!(CURRENCY_CODE.is_match("840"));
        assert!(!CURRENCY_CODE.is_match("８４０"));
        assert!(!CURRENCY_CODE.is_match("٨٤٠"));
        assert!(!CURRENCY_CODE.is_match("840\n"));
        assert!(!PAYMENT_TOKEN_ID.is_match("ñ"));
    }
}
