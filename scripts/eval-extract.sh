#!/usr/bin/env bash
# Scores `kuzet extract` against the hand-annotated dev set: precision, recall and F1, overall and per field.
# usage: scripts/eval-extract.sh [KUZET_BINARY]   (default: builds and uses .build/debug/kuzet)
# KUZET_EVAL_SET=own scores the reports of our own writing in eval/own instead (scripts/eval-own.sh).
# Writes the predictions to .build/eval/pred.jsonl. Needs python3 and ../shared (seeds, eval).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KUZET_SHARED:-../shared}
if [ "${KUZET_EVAL_SET:-dev}" = own ]; then
  GOLD=eval/own/gold.jsonl; DOCS=eval/own; EXTRA=""
else
  GOLD=$SHARED/eval/dev/gold.jsonl; DOCS=$SHARED/seeds; EXTRA=000_e4f907cd977a1e11.txt
fi
for needed in "$GOLD" "$SHARED/eval/score.py"; do
  if [ ! -f "$needed" ]; then
    echo "eval-extract: $needed not found (the shared folder is needed)" >&2
    exit 1
  fi
done
BIN=${1:-}
if [ -z "$BIN" ]; then
  swift build --product kuzet >/dev/null
  BIN=.build/debug/kuzet
fi
OUT=.build/eval
mkdir -p "$OUT"
: > "$OUT/pred.jsonl"
# The gold set annotates 000, 002 and 004; 004 only in [267393, 367807) (its README says why).
for doc in $(python3 -c 'import json,sys; print(" ".join(sorted({json.loads(l)["doc"] for l in open(sys.argv[1]) if l.strip()} | set(sys.argv[2:]))))' "$GOLD" $EXTRA); do
  "$BIN" extract "$DOCS/$doc" --format jsonl | python3 -c '
import json, sys
doc = sys.argv[1]
for line in sys.stdin:
    r = json.loads(line)
    if doc.startswith("004_") and not (267393 <= r["start"] < 367807):
        continue
    r = {"doc": doc, **{k: v for k, v in r.items() if k != "source"}}
    print(json.dumps(r, ensure_ascii=False))
' "$doc" >> "$OUT/pred.jsonl"
done
# Names written in Cyrillic are compared in Latin letters (the scorer compares ASCII letters only).
python3 scripts/eval-latin.py < "$GOLD" > "$OUT/gold-latin.jsonl"
python3 scripts/eval-latin.py < "$OUT/pred.jsonl" > "$OUT/pred-latin.jsonl"
# The scorer finds gold quotes in the documents' text: a PDF's is what pdftotext gives the reader.
TEXTS=$DOCS
if ls "$DOCS"/*.pdf >/dev/null 2>&1; then
  TEXTS=$OUT/texts; rm -rf "$TEXTS"; mkdir -p "$TEXTS"
  for f in "$DOCS"/*; do
    case "$f" in
      *.pdf) pdftotext -enc UTF-8 -q "$f" "$TEXTS/$(basename "$f")" ;;
      *) ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$TEXTS/$(basename "$f")" ;;
    esac
  done
fi
python3 "$SHARED/eval/score.py" "$OUT/gold-latin.jsonl" "$OUT/pred-latin.jsonl" --docs-dir "$TEXTS" "${@:2}"
