"""Type-checked with mypy --strict by test_typing.py: a well-typed use of the package."""

from decimal import Decimal
from typing import List

from ccbill_validate import validate_charge, validate_get_payment_token
from ccbill_validate._core import ChargeBody, Violation


def check(token: str) -> List[str]:
    body: ChargeBody = {"paymentTokenId": token, "clientAccnum": 900000, "clientSubacc": 0, "initialPrice": Decimal("9.99"), "initialPeriod": 30}
    found: List[Violation] = validate_charge(body, locale="es") + validate_get_payment_token({"paymentTokenId": token})
    return [v["propertyName"] for v in found if v["code"] == "pattern"]
