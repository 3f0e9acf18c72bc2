// Word lists for the recognizer. Sorted arrays, binary search.
#include "geo/words.h"

#include <algorithm>
#include <string_view>

namespace sitrep::geo {
namespace {

template <size_t N>
bool In(const std::string_view (&sorted)[N], std::string_view w) {
  return std::binary_search(sorted, sorted + N, w);
}

template <size_t N>
constexpr bool IsSorted(const std::string_view (&a)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(a[i - 1] < a[i])) return false;
  }
  return true;
}

constexpr std::string_view kCommon[] = {
    "a", "about", "above", "according", "across", "after", "afternoon", "again", "against",
    "ago", "agreement", "air", "al", "all", "alliance", "also", "although", "always", "am",
    "among", "an", "analyst", "and", "another", "any", "april", "are", "area", "army", "around",
    "as", "at", "attack", "august", "authorities", "back", "base", "battle", "be", "because",
    "been", "before", "being", "best", "between", "big", "both", "bridge", "brigade", "but",
    "by", "camp", "can", "capital", "captain", "center", "central", "centre", "chief", "city",
    "civil", "coalition", "colonel", "command", "commander", "committee", "could", "council",
    "country", "court", "day", "deal", "december", "defence", "defense", "democratic", "did",
    "division", "do", "does", "down", "during", "each", "early", "east", "eastern", "eight",
    "either", "election", "elsewhere", "even", "evening", "ever", "every", "february",
    "federal", "few", "field", "fifth", "first", "five", "for", "force", "forces", "foreign",
    "four", "free", "friday", "from", "front", "further", "general", "god", "good",
    "government", "governor", "great", "group", "had", "has", "have", "he", "her", "here",
    "high", "highway", "him", "his", "home", "hospital", "how", "however", "human", "i", "if",
    "in", "including", "independent", "inside", "interior", "international", "into", "is",
    "islamic", "it", "its", "january", "july", "june", "just", "justice", "king", "last",
    "late", "later", "law", "leader", "liberty", "lieutenant", "like", "live", "local", "long",
    "lord", "made", "main", "major", "many", "march", "market", "may", "mayor", "me",
    "meanwhile", "media", "military", "minister", "ministry", "mission", "monday", "more",
    "morning", "most", "mount", "mr", "mrs", "ms", "much", "must", "my", "national", "navy",
    "near", "never", "new", "news", "next", "night", "nine", "no", "none", "nor", "north",
    "northern", "not", "november", "now", "october", "of", "office", "official", "oil", "old",
    "on", "once", "one", "only", "or", "order", "other", "our", "out", "over", "own", "page",
    "palace", "park", "part", "party", "peace", "people", "police", "post", "power",
    "president", "press", "prime", "prince", "province", "public", "queen", "rebel", "red",
    "regime", "region", "report", "republic", "republican", "road", "royal", "said", "saint",
    "saturday", "second", "security", "senate", "september", "seven", "she", "should", "since",
    "six", "so", "some", "south", "southern", "special", "spring", "st", "state", "station",
    "still", "street", "such", "summer", "sunday", "support", "supreme", "switch", "take",
    "ten", "than", "that", "the", "their", "them", "then", "there", "these", "they", "third",
    "this", "those", "three", "through", "thursday", "time", "to", "today", "tomorrow", "top",
    "town", "trade", "tuesday", "two", "under", "union", "united", "university", "until", "up",
    "update", "us", "valley", "very", "victory", "village", "wall", "war", "was", "water", "we",
    "wednesday", "week", "were", "west", "western", "what", "when", "where", "which", "while",
    "white", "who", "whose", "why", "will", "winter", "with", "within", "without", "world",
    "would", "year", "yesterday", "yet", "you", "young", "your", "zone"};
static_assert(IsSorted(kCommon), "kCommon must be sorted");

constexpr std::string_view kNamePrefixes[] = {
    "ain", "ayn", "bayt", "beit", "bir", "dayr", "deir", "hayy", "jabal", "jebel", "jisr",
    "kafr", "khan", "qasr", "ras", "shaykh", "sheikh", "tal", "tall", "tell", "umm", "wadi"};
static_assert(IsSorted(kNamePrefixes), "kNamePrefixes must be sorted");

constexpr std::string_view kConnectors[] = {
    "abu", "ad", "adh", "ag", "al", "an", "ar", "as", "ash", "at", "ath", "az", "bin", "bint",
    "da", "de", "del", "der", "des", "di", "do", "dos", "du", "ed", "el", "en", "er", "es",
    "et", "ez", "ibn", "il", "la", "le", "of", "ul"};
static_assert(IsSorted(kConnectors), "kConnectors must be sorted");

constexpr std::string_view kProvince[] = {
    "district", "emirate", "governate", "governorate", "muhafazah", "oblast", "prefecture",
    "province", "state", "wilayat"};
static_assert(IsSorted(kProvince), "kProvince must be sorted");

constexpr std::string_view kDirections[] = {
    "east", "north", "northeast", "northwest", "south", "southeast", "southwest", "west"};
static_assert(IsSorted(kDirections), "kDirections must be sorted");

constexpr std::string_view kDirectionAdjectives[] = {
    "central", "eastern", "north", "northeastern", "northern", "northwestern", "southeastern",
    "southern", "southwestern", "western"};
static_assert(IsSorted(kDirectionAdjectives), "kDirectionAdjectives must be sorted");

constexpr std::string_view kSpeech[] = {
    "added", "announced", "claimed", "denied", "explained", "noted", "reported", "said", "says",
    "stated", "tells", "told", "tweeted", "wrote"};
static_assert(IsSorted(kSpeech), "kSpeech must be sorted");

constexpr std::string_view kAffiliation[] = {
    "affiliated", "aligned", "allied", "backed", "based", "controlled", "funded", "held", "led",
    "linked", "sponsored", "supported"};
static_assert(IsSorted(kAffiliation), "kAffiliation must be sorted");

}  // namespace

bool IsCommonWord(std::string_view w) { return In(kCommon, w); }
bool IsNamePrefix(std::string_view w) { return In(kNamePrefixes, w); }
bool IsConnector(std::string_view w) { return In(kConnectors, w); }
bool IsProvinceWord(std::string_view w) { return In(kProvince, w); }
bool IsDirection(std::string_view w) { return In(kDirections, w); }
bool IsDirectionAdjective(std::string_view w) { return In(kDirectionAdjectives, w); }
bool IsSpeechVerb(std::string_view w) { return In(kSpeech, w); }
bool IsAffiliationWord(std::string_view w) { return In(kAffiliation, w); }

std::optional<double> UnitKm(std::string_view w) {
  if (w == "km" || w == "kms" || w == "kilometers" || w == "kilometres" || w == "kilometer" ||
      w == "kilometre") {
    return 1.0;
  }
  if (w == "miles" || w == "mile" || w == "mi") return 1.609;
  return std::nullopt;
}

}  // namespace sitrep::geo
