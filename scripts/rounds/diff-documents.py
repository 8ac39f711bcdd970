"""Per-document F1 before and after a change, for the documents whose predictions changed (from scripts/eval-own.sh's
.build/eval/gold-latin.jsonl, a saved pred-latin.jsonl of each binary, and .build/eval/texts).
usage: scripts/rounds/diff-documents.py GOLD BASE_PRED NEW_PRED TEXTS_DIR"""
import json, sys, subprocess, collections, os, tempfile
SCORER = os.path.join(os.environ.get("KUZET_SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared")), "eval/score.py")
gold, base, new, docs = sys.argv[1:5]
def load(p):
    d = collections.defaultdict(list)
    for l in open(p):
        if l.strip(): r = json.loads(l); d[r["doc"]].append(l)
    return d
G, B, N = load(gold), load(base), load(new)
changed = [doc for doc in sorted(set(B) | set(N)) if sorted(B.get(doc, [])) != sorted(N.get(doc, []))]
def score(doc, lines):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as g: g.writelines(G.get(doc, [])); gp = g.name
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as p: p.writelines(lines); pp = p.name
    out = subprocess.run(["python3", SCORER, gp, pp, "--docs-dir", docs, "--json"], capture_output=True, text=True).stdout
    os.unlink(gp); os.unlink(pp)
    return json.loads(out) if out.strip() else None
tot = 0
for doc in changed:
    if doc not in G: print(f"{doc}: not annotated, {len(B.get(doc,[]))} -> {len(N.get(doc,[]))} predictions"); continue
    a, b = score(doc, B.get(doc, [])), score(doc, N.get(doc, []))
    flag = "WORSE" if b["f1"] < a["f1"] else ("better" if b["f1"] > a["f1"] else "same")
    print(f"{doc}: f1 {a['f1']} -> {b['f1']} (matched {a['matched']}->{b['matched']}, predicted {a['predicted']}->{b['predicted']}) {flag}")
print(len(changed), "documents changed")
