#!/usr/bin/env python
# Dev-time dependency only for es/it/pt (NOT a runtime or pyproject dependency):
#     verbecc  (.venv/bin/pip install verbecc; written against verbecc 2.0.3)
# English and German need nothing: they are generated from rules and principal-part tables.
"""Generate the speech-verb forms of en, de, es, it and pt, shipped as JSON.

Usage, from the repository root::

    .venv/bin/python scripts/generate_verb_forms.py              # all five languages
    .venv/bin/python scripts/generate_verb_forms.py es it        # some of them
    .venv/bin/python scripts/generate_verb_forms.py --check      # exit 1 if a JSON file is stale

(French has its own script, ``scripts/generate_fr_verb_forms.py``.)

Each language keeps its inputs in ``scripts/generate_verb_forms_<code>.py``: the ordered lemma
list, the forms left out on purpose (``EXCLUDED_FORMS``, each with its reason) and a ``paradigm``
function giving every lemma's forms. This module resolves them into one
``quotecheck/lang/<code>/verb_forms.json`` ({form: lemma}, sorted keys, ``ensure_ascii=False``),
which the package reads at import time. Nothing is conjugated at run time.

Resolution policy (the same for every language)
------------------------------------------------
* Forms are lower-cased single tokens; a form with a space is a bug in a paradigm (fatal).
* A form in ``EXCLUDED_FORMS`` is never written.
* A *primary* form shared by two lemmas belongs to the FIRST lemma in list order (lists start
  with the most frequent news verbs); the collisions are printed.
* A *secondary* form (German: the finite stem of a separable verb used apart from its particle,
  "teilte … mit") never overrides a primary form, and is dropped when two lemmas claim it
  ("wies … hin" / "wies … zurück"): it would name the wrong lemma half the time.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent
LANGUAGES = ("en", "de", "es", "it", "pt")

#: (form, primary?) pairs as produced by a language's ``paradigm``.
Forms = Iterable[tuple[str, bool]]


def spec(code: str) -> ModuleType:
    """The per-language input module ``scripts/generate_verb_forms_<code>.py``."""
    path = SCRIPTS / f"generate_verb_forms_{code}.py"
    if not path.exists():
        raise SystemExit(f"no verb spec for {code!r}: {path} is missing")
    module_spec = importlib.util.spec_from_file_location(f"generate_verb_forms_{code}", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    module_spec.loader.exec_module(module)
    return module


def output_path(code: str) -> Path:
    return ROOT / "quotecheck" / "lang" / code / "verb_forms.json"


def resolve(code: str, lemmas: Iterable[str], paradigm: Any, excluded: Iterable[str],
            log: Any = print, name: Any = None) -> dict[str, str]:
    """{form: lemma} for ``lemmas`` in order, under the policy of the module docstring.

    ``name`` turns a lemma as listed into the lemma written in the JSON (German "mit|teilen" →
    "mitteilen"); by default they are the same.
    """
    excluded = frozenset(excluded)
    table: dict[str, str] = {}
    secondary: dict[str, set[str]] = {}
    seen: set[str] = set()
    for listed in lemmas:
        lemma = name(listed) if name else listed
        if lemma in seen:
            raise SystemExit(f"{code}: lemma {lemma!r} is listed twice")
        seen.add(lemma)
        for form, primary in paradigm(listed):
            form = form.strip().lower()
            if not form:
                continue
            if any(ch.isspace() for ch in form):
                raise SystemExit(f"{code}: {lemma!r} produced a multiword form {form!r}")
            if form in excluded:
                continue
            if not primary:
                secondary.setdefault(form, set()).add(lemma)
                continue
            owner = table.setdefault(form, lemma)
            if owner != lemma:
                log(f"{code}: {form!r} of {lemma!r} already belongs to {owner!r}")
    for form, owners in sorted(secondary.items()):
        if form in table:
            continue
        if len(owners) > 1:
            log(f"{code}: separated form {form!r} is ambiguous between {sorted(owners)}: dropped")
            continue
        table[form] = next(iter(owners))
    return dict(sorted(table.items()))


def render(table: dict[str, str]) -> str:
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def build(code: str, log: Any = print) -> dict[str, str]:
    module = spec(code)
    return resolve(code, module.LEMMAS, module.paradigm, module.EXCLUDED_FORMS, log,
                   getattr(module, "lemma_name", None))


# --------------------------------------------------------------------------- verbecc (es/it/pt)

@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """verbecc logs to stdout and writes ./verbecc.log: run it in a scratch directory, silenced."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                yield
        finally:
            os.chdir(here)


