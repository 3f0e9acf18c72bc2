// Comment words, folded so that disguised spellings compare equal to the
// policy's lexicons.
//
// FoldWords splits a reader comment into words and folds each one: ASCII
// case, leetspeak inside words that mix letters with digits or symbols
// ("sh1t", "$hit", "b!tch", "a$$hole"), letters spelled out with separators
// ("f.u.c.k", "s-h-i-t"), contractions ("you're" -> "you" "are", "u" ->
// "you"), and masking characters kept as '*' ("f*ck", "f**k", "sh#t") so that
// a lexicon entry can match them letter for letter. Links, e-mail addresses
// and phone numbers become single words of their own kind. Every word keeps
// the byte offsets of the original spelling, so a reason quotes the comment
// exactly. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::moderate {

enum class WordKind { kWord, kNumber, kUrl, kEmail, kPhone };

struct Word {
  std::string text;  // folded form ('*' for a masked letter); URLs lowercased
  size_t start = 0;  // byte offsets of the original spelling in the comment
  size_t end = 0;
  WordKind kind = WordKind::kWord;
  bool masked = false;     // holds '*' standing for hidden letters
  bool elongated = false;  // had a run of three or more equal letters ("fuuuck")
};

// The words of `text` (valid UTF-8), in order.
std::vector<Word> FoldWords(std::string_view text);

// Folds one word as FoldWords does: lower case, leetspeak when the word mixes
// letters with digits or symbols, masks ('*', '#', '%') to '*'.
std::string FoldWord(std::string_view raw);

// Collapses every run of equal characters to one ("fuuuck" -> "fuck").
std::string CollapseRuns(std::string_view s);

// True when lexicon entry `entry` (lower case; a trailing '*' means "any
// ending") matches folded word `w`: exactly, letter for letter with '*' in
// `w` matching any one letter, or, for an elongated word, after collapsing
// letter runs on both sides.
bool EntryMatches(std::string_view entry, const Word& w);

}  // namespace sitrep::moderate
