# Sourced by lgl.sh and articles.sh. score_unseen DATA PREPARE JUDGEMENTS
# BUILD [--list-unjudged]: turns DATA (read from ../shared at run time) into
# {"id","text"} JSONL with `lgl.py PREPARE`, codes every article as a plain
# snippet and scores the events against JUDGEMENTS with `lgl.py score`.
# Exits 77 when DATA is absent; KEEP_EVENTS=FILE keeps the events.
score_unseen() {
  local data=$1 prepare=$2 judgements=$3 build=${4:-build} extra=${5:-}
  local src
  src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  [[ "$build" = /* ]] || build="$src/$build"
  local sitrep=${SITREP:-$build/sitrep}
  [[ -f "$data" ]] || { echo "$data not found: skipped" >&2; exit 77; }
  [[ -x "$sitrep" ]] || { echo "no sitrep binary at $sitrep" >&2; exit 1; }
  unseen_tmp=$(mktemp -d)
  trap 'rm -rf "$unseen_tmp"' EXIT
  local tmp=$unseen_tmp n
  n=$(python3 "$src/bench/unseen/lgl.py" "$prepare" "$data" "$tmp/articles.jsonl")
  "$sitrep" --quiet events --input "$tmp/articles.jsonl" --plain --format jsonl > "$tmp/events.jsonl" 2> "$tmp/stderr.txt" || {
    [[ -s "$tmp/events.jsonl" ]] || { echo "sitrep events failed:" >&2; cat "$tmp/stderr.txt" >&2; exit 1; }
  }
  [[ -n "${KEEP_EVENTS:-}" ]] && cp "$tmp/events.jsonl" "$KEEP_EVENTS"
  # shellcheck disable=SC2086
  python3 "$src/bench/unseen/lgl.py" score "$tmp/events.jsonl" "$src/bench/unseen/$judgements" "$n" $extra
}
