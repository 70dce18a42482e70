"""``colon-subject``: the person a colon's sentence names after a fronted object speaks."""

from __future__ import annotations

import quotecheck


def _claims(text: str, language: str = "de") -> list[tuple[str | None, list[str]]]:
    return [(c.speaker.name if c.speaker else None, [e.rule for e in c.evidence])
            for c in quotecheck.extract_claims(text, language=language)]


def test_the_person_after_the_verb_of_a_colon_sentence_speaks() -> None:
    text = ("Die Sorge der Imker um den Winter fasste die Vorsitzende des Vereins, Ina Roth, "
            "in einem Satz zusammen: „Die Völker brauchen mehr Futter.“")
    [(speaker, rules)] = _claims(text)
    assert speaker == "Ina Roth" and "colon-subject" in rules


def test_a_name_inside_a_prepositional_phrase_is_no_colon_subject() -> None:
    text = "Die Entscheidung über die Pläne von Hans Braun fällt erst im Herbst: „Wir warten ab.“"
    assert all("colon-subject" not in rules for _, rules in _claims(text))


def test_a_language_without_verb_second_order_gets_no_colon_subject() -> None:
    text = "The anger of the party over the plans of Dr. Hans Braun was plain: “We will not give in.”"
    assert all("colon-subject" not in rules for _, rules in _claims(text, "en"))
