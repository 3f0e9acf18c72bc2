// The compiled gazetteer index: the on-disk layout shared by the build-time
// compiler (src/geo/compiler/) and the run-time reader (gazetteer.cc).
//
// One file, memory-mapped read-only at run time, little-endian, every section
// 8-byte aligned:
//
//   IndexHeader
//   PlaceRecord[num_places]        cities500 rows, then first-level divisions, then countries
//   KeySlot[num_slots]             open-addressing hash table, num_slots a power of two;
//                                  key = KeyHash(FoldName(name)), 0 = empty slot
//   uint32_t postings[num_postings]  place indices per key, best first; the high
//                                  bit marks a match through an alternate name only
//   char strings[strings_size]     NUL-terminated UTF-8 strings, addressed by offset
//
// Plain data; no behaviour beyond the prior score both sides rank by.
#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

namespace sitrep::geo {

inline constexpr char kIndexMagic[8] = {'S', 'R', 'G', 'A', 'Z', '0', '1', '\0'};
inline constexpr uint32_t kIndexVersion = 1;
inline constexpr uint32_t kAlternateBit = 0x80000000u;

enum class PlaceKind : uint8_t { kPopulated = 0, kAdmin1 = 1, kCountry = 2, kOther = 3 };

struct IndexHeader {
  char magic[8];
  uint32_t version;
  uint32_t max_words;      // most words in any indexed name
  uint32_t num_places;
  uint32_t num_slots;
  uint32_t num_postings;
  uint32_t reserved;
  uint64_t places_offset;
  uint64_t slots_offset;
  uint64_t postings_offset;
  uint64_t strings_offset;
  uint64_t strings_size;
};

struct PlaceRecord {
  int64_t geonameid;       // 0 for divisions and countries without an id
  int64_t population;      // divisions and countries: sum over their cities
  float latitude;
  float longitude;         // NaN when unknown
  uint32_t name;           // string offsets
  uint32_t admin1_name;
  uint32_t country_name;
  char feature[8];         // GeoNames feature code, NUL-padded
  char country_code[2];
  char admin1_code[10];    // GeoNames admin1 code, NUL-padded
  PlaceKind kind;
  uint8_t padding[3];
};
static_assert(sizeof(PlaceRecord) == 64, "PlaceRecord layout");

struct KeySlot {
  uint64_t hash;
  uint32_t first;          // index into postings
  uint32_t count;
};
static_assert(sizeof(KeySlot) == 16, "KeySlot layout");

// Rank of a place before any context: bigger and more important first.
inline double PriorScore(PlaceKind kind, std::string_view feature, int64_t population) {
  // cities500 holds places of 500+ people and seats; 0 means "not known".
  if (population <= 0 && kind == PlaceKind::kPopulated) population = 2000;
  double s = std::log10(static_cast<double>(population) + 10.0);
  if (kind == PlaceKind::kCountry) s += 2.5;
  if (kind == PlaceKind::kAdmin1) s += 0.5;
  if (feature == "PPLC") s += 1.5;
  else if (feature == "PPLA") s += 1.0;
  else if (feature == "PPLA2") s += 0.4;
  else if (feature == "PPLX" || feature == "PPLH" || feature == "PPLQ") s -= 1.0;
  return s;
}

}  // namespace sitrep::geo
