"""The README's backend snippet, run as written with `requests.post` replaced by a recorder."""

from typing import Any, Dict, List

from ccbill_validate import validate_charge, validate_threeds_charge

POSTED: List[str] = []


def post(url: str, **kwargs: Any) -> None:
    POSTED.append(url)


# --- README snippet (backend section) ---
def charge_transaction(endpoint: str, access_token: str, payment_token: str, transaction_data: Dict[str, Any]) -> Any:
    violations = validate_charge({**transaction_data, "paymentTokenId": payment_token})
    if violations:
        return violations  # 400 to your client: nothing was sent to CCBill
    headers = {"Authorization": f"Bearer {access_token}"}
    return post(f"{endpoint}{payment_token}", json=transaction_data, headers=headers)
# --- end of snippet ---


def test_the_snippet_checks_before_it_posts() -> None:
    data = {"clientAccnum": 900000, "clientSubacc": 0, "initialPrice": 0, "initialPeriod": 0}
    found = charge_transaction("https://api.ccbill.com/transactions/payment-tokens/", "t", "YOUR-PAYMENT-TOKEN", data)
    assert [v["code"] for v in found] == ["pattern"] and POSTED == []
    charge_transaction("https://api.ccbill.com/transactions/payment-tokens/", "t", "01047ed6f3b440c7a2ccc6abc1ad0a84", data)
    assert POSTED == ["https://api.ccbill.com/transactions/payment-tokens/01047ed6f3b440c7a2ccc6abc1ad0a84"]
    assert validate_threeds_charge({**data, "paymentTokenId": "abc"})[0]["propertyName"] == "threedsCardToken"
