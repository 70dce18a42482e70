"""Unicode normal forms: the same text composed or decomposed gives the same claims, offsets into
the caller's string (quotecheck.normalize)."""

from __future__ import annotations

import io
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck import Claim
from quotecheck.normalize import to_nfc
from quotecheck.windows import Window, file_windows, text_windows


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def comparable(claims: list[Claim], source: str) -> list[tuple[object, ...]]:
    """What a claim says, in NFC terms: its texts normalised, its offsets counted in NFC."""

    def at(offset: int) -> int:
        return len(nfc(source[:offset]))

    rows = []
    for c in claims:
        assert source[c.start:c.end] == c.text  # on the caller's string
        speaker = c.speaker
        mention = speaker.mention if speaker is not None else None
        if mention is not None:
            assert source[mention.start:mention.end] == mention.text
        if c.cue is not None:
            assert source[c.cue.start:c.cue.end] == c.cue.text
        rows.append((
            at(c.start), at(c.end), nfc(c.text), c.kind, c.confidence, c.evidence, c.paragraph, c.sentence,
            c.quote_marks, speaker.name if speaker else None,
            (at(mention.start), at(mention.end), nfc(mention.text), mention.kind) if mention else None,
            (at(c.cue.start), at(c.cue.end), nfc(c.cue.text), c.cue.lemma) if c.cue else None,
        ))
    return rows


ARTICLE = (
    "Grève à l'hôpital de Besançon\n\n"
    "« Nous ne céderons pas avant l'été », a déclaré Hélène Lefèvre, déléguée syndicale. "
    "Selon Jérôme Caré, le directeur, « les négociations reprendront mercredi ».\n\n"
    "Mme Lefèvre a précisé que les équipes étaient épuisées. « Ça ne peut plus durer », "
    "a-t-elle ajouté."
)


def test_a_decomposed_article_gives_the_claims_of_the_composed_one() -> None:
    composed = quotecheck.extract_claims(ARTICLE, language="fr")
    assert len(composed) >= 4 and all(c.speaker is not None for c in composed)
    decomposed_text = nfd(ARTICLE)
    assert decomposed_text != ARTICLE
    for language in ("fr", None):
        decomposed = quotecheck.extract_claims(decomposed_text, language=language)
        assert comparable(decomposed, decomposed_text) == comparable(composed, ARTICLE)
    # the texts are the caller's, decomposed, not a normalised copy
    assert any("\u0301" in c.text for c in quotecheck.extract_claims(decomposed_text))


def test_text_already_in_nfc_is_not_copied() -> None:
    normal, offsets = to_nfc(ARTICLE)
    assert normal is ARTICLE and offsets is None


# ---------------------------------------------------------------------------------------------
# the offset map on any text

marked = st.text(alphabet=st.sampled_from(list("ae oAç\n«».") + ["\u0301", "\u0327", "\u0323", "\u0308",
                                                               "\u1100", "\u1161", "\u11a8", "\u0958",
                                                               "\u212b", "\u0b47", "\u0b3e", "é"]),
                 max_size=40)


@given(marked)
@settings(max_examples=300, deadline=None)
def test_the_offset_map_rebuilds_every_span(text: str) -> None:
    normal, offsets = to_nfc(text)
    assert normal == nfc(text)
    if offsets is None:
        return
    for s in range(len(normal) + 1):
        for e in range(s, len(normal) + 1):
            start, end = offsets.start(s), offsets.end(e)
            assert 0 <= start <= end <= len(text)
            piece = text[start:end]
            # the original span covers the normalised one, whole characters only
            assert normal[s:e] in nfc(piece)
            if offsets.start(s) == offsets.end(s) and offsets.start(e) == offsets.end(e):
                assert nfc(piece) == normal[s:e]  # both ends on piece boundaries: exactly it
        assert offsets.to_normalised(offsets.start(s)) <= s


# ---------------------------------------------------------------------------------------------
# the same claims whatever the normal form, sentence by sentence mixed

NAMES = ["Hélène Lefèvre", "Jérôme Caré", "Zoé Mérieux", "André Pâquet", "Noël Bérénger"]
CONTENTS = ["Nous irons à Grenoble dès l'été", "Le député a été réélu sans débat",
            "Ça ne changera rien à la rentrée", "Personne n'a été prévenu à temps"]
TEMPLATES = [
    "« {c} », a déclaré {n}.",
    "« {c} », a-t-elle précisé.",
    "{n} a souligné que {lc}.",
    "Selon {n}, « {lc} ».",
    "La réunion s'est achevée à midi.",
]


@st.composite
def french_article(draw: st.DrawFn) -> list[str]:
    count = draw(st.integers(1, 5))
    sentences = []
    for _ in range(count):
        template = draw(st.sampled_from(TEMPLATES))
        content = draw(st.sampled_from(CONTENTS))
        sentences.append(template.format(c=content, lc=content[0].lower() + content[1:], n=draw(st.sampled_from(NAMES))))
    return sentences


@given(french_article(), st.lists(st.sampled_from(["NFC", "NFD"]), min_size=5, max_size=5),
       st.sampled_from([" ", "\n\n"]))
@settings(max_examples=40, deadline=None)
def test_any_mix_of_normal_forms_gives_the_same_claims(sentences: list[str], forms: list[str], joint: str) -> None:
    composed = joint.join(sentences)
    mixed = joint.join(unicodedata.normalize(form, s) for form, s in zip(forms, sentences))
    expected = comparable(quotecheck.extract_claims(composed, language="fr"), composed)
    assert comparable(quotecheck.extract_claims(mixed, language="fr"), mixed) == expected


# ---------------------------------------------------------------------------------------------
# the windowed paths: a long text, and a file read window by window

def long_article() -> str:
    return "\n\n".join(ARTICLE for _ in range(12))


def composed_windows(decomposed: str, parts: list[Window]) -> list[Window]:
    """The same windows cut from the composed text (each in NFC, at the same places)."""

    def at(offset: int) -> int:
        return len(nfc(decomposed[:offset]))

    return [Window(at(w.context), at(w.start), at(w.end), nfc(w.text)) for w in parts]


def test_windows_of_a_decomposed_text_give_the_claims_of_the_composed_one() -> None:
    text = long_article()
    decomposed = nfd(text)
    ex = quotecheck.Extractor(language="fr", window_chars=900)
    cut = list(text_windows(decomposed, 900))
    assert len(cut) > 3
    same_windows = list(ex.analyze_windows(composed_windows(decomposed, cut)))
    expected = comparable([c for p in same_windows for c in p.claims], text)
    assert len(expected) >= 12 * 4
    parts = list(ex.analyze_windows(iter(cut)))
    assert comparable([c for p in parts for c in p.claims], decomposed) == expected
    from_file = list(ex.analyze_windows(file_windows(io.BytesIO(decomposed.encode()), 900, read_bytes=257)))
    assert comparable([c for p in from_file for c in p.claims], decomposed) == expected
    assert [p.skipped_marks for p in from_file] == [p.skipped_marks for p in same_windows]


def test_a_long_decomposed_text_gives_the_claims_of_the_composed_one() -> None:
    text = long_article()
    ex = quotecheck.Extractor(language="fr", window_chars=900)  # windows cut in the NFC text
    expected = comparable(ex.extract(text), text)
    assert len(expected) >= 12 * 4
    decomposed = nfd(text)
    assert comparable(ex.extract(decomposed), decomposed) == expected
