#!/usr/bin/env bash
# The CLI's doors: global options before or after the command, --help on
# every command, usage errors exit 2 with a message.
set -uo pipefail
: "${SITREP:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() {  # $1 = description, $2 = wanted status, rest = command
  local what=$1 want=$2
  shift 2
  "$@" > "$tmp/out" 2> "$tmp/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then echo "ok: $what"; else echo "FAIL: $what (exit $got, want $want)"; cat "$tmp/err"; fail=1; fi
}
printf 'Army retakes town\n\nThe Syrian army took the town of al-Sukhna from ISIS on Saturday, a military source said.\n' > "$tmp/page.txt"

expect "--db after the command" 0 "$SITREP" ingest --db "$tmp/a.db" --quiet "$tmp/page.txt"
expect "--db before the command" 0 "$SITREP" --db "$tmp/a.db" stats --json
grep -q '"documents": *1' "$tmp/out" || { echo "FAIL: the page stored with --db after the command is not in the store"; fail=1; }
expect "SITREP_DB names the store" 0 env SITREP_DB="$tmp/a.db" "$SITREP" stats --json
grep -q '"documents": *1' "$tmp/out" || { echo "FAIL: SITREP_DB not used"; fail=1; }
for cmd in ingest segments geo gazetteer show search stats events claims explain control front report serve moderate; do
  expect "$cmd --help" 0 "$SITREP" "$cmd" --help
done
expect "unknown command" 2 "$SITREP" frobnicate
expect "unknown option" 2 "$SITREP" events --no-such-option
expect "bad --format value" 2 "$SITREP" --db "$tmp/a.db" events --format xml
# Every listing with a JSONL form takes --json as its shorthand.
for cmd in "events" "claims" "control" "front Sukhna" "segments $tmp/page.txt" "geo $tmp/page.txt"; do
  # shellcheck disable=SC2086
  expect "$cmd --format jsonl" 0 "$SITREP" --db "$tmp/a.db" $cmd --format jsonl
  cp "$tmp/out" "$tmp/want"
  # shellcheck disable=SC2086
  expect "$cmd --json" 0 "$SITREP" --db "$tmp/a.db" $cmd --json
  cmp -s "$tmp/out" "$tmp/want" || { echo "FAIL: $cmd --json differs from --format jsonl"; fail=1; }
  [ -s "$tmp/out" ] || [ "$cmd" = "claims" ] || [ "${cmd%% *}" = "front" ] || { echo "FAIL: $cmd --json printed nothing"; fail=1; }
done
exit $fail
