// TextRun: lock-step walk of a text node's source bytes and its decoded
// text. Equal bytes are copied with their offsets; a character reference in
// the source ("&amp;", "&#8217;") is matched to one decoded code point; white
// space on both sides (including U+00A0 and "&nbsp;") collapses to one
// space. Where the two sides disagree in a way the rules do not cover, the
// decoded text wins and is mapped to the nearest source position, so the
// text is always exactly the decoded text and offsets are never out of the
// node. An anchor is recorded only where text and content stop advancing
// together, so a plain paragraph has an empty offset map.
#include "clean/html_text.h"

namespace sitrep::clean {
namespace {

size_t CodePointLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

bool IsNbsp(std::string_view s, size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
         static_cast<unsigned char>(s[i + 1]) == 0xA0;
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the character reference at source[i] == '&', or 0 if none.
size_t EntityLength(std::string_view s, size_t i) {
  size_t k = i + 1;
  if (k < s.size() && s[k] == '#') {
    ++k;
    if (k < s.size() && (s[k] == 'x' || s[k] == 'X')) ++k;
  }
  size_t name_start = k;
  while (k < s.size() && k - i < 40 && IsAlnum(s[k])) ++k;
  if (k == name_start) return 0;
  if (k < s.size() && s[k] == ';') ++k;
  return k - i;
}

// True for a reference to white space: "&nbsp;", "&#160;", "&#x20;", ...
bool IsSpaceEntity(std::string_view s, size_t i, size_t len) {
  std::string_view e = s.substr(i + 1, len - 1);
  if (e.ends_with(';')) e.remove_suffix(1);
  if (e == "nbsp" || e == "Tab" || e == "NewLine") return true;
  if (e.empty() || e[0] != '#') return false;
  e.remove_prefix(1);
  int base = 10;
  if (!e.empty() && (e[0] == 'x' || e[0] == 'X')) {
    base = 16;
    e.remove_prefix(1);
  }
  unsigned long v = 0;
  for (char c : e) {
    int d = (c >= '0' && c <= '9') ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : 99;
    if (d >= base || v > 0x10FFFF) return false;
    v = v * base + d;
  }
  return v == 9 || v == 10 || v == 12 || v == 13 || v == 32 || v == 160;
}

}  // namespace

void TextRun::Emit(std::string_view bytes, size_t content_offset, size_t source_len,
                   bool verbatim) {
  if (pending_space_) {
    pending_space_ = false;
    if (!text_.empty()) {
      Emit(" ", pending_space_offset_, pending_space_len_, pending_space_verbatim_);
    }
  }
  if (text_.empty()) {
    start_ = content_offset;
    anchors_.clear();
    verbatim_ = true;
  } else {
    uint32_t t0 = anchors_.empty() ? 0 : anchors_.back().first;
    size_t c0 = anchors_.empty() ? start_ : anchors_.back().second;
    if (c0 + (text_.size() - t0) != content_offset) {
      anchors_.emplace_back(static_cast<uint32_t>(text_.size()),
                            static_cast<uint32_t>(content_offset));
      verbatim_ = false;
    }
  }
  if (!verbatim) verbatim_ = false;
  text_.append(bytes);
  end_ = content_offset + source_len;
}

void TextRun::SetPendingSpace(size_t offset, size_t len, bool verbatim) {
  if (pending_space_) return;  // keep the first white space of a run
  pending_space_ = true;
  pending_space_offset_ = offset;
  pending_space_len_ = len;
  pending_space_verbatim_ = verbatim;
}

void TextRun::AppendNode(std::string_view source, size_t source_offset,
                         std::string_view decoded) {
  size_t i = 0, j = 0;
  while (j < decoded.size()) {
    if (IsHtmlSpace(decoded[j]) || IsNbsp(decoded, j)) {
      while (j < decoded.size() && (IsHtmlSpace(decoded[j]) || IsNbsp(decoded, j))) {
        j += IsNbsp(decoded, j) ? 2 : 1;
      }
      size_t first = i;
      while (i < source.size()) {
        if (IsHtmlSpace(source[i])) {
          ++i;
        } else if (IsNbsp(source, i)) {
          i += 2;
        } else if (source[i] == '&') {
          size_t len = EntityLength(source, i);
          if (len == 0 || !IsSpaceEntity(source, i, len)) break;
          i += len;
        } else {
          break;
        }
      }
      bool verbatim = i == first + 1 && source[first] == ' ';
      SetPendingSpace(source_offset + first, i > first ? i - first : 0, verbatim);
      continue;
    }
    size_t cp = CodePointLength(static_cast<unsigned char>(decoded[j]));
    if (j + cp > decoded.size()) cp = decoded.size() - j;
    if (i >= source.size()) {
      Emit(decoded.substr(j, cp), source_offset + source.size(), 0, false);
      j += cp;
      continue;
    }
    if (source[i] == '&' && decoded[j] != '&') {
      size_t len = EntityLength(source, i);
      if (len > 0) {
        Emit(decoded.substr(j, cp), source_offset + i, len, false);
        i += len;
        j += cp;
        continue;
      }
    }
    if (source.compare(i, cp, decoded.substr(j, cp)) == 0) {
      size_t len = cp;
      if (source[i] == '&' && decoded[j] == '&') {
        size_t ent = EntityLength(source, i);
        // "&amp;" decodes to "&": consume the whole reference.
        if (ent > 0 && source.substr(i, ent).starts_with("&amp")) len = ent;
        else if (ent > 0 && source.substr(i, ent).starts_with("&#38")) len = ent;
        else if (ent > 0 && source.substr(i, ent).starts_with("&#x26")) len = ent;
      }
      Emit(decoded.substr(j, cp), source_offset + i, len, len == cp);
      i += len;
      j += cp;
      continue;
    }
    if (source[i] == '\r') {
      ++i;
      continue;
    }
    // Unaligned: keep the decoded character, advance the source one character.
    Emit(decoded.substr(j, cp), source_offset + i, 0, false);
    i += CodePointLength(static_cast<unsigned char>(source[i]));
    j += cp;
  }
  // Trailing white space in the source only (decoded already ended).
  if (i < source.size() && IsHtmlSpace(source[i])) {
    SetPendingSpace(source_offset + i, 1, source[i] == ' ');
  }
}

void TextRun::AppendUnaligned(std::string_view decoded, size_t source_offset) {
  for (size_t j = 0; j < decoded.size(); ++j) {
    if (IsHtmlSpace(decoded[j])) {
      SetPendingSpace(source_offset, 0, false);
    } else {
      Emit(decoded.substr(j, 1), source_offset, 0, false);
    }
  }
}

void TextRun::Break() {
  if (!text_.empty()) SetPendingSpace(end_, 0, false);
}

std::vector<std::pair<uint32_t, uint32_t>> TextRun::TakeOffsetMap() {
  if (verbatim_) return {};
  std::vector<std::pair<uint32_t, uint32_t>> map;
  map.reserve(anchors_.size() + 1);
  if (anchors_.empty() || anchors_.front().first != 0) {
    map.emplace_back(0, static_cast<uint32_t>(start_));
  }
  map.insert(map.end(), anchors_.begin(), anchors_.end());
  anchors_.clear();
  return map;
}

void TextRun::Clear() {
  text_.clear();
  anchors_.clear();
  start_ = end_ = 0;
  pending_space_ = false;
  verbatim_ = true;
}

}  // namespace sitrep::clean
