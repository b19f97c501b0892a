"""CCBill's request rules, checked in Python before the request is sent.

Each ``validate_*`` takes the JSON body as a mapping (with ``paymentTokenId``, the path segment)
and returns the violations, dicts shaped as the npm package's: ``target``, ``message``,
``propertyName``, ``code``, ``params``. An empty list: the body passes.
"""

from ._core import (
    validate_charge,
    validate_get_payment_token,
    validate_get_transaction_payment_token,
    validate_payment_token_threeds_required,
    validate_threeds_charge,
)

__all__ = [
    "validate_charge",
    "validate_threeds_charge",
    "validate_get_payment_token",
    "validate_payment_token_threeds_required",
    "validate_get_transaction_payment_token",
]
