// Splitting and folding comment words.
//
// The text is cut at white space into chunks. A phone number may span
// several chunks, so phone numbers are found first, over the whole text: a
// run of digits and separators with at least nine digits that starts with
// '+' or '(' or is grouped by spaces or hyphens. A chunk (trimmed of quotes
// and closing punctuation) that names a scheme, starts with "www." or ends in
// a known top-level domain is a link; one with an '@' before a dotted host is
// an e-mail address. Other chunks split into runs of word characters, where
// symbols that stand for letters or hide them ('*', '$', '!', '@', ...) count
// as word characters; apostrophes between letters split contractions. Last,
// three or more single letters separated by one punctuation character or
// space are joined back into the word they spell.
#include "moderate/fold.h"

#include <algorithm>
#include <cctype>

#include "base/utf8.h"

namespace sitrep::moderate {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSymbolLetter(char c) { return std::string_view("*#%@$!|+").find(c) != std::string_view::npos; }
bool IsMask(char c) { return c == '*' || c == '#' || c == '%'; }

// Non-ASCII code points count as letters except general punctuation, the
// Latin-1 symbols and no-break spaces.
bool IsLetterCp(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlpha(static_cast<char>(cp));
  if (cp >= 0x00A0 && cp <= 0x00BF) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  if (cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD) return false;
  return true;
}

bool IsApostrophe(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '\'') return *len = 1, true;
  if (s.compare(i, 3, "\xE2\x80\x99") == 0) return *len = 3, true;  // U+2019
  return false;
}

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return *len = 1, true;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return *len = 2, true;
  return false;
}

char LeetLetter(char c) {
  switch (c) {
    case '0': return 'o';
    case '1': case '!': case '|': return 'i';
    case '3': return 'e';
    case '4': case '@': return 'a';
    case '5': case '$': return 's';
    case '7': case '+': return 't';
    case '8': return 'b';
    case '9': return 'g';
    default: return c;
  }
}

bool HasKnownTld(std::string_view host) {
  static const char* kTlds[] = {"com", "net", "org", "info", "biz", "io", "co", "ly", "gl", "me",
                                "tv", "ru", "uk", "de", "fr", "xyz", "shop", "online", "site",
                                "store", "club", "top", "us", "in", "eu", "gov", "edu"};
  size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string tld = std::string(host.substr(dot + 1));
  for (char& c : tld) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* t : kTlds) {
    if (tld == t) return true;
  }
  return false;
}

bool LooksLikeUrl(std::string_view c) {
  if (c.find("://") != std::string_view::npos) return true;
  if (c.size() > 4 && (c.substr(0, 4) == "www." || c.substr(0, 4) == "WWW.")) return true;
  std::string_view host = c.substr(0, c.find('/'));
  for (char ch : host) {
    if (!IsAsciiAlpha(ch) && !IsDigit(ch) && ch != '.' && ch != '-') return false;
  }
  return host.find('.') != std::string_view::npos && HasKnownTld(host) && host.front() != '.';
}

bool LooksLikeEmail(std::string_view c) {
  size_t at = c.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  std::string_view host = c.substr(at + 1);
  size_t dot = host.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < host.size() && IsAsciiAlpha(host.back());
}

// Phone number starting at `i`, or 0.
size_t PhoneLength(std::string_view s, size_t i) {
  if (i > 0 && (IsAsciiAlpha(s[i - 1]) || IsDigit(s[i - 1]))) return 0;
  if (!(IsDigit(s[i]) || s[i] == '+' || s[i] == '(')) return 0;
  size_t j = i, digits = 0, last_digit = i;
  bool grouped = s[i] == '+' || s[i] == '(', all_years = true;
  size_t group = 0;
  std::string group_text;
  for (; j < s.size(); ++j) {
    char c = s[j];
    if (IsDigit(c)) {
      ++digits, ++group, last_digit = j;
      continue;
    }
    if (c == '+' && j != i) break;
    if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+') break;
    if (j + 1 < s.size() && s[j + 1] == ' ' && c == ' ') break;
    if (c == ' ' || c == '-' || c == '(' || c == ')') grouped = true;
    if (group > 0 && group != 4) all_years = false;
    group = 0;
  }
  if (group > 0 && group != 4) all_years = false;
  size_t end = last_digit + 1;
  if (end < s.size() && (IsAsciiAlpha(s[end]) || s[end] == '/')) return 0;
  if (digits < 9 || digits > 15 || all_years) return 0;
  if (!grouped && digits < 10) return 0;
  return end - i;
}

