// Runs the extractor over the five seed pages (../shared/corpus/seeds) the
// way the pipeline does (clean, geoparse when the geo stage is built,
// extract), writes the events and claims as JSONL into the build folder and
// scores the events with the shared scorer (../shared/tools/score_events.py).
// Fails below strict F1 0.75, lenient F1 0.85, or with any prediction that
// quotes negative text. Skips when ../shared or python3 is absent.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/json_records.h"
#include "clean/cleaner.h"
#include "extract/extractor.h"
#ifdef SITREP_HAVE_GEO
#include "geo/gazetteer.h"
#include "geo/geoparser.h"
#endif

namespace sitrep::extract {
namespace {

namespace fs = std::filesystem;

const std::string kShared = SITREP_SHARED_DIR;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, nlohmann::json> ReadMeta(const fs::path& dir) {
  std::map<std::string, nlohmann::json> out;
  std::ifstream in(dir / "meta.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("file")) out[j["file"].get<std::string>()] = j;
  }
  return out;
}

class Geo {
 public:
  Geo() {
#ifdef SITREP_HAVE_GEO
    const char* env = std::getenv("SITREP_GAZETTEER");
    std::string path = env ? env : std::string(SITREP_BINARY_DIR) + "/gazetteer.idx";
    auto g = geo::Gazetteer::Open(path);
    if (!g.ok()) return;
    gazetteer_ = std::move(g).value();
    auto p = geo::Geoparser::Create(gazetteer_.get());
    if (p.ok()) parser_ = std::move(p).value();
#endif
  }
  std::vector<PlaceMention> Parse(const Document& doc) const {
#ifdef SITREP_HAVE_GEO
    if (parser_) return parser_->Parse(doc);
#endif
    (void)doc;
    return {};
  }
  bool ok() const {
#ifdef SITREP_HAVE_GEO
    return parser_ != nullptr;
#else
    return false;
#endif
  }

 private:
#ifdef SITREP_HAVE_GEO
  std::unique_ptr<geo::Gazetteer> gazetteer_;
  std::unique_ptr<geo::Geoparser> parser_;
#endif
};

TEST(SeedsTest, EventsScoreAboveTheBar) {
  fs::path seeds = fs::path(kShared) / "corpus" / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "../shared not found: " << seeds;
  auto extractor = Extractor::Create(std::string(SITREP_SOURCE_DIR) + "/data");
  ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
  Geo geo;
  std::printf("geoparser: %s\n", geo.ok() ? "on" : "off (no gazetteer index)");
  std::map<std::string, nlohmann::json> meta = ReadMeta(seeds);
  std::string events_path = std::string(SITREP_BINARY_DIR) + "/seed_events.jsonl";
  std::string claims_path = std::string(SITREP_BINARY_DIR) + "/seed_claims.jsonl";
  std::ofstream ev(events_path), cl(claims_path);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(seeds)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    RawPage page;
    page.path = f.string();
    page.content = ReadFile(f);
    const nlohmann::json& m = meta[f.filename().string()];
    if (m.contains("published") && m["published"].is_string()) page.meta.published = {m["published"], "meta.jsonl"};
    if (m.contains("outlet") && m["outlet"].is_string()) page.meta.outlet = {m["outlet"], "meta.jsonl"};
    auto doc = clean::Clean(page);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    std::vector<PlaceMention> mentions = geo.Parse(*doc);
    std::vector<Event> events;
    std::vector<Claim> claims;
    (*extractor)->Extract(*doc, mentions, &events, &claims);
    for (const Event& e : events) ev << ToJson(e).dump() << "\n";
    for (const Claim& c : claims) cl << ToJson(c).dump() << "\n";
  }
  ev.close();
  cl.close();
  std::string cmd = "python3 " + kShared + "/tools/score_events.py --gold " + kShared +
                    "/gold/seeds --pred " + events_path + " --json > " + events_path + ".score";
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "scorer did not run: " << cmd;
  // The scorer prints its JSON on the first line, then "strict F1: X".
  std::string out = ReadFile(events_path + ".score");
  nlohmann::json score = nlohmann::json::parse(out.substr(0, out.find('\n')), nullptr, false);
  ASSERT_TRUE(score.is_object());
  std::printf("seed events: %s\n", score.dump().c_str());
  EXPECT_GE(score["strict"]["f1"].get<double>(), 0.75);
  EXPECT_GE(score["lenient"]["f1"].get<double>(), 0.85);
  EXPECT_EQ(score["from_negative_text"].get<int>(), 0);
}

}  // namespace
}  // namespace sitrep::extract
