#!/usr/bin/env bash
# End-to-end benchmark: read, clean, geoparse, extract and store a corpus of
# varied pages on one core (ingest is single-threaded), and print pages/s,
# MB/s and peak memory. Usage: bench/e2e/run.sh [BUILD_DIR] [PAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
pages=${2:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/e2e/make_corpus.py "$tmp/corpus" --pages "$pages"
bytes=$(du -sb --exclude=meta.jsonl "$tmp/corpus" | cut -f1)
/usr/bin/time -v taskset -c 0 "$build/sitrep" --db "$tmp/e2e.db" --quiet ingest "$tmp/corpus" \
  2> "$tmp/time.txt" || true
wall=$(grep -E "Elapsed \(wall clock\)" "$tmp/time.txt" | awk '{print $NF}')
rss_kb=$(grep "Maximum resident set size" "$tmp/time.txt" | awk '{print $NF}')
python3 - "$pages" "$bytes" "$wall" "$rss_kb" "$("$build/sitrep" --db "$tmp/e2e.db" stats --json)" <<'PY'
import json, sys
pages, nbytes, wall, rss_kb, stats = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), json.loads(sys.argv[5])
parts = [float(x) for x in wall.split(":")]
secs = parts[-1] + (parts[-2] * 60 if len(parts) > 1 else 0) + (parts[-3] * 3600 if len(parts) > 2 else 0)
print(f"pages {pages}, input {nbytes / 1e6:.1f} MB, wall {secs:.2f} s (one core)")
print(f"throughput: {pages / secs:.1f} pages/s, {nbytes / 1e6 / secs:.2f} MB/s")
print(f"peak memory: {rss_kb / 1024:.1f} MB")
print(f"stored: {stats['documents']} documents, {stats['events']} events, {stats['claims']} claims")
PY
