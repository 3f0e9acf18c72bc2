// For each true event, count its reports per merged event; the largest count
// is the part kept together. A merged event with reports of two or more true
// events marks each of them as wrongly merged.
#include "testing/merge_eval.h"

#include <algorithm>
#include <map>
#include <set>

namespace sitrep::testing {

MergeScore ScoreMerge(const std::vector<merge::MergedEvent>& merged,
                      const std::unordered_map<std::string, int>& truth) {
  MergeScore s;
  s.merged_events = static_cast<int64_t>(merged.size());
  std::map<int, std::map<size_t, int>> pieces;  // true event -> merged index -> reports
  std::set<int> wrongly_merged;
  for (size_t m = 0; m < merged.size(); ++m) {
    std::set<int> here;
    for (const Event& r : merged[m].reports) {
      auto it = truth.find(r.id);
      if (it == truth.end()) continue;
      ++s.reports;
      ++pieces[it->second][m];
      here.insert(it->second);
    }
    if (here.size() > 1) wrongly_merged.insert(here.begin(), here.end());
  }
  int64_t kept = 0;
  for (const auto& [event, by_merged] : pieces) {
    int best = 0;
    for (const auto& [m, n] : by_merged) best = std::max(best, n);
    kept += best;
  }
  s.true_events = static_cast<int64_t>(pieces.size());
  s.together = s.reports ? static_cast<double>(kept) / s.reports : 0;
  s.false_merge = s.true_events ? static_cast<double>(wrongly_merged.size()) / s.true_events : 0;
  return s;
}

}  // namespace sitrep::testing
