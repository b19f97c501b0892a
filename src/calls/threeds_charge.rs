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
    row(ThreedsStatus, Required, Status),
    // The version may be absent only when the provider reported an error.
    row(ThreedsVersion, OptionalIfPresent(ThreedsError), ProtocolVersion),
    row(ThreedsXid, ForThreedsVersion(1), Unchecked),
    row(ThreedsCavv, ForThreedsVersion(1), Unchecked),
    row(ThreedsCavvAlgorithm, ForThreedsVersion(1), Unchecked),
    row(ThreedsDsTransId, ForThreedsVersion(2), Unchecked),
    row(ThreedsAcsTransId, ForThreedsVersion(2), Unchecked),
    row(ThreedsAuthenticationValue, ForThreedsVersion(2), Unchecked),
    row(ThreedsError, Optional, Unchecked),
    row(ThreedsClientTransactionId, Required, Length(0, 36)),
    row(ThreedsSuccess, Required, Boolean),
    row(ThreedsAmount, Optional, SameAmountAs(InitialPrice)),
    row(ThreedsCurrency, Optional, Unchecked),
    row(ThreedsSdkTransId, Optional, Unchecked),
    row(ThreedsAuthenticationType, Optional, Unchecked),
    row(ThreedsErrorDetail, Optional, Unchecked),
    row(ThreedsErrorCode, Optional, Unchecked),
    row(ThreedsResponse, Optional, Unchecked),
];

/// The charge body plus the authentication's results.
pub(crate) const ROWS: &[Row] = &merged::<{ charge::ROWS.len() + RESULTS.len() }>(charge::ROWS, RESULTS);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
