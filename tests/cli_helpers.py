"""What the tests of the ``quotecheck`` command share: its JSON lines read back, and the command
run as a separate process (``python -m quotecheck``) on this checkout's package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: the command line of ``quotecheck`` in another process; append its arguments
COMMAND = [sys.executable, "-m", "quotecheck"]


def jsonl(text: str) -> list[dict[str, Any]]:
    """The JSON value of every non-blank line of ``text``."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a command run: this checkout first on PYTHONPATH, no COLUMNS (a table
    is as wide as a test says), and ``extra``."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    return {**env, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), **extra}


def run_cli(args: list[Any], timeout: float = 60, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """``quotecheck *args`` in another process, its output captured (bytes)."""
    kwargs.setdefault("capture_output", "stdout" not in kwargs and "stderr" not in kwargs)
    kwargs.setdefault("env", cli_env())
    return subprocess.run([*COMMAND, *args], timeout=timeout, **kwargs)
