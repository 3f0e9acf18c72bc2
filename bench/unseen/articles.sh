#!/usr/bin/env bash
# Held-out scope check on general news: the gold article bodies of the 181
# pages of the article-extraction benchmark (read at run time from
# $SHARED/bench/article-extraction/ground-truth.json, never copied): events
# per 100 articles by sub-event type and the precision over the events
# judged in bench/unseen/articles_judgements.tsv (same format as LGL's).
# These pages were not looked at while the scope cues were written.
#
# Usage: bench/unseen/articles.sh [BUILD_DIR] [--list-unjudged]
# Exits 77 when the data is absent.
set -euo pipefail
source "$(dirname "$0")/score_unseen.sh"
score_unseen "${SHARED:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}/bench/article-extraction/ground-truth.json" prepare-json articles_judgements.tsv "${1:-build}" "${2:-}"
