#!/usr/bin/env bash
# Sub-event type coverage on team-written sentences (bench/case2021/sentences.tsv):
# one sentence per line with the ACLED sub-event type a coder would give it.
# Codes each with `sitrep events --plain` and prints the share whose first
# event has that type, listing the misses. Complements the CASE dev half with
# phrasing the dev half may lack; rules are written from the codebook, and a
# sentence here is a regression check, not a target to tune one rule to.
#
# Usage: bench/case2021/sentences.sh [BUILD_DIR]   (SITREP overrides the binary)
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
[[ "$build" = /* ]] || build="$src/$build"
sitrep=${SITREP:-$build/sitrep}
[[ -x "$sitrep" ]] || { echo "no sitrep binary at $sitrep" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$src/bench/case2021/sentences.tsv" "$tmp/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
        if line.startswith("#") or not line.strip():
            continue
        gold, text = line.rstrip("\n").split("\t")
        out.write(json.dumps({"id": str(n), "text": text, "gold": gold}) + "\n")
PY
"$sitrep" --quiet events --input "$tmp/in.jsonl" --plain --reports --format jsonl > "$tmp/ev.jsonl" 2> "$tmp/err.txt" || true
python3 - "$tmp/in.jsonl" "$tmp/ev.jsonl" <<'PY'
import json, sys
first = {}
for line in open(sys.argv[2], encoding="utf-8"):
    e = json.loads(line)
    sid, start = e["source_id"], e.get("evidence_start") or 0
    if sid not in first or start < first[sid][0]:
        first[sid] = (start, e["sub_event_type"], e.get("rule", ""))
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
right = 0
for r in rows:
    got = first.get(r["id"], (0, "none", ""))
    if got[1] == r["gold"]:
        right += 1
    else:
        print(f"miss: want {r['gold']}, got {got[1]} {got[2]} :: {r['text']}")
print(f"sentences: {right}/{len(rows)} sub-event types right ({right / len(rows):.3f})")
PY
