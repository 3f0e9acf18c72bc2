// The situation picture derived from merged events and claims: who controls
// which place since when (ControlTimeline, ControlAt), how far a force is from
// a place day by day (FrontSeries), and claims that contradict each other
// (ClaimContradictions). Pure functions over values; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "merge/merge.h"
#include "sitrep/event.h"

namespace sitrep::merge {

// One change of control: `controller` took `place` from `previous` on `date`.
struct ControlChange {
  std::string place;          // place name of the merged event
  int64_t geonameid = 0;
  std::string date;
  int time_precision = 1;
  std::string controller;     // who holds it after the change
  std::string previous;       // who held it before ("" when unknown)
  std::string event_id;       // the merged event
  std::vector<Event> sources; // its reports
  std::string evidence;       // the evidence sentence of the merged event
  std::string kind;           // "siege broken" when tagged so, else the sub-event type
};

// True for reports that change who controls a place: Government regains
// territory, Non-state actor overtakes territory, Non-violent transfer of
// territory, or an event tagged "siege broken".
bool IsControlChange(const Event& e);

// Every control change, grouped by place (geonameid, else transliteration
// key) and sorted by date within a place; places in order of first change.
// Denied, forecast and hypothetical events change nothing. `previous` falls
// back to the controller before, when the event does not name the loser.
std::vector<ControlChange> ControlTimeline(const std::vector<MergedEvent>& events);

// The last change of each place on or before `date` (YYYY-MM-DD): who held
// every place with a known controller at that date.
std::vector<ControlChange> ControlAt(const std::vector<ControlChange>& timeline,
                                     std::string_view date);

// One point of a front-line series: `subject` was km_min..km_max from
// `reference` on `date` (kind "distance", as claimed), or in contact with it
// (kind "contact", km 0: fighting at, entering or breaking a siege of the
// place), or fought or took ground at a place that far from it (kind
// "nearby": `reference` is then the place of that event).
struct FrontPoint {
  std::string subject, reference, date;
  double km_min = 0, km_max = 0;
  std::string kind;        // "distance", "contact" or "nearby"
  std::string claimed_by;  // who says so (claimant, else outlet)
  std::string evidence;
  std::string id;          // the claim or merged event
};

// The distance series to `place` (matched across transliterations, or by
// geonameid): distance claims whose reference is the place; contact points
// from territory changes at the place, and from battles there involving a
// claim subject once the claims begin; and nearby points from battles and
// territory changes of the claims' subjects within 60 km, up to the first
// contact (when the place's coordinates are known). Sorted by date, then
// farthest first.
std::vector<FrontPoint> FrontSeries(const std::vector<Claim>& claims,
                                    const std::vector<MergedEvent>& events, std::string_view place);

// Claims that disagree: distance claims about one subject and place on one
// day whose ranges do not overlap, and a statement that denies what another
// statement accuses the same party of (same target, within three days).
std::vector<Contradiction> ClaimContradictions(const std::vector<Claim>& claims);

}  // namespace sitrep::merge
