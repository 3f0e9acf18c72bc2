// Acceptance 3b: 66 sentences the team wrote from reporting on Syria, Iraq,
// Yemen, Ukraine and Sudan (testdata/sentences.jsonl), each place with its
// GeoNames id or province. Accuracy (gold places located and resolved as
// listed) must be >= 0.9.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "geo/geo_testutil.h"
#include "geo/geoparser.h"

namespace sitrep::geo {
namespace {

bool Resolved(const nlohmann::json& gold, const PlaceMention& m) {
  if (gold.contains("geonameid")) return m.place.geonameid == gold["geonameid"].get<int64_t>();
  return m.place.feature == "ADM1" && m.place.admin1 == gold["admin1"].get<std::string>();
}

TEST(SentencesTest, AccuracyAtLeastNinetyPercent) {
  std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/src/geo/testdata/sentences.jsonl");
  ASSERT_TRUE(in);
  const Gazetteer* g = testing::SharedGazetteer();
  ASSERT_NE(g, nullptr);
  auto parser = Geoparser::Create(g);
  ASSERT_TRUE(parser.ok());
  std::string line;
  int sentences = 0, total = 0, ok = 0;
  while (std::getline(in, line)) {
    nlohmann::json s = nlohmann::json::parse(line);
    std::string text = s["text"];
    ++sentences;
    std::vector<PlaceMention> found = (*parser)->Parse(testing::PlainDocument(text));
    for (const auto& gold : s["places"]) {
      std::string mention = gold["mention"];
      size_t pos = text.find(mention);
      ASSERT_NE(pos, std::string::npos) << mention;
      ++total;
      bool good = false;
      for (const PlaceMention& m : found) {
        if (m.end > pos && m.start < pos + mention.size()) good = good || Resolved(gold, m);
      }
      ok += good;
      if (!good) std::printf("  miss: %s in: %s\n", mention.c_str(), text.c_str());
    }
  }
  double accuracy = static_cast<double>(ok) / total;
  std::printf("sentences: %d, places %d, resolved %d, accuracy %.4f\n", sentences, total, ok, accuracy);
  EXPECT_GE(sentences, 60);
  EXPECT_GE(accuracy, 0.9);
}

}  // namespace
}  // namespace sitrep::geo
