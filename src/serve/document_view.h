// The JSON view of a stored page for the map's side panel: its metadata, its
// labelled segments, and each segment cut into pieces marked with the ids of
// the events and claims whose evidence the piece is part of.
//
// Evidence spans are byte offsets in the page content; segment text may be
// decoded HTML with collapsed spaces, so the view maps each span back into
// segment-text offsets through the segment's offset map (a binary search on
// Segment::OriginalOffset, which never decreases). The client renders the
// pieces as text nodes, so page text never becomes markup. Pure functions;
// thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/pipeline.h"

namespace sitrep::serve {

// A run of segment text and the record ids whose evidence covers it.
struct Piece {
  std::string text;
  std::vector<std::string> ids;
};

// One evidence span: content offsets [start, end) and the record's id.
struct Highlight {
  size_t start = 0;
  size_t end = 0;
  std::string id;
};

// The smallest text offset whose content offset is >= `content_pos`, moved
// back to a UTF-8 character boundary; text.size() when none.
size_t TextOffset(const Segment& segment, size_t content_pos);

// Cuts the segment's text at the highlights that overlap it. Pieces cover
// the whole text, in order; adjacent text with the same ids is one piece.
std::vector<Piece> CutSegment(const Segment& segment, const std::vector<Highlight>& highlights);

// {"id", "file", "path", "source_id", "format", "meta", "title", "outlet",
//  "published", "url", "duplicate_of", "segments": [{label, start, end,
//  start_line, end_line, depth, time, text, pieces}], "events", "claims"}.
nlohmann::json DocumentJson(const Analysis& analysis);

}  // namespace sitrep::serve
