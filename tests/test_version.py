"""The version is written once, as quotecheck.__version__; the package metadata is read from it."""

from __future__ import annotations

import ast
import importlib.metadata
import pathlib
import tomllib

import quotecheck

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_the_installed_metadata_has_the_package_version() -> None:
    assert importlib.metadata.version("quotecheck") == quotecheck.__version__


def test_pyproject_reads_the_version_from_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"] and "version" in config["project"]["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "quotecheck.__version__"}


def test_the_version_is_a_literal_the_build_reads_without_importing() -> None:
    """setuptools' attr: reads a literal assignment from the source; anything else imports the engine."""
    tree = ast.parse((ROOT / "quotecheck" / "__init__.py").read_text(encoding="utf-8"))
    values = [node.value for node in tree.body if isinstance(node, ast.Assign)
              and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)]
    assert len(values) == 1 and isinstance(values[0], ast.Constant)
    assert values[0].value == quotecheck.__version__
