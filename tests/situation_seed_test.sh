#!/usr/bin/env bash
# The situation picture of the five seed pages (issue 6 acceptance):
# the al-Kharata oil field capture is one event told by two pages; the front
# line to Deir ez-Zor runs 30 km (1 Sep), 18-20 and 12 km (3 Sep), 3 km and
# contact (5 Sep), each with its claimant; the control timeline has al-Sukhna
# taken by the Military Forces of Syria on 12 Aug, Qaryatayn taken by the
# Islamic State around 1 Oct, and the siege of Deir ez-Zor broken on 5 Sep.
set -uo pipefail
: "${SITREP:?}"
seeds="${SHARED:-}/corpus/seeds"
if [[ -z "${SHARED:-}" || ! -d "$seeds" ]]; then
  echo "skip: seed pages not found at '$seeds' (../shared absent)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/seeds.db"
"$SITREP" --db "$db" -q ingest "$seeds" || { echo "FAIL: ingest of the seed pages"; exit 1; }
"$SITREP" --db "$db" events --merged --format jsonl > "$tmp/events.jsonl" || exit 1
"$SITREP" --db "$db" events --format jsonl > "$tmp/reports.jsonl" || exit 1
"$SITREP" --db "$db" front "Deir ez-Zor" --format jsonl > "$tmp/front.jsonl" || exit 1
"$SITREP" --db "$db" control --format jsonl > "$tmp/control.jsonl" || exit 1

python3 - "$tmp" <<'PY'
import json, re, sys, datetime
tmp = sys.argv[1]
load = lambda name: [json.loads(l) for l in open(f"{tmp}/{name}") if l.strip()]
events, front, control = load("events.jsonl"), load("front.jsonl"), load("control.jsonl")
reports = load("reports.jsonl")
fold = lambda s: re.sub(r"\b(al|el|ad|ar|as|az|ez)[- ]", "", (s or "").lower()).replace("-", " ").replace("rr", "r")
failures = []

kharata = [e for e in events if "kharata" in fold(e.get("location"))
           and e.get("sub_event_type") == "Government regains territory"]
if len(kharata) != 1:
    failures.append(f"al-Kharata oil field: {len(kharata)} merged events, want 1")
else:
    files = {s["file"] for s in kharata[0]["sources"]}
    if len(kharata[0]["sources"]) != 2 or len(files) != 2:
        failures.append(f"al-Kharata oil field: sources {sorted(files)}, want two reports from two pages")

# Listed one line per report, the two pages' reports of al-Kharata stay two
# lines, each naming its own page, both carrying the one merged event's id.
lines = [r for r in reports if "kharata" in fold(r.get("location"))
         and r.get("sub_event_type") == "Government regains territory"]
if len({r["file"] for r in lines}) != 2 or len({r["event_id"] for r in lines}) != 1 \
        or any(r["event_reports"] != 2 for r in lines):
    failures.append("al-Kharata per report: want two pages' lines sharing one event_id, got "
                    + str([(r["file"], r["event_id"], r["event_reports"]) for r in lines]))

def has_point(date, lo, hi, kind="distance"):
    for p in front:
        if p["date"] == date and p["kind"] == kind and abs(p["km_min"] - lo) < 0.01 \
                and abs(p["km_max"] - hi) < 0.01:
            if not p.get("claimed_by"):
                failures.append(f"front {date} {lo}-{hi} km: no claimant")
            return True
    failures.append(f"front: no {kind} point {lo}-{hi} km on {date}")
    return False
has_point("2017-09-01", 30, 30)
has_point("2017-09-03", 18, 20)
has_point("2017-09-03", 12, 12)
has_point("2017-09-05", 3, 3)
has_point("2017-09-05", 0, 0, "contact")

def change(place_word, controller, first, last, kind=None):
    for c in control:
        if place_word in fold(c["place"]) and c["controller"] == controller \
                and first <= c["date"] <= last and (kind is None or c.get("kind") == kind):
            return
    failures.append(f"control: no change of {place_word} to {controller} between {first} and {last}")
change("sukhna", "Military Forces of Syria", "2017-08-12", "2017-08-12")
change("qaryat", "Islamic State", "2017-09-24", "2017-10-08")
change("deir", "Military Forces of Syria", "2017-09-05", "2017-09-05", "siege broken")

for f in failures:
    print("FAIL:", f)
if failures:
    print("--- front"); [print(json.dumps({k: p[k] for k in ("date","kind","km_min","km_max","claimed_by")})) for p in front]
    print("--- control"); [print(json.dumps({k: c[k] for k in ("place","date","controller","kind")})) for c in control]
sys.exit(1 if failures else 0)
PY
