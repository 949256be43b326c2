"""List candidate instances of reading19's classes (B, F, A, A2) in a kg extract --json run,
with the relations kg states between names of the match's sentence."""
import json, re, sys
CAP = r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*"
pats = {
 'B': re.compile(r"\b" + CAP + r"(?:'s|’s|s'|s’) (?:[a-z-]+ ){0,2}[A-Z][\w.&-]*"),
 'F-based': re.compile(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*)?-based (?:[a-z-]+ ){0,3}[A-Z]"),
 'F-such': re.compile(r"\b(?:U\.S\.|[A-Z][a-z]+)(?: [a-z-]+){1,3} (?:such as|including|like) [A-Z]"),
 'F-res': re.compile(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*)* (?:residents?|girl|boy|man|woman|native)\b"),
 'A': re.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:[a-z-]+ ){0,2}(?:[a-z]+),? [A-Z][a-z]"),
 'A2': re.compile(r"(?:native of|married to|resident of|, a [\w-]+ from) [A-Z]"),
}
for line in open(sys.argv[1]):
    d = json.loads(line)
    body = open(d['article']['path']).read()
    sents = re.split(r'(?<=[.!?"”])\s+(?=[A-Z"“])', body)
    print('=====', d['article']['path'].split('/')[-1][:90])
    for s in sents:
        for cls, p in pats.items():
            for m in p.finditer(s):
                t = m.group(0)
                if cls == 'A' and not re.search(r"(?:His|his|Her|her|Its|its|Their|their) (?:[a-z-]+ ){0,2}[a-z]+,? [A-Z]", t): continue
                rels = [f"{r['subject']} {r['predicate']} {r['object']}" for r in d['relations'] if r['sentence'] and r['sentence'].strip()[:40] in s]
                print(f"  [{cls}] {t!r}\n      :: {s.strip()[:200]}\n      kg: {rels}")
