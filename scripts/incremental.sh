#!/usr/bin/env bash
# Does loading one more article cost the same in a big store as in a small one?
# Holds out 250 articles of the corpus (every 17th file), loads 1,000 of the others into
# one bolt store and 3,750 into another, then times loading the same 250 held-out
# articles into each. Prints the time per article in both and their ratio.
#   scripts/incremental.sh [CORPUS]   (default ../shared/corpus/news-2016)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
corpus=${1:-../shared/corpus/news-2016}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kg" ./cmd/kg
ls "$corpus"/*.md | sort > "$tmp/all"
awk 'NR % 17 == 0' "$tmp/all" | head -250 > "$tmp/held"
grep -vxF -f "$tmp/held" "$tmp/all" > "$tmp/rest"
for n in 1000 3750; do
  head -"$n" "$tmp/rest" > "$tmp/base$n"
  xargs -a "$tmp/base$n" "$tmp/kg" load --no-progress --db "$tmp/db$n" > /dev/null
  start=$(date +%s.%N)
  xargs -a "$tmp/held" "$tmp/kg" load --no-progress --db "$tmp/db$n" > "$tmp/out$n"
  end=$(date +%s.%N)
  per=$(echo "($end - $start) * 1000 / 250" | bc -l)
  printf "store of %4d articles: 250 more in %.2f s, %.1f ms per article\n" "$n" "$(echo "$end - $start" | bc -l)" "$per"
  echo "$per" > "$tmp/per$n"
done
printf "ratio (3,750 / 1,000): %.2f\n" "$(echo "$(cat "$tmp/per3750") / $(cat "$tmp/per1000")" | bc -l)"
