"""Each marked line must be a mypy --strict error (test_typing.py counts them)."""

from ccbill_validate import (
    validate_charge,
    validate_create_payment_token_merchant_only,
    validate_create_payment_token_program_specified,
    validate_threeds_required,
)
from ccbill_validate._core import Code

found = validate_charge({"paymentTokenId": "abc", "initalPrice": 1})  # error: misspelled key
unknown = [v for v in found if v["code"] == "notACode"]  # error: unknown code
wrong_locale = validate_charge({}, locale="xx")  # error: unknown locale
validate_create_payment_token_merchant_only({"customerInfo": {"zipCode": "85281"}})  # error: nested key misspelled
validate_create_payment_token_merchant_only({"paymentInfo": {"creditCardPaymentInfo": {"cardNumber": "4"}}})  # error: the form's name, not the API's
validate_create_payment_token_merchant_only({"paymentInfo": {"creditCardPaymentInfo": {"cvv2": "123"}}})  # error: no cvv2 without verify
validate_create_payment_token_program_specified({"customerInfo": {"value": {"emial": "a@b.c"}}})  # error: misspelled in the wrapper
validate_threeds_required({"bin": 530664, "lastFour": "8087"})  # error: misspelled query key
code: Code = "tooLongg"  # error: unknown code
