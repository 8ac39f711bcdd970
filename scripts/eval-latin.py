#!/usr/bin/env python3
"""Writes incidents (JSONL on standard input) with the people and organisations they name in Latin letters.

The shared scorer compares names by their ASCII letters, so names written in Cyrillic would all look empty to it.
Gold and predictions both go through this one table, so a Russian report's "Кайрат Ниязов" matches itself.
usage: scripts/eval-latin.py < IN.jsonl > OUT.jsonl
"""
import json, sys

LETTERS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                   ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                    "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u",
                    "u", "h", "i"]))

def latin(text):
    out = []
    for ch in text:
        low = ch.lower()
        if low in LETTERS:
            t = LETTERS[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)

for line in sys.stdin:
    if not line.strip():
        continue
    record = json.loads(line)
    for field in ("persons", "organizations"):
        record[field] = [latin(name) for name in record.get(field) or []]
    print(json.dumps(record, ensure_ascii=False))
