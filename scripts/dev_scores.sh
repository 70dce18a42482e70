#!/usr/bin/env bash
# The score lines of every DEV set, for "accuracy unchanged" checks before and after a change:
# ../shared/eval/score.py's summary line per file (language detected), AADS's quoted F1, and
# calibration.py on the news sets. Usage: scripts/dev_scores.sh [CHECKOUT] (default: this one).
# Needs ../shared next to the checkout; the scores of two trees are compared with diff.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "${1:-$here}" && pwd)"
eval_dir="${QUOTECHECK_EVAL_DIR:-$here/../shared/eval}"
python="${PYTHON:-$here/.venv/bin/python}"
export PYTHONPATH="$tree"
score() { "$python" "$eval_dir/score.py" "$@"; }
for f in "$eval_dir"/news/*.dev.jsonl "$eval_dir"/public/*.dev.jsonl "$eval_dir"/seed.gold.jsonl; do
    name="$(basename "$(dirname "$f")")/$(basename "$f" .jsonl)"
    # the summary line without its speed figure, which moves with the machine
    printf '%s: %s\n' "$name" "$(score "$f" | tail -1 | sed -E 's/ *[a-z_]*(chars|words)[_/ ]*s[^ ]*=?[0-9.,]*//g')"
done
printf 'aads quoted: %s\n' "$(score "$eval_dir"/public/aads.dev.jsonl | grep -i '^quoted.f1' || true)"
printf 'calibration: %s\n' "$("$python" "$eval_dir/calibration.py" "$eval_dir"/news/*.dev.jsonl | tail -3 | tr '\n' ' ')"
