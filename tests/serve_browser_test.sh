#!/usr/bin/env bash
# The web map in a real browser: ingests the seed corpus (from $SHARED) plus
# one page of our own whose text carries markup, serves it, and runs
# tests/browser/map_test.js in headless chromium (markers for Deir ez-Zor,
# Mayadin and al-Sukhna, the siege broken on 2017-09-06, an event's evidence
# highlighted in its article, markup shown as text). Keeps the screenshot in
# $BUILD/artifacts/map.png.
set -uo pipefail
: "${SITREP:?}" "${SRC:?}"
seeds="${SHARED:-}/corpus/seeds"
if [ -z "${SHARED:-}" ] || [ ! -d "$seeds" ]; then
  echo "skipped: the seed corpus ($seeds) is absent"
  exit 77
fi
if [ ! -x /usr/bin/chromium ] || [ ! -d "$SRC/node_modules/playwright-core" ] || ! command -v node > /dev/null; then
  echo "skipped: needs /usr/bin/chromium, node and node_modules/playwright-core (make setup)"
  exit 77
fi
source "$SRC/tests/browser/serve_lib.sh"
tmp=$(mktemp -d)
trap 'stop_server; rm -rf "$tmp"' EXIT
artifact="${BUILD:-$SRC/build}/artifacts/map.png"

mkdir -p "$tmp/own"
cat > "$tmp/own/markup.html" <<'PAGE'
<html><head><title>Markup test page</title></head><body><article><h1>Markup test page</h1>
<p>Syrian army troops clashed with Islamic State fighters near Mayadin on 10 September 2017, activists said. &lt;img src=x onerror=window.__xss=1&gt; &lt;script&gt;window.__xss=2&lt;/script&gt;</p>
</article></body></html>
PAGE
printf '{"file":"markup.html","published":"2017-09-10","outlet":"Test Wire"}\n' > "$tmp/own/meta.jsonl"
db="$tmp/seeds.db"
"$SITREP" --db "$db" ingest "$seeds" "$tmp/own" > "$tmp/ingest.log" 2>&1
[ $? -le 1 ] || { cat "$tmp/ingest.log"; echo "FAIL: ingest" >&2; exit 1; }

start_server "$tmp/serve.log" --db "$db" serve --port 0 --rate-limit 0 || exit 1
doc=$(curl -s "$BASE/api/documents" | jq -r '.documents[] | select(.title == "Markup test page") | .id')
[ -n "$doc" ] || { echo "FAIL: the markup page is not stored" >&2; exit 1; }
node "$SRC/tests/browser/map_test.js" "$BASE/" "$artifact" "$doc"
