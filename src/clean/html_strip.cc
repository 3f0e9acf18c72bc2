// The cutter walks the page once looking for '<'. A comment is skipped to
// its "-->" (so a "<script" inside a comment cuts nothing). At an opening
// <script>, <style> or <svg> tag it finds the tag's end (quoted attribute
// values may hold '>'), then the matching close tag by case-insensitive
// search, and drops the bytes between the two. A JSON-LD script keeps its
// body. An unclosed element is left as is (the parser will see it all).
#include "clean/html_strip.h"

#include <algorithm>
#include <cstring>

namespace sitrep::clean {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// True when `s` at `pos` starts with ASCII-lower-case `word` (any case in s).
bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(s[pos + i]) != word[i]) return false;
  }
  return true;
}

// Offset just past the '>' closing the tag that opens at `pos`, or npos.
size_t TagEnd(std::string_view s, size_t pos) {
  char quote = 0;
  for (size_t i = pos + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Offset of the "</name" that closes a raw element, searching from `pos`.
size_t CloseTag(std::string_view s, size_t pos, std::string_view name) {
  while (true) {
    pos = s.find("</", pos);
    if (pos == std::string_view::npos) return pos;
    if (StartsWithNoCase(s, pos + 2, name)) return pos;
    pos += 2;
  }
}

bool IsNameEnd(std::string_view s, size_t pos) {
  return pos >= s.size() || s[pos] == '>' || s[pos] == ' ' || s[pos] == '\t' ||
         s[pos] == '\n' || s[pos] == '\r' || s[pos] == '/' || s[pos] == '\f';
}

bool IsJsonLd(std::string_view tag) {
  std::string lower(tag);
  for (char& c : lower) c = Lower(c);
  return lower.find("ld+json") != std::string::npos;
}

}  // namespace

StrippedHtml::StrippedHtml(std::string_view content) : view_(content) { Cut(content); }

void StrippedHtml::Cut(std::string_view s) {
  size_t copied = 0;  // content bytes before this offset are handled
  size_t pos = 0;
  while ((pos = s.find('<', pos)) != std::string_view::npos) {
    if (s.compare(pos, 4, "<!--") == 0) {
      size_t end = s.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    std::string_view name;
    for (std::string_view n : {"script", "style", "svg"}) {
      if (StartsWithNoCase(s, pos + 1, n) && IsNameEnd(s, pos + 1 + n.size())) name = n;
    }
    if (name.empty()) {
      ++pos;
      continue;
    }
    size_t body = TagEnd(s, pos);
    if (body == std::string_view::npos) break;
    size_t close = CloseTag(s, body, name);
    if (close == std::string_view::npos) break;
    if ((name == "script" && IsJsonLd(s.substr(pos, body - pos))) || close == body) {
      pos = close + 2;
      continue;
    }
    copy_.append(s.substr(copied, body - copied));
    anchors_.emplace_back(copy_.size(), close);
    cut_bytes_ += close - body;
    copied = close;
    pos = close + 2;
  }
  if (anchors_.empty()) return;
  copy_.append(s.substr(copied));
  view_ = copy_;
}

size_t StrippedHtml::Original(size_t offset) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](size_t o, const std::pair<size_t, size_t>& a) { return o < a.first; });
  if (it == anchors_.begin()) return offset;
  --it;
  return it->second + (offset - it->first);
}

}  // namespace sitrep::clean
