//! CCBill Advanced Widget field validation, before the widget talks to the
//! network.
//!
//! The same rules CCBill's widget applies to `createPaymentToken`,
//! `isScaRequired`, `isScaRequiredForPaymentToken`, `authenticateCustomer`,
//! `createPaymentToken3DS` and `authenticateCustomerAndCreatePaymentToken`, per
//! widget version ([`WidgetVersion`]),
//! as a pure Rust core (for backends and tests) and a WebAssembly module (for
//! the merchant's page, through the `ccbill-validate` npm package).
//!
//! Two principles decide every rule: never reject what CCBill accepts, and
//! never return card data (the card number is masked, the CVV dropped).
//!
//! ```
//! use ccbill_validate::{Call, Code, Field, Input, Locale, Options};
//!
//! let input = Input::new()
//!     .with(Field::ClientAccnum, 900000)
//!     .with(Field::ClientSubacc, 0)
//!     .with(Field::NameOnCard, "Ana Pérez")
//!     .with(Field::CardNumber, "4111 1111 1111 1112")
//!     .with(Field::Email, "ana@example.es");
//! let options = Options::new().locale(Locale::Es);
//! let found = Call::IsScaRequired.validate(&input, &options);
//! assert_eq!(found[0].code(), Code::Luhn);
//! assert_eq!(found[0].message(), "cardNumber.El número de tarjeta no es válido, revise los dígitos");
//! assert_eq!(found[1].code(), Code::Required); // currencyCode
//! ```

// The module is `no_std` + `alloc`: std's panic machinery formats its message, which brings
// `core::fmt` into the module (src/runtime.rs). Natively, and in every test build, std stays.
#![cfg_attr(all(target_arch = "wasm32", not(test)), no_std)]

extern crate alloc;
// The wasm tests link std (their runner needs it), and with it std's panic handler and allocator.
#[cfg(all(target_arch = "wasm32", not(test), not(feature = "runtime")))]
extern crate std;

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod boundary;
pub mod calls;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod facts;
mod input;
mod local;
mod messages;
mod num;
mod options;
mod rules;
#[cfg(all(target_arch = "wasm32", feature = "runtime"))]
mod runtime;
mod violation;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use calls::Call;
pub use input::{Field, Input, Value, READ_LIMIT};
pub use options::{Locale, Options, WidgetVersion};
pub use rules::brand::Brand;
pub use rules::card::{card_brand, mask_card_number};
pub use rules::reason::{Code, Param};
pub use violation::Violation;

/// The README's `rust` blocks, run as doctests: a snippet that stops compiling fails `cargo test`.
#[cfg(all(doctest, not(target_arch = "wasm32")))]
#[doc = include_str!("../README.md")]
struct ReadmeSnippets;
