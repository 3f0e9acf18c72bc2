// Hash sets and maps of words with lookup by std::string_view: a key in a
// token, a slice of a joined alias key or a string literal is looked up
// without building a std::string. Immutable once built, so const lookups
// from many threads are safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sitrep::text {

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

template <typename T>
using WordMap = std::unordered_map<std::string, T, WordHash, std::equal_to<>>;

}  // namespace sitrep::text
