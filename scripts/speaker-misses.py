#!/usr/bin/env python3
"""Counts only: classes of the wrong speakers of the gold quotes kg found, on a gold dir.

    scripts/speaker-misses.py KG.jsonl GOLD_DIR [SENTS.jsonl]

KG.jsonl is `kg extract --json` over the articles GOLD_DIR's *.gold.json name; SENTS.jsonl
is scripts/sentdump over the same articles (without it, only the sentence of the quote is
looked at). Quotes are matched as ../shared/eval/score matches them. For each wrong
speaker it counts: kg's class (null, another gold entity, a name the gold lacks, one that
overlaps the gold's), the gold speaker's type, where the gold speaker's last word stands
(before or after the quotation in its sentence, the sentence or two before, the next,
earlier, nowhere), whether a saying verb follows the quotation, a pronoun teller ("he
said"), and whether kg named the gold speaker at all. It never prints a sentence, a name
or quoted words: safe on a held-out pool.
"""
import collections, json, os, re, sys

from goldscore import extractions, gold_files, gold_types, load_scorer, sentence_dumps

SAY = r"(said|says|say|told|tells|added|adds|asked|wrote|writes|continued|explained|noted|argued|stated|recalled|insisted|warned|declared)"


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    sc = load_scorer()
    out = extractions(argv[0])
    sents = sentence_dumps(argv[2] if len(argv) > 2 else None)
    tot, c = collections.Counter(), collections.Counter()
    for gf in gold_files([argv[1]]):
        gold = json.load(open(gf))
        base = os.path.basename(gold["article"])
        doc = out.get(base)
        if doc is None:
            print(f"! {os.path.basename(gf)}: its article is not in {argv[0]}", file=sys.stderr)
            continue
        names = sc.Names(gold.get("entities", []))
        gtype = gold_types(sc, gold)
        kgnames = [n for e in doc.get("entities") or [] for n in sc.sys_names(e) if n]
        ss = sents.get(base, [])
        squotes = doc.get("quotes") or []
        for g in gold.get("quotes", []):
            gt = sc.fold(g["text"])
            hit = None
            for i, q in enumerate(squotes):
                st = sc.fold(q.get("text"))
                if gt and st and (gt in st or (len(st) > 20 and st in gt)):
                    hit = i
                    break
            if hit is None:
                continue
            q = squotes[hit]
            ks, gs = q.get("speaker"), g["speaker"]
            ok = names.same(gs, ks) or sc.fold(gs) == sc.fold(ks)
            tot["ok" if ok else "wrong"] += 1
            if ok:
                continue
            gl = gs if isinstance(gs, list) else [gs]
            if not ks:
                k = "kg null"
            elif names.of(ks) is not None:
                k = "kg other gold entity"
            elif any(sc.fold(x) in sc.fold(ks) or sc.fold(ks) in sc.fold(x) for x in gl):
                k = "kg overlaps gold"
            else:
                k = "kg non-gold name"
            c[("CLASS", k, gtype.get(sc.squash(gl[0]), "nongold"))] += 1
            c[("NAMED", k, "kg names the gold speaker" if any(names.same(gs, x) for x in kgnames) else "kg lacks it")] += 1
            last = [w for w in (sc.fold(x).split()[-1:] for x in gl) for w in w]

            def has(s):
                return any(re.search(r"\b%s\b" % re.escape(w), sc.fold(s)) for w in last)

            sent = q.get("sentence") or ""
            fs = sc.fold(sent)
            qt = sc.fold(q.get("text"))[:25]
            at = fs.find(qt) if qt else -1
            where = []
            if at >= 0:
                if has(fs[:at]):
                    where.append("before-in-sent")
                if has(fs[at + len(sc.fold(q.get("text"))):]):
                    where.append("after-in-sent")
            elif has(fs):
                where.append("in-sent")
            idx = next((i for i, s in enumerate(ss) if s and (s in sent or sent in s)), None)
            if idx is not None:
                if idx > 0 and has(ss[idx - 1]):
                    where.append("prev")
                elif idx > 1 and has(ss[idx - 2]):
                    where.append("prev2")
                elif not where and any(has(s) for s in ss[:idx]):
                    where.append("earlier")
                if idx + 1 < len(ss) and has(ss[idx + 1]):
                    where.append("next")
            elif ss:
                where.append("sent-not-found")
            c[("WHERE", k, " ".join(where) or "nowhere")] += 1
            tail = fs[at + len(sc.fold(q.get("text"))):] if at >= 0 else ""
            shape = []
            if re.search(r"\b%s\b" % SAY, tail):
                shape.append("say-after")
            if re.search(r"\b%s\b" % SAY, fs[:max(at, 0)]):
                shape.append("say-before")
            if re.search(r"\b(he|she|they|it)\s+%s\b|\b%s\s+(he|she|they|it)\b" % (SAY, SAY), fs):
                shape.append("pronoun-teller")
            if at <= 2:
                shape.append("opens-sentence")
            c[("SHAPE", k, " ".join(shape) or "-")] += 1
    for key, n in sorted(tot.items()):
        print(f"{n:5d}  {key}")
    print()
    for key, n in sorted(c.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{n:5d} | " + " | ".join(key))


if __name__ == "__main__":
    main(sys.argv[1:])
