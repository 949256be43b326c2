#!/usr/bin/env bash
# Derives extraction/data/english-words.txt, the common English words that the entities
# stage uses to tell a capitalised first word of a sentence from a name ("Imagine",
# "Historian Richard Carrier", "Fresh from …"). Run it again only to change the list.
#
# The words are SCOWL's most common levels (10 and 20: about 12,000 words and their
# inflections, from Debian's scowl package) in lower case, less every word that SCOWL's
# proper-name and upper-case lists (levels up to 50) also hold capitalised ("Brown",
# "Will", "May", "Bill": words that are names too). SCOWL is not public domain: it is
# free to use, copy and modify with its copyright and permission notices, which
# extraction/data/english-words.LICENSE carries verbatim (/usr/share/doc/scowl/copyright).
# It also derives extraction/data/proper-names.txt, SCOWL's proper names of the same
# levels.
#
#   apt-get install scowl   # once
#   scripts/english-words.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dict=/usr/share/dict/scowl
[ -d "$dict" ] || { echo "english-words.sh: no $dict (apt-get install scowl)" >&2; exit 1; }
out=extraction/data/english-words.txt
names="$(mktemp)"
trap 'rm -f "$names"' EXIT
cat "$dict"/english-proper-names.{35,50} "$dict"/american-proper-names.50 \
  "$dict"/english-upper.{10,35,50} "$dict"/american-upper.50 |
  iconv -f latin1 -t utf-8 | tr '[:upper:]' '[:lower:]' | sort -u >"$names"
{
  echo "# Common English words (scripts/english-words.sh derives this list from SCOWL levels 10"
  echo "# and 20, less the words SCOWL also lists as names; licence: english-words.LICENSE)."
  cat "$dict"/english-words.{10,20} "$dict"/american-words.{10,20} |
    iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | sort -u | comm -23 - "$names"
} >"$out"
# the next level's words (SCOWL 35), less those above and every word that is also a name:
# only the first-word test asks them, and only of a word with no capitalised word after it
# ("Turnout was 67 percent"; not "Mitt Romney")
{
  echo "# Less common English words (SCOWL level 35, less the words of english-words.txt and every word"
  echo "# SCOWL also lists as a name): the first-word test only (firstwords.go). Licence: english-words.LICENSE."
  cat "$dict"/english-words.35 "$dict"/american-words.35 |
    iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | sort -u | comm -23 - "$names" |
    comm -23 - <(grep -v '^#' "$out" | sort -u)
} >extraction/data/common-words-35.txt
# the proper names of the same levels: people's given and family names, and a few
# brands, that tell "Sheldon Silver" (a person) from "Panera Bread" (a business)
{
  echo "# Proper names (scripts/english-words.sh derives this list from SCOWL's proper-name lists"
  echo "# of levels 35 and 50; licence: english-words.LICENSE)."
  cat "$dict"/english-proper-names.{35,50} "$dict"/american-proper-names.50 |
    iconv -f latin1 -t utf-8 | grep -E '^[A-Z][a-z]+$' | sort -u
} >extraction/data/proper-names.txt
cp /usr/share/doc/scowl/copyright extraction/data/english-words.LICENSE
echo "english-words.sh: $(grep -vc '^#' "$out") words → $out"
