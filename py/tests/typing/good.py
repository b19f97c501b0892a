"""Type-checked with mypy --strict by test_typing.py: a well-typed use of the package."""

from decimal import Decimal
from typing import List

from ccbill_validate import (
    validate_charge,
    validate_create_payment_token_merchant_only,
    validate_create_payment_token_merchant_only_verify,
    validate_get_payment_token,
    validate_threeds_required,
)
from ccbill_validate._core import ChargeBody, Code, CreatePaymentTokenMerchantOnlyBody, CustomerInfo, Violation


def check(token: str) -> List[str]:
    body: ChargeBody = {"paymentTokenId": token, "clientAccnum": 900000, "clientSubacc": 0, "initialPrice": Decimal("9.99"), "initialPeriod": 30}
    found: List[Violation] = validate_charge(body, locale="es") + validate_get_payment_token({"paymentTokenId": token})
    return [v["propertyName"] for v in found if v["code"] == "pattern"]


def token_bodies(card: str) -> List[Code]:
    customer: CustomerInfo = {"customerFname": "Tyler", "customerLname": "Thomas", "country": "US", "zipcode": "85281", "email": "t@xyz.com"}
    body: CreatePaymentTokenMerchantOnlyBody = {
        "clientAccnum": 900000,
        "clientSubacc": 0,
        "subscriptionId": 0,
        "customerInfo": customer,
        "paymentInfo": {"creditCardPaymentInfo": {"cardNum": card, "nameOnCard": "Tyler Thomas", "expMonth": "04", "expYear": "2036"}},
    }
    found = validate_create_payment_token_merchant_only(body)
    # CCBill's cURL sample's {"value": {...}} wrapper, and the verify body's cvv2.
    found += validate_create_payment_token_merchant_only_verify(
        {"subscriptionId": 0, "customerInfo": {"value": customer}, "paymentInfo": {"creditCardPaymentInfo": {"value": {"cvv2": "123"}}}}
    )
    found += validate_threeds_required({"bin": 530664, "last4": "8087", "clientAccnum": 900684, "clientSubacc": 3, "currencyCode": 978})
    return [v["code"] for v in found]
