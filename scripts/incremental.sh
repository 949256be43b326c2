#!/usr/bin/env bash
# Does loading one more article cost the same in a big store as in a small one?
# Holds out 250 articles of the corpus (every 17th file), loads 1,000 of the others into
# one store (the default backend) and 3,750 into another, then times loading the same 250 held-out
# articles into a fresh copy of each, ROUNDS times (default 5), the two sizes taking
# turns. Prints each round, the median time per article for both sizes and the ratio of
# the medians. One round is noisy (a 2.5 s load moves ±15% with fsync and the page
# cache); the medians are what to quote.
#   scripts/incremental.sh [CORPUS]   (default ../shared/corpus/news-2016)
# KGS="main=/path/to/kg new=/path/to/kg" times each of these builds instead of the
# tree's, all in every round (sizes and builds taking turns) over the same two stores,
# which the first build makes: a before-and-after comparison in one sitting. Each line
# of a round is then a build's; the user+sys CPU seconds of each load are printed too,
# and their medians and ratio at the end (the machine's other work moves wall time more).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
corpus=${1:-../shared/corpus/news-2016}
rounds=${ROUNDS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
builds=${KGS:-}
if [ -z "$builds" ]; then
  go build -o "$tmp/kg" ./cmd/kg
  builds="tree=$tmp/kg"
fi
first=${builds%% *}
first=${first#*=}
ls "$corpus"/*.md | sort > "$tmp/all"
awk 'NR % 17 == 0' "$tmp/all" | head -250 > "$tmp/held"
grep -vxF -f "$tmp/held" "$tmp/all" > "$tmp/rest"
held=$(wc -l < "$tmp/held")
for n in 1000 3750; do
  head -"$n" "$tmp/rest" > "$tmp/base$n"
  xargs -a "$tmp/base$n" "$first" load --no-progress --db "$tmp/db$n" > /dev/null
done
for r in $(seq "$rounds"); do
  for b in $builds; do
    name=${b%%=*}
    bin=${b#*=}
    for n in 1000 3750; do
      rm -rf "$tmp/t$n" && cp -r "$tmp/db$n" "$tmp/t$n" && sync
      start=$(date +%s.%N)
      /usr/bin/time -f '%U %S' -o "$tmp/cpu" xargs -a "$tmp/held" "$bin" load --no-progress --db "$tmp/t$n" > "$tmp/out$n"
      end=$(date +%s.%N)
      echo "($end - $start) * 1000 / $held" | bc -l >> "$tmp/per$name$n"
      awk '{print $1 + $2}' "$tmp/cpu" > "$tmp/cpu$n"
      cat "$tmp/cpu$n" >> "$tmp/cpu$name$n"
    done
    printf "round %d, %s: %5.1f ms per article into 1,000, %5.1f into 3,750 (CPU %.2f s, %.2f s)\n" "$r" "$name" \
      "$(tail -1 "$tmp/per${name}1000")" "$(tail -1 "$tmp/per${name}3750")" "$(cat "$tmp/cpu1000")" "$(cat "$tmp/cpu3750")"
  done
done
median() { sort -g "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for b in $builds; do
  name=${b%%=*}
  m1=$(median "$tmp/per${name}1000")
  m2=$(median "$tmp/per${name}3750")
  printf "%s: median: store of 1,000 articles: %.1f ms per article; store of 3,750: %.1f ms\n" "$name" "$m1" "$m2"
  printf "%s: ratio (3,750 / 1,000): %.2f\n" "$name" "$(echo "$m2 / $m1" | bc -l)"
  c1=$(median "$tmp/cpu${name}1000")
  c2=$(median "$tmp/cpu${name}3750")
  printf "%s: median CPU (user+sys) of the load: %.2f s into 1,000, %.2f s into 3,750; ratio %.2f\n" "$name" "$c1" "$c2" "$(echo "$c2 / $c1" | bc -l)"
done
