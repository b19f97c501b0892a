//! Patterns, written once as the regex text their source documents.
//!
//! This is the only place that knows there are two engines. Natively a
//! pattern runs on the `regex` crate, ASCII-only (`\d` is `[0-9]`, as in
//! JavaScript); on wasm32 it runs on the browser's own `RegExp`, so the module
//! ships no regex engine. A pattern always matches the whole value, compiles
//! on first use, once per thread, and the same vectors test both engines.

use crate::local::local;
use core::cell::RefCell;

use super::reason::Reason;
use super::text::text;
use super::Check;
use crate::input::Value;
use alloc::string::String;
use alloc::vec::Vec;

/// CCBill: `currencyCode` "tiene que coincidir con la expresión regular ^\d{3}$".
pub(crate) const CURRENCY_CODE: Pattern = Pattern::exact(r"^\d{3}$");
/// CCBill: `paymentTokenId` "debe coincidir con la expresión regular ^[a-zA-Z0-9]+$".
pub(crate) const PAYMENT_TOKEN_ID: Pattern = Pattern::exact(r"^[a-zA-Z0-9]+$");
/// CCBill's yaml: `last4` is "the last 4 digits of the credit card number".
pub(crate) const LAST4: Pattern = Pattern::exact(r"^\d{4}$");

#[cfg(not(target_arch = "wasm32"))]
type Engine = regex::Regex;
#[cfg(target_arch = "wasm32")]
type Engine = js_sys::RegExp;

/// A regex text and how to apply it. Always used whole: `^(?:…)$`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pattern {
    source: &'static str,
    case_insensitive: bool,
}

impl Pattern {
    /// A pattern as written (CCBill's are anchored already).
    pub(crate) const fn exact(source: &'static str) -> Self {
        Pattern { source, case_insensitive: false }
    }

    /// A pattern matched whole and case-insensitively, as Google's address
    /// code matches postal-code patterns.
    pub(crate) const fn whole_ignoring_case(source: &'static str) -> Self {
        Pattern { source, case_insensitive: true }
    }

    /// Whether `s` matches. A pattern that fails to compile (a bug that the
    /// tests catch) matches everything: never reject what CCBill accepts.
    pub(crate) fn is_match(self, s: &str) -> bool {
        CACHE.with(|cache| {
            // Never borrowed twice: nothing below calls back into `is_match`.
            let Ok(mut cache) = cache.try_borrow_mut() else { return true };
            // Few patterns are live on one page (at most 124 exist): a linear scan is enough.
            let i = match cache.iter().position(|c| c.pattern == self) {
                Some(i) => i,
                None => {
                    cache.push(Compiled { pattern: self, engine: compile(self), last: None });
                    cache.len() - 1
                }
            };
            let Some(Compiled { engine: Some(engine), last, .. }) = cache.get_mut(i) else { return true };
            // The same text again (a merchant's one currency, a form checked field by field):
            // the answer is the last one, with no crossing out of the module on wasm32. Sound, as
            // a match depends on the text alone (no `g` flag: a RegExp keeps no state).
            if let Some((_, matched)) = last.as_ref().filter(|(text, _)| text == s) {
                return *matched;
            }
            let matched = run(engine, s);
            let (text, answer) = last.get_or_insert_with(Default::default);
            text.clear();
            text.push_str(s);
            *answer = matched;
            matched
        })
    }

    #[cfg(test)]
    pub(crate) fn compiles(self) -> bool {
        compile(self).is_some()
    }
}

/// A pattern as compiled on first use, with the last text it ran on and its answer.
struct Compiled {
    pattern: Pattern,
    engine: Option<Engine>,
    last: Option<(String, bool)>,
}

local! {
    static CACHE: RefCell<Vec<Compiled>> = RefCell::new(Vec::new());
}

/// The value, as text, matches the pattern (the raw value: CCBill's
/// documented patterns are anchored and CCBill applies them as they are).
pub(crate) fn matches(v: &Value, pattern: Pattern) -> Check {
    if pattern.is_match(&text(v)?) {
        Ok(())
    } else {
        Err(Reason::Pattern)
    }
}

/// The text an engine compiles: anchored as a whole, alternations included.
fn anchored(p: Pattern) -> String {
    // Pushed, not `format!`: no formatting code on the module's path.
    let mut out = String::with_capacity(p.source.len() + 6);
    out.push_str("^(?:");
    out.push_str(p.source);
    out.push_str(")$");
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn compile(p: Pattern) -> Option<Engine> {
    regex::RegexBuilder::new(&anchored(p)).unicode(false).case_insensitive(p.case_insensitive).build().ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn run(engine: &Engine, s: &str) -> bool {
    engine.is_match(s)
}

#[cfg(target_arch = "wasm32")]
fn compile(p: Pattern) -> Option<Engine> {
    // No `g` flag: a RegExp without it keeps no state between `test` calls.
    Some(js_sys::RegExp::new(&anchored(p), if p.case_insensitive { "i" } else { "" }))
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
        let tables = crate::rules::tables::get().expect("compiled in natively");
        let postal = (0..=254).map_while(|i| tables.postal_pattern(i)).map(Pattern::whole_ignoring_case);
        assert_eq!(postal.clone().count(), crate::rules::tables::POSTAL_PATTERNS);
        for p in [CURRENCY_CODE, PAYMENT_TOKEN_ID].into_iter().chain(postal) {
            assert!(p.compiles(), "{}", p.source);
        }
    }

    #[test]
    fn the_same_text_again_gets_the_same_answer() {
        // The last answer is kept per pattern: texts alternate, repeat, and cross patterns.
        let four = Pattern::exact(r"^\d{4}$");
        for (p, text, want) in [
            (CURRENCY_CODE, "840", true),
            (CURRENCY_CODE, "840", true),
            (four, "840", false),
            (CURRENCY_CODE, "84", false),
            (CURRENCY_CODE, "840", true),
            (four, "1234", true),
            (four, "1234", true),
            (four, "", false),
            (CURRENCY_CODE, "", false),
            (CURRENCY_CODE, "978", true),
        ] {
            assert_eq!(p.is_match(text), want, "{} on {text:?}", p.source);
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

    #[test]
    fn alternations_match_whole() {
        let p = Pattern::whole_ignoring_case("(948[5-9])|(949[0-7])");
        assert!(p.is_match("9485"));
        assert!(!p.is_match("19485"));
        assert!(!p.is_match("94851"));
        assert!(Pattern::whole_ignoring_case(r"[A-Z]\d").is_match("a1"));
        assert!(Pattern::whole_ignoring_case(r"(?:^|\b)\d{4}").is_match("1234"));
    }
}
