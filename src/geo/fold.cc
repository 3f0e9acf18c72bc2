// Place-name folding (see fold.h for the steps and why).
//
// ASCII words (almost all words of English text) never touch ICU: they are
// lower-cased and folded by FoldAscii directly. Other words go through one
// ICU transliterator (marks removed, Any-Latin, Latin-ASCII, lower case),
// created once; ICU transliterators are not thread-safe, so calls are
// serialized by a mutex (they are rare in English text, but gazetteer names
// with diacritics are folded again and again: results are cached).
#include "geo/fold.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/hash.h"
#include "base/utf8.h"

namespace sitrep::geo {
namespace {

constexpr std::array<std::string_view, 22> kArticles = {
    "al", "el", "il", "ul", "ad", "ed", "ash", "esh", "as", "es", "at",
    "et", "az", "ez", "ar", "er", "an", "en", "ath", "adh", "l", "ag"};

bool IsArticle(std::string_view w) {
  for (std::string_view a : kArticles) {
    if (w == a) return true;
  }
  return false;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Characters dropped inside a word: apostrophes, ayn and hamza marks.
bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BF ||
         cp == 0x02BE || cp == 0x02BB || cp == 0x02BC || cp == 0x2032 || cp == 0x00B4;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// Strips a glued sun-letter article ("ezzor" -> "zor", "arraqqa" -> "raqqa").
std::string_view StripGluedArticle(std::string_view w) {
  if (w.size() < 5 || (w[0] != 'a' && w[0] != 'e')) return w;
  char c = w[1];
  bool sun = c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n';
  if (sun && w[2] == c) return w.substr(2);
  return w;
}

// Spelling variants of romanized Arabic (and some Slavic) names; `w` is lower-case ASCII.
std::string FoldAscii(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char n = i + 1 < w.size() ? w[i + 1] : '\0';
    char nn = i + 2 < w.size() ? w[i + 2] : '\0';
    if (c == 'q') {
      s += 'k';
    } else if (c == 'c' && n == 'k') {
      s += 'k';
      ++i;
    } else if (c == 'o' && (n == 'u' || n == 'o')) {
      s += 'u';
      ++i;
    } else if (c == 'e' && n == 'e') {
      s += 'i';
      ++i;
    } else if ((c == 'e' || c == 'a') && (n == 'i' || n == 'y') && !IsVowel(nn)) {
      s += 'e';
      ++i;
    } else if (c == 'a' && n == 'w' && !IsVowel(nn)) {
      s += 'o';
      ++i;
    } else {
      s += c;
    }
  }
  std::string d;
  d.reserve(s.size());
  for (char c : s) {
    if (d.empty() || d.back() != c || (c >= '0' && c <= '9')) d += c;
  }
  if (d.size() >= 3 && d.back() == 'h' && IsVowel(d[d.size() - 2])) d.pop_back();
  for (char& c : d) {
    if (c == 'o') c = 'u';
    if (c == 'e') c = 'i';
  }
  return d;
}

void AddAsciiWord(std::string_view lower, bool first, bool from_arabic,
                  std::vector<FoldedToken>* out) {
  FoldedToken t;
  if (IsArticle(lower)) {
    t.article = true;
    t.text = std::string(lower);
    out->push_back(std::move(t));
    return;
  }
  std::string_view w = lower;
  if (from_arabic && w.size() > 4 && w.substr(0, 2) == "al") w = w.substr(2);
  if (!first) w = StripGluedArticle(w);
  t.text = FoldAscii(w);
  out->push_back(std::move(t));
}

class Transliterator {
 public:
  static Transliterator& Get() {
    static Transliterator* t = new Transliterator();
    return *t;
  }
  // Lower-case ASCII form of `word`, or empty on failure. Results are
  // kept (the same gazetteer names are folded for every page that names
  // them, and one ICU call costs microseconds); the cache is emptied when
  // it reaches kMaxCached words.
  std::string ToAscii(std::string_view word) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!t_) return "";
    key_.assign(word);
    auto it = cache_.find(key_);
    if (it != cache_.end()) return it->second;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    t_->transliterate(u);
    std::string s;
    u.toUTF8String(s);
    std::string ascii;
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        ascii += c;
      } else if (c == ' ' || c == '-') {
        ascii += ' ';
      }
    }
    if (cache_.size() >= kMaxCached) cache_.clear();
    cache_.emplace(key_, ascii);
    return ascii;
  }

 private:
  Transliterator() {
    UErrorCode status = U_ZERO_ERROR;
    t_.reset(icu::Transliterator::createInstance(
        "NFKD; [:Nonspacing Mark:] Remove; Any-Latin; Latin-ASCII; NFKD; "
        "[:Nonspacing Mark:] Remove; Lower",
        UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t_.reset();
  }
  static constexpr size_t kMaxCached = 1 << 15;
  std::mutex mu_;
  std::unique_ptr<icu::Transliterator> t_;
  std::string key_;  // lookup buffer, guarded by mu_
  std::unordered_map<std::string, std::string> cache_;  // guarded by mu_
};

}  // namespace

void FoldWord(std::string_view word, bool first, std::vector<FoldedToken>* out) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string lower;
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != '\'' && c != '`') lower += c;
    }
    AddAsciiWord(lower, first, false, out);
    return;
  }
  char32_t cp0 = 0;
  DecodeUtf8(word, 0, &cp0);
  bool arabic = cp0 >= 0x600 && cp0 <= 0x6FF;
  std::string ascii_form = Transliterator::Get().ToAscii(word);
  size_t pos = 0;
  while (pos < ascii_form.size()) {
    size_t end = ascii_form.find(' ', pos);
    if (end == std::string::npos) end = ascii_form.size();
    if (end > pos) {
      AddAsciiWord(std::string_view(ascii_form).substr(pos, end - pos), first, arabic, out);
      first = false;
    }
    pos = end + 1;
  }
}

std::string LooseKey(std::string_view name) {
  std::string out;
  bool ascii = true;
  for (char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string form = ascii ? std::string(name) : Transliterator::Get().ToAscii(name);
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

std::string JoinKey(const std::vector<FoldedToken>& tokens) {
  std::string key;
  for (const FoldedToken& t : tokens) {
    if (!t.article) key += t.text;
  }
  if (key.empty()) {
    for (const FoldedToken& t : tokens) key += t.text;
  }
  return key;
}

uint64_t KeyHash(std::string_view key) { return Hash64(key, 0x6765); }

bool IsNameChar(char32_t cp) { return IsWordChar(cp); }
bool IsNameApostrophe(char32_t cp) { return IsApostrophe(cp); }

std::vector<std::string> SplitWords(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i < name.size();) {
    char32_t cp;
    size_t n = DecodeUtf8(name, i, &cp);
    if (IsWordChar(cp)) {
      cur.append(name.substr(i, n));
    } else if (!IsApostrophe(cp) || cur.empty()) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    }
    i += n;
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::string FoldName(std::string_view name) {
  std::vector<FoldedToken> tokens;
  bool first = true;
  for (const std::string& w : SplitWords(name)) {
    FoldWord(w, first, &tokens);
    first = false;
  }
  return JoinKey(tokens);
}

}  // namespace sitrep::geo
