#!/usr/bin/env python3
"""Rebuilds the working files a stop needs outside the repository (they live in /tmp,
which the machine wipes between sessions).

    scripts/workfiles.py OUT_DIR [--shared ../shared]

Writes into OUT_DIR:
  blind.txt  every article name no rule may be read from: the dev gold articles, every
             article of docs/samples/goldNN/, and every candidate a gold doc
             (docs/samples/goldNN-*.md) names — in full, in bold, or by a prefix of 18+
             characters ending in "…" or followed by "(named" / "(eligible".
  open/      symlinks to the corpus articles not in blind.txt (the open corpus: rules are
             read from these; use `kg extract --follow-links`).
  pool25/    the gold files of docs/samples/gold16–40 in one folder (score with
             `--gold OUT_DIR/pool25 --root SHARED`).
"""
import os, re, sys, glob

out = sys.argv[1]
shared = "../shared"
if "--shared" in sys.argv:
    shared = sys.argv[sys.argv.index("--shared") + 1]
repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
samples = os.path.join(repo, "docs", "samples")
corpus = os.path.join(shared, "corpus", "news-2016")
names = sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".md"))
nameset = set(names)
stem = lambda f: re.sub(r"\.gold\.json$|\.json$|\.md$", "", os.path.basename(f))

blind = set()
for f in glob.glob(os.path.join(shared, "eval", "dev", "*.gold.json")):
    blind.add(stem(f))
for d in glob.glob(os.path.join(samples, "gold[0-9]*")):
    if os.path.isdir(d):
        for f in os.listdir(d):
            blind.add(stem(f))
prefixes = []
for doc in glob.glob(os.path.join(samples, "gold[0-9]*-*.md")):
    text = open(doc, encoding="utf-8").read()
    for m in re.finditer(r"2016-\d\d-\d\d-[a-z0-9-]+", text):
        if m.group(0) in nameset:
            blind.add(m.group(0))
    for m in re.finditer(r"\*\*([a-z0-9-]{8,})\*\*", text):
        for n in names:
            if n[11:] == m.group(1) or n == m.group(1):
                blind.add(n)
    for m in re.finditer(r"([0-9a-z-]{18,})(?:…|\.\.\.|\s*\((?:named|eligible))", text):
        prefixes.append(m.group(1))
for p in prefixes:
    for n in names:
        if n.startswith(p) or n[11:].startswith(p):
            blind.add(n)
blind &= nameset | blind
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "blind.txt"), "w") as fh:
    fh.write("\n".join(sorted(blind)) + "\n")
opendir = os.path.join(out, "open")
os.makedirs(opendir, exist_ok=True)
for n in names:
    if n not in blind:
        dst = os.path.join(opendir, n + ".md")
        if not os.path.lexists(dst):
            os.symlink(os.path.abspath(os.path.join(corpus, n + ".md")), dst)
pool = os.path.join(out, "pool25")
os.makedirs(pool, exist_ok=True)
for k in range(16, 41):
    for f in glob.glob(os.path.join(samples, "gold%d" % k, "*.json")):
        dst = os.path.join(pool, os.path.basename(f))
        if not os.path.lexists(dst):
            os.symlink(os.path.abspath(f), dst)
print("blind %d names (%d in the corpus), open %d, pool25 %d" % (
    len(blind), len(blind & nameset), len(os.listdir(opendir)), len(os.listdir(pool))))
