"""A claim's ``Speaker`` and ``Cue`` are made once per entity and mention and once per cue match
(they are immutable, and neighbouring claims often cite the same ones): the claims are those an
attributor that keeps nothing makes, and each kept object is the one its offsets describe."""

import pytest

from quotecheck import api
from quotecheck.attribution.attributor import Attributor

from attribution_texts import EN_OPENING, FR_OPENING

TEXTS = {
    "fr": (
        FR_OPENING +
        "— Vous reculerez ?\n— Jamais, a dit le ministre.\n\n"
        "Il a dit « oui » et il a dit « non » et elle a dit « peut-être »."
    ),
    "en": (
        EN_OPENING +
        'According to Lowe, the city "cannot afford" new debt. Kerr told reporters that the '
        'schools would get more money. "Why now?" Lowe asked.'
    ),
    "de": (
        "Streit um den Haushalt\n\n"
        "„Wir werden die Steuern nicht erhöhen“, sagte Bürgermeisterin Eva Kranz am Montag. Der "
        "Stadtrat Jonas Brand nannte den Plan einen „Fehler“. Er erklärte, die Abstimmung werde "
        "knapp. „Das ist ein fairer Haushalt“, fügte sie hinzu."
    ),
    "es": (
        "Debate sobre el presupuesto\n\n"
        "«No subiremos los impuestos», dijo la alcaldesa Ana Ruiz el lunes. El concejal Tomás "
        "Vega calificó el plan de «un error» y afirmó que la votación sería ajustada. «Es un "
        "presupuesto justo», añadió."
    ),
}


class _NeverKept(dict):  # type: ignore[type-arg]
    """A memo that keeps nothing."""

    def __setitem__(self, key, value):  # type: ignore[no-untyped-def]
        pass


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_shared_speakers_and_cues_are_the_ones_made_anew(code: str) -> None:
    ctx = api.Extractor(language=code).context(TEXTS[code])
    shared = Attributor(ctx)
    fresh = Attributor(ctx)
    fresh._speakers, fresh._cues = _NeverKept(), _NeverKept()
    claims = shared.run()
    assert [c.to_dict() for c in claims] == [c.to_dict() for c in fresh.run()]
    assert not fresh._speakers and shared._speakers and shared._cues
    for c in claims:  # each kept speaker and cue is the one its claim's own offsets describe
        if c.cue is not None:
            assert c.cue.text == TEXTS[code][c.cue.start:c.cue.end]
        if c.speaker is not None and c.speaker.mention is not None:
            assert c.speaker.mention.text == TEXTS[code][c.speaker.mention.start:c.speaker.mention.end]
