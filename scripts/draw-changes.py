#!/usr/bin/env python3
"""Draws the changed items a stop-wide reader reads, from scripts/extract-diff's output.

    scripts/draw-changes.py --seed SEED --diff DIFF.txt --out DIR \
        --n relations=30,entities=15,figures=15,quotes=6 \
        --golds 21-31 --blind /tmp/s31/blind27.txt,/tmp/s31/blind28.txt

DIFF.txt is `scripts/extract-diff OLD.jsonl NEW.jsonl` (with sentences). The draw drops
evidence-only pairs (a relation -/+ with the same fields but text=, any other kind with the
same printed line: only the sentence moved); merges a -/+ pair of one item whose other
fields changed (figure: same value and text; relation: same subject, predicate, object;
quote: same text; entity: same name) into one changed item keyed on its + line; skips
blind articles (the articles of docs/samples/goldNN for NN in --golds, and the names in the
--blind lists); and ranks each kind by SHA-256 of the seed + the printed line (a ~ item: +
newline + its "was and is:" line), taking the first N of each kind. It prints the drawn
items and writes DIR/drawn.json and DIR/real.json (every real change).
Readers 34-37 (docs/samples/readerNN-2026-12-01.md) drew with it.
"""
import argparse, collections, hashlib, json, os, re

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--seed", required=True)
ap.add_argument("--diff", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("--n", required=True, help="kind=count,... in drawing order")
ap.add_argument("--golds", default="", help="first-last gold numbers whose articles are blind")
ap.add_argument("--blind", default="", help="comma-separated files listing blind articles")
args = ap.parse_args()
SEED = args.seed
N = {k: int(v) for k, v in (p.split("=") for p in args.n.split(","))}
SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "samples")
kindmap = {"relation":"relations","entity":"entities","figure":"figures","quote":"quotes","event":"events"}
blind=set()
lo, _, hi = args.golds.partition("-")
for g in (["gold%d"%k for k in range(int(lo), int(hi or lo)+1)] if lo else []):
    for f in os.listdir(os.path.join(SAMPLES, g)):
        blind.add(re.sub(r"\.gold\.json$|\.json$|\.md$","",f))
for bf in [b for b in args.blind.split(",") if b]:
    for l in open(bf):
        l=l.strip()
        if l: blind.add(re.sub(r"\.gold\.json$|\.json$|\.md$","",os.path.basename(l)))
items=[]; art=None
for line in open(args.diff):
    line=line.rstrip("\n")
    if line.startswith("=== "):
        art=os.path.basename(line[4:].split("  ")[0]); continue
    m=re.match(r"^  ([+~-]) (\w+)\s", line)
    if m:
        items.append({"art":art,"op":m.group(1),"kind":kindmap[m.group(2)],"line":line.strip(),"extra":[]}); continue
    if line.startswith("      ") and items:
        items[-1]["extra"].append(line.strip())
for n,i in enumerate(items):
    i["n"]=n; i["f"]=dict(re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)', i["line"][1:]))
print("items", len(items), sorted(collections.Counter((i["kind"],i["op"]) for i in items).items()))
def norm(i):
    l=i["line"][1:]
    if i["kind"]=="relations": l=re.sub(r' text="(?:[^"\\]|\\.)*"','',l)
    return l
by=collections.defaultdict(list)
for i in items:
    if i["op"] in "+-": by[(i["art"],i["kind"],norm(i))].append(i)
drop=set(); dropped=collections.Counter()
for k,l in by.items():
    plus=[i for i in l if i["op"]=="+"]; minus=[i for i in l if i["op"]=="-"]
    for a,b in zip(plus,minus):
        drop.add(a["n"]); drop.add(b["n"]); dropped[k[1]]+=1
print("evidence-only pairs dropped", dict(dropped))
rest=[i for i in items if i["n"] not in drop]
def ident(i):
    f=i["f"]
    if i["kind"]=="figures": return (f.get("value"),f.get("text"))
    if i["kind"]=="quotes": return (f.get("text"),)
    if i["kind"]=="relations": return (f.get("subject"),f.get("predicate"),f.get("object"))
    return (f.get("name"),)
by2=collections.defaultdict(list)
for i in rest:
    if i["op"] in "+-": by2[(i["art"],i["kind"],ident(i))].append(i)
merged=collections.Counter(); gone=set()
for k,l in by2.items():
    plus=[i for i in l if i["op"]=="+"]; minus=[i for i in l if i["op"]=="-"]
    for a,b in zip(plus,minus):
        a["op"]="~m"; a["was"]=b["line"]; gone.add(b["n"]); merged[k[1]]+=1
print("-/+ pairs merged into one changed item", dict(merged))
real=[i for i in rest if i["n"] not in gone]
print("real", sorted(collections.Counter((i["kind"],i["op"]) for i in real).items()))
bl=[i for i in real if i["art"][:-3] in blind]
print("blind skipped", len(bl), dict(collections.Counter(i["kind"] for i in bl)))
def key(i):
    s=i["line"]
    if i["op"]=="~":
        was=[e for e in i["extra"] if e.startswith("was and is:")]
        if was: s+="\n"+was[0]
    return hashlib.sha256((SEED+s).encode()).hexdigest()
out=[]
for kind,n in N.items():
    ks=[i for i in real if i["kind"]==kind]
    ks.sort(key=lambda i:(key(i),i["art"]))
    r=0; taken=0
    for i in ks:
        r+=1
        if i["art"][:-3] in blind:
            print("blind drawn", kind, r, i["art"]); continue
        taken+=1; i["rank"]=r; out.append(i)
        if taken==n: break
json.dump(out, open(os.path.join(args.out,"drawn.json"),"w"), indent=1)
json.dump(real, open(os.path.join(args.out,"real.json"),"w"))
for i in out:
    print(f'## {i["kind"]} #{i["rank"]} {i["art"]}\n{i["op"]} {i["line"]}')
    if "was" in i: print("    was:", i["was"])
    for e in i["extra"]: print("   ", e)
