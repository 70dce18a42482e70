"""Helpers shared by the lexicon tests of tests/lang (data contract: quotecheck/lang/__init__.py).

test_lexicons.py runs the checks that are the same for every language; each test_<code>_data.py
keeps what only its language has (spot checks, the re-derivation of its verb morphology) and
uses :func:`attested` to accept a form that the generator leaves out on purpose.

The helpers return values and leave the asserting to the tests, so pytest explains failures.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterable

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
#: every language package under quotecheck/lang (test_lexicons checks that none is missing)
CODES = ("de", "en", "es", "fr", "it", "pt")
GENDERS = {"m", "f", None}

#: the generator input of each language: scripts/generate_verb_forms_<code>.py, French apart
_SPEC_SCRIPTS = {code: f"generate_verb_forms_{code}" for code in CODES if code != "fr"}
_SPEC_SCRIPTS["fr"] = "generate_fr_verb_forms"


@functools.lru_cache(maxsize=None)
def script(name: str) -> ModuleType:
    """A script under scripts/ as a module (a conjugation library is imported only when it runs)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def generator_spec(code: str) -> ModuleType:
    """The module that lists a language's lemmas and ``EXCLUDED_FORMS``."""
    return script(_SPEC_SCRIPTS[code])


def package(code: str) -> ModuleType:
    """The language package ``quotecheck.lang.<code>`` itself (its UPPER_CASE constants)."""
    return importlib.import_module(f"quotecheck.lang.{code}")


def data_dir(code: str) -> Path:
    return ROOT / "quotecheck" / "lang" / code


def lemmas(code: str) -> list[str]:
    """The speech-verb lemmas the package ships, sorted."""
    return sorted(set(package(code).SPEECH_VERBS.values()))


def listed_lemmas(code: str) -> set[str]:
    """The lemmas as the generator lists them, joined as the package names them."""
    spec = generator_spec(code)
    if code == "fr":
        return set(spec.SPEECH_LEMMAS)
    if code == "de":  # the particle of a separable verb is marked: "mit|teilen"
        return {entry.replace("|", "") for entry in spec.LEMMAS}
    return set(spec.LEMMAS)


def attested(code: str, form: str, lemma: str) -> bool:
    """``form`` is shipped for ``lemma``, or the generator leaves it out on purpose."""
    shipped = package(code).SPEECH_VERBS.get(form) == lemma
    return shipped or form in generator_spec(code).EXCLUDED_FORMS


def unattested(code: str, lemma: str, forms: Iterable[str]) -> list[str]:
    """The ``forms`` of ``lemma`` that are neither shipped for it nor left out on purpose."""
    return [form for form in forms if not attested(code, form, lemma)]


def forms_of(code: str, lemma: str) -> set[str]:
    """The forms the package ships for ``lemma``."""
    return {form for form, name in package(code).SPEECH_VERBS.items() if name == lemma}
