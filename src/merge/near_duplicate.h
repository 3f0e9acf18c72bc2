// Near-duplicate pages: SimHash fingerprints of article text.
//
// A syndicated or re-posted article differs from its original by a changed
// headline, another site's boilerplate or a few edited words. SimHash maps a
// text to 64 bits such that texts sharing most of their word shingles differ
// in few bits (a one-bit minwise hash: the distance estimates 32 times the
// shingle Jaccard distance), so "the same article" becomes "fingerprints
// within kNearDuplicateMaxBits bits". The store keeps the fingerprints and asks
// for a stored page within that distance at ingest. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep::merge {

// Two pages whose fingerprints differ in at most this many bits are one
// article. Measured by near_duplicate_test (RatesAtThreshold, 300-600 word
// articles): re-posts with one edited word and a new six-word lead sentence
// stay within 3 bits in 95%+ of cases, while distinct articles drawn from one
// vocabulary never came closer than 18 bits. The store's four 16-bit bands
// find every stored page within 3 bits exactly (pigeonhole).
inline constexpr int kNearDuplicateMaxBits = 3;

// 64-bit fingerprint over the shingles of three consecutive words of
// `article_text` (words: runs of letters and digits, ASCII lower-cased; bytes
// of non-ASCII letters kept as they are). Texts of fewer than three words hash
// their words alone. An empty text gives 0, any other text a non-zero value.
uint64_t SimHash(std::string_view article_text);

// Number of differing bits.
int HammingDistance(uint64_t a, uint64_t b);

// True when both fingerprints are non-zero and within kNearDuplicateMaxBits.
bool NearDuplicate(uint64_t a, uint64_t b);

}  // namespace sitrep::merge
