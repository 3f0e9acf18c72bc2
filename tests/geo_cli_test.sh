#!/usr/bin/env bash
# sitrep geo and sitrep gazetteer lookup, end to end: fields, offsets that
# quote the page, article segments only, and lookups across spellings.
set -euo pipefail
: "${SITREP:?}" "${SHARED:=}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Lookups: three spellings of one city, and a script other than Latin.
for name in "Deir ez-Zor" "Dayr az Zawr" "Deir Ezzor" "دير الزور"; do
  "$SITREP" gazetteer lookup "$name" --limit 1 > "$tmp/l.json"
  grep -q '"geonameid":170794' "$tmp/l.json" || fail "lookup $name: $(cat "$tmp/l.json")"
done
if "$SITREP" gazetteer lookup "Qwxzvbnm" > /dev/null; then fail "lookup of nonsense succeeded"; fi

# A page of our own: every mention carries the fields and quotes the page.
cat > "$tmp/page.txt" <<'TXT'
Army advances on Mayadin

BEIRUT - Syrian government forces advanced on Mayadin in Deir ez-Zor Province on Tuesday, 25 kilometers south of al-Bukamal, after retaking the al-Kharata oil field.
TXT
"$SITREP" geo --plain "$tmp/page.txt" > "$tmp/out.jsonl"
python3 - "$tmp/page.txt" "$tmp/out.jsonl" <<'PY' || fail "geo output check"
import json, sys
page = open(sys.argv[1], "rb").read()
rows = [json.loads(l) for l in open(sys.argv[2])]
need = {"file", "mention", "start", "end", "geonameid", "name", "latitude", "longitude",
        "admin1", "country", "feature", "resolved"}
assert rows, "no mentions"
for r in rows:
    missing = need - set(r)
    assert not missing, (r, missing)
    assert page[r["start"]:r["end"]].decode() == r["mention"], r
by = {r["mention"]: r for r in rows}
assert by["Mayadin"]["geonameid"] == 173480, by.get("Mayadin")
assert by["Deir ez-Zor Province"]["feature"] == "ADM1" and by["Deir ez-Zor Province"]["admin1"] == "Deir ez-Zor"
assert by["al-Bukamal"]["km_min"] == 25 and by["al-Bukamal"]["direction"] == "south", by["al-Bukamal"]
oil = by["al-Kharata oil field"]
assert oil["resolved"] is False and oil["admin1"] == "Deir ez-Zor", oil
PY
"$SITREP" geo --plain --format table --explain "$tmp/page.txt" | grep -q "Mayadin" || fail "table output"
echo "geo_cli_test: ok"
