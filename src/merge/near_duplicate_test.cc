#include "merge/near_duplicate.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace sitrep::merge {
namespace {

// A random article of `n` words from a small vocabulary of news words, so
// that different articles share many words (as articles on one story do).
std::string Article(std::mt19937* rng, int n) {
  static const std::vector<std::string> kWords = {
      "the", "army", "said", "forces", "city", "on", "Sunday", "advanced", "toward", "government",
      "fighters", "killed", "province", "reported", "near", "village", "oil", "field", "siege",
      "ministry", "statement", "km", "from", "of", "in", "attack", "troops", "airstrikes",
      "monitor", "opposition", "road", "east", "west", "north", "south", "captured", "Islamic",
      "State", "Syrian", "Russian", "military", "positions", "border", "town", "residents"};
  std::uniform_int_distribution<size_t> pick(0, kWords.size() - 1);
  std::string text;
  for (int i = 0; i < n; ++i) {
    text += kWords[pick(*rng)];
    text += (i % 17 == 16) ? ". " : " ";
  }
  return text;
}

// Replaces `k` words at random positions.
std::string Edit(const std::string& text, std::mt19937* rng, int k) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::uniform_int_distribution<size_t> pos(0, words.size() - 1);
  for (int i = 0; i < k; ++i) words[pos(*rng)] = "edited" + std::to_string(i);
  std::string out;
  for (const auto& w : words) out += w + " ";
  return out;
}

TEST(SimHash, IdenticalAndCaseInsensitive) {
  std::string a = "Syrian troops broke the siege of Deir ez-Zor on Tuesday.";
  EXPECT_EQ(SimHash(a), SimHash("syrian TROOPS broke the siege of deir ez zor on tuesday"));
  EXPECT_EQ(SimHash(""), 0u);
  EXPECT_NE(SimHash("two words"), 0u);
}

TEST(HammingDistance, CountsBits) {
  EXPECT_EQ(HammingDistance(0, 0), 0);
  EXPECT_EQ(HammingDistance(0b1011, 0b0001), 2);
  EXPECT_EQ(HammingDistance(~uint64_t{0}, 0), 64);
}

TEST(NearDuplicate, ZeroFingerprintNeverMatches) {
  EXPECT_FALSE(NearDuplicate(0, 0));
  EXPECT_TRUE(NearDuplicate(0b111000, 0b111001));
}

// The threshold kNearDuplicateMaxBits, measured: an article of 300-600 words
// re-posted with a new six-word lead sentence and one edited word, against
// distinct articles drawn from the same vocabulary.
TEST(NearDuplicate, RatesAtThreshold) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> length(300, 600);
  int copies_found = 0, distinct_merged = 0, trials = 400;
  int max_copy = 0, min_distinct = 64;
  for (int t = 0; t < trials; ++t) {
    std::string original = Article(&rng, length(rng));
    std::string copy = "Breaking news from our own correspondents. " + Edit(original, &rng, 1);
    std::string other = Article(&rng, length(rng));
    int d_copy = HammingDistance(SimHash(original), SimHash(copy));
    int d_other = HammingDistance(SimHash(original), SimHash(other));
    max_copy = std::max(max_copy, d_copy);
    min_distinct = std::min(min_distinct, d_other);
    copies_found += NearDuplicate(SimHash(original), SimHash(copy));
    distinct_merged += NearDuplicate(SimHash(original), SimHash(other));
  }
  std::printf("copies within %d bits: %d/%d (max distance %d); distinct within: %d/%d (min %d)\n",
              kNearDuplicateMaxBits, copies_found, trials, max_copy, distinct_merged, trials,
              min_distinct);
  EXPECT_GE(copies_found, trials * 95 / 100);
  EXPECT_EQ(distinct_merged, 0);
}

}  // namespace
}  // namespace sitrep::merge
