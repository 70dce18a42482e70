"""Paragraph windows: cut at blank lines, read with a look-back, claims put back in document terms."""

from __future__ import annotations

import io
import random

import pytest

import quotecheck
from quotecheck.windows import file_windows, text_windows

PARAGRAPHS = [
    "« Nous ouvrirons la piscine en juin », a déclaré Hélène Marchand, adjointe aux sports. Elle a ajouté que les tarifs baisseraient.",
    "Le directeur du port, Olivier Ravel, a indiqué que les travaux dureraient deux ans.",
    "« Le chantier est prêt », a-t-il précisé.",
    "Selon la préfète Nadia Belkacem, la route restera fermée jusqu'à lundi.",
    "« Personne n'a été blessé », a assuré le maire, Thierry Joly, mardi soir. Il a promis une enquête.",
    "Pour l'entraîneur Marc Lenoir, « l'équipe a manqué de rigueur ». Il estime que le calendrier est trop chargé.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def _placed(claims: list[quotecheck.Claim]) -> list[tuple[object, ...]]:
    """What windowing must keep: spans, kinds, speakers and their mentions, cues, positions."""
    return [(c.text, c.start, c.end, c.kind, c.speaker.name if c.speaker else None,
             (c.speaker.mention.start, c.speaker.mention.end) if c.speaker and c.speaker.mention else None,
             (c.cue.start, c.cue.end) if c.cue else None, c.paragraph, c.sentence) for c in claims]


def test_windows_cut_at_blank_lines_and_cover_the_text() -> None:
    parts = list(text_windows(TEXT, 150))
    assert len(parts) > 3
    assert "".join(TEXT[w.start : w.end] for w in parts) == TEXT
    assert all(w.text == TEXT[w.context : w.context + len(w.text)] for w in parts)
    assert all(w.context + len(w.text) >= w.end for w in parts)
    assert all(w.context + len(w.text) > w.end for w in parts[:-1])  # a look-ahead after each but the last
    assert all(TEXT[w.start - 2 : w.start] == "\n\n" for w in parts[1:])


def test_a_short_text_is_one_window() -> None:
    (only,) = text_windows(TEXT, len(TEXT))
    assert (only.context, only.start, only.end) == (0, 0, len(TEXT))


def test_tiny_windows_give_the_claims_of_the_whole_text() -> None:
    whole = quotecheck.Extractor(language="fr").analyze(TEXT)
    windowed = quotecheck.Extractor(language="fr", window_chars=150).analyze(TEXT)
    assert len(whole.claims) >= 8
    assert _placed(windowed.claims) == _placed(whole.claims)
    assert all(TEXT[c.start : c.end] == c.text for c in windowed.claims)


def test_the_look_back_resolves_a_pronoun_at_the_top_of_a_window() -> None:
    text = PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2]
    bound = len(PARAGRAPHS[1]) + 2
    assert [w.start for w in text_windows(text, bound)] == [0, bound]  # the inverted cue opens a window
    claims = quotecheck.Extractor(language="fr", window_chars=bound).extract(text)
    (claim,) = [c for c in claims if c.text == "Le chantier est prêt"]
    assert claim.speaker is not None and claim.speaker.name == "Olivier Ravel"


def test_a_paragraph_longer_than_the_bound_is_cut_at_a_line_break_or_a_space() -> None:
    text = "mot " * 100 + "\nsuite " * 10
    parts = list(text_windows(text, 64))
    assert all(len(text[w.start : w.end]) <= 64 for w in parts)
    assert all(text[w.end - 1].isspace() for w in parts[:-1])


