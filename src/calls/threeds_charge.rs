//! The backend's charge after 3-D Secure:
//! `POST /transactions/payment-tokens/threeds/{paymentTokenId}`, the charge
//! body plus the authentication's results. Which results are required
//! depends on the protocol version.

use super::charge;
use super::table::{fields_of, merged, row, Presence::*, Row, Rule::*};
use crate::input::{Field, Field::*};

/// The authentication's results. Which are required depends on the protocol version.
const RESULTS: &[Row] = &[
    // CCBill only needs the first 16 characters; longer is an error there.
    row(ThreedsCardToken, Required, Length(0, 16)),
    row(ThreedsEci, Required, Eci),
    // The guide lists the status and the version as required; the yaml does not (nor is the
    // version there when the provider reported an error): optional (principle 1), checked when sent.
    row(ThreedsStatus, Optional, Status),
    row(ThreedsVersion, Optional, ProtocolVersion),
    // The lengths are the yaml's `maxLength`s (the guide states none).
    row(ThreedsXid, ForThreedsVersion(1), Length(0, 50)),
    row(ThreedsCavv, ForThreedsVersion(1), Length(0, 1024)),
    row(ThreedsCavvAlgorithm, ForThreedsVersion(1), Length(0, 28)),
    row(ThreedsDsTransId, ForThreedsVersion(2), Length(0, 36)),
    row(ThreedsAcsTransId, ForThreedsVersion(2), Length(0, 36)),
    row(ThreedsAuthenticationValue, ForThreedsVersion(2), Length(0, 36)),
    // The yaml's maxLength 16 is not enforced: the provider's error text, which the widget passes
    // on as it is, is often longer ("Authentication failed").
    row(ThreedsError, Optional, Unchecked),
    row(ThreedsClientTransactionId, Required, Length(0, 36)),
    row(ThreedsSuccess, Required, Boolean),
    row(ThreedsAmount, Optional, SameAmountAs(InitialPrice)),
    row(ThreedsCurrency, Optional, Unchecked),
    row(ThreedsSdkTransId, Optional, Length(0, 36)),
    row(ThreedsAuthenticationType, Optional, Length(0, 36)),
    row(ThreedsErrorDetail, Optional, Unchecked),
    row(ThreedsErrorCode, Optional, Unchecked),
    row(ThreedsResponse, Optional, Unchecked),
];

/// The charge body plus the authentication's results.
pub(crate) const ROWS: &[Row] = &merged::<{ charge::ROWS.len() + RESULTS.len() }>(charge::ROWS, RESULTS);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
