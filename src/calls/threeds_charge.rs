//! The backend's charge after 3-D Secure:
//! `POST /transactions/payment-tokens/threeds/{paymentTokenId}`, the charge
//! body plus the authentication's results. Which results are required
//! depends on the protocol version.

use super::{charge as plain, Call, Checker};
use crate::input::{Field, Input};
use crate::options::Options;
use crate::rules::{boolean::boolean, charge, range, text};
use crate::violation::{Reason, Violation};

/// Every violation of a 3DS charge body (with `paymentTokenId`), in field order.
pub fn validate(input: &Input, options: &Options) -> Vec<Violation> {
    Call::ThreedsCharge.validate(input, options)
}

/// What each major version requires to be non-blank.
const VERSION_1: [Field; 3] = [Field::ThreedsXid, Field::ThreedsCavv, Field::ThreedsCavvAlgorithm];
const VERSION_2: [Field; 3] = [Field::ThreedsDsTransId, Field::ThreedsAcsTransId, Field::ThreedsAuthenticationValue];

pub(crate) fn check(c: &mut Checker) {
    plain::check(c);
    let version = c.value(Field::ThreedsVersion);
    let major = charge::major_version(version).ok();
    let has_error = c.is_present(Field::ThreedsError);
    let initial_price = c.value(Field::InitialPrice);

    // CCBill only needs the first 16 characters; longer is an error there.
    c.required(Field::ThreedsCardToken, |v| text::length(v, 0, 16));
    c.required(Field::ThreedsEci, charge::eci);
    c.required(Field::ThreedsStatus, charge::status);
    // The version may be absent only when the provider reported an error.
    c.field(Field::ThreedsVersion, if has_error { Optional } else { Required }, |v| charge::major_version(v).map(drop));
    for (fields, version) in [(VERSION_1, 1), (VERSION_2, 2)] {
        for field in fields {
            c.required_if(field, major == Some(version), Reason::RequiredForVersion { major: version });
        }
    }
    c.required(Field::ThreedsClientTransactionId, |v| text::length(v, 0, 36));
    c.required(Field::ThreedsSuccess, boolean);
    c.optional(Field::ThreedsAmount, |v| match range::same_number(v, initial_price) {
        Some(false) => Err(Reason::Mismatch { other: Field::InitialPrice }),
        Some(true) => Ok(()),
        // Not a number: say so; against an invalid initialPrice there is nothing to compare.
        None => range::amount(v, 2),
    });
}

use super::Presence::{Optional, Required};
