"""The shared vectors (tests/vectors/) through Python, with the expectations Rust and JS have,
and the seed's two bodies, which must give what the CLI gives."""

from __future__ import annotations

import json
import os
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import pytest

import ccbill_validate as cv

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
CLI = Path(os.environ.get("CCBILL_VALIDATE_CLI", ROOT / "target" / "debug" / "ccbill-validate"))

BY_NAME: Dict[str, Callable[..., List[Any]]] = {
    "charge": cv.validate_charge,
    "threedsCharge": cv.validate_threeds_charge,
    "getPaymentToken": cv.validate_get_payment_token,
    "paymentTokenThreedsRequired": cv.validate_payment_token_threeds_required,
    "getTransactionPaymentToken": cv.validate_get_transaction_payment_token,
    "createPaymentTokenMerchantOnly": cv.validate_create_payment_token_merchant_only,
    "createPaymentTokenMerchantOnlyVerify": cv.validate_create_payment_token_merchant_only_verify,
    "createPaymentTokenProgramSpecified": cv.validate_create_payment_token_program_specified,
    "createPaymentTokenTargetClient": cv.validate_create_payment_token_target_client,
    "threedsRequired": cv.validate_threeds_required,
}


def shape(found: List[Any]) -> List[Tuple[str, str]]:
    return [(v["propertyName"], v["code"]) for v in found]


def load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


CHARGES = load("charges.json")


@pytest.mark.parametrize("fixture", CHARGES["fixtures"], ids=lambda f: f["name"])
def test_fixtures(fixture: Any) -> None:
    found = BY_NAME[fixture["call"]](fixture["input"])
    assert shape(found) == [tuple(p) for p in fixture["expect"]]


@pytest.mark.parametrize("case", CHARGES["cases"], ids=lambda c: f"{c['call']}-{c['field']}-{c['value']!r}")
def test_cases(case: Any) -> None:
    body = dict(CHARGES["conditional"]["versions"]["1"])
    body.update(case.get("with") or {})
    body[case["field"]] = case["value"]
    want = [] if case["code"] is None else [(case["field"], case["code"])]
    assert shape(BY_NAME[case["call"]](body)) == want


@pytest.mark.parametrize("version", ["1", "2"])
def test_conditional_required(version: str) -> None:
    table = CHARGES["conditional"]
    body = table["versions"][version]
    assert cv.validate_threeds_charge(body) == []
    for name in table["required"]["both"] + table["required"][version]:
        without = {k: v for k, v in body.items() if k != name}
        assert shape(cv.validate_threeds_charge(without)) == [(name, "required")], name


@pytest.mark.parametrize("case", load("backend-gets.json")["cases"], ids=lambda c: f"{c[0]}-{c[1]}")
def test_backend_gets(case: Any) -> None:
    assert shape(BY_NAME[case[0]](case[1])) == [tuple(p) for p in case[2]]


# The seed (../shared/seeds/python-backend-charge-example.txt), as written.
PAYMENT_TOKEN = "YOUR-PAYMENT-TOKEN"
TRANSACTION_DATA = {"clientAccnum": 900000, "clientSubacc": 0, "initialPrice": 0, "initialPeriod": 0}
THREEDS_PARAMETERS = {
    "threedsEci": "00",
    "threedsError": "",
    "threedsStatus": "Y",
    "threedsClientTransactionId": "mcn-id-h76oy394utw",
    "threedsAcsTransId": "d6f15aae-2c9d-4333-a920-954be07c0c76",
    "threedsDsTransId": "d65e93c3-35ab-41ba-b307-767bfc19eae3",
    "threedsCurrency": "978",
    "threedsAmount": "10",
    "threedsCardToken": "01ae5d142g7efb4b",
    "threedsVersion": "2.1.0",
    "threedsCavv": "",
    "threedsXid": "",
    "threedsSuccess": "true",
    "threedsAuthenticationType": "01",
    "threedsAuthenticationValue": "5VdhGOTXBJw9+kEBOTtaJiLUAr8=",
}


