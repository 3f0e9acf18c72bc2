// Plain-text segmentation: labels every line of a page that has no markup as
// title, dek, meta, heading, body, update, boilerplate or comment.
//
// Plain-text pages are web pages flattened to lines: the headline first,
// captions and date lines under it, paragraphs separated by blank lines,
// then site furniture and reader comments, often as an indented list whose
// nesting shows replies. SegmentText reads that layout and the language of
// each paragraph (see text_segmenter.cc for the rules). Stateless and
// thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "sitrep/document.h"

namespace sitrep::clean {

// Segments `content` (valid UTF-8; LF or CRLF line ends). Returns segments in
// page order, with byte offsets into `content` and 1-based lines: one per
// body paragraph, one per comment (with its depth and printed date), one per
// other block. Blank lines belong to no segment. `known_outlet` (may be
// empty) helps recognise a line naming the outlet. Sets `page_meta->title`
// (source "page") from the title line and `page_meta->published` (source
// "dateline") from a printed date line under it.
std::vector<Segment> SegmentText(std::string_view content, std::string_view known_outlet,
                                 PageMeta* page_meta);

// Sets `segment->text` from content[start, end): white space that holds a
// line break collapses to one space, so a paragraph wrapped over several
// lines reads as one; `offset_map` maps the text back (empty when the text
// is the content verbatim).
void FillSegmentText(std::string_view content, Segment* segment);

}  // namespace sitrep::clean
