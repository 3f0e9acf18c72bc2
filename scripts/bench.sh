#!/usr/bin/env bash
# make bench: every benchmark, one after another, on this machine. Each one
# prints its own table; the scripts that take --save / a result file also
# write bench/results/. Benchmarks whose ../shared data is absent say so and
# are skipped. Speed figures are per process on one core where the script
# pins it; compare ratios measured in one run, not runs on different days.
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."

run() {
  echo "== $*"
  "$@"
  local status=$?
  [ "$status" -eq 0 ] || echo "($1 exited with status $status)"
  echo
}

run bench/article_extraction/run.sh "$build" bench/results/article_extraction.txt
run taskset -c 0 "$build/clean_bench"
run bench/geo/perf.sh "$build"
run bench/geo/lgl.sh "$build/sitrep"
run taskset -c 0 "$build/extract_bench"
run bench/case2021/run.sh "$build" --save
run bench/case2021/sentences.sh "$build"
run bench/unseen/lgl.sh "$build"
run bench/unseen/articles.sh "$build"
run "$build/merge_bench" --benchmark_filter=MergeEvents
run bench/e2e/run.sh "$build" 10000
run bench/serve/load.sh "$build" 10
