//! How a caller tunes a validation: the message language, the clock, and the
//! widget version whose rules apply.

use crate::rules::text::split;

/// The language of the messages: the fifteen CCBill's own forms speak. Each
/// one's wording comes from `locales/<tag>.json`; all but English and Spanish
/// await review by native speakers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    #[default]
    En,
    Es,
    Fr,
    De,
    It,
    Ja,
    Ko,
    /// Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`).
    ZhHant,
    /// Simplified Chinese (`zh-Hans`, `zh-CN`, `zh`).
    ZhHans,
    /// Portuguese, as in Brazil (`pt-BR`, `pt`).
    PtBr,
    Hi,
    Sv,
    Da,
    /// Norwegian Bokmål (`no`, `nb`, `nn`).
    No,
    Nl,
}

impl Locale {
    /// Every locale, in declaration order (the generated catalogs' order).
    pub const ALL: &'static [Locale] = &[
        Locale::En,
        Locale::Es,
        Locale::Fr,
        Locale::De,
        Locale::It,
        Locale::Ja,
        Locale::Ko,
        Locale::ZhHant,
        Locale::ZhHans,
        Locale::PtBr,
        Locale::Hi,
        Locale::Sv,
        Locale::Da,
        Locale::No,
        Locale::Nl,
    ];

    /// Reads a language tag leniently: `"es"`, `"es-MX"`, `"ES_ar"` are
    /// Spanish, `"zh-TW"` Traditional Chinese, `"nb"` Norwegian; an unknown
    /// language is English. Lenient on purpose: merchants pass `<html lang>`
    /// straight through, and a validator that throws on `"fr-CA"` would break
    /// the checkout.
    pub fn from_tag(tag: &str) -> Locale {
        let mut parts = split(tag, |b| b == b'-' || b == b'_');
        let lang = parts.next().unwrap_or_default().to_ascii_lowercase();
        let traditional = parts.any(|p| ["hant", "tw", "hk", "mo"].iter().any(|t| p.eq_ignore_ascii_case(t)));
        match lang.as_str() {
            "zh" if traditional => Locale::ZhHant,
            "zh" => Locale::ZhHans,
            "pt" => Locale::PtBr,
            "nb" | "nn" => Locale::No,
            lang => Locale::ALL.iter().copied().find(|l| l.tag().eq_ignore_ascii_case(lang)).unwrap_or_default(),
        }
    }

    /// The locale's tag, as its catalog is named: `"en"`, `"pt-BR"`, `"zh-Hant"`.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::It => "it",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
            Locale::ZhHant => "zh-Hant",
            Locale::ZhHans => "zh-Hans",
            Locale::PtBr => "pt-BR",
            Locale::Hi => "hi",
            Locale::Sv => "sv",
            Locale::Da => "da",
            Locale::No => "no",
            Locale::Nl => "nl",
        }
    }
}

/// The widget version whose rules apply: CCBill's guide changed what each
/// call reads and requires. Versions with the same rules share a variant.
/// With no version given ([`Options::new`]), a call rejects only what every
/// version rejects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WidgetVersion {
    /// v1 (2021–2022): `isScaRequired` and `isScaRequiredForPaymentToken`
    /// take the currency as an argument.
    V1,
    /// v1.2.x: the currency moves into the form.
    V1_2,
    /// v1.3 to v1.12: `isScaRequired` also reads `nameOnCard`, `email`,
    /// `amount`; `authenticateCustomer` takes the account arguments.
    V1_3,
    /// v1.13 and later: `createPaymentToken3DS`,
    /// `authenticateCustomerAndCreatePaymentToken`, `address3`; `cvv2` and
    /// `nameOnCard` are required.
    V1_13,
}

impl WidgetVersion {
    /// Every version, oldest first.
    pub const ALL: &'static [WidgetVersion] =
        &[WidgetVersion::V1, WidgetVersion::V1_2, WidgetVersion::V1_3, WidgetVersion::V1_13];

