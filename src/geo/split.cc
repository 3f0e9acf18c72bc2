// SplitText (recognizer.h): words with byte offsets and shape flags.
// A word is a run of name characters (letters, digits, marks), apostrophes
// inside a name included ("Ma'arrat") but English clitics left out ("Zor's").
// "joined" means only spaces or hyphens since the previous word, or an
// abbreviation's dot ("W.Va.", "St. Louis").
#include <unicode/uchar.h>

#include <cctype>

#include "base/utf8.h"
#include "geo/recognizer.h"

namespace sitrep::geo {
namespace {

void SetShape(Word* w) {
  char32_t cp;
  DecodeUtf8(w->text, 0, &cp);
  UChar32 c = static_cast<UChar32>(cp);
  w->capitalized = u_isupper(c) || (u_isalpha(c) && !u_islower(c)) || u_istitle(c);
  bool all = w->text.size() >= 2;
  for (char ch : w->text) all = all && !(ch >= 'a' && ch <= 'z');
  w->all_caps = all && w->capitalized;
}

// "s", "m", "re", "ve", "ll", "d", "t" then a non-letter: an English clitic.
bool IsClitic(std::string_view rest) {
  size_t k = 0;
  std::string w;
  while (k < rest.size() && k < 3 && ((rest[k] >= 'a' && rest[k] <= 'z') || (rest[k] >= 'A' && rest[k] <= 'Z'))) {
    w += static_cast<char>(rest[k] | 0x20);
    ++k;
  }
  if (k < rest.size() && (static_cast<unsigned char>(rest[k]) >= 0x80 || std::isalnum(static_cast<unsigned char>(rest[k])))) return false;
  return w == "s" || w == "m" || w == "re" || w == "ve" || w == "ll" || w == "d" || w == "t";
}

}  // namespace

std::vector<Word> SplitText(std::string_view text) {
  std::vector<Word> words;
  size_t gap_start = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp;
    size_t n = DecodeUtf8(text, i, &cp);
    if (!IsNameChar(cp)) {
      i += n;
      continue;
    }
    Word w;
    w.start = i;
    while (i < text.size()) {
      n = DecodeUtf8(text, i, &cp);
      if (IsNameChar(cp)) {
        i += n;
      } else if (IsNameApostrophe(cp) && i + n < text.size()) {
        char32_t next, after = ' ';
        size_t m = DecodeUtf8(text, i + n, &next);
        if (i + n + m < text.size()) DecodeUtf8(text, i + n + m, &after);
        if (!IsNameChar(next) || IsClitic(text.substr(i + n))) break;  // "Zor's", "I'm"
        i += n;
      } else {
        break;
      }
    }
    w.end = i;
    w.text = text.substr(w.start, w.end - w.start);
    std::string_view gap = text.substr(gap_start, w.start - gap_start);
    w.sentence_start = words.empty() || gap.find_first_of(".!?:\n\"“") != std::string_view::npos;
    bool abbreviation = !words.empty() && words.back().text.size() <= 2 && words.back().capitalized &&
                        (gap == "." || gap == ". ");  // "W.Va.", "St. Louis"
    w.joined = !words.empty() && (abbreviation || gap.find_first_not_of(" -\xC2\xA0") == std::string_view::npos);
    w.hyphen_before = gap == "-";
    SetShape(&w);
    gap_start = i;
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace sitrep::geo