@pytest.mark.parametrize("seed", range(5))
def test_file_windows_are_the_text_windows(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["Il a dit non.", "\n\n", "\r\n", "\n", " ", "« é’ »", "\u2029", "mot"]
    text = "".join(rng.choice(pieces) for _ in range(400))
    for bound, lookback, chunk in ((40, 25, 7), (97, 0, 1), (500, 60, 64)):
        expected = [(w.context, w.start, w.end, w.text) for w in text_windows(text, bound, lookback)]
        read = file_windows(io.BytesIO(text.encode("utf-8")), bound, lookback, chunk)
        assert [(w.context, w.start, w.end, w.text) for w in read] == expected


def test_file_windows_report_the_byte_offset_of_invalid_utf8() -> None:
    data = "Le maire a dit non.\n\n".encode("utf-8") * 5 + b"\xff" + b"x" * 50
    with pytest.raises(ValueError, match="0xff at offset 105"):
        list(file_windows(io.BytesIO(data), 30, 10, 16))


def test_window_bound_is_validated() -> None:
    with pytest.raises(ValueError):
        quotecheck.Extractor(window_chars=0)


def test_the_cli_reads_a_large_file_window_by_window(tmp_path, monkeypatch, capsys) -> None:
    import json

    from quotecheck import cli, inputs

    path = tmp_path / "long.txt"
    path.write_bytes(TEXT.encode("utf-8"))

    class SmallWindows(quotecheck.Extractor):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, window_chars=150, **kwargs)  # type: ignore[arg-type]

    read = []
    real = inputs.read_windows

    def spy(name: str, bound: int, *rest: object, **options: object):  # type: ignore[no-untyped-def]
        for w in real(name, bound, *rest, **options):  # type: ignore[arg-type]
            read.append(w)
            yield w

    monkeypatch.setattr(quotecheck, "Extractor", SmallWindows)
    monkeypatch.setattr(inputs, "read_windows", spy)
    assert cli.main(["extract", "--language", "fr", str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(read) > 3
    expected = quotecheck.api.Extractor(language="fr").extract(TEXT)  # whole, unpatched
    assert [(r["text"], r["start"], r["end"], r["paragraph"], r["speaker"]["name"] if r["speaker"] else None)
            for r in records] == [(c.text, c.start, c.end, c.paragraph, c.speaker.name if c.speaker else None)
                                  for c in expected]


def test_the_collector_is_paused_during_a_document_and_restored() -> None:
    import gc

    seen = []

    class Spy(quotecheck.api.Extractor):
        def _context(self, text, data):  # type: ignore[no-untyped-def]
            seen.append(gc.isenabled())
            return super()._context(text, data)

    assert gc.isenabled()
    Spy(language="fr").extract(TEXT)
    Spy(language="fr", window_chars=150).extract(TEXT)
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        Spy(language="fr").extract(TEXT)
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()


# -- a long document of news-like articles: the windows give the claims of the whole text ----------
_FIRST = ["Claire", "Antoine", "Sophie", "Bernard", "Inès", "Paul", "Yasmine", "Louis", "Camille", "Hugo"]
_HEADS = ["Bar", "Cor", "Dal", "Fer", "Gui", "Lam", "Mor", "Pel", "Ros", "Tal", "Ver", "Bou"]
_TAILS = ["bier", "net", "lin", "rand", "chard", "mond", "tier", "vaux", "zac", "din", "quet", "sard"]
_SAID = ["nous rouvrirons la ligne au printemps", "le budget sera tenu", "personne ne sera licencié",
         "les travaux commencent lundi", "la décision appartient au conseil", "nous attendons les chiffres",
         "le dossier avance bien", "rien n'est encore signé", "la rentrée se fera sans retard"]
_ENDS = ["", "eau", "ot", "ier", "on", "et"]
_VERBS = ["a déclaré", "a affirmé", "a expliqué", "a précisé", "a assuré"]


def _surname(n: int) -> str:
    """The ``n``-th of 864 surnames, all different."""
    return _HEADS[n % 12] + _TAILS[n // 12 % 12] + _ENDS[n // 144 % 6]


def _article(rng: random.Random, i: int) -> list[str]:
    """One short article with its own two people (no surname shared with another article)."""
    a = f"{_FIRST[i % 10]} {_surname(2 * i)}"
    b = f"{_FIRST[(i + 3) % 10]} {_surname(2 * i + 1)}"

    def said() -> str:
        return rng.choice(_SAID)

    def verb() -> str:
        return rng.choice(_VERBS)

    paragraphs = [f"« {said().capitalize()} », {verb()} {a}, adjointe au maire. Elle a ajouté que {said()}."]
    for _ in range(rng.randrange(3, 7)):
        k = rng.randrange(9)
        if k == 0:
            paragraphs.append(f"Selon {b}, {said()}.")
        elif k == 1:  # re-opened at each paragraph, closed at the last
            paragraphs += [f"{b} {verb()} : « {said().capitalize()}.", f"« {said().capitalize()}. »"]
        elif k == 2:  # runs on through a paragraph with no mark
            paragraphs += [f"“{said().capitalize()}.", f"{said().capitalize()}.", f"Et {said()}”, {verb()} {b}."]
        elif k == 3:  # a stray opening mark
            paragraphs.append(f"Le texte « {said()} a été voté mardi soir.")
        elif k == 4:
            paragraphs.append(f"« {said().capitalize()} », a-t-il précisé.")
        elif k == 5:
            paragraphs += [f"“{said().capitalize()}”, {verb()} {a}.", f"“{said().capitalize()}.", f"“Et {said()}.”"]
        elif k == 6:
            paragraphs.append(f"{b} estime que {said()}. \"{said().capitalize()}\", {verb()}-il.")
        elif k == 7:
            paragraphs.append(f"La réunion s'est tenue devant {rng.randrange(20, 300)} personnes.")
        else:
            paragraphs.append(f"{a} a indiqué que {said()}, avant de quitter la salle.")
    return paragraphs


def _news_day(chars: int, seed: int) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    i = size = 0
    while size < chars:
        new = _article(rng, i)
        paragraphs += new
        size += sum(len(p) + 2 for p in new)
        i += 1
    return "\n\n".join(paragraphs)


def _groups_cut(text: str, cuts: list[int]) -> int:
    """Quotations of the whole text (groups of parts) that a window end falls inside."""
    ex = quotecheck.Extractor(language="fr")
    ctx = ex.context(text)
    spans: dict[int, list[int]] = {}
    for q in ctx.quotes:
        spans.setdefault(q.group, []).extend((q.outer_start, q.outer_end))
    return sum(1 for cut in cuts for s in spans.values() if min(s) < cut < max(s))


BOUND = 2_500


@pytest.mark.parametrize("seed", range(2))
def test_windows_of_a_news_day_give_the_claims_of_the_whole_text(seed: int, monkeypatch) -> None:
    from quotecheck.attribution.attributor import Attributor

    text = _news_day(16 * BOUND, seed)
    naive = [w.end for w in text_windows(text, BOUND)][:-1]
    assert _groups_cut(text, naive) > 0  # cut at any blank line, some quotation would be split
    whole = quotecheck.Extractor(language="fr").analyze(text)
    windowed = quotecheck.Extractor(language="fr", window_chars=BOUND).analyze(text)
    assert len(whole.claims) > 150
    assert windowed.skipped_marks == whole.skipped_marks > 0
    # the spans, kinds, cues and places are the whole text's; a document-wide figure, the main
    # voice (the most mentioned person), is the window's own (docs/usage.md), so the speaker of a
    # quotation with no cue may differ, and the pronouns that follow that speaker with it
    def spans(claims: list[quotecheck.Claim]) -> list[tuple[object, ...]]:
        return [p[:4] + p[6:] for p in _placed(claims)]

    assert spans(windowed.claims) == spans(whole.claims)
    # without it, the claims are the same in every respect: speakers, mentions, evidence, confidence
    monkeypatch.setattr(Attributor, "_find_main_voice", lambda self: None)
    whole = quotecheck.Extractor(language="fr").analyze(text)
    assert quotecheck.Extractor(language="fr", window_chars=BOUND).analyze(text).claims == whole.claims


def test_windows_end_at_quiet_breaks_only() -> None:
    from quotecheck.boundaries import quiet_boundary
    from quotecheck.lang import load

    text = _news_day(12 * BOUND, 5)
    quiet = quiet_boundary(load("fr"), 2_000)
    parts = list(text_windows(text, BOUND, quiet=quiet))
    assert len(parts) > 8 and _groups_cut(text, [w.end for w in parts][:-1]) == 0
    assert all(quiet(text, w.end) for w in parts[:-1])
    for bound, lookback, chunk in ((BOUND, 4_000, 1_000), (900, 300, 37)):
        expected = [(w.context, w.start, w.end, w.text) for w in text_windows(text, bound, lookback, quiet=quiet)]
        read = file_windows(io.BytesIO(text.encode("utf-8")), bound, lookback, chunk, quiet=quiet)
        assert [(w.context, w.start, w.end, w.text) for w in read] == expected


@pytest.mark.parametrize("ahead, quiet", [
    ("Le conseil a voté.\n\nLa séance est levée.", True),
    ("« Nous verrons », a-t-il dit.", False),  # a quotation may be re-opened here
    ("Et la suite.\n\nToujours rien.\n\nFin”, a-t-il dit.", False),  # or close here, run on
    ("Et la suite.\n\nPuis « une autre », dit-il.", True),  # the first mark opens
    ("— Oui, répond-elle.", False),  # a turn of dialogue reads the line before it
    ("l’avenir, aujourd’hui et demain.", True),  # apostrophes are no marks
])
def test_the_quiet_break_test(ahead: str, quiet: bool) -> None:
    from quotecheck.boundaries import quiet_boundary
    from quotecheck.lang import load

    text = "Le maire a parlé.\n\n" + ahead
    assert quiet_boundary(load("fr"), 2_000)(text, len("Le maire a parlé.\n\n")) is quiet
    assert not quiet_boundary(load("fr"), 2_000)("Le maire a parlé de\nla ville.", len("Le maire a parlé de\n"))


def test_each_claim_is_built_once() -> None:
    """A claim of the look-back (or look-ahead) is the neighbour window's: it gets no hints here."""
    built: list[int] = []

    class Spy(quotecheck.api.Extractor):
        def _finished(self, ctx, claims):  # type: ignore[no-untyped-def]
            claims = list(claims)
            built.append(len(claims))
            return super()._finished(ctx, claims)

    text = _news_day(6 * BOUND, 3)
    claims = Spy(language="fr", window_chars=BOUND).extract(text)
    assert len(built) > 4 and sum(built) == len(claims)


def test_the_table_of_shared_parts_stays_bounded() -> None:
    """A stream of claims (the CLI writes and drops them) must not keep every distinct part."""
    from quotecheck import windows

    reassembler = windows.Reassembler()
    same = reassembler._share("a déclaré")
    assert reassembler._share("".join(["a ", "déclaré"])) is same  # equal parts are shared
    for k in range(3 * windows._MAX_SHARED):
        reassembler._share(f"decision {k}")
    assert len(reassembler._shared) <= windows._MAX_SHARED


def test_a_placed_claim_is_the_claim_with_its_offsets_moved() -> None:
    """The reassembler rebuilds each part with its constructor (cheaper than ``attrs.evolve``):
    every field must come across, offsets moved, positions counted on; a field added to a part
    and left out of :meth:`Reassembler.place` fails here."""
    import attrs

    from quotecheck import windows
    from quotecheck.claims import Claim, Cue, Evidence, Hint, HintKind, Mention, MentionKind, Speaker
    from quotecheck.document import Document

    def differs(cls: type) -> dict[str, object]:  # a value unlike each field's default
        return {a.name: a.default for a in attrs.fields(cls) if a.default is not attrs.NOTHING}

    mention = Mention(text="Eva Roth", start=40, end=48, kind=MentionKind.ROLE)
    speaker = Speaker(name="Eva Roth", mention=mention, kind="person", descriptions=("maire",), gender="f", plural=True)
    cue = Cue(text="a dit", lemma="dire", start=30, end=35)
    hint = Hint(kind=HintKind.NUMBER, text="12", start=5, end=7, value="12")
    claim = Claim(text="nous avons 12 écoles", start=0, end=20, kind="direct", speaker=speaker, cue=cue,
                  language="fr", confidence=0.25, evidence=(Evidence("segment", "direct"),),
                  quote_marks=("«", "»"), paragraph=3, sentence=5, hints=(hint,))
    for cls, value in ((Claim, claim), (Speaker, speaker), (Mention, mention), (Hint, hint)):
        assert all(getattr(value, k) != v for k, v in differs(cls).items()), cls  # every field set
    text = "x" * 100
    doc = Document(text=text, tokens=(), paragraphs=((0, 50), (60, 100)),
                                       sentences=((0, 10), (20, 50), (60, 100)))
    reassembler = windows.Reassembler()
    reassembler.paragraphs, reassembler.sentences = 7, 9
    window = windows.Window(context=1000, start=1060, end=1100, text=text)
    placed, = reassembler.place(window, doc, [attrs.evolve(claim, start=60, end=80, paragraph=1, sentence=2)])
    moved = attrs.evolve
    expected = moved(claim, start=1060, end=1080, paragraph=1 - 1 + 7, sentence=2 - 2 + 9,
                     speaker=moved(speaker, mention=moved(mention, start=1040, end=1048)),
                     cue=moved(cue, start=1030, end=1035), hints=(moved(hint, start=1005, end=1007),))
    assert placed == expected
    assert (reassembler.paragraphs, reassembler.sentences) == (8, 10)


def test_equal_evidence_of_placed_claims_is_shared_and_the_tables_stay_bounded() -> None:
    from quotecheck import windows
    from quotecheck.claims import Claim, Evidence
    from quotecheck.document import Document

    def claim(detail: str) -> Claim:  # equal evidence, distinct objects
        return Claim(text="oui", start=60, end=63, kind="direct",
                     evidence=(Evidence("segment", "direct"), Evidence("decision", detail)))

    doc = Document(text="x" * 100, tokens=(), paragraphs=((0, 100),), sentences=((0, 100),))
    window = windows.Window(context=1000, start=1060, end=1100, text="x" * 100)
    reassembler = windows.Reassembler()
    a, b, c = reassembler.place(window, doc, [claim("agree +1"), claim("agree +1"), claim("agree +2")])
    assert a.evidence == b.evidence and a.evidence is b.evidence
    assert c.evidence[0] is a.evidence[0] and c.evidence != a.evidence
    for k in range(2 * windows._MAX_SHARED):
        reassembler.place(window, doc, [claim(f"agree {k}")])
    assert len(reassembler._evidence) <= windows._MAX_SHARED + 2
    assert len(reassembler._evidence_tuples) <= windows._MAX_SHARED + 1
