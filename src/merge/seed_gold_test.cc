// The situation picture of the seed pages, computed from their hand-made gold
// events and claims (../shared/gold/seeds): what this stage must make of a
// correct extraction. The end-to-end version is tests/situation_seed_test.sh.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/json_records.h"
#include "merge/merge.h"
#include "merge/names.h"
#include "merge/situation.h"

namespace sitrep::merge {
namespace {

const std::string kGold = std::string(SITREP_SHARED_DIR) + "/gold/seeds";

template <typename T>
std::vector<T> Load(const std::string& name) {
  std::vector<T> out;
  std::ifstream in(kGold + "/" + name);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    T record;
    EXPECT_TRUE(FromJson(j, &record).ok());
    if constexpr (std::is_same_v<T, Claim>) {
      if (j.contains("km") && j["km"].is_number()) record.km_min = record.km_max = j["km"].get<double>();
      if (!record.km_min && record.km_max) record.km_min = 0.0;  // "within 10 km"
    }
    out.push_back(std::move(record));
  }
  return out;
}

class SeedGold : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kGold + "/events.jsonl")) {
      GTEST_SKIP() << "../shared not found: " << kGold;
    }
    merged_ = MergeEvents(Load<Event>("events.jsonl"));
    claims_ = Load<Claim>("claims.jsonl");
  }
  std::vector<MergedEvent> merged_;
  std::vector<Claim> claims_;
};

TEST_F(SeedGold, KharataIsOneEventFromTwoPages) {
  int found = 0;
  for (const auto& m : merged_) {
    if (FoldName(m.event.location).find("kharata") == std::string::npos) continue;
    ++found;
    ASSERT_EQ(m.reports.size(), 2u);
    EXPECT_NE(m.reports[0].source.file, m.reports[1].source.file);
    EXPECT_EQ(m.confidence, "corroborated");  // the army's claim and another page's report
  }
  EXPECT_EQ(found, 1);
}

TEST_F(SeedGold, NoOtherReportsMerged) {
  size_t reports = 0;
  for (const auto& m : merged_) reports += m.reports.size();
  EXPECT_EQ(merged_.size(), reports - 1);  // only the al-Kharata pair is one event
}

TEST_F(SeedGold, FrontLineToDeirEzZor) {
  auto series = FrontSeries(claims_, merged_, "Deir el-Zour");
  std::vector<std::string> got;
  for (const auto& p : series) {
    got.push_back(p.date + " " + (p.kind == "contact" ? "contact" : std::to_string(int(p.km_min)) + "-" + std::to_string(int(p.km_max))));
    EXPECT_FALSE(p.claimed_by.empty()) << got.back();
  }
  EXPECT_EQ(got, (std::vector<std::string>{"2017-09-01 30-30", "2017-09-03 18-20", "2017-09-03 12-12",
                                           "2017-09-05 3-3", "2017-09-05 contact"}));
}

TEST_F(SeedGold, ControlTimeline) {
  auto timeline = ControlTimeline(merged_);
  auto find = [&](const char* place, const char* controller, const char* date) {
    for (const auto& c : timeline) {
      if (SamePlace(Place{}, c.place, Place{}, place) && c.controller == controller && c.date == date) return &c;
    }
    return static_cast<const ControlChange*>(nullptr);
  };
  EXPECT_NE(find("al-Sukhna", "Military Forces of Syria", "2017-08-12"), nullptr);
  EXPECT_NE(find("Qaryatayn", "Islamic State", "2017-10-01"), nullptr);
  const ControlChange* siege = find("Deir ez-Zor", "Military Forces of Syria", "2017-09-05");
  ASSERT_NE(siege, nullptr);
  EXPECT_EQ(siege->kind, "siege broken");
  auto at = ControlAt(timeline, "2017-09-30");
  for (const auto& c : at) EXPECT_NE(c.place, "Qaryatayn");  // taken only on 1 October
}

TEST_F(SeedGold, SameDayDistanceClaimsContradict) {
  auto found = ClaimContradictions(claims_);
  ASSERT_EQ(found.size(), 1u);  // 18-20 km (the governor) against 12 km (the army), 3 September
  EXPECT_EQ(found[0].field, "km");
}

}  // namespace
}  // namespace sitrep::merge
