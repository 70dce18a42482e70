"""German-only checks of quotecheck/lang/de/; the checks every language shares are in
test_lexicons.py (among them the re-run of the generator, which needs no library for German).

The verb checks re-derive each lemma's 3sg present and Partizip II on their own (weak rules
written again here, strong principal parts restated), so a wrong or stale verb_forms.json fails
here.
"""

from __future__ import annotations

import pytest

from lexicon_checks import attested, generator_spec, lemmas
from quotecheck.lang import de

#: lemmas as the script lists them, with the particle of separable verbs marked: "mit|teilen"
LISTED = {entry.replace("|", ""): entry for entry in generator_spec("de").LEMMAS}
LEMMAS = lemmas("de")

# --------------------------------------------------------------------------- expected forms
#: (3sg present, Partizip II) of the strong and mixed simple verbs among the lemmas' bases
STRONG = {
    "sprechen": ("spricht", "gesprochen"), "schreiben": ("schreibt", "geschrieben"),
    "streiten": ("streitet", "gestritten"), "streichen": ("streicht", "gestrichen"),
    "geben": ("gibt", "gegeben"), "werfen": ("wirft", "geworfen"), "rufen": ("ruft", "gerufen"),
    "schreien": ("schreit", "geschrien"), "heben": ("hebt", "gehoben"),
    "weisen": ("weist", "gewiesen"), "raten": ("rät", "geraten"),
    "schlagen": ("schlägt", "geschlagen"), "bitten": ("bittet", "gebeten"),
    "denken": ("denkt", "gedacht"), "fahren": ("fährt", "gefahren"),
    "wenden": ("wendet", "gewandt"),
}
#: prefixed verbs with their own entry (not derived from a simple verb)
PREFIXED = {"empfehlen": ("empfiehlt", "empfohlen")}
UNSTRESSED = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "wieder", "unter")


def _weak(verb: str) -> tuple[str, str]:
    stem = verb[:-1] if verb.endswith(("eln", "ern")) else verb[:-2]
    linking = stem.endswith(("d", "t")) or (stem[-1] in "mn" and stem[-2] not in "aeiouäöülrhmn")
    present = stem + ("et" if linking else "t")
    no_ge = verb.endswith("ieren") or verb.startswith(UNSTRESSED)
    return present, present if no_ge else "ge" + present


def expected(listed: str) -> tuple[str, str]:
    """(3sg present, Partizip II) of a lemma as the script lists it; joined for separable verbs."""
    particle, _, verb = listed.rpartition("|")
    if verb in PREFIXED:
        present, participle = PREFIXED[verb]
    elif verb in STRONG:
        present, participle = STRONG[verb]
    else:
        prefix = next((p for p in UNSTRESSED if verb.startswith(p) and verb[len(p):] in STRONG), None)
        if prefix is not None:
            present, participle = STRONG[verb[len(prefix):]]
            present, participle = prefix + present, prefix + participle[2:]
        else:
            present, participle = _weak(verb)
    return particle + present, particle + participle


# --------------------------------------------------------------------------- tests
def test_quote_conventions():
    assert de.QUOTE_PAIRS == (("„", "“"), ("»", "«"), ("‚", "‘"), ("«", "»"), ("“", "”"), ('"', '"'), ("„", '"'), ("„", "”"))
    assert set(de.DIALOGUE_DASHES) <= {"—", "–", "―"}


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    present, participle = expected(LISTED[lemma])
    assert attested("de", present, lemma), f"{lemma}: 3sg {present!r}"
    assert attested("de", participle, lemma), f"{lemma}: Partizip II {participle!r}"
    assert attested("de", lemma, lemma), f"{lemma}: infinitive"


@pytest.mark.parametrize("form, lemma", [
    ("sagte", "sagen"), ("sagt", "sagen"), ("gesagt", "sagen"), ("sage", "sagen"),
    ("sagten", "sagen"), ("betonte", "betonen"), ("erklärte", "erklären"), ("erklärt", "erklären"),
    ("teilte", "mitteilen"), ("teilt", "mitteilen"), ("mitgeteilt", "mitteilen"),
    ("mitteilte", "mitteilen"), ("fügte", "hinzufügen"), ("hinzugefügt", "hinzufügen"),
    ("sprach", "sprechen"), ("widersprach", "widersprechen"), ("antwortete", "antworten"),
    ("geantwortet", "antworten"), ("kritisierte", "kritisieren"), ("kritisiert", "kritisieren"),
    ("twitterte", "twittern"), ("räumte", "einräumen"), ("eingeräumt", "einräumen"),
    ("zugegeben", "zugeben"), ("rief", "rufen"), ("entgegnete", "entgegnen"),
    ("wies", "hinweisen"), ("bestritt", "bestreiten"), ("empfahl", "empfehlen"),
    ("gibt", None), ("gab", None), ("frage", None), ("meine", None), ("bitte", None),
])
def test_spot_checks(form, lemma):
    assert de.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    for form in ("hat", "hatte", "habe", "ist", "war", "sei"):
        assert de.AUXILIARIES[form] is False
    for form in ("haben", "hatten", "sind", "waren"):
        assert de.AUXILIARIES[form] is True
    assert de.COMPLEMENTIZERS == ("dass", "daß", "ob")
    assert de.INVERTED_SUBJECTS == {}
    assert de.PRONOUNS == {"er": ("m", False), "sie": ("f", False)}


def test_roles_and_demonyms_pair_their_genders():
    for masculine, feminine in (("Bundeskanzler", "Bundeskanzlerin"), ("Sprecher", "Sprecherin"),
                                ("Anwalt", "Anwältin"), ("Minister", "Ministerin")):
        assert de.ROLE_NOUNS[masculine] == "m" and de.ROLE_NOUNS[feminine] == "f"
    assert de.ROLE_NOUNS["Vorsitzende"] is None and de.ROLE_NOUNS["Vorsitzender"] == "m"
    for masculine, feminine in (("Norweger", "Norwegerin"), ("Franzose", "Französin"),
                                ("Russe", "Russin")):
        assert de.DEMONYMS[masculine] == "m" and de.DEMONYMS[feminine] == "f"
    assert de.TITLES["Herr"] == "m" and de.TITLES["Frau"] == "f" and de.TITLES["Dr."] is None


def test_partial_cues_and_source_markers():
    for form in ("nannte", "bezeichnete", "sprach", "als"):
        assert form in de.PARTIAL_CUES
    for marker in ("laut", "zufolge", "nach angaben", "so"):
        assert marker in de.SOURCE_MARKERS
    # "so" and "zufolge" are taken only before a name or role
    assert {"so", "zufolge"} <= de.NAMED_SOURCE_MARKERS <= set(de.SOURCE_MARKERS)


def test_the_closing_source_markers_are_source_markers():
    assert de.CLOSING_SOURCE_MARKERS and de.CLOSING_SOURCE_MARKERS <= set(de.SOURCE_MARKERS)
