"""Scoring against gold JSONL files (the format of the project's annotation guidelines).

One gold document per line::

    {"id": "fr-017", "lang": "fr", "source": "...", "text": "...",
     "quotes": [{"text": "...", "start": 123, "end": 178, "kind": "direct",
                 "speaker": "Jens Stoltenberg", "cue": "a affirmé"}]}

The metrics are those of the reference scorer ``score.py``, with the same definitions, so the two
print the same numbers on the same files:

* **matching** — a prediction matches a gold quote when their spans overlap by at least half
  (intersection over union ≥ 0.5). Pairs are taken greedily, largest overlap first, each gold quote
  and each prediction used at most once (ties go to the later gold quote, then the later prediction).
* **groups** — ``quoted`` (kinds ``direct`` and ``partial``), ``indirect`` and ``all``: each group
  matches only the gold quotes and predictions of its kinds, and reports precision, recall, F1 and
  its number of gold quotes.
* **attribution** — over matched pairs whose gold speaker is a name (not null, not a pronoun):
  ``accuracy`` is lenient (same normalised tokens, the gold tokens contained in the prediction's, or
  the same last token; titles and articles such as "M." or "le" are ignored, and so are accents and
  case), ``strict`` asks for the same normalised tokens.
* **end2end.f1** — F1 where a true positive is a matched pair whose speaker is also right: a gold
  pronoun speaker accepts any predicted speaker, a null gold speaker asks for no predicted speaker.
* **language.accuracy** — the share of documents whose detected language starts with the gold code.
* **errors** — documents on which the extractor raised (they count as having no prediction).
* **chars_per_s** — characters of gold text processed per second (extraction and detection).

>>> gold = {"id": "d1", "lang": "fr", "text": "« Oui », a dit Léa Roy.",
...         "quotes": [{"text": "Oui", "start": 2, "end": 5, "kind": "direct",
...                     "speaker": "Léa Roy", "cue": "a dit"}]}
>>> m = evaluate([gold], extractor=lambda text, language=None: [], language_detector=None)
>>> m.quoted.recall, m.quoted.gold
(0.0, 1)
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import traceback
import unicodedata
from typing import Any, Callable, Iterable, Mapping, Sequence, TextIO, Union

from attrs import field, frozen

from .converters import to_tuple

__all__ = [
    "Counts",
    "GoldDoc",
    "GoldFormatError",
    "GoldQuote",
    "Metrics",
    "evaluate",
    "is_pronoun",
    "load_gold",
    "match",
    "overlap",
    "speaker_ok",
    "speaker_strict",
]

GOLD_KINDS = ("direct", "partial", "indirect")
#: metric groups and the kinds each one covers (``None``: every kind)
GROUPS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("quoted", frozenset({"direct", "partial"})),
    ("indirect", frozenset({"indirect"})),
    ("all", None),
)
#: a prediction matches a gold quote from this overlap (intersection over union) on
MATCH_THRESHOLD = 0.5

#: words ignored when speaker names are compared: civilities, articles, "de"/"of"
_NAME_NOISE = frozenset(
    "m mme mlle me dr pr mr mrs ms herr frau sr sra sig dott "
    "le la les l the der die el il lo o a de du des of".split()
)
#: a gold speaker that is only a pronoun cannot be compared with a name: such quotes count for
#: span detection, and end to end any predicted speaker is accepted, but not for attribution.
_PRONOUNS = frozenset(
    "il elle ils elles je j nous vous on lui eux celui celle "
    "he she they i we you who it er sie ich wir ihr man "
    "él ella ellos ellas yo lei lui loro io ele ela eles elas eu".split()
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PRONOUNS_ASCII = frozenset(
    unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode() for p in _PRONOUNS
)


# --------------------------------------------------------------------------------------------
# speaker comparison


def is_pronoun(name: str | None) -> bool:
    """Whether a gold speaker is a bare pronoun ("il", "-elle", "Er"), accents and case ignored.

    >>> is_pronoun("Il"), is_pronoun("-t-elle"), is_pronoun("Jeanne")
    (True, False, False)
    """
    folded = _strip_accents(name or "").casefold().strip(" -'’")
    return folded in _PRONOUNS_ASCII or folded in _PRONOUNS


def name_tokens(name: str | None) -> list[str]:
    """The words of a name without accents, case, titles and articles.

    >>> name_tokens("M. Jean-Yves Le Drian")
    ['jean', 'yves', 'drian']
    """
    tokens = re.findall(r"\w+", _strip_accents(name or "").casefold())
    return [t for t in tokens if t not in _NAME_NOISE]


def speaker_ok(predicted: str | None, gold: str | None) -> bool:
    """Lenient comparison: same tokens, the gold's tokens all in the prediction, or same last token.

    >>> speaker_ok("Stoltenberg", "Jens Stoltenberg"), speaker_ok("Jens", "Jens Stoltenberg")
    (True, False)
    """
    if predicted is None or gold is None:
        return False
    p, g = name_tokens(predicted), name_tokens(gold)
    if not p or not g:
        return False
    return p == g or set(g) <= set(p) or p[-1] == g[-1]


def speaker_strict(predicted: str | None, gold: str | None) -> bool:
    """Strict comparison: the same tokens once titles, articles, accents and case are ignored."""
    return predicted is not None and gold is not None and name_tokens(predicted) == name_tokens(gold)


# --------------------------------------------------------------------------------------------
# span matching


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two ``(start, end)`` spans (0.0 when they do not intersect).

    >>> overlap((0, 10), (5, 15))
    0.3333333333333333
    """
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def match(
    gold: Sequence[tuple[int, int]],
    predicted: Sequence[tuple[int, int]],
    threshold: float = MATCH_THRESHOLD,
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by decreasing overlap: ``[(gold index, prediction index), ...]``.

    >>> match([(0, 10), (20, 30)], [(21, 30), (0, 4), (1, 10)])
    [(1, 0), (0, 2)]
    """
    pairs = sorted(
        (
            (overlap(g, p), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out: list[tuple[int, int]] = []
    for ov, i, j in pairs:
        if ov < threshold:
            break
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            out.append((i, j))
    return out


# --------------------------------------------------------------------------------------------
# gold files


class GoldFormatError(ValueError):
    """A gold file or document does not follow the format; the message says where."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        super().__init__(f"{where}: {message}")


@frozen
class GoldQuote:
    """One annotated quote: ``text == document.text[start:end]`` (checked when loaded)."""

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    cue: str | None = None


@frozen
class GoldDoc:
    """One annotated document of a gold file."""

    id: str
    lang: str
    text: str
    quotes: tuple[GoldQuote, ...] = field(converter=to_tuple)
    source: str | None = None

    @classmethod
    def from_dict(cls, data: Any, where: str = "<document>") -> GoldDoc:
        """A checked document: raises :class:`GoldFormatError` naming ``where`` on any defect."""
        if not isinstance(data, Mapping):
            raise GoldFormatError(where, f"a document must be a JSON object, got {type(data).__name__}")
        for key, kind in (("id", str), ("lang", str), ("text", str), ("quotes", list)):
            if key not in data:
                raise GoldFormatError(where, f"missing key {key!r}")
            if not isinstance(data[key], kind):
                raise GoldFormatError(where, f"{key!r} must be a {kind.__name__}")
        text: str = data["text"]
        quotes = []
        for n, q in enumerate(data["quotes"]):
            at = f"{where}: quote {n}"
            if not isinstance(q, Mapping):
                raise GoldFormatError(at, "a quote must be a JSON object")
            for key in ("text", "start", "end", "kind"):
                if key not in q:
                    raise GoldFormatError(at, f"missing key {key!r}")
            start, end = q["start"], q["end"]
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) \
                    or isinstance(end, bool):
                raise GoldFormatError(at, "start and end must be integers")
            if not 0 <= start <= end <= len(text):
                raise GoldFormatError(at, f"span {start}:{end} is outside a text of length {len(text)}")
            if text[start:end] != q["text"]:
                raise GoldFormatError(
                    at,
                    f"text[{start}:{end}] is {text[start:end][:60]!r}, "
                    f"but the quote's text is {str(q['text'])[:60]!r}",
                )
            if q["kind"] not in GOLD_KINDS:
                raise GoldFormatError(at, f"kind must be one of {', '.join(GOLD_KINDS)}, got {q['kind']!r}")
            for key in ("speaker", "cue"):
                if q.get(key) is not None and not isinstance(q[key], str):
                    raise GoldFormatError(at, f"{key!r} must be a string or null")
            quotes.append(
                GoldQuote(q["text"], start, end, q["kind"], q.get("speaker"), q.get("cue"))
            )
        source = data.get("source")
        return cls(
            id=data["id"], lang=data["lang"], text=text, quotes=quotes,
            source=source if isinstance(source, str) else None,
        )


