// Sentence splitter: a sentence ends at . ! ? (with any closing quotes or
// brackets after it) when the next word starts with a capital, a digit or an
// opening quote, unless the dot ends a known abbreviation ("Col.", "Gen.",
// "Mr.") or a single-letter initial. A line break ends a sentence too:
// cleaned segments keep line breaks only between paragraphs and list items.
#include <cctype>
#include <string>

#include "text/tokenizer.h"
#include "text/word_set.h"

namespace sitrep::text {
namespace {

const WordSet& Abbreviations() {
  static const WordSet kAbbrev = {
      "mr", "mrs", "ms", "dr", "col", "gen", "lt", "maj", "capt", "sgt", "brig", "adm", "cpl",
      "st", "jr", "sr", "prof", "rev", "gov", "sen", "rep", "no", "vs", "etc", "jan", "feb",
      "aug", "sept", "sep", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "approx", "e.g",
      "i.e", "u.s", "u.n", "u.k"};
  return kAbbrev;
}

bool IsClosing(std::string_view t) {
  return t == ")" || t == "]" || t == "\"" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" ||
         t == "\xC2\xBB" || t == "'";
}

bool StartsSentence(const Token& t) {
  if (t.is_word) return t.capitalized || std::isdigit(static_cast<unsigned char>(t.text[0]));
  return IsQuoteMark(t.text) || t.text == "(" || t.text == "[" || t.text == "-" ||
         t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\xA2";
}

// True when the dot token at `i` is an abbreviation's dot, not a full stop.
bool AbbreviationDot(const std::vector<Token>& toks, size_t i) {
  if (i == 0 || !toks[i - 1].is_word || toks[i - 1].end != toks[i].start) return false;
  const std::string& w = toks[i - 1].lower;
  if (Abbreviations().count(w)) return true;
  return w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0])) &&
         toks[i - 1].capitalized;
}

bool NewlineBetween(std::string_view text, size_t a, size_t b) {
  for (size_t i = a; i < b && i < text.size(); ++i) {
    if (text[i] == '\n') return true;
  }
  return false;
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::string_view text) { return SplitSentences(text, Tokenize(text)); }

std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& toks) {
  std::vector<SentenceSpan> out;
  size_t first = 0;  // first token of the current sentence
  for (size_t i = 0; i < toks.size(); ++i) {
    size_t last = i;  // last token of the sentence if it ends here
    bool end = false;
    const std::string& t = toks[i].text;
    if (t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6") {
      while (last + 1 < toks.size() && IsClosing(toks[last + 1].text)) ++last;
      end = last + 1 < toks.size() && StartsSentence(toks[last + 1]) &&
            !(t == "." && AbbreviationDot(toks, i));
    }
    if (!end && i + 1 < toks.size() && NewlineBetween(text, toks[i].end, toks[i + 1].start)) {
      end = true;
    }
    if (!end) continue;
    out.push_back({toks[first].start, toks[last].end, first, last + 1});
    first = last + 1;
    i = last;
  }
  if (first < toks.size()) out.push_back({toks[first].start, toks.back().end, first, toks.size()});
  return out;
}

}  // namespace sitrep::text
