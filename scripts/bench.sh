#!/usr/bin/env bash
# kg's end-to-end benchmark, for people to rerun (BENCHMARKS.md holds a run's tables):
#
#   scripts/bench.sh [CORPUS]          # default ../shared/corpus/news-2016
#
# It builds kg and, for each backend of BACKENDS (the default one first), loads CORPUS
# into a fresh store and measures articles/s, MB/s, quads/s, peak RSS (GNU time) and
# the store's size on disk, then times every saved query on it with the default limit
# and with --limit 0, and `kg export` (time, peak RSS). It builds `cayley` from the
# Cayley version in go.mod in a throwaway module (nothing in this repository changes)
# and times `cayley init` + `cayley load` of kg's export into bolt, and it times
# `gzip -6` over the corpus's files (the yardstick of the query targets). It prints
# markdown tables with issue 13's targets: the default backend's load at most 0.6 ×
# cayley's bolt load, peak RSS at most 500 MB, the store at most 150 MB, every saved
# query at most 1 × the gzip time with the default limit and 2 × with --limit 0,
# export at most 300 MB of RSS.
#
# Environment:
#   RUNS=3            repeat each timing and keep the median (default 3)
#   BACKENDS="pebble bolt leveldb"   the embedded backends to compare (default: all
#                     three; the first is the one held to the targets)
#   BENCH_MAX_LOAD=1.5  before each timing, wait until the 1-minute load average is
#                     below this (other work on the machine skews timings) ...
#   BENCH_WAIT=900    ... but no more than this many seconds in all; the tables say
#                     how busy the machine was
#   CAYLEY=PATH       use this cayley binary instead of building one
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

corpus="${1:-../shared/corpus/news-2016}"
runs="${RUNS:-3}"
backends="${BACKENDS:-pebble bolt leveldb}"
max_load="${BENCH_MAX_LOAD:-1.5}"
max_wait="${BENCH_WAIT:-900}"
cayley_version="$(go list -m -f '{{.Version}}' github.com/cayleygraph/cayley)"

die() { echo "bench: $*" >&2; exit 1; }
[ -d "$corpus" ] || die "no corpus at $corpus (give a folder of articles as the first argument)"
/usr/bin/time -f %e true 2>/dev/null || die "needs GNU time at /usr/bin/time (apt-get install time)"
command -v jq >/dev/null || die "needs jq"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
busiest=0 # the highest load average a timing started at
waited=0  # seconds spent waiting for a quiet machine
loads=""  # the load average at the start of each timing

# quiet waits until the machine is quiet enough to time (BENCH_WAIT seconds in all).
quiet() {
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  while awk -v l="$load" -v m="$max_load" 'BEGIN { exit !(l >= m) }' && [ "$waited" -lt "$max_wait" ]; do
    sleep 5
    waited=$((waited + 5))
    load="$(cut -d' ' -f1 /proc/loadavg)"
  done
  busiest="$(awk -v a="$busiest" -v b="$load" 'BEGIN { print (b > a ? b : a) }')"
  loads="$loads $load"
}

# median prints the median of the numbers on stdin, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
mb() { awk '{ printf "%.0f", $1 / 1024 }'; } # KB → MB
ok() { if awk "BEGIN { exit !($1) }"; then echo "yes"; else echo "**no**"; fi; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > a ? b : a) }'; }

echo "building kg …" >&2
go build -o "$tmp/kg" ./cmd/kg
kg="$tmp/kg"

if [ -n "${CAYLEY:-}" ]; then
  cayley="$CAYLEY"
else
  echo "building cayley $cayley_version in a throwaway module …" >&2
  mkdir "$tmp/cayley-build"
  printf 'module kgbench/cayley\n\ngo 1.26\n\nrequire github.com/cayleygraph/cayley %s\n' "$cayley_version" >"$tmp/cayley-build/go.mod"
  (cd "$tmp/cayley-build" && GOFLAGS=-mod=mod go build -o "$tmp/cayley" github.com/cayleygraph/cayley/cmd/cayley)
  cayley="$tmp/cayley"
fi

# The yardstick: gzip -6 over the corpus's files, as one stream.
: >"$tmp/gzip.times"
for run in $(seq "$runs"); do
  quiet
  /usr/bin/time -f '%e' -o "$tmp/time" sh -c 'find "$0" -type f -print0 | sort -z | xargs -0 cat | gzip -6 >/dev/null' "$corpus"
  cat "$tmp/time" >>"$tmp/gzip.times"
done
gz_s="$(median <"$tmp/gzip.times")"

