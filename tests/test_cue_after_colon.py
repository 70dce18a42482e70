"""The ``cue-after`` generator and a quotation that a colon opens and its own full stop closes.

Every sentence here is written for the test."""

from __future__ import annotations

from quotecheck import api
from quotecheck.attribution.attributor import Attributor
from quotecheck.attribution.generators import cue_after


def _proposals(text: str, language: str) -> list[str | None]:
    attributor = Attributor(api.Extractor(language=language).context(text))
    found = []
    for q in attributor.quotes:
        candidate = cue_after.propose(attributor, q)
        if candidate is not None and candidate.resolved is not None and candidate.resolved.mention is not None:
            found.append(candidate.resolved.mention.text)
        else:
            found.append(None)
    return found


def test_the_sentence_after_a_colon_quotation_is_no_cue_of_it() -> None:
    text = ("Die Ministerin Eva Lenz erklärte: „Der Haushalt steht.“ "
            "Karl Brenner forderte neue Gespräche.")
    assert _proposals(text, "de") == [None]


def test_a_question_closed_by_its_mark_keeps_the_subject_after_it() -> None:
    assert _proposals('The mayor spoke first. "Why now?" Kim Lowe asked.', "en") == ["Kim Lowe"]
