"""Language detection: deterministic, bounded, with a stop-word vote for short texts."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck import detect, detect_language

SAMPLES = {
    "fr": "« Nous allons renforcer les contrôles », a déclaré la ministre devant les députés mardi soir.",
    "en": "“We will not back down,” the mayor told reporters on Tuesday after the council meeting.",
    "de": "„Wir werden die Kontrollen verstärken“, sagte die Ministerin am Dienstag vor dem Parlament.",
    "es": "«Vamos a reforzar los controles», dijo la ministra el martes ante los diputados del congreso.",
    "it": "«Rafforzeremo i controlli», ha detto la ministra martedì davanti ai deputati del parlamento.",
    "pt": "“Vamos reforçar os controles”, disse a ministra na terça-feira diante dos deputados do congresso.",
}


@pytest.mark.parametrize("code, text", sorted(SAMPLES.items()))
def test_detects_each_supported_language(code: str, text: str) -> None:
    assert detect_language(text) == code


def test_deterministic() -> None:
    text = "Le maire a dit oui."
    assert len({detect_language(text) for _ in range(20)}) == 1


def test_short_text_vote() -> None:
    assert detect_language("Il a dit que les élus sont pour.") == "fr"
    assert detect_language("Er sagte, dass die Stadt nicht zahlt.") == "de"


def test_no_letters_is_undetermined() -> None:
    assert detect_language("") == "und"
    assert detect_language("1234 — !!") == "und"


def test_long_text_is_sampled() -> None:
    text = ("Le conseil municipal a voté le budget. " * 2000) + ("The council voted the budget. " * 10)
    assert detect_language(text) == "fr"


# Short news lines written for these tests in languages quotecheck has no data for; several share
# short words with ours ("die", "at", "el", "a").
UNSUPPORTED = {
    "nl": "De burgemeester zei dat de stad het geld niet heeft en dat de bewoners moeten wachten.",
    "pl": "Burmistrz powiedział, że miasto nie ma pieniędzy i mieszkańcy muszą poczekać do przyszłego roku.",
    "tr": "Belediye başkanı, şehrin parası olmadığını ve sakinlerin gelecek yıla kadar beklemesi gerektiğini söyledi.",
    "sv": "Borgmästaren sade att staden inte har pengarna och att invånarna måste vänta till nästa år.",
    "id": "Wali kota mengatakan bahwa kota tidak memiliki uang dan warga harus menunggu sampai tahun depan.",
    "da": "Borgmesteren sagde, at byen ikke har pengene, og at borgerne må vente til næste år.",
    "ca": "L'alcalde va dir que la ciutat no té diners i que els veïns hauran d'esperar fins l'any vinent.",
    "af": "Die raadslid het gesê die geld is nou daar, omdat die provinsie 'n deel van die koste betaal, "
    "maar die inwoners van die buurt is nie genoeg gehoor nie.",
}


@pytest.mark.parametrize("code, text", sorted(UNSUPPORTED.items()))
def test_text_in_an_unsupported_language_gets_no_supported_code(code: str, text: str) -> None:
    assert detect_language(text) not in quotecheck.supported_languages()


@pytest.mark.parametrize("code, text", sorted(UNSUPPORTED.items()))
def test_the_vote_abstains_on_unsupported_languages(code: str, text: str) -> None:
    sample = detect._sample(text)
    assert detect._vote(sample, [w.lower() for w in detect._WORD.findall(sample)]) is None


@pytest.mark.parametrize("code, text", sorted(SAMPLES.items()))
def test_the_vote_decides_supported_texts_without_langdetect(
    code: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(sample: str) -> tuple[str, float]:
        raise AssertionError("langdetect consulted although the vote had a clear winner")

    monkeypatch.setattr(detect, "_langdetect", refuse)
    assert detect_language(text) == code


def test_one_shared_word_repeated_is_no_vote() -> None:
    # "die" is German, and an Afrikaans or Dutch text repeats it: one distinct word is no evidence
    assert detect._vote("die die die die die", ["die"] * 5) is None


def test_an_unsure_supported_guess_without_its_words_is_undetermined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_langdetect", lambda sample: ("pt", 0.6))
    assert detect_language("Xunta veciñal dixo onte moitas cousas.") == "und"


@pytest.mark.parametrize("code", quotecheck.supported_languages())
def test_vote_files_are_current(code: str) -> None:
    """lang/<code>/vote.txt is what scripts/generate_vote_lexicons.py makes from the language data."""
    path = Path(detect.__file__).parent / "lang" / code / detect.VOTE_FILE
    assert path.read_text(encoding="utf-8") == detect.vote_file_text(code), "run scripts/generate_vote_lexicons.py"
    mark, words = detect._vote_data(code)
    data = quotecheck.lang.load(code)
    assert words == frozenset(data.stop_words) | frozenset(data.speech_verbs)
    assert mark == data.quote_pairs[0][0]
