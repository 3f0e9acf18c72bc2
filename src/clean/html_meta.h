// Page metadata from the page's own markup: <title>, <meta name=...>, Open
// Graph and article:* properties, and JSON-LD (schema.org NewsArticle,
// Article, BlogPosting, ... including @graph lists). JSON-LD is the only
// place that calls nlohmann-json in the cleaner; its exceptions are caught
// here and a bad script is skipped.
//
// Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "clean/html_dom.h"
#include "sitrep/document.h"

namespace sitrep::clean {

// Fills the empty fields of `meta` from `dom`, preferring JSON-LD, then Open
// Graph, then plain <meta>/<title>. Sources are "json-ld", "open-graph" and
// "html-meta". Dates keep only their "YYYY-MM-DD" part; values that are not
// ISO dates are ignored.
void ReadPageMeta(const DomPage& dom, PageMeta* meta);

// `s` with character references a JSON-LD writer left in ("&#163;",
// "&amp;", "&quot;") decoded; other text unchanged.
std::string DecodeBasicEntities(std::string_view s);

// "2017-09-05" from "2017-09-05T10:00:00Z" (or from "2017-09-05"); "" when
// `value` does not start with an ISO date.
std::string IsoDatePart(std::string_view value);

}  // namespace sitrep::clean
