// Word lists the recognizer consults: common English words that are also
// place names somewhere ("Of", "Will", "Mayor"), qualifiers, directions and
// distance units. Lower-case ASCII lookups; pure and thread-safe.
#pragma once

#include <optional>
#include <string_view>

namespace sitrep::geo {

// A common English word (or title, month, weekday) that alone is not a place.
bool IsCommonWord(std::string_view lower);
// Articles, pronouns, prepositions: never the first word of a name.
bool IsFunctionWord(std::string_view lower);
// Titles before a person's name: "Mr", "Sen", "President", "Sheriff".
bool IsTitle(std::string_view lower);
// Generic first words of Arabic place names ("Deir", "Tal", "Ras", "Kafr"):
// alone they are not a place.
bool IsNamePrefix(std::string_view lower);
// Lower-case connectors allowed inside a name: "al", "ez", "de", "of", "bin".
bool IsConnector(std::string_view lower);
// "province", "governorate", "oblast", "state" (as in "Borno State").
bool IsProvinceWord(std::string_view lower);
// Compass direction: "north", "southwest", ...; adjective forms "eastern" when `adjective`.
bool IsDirection(std::string_view lower);
bool IsDirectionAdjective(std::string_view lower);
// Distance unit in km per unit ("km" -> 1, "miles" -> 1.609), or nullopt.
std::optional<double> UnitKm(std::string_view lower);
// Generic geographic nouns ("river", "valley", "heights"): a name that opens
// with one right after a capitalized word belongs to a longer name.
bool IsFeatureNoun(std::string_view lower);
// Institutions a place runs ("police", "council", "mayor", "school"): a name
// before one is still the place ("Athens Police Department").
bool IsInstitutionWord(std::string_view lower);
// Sites named after a place rather than in it, after "the X": "roundabout",
// "square", "hotel" ("the Panorama roundabout" is no Greek town).
bool IsSiteNoun(std::string_view lower);
// Verbs of speech after a person's name ("said", "told").
bool IsSpeechVerb(std::string_view lower);
// "backed", "led", "allied": after "X-" they make X an actor, not a place.
bool IsAffiliationWord(std::string_view lower);

}  // namespace sitrep::geo
