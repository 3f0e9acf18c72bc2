// Tokenizer and sentence splitter.
//
// Both walk the UTF-8 text once. A code point is a word character when ICU
// calls it alphanumeric; hyphens, dots and apostrophes join two word
// characters into one token. A trailing "'s" is split off as its own token so
// that "the regime's military" matches the alias "the regime 's military"
// token by token.
#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <array>
#include <cctype>

#include "base/utf8.h"

namespace sitrep::text {
namespace {

// ICU's answers for the ASCII range, looked up once: most text is ASCII.
struct AsciiClass {
  std::array<bool, 128> alnum{}, space{}, upper{};
  AsciiClass() {
    for (UChar32 c = 0; c < 128; ++c) {
      alnum[c] = u_isalnum(c);
      space[c] = u_isspace(c);
      upper[c] = u_isupper(c);
    }
  }
};
const AsciiClass kAscii;

bool IsWordChar(char32_t cp) { return cp < 128 ? kAscii.alnum[cp] : u_isalnum(static_cast<UChar32>(cp)); }
bool IsSpace(char32_t cp) { return cp < 128 ? kAscii.space[cp] : u_isspace(static_cast<UChar32>(cp)) || cp == 0xA0; }
bool IsUpper(char32_t cp) { return cp < 128 ? kAscii.upper[cp] : u_isupper(static_cast<UChar32>(cp)); }

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }

bool IsJoiner(char32_t cp) { return cp == '-' || cp == '.' || IsApostrophe(cp) || cp == 0x2010 || cp == 0x2011; }

char32_t At(std::string_view s, size_t pos, size_t* len) {
  if (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[pos]);
  }
  char32_t cp = 0;
  *len = pos < s.size() ? DecodeUtf8(s, pos, &cp) : 0;
  return pos < s.size() ? cp : 0;
}

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = At(s, i, &len);
    if (IsApostrophe(cp)) {
      out += '\'';
    } else if (len == 1) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

Token MakeToken(std::string_view text, size_t b, size_t e, size_t base, bool word) {
  Token t;
  t.start = b + base;
  t.end = e + base;
  t.text.assign(text.substr(b, e - b));
  t.lower = Lower(t.text);
  t.is_word = word;
  size_t len = 0;
  t.capitalized = word && IsUpper(At(text, b, &len));
  for (char c : t.text) t.has_digit |= c >= '0' && c <= '9';
  return t;
}

// End of the word starting at `b`: word characters, joined by single joiners.
size_t WordEnd(std::string_view text, size_t b) {
  size_t i = b;
  while (i < text.size()) {
    size_t len = 0;
    char32_t cp = At(text, i, &len);
    if (IsWordChar(cp)) {
      i += len;
      continue;
    }
    size_t len2 = 0;
    char32_t next = At(text, i + len, &len2);
    bool digit_comma = cp == ',' && i > b && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                       next < 128 && std::isdigit(static_cast<int>(next));
    if (!IsJoiner(cp) && !digit_comma) break;
    if (!IsWordChar(next)) {
      // "U.S." keeps its final dot when the word is dotted initials.
      if (cp == '.' && i >= b + 2 && text[i - 2] == '.') i += len;
      break;
    }
    i += len;
  }
  return i;
}

// Splits a possessive "'s" (or "’s") off the end of word [b, e).
void PushWord(std::string_view text, size_t b, size_t e, size_t base, std::vector<Token>* out) {
  std::string_view w = text.substr(b, e - b);
  size_t cut = std::string_view::npos;
  if (w.size() > 2 && (w.back() == 's' || w.back() == 'S')) {
    if (w[w.size() - 2] == '\'') cut = w.size() - 2;
    if (w.size() > 4 && w.substr(w.size() - 4, 3) == "\xE2\x80\x99") cut = w.size() - 4;
  }
  if (cut == std::string_view::npos) {
    out->push_back(MakeToken(text, b, e, base, true));
    return;
  }
  out->push_back(MakeToken(text, b, b + cut, base, true));
  out->push_back(MakeToken(text, b + cut, e, base, true));
}

}  // namespace

bool IsQuoteMark(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x98" ||
         t == "\xE2\x80\x99" || t == "\xC2\xAB" || t == "\xC2\xBB";
}

std::vector<Token> Tokenize(std::string_view text, size_t base) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 1);
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 0;
    char32_t cp = At(text, i, &len);
    if (IsWordChar(cp)) {
      size_t e = WordEnd(text, i);
      PushWord(text, i, e, base, &out);
      i = e;
    } else if (IsSpace(cp)) {
      i += len;
    } else {
      out.push_back(MakeToken(text, i, i + len, base, false));
      i += len;
    }
  }
  return out;
}

}  // namespace sitrep::text
