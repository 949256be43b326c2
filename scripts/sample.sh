#!/usr/bin/env bash
# The regression harness of extraction (issue 10), first half: build kg from this
# checkout and run `kg extract --json` over a fixed sample of the 2016 corpus, or over
# all of it, keeping the output outside the repository. scripts/extract-diff compares
# such a run with the last accepted one.
#
#   scripts/sample.sh                # the sample → $KG_HARNESS/sample-200/current.jsonl
#   scripts/sample.sh --all          # all 4,248 articles → $KG_HARNESS/all/current.jsonl
#   scripts/sample.sh --out FILE     # write the run there instead
#   scripts/sample.sh --pick         # draw the sample again into extraction/testdata/sample-200.txt
#                                    # (same seed, so the same list: git diff shows nothing)
#
# The sample is extraction/testdata/sample-200.txt: 200 file names (never the articles)
# drawn across every genre of the corpus (its feed categories topNews, domesticNews,
# Top Stories, technologyNews, and Wired's sections) in proportion to their sizes, at
# least two from each, with the seed named there ("kg-extraction-sample-2016"): each
# article's rank in its genre is the SHA-256 of the seed and its name, the same on every
# machine. scripts/harness/pick.go draws it.
#
# Environment:
#   KG_CORPUS=DIR    the corpus (default ../shared/corpus/news-2016 beside this checkout
#                    or beside the main checkout of a git worktree)
#   KG_HARNESS=DIR   where runs are kept (default /tmp/kg-harness/<checkout folder name>)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
export PATH="$PATH:/usr/local/go/bin"

list="extraction/testdata/sample-200.txt"
set_name="sample-200"
out=""
pick=0
while [ $# -gt 0 ]; do
  case "$1" in
    --all) set_name="all" ;;
    --out) out="$2"; shift ;;
    --pick) pick=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "sample.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

die() { echo "sample.sh: $*" >&2; exit 1; }

corpus="${KG_CORPUS:-}"
if [ -z "$corpus" ]; then
  common="$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
  for c in "$root/../shared/corpus/news-2016" "${common:+$(dirname "$common")/../shared/corpus/news-2016}"; do
    if [ -n "$c" ] && [ -d "$c" ]; then corpus="$(cd "$c" && pwd)"; break; fi
  done
fi
[ -n "$corpus" ] && [ -d "$corpus" ] || die "no corpus found: set KG_CORPUS to the news-2016 folder"

if [ "$pick" = 1 ] || [ ! -f "$list" ]; then
  go run ./scripts/harness pick "$corpus" > "$list.tmp"
  mv "$list.tmp" "$list"
  echo "sample.sh: drew $(grep -vc '^#' "$list") articles into $list" >&2
  [ "$pick" = 1 ] && exit 0
fi

dir="${KG_HARNESS:-/tmp/kg-harness/$(basename "$root")}/$set_name"
mkdir -p "$dir"
[ -n "$out" ] || out="$dir/current.jsonl"
go build -o "$dir/kg" ./cmd/kg

tmp="$out.tmp"
start=$(date +%s.%N)
if [ "$set_name" = all ]; then
  (cd "$corpus" && "$dir/kg" extract --json .) > "$tmp"
else
  mapfile -t names < <(grep -v '^#' "$list" | grep .)
  missing=0
  for n in "${names[@]}"; do [ -f "$corpus/$n" ] || { echo "sample.sh: not in the corpus: $n" >&2; missing=1; }; done
  [ "$missing" = 0 ] || die "the sample names articles that $corpus does not hold"
  (cd "$corpus" && "$dir/kg" extract --json "${names[@]}") > "$tmp"
fi
end=$(date +%s.%N)
mv "$tmp" "$out"
printf 'sample.sh: %s articles extracted in %.2f s → %s\n' "$(wc -l < "$out")" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$out" >&2
