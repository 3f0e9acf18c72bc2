#!/usr/bin/env bash
# The HTTP API against a running `sitrep serve`: every endpoint, bad
# parameters (400 JSON errors, the server keeps serving), read-only by
# default, request-size and rate limits, POST /ingest with --allow-ingest, and
# markup in a page's text coming back as JSON data with nosniff. The pages
# are written here; no third-party text is needed.
set -uo pipefail
: "${SITREP:?}" "${SRC:?}"
source "$SRC/tests/browser/serve_lib.sh"
tmp=$(mktemp -d)
trap 'stop_server; rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

mkdir -p "$tmp/pages"
cat > "$tmp/pages/siege.txt" <<'PAGE'
Army breaks siege of Deir ez-Zor

DEIR EZ-ZOR, Sept. 5, 2017 - Syrian army troops broke the siege of Deir ez-Zor on Tuesday, reaching the garrison that Islamic State fighters had encircled for three years, state media said.

Russian warplanes struck Islamic State positions near Mayadin on Tuesday, killing 12 militants, the Russian Defence Ministry said.
PAGE
cat > "$tmp/pages/markup.html" <<'PAGE'
<html><head><title>Clashes near Mayadin</title></head><body><article><h1>Clashes near Mayadin</h1>
<p>Syrian army troops clashed with Islamic State fighters near Mayadin on 10 September 2017, activists said. &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;</p>
</article></body></html>
PAGE
printf '{"file":"siege.txt","published":"2017-09-05","outlet":"Test Wire"}\n{"file":"markup.html","published":"2017-09-10","outlet":"Test Wire"}\n' > "$tmp/pages/meta.jsonl"
db="$tmp/api.db"
"$SITREP" --db "$db" ingest "$tmp/pages" > "$tmp/ingest.log" 2>&1
[ $? -le 1 ] || { cat "$tmp/ingest.log"; echo "FAIL: ingest" >&2; exit 1; }

start_server "$tmp/serve.log" --db "$db" serve --port 0 --rate-limit 0 || exit 1

# get PATH WANT_STATUS: fetches into $tmp/body, checks the status.
get() {
  local code
  code=$(curl -s -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' "${@:3}" "$BASE$1")
  if [ "$code" = "$2" ]; then pass "$1 -> $code"; else fail "$1 -> $code, want $2: $(head -c 300 "$tmp/body")"; fi
}
jcheck() {  # jq filter that must be true on $tmp/body
  if jq -e "$1" "$tmp/body" > /dev/null 2>&1; then pass "  $1"; else fail "  $1 on $(head -c 300 "$tmp/body")"; fi
}

get /api/health 200;                     jcheck '.status == "ok" and .ingest == false'
get /api/stats 200;                      jcheck '.documents == 2 and .events >= 1'
get /api/events 200;                     jcheck '.count >= 1 and (.events[0] | has("event_type") and has("sources") and has("latitude"))'
get "/api/events?format=geojson" 200;    jcheck '.type == "FeatureCollection" and (.features | length) >= 1'
get "/api/events?reports=1&limit=1" 200; jcheck '.count == 1 and (.next_cursor | type) == "number"'
cursor=$(jq -r .next_cursor "$tmp/body")
get "/api/events?reports=1&limit=1&cursor=$cursor" 200; jcheck '.count <= 1'
get "/api/events?bbox=0,0,1,1" 200;      jcheck '.count == 0'
get "/api/events?since=2017-09-01&until=2017-09-30" 200; jcheck '.count >= 1'
get "/api/events?place=Mayadin" 200;     jcheck '[.events[].location] | all(test("Mayadin";"i"))'
id=$(curl -s "$BASE/api/events?reports=1&limit=1" | jq -r '.events[0].id')
get "/api/events/$id" 200;               jcheck ".id == \"$id\""
get /api/events/00000000deadbeef 404;    jcheck '.error.code == 404'
get /api/claims 200;                     jcheck 'has("claims")'
get /api/control 200;                    jcheck 'has("control")'
get "/api/control?date=2017-09-06" 200;  jcheck '.date == "2017-09-06"'
get "/api/front?place=Deir%20ez-Zor" 200; jcheck '.place == "Deir ez-Zor" and has("points")'
get /api/documents 200;                  jcheck '.count == 2'
doc=$(jq -r '.documents[] | select(.title | test("Mayadin")) | .id' "$tmp/body")
get "/api/documents/$doc" 200
jcheck '[.segments[].text] | join(" ") | contains("<img src=x onerror=alert(1)>")'
if grep -qi '^content-type: application/json' "$tmp/headers" && grep -qi '^x-content-type-options: nosniff' "$tmp/headers"; then
  pass "page text is served as JSON with nosniff"
else
  fail "headers of a document: $(cat "$tmp/headers")"
fi

# Bad parameters: 400 with a JSON message, never a crash.
for q in "limit=abc" "limit=0" "limit=999999" "cursor=-1" "since=2017-02-30" "until=yesterday" \
         "bbox=1,2,3" "bbox=a,b,c,d" "bbox=10,10,0,0" "format=xml" "colour=red" "place=a&place=b" \
         "since=2017-10-01&until=2017-09-01" "reports=maybe"; do
  get "/api/events?$q" 400; jcheck '.error.code == 400 and (.error.message | length) > 0'
done
get "/api/front" 400;                    jcheck '.error.message | test("place")'
get "/api/events/%3Cscript%3E" 400
get /api/nothing 404
get /nothing.html 404
get /api/events 405 -X POST --data-binary "x" -H "Content-Type: text/plain"
get /ingest 403 -X POST --data-binary "Clashes in Mayadin." -H "Content-Type: text/plain"
get "/api/events?place=$(head -c 600 /dev/zero | tr '\0' 'x')" 400
get /api/stats 200;                      jcheck '.documents == 2'   # nothing written, still up
stop_server

# Limits and ingest.
start_server "$tmp/serve2.log" --db "$db" serve --port 0 --rate-limit 5 --allow-ingest --max-body 2000 || exit 1
head -c 3000 /dev/zero | tr '\0' 'x' > "$tmp/big.txt"
get /ingest 413 -X POST -H "Content-Type: text/plain" --data-binary "@$tmp/big.txt"
statuses=$(for _ in $(seq 1 40); do curl -s -o /dev/null -w '%{http_code}\n' "$BASE/api/health"; done | sort | uniq -c)
if echo "$statuses" | grep -q ' 429$'; then pass "rate limit: $(echo $statuses)"; else fail "no 429 in 40 quick requests: $statuses"; fi
sleep 3
get "/ingest?published=2017-09-12&outlet=Test%20Wire" 201 -X POST -H "Content-Type: text/plain" \
  --data-binary "Syrian army troops clashed with Islamic State fighters in al-Sukhna on 12 September 2017, a monitor said."
jcheck '.stored == true and (.document_id | length) > 0'
sleep 1
get "/ingest?published=2017-09-12&outlet=Test%20Wire" 200 -X POST -H "Content-Type: text/plain" \
  --data-binary "Syrian army troops clashed with Islamic State fighters in al-Sukhna on 12 September 2017, a monitor said."
jcheck '.stored == false'
get "/ingest?published=12-09-2017" 400 -X POST --data-binary "x"
stop_server

if [ "$fails" -gt 0 ]; then
  echo "$fails check(s) failed" >&2
  exit 1
fi
echo "all API checks passed"
