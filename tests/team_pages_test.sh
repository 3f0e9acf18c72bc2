#!/usr/bin/env bash
# Event extraction on the team's pages from four other wars
# (src/extract/testdata/pages, gold in pages_gold), scored with the shared
# scorer. A regression floor below the seed bar: these pages measure how
# rules written for one war carry to others.
set -uo pipefail
: "${SITREP:?}" "${SRC:?}"
source "$(dirname "$0")/score_pages.sh"
score_pages "$SRC/src/extract/testdata/pages" "$SRC/src/extract/testdata/pages_gold" 0.60 0.70