    /// Reads `"1.13.1"`, `"v1.2.2"`, `"1"`: the version in the widget
    /// script's URL (`js.ccbill.com/v1.13.1/...`). A version newer than
    /// any we know gets the newest rules; `None` for anything else.
    pub fn parse(text: &str) -> Option<WidgetVersion> {
        let text = text.trim();
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        let mut parts = split(text, |b| b == b'.');
        let number = |part: Option<&str>| -> Option<u32> {
            match part {
                None => Some(0),
                Some(p) if !p.is_empty() && p.len() <= 6 && p.bytes().all(|b| b.is_ascii_digit()) => p.parse().ok(),
                Some(_) => None,
            }
        };
        let major = number(parts.next())?;
        let minor = number(parts.next())?;
        // Patch and anything after it never change the rules, but must be numbers.
        for part in parts {
            number(Some(part))?;
        }
        match (major, minor) {
            (0, _) => None,
            (1, 0..=1) => Some(WidgetVersion::V1),
            (1, 2) => Some(WidgetVersion::V1_2),
            (1, 3..=12) => Some(WidgetVersion::V1_3),
            _ => Some(WidgetVersion::V1_13),
        }
    }

    /// The oldest version with these rules, e.g. `"1.3"`.
    pub const fn name(self) -> &'static str {
        match self {
            WidgetVersion::V1 => "1",
            WidgetVersion::V1_2 => "1.2",
            WidgetVersion::V1_3 => "1.3",
            WidgetVersion::V1_13 => "1.13",
        }
    }
}

/// Options for a validation: `{ locale?: "en" | "es", now?: Date | string, version?: string }` in JS.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub(crate) locale: Locale,
    /// Milliseconds since the Unix epoch, as JavaScript's `Date` counts them.
    pub(crate) now_ms: f64,
    /// `None`: unknown, and nothing that any version accepts is rejected.
    pub(crate) version: Option<WidgetVersion>,
}

impl Options {
    /// English messages; the expiry check uses the system clock (natively) or
    /// `Date.now()` (in wasm, where the wasm layer sets it); the widget version
    /// unknown, so only what every version rejects is rejected.
    pub fn new() -> Self {
        Options { locale: Locale::En, now_ms: system_now_ms(), version: None }
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

    /// The same options under the rules of widget `version` exactly. Without
    /// it the version is unknown: a field is required only where every version
    /// requires it, and read only where every version reads it.
    #[must_use]
    pub fn version(mut self, version: WidgetVersion) -> Self {
        self.version = Some(version);
        self
    }

    /// The widget version whose rules apply, or `None` when unknown.
    pub fn get_version(&self) -> Option<WidgetVersion> {
        self.version
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

#[cfg(test)]
mod tests {
    use super::{Locale, WidgetVersion};

    /// A shared vector file's `[text, expected]` cases: the page layer runs the same files
    /// (tests/js/locales.test.mjs, tests/js/versions.test.mjs).
    fn cases(json: &str) -> Vec<(String, Option<String>)> {
        let file: serde_json::Value = serde_json::from_str(json).expect("a vector file");
        let cases = file["cases"].as_array().expect("cases");
        cases.iter().map(|c| (c[0].as_str().expect("text").to_owned(), c[1].as_str().map(str::to_owned))).collect()
    }

    #[test]
    fn language_tags_read_as_the_page_reads_them() {
        for (tag, want) in cases(include_str!("../tests/vectors/tags.json")) {
            assert_eq!(Some(Locale::from_tag(&tag).tag()), want.as_deref(), "{tag:?}");
        }
    }

    #[test]
    fn versions_from_script_urls_and_options() {
        for (text, want) in cases(include_str!("../tests/vectors/versions.json")) {
            assert_eq!(WidgetVersion::parse(&text).map(WidgetVersion::name), want.as_deref(), "{text:?}");
        }
        for v in WidgetVersion::ALL {
            assert_eq!(WidgetVersion::parse(v.name()), Some(*v));
        }
    }
}
