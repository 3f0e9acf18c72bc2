#!/usr/bin/env bash
# Scope on general local news: codes the 588 LGL local-news articles (read
# from $SHARED/bench/geo-lgl/lgl.xml at run time, never copied) as plain
# snippets, prints events per 100 articles by sub-event type and the
# precision over the events judged in bench/unseen/lgl_judgements.tsv.
#
# Usage: bench/unseen/lgl.sh [BUILD_DIR] [--list-unjudged]
#   (unjudged events go to stderr with their key, for judging)
# Exits 77 when the LGL data is absent.
set -euo pipefail
source "$(dirname "$0")/score_unseen.sh"
score_unseen "${SHARED:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}/bench/geo-lgl/lgl.xml" prepare lgl_judgements.tsv "${1:-build}" "${2:-}"
