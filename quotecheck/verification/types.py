"""The result of a verification: a verdict, the matching span of the source, the typed changes.

Every type is an ``attrs`` frozen class with slots; ``to_dict`` gives plain JSON types in the
shape of ``quotecheck/verification.schema.json``.
"""

from __future__ import annotations

import enum
from typing import Any

from attrs import field, frozen

from ..converters import to_tuple

__all__ = ["Change", "ChangeKind", "InvalidQuote", "Negation", "Verdict", "Verification"]


class Verdict(str, enum.Enum):
    """How faithfully a quote reproduces its source."""

    EXACT = "exact"  #: the same words, up to typography (marks, dashes, spaces, case at the start, punctuation)
    ELIDED = "elided"  #: exact runs separated by elision marks ("(…)", "[…]", "...", "…") only
    ALTERED = "altered"  #: the same passage with words substituted, inserted or left out
    NOT_FOUND = "not_found"  #: no passage of the source matches the quote

    def __str__(self) -> str:
        return self.value


class ChangeKind(str, enum.Enum):
    """What a change does to the source's words, read from the quote's side."""

    SUBSTITUTION = "substitution"  #: the quote has other words where the source has these
    INSERTION = "insertion"  #: the quote has words the source does not have there
    DELETION = "deletion"  #: the quote leaves out words of the source (with no elision mark)

    def __str__(self) -> str:
        return self.value


class Negation(str, enum.Enum):
    """A change that turns a statement into its opposite."""

    ADDED = "added"  #: the quote has a negation the source does not have
    REMOVED = "removed"  #: the source has a negation the quote dropped

    def __str__(self) -> str:
        return self.value


class InvalidQuote(ValueError):
    """The quote cannot be verified: it has no word (empty, only marks or punctuation)."""


def _span(_inst: Any, attribute: Any, value: tuple[int, int]) -> None:
    if len(value) != 2 or not 0 <= value[0] <= value[1]:
        raise ValueError(f"{attribute.name} must be a (start, end) pair with 0 <= start <= end, got {value}")


def _negation_or_none(value: Negation | str | None) -> Negation | None:
    return None if value is None else Negation(value)


@frozen
class Change:
    """One word-level difference between the quote and its source.

    ``quote_span`` and ``source_span`` are (start, end) offsets into the quote and the source as
    given; an insertion has an empty source span (where the words would go), a deletion an empty
    quote span. ``quote_words`` and ``source_words`` are the words as written on each side.
    """

    kind: ChangeKind = field(converter=ChangeKind)
    quote_span: tuple[int, int] = field(converter=to_tuple, validator=_span)
    source_span: tuple[int, int] = field(converter=to_tuple, validator=_span)
    quote_words: tuple[str, ...] = field(default=(), converter=to_tuple)
    source_words: tuple[str, ...] = field(default=(), converter=to_tuple)
    #: a negation word added or removed by this change; None when the change keeps the polarity
    negation: Negation | None = field(default=None, converter=_negation_or_none)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "quote_start": self.quote_span[0], "quote_end": self.quote_span[1],
            "source_start": self.source_span[0], "source_end": self.source_span[1],
            "quote_words": list(self.quote_words), "source_words": list(self.source_words),
            "negation": None if self.negation is None else self.negation.value,
        }


@frozen
class Verification:
    """The verdict on one quote against one source.

    ``start``/``end`` is the best-matching span of the source (``source[start:end]`` is the
    passage, from its first matched word to its last, the elided parts included); both are
    ``None`` when the verdict is ``not_found``. ``similarity`` is the share of words the quote and
    the span have in common (1.0 for exact and elided; the words an elision mark skips do not
    count); 0.0 when nothing was found.
    """

    verdict: Verdict = field(converter=Verdict)
    start: int | None = None
    end: int | None = None
    similarity: float = 0.0
    changes: tuple[Change, ...] = field(default=(), converter=to_tuple)
    #: the language whose negation words were read ("und" when none was needed or known)
    language: str = "und"

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end are both None or both offsets")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise ValueError(f"span {self.start}:{self.end} is not a span")
        if (self.verdict is Verdict.NOT_FOUND) != (self.start is None):
            raise ValueError("a span is given exactly when the quote was found")
        if not 0.0 <= self.similarity <= 1.0:
            raise ValueError(f"similarity must be within [0, 1], got {self.similarity}")

    @property
    def negated(self) -> bool:
        """True when a change adds or removes a negation."""
        return any(c.negation is not None for c in self.changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (see ``quotecheck/verification.schema.json``)."""
        return {
            "verdict": self.verdict.value, "start": self.start, "end": self.end,
            "similarity": self.similarity, "changes": [c.to_dict() for c in self.changes],
            "language": self.language,
        }
