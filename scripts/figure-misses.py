#!/usr/bin/env python3
"""Counts the gold figures kg misses by class, to tell which part of kg to work on.

    scripts/figure-misses.py KG.jsonl GOLD_DIR...

KG.jsonl is `kg extract --json` over the gold's articles; matching is the scorer's own
(../shared/eval/score: the value, and a measure that shares a word or a class with the
gold's). Each missed gold figure falls in the first class that fits:

  value under another measure   kg has a figure of that value, with a measure the scorer
                                does not match (counted by kg's measure's last word and by
                                the gold measure's class)
  value taken by another gold   kg has the value once, the gold twice (or more)
  never read                    no figure of kg's has the value

Only counts are printed: no names, sentences or gold measures, so it is safe on held-out gold.
"""
import collections, json, os, sys

from goldscore import extractions, gold_files, load_scorer


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    sc = load_scorer()
    out = extractions(argv[0])
    files = gold_files(argv[1:])
    classes, kgword, goldclass = collections.Counter(), collections.Counter(), collections.Counter()
    neverclass = collections.Counter()
    total = 0
    for gf in files:
        gold = json.load(open(gf))
        doc = out.get(os.path.basename(gold["article"]))
        if doc is None:
            continue
        sfigs = doc.get("figures") or []
        used = set()
        missed = []
        for g in gold.get("figures", []):
            total += 1
            gv = sc.number(g["value"])
            hit = next((i for i, f in enumerate(sfigs) if i not in used and sc.number(f.get("value")) == gv
                        and sc.measure_match(g["measure"], f.get("measure"))), None)
            if hit is None:
                missed.append(g)
            else:
                used.add(hit)
        for g in missed:
            gv = sc.number(g["value"])
            same = [i for i, f in enumerate(sfigs) if sc.number(f.get("value")) == gv]
            free = [i for i in same if i not in used]
            if free:
                c = "value under another measure"
                m = sfigs[free[0]].get("measure") or ""
                kgword[m.split()[-1] if m.split() else "(none)"] += 1
                gc = sc.measure_classes(g["measure"])
                goldclass[",".join(sorted(gc)) or "(no class)"] += 1
            elif same:
                c = "value taken by another gold"
            else:
                c = "never read"
                gc = sc.measure_classes(g["measure"])
                unit = "percent" if "percent" in " ".join(g["measure"]).lower() else ("money" if "money" in gc else "count or other")
                neverclass[(",".join(sorted(gc - {"money"})) or "(no class)") + " / " + unit] += 1
            classes[c] += 1
    print(f"{total} gold figures, {sum(classes.values())} missed")
    for c, n in classes.most_common():
        print(f"{n:6d}  {c}")
    print("\nvalue under another measure: kg's measure, last word")
    for w, n in kgword.most_common(25):
        print(f"{n:6d}  {w}")
    print("\nvalue under another measure: the gold measure's class")
    for w, n in goldclass.most_common(15):
        print(f"{n:6d}  {w}")
    print("\nnever read: the gold measure's class / money, percent or other")
    for w, n in neverclass.most_common(15):
        print(f"{n:6d}  {w}")


if __name__ == "__main__":
    main(sys.argv[1:])
