// The cleaner: turns a RawPage into a Document whose segments label every
// part of the page as title, dek, meta, heading, body, update, boilerplate or
// comment, and whose metadata merges what the page states with what its
// container, meta.jsonl and the command line supplied.
//
// HTML pages go to the HTML cleaner (html_cleaner.h), plain text to the
// text segmenter (text_segmenter.h). Stateless: every function is pure and
// thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::clean {

// Labels `page` into segments and merges metadata field by field: the page
// itself (title line, printed date, HTML meta tags) wins over the container
// (jsonl, warc, meta.jsonl), which wins over flags. Sets doc.id from the
// content (DocumentId) and doc.source_id (the page's, else doc.id). Fails
// only when an HTML page cannot be parsed at all.
Result<Document> Clean(const RawPage& page);

// --plain: the whole content is one body segment; no cleaning. Metadata is
// the page's as read.
Document CleanPlain(const RawPage& page);

// HexId(Hash64(normalized content)): the same page read from any path, with
// CRLF or LF line ends, differently composed accents (NFC) or re-wrapped
// white space, gets the same id.
std::string DocumentId(std::string_view content);

}  // namespace sitrep::clean
