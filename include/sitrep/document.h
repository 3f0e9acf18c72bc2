// Pages and documents: what the ingest stage reads and the clean stage labels.
//
// A RawPage is one page as read from an input (a file, a JSONL line, a WARC
// record) with the metadata its container supplied. The cleaner turns it into
// a Document: the same content, merged metadata, and labelled Segments whose
// offsets point into the page content, so every later stage can quote the
// page exactly. Plain value types; not synchronized.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep {

enum class PageFormat { kText, kHtml };

// One metadata value and where it came from: "html-meta", "open-graph",
// "json-ld", "dateline" (printed on the page), "jsonl" (the input line),
// "warc", "meta.jsonl" (a file beside the page), "flag" (command line).
// Empty value and source when nothing supplied it.
struct MetaValue {
  std::string value;
  std::string source;
  bool empty() const { return value.empty(); }
};

struct PageMeta {
  MetaValue title;
  MetaValue outlet;
  MetaValue published;  // ISO date "YYYY-MM-DD" (or full ISO timestamp)
  MetaValue url;
  MetaValue language;
  MetaValue author;
};

// One page before cleaning.
struct RawPage {
  std::string path;       // the input file (for JSONL and WARC: the container)
  std::string source_id;  // the JSONL line's "id", the WARC-Record-ID, else empty
  std::string record;     // where in the container: "line 12", "record 3"; else empty
  PageFormat format = PageFormat::kText;
  std::string content;    // valid UTF-8 (invalid sequences repaired on read)
  PageMeta meta;          // what the container, meta.jsonl or flags supplied
};

enum class SegmentLabel {
  kTitle,
  kDek,          // subtitle, photo caption, standfirst
  kMeta,         // date line, outlet, tags, widgets
  kHeading,      // a section heading inside the article
  kBody,
  kUpdate,       // a timestamped live update that belongs to the article
  kBoilerplate,  // site furniture: forms, related posts, bios, policies, counters
  kComment,      // reader comments, pingbacks and replies
};

std::string_view LabelName(SegmentLabel label);
// Parses a name produced by LabelName. Returns false for an unknown name.
bool ParseLabel(std::string_view name, SegmentLabel* label);
// Title, dek, heading, body and update: the text a reporter wrote.
bool IsArticle(SegmentLabel label);
// Body, heading and update: the text events and claims are extracted from
// (title and dek repeat the article in headline grammar).
bool IsEventSource(SegmentLabel label);

struct Segment {
  SegmentLabel label = SegmentLabel::kBody;
  std::string text;           // the segment's text (for HTML: decoded, spaces collapsed)
  size_t start = 0;           // byte offsets of the segment in the page content
  size_t end = 0;
  int start_line = 0;         // 1-based lines of the page content
  int end_line = 0;
  int depth = 0;              // comment nesting depth, 0 for top level
  std::string time;           // update time ("1700 GMT") or comment date, as printed
  // Anchors (text offset, content offset), sorted by text offset: from each
  // anchor on, text and content advance together up to the next anchor.
  // Empty means text is content[start, end) verbatim.
  std::vector<std::pair<uint32_t, uint32_t>> offset_map;

  // Byte offset in the page content of byte `text_pos` of `text`.
  size_t OriginalOffset(size_t text_pos) const;
};

struct Document {
  std::string id;         // hex hash of the normalized content: same page, same id
  std::string path;
  std::string source_id;  // RawPage::source_id, or `id` when the container gave none
  std::string record;
  PageFormat format = PageFormat::kText;
  std::string content;
  PageMeta meta;          // merged: page itself > meta.jsonl > flags
  std::vector<Segment> segments;

  // The file name without folders, as scorers compare it.
  std::string FileName() const;
};

}  // namespace sitrep
