#!/usr/bin/env bash
# Derives extraction/data/given-names.txt, people's given names beyond firstnames.txt,
# from the "first" list of the Go module github.com/brianvoe/gofakeit/v7 v7.18.9
# (data/person.go: 1,611 given names; MIT licence, which extraction/data/given-names.LICENSE
# carries verbatim). kg does not depend on the module: this script reads it once from the
# module cache (go mod download github.com/brianvoe/gofakeit/v7@v7.18.9) and keeps a
# name only if no other list of kg knows the word as something else: a name of
# firstnames.txt (already read), a place of the gazetteer, the city, country, demonym
# or names lists (every word of their entries: "Virginia", "Kenya", "Brooklyn"), a known
# organization's name or alias, an English word of SCOWL's levels up to 35, a lexicon word,
# a month or a day ("Will", "May", "June", "Justice" stay out), and every name that is
# also a word of SCOWL's levels up to 35 in lower case, though SCOWL lists it as a name too
# ("Royal", "Hope", "Pearl", "Chase", "Grant", "Harry"). A few names that stand alone for
# a brand, a firm or a U.S. town more often than for anyone in the news stay out by
# hand (notBrands below). Run it again only to change the list.
#
#   apt-get install scowl   # once
#   scripts/given-names.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=$PATH:/usr/local/go/bin
mod="$(go env GOMODCACHE)/github.com/brianvoe/gofakeit/v7@v7.18.9"
[ -f "$mod/data/person.go" ] || { echo "given-names.sh: no $mod (go mod download github.com/brianvoe/gofakeit/v7@v7.18.9)" >&2; exit 1; }
d=extraction/data
dict=/usr/share/dict/scowl
[ -d "$dict" ] || { echo "given-names.sh: no $dict (apt-get install scowl)" >&2; exit 1; }
# given names that alone name a product, a firm, a unit, a club or a town in the news
# more often than a person ("Alexa", "Dell", "Cassandra" the database, "Celine" the
# fashion house, "20 Kelvin", "Chelsea" the club and the district, "Madison, Wis.")
notBrands="Alexa Dell Mac Otto Tiffany Chanel Celine Harley Cassandra Kelvin Lincoln Madison Jackson Hudson Chester Chelsea Camden Carmel Shannon Helena Carson Cody Tyler Chandler Milton Marion Luther Elliott Edison"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# the given names of gofakeit's person data
awk '/"first": \{/{f=1;next} f&&/^\t},/{exit} f' "$mod/data/person.go" | grep -oE '"[^"]+"' | tr -d '"' |
  grep -E '^[A-Z][a-z]+$' | sort -u >"$tmp/first"
# words kg knows otherwise: names already listed, places, bodies, peoples, and every
# capitalised word of the names lists
{
  grep -v '^#' $d/firstnames.txt | cut -f1
  grep -hv '^#' $d/gazetteer.txt $d/cities.txt $d/countries.txt $d/demonyms.txt $d/organizations.txt |
    tr '\t|' '\n\n' | tr ' ' '\n'
  grep -v '^[#[]' $d/names.txt | tr '\t| ' '\n\n\n'
  printf '%s\n' $notBrands
} | grep -E '^[A-Z][a-z]+$' | sort -u >"$tmp/known"
# English and lexicon words, months and days, in lower case
{
  grep -hv '^#' $d/english-words.txt $d/common-words-35.txt
  grep -hv '^[#[]' $d/lexicon.txt $d/dates.txt | cut -f1
  cat "$dict"/english-words.{10,20,35} "$dict"/american-words.{10,20,35} | iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$'
} | tr '[:upper:]' '[:lower:]' | sort -u >"$tmp/words"
{
  echo "# Given names beyond firstnames.txt (scripts/given-names.sh derives this list from gofakeit's"
  echo "# person data, less every word kg's other lists know as a place, a body or an English word;"
  echo "# licence: given-names.LICENSE)."
  comm -23 "$tmp/first" "$tmp/known" | awk 'NR==FNR{w[$1]=1;next} !(tolower($1) in w)' "$tmp/words" -
} >$d/given-names.txt
cp "$mod/LICENSE.txt" $d/given-names.LICENSE
echo "given-names.sh: $(grep -vc '^#' $d/given-names.txt) names → $d/given-names.txt"
