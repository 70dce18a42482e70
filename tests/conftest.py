"""Shared helpers: the project's own annotated fixtures (never ../shared)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load_fixture(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def fr_news() -> list[dict]:
    return load_fixture("fr_news.gold.jsonl")


@pytest.fixture(scope="session")
def conventions() -> list[dict]:
    return load_fixture("conventions.gold.jsonl")


# CI explores the same examples on every run (a red run is reproducible); locally hypothesis
# keeps drawing new ones. scripts/fuzz.py is where inputs are explored at length.
if os.environ.get("CI"):
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    _hypothesis_settings.load_profile("ci")


# --- QUOTECHECK_REQUIRE_EXTRAS=1 (CI): a skipped test fails the run ----------------------------
# The optional integrations (stanza, spaCy, dask, spark, pandas, mypy) skip with a reason when their extra is missing;
# CI installs every extra, so a skip there means a broken install step, not a missing package.

_SKIPPED: list[str] = []


def _require_extras() -> bool:
    return os.environ.get("QUOTECHECK_REQUIRE_EXTRAS", "") not in ("", "0")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        _SKIPPED.append(f"{report.nodeid}: {report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr}")


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.skipped:
        _SKIPPED.append(f"{report.nodeid}: skipped at collection")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _require_extras() and _SKIPPED and exitstatus == 0:
        print("\nQUOTECHECK_REQUIRE_EXTRAS=1 and these tests were skipped:\n  " + "\n  ".join(_SKIPPED))
        session.exitstatus = 1


def _raw_sentence(tokens: list) -> str:  # type: ignore[type-arg]
    """The raw text of a training sentence: spaces between tokens, none inside « » or before , ."""
    import re

    return re.sub(r"(?<=«) | (?=[»,.])", "", " ".join(t if isinstance(t, str) else t[0] for t in tokens))


def _conllu(sentences: list) -> str:  # type: ignore[type-arg]
    lines = []
    for tokens in sentences:
        lines.append(f"# text = {_raw_sentence(tokens)}")
        k = 1
        for token in tokens:
            words = [token] if isinstance(token, str) else token[1]
            if not isinstance(token, str):
                lines.append(f"{k}-{k + len(words) - 1}\t{token[0]}\t_\t_\t_\t_\t_\t_\t_\t_")
            for word in words:
                lines.append(f"{k}\t{word}\t_\t_\t_\t_\t{k - 1}\t{'root' if k == 1 else 'dep'}\t_\t_")
                k += 1
        lines.append("")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def stanza_models(tmp_path_factory):  # type: ignore[no-untyped-def]
    """``train(lang, sentences)``: a stanza model directory holding the smallest real models for
    ``lang``, trained on CPU from a CoNLL-U written from ``sentences`` (a few seconds): a neural
    tokenizer, and a dictionary MWT expander when a sentence has a multi-word token; with the
    ``resources.json`` index a pipeline reads first. Nothing is downloaded."""
    built: dict[str, Path] = {}

    def train(lang: str, sentences: list) -> Path:  # type: ignore[type-arg]
        if lang in built:
            return built[lang]
        from stanza.models import mwt_expander, tokenizer
        from stanza.utils.datasets import prepare_tokenizer_data

        root = tmp_path_factory.mktemp(f"stanza-{lang}")
        data = root / "data"
        data.mkdir()
        sentences = sentences * 3  # the trainer's batches want a few paragraphs
        (data / "train.txt").write_text("\n\n".join(_raw_sentence(s) for s in sentences) + "\n", encoding="utf-8")
        (data / "train.conllu").write_text(_conllu(sentences), encoding="utf-8")
        txt, conllu, labels, mwt = (str(data / f"train.{ext}") for ext in ("txt", "conllu", "labels", "mwt.json"))
        prepare_tokenizer_data.main([txt, conllu, "-o", labels, "-m", mwt])
        tokenizer.main(["--txt_file", txt, "--label_file", labels, "--mwt_json_file", mwt,
                        "--dev_txt_file", txt, "--dev_label_file", labels, "--dev_conll_gold", conllu,
                        "--conll_file", str(data / "dev.out.conllu"), "--lang", lang, "--shorthand", f"{lang}_tiny",
                        "--steps", "5", "--eval_steps", "1000", "--emb_dim", "8", "--hidden_dim", "8",
                        "--batch_size", "2", "--max_seqlen", "50", "--cpu",
                        "--save_dir", str(root / lang / "tokenize"), "--save_name", "default.pt"])
        index: dict[str, object] = {"lang_name": lang, "packages": {}, "tokenize": {"default": {}}}
        if any(not isinstance(t, str) for s in sentences for t in s):
            mwt_expander.main(["--train_file", conllu, "--eval_file", conllu, "--gold_file", conllu,
                               "--output_file", str(data / "mwt.out.conllu"), "--lang", lang,
                               "--shorthand", f"{lang}_tiny", "--dict_only", "--cpu",
                               "--save_dir", str(root / lang / "mwt"), "--save_name", "default.pt"])
            index["mwt"] = {"default": {}}
        (root / "resources.json").write_text(json.dumps({lang: index}), encoding="utf-8")
        built[lang] = root
        return root

    return train


@pytest.fixture(scope="session")
def stanza_ner_model(tmp_path_factory):  # type: ignore[no-untyped-def]
    """``train(lang, sentences)``: the path of the smallest real stanza NER model, trained on CPU
    (no pretrained embeddings, tiny dimensions, 100 steps: a few seconds) from ``sentences`` of
    ``(word, BIOES tag)`` pairs in stanza's NER JSON. Nothing is downloaded."""
    built: dict[str, Path] = {}

    def train(lang: str, sentences: list) -> Path:  # type: ignore[type-arg]
        if lang in built:
            return built[lang]
        from stanza.models import ner_tagger

        root = tmp_path_factory.mktemp(f"stanza-ner-{lang}")
        data = root / "train.json"
        data.write_text(json.dumps([[{"text": w, "ner": t} for w, t in s] for s in sentences * 4]), encoding="utf-8")
        ner_tagger.main(["--train_file", str(data), "--eval_file", str(data), "--no_pretrain",
                         "--shorthand", f"{lang}_tiny", "--max_steps", "100", "--eval_interval", "100",
                         "--hidden_dim", "16", "--char_hidden_dim", "8", "--word_emb_dim", "8",
                         "--char_emb_dim", "8", "--batch_size", "4", "--lr", "0.5", "--cpu",
                         "--save_dir", str(root), "--save_name", "ner.pt"])
        built[lang] = root / "ner.pt"
        return built[lang]

    return train


@pytest.fixture
def no_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table's width comes from COLUMNS when it is set: the CLI tests set it themselves."""
    monkeypatch.delenv("COLUMNS", raising=False)
