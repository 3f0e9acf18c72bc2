// The seed pages' real reader comments (read from ../shared at test time):
// prints each decision for a person to read, and asserts the unambiguous
// ones. The comments' text is not copied here; assertions find a comment by
// a few of its words.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "clean/cleaner.h"
#include "moderate/moderator.h"

namespace sitrep::moderate {
namespace {

namespace fs = std::filesystem;

struct Judged {
  std::string file, text;
  Decision decision;
};

std::vector<Judged> JudgeSeeds(const Moderator& m, const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Judged> out;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    RawPage page;
    page.path = f.string();
    page.content = ss.str();
    auto doc = clean::Clean(page);
    if (!doc.ok()) continue;
    for (const auto& c : ModerateDocument(m, *doc)) {
      out.push_back({f.filename().string(), c.segment->text, c.decision});
    }
  }
  return out;
}

const Judged* Find(const std::vector<Judged>& all, std::string_view words) {
  for (const auto& j : all) {
    if (j.text.find(words) != std::string::npos) return &j;
  }
  return nullptr;
}

TEST(SeedComments, DecisionsAreSensible) {
  fs::path dir = fs::path(SITREP_SHARED_DIR) / "corpus" / "seeds";
  if (!fs::exists(dir)) GTEST_SKIP() << "../shared not found: " << dir;
  auto p = LoadPolicy(std::string(SITREP_SOURCE_DIR) + "/data/moderation/rudaw.policy");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  auto m = Moderator::Create(std::move(*p));
  ASSERT_TRUE(m.ok());
  auto all = JudgeSeeds(**m, dir);
  int rejected = 0;
  for (const auto& j : all) {
    rejected += j.decision.reject;
    std::printf("%s %-8s %-16s %.90s\n", j.file.c_str(), j.decision.reject ? "reject" : "approve",
                j.decision.rule.c_str(), j.text.c_str());
    if (j.decision.reject) std::printf("    %s\n", j.decision.reason.c_str());
  }
  std::printf("%zu comments, %d rejected\n", all.size(), rejected);
  ASSERT_GE(all.size(), 5u) << "the cleaner found too few comments on the seed pages";
  // Citing news links under a relevant comment is not promotion.
  for (std::string_view words : {"Liwa Al Shimal", "EU officials fear that TurkStream"}) {
    const Judged* j = Find(all, words);
    ASSERT_NE(j, nullptr) << words;
    EXPECT_FALSE(j->decision.reject) << words << ": " << j->decision.reason;
  }
  // Political opinion, however strong, is allowed.
  for (std::string_view words : {"Obama\xE2\x80\x99s Kiev Coup", "Faylaq Al-Rahman", "Kazemi you conflate"}) {
    const Judged* j = Find(all, words);
    ASSERT_NE(j, nullptr) << words;
    EXPECT_FALSE(j->decision.reject) << words << ": " << j->decision.reason;
  }
}

}  // namespace
}  // namespace sitrep::moderate
