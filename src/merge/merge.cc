// Event clustering, in three passes.
//
// Pass 1 takes the reports dated to the day and placed below province level,
// sorted by the first day their date may mean. Each open cluster is filed in
// buckets keyed by its type and place: the transliteration key of its place
// name, its geonameid, a 0.2-degree grid cell of its coordinates, and its
// province. A report looks at the clusters in its buckets (and the eight grid
// cells around its own, since a distance threshold can cross a cell border),
// drops those whose dates ended before its own begin (they can never overlap
// again, because later reports begin later still), and collects the clusters
// holding a report it matches (SameEvent) within the days the cluster agrees
// on. A report exact to the place joins the nearest in date; one only "near"
// a place joins only a sole match. Otherwise it opens a cluster.
//
// Passes 2 and 3 take the vague reports (2: dated to a week, or placed only
// in a province; 3: dated to a month) once the more precise reports have
// found their events, so "in March" is not given to the first March event
// that happened to come along.
// It looks clusters up in a date-sorted copy of the buckets; a vague report
// joins only a sole match, else opens a cluster of its own (which later vague
// reports may join).
//
// Sorting is O(n log n); each report then meets only the clusters of its
// type near its place and date.
#include "merge/merge.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "base/strings.h"
#include "merge/dates.h"
#include "merge/merge_internal.h"
#include "merge/names.h"

