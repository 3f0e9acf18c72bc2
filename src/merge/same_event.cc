// The pairwise rule: may two reports describe one event? Same event type
// (and sub-event type when both give one), dates that overlap within their
// precision, the same place (by id, transliteration key, coordinates within
// a tolerance, or a province holding the other's place), and compatible
// actors. The keys each test needs are computed once per report (EventKeys)
// because clustering compares each report with many others.
#include <algorithm>
#include <cstdlib>

#include "base/strings.h"
#include "merge/merge_internal.h"
#include "merge/names.h"

namespace sitrep::merge {
namespace {

// Days apart two week-precise reports of one event may be dated.
constexpr int64_t kWeekSlackDays = 2;

std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> out;
  for (auto w : Split(key, ' ')) {
    if (!w.empty()) out.emplace_back(w);
  }
  return out;
}

// PlaceKey of a region name without "province", "governorate", "region".
std::string RegionKey(std::string_view name) {
  std::string folded = FoldName(name);
  for (const char* w : {" province", " governorate", " region"}) {
    if (EndsWith(folded, w)) folded.resize(folded.size() - std::string_view(w).size());
  }
  return PlaceKey(folded);
}

bool Compatible(const ActorForm& x, const ActorForm& y) {
  if (x.empty || y.empty) return true;
  if ((!x.acronym.empty() && x.acronym == y.initials) ||
      (!y.acronym.empty() && y.acronym == x.initials)) {
    return true;
  }
  if (x.words.empty() || y.words.empty()) return true;
  return std::includes(x.words.begin(), x.words.end(), y.words.begin(), y.words.end()) ||
         std::includes(y.words.begin(), y.words.end(), x.words.begin(), x.words.end());
}

bool SharePlaceKey(const EventKeys& ka, const EventKeys& kb) {
  for (const auto& x : ka.place_keys) {
    for (const auto& y : kb.place_keys) {
      if (x == y) return true;
    }
  }
  return false;
}

bool SamePlaceKeyed(const Event& a, const EventKeys& ka, const Event& b, const EventKeys& kb) {
  return (a.place.geonameid != 0 && a.place.geonameid == b.place.geonameid) || SharePlaceKey(ka, kb);
}

// A province-level report (geo precision 3) names the province: it fits a
// report whose place lies in it. Others must be the same place, or close
// enough for the coarser precision.
bool PlacesCompatible(const Event& a, const EventKeys& ka, const Event& b, const EventKeys& kb) {
  if (ka.no_place || kb.no_place) return ka.no_place && kb.no_place;
  if (SamePlaceKeyed(a, ka, b, kb)) return true;
  if (a.geo_precision >= 3 || b.geo_precision >= 3) {
    const EventKeys& wide = a.geo_precision >= 3 ? ka : kb;
    const EventKeys& other = a.geo_precision >= 3 ? kb : ka;
    return !wide.region.empty() &&
           (wide.region == other.admin_region || wide.region == other.location_region);
  }
  if (!a.place.has_coordinates() || !b.place.has_coordinates()) return false;
  double km = DistanceKm(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude);
  return km <= PlaceToleranceKm(std::max(a.geo_precision, b.geo_precision));
}

bool ActorSetsCompatible(const EventKeys& ka, const EventKeys& kb) {
  if (!ka.actor1.empty && !kb.actor1.empty) return Compatible(ka.actor1, kb.actor1);
  for (const ActorForm* x : {&ka.actor1, &ka.actor2}) {
    for (const ActorForm* y : {&kb.actor1, &kb.actor2}) {
      if (!x->empty && !y->empty && Compatible(*x, *y)) return true;
    }
  }
  // Nothing to compare on one side: compatible.
  return (ka.actor1.empty && ka.actor2.empty) || (kb.actor1.empty && kb.actor2.empty);
}

}  // namespace

