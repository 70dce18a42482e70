"""The light install: tests of optional packages skip with a reason, and no extra pins torch."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _without(module: str) -> str:
    """Code for a process where ``import <module>`` fails, as it does when its extra is not installed."""
    return f"""
import sys

class Without:
    def find_spec(self, name, path=None, target=None):
        if name == {module!r} or name.startswith({module!r} + "."):
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, Without())
"""


# a process where ``import stanza`` fails, as it does after ``pip install -e '.[test]'``
_NO_STANZA = _without("stanza")
# pytest on the modules given as arguments, in such a process
_PYTEST = """
import pytest
sys.exit(pytest.main(["-q", "-rs", "-p", "no:cacheprovider", *sys.argv[1:]]))
"""
_WITHOUT_STANZA = _NO_STANZA + _PYTEST


def test_stanza_tests_skip_with_a_reason_without_stanza() -> None:
    modules = [str(ROOT / "tests" / name) for name in ("test_stanza_backend.py", "test_stanza_processor.py")]
    done = subprocess.run([sys.executable, "-c", _WITHOUT_STANZA, *modules], capture_output=True,
                          text=True, cwd=ROOT)
    # 5: every module skipped, nothing else collected; a collection error exits 2
    assert done.returncode in (0, 5) and "error" not in done.stdout.lower(), done.stdout + done.stderr
    assert done.stdout.count("stanza is not installed (pip install 'quotecheck[stanza]')") == 2


def test_the_stanza_processor_names_the_extra_without_stanza() -> None:
    code = _NO_STANZA + "import quotecheck.integrations.stanza\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert "ModuleNotFoundError: the stanza processor needs the 'stanza' extra: pip install 'quotecheck[stanza]'" in done.stderr


def test_the_stanza_extra_leaves_torch_to_the_machine() -> None:
    """A pinned torch resolves to the CUDA build and its nvidia packages on most machines."""
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(r.startswith("stanza") for r in extras["stanza"])
    assert not [r for reqs in extras.values() for r in reqs if re.match(r"torch\b", r)]


def test_ci_installs_torch_before_the_extras() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    installs = [k for k, line in enumerate(lines)
                if ("pip install" in line or line.lstrip().startswith("pip_install ")) and not line.lstrip().startswith("#")]
    torch = [k for k in installs if "torch==2.13.0" in lines[k]]
    extras = [k for k in installs if "stanza" in lines[k] and "-e" in lines[k]]
    assert torch and extras and max(torch) < min(extras)


def test_ci_installs_every_extra() -> None:
    """A test that needs an extra skips without it, and CI fails on a skip: CI must install them all."""
    import tomllib

    extras = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"])
    lines = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if not line.lstrip().startswith("#")]
    installed = {name.strip() for line in lines for group in re.findall(r"-e '\.\[([^\]]*)\]'", line)
                 for name in group.split(",")}
    assert extras <= installed, f"extras .ci/run does not install: {sorted(extras - installed)}"


def test_the_pandas_recipe_skips_with_a_reason_without_pandas() -> None:
    code = _without("pandas") + _PYTEST
    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "tests" / "test_pandas_recipe.py")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode in (0, 5) and "error" not in done.stdout.lower(), done.stdout + done.stderr
    assert "pandas is not installed (pip install 'quotecheck[pandas]')" in done.stdout