def cli(call: str, body: Any, *args: str) -> Any:
    """The CLI's violations for `body`, a mapping or the JSON text itself."""
    text = body if isinstance(body, str) else json.dumps(body)
    out = subprocess.run([str(CLI), call, *args], input=text, capture_output=True, text=True, check=False)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


SEED_BODIES = [
    ("charge", {**TRANSACTION_DATA, "paymentTokenId": PAYMENT_TOKEN}),
    ("threedsCharge", {**TRANSACTION_DATA, **THREEDS_PARAMETERS, "paymentTokenId": PAYMENT_TOKEN}),
    ("charge", {**TRANSACTION_DATA, "paymentTokenId": "01047ed6f3b440c7a2ccc6abc1ad0a84"}),
    ("threedsCharge", {**TRANSACTION_DATA, **THREEDS_PARAMETERS, "paymentTokenId": "01047ed6f3b440c7a2ccc6abc1ad0a84"}),
]


@pytest.mark.parametrize("call,body", SEED_BODIES)
@pytest.mark.parametrize("locale", ["en", "es"])
def test_seed_bodies_match_the_cli(call: str, body: Dict[str, Any], locale: str) -> None:
    cli_name = "threeds-charge" if call == "threedsCharge" else call
    assert BY_NAME[call](body, locale=locale) == cli(cli_name, body, "--locale", locale)


def test_the_seeds_placeholder_token_is_caught_before_the_post() -> None:
    found = cv.validate_charge({**TRANSACTION_DATA, "paymentTokenId": PAYMENT_TOKEN})
    assert shape(found) == [("paymentTokenId", "pattern")]
    assert list(found[0]) == ["target", "message", "propertyName", "code", "params"]


def test_values_as_python_has_them() -> None:
    ok = {**TRANSACTION_DATA, "clientAccnum": 900000, "paymentTokenId": "abc123"}
    assert cv.validate_charge({**ok, "initialPrice": Decimal("9.99")}) == []
    assert shape(cv.validate_charge({**ok, "initialPrice": Decimal("9.999")})) == [("initialPrice", "tooManyDecimals")]
    assert cv.validate_charge({**ok, "initialPrice": Decimal("10.50")}) == []
    assert shape(cv.validate_charge({**ok, "initialPeriod": True})) == [("initialPeriod", "notANumber")]
    found = cv.validate_charge({**ok, "clientAccnum": 899999})
    assert found[0]["params"] == {"min": 900000, "max": 999999}


class Hostile(dict):  # type: ignore[type-arg]
    def get(self, key: Any, default: Any = None) -> Any:
        raise RuntimeError("no")


@pytest.mark.parametrize(
    "value",
    [object(), float("nan"), float("inf"), 10**400, [[[[[[[[[[[]]]]]]]]]]], {"a": {1: 2}}, b"x", "\ud800", Decimal("NaN")],
    ids=repr,
)
def test_no_field_value_raises(value: Any) -> None:
    for fn in BY_NAME.values():
        fn({name: value for name in ["paymentTokenId", "clientAccnum", "initialPrice", "passThroughInfo", "currencyCode"]})
    selfref: List[Any] = []
    selfref.append(selfref)
    cv.validate_charge({"passThroughInfo": selfref})
    # A mapping whose get() raises: the field is unreadable, reported, never raised.
    assert shape(cv.validate_get_payment_token(Hostile())) == [("paymentTokenId", "notAString")]