ActorForm MakeActorForm(std::string_view actor) {
  ActorForm f;
  f.empty = actor.empty();
  if (f.empty) return f;
  f.loose = (actor[0] >= 'a' && actor[0] <= 'z') || StartsWith(actor, "The ");
  f.words = Words(ActorKey(actor));
  // A one-word key in demonym form names the country's forces: "syrian"
  // (from "Syrian army") -> "syria", "ostravan" -> "ostrava". Longer keys
  // keep their words ("syrian democratic").
  if (f.words.size() == 1 && f.words[0].size() > 5 && EndsWith(f.words[0], "an")) f.words[0].pop_back();
  std::sort(f.words.begin(), f.words.end());
  std::string folded = FoldName(actor);
  if (folded.size() >= 2 && folded.size() <= 6 && folded.find(' ') == std::string::npos) {
    f.acronym = folded;
  }
  for (const auto& w : Words(FoldName(actor.substr(0, actor.find('('))))) {
    if (w != "of" && w != "the" && w != "and") f.initials += w[0];
  }
  if (f.initials.size() < 2) f.initials.clear();
  return f;
}

EventKeys MakeKeys(const Event& e) {
  EventKeys k;
  k.type = AsciiLower(e.event_type);
  k.sub_type = AsciiLower(e.sub_event_type);
  for (const std::string* name : {&e.location, &e.place.name}) {
    std::string key = PlaceKey(*name);
    if (!key.empty() && std::find(k.place_keys.begin(), k.place_keys.end(), key) == k.place_keys.end()) {
      k.place_keys.push_back(std::move(key));
    }
  }
  if (e.geo_precision >= 3) k.region = RegionKey(e.location.empty() ? e.place.name : e.location);
  k.admin_region = RegionKey(e.place.admin1);
  k.location_region = RegionKey(e.location);
  k.days = DateRange(e.date, e.time_precision);
  k.actor1 = MakeActorForm(e.actor1);
  k.actor2 = MakeActorForm(e.actor2);
  k.no_place = e.location.empty() && e.place.name.empty() && !e.place.has_coordinates();
  return k;
}

bool SameEventKeyed(const Event& a, const EventKeys& ka, const Event& b, const EventKeys& kb) {
  if (ka.type != kb.type) return false;
  if (!ka.sub_type.empty() && !kb.sub_type.empty() && ka.sub_type != kb.sub_type) return false;
  if (!ka.days || !kb.days || ka.days->first > kb.days->last || kb.days->first > ka.days->last) {
    return false;
  }
  // Two reports dated only to the week: their dates must be close as well
  // ("Russian strikes near X this week" on the 2nd and on the 5th are two
  // rounds of a campaign, not one event told twice).
  if (a.time_precision == 2 && b.time_precision == 2 &&
      std::abs((ka.days->first + ka.days->last) - (kb.days->first + kb.days->last)) > 2 * kWeekSlackDays) {
    return false;
  }
  if (!PlacesCompatible(a, ka, b, kb)) return false;
  if (ActorSetsCompatible(ka, kb)) return true;
  // One side named loosely ("the regime", "government troops": not an
  // ACLED-style proper name) but the same opponent, the same place and the
  // same day: one event. Two proper names ("Syrian Democratic Forces",
  // "Military Forces of Syria") stay two actors.
  if (!ka.actor1.loose && !kb.actor1.loose) return false;
  return !ka.actor2.empty && !kb.actor2.empty && Compatible(ka.actor2, kb.actor2) &&
         a.time_precision == 1 && b.time_precision == 1 && a.date == b.date &&
         SamePlaceKeyed(a, ka, b, kb);
}

bool SameEvent(const Event& a, const Event& b) {
  return SameEventKeyed(a, MakeKeys(a), b, MakeKeys(b));
}

bool ActorsCompatible(std::string_view a, std::string_view b) {
  return Compatible(MakeActorForm(a), MakeActorForm(b));
}

double PlaceToleranceKm(int geo_precision) {
  if (geo_precision <= 1) return 5;
  return 10;  // "near X", "outskirts of X"
}

}  // namespace sitrep::merge
