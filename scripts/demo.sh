#!/usr/bin/env bash
# kg's main job on a fresh machine: build kg, load the invented reports in examples/ into
# a new embedded Pebble store of its own (a fresh folder under the temporary directory;
# $KG_DEMO_DIR to choose where), and print what was found: every event, every figure in
# report order, where reports disagree and where they agree. It never touches a store
# it did not make: not ./kg.db, nor $KG_DB.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
unset KG_DB KG_BACKEND
go build -o kg ./cmd/kg
parent="${KG_DEMO_DIR:-${TMPDIR:-/tmp}}"
mkdir -p "$parent"
dir="$(mktemp -d "$parent/kg-demo.XXXXXX")"
db="$dir/kg.db"
./kg load --db "$db" examples/
echo
echo "== every event, most reports first (kg query events)"
./kg query events --db "$db"
echo
echo "== figures, oldest report first (kg query figures)"
./kg query figures --db "$db"
echo
echo "== where reports disagree (kg query contradictions)"
./kg query contradictions --db "$db"
echo
echo "== what two or more reports agree on (kg query corroborations)"
./kg query corroborations --db "$db"
echo
echo "The demo's store is $db: try ./kg query --list, then ./kg query NAME --db $db,"
echo "./kg serve --db $db or ./kg report --db $db --out report.html. Remove it with rm -r $dir."
