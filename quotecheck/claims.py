"""The result types: immutable, JSON-ready, offsets into the caller's text.

Every type is an ``attrs`` frozen class with slots; collections are tuples. ``Claim.to_dict`` and
``Claim.from_dict`` round-trip through plain JSON types (the shape is the JSON Schema shipped as
``quotecheck/claim.schema.json``); ``Claim.to_claim_review`` writes a schema.org ClaimReview
(:mod:`quotecheck.claimreview`).
"""

from __future__ import annotations

import enum
import functools
import re
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from .converters import to_tuple

if TYPE_CHECKING:
    import datetime

    import cattrs

__all__ = ["ClaimKind", "SpeakerKind", "MentionKind", "HintKind", "Mention", "Speaker", "Cue", "Evidence", "Hint",
           "Claim"]


class ClaimKind(str, enum.Enum):
    """What kind of speech a claim reproduces."""

    DIRECT = "direct"  #: a full quotation in quote marks or on a dialogue dash line
    PARTIAL = "partial"  #: a quoted fragment inside the journalist's sentence
    INDIRECT = "indirect"  #: reported speech with no quote marks

    def __str__(self) -> str:
        return self.value


class SpeakerKind(str, enum.Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


class MentionKind(str, enum.Enum):
    """How a speaker is referred to at one place in the text."""

    NAME = "name"  #: a proper name, possibly with a title: "M. Stoltenberg"
    ROLE = "role"  #: a description: "le secrétaire général de l'Otan", "le Norvégien"
    ORGANIZATION = "organization"  #: "le ministère russe de la Défense"
    PRONOUN = "pronoun"  #: "il", "-t-elle"

    def __str__(self) -> str:
        return self.value


class HintKind(str, enum.Enum):
    """What a check-worthiness hint found in a claim's words (see :mod:`quotecheck.hints`)."""

    NUMBER = "number"  #: "1 234,5", "5 millions", "trois"
    PERCENTAGE = "percentage"  #: "3,5 %", "12 percent"
    MONEY = "money"  #: "€ 5", "5 millions d'euros", "$2.3bn"
    DATE = "date"  #: "12 mars 2024", "March 12", "12/03/2024", "en 2024"
    DURATION = "duration"  #: "trois ans", "18 months"
    COMPARISON = "comparison"  #: comparatives and superlatives: "le plus", "record", "more than"
    ENTITY = "entity"  #: a name, an organisation or a place named inside the claim
    HEDGE = "hedge"  #: a conditional or an attribution that weakens it: "aurait", "reportedly"
    COMMITMENT = "commitment"  #: a first-person pledge: "nous allons", "we will"

    def __str__(self) -> str:
        return self.value


def _non_negative(_inst: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def first_surrogate(text: str) -> int:
    """The offset of the first lone surrogate (U+D800..U+DFFF) in ``text``, else -1. Such a string
    is not Unicode text: it has no UTF-8 form, and JSON turns an escaped pair of them into one
    character, so offsets would not survive a round trip."""
    if text.isascii():
        return -1
    found = _SURROGATE.search(text)
    return -1 if found is None else found.start()


def _unicode_text(_inst: Any, attribute: attrs.Attribute[str], value: str) -> None:
    at = first_surrogate(value) if isinstance(value, str) else -1
    if at >= 0:
        raise ValueError(f"{attribute.name} holds the lone surrogate U+{ord(value[at]):04X} at offset {at}")


def _end_after_start(inst: Any, _attribute: attrs.Attribute[int], value: int) -> None:
    if value < inst.start:
        raise ValueError(f"end ({value}) must be >= start ({inst.start})")


@frozen
class Mention:
    """A reference to a speaker as written, with its offsets in the input text."""

    text: str = field(validator=_unicode_text)
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    kind: MentionKind = field(default=MentionKind.NAME, converter=MentionKind)


@frozen
class Speaker:
    """Who said it: ``name`` is the canonical (fullest) name; ``mention`` is the one that attributed it."""

    name: str
    mention: Mention | None = None
    kind: SpeakerKind = field(default=SpeakerKind.UNKNOWN, converter=SpeakerKind)
    #: roles and descriptions the text gives this speaker ("secrétaire général de l'Otan", "Norvégien")
    descriptions: tuple[str, ...] = field(default=(), converter=to_tuple)
    #: "m", "f" or None when the text does not tell
    gender: str | None = None
    plural: bool = False


@frozen
class Cue:
    """The speech verb or source marker that introduces the claim, as written ("a-t-il ajouté", "selon")."""

    text: str = field(validator=_unicode_text)
    lemma: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)


@frozen
class Evidence:
    """One step of how a claim was found or attributed: which rule fired and on what."""

    rule: str
    detail: str = ""


@frozen
class Hint:
    """Something a fact-checker triages on, found in the claim's words, with its offsets in the input
    text (``source[start:end] == text``). ``value`` is a normalised reading when there is one: a
    number as a decimal ("1234.5"), a percentage's number, money as "<amount> <ISO 4217 code>"
    ("5000000 EUR"), a date in ISO 8601 ("2024-03-12", "--03-12" without a year, "2024-03"), a
    duration in ISO 8601 ("P3Y", "PT6H"), an entity's kind ("name", "organization", "place")."""

    kind: HintKind = field(converter=HintKind)
    text: str = field(validator=_unicode_text)
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    value: str | None = None


@frozen
class Claim:
    """One quotation or reported statement. ``text == source[start:end]`` always holds."""

    text: str = field(validator=_unicode_text)
    start: int = field(validator=_non_negative)
    end: int = field(validator=_end_after_start)
    kind: ClaimKind = field(converter=ClaimKind)
    speaker: Speaker | None = None
    cue: Cue | None = None
    language: str = "und"
    confidence: float = field(default=1.0)
    evidence: tuple[Evidence, ...] = field(default=(), converter=to_tuple)
    #: the opening and closing marks around the text ("", "" for indirect speech; "—", "" for a dash line)
    quote_marks: tuple[str, str] = field(default=("", ""), converter=to_tuple)
    paragraph: int = 0
    sentence: int = 0
    #: check-worthiness hints in the claim's words, in text order (:mod:`quotecheck.hints`)
    hints: tuple[Hint, ...] = field(default=(), converter=to_tuple)

    @confidence.validator
    def _check_confidence(self, _attribute: attrs.Attribute[float], value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"confidence must be within [0, 1], got {value}")

    @classmethod
    def from_span(cls, source: str, start: int, end: int, kind: ClaimKind | str, **fields: Any) -> Claim:
        """Build a claim whose text is ``source[start:end]`` (the only safe way to get offsets right)."""
        if not 0 <= start <= end <= len(source):
            raise ValueError(f"span {start}:{end} is outside a text of length {len(source)}")
        return cls(text=source[start:end], start=start, end=end, kind=kind, **fields)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (enums as their values, tuples as lists)."""
        unstructured: dict[str, Any] = _converter().unstructure(self)
        return unstructured

    def to_claim_review(self, url: str | None = None, date: str | datetime.date | None = None, *,
                        identifier: str | int | None = None) -> dict[str, Any]:
        """A schema.org ``ClaimReview`` draft in JSON-LD, for a fact-checker to rate.

        ``url`` (absolute) and ``identifier`` (an article id) name the article the claim appears
        in; ``date`` is the article's date, ISO 8601 text or a ``datetime.date``. The speaker is
        the claim's author (a ``Person`` with its ``jobTitle``, or an ``Organization``); the
        ``reviewRating`` is left without a value. ``TypeError`` for a wrong type, ``ValueError``
        for a URL that is not absolute or a date that is not ISO 8601. See docs/claimreview.md.
        """
        from .claimreview import claim_review  # here: `import quotecheck` stays light

        return claim_review(self, url=url, date=date, identifier=identifier)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """The inverse of :meth:`to_dict`; a malformed dict raises ``ValueError`` saying where and why.

        Nothing is coerced: an offset must be an int (not ``"0"``, ``1.7`` or ``True``), a
        confidence an int or a float, a text a str, a flag a bool, a list a list.
        """
        if not isinstance(data, dict):
            raise ValueError(f"not a serialized Claim: expected a dict, got {type(data).__name__}")
        try:
            return _converter().structure(data, cls)
        except Exception as exc:  # cattrs groups the validators' errors: flatten them into one
            raise ValueError(f"not a serialized Claim: {'; '.join(_leaf_messages(exc))}") from exc


def _leaf_messages(exc: BaseException, path: str = "") -> list[str]:
    """One "field.path: TypeError: why" per leaf error (cattrs notes where each sub-error was raised)."""
    subs = getattr(exc, "exceptions", None)
    if not subs:
        where = f"{path}: " if path else ""
        return [f"{where}{type(exc).__name__}: {exc}"]
    messages = []
    for sub in subs:
        step = ""
        for note in getattr(sub, "__notes__", ()):
            if " @ attribute " in note:
                step = note.rsplit(" @ attribute ", 1)[1]
            elif " @ index " in note:
                step = f"[{note.rsplit(' @ index ', 1)[1]}]"
        joined = path + ("" if not step or step.startswith("[") or not path else ".") + step
        messages.extend(_leaf_messages(sub, joined))
    return messages


def _strict(kind: type, *accepted: type) -> Any:
    """A structure hook that takes a JSON value of exactly the expected type (bools are not numbers)."""
    names = " or ".join(t.__name__ for t in accepted)

    def structure(value: Any, _type: Any) -> Any:
        if isinstance(value, bool) and bool not in accepted or not isinstance(value, accepted):
            raise TypeError(f"expected {names}, got {type(value).__name__} {_short_repr(value)}")
        return kind(value)

    return structure


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _structure_sequence(conv: cattrs.Converter) -> Any:

    def structure(value: Any, type_: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {type(value).__name__} {_short_repr(value)}")
        args: tuple[Any, ...] = getattr(type_, "__args__", ())
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(conv.structure(v, args[0]) for v in value)
        if args and len(args) != len(value):
            raise ValueError(f"expected {len(args)} items, got {len(value)}")
        return tuple(conv.structure(v, t) for v, t in zip(value, args)) if args else tuple(value)

    return structure


@functools.lru_cache(maxsize=1)
def _converter() -> cattrs.Converter:
    """Built on first use: cattrs costs ~10-25 ms to import, and most callers never serialise."""
    import cattrs

    conv = cattrs.Converter()
    # JSON has arrays only, and enums travel as their values.
    conv.register_unstructure_hook_factory(
        lambda t: getattr(t, "__origin__", None) is tuple or t is tuple,
        lambda t: lambda v: [conv.unstructure(x) for x in v],
    )
    for enum_type in (ClaimKind, SpeakerKind, MentionKind, HintKind):
        conv.register_unstructure_hook(enum_type, lambda v: v.value)
    # no coercion on the way in: "0" is not an offset, 1.7 is not a paragraph, "yes" is not a bool
    conv.register_structure_hook(int, _strict(int, int))
    conv.register_structure_hook(float, _strict(float, int, float))
    conv.register_structure_hook(str, _strict(str, str))
    conv.register_structure_hook(bool, _strict(bool, bool))
    conv.register_structure_hook_func(
        lambda t: getattr(t, "__origin__", None) is tuple or t is tuple, _structure_sequence(conv)
    )
    return conv
