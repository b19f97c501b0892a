"""The README's Python blocks, read from README.md and run as written: `requests.post` replaced
by a recorder, the CLI from this checkout's build, pydantic's model with the seed's bodies."""

import os
import re
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```python\n(.*?)^```$", README, flags=re.S | re.M)
CLI = Path(os.environ.get("CCBILL_VALIDATE_CLI", ROOT / "target" / "debug" / "ccbill-validate"))

# The seed's (../shared/seeds/python-backend-charge-example.txt) data, as written.
TRANSACTION_DATA = {"clientAccnum": 900000, "clientSubacc": 0, "initialPrice": 0, "initialPeriod": 0}
THREEDS_PARAMETERS = {
    "threedsEci": "00", "threedsError": "", "threedsStatus": "Y", "threedsClientTransactionId": "mcn-id-h76oy394utw",
    "threedsAcsTransId": "d6f15aae-2c9d-4333-a920-954be07c0c76", "threedsDsTransId": "d65e93c3-35ab-41ba-b307-767bfc19eae3",
    "threedsCurrency": "978", "threedsAmount": "10", "threedsCardToken": "01ae5d142g7efb4b", "threedsVersion": "2.1.0",
    "threedsCavv": "", "threedsXid": "", "threedsSuccess": "true", "threedsAuthenticationType": "01",
    "threedsAuthenticationValue": "5VdhGOTXBJw9+kEBOTtaJiLUAr8=",
}
GOOD_TOKEN = "01047ed6f3b440c7a2ccc6abc1ad0a84"


def block(marker: str) -> str:
    found = [b for b in BLOCKS if marker in b]
    assert len(found) == 1, f"one README python block holds {marker!r}"
    return found[0]


MARKERS = ["def charge_transaction", "subprocess.run", "model_validator"]


def test_every_python_block_is_run_here() -> None:
    assert sorted(BLOCKS) == sorted(block(m) for m in MARKERS)


class Requests:
    def __init__(self) -> None:
        self.posted: List[str] = []

    def post(self, url: str, **kwargs: Any) -> str:
        self.posted.append(url)
        return "posted"


def test_the_seeds_charge_checks_before_it_posts() -> None:
    requests = Requests()
    scope: Dict[str, Any] = {"requests": requests}
    exec(block("def charge_transaction"), scope)
    endpoint = "https://api.ccbill.com/transactions/payment-tokens/"
    found = scope["charge_transaction"](endpoint, "t", "YOUR-PAYMENT-TOKEN", TRANSACTION_DATA)
    assert [(v["propertyName"], v["code"]) for v in found] == [("paymentTokenId", "pattern")]
    assert requests.posted == []
    assert scope["charge_transaction"](endpoint, "t", GOOD_TOKEN, TRANSACTION_DATA) == "posted"
    assert requests.posted == [endpoint + GOOD_TOKEN]


def test_the_cli_check_stops_both_of_the_seeds_charges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", f"{CLI.parent}{os.pathsep}{os.environ['PATH']}")
    charged: List[str] = []
    scope: Dict[str, Any] = {
        "payment_token": GOOD_TOKEN,
        "transaction_data": TRANSACTION_DATA,
        "threeds_parameters": THREEDS_PARAMETERS,
        "access_token": "t",
        "non_threeds_transaction_endpoint": "https://api.ccbill.com/transactions/payment-tokens/",
        "charge_transaction": lambda endpoint, token, payment_token, data: charged.append(payment_token),
    }
    # A good token: the charge goes, the 3DS charge stops on its amount.
    with pytest.raises(ValueError, match="threedsAmount  mismatch"):
        exec(block("subprocess.run"), scope)
    assert charged == [GOOD_TOKEN]
    # The seed's own placeholder: the first check stops it, and the 3DS body gives the README's table.
    scope["payment_token"] = "YOUR-PAYMENT-TOKEN"
    with pytest.raises(ValueError):
        exec(block("subprocess.run"), scope)
    assert charged == [GOOD_TOKEN]
    table = re.search(r"^```text\n(field .*?)^```$", README, flags=re.S | re.M)
    assert table is not None
    with pytest.raises(ValueError) as raised:
        scope["check"]("threeds-charge", {"paymentTokenId": "YOUR-PAYMENT-TOKEN", **TRANSACTION_DATA, **THREEDS_PARAMETERS})
    assert str(raised.value) == table.group(1)


def test_the_pydantic_recipe() -> None:
    pydantic = pytest.importorskip("pydantic")
    scope: Dict[str, Any] = {}
    exec(block("model_validator"), scope)
    charge = scope["Charge"]
    good = charge.model_validate({**TRANSACTION_DATA, "paymentTokenId": GOOD_TOKEN, "initialPrice": "9.99"})
    assert str(good.initialPrice) == "9.99"
    # FastAPI hands the model the parsed JSON; model_validate_json is the same path.
    assert charge.model_validate_json('{"paymentTokenId": "abc", "clientAccnum": 900000, "clientSubacc": 0, '
                                      '"initialPrice": 0, "initialPeriod": 0}').paymentTokenId == "abc"
    for bad, codes in [
        ({**TRANSACTION_DATA, "paymentTokenId": "YOUR-PAYMENT-TOKEN"}, ["pattern"]),
        ({**TRANSACTION_DATA, "paymentTokenId": GOOD_TOKEN, "initialPrice": "9.999", "clientAccnum": 12}, ["outOfRange", "tooManyDecimals"]),
        ({**TRANSACTION_DATA, "paymentTokenId": GOOD_TOKEN, "initialPeriod": True}, ["notANumber"]),
    ]:
        with pytest.raises(pydantic.ValidationError) as raised:
            charge.model_validate(bad)
        (error,) = raised.value.errors()
        assert error["type"] == "ccbill"
        assert [v["code"] for v in error["ctx"]["violations"]] == codes
        assert error["msg"] == "; ".join(v["message"] for v in error["ctx"]["violations"])
