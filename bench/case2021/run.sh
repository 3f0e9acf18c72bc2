#!/usr/bin/env bash
# CASE 2021 Task 2 benchmark: codes every snippet of the development half with
# `sitrep events` and scores the sub-event types (bench/case2021/score.py).
#
# Usage: bench/case2021/run.sh [BUILD_DIR] [--save]
#   SITREP   the binary (default BUILD_DIR/sitrep, BUILD_DIR default build)
#   SHARED   the shared folder (default ../shared beside the source tree)
# With --save the result is also written to bench/results/case2021.txt with
# the date and commit. Exits 77 when the CASE data is absent.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
save=0
[[ "${2:-}" == "--save" || "${1:-}" == "--save" ]] && save=1
[[ "$build" == "--save" ]] && build=build
[[ "$build" = /* ]] || build="$src/$build"
sitrep=${SITREP:-$build/sitrep}
shared=${SHARED:-$(cd "$src/.." && pwd)/shared}
dev="$shared/bench/case2021-dev/dev.tsv"
if [[ ! -f "$dev" ]]; then
  echo "CASE 2021 data not found at $dev: skipped" >&2
  exit 77
fi
[[ -x "$sitrep" ]] || { echo "no sitrep binary at $sitrep" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$src/bench/case2021/score.py" prepare "$dev" "$tmp/snippets.jsonl"
# One line per report (not merged across snippets); problems go to stderr.
# The snippets carry no publication date: their events are coded with the
# date unknown (no time expression can be anchored), as for any undated page.
"$sitrep" --quiet events --input "$tmp/snippets.jsonl" --plain --reports --format jsonl \
  > "$tmp/events.jsonl" 2> "$tmp/stderr.txt" || {
  rc=$?
  # Exit code 3-style "some inputs skipped" still leaves usable output.
  if [[ ! -s "$tmp/events.jsonl" ]]; then
    echo "sitrep events failed (exit $rc):" >&2; cat "$tmp/stderr.txt" >&2; exit 1
  fi
}
python3 "$src/bench/case2021/score.py" score "$dev" "$tmp/events.jsonl" > "$tmp/result.txt"
cat "$tmp/result.txt"
if [[ $save == 1 ]]; then
  mkdir -p "$src/bench/results"
  {
    echo "# CASE 2021 Task 2 dev half ($(wc -l < "$dev") lines incl. header): bench/case2021/run.sh"
    echo "# date $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$src" rev-parse --short HEAD)" \
         "$(git -C "$src" diff --quiet HEAD -- data src 2>/dev/null || echo '(with uncommitted changes)')"
    echo "# machine $(nproc) cores, $(uname -m)"
    cat "$tmp/result.txt"
  } > "$src/bench/results/case2021.txt"
  echo "saved bench/results/case2021.txt"
fi
