#!/usr/bin/env bash
# Event extraction on the five seed pages through the real CLI (issue 4
# acceptance): ingest, list events (one line per report, the default), score with the shared
# scorer. Fails below strict F1 0.75 or lenient F1 0.85, or when any
# prediction quotes text the gold marks as negative (comments, forecasts,
# hypotheticals).
set -uo pipefail
: "${SITREP:?}"
seeds="${SHARED:-}/corpus/seeds"
scorer="${SHARED:-}/tools/score_events.py"
if [[ -z "${SHARED:-}" || ! -d "$seeds" || ! -f "$scorer" ]]; then
  echo "skip: seed pages or scorer not found under '${SHARED:-}' (../shared absent)"
  exit 77
fi
command -v python3 >/dev/null || { echo "skip: python3 not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$SITREP" --db "$tmp/s.db" -q ingest "$seeds" || { echo "FAIL: ingest of the seed pages"; exit 1; }
"$SITREP" --db "$tmp/s.db" events --format jsonl > "$tmp/e.jsonl" || { echo "FAIL: events"; exit 1; }
python3 "$scorer" --gold "$SHARED/gold/seeds" --pred "$tmp/e.jsonl"
python3 "$scorer" --gold "$SHARED/gold/seeds" --pred "$tmp/e.jsonl" --json > "$tmp/score.json" || exit 1
python3 - "$tmp/score.json" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).readline())
bad = []
if s["strict"]["f1"] < 0.75: bad.append(f"strict F1 {s['strict']['f1']} < 0.75")
if s["lenient"]["f1"] < 0.85: bad.append(f"lenient F1 {s['lenient']['f1']} < 0.85")
if s["from_negative_text"] != 0: bad.append(f"{s['from_negative_text']} predictions quote negative text")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