PathLike = Union[str, "os.PathLike[str]"]
#: thresholds: ``{"quoted.f1": 0.5}`` or ``[("quoted.f1", "0.5"), ...]``
Minimums = Union[Mapping[str, Union[float, str]], Sequence[tuple[str, Union[float, str]]]]


def load_gold(path: PathLike) -> list[GoldDoc]:
    """The documents of a gold JSONL file, each one checked (``text[start:end] == quote text``, ...).

    Blank lines are ignored; any defect raises :class:`GoldFormatError` with ``file:line``.
    """
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{os.fspath(path)}:{lineno}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(where, f"invalid JSON ({e.msg} at column {e.colno})") from None
            doc = GoldDoc.from_dict(data, where)
            if doc.id in seen:
                raise GoldFormatError(where, f"duplicate id {doc.id!r} (first on line {seen[doc.id]})")
            seen[doc.id] = lineno
            docs.append(doc)
    return docs


def _gold_docs(source: PathLike | GoldDoc | Mapping[str, Any] | Iterable[Any]) -> list[GoldDoc]:
    if isinstance(source, (str, os.PathLike)):
        return load_gold(source)
    if isinstance(source, GoldDoc):
        return [source]
    if isinstance(source, Mapping):
        return [GoldDoc.from_dict(source)]
    docs: list[GoldDoc] = []
    for n, item in enumerate(source):
        if isinstance(item, (str, os.PathLike)):
            docs.extend(load_gold(item))
        elif isinstance(item, GoldDoc):
            docs.append(item)
        else:
            docs.append(GoldDoc.from_dict(item, f"<document {n}>"))
    return docs


