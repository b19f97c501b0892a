"""Per-call time of the Python package beside the CLI's, in one run (the README's figures): a
charge body and a nested payment-token body.

    target/py-venv/bin/python py/bench.py [path/to/ccbill-validate]
"""

import json
import subprocess
import sys
import time
from pathlib import Path

from ccbill_validate import validate_charge, validate_create_payment_token_merchant_only

ROOT = Path(__file__).resolve().parents[1]
# A nested token body with every customer field (the shared vectors' first, valid).
TOKEN_BODY = json.loads((ROOT / "tests" / "vectors" / "token-bodies.json").read_text(encoding="utf-8"))["cases"][0][1]
BODY = {"paymentTokenId": "YOUR-PAYMENT-TOKEN", "clientAccnum": 900000, "clientSubacc": 0, "initialPrice": 0, "initialPeriod": 0}
CLI = sys.argv[1] if len(sys.argv) > 1 else "target/release/ccbill-validate"


def per_call(fn, n):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


text = json.dumps(BODY)
py = per_call(lambda: validate_charge(BODY), 100_000)
cli = per_call(lambda: subprocess.run([CLI, "charge"], input=text, capture_output=True, text=True, check=False), 200)
print(f"charge:      python: {py * 1e6:.2f} µs/call   cli: {cli * 1e3:.2f} ms/call   ({cli / py:.0f}x)")
token_text = json.dumps(TOKEN_BODY)
py = per_call(lambda: validate_create_payment_token_merchant_only(TOKEN_BODY), 20_000)
cli = per_call(
    lambda: subprocess.run([CLI, "create-payment-token-merchant-only"], input=token_text, capture_output=True, text=True, check=False),
    200,
)
print(f"token body:  python: {py * 1e6:.2f} µs/call   cli: {cli * 1e3:.2f} ms/call   ({cli / py:.0f}x)")
