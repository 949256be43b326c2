#!/usr/bin/env python3
"""Counts (entity A, Place B) pairs joined in one sentence by in/at/near/outside/'s/","
with no relation between them in kg's output. usage: scripts/in-pairs.py (rel156) KG.jsonl SENTS.jsonl [--sample N SEED] [--shape S]"""
import json, re, sys, random, collections, os

kg = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    kg[os.path.basename(d["article"]["path"])] = d
args = sys.argv[3:]
sample = None; shapef = None
if "--sample" in args:
    i = args.index("--sample"); sample = (int(args[i+1]), args[i+2])
if "--shape" in args:
    i = args.index("--shape"); shapef = args[i+1]

ADJ = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|rural|upstate|downtown|suburban|coastal)\s+)?"
items = []
cnt = collections.Counter()
for line in open(sys.argv[2]):
    d = json.loads(line)
    base = os.path.basename(d["path"])
    doc = kg.get(base)
    if not doc: continue
    ents = doc.get("entities") or []
    typ = {}
    surf = {}
    for e in ents:
        for n in [e["name"]] + (e.get("aliases") or []):
            if len(n) < 2: continue
            surf.setdefault(n, e["name"]); typ[e["name"]] = e["type"]
    if not surf: continue
    rel = set()
    for r in doc.get("relations") or []:
        rel.add((r["subject"], r["object"])); rel.add((r["object"], r["subject"]))
    names = sorted(surf, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    for si, s in enumerate(d["sentences"]):
        ms = list(rx.finditer(s))
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i+1]
            A, B = surf[a.group(1)], surf[b.group(1)]
            if A == B or typ.get(B) != "Place": continue
            gap = s[a.end():b.start()]
            g = gap.strip()
            shape = None
            mw = re.match(r"((?:[a-z][a-z\-]+ ){1,2})(?=(?:in|at|near|outside) )", g + " ")
            words = ""
            if mw and not re.search(r"\b(?:in|at|near|outside|and|or|the|a|of|to|is|was|said|says|who|which|that|for|on|by|with|from)\b", mw.group(1)):
                words = mw.group(1); g = g[len(words):]
            if re.fullmatch(r"(?:'s|’s)", g):
                shape = "B's A"
            if re.fullmatch(r"in(?: the)? " + ADJ.strip() , g + " ") or re.fullmatch(r"in (?:the )?" + ADJ, g + " ") :
                shape = "in"
            elif re.fullmatch(r", in (?:the )?" + ADJ, gap.lstrip() + " " if False else g + " "):
                shape = ", in"
            elif re.fullmatch(r"(?:,\s*)?(near|outside|outside of|at|just outside|close to)(?: the)? " + ADJ, g + " "):
                shape = re.match(r"(?:,\s*)?(\w+(?: of)?)", g).group(1).replace("just ", "")
                if g.startswith(","): shape = ", " + shape
            elif re.fullmatch(r"in (?:the|a) [a-z\- ]{2,40} of " + ADJ, g + " ") and len(g.split()) <= 8:
                shape = "in the X of"
            elif re.fullmatch(r",?\s*(?:a|an|the) [a-z\- ]{0,40}(?:town|city|village|district|suburb|neighborhood|province|region|area|country|state|island|county|base|camp) (?:in|of|near|outside) " + ADJ, g + " "):
                shape = ", a NOUN in"
            if not shape and re.fullmatch(r",\s*(?:a|an|the|its) (?:[a-z0-9][a-z0-9\-]*|[A-Z][a-z]+) (?:[a-z0-9\-]+ ){0,4}(?:in|near|outside|at) (?:the )?" + ADJ, g + " "):
                shape = ", a DESC in"
            if not shape and re.fullmatch(r",?\s*(?:which|that|who) (?:is|was|are|were)(?: (?:located|based|situated|headquartered))? (?:in|near|outside|at) (?:the )?" + ADJ, g + " "):
                shape = ", which is in"
            if not shape: continue
            if (A, B) in rel: continue
            if words: shape = "NOUN " + shape
            # context: word before A
            pre = s[:a.start()].rstrip()
            pw = re.findall(r"[\w'’]+|[^\w\s]", pre)
            prev = pw[-1].lower() if pw else "^"
            # if B is followed by ", C" place (town, state)
            tail = s[b.end():b.end()+30]
            shape2 = shape
            mC = re.match(r",\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)", tail)
            if mC and shape in ("in", ", in"): shape2 = shape + " B, C"
            key = (shape2, typ.get(A, "?"))
            cnt[key] += 1
            items.append(dict(article=base, si=si, A=A, At=typ.get(A), B=B, shape=shape2, prev=prev, sent=s))

if shapef:
    items = [x for x in items if x["shape"].startswith(shapef) or x["shape"] == shapef]
if sample:
    r = random.Random(sample[1])
    for x in r.sample(items, min(sample[0], len(items))):
        print(json.dumps(x, ensure_ascii=False))
else:
    tot = collections.Counter()
    for (sh, t), n in sorted(cnt.items(), key=lambda kv: -kv[1]):
        print(f"{n:6d}  {sh:20s} {t}")
    prevc = collections.Counter((x["shape"], x["prev"]) for x in items)
    print("\nby shape and word before A (top 60)")
    for (sh, p), n in prevc.most_common(60):
        print(f"{n:6d}  {sh:20s} {p}")
