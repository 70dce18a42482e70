"""English-only checks of quotecheck/lang/en/; the checks every language shares are in
test_lexicons.py (among them the re-run of the generator, which needs no library for English).

The verb checks re-derive each lemma's 3sg present and past participle on their own (regular
rules written again here, irregular principal parts restated), so a wrong or stale
verb_forms.json fails here.
"""

from __future__ import annotations

import pytest

from lexicon_checks import attested, lemmas
from quotecheck import lang
from quotecheck.lang import en

LEMMAS = lemmas("en")

# --------------------------------------------------------------------------- expected forms
#: past participles that are not base + -ed
PARTICIPLES = {
    "say": {"said"}, "tell": {"told"}, "write": {"written"}, "speak": {"spoken"},
    "think": {"thought"}, "swear": {"sworn"}, "forecast": {"forecast", "forecasted"},
    "admit": {"admitted"}, "regret": {"regretted"}, "quip": {"quipped"}, "snap": {"snapped"},
    "slam": {"slammed"}, "signal": {"signalled", "signaled"},
}


def third_singular(base: str) -> str:
    if base[-1] in "sxzo" or base[-2:] in ("ch", "sh"):
        return base + "es"
    if base[-1] == "y" and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def participles(base: str) -> set[str]:
    if base in PARTICIPLES:
        return PARTICIPLES[base]
    if base.endswith("e"):
        return {base + "d"}
    if base[-1] == "y" and base[-2] not in "aeiou":
        return {base[:-1] + "ied"}
    return {base + "ed"}


# --------------------------------------------------------------------------- tests
def test_quote_conventions():
    assert en.QUOTE_PAIRS == (("“", "”"), ("‘", "’"), ('"', '"'), ("“", '"'), ('"', "”"), ("‘", "”"), ("''", "''"), ("``", "''"))
    assert lang.load("en").quote_pairs[0] == ("“", "”")
    assert set(en.DIALOGUE_DASHES) <= {"—", "–", "―"}


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    base = lemma.split()[0]
    assert attested("en", third_singular(base), lemma), f"{lemma}: 3sg {third_singular(base)!r}"
    assert any(attested("en", p, lemma) for p in participles(base)), f"{lemma}: participle"


@pytest.mark.parametrize("form, lemma", [
    ("said", "say"), ("says", "say"), ("say", "say"), ("told", "tell"), ("tells", "tell"),
    ("added", "add"), ("adding", "add"), ("wrote", "write"), ("written", None),
    ("replied", "reply"), ("denies", "deny"), ("criticised", "criticize"),
    ("emphasises", "emphasize"), ("pointed", "point out"), ("stated", "state"),
    ("tweeted", "tweet"), ("quipped", "quip"), ("insisted", "insist"), ("warned", "warn"),
    ("report", None), ("states", None), ("alleged", None), ("warning", None),
])
def test_spot_checks(form, lemma):
    assert en.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    assert en.AUXILIARIES == {"has": False, "have": True, "had": False}
    assert en.COMPLEMENTIZERS == ("that",)
    assert en.INVERTED_SUBJECTS == {}
    assert en.PRONOUNS["he"] == ("m", False) and en.PRONOUNS["she"] == ("f", False)
    assert en.PRONOUNS["they"] == (None, True)


def test_non_names_leave_out_surnames():
    assert "May" not in en.NON_NAMES  # a surname too


def test_titles_and_roles():
    assert en.TITLES["Mr"] == "m" and en.TITLES["Mrs."] == "f" and en.TITLES["Dr."] is None
    assert "president" not in en.TITLES
    assert en.ROLE_NOUNS["spokeswoman"] == "f" and en.ROLE_NOUNS["prime minister"] is None


def test_partial_cues_and_source_markers():
    for form in ("called", "calling", "described", "describing", "dubbed", "termed", "labelled"):
        assert form in en.PARTIAL_CUES
    assert "according to" in en.SOURCE_MARKERS
