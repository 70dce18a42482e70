"""benchmarks/dump_claims.py: the output check of speed changes (docs/benchmarks.md) must see every
document in both modes, and show a change of any claim."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "dump_claims.py"
TEXT = "« Nous ouvrirons la ligne en mai », a déclaré la maire, Hélène Vidal, devant le conseil."


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dump_claims_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(folder: Path, texts: list[str]) -> None:
    (folder / "sub").mkdir()
    lines = [json.dumps({"text": t, "lang": "fr", "quotes": []}, ensure_ascii=False) for t in texts]
    (folder / "sub" / "a.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")


def test_every_document_is_written_in_both_modes(tmp_path: Path) -> None:
    _gold(tmp_path, [TEXT, "Rien à signaler."])
    out = tmp_path / "out.jsonl"
    assert _script().main([str(out), str(tmp_path)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("sub/a.jsonl", 1, "given"), ("sub/a.jsonl", 1, "detected"),
        ("sub/a.jsonl", 2, "given"), ("sub/a.jsonl", 2, "detected")]
    claim = rows[0][3][0]
    assert TEXT[claim["start"]:claim["end"]] == claim["text"] == "Nous ouvrirons la ligne en mai"
    assert claim["speaker"]["name"] == "Hélène Vidal"
    assert rows[2][3] == []


def test_a_changed_text_changes_the_dump(tmp_path: Path) -> None:
    dumps = []
    for k, text in enumerate((TEXT, TEXT.replace("en mai", "en juin"))):
        folder = tmp_path / str(k)
        folder.mkdir()
        _gold(folder, [text])
        _script().main([str(folder / "out.jsonl"), str(folder)])
        dumps.append((folder / "out.jsonl").read_bytes())
    assert dumps[0] != dumps[1]


def test_no_gold_file_is_an_error(tmp_path: Path) -> None:
    assert _script().main([str(tmp_path / "out.jsonl"), str(tmp_path)]) == 2
    assert _script().main([]) == 2
