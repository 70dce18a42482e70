"""First-name gender, for pronoun agreement when the text gives no title or agreement.

Uses the offline first-name lists of ``gender-guesser``, loaded on first use (about 0.4 s) and
cached. Titles ("Mme"), roles ("la ministre") and agreement in the text are read first; this is the
fallback for "Jean-Luc Tanguy" / "Françoise Le Goff".
"""

from __future__ import annotations

import functools

__all__ = ["first_name_gender"]

_ANSWERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@functools.lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as detector  # lazy: its lists cost ~0.4 s to load

    return detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=4096)
def first_name_gender(first_name: str) -> str | None:
    """ "m", "f", or None when the name is unknown or used for both."""
    if not first_name[:1].isupper():
        return None
    answer = _ANSWERS.get(_detector().get_gender(first_name))
    if answer is None and "-" in first_name:
        return first_name_gender(first_name.split("-")[0])  # "Paul-Henri" is a Paul
    return answer
