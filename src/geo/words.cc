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
    "a", "about", "above", "according", "across", "actually", "after", "afternoon", "again",
    "against", "agent", "ago", "agreement", "air", "airport", "al", "all", "alliance", "also",
    "although", "always", "am", "american", "among", "an", "analyst", "and", "another", "any",
    "anyone", "anything", "apr", "april", "are", "area", "army", "around", "as", "at", "attack",
    "attorney", "aug", "august", "authorities", "avenue", "baby", "back", "bank", "base",
    "battle", "be", "beach", "because", "been", "before", "being", "best", "between", "big",
    "birth", "bishop", "black", "blue", "board", "both", "boulevard", "bridge", "brigade",
    "brown", "business", "but", "by", "camp", "can", "capital", "capt", "captain", "care",
    "center", "central", "centre", "certainly", "chairman", "chief", "children", "christmas",
    "church", "city", "civil", "club", "co", "coach", "coalition", "col", "college", "colonel",
    "command", "commander", "committee", "community", "company", "corp", "could", "council",
    "country", "county", "court", "creek", "cross", "dad", "daily", "daughter", "day", "deal",
    "death", "dec", "december", "defence", "defense", "democratic", "department", "deputy",
    "detective", "did", "director", "district", "division", "do", "doctor", "does", "down",
    "dr", "drive", "during", "each", "early", "east", "easter", "eastern", "eight", "either",
    "election", "elsewhere", "emergency", "even", "evening", "ever", "every", "everyone",
    "everything", "faith", "family", "father", "feb", "february", "federal", "few", "field",
    "fifth", "final", "finals", "fire", "first", "five", "for", "force", "forces", "foreign",
    "four", "free", "friday", "friend", "friends", "from", "front", "further", "game", "games",
    "gazette", "gen", "general", "god", "gold", "good", "gov", "government", "governor",
    "grace", "gray", "great", "green", "grey", "group", "had", "hall", "halloween", "has",
    "have", "he", "health", "her", "herald", "here", "hey", "high", "highway", "hill", "hills",
    "him", "his", "holiday", "home", "hope", "hospital", "hotel", "house", "how", "however",
    "human", "i", "if", "in", "inc", "including", "independence", "independent", "inside",
    "interior", "international", "into", "is", "islamic", "island", "it", "its", "jan",
    "january", "journal", "jr", "judge", "jul", "july", "jun", "june", "just", "justice",
    "kids", "king", "labor", "lake", "lane", "last", "late", "later", "law", "lawyer", "leader",
    "liberty", "library", "lieutenant", "life", "like", "live", "local", "long", "lord", "loss",
    "love", "lt", "ltd", "made", "main", "maj", "major", "mall", "man", "manager", "many",
    "mar", "march", "market", "may", "maybe", "mayor", "me", "meanwhile", "media", "medical",
    "memorial", "military", "minister", "ministry", "mission", "mom", "monday", "money", "more",
    "morning", "most", "mother", "mount", "mountain", "mr", "mrs", "ms", "much", "museum",
    "must", "my", "nation", "national", "navy", "near", "never", "new", "news", "next", "night",
    "nine", "no", "none", "nor", "north", "northern", "not", "nothing", "nov", "november",
    "now", "oct", "october", "of", "office", "officer", "officers", "official", "oh", "oil",
    "ok", "okay", "old", "on", "once", "one", "only", "or", "orange", "order", "other",
    "others", "our", "out", "over", "own", "pack", "page", "palace", "park", "part", "party",
    "passover", "pastor", "peace", "people", "perhaps", "pink", "play", "player", "players",
    "plaza", "please", "police", "post", "power", "president", "press", "prime", "prince",
    "prof", "professor", "province", "public", "purple", "queen", "really", "rebel", "red",
    "regime", "region", "rep", "report", "representative", "republic", "republican", "rescue",
    "rev", "reverend", "river", "road", "royal", "said", "saint", "saturday", "school",
    "season", "second", "secretary", "section", "security", "sen", "senate", "senator", "sep",
    "sept", "september", "service", "services", "seven", "several", "sgt", "she", "sheriff",
    "should", "silver", "since", "six", "so", "some", "someone", "something", "son", "south",
    "southern", "special", "spokesman", "spokeswoman", "sport", "sports", "spring", "square",
    "sr", "st", "state", "station", "still", "story", "street", "student", "students", "such",
    "summer", "sunday", "support", "supreme", "switch", "take", "teacher", "teachers", "team",
    "ten", "than", "thank", "thanks", "thanksgiving", "that", "the", "their", "them", "then",
    "there", "these", "they", "third", "this", "those", "three", "through", "thursday", "time",
    "times", "to", "today", "tomorrow", "top", "town", "trade", "tribune", "trooper", "tuesday",
    "two", "under", "union", "united", "university", "until", "up", "update", "us", "valley",
    "very", "victory", "village", "wall", "war", "was", "water", "way", "we", "web",
    "wednesday", "week", "weekend", "weekly", "well", "were", "west", "western", "what", "when",
    "where", "which", "while", "white", "who", "whose", "why", "will", "win", "winter", "with",
    "within", "without", "world", "would", "year", "yes", "yesterday", "yet", "you", "young",
    "your", "zone"};