# The saved queries: NAME|PARAMS, each run with the default limit and --limit 0.
cases=()
for name in $("$kg" query --list --json | jq -r '.[].name'); do
  case "$name" in
    entity | neighbourhood) cases+=("$name|name=Obama") ;;
    paths) cases+=("paths|from=Obama to=Putin") ;;
    event-reports) cases+=("event-reports|event=Brussels") ;;
    relations) cases+=("relations|" "relations|from=Obama to=Putin") ;;
    *) cases+=("$name|") ;;
  esac
done

# Each backend: RUNS loads into a fresh store, the store's size, every saved query,
# and the export.
first=""
for b in $backends; do
  [ -n "$first" ] || first="$b"
  db="$tmp/$b.db"
  : >"$tmp/$b.load.times"
  for run in $(seq "$runs"); do
    echo "$b, run $run of $runs: kg load $corpus …" >&2
    rm -rf "$db"
    quiet
    status=0
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$kg" load --backend "$b" --db "$db" --no-progress --json "$corpus" >"$tmp/$b.load.json" 2>"$tmp/load.err" || status=$?
    [ "$status" -le 1 ] || die "kg load ($b) failed (exit $status): $(tail -3 "$tmp/load.err")"
    echo "$(cat "$tmp/time") $(du -sk "$db" | cut -f1)" >>"$tmp/$b.load.times"
  done

  echo "$b: saved queries …" >&2
  : >"$tmp/$b.queries"
  for c in "${cases[@]}"; do
    name="${c%%|*}"
    params="${c#*|}"
    args=()
    for p in $params; do args+=(--param "$p"); done
    for limit in default 0; do
      largs=()
      [ "$limit" = default ] || largs=(--limit "$limit")
      : >"$tmp/q.times"
      rows="error"
      for run in $(seq "$runs"); do
        quiet
        if /usr/bin/time -f '%e %M' -o "$tmp/time" "$kg" query --db "$db" "$name" --json "${args[@]}" "${largs[@]}" >"$tmp/q.json" 2>"$tmp/q.err"; then
          rows="$(jq length "$tmp/q.json")"
        else
          rows="error: $(head -c 120 "$tmp/q.err" | tr '\n|' '  ')"
        fi
        tail -1 "$tmp/time" >>"$tmp/q.times"
      done
      echo "$name|${params:-–}|$limit|$rows|$(cut -d' ' -f1 "$tmp/q.times" | median)|$(cut -d' ' -f2 "$tmp/q.times" | median | mb)" >>"$tmp/$b.queries"
    done
  done

  echo "$b: export …" >&2
  : >"$tmp/$b.export.times"
  for run in $(seq "$runs"); do
    rm -f "$tmp/$b.nq"
    quiet
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$kg" export --db "$db" --out "$tmp/$b.nq"
    cat "$tmp/time" >>"$tmp/$b.export.times"
  done
  [ "$b" = "$first" ] || rm -f "$tmp/$b.nq"
  rm -rf "$db"
done

# Cayley's own load of the default backend's export, into bolt.
: >"$tmp/cayley.times"
for run in $(seq "$runs"); do
  echo "run $run of $runs: cayley init + load of kg's N-Quads …" >&2
  rm -rf "$tmp/cayley.db"
  quiet
  /usr/bin/time -f '%e %M' -o "$tmp/time" sh -c '"$0" init -d bolt -a "$1" && "$0" load -d bolt -a "$1" -i "$2"' \
    "$cayley" "$tmp/cayley.db" "$tmp/$first.nq" >"$tmp/cayley.log" 2>&1 || die "cayley failed: $(tail -3 "$tmp/cayley.log")"
  echo "$(cat "$tmp/time") $(du -sk "$tmp/cayley.db" | cut -f1)" >>"$tmp/cayley.times"
done

# Summaries.
col() { cut -d' ' -f"$2" "$1" | median; } # FILE FIELD → median
j="$tmp/$first.load.json"
articles="$(jq .articles "$j")"
files="$(jq .files "$j")"
failed="$(jq .failed "$j")"
bytes="$(jq .bytes "$j")"
quads="$(jq .wrote.quads "$j")"
nq_lines="$(wc -l <"$tmp/$first.nq")"
kg_s="$(col "$tmp/$first.load.times" 1)"
kg_rss="$(col "$tmp/$first.load.times" 2 | mb)"
kg_size="$(col "$tmp/$first.load.times" 3 | mb)"
ex_s="$(col "$tmp/$first.export.times" 1)"
ex_rss="$(col "$tmp/$first.export.times" 2 | mb)"
cayley_s="$(col "$tmp/cayley.times" 1)"
cayley_rss="$(col "$tmp/cayley.times" 2 | mb)"
cayley_size="$(col "$tmp/cayley.times" 3 | mb)"
ratio="$(awk -v a="$kg_s" -v b="$cayley_s" 'BEGIN { printf "%.2f", a / b }')"
slowest=0
slowest_all=0
while IFS='|' read -r name params limit rows s rss; do
  if [ "$limit" = default ]; then slowest="$(max "$slowest" "$s")"; else slowest_all="$(max "$slowest_all" "$s")"; fi
