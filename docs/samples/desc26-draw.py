"""Seeded draw of desc26's readings: rank the items of an extract-diff listing
(scripts/extract-diff OLD NEW --kinds relations > DIFF) by SHA-256 of the seed, the
article's file name and the item's line, and print the first N beside their sentences.

  python3 docs/samples/desc26-draw.py SEED N DIFF
"""
import hashlib,sys,re
seed=sys.argv[1]; n=int(sys.argv[2]); f=sys.argv[3]
items=[];art=None
lines=open(f).read().split('\n')
for i,l in enumerate(lines):
    if l.startswith('=== '): art=l.split()[1]
    elif l.strip().startswith(('+ ','- ','~ ')):
        sent=lines[i+1].strip() if i+1<len(lines) and 'sentence:' in lines[i+1] else ''
        items.append((l.strip(),sent,art))
items.sort(key=lambda x: hashlib.sha256((seed+x[2]+x[0]).encode()).hexdigest())
print(len(items),'items')
for j,(it,s,a) in enumerate(items[:n]):
    print(f'{j+1}. [{a[:50]}] {it}\n     {s[:400]}')
