// WARC/1.0 and WARC/1.1 records (ISO 28500), read as a stream.
//
// A record is a version line, named header fields up to an empty line, a
// block of exactly Content-Length bytes, and two line ends. Pages come from
// "response" records whose block is an HTTP response (Content-Type
// application/http) with an HTML payload, and from "resource" records whose
// own Content-Type is HTML. The HTTP status line and headers are dropped; a
// chunked or gzip-encoded payload is decoded. Other records are passed over
// without a word. A record that cannot be used is reported and skipped; a
// record header without a usable Content-Length loses the framing, so the
// reader looks for the next "WARC/1." line. Input that ends inside a record
// (or a gzip member) is reported once, as "truncated at byte N", and ends
// the file: the records before the cut have been delivered.
#include <cstdlib>

#include "base/strings.h"
#include "ingest/internal.h"

namespace sitrep::ingest::internal {
namespace {

constexpr size_t kMaxHeaderLine = 64 * 1024;
constexpr int kMaxHeaderLines = 1000;

struct Header {
  std::string name;  // lower-case
  std::string value;
};

const std::string* Find(const std::vector<Header>& headers, std::string_view name) {
  for (const Header& h : headers) {
    if (h.name == name) return &h.value;
  }
  return nullptr;
}

std::string_view StripCr(std::string_view s) {
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

// Parses "Name: value" lines up to an empty line (continuation lines begin
// with white space). False when the input ends first.
bool ReadHeaders(ByteReader* in, std::vector<Header>* headers) {
  std::string line;
  uint64_t length;
  for (int n = 0; n < kMaxHeaderLines; ++n) {
    if (!in->ReadLine(&line, kMaxHeaderLine, &length)) return false;
    std::string_view l = StripCr(line);
    if (l.empty()) return true;
    if ((l[0] == ' ' || l[0] == '\t') && !headers->empty()) {
      headers->back().value += " " + std::string(Trim(l));
      continue;
    }
    size_t colon = l.find(':');
    if (colon == std::string_view::npos) continue;
    headers->push_back(Header{AsciiLower(Trim(l.substr(0, colon))),
                              std::string(Trim(l.substr(colon + 1)))});
  }
  return true;
}

// Parses the HTTP response in `block`: status line, headers, payload.
bool SplitHttp(std::string_view block, std::vector<Header>* headers, std::string_view* payload,
               int* status) {
  size_t end = block.find("\r\n\r\n");
  size_t sep = 4;
  size_t lf = block.find("\n\n");
  if (end == std::string_view::npos || (lf != std::string_view::npos && lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end == std::string_view::npos) return false;
  std::vector<std::string_view> lines = Split(block.substr(0, end), '\n');
  if (lines.empty() || !StartsWith(lines[0], "HTTP/")) return false;
  std::vector<std::string_view> parts = Split(Trim(lines[0]), ' ');
  *status = parts.size() > 1 ? std::atoi(std::string(parts[1]).c_str()) : 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view l = StripCr(lines[i]);
    size_t colon = l.find(':');
    if (colon == std::string_view::npos) continue;
    headers->push_back(Header{AsciiLower(Trim(l.substr(0, colon))),
                              std::string(Trim(l.substr(colon + 1)))});
  }
  *payload = block.substr(end + sep);
  return true;
}

// Decodes Transfer-Encoding: chunked. False on a malformed chunk header.
bool Dechunk(std::string_view in, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < in.size()) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    std::string size_text(Trim(in.substr(pos, eol - pos)));
    size_t semi = size_text.find(';');
    if (semi != std::string::npos) size_text.resize(semi);
    char* endp = nullptr;
    unsigned long size = std::strtoul(size_text.c_str(), &endp, 16);
    if (size_text.empty() || *endp != '\0') return false;
    pos = eol + 1;
    if (size == 0) return true;
    if (pos + size > in.size()) return false;
    out->append(in.substr(pos, size));
    pos += size;
    while (pos < in.size() && (in[pos] == '\r' || in[pos] == '\n')) ++pos;
  }
  return true;
}

bool IsHtmlType(std::string_view content_type) {
  std::string t = AsciiLower(content_type);
  return StartsWith(t, "text/html") || StartsWith(t, "application/xhtml");
}

// Reads lines until one starts a WARC record; returns it in `*line`.
bool Resync(ByteReader* in, std::string* line) {
  uint64_t length;
  while (in->ReadLine(line, kMaxHeaderLine, &length)) {
    if (StartsWith(*line, "WARC/1.")) return true;
  }
  return false;
}

}  // namespace

