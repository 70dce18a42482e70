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

# Texts whose characteristic words are few but whose function words are all of one language: the
# vote decides them (before, their stop words alone made under a fifth of their words and they went
# to langdetect).
FUNCTION_WORD_TEXTS = [
    ("es", "Según el informe de la agencia, la inflación de la zona en el mes de marzo fue de la mitad de la previsión de la patronal."),
    ("es", "El alcalde dijo que la reforma de la red de agua de la ciudad se hará en la primavera de la mano de la diputación provincial."),
    ("pt", "A reforma da lei que o governo apresentou em março reduz a jornada de trabalho na administração pública."),
]


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


@pytest.mark.parametrize("code, text", sorted(SAMPLES.items()) + FUNCTION_WORD_TEXTS)
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
    lexicon = detect._vote_data(code)
    data = quotecheck.lang.load(code)
    assert lexicon.voting == frozenset(data.stop_words) | frozenset(data.speech_verbs)
    assert lexicon.mark == data.quote_pairs[0][0]
    # every one-word entry of the closed-class lists counts for coverage, beside the voting words
    determiners = {w for w in data.determiners if detect._WORD.fullmatch(w)}
    assert lexicon.voting | determiners <= detect.function_words(code)


# Sentences written for these tests in languages with no data here but in langdetect's profiles,
# neighbours of ours that share many function words with them: the vote must abstain, and the
# answer must not be a supported language.
NEIGHBOURS = {
    "ca": [
        "«No pensem tancar cap escola més», ha dit la consellera després de la trobada amb els pares.",
        "L'alcaldessa va explicar que les obres del nou mercat acabaran a l'estiu i que la ciutat pagarà la meitat.",
        "«Estem molt preocupats per la situació dels pagesos», va afirmar el portaveu, que va demanar més ajuts.",
    ],
    "ro": [
        "„Nu vom închide nicio altă școală”, a declarat ministra după întâlnirea cu părinții.",
        "Primarul a explicat că lucrările la noua piață vor începe în vară și că orașul va plăti jumătate.",
    ],
    "nl": [
        "\"We sluiten geen enkele school meer\", zei de wethouder na het overleg met de ouders.",
        "Volgens de bewoners kunnen ze al twee weken niet slapen door het lawaai van de bouwplaats.",
    ],
    "sv": [
        "”Vi stänger inga fler skolor”, sade ministern efter mötet med föräldrarna.",
        "Enligt de boende har bullret från bygget hållit dem vakna i två veckor.",
    ],
    "da": ["Borgmesteren forklarede, at arbejdet på den nye skole begynder til sommer, og at byen betaler halvdelen."],
    "af": ["Die burgemeester het verduidelik dat die werk aan die nuwe skool in die somer begin en dat die stad die helfte betaal."],
}
NEIGHBOUR_CASES = [(code, text) for code, texts in sorted(NEIGHBOURS.items()) for text in texts]


@pytest.mark.parametrize("code, text", NEIGHBOUR_CASES)
def test_neighbour_languages_get_no_supported_code(code: str, text: str) -> None:
    sample = detect._sample(text)
    assert detect._vote(sample, [w.lower() for w in detect._WORD.findall(sample)]) is None
    assert detect_language(text) not in quotecheck.supported_languages()


def test_a_text_whose_short_words_are_foreign_gets_no_vote() -> None:
    # a leader's characteristic words, but short words ("i", "els", "amb") of no language it knows
    text = "Los dirigentes i els veïns amb els pagesos dijeron que i els amb i els amb según ellos."
    sample = detect._sample(text)
    words = [w.lower() for w in detect._WORD.findall(sample)]
    assert detect._ranked(sample, words)[0][0] == "es"
    assert detect._vote(sample, words) is None
    assert {"i", "els", "amb"}.isdisjoint(detect.function_words("es"))


# Known failures (ftfy's strict xfail): languages neither in our data nor in langdetect's profiles
# whose function words are nearly all a supported neighbour's; a word vote cannot tell them apart.
@pytest.mark.xfail(strict=True, reason="Galician writes its function words as Portuguese does; langdetect has no profile")
def test_galician_is_not_portuguese() -> None:
    assert detect_language("O alcalde explicou que as obras da nova escola comezarán na primavera e que o concello pagará a metade.") != "pt"

