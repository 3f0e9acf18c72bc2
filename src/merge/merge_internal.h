// Internal to src/merge: building one merged record from a cluster of
// reports, and the compatibility tests behind SameEvent. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "merge/dates.h"
#include "merge/merge.h"

namespace sitrep::merge {

// The merged record of reports already known to describe one event.
// `reports` must not be empty.
MergedEvent BuildMerged(std::vector<Event> reports);

// An actor name prepared for comparison.
struct ActorForm {
  bool empty = true;
  bool loose = false;               // not an ACLED-style proper name ("the regime")
  std::vector<std::string> words;   // ActorKey words, demonym folded, sorted
  std::string acronym;              // the folded name when one short word ("bbf")
  std::string initials;             // initials of the name's words ("bbf")
};
ActorForm MakeActorForm(std::string_view actor);

// What SameEvent compares, computed once per report.
struct EventKeys {
  std::string type, sub_type;            // lower case
  std::vector<std::string> place_keys;   // PlaceKey of location and place name
  std::string region;                    // RegionKey of the name, for province-level reports
  std::string admin_region;              // RegionKey of admin1
  std::string location_region;           // RegionKey of location
  std::optional<DayRange> days;
  ActorForm actor1, actor2;
  bool no_place = false;
};
EventKeys MakeKeys(const Event& e);

// SameEvent on prepared keys (the clustering's inner loop).
bool SameEventKeyed(const Event& a, const EventKeys& ka, const Event& b, const EventKeys& kb);

// True when actor names are compatible: either side unnamed, one the
// acronym of the other, or the words of one key are all words of the other
// ("Military Forces of Syria (2000-)" and "Syrian army" both give "syria";
// "Syrian Democratic Forces" does not).
bool ActorsCompatible(std::string_view a, std::string_view b);

// Distance (km) within which two placed reports can be one event, given
// the coarser of their ACLED geo precisions (1 or 2; province-level reports
// match by province instead).
double PlaceToleranceKm(int geo_precision);

}  // namespace sitrep::merge
