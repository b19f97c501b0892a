"""mypy --strict on the package's types: a good use passes, each marked line of bad.py fails."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent / "typing"


def mypy(file: str) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "mypy", "--strict", "--strict-equality", "--no-incremental", "--cache-dir=/dev/null", str(HERE / file)]
    return subprocess.run(args, capture_output=True, text=True, check=False)


def test_good_use_type_checks() -> None:
    out = mypy("good.py")
    assert out.returncode == 0, out.stdout


def test_misspelled_key_unknown_code_and_locale_are_errors() -> None:
    out = mypy("bad.py")
    lines = {int(line.split(":")[1]) for line in out.stdout.splitlines() if ": error:" in line}
    marked = {i for i, text in enumerate((HERE / "bad.py").read_text().splitlines(), 1) if "# error:" in text}
    assert lines == marked, out.stdout


def test_the_module_the_init_and_the_stub_name_the_same_functions() -> None:
    """`__init__.py` and `_core.pyi` are generated from the calls (src/facts/python.rs), the module
    is py/src/lib.rs's: a function in one and not the others fails here."""
    import ast

    import ccbill_validate
    from ccbill_validate import _core

    stub = ast.parse((Path(ccbill_validate.__file__).parent / "_core.pyi").read_text(encoding="utf-8"))
    stubbed = {node.name for node in stub.body if isinstance(node, ast.FunctionDef)}
    built = {name for name in dir(_core) if name.startswith("validate_")}
    assert set(ccbill_validate.__all__) == stubbed == built
    assert "validate_create_payment_token_target_client" in built
