// From page bytes to valid UTF-8 content.
//
// Order of decisions: a UTF-8 byte order mark is dropped; a UTF-16 BOM means
// UTF-16 text, converted; NUL bytes or many control characters mean a binary
// file (skipped); bytes that are valid UTF-8 are kept as they are, whatever a
// page declares (mislabelled UTF-8 is common); otherwise a declared charset
// is converted with ICU; otherwise invalid sequences are repaired with
// U+FFFD, and a page that is mostly invalid is skipped. This is the one
// ingest file that calls ICU's converters.
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>

#include "base/strings.h"
#include "base/utf8.h"
#include "ingest/internal.h"

namespace sitrep::ingest::internal {
namespace {

bool IsUtf8Name(std::string_view charset) {
  std::string c = AsciiLower(charset);
  return c.empty() || c == "utf-8" || c == "utf8" || c == "us-ascii" || c == "ascii";
}

// UTF-16 (after its BOM) to UTF-8; unpaired surrogates become U+FFFD.
std::string DecodeUtf16(std::string_view b, bool big_endian) {
  std::string out;
  auto unit = [&](size_t i) -> char32_t {
    unsigned char x = b[i], y = b[i + 1];
    return big_endian ? (x << 8 | y) : (y << 8 | x);
  };
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), &out);
        i += 2;
        continue;
      }
    }
    AppendUtf8(u, &out);  // lone surrogates become U+FFFD there
  }
  return out;
}

// NUL bytes, or more than 1 in 20 of the first 64 KiB being control
// characters other than white space, mean this is not text.
bool LooksBinary(std::string_view b) {
  if (b.find('\0') != std::string_view::npos) return true;
  size_t n = std::min<size_t>(b.size(), 64 * 1024), control = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = b[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) {
      ++control;
    }
  }
  return control * 20 > n;
}

}  // namespace

bool ConvertCharset(std::string_view bytes, std::string_view charset, std::string* out) {
  std::string name(charset);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) return false;
  ucnv_close(conv);
  status = U_ZERO_ERROR;
  int32_t need = ucnv_convert("UTF-8", name.c_str(), nullptr, 0, bytes.data(),
                              static_cast<int32_t>(bytes.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  out->assign(static_cast<size_t>(need), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert("UTF-8", name.c_str(), out->data(), need, bytes.data(),
               static_cast<int32_t>(bytes.size()), &status);
  return U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING;
}

std::string ContentTypeCharset(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  size_t at = lower.find("charset");
  if (at == std::string::npos) return "";
  size_t i = at + 7;
  while (i < lower.size() && (lower[i] == ' ' || lower[i] == '=' || lower[i] == '"' ||
                              lower[i] == '\'')) {
    ++i;
  }
  size_t j = i;
  while (j < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[j])) ||
                              lower[j] == '-' || lower[j] == '_' || lower[j] == ':' ||
                              lower[j] == '.')) {
    ++j;
  }
  return lower.substr(i, j - i);
}

std::string SniffHtmlCharset(std::string_view head) {
  head = head.substr(0, 4096);
  std::string lower = AsciiLower(head);
  for (size_t meta = lower.find("<meta"); meta != std::string::npos;
       meta = lower.find("<meta", meta + 5)) {
    size_t end = lower.find('>', meta);
    std::string tag = lower.substr(meta, end == std::string::npos ? std::string::npos : end - meta);
    std::string charset = ContentTypeCharset(tag);
    if (!charset.empty()) return charset;
  }
  return "";
}

bool DecodeContent(std::string_view bytes, std::string_view charset, std::string* content,
                   std::string* reason, std::string* note) {
  note->clear();
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string utf16;
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    utf16 = DecodeUtf16(bytes.substr(2), bytes[0] == '\xFE');
    bytes = utf16;
  }
  if (Trim(bytes).empty()) {
    *reason = bytes.empty() ? "empty file" : "no text: only white space";
    return false;
  }
  if (LooksBinary(bytes)) {
    *reason = "binary file: not text";
    return false;
  }
  if (IsValidUtf8(bytes)) {
    content->assign(bytes.data(), bytes.size());
    return true;
  }
  if (!IsUtf8Name(charset) && ConvertCharset(bytes, charset, content) && IsValidUtf8(*content)) {
    return true;
  }
  Utf8Repair repair = RepairUtf8(bytes, content);
  if (repair.invalid_bytes * 2 > bytes.size()) {
    *reason = "not UTF-8 text: " + std::to_string(repair.invalid_bytes) + " of " +
              std::to_string(bytes.size()) + " bytes are invalid";
    return false;
  }
  *note = "invalid UTF-8: " + std::to_string(repair.replacements) +
          " sequences replaced with U+FFFD (page kept)";
  return true;
}

}  // namespace sitrep::ingest::internal
