// The output records: place mentions, events and claims.
//
// Every record carries the span of its evidence in the page content, the
// verbatim evidence sentence and the rule that produced it, so an analyst can
// check it. Field names follow ACLED where ACLED has the field. Plain value
// types; not synchronized.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// A place as resolved against the gazetteer. An unresolved place keeps its
// name and whatever context gave (admin1, country), with resolved = false.
struct Place {
  std::string name;            // gazetteer name, or the mention when unresolved
  int64_t geonameid = 0;       // 0: none (unresolved, or an area without an id)
  double latitude = NAN;
  double longitude = NAN;
  std::string admin1;          // first-level division, e.g. "Deir ez-Zor"
  std::string country;         // e.g. "Syria"
  std::string country_code;    // ISO 3166 alpha-2, e.g. "SY"
  std::string feature;         // GeoNames feature code: PPL, PPLA, ADM1, PCLI, OILF, MT, ...
  int64_t population = 0;
  bool resolved = false;

  bool has_coordinates() const { return !std::isnan(latitude) && !std::isnan(longitude); }
};

struct PlaceMention {
  std::string mention;         // as written in the page
  size_t start = 0;            // byte offsets in the page content
  size_t end = 0;
  Place place;
  int geo_precision = 1;       // ACLED: 1 the place, 2 near it / part of region, 3 a larger region
  // A relative location ("12 km southwest of X"): the anchor is `place`.
  std::string direction;       // "southwest", or empty
  std::optional<double> km_min;
  std::optional<double> km_max;
  std::string explanation;     // candidates and why the winner won (geo --explain)
};

enum class Modality { kReported, kClaimed, kForecast, kHypothetical, kDenied };
std::string_view ModalityName(Modality modality);
bool ParseModality(std::string_view name, Modality* modality);

// Provenance shared by events and claims.
struct Provenance {
  std::string document_id;
  std::string file;            // page file name (no folders)
  std::string source_id;       // page id, or the --plain JSONL line's id
  std::string outlet;
  std::string published;       // publication date of the page
  std::string url;
};

struct Event {
  std::string id;              // stable: hash of document id, evidence span and sub-event type
  Provenance source;
  std::string event_type;      // ACLED event type, e.g. "Battles"
  std::string sub_event_type;  // e.g. "Government regains territory"
  std::string actor1;          // canonical ACLED-style actor names
  std::string assoc_actor1;
  std::string actor2;
  std::string assoc_actor2;
  Place place;
  std::string location;        // place name as ACLED writes it
  int geo_precision = 1;
  std::string date;            // YYYY-MM-DD
  int time_precision = 1;      // 1 day, 2 week, 3 month
  std::optional<int> fatalities;
  std::string fatalities_qualifier;  // "more than", "at least", "about", "dozens", ...
  bool fatalities_claimed = false;
  std::string claimed_by;      // who says it, canonical; empty when the outlet reports it
  Modality modality = Modality::kReported;
  std::string evidence;        // the evidence sentence, verbatim
  size_t evidence_start = 0;   // byte offsets of the evidence in the page content
  size_t evidence_end = 0;
  std::string rule;            // the rule or pattern that fired
  std::vector<std::string> tags;  // e.g. "siege broken"
  std::string notes;
};

struct Claim {
  std::string id;
  Provenance source;
  std::string kind;            // "distance", "forecast" or "statement"
  std::string subject;         // who/what is at a distance or forecast to act
  std::string reference;       // the place measured from
  Place reference_place;
  std::optional<double> km_min;  // distance claims: a single figure sets both
  std::optional<double> km_max;
  std::optional<double> hours_min;  // forecasts with a horizon
  std::optional<double> hours_max;
  std::string speaker;         // statements: the person speaking
  std::string speaker_org;
  std::string target;
  std::string stance;          // criticize, deny, threaten, praise, support, ...
  std::string quote;
  std::string date;
  int time_precision = 1;
  std::string claimed_by;
  Modality modality = Modality::kClaimed;
  std::string evidence;
  size_t evidence_start = 0;
  size_t evidence_end = 0;
  std::string rule;
};

}  // namespace sitrep
