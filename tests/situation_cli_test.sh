#!/usr/bin/env bash
# The situation commands end to end on pages written for this test (the
# events are made up): `control` (timeline, --at, the JSONL fields), `front`
# (JSONL fields, a place spelled another way), `report` in its three formats,
# and `events` as ACLED CSV and GeoJSON.
set -uo pipefail
: "${SITREP:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"
db="$tmp/store.db"
printf 'Army retakes desert town\n\n12 August 2017\n\n%s\n' 'The Syrian army recaptured the town of al-Sukhna from ISIS on Saturday after two days of fighting, a military source told state television. Government troops entered the town from the west while Russian warplanes struck ISIS positions on the road to the east. The army said its forces were now 50 kilometres from the city of Deir ez-Zor.' > "$tmp/in/a.txt"
printf 'ISIS seizes Qaryatayn\n\n1 October 2017\n\n%s\n' 'ISIS fighters overran the town of Qaryatayn on Sunday, pushing out government forces after a surprise night attack, activists said. The group had lost the town a year earlier. Local sources said dozens of families were trapped inside as the fighting moved into the old market.' > "$tmp/in/b.txt"
printf '{"file":"a.txt","outlet":"Test Wire","published":"2017-08-13"}\n{"file":"b.txt","outlet":"Other Wire","published":"2017-10-02"}\n' > "$tmp/in/meta.jsonl"
"$SITREP" --db "$db" -q ingest "$tmp/in" || { echo "FAIL: ingest"; exit 1; }

fail() { echo "FAIL: $*"; exit 1; }
"$SITREP" --db "$db" control --format jsonl > "$tmp/control.jsonl" || fail "control"
"$SITREP" --db "$db" control --at 2017-09-01 --format jsonl > "$tmp/at.jsonl" || fail "control --at"
"$SITREP" --db "$db" control "Sukhnah" --format jsonl > "$tmp/one.jsonl" || fail "control PLACE"
"$SITREP" --db "$db" front "Dayr az Zawr" --format jsonl > "$tmp/front.jsonl" || fail "front"
"$SITREP" --db "$db" report --format json > "$tmp/report.json" || fail "report json"
"$SITREP" --db "$db" report --format markdown > "$tmp/report.md" || fail "report markdown"
"$SITREP" --db "$db" report --place Qaryatayn > "$tmp/report.txt" || fail "report text"
"$SITREP" --db "$db" events --merged --format csv > "$tmp/events.csv" || fail "events csv"
"$SITREP" --db "$db" events --merged --format geojson > "$tmp/events.geojson" || fail "events geojson"
"$SITREP" --db "$db" report --format pdf > /dev/null 2>&1 && fail "report accepted an unknown format"

python3 - "$tmp" <<'PY'
import csv, json, sys
tmp = sys.argv[1]
lines = lambda n: [json.loads(l) for l in open(f"{tmp}/{n}") if l.strip()]
errors = []
control = lines("control.jsonl")
fields = {"place", "geonameid", "date", "time_precision", "controller", "previous", "event_id", "sources", "evidence"}
if not control or any(fields - set(c) for c in control):
    errors.append(f"control lines lack fields: {control[:1]}")
sukhna = [c for c in control if "ukhn" in c["place"]]
if not sukhna or sukhna[0]["controller"] != "Military Forces of Syria" or sukhna[0]["date"] != "2017-08-12":
    errors.append(f"control: al-Sukhna not taken by the army on 2017-08-12: {sukhna}")
at = lines("at.jsonl")
if any(c["date"] > "2017-09-01" for c in at) or not any("ukhn" in c["place"] for c in at):
    errors.append(f"control --at 2017-09-01: {[(c['place'], c['date']) for c in at]}")
if [c["place"] for c in lines("one.jsonl")] != [c["place"] for c in sukhna]:
    errors.append("control Sukhnah did not select al-Sukhna alone")
front = lines("front.jsonl")
ffields = {"subject", "reference", "date", "km_min", "km_max", "kind", "claimed_by", "evidence"}
if not any(p["kind"] == "distance" and p["km_min"] == 50 for p in front) or any(ffields - set(p) for p in front):
    errors.append(f"front 'Dayr az Zawr' (another spelling of Deir ez-Zor): {front}")
report = json.load(open(f"{tmp}/report.json"))
for key in ("developments", "control", "front", "claims", "contradictions", "outlets"):
    if key not in report:
        errors.append(f"report json lacks {key}")
if set(report.get("outlets", [])) != {"Test Wire", "Other Wire"}:
    errors.append(f"report outlets: {report.get('outlets')}")
md = open(f"{tmp}/report.md").read()
for heading in ("# Situation report", "## Key developments", "## Control changes", "## Front line", "## Outlets used"):
    if heading not in md:
        errors.append(f"markdown report lacks {heading!r}")
txt = open(f"{tmp}/report.txt").read()
if "Qaryatayn" not in txt or "ukhn" in txt:
    errors.append("report --place Qaryatayn is not limited to Qaryatayn")
rows = list(csv.DictReader(open(f"{tmp}/events.csv")))
if not rows or "event_id_cnty" not in rows[0] or "fatalities" not in rows[0]:
    errors.append("events csv lacks ACLED columns")
geo = json.load(open(f"{tmp}/events.geojson"))
if geo.get("type") != "FeatureCollection" or not all(f["geometry"]["type"] == "Point" for f in geo["features"]):
    errors.append("events geojson is not a FeatureCollection of Points")
for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
