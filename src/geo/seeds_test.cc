// Acceptance 1: every place mention in the seed gold (places.jsonl) resolves
// to its GeoNames id or province. Each gold mention is located in its page;
// every occurrence must overlap a geoparser mention resolved as listed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "geo/geo_testutil.h"
#include "geo/geoparser.h"

namespace sitrep::geo {
namespace {

const std::string kShared = SITREP_SHARED_DIR;

bool Matches(const nlohmann::json& gold, const PlaceMention& m) {
  if (gold.contains("geonameid") && gold["geonameid"].is_number()) {
    return m.place.geonameid == gold["geonameid"].get<int64_t>();
  }
  return m.place.feature == "ADM1" && m.place.admin1 == gold.value("admin1", "");
}

TEST(SeedsTest, EveryGoldPlaceResolves) {
  std::ifstream in(kShared + "/gold/seeds/places.jsonl");
  if (!in) GTEST_SKIP() << "../shared not found: " << kShared << "/gold/seeds/places.jsonl";
  const Gazetteer* g = testing::SharedGazetteer();
  ASSERT_NE(g, nullptr) << "gazetteer index missing (build the gazetteer target)";
  auto parser = Geoparser::Create(g);
  ASSERT_TRUE(parser.ok());
  std::string line;
  int total = 0, ok = 0;
  while (std::getline(in, line)) {
    nlohmann::json gold = nlohmann::json::parse(line);
    std::string file = gold["file"], mention = gold["mention"];
    std::string page = testing::ReadFileOrEmpty(kShared + "/corpus/seeds/" + file);
    ASSERT_FALSE(page.empty()) << file;
    std::vector<PlaceMention> found = (*parser)->Parse(testing::PlainDocument(page, file));
    size_t pos = page.find(mention);
    ASSERT_NE(pos, std::string::npos) << mention << " not in " << file;
    for (; pos != std::string::npos; pos = page.find(mention, pos + 1)) {
      ++total;
      bool good = false;
      std::string got = "nothing";
      for (const PlaceMention& m : found) {
        if (m.end <= pos || m.start >= pos + mention.size()) continue;
        got = m.mention + " -> " + m.place.name + " " + std::to_string(m.place.geonameid) + " " +
              m.place.feature + " " + m.place.admin1;
        good = Matches(gold, m);
        break;
      }
      ok += good;
      EXPECT_TRUE(good) << file << " at " << pos << ": " << mention << " got " << got;
    }
  }
  std::printf("seed places resolved: %d / %d\n", ok, total);
}

}  // namespace
}  // namespace sitrep::geo
