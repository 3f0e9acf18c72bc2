// Scoring a merge against known truth. Test-only; pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "merge/merge.h"

namespace sitrep::testing {

struct MergeScore {
  int64_t reports = 0;
  int64_t true_events = 0;
  int64_t merged_events = 0;
  // Reports that sit in the merged event holding most of their true event's
  // reports, over all reports: "reports of one event put together".
  double together = 0;
  // True events sharing a merged event with another true event, over all
  // true events: "distinct events merged".
  double false_merge = 0;
};

// `truth` maps report id to true event index.
MergeScore ScoreMerge(const std::vector<merge::MergedEvent>& merged,
                      const std::unordered_map<std::string, int>& truth);

}  // namespace sitrep::testing
