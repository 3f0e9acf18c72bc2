// The invented world of the synthetic corpus: places of an invented region
// (names built from syllables, with the spelling variants outlets use),
// provinces, armed actors with their aliases, outlets and claimants.
// Test-only; built once per seed; immutable afterwards, so thread-safe.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace sitrep::testing {

struct WorldPlace {
  std::string name;                   // canonical spelling
  std::vector<std::string> variants;  // other spellings outlets use
  std::string hard_variant;           // a spelling name keys cannot match (k for q, ...)
  double latitude = 0, longitude = 0;
  int64_t geonameid = 0;
  int province = 0;
};

struct WorldProvince {
  std::string name;
  double latitude = 0, longitude = 0;
  int64_t geonameid = 0;
};

struct WorldActor {
  std::string name;                   // canonical, ACLED style
  std::vector<std::string> aliases;   // forms a merger can relate to the name
  std::string hard_alias;             // a form it cannot ("the regime", an acronym)
  bool state = false;
};

struct World {
  std::vector<WorldPlace> places;
  std::vector<WorldProvince> provinces;
  std::vector<WorldActor> actors;     // 0 state forces, 1-2 armed groups, 3 foreign air force, 4 civilians
  std::vector<std::string> outlets;
  std::vector<std::string> monitors;  // non-party claimants
};

// The invented world: `places` invented places in five provinces, invented
// actors and outlets.
World BuildWorld(std::mt19937_64* rng, int places);

// The world with real places (`given`, e.g. GeoNames rows of one country;
// their variants are derived here) and real ACLED actor names with the
// aliases news uses, for running the text pipeline on the corpus. No
// provinces: reports are placed at places only.
World BuildRealWorld(std::mt19937_64* rng, std::vector<WorldPlace> given);

// Great-circle km (a copy of the merge stage's, so the generator does not
// depend on the code it tests).
double WorldDistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::testing
