//! One file per rule. Pure Rust: no wasm imports here, so every rule runs and
//! is tested natively. A rule is `fn(..) -> Check`; absence and blankness are
//! decided before a rule runs (see `calls::Checker`).

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
pub(crate) mod pattern;
pub(crate) mod phone;
pub(crate) mod postal;
pub(crate) mod range;
pub(crate) mod reason;
pub(crate) mod subdivision;
pub(crate) mod text;

/// What a rule returns: `Ok` or the reason it failed.
pub(crate) type Check = Result<(), Reason>;
