#!/usr/bin/env bash
# Scores `kuzet extract` against the reports of our own writing in eval/own (see its README).
# usage: scripts/eval-own.sh [KUZET_BINARY]   (default: builds and uses .build/debug/kuzet)
# Needs python3 and ../shared/eval/score.py.
set -euo pipefail
cd "$(dirname "$0")/.."
SCORE=${KUZET_SHARED:-../shared}/eval/score.py
if [ ! -f "$SCORE" ]; then
  echo "eval-own: $SCORE not found (the shared folder is needed)" >&2
  exit 1
fi
BIN=${1:-}
if [ -z "$BIN" ]; then
  swift build --product kuzet >/dev/null
  BIN=.build/debug/kuzet
fi
OUT=.build/eval
mkdir -p "$OUT"
: > "$OUT/own-pred.jsonl"
for path in eval/own/*.txt; do
  doc=$(basename "$path")
  "$BIN" extract "$path" --format jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    print(json.dumps({"doc": sys.argv[1], **{k: v for k, v in r.items() if k != "source"}}, ensure_ascii=False))
' "$doc" >> "$OUT/own-pred.jsonl"
done
python3 "$SCORE" eval/own/gold.jsonl "$OUT/own-pred.jsonl" --docs-dir eval/own
