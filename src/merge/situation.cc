// Control timeline, front-line series and claim contradictions. Places are
// keyed by geonameid when resolved, else by transliteration key, so "Deir
// ez-Zor" in one outlet and "Deir el-Zour" in another meet.
#include "merge/situation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "base/strings.h"
#include "merge/dates.h"
#include "merge/names.h"

namespace sitrep::merge {
namespace {

bool HasTag(const Event& e, std::string_view tag) {
  for (const auto& t : e.tags) {
    if (IEquals(t, tag)) return true;
  }
  return false;
}

bool Asserted(Modality m) { return m == Modality::kReported || m == Modality::kClaimed; }

std::string PlaceKeyOf(const Event& e) {
  std::string key = PlaceIdKey(e.place, e.location);
  return key;
}

ControlChange ChangeOf(const MergedEvent& m) {
  const Event& e = m.event;
  ControlChange c;
  c.place = e.location.empty() ? e.place.name : e.location;
  c.geonameid = e.place.geonameid;
  c.date = e.date;
  c.time_precision = e.time_precision;
  c.controller = e.actor1;
  c.previous = e.actor2;
  c.event_id = e.id;
  c.sources = m.reports;
  c.evidence = e.evidence;
  c.kind = HasTag(e, "siege broken") ? "siege broken" : e.sub_event_type;
  return c;
}

// A place named by a claim's reference matches `key` / `folded`.
bool ClaimAt(const Claim& c, const std::string& key, int64_t id) {
  if (id != 0 && c.reference_place.geonameid == id) return true;
  return !key.empty() && (PlaceKey(c.reference) == key || PlaceKey(c.reference_place.name) == key);
}

bool EventAt(const Event& e, const std::string& key, int64_t id) {
  if (id != 0 && e.place.geonameid == id) return true;
  return !key.empty() && (PlaceKey(e.location) == key || PlaceKey(e.place.name) == key);
}

bool IsContact(const Event& e) {
  if (!Asserted(e.modality)) return false;
  return IsControlChange(e) || IEquals(e.event_type, "Battles");
}

std::string ClaimVoice(const Claim& c) {
  if (!c.claimed_by.empty()) return c.claimed_by;
  return c.source.outlet.empty() ? c.source.file : c.source.outlet;
}

std::string KmText(const Claim& c) {
  auto num = [](double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  if (*c.km_min == *c.km_max) return num(*c.km_min);
  return num(*c.km_min) + "-" + num(*c.km_max);
}

bool IsAccusation(const std::string& stance) {
  return stance == "accuse" || stance == "criticize" || stance == "blame" || stance == "condemn";
}

// Coordinates of the reference place: from a claim's resolved reference,
// else from an event at the place. False when none is known.
bool ReferenceCoordinates(const std::vector<MergedEvent>& events, const std::string& key,
                          int64_t id, double* lat, double* lon) {
  for (const MergedEvent& m : events) {
    if (EventAt(m.event, key, id) && m.event.place.has_coordinates() && m.event.geo_precision == 1) {
      *lat = m.event.place.latitude;
      *lon = m.event.place.longitude;
      return true;
    }
  }
  return false;
}

// Events of a series' subjects near the place (within kNearbyKm, not at it,
// up to the first contact) that show where their front was: territory taken
// or fighting, kind "nearby", the distance measured between the places.
void AddNearbyPoints(const std::vector<MergedEvent>& events, const std::string& key, int64_t id,
                     std::vector<FrontPoint>* out) {
  constexpr double kNearbyKm = 60;
  std::vector<std::string> subjects;
  for (const FrontPoint& p : *out) {
    if (p.kind == "distance") subjects.push_back(ActorKey(p.subject));
  }
  double lat = 0, lon = 0;
  if (subjects.empty() || !ReferenceCoordinates(events, key, id, &lat, &lon)) return;
  std::string contact;  // the first contact: the front has reached the place
  for (const FrontPoint& p : *out) {
    if (p.kind == "contact" && (contact.empty() || p.date < contact)) contact = p.date;
  }
  for (const MergedEvent& m : events) {
    const Event& e = m.event;
    if (!IsContact(e) || EventAt(e, key, id) || !e.place.has_coordinates() || e.geo_precision > 2) continue;
    if (!contact.empty() && e.date > contact) continue;
    if (std::find(subjects.begin(), subjects.end(), ActorKey(e.actor1)) == subjects.end()) continue;
    double km = std::round(DistanceKm(lat, lon, e.place.latitude, e.place.longitude));
    if (km > kNearbyKm) continue;
    std::string voice = e.claimed_by.empty() ? Voice(m.reports.front()) : e.claimed_by;
    out->push_back({e.actor1, e.location.empty() ? e.place.name : e.location, e.date, km, km,
                    "nearby", voice, e.evidence, e.id});
  }
}

}  // namespace

bool IsControlChange(const Event& e) {
  return IEquals(e.sub_event_type, "Government regains territory") ||
         IEquals(e.sub_event_type, "Non-state actor overtakes territory") ||
         IEquals(e.sub_event_type, "Non-violent transfer of territory") ||
         HasTag(e, "siege broken");
}

std::vector<ControlChange> ControlTimeline(const std::vector<MergedEvent>& events) {
  std::vector<std::string> order;
  std::unordered_map<std::string, std::vector<ControlChange>> by_place;
  for (const MergedEvent& m : events) {
    if (!IsControlChange(m.event) || !Asserted(m.event.modality) || m.event.actor1.empty()) continue;
    std::string key = PlaceKeyOf(m.event);
    if (key.empty()) continue;
    auto [it, fresh] = by_place.try_emplace(key);
    if (fresh) order.push_back(key);
    it->second.push_back(ChangeOf(m));
  }
  std::vector<ControlChange> out;
  for (const std::string& key : order) {
    auto& changes = by_place[key];
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ControlChange& a, const ControlChange& b) { return a.date < b.date; });
    for (size_t i = 1; i < changes.size(); ++i) {
      if (changes[i].previous.empty()) changes[i].previous = changes[i - 1].controller;
    }
    for (auto& c : changes) out.push_back(std::move(c));
  }
  return out;
}

