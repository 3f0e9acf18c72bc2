// HTML cleaning: parses a page with an HTML5 parser (gumbo) and labels its
// blocks as title, dek, meta, heading, body, update, boilerplate or comment,
// judging each DOM block by its text and link density, tag/class/id cues and
// position. Reader comment threads are kept as `comment` segments with their
// nesting depth. Also reads the page's own metadata (<title>, <meta>, Open
// Graph, article:published_time, JSON-LD).
//
// Stateless and thread-safe.
#pragma once

#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::clean {

// Fills `segments` (in page order; offsets into page.content; text decoded
// with white space collapsed and an offset_map back to the source) and
// `page_meta` (only what the page itself states, with sources such as
// "html-meta", "open-graph", "json-ld"). Fails only when the content cannot
// be parsed as HTML at all.
Status CleanHtml(const RawPage& page, std::vector<Segment>* segments, PageMeta* page_meta);

}  // namespace sitrep::clean
