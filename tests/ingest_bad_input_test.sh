#!/usr/bin/env bash
# Bad input is data, not failure: every broken input gets one message naming
# the file (and line or record), is skipped, and everything else is stored.
# Exit status: 0 all ingested, 1 some inputs skipped, 2 usage error.
set -uo pipefail
: "${SITREP:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in="$tmp/in"
mkdir -p "$in"

good_page() {  # $1 = a distinct word so pages differ
  printf 'Army advances on %s\n\nThe Syrian army took the town of %s from ISIS on Saturday, a military source said.\n' "$1" "$1"
}
good_page Alpha > "$in/good1.txt"
printf '<html><head><title>Beta</title></head><body><article><h1>Beta</h1><p>The Syrian army clashed with ISIS near the town of Beta on Sunday, state media said.</p></article></body></html>\n' > "$in/good2.html"
# JSONL: a good line, a malformed line, a line without text, another good line.
{
  printf '{"id":"g1","text":"Russian warplanes struck ISIS positions near Palmyra on Monday.","published":"2017-09-04"}\n'
  printf '{"id":"bad", "text": "unterminated\n'
  printf '{"id":"notext","url":"http://example.org/x"}\n'
  printf '{"id":"g2","html":"<p>ISIS fighters attacked a checkpoint near Raqqa on Friday, activists said.</p>"}\n'
} > "$in/pages.jsonl"
: > "$in/empty.txt"                                   # empty file
head -c 4096 /dev/urandom > "$in/noise.bin.txt"       # binary file
printf 'ISIS attacked \xff\xfe the village of Gamma \xc3\x28 on Tuesday, monitors said.\n' > "$in/badutf8.txt"
ln -s "$tmp/does-not-exist.txt" "$in/dangling.txt"    # unreadable (a link to nothing)
# A 100 MB single-line file.
head -c 100000000 /dev/zero | tr '\0' 'a' > "$in/huge.txt"
# A .warc.gz cut in the middle of its second record.
warc_record() {  # $1 = uri, $2 = body
  local http; http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s' "$2")
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
    "$1" "$(echo "$1" | md5sum | cut -c1-32)" "${#http}" "$http"
}
{
  warc_record "http://example.org/delta" "<html><body><article><p>The army retook Delta from ISIS on Saturday, the defence ministry said.</p></article></body></html>" | gzip
  warc_record "http://example.org/epsilon" "<html><body><article><p>Shelling hit Epsilon on Sunday, killing three civilians, monitors said.</p></article></body></html>" | gzip
} > "$tmp/full.warc.gz"
size=$(stat -c %s "$tmp/full.warc.gz")
head -c $((size - 40)) "$tmp/full.warc.gz" > "$in/cut.warc.gz"

db="$tmp/s.db"
"$SITREP" --db "$db" --quiet ingest "$in" "$tmp/missing-dir" > "$tmp/out" 2> "$tmp/err"
status=$?
cat "$tmp/err"
fail=0
check() {  # $1 = description, $2 = grep pattern that must be in stderr
  if grep -qE "$2" "$tmp/err"; then echo "ok: $1"; else echo "FAIL: $1 (no message matching '$2')"; fail=1; fi
}
[ "$status" -eq 1 ] && echo "ok: exit status 1" || { echo "FAIL: exit status $status, want 1"; fail=1; }
check "malformed JSONL line named with its line" 'pages\.jsonl.*line 2'
check "JSONL line without text or html" 'pages\.jsonl.*line 3'
check "empty file" 'empty\.txt'
check "binary file" 'noise\.bin\.txt'
check "dangling link" 'dangling\.txt'
check "missing path" 'missing-dir'
check "100 MB single line" 'huge\.txt'
check "truncated warc.gz" 'cut\.warc\.gz'
check "bad UTF-8 repaired or rejected" 'badutf8\.txt'

docs=$("$SITREP" --db "$db" stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
# good1, good2, g1, g2, the first WARC record: 5 pages at least (badutf8 if repaired: 6).
if [ "$docs" -ge 5 ]; then echo "ok: $docs documents stored"; else echo "FAIL: $docs documents stored, want >= 5"; fail=1; fi
"$SITREP" --db "$db" search Delta --json | grep -q delta -i && echo "ok: WARC record before the cut stored" || { echo "FAIL: first WARC record missing"; fail=1; }

# Usage errors exit 2.
"$SITREP" --db "$db" ingest > /dev/null 2>&1; [ $? -eq 2 ] && echo "ok: usage error exit 2" || { echo "FAIL: usage error status"; fail=1; }
"$SITREP" --no-such-flag > /dev/null 2>&1; [ $? -eq 2 ] && echo "ok: unknown flag exit 2" || { echo "FAIL: unknown flag status"; fail=1; }

# Re-ingesting changes nothing.
before=$("$SITREP" --db "$db" stats --json)
"$SITREP" --db "$db" --quiet ingest "$in/good1.txt" "$in/pages.jsonl" > /dev/null 2>&1
after=$("$SITREP" --db "$db" stats --json)
[ "$before" = "$after" ] && echo "ok: re-ingest changes nothing" || { echo "FAIL: re-ingest changed the store"; fail=1; }
exit $fail
