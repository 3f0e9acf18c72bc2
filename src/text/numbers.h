// Counts in news text: "more than 120", "three", "18-20", "dozens of",
// "1,285", with the qualifier ACLED records. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace sitrep::text {

struct Count {
  double min = 0;          // a single figure sets min == max
  double max = 0;
  std::string qualifier;   // "more than", "at least", "about", "up to", "dozens", ... or empty
  size_t first = 0;        // token range [first, last] of the count, qualifier included
  size_t last = 0;
  bool vague = false;      // a word like "dozens" or "several" (ACLED's coding: 12, 10, 100)
};

// Value of a number word ("three" -> 3, "twelve" -> 12), or nullopt.
std::optional<double> NumberWord(std::string_view lower);

// Reads a count starting at token `i` (qualifier first, if any). Returns
// nullopt when no count starts there.
std::optional<Count> ParseCount(const std::vector<Token>& toks, size_t i);

}  // namespace sitrep::text