void AddWord(std::string_view text, size_t b, size_t e, std::vector<Word>* out) {
  if (b >= e) return;
  Word w;
  w.start = b;
  w.end = e;
  std::string_view raw = text.substr(b, e - b);
  bool any_letter = false;
  for (char c : raw) any_letter |= IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
  if (!any_letter) {
    bool digits = std::all_of(raw.begin(), raw.end(), IsDigit);
    if (!digits && raw.find_first_not_of("*#%") == std::string_view::npos) return;
    w.kind = WordKind::kNumber;
  }
  w.text = FoldWord(raw);
  w.masked = w.text.find('*') != std::string::npos;
  for (size_t i = 0; i + 2 < w.text.size(); ++i) {
    if (IsAsciiAlpha(w.text[i]) && w.text[i] == w.text[i + 1] && w.text[i] == w.text[i + 2]) {
      w.elongated = true;
    }
  }
  out->push_back(std::move(w));
}

bool EndsWithN(const std::string& s) { return !s.empty() && s.back() == 'n'; }

// Expands a contraction's tail ("re" after "you") into its own word.
void AddContraction(std::string_view text, size_t b, size_t e, std::vector<Word>* out) {
  std::string tail = FoldWord(text.substr(b, e - b));
  static const std::pair<const char*, const char*> kTails[] = {
      {"re", "are"}, {"m", "am"}, {"ll", "will"}, {"ve", "have"}, {"d", "would"}};
  if (tail == "s") return;
  if (tail == "t" && !out->empty() && EndsWithN(out->back().text)) {
    std::string& prev = out->back().text;
    prev = prev == "won" ? "will" : prev == "can" ? "can" : prev.substr(0, prev.size() - 1);
    out->push_back({"not", b, e, WordKind::kWord, false, false});
    return;
  }
  for (const auto& [from, to] : kTails) {
    if (tail == from) return out->push_back({to, b, e, WordKind::kWord, false, false});
  }
  AddWord(text, b, e, out);
}

}  // namespace

namespace {

bool IsWordByte(std::string_view s, size_t i, size_t* len) {
  char32_t cp;
  *len = DecodeUtf8(s, i, &cp);
  if (cp < 0x80) return IsAsciiAlpha(s[i]) || IsDigit(s[i]) || IsSymbolLetter(s[i]);
  return IsLetterCp(cp);
}

bool IsCore(char c) { return IsAsciiAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80; }

// Trims symbols that do not stand for a letter: leading ones unless '$' or
// '@' before a letter, trailing ones unless masks after a letter.
void TrimRun(std::string_view s, size_t* b, size_t* e) {
  while (*b < *e && !IsCore(s[*b])) {
    bool leet = (s[*b] == '$' || s[*b] == '@') && *b + 1 < *e && IsAsciiAlpha(s[*b + 1]);
    if (leet) break;
    ++*b;
  }
  while (*e > *b && !IsCore(s[*e - 1])) {
    if (IsMask(s[*e - 1]) && IsAsciiAlpha(s[*b])) break;
    --*e;
  }
}

void SplitChunk(std::string_view s, size_t b, size_t e, std::vector<Word>* out) {
  size_t i = b, run = b;
  bool tail = false;
  auto flush = [&](size_t end) {
    size_t rb = run, re = end;
    TrimRun(s, &rb, &re);
    if (rb < re) tail ? AddContraction(s, rb, re, out) : AddWord(s, rb, re, out);
  };
  while (i < e) {
    size_t len;
    if (IsWordByte(s, i, &len)) {
      i += len;
      continue;
    }
    size_t alen;
    bool contraction = IsApostrophe(s, i, &alen) && i > run && IsAsciiAlpha(s[i - 1]) &&
                       i + alen < e && IsAsciiAlpha(s[i + alen]);
    flush(i);
    tail = contraction;
    i += contraction ? alen : len;
    run = i;
  }
  flush(e);
}

// Joins three or more single letters separated by one character ("f.u.c.k"),
// four or more when the separator is a space.
void JoinSpelledLetters(std::string_view s, std::vector<Word>* words) {
  std::vector<Word> out;
  for (size_t i = 0; i < words->size();) {
    size_t j = i;
    auto single = [&](size_t k) {
      return (*words)[k].kind == WordKind::kWord && (*words)[k].end - (*words)[k].start == 1;
    };
    while (j + 1 < words->size() && single(j) && single(j + 1) &&
           (*words)[j + 1].start - (*words)[j].end == 1 &&
           std::string_view(" .-_").find(s[(*words)[j].end]) != std::string_view::npos &&
           (j == i || s[(*words)[j].end] == s[(*words)[i].end])) {
      ++j;
    }
    // Spaces often separate real one-letter words ("u r a"): ask for four.
    bool spaced = j > i && s[(*words)[i].end] == ' ';
    if (j - i + 1 >= (spaced ? 4u : 3u)) {
      Word joined = (*words)[i];
      for (size_t k = i + 1; k <= j; ++k) joined.text += (*words)[k].text;
      joined.end = (*words)[j].end;
      out.push_back(std::move(joined));
      i = j + 1;
    } else {
      out.push_back((*words)[i++]);
    }
  }
  *words = std::move(out);
}

// Chat spellings of pronouns and "are".
void ExpandSlang(std::vector<Word>* words) {
  std::vector<Word> out;
  for (Word& w : *words) {
    if (w.kind != WordKind::kWord) {
      out.push_back(std::move(w));
      continue;
    }
    if (w.text == "u" || w.text == "ya") w.text = "you";
    else if (w.text == "ur" || w.text == "yr") w.text = "your";
    else if (w.text == "r") w.text = "are";
    else if (w.text == "youre" || w.text == "ure") {
      w.text = "you";
      out.push_back(w);
      w.text = "are";
    }
    out.push_back(std::move(w));
  }
  *words = std::move(out);
}

Word Special(std::string_view s, size_t b, size_t e, WordKind kind) {
  Word w;
  w.start = b;
  w.end = e;
  w.kind = kind;
  for (char c : s.substr(b, e - b)) w.text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool IsOpenPunct(std::string_view s, size_t i, size_t* len) {
  *len = 1;
  if (std::string_view("([{\"'`<").find(s[i]) != std::string_view::npos) return true;
  for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB"}) {
    std::string_view qv(q);
    if (s.compare(i, qv.size(), qv) == 0) return *len = qv.size(), true;
  }
  return false;
}

// The chunk [b, e) without surrounding quotes and closing punctuation.
void TrimChunk(std::string_view s, size_t* b, size_t* e) {
  size_t len;
  while (*b < *e && IsOpenPunct(s, *b, &len)) *b += len;
  while (*e > *b) {
    char c = s[*e - 1];
    if (std::string_view(")]}\"'.,;:!?>").find(c) != std::string_view::npos) {
      --*e;
    } else if (*e - *b >= 3 && static_cast<unsigned char>(c) >= 0x80 &&
               static_cast<unsigned char>(s[*e - 3]) == 0xE2) {
      *e -= 3;  // closing quote or ellipsis
    } else {
      break;
    }
  }
}

}  // namespace

