#!/usr/bin/env bash
# kg's main job on a fresh machine: build kg, load the invented reports in examples/ into
# an embedded bolt store (./kg.db, made afresh), and print what was found: the counts,
# every figure in report order, where reports disagree and where they agree.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
go build -o kg ./cmd/kg
rm -rf kg.db
./kg load examples/
echo
echo "== figures, oldest report first (kg query figures)"
./kg query figures
echo
echo "== where reports disagree (kg query contradictions)"
./kg query contradictions
echo
echo "== what two or more reports agree on (kg query corroborations)"
./kg query corroborations
