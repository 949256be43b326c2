# The seeded reading draw of branch roles28 (docs/samples/roles28-2026-12-01.md): every
# relation a whole-corpus run adds or removes against main's (a changed object counts as
# one removed and one added), outside the blind gold21-24 articles (their names in
# blind.txt, from ls only), ranked by SHA-256 of the seed and the item.
#   python3 roles28-draw.py N [BASE.jsonl NEW.jsonl]
import json,hashlib,sys,collections
seed="roles28-2026-12-01"
blind=set(l.strip() for l in open('/tmp/roles28/blind.txt') if l.strip())
def load(p):
    d={}
    for line in open(p):
        r=json.loads(line)
        path=r['article']['path']
        d[path]=r['relations']
    return d
a=load(sys.argv[2] if len(sys.argv) > 2 else 'base-all.jsonl'); b=load(sys.argv[3] if len(sys.argv) > 3 else 'new-all.jsonl')
items=[]; nb=0
for path in a:
    key=lambda x:(x['subject'],x['predicate'],x['object'])
    A={key(x):x for x in a[path]}; B={key(x):x for x in b[path]}
    ch=[('-',A[k]) for k in A if k not in B]+[('+',B[k]) for k in B if k not in A]
    if not ch: continue
    if path[:-3] in blind: nb+=len(ch); continue
    for s,x in ch:
        t=f"{s} {x['subject']} | {x['predicate']} | {x['object']}"
        items.append((hashlib.sha256((seed+t).encode()).hexdigest(),t,x['text'],x['sentence'],path))
items.sort()
c=collections.Counter(i[1][0] for i in items)
print(len(items),'items by triple', dict(c),'in blind articles',nb, file=sys.stderr)
for i,(h,t,tx,se,p) in enumerate(items[:int(sys.argv[1])]):
    print(f"{i+1}. {t}\n   text: {tx}\n   sentence: {se[:400]}\n   ({p})\n")
