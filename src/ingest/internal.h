// Shared pieces of the ingest readers (not part of the stage's interface).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/byte_reader.h"
#include "ingest/reader.h"
#include "sitrep/document.h"

namespace sitrep::ingest::internal {

// What one ReadInput call works with.
struct ReadContext {
  const InputFile* input = nullptr;
  const ReadOptions* options = nullptr;
  PageMeta container_meta;  // meta.jsonl, then flags: fills what records leave empty
  const PageSink* sink = nullptr;
  std::vector<Problem>* problems = nullptr;
  size_t delivered = 0;

  void Report(std::string where, std::string message);
  // Decodes `bytes` into page->content (see DecodeContent), fills missing
  // metadata from container_meta and delivers the page, or reports why not.
  void Deliver(RawPage page, std::string_view bytes, std::string_view charset);
};

// Turns a page's bytes into valid UTF-8 content: drops a byte order mark,
// decodes UTF-16 with a BOM, converts a declared non-UTF-8 charset when the
// bytes are not UTF-8, and repairs stray invalid sequences. Returns false
// with `*reason` when the page is unusable (empty, binary, mostly invalid);
// `*note` gets a remark for a page kept after repair.
bool DecodeContent(std::string_view bytes, std::string_view charset, std::string* content,
                   std::string* reason, std::string* note);

// Converts `bytes` from `charset` to UTF-8 with ICU. False for an unknown
// charset. (charset.cc, the one file that calls ICU's converters.)
bool ConvertCharset(std::string_view bytes, std::string_view charset, std::string* out);

// The charset an HTML page declares in its first bytes (<meta charset=...>
// or http-equiv Content-Type), lower-cased, or "".
std::string SniffHtmlCharset(std::string_view head);
// The charset parameter of a Content-Type value, lower-cased, or "".
std::string ContentTypeCharset(std::string_view content_type);

// Fills each empty field of `meta` from `weaker`.
void FillMissing(const PageMeta& weaker, PageMeta* meta);

// JSONL (jsonl.cc, the one file that calls nlohmann::json for input).
// Parses one non-blank line into `page` (format, content bytes in
// page->content, source_id, meta with source "jsonl"). False with `*error`.
bool ParseJsonlLine(std::string_view line, bool plain, RawPage* page, std::string* error);
// Parses one meta.jsonl line: the "file" it describes and its metadata
// (source "meta.jsonl").
bool ParseMetaLine(std::string_view line, std::string* file, PageMeta* meta, std::string* error);

// WARC (warc.cc): reads every record of `in`, delivering HTML pages.
void ReadWarc(ByteReader* in, ReadContext* ctx);

}  // namespace sitrep::ingest::internal
