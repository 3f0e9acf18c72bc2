// Held-out test of the plain-text segmenter on pages the team wrote in
// varied layouts (testdata/text/*.txt; see the README there): wire stories,
// live blogs, Disqus and WordPress threads, comments with no header, menus,
// footers, captions, bios, newsletter boxes, cross-links, first-person quotes
// and numbered lists. Every line carries its gold label as a prefix that the
// test strips. Prints per-page line-label accuracy and comment-depth
// accuracy, and over all pages article precision and recall (title, dek,
// heading, body and update are "article"); asserts both are at least 0.95
// and that no gold comment or boilerplate line is labelled article.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "clean/text_segmenter.h"

namespace sitrep::clean {
namespace {

namespace fs = std::filesystem;

const fs::path kPages = fs::path(SITREP_SOURCE_DIR) / "src/clean/testdata/text";

struct GoldPage {
  std::string content;              // the page without label prefixes
  std::vector<std::string> labels;  // per 0-based line; "" for blank lines
  std::vector<int> depths;          // comment depth per line, -1 elsewhere
};

// Splits "co|text" into a label and the page line; returns false on a bad prefix.
bool ParseLine(const std::string& raw, std::string* label, int* depth, std::string* text) {
  static const std::map<std::string, std::string> kCodes = {
      {"ti", "title"}, {"de", "dek"},         {"me", "meta"},    {"he", "heading"},
      {"bo", "body"},  {"up", "update"},      {"bp", "boilerplate"}, {"co", "comment"},
      {"c1", "comment"}, {"c2", "comment"}};
  auto it = kCodes.find(raw.substr(0, 2));
  if (raw.size() < 3 || raw[2] != '|' || it == kCodes.end()) return false;
  *label = it->second;
  *depth = raw[0] != 'c' ? -1 : raw[1] == 'o' ? 0 : raw[1] - '0';
  *text = raw.substr(3);
  return true;
}

bool ReadGoldPage(const fs::path& path, GoldPage* page) {
  std::ifstream in(path);
  std::string raw;
  while (std::getline(in, raw)) {
    std::string label, text;
    int depth = -1;
    if (!raw.empty() && !ParseLine(raw, &label, &depth, &text)) {
      ADD_FAILURE() << path.filename() << ": bad label prefix in \"" << raw << "\"";
      return false;
    }
    page->content += text + "\n";
    page->labels.push_back(label);
    page->depths.push_back(depth);
  }
  return !page->labels.empty();
}

bool IsArticleName(const std::string& label) {
  SegmentLabel l;
  return ParseLabel(label, &l) && IsArticle(l);
}

struct Counts {
  int lines = 0, correct = 0, tp = 0, fp = 0, fn = 0, leaks = 0;
  int comment_lines = 0, depth_correct = 0;
};

void ScorePage(const std::string& name, const GoldPage& page, Counts* total) {
  PageMeta meta;
  std::vector<Segment> segments = SegmentText(page.content, "", &meta);
  size_t n = page.labels.size();
  std::vector<std::string> predicted(n, "none");
  std::vector<int> depth(n, -1);
  for (const Segment& s : segments) {
    for (int l = s.start_line; l <= s.end_line && l <= static_cast<int>(n); ++l) {
      predicted[l - 1] = std::string(LabelName(s.label));
      depth[l - 1] = s.depth;
    }
  }
  Counts c;
  for (size_t i = 0; i < n; ++i) {
    const std::string& g = page.labels[i];
    if (g.empty()) continue;
    const std::string& p = predicted[i];
    bool ga = IsArticleName(g), pa = IsArticleName(p);
    ++c.lines;
    c.correct += g == p;
    c.tp += ga && pa;
    c.fp += !ga && pa;
    c.fn += ga && !pa;
    if (g == "comment" && p == "comment") {
      ++c.comment_lines;
      c.depth_correct += depth[i] == page.depths[i];
    }
    if ((g == "comment" || g == "boilerplate") && pa) {
      ++c.leaks;
      ADD_FAILURE() << name << ":" << i + 1 << " gold " << g << " labelled " << p;
    }
    if (g != p) std::printf("  %s:%zu gold=%s got=%s\n", name.c_str(), i + 1, g.c_str(), p.c_str());
  }
  std::printf("%-40s lines=%3d accuracy=%.3f article tp=%d fp=%d fn=%d comment depth=%d/%d\n",
              name.c_str(), c.lines, c.lines ? static_cast<double>(c.correct) / c.lines : 0.0,
              c.tp, c.fp, c.fn, c.depth_correct, c.comment_lines);
  total->lines += c.lines;
  total->correct += c.correct;
  total->tp += c.tp;
  total->fp += c.fp;
  total->fn += c.fn;
  total->leaks += c.leaks;
  total->comment_lines += c.comment_lines;
  total->depth_correct += c.depth_correct;
}

TEST(TextPagesTest, ArticleLinesMatchInlineGold) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kPages)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 15u) << "test pages missing in " << kPages;
  Counts total;
  for (const fs::path& file : files) {
    GoldPage page;
    ASSERT_TRUE(ReadGoldPage(file, &page)) << file;
    ScorePage(file.filename().string(), page, &total);
  }
  double precision = total.tp + total.fp ? static_cast<double>(total.tp) / (total.tp + total.fp) : 0;
  double recall = total.tp + total.fn ? static_cast<double>(total.tp) / (total.tp + total.fn) : 0;
  std::printf("all %zu pages: lines=%d accuracy=%.4f article precision=%.4f recall=%.4f leaks=%d "
              "comment depth=%d/%d\n",
              files.size(), total.lines, static_cast<double>(total.correct) / total.lines,
              precision, recall, total.leaks, total.depth_correct, total.comment_lines);
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.95);
  EXPECT_EQ(total.leaks, 0);
}

}  // namespace
}  // namespace sitrep::clean
