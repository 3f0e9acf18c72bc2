// Readers: turn input paths into RawPages.
//
// ListInputs expands the command line's paths into files; ReadInput reads one
// file and calls a sink once per page. Formats come from the extension, or
// from the first bytes when there is none (standard input):
//   .txt and other text   one page of plain text
//   .html, .htm           one page of HTML
//   .jsonl (.ndjson)      one page per line: "text" or "html", optional "id",
//                         "url", "outlet", "published", "title", "author",
//                         "language"
//   .warc, .warc.gz       WARC/1.0 and 1.1 response (and resource) records
//                         whose payload is HTML
//   *.gz                  any of the above, gzip-compressed
// Metadata: the container's own fields (source "jsonl" or "warc") are
// strongest, then a meta.jsonl beside the file (source "meta.jsonl", keyed by
// file name), then ReadOptions (source "flag"). The page's own metadata is
// merged later, by the cleaner.
//
// Bad input is data: a file or record that cannot be used becomes a Problem
// naming the file and record and is skipped; reading goes on. Memory stays
// bounded by ReadOptions::max_page_bytes however large a line or record is.
// All functions are thread-safe when each call has its own arguments; a
// MetaCache is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "sitrep/document.h"

namespace sitrep::ingest {

struct InputFile {
  std::string path;  // "-" is standard input
  uint64_t size = 0;
};

// One thing that went wrong with the input, for the user.
struct Problem {
  std::string path;
  std::string where;    // "line 3", "record 2", "byte 1234", or ""
  std::string message;
  // "path: where: message" (where omitted when empty).
  std::string ToString() const;
};

struct ReadOptions {
  std::string outlet;      // --outlet: the weakest source of the outlet
  std::string published;   // --published, YYYY-MM-DD
  bool plain = false;      // --plain: JSONL lines with "id" and "text" are bare snippets
  size_t max_page_bytes = 32u << 20;  // larger pages are skipped with a Problem
};

// Expands `paths`: files as given, folders recursively (sorted by path,
// keeping page files: .txt .text .html .htm .xhtml .jsonl .ndjson .warc
// .arc, each optionally .gz, and files with no extension, whose format is
// sniffed; hidden files and folders, meta.jsonl and files with another
// extension such as a README.md are skipped), "-" as standard input.
// A path that does not exist or cannot be read becomes a Problem.
std::vector<InputFile> ListInputs(const std::vector<std::string>& paths,
                                  std::vector<Problem>* problems);

// The meta.jsonl files read so far, by folder, so that a folder of many
// files reads its meta.jsonl once. Problems in a meta.jsonl are reported
// once, by the call that loads it.
class MetaCache {
 public:
  // Metadata for `file_path` from the meta.jsonl in its folder (empty
  // PageMeta when there is none or it has no entry for the file).
  PageMeta Lookup(const std::string& file_path, std::vector<Problem>* problems);

 private:
  std::map<std::string, std::map<std::string, PageMeta>> folders_;
};

using PageSink = std::function<void(RawPage&&)>;

// Reads one input and calls `sink` once per page, in order. Bad records and
// pages become Problems and are skipped; reading goes on. Returns the number
// of pages delivered.
size_t ReadInput(const InputFile& input, const ReadOptions& options, const PageSink& sink,
                 std::vector<Problem>* problems);
// The same, sharing meta.jsonl files across calls through `cache`.
size_t ReadInput(const InputFile& input, const ReadOptions& options, MetaCache* cache,
                 const PageSink& sink, std::vector<Problem>* problems);

}  // namespace sitrep::ingest
