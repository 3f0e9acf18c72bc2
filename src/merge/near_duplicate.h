// Near-duplicate pages: SimHash fingerprints of article text.
//
// A syndicated or re-posted article differs from its original by a changed
// headline, another site's boilerplate or a few edited words. SimHash (Charikar
// 2002) maps a text to 64 bits such that texts sharing most of their word
// shingles differ in few bits, so "the same article" becomes "fingerprints
// within kNearDuplicateMaxBits bits". The store keeps the fingerprints and asks
// for a stored page within that distance at ingest. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep::merge {

// Two pages whose fingerprints differ in at most this many bits are one
// article. Measured by near_duplicate_test (NearDuplicateRates): re-posts with
// a new headline and a sentence of edits stay within 3 bits of the original,
// while distinct articles on the same story sit 15+ bits apart.
inline constexpr int kNearDuplicateMaxBits = 3;

// 64-bit SimHash over the shingles of three consecutive words of
// `article_text` (words: runs of letters and digits, ASCII lower-cased; bytes
// of non-ASCII letters kept as they are). Texts of fewer than three words hash
// their words alone; an empty text hashes to 0.
uint64_t SimHash(std::string_view article_text);

// Number of differing bits.
int HammingDistance(uint64_t a, uint64_t b);

// True when both fingerprints are non-zero and within kNearDuplicateMaxBits.
bool NearDuplicate(uint64_t a, uint64_t b);

}  // namespace sitrep::merge
