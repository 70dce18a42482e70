"""Data files shipped inside the package (language tables, fitted weights), read on first use.

Not through ``importlib.resources``: importing it pulls in tempfile, shutil and zipfile, a few
milliseconds of the first call for nothing. The import system's own loader (``pkgutil.get_data``)
reads a file next to a module just as well, from a directory or a zip.
"""

from __future__ import annotations

import json
import pkgutil
from typing import Any

__all__ = ["read_json", "read_text"]


def read_text(package: str, name: str) -> str:
    """The UTF-8 text of file ``name`` ("a.json", "weights/b.json") shipped in ``package``.

    Raises FileNotFoundError when the package has no such file.
    """
    data = pkgutil.get_data(package, name)
    if data is None:  # a loader that cannot read data files (none of the standard ones)
        raise FileNotFoundError(f"{package}: no data file {name!r}")
    return data.decode("utf-8")


def read_json(package: str, name: str) -> Any:
    """The JSON file ``name`` shipped in ``package``, parsed."""
    return json.loads(read_text(package, name))
