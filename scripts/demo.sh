#!/usr/bin/env bash
# make demo: ingest the bundled example corpus into a fresh embedded store,
# print the situation report, export ACLED CSV and GeoJSON, serve the map.
set -euo pipefail
build=${1:-build}
db=${2:-$build/demo.db}
port=${3:-8080}
sitrep="$build/sitrep"
cd "$(dirname "$0")/.."

rm -f "$db" "$db-wal" "$db-shm"
echo "== sitrep ingest examples/ (store: $db)"
status=0
"$sitrep" --db "$db" ingest examples || status=$?
if [ "$status" -gt 1 ]; then
  echo "demo: ingest failed (exit $status)" >&2
  exit "$status"
fi
echo
"$sitrep" --db "$db" report --format text
"$sitrep" --db "$db" events --merged --format csv > events.csv
"$sitrep" --db "$db" events --merged --format geojson > events.geojson
echo
echo "wrote events.csv (ACLED columns) and events.geojson"
if [ -n "${SITREP_DEMO_NO_SERVE:-}" ]; then
  exit 0
fi
echo "serving the map at http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec "$sitrep" --db "$db" serve --port "$port"