class Conjugator:
    """A thin cache over ``verbecc.CompleteConjugator`` returning plain JSON-like dicts.

    Verbs that verbecc does not know (``predicted`` is true) are refused unless the language
    names a model verb for them (``MODEL_VERBS``): the model is conjugated and its stem replaced,
    so no form comes from verbecc's statistical guesser.
    """

    def __init__(self, lang: str, model_verbs: dict[str, str] | None = None) -> None:
        with _quiet():
            import warnings

            warnings.filterwarnings("ignore")
            from verbecc import CompleteConjugator  # dev-time only

            logging.getLogger("verbecc").setLevel(logging.ERROR)
            self._conjugator = CompleteConjugator(lang=lang)
        self.lang = lang
        self.model_verbs = dict(model_verbs or {})
        self._cache: dict[str, dict[str, Any]] = {}

    def _raw(self, infinitive: str) -> dict[str, Any]:
        if infinitive not in self._cache:
            with _quiet():
                data = json.loads(self._conjugator.conjugate(infinitive).to_json())
            self._cache[infinitive] = data
        return self._cache[infinitive]

    def moods(self, infinitive: str) -> dict[str, Any]:
        model = self.model_verbs.get(infinitive)
        if model is None:
            data = self._raw(infinitive)
            if data["verb"].get("predicted"):
                raise SystemExit(
                    f"{self.lang}: verbecc does not know {infinitive!r}; add it to MODEL_VERBS")
            return data["moods"]
        data = self._raw(model)
        if data["verb"].get("predicted"):
            raise SystemExit(f"{self.lang}: model verb {model!r} is unknown to verbecc")
        old, new = _stem(model), _stem(infinitive)
        return _restem(data["moods"], old, new)


def _stem(infinitive: str) -> str:
    for ending in ("are", "ere", "ire", "ar", "er", "ir", "or"):
        if infinitive.endswith(ending):
            return infinitive[: -len(ending)]
    return infinitive


def _restem(value: Any, old: str, new: str) -> Any:
    if isinstance(value, dict):
        return {k: (_restem(v, old, new) if k == "c" or isinstance(v, (dict, list)) else v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_restem(v, old, new) for v in value]
    if isinstance(value, str):
        return " ".join(new + w[len(old):] if w.startswith(old) else w for w in value.split())
    return value


def cells(moods: dict[str, Any], mood: str, tense: str, person: str | None = None,
          number: str | None = None, gender: str | None = None) -> list[str]:
    """The last word of each matching cell ("él dijo" → "dijo"), alternatives included.

    verbecc lists alternatives either as several strings or joined by "/" in one cell
    ("applaude/applaudisce"); both are split here.
    """
    out: list[str] = []
    for row in moods.get(mood, {}).get(tense, []):
        if person is not None and row.get("p") != person:
            continue
        if number is not None and row.get("n") != number:
            continue
        if gender is not None and row.get("g") not in (gender, None):
            continue
        for text in row.get("c", []):
            words = text.split()
            if words:
                out.extend(alt for alt in words[-1].split("/") if alt)
    return out


def corrected(forms: Iterable[str], fixes: dict[str, str | None]) -> list[str]:
    """Apply a language's CORRECTIONS: a form mapped to None is dropped."""
    out = []
    for form in forms:
        fixed = fixes.get(form, form)
        if fixed:
            out.append(fixed)
    return out


# --------------------------------------------------------------------------- command line

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codes", nargs="*", default=list(LANGUAGES), help="language codes")
    parser.add_argument("--check", action="store_true", help="fail if a JSON file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for code in args.codes:
        if code not in LANGUAGES:
            parser.error(f"unknown language {code!r}; this script handles {', '.join(LANGUAGES)}")
        table = build(code)
        text = render(table)
        path = output_path(code)
        lemmas = len(set(table.values()))
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(code)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{code}: {lemmas} lemmas, {len(table)} forms → {path.relative_to(ROOT)}")
    if stale:
        print(f"stale: {', '.join(stale)} (run scripts/generate_verb_forms.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