std::string FoldWord(std::string_view raw) {
  int letters = 0, others = 0;
  for (char c : raw) {
    if (IsAsciiAlpha(c)) ++letters;
    else if (IsDigit(c) || (IsSymbolLetter(c) && !IsMask(c))) ++others;
  }
  bool leet = others > 0 && letters > others;
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (IsMask(c)) out += '*';
    else if (leet) out += static_cast<char>(std::tolower(static_cast<unsigned char>(LeetLetter(c))));
    else out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string CollapseRuns(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

namespace {

bool MaskedEqual(std::string_view core, std::string_view word, bool prefix) {
  if (word.empty() || word[0] == '*') return false;
  if (prefix ? word.size() < core.size() : word.size() != core.size()) return false;
  for (size_t i = 0; i < core.size(); ++i) {
    if (word[i] != core[i] && word[i] != '*') return false;
  }
  return true;
}

}  // namespace

bool EntryMatches(std::string_view entry, const Word& w) {
  if (w.kind != WordKind::kWord || entry.empty()) return false;
  bool prefix = entry.back() == '*';
  std::string_view core = prefix ? entry.substr(0, entry.size() - 1) : entry;
  if (MaskedEqual(core, w.text, prefix)) return true;
  return w.elongated && MaskedEqual(CollapseRuns(core), CollapseRuns(w.text), prefix);
}

std::vector<Word> FoldWords(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    if (IsSpaceAt(text, i, &len)) {
      i += len;
      continue;
    }
    if (size_t n = PhoneLength(text, i); n > 0) {
      words.push_back(Special(text, i, i + n, WordKind::kPhone));
      i += n;
      continue;
    }
    size_t e = i;
    while (e < text.size() && !IsSpaceAt(text, e, &len)) ++e;
    size_t b = i, te = e;
    TrimChunk(text, &b, &te);
    std::string_view chunk = text.substr(b, te - b);
    if (!chunk.empty() && LooksLikeUrl(chunk)) {
      words.push_back(Special(text, b, te, WordKind::kUrl));
    } else if (!chunk.empty() && LooksLikeEmail(chunk)) {
      words.push_back(Special(text, b, te, WordKind::kEmail));
    } else {
      SplitChunk(text, i, e, &words);
    }
    i = e;
  }
  JoinSpelledLetters(text, &words);
  ExpandSlang(&words);
  return words;
}

}  // namespace sitrep::moderate