namespace sitrep::merge {
namespace {

// Reports compared per cluster: enough for any real cluster, and a bound on
// the work a huge cluster can cause.
constexpr size_t kMaxCompared = 24;

struct Item {
  Event event;
  EventKeys keys;
  DayRange days;
  bool dated = false;
};

struct Cluster {
  std::vector<size_t> items;
  int64_t last_day = 0;    // the last day any report may mean (for pruning)
  DayRange core;           // the days every report may mean (their intersection)
};

std::string TypeKey(const Event& e) { return AsciiLower(e.event_type); }

// Grid cells of 0.2 degrees (22 km north-south, 18 km east-west at 35
// degrees): a cell and its eight neighbours hold every point within the
// largest coordinate tolerance (10 km) of a point in the cell, up to about
// 58 degrees of latitude; beyond, places still meet by name and id.
constexpr double kCellDegrees = 0.2;
int Cell(double degrees) { return static_cast<int>(std::floor(degrees / kCellDegrees)); }

bool Vague(const Event& e) { return e.geo_precision >= 3; }

std::string AdminKey(const Event& e) {
  return PlaceKey(Vague(e) ? (e.location.empty() ? e.place.name : e.location) : e.place.admin1);
}

// Bucket keys a report is filed under: its place name keys, geonameid and
// grid cell; its province ("A"), looked in by province-level reports; and,
// for a province-level report, the province again ("V"), looked in by all.
std::vector<std::string> OwnBuckets(const Event& e) {
  std::string type = TypeKey(e);
  std::vector<std::string> keys;
  std::string name = PlaceKey(e.location.empty() ? e.place.name : e.location);
  if (!name.empty()) keys.push_back(type + "|n" + name);
  if (!e.place.name.empty() && e.place.name != e.location) {
    std::string other = PlaceKey(e.place.name);
    if (!other.empty() && other != name) keys.push_back(type + "|n" + other);
  }
  if (e.place.geonameid) keys.push_back(type + "|g" + std::to_string(e.place.geonameid));
  if (e.place.has_coordinates()) {
    keys.push_back(type + "|c" + std::to_string(Cell(e.place.latitude)) + "," +
                   std::to_string(Cell(e.place.longitude)));
  }
  if (keys.empty()) keys.push_back(type + "|-");  // no place at all
  std::string admin = AdminKey(e);
  if (!admin.empty()) {
    keys.push_back(type + "|A" + admin);
    if (Vague(e)) keys.push_back(type + "|V" + admin);
  }
  return keys;
}

std::vector<std::string> LookBuckets(const Event& e) {
  std::string type = TypeKey(e);
  std::vector<std::string> keys = OwnBuckets(e);
  std::string admin = AdminKey(e);
  std::erase_if(keys, [&](const std::string& k) {
    return k == type + "|A" + admin && !Vague(e);  // only province-level reports look at all
  });
  if (!admin.empty() && !Vague(e)) keys.push_back(type + "|V" + admin);
  if (e.place.has_coordinates()) {
    int lat = Cell(e.place.latitude);
    int lon = Cell(e.place.longitude);
    for (int dy = -1; dy <= 1; ++dy) {
      for (int dx = -1; dx <= 1; ++dx) {
        if (dx == 0 && dy == 0) continue;
        keys.push_back(type + "|c" + std::to_string(lat + dy) + "," + std::to_string(lon + dx));
      }
    }
  }
  return keys;
}

// A report matches a cluster when its dates overlap the days all the
// cluster's reports agree on (so a week-precise report cannot chain two
// events five days apart) and it matches one of the cluster's reports.
bool Matches(const std::vector<Item>& items, const Cluster& c, const Item& item) {
  if (item.days.last < c.core.first || c.core.last < item.days.first) return false;
  size_t n = std::min(c.items.size(), kMaxCompared);
  for (size_t i = 0; i < n; ++i) {
    const Item& other = items[c.items[i]];
    if (SameEventKeyed(other.event, other.keys, item.event, item.keys)) return true;
  }
  return false;
}

// Pass of a report: 1 exact to the day and placed below province level;
// 2 a week, or a province; 3 a month.
int PassOf(const Item& item) {
  if (item.event.time_precision >= 3) return 3;
  if (item.event.time_precision == 2 || item.event.geo_precision >= 3) return 2;
  return 1;
}

int64_t Gap(const Cluster& c, const Item& item) {
  return std::abs((c.core.first + c.core.last) - (item.days.first + item.days.last));
}

// Of the clusters `item` matches, the one it joins, or `none`: a report exact
// to day and place takes the nearest in date; any other only a sole match,
// the sole one with a report giving the same casualty figure, or the sole
// one in the week before the report was published.
// The one cluster of `matches` that passes `test`, else `none`.
template <typename Test>
size_t SoleMatch(const std::vector<size_t>& matches, size_t none, Test test) {
  size_t found = none;
  for (size_t c : matches) {
    if (!test(c)) continue;
    if (found != none) return none;
    found = c;
  }
  return found;
}

bool SameFatalities(const std::vector<Item>& items, const Cluster& c, const Item& item) {
  if (!item.event.fatalities) return false;
  for (size_t i : c.items) {
    if (items[i].event.fatalities == item.event.fatalities) return true;
  }
  return false;
}

size_t Choose(const std::vector<Item>& items, const std::vector<Cluster>& clusters,
              const std::vector<size_t>& matches, const Item& item, size_t none) {
  if (matches.empty()) return none;
  bool precise = item.event.time_precision == 1 && item.event.geo_precision == 1;
  if (matches.size() > 1 && !precise) {
    // The casualty figure, or the publication date (news is recent: the
    // event falls in the week before the page was published), can still
    // single one out.
    size_t same = SoleMatch(matches, none, [&](size_t c) { return SameFatalities(items, clusters[c], item); });
    if (same != none) return same;
    auto published = DayNumber(item.event.source.published);
    if (!published) return none;
    return SoleMatch(matches, none, [&](size_t c) {
      return clusters[c].core.first <= *published && clusters[c].core.last >= *published - 7;
    });
  }
  size_t best = matches.front();
  for (size_t c : matches) {
    if (Gap(clusters[c], item) < Gap(clusters[best], item)) best = c;
  }
  return best;
}

// Open clusters per bucket key; `prune_at` is the size at which filing next
// drops closed clusters (twice the size left by the last pruning).
struct Bucket {
  std::vector<size_t> clusters;
  size_t prune_at = 64;
};
using Buckets = std::unordered_map<std::string, Bucket>;

// Pass 1 look-up: open clusters only (pruned as the sweep moves on).
std::vector<size_t> OpenMatches(const std::vector<Item>& items, const std::vector<Cluster>& clusters,
                                Buckets& open_buckets, const Item& item) {
  std::vector<size_t> matches;
  for (const std::string& key : LookBuckets(item.event)) {
    auto it = open_buckets.find(key);
    if (it == open_buckets.end()) continue;
    auto& open = it->second.clusters;
    std::erase_if(open, [&](size_t c) {
      return clusters[c].last_day < item.days.first || clusters[c].items.empty();
    });
    for (size_t c : open) {
      if (std::find(matches.begin(), matches.end(), c) != matches.end()) continue;
      if (Matches(items, clusters[c], item)) matches.push_back(c);
    }
  }
  return matches;
}

// Index of the clusters so far, for passes 2 and 3: per bucket, (first core day when
// filed, cluster) sorted. A core only narrows and spans at most a month, so
// a cluster overlapping days [f, l] was filed with a first day in [f-31, l].
using DatedBuckets = std::unordered_map<std::string, std::vector<std::pair<int64_t, size_t>>>;
constexpr int64_t kLongestCore = 31;

std::vector<size_t> DatedMatches(const std::vector<Item>& items, const std::vector<Cluster>& clusters,
                                 const DatedBuckets& dated, const Item& item) {
  std::vector<size_t> matches;
  for (const std::string& key : LookBuckets(item.event)) {
    auto it = dated.find(key);
    if (it == dated.end()) continue;
    const auto& v = it->second;
    auto from = std::lower_bound(v.begin(), v.end(),
                                 std::make_pair(item.days.first - kLongestCore, size_t{0}));
    for (auto c = from; c != v.end() && c->first <= item.days.last; ++c) {
      if (std::find(matches.begin(), matches.end(), c->second) != matches.end()) continue;
      if (Matches(items, clusters[c->second], item)) matches.push_back(c->second);
    }
  }
  return matches;
}

void Join(Cluster* cluster, size_t idx, const Item& item) {
  if (cluster->items.empty()) cluster->core = item.days;
  cluster->items.push_back(idx);
  cluster->last_day = std::max(cluster->last_day, item.days.last);
  cluster->core.first = std::max(cluster->core.first, item.days.first);
  cluster->core.last = std::min(cluster->core.last, item.days.last);
}

// Files `cluster` under the report's buckets. Look-ups tolerate a cluster
// filed twice, so only an immediate repeat is skipped. A bucket that has
// doubled since it was last pruned drops the clusters closed before
// `today`, so buckets no look-up visits (province buckets in pass 1) stay
// small and filing stays amortized O(1).
void File(Buckets* buckets, const Event& e, size_t cluster, const std::vector<Cluster>& clusters,
          int64_t today) {
  for (const std::string& key : OwnBuckets(e)) {
    Bucket& b = (*buckets)[key];
    if (!b.clusters.empty() && b.clusters.back() == cluster) continue;
    b.clusters.push_back(cluster);
    if (b.clusters.size() < b.prune_at) continue;
    std::erase_if(b.clusters, [&](size_t c) {
      return clusters[c].last_day < today || clusters[c].items.empty();
    });
    b.prune_at = std::max<size_t>(64, 2 * b.clusters.size());
  }
}

std::vector<size_t> ByFirstDay(const std::vector<Item>& items, int pass) {
  std::vector<size_t> order;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].dated && PassOf(items[i]) == pass) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&items](size_t a, size_t b) {
    if (items[a].days.first != items[b].days.first) return items[a].days.first < items[b].days.first;
    return items[a].event.id < items[b].event.id;
  });
  return order;
}

