#!/usr/bin/env python3
# reading16: draw the added relations of a scripts/extract-diff report by SHA-256 rank of
# the seed and the item, for reading.
#   scripts/extract-diff OLD.jsonl NEW.jsonl --kinds relations > DIFF
#   python3 docs/samples/reading16-draw.py DIFF SEED N pred1,pred2,...
import sys,re,hashlib
f,seed,n,preds=sys.argv[1],sys.argv[2],int(sys.argv[3]),sys.argv[4].split(',')
lines=open(f).read().splitlines()
items=[]
for i,l in enumerate(lines):
    if l.startswith('  + relation'):
        m=re.search(r'predicate="(\w+)"',l)
        if m and m.group(1) in preds:
            sent=lines[i+1].strip() if i+1<len(lines) else ''
            items.append((hashlib.sha256((seed+l).encode()).hexdigest(),l.strip(),sent))
items.sort()
print(len(items),'items')
for k,(h,l,s) in enumerate(items[:n]):
    print(k+1,l[len('+ relation '):]); print('     ',s[:400])
