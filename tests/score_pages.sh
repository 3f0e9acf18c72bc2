# Sourced by the page-scoring tests: score_pages PAGES GOLD STRICT LENIENT
# ingests PAGES into a fresh store, lists the events (one line per report),
# scores them with the shared scorer against GOLD, and fails below the
# strict and lenient F1 bars or when a prediction quotes negative text.
# Needs SITREP and SHARED; exits 77 (skipped) when the scorer is absent.
score_pages() {
  local pages=$1 gold=$2 strict=$3 lenient=$4
  local scorer="${SHARED:-}/tools/score_events.py"
  if [[ -z "${SHARED:-}" || ! -e "$pages" || ! -f "$scorer" ]]; then
    echo "skip: $pages or the shared scorer not found (../shared absent)"
    exit 77
  fi
  command -v python3 >/dev/null || { echo "skip: python3 not installed"; exit 77; }
  score_tmp=$(mktemp -d)
  trap 'rm -rf "$score_tmp"' EXIT
  local tmp=$score_tmp
  "$SITREP" --db "$tmp/s.db" -q ingest "$pages" || { echo "FAIL: ingest of $pages"; exit 1; }
  "$SITREP" --db "$tmp/s.db" events --format jsonl > "$tmp/e.jsonl" || { echo "FAIL: events"; exit 1; }
  python3 "$scorer" --gold "$gold" --pred "$tmp/e.jsonl"
  python3 "$scorer" --gold "$gold" --pred "$tmp/e.jsonl" --json > "$tmp/score.json" || exit 1
  python3 - "$tmp/score.json" "$strict" "$lenient" <<'PY'
import json, sys
s = json.loads(open(sys.argv[1]).readline())
strict, lenient = float(sys.argv[2]), float(sys.argv[3])
bad = []
if s["strict"]["f1"] < strict: bad.append(f"strict F1 {s['strict']['f1']} < {strict}")
if s["lenient"]["f1"] < lenient: bad.append(f"lenient F1 {s['lenient']['f1']} < {lenient}")
if s["from_negative_text"] != 0: bad.append(f"{s['from_negative_text']} predictions quote negative text")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
}
