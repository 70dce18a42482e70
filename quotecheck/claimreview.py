"""A claim as a schema.org ``ClaimReview`` draft in JSON-LD, for a fact-checker to complete.

The mapping (docs/claimreview.md; the shape is ``claimreview.schema.json``)::

    ClaimReview
      claimReviewed     the claim's text
      itemReviewed      Claim
        author          Person or Organization (Speaker.kind), name, jobTitle (one person's role)
        appearance      CreativeWork: url and/or identifier (the article), datePublished
        datePublished   the article's date, when known (the claim entered public discourse then)
        inLanguage      the claim's language code
      reviewRating      Rating with no value: the verdict is the fact-checker's

What the fact-checker adds is left out rather than guessed: the review's own ``url``, ``author``
and ``datePublished``, and the rating's values. A speaker of unknown kind has no ``author``:
schema.org's ``author`` takes a Person or an Organization, and the text did not say which.
"""

from __future__ import annotations

import datetime
import functools
import re
import urllib.parse
from typing import TYPE_CHECKING, Any, Mapping

from .claims import SpeakerKind

if TYPE_CHECKING:
    from .claims import Claim, Speaker

__all__ = ["CONTEXT", "appearance", "claim_review", "iso_date", "job_title"]

CONTEXT = "https://schema.org"
_AUTHOR_TYPES = {SpeakerKind.PERSON: "Person", SpeakerKind.ORGANIZATION: "Organization"}

# schema.org Date and DateTime (ISO 8601 extended format): 2026-03-14, 2026-03-14T09:30,
# 2026-03-14T09:30:05.250+01:00, 2026-03-14T09:30:05Z
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?(?P<tz>Z|[+-](?P<tzH>\d{2}):(?P<tzM>\d{2}))?)?",
    re.ASCII,
)
_ISO_HELP = "YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]"


def claim_review(claim: Claim, url: str | None = None, date: str | datetime.date | None = None,
                 identifier: str | int | None = None) -> dict[str, Any]:
    """The ClaimReview draft of ``claim``: ``url`` and ``identifier`` name the article it appears
    in, ``date`` is the article's date (ISO 8601 text, or a ``date``/``datetime``).

    Raises ``TypeError`` for a value of the wrong type and ``ValueError`` for a URL that is not
    absolute or a date that is not ISO 8601.
    """
    published = iso_date(date)
    work = appearance(url, published, identifier)
    item: dict[str, Any] = {"@type": "Claim"}
    author = _author(claim.speaker, claim.language)
    if author is not None:
        item["author"] = author
    if work is not None:
        item["appearance"] = work
    if published is not None:
        item["datePublished"] = published
    if claim.language != "und":
        item["inLanguage"] = claim.language
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "itemReviewed": item,
        # schema.org: every Rating property is optional; Google's guidance requires a verdict
        # (alternateName), so a draft stays flagged as unrated until the fact-checker gives one
        "reviewRating": {"@type": "Rating"},
    }


def appearance(url: str | None, date: str | None = None, identifier: str | int | None = None) -> dict[str, Any] | None:
    """The ``CreativeWork`` a claim appears in, or None when neither ``url`` nor ``identifier``
    names it. ``date`` must already be ISO 8601 (see :func:`iso_date`)."""
    if url is not None:
        _check_url(url)
    if identifier is not None and (isinstance(identifier, bool) or not isinstance(identifier, (str, int))):
        raise TypeError(f"identifier: expected a str or an int, got {type(identifier).__name__}")
    if identifier == "":
        identifier = None
    if url is None and identifier is None:
        return None
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if url is not None:
        work["url"] = url
    if identifier is not None:
        work["identifier"] = str(identifier)  # schema.org: Text
    if date is not None:
        work["datePublished"] = date
    return work


def _check_url(url: object) -> None:
    if not isinstance(url, str):
        raise TypeError(f"url: expected a str, got {type(url).__name__}")
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:  # "http://[::1": a bracket not closed
        parts = urllib.parse.SplitResult("", "", "", "", "")
    if not parts.scheme or not parts.netloc or any(c.isspace() for c in url):
        raise ValueError(f"{url!r} is not an absolute URL (scheme://host/...)")


