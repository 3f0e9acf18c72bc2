// Non-cryptographic 64-bit hashing for ids (FNV-1a with a final mix).
// Stable across platforms and runs: ids written to a store stay valid.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

uint64_t Hash64(std::string_view data, uint64_t seed = 0);
// 16 lower-case hex digits.
std::string HexId(uint64_t value);

}  // namespace sitrep
