// Gazetteer: the place names sitrep can resolve, and their places.
//
// Lifecycle: Open() memory-maps the index the build compiled (cities500,
// countries, first-level divisions; see index_format.h), optionally
// LoadGeoNamesDump() adds a full GeoNames dump on top (an in-memory overlay,
// loaded before any reader starts), then the object is read-only. Every
// const method is thread-safe. Lookups go by folded key (fold.h), so the
// cost does not depend on the name's length or the number of names.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/index_format.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep::geo {

// One candidate place for a key: its id in this gazetteer and whether it
// matched only through an alternate name.
struct Candidate {
  uint32_t id = 0;
  bool alternate = false;
};

// A place as the resolver sees it. Views point into the gazetteer and live
// as long as it does.
struct PlaceView {
  int64_t geonameid = 0;
  int64_t population = 0;
  double latitude = 0;
  double longitude = 0;
  std::string_view name;
  std::string_view admin1;       // division name ("Deir ez-Zor"), may be empty
  std::string_view country;      // country name, may be empty
  std::string_view feature;      // PPL, PPLA, ADM1, PCLI, ...
  std::string_view country_code;
  std::string_view admin1_code;
  PlaceKind kind = PlaceKind::kPopulated;
};

class Gazetteer {
 public:
  // Maps the index at `index_path`. NotFound when it is missing, DataLoss
  // when it is not a sitrep index of this version or is truncated.
  static Result<std::unique_ptr<Gazetteer>> Open(const std::string& index_path);
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Adds the rows of a GeoNames dump (allCountries.txt, SY.txt: TSV with the
  // standard 19 columns), all feature classes. Rows already in the index are
  // skipped. Not thread-safe: call before the gazetteer is shared.
  Status LoadGeoNamesDump(const std::string& tsv_path);

  // Places whose folded name equals the folded `name`, best first
  // (population, feature class).
  std::vector<Place> Lookup(std::string_view name, size_t limit = 10) const;

  // Country name for an ISO2 code ("SY" -> "Syria"), empty when unknown.
  std::string_view CountryName(std::string_view country_code) const;
  // First-level division name ("SY", "07" -> "Deir ez-Zor"), empty when unknown.
  std::string_view Admin1Name(std::string_view country_code, std::string_view admin1_code) const;
  // The division record of a place's country and admin1 code, or -1.
  int64_t Admin1Id(std::string_view country_code, std::string_view admin1_code) const;

  // Candidates for a key hash, best first. Returns false when the key is not
  // indexed; `*blocked` is set when the key is a known non-place word
  // (demonym, organisation), and then *out holds the country a demonym
  // points at ("Syrian": Syria), if any.
  bool Candidates(uint64_t key_hash, std::vector<Candidate>* out, bool* blocked) const;
  PlaceView View(uint32_t id) const;
  Place ToPlace(uint32_t id) const;
  // Most words in any indexed name.
  int max_words() const { return max_words_; }
  size_t size() const { return num_places_ + overlay_.size(); }

 private:
  struct OverlayPlace {
    PlaceRecord record;
    std::string name, feature;
  };
  Gazetteer() = default;
  Status Map(const std::string& path);
  const PlaceRecord& Record(uint32_t id) const { return places_[id]; }
  std::string_view Str(uint32_t offset) const;

  void* map_ = nullptr;      // the index, inside reserve_
  size_t map_size_ = 0;
  void* reserve_ = nullptr;  // the address range reserved for the mapping
  size_t reserve_size_ = 0;
  const IndexHeader* header_ = nullptr;
  const PlaceRecord* places_ = nullptr;
  const KeySlot* slots_ = nullptr;
  const uint32_t* postings_ = nullptr;
  const char* strings_ = nullptr;
  uint32_t num_places_ = 0;
  int max_words_ = 1;
  std::unordered_map<std::string, uint32_t> admin1_ids_;   // "SY.07" -> id
  std::unordered_map<std::string, uint32_t> country_ids_;  // "SY" -> id
  std::vector<OverlayPlace> overlay_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> overlay_keys_;
};

}  // namespace sitrep::geo
