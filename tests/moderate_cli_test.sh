#!/usr/bin/env bash
# sitrep moderate end to end: the team's own test page (Rudaw outlet, five
# comments) is judged with the policy picked by outlet name and with
# --policy; the seed pages' comments are judged when ../shared is present.
set -euo pipefail
: "${SITREP:?}" "${SRC:?}"
page="$SRC/src/moderate/testdata/moderation_page.html"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$SITREP" moderate --format jsonl "$page" >"$out/rudaw.jsonl" 2>"$out/summary.txt"
python3 - "$out/rudaw.jsonl" "$page" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
content = open(sys.argv[2], encoding="utf-8").read().encode("utf-8")
assert len(rows) == 5, rows
got = [(r["decision"], r["rule"]) for r in rows]
want = [("approve", None), ("reject", "personal_attack"), ("reject", "promotion"),
        ("reject", "profanity"), ("approve", None)]
assert got == want, got
assert all(r["policy"] == "rudaw" for r in rows)
assert [r["depth"] for r in rows] == [0, 1, 0, 0, 0]
for r in rows:
    for key in ("file", "source_id", "start", "end", "depth", "author", "decision", "rule", "reason", "text"):
        assert key in r, (key, r)
    # the offsets point at the comment in the page
    assert r["text"][:20].encode("utf-8") in content[r["start"]:r["end"]], r
assert "sh!t" in rows[3]["reason"] and "profanity" in rows[3]["reason"], rows[3]["reason"]
print("rudaw page ok")
PY
grep -q "5 comments: 2 approved, 3 rejected" "$out/summary.txt"

# --policy overrides the outlet's policy.
"$SITREP" moderate --format jsonl --policy "$SRC/data/moderation/default.policy" "$page" 2>/dev/null |
  python3 -c 'import json,sys; rows=[json.loads(l) for l in sys.stdin]; assert {r["policy"] for r in rows} == {"default"}, rows'

# The table format names the file and the policy.
"$SITREP" moderate "$page" 2>/dev/null | grep -q "(policy rudaw)"

if [ -z "${SHARED:-}" ] || [ ! -d "$SHARED/corpus/seeds" ]; then
  echo "../shared not found: seed comments not checked"
  exit 0
fi
"$SITREP" moderate --format jsonl "$SHARED/corpus/seeds" 2>/dev/null >"$out/seeds.jsonl"
python3 - "$out/seeds.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) >= 5, len(rows)
for r in rows:
    if "Liwa Al Shimal" in r["text"] or "Kiev Coup" in r["text"]:
        assert r["decision"] == "approve", r
print(len(rows), "seed comments judged")
PY
