#!/usr/bin/env bash
# Event extraction on three pages the team wrote after the rules, from three
# more wars (src/extract/testdata/heldout, gold in heldout_gold; its README
# has the first, unseen score). A regression floor, like team_pages_test.
set -uo pipefail
: "${SITREP:?}" "${SRC:?}"
source "$(dirname "$0")/score_pages.sh"
score_pages "$SRC/src/extract/testdata/heldout" "$SRC/src/extract/testdata/heldout_gold" 0.75 0.80
