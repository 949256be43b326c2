#!/usr/bin/env bash
# Is the store a function of the set of articles, whatever order they arrive in?
# (issue 9) Loads the whole corpus in file order into one store and in reverse order
# into another, then compares the two stores' exports (sorted N-Quads) and what the
# saved queries find in them (--limit 0 --json). Prints "identical" or "DIFFERS" for
# each, and exits 1 if anything differs. The cmd/kg test TestOrderDoesNotMatter does the
# same for one week of the corpus in CI; this is the whole corpus (two loads, a few
# minutes).
#   scripts/two-orders.sh [CORPUS]   (default ../shared/corpus/news-2016)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
corpus=$(cd "${1:-../shared/corpus/news-2016}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kg" ./cmd/kg
ls "$corpus" | grep -E '\.(md|txt|html|json|jsonl|xml|nq)$' | sed "s|^|$corpus/|" > "$tmp/forward"
tac "$tmp/forward" > "$tmp/reverse"
queries="contradictions corroborations timeline events event-entities figures sources quotes relations"
for order in forward reverse; do
  xargs -a "$tmp/$order" "$tmp/kg" load --no-progress --db "$tmp/$order.db" | tail -n 2
  "$tmp/kg" export --db "$tmp/$order.db" --format nquads | LC_ALL=C sort > "$tmp/$order.nq"
  for q in $queries; do
    "$tmp/kg" query --db "$tmp/$order.db" "$q" --limit 0 --json > "$tmp/$order.$q.json"
  done
done
status=0
for f in nq $(for q in $queries; do echo "$q.json"; done); do
  if cmp -s "$tmp/forward.$f" "$tmp/reverse.$f"; then
    echo "$f: identical"
  else
    echo "$f: DIFFERS"
    status=1
  fi
done
echo "$(wc -l < "$tmp/forward.nq") quads in each export"
exit $status
