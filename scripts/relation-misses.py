#!/usr/bin/env python3
"""Classifies the gold relations kg misses, to tell which part of kg to work on.

    scripts/relation-misses.py KG.jsonl GOLD_DIR... [--examples CLASS]

KG.jsonl is `kg extract --json` over the corpus folder (paths relative to it, as
scripts/sample.sh --all writes them); each GOLD_DIR holds *.gold.json files. Matching is
the scorer's own (../shared/eval/score: names by name or alias, a predicate containing one
of the gold's words). Each gold relation falls in the first class that fits:

  hit                          kg states it
  pair, other predicate        kg relates the two entities by another predicate
  pair reversed                kg relates them the other way round
  subject+pred, other object   kg gives the subject the gold's word, with another object
  object+pred, other subject   likewise for the object
  an entity not found          kg does not name one of the two entities at all
  nothing                      both named, nothing relates them

--examples CLASS prints 40 of a class's misses (seeded), with kg's relations of the pair.
--counts CLASS prints only counts of a class's misses: by the gold's first relation word and
by the types of its two entities (safe on held-out gold: no names, no sentences).
"""
import collections, json, os, random, sys

from goldscore import extractions, gold_files, gold_types, load_scorer


def main(argv):
    examples, counts = None, None
    if "--counts" in argv:
        i = argv.index("--counts")
        counts = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if "--examples" in argv:
        i = argv.index("--examples")
        examples = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if len(argv) < 2:
        sys.exit(__doc__)
    sc = load_scorer()
    out = extractions(argv[0])
    files = gold_files(argv[1:])
    classes, shown = collections.Counter(), collections.defaultdict(list)
    by_word, by_types, by_both = collections.Counter(), collections.Counter(), collections.Counter()
    for gf in files:
        gold = json.load(open(gf))
        doc = out.get(os.path.basename(gold["article"]))
        if doc is None:
            print(f"! {os.path.basename(gf)}: its article is not in {argv[0]}", file=sys.stderr)
            continue
        names = sc.Names(gold.get("entities", []))
        gtype = gold_types(sc, gold)
        typeof = lambda n: gtype.get(sc.squash(sc._first(n)), "?")
        rels = doc.get("relations") or []

        def named(n):
            ns = n if isinstance(n, list) else [n]
            return any(names.same(x, m) for e in doc.get("entities") or [] for m in sc.sys_names(e) for x in ns)

        for g in gold.get("relations", []):
            words = [sc.squash(w) for w in g["relation"]]
            S = lambda r: names.same(g["subject"], r.get("subject"))
            O = lambda r: names.same(g["object"], r.get("object"))
            P = lambda r: any(w and w in sc.squash(r.get("predicate")) for w in words)
            R = lambda r: names.same(g["subject"], r.get("object")) and names.same(g["object"], r.get("subject"))
            if any(S(r) and O(r) and P(r) for r in rels):
                c = "hit"
            elif any(S(r) and O(r) for r in rels):
                c = "pair, other predicate"
            elif any(R(r) for r in rels):
                c = "pair reversed"
            elif any(S(r) and P(r) for r in rels):
                c = "subject+pred, other object"
            elif any(O(r) and P(r) for r in rels):
                c = "object+pred, other subject"
            elif not named(g["subject"]) or not named(g["object"]):
                c = "an entity not found"
            else:
                c = "nothing"
            classes[c] += 1
            if c == counts:
                by_word[sc.squash(g["relation"][0])] += 1
                by_types[typeof(g["subject"]) + " -> " + typeof(g["object"])] += 1
                by_both[sc.squash(g["relation"][0]) + ": " + typeof(g["subject"]) + " -> " + typeof(g["object"])] += 1
            if c == examples:
                kin = [(r["subject"], r["predicate"], r["object"]) for r in rels if (S(r) and O(r)) or R(r) or (S(r) and P(r)) or (O(r) and P(r))]
                shown[c].append((os.path.basename(gf)[:40], sc._first(g["subject"]), "/".join(g["relation"]), sc._first(g["object"]), kin[:2]))
    total = sum(classes.values())
    print(f"{total} gold relations in {len(files)} files")
    for c, n in classes.most_common():
        print(f"{n:6d} {n / total:6.1%}  {c}")
    if counts:
        print(f"\n{counts}: by the gold's first relation word")
        for w, n in by_word.most_common(40):
            print(f"{n:6d}  {w}")
        print(f"\n{counts}: by entity types")
        for w, n in by_types.most_common(15):
            print(f"{n:6d}  {w}")
        print(f"\n{counts}: by word and entity types")
        for w, n in by_both.most_common(30):
            print(f"{n:6d}  {w}")
    if examples:
        rows = shown[examples]
        random.Random("relation-misses").shuffle(rows)
        for r in rows[:40]:
            print(r)


if __name__ == "__main__":
    main(sys.argv[1:])
