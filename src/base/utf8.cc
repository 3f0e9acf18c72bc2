// UTF-8 checking and repair.
//
// The scanner looks at one lead byte at a time. ASCII runs are skipped eight
// bytes at a time (a word with no high bit set). For a multi-byte lead, the
// allowed range of the second byte depends on the lead (E0: A0..BF rules out
// overlongs, ED: 80..9F rules out surrogates, F0: 90..BF, F4: 80..8F caps at
// U+10FFFF); every later byte is 80..BF. Where a sequence breaks, the bytes
// accepted so far form the maximal invalid subpart, which repair replaces
// with one U+FFFD before going on at the byte that broke it.
#include "base/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstring>

namespace sitrep {
namespace {

// Examines the sequence starting at p[0] (a byte >= 0x80), with `avail` bytes
// available. Returns the number of bytes of a valid sequence and sets *valid,
// or the length of the maximal invalid subpart (>= 1) with *valid false.
size_t ScanSequence(const unsigned char* p, size_t avail, bool* valid) {
  unsigned char lead = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    *valid = false;  // 80..C1 and F5..FF never start a sequence
    return 1;
  }
  size_t i = 1;
  for (; i < need; ++i) {
    if (i >= avail) break;
    unsigned char c = p[i];
    unsigned char l = i == 1 ? lo : 0x80;
    unsigned char h = i == 1 ? hi : 0xBF;
    if (c < l || c > h) break;
  }
  *valid = i == need;
  return i;
}

inline bool AllAscii8(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ULL) == 0;
}

}  // namespace

size_t ValidUtf8Prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    if (i + 8 <= n && AllAscii8(p + i)) {
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    bool valid;
    size_t len = ScanSequence(p + i, n - i, &valid);
    if (!valid) return i;
    i += len;
  }
  return n;
}

bool IsValidUtf8(std::string_view s) { return ValidUtf8Prefix(s) == s.size(); }

Utf8Repair RepairUtf8(std::string_view s, std::string* out) {
  Utf8Repair repair;
  size_t good = ValidUtf8Prefix(s);
  if (good == s.size()) {
    out->assign(s.data(), s.size());
    return repair;
  }
  std::string result;
  result.reserve(s.size() + 16);
  result.append(s.data(), good);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = good;
  while (i < n) {
    if (p[i] < 0x80) {
      result.push_back(static_cast<char>(p[i++]));
      continue;
    }
    bool valid;
    size_t len = ScanSequence(p + i, n - i, &valid);
    if (valid) {
      result.append(s.data() + i, len);
    } else {
      result.append("\xEF\xBF\xBD");
      ++repair.replacements;
      repair.invalid_bytes += len;
    }
    i += len;
  }
  *out = std::move(result);
  return repair;
}

size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (p[0] < 0x80) {
    *cp = p[0];
    return 1;
  }
  bool valid;
  size_t len = ScanSequence(p, s.size() - pos, &valid);
  if (!valid) {
    *cp = kReplacementChar;
    return len;
  }
  char32_t v = p[0] & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t i = 1; i < len; ++i) v = (v << 6) | (p[i] & 0x3F);
  *cp = v;
  return len;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string NormalizeNfc(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  // Checked on the UTF-8 itself: most text is already NFC, and converting a
  // whole web page to UTF-16 just to find that out cost more than cleaning it.
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(piece);
  icu::UnicodeString normalized = nfc->normalize(in, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

}  // namespace sitrep
