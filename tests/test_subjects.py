"""The subject of a speech cue (quotecheck/subjects.py), on short texts written for each pattern."""

from __future__ import annotations

import quotecheck


def speakers(text: str, language: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language=language)]


def subject_how(claim: quotecheck.Claim) -> str:
    return next(e.detail for e in claim.evidence if e.rule == "subject")


def test_a_dropped_subject_after_the_quote_is_the_topic() -> None:
    # pro-drop: the cue after the quotation has no subject; it is the person just spoken of
    text = ("Marta Ruiz visitó ayer el mercado de la ciudad.\n\n"
            "\"No vamos a cerrar ningún puesto\", aseguró.")
    claims = quotecheck.extract_claims(text, language="es")
    assert [c.speaker.name for c in claims if c.kind.value == "direct"] == ["Marta Ruiz"]
    assert subject_how(next(c for c in claims if c.kind.value == "direct")) == "dropped subject"


def test_no_dropped_subject_where_the_language_writes_subjects() -> None:
    text = "Marta Dupont a visité le marché.\n\n« Nous ne fermerons aucun étal », a ajouté."
    claims = [c for c in quotecheck.extract_claims(text, language="fr") if c.kind.value == "direct"]
    assert all("dropped subject" not in subject_how(c) for c in claims if c.speaker)
