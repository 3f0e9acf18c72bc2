// A synthetic corpus for testing the merge stage at scale: invented events in
// an invented region, each restated by several invented outlets on different
// days in varied wording, with the variation real reporting has (dates off by
// a day or given only to the week or month, place names in other
// transliterations or only as "near" a place or as the province, actor
// aliases, claims by either side or a monitor, denials, differing casualty
// figures). Every report carries the id of the true event it restates, so
// merging can be scored; every report also comes as a page of text, so the
// text pipeline can be run on a sample.
//
// Everything here is made up: place names are built from syllables, outlets
// and people do not exist. Deterministic for a seed. Test-only code (the
// testing stage is linked only into tests and benchmarks); thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "testing/synthetic_world.h"

namespace sitrep::testing {

struct SyntheticOptions {
  uint64_t seed = 1;
  int events = 1200;       // distinct true events
  int min_reports = 2;     // reports per event, uniform in [min, max]
  int max_reports = 7;
  int places = 400;        // places in the invented region
  int days = 730;          // the period events fall in, from 2019-01-01
  // Share of events that repeat an earlier event's type, actors and place a
  // few days later, and of events on the same day at a place 15-40 km away:
  // the near misses a merger must keep apart.
  double repeat_share = 0.25;
  double neighbour_share = 0.10;
  bool pages = true;       // also render each report as a page of text
  // Real places to use (see BuildRealWorld): with them the actors are real
  // ACLED names too, and no report is placed only at province level.
  // Default: none, the invented world.
  std::vector<WorldPlace> real_places;
};

struct SyntheticReport {
  Event event;             // the report as extraction would give it
  int truth = 0;           // index of the true event it restates
  RawPage page;            // its page (empty content when options.pages is false)
};

struct SyntheticCorpus {
  std::vector<SyntheticReport> reports;
  int events = 0;          // distinct true events
};

SyntheticCorpus GenerateCorpus(const SyntheticOptions& options);

// Only the Events, for benchmarks: `n` reports (about n / 4.5 true events),
// no pages. Past 100,000 reports the period grows with n (730 days per
// 100,000) so that events per place and day stay constant.
std::vector<Event> GenerateEvents(int64_t n, uint64_t seed);

}  // namespace sitrep::testing
