// Place-name folding: the key the gazetteer and the matcher agree on.
//
// FoldName turns a name in any script into a short ASCII key so that the
// spellings of one place in English-language reporting meet: "Deir ez-Zor",
// "Deir al-Zor", "Deir Ezzor", "Dayr az Zawr" and "DEIR EZ-ZOR" all fold to
// "dirzur". Steps: NFKD and mark removal, Any-Latin and Latin-ASCII for other
// scripts (ICU), case folding, then per token: Arabic articles dropped
// (al-, el-, ez-, ash-, ...; a glued sun-letter article as in "Ezzor"),
// spelling variants unified (q/k, ou/u, ei/ay/ey/e, aw/o, doubled letters,
// a final -ah/-eh), vowels o/u and e/i merged. Tokens are then joined without
// spaces, so hyphenation and spacing do not matter ("Al-bu-Kamal",
// "Al-Bukamal"). Every step runs identically on gazetteer names and on text,
// so only collisions between different places can hurt; the resolver ranks
// those. All functions are pure and thread-safe (the ICU transliterator is
// created once and guarded).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

// One word of a name after folding.
struct FoldedToken {
  std::string text;      // folded form ("dir", "zur"); empty for an article
  bool article = false;  // an Arabic article or connector dropped from the key
};

// Folds a place name to its matching key (empty when nothing is left).
std::string FoldName(std::string_view name);

// Folds one word of running text (letters and digits only, no spaces). A
// non-ASCII word may transliterate into several tokens; they are appended.
// `first` says whether the word starts the name (glued articles are only
// stripped from later words).
void FoldWord(std::string_view word, bool first, std::vector<FoldedToken>* out);

// The key of a token sequence: non-article texts concatenated; when every
// token is an article, their texts are kept.
std::string JoinKey(const std::vector<FoldedToken>& tokens);

// Letters and digits of the ASCII form of `name`, lower case, nothing else
// folded: tells an exact spelling ("Samarra") from a folded one ("Samara").
std::string LooseKey(std::string_view name);

// 64-bit hash of a key, as the index stores it.
uint64_t KeyHash(std::string_view key);

// Splits a name into words the way the matcher splits text: runs of letters,
// digits and combining marks; apostrophes and ayn marks inside a word are
// dropped, every other character separates.
std::vector<std::string> SplitWords(std::string_view name);

// Letters, digits and combining marks: the characters of a word.
bool IsNameChar(char32_t cp);
// Apostrophes, ayn and hamza marks: dropped inside a word ("Dar'a", "Sana‘a").
bool IsNameApostrophe(char32_t cp);

}  // namespace sitrep::geo
