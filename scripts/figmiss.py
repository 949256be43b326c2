#!/usr/bin/env python3
"""List the numbers in article sentences that kg read into no figure.

    figmiss.py SENTENCES.jsonl EXTRACT.jsonl > unread.jsonl
    figmiss.py SENTENCES.jsonl EXTRACT.jsonl --draw N --seed S   # a fixed-seed draw

SENTENCES is scripts/sentdump's output, EXTRACT `kg extract --json`'s over the same files.
A number is a run of digits (with $, %, million …) or a cardinal number word, with a word
or a unit after it. Skipped: years, dates, times, ages, addresses, ordinals, scores,
phone numbers, versions and numbers inside names (a capitalised word before it), and
headings (no closing punctuation). A number is read when a figure of the same sentence
has it in its text span. The draw orders unread numbers by SHA-256(seed + article +
sentence + number) and takes the first N.
"""
import argparse, hashlib, json, re, sys

WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
         "ninety hundred dozen dozens hundreds thousands millions billions one").split()
WRE = "|".join(WORDS)
MONTHS = ("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
          "july august september october november december monday tuesday wednesday thursday "
          "friday saturday sunday").split()
NUM = re.compile(r"""(?ix)
  (?<![\w.:/-])
  (?:(?P<cur>[$€£¥]|US\$|C\$|A\$|HK\$|Rs\.?\s?)?
     (?P<dig>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
   | (?P<word>(?:%s)(?:-(?:%s))?)\b)
  (?P<suf>%%|\s?(?:million|billion|trillion|thousand|percent|per\scent|bn|m)\b)?
""" % (WRE, WRE))

def skip(s, m):
    a, b = m.start(), m.end()
    before, after = s[:a], s[b:]
    tok = m.group(0)
    dig, word = m.group("dig"), m.group("word")
    prevw = re.findall(r"[\w.'’]+", before[-40:])
    nextw = re.findall(r"[\w.'’%-]+", after[:40])
    p1 = prevw[-1] if prevw else ""
    n1 = nextw[0] if nextw else ""
    if word:
        if word[0].isupper() and a > 0 and not re.search(r'(^|[.!?]["“”]?\s+|["“]\s*)$', before):
            return "name"          # a capitalised number word inside a name
        if word.lower() == "one" and n1.lower() in ("of", "another", "day", "time", "thing", "way",
                                                       "side", "hand", "point", "who", "that", "is",
                                                       "in", "and", "or", "to", "a", "the", "another"):
            return "pronoun"
        if word.lower() == "one" and p1.lower() in ("no", "the", "this", "that", "any", "every",
                                                   "each", "someone", "anyone", "which", "only"):
            return "pronoun"
    if dig:
        if after.startswith(("st ", "nd ", "rd ", "th ")) or re.match(r"(st|nd|rd|th)\b", after):
            return "ordinal"
        if not m.group("cur") and not m.group("suf") and re.fullmatch(r"(1[89]|20)\d\d", dig):
            return "year"
        if re.match(r"\s?[-–]\s?\d", after) and not m.group("cur") and not re.match(r"\s?[-–]\s?\d+\s*(%|percent|million|billion)", after):
            if re.match(r"[-–]\d{3}[-–]\d{4}", after) or re.search(r"\(\d{3}\)\s*$", before):
                return "phone"
            return "score/range"
        if re.match(r"[:.]\d\d\s?(a\.m|p\.m|am|pm|GMT|ET|EST)", after, re.I) or re.match(r"\s?(a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT)", after, re.I):
            return "time"
        if re.match(r":\d", after) or re.search(r"\d:$", before):
            return "time"
        if re.match(r"\.\d", after):
            return "version"
    low = tok.lower()
    if p1.lower().rstrip(".") in MONTHS or n1.lower().rstrip(".,") in MONTHS:
        return "date"
    if re.match(r"[-\s]year[-\s]old|\s?years?\s+old|-month-old", after, re.I) or p1.lower() in ("aged", "age", "ages"):
        return "age"
    if re.search(r"\b[A-Z][a-z]+,\s*$", before) and re.match(r"\s*,", after) and dig and int(float(dig.replace(",", ""))) < 110 and not m.group("cur"):
        return "age"
    if re.match(r"\s+[A-Z][a-z]+\s+(Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place|Way)\b", after):
        return "address"
    if p1 and p1[0].isupper() and not m.group("cur") and re.search(r"\w\s*$", before) and not re.search(r'(^|[.!?]["“”]?\s+)\S+\s*$', before):
        return "name"
    if p1.lower() in ("no.", "nos.", "number", "version", "v", "page", "article", "chapter", "section", "room", "flight", "route", "level", "category", "grade", "class", "episode", "season", "week", "stage", "round", "game", "phase", "area", "line", "gate", "terminal", "interstate", "highway", "exit", "channel", "model", "size", "top", "fortune", "g", "s&p"):
        return "name/label"
    if dig and re.match(r"\s?(st|nd|rd|th)\b", after):
        return "ordinal"
    # a noun or a unit nearby
    if m.group("cur") or m.group("suf"):
        return None
    if re.match(r"[\s-]+[A-Za-z]", after) or re.match(r"\s?(%|percent)", after):
        return None
    if re.match(r"\s+of\s", after):
        return None
    return "no noun"

def figtexts(extract):
    by = {}
    for l in open(extract):
        d = json.loads(l)
        p = d["article"]["path"]
        for f in d["figures"]:
            by.setdefault((p, f["sentence"]), []).append(f["text"] or "")
    return by

def unread(sents, extract):
    by = figtexts(extract)
    for l in open(sents):
        d = json.loads(l)
        p = d["path"]
        for s in d["sentences"]:
            if not re.search(r'[.!?]["”’)]*\s*$', s.strip()) or len(s.split()) < 6:
                continue
            texts = by.get((p, s), [])
            for m in NUM.finditer(s):
                why = skip(s, m)
                core = (m.group("dig") or m.group("word")).strip()
                read = any(re.search(r"(?<![\w.,])" + re.escape(core) + r"(?![\w,]|\.\d)", t, re.I) for t in texts)
                yield {"path": p, "sentence": s, "number": m.group(0).strip(), "at": m.start(),
                       "skip": why, "read": read}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sents"); ap.add_argument("extract")
    ap.add_argument("--draw", type=int, default=0); ap.add_argument("--seed", default="")
    ap.add_argument("--stats", action="store_true")
    o = ap.parse_args()
    rows = list(unread(o.sents, o.extract))
    if o.stats:
        from collections import Counter
        c = Counter((r["skip"] or "candidate", r["read"]) for r in rows)
        for k, v in sorted(c.items(), key=lambda x: -x[1]):
            print(k, v)
        return
    rows = [r for r in rows if r["skip"] is None and not r["read"]]
    if o.draw:
        key = lambda r: hashlib.sha256((o.seed + r["path"] + r["sentence"] + r["number"]).encode()).hexdigest()
        rows = sorted(rows, key=key)[:o.draw]
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))

main()
