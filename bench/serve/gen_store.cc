// gen_store: fills a store with synthetic events for the serve load
// benchmark, through Store::Put in one transaction.
//
//   serve_gen_store OUT.db [events=1000000] [events_per_page=100] [seed=1]
//
// Events are spread over a 13 x 8 degree box (longitude 35-48, latitude
// 29-37) and six years (2014-2019): 70% around 300 random hubs (conflict
// events cluster at towns), 30% uniform. Types, actors and fatalities are
// drawn from small made-up lists. Seeded, so runs are repeatable.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "store/store.h"

namespace {

using sitrep::Analysis;
using sitrep::Event;

struct Hub {
  double lon, lat;
  std::string name;
};

std::string DateOf(int day_index) {  // day 0 = 2014-01-01
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = 2014;
  while (true) {
    int len = (year % 4 == 0) ? 366 : 365;
    if (day_index < len) break;
    day_index -= len;
    ++year;
  }
  int month = 0;
  while (true) {
    int len = kDays[month] + (month == 1 && year % 4 == 0 ? 1 : 0);
    if (day_index < len) break;
    day_index -= len;
    ++month;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month + 1, day_index + 1);
  return buf;
}

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {
    std::uniform_real_distribution<double> lon(35, 48), lat(29, 37);
    for (int i = 0; i < 300; ++i) hubs_.push_back({lon(rng_), lat(rng_), "Hub " + std::to_string(i)});
  }

  Analysis Page(int64_t page, int events) {
    Analysis a;
    char id[32];
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(page * 2654435761ULL + 1));
    a.document.id = id;
    a.document.path = "/synthetic/page" + std::to_string(page) + ".txt";
    a.document.source_id = a.document.id;
    std::string body = "Synthetic report " + std::to_string(page) + ". Fighting was reported.";
    a.document.content = "Synthetic page\n\n" + body;
    a.document.meta.outlet = {"Synthetic Wire", "flag"};
    sitrep::Segment s;
    s.text = body;
    s.start = 16;
    s.end = a.document.content.size();
    a.document.segments = {s};
    for (int i = 0; i < events; ++i) a.events.push_back(MakeEvent(a, page * 1000 + i));
    return a;
  }

 private:
  Event MakeEvent(const Analysis& a, int64_t n) {
    static const char* kTypes[][2] = {{"Battles", "Armed clash"},
                                      {"Battles", "Government regains territory"},
                                      {"Explosions/Remote violence", "Air/drone strike"},
                                      {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
                                      {"Violence against civilians", "Attack"},
                                      {"Strategic developments", "Other"}};
    static const char* kActors[] = {"Force A", "Force B", "Militia C", "Group D", "Coalition E"};
    std::uniform_real_distribution<double> u(0, 1);
    Event e;
    e.id = "syn" + std::to_string(n);
    e.source.document_id = a.document.id;
    e.source.outlet = "Synthetic Wire";
    const auto& t = kTypes[rng_() % 6];
    e.event_type = t[0];
    e.sub_event_type = t[1];
    e.actor1 = kActors[rng_() % 5];
    e.actor2 = kActors[rng_() % 5];
    if (u(rng_) < 0.7) {
      const Hub& h = hubs_[static_cast<size_t>(std::pow(u(rng_), 2) * hubs_.size())];
      e.place.longitude = h.lon + (u(rng_) - 0.5) * 0.2;
      e.place.latitude = h.lat + (u(rng_) - 0.5) * 0.2;
      e.location = h.name;
    } else {
      e.place.longitude = 35 + u(rng_) * 13;
      e.place.latitude = 29 + u(rng_) * 8;
      e.location = "Open country";
    }
    e.place.name = e.location;
    e.place.resolved = true;
    e.place.country = "Synthetia";
    e.date = DateOf(static_cast<int>(rng_() % 2191));
    if (u(rng_) < 0.4) e.fatalities = static_cast<int>(rng_() % 40);
    e.evidence = "Fighting was reported.";
    e.evidence_start = a.document.content.size() - e.evidence.size();
    e.evidence_end = a.document.content.size();
    e.rule = "synthetic";
    return e;
  }

  std::mt19937_64 rng_;
  std::vector<Hub> hubs_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT.db [events] [events_per_page] [seed]\n", argv[0]);
    return 2;
  }
  int64_t total = argc > 2 ? std::atoll(argv[2]) : 1000000;
  int per_page = argc > 3 ? std::atoi(argv[3]) : 100;
  unsigned seed = argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 1;
  if (total <= 0 || per_page <= 0) return 2;
  auto store = sitrep::store::Store::Open(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "gen_store: %s\n", store.status().ToString().c_str());
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  Generator gen(seed);
  if (!(*store)->Begin().ok()) return 1;
  for (int64_t page = 0, done = 0; done < total; ++page) {
    int n = static_cast<int>(std::min<int64_t>(per_page, total - done));
    auto put = (*store)->Put(gen.Page(page, n));
    if (!put.ok()) {
      std::fprintf(stderr, "gen_store: %s\n", put.status().ToString().c_str());
      return 1;
    }
    done += n;
  }
  sitrep::Status st = (*store)->Commit();
  if (!st.ok()) {
    std::fprintf(stderr, "gen_store: %s\n", st.ToString().c_str());
    return 1;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("gen_store: %lld events in %.1f s into %s\n", static_cast<long long>(total), secs, argv[1]);
  return 0;
}
