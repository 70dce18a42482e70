"""A user's script, checked by ``mypy --strict`` (tests/test_typing.py): the public API is typed.

Not a test module: it is never run, only type-checked.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterator

import quotecheck
from quotecheck import Analysis, Claim, ClaimKind, Extractor, Speaker


def speakers(text: str) -> dict[str, list[str]]:
    """Who said what, by canonical name."""
    said: dict[str, list[str]] = {}
    for claim in quotecheck.extract_claims(text, language="fr-FR", kinds="direct", min_confidence=0.5):
        speaker: Speaker | None = claim.speaker
        if speaker is not None:
            said.setdefault(speaker.name, []).append(claim.text)
    return said


def stream(texts: list[str]) -> Iterator[tuple[int, Claim]]:
    extractor = Extractor("pt_BR", kinds=[ClaimKind.DIRECT, "indirect"], window_chars=50_000)
    for number, claims in enumerate(extractor.extract_many(texts, processes=1)):
        for claim in claims:
            yield number, claim


def diagnostics(text: str) -> tuple[str, int, str | None]:
    analysis: Analysis = Extractor(backend="rules").analyze(text, language=None)
    return analysis.language, analysis.skipped_marks, analysis.detected_language


def round_trip(claim: Claim) -> bool:
    data = claim.to_dict()
    start: int = claim.start
    cue_text: str | None = claim.cue.text if claim.cue is not None else None
    return Claim.from_dict(data) == claim and start >= 0 and cue_text != ""


def review(claim: Claim) -> dict[str, Any]:
    """A ClaimReview draft: a date as text or as a datetime.date, the article by URL or by id."""
    by_url = claim.to_claim_review("https://news.example/a", datetime.date(2026, 3, 14))
    return by_url if claim.speaker else claim.to_claim_review(date="2026-03-14", identifier=7)


def languages() -> tuple[str, ...]:
    try:
        Extractor(language="nl")
    except quotecheck.UnsupportedLanguage as error:
        print(error)
    return quotecheck.supported_languages()
