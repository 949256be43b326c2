# Draws the reading13 check sample: 30 quotes and 30 relations of a `kg extract --json` run,
# ranked by SHA-256 of the seed and the item's identity (article, kind, sentence, text).
import json, sys, hashlib
seed = "kg-reading13-check"
run = sys.argv[1]
quotes, rels = [], []
for line in open(run):
    d = json.loads(line)
    a = d["article"]["path"]
    for q in d.get("quotes") or []:
        key = hashlib.sha256((seed + "|q|" + a + "|" + (q.get("sentence") or "") + "|" + (q.get("text") or "")).encode()).hexdigest()
        quotes.append((key, a, q))
    for r in d.get("relations") or []:
        key = hashlib.sha256((seed + "|r|" + a + "|" + (r.get("sentence") or "") + "|" + (r.get("text") or "") + "|" + r["subject"] + r["predicate"]).encode()).hexdigest()
        rels.append((key, a, r))
quotes.sort(key=lambda x: x[0]); rels.sort(key=lambda x: x[0])
print("quotes in run:", len(quotes), "relations in run:", len(rels))
for i, (k, a, q) in enumerate(quotes[:30]):
    print(f"Q{i+1:02d} [{a[:60]}] speaker={q.get('speaker')!r} text={q.get('text')[:100]!r}\n     S: {q.get('sentence')[:400]}")
for i, (k, a, r) in enumerate(rels[:30]):
    print(f"R{i+1:02d} [{a[:60]}] {r['subject']} | {r['predicate']} | {r['object']}  text={r.get('text')!r}\n     S: {(r.get('sentence') or '')[:400]}")
