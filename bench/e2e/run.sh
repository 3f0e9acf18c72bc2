#!/usr/bin/env bash
# End-to-end benchmark: read, clean, geoparse, extract and store a corpus on
# one core (taskset -c 0; ingest is single-threaded) and print, for each of two
# corpora, pages, MB, pages/s, MB/s, peak memory and what was stored:
#   web    pages shaped like real news pages: real pages' site furniture (from
#          $SHARED/bench/article-extraction/html, read at run time) around
#          synthetic war reporting, comment threads on half; 80% HTML, 10% plain
#          text, 10% JSONL records (see make_corpus.py). Skipped with a message
#          when the shared folder is absent.
#   dense  small synthetic pages (~2.5 KB) where almost every sentence is an
#          event: the worst case per byte for extraction and storing.
#   one    a single dense page: start-up time and start-up peak memory
#          (gazetteer, lexicons, store).
# Usage: bench/e2e/run.sh [BUILD_DIR] [PAGES] [RESULT_FILE]
# With RESULT_FILE the output, headed by date, commit and machine, is also
# written there (e.g. bench/results/e2e.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
pages=${2:-10000}
result=${3:-}
shared=${SHARED:-/work/shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() {  # label kind pages description...
  local label=$1 kind=$2 pages=$3 corpus=$tmp/$1
  shift 3
  local args=(--pages "$pages" --kind "$kind")
  [[ $kind == web ]] && args+=(--templates "$shared/bench/article-extraction/html")
  python3 bench/e2e/make_corpus.py "$corpus" "${args[@]}"
  local bytes db=$tmp/$label.db
  bytes=$(du -sb --exclude=meta.jsonl "$corpus" | cut -f1)
  /usr/bin/time -v taskset -c 0 "$build/sitrep" --db "$db" --quiet ingest "$corpus" \
    2> "$tmp/time.txt" || true
  local wall rss_kb cpu
  wall=$(grep -E "Elapsed \(wall clock\)" "$tmp/time.txt" | awk '{print $NF}')
  rss_kb=$(grep "Maximum resident set size" "$tmp/time.txt" | awk '{print $NF}')
  cpu=$(grep -E "(User|System) time \(seconds\)" "$tmp/time.txt" | awk '{s += $NF} END {print s}')
  echo "== corpus '$label': $*"
  python3 - "$pages" "$bytes" "$wall" "$rss_kb" "$cpu" "$("$build/sitrep" --db "$db" stats --json)" <<'PY'
import json, sys
pages, nbytes, wall, rss_kb, cpu = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
stats = json.loads(sys.argv[6])
parts = [float(x) for x in wall.split(":")]
secs = parts[-1] + (parts[-2] * 60 if len(parts) > 1 else 0) + (parts[-3] * 3600 if len(parts) > 2 else 0)
print(f"pages {pages}, input {nbytes / 1e6:.1f} MB ({nbytes / pages / 1e3:.1f} KB a page), wall {secs:.2f} s, CPU {cpu:.2f} s (user+sys, one core)")
print(f"throughput (wall): {pages / secs:.1f} pages/s, {nbytes / 1e6 / secs:.2f} MB/s")
print(f"throughput (CPU time, steadier on a shared machine): {pages / cpu:.1f} pages/s, {nbytes / 1e6 / cpu:.2f} MB/s")
print(f"peak memory: {rss_kb / 1024:.1f} MB")
print(f"stored: {stats['documents']} documents, {stats['events']} events, {stats['claims']} claims")
PY
  rm -rf "$corpus" "$db"*
}

{
  echo "sitrep end-to-end ingest benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted src changes)')"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "build $build ($(grep -m1 CMAKE_BUILD_TYPE "$build/CMakeCache.txt" | cut -d= -f2)), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); ingest pinned to one core"
  if [[ -d $shared/bench/article-extraction/html ]]; then
    measure web web "$pages" "real news pages' furniture (181 article-extraction pages, median 115 KB," \
      "article text ~3% of the bytes) around synthetic war reporting, a quarter of sentences events;" \
      "comment threads on half; 80% HTML, 10% plain text, 10% JSONL records"
  else
    echo "== corpus 'web' skipped: $shared/bench/article-extraction/html is absent"
  fi
  measure dense dense "$pages" "dense text: synthetic ~2.5 KB pages, half plain text and half minimal HTML," \
    "almost every sentence an event (worst case per byte for extraction and storing)"
  measure one dense 1 "one dense page: start-up (gazetteer, lexicons, store) and its peak memory"
} | if [[ -n $result ]]; then tee "$result"; else cat; fi