# --------------------------------------------------------------------------------------------
# results


@frozen
class Counts:
    """Span detection of one group of kinds."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@frozen
class Metrics:
    """Every score of one evaluation; :meth:`as_lines` prints them like the reference scorer."""

    quoted: Counts
    indirect: Counts
    all: Counts
    attribution_total: int  #: matched pairs whose gold speaker is a name
    attribution_correct: int
    attribution_correct_strict: int
    end2end_tp: int
    language_correct: int
    language_total: int
    errors: int
    docs: int
    chars: int
    seconds: float

    @property
    def attribution_accuracy(self) -> float:
        return self.attribution_correct / self.attribution_total if self.attribution_total else 0.0

    @property
    def attribution_strict(self) -> float:
        return self.attribution_correct_strict / self.attribution_total if self.attribution_total else 0.0

    @property
    def end2end_f1(self) -> float:
        p = self.end2end_tp / self.all.predicted if self.all.predicted else 0.0
        r = self.end2end_tp / self.all.gold if self.all.gold else 0.0
        return _f1(p, r)

    @property
    def language_accuracy(self) -> float:
        return self.language_correct / self.language_total if self.language_total else 0.0

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The printed metrics by name (``"quoted.f1"``, ...), in the printed order."""
        out: dict[str, float | int] = {}
        for name, _ in GROUPS:
            counts: Counts = getattr(self, name)
            out[f"{name}.precision"] = counts.precision
            out[f"{name}.recall"] = counts.recall
            out[f"{name}.f1"] = counts.f1
            out[f"{name}.gold"] = counts.gold
        out["attribution.accuracy"] = self.attribution_accuracy
        out["attribution.strict"] = self.attribution_strict
        out["end2end.f1"] = self.end2end_f1
        out["language.accuracy"] = self.language_accuracy
        out["errors"] = self.errors
        out["docs"] = self.docs
        out["chars_per_s"] = self.chars_per_s
        return out

    def failures(self, minimums: Minimums) -> list[str]:
        """``errors=N>0`` when a document raised, then the ``KEY=VALUE<MIN`` of each minimum not
        met (a KeyError names an unknown metric).

        ``minimums`` maps metric names to thresholds, or is a sequence of ``(name, threshold)``;
        a threshold given as text is shown as written.
        """
        values = self.as_dict()
        items = minimums.items() if isinstance(minimums, Mapping) else minimums
        # a document on which the extractor raised is a failure whatever the thresholds: its
        # score (no prediction) says nothing about the extractor, and a crash must not pass a check
        out = [f"errors={self.errors}>0"] if self.errors else []
        for key, minimum in items:
            if key not in values:
                raise KeyError(f"unknown metric {key!r}; known: {', '.join(values)}")
            if values[key] < float(minimum):
                shown = minimum if isinstance(minimum, str) else f"{minimum:g}"
                out.append(f"{key}={values[key]:.3f}<{shown}")
        return out

    def summary(self, minimums: Minimums | None = None) -> str:
        """The last line: ``OK | ...`` or ``FAIL key=value<min ... | ...``."""
        fails = self.failures(minimums or {})
        head = ("FAIL " + " ".join(fails) + " | ") if fails else "OK | "
        return head + " " + (
            f"quoted.f1={self.quoted.f1:.3f} indirect.f1={self.indirect.f1:.3f} "
            f"attribution={self.attribution_accuracy:.3f} end2end.f1={self.end2end_f1:.3f} "
            f"errors={self.errors}"
        )

    def as_lines(self, minimums: Minimums | None = None) -> list[str]:
        """``key: value`` lines (floats with 3 decimals), then the summary line."""
        lines = [
            f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}"
            for k, v in self.as_dict().items()
        ]
        lines.append(self.summary(minimums))
        return lines


