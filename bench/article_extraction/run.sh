#!/usr/bin/env bash
# Article-extraction benchmark: sitrep's HTML cleaner against the published
# systems and against Mozilla Readability run here, on the same 181 pages.
#
#   bench/article_extraction/run.sh BUILD_DIR [RESULT_FILE]
#
# Builds nothing: BUILD_DIR must hold sitrep_article_extract. Scores every
# output with ../shared/tools/extraction_f1.py, prints a table (system, F1,
# P, R; pages/s for sitrep and Readability with their ratio) and, when
# RESULT_FILE is given, saves it there with the date, machine and commit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="${1:?usage: run.sh BUILD_DIR [RESULT_FILE]}"
result="${2:-}"
shared="${SHARED:-$src/../shared}"
bench="$shared/bench/article-extraction"
scorer="$shared/tools/extraction_f1.py"
if [[ ! -d "$bench/html" || ! -f "$scorer" ]]; then
  echo "article-extraction benchmark not found under $shared: skipped" >&2
  exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

score() {  # score NAME PRED.json -> "NAME F1 P R" on stdout
  python3 "$scorer" --pred "$2" --gold "$bench/ground-truth.json" --bootstrap 0 |
    awk -v name="$1" '/^P:/{p=$2} /^R:/{r=$2} /^F1:/{f=$2} END{printf "%s %s %s %s\n", name, f, p, r}'
}

"$build/sitrep_article_extract" "$bench/html" "$work/sitrep.json" | tee "$work/sitrep.speed"
(cd "$src" && node "$here/readability.mjs" "$bench/html" "$work/readability_here.json") |
  tee "$work/readability.speed"

{
  score "sitrep" "$work/sitrep.json"
  score "readability.js(run-here)" "$work/readability_here.json"
  for f in "$bench"/peer_outputs/*.json; do
    score "$(basename "$f" .json)" "$f"
  done
} > "$work/scores"

sitrep_ps=$(grep -o 'pages/s [0-9.]*' "$work/sitrep.speed" | awk '{print $2}')
sitrep_mbs=$(grep -o 'MB/s [0-9.]*' "$work/sitrep.speed" | awk '{print $2}')
rss=$(grep -o 'peak RSS [0-9]* kB' "$work/sitrep.speed" | awk '{print $3}')
read_ps=$(grep -o 'pages/s [0-9.]*' "$work/readability.speed" | awk '{print $2}')
read_mbs=$(grep -o 'MB/s [0-9.]*' "$work/readability.speed" | awk '{print $2}')

{
  echo "article-extraction benchmark (181 pages), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "load average at the end: $(cut -d" " -f1-3 /proc/loadavg) (the machine is shared; both systems ran in this same run)"
  echo "commit: $(git -C "$src" rev-parse --short HEAD)$(git -C "$src" diff --quiet -- "src/clean/html_*" bench/article_extraction || echo ' (+local changes)')"
  echo "metric: ../shared/tools/extraction_f1.py (4-token shingles, multiset, macro average)"
  echo
  printf '%-26s %7s %7s %7s\n' system F1 P R
  sort -k2 -rn "$work/scores" | awk '{printf "%-26s %7.4f %7.4f %7.4f\n", $1, $2, $3, $4}'
  echo
  echo "speed, one process, one page at a time, parse + extract only (no gunzip):"
  printf '  sitrep        %8.1f pages/s  %6.2f MB/s  peak RSS %s kB\n' "$sitrep_ps" "$sitrep_mbs" "$rss"
  printf '  readability   %8.2f pages/s  %6.2f MB/s  (jsdom %s)\n' "$read_ps" "$read_mbs" \
    "$(node -p "require('$src/node_modules/jsdom/package.json').version")"
  awk -v a="$sitrep_ps" -v b="$read_ps" 'BEGIN{printf "  ratio         %8.1fx\n", a / b}'
} | tee "$work/table"
if [[ -n "$result" ]]; then cp "$work/table" "$result"; fi
