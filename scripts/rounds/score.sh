#!/usr/bin/env bash
# Scores one unseen text of a round: KUZET extract of DIR/ID/ID.* against DIR/ID/gold.jsonl, with the shared scorer.
# usage: scripts/rounds/score.sh DIR/ID KUZET_BINARY   (writes pred.jsonl and the Latin-letter copies beside the gold)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${KUZET_SHARED:-$here/../shared}
d=$(cd "$1" && pwd); bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); id=$(basename "$d")
f=$(ls "$d"/"$id".* | grep -v gold | head -1)
"$bin" extract "$f" --format jsonl | python3 -c '
import json, sys
doc = sys.argv[1]
for line in sys.stdin:
    r = json.loads(line)
    print(json.dumps({"doc": doc, **{k: v for k, v in r.items() if k != "source"}}, ensure_ascii=False))' "$(basename "$f")" > "$d/pred.jsonl"
python3 "$here/scripts/eval-latin.py" < "$d/gold.jsonl" > "$d/gold-latin.jsonl"
python3 "$here/scripts/eval-latin.py" < "$d/pred.jsonl" > "$d/pred-latin.jsonl"
python3 "$shared/eval/score.py" "$d/gold-latin.jsonl" "$d/pred-latin.jsonl" --docs-dir "$d"
