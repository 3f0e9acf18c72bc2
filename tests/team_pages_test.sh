#!/usr/bin/env bash
# Event extraction on the team's pages from four other wars
# (src/extract/testdata/pages, gold in pages_gold): ingest, list events, score
# with the shared scorer. A regression floor below the seed bar: these pages
# measure how rules written for one war carry to others.
set -uo pipefail
: "${SITREP:?}" "${SRC:?}"
scorer="${SHARED:-}/tools/score_events.py"
if [[ -z "${SHARED:-}" || ! -f "$scorer" ]]; then
  echo "skip: the shared scorer is not under '${SHARED:-}'"
  exit 77
fi
command -v python3 >/dev/null || { echo "skip: python3 not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gold="$SRC/src/extract/testdata/pages_gold"
"$SITREP" --db "$tmp/p.db" -q ingest "$SRC/src/extract/testdata/pages" || { echo "FAIL: ingest"; exit 1; }
"$SITREP" --db "$tmp/p.db" events --format jsonl > "$tmp/e.jsonl" || { echo "FAIL: events"; exit 1; }
python3 "$scorer" --gold "$gold" --pred "$tmp/e.jsonl"
python3 "$scorer" --gold "$gold" --pred "$tmp/e.jsonl" --json > "$tmp/score.json" || exit 1
python3 - "$tmp/score.json" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).readline())
bad = []
if s["strict"]["f1"] < 0.40: bad.append(f"strict F1 {s['strict']['f1']} < 0.40")
if s["lenient"]["f1"] < 0.55: bad.append(f"lenient F1 {s['lenient']['f1']} < 0.55")
if s["from_negative_text"] != 0: bad.append(f"{s['from_negative_text']} predictions quote negative text")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
