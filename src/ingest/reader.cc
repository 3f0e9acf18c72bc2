// Listing inputs, choosing a format, and reading text, HTML and JSONL files.
//
// ReadInput opens the file, switches on gzip decoding when the first bytes
// are a gzip header, and picks the format from the extension (without .gz),
// or, when the extension says nothing, from the first bytes: "WARC/" is WARC,
// "{" is JSONL, markup is HTML, anything else is text. A whole-file page is
// read up to max_page_bytes + 1 bytes; a larger one is skipped (its bytes are
// drained, never held). JSONL is read line by line with the same bound.
#include "ingest/reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/strings.h"
#include "ingest/byte_reader.h"
#include "ingest/internal.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;
using internal::ReadContext;

enum class Format { kUnknown, kText, kHtml, kJsonl, kWarc };

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

Format FormatFromName(const std::string& path) {
  std::string name = AsciiLower(BaseName(path));
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  if (EndsWith(name, ".txt") || EndsWith(name, ".text")) return Format::kText;
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml")) {
    return Format::kHtml;
  }
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson")) return Format::kJsonl;
  if (EndsWith(name, ".warc") || EndsWith(name, ".arc")) return Format::kWarc;
  return Format::kUnknown;
}

Format SniffFormat(std::string_view head) {
  if (StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  std::string_view t = Trim(head);
  if (StartsWith(t, "WARC/")) return Format::kWarc;
  if (StartsWith(t, "{")) return Format::kJsonl;
  if (StartsWith(t, "<")) {
    std::string lower = AsciiLower(t.substr(0, 2048));
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                            "<div", "<p>", "<p ", "<article", "<!--"}) {
      if (lower.find(tag) != std::string::npos) return Format::kHtml;
    }
  }
  return Format::kText;
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// A file we can open for reading (a directory cannot be read as a page).
bool CheckReadable(const std::string& path, std::string* reason) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *reason = std::string("cannot read: ") + std::strerror(errno);
    return false;
  }
  std::fclose(f);
  return true;
}

void ReadWholePage(ByteReader* in, Format format, ReadContext* ctx) {
  size_t max = ctx->options->max_page_bytes;
  std::string bytes;
  uint64_t total = 0;
  in->ReadAll(&bytes, max + 1, &total);
  if (!in->error().empty()) {
    ctx->Report("", in->error());
    return;
  }
  if (total > max) {
    ctx->Report("", "page is " + std::to_string(total) + " bytes, over the limit of " +
                        std::to_string(max) + " bytes; skipped");
    return;
  }
  RawPage page;
  page.path = ctx->input->path;
  page.format = format == Format::kHtml ? PageFormat::kHtml : PageFormat::kText;
  std::string charset = format == Format::kHtml ? internal::SniffHtmlCharset(bytes) : "";
  ctx->Deliver(std::move(page), bytes, charset);
}

void ReadJsonl(ByteReader* in, ReadContext* ctx) {
  size_t max = ctx->options->max_page_bytes;
  std::string line;
  uint64_t length = 0;
  int line_no = 0;
  bool any = false;
  while (in->ReadLine(&line, max + 1, &length)) {
    ++line_no;
    std::string where = "line " + std::to_string(line_no);
    if (length > max) {
      ctx->Report(where, "line is " + std::to_string(length) + " bytes, over the limit of " +
                             std::to_string(max) + " bytes; skipped");
      any = true;
      continue;
    }
    if (Trim(line).empty()) continue;
    any = true;
    RawPage page;
    std::string error;
    if (!internal::ParseJsonlLine(line, ctx->options->plain, &page, &error)) {
      ctx->Report(where, error);
      continue;
    }
    page.path = ctx->input->path;
    page.record = where;
    std::string bytes = std::move(page.content);
    std::string charset = page.format == PageFormat::kHtml ? internal::SniffHtmlCharset(bytes) : "";
    ctx->Deliver(std::move(page), bytes, charset);
  }
  if (!in->error().empty()) {
    ctx->Report("line " + std::to_string(line_no + 1), in->error());
  } else if (!any) {
    ctx->Report("", "empty file");
  }
}

PageMeta FlagMeta(const ReadOptions& options) {
  PageMeta meta;
  if (!options.outlet.empty()) meta.outlet = {options.outlet, "flag"};
  if (!options.published.empty()) meta.published = {options.published, "flag"};
  return meta;
}

}  // namespace

namespace internal {

void ReadContext::Report(std::string where, std::string message) {
  problems->push_back(Problem{input->path, std::move(where), std::move(message)});
}

void ReadContext::Deliver(RawPage page, std::string_view bytes, std::string_view charset) {
  std::string reason, note;
  if (!DecodeContent(bytes, charset, &page.content, &reason, &note)) {
    Report(page.record, reason);
    return;
  }
  if (!note.empty()) Report(page.record, note);
  FillMissing(container_meta, &page.meta);
  (*sink)(std::move(page));
  ++delivered;
}

void FillMissing(const PageMeta& weaker, PageMeta* meta) {
  auto fill = [](const MetaValue& from, MetaValue* to) {
    if (to->empty() && !from.empty()) *to = from;
  };
  fill(weaker.title, &meta->title);
  fill(weaker.outlet, &meta->outlet);
  fill(weaker.published, &meta->published);
  fill(weaker.url, &meta->url);
  fill(weaker.language, &meta->language);
  fill(weaker.author, &meta->author);
}

}  // namespace internal

