// Acceptance test of the plain-text segmenter on the five seed pages: line
// labels against the hand-made gold in ../shared/gold/seeds/segments.json.
// Title, dek, heading, body and update count as "article"; article precision
// and recall over non-blank lines must each be at least 0.98, and no gold
// comment or boilerplate line may be labelled article. Prints the numbers
// and the per-label confusion. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "ingest/reader.h"

namespace sitrep::clean {
namespace {

const std::string kSeeds = std::string(SITREP_SHARED_DIR) + "/corpus/seeds";
const std::string kGold = std::string(SITREP_SHARED_DIR) + "/gold/seeds/segments.json";

// Gold label per 1-based line, by file name.
std::map<std::string, std::map<int, std::string>> ReadGold(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json gold = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  std::map<std::string, std::map<int, std::string>> out;
  if (gold.is_discarded() || !gold.contains("files")) return out;
  for (const auto& [file, ranges] : gold["files"].items()) {
    for (const auto& r : ranges) {
      for (int line = r[0].get<int>(); line <= r[1].get<int>(); ++line) {
        out[file][line] = r[2].get<std::string>();
      }
    }
  }
  return out;
}

std::vector<std::string> Lines(const std::string& content) {
  std::vector<std::string> lines;
  std::stringstream in(content);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool Blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

bool ArticleName(const std::string& label) {
  SegmentLabel l;
  return ParseLabel(label, &l) && IsArticle(l);
}

TEST(SeedSegmentationTest, ArticleLinesMatchGold) {
  if (!std::filesystem::exists(kSeeds) || !std::filesystem::exists(kGold)) {
    GTEST_SKIP() << "../shared not found: " << kSeeds;
  }
  auto gold = ReadGold(kGold);
  ASSERT_EQ(gold.size(), 5u) << "cannot read " << kGold;

  std::vector<ingest::Problem> problems;
  std::vector<Document> docs;
  for (const auto& input : ingest::ListInputs({kSeeds}, &problems)) {
    ingest::ReadInput(input, {}, [&](RawPage&& page) {
      Result<Document> doc = Clean(page);
      ASSERT_TRUE(doc.ok()) << doc.status().ToString();
      docs.push_back(std::move(*doc));
    }, &problems);
  }
  EXPECT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(docs.size(), 5u);

  int tp = 0, fp = 0, fn = 0, leaks = 0;
  std::map<std::string, std::map<std::string, int>> confusion;  // gold -> predicted -> lines
  for (const Document& doc : docs) {
    const auto& file_gold = gold[doc.FileName()];
    ASSERT_FALSE(file_gold.empty()) << doc.FileName();
    std::vector<std::string> lines = Lines(doc.content);
    std::vector<std::string> predicted(lines.size() + 1, "none");
    for (const Segment& s : doc.segments) {
      for (int l = s.start_line; l <= s.end_line && l <= static_cast<int>(lines.size()); ++l) {
        predicted[l] = std::string(LabelName(s.label));
      }
    }
    for (size_t i = 1; i <= lines.size(); ++i) {
      if (Blank(lines[i - 1])) continue;
      auto it = file_gold.find(static_cast<int>(i));
      std::string g = it == file_gold.end() ? "none" : it->second;
      const std::string& p = predicted[i];
      ++confusion[g][p];
      bool ga = ArticleName(g), pa = ArticleName(p);
      tp += ga && pa;
      fp += !ga && pa;
      fn += ga && !pa;
      if ((g == "comment" || g == "boilerplate") && pa) {
        ++leaks;
        ADD_FAILURE() << doc.FileName() << ":" << i << " gold " << g << " labelled " << p;
      }
      if (ga != pa) std::printf("  miss %s:%zu gold=%s got=%s\n", doc.FileName().c_str(), i, g.c_str(), p.c_str());
    }
  }
  double precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0;
  double recall = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0;
  std::printf("article lines: tp=%d fp=%d fn=%d precision=%.4f recall=%.4f leaks=%d\n", tp, fp,
              fn, precision, recall, leaks);
  std::printf("confusion (gold -> predicted: non-blank lines)\n");
  for (const auto& [g, row] : confusion) {
    std::printf("  %-11s", g.c_str());
    for (const auto& [p, n] : row) std::printf(" %s:%d", p.c_str(), n);
    std::printf("\n");
  }
  EXPECT_GE(precision, 0.98);
  EXPECT_GE(recall, 0.98);
  EXPECT_EQ(leaks, 0);
}

}  // namespace
}  // namespace sitrep::clean