std::vector<ControlChange> ControlAt(const std::vector<ControlChange>& timeline,
                                     std::string_view date) {
  std::map<std::string, const ControlChange*> last;
  std::vector<std::string> order;
  for (const ControlChange& c : timeline) {
    if (c.date.empty() || c.date.substr(0, 10) > date) continue;
    Place p;
    p.geonameid = c.geonameid;
    std::string key = PlaceIdKey(p, c.place);
    auto [it, fresh] = last.try_emplace(key, &c);
    if (fresh) order.push_back(key);
    if (it->second->date <= c.date) it->second = &c;
  }
  std::vector<ControlChange> out;
  for (const auto& key : order) out.push_back(*last[key]);
  return out;
}

std::vector<FrontPoint> FrontSeries(const std::vector<Claim>& claims,
                                    const std::vector<MergedEvent>& events, std::string_view place) {
  std::string key = PlaceKey(place);
  int64_t id = 0;  // a numeric `place` is a geonameid
  if (!place.empty() && std::all_of(place.begin(), place.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    id = std::stoll(std::string(place));
    key.clear();
  }
  // A front is a force closing on a place. A distance whose subject is a
  // place ("Sukhnah lies 70 km north-east of Palmyra") is geography: its
  // subject names a place of the events or claims and no event's actor.
  std::set<std::string> actors, places;
  for (const MergedEvent& m : events) {
    for (const Event& e : m.reports) {
      actors.insert(ActorKey(e.actor1));
      actors.insert(ActorKey(e.actor2));
      places.insert(PlaceKey(e.location));
      places.insert(PlaceKey(e.place.name));
    }
  }
  for (const Claim& c : claims) places.insert(PlaceKey(c.reference));
  auto is_force = [&](const std::string& subject) {
    return actors.count(ActorKey(subject)) > 0 || places.count(PlaceKey(subject)) == 0;
  };
  std::vector<FrontPoint> out;
  for (const Claim& c : claims) {
    if (c.kind != "distance" || !c.km_min || !c.km_max || !ClaimAt(c, key, id)) continue;
    if (c.modality == Modality::kDenied || c.modality == Modality::kHypothetical) continue;
    if (!is_force(c.subject)) continue;
    out.push_back({c.subject, c.reference, c.date, *c.km_min, *c.km_max, "distance", ClaimVoice(c),
                   c.evidence, c.id});
  }
  // Fighting at the place counts as contact when one side is a subject of the
  // distance series and the series has begun (a garrison fighting inside a
  // besieged town is not a front arriving); taking the place or breaking its
  // siege always does.
  std::string first_claim;
  std::vector<std::string> subjects;
  for (const FrontPoint& p : out) {
    if (first_claim.empty() || p.date < first_claim) first_claim = p.date;
    subjects.push_back(ActorKey(p.subject));
  }
  auto subject = [&subjects](const Event& e) {
    return std::find(subjects.begin(), subjects.end(), ActorKey(e.actor1)) != subjects.end() ||
           std::find(subjects.begin(), subjects.end(), ActorKey(e.actor2)) != subjects.end();
  };
  for (const MergedEvent& m : events) {
    const Event& e = m.event;
    if (!IsContact(e) || !EventAt(e, key, id)) continue;
    if (!IsControlChange(e) && (first_claim.empty() || e.date < first_claim || !subject(e))) continue;
    std::string voice = e.claimed_by.empty() ? Voice(m.reports.front()) : e.claimed_by;
    out.push_back({e.actor1, e.location.empty() ? e.place.name : e.location, e.date, 0, 0,
                   "contact", voice, e.evidence, e.id});
  }
  AddNearbyPoints(events, key, id, &out);
  std::stable_sort(out.begin(), out.end(), [](const FrontPoint& a, const FrontPoint& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.km_max > b.km_max;
  });
  return out;
}

std::vector<Contradiction> ClaimContradictions(const std::vector<Claim>& claims) {
  std::vector<Contradiction> out;
  std::map<std::string, std::vector<const Claim*>> distances;
  std::vector<const Claim*> statements;
  for (const Claim& c : claims) {
    if (c.kind == "distance" && c.km_min && c.km_max && !c.date.empty()) {
      Place p = c.reference_place;
      distances[ActorKey(c.subject) + "|" + PlaceIdKey(p, c.reference) + "|" + c.date].push_back(&c);
    } else if (c.kind == "statement" && !c.stance.empty() && !c.target.empty()) {
      statements.push_back(&c);
    }
  }
  for (const auto& [key, group] : distances) {
    for (size_t i = 0; i < group.size(); ++i) {
      for (size_t j = i + 1; j < group.size(); ++j) {
        const Claim& a = *group[i];
        const Claim& b = *group[j];
        if (*a.km_max < *b.km_min || *b.km_max < *a.km_min) {
          out.push_back({"km", KmText(a), KmText(b), ClaimVoice(a), ClaimVoice(b), a.evidence,
                         b.evidence, a.id, b.id});
        }
      }
    }
  }
  for (const Claim* a : statements) {
    if (!IsAccusation(a->stance)) continue;
    for (const Claim* b : statements) {
      if (b->stance != "deny") continue;
      std::string accused = ActorKey(a->target);
      if (accused != ActorKey(b->target) && accused != ActorKey(b->speaker_org) &&
          accused != ActorKey(b->claimed_by)) {
        continue;
      }
      auto da = DayNumber(a->date), db = DayNumber(b->date);
      if (da && db && std::abs(*da - *db) > 3) continue;
      out.push_back({"stance", a->stance, b->stance, ClaimVoice(*a), ClaimVoice(*b), a->evidence,
                     b->evidence, a->id, b->id});
    }
  }
  return out;
}

}  // namespace sitrep::merge
