// Name folding. Non-ASCII text goes through ICU's "Any-Latin; Latin-ASCII"
// transliterator (Arabic script to Latin, then diacritics off); ASCII text
// skips ICU. Words are then split on anything that is not a letter or digit,
// Arabic articles and generic place words dropped, and the skeleton keeps
// consonants only, so "Qaryatayn" and "al-Qaryatain" both give "qrtn".
#include "merge/names.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace sitrep::merge {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string ToAscii(std::string_view s) {
  if (IsAscii(s)) return std::string(s);
  thread_local std::unique_ptr<icu::Transliterator> translit = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (translit) translit->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::vector<std::string> FoldedWords(std::string_view name) {
  std::string ascii = ToAscii(name);
  std::vector<std::string> words;
  std::string word;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (IsAlnum(c)) {
      word += c;
    } else if (c == '\'' || c == '`') {
      continue;  // "Ma'arrat" -> "maarrat"
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool IsArticle(const std::string& w) {
  static const std::array<const char*, 16> kArticles = {
      "al", "el", "ad", "adh", "ar", "as", "ash", "at", "az", "ez", "an", "ed", "es", "er", "et", "en"};
  for (const char* a : kArticles) {
    if (w == a) return true;
  }
  return false;
}

bool IsGenericPlaceWord(const std::string& w) {
  return w == "city" || w == "town" || w == "village" || w == "the";
}

bool IsGenericActorWord(const std::string& w) {
  static const std::array<const char*, 14> kGeneric = {
      "forces", "force", "army", "of", "the", "troops", "military", "air", "jets",
      "warplanes", "aircraft", "units", "soldiers", "fighters"};
  for (const char* g : kGeneric) {
    if (w == g) return true;
  }
  return false;
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::vector<std::string> words = FoldedWords(name);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    // An article only before another word: "al" alone stays.
    if (words.size() > 1 && i + 1 < words.size() && IsArticle(words[i])) continue;
    if (words.size() > 1 && IsGenericPlaceWord(words[i])) continue;
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string PlaceKey(std::string_view name) {
  std::string folded = FoldName(name);
  std::string key;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    bool word_end = i + 1 == folded.size() || folded[i + 1] == ' ';
    if (c == ' ' || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
        c == 'w') {
      continue;
    }
    if (c == 'h' && word_end && i > 0 && folded[i - 1] != 'k' && folded[i - 1] != 's' &&
        folded[i - 1] != 'c') {
      continue;  // "Sukhnah" -> "Sukhna"; keep "kh", "sh", "ch"
    }
    if (!key.empty() && key.back() == c) continue;
    key += c;
  }
  // A name of vowels only keeps its folded form rather than an empty key.
  return key.empty() ? folded : key;
}

std::string PlaceIdKey(const Place& place, std::string_view location) {
  if (place.geonameid != 0) return "g:" + std::to_string(place.geonameid);
  std::string key = PlaceKey(place.name.empty() ? location : place.name);
  return key.empty() ? "" : "n:" + key;
}

bool SamePlace(const Place& a, std::string_view location_a, const Place& b,
               std::string_view location_b) {
  if (a.geonameid != 0 && a.geonameid == b.geonameid) return true;
  std::array<std::string, 2> ka = {PlaceKey(a.name), PlaceKey(location_a)};
  std::array<std::string, 2> kb = {PlaceKey(b.name), PlaceKey(location_b)};
  for (const auto& x : ka) {
    for (const auto& y : kb) {
      if (!x.empty() && x == y) return true;
    }
  }
  return false;
}

std::string ActorKey(std::string_view actor) {
  std::string_view a = actor;
  size_t paren = a.find('(');
  if (paren != std::string_view::npos) a = a.substr(0, paren);
  std::vector<std::string> words = FoldedWords(a);
  std::string out;
  for (const auto& w : words) {
    if (words.size() > 1 && IsGenericActorWord(w)) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthKm = 6371.0;
  constexpr double kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad;
  double dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace sitrep::merge
