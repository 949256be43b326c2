#!/usr/bin/env python3
"""Counts only: classes of the gold entities kg misses, and of the ones it types wrong.

    scripts/entity-misses.py KG.jsonl GOLD_DIR [SENTS.jsonl]

KG.jsonl is `kg extract --json` over the articles GOLD_DIR's *.gold.json name; SENTS.jsonl
is scripts/sentdump over the same articles. Names are matched as ../shared/eval/score
matches them (a name or an alias, squashed). For each missed gold entity it counts the
gold type and what kg holds instead: a name that contains the gold's (longer), one the
gold's contains (shorter), one sharing a word, or nothing; whether the gold name's words
appear in the article's sentences at all (as written), and how many words the name has.
For each wrong type it counts gold type → kg type and the number of words. It never
prints a name or a sentence: safe on a held-out pool.
"""
import collections, json, os, sys

from goldscore import extractions, gold_files, load_scorer, sentence_dumps


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    sc = load_scorer()
    kg = extractions(argv[0])
    sents = {k: " ".join(v) for k, v in sentence_dumps(argv[2] if len(argv) > 2 else None).items()}
    miss, types = collections.Counter(), collections.Counter()
    total = 0
    for f in gold_files([argv[1]]):
        gold = json.load(open(f))
        art = os.path.basename(gold["article"])
        doc = kg.get(art)
        if doc is None:
            continue
        ents = doc.get("entities") or []
        text = sents.get(art, "")
        for g in gold.get("entities", []):
            total += 1
            gnames = [g["name"]] + list(g.get("aliases") or [])
            gsq = [sc.squash(n) for n in gnames if n]
            hit = None
            for e in ents:
                if any(sc.squash(n) in gsq for n in sc.sys_names(e) if n):
                    hit = e
                    break
            words = min(len(g["name"].split()), 4)
            gt = g.get("type", "?")
            if hit is not None:
                if (hit.get("type") or "").lower() != gt.lower():
                    types[(gt, hit.get("type"), words)] += 1
                continue
            klass = "nothing"
            for e in ents:
                for n in sc.sys_names(e):
                    if not n:
                        continue
                    s = sc.squash(n)
                    if any(x in s for x in gsq):
                        klass = "kg longer"
                    elif klass not in ("kg longer",) and any(s in x for x in gsq):
                        klass = "kg shorter"
                    elif klass == "nothing" and set(n.lower().split()) & set(w.lower() for x in gnames if x for w in x.split()):
                        klass = "shares a word"
            inText = any(n and n in text for n in gnames) if text else None
            miss[(gt, klass, "in text" if inText else ("not in text" if inText is False else "-"), words)] += 1
    print(f"{total} gold entities; {sum(miss.values())} missed; {sum(types.values())} typed otherwise")
    print("\nmissed: gold type | what kg has | name written in the text | words")
    for k, v in miss.most_common():
        print(f"  {v:4d}  {k[0]:<13} {k[1]:<14} {k[2]:<12} {k[3]}")
    print("\ntyped otherwise: gold type -> kg type | words")
    for k, v in types.most_common():
        print(f"  {v:4d}  {k[0]:<13} -> {k[1]:<13} {k[2]}")


if __name__ == "__main__":
    main(sys.argv[1:])
