"""Types a user's type checker sees: the public API is typed, options included (mypy --strict).

Skipped when mypy is not installed (``pip install mypy types-regex``, the ``typing`` extra).
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[typing]')")
try:
    importlib.metadata.version("types-regex")
except importlib.metadata.PackageNotFoundError:
    pytest.skip("types-regex (the regex module's stubs) is not installed (pip install -e '.[typing]')",
                allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent

#: modules that are mypy --strict clean: a new error there fails this test
CLEAN = ["quotecheck/__init__.py", "quotecheck/api.py", "quotecheck/claims.py", "quotecheck/normalize.py",
         "quotecheck/converters.py", "quotecheck/context.py", "quotecheck/document.py", "quotecheck/windows.py"]


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    # errors only in the files named (the rest of the package is read, not reported); no cache left behind
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", "/dev/null",
               "--no-error-summary", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_typed_user_script_is_clean() -> None:
    done = mypy("tests/typing_user.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_wrong_option_types_are_type_errors(tmp_path: Path) -> None:
    script = tmp_path / "wrong_options.py"
    script.write_text(
        "import quotecheck\n"
        "quotecheck.extract_claims('x', min_confidence='high')\n"
        "quotecheck.extract_claims('x', kindz=['direct'])\n"
        "quotecheck.extract_claims('x', backend=3)\n"
        "quotecheck.extract_claims('x', window_chars=1.5)\n"
        "n: int = quotecheck.extract_claims('x')\n",
        encoding="utf-8",
    )
    done = mypy(str(script))
    assert done.returncode == 1, done.stdout + done.stderr
    lines = {int(line.split(":")[1]) for line in done.stdout.splitlines() if ": error:" in line}
    assert lines == {2, 3, 4, 5, 6}, done.stdout


def test_the_typed_modules_stay_clean() -> None:
    done = mypy(*CLEAN)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_whole_package_is_strict_clean() -> None:
    # every module, the optional backends and integrations included (pyproject's overrides say
    # which third-party packages ship no types); an error anywhere in quotecheck fails it
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", "/dev/null", "quotecheck"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout, done.stdout
