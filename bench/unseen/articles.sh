#!/usr/bin/env bash
# Held-out scope check on general news: the gold article bodies of the 181
# pages of the article-extraction benchmark (read at run time from
# $SHARED/bench/article-extraction/ground-truth.json, never copied): events
# per 100 articles by sub-event type and the precision over the events
# judged in bench/unseen/articles_judgements.tsv (same format as LGL's).
# These pages were not looked at while the scope cues were written.
#
# Usage: bench/unseen/articles.sh [BUILD_DIR] [--list-unjudged]
# Exits 77 when the data is absent.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
[[ "$build" = /* ]] || build="$src/$build"
sitrep=${SITREP:-$build/sitrep}
shared=${SHARED:-$(cd "$src/.." && pwd)/shared}
gold="$shared/bench/article-extraction/ground-truth.json"
[[ -f "$gold" ]] || { echo "article-extraction data not found at $gold: skipped" >&2; exit 77; }
[[ -x "$sitrep" ]] || { echo "no sitrep binary at $sitrep" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$(python3 "$src/bench/unseen/lgl.py" prepare-json "$gold" "$tmp/articles.jsonl")
"$sitrep" --quiet events --input "$tmp/articles.jsonl" --plain --format jsonl > "$tmp/events.jsonl" 2> "$tmp/stderr.txt" || {
  [[ -s "$tmp/events.jsonl" ]] || { echo "sitrep events failed:" >&2; cat "$tmp/stderr.txt" >&2; exit 1; }
}
[[ -n "${KEEP_EVENTS:-}" ]] && cp "$tmp/events.jsonl" "$KEEP_EVENTS"
python3 "$src/bench/unseen/lgl.py" score "$tmp/events.jsonl" "$src/bench/unseen/articles_judgements.tsv" "$n" ${2:-}
