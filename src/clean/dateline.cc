// Date, time and dateline scanners.
//
// Text is cut into white-space separated tokens with their byte offsets. A
// date is one numeric token (15-08-2017, 8/18/2017, 2017-08-15, ISO with a
// time) or three word tokens (August 15, 2017 / 15 August 2017). A date line
// may carry labels and weekdays before the date and time tokens (10:23, pm,
// GMT, "at", "|") after it, and nothing else.
#include "clean/dateline.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <vector>

#include "base/strings.h"

namespace sitrep::clean {
namespace {

struct Token {
  std::string_view text;  // as printed
  std::string word;       // lower-case, without surrounding punctuation
  size_t offset;
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == b) break;
    Token t{s.substr(b, i - b), "", b};
    std::string_view w = t.text;
    while (!w.empty() && std::string_view(",;:()[]|\"'").find(w.back()) != std::string_view::npos) {
      w.remove_suffix(1);
    }
    while (!w.empty() && std::string_view("([\"'").find(w.front()) != std::string_view::npos) {
      w.remove_prefix(1);
    }
    t.word = AsciiLower(w);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

int MonthNumber(std::string word) {
  static const std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.pop_back();
  if (word == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kMonths[m];
    if (word == name || (word.size() == 3 && name.substr(0, 3) == word)) return m + 1;
  }
  return 0;
}

bool IsWeekday(std::string word) {
  if (!word.empty() && word.back() == '.') word.pop_back();
  for (const char* d : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                        "sat", "sun"}) {
    if (word == d) return true;
  }
  return false;
}

bool IsLabel(const std::string& word) {
  for (const char* l : {"published", "posted", "updated", "last", "date", "on", "created",
                        "modified", "dated", "-", "–", "—", "|", "", "first", "at"}) {
    if (word == l) return true;
  }
  return false;
}

// Digits only (at least one), up to `max` of them.
bool AllDigits(std::string_view s, size_t max = 4) {
  if (s.empty() || s.size() > max) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsTimeToken(std::string word) {
  if (word.empty() || IsLabel(word)) return true;
  if (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
  for (const char* z : {"am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "eet",
                        "eest", "est", "edt", "pst", "pdt", "et", "ast", "msk", "local", "time",
                        "hrs", "h", "z", "ago"}) {
    if (word == z) return true;
  }
  // 10:23, 10:23:45, 5:12pm, 10.23, 1700, +0300
  size_t i = 0;
  if (word[0] == '+' || word[0] == '-') i = 1;
  bool digit = false;
  for (; i < word.size(); ++i) {
    char c = word[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digit = true;
    } else if (c != ':' && c != '.') {
      break;
    }
  }
  if (!digit) return false;
  std::string rest = word.substr(i);
  return rest.empty() || rest == "am" || rest == "pm" || rest == "h" || rest == "z";
}

bool ValidDate(int y, int m, int d) {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// One numeric token: 15-08-2017, 8/18/2017, 15.08.2017, 2017-08-15(T...).
bool ParseNumericDate(std::string_view w, std::string* iso) {
  size_t t = w.find('t');
  if (t != std::string_view::npos && t >= 8) w = w.substr(0, t);
  char sep = 0;
  std::vector<std::string_view> parts;
  size_t b = 0;
  for (size_t i = 0; i <= w.size(); ++i) {
    if (i == w.size() || w[i] == '-' || w[i] == '/' || w[i] == '.') {
      if (i < w.size()) {
        if (sep != 0 && w[i] != sep) return false;
        sep = w[i];
      }
      parts.push_back(w.substr(b, i - b));
      b = i + 1;
    }
  }
  if (parts.size() != 3) return false;
  for (auto p : parts) {
    if (!AllDigits(p)) return false;
  }
  int a = std::atoi(std::string(parts[0]).c_str());
  int m = std::atoi(std::string(parts[1]).c_str());
  int c = std::atoi(std::string(parts[2]).c_str());
  if (parts[0].size() == 4) {
    if (!ValidDate(a, m, c)) return false;
    *iso = Iso(a, m, c);
    return true;
  }
  if (parts[2].size() == 2) c += 2000;
  else if (parts[2].size() != 4) return false;
  int day, month;
  if (a > 12) {
    day = a, month = m;
  } else if (m > 12) {
    day = m, month = a;
  } else if (sep == '/') {
    day = m, month = a;
  } else {
    day = a, month = m;
  }
  if (!ValidDate(c, month, day)) return false;
  *iso = Iso(c, month, day);
  return true;
}

int DayNumber(std::string w) {
  for (const char* suffix : {"st", "nd", "rd", "th"}) {
    if (EndsWith(w, suffix)) w.resize(w.size() - 2);
  }
  if (!AllDigits(w, 2)) return 0;
  return std::atoi(w.c_str());
}

int YearNumber(const std::string& w) {
  if (!AllDigits(w, 4) || w.size() != 4) return 0;
  return std::atoi(w.c_str());
}

// A date starting at tokens[i]; sets *used to the tokens it takes.
bool ParseDateAt(const std::vector<Token>& tokens, size_t i, std::string* iso, size_t* used) {
  if (i >= tokens.size()) return false;
  if (ParseNumericDate(tokens[i].word, iso)) {
    *used = 1;
    return true;
  }
  if (i + 2 >= tokens.size()) return false;
  int m = MonthNumber(tokens[i].word), d = DayNumber(tokens[i + 1].word);
  int y = YearNumber(tokens[i + 2].word);
  if (m && d && y && ValidDate(y, m, d)) {
    *iso = Iso(y, m, d);
    *used = 3;
    return true;
  }
  d = DayNumber(tokens[i].word);
  m = MonthNumber(tokens[i + 1].word);
  if (m && d && y && ValidDate(y, m, d)) {
    *iso = Iso(y, m, d);
    *used = 3;
    return true;
  }
  return false;
}

bool IsTimeZoneWord(const std::string& w) {
  for (const char* z : {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "et",
                        "ast", "msk", "local"}) {
    if (w == z) return true;
  }
  return false;
}

}  // namespace

bool ParseDateLine(std::string_view line, std::string* iso) {
  line = Trim(line);
  if (line.empty() || line.size() > 90) return false;
  std::vector<Token> tokens = Tokenize(line);
  size_t i = 0;
  while (i < tokens.size() && (IsLabel(tokens[i].word) || IsWeekday(tokens[i].word))) ++i;
  size_t used = 0;
  if (!ParseDateAt(tokens, i, iso, &used)) return false;
  for (size_t j = i + used; j < tokens.size();) {
    std::string other;
    size_t n = 0;
    if (IsTimeToken(tokens[j].word) || IsWeekday(tokens[j].word)) {
      ++j;
    } else if (ParseDateAt(tokens, j, &other, &n)) {
      j += n;
    } else {
      return false;
    }
  }
  return true;
}

size_t FindTrailingDate(std::string_view text, std::string* printed) {
  std::vector<Token> tokens = Tokenize(text);
  size_t n = tokens.size();
  for (size_t i = n > 8 ? n - 8 : 0; i < n; ++i) {
    std::string iso;
    size_t used = 0;
    if (!ParseDateAt(tokens, i, &iso, &used)) continue;
    bool rest_is_time = true;
    for (size_t j = i + used; j < n; ++j) {
      if (!IsTimeToken(tokens[j].word) || tokens[j].word == "-") {
        rest_is_time = false;
        break;
      }
    }
    if (!rest_is_time) continue;
    size_t begin = tokens[i].offset;
    *printed = std::string(Trim(text.substr(begin)));
    return begin;
  }
  return std::string_view::npos;
}

bool ParseUpdateLine(std::string_view line, std::string* time) {
  line = Trim(line);
  std::vector<Token> tokens = Tokenize(line.substr(0, 80));
  if (tokens.empty()) return false;
  auto ends_with_mark = [](std::string_view t) {
    return !t.empty() && (t.back() == ':' || t.back() == ',');
  };
  bool keyword = false;
  std::string_view first = tokens[0].text;
  for (std::string_view k : {"UPDATED", "Updated", "UPDATE", "Update"}) {
    if (!StartsWith(first, k)) continue;
    std::string_view rest = first.substr(k.size());
    if (!rest.empty() && rest != ":" && rest != ",") return false;  // "Updates", "Update-"
    bool caps = k[1] == 'P';
    bool next_is_time = tokens.size() > 1 && !tokens[1].word.empty() &&
                        std::isdigit(static_cast<unsigned char>(tokens[1].word[0])) &&
                        IsTimeToken(tokens[1].word);
    if (!caps && rest.empty() && !next_is_time) return false;  // "Update the ..." is a sentence
    keyword = true;
    break;
  }
  // The time: a clock token (1700, 17:00, 5:12pm) with am/pm or a zone after it.
  size_t t0 = keyword ? 1 : 0, t = t0;
  bool clock = false, zone = false, colon = false;
  while (t < tokens.size() && t < t0 + 4) {
    const std::string& w = tokens[t].word;
    bool numeric = !w.empty() && std::isdigit(static_cast<unsigned char>(w[0]));
    if (numeric && IsTimeToken(w) && !clock) {
      clock = true;
      colon = w.find(':') != std::string::npos;
    } else if (clock && !numeric && !w.empty() && !IsLabel(w) && IsTimeToken(w)) {
      zone = zone || IsTimeZoneWord(w) || w == "am" || w == "pm" || w == "a.m" || w == "p.m";
    } else {
      break;
    }
    ++t;
    if (ends_with_mark(tokens[t - 1].text)) break;
  }
  std::string span;
  if (clock) {
    std::string_view s = line.substr(tokens[t0].offset, tokens[t - 1].offset +
                                                            tokens[t - 1].text.size() -
                                                            tokens[t0].offset);
    while (!s.empty() && (s.back() == ':' || s.back() == ',')) s.remove_suffix(1);
    span = std::string(s);
  }
  if (keyword) {
    *time = (clock && (zone || colon)) ? span : "";
    return true;
  }
  if (!clock || !(zone || colon)) return false;
  // Without the keyword the time opens the line and is followed by ':' or a dash.
  bool marked = ends_with_mark(tokens[t - 1].text) ||
                (t < tokens.size() &&
                 (tokens[t].word == "-" || tokens[t].word == "\xE2\x80\x93" || tokens[t].word == "\xE2\x80\x94"));
  if (!marked || !zone) return false;
  *time = span;
  return true;
}

bool StartsWithDateline(std::string_view text) {
  std::string_view head = text.substr(0, 100);
  size_t dash = std::string_view::npos, dash_len = 0;
  for (std::string_view d : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " -- ", " \xE2\x80\x94", "\xE2\x80\x94 "}) {
    size_t at = head.find(d);
    if (at != std::string_view::npos && at < dash) {
      dash = at;
      dash_len = d.size();
    }
  }
  if (dash == std::string_view::npos || dash < 3) return false;
  std::string_view rest = Trim(text.substr(dash + dash_len));
  if (rest.empty()) return false;
  std::string_view prefix = head.substr(0, dash);
  // Drop an agency in brackets: "BEIRUT (Reuters)".
  size_t paren = prefix.find('(');
  if (paren != std::string_view::npos) prefix = Trim(prefix.substr(0, paren));
  std::string_view place = prefix.substr(0, prefix.find(','));
  int letters = 0;
  for (char c : place) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      ++letters;
    } else if (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  if (letters < 3) return false;
  // The region after the comma is a few words.
  if (place.size() < prefix.size()) {
    std::string_view region = prefix.substr(place.size() + 1);
    int words = 0;
    for (std::string_view w : Split(Trim(region), ' ')) words += !w.empty();
    if (words > 5) return false;
  }
  return true;
}

}  // namespace sitrep::clean