// A report exact to day and place that matches several clusters whose days
// all meet its own joins them into one: they were one event that reports a
// day apart or named loosely had split ("the regime" on the 14th, "Military
// Forces of Syria" on the 13th, the same place and opponent). Absorbed
// clusters are left empty (their buckets skip them) and removed at the end.
void Bridge(const std::vector<Item>& items, const std::vector<size_t>& matches, size_t into,
            int64_t today, std::vector<Cluster>* clusters, Buckets* open) {
  if (matches.size() < 2 || std::find(matches.begin(), matches.end(), into) == matches.end()) return;
  DayRange common = (*clusters)[into].core;
  for (size_t m : matches) {
    common.first = std::max(common.first, (*clusters)[m].core.first);
    common.last = std::min(common.last, (*clusters)[m].core.last);
  }
  if (common.first > common.last) return;
  Cluster& target = (*clusters)[into];
  for (size_t m : matches) {
    if (m == into) continue;
    Cluster& from = (*clusters)[m];
    for (size_t i : from.items) {
      target.items.push_back(i);
      File(open, items[i].event, into, *clusters, today);
    }
    target.last_day = std::max(target.last_day, from.last_day);
    target.core = common;
    from.items.clear();
  }
}

DatedBuckets IndexByDate(const std::vector<Item>& items, const std::vector<Cluster>& clusters) {
  DatedBuckets dated;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t i : clusters[c].items) {
      for (const std::string& key : OwnBuckets(items[i].event)) {
        dated[key].emplace_back(clusters[c].core.first, c);
      }
    }
  }
  for (auto& [key, v] : dated) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return dated;
}

