"""Quote verification: verdicts, offsets, typography, elisions, negations, the command, speed."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck import Claim, InvalidText, UnsupportedLanguage
from quotecheck.cli import main
from quotecheck.schema import load_verification_schema
from quotecheck.verification import ChangeKind, InvalidQuote, Negation, Verdict, Verification, align, verify
from quotecheck.verification import words as verify_words

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(load_verification_schema())

SPEECH = (
    "Mesdames et messieurs, merci d’être venus si nombreux ce soir. "
    "Nous allons rouvrir la piscine municipale au printemps, après deux années de travaux. "
    "Le budget de la commune restera équilibré, et les impôts locaux n’augmenteront pas cette année. "
    "Je veux aussi remercier les bénévoles du club de natation, qui ont attendu avec patience."
)
PASSAGE = "Nous allons rouvrir la piscine municipale au printemps, après deux années de travaux."


@pytest.fixture(params=align.ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    if request.param == "rapidfuzz":
        pytest.importorskip("rapidfuzz", reason="rapidfuzz is not installed (pip install 'quotecheck[verify]')")
    return str(request.param)


def check(v: Verification) -> Verification:
    """Every verification is valid against the shipped schema."""
    errors = [e.message for e in VALIDATOR.iter_errors(v.to_dict())]
    assert not errors, errors
    return v


# --------------------------------------------------------------------------- exact: typography
@pytest.mark.parametrize("quote", [
    PASSAGE,
    "« Nous allons rouvrir la piscine municipale au printemps, après deux années de travaux »",
    "“nous allons rouvrir la piscine municipale au printemps – après deux années de travaux…”",
    "Nous\u00a0allons rouvrir la  piscine\nmunicipale au printemps, après deux années de travaux !",
])
def test_typography_is_not_a_change(quote: str, engine: str) -> None:
    v = check(verify(quote, SPEECH, engine=engine))
    assert v.verdict is Verdict.EXACT and v.similarity == 1.0 and v.changes == ()
    assert SPEECH[v.start:v.end] == PASSAGE.rstrip(".")


def test_apostrophes_fold_inside_words(engine: str) -> None:
    v = check(verify("les impôts locaux n'augmenteront pas cette année", SPEECH, engine=engine))
    assert v.verdict is Verdict.EXACT
    assert SPEECH[v.start:v.end] == "les impôts locaux n’augmenteront pas cette année"


def test_a_quote_that_starts_after_an_elided_word_is_exact(engine: str) -> None:
    source = "Elle a promis qu’il y aurait des bus toute la nuit pendant le festival."
    v = check(verify("il y aurait des bus toute la nuit", source, engine=engine))
    assert v.verdict is Verdict.EXACT and source[v.start:v.end] == "il y aurait des bus toute la nuit"


def test_case_counts_inside_the_quote(engine: str) -> None:
    v = check(verify("nous allons rouvrir la Piscine municipale au printemps", SPEECH, engine=engine))
    assert v.verdict is Verdict.ALTERED
    [c] = v.changes
    assert c.kind is ChangeKind.SUBSTITUTION and c.quote_words == ("Piscine",) and c.source_words == ("piscine",)


def test_a_decomposed_source_keeps_its_offsets(engine: str) -> None:
    source = unicodedata.normalize("NFD", SPEECH)
    v = check(verify(PASSAGE, source, engine=engine))
    assert v.verdict is Verdict.EXACT
    assert unicodedata.normalize("NFC", source[v.start:v.end]) == PASSAGE.rstrip(".")


# --------------------------------------------------------------------------- elided
@pytest.mark.parametrize("mark", [" (…) ", " [...] ", "... ", " […] ", " … "])
def test_an_elision_mark_may_skip_words(mark: str, engine: str) -> None:
    quote = "Nous allons rouvrir la piscine" + mark + "après deux années de travaux"
    v = check(verify(quote, SPEECH, engine=engine))
    assert v.verdict is Verdict.ELIDED and v.similarity == 1.0 and v.changes == ()
    assert SPEECH[v.start:v.end] == PASSAGE.rstrip(".")


def test_an_elision_mark_that_skips_nothing_is_exact(engine: str) -> None:
    v = check(verify("Nous allons rouvrir la piscine (…) municipale au printemps", SPEECH, engine=engine))
    assert v.verdict is Verdict.EXACT


def test_an_elided_quote_with_a_changed_word_is_altered(engine: str) -> None:
    v = check(verify("Nous allons rouvrir la piscine […] après trois années de travaux", SPEECH, engine=engine))
    assert v.verdict is Verdict.ALTERED
    assert [(c.kind, c.quote_words, c.source_words) for c in v.changes] == [
        (ChangeKind.SUBSTITUTION, ("trois",), ("deux",))]


# --------------------------------------------------------------------------- altered: typed changes
def test_a_substitution_has_offsets_on_both_sides(engine: str) -> None:
    quote = "Nous allons fermer la piscine municipale au printemps"
    v = check(verify(quote, SPEECH, engine=engine))
    assert v.verdict is Verdict.ALTERED and 0.5 < v.similarity < 1.0
    [c] = v.changes
    assert c.kind is ChangeKind.SUBSTITUTION
    assert quote[slice(*c.quote_span)] == "fermer" and SPEECH[slice(*c.source_span)] == "rouvrir"
    assert c.negation is None


def test_a_dropped_clause_is_a_deletion(engine: str) -> None:
    quote = "Le budget de la commune restera équilibré, et les impôts locaux n’augmenteront pas"
    source = SPEECH.replace("restera équilibré, et", "restera équilibré malgré la crise de l’énergie, et")
    v = check(verify(quote, source, engine=engine))
    assert v.verdict is Verdict.ALTERED
    [c] = v.changes
    assert c.kind is ChangeKind.DELETION and c.quote_words == ()
    assert source[slice(*c.source_span)] == "malgré la crise de l’énergie"
    assert c.quote_span[0] == c.quote_span[1] == quote.index(",")


def test_an_inserted_word_is_an_insertion(engine: str) -> None:
    quote = "Nous allons enfin rouvrir la piscine municipale au printemps"
    v = check(verify(quote, SPEECH, engine=engine))
    [c] = v.changes
    assert c.kind is ChangeKind.INSERTION and c.quote_words == ("enfin",) and c.source_words == ()
    assert c.source_span[0] == c.source_span[1] == SPEECH.index(" rouvrir")


def test_reordered_words_are_altered(engine: str) -> None:
    v = check(verify("Nous allons rouvrir au printemps la piscine municipale", SPEECH, engine=engine))
    assert v.verdict is Verdict.ALTERED and v.changes


def test_a_quote_spliced_from_two_places_is_altered(engine: str) -> None:
    filler = " ".join(f"Point numéro {k} de l’ordre du jour, adopté sans débat." for k in range(40))
    source = SPEECH + " " + filler + " Les travaux du gymnase commenceront dès la rentrée de septembre prochain."
    quote = "Nous allons rouvrir la piscine municipale au printemps, les travaux du gymnase commenceront dès la rentrée"
    v = check(verify(quote, source, engine=engine))
    assert v.verdict is Verdict.ALTERED


# --------------------------------------------------------------------------- negations, by language
NEGATIONS = [
    ("fr", "Les impôts locaux augmenteront cette année.", "les impôts locaux n’augmenteront pas cette année", Negation.ADDED),
    ("fr", "Nous ne céderons jamais sur ce point.", "Nous céderons sur ce point", Negation.REMOVED),
    ("en", "We will raise the bridge toll next year.", "We won't raise the bridge toll next year", Negation.ADDED),
    ("en", "The library will not close on Sundays.", "The library will close on Sundays", Negation.REMOVED),
    ("de", "Die Brücke wird im Mai geöffnet.", "Die Brücke wird im Mai nicht geöffnet", Negation.ADDED),
    ("es", "El mercado abrirá el domingo por la mañana.", "El mercado no abrirá el domingo por la mañana", Negation.ADDED),
    ("it", "Il museo non chiuderà durante l'estate.", "Il museo chiuderà durante l'estate", Negation.REMOVED),
    ("pt", "A escola vai reabrir em setembro deste ano.", "A escola não vai reabrir em setembro deste ano", Negation.ADDED),
]


@pytest.mark.parametrize(("code", "source", "quote", "negation"), NEGATIONS)
def test_a_negation_added_or_removed_is_flagged(code: str, source: str, quote: str, negation: Negation, engine: str) -> None:
    v = check(verify(quote, source, language=code, engine=engine))
    assert v.verdict is Verdict.ALTERED and v.negated and v.language == code
    assert negation in {c.negation for c in v.changes}
    assert {c.negation for c in v.changes} <= {negation, None}


def test_the_language_is_the_claims_else_the_sources() -> None:
    source, quote = NEGATIONS[4][1], NEGATIONS[4][2]
    claim = Claim.from_span(quote, 0, len(quote), "direct", language="de")
    assert verify(claim, source).language == "de"
    assert verify(quote, "Die Stadt sagte: " + source + " Der Bürgermeister kam nicht.").language == "de"


def test_a_word_change_that_keeps_the_polarity_is_no_negation(engine: str) -> None:
    v = verify("We will raise the ferry toll next year", "We will raise the bridge toll next year.", language="en", engine=engine)
    assert v.verdict is Verdict.ALTERED and not v.negated


@pytest.mark.parametrize("code", ["de", "en", "es", "fr", "it", "pt"])
def test_every_language_has_negation_words(code: str) -> None:
    data = quotecheck.lang.load(code)
    assert len(data.negation_words) >= 5
    assert all(w == w.lower() and w.strip() == w for w in data.negation_words)
    assert data.negations <= data.negation_words | frozenset(data.negation_prefixes) | {"plus", "point"}  # fr: also "more", "a point"


# --------------------------------------------------------------------------- not found
def test_a_quote_from_elsewhere_is_not_found(engine: str) -> None:
    v = check(verify("Le conseil départemental financera une nouvelle route vers la gare", SPEECH, engine=engine))
    assert v.verdict is Verdict.NOT_FOUND and v.start is None and v.end is None and v.changes == ()
    assert v.similarity < 0.5


def test_a_claim_is_verified_by_its_text() -> None:
    [claim] = quotecheck.extract_claims("« Nous allons rouvrir la piscine municipale », a déclaré Anne Roux.")
    v = verify(claim, SPEECH)
    assert v.verdict is Verdict.EXACT and SPEECH[v.start:v.end] == claim.text


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(("quote", "source", "error"), [
    (42, SPEECH, TypeError),
    (PASSAGE, b"bytes", TypeError),
    ("(…)", SPEECH, InvalidQuote),
    ("  « » ", SPEECH, InvalidQuote),
    ("a\ud800b", SPEECH, InvalidText),
    (PASSAGE, "x\udfff", InvalidText),
])
def test_bad_input_is_a_typed_error(quote: object, source: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        verify(quote, source)  # type: ignore[arg-type]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage):
        verify(PASSAGE, SPEECH, language="xx")
    with pytest.raises(ValueError, match="engine"):
        verify(PASSAGE, SPEECH, engine="levenshtein-by-hand")


def test_results_are_immutable_and_consistent() -> None:
    v = verify(PASSAGE, SPEECH)
    with pytest.raises(AttributeError):
        v.verdict = Verdict.ALTERED  # type: ignore[misc]
    with pytest.raises(ValueError):
        Verification(Verdict.EXACT)  # found, but no span
    with pytest.raises(ValueError):
        Verification(Verdict.NOT_FOUND, 0, 3)


def test_the_schema_refuses_what_to_dict_never_writes() -> None:
    data = verify("Nous allons fermer la piscine", SPEECH).to_dict()
    assert VALIDATOR.is_valid(data)
    assert not VALIDATOR.is_valid({**data, "verdict": "maybe"})
    assert not VALIDATOR.is_valid({**data, "changes": [{**data["changes"][0], "kind": "swap"}]})


# --------------------------------------------------------------------------- the package surface
def test_import_quotecheck_stays_light() -> None:
    code = ("import sys, quotecheck; assert 'quotecheck.verification' not in sys.modules; "
            "assert 'rapidfuzz' not in sys.modules; import quotecheck.verification; "
            "assert callable(quotecheck.verify) and quotecheck.Verdict('exact').value == 'exact'; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "ok", done.stderr
    assert {"verify", "Verification", "Verdict"} <= set(dir(quotecheck)) and "verify" in quotecheck.__all__


# --------------------------------------------------------------------------- the command
def run(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdout=out, stderr=err, stdin=io.StringIO(stdin) if stdin is not None else None)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def speech(tmp_path: Path) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    return path


def test_cli_plain_lines(speech: Path, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.txt"
    quotes.write_text(f"{PASSAGE}\n\nNous allons fermer la piscine municipale\nUne phrase que personne n'a prononcée ici\n",
                      encoding="utf-8")
    code, out, err = run(["verify", "--source", str(speech), str(quotes)])
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["line"], r["verdict"]) for r in rows] == [(1, "exact"), (3, "altered"), (4, "not_found")]
    assert all(VALIDATOR.is_valid(r) for r in rows)
    assert SPEECH[rows[0]["start"]:rows[0]["end"]] == PASSAGE.rstrip(".")


def test_cli_reads_what_extract_writes(speech: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("« Nous allons rouvrir la piscine municipale au printemps », a déclaré Anne Roux.", encoding="utf-8")
    code, claims, _ = run(["extract", str(article)])
    assert code == 0
    code, out, err = run(["verify", "--source", str(speech), "--input-format", "jsonl", "-"], stdin=claims)
    assert code == 0, err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["verdict"] == "exact" and row["quote"] == "Nous allons rouvrir la piscine municipale au printemps"
    assert VALIDATOR.is_valid(row)


def test_cli_table_and_bad_lines(speech: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"text": "Nous allons enfin rouvrir la piscine", "id": "q1"}) + "\n{not json\n"
                      + json.dumps({"text": "…"}) + "\n", encoding="utf-8")
    code, out, err = run(["verify", "--source", str(speech), "--format", "table", str(claims)])
    assert code == 1
    assert "altered" in out and "+enfin" in out
    assert "claims.jsonl:2: invalid JSON" in err and "claims.jsonl:3: the quote has no word" in err
    assert "2 of 3 quotes could not be read or verified" in err


def test_cli_usage_errors(speech: Path, tmp_path: Path) -> None:
    quotes = tmp_path / "q.txt"
    quotes.write_text(PASSAGE + "\n", encoding="utf-8")
    assert run(["verify", "--source", str(tmp_path / "missing.txt"), str(quotes)])[0] == 2
    assert run(["verify", "--source", str(speech), "--language", "xx", str(quotes)])[0] == 2
    assert run(["verify", str(quotes)])[0] == 2  # --source is required
    code, _, err = run(["verify", "--source", str(speech), str(tmp_path / "none.txt")])
    assert code == 1 and "none.txt" in err


# --------------------------------------------------------------------------- linear time
def _made_up_source(size: int, rng: random.Random) -> str:
    vocabulary = ("la ville le port une route nouvelle ancienne pont marché école rivière conseil budget "
                  "travaux printemps hiver demain jamais toujours grand petit nord sud est ouest quai gare").split()
    out, total = [], 0
    while total < size:
        sentence = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 18))) + ". "
        out.append(sentence)
        total += len(sentence)
    return "".join(out)[:size]


def test_cost_grows_linearly_with_the_source() -> None:
    rng = random.Random(3)
    small, large = _made_up_source(100_000, rng), _made_up_source(800_000, rng)
    quote = "Les pêcheurs du vieux port réclament une criée couverte avant la saison des sardines"

    def cpu(source: str) -> float:
        best = float("inf")
        for _ in range(3):
            verify_words.source_text.cache_clear()
            t = time.process_time()
            verify(quote, source + " " + quote)
            best = min(best, time.process_time() - t)
        return best

    ratio = cpu(large) / max(cpu(small), 1e-4)
    assert ratio < 20, ratio  # 8 times the text: linear is ~8, quadratic 64


# --------------------------------------------------------------------------- property
_WORDS = st.sampled_from("alpha beta gamma delta l’eau aujourd’hui rive pont quai 2026 été Émile nord sud".split())
_SEPARATORS = st.sampled_from([" ", "  ", ", ", "\u00a0", " – ", "\n", " « ", " » "])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=4, max_size=60), st.data())
def test_the_span_is_the_matched_passage(pieces: list[tuple[str, str]], data: st.DataObject) -> None:
    source = "".join(w + s for w, s in pieces)
    i = data.draw(st.integers(0, len(pieces) - 2))
    j = data.draw(st.integers(i + 1, len(pieces)))
    quote = " ".join(w for w, _ in pieces[i:j]).replace("’", "'")
    v = verify(quote, source)
    assert v.verdict is Verdict.EXACT, (quote, source)
    found = verify_words.WORD.findall(source[v.start:v.end])
    assert [w.replace("’", "'") for w in found] == quote.split(" ")
    assert source[v.start:v.end] == source[v.start:v.end].strip(" ,–«»\u00a0\n")
