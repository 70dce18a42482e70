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
