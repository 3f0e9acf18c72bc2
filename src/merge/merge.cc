// Event clustering. Reports are sorted by the first day their date may mean.
// Each open cluster is filed in buckets keyed by its type and place: the
// transliteration key of its place name, its geonameid, and a one-degree grid
// cell of its coordinates. A report looks at the clusters in its own buckets
// (and the eight grid cells around its own, since a distance threshold can
// cross a cell border), drops those whose dates ended before its own begin
// (they can never overlap again, because later reports begin later still),
// and joins the first cluster holding a report it matches (SameEvent).
// Otherwise it opens a cluster. Sorting is O(n log n); each report then
// meets only the open clusters of its type near its place and date.
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
  DayRange days;
  bool dated = false;
};

struct Cluster {
  std::vector<size_t> items;
  int64_t last_day = 0;    // the last day any report may mean (for pruning)
  DayRange core;           // the days every report may mean (their intersection)
};

std::string TypeKey(const Event& e) { return AsciiLower(e.event_type); }

// Bucket keys a report is filed under and looks in.
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
    keys.push_back(type + "|c" + std::to_string(static_cast<int>(std::floor(e.place.latitude))) +
                   "," + std::to_string(static_cast<int>(std::floor(e.place.longitude))));
  }
  if (keys.empty()) keys.push_back(type + "|-");  // no place at all
  return keys;
}

std::vector<std::string> LookBuckets(const Event& e) {
  std::vector<std::string> keys = OwnBuckets(e);
  if (e.place.has_coordinates()) {
    std::string type = TypeKey(e);
    int lat = static_cast<int>(std::floor(e.place.latitude));
    int lon = static_cast<int>(std::floor(e.place.longitude));
    for (int dy = -1; dy <= 1; ++dy) {
      for (int dx = -1; dx <= 1; ++dx) {
        if (dx == 0 && dy == 0) continue;
        keys.push_back(type + "|c" + std::to_string(lat + dy) + "," + std::to_string(lon + dx));
      }
    }
  }
  return keys;
}

// A report joins a cluster when its dates overlap the days all the cluster's
// reports agree on (so a week-precise report cannot chain two events five
// days apart) and it matches one of the cluster's reports.
bool Matches(const std::vector<Item>& items, const Cluster& c, const Item& item) {
  if (item.days.last < c.core.first || c.core.last < item.days.first) return false;
  size_t n = std::min(c.items.size(), kMaxCompared);
  for (size_t i = 0; i < n; ++i) {
    if (SameEvent(items[c.items[i]].event, item.event)) return true;
  }
  return false;
}

}  // namespace

std::string Voice(const Event& report) {
  if (!report.claimed_by.empty()) return report.claimed_by;
  if (!report.source.outlet.empty()) return report.source.outlet;
  return report.source.file;
}

std::vector<MergedEvent> MergeEvents(std::vector<Event> events) {
  std::vector<Item> items;
  items.reserve(events.size());
  for (auto& e : events) {
    Item item;
    auto range = DateRange(e.date, e.time_precision);
    item.dated = range.has_value();
    if (range) item.days = *range;
    item.event = std::move(e);
    items.push_back(std::move(item));
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&items](size_t a, size_t b) {
    if (items[a].days.first != items[b].days.first) return items[a].days.first < items[b].days.first;
    return items[a].event.id < items[b].event.id;
  });

  std::vector<Cluster> clusters;
  std::unordered_map<std::string, std::vector<size_t>> buckets;
  for (size_t idx : order) {
    const Item& item = items[idx];
    size_t joined = clusters.size();
    if (item.dated) {
      for (const std::string& key : LookBuckets(item.event)) {
        auto it = buckets.find(key);
        if (it == buckets.end()) continue;
        auto& open = it->second;
        std::erase_if(open, [&](size_t c) { return clusters[c].last_day < item.days.first; });
        for (auto c = open.rbegin(); c != open.rend() && joined == clusters.size(); ++c) {
          if (Matches(items, clusters[*c], item)) joined = *c;
        }
        if (joined != clusters.size()) break;
      }
    }
    if (joined == clusters.size()) {
      clusters.emplace_back();
      clusters.back().core = item.days;
    }
    Cluster& cluster = clusters[joined];
    cluster.items.push_back(idx);
    cluster.last_day = std::max(cluster.last_day, item.days.last);
    cluster.core.first = std::max(cluster.core.first, item.days.first);
    cluster.core.last = std::min(cluster.core.last, item.days.last);
    if (!item.dated) continue;  // undated reports stand alone
    for (const std::string& key : OwnBuckets(item.event)) {
      auto& open = buckets[key];
      if (std::find(open.begin(), open.end(), joined) == open.end()) open.push_back(joined);
    }
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
