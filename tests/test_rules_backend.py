"""The default backend (quotecheck/backends/rules.py): sentences and tokens, on texts written for each case."""

from __future__ import annotations

from quotecheck import lang
from quotecheck.backends.rules import RulesBackend


def sentences(text: str, code: str = "fr") -> list[str]:
    doc = RulesBackend().annotate(text, lang.load(code))
    return [text[a:b] for a, b in doc.sentences]


def test_a_period_that_lost_its_space_still_ends_the_sentence() -> None:
    text = "La ministre a parlé avec Paul Durand à Lyon.Elle a rappelé que le sommet aura lieu."
    assert sentences(text) == ["La ministre a parlé avec Paul Durand à Lyon.", "Elle a rappelé que le sommet aura lieu."]
    doc = RulesBackend().annotate(text, lang.load("fr"))
    assert [t.text for t in doc.tokens][8:11] == ["Lyon", ".", "Elle"]


def test_glued_periods_that_are_no_sentence_end() -> None:
    doc = RulesBackend().annotate("Voir z.B. et J.Dupont, Ph.D et example.com ici.", lang.load("de"))
    assert len(doc.sentences) == 1
    assert {"z.B.", "J.Dupont", "Ph.D", "example.com"} <= {t.text for t in doc.tokens}


def test_an_elided_preposition_the_language_lists_stands_apart() -> None:
    doc = RulesBackend().annotate("Il padre dell'atleta è arrivato nell’aula con un'amica.", lang.load("it"))
    words = [t.text for t in doc.tokens]
    assert words[2:4] == ["dell'", "atleta"] and words[6:8] == ["nell’", "aula"]
    assert words[9:11] == ["un'", "amica"]
    # a language that lists no such word keeps the token whole
    doc = RulesBackend().annotate("She met O'Neill's brother and dell'arte fans.", lang.load("en"))
    assert "dell'arte" in [t.text for t in doc.tokens]


def test_a_quote_mark_of_two_apostrophes_opens_the_next_sentence() -> None:
    text = "The council met on Monday. ''We are ready,'' Tom Hale said. ''The vote is close.'' It's late."
    assert sentences(text, "en") == ["The council met on Monday.", "''We are ready,'' Tom Hale said.",
                                     "''The vote is close.''", "It's late."]
    # one apostrophe opens words ("'tis", "'90s") as often as quotations: no sentence starts there
    assert len(sentences("They met in the '90s. 'twas late.", "en")) == 1


def test_an_abbreviated_nobiliary_particle_does_not_end_a_german_sentence() -> None:
    # "v." (von) before a family name, frequent in the older press
    assert sentences("Wir fragten Herrn v. Olmbach nach dem Weg. Er schwieg.", "de") == [
        "Wir fragten Herrn v. Olmbach nach dem Weg.", "Er schwieg."]


def test_an_ordinal_after_a_definite_article_does_not_end_a_sentence_where_ordinals_take_a_period() -> None:
    assert sentences("Im Saal begann der 2. Akt mit einem Lied. Dann kam der 14. Gast.", "de") == [
        "Im Saal begann der 2. Akt mit einem Lied.", "Dann kam der 14. Gast."]
    # a number ending a sentence after another word still ends it
    assert sentences("Er zählte bis 10. Dann ging er.", "de") == ["Er zählte bis 10.", "Dann ging er."]
    # a language without the flag keeps the split
    assert lang.load("en").ordinal_period is False