done <"$tmp/$first.queries"
q1="$(awk -v a="$slowest" -v g="$gz_s" 'BEGIN { printf "%.2f", a / g }')"
q0="$(awk -v a="$slowest_all" -v g="$gz_s" 'BEGIN { printf "%.2f", a / g }')"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(free -g | awk '/^Mem:/ { print $2 " GB" }')"
disk="$(df -h "$tmp" | awk 'NR == 2 { print $1 ", " $2 }')"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
load_median="$(echo "$loads" | tr ' ' '\n' | grep . | median)"
cat <<EOT
## kg benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit

Machine: $(nproc) cores ($cpu), $mem memory, disk $disk. Median of $runs runs; the
1-minute load average when a timing started: median $load_median, at most $busiest (wanted
below $max_load; waited $waited s for a quieter machine).

Corpus: $corpus — $files files, $articles articles, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $failed files failed; the load wrote $quads quads, the store holds $nq_lines.
Yardstick: \`gzip -6\` over the corpus's files, $gz_s s.

| measure ($first, the default) | value | target | met |
| --- | ---: | --- | --- |
| kg load (wall) | $kg_s s | | |
| articles/s | $(awk -v n="$articles" -v s="$kg_s" 'BEGIN { printf "%.1f", n / s }') | | |
| MB/s | $(awk -v n="$bytes" -v s="$kg_s" 'BEGIN { printf "%.2f", n / 1e6 / s }') | | |
| quads/s | $(awk -v n="$quads" -v s="$kg_s" 'BEGIN { printf "%.0f", n / s }') | | |
| cayley $cayley_version init + load of kg's N-Quads, bolt | $cayley_s s (peak RSS $cayley_rss MB, $cayley_size MB on disk) | | |
| kg load ÷ cayley load (bolt) | $ratio × | ≤ 0.6 × | $(ok "$ratio <= 0.6") |
| kg load peak RSS | $kg_rss MB | ≤ 500 MB | $(ok "$kg_rss <= 500") |
| store on disk | $kg_size MB | ≤ 150 MB | $(ok "$kg_size <= 150") |
| slowest saved query, default limit | $slowest s ($q1 × gzip) | ≤ 1 × | $(ok "$q1 <= 1") |
| slowest saved query, --limit 0 | $slowest_all s ($q0 × gzip) | ≤ 2 × | $(ok "$q0 <= 2") |
| kg export | $ex_s s, peak RSS $ex_rss MB | ≤ 300 MB | $(ok "$ex_rss <= 300") |

Backends (the same corpus, load and queries by kg; sizes by du):

| backend | load | peak RSS | on disk | slowest query, default limit | slowest, --limit 0 | export |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
EOT
for b in $backends; do
  s1=0
  s0=0
  while IFS='|' read -r name params limit rows s rss; do
    if [ "$limit" = default ]; then s1="$(max "$s1" "$s")"; else s0="$(max "$s0" "$s")"; fi
  done <"$tmp/$b.queries"
  printf '| %s | %s s | %s MB | %s MB | %s s | %s s | %s s, %s MB |\n' "$b" "$(col "$tmp/$b.load.times" 1)" \
    "$(col "$tmp/$b.load.times" 2 | mb)" "$(col "$tmp/$b.load.times" 3 | mb)" "$s1" "$s0" \
    "$(col "$tmp/$b.export.times" 1)" "$(col "$tmp/$b.export.times" 2 | mb)"
done
printf '| cayley (bolt) | %s s | %s MB | %s MB | | | |\n' "$cayley_s" "$cayley_rss" "$cayley_size"

cat <<EOT

Saved queries (\`kg query NAME --json\`; seconds are wall time of the whole command, store
opening included; × gzip is the $first time over the yardstick, against 1 × with the
default limit and 2 × with --limit 0):

EOT
header="| query | params | --limit | rows"
rule="| --- | --- | --- | ---:"
for b in $backends; do header="$header | $b s"; rule="$rule | ---:"; done
echo "$header | × gzip | met |"
echo "$rule | ---: | --- |"
n="$(wc -l <"$tmp/$first.queries")"
for i in $(seq "$n"); do
  IFS='|' read -r name params limit rows s rss < <(sed -n "${i}p" "$tmp/$first.queries")
  line="| $name | $params | $limit | $rows"
  for b in $backends; do line="$line | $(sed -n "${i}p" "$tmp/$b.queries" | cut -d'|' -f5)"; done
  x="$(awk -v a="$s" -v g="$gz_s" 'BEGIN { printf "%.2f", a / g }')"
  want=1
  [ "$limit" = default ] || want=2
  echo "$line | $x | $(ok "$x <= $want") |"
done
