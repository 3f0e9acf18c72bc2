// Generation: true events first (new ones, repeats of an earlier event a few
// days later at the same place, and same-day events at a nearby place), then
// 2-7 reports per event, each varied independently: date exact, a day off,
// to the week or to the month; place resolved, spelled otherwise and
// unresolved, "near" it, or only the province; actors canonical, an alias, a
// hard alias, or the second actor missing; reported by the outlet, claimed by
// a party or a monitor, or denied by the other side; casualty figures varied.
#include "testing/synthetic_corpus.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/hash.h"
#include "testing/synthetic_internal.h"

namespace sitrep::testing {
namespace {

constexpr int64_t kFirstDay = 17897;  // 2019-01-01

struct Kind {
  const char* event_type;
  const char* sub_event_type;
  std::vector<int> actor1, actor2;  // candidates; empty actor2: none
};

const std::vector<Kind>& Kinds() {
  static const std::vector<Kind> kinds = {
      {"Battles", "Armed clash", {0, 1, 2}, {0, 1, 2}},
      {"Battles", "Government regains territory", {0}, {1, 2}},
      {"Battles", "Non-state actor overtakes territory", {1, 2}, {0}},
      {"Explosions/Remote violence", "Air/drone strike", {0, 3}, {1, 2}},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", {0, 1}, {0, 1, 2}},
      {"Violence against civilians", "Attack", {1, 2}, {4}},
  };
  return kinds;
}

double Uniform(std::mt19937_64* rng) { return std::uniform_real_distribution<double>(0, 1)(*rng); }
int Between(std::mt19937_64* rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(*rng);
}
template <typename T>
const T& Pick(const std::vector<T>& v, std::mt19937_64* rng) {
  return v[Between(rng, 0, static_cast<int>(v.size()) - 1)];
}

TrueEvent NewEvent(const World& w, int days, std::mt19937_64* rng) {
  const Kind& k = Pick(Kinds(), rng);
  TrueEvent e;
  e.event_type = k.event_type;
  e.sub_event_type = k.sub_event_type;
  e.actor1 = Pick(k.actor1, rng);
  do {
    e.actor2 = Pick(k.actor2, rng);
  } while (e.actor2 == e.actor1);
  e.place = Between(rng, 0, static_cast<int>(w.places.size()) - 1);
  e.day = kFirstDay + Between(rng, 0, days - 1);
  if (Uniform(rng) < 0.5) e.fatalities = Between(rng, 1, 60);
  return e;
}

// A place 15-40 km from `place` among 300 drawn at random, or -1.
int Neighbour(const World& w, int place, std::mt19937_64* rng) {
  const WorldPlace& p = w.places[place];
  for (int tries = 0; tries < 300; ++tries) {
    int i = Between(rng, 0, static_cast<int>(w.places.size()) - 1);
    double km = WorldDistanceKm(p.latitude, p.longitude, w.places[i].latitude, w.places[i].longitude);
    if (km >= 15 && km <= 40) return i;
  }
  return -1;
}

// Distinct events must be distinguishable: no two of one sub-event type at
// one place within five days of each other.
bool Clashes(const std::vector<TrueEvent>& events, const TrueEvent& e) {
  for (const TrueEvent& o : events) {
    if (o.place == e.place && o.sub_event_type == e.sub_event_type && std::abs(o.day - e.day) < 5) {
      return true;
    }
  }
  return false;
}

TrueEvent Candidate(const World& w, const SyntheticOptions& o, const std::vector<TrueEvent>& events,
                    std::mt19937_64* rng) {
  double r = Uniform(rng);
  TrueEvent e = NewEvent(w, o.days, rng);
  if (!events.empty() && r < o.repeat_share) {
    e = Pick(events, rng);
    e.day += Between(rng, 5, 20);
    if (Uniform(rng) < 0.5) e.fatalities = Between(rng, 1, 60);
  } else if (!events.empty() && r < o.repeat_share + o.neighbour_share) {
    TrueEvent base = Pick(events, rng);
    int near = Neighbour(w, base.place, rng);
    if (near >= 0) {
      e = base;
      e.place = near;
    }
  }
  return e;
}

std::vector<TrueEvent> TrueEvents(const World& w, const SyntheticOptions& o, std::mt19937_64* rng) {
  std::vector<TrueEvent> events;
  // Events per place, for the clash check (keeps generation near linear).
  std::vector<std::vector<TrueEvent>> at(w.places.size());
  while (static_cast<int>(events.size()) < o.events) {
    TrueEvent e = Candidate(w, o, events, rng);
    if (Clashes(at[e.place], e)) continue;
    at[e.place].push_back(e);
    events.push_back(e);
  }
  return events;
}

void VaryDate(const TrueEvent& t, Event* r, std::mt19937_64* rng) {
  double x = Uniform(rng);
  int64_t day = t.day;
  r->time_precision = 1;
  if (x < 0.10) {
    day += Uniform(rng) < 0.5 ? -1 : 1;
  } else if (x < 0.20) {
    r->time_precision = 2;
    day += Between(rng, -3, 3);
  } else if (x < 0.24) {
    r->time_precision = 3;  // "in March": the first of the month
    day -= std::stoi(IsoDate(day).substr(8, 2)) - 1;
  }
  r->date = IsoDate(day);
}

void VaryPlace(const World& w, const TrueEvent& t, Event* r, std::mt19937_64* rng) {
  const WorldPlace& p = w.places[t.place];
  double x = Uniform(rng);
  Place& place = r->place;
  bool provinces = !w.provinces.empty() && p.province >= 0;
  if (!provinces && x >= 0.96) x = 0;  // no province level: resolved instead
  if (x < 0.60 || x >= 0.96) {  // resolved (or, below, the province)
    place.name = p.name;
    place.geonameid = p.geonameid;
    place.latitude = p.latitude;
    place.longitude = p.longitude;
    place.resolved = true;
  } else if (x < 0.83) {  // another spelling, not in the gazetteer
    place.name = Uniform(rng) < 0.1 ? p.hard_variant : Pick(p.variants, rng);
  } else {  // "near X": the place, precision 2
    place.name = p.name;
    place.geonameid = p.geonameid;
    place.latitude = p.latitude;
    place.longitude = p.longitude;
    place.resolved = true;
    r->geo_precision = 2;
  }
  if (x >= 0.96) {
    const WorldProvince& prov = w.provinces[p.province];
    place.name = prov.name;
    place.geonameid = prov.geonameid;
    place.latitude = prov.latitude;
    place.longitude = prov.longitude;
    r->geo_precision = 3;
  }
  if (provinces) {
    place.admin1 = w.provinces[p.province].name;
    place.country = "Corvania";
  }
  r->location = place.name;
}

std::string ActorForm(const WorldActor& a, std::mt19937_64* rng) {
  double x = Uniform(rng);
  if (x < 0.70) return a.name;
  if (x < 0.95) return Pick(a.aliases, rng);
  return a.hard_alias;
}

void VaryVoice(const World& w, const TrueEvent& t, Event* r, std::mt19937_64* rng) {
  double x = Uniform(rng);
  if (x < 0.40) {
    r->modality = Modality::kReported;
  } else if (x < 0.70) {
    r->modality = Modality::kClaimed;
    r->claimed_by = w.actors[t.actor1].name;
  } else if (x < 0.95) {
    r->modality = Modality::kClaimed;
    r->claimed_by = Pick(w.monitors, rng);
  } else if (t.actor2 >= 0) {
    r->modality = Modality::kDenied;
    r->claimed_by = w.actors[t.actor1].name;
  }
}

Event Report(const World& w, const TrueEvent& t, int truth, int n, uint64_t seed,
             std::mt19937_64* rng) {
  Event r;
  r.id = HexId(Hash64(std::to_string(truth) + "/" + std::to_string(n), seed));
  r.event_type = t.event_type;
  r.sub_event_type = t.sub_event_type;
  r.actor1 = ActorForm(w.actors[t.actor1], rng);
  if (t.actor2 >= 0 && Uniform(rng) < 0.9) r.actor2 = ActorForm(w.actors[t.actor2], rng);
  VaryDate(t, &r, rng);
  VaryPlace(w, t, &r, rng);
  VaryVoice(w, t, &r, rng);
  if (t.fatalities && Uniform(rng) < 0.85) {
    r.fatalities = *t.fatalities + (Uniform(rng) < 0.25 ? Between(rng, -3, 5) : 0);
    if (*r.fatalities < 0) r.fatalities = 0;
    if (Uniform(rng) < 0.3) r.fatalities_qualifier = "at least";
  }
  r.source.outlet = Pick(w.outlets, rng);
  r.source.published = IsoDate(t.day + Between(rng, 0, 3));
  r.rule = "synthetic";
  return r;
}

}  // namespace

std::string IsoDate(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

SyntheticCorpus GenerateCorpus(const SyntheticOptions& o) {
  std::mt19937_64 rng(o.seed);
  World world = o.real_places.empty() ? BuildWorld(&rng, o.places)
                                      : BuildRealWorld(&rng, o.real_places);
  std::vector<TrueEvent> events = TrueEvents(world, o, &rng);
  SyntheticCorpus corpus;
  corpus.events = static_cast<int>(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    int k = Between(&rng, o.min_reports, o.max_reports);
    for (int n = 0; n < k; ++n) {
      SyntheticReport r;
      r.truth = static_cast<int>(i);
      r.event = Report(world, events[i], r.truth, n, o.seed, &rng);
      if (o.pages) {
        r.page = RenderPage(r.event, world, static_cast<int>(corpus.reports.size()), &rng);
        r.event.source.file = r.page.path.substr(r.page.path.rfind('/') + 1);
      }
      corpus.reports.push_back(std::move(r));
    }
  }
  return corpus;
}

std::vector<Event> GenerateEvents(int64_t n, uint64_t seed) {
  // Constant density: past 100,000 reports a larger corpus covers a longer
  // period (as a larger archive does), not more events per place and day.
  SyntheticOptions o;
  o.seed = seed;
  o.events = static_cast<int>(std::max<int64_t>(1, n * 2 / 9));
  o.places = static_cast<int>(std::clamp<int64_t>(n / 20, 400, 5000));
  o.days = static_cast<int>(730 * std::max<int64_t>(1, n / 100000));
  o.pages = false;
  SyntheticCorpus c = GenerateCorpus(o);
  std::vector<Event> out;
  out.reserve(c.reports.size());
  for (auto& r : c.reports) out.push_back(std::move(r.event));
  return out;
}

}  // namespace sitrep::testing
