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
