// Count parsing. A count is an optional qualifier ("more than", "at least",
// "about", "up to", "nearly"), then digits ("120", "1,285", "18-20"), number
// words ("three", "twenty-five", "a dozen") or a vague quantity ("dozens",
// "several", "hundreds"), coded as ACLED does.
#include "text/numbers.h"

#include "text/word_set.h"

#include <array>
#include <cstdlib>
#include <utility>

namespace sitrep::text {
namespace {

const WordMap<double>& Words() {
  static const WordMap<double> kWords = {
      {"one", 1},       {"two", 2},        {"three", 3},      {"four", 4},      {"five", 5},
      {"six", 6},       {"seven", 7},      {"eight", 8},      {"nine", 9},      {"ten", 10},
      {"eleven", 11},   {"twelve", 12},    {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},   {"forty", 40},     {"fifty", 50},     {"sixty", 60},    {"seventy", 70},
      {"eighty", 80},   {"ninety", 90},    {"hundred", 100},  {"thousand", 1000}, {"dozen", 12}};
  return kWords;
}

// Vague quantities and the figure ACLED codes for them.
const WordMap<double>& Vague() {
  static const WordMap<double> kVague = {
      {"dozens", 12}, {"several", 10}, {"scores", 20}, {"hundreds", 100}, {"thousands", 1000},
      {"many", 10},   {"numerous", 10}};
  return kVague;
}

// Multi-word qualifiers, longest first.
const std::vector<std::pair<std::vector<std::string>, std::string>>& Qualifiers() {
  static const std::vector<std::pair<std::vector<std::string>, std::string>> kQ = {
      {{"as", "many", "as"}, "up to"}, {{"more", "than"}, "more than"},
      {{"at", "least"}, "at least"},   {{"up", "to"}, "up to"},
      {{"less", "than"}, "less than"}, {{"fewer", "than"}, "less than"},
      {{"over"}, "more than"},         {{"about"}, "about"},
      {{"around"}, "about"},           {{"some"}, "about"},
      {{"nearly"}, "nearly"},          {{"almost"}, "nearly"},
      {{"approximately"}, "about"},    {{"roughly"}, "about"},
      {{"only"}, ""}};
  return kQ;
}

bool ParseDigits(std::string_view s, double* v) {
  std::string clean;
  for (char c : s) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return false;
    clean += c;
  }
  if (clean.empty() || clean == ".") return false;
  *v = std::strtod(clean.c_str(), nullptr);
  return true;
}

// "18-20", "24-48": a range in one token.
bool ParseRange(std::string_view s, double* lo, double* hi) {
  size_t dash = s.find('-');
  if (dash == std::string_view::npos) return false;
  return ParseDigits(s.substr(0, dash), lo) && ParseDigits(s.substr(dash + 1), hi) && *lo <= *hi;
}

// A figure (no qualifier) at token i; sets *last to its last token.
bool ParseFigure(const std::vector<Token>& toks, size_t i, Count* c, size_t* last) {
  const Token& t = toks[i];
  *last = i;
  double v = 0, hi = 0;
  if (t.has_digit) {
    if (ParseDigits(t.lower, &v)) {
      c->min = c->max = v;
    } else if (ParseRange(t.lower, &v, &hi)) {
      c->min = v;
      c->max = hi;
    } else {
      return false;
    }
    if (i + 2 < toks.size() && (toks[i + 1].lower == "to" || toks[i + 1].text == "-") &&
        ParseDigits(toks[i + 2].lower, &hi) && hi > v) {
      c->max = hi;
      *last = i + 2;
    }
    return true;
  }
  if (auto it = Vague().find(t.lower); it != Vague().end()) {
    c->min = c->max = it->second;
    c->vague = true;
    c->qualifier = t.lower;
    if (i + 1 < toks.size() && toks[i + 1].lower == "of") *last = i + 1;
    return true;
  }
  size_t j = i;
  if (t.lower == "a" && i + 1 < toks.size() && toks[i + 1].lower == "dozen") j = i + 1;
  std::optional<double> w = NumberWord(toks[j].lower);
  if (!w) return false;
  c->min = c->max = *w;
  *last = j;
  return true;
}

}  // namespace

std::optional<double> NumberWord(std::string_view lower) {
  auto it = Words().find(lower);
  if (it != Words().end()) return it->second;
  size_t dash = lower.find('-');  // "twenty-five"
  if (dash == std::string_view::npos) return std::nullopt;
  auto a = Words().find(lower.substr(0, dash));
  auto b = Words().find(lower.substr(dash + 1));
  if (a == Words().end() || b == Words().end() || a->second < 20 || b->second >= 10) return std::nullopt;
  return a->second + b->second;
}

std::optional<Count> ParseCount(const std::vector<Token>& toks, size_t i) {
  if (i >= toks.size()) return std::nullopt;
  Count c;
  c.first = i;
  size_t j = i;
  static const WordSet kFirst = [] {
    WordSet first;
    for (const auto& q : Qualifiers()) first.insert(q.first[0]);
    return first;
  }();
  if (!toks[i].has_digit && kFirst.count(toks[i].lower) == 0) {  // no qualifier: the figure itself
    size_t last = i;
    if (!ParseFigure(toks, i, &c, &last)) return std::nullopt;
    c.last = last;
    return c;
  }
  for (const auto& [words, name] : Qualifiers()) {
    if (j + words.size() >= toks.size()) continue;
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = toks[j + k].lower == words[k];
    if (!match) continue;
    c.qualifier = name;
    j += words.size();
    break;
  }
  size_t last = j;
  if (!ParseFigure(toks, j, &c, &last)) return std::nullopt;
  c.last = last;
  return c;
}

}  // namespace sitrep::text