// Clusters every dated report (undated ones are left to the caller).
std::vector<Cluster> ClusterDated(const std::vector<Item>& items) {
  std::vector<Cluster> clusters;
  Buckets open;
  for (size_t idx : ByFirstDay(items, 1)) {
    const Item& item = items[idx];
    std::vector<size_t> matches = OpenMatches(items, clusters, open, item);
    size_t c = Choose(items, clusters, matches, item, clusters.size());
    if (c == clusters.size()) clusters.emplace_back();
    Join(&clusters[c], idx, item);
    File(&open, item.event, c, clusters, item.days.first);
    if (item.event.time_precision == 1 && item.event.geo_precision == 1) {
      Bridge(items, matches, c, item.days.first, &clusters, &open);
    }
  }
  std::erase_if(clusters, [](const Cluster& c) { return c.items.empty(); });
  for (int pass = 2; pass <= 3; ++pass) {
    DatedBuckets dated = IndexByDate(items, clusters);
    const size_t before = clusters.size();
    Buckets fresh;  // clusters opened in this pass
    for (size_t idx : ByFirstDay(items, pass)) {
      const Item& item = items[idx];
      std::vector<size_t> matches = DatedMatches(items, clusters, dated, item);
      for (size_t c : OpenMatches(items, clusters, fresh, item)) matches.push_back(c);
      size_t c = Choose(items, clusters, matches, item, clusters.size());
      if (c == clusters.size()) clusters.emplace_back();
      Join(&clusters[c], idx, item);
      if (c >= before) File(&fresh, item.event, c, clusters, item.days.first);
    }
  }
  return clusters;
}

}  // namespace

std::string Voice(const Event& report) {
  if (!report.claimed_by.empty()) return report.claimed_by;
  if (!report.source.outlet.empty()) return report.source.outlet;
  return report.source.file;
}

std::vector<MergedEvent> MergeEvents(std::vector<Event> events) {
  // Reports laid out in date order, so the sweep reads memory in order
  // (clusters hold reports of nearby dates) rather than jumping across
  // the input: fewer cache misses once the reports outgrow the cache.
  std::vector<std::pair<int64_t, size_t>> by_day(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    by_day[i] = {DayNumber(events[i].date).value_or(0), i};
  }
  std::sort(by_day.begin(), by_day.end());
  std::vector<Item> items;
  items.reserve(events.size());
  for (const auto& [day, index] : by_day) {
    Event& e = events[index];
    Item item;
    auto range = DateRange(e.date, e.time_precision);
    item.dated = range.has_value();
    if (range) item.days = *range;
    item.keys = MakeKeys(e);
    item.event = std::move(e);
    items.push_back(std::move(item));
  }
  std::vector<Cluster> clusters = ClusterDated(items);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].dated) clusters.push_back(Cluster{{i}, 0, {}});  // undated reports stand alone
  }
  std::vector<MergedEvent> merged;
  merged.reserve(clusters.size());
  for (Cluster& c : clusters) {
    std::vector<Event> reports;
    reports.reserve(c.items.size());
    for (size_t i : c.items) reports.push_back(std::move(items[i].event));
    merged.push_back(BuildMerged(std::move(reports)));
  }
  std::sort(merged.begin(), merged.end(), [](const MergedEvent& a, const MergedEvent& b) {
    if (a.event.date != b.event.date) return a.event.date < b.event.date;
    return a.event.id < b.event.id;
  });
  return merged;
}

}  // namespace sitrep::merge