# --------------------------------------------------------------------------------------------
# evaluation

#: an extractor: ``extract(text, language=None) -> claims``; a claim needs ``start``, ``end``,
#: ``kind`` (a ClaimKind or a string) and ``speaker`` (a Speaker, a name or None)
ExtractFn = Callable[..., Iterable[Any]]
_DEFAULT: Any = object()


def _kind_of(claim: Any) -> str:
    kind = getattr(claim, "kind", None)
    return str(getattr(kind, "value", kind)).lower()


def _speaker_of(claim: Any) -> str | None:
    speaker = getattr(claim, "speaker", None)
    if speaker is None:
        return None
    return getattr(speaker, "name", None) or (speaker if isinstance(speaker, str) else None)


def _resolve_extractor(extractor: Any) -> ExtractFn:
    if extractor is None:
        from . import extract_claims

        return extract_claims
    if not callable(extractor) and callable(getattr(extractor, "extract", None)):
        return extractor.extract  # type: ignore[no-any-return]  # an Extractor
    if not callable(extractor):
        raise TypeError(f"extractor must be callable or have .extract(), got {type(extractor).__name__}")
    return extractor  # type: ignore[no-any-return]


def evaluate(
    gold_paths_or_docs: PathLike | GoldDoc | Mapping[str, Any] | Iterable[Any],
    extractor: ExtractFn | Any | None = None,
    lang_hint: bool = False,
    *,
    language_detector: Callable[[str], object] | None = _DEFAULT,
    show: int = 0,
    report: TextIO | None = None,
) -> Metrics:
    """Score an extractor on gold documents.

    ``gold_paths_or_docs``: a gold JSONL path, a document (dict or :class:`GoldDoc`) or an iterable
    of either. ``extractor``: a function ``(text, language=None) -> claims`` or an
    :class:`~quotecheck.Extractor`; default :func:`quotecheck.extract_claims`. With ``lang_hint``
    the gold language is passed, otherwise the extractor detects it. ``language_detector``
    (default :func:`quotecheck.detect_language`; None to skip) feeds ``language.accuracy``.
    ``show`` > 0 writes up to that many misses and wrong speakers to ``report`` (stderr).
    Extractor exceptions are counted in ``errors`` and reported on ``report`` (with the document's
    id), never raised; the summary then says ``FAIL errors=N>0``.
    """
    docs = _gold_docs(gold_paths_or_docs)
    extract = _resolve_extractor(extractor)
    if language_detector is _DEFAULT:
        from . import detect_language

        language_detector = detect_language
    out = report if report is not None else sys.stderr

    counts = {name: [0, 0, 0] for name, _ in GROUPS}  # tp, predicted, gold
    attr_n = attr_ok = attr_strict = e2e_tp = 0
    lang_ok = lang_n = errors = 0
    shown = 0
    chars = 0
    t0 = time.perf_counter()
    for doc in docs:
        chars += len(doc.text)
        try:
            found = extract(doc.text, language=doc.lang) if lang_hint else extract(doc.text)
            preds = list(found)
        except Exception:  # noqa: BLE001 - a crash on one document is a score, not an abort
            errors += 1
            print(f"quotecheck: evaluate: document {doc.id!r} raised:", file=out)
            traceback.print_exc(limit=2, file=out)
            preds = []
        if language_detector is not None:
            lang_n += 1
            try:
                lang_ok += str(language_detector(doc.text)).lower().startswith(doc.lang)
            except Exception:  # noqa: BLE001 - a detector failure counts as a wrong answer
                pass
        golds = doc.quotes
        for name, kinds in GROUPS:
            gg = [(q.start, q.end) for q in golds if kinds is None or q.kind in kinds]
            pp = [(p.start, p.end) for p in preds if kinds is None or _kind_of(p) in kinds]
            c = counts[name]
            c[0] += len(match(gg, pp))
            c[1] += len(pp)
            c[2] += len(gg)
        pairs = match([(q.start, q.end) for q in golds], [(p.start, p.end) for p in preds])
        for i, j in pairs:
            gold, predicted = golds[i].speaker, _speaker_of(preds[j])
            if gold and is_pronoun(gold):
                e2e_tp += predicted is not None  # the name cannot be checked; any speaker counts
                continue
            ok = speaker_ok(predicted, gold) if gold else predicted is None
            e2e_tp += ok
            if gold:
                attr_n += 1
                attr_ok += ok
                attr_strict += speaker_strict(predicted, gold)
                if not ok and shown < show:
                    shown += 1
                    print(
                        f"  wrong speaker {doc.id}: gold={gold!r} pred={predicted!r} :: "
                        f"{golds[i].text[:70]!r}",
                        file=out,
                    )
        if show:
            matched = {i for i, _ in pairs}
            for i, q in enumerate(golds):
                if i not in matched and shown < show:
                    shown += 1
                    print(f"  missed {doc.id} [{q.kind}]: {q.text[:80]!r}", file=out)
    seconds = time.perf_counter() - t0
    return Metrics(
        quoted=Counts(*counts["quoted"]),
        indirect=Counts(*counts["indirect"]),
        all=Counts(*counts["all"]),
        attribution_total=attr_n,
        attribution_correct=attr_ok,
        attribution_correct_strict=attr_strict,
        end2end_tp=e2e_tp,
        language_correct=lang_ok,
        language_total=lang_n,
        errors=errors,
        docs=len(docs),
        chars=chars,
        seconds=seconds,
    )


def parse_minimums(specs: Iterable[str]) -> list[tuple[str, str]]:
    """``["quoted.f1=0.5", ...]`` → ``[("quoted.f1", "0.5")]``; a ValueError explains a bad spec.

    >>> parse_minimums(["end2end.f1=0.25"])
    [('end2end.f1', '0.25')]
    """
    known = _metric_names()
    out: list[tuple[str, str]] = []
    for spec in specs:
        key, sep, value = spec.partition("=")
        key, value = key.strip(), value.strip()
        if not sep:
            raise ValueError(f"--min expects KEY=VALUE, got {spec!r}")
        if key not in known:
            raise ValueError(f"--min: unknown metric {key!r}; known: {', '.join(known)}")
        try:
            float(value)
        except ValueError:
            raise ValueError(f"--min: {value!r} is not a number (in {spec!r})") from None
        out.append((key, value))
    return out


def _metric_names() -> list[str]:
    empty = Metrics(Counts(), Counts(), Counts(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0)
    return list(empty.as_dict())


if __name__ == "__main__":  # pragma: no cover - convenience: python -m quotecheck.evaluate FILE
    from .cli import main

    sys.exit(main(["evaluate", *sys.argv[1:]]))
