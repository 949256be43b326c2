#!/usr/bin/env python3
"""The draw of docs/samples/appos27-2026-11-30.md: every relation two whole-corpus runs
(kg extract --json, JSON Lines) differ by, as "+" (only in the second) or "-" (only in the
first), ranked by SHA-256 of SEED + "<sign> subject predicate object", printed with its
text, sentence and article. Usage: appos27-draw.py OLD.jsonl NEW.jsonl SEED"""
import json,sys,hashlib
def load(f):
    out={}
    for l in open(f):
        d=json.loads(l)
        s=set()
        for r in d['relations']:
            s.add((r['subject'],r['predicate'],r['object'],r['sentence'],r['text']))
        out[d['article']['path']]=s
    return out
a=load(sys.argv[1]); b=load(sys.argv[2]); seed=sys.argv[3]
items=[]
for p in b:
    ka={x[:3] for x in a.get(p,())}; kb={x[:3] for x in b[p]}
    for x in b[p]:
        if x[:3] not in ka: items.append(('+',p,x))
    for x in a.get(p,()):
        if x[:3] not in kb: items.append(('-',p,x))
def key(it):
    t=it[0]+' '+it[2][0]+' '+it[2][1]+' '+it[2][2]
    return hashlib.sha256((seed+t).encode()).hexdigest()
items.sort(key=key)
for i,(sg,p,x) in enumerate(items,1):
    print(f"{i}. {sg} {x[0]} | {x[1]} | {x[2]}\n   text: {x[4]}\n   sentence: {x[3]}\n   file: {p}\n")
print(len(items))
