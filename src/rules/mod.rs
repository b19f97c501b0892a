//! One file per rule, each run and tested natively. Two differ on wasm32:
//! `pattern`, where CCBill's patterns run on the page's own `RegExp` (natively on
//! the regex crate), so the module ships no regex engine; and `tables`, the
//! country-dependent tables, which the page loads after the module (natively
//! compiled in): until then the postal, subdivision and phone rules skip what
//! needs them. A rule
//! is `fn(..) -> Check`; absence and blankness are decided before a rule runs
//! (see `Call::findings`).

use reason::Reason;

pub(crate) mod boolean;
pub mod brand;
pub(crate) mod card;
pub(crate) mod charge;
pub(crate) mod country;
pub(crate) mod currency;
pub(crate) mod email;
pub(crate) mod expiry;
pub(crate) mod ip;
pub(crate) mod partial;
pub(crate) mod pattern;
pub(crate) mod phone;
pub(crate) mod postal;
pub(crate) mod range;
pub(crate) mod reason;
pub(crate) mod subdivision;
// Natively the blob is compiled in, and only the tests parse it: checking a blob is the page's job.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) mod tables;
pub(crate) mod text;

/// What a rule returns: `Ok` or the reason it failed.
pub(crate) type Check = Result<(), Reason>;
