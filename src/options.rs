//! How a caller tunes a validation: the message language and the clock.

/// The language of the messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    #[default]
    En,
    Es,
}

impl Locale {
    /// Reads a language tag leniently: `"es"`, `"es-MX"`, `"ES_ar"` are
    /// Spanish; anything else, including an unknown language, is English.
    /// Lenient on purpose: merchants pass `<html lang>` straight through, and a
    /// validator that throws on `"fr-CA"` would break the checkout.
    pub fn from_tag(tag: &str) -> Locale {
        let lang = tag.split(['-', '_']).next().unwrap_or_default();
        if lang.eq_ignore_ascii_case("es") {
            Locale::Es
        } else {
            Locale::En
        }
    }

    /// The primary language subtag, `"en"` or `"es"`.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }
}

/// Options for a validation: `{ locale?: "en" | "es", now?: Date | string }` in JS.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub(crate) locale: Locale,
    /// Milliseconds since the Unix epoch, as JavaScript's `Date` counts them.
    pub(crate) now_ms: f64,
}

impl Options {
    /// English messages; the expiry check uses the system clock (natively) or
    /// `Date.now()` (in wasm, where the wasm layer sets it).
    pub fn new() -> Self {
        Options { locale: Locale::En, now_ms: system_now_ms() }
    }

    /// The same options with messages in `locale`.
    #[must_use]
    pub fn locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// The same options with "now" at `ms` milliseconds since the Unix epoch;
    /// it drives the expiry check, and tests fix it.
    #[must_use]
    pub fn now_unix_ms(mut self, ms: f64) -> Self {
        self.now_ms = ms;
        self
    }

    /// The locale the messages are in.
    pub fn get_locale(&self) -> Locale {
        self.locale
    }
}

impl Default for Options {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn system_now_ms() -> f64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64)
}

// wasm32-unknown-unknown has no clock (`SystemTime::now` panics there).
#[cfg(target_arch = "wasm32")]
fn system_now_ms() -> f64 {
    js_sys::Date::now()
}
