// Merging event reports across pages into one record per real-world event.
//
// Each page yields its own Event records; several outlets (and one outlet on
// several days) report the same event. MergeEvents clusters reports that share
// an event type, have compatible actors, name the same place (same geonameid,
// same transliteration key, coordinates within 5 km, or 10 km when one says
// "near", or a province holding the other's place) and dates that overlap
// within their time precision. A merged
// event keeps every report, takes the most precise date and place among them,
// keeps the range of fatality figures, rates its confidence from who says it,
// and lists where its reports disagree. Pure function over values; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sitrep/event.h"

namespace sitrep::merge {

// Two reports (or claims) that disagree on one field.
struct Contradiction {
  std::string field;     // "fatalities", "modality" (accusation vs denial), "date", "km", "stance", ...
  std::string a, b;      // the two values
  std::string source_a;  // who says a: claimant, else outlet, else file
  std::string source_b;
  std::string evidence_a;  // the evidence sentences, verbatim
  std::string evidence_b;
  std::string id_a, id_b;  // report (event or claim) ids
};

struct MergedEvent {
  // The merged record: the date of the report with the finest time precision,
  // the place of the report with the finest geo precision (resolved places
  // first), fatalities the lowest figure reported. Its id is the id of the
  // earliest published report (ties: smallest id), so it survives new reports
  // arriving later.
  Event event;
  std::vector<Event> reports;  // every report, earliest published first
  std::optional<int> fatalities_min, fatalities_max;
  // "single claim": every report is one party's claim (or the denial of it);
  // "reported": one outlet states it; "corroborated": two or more independent
  // voices (outlets reporting it, or claims by different parties).
  std::string confidence;
  std::vector<Contradiction> contradictions;
  std::vector<std::string> outlets;  // distinct outlets of the reports
};

// The "who says it" of a report: its claimant, else its outlet, else its file.
std::string Voice(const Event& report);

// True when two reports may describe the same event (the pairwise rule the
// clustering applies; exposed for tests and explanations).
bool SameEvent(const Event& a, const Event& b);

// Clusters `events` (any order). Reports exact to the day are clustered
// first, in date order, each meeting only the open clusters of its type in
// its place buckets; reports dated to a week or month, or placed only in a
// province, then join a single matching cluster (ambiguity leaves them on
// their own). O(n log n) for the sort; the rest is linear in n times the
// (small) number of candidate clusters. Output sorted by date, then id.
std::vector<MergedEvent> MergeEvents(std::vector<Event> events);

}  // namespace sitrep::merge
