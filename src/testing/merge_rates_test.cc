// Merge quality on the synthetic corpus: reports of one true event must end
// up together, distinct events must stay apart. Prints both rates.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "merge/merge.h"
#include "testing/merge_eval.h"
#include "testing/synthetic_corpus.h"

namespace sitrep::testing {
namespace {

TEST(SyntheticCorpus, DeterministicAndLargeEnough) {
  SyntheticOptions o;
  SyntheticCorpus a = GenerateCorpus(o);
  SyntheticCorpus b = GenerateCorpus(o);
  ASSERT_GE(a.reports.size(), 5000u);
  ASSERT_EQ(a.reports.size(), b.reports.size());
  std::set<std::string> ids, outlets, texts;
  for (size_t i = 0; i < a.reports.size(); ++i) {
    EXPECT_EQ(a.reports[i].page.content, b.reports[i].page.content);
    ids.insert(a.reports[i].event.id);
    outlets.insert(a.reports[i].event.source.outlet);
    texts.insert(a.reports[i].page.content);
  }
  EXPECT_EQ(ids.size(), a.reports.size());
  EXPECT_GE(outlets.size(), 20u);
  EXPECT_EQ(texts.size(), a.reports.size());  // every page reads differently
}

TEST(SyntheticCorpus, MergeRates) {
  for (uint64_t seed : {1, 2, 3}) {
    SyntheticOptions o;
    o.seed = seed;
    o.pages = false;
    SyntheticCorpus c = GenerateCorpus(o);
    std::vector<Event> events;
    std::unordered_map<std::string, int> truth;
    for (const auto& r : c.reports) {
      truth[r.event.id] = r.truth;
      events.push_back(r.event);
    }
    auto start = std::chrono::steady_clock::now();
    auto merged = merge::MergeEvents(std::move(events));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    MergeScore s = ScoreMerge(merged, truth);
    std::printf("seed %llu: %lld reports of %lld events -> %lld merged; together %.2f%%, "
                "distinct events merged %.2f%% (%.0f ms)\n",
                static_cast<unsigned long long>(seed), static_cast<long long>(s.reports),
                static_cast<long long>(s.true_events), static_cast<long long>(s.merged_events),
                100 * s.together, 100 * s.false_merge, ms);
    EXPECT_GE(s.together, 0.95);
    EXPECT_LE(s.false_merge, 0.02);
  }
}

TEST(ScoreMerge, CountsSplitsAndFalseMerges) {
  auto ev = [](std::string id) {
    Event e;
    e.id = std::move(id);
    return e;
  };
  merge::MergedEvent m1, m2;
  m1.reports = {ev("a"), ev("b"), ev("x")};  // x belongs to event 1
  m2.reports = {ev("c")};                    // c belongs to event 0, split off
  MergeScore s = ScoreMerge({m1, m2}, {{"a", 0}, {"b", 0}, {"c", 0}, {"x", 1}});
  EXPECT_EQ(s.reports, 4);
  EXPECT_DOUBLE_EQ(s.together, 3.0 / 4);
  EXPECT_DOUBLE_EQ(s.false_merge, 1.0);
}

}  // namespace
}  // namespace sitrep::testing
