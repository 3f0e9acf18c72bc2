// SimHash: every shingle (three consecutive words) is hashed to 64 bits; each
// bit position keeps a counter that a shingle raises when its hash has the bit
// set and lowers otherwise. The fingerprint has bit i set when counter i ends
// positive. Changing k of n shingles moves each counter by at most 2k, so
// small edits flip only the bits whose counters were near zero.
#include "merge/near_duplicate.h"

#include <array>
#include <bit>
#include <string>
#include <vector>

#include "base/hash.h"

namespace sitrep::merge {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (IsWordByte(c)) {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

uint64_t SimHash(std::string_view article_text) {
  std::vector<std::string> words = Words(article_text);
  if (words.empty()) return 0;
  constexpr size_t kShingle = 3;
  std::array<int64_t, 64> counts{};
  auto add = [&counts](uint64_t h) {
    for (int i = 0; i < 64; ++i) counts[i] += ((h >> i) & 1) ? 1 : -1;
  };
  if (words.size() < kShingle) {
    for (const auto& w : words) add(Hash64(w));
  } else {
    std::string shingle;
    for (size_t i = 0; i + kShingle <= words.size(); ++i) {
      shingle.clear();
      for (size_t k = 0; k < kShingle; ++k) {
        shingle += words[i + k];
        shingle += ' ';
      }
      add(Hash64(shingle));
    }
  }
  uint64_t fingerprint = 0;
  for (int i = 0; i < 64; ++i) {
    if (counts[i] > 0) fingerprint |= uint64_t{1} << i;
  }
  return fingerprint;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

bool NearDuplicate(uint64_t a, uint64_t b) {
  return a != 0 && b != 0 && HammingDistance(a, b) <= kNearDuplicateMaxBits;
}

}  // namespace sitrep::merge
