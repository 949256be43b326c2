#!/usr/bin/env python3
"""Lists pairs of named entities that stand close together in one sentence while kg
relates them by nothing: the open corpus's counterpart of the blind pool's largest class
of relation misses (both names within 40 characters in one sentence, no relation).

    scripts/close-pairs.py KG.jsonl SENTENCES.jsonl [--types Organization-Place]
        [--max 40] [--top 60] [--examples SHAPE] [--seed S] [--n 30] [--all]

KG.jsonl is `kg extract --json` over a folder, SENTENCES.jsonl `go run ./scripts/sentdump`
over the same files. A pair is two entities whose names (or aliases) occur in one sentence
with at most --max characters between them, the first before the second, with no relation
of kg's between them in either direction in that article. Its shape is the text between
the two names, lower-cased, with other entities' names replaced by their type, numbers by
N; shapes are counted (by type pair with --types), and --examples prints a seeded draw of
one shape's sentences (or of every shape with --examples all). Shapes without a word that
could tie two names (only punctuation, "and", "or", "the", type tags, credit lines such as
"; editing by") are left out unless --all is given."""
import collections, json, os, random, re, sys

IDLE = {"and", "or", "the", "a", "an", "editing", "writing", "reporting", "additional", "by",
        "person", "place", "organization", "other", "event", "nor", "as", "well"}


def arg(argv, flag, default):
    if flag in argv:
        i = argv.index(flag)
        v = argv[i + 1]
        del argv[i:i + 2]
        return v
    return default


def main(argv):
    types = arg(argv, "--types", None)
    maxgap = int(arg(argv, "--max", "40"))
    top = int(arg(argv, "--top", "60"))
    examples = arg(argv, "--examples", None)
    seed = arg(argv, "--seed", "close-pairs")
    n = int(arg(argv, "--n", "30"))
    every = "--all" in argv
    if every:
        argv.remove("--all")
    if len(argv) != 2:
        sys.exit(__doc__)
    sents = {}
    for line in open(argv[1]):
        d = json.loads(line)
        sents[os.path.basename(d["path"])] = d["sentences"]
    shapes, shown = collections.Counter(), collections.defaultdict(list)
    for line in open(argv[0]):
        d = json.loads(line)
        base = os.path.basename(d["article"]["path"])
        ss = sents.get(base)
        if not ss:
            continue
        ents = d.get("entities") or []
        forms = []  # (surface, entity name, type)
        for e in ents:
            for f in [e["name"]] + list(e.get("aliases") or []):
                if len(f) > 1:
                    forms.append((f, e["name"], e["type"]))
        forms.sort(key=lambda x: -len(x[0]))
        related = set()
        for r in d.get("relations") or []:
            related.add((r["subject"], r["object"]))
            related.add((r["object"], r["subject"]))
        for s in ss:
            spans = []  # non-overlapping name spans, longest names first
            for f, name, typ in forms:
                for m in re.finditer(r"(?<![\w])" + re.escape(f) + r"(?![\w])", s):
                    a, b = m.span()
                    if all(b <= x or a >= y for x, y, _, _ in spans):
                        spans.append((a, b, name, typ))
            spans.sort()
            for i, (a1, b1, n1, t1) in enumerate(spans):
                for a2, b2, n2, t2 in spans[i + 1:]:
                    if a2 - b1 > maxgap:
                        break
                    if n1 == n2 or (n1, n2) in related:
                        continue
                    if types and f"{t1}-{t2}" != types:
                        continue
                    between = s[b1:a2]
                    for a3, b3, _, t3 in spans:
                        if a3 >= b1 and b3 <= a2:
                            between = between.replace(s[a3:b3], t3.upper())
                    shape = re.sub(r"\d[\d,.]*", "N", between.lower()).strip()
                    if not every and all(w in IDLE for w in re.findall(r"[a-z]+", shape)):
                        continue
                    key = shape if types else f"{t1}-{t2}: {shape}"
                    shapes[key] += 1
                    if examples and (examples == "all" or examples == key):
                        shown[key].append(f"{base[:50]}\t{n1} | {n2}\t{s}")
    if examples:
        rows = [r for k in sorted(shown) for r in shown[k]]
        random.Random(seed).shuffle(rows)
        for r in rows[:n]:
            print(r)
        return
    total = sum(shapes.values())
    print(f"{total} close unrelated pairs")
    for k, v in shapes.most_common(top):
        print(f"{v:6d}  {k!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