static_assert(IsSorted(kCommon), "kCommon must be sorted");

constexpr std::string_view kNamePrefixes[] = {
    "ain", "ayn", "bayt", "beit", "bir", "dayr", "deir", "hayy", "jabal", "jebel", "jisr",
    "kafr", "khan", "qasr", "ras", "shaykh", "sheikh", "tal", "tall", "tell", "umm", "wadi"};
static_assert(IsSorted(kNamePrefixes), "kNamePrefixes must be sorted");

constexpr std::string_view kTitles[] = {
    "agent", "attorney", "bishop", "brother", "capt", "captain", "chairman", "coach", "col",
    "colonel", "commissioner", "councilman", "councilwoman", "del", "deputy", "det", "detective",
    "director", "dr", "father", "gen", "general", "gov", "governor", "judge", "justice", "lt",
    "maj", "major", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "pastor",
    "president", "prof", "professor", "rabbi", "rep", "rev", "reverend", "sen", "senator",
    "sergeant", "sgt", "sheriff", "sister", "spokesman", "spokeswoman", "superintendent",
    "trooper"};
static_assert(IsSorted(kTitles), "kTitles must be sorted");

constexpr std::string_view kFunction[] = {
    "a", "after", "an", "and", "as", "at", "before", "but", "by", "for", "from", "he", "her",
    "his", "i", "if", "in", "is", "it", "its", "my", "of", "on", "or", "our", "she", "so",
    "that", "the", "their", "these", "they", "this", "those", "to", "was", "we", "when",
    "while", "with", "you", "your"};
static_assert(IsSorted(kFunction), "kFunction must be sorted");

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

constexpr std::string_view kFeatureNouns[] = {
    "basin", "bay", "beach", "canyon", "creek", "delta", "desert", "falls", "forest", "gulf",
    "harbor", "heights", "hill", "hills", "island", "islands", "lake", "mountain", "mountains",
    "park", "plain", "plains", "river", "springs", "valley"};
static_assert(IsSorted(kFeatureNouns), "kFeatureNouns must be sorted");

constexpr std::string_view kInstitutions[] = {
    "airport", "board", "chamber", "college", "council", "county", "courthouse", "department",
    "fire", "high", "hospital", "mayor", "municipal", "police", "public", "school", "schools",
    "sheriff", "township", "university"};
static_assert(IsSorted(kInstitutions), "kInstitutions must be sorted");

constexpr std::string_view kSites[] = {
    "cafe", "circle", "hotel", "junction", "mall", "restaurant", "roundabout", "square", "stadium"};
static_assert(IsSorted(kSites), "kSites must be sorted");

}  // namespace

bool IsSiteNoun(std::string_view w) { return In(kSites, w); }
bool IsInstitutionWord(std::string_view w) { return In(kInstitutions, w); }
bool IsFeatureNoun(std::string_view w) { return In(kFeatureNouns, w); }
bool IsCommonWord(std::string_view w) { return In(kCommon, w); }
bool IsFunctionWord(std::string_view w) { return In(kFunction, w); }
bool IsTitle(std::string_view w) { return In(kTitles, w); }
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
