"""After score.sh: each annotated incident matched (= same, ~ differing fields), missed, and each extra prediction.
usage: scripts/rounds/compare.py DIR/ID"""
import json, sys, os
sys.path.insert(0, os.environ.get("KUZET_SHARED_EVAL", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/eval"))); import score
d = sys.argv[1]; id_ = os.path.basename(d)
gold = [json.loads(l) for l in open(f"{d}/gold-latin.jsonl") if l.strip()]
pred = [json.loads(l) for l in open(f"{d}/pred-latin.jsonl") if l.strip()]
txtf = [f for f in os.listdir(d) if f.startswith(id_ + ".")][0]
text = open(f"{d}/{txtf}", encoding="utf-8").read() if txtf.endswith((".txt",".html",".md")) else None
pairs = []
for gi, g in enumerate(gold):
    gs = score.span_of(g, {g["doc"]: text} if text else {})
    for pi, p in enumerate(pred):
        s = score.similarity(p, g, gs, text)
        if s: pairs.append((s, gi, pi))
pairs.sort(reverse=True); ug, up, m = set(), set(), []
for s, gi, pi in pairs:
    if gi in ug or pi in up: continue
    ug.add(gi); up.add(pi); m.append((gi, pi))
def short(x): return f"{x['event_type']} {x.get('date')} P={x.get('persons')} O={x.get('organizations')} L={x.get('locations')} S={[ (s['kind'],s.get('days'),s.get('months'),s.get('years'),s.get('amount')) for s in x.get('sanctions',[])]} A={[(p.get('code'),p.get('article'),p.get('part')) for p in x.get('legal_provisions',[])]}"
for gi, pi in sorted(m):
    g, p = gold[gi], pred[pi]
    diff = short(g) != short(p)
    print(("~ " if diff else "= ") + g["id"] + ": " + short(g))
    if diff: print("   pred: " + short(p))
for gi, g in enumerate(gold):
    if gi not in ug: print("MISS " + g["id"] + ": " + short(g) + "\n   q: " + g["quote"][:160])
for pi, p in enumerate(pred):
    if pi not in up: print("EXTRA: " + short(p) + "\n   q: " + p.get("quote","")[:160])
