#!/usr/bin/env python3
# openrel24: draw the added (or removed) relations of a scripts/extract-diff report by
# SHA-256 rank of the seed and the item, for reading.
#   scripts/extract-diff OLD.jsonl NEW.jsonl --kinds relations > DIFF
#   python3 docs/samples/openrel24-draw.py DIFF SEED N [+|-]
import sys,re,hashlib
f,seed,n=sys.argv[1],sys.argv[2],int(sys.argv[3])
sign=sys.argv[4] if len(sys.argv)>4 else '+'
lines=open(f).read().splitlines()
items=[]
for i,l in enumerate(lines):
    if l.startswith('  '+sign+' relation'):
        sent=lines[i+1].strip() if i+1<len(lines) else ''
        items.append((hashlib.sha256((seed+l).encode()).hexdigest(),l.strip(),sent))
items.sort()
print(len(items),'items')
for k,(h,l,s) in enumerate(items[:n]):
    print(k+1,l[len('+ relation '):]); print('     ',s[:300])
