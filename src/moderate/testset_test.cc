// Accuracy of the Rudaw policy on the team's labelled comments
// (testdata/comments.jsonl: text, article topic, gold decision, gold rule).
// Prints accuracy, reject precision and recall, and a per-rule confusion
// table; fails below accuracy 0.9 or reject precision 0.9. A second set
// (testdata/heldout.jsonl), written after the rules, is scored the same way.
#include <fstream>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "moderate/moderator.h"

namespace sitrep::moderate {
namespace {

struct Example {
  std::string text, topic, decision, rule;
};

std::vector<Example> ReadExamples(const std::string& path) {
  std::vector<Example> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    out.push_back({j["text"], j["topic"], j["decision"], j["rule"].is_null() ? "" : j["rule"]});
  }
  return out;
}

struct Scores {
  double accuracy = 0, precision = 0, recall = 0;
};

// Judges every example of `file` with the Rudaw policy and prints the misses,
// the scores and the per-rule confusion.
Scores Score(const std::string& file) {
  auto examples = ReadExamples(std::string(SITREP_SOURCE_DIR) + "/src/moderate/testdata/" + file);
  auto policy = LoadPolicy(std::string(SITREP_SOURCE_DIR) + "/data/moderation/rudaw.policy");
  EXPECT_TRUE(policy.ok()) << policy.status().ToString();
  if (!policy.ok() || examples.empty()) return {};
  auto m = Moderator::Create(std::move(*policy));
  int correct = 0, tp = 0, fp = 0, fn = 0, rule_right = 0;
  std::map<std::string, std::map<std::string, int>> confusion;  // gold rule -> predicted rule
  for (const auto& ex : examples) {
    Decision d = (*m)->Judge(ex.text, (*m)->MakeTopic(ex.topic));
    bool gold_reject = ex.decision == "reject";
    correct += d.reject == gold_reject;
    tp += d.reject && gold_reject;
    fp += d.reject && !gold_reject;
    fn += !d.reject && gold_reject;
    rule_right += gold_reject && d.reject && d.rule == ex.rule;
    confusion[gold_reject ? ex.rule : "(approve)"][d.reject ? d.rule : "(approve)"]++;
    if (d.reject != gold_reject || (gold_reject && d.rule != ex.rule)) {
      std::printf("MISS gold=%s/%s got=%s/%s: %s\n     %s\n", ex.decision.c_str(), ex.rule.c_str(),
                  d.reject ? "reject" : "approve", d.rule.c_str(), ex.text.c_str(), d.reason.c_str());
    }
  }
  Scores s;
  s.accuracy = correct / static_cast<double>(examples.size());
  s.precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0;
  s.recall = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0;
  std::printf("%s: comments %zu  accuracy %.3f  reject precision %.3f  reject recall %.3f  "
              "rule right on true rejects %d/%d\n",
              file.c_str(), examples.size(), s.accuracy, s.precision, s.recall, rule_right, tp);
  std::printf("confusion (gold rule -> predicted):\n");
  for (const auto& [gold, row] : confusion) {
    std::printf("  %-16s", gold.c_str());
    for (const auto& [pred, count] : row) std::printf(" %s:%d", pred.c_str(), count);
    std::printf("\n");
  }
  return s;
}

// The set the rules were developed against.
TEST(TestSet, RudawPolicyAccuracy) {
  Scores s = Score("comments.jsonl");
  EXPECT_GE(s.accuracy, 0.9);
  EXPECT_GE(s.precision, 0.9);
}

// Comments written after the rules, to measure them on text they were not
// tuned on; the bar is lower.
TEST(TestSet, RudawPolicyHeldOut) {
  Scores s = Score("heldout.jsonl");
  EXPECT_GE(s.accuracy, 0.8);
  EXPECT_GE(s.precision, 0.8);
}

}  // namespace
}  // namespace sitrep::moderate
