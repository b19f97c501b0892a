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

extern crate alloc;

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod boundary;
pub mod calls;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod facts;
mod input;
mod messages;
mod options;
mod rules;
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
