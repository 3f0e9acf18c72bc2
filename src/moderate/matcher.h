// Word patterns over folded comment words (fold.h).
//
// A pattern is a sequence of elements separated by spaces:
//   word          one folded word; a trailing '*' means "any ending" ("kill*")
//   (a|b c|d)     one of several words or word sequences (a word may be @name)
//   @name         any entry of lexicon `name` (an entry may be a phrase)
//   <url> <email> <phone> <number>   a word of that kind
//   ...           a gap of zero to four words
//   X?            element X is optional
// Example: "i (will|am going to|gonna) (kill*|shoot|behead) (you|him|her|them)".
// Matching tries every start word and backtracks over optional elements and
// gaps; the first (leftmost, then longest-first) match wins. Parsed patterns
// are immutable values, safe to share across threads.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "moderate/fold.h"
#include "sitrep/status.h"

namespace sitrep::moderate {

// Lexicon name -> entries, each entry a sequence of folded words.
using Lexicons = std::map<std::string, std::vector<std::vector<std::string>>, std::less<>>;

struct PatternElement {
  enum class Kind { kWords, kLexicon, kWordKind, kGap };
  Kind kind = Kind::kWords;
  std::vector<std::vector<std::string>> alternatives;  // kWords
  std::string lexicon;                                 // kLexicon
  WordKind word_kind = WordKind::kWord;                // kWordKind
  bool optional = false;
};

struct Pattern {
  std::string source;  // the pattern as written
  std::vector<PatternElement> elements;
};

// Parses a pattern. InvalidArgument on unbalanced parentheses, an empty
// alternative or an unknown <kind>.
Result<Pattern> ParsePattern(std::string_view text);

// Lexicon names a pattern refers to (to check they exist).
std::vector<std::string> LexiconsOf(const Pattern& pattern);

// Words [first, last) that a pattern matched.
struct WordMatch {
  size_t first = 0;
  size_t last = 0;
};

// Finds the leftmost match of `pattern` in `words` at or after word `from`.
// An unknown lexicon matches nothing.
bool FindPattern(const Pattern& pattern, const std::vector<Word>& words, const Lexicons& lexicons,
                 WordMatch* match, size_t from = 0);

// True when word `w` (a word of kind kWord) matches some single-word entry of
// `entries`, or the start of a phrase entry matching words from `i` on; sets
// `*end` to the word after the match.
bool MatchEntries(const std::vector<std::vector<std::string>>& entries, const std::vector<Word>& words,
                  size_t i, size_t* end);

}  // namespace sitrep::moderate