def test_type_errors() -> None:
    for bad in [None, [1], "body", 3]:
        with pytest.raises(TypeError):
            cv.validate_charge(bad)
    with pytest.raises(TypeError):
        cv.validate_charge({}, locale=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        cv.validate_charge({}, locale="xx")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cv.validate_charge({}, "en")  # type: ignore[misc]


def test_card_data_never_in_a_target() -> None:
    found = cv.validate_charge({"paymentTokenId": "a/b", "cardNumber": "4111111111111111", "cvv2": "123"})
    assert "4111111111111111" not in json.dumps(found) and "cvv2" not in json.dumps(found)


# The four POST /payment-tokens/* bodies and GET /payment-tokens/threeds-required's query.
TOKEN_CASES = load("token-bodies.json")["cases"]
CARD = "4473707989493598"  # the vectors' test card (CCBill's sample's), never in a result


def keys(value: Any) -> List[str]:
    """Every key of every mapping in `value`, however deep."""
    if isinstance(value, dict):
        return [k for key, v in value.items() for k in [key, *keys(v)]]
    if isinstance(value, list):
        return [k for v in value for k in keys(v)]
    return []


@pytest.mark.parametrize("case", TOKEN_CASES, ids=lambda c: f"{c[0]}-{json.dumps(c[2])}")
def test_token_bodies(case: Any) -> None:
    found = BY_NAME[case[0]](case[1])
    assert shape(found) == [tuple(p) for p in case[2]]
    # The card masked, its security code dropped, wherever the body held them.
    assert CARD not in json.dumps(found) and "cvv2" not in keys([v["target"] for v in found])


def test_a_token_bodys_target_is_nested_and_masked() -> None:
    body: Any = next(c[1] for c in TOKEN_CASES if c[0] == "createPaymentTokenMerchantOnlyVerify" and c[2])
    body = {**body, "paymentInfo": {"creditCardPaymentInfo": {**body["paymentInfo"]["creditCardPaymentInfo"], "cvv2": "12"}}}
    found = cv.validate_create_payment_token_merchant_only_verify(body, locale="de")
    assert shape(found) == [("paymentInfo.creditCardPaymentInfo.cvv2", "pattern")]
    target = found[0]["target"]
    card = target["paymentInfo"]["creditCardPaymentInfo"]
    assert card["cardNum"] == CARD[:6] + "******" + CARD[-4:] and "cvv2" not in card
    assert target["customerInfo"]["zipcode"] == "85281" and "postalCode" not in target
    assert found[0]["message"].startswith("paymentInfo.creditCardPaymentInfo.cvv2.")


# A few token bodies, wrapped and not, valid and not, in two locales: the CLI's JSON, exactly.
CLI_CASES = [TOKEN_CASES[i] for i in (0, 1, 4, 9, 13, 17, 19, 21, 22)]


@pytest.mark.parametrize("case", CLI_CASES, ids=lambda c: f"{c[0]}-{json.dumps(c[2])}")
@pytest.mark.parametrize("locale", ["en", "ja"])
def test_token_bodies_match_the_cli(case: Any, locale: str) -> None:
    assert BY_NAME[case[0]](case[1], locale=locale) == cli(case[0], case[1], "--locale", locale)


# subscriptionId (int64 in the yaml; `0` asks for a new card, so customerInfo and paymentInfo are
# required) as Python has it, beside the JSON text with the same number: the same violations.
SUBSCRIPTION_IDS = [
    (0, "0"),
    (Decimal("0"), "0"),
    (Decimal("0.0"), "0.0"),
    (Decimal("-0"), "-0"),
    (0.0, "0.0"),
    (Decimal("1E+2"), "1E+2"),
    (924366201000000000, "924366201000000000"),
    (Decimal("924366201000000000"), "924366201000000000"),
    (2**63, str(2**63)),
    (10**30, str(10**30)),
    (Decimal("0.5"), "0.5"),
    (-1, "-1"),
    (True, "true"),
    (False, "false"),
    ("0", '"0"'),
]


@pytest.mark.parametrize("value,text", SUBSCRIPTION_IDS, ids=lambda v: repr(v))
def test_subscription_id_as_json_has_it(value: Any, text: str) -> None:
    body: Any = {"clientAccnum": 900684, "clientSubacc": 0, "subscriptionId": value}
    as_json = json.dumps({**body, "subscriptionId": "@"}).replace('"@"', text)
    found = cv.validate_create_payment_token_merchant_only(body)
    assert found == cli("createPaymentTokenMerchantOnly", as_json)
    by_field = {v["propertyName"]: v["code"] for v in found}
    if isinstance(value, bool):
        assert by_field == {"subscriptionId": "notANumber"}  # never 1 or 0
    elif value == 0:
        assert by_field.get("customerInfo.email") == "required"  # a new card: its owner required
    elif value in (10**30, -1):
        assert by_field == {"subscriptionId": "outOfRange"}
