// Pattern parsing and backtracking matching.
//
// ParsePattern splits the text at spaces outside parentheses; a group's
// alternatives split at '|' and each alternative at spaces. Matching is a
// depth-first search: element k at word i yields the word positions where it
// can end (longest first; an optional element or a gap may also end at i),
// and the search goes on from each of them with element k + 1. Patterns are a
// handful of elements over comments of a few hundred words, so the search is
// small.
#include "moderate/matcher.h"

#include <algorithm>

#include "base/strings.h"

namespace sitrep::moderate {
namespace {

constexpr size_t kMaxGap = 4;

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  for (std::string_view part : Split(s, ' ')) {
    if (!Trim(part).empty()) out.push_back(AsciiLower(Trim(part)));
  }
  return out;
}

// Top-level tokens of a pattern: spaces inside parentheses do not split.
Result<std::vector<std::string>> Tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return InvalidArgumentError("unbalanced ')' in pattern: " + std::string(text));
    if (c == ' ' && depth == 0) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    cur += c;
  }
  if (depth != 0) return InvalidArgumentError("unbalanced '(' in pattern: " + std::string(text));
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

Result<PatternElement> ParseElement(std::string tok) {
  PatternElement e;
  if (tok.size() > 1 && tok.back() == '?') {
    e.optional = true;
    tok.pop_back();
  }
  if (tok == "...") {
    e.kind = PatternElement::Kind::kGap;
  } else if (tok[0] == '@') {
    e.kind = PatternElement::Kind::kLexicon;
    e.lexicon = tok.substr(1);
  } else if (tok[0] == '<') {
    e.kind = PatternElement::Kind::kWordKind;
    if (tok == "<url>") e.word_kind = WordKind::kUrl;
    else if (tok == "<email>") e.word_kind = WordKind::kEmail;
    else if (tok == "<phone>") e.word_kind = WordKind::kPhone;
    else if (tok == "<number>") e.word_kind = WordKind::kNumber;
    else return InvalidArgumentError("unknown word kind " + tok);
  } else if (tok[0] == '(') {
    if (tok.back() != ')') return InvalidArgumentError("text after ')' in " + tok);
    for (std::string_view alt : Split(std::string_view(tok).substr(1, tok.size() - 2), '|')) {
      std::vector<std::string> words = SplitWords(alt);
      if (words.empty()) return InvalidArgumentError("empty alternative in " + tok);
      e.alternatives.push_back(std::move(words));
    }
  } else {
    e.alternatives.push_back({AsciiLower(tok)});
  }
  return e;
}

// Where word sequence `seq` can end when it starts at word i. A word of the
// sequence may be "@name", any entry of that lexicon.
void SequenceEnds(const std::vector<std::string>& seq, const std::vector<Word>& words, size_t i,
                  const Lexicons* lexicons, std::vector<size_t>* ends) {
  std::vector<size_t> at = {i};
  for (const std::string& tok : seq) {
    std::vector<size_t> next;
    for (size_t pos : at) {
      if (tok.size() > 1 && tok[0] == '@' && lexicons != nullptr) {
        auto it = lexicons->find(std::string_view(tok).substr(1));
        if (it == lexicons->end()) continue;
        for (const auto& entry : it->second) SequenceEnds(entry, words, pos, nullptr, &next);
      } else if (pos < words.size() && EntryMatches(tok, words[pos])) {
        next.push_back(pos + 1);
      }
    }
    at = std::move(next);
    if (at.empty()) return;
  }
  ends->insert(ends->end(), at.begin(), at.end());
}

void SequenceEnds(const std::vector<std::vector<std::string>>& seqs, const std::vector<Word>& words,
                  size_t i, const Lexicons* lexicons, std::vector<size_t>* ends) {
  for (const auto& seq : seqs) SequenceEnds(seq, words, i, lexicons, ends);
}

// Positions where element `e` starting at word i can end, longest first.
std::vector<size_t> ElementEnds(const PatternElement& e, const std::vector<Word>& words, size_t i,
                                const Lexicons& lexicons) {
  std::vector<size_t> ends;
  switch (e.kind) {
    case PatternElement::Kind::kWords:
      SequenceEnds(e.alternatives, words, i, &lexicons, &ends);
      break;
    case PatternElement::Kind::kLexicon:
      if (auto it = lexicons.find(e.lexicon); it != lexicons.end()) SequenceEnds(it->second, words, i, nullptr, &ends);
      break;
    case PatternElement::Kind::kWordKind:
      if (i < words.size() && words[i].kind == e.word_kind) ends.push_back(i + 1);
      break;
    case PatternElement::Kind::kGap:
      for (size_t n = 1; n <= kMaxGap && i + n <= words.size(); ++n) ends.push_back(i + n);
      ends.push_back(i);
      break;
  }
  std::sort(ends.rbegin(), ends.rend());
  ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
  if (e.optional) ends.push_back(i);
  return ends;
}

bool MatchFrom(const Pattern& p, size_t k, const std::vector<Word>& words, size_t i,
               const Lexicons& lexicons, size_t* end) {
  if (k == p.elements.size()) {
    *end = i;
    return true;
  }
  for (size_t next : ElementEnds(p.elements[k], words, i, lexicons)) {
    if (MatchFrom(p, k + 1, words, next, lexicons, end)) return true;
  }
  return false;
}

}  // namespace

Result<Pattern> ParsePattern(std::string_view text) {
  Pattern p;
  p.source = std::string(Trim(text));
  ASSIGN_OR_RETURN(std::vector<std::string> tokens, Tokens(p.source));
  if (tokens.empty()) return InvalidArgumentError("empty pattern");
  for (std::string& tok : tokens) {
    ASSIGN_OR_RETURN(PatternElement e, ParseElement(std::move(tok)));
    p.elements.push_back(std::move(e));
  }
  return p;
}

std::vector<std::string> LexiconsOf(const Pattern& pattern) {
  std::vector<std::string> names;
  for (const auto& e : pattern.elements) {
    if (e.kind == PatternElement::Kind::kLexicon) names.push_back(e.lexicon);
    for (const auto& alt : e.alternatives) {
      for (const auto& w : alt) {
        if (w.size() > 1 && w[0] == '@') names.push_back(w.substr(1));
      }
    }
  }
  return names;
}

bool FindPattern(const Pattern& pattern, const std::vector<Word>& words, const Lexicons& lexicons,
                 WordMatch* match, size_t from) {
  for (size_t i = from; i < words.size(); ++i) {
    size_t end;
    if (MatchFrom(pattern, 0, words, i, lexicons, &end) && end > i) {
      *match = {i, end};
      return true;
    }
  }
  return false;
}

bool MatchEntries(const std::vector<std::vector<std::string>>& entries, const std::vector<Word>& words,
                  size_t i, size_t* end) {
  std::vector<size_t> ends;
  SequenceEnds(entries, words, i, nullptr, &ends);
  if (ends.empty()) return false;
  *end = *std::max_element(ends.begin(), ends.end());
  return true;
}

}  // namespace sitrep::moderate
