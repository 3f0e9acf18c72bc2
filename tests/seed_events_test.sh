#!/usr/bin/env bash
# Event extraction on the five seed pages through the real CLI (issue 4
# acceptance): ingest, list events (one line per report, the default), score
# with the shared scorer. Fails below strict F1 0.75 or lenient F1 0.85, or
# when any prediction quotes text the gold marks as negative (comments,
# forecasts, hypotheticals).
set -uo pipefail
: "${SITREP:?}"
source "$(dirname "$0")/score_pages.sh"
score_pages "${SHARED:-}/corpus/seeds" "${SHARED:-}/gold/seeds" 0.75 0.85