std::string Problem::ToString() const {
  std::string out = path;
  if (!where.empty()) out += ": " + where;
  return out + ": " + message;
}

std::vector<InputFile> ListInputs(const std::vector<std::string>& paths,
                                  std::vector<Problem>* problems) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back(InputFile{"-", 0});
      continue;
    }
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      problems->push_back(Problem{path, "", std::string("cannot open: ") + std::strerror(errno)});
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      std::string reason;
      if (!CheckReadable(path, &reason)) {
        problems->push_back(Problem{path, "", reason});
        continue;
      }
      out.push_back(InputFile{path, static_cast<uint64_t>(st.st_size)});
      continue;
    }
    std::vector<InputFile> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      problems->push_back(Problem{path, "", "cannot list folder: " + ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        problems->push_back(Problem{path, "", "cannot list folder: " + ec.message()});
        break;
      }
      const fs::directory_entry& entry = *it;
      if (IsHidden(entry.path())) {
        if (entry.is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      std::string file = entry.path().string();
      if (entry.is_symlink(ec) && !fs::exists(entry.path(), ec)) {
        problems->push_back(Problem{file, "", "cannot open: link to a missing file"});
        continue;
      }
      if (!entry.is_regular_file(ec)) continue;
      // In a folder a file whose extension names another kind of file (a
      // README.md or an image beside the pages) is not a page; a file with
      // no extension is sniffed. A file named on the command line is always read.
      if (entry.path().filename() == "meta.jsonl") continue;
      if (FormatFromName(file) == Format::kUnknown && entry.path().has_extension()) continue;
      std::string reason;
      if (!CheckReadable(file, &reason)) {
        problems->push_back(Problem{file, "", reason});
        continue;
      }
      found.push_back(InputFile{file, static_cast<uint64_t>(entry.file_size(ec))});
    }
    std::sort(found.begin(), found.end(),
              [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

PageMeta MetaCache::Lookup(const std::string& file_path, std::vector<Problem>* problems) {
  if (file_path == "-") return PageMeta();
  size_t slash = file_path.find_last_of('/');
  std::string folder = slash == std::string::npos ? "." : file_path.substr(0, slash);
  std::string name = slash == std::string::npos ? file_path : file_path.substr(slash + 1);
  auto it = folders_.find(folder);
  if (it == folders_.end()) {
    std::map<std::string, PageMeta>& entries = folders_[folder];
    it = folders_.find(folder);
    std::string meta_path = folder + "/meta.jsonl";
    struct stat st;
    if (::stat(meta_path.c_str(), &st) == 0) {
      auto reader = ByteReader::Open(meta_path);
      if (!reader.ok()) {
        problems->push_back(Problem{meta_path, "", reader.status().message()});
      } else {
        std::string line;
        uint64_t length = 0;
        int line_no = 0;
        while ((*reader)->ReadLine(&line, 1 << 20, &length)) {
          ++line_no;
          if (Trim(line).empty()) continue;
          std::string file, error;
          PageMeta meta;
          if (length > (1u << 20) || !internal::ParseMetaLine(line, &file, &meta, &error)) {
            problems->push_back(Problem{meta_path, "line " + std::to_string(line_no),
                                        error.empty() ? "line too long" : error});
            continue;
          }
          entries[file] = std::move(meta);
        }
      }
    }
  }
  auto entry = it->second.find(name);
  return entry == it->second.end() ? PageMeta() : entry->second;
}

size_t ReadInput(const InputFile& input, const ReadOptions& options, const PageSink& sink,
                 std::vector<Problem>* problems) {
  MetaCache cache;
  return ReadInput(input, options, &cache, sink, problems);
}

size_t ReadInput(const InputFile& input, const ReadOptions& options, MetaCache* cache,
                 const PageSink& sink, std::vector<Problem>* problems) {
  ReadContext ctx;
  ctx.input = &input;
  ctx.options = &options;
  ctx.sink = &sink;
  ctx.problems = problems;
  ctx.container_meta = cache->Lookup(input.path, problems);
  internal::FillMissing(FlagMeta(options), &ctx.container_meta);

  auto opened = ByteReader::Open(input.path);
  if (!opened.ok()) {
    ctx.Report("", opened.status().message().substr(input.path.size() + 2));
    return 0;
  }
  ByteReader* in = opened->get();
  Format format = FormatFromName(input.path);
  bool gzipped = in->LooksGzipped();
  if (gzipped) in->Gunzip();
  if (format == Format::kUnknown) format = SniffFormat(in->Peek(4096));
  // A whole-file page that is too large is skipped before it is read.
  if (!gzipped && format != Format::kJsonl && format != Format::kWarc && input.path != "-" &&
      input.size > options.max_page_bytes) {
    ctx.Report("", "page is " + std::to_string(input.size) + " bytes, over the limit of " +
                       std::to_string(options.max_page_bytes) + " bytes; skipped");
    return 0;
  }
  if (!in->error().empty() && in->Peek(1).empty()) {
    ctx.Report("", in->error());
    return 0;
  }
  switch (format) {
    case Format::kJsonl:
      ReadJsonl(in, &ctx);
      break;
    case Format::kWarc:
      if (in->Peek(1).empty()) {
        ctx.Report("", "empty file");
      } else {
        internal::ReadWarc(in, &ctx);
      }
      break;
    default:
      ReadWholePage(in, format, &ctx);
      break;
  }
  return ctx.delivered;
}

}  // namespace sitrep::ingest
