#!/usr/bin/env bash
# Scope on general local news: codes the 588 LGL local-news articles (read
# from $SHARED/bench/geo-lgl/lgl.xml at run time, never copied) as plain
# snippets, prints events per 100 articles by sub-event type and the
# precision over the events judged in bench/unseen/lgl_judgements.tsv.
#
# Usage: bench/unseen/lgl.sh [BUILD_DIR] [--list-unjudged]
#   (unjudged events go to stderr with their key, for judging)
# Exits 77 when the LGL data is absent.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
[[ "$build" = /* ]] || build="$src/$build"
sitrep=${SITREP:-$build/sitrep}
shared=${SHARED:-$(cd "$src/.." && pwd)/shared}
xml="$shared/bench/geo-lgl/lgl.xml"
[[ -f "$xml" ]] || { echo "LGL data not found at $xml: skipped" >&2; exit 77; }
[[ -x "$sitrep" ]] || { echo "no sitrep binary at $sitrep" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$(python3 "$src/bench/unseen/lgl.py" prepare "$xml" "$tmp/lgl.jsonl")
"$sitrep" --quiet events --input "$tmp/lgl.jsonl" --plain --format jsonl > "$tmp/events.jsonl" 2> "$tmp/stderr.txt" || {
  [[ -s "$tmp/events.jsonl" ]] || { echo "sitrep events failed:" >&2; cat "$tmp/stderr.txt" >&2; exit 1; }
}
[[ -n "${KEEP_EVENTS:-}" ]] && cp "$tmp/events.jsonl" "$KEEP_EVENTS"
python3 "$src/bench/unseen/lgl.py" score "$tmp/events.jsonl" "$src/bench/unseen/lgl_judgements.tsv" "$n" ${2:-}