def iso_date(value: str | datetime.date | None) -> str | None:
    """``value`` as schema.org Date or DateTime text (ISO 8601), None for None.

    >>> iso_date("2026-03-14"), iso_date(datetime.date(2026, 3, 14))
    ('2026-03-14', '2026-03-14')
    >>> iso_date("14/03/2026")
    Traceback (most recent call last):
    ValueError: '14/03/2026' is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm])
    """
    if value is None:
        return None
    if isinstance(value, datetime.date):  # a datetime is a date too
        value = value.isoformat()  # checked below: an offset with seconds is no schema.org DateTime
    if not isinstance(value, str):
        raise TypeError(f"date: expected an ISO 8601 str, a datetime.date or None, got {type(value).__name__}")
    found = _ISO.fullmatch(value)
    if found is None or not _valid_fields(found):
        raise ValueError(f"{value!r} is not an ISO 8601 date ({_ISO_HELP})")
    return value


def _valid_fields(found: re.Match[str]) -> bool:
    """A real calendar day, and hours, minutes, seconds and offset within their ranges."""
    try:
        datetime.date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return False
    limits = (("H", 23), ("M", 59), ("S", 59), ("tzH", 23), ("tzM", 59))
    return all(found[key] is None or int(found[key]) <= top for key, top in limits)


def _author(speaker: Speaker | None, language: str) -> dict[str, Any] | None:
    if speaker is None or speaker.kind not in _AUTHOR_TYPES:
        return None
    author: dict[str, Any] = {"@type": _AUTHOR_TYPES[speaker.kind], "name": speaker.name}
    if speaker.kind is SpeakerKind.PERSON and not speaker.plural:  # "les salariés" hold no job title together
        title = job_title(speaker.descriptions, language)
        if title is not None:
            author["jobTitle"] = title
    return author


def job_title(descriptions: tuple[str, ...], language: str) -> str | None:
    """The role among a speaker's ``descriptions`` ("la présidente de l'association" →
    "présidente de l'association"), without its determiner; None when none holds a role noun of
    ``language`` (a demonym, "le Norvégien", is no job), or the language has no data.

    The first role the text gave, or a later one that contains it ("ministre" → "ministre de
    l'Intérieur").
    """
    roles = _role_index(language)
    if roles is None:
        return None
    found = [role for role in (roles.role_in(d) for d in descriptions) if role is not None]
    if not found:
        return None
    title = found[0]
    for later in found[1:]:
        if title.lower() in later.lower():
            title = later
    return title


@functools.lru_cache(maxsize=None)
def _role_index(language: str) -> _RoleIndex | None:
    from .lang import UnsupportedLanguage, load

    try:
        data = load(language)
    except UnsupportedLanguage:
        return None
    return _RoleIndex(data.role_nouns, data.determiners, data.plural_suffixes)


class _RoleIndex:
    """A language's role nouns as lower-case word sequences, with its determiners."""

    def __init__(self, role_nouns: Mapping[str, object], determiners: Mapping[str, object],
                 plural_suffixes: tuple[str, ...]) -> None:
        self.roles = frozenset(tuple(role.lower().split()) for role in role_nouns)
        self.longest = max((len(r) for r in self.roles), default=0)
        self.determiners = frozenset(d.lower() for d in determiners)
        # "l'" and "l’": an elided determiner is glued to the next word
        self.elided = tuple(sorted((d for d in self.determiners if d[-1:] in ("'", "’")), key=len, reverse=True))
        self.plural_suffixes = plural_suffixes

    def role_in(self, description: str) -> str | None:
        """``description`` without a leading determiner when a run of its words is a role noun."""
        words = description.split()
        if words and words[0].lower() in self.determiners:
            words = words[1:]
        elif words:
            first = words[0].lower()
            for elided in self.elided:
                if first.startswith(elided) and len(first) > len(elided):
                    words = [words[0][len(elided):], *words[1:]]
                    break
        lowered = [w.lower() for w in words]
        for i in range(len(lowered)):
            for n in range(1, min(self.longest, len(lowered) - i) + 1):
                if self._is_role(tuple(lowered[i:i + n])):
                    return " ".join(words)
        return None

    def _is_role(self, run: tuple[str, ...]) -> bool:
        if run in self.roles:
            return True
        last = run[-1]
        return any(last.endswith(s) and (*run[:-1], last[: -len(s)]) in self.roles for s in self.plural_suffixes)
