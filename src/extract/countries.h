// Countries as news text names them: ISO2 code, the ACLED form of the name
// ("the United States") and the words that point at the country
// ("American", "US", "U.S.", "Russia", "Russian"). Used for generic actors
// ("Russian warplanes" -> Military Forces of Russia, "the Iranian Foreign
// Ministry" -> Government of Iran). A static table; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

struct Country {
  std::string iso2;
  std::string name;  // "Syria", "the United States"
  std::vector<std::string> words;  // lower case: names and demonyms
};

// The country a lower-case word names ("russian", "russia", "u.s."), or null.
const Country* CountryByWord(std::string_view lower);
// True when a two-word country word starts with `lower` ("united", "south").
bool CountryWordStartsPair(std::string_view lower);
// The country whose capital a lower-case word names ("moscow", "kyiv"), for
// the capital standing for its state ("Moscow's Defence Ministry"), or null.
const Country* CountryByCapital(std::string_view lower);
// By ISO2 code ("SY") or by name ("Syria", "United States"); null if unknown.
const Country* CountryByCode(std::string_view code_or_name);
// ACLED's name of a generic party in a country: "Civilians", "Protesters",
// "Rioters" and "Unidentified Armed Group" in Sudan (SD) are "Civilians
// (Sudan)" and so on; any other name, or an unknown country, is returned
// unchanged.
std::string WithCountrySuffix(const std::string& name, std::string_view iso2);

}  // namespace sitrep::extract