void ReadWarc(ByteReader* in, ReadContext* ctx) {
  const size_t max = ctx->options->max_page_bytes;
  std::string line;
  uint64_t length = 0;
  int record = 0;
  bool have_version_line = false;
  for (;;) {
    uint64_t record_start = in->raw_offset();
    if (!have_version_line) {
      // Records are separated by blank lines.
      bool got = false;
      while (in->ReadLine(&line, kMaxHeaderLine, &length)) {
        if (!Trim(line).empty()) {
          got = true;
          break;
        }
      }
      if (!got) break;
    }
    have_version_line = false;
    ++record;
    std::string where = "record " + std::to_string(record);
    if (!StartsWith(line, "WARC/")) {
      ctx->Report(where, "not a WARC record header at byte " + std::to_string(record_start) +
                             "; skipped to the next record");
      if (!Resync(in, &line)) break;
      have_version_line = true;
      continue;
    }
    std::vector<Header> headers;
    bool complete = ReadHeaders(in, &headers);
    const std::string* length_text = Find(headers, "content-length");
    char* endp = nullptr;
    unsigned long long block_length =
        length_text ? std::strtoull(length_text->c_str(), &endp, 10) : 0;
    if (!complete) {
      ctx->Report(where, "truncated at byte " + std::to_string(in->raw_offset()) +
                             (in->error().empty() ? "" : " (" + in->error() + ")"));
      return;
    }
    if (length_text == nullptr || endp == length_text->c_str() || *endp != '\0') {
      ctx->Report(where, "missing or bad Content-Length; skipped to the next record");
      if (!Resync(in, &line)) break;
      have_version_line = true;
      continue;
    }
    const std::string* type = Find(headers, "warc-type");
    const std::string* content_type = Find(headers, "content-type");
    bool response = type && IEquals(*type, "response") && content_type &&
                    StartsWith(AsciiLower(*content_type), "application/http");
    bool resource = type && IEquals(*type, "resource") && content_type && IsHtmlType(*content_type);
    bool wanted = response || resource;
    // The HTTP headers may add a little to the page's own size.
    if (wanted && block_length > max + 64 * 1024) {
      uint64_t skipped = in->Skip(block_length);
      if (skipped < block_length) {
        ctx->Report(where, "truncated at byte " + std::to_string(in->raw_offset()));
        return;
      }
      ctx->Report(where, "record is " + std::to_string(block_length) +
                             " bytes, over the limit of " + std::to_string(max) + " bytes; skipped");
      continue;
    }
    std::string block;
    size_t got = wanted ? in->Read(block_length, &block) : in->Skip(block_length);
    if (got < block_length) {
      ctx->Report(where, "truncated at byte " + std::to_string(in->raw_offset()) + ": record " +
                             std::to_string(record) + " from byte " +
                             std::to_string(record_start) + " is incomplete");
      return;
    }
    if (!wanted) continue;

    RawPage page;
    page.path = ctx->input->path;
    page.record = where;
    page.format = PageFormat::kHtml;
    if (const std::string* id = Find(headers, "warc-record-id")) {
      std::string_view v = Trim(*id);
      if (StartsWith(v, "<") && EndsWith(v, ">")) v = v.substr(1, v.size() - 2);
      page.source_id = std::string(v);
    }
    if (const std::string* uri = Find(headers, "warc-target-uri")) {
      std::string_view v = Trim(*uri);
      if (StartsWith(v, "<") && EndsWith(v, ">")) v = v.substr(1, v.size() - 2);
      if (!v.empty()) page.meta.url = {std::string(v), "warc"};
    }
    std::string charset;
    std::string_view payload = block;
    std::string decoded;
    if (response) {
      std::vector<Header> http;
      int status = 0;
      if (!SplitHttp(block, &http, &payload, &status)) {
        ctx->Report(where, "response record without a readable HTTP header; skipped");
        continue;
      }
      const std::string* http_type = Find(http, "content-type");
      if (http_type == nullptr || !IsHtmlType(*http_type)) continue;  // not a page
      if (status != 0 && (status < 200 || status >= 300)) continue;   // redirects, errors
      charset = ContentTypeCharset(*http_type);
      const std::string* te = Find(http, "transfer-encoding");
      if (te && AsciiLower(*te).find("chunked") != std::string::npos) {
        if (!Dechunk(payload, &decoded)) {
          ctx->Report(where, "malformed chunked HTTP body; skipped");
          continue;
        }
        payload = decoded;
      }
      const std::string* ce = Find(http, "content-encoding");
      if (ce && (IEquals(Trim(*ce), "gzip") || IEquals(Trim(*ce), "deflate"))) {
        std::string inflated, error;
        if (!GunzipString(payload, max, &inflated, &error)) {
          ctx->Report(where, "cannot decode " + *ce + " HTTP body: " + error + "; skipped");
          continue;
        }
        decoded = std::move(inflated);
        payload = decoded;
      }
    } else {
      charset = ContentTypeCharset(*content_type);
    }
    if (payload.size() > max) {
      ctx->Report(where, "page is " + std::to_string(payload.size()) +
                             " bytes, over the limit of " + std::to_string(max) + " bytes; skipped");
      continue;
    }
    if (charset.empty()) charset = SniffHtmlCharset(payload);
    ctx->Deliver(std::move(page), payload, charset);
  }
  if (!in->error().empty()) {
    ctx->Report("record " + std::to_string(record + 1),
                in->truncated() ? "truncated at byte " + std::to_string(in->raw_offset())
                                : in->error());
  }
}

}  // namespace sitrep::ingest::internal
