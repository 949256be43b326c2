# reader32 draw: parse extract-diff output (/tmp/reader32/diff.txt, from scripts/extract-diff /tmp/s31/all-start.jsonl /tmp/s31/all-r1.jsonl),
# drop evidence-only pairs (same fields but text=), skip blind articles (gold21-gold29 names, /tmp/s31/blind27.txt, blind28.txt, blind29.txt), rank by SHA-256 of seed + printed line.
import hashlib, os, re, sys, collections, json
SEED = "stop31-r1-2026-12-01"
N = {"relations":25, "entities":15, "figures":15, "quotes":10}
kindmap = {"relation":"relations","entity":"entities","figure":"figures","quote":"quotes","event":"events"}
blind=set()
for g in ["gold21","gold22","gold23","gold24","gold25","gold26","gold27","gold28","gold29"]:
    for f in os.listdir("/work/main/docs/samples/"+g):
        blind.add(re.sub(r"\.gold\.json$|\.json$|\.md$","",f))
for bf in ["/tmp/s31/blind27.txt","/tmp/s31/blind28.txt","/tmp/s31/blind29.txt"]:
    for l in open(bf):
        l=l.strip()
        if l: blind.add(re.sub(r"\.gold\.json$|\.json$|\.md$","",os.path.basename(l)))
items=[]
art=None
for line in open("/tmp/reader32/diff.txt"):
    line=line.rstrip("\n")
    if line.startswith("=== "):
        art=os.path.basename(line[4:].split("  ")[0]); continue
    m=re.match(r"^  ([+~-]) (\w+)\s", line)
    if m:
        items.append({"art":art,"op":m.group(1),"kind":kindmap[m.group(2)],"line":line.strip(),"extra":[]})
        continue
    if line.startswith("      ") and items:
        items[-1]["extra"].append(line.strip())
print("items", len(items), collections.Counter((i["kind"],i["op"]) for i in items))
# drop sentence-only pairs
by=collections.defaultdict(list)
for i in items:
    # an item is its fields: a +/- pair that differs only in the evidence (text= and the sentence) is one item whose evidence moved
    if i["op"] in "+-": by[(i["art"],i["kind"],re.sub(r' text="[^"]*"','',i["line"][1:]))].append(i)
drop=set(); dropped=collections.Counter()
for k,l in by.items():
    plus=[i for i in l if i["op"]=="+"]; minus=[i for i in l if i["op"]=="-"]
    for a,b in zip(plus,minus):
        drop.add(id(a)); drop.add(id(b)); dropped[k[1]]+=1
print("dropped pairs", dropped)
real=[i for i in items if id(i) not in drop]
print("real", collections.Counter((i["kind"],i["op"]) for i in real))
bl=[i for i in real if i["art"][:-3] in blind]
print("blind skipped", len(bl), collections.Counter(i["kind"] for i in bl))
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
json.dump(out, open("/tmp/reader32/drawn.json","w"), indent=1)
for i in out:
    print(f'## {i["kind"]} #{i["rank"]} {i["art"]}\n{i["line"]}')
    for e in i["extra"]: print("   ", e)
