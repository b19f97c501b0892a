# Generated from the Rust core (src/facts/python.rs) by `make facts`: edit the Rust, never this file.
"""CCBill's request rules, checked in Python before the request is sent.

Each ``validate_*`` takes the JSON body as a mapping (with ``paymentTokenId``, the path segment,
where the request has one) and returns the violations, dicts shaped as the npm package's:
``target``, ``message``, ``propertyName``, ``code``, ``params``. An empty list: the body passes.
"""

from ._core import (
    validate_charge,
    validate_create_payment_token_merchant_only,
    validate_create_payment_token_merchant_only_verify,
    validate_create_payment_token_program_specified,
    validate_create_payment_token_target_client,
    validate_get_payment_token,
    validate_get_transaction_payment_token,
    validate_payment_token_threeds_required,
    validate_threeds_charge,
    validate_threeds_required,
)

__all__ = [
    "validate_charge",
    "validate_threeds_charge",
    "validate_get_payment_token",
    "validate_payment_token_threeds_required",
    "validate_get_transaction_payment_token",
    "validate_create_payment_token_merchant_only",
    "validate_create_payment_token_merchant_only_verify",
    "validate_create_payment_token_program_specified",
    "validate_create_payment_token_target_client",
    "validate_threeds_required",
]
