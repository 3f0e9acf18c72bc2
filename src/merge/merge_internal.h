// Internal to src/merge: building one merged record from a cluster of
// reports, and the compatibility tests behind SameEvent. Pure; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "merge/merge.h"

namespace sitrep::merge {

// The merged record of reports already known to describe one event.
// `reports` must not be empty.
MergedEvent BuildMerged(std::vector<Event> reports);

// True when actor names are compatible: either side unnamed, or the words of
// one key are all words of the other ("Military Forces of Syria (2000-)" and
// "Syrian army" both give "syria"; "Syrian Democratic Forces" does not).
bool ActorsCompatible(std::string_view a, std::string_view b);

// Distance (km) within which two placed reports can be one event, given
// the coarser of their ACLED geo precisions (1 or 2; province-level reports
// match by province instead).
double PlaceToleranceKm(int geo_precision);

}  // namespace sitrep::merge
