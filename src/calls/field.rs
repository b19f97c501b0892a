//! One field at a time, for live feedback while the customer types.

use super::{violations, Call};
use crate::input::{Field, Input, Value};
use crate::options::Options;
use crate::violation::Violation;

/// The violations of `field` when it holds `value`, with the rest of `input`
/// as context (the month for the year's expiry check, for instance), under
/// the rules of `createPaymentToken`.
pub fn validate(field: Field, value: impl Into<Value>, input: &Input, options: &Options) -> Vec<Violation> {
    validate_for(Call::CreatePaymentToken, field, value, input, options)
}

/// [`validate`] under the rules of another call. Exactly the violations of
/// `field` in `call.validate(..)` of the same input.
pub fn validate_for(
    call: Call,
    field: Field,
    value: impl Into<Value>,
    input: &Input,
    options: &Options,
) -> Vec<Violation> {
    let input = input.clone().with(field, value);
    violations(call, call.findings(&input, options, Some(field)), &input, options)
}
