#!/usr/bin/env bash
# Re-ingesting a corpus, or a copy of a page with a new headline and another
# site's boilerplate, changes no event, claim or control count: the copy is
# recognised as a near duplicate (SimHash of the article text) and kept as a
# source without being analysed again.
set -uo pipefail
: "${SITREP:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/corpus" "$tmp/copy"
db="$tmp/store.db"

# Two articles written for this test (the events are made up).
body1='The Syrian army recaptured the town of al-Sukhna from ISIS on Saturday after two days of fighting, a military source told state television. Government troops entered the town from the west while Russian warplanes struck ISIS positions on the road to the east. The army said its forces were now 50 kilometres from the city of Deir ez-Zor. Residents who fled the fighting last week said the town had been without power for a month. A monitoring group said at least 20 fighters were killed in the battle for the town, which lies on the main highway across the desert.'
body2='ISIS fighters overran the town of Qaryatayn on Sunday, pushing out government forces after a surprise night attack, activists said. The group had lost the town a year earlier. Local sources said dozens of families were trapped inside as the fighting moved into the old market. The Syrian army said it had sent reinforcements from Homs and would retake the town within days. A monitoring group said eight soldiers and eleven ISIS fighters had been killed since the attack began before dawn.'
printf 'Army retakes desert town\n\nBy a staff writer, 12 August 2017\n\n%s\n' "$body1" > "$tmp/corpus/one.txt"
printf 'ISIS seizes Qaryatayn\n\n1 October 2017\n\n%s\n' "$body2" > "$tmp/corpus/two.txt"
printf '{"file":"one.txt","outlet":"Test Wire","published":"2017-08-13"}\n{"file":"two.txt","outlet":"Test Wire","published":"2017-10-02"}\n' > "$tmp/corpus/meta.jsonl"

# The first article re-posted elsewhere: new headline, other site furniture.
cat > "$tmp/copy/repost.html" <<HTML
<html><head><title>Desert town falls back to government | Other Site</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Desert town falls back to government</h1>
<p>$body1</p></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Weather turns cold in the north</a></li><li><a href="/b">Markets close higher</a></li></ul></aside>
<footer>Copyright Other Site. All rights reserved. Privacy policy. Contact us.</footer>
</body></html>
HTML

counts() {
  local events claims control
  events=$("$SITREP" --db "$db" events --merged --format jsonl | wc -l)
  claims=$("$SITREP" --db "$db" claims --format jsonl | wc -l)
  control=$("$SITREP" --db "$db" control --format jsonl | wc -l)
  echo "$events $claims $control"
}

"$SITREP" --db "$db" -q ingest "$tmp/corpus" || { echo "FAIL: first ingest"; exit 1; }
first=$(counts)
read -r events _ _ <<< "$first"
if (( events == 0 )); then echo "FAIL: no events extracted from the test pages ($first)"; exit 1; fi
"$SITREP" --db "$db" -q ingest "$tmp/corpus" || { echo "FAIL: second ingest"; exit 1; }
second=$(counts)
"$SITREP" --db "$db" -q ingest "$tmp/copy" || { echo "FAIL: ingest of the copy"; exit 1; }
third=$(counts)
echo "events claims control: first [$first] again [$second] with copy [$third]"
[[ "$first" == "$second" ]] || { echo "FAIL: re-ingesting changed the counts"; exit 1; }
[[ "$first" == "$third" ]] || { echo "FAIL: the re-posted copy changed the counts"; exit 1; }
# The copy is a source of the original's events, not a page of its own.
merged=$("$SITREP" --db "$db" events --merged --format jsonl)
if ! grep -q '"file":"repost.html"' <<< "$merged"; then
  echo "FAIL: no merged event lists the re-posted copy among its sources"; exit 1
fi
docs=$("$SITREP" --db "$db" stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
[[ "$docs" == 3 ]] || { echo "FAIL: $docs documents stored, want 3 (the copy kept as a source)"; exit 1; }
echo "ok"
