"""Each marked line must be a mypy --strict error (test_typing.py counts them)."""

from ccbill_validate import validate_charge

found = validate_charge({"paymentTokenId": "abc", "initalPrice": 1})  # error: misspelled key
unknown = [v for v in found if v["code"] == "notACode"]  # error: unknown code
wrong_locale = validate_charge({}, locale="xx")  # error: unknown locale
