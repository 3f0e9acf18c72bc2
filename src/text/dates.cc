// Time expressions. FindTimes scans tokens left to right and tries, at each
// position, the patterns from the longest to the shortest: explicit dates,
// month phrases with a part ("in early August"), relative phrases ("last
// week", "in the last 24 hours", "over two days"), weekdays. Civil-day
// arithmetic follows Howard Hinnant's days_from_civil.
#include "text/dates.h"

#include <array>
#include <cstdio>
#include <cstdlib>

#include "text/numbers.h"
#include "text/word_set.h"

namespace sitrep::text {
namespace {

constexpr std::array<const char*, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                  "thursday", "friday", "saturday"};
constexpr std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};

int WeekdayIndex(std::string_view w) {
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (w == kWeekdays[i]) return static_cast<int>(i);
  }
  return -1;
}

int MonthIndex(std::string_view w) {  // 1..12, or 0; accepts "aug", "sept"
  for (size_t i = 0; i < kMonths.size(); ++i) {
    std::string_view m = kMonths[i];
    if (w == m || (w.size() >= 3 && w.size() < m.size() && m.substr(0, w.size()) == w && w != "mar" && w != "may")) {
      return static_cast<int>(i) + 1;
    }
  }
  return w == "mar" ? 3 : 0;
}

int DayNumber(std::string_view w) {  // "23", "23rd", "1st"
  int v = 0;
  size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') v = v * 10 + (w[i++] - '0');
  if (i == 0 || i > 2) return 0;
  std::string_view rest = w.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4) return 0;
  int v = std::atoi(std::string(w).c_str());
  return v >= 1900 && v <= 2100 ? v : 0;
}

// The month's year: the publication year, or the year before when the month
// lies after the publication month (January report on "in December").
int YearFor(int month, const Day& pub) { return month > pub.month ? pub.year - 1 : pub.year; }

bool Is(const std::vector<Token>& t, size_t i, size_t end, std::string_view w) {
  return i < end && t[i].lower == w;
}

// "15-08-2017", "2017-08-15", "08/15/2017" in one token.
std::optional<Day> NumericDate(std::string_view w) {
  int a = 0, b = 0, c = 0;
  char s1 = 0, s2 = 0;
  if (w.empty() || w[0] < '0' || w[0] > '9') return std::nullopt;  // what %d could read starts so here
  if (std::sscanf(std::string(w).c_str(), "%d%c%d%c%d", &a, &s1, &b, &s2, &c) != 5) return std::nullopt;
  if (s1 != s2 || (s1 != '-' && s1 != '/' && s1 != '.')) return std::nullopt;
  Day d;
  if (a > 1900) d = {a, b, c};
  else if (c > 1900 && s1 == '/') d = {c, a, b};
  else if (c > 1900) d = {c, b, a};
  if (!d.valid()) return std::nullopt;
  return d;
}

// Explicit dates and month phrases starting at token i.
bool MonthPhrase(const std::vector<Token>& t, size_t i, size_t end, const Day& pub, TimeExpr* e) {
  size_t j = i;
  int part = 0;  // day of month for early/mid/late/start/end
  if ((Is(t, j, end, "in") || Is(t, j, end, "by")) &&
      (Is(t, j + 1, end, "early") || Is(t, j + 1, end, "mid") || Is(t, j + 1, end, "late"))) {
    part = t[j + 1].lower == "early" ? 5 : t[j + 1].lower == "mid" ? 15 : 25;
    j += 2;
    if (Is(t, j, end, "-")) ++j;
  } else if (Is(t, j, end, "mid-")) {
    part = 15;
  } else if ((Is(t, j, end, "at") || Is(t, j, end, "since")) && Is(t, j + 1, end, "the") &&
             (Is(t, j + 2, end, "start") || Is(t, j + 2, end, "beginning") || Is(t, j + 2, end, "end")) &&
             Is(t, j + 3, end, "of")) {
    part = t[j + 2].lower == "end" ? 28 : 3;
    j += 4;
  } else if (Is(t, j, end, "in") || Is(t, j, end, "on") || Is(t, j, end, "since")) {
    ++j;
  }
  if (j >= end) return false;
  bool mid = t[j].lower.rfind("mid-", 0) == 0;  // "mid-September": one token
  if (mid) part = 15;
  std::string_view word = mid ? std::string_view(t[j].lower).substr(4) : std::string_view(t[j].lower);
  char initial = mid ? (t[j].text.size() > 4 ? t[j].text[4] : 'x') : t[j].text[0];
  if (initial < 'A' || initial > 'Z') return false;
  int month = MonthIndex(word);
  if (month == 0) return false;
  Day d{YearFor(month, pub), month, 15};
  e->precision = part ? 2 : 3;
  if (part) d.day = part;
  size_t last = j;
  size_t next = j + 1;  // "Oct. 5": the abbreviation's full stop
  if (next < end && t[next].text == "." && word.size() <= 4) ++next;
  if (!part && next < end && DayNumber(t[next].lower)) {  // "August 23"
    d.day = DayNumber(t[next].lower);
    e->precision = 1;
    last = next;
  }
  if (last + 1 < end && t[last + 1].text == "," && last + 2 < end && YearNumber(t[last + 2].lower)) last += 2;
  if (last + 1 < end && YearNumber(t[last + 1].lower)) {
    d.year = YearNumber(t[last + 1].lower);
    ++last;
  } else if (t[last].text == "," || YearNumber(t[last].lower)) {
    d.year = YearNumber(t[last].lower);
  }
  e->first = i;
  e->last = last;
  e->day = d;
  return true;
}

// "23 August (2017)".
bool DayMonth(const std::vector<Token>& t, size_t i, size_t end, const Day& pub, TimeExpr* e) {
  if (!t[i].has_digit) return false;
  int dn = DayNumber(t[i].lower);
  if (!dn || i + 1 >= end || !t[i + 1].capitalized) return false;
  int month = MonthIndex(t[i + 1].lower);
  if (!month) return false;
  Day d{YearFor(month, pub), month, dn};
  size_t last = i + 1;
  if (last + 1 < end && YearNumber(t[last + 1].lower)) d.year = YearNumber(t[++last].lower);
  *e = {i, last, d, 1};
  return true;
}

// True when "ago" follows within the longest count and unit ("as many as
// 18 to 20 days ago"): only then is a count at `i` worth parsing.
bool AgoAhead(const std::vector<Token>& t, size_t i, size_t end) {
  for (size_t k = i + 1; k < end && k <= i + 8; ++k) {
    if (t[k].lower == "ago") return true;
  }
  return false;
}

// Weekdays, "yesterday", "last week", "this week", "in the last 24 hours",
// "over (the past) two days".
bool Relative(const std::vector<Token>& t, size_t i, size_t end, const Day& pub, TimeExpr* e) {
  size_t j = i;
  bool last = false;
  if (Is(t, j, end, "last") || Is(t, j, end, "past") || Is(t, j, end, "previous")) {
    last = true;
    ++j;
  }
  if (j < end && t[j].capitalized && WeekdayIndex(t[j].lower) >= 0) {
    int back = (Weekday(pub) - WeekdayIndex(t[j].lower) + 7) % 7;
    if (last && back == 0) back = 7;
    *e = {i, j, AddDays(pub, -back), 1};
    return true;
  }
  if (last && Is(t, j, end, "week")) { *e = {i, j, AddDays(pub, -7), 2}; return true; }
  if (last && Is(t, j, end, "month")) {  // the middle of the month before
    Day d = pub.month == 1 ? Day{pub.year - 1, 12, 15} : Day{pub.year, pub.month - 1, 15};
    *e = {i, j, d, 3};
    return true;
  }
  if (Is(t, i, end, "this") && Is(t, i + 1, end, "week")) { *e = {i, i + 1, pub, 2}; return true; }
  if (Is(t, i, end, "this") && Is(t, i + 1, end, "month")) { *e = {i, i + 1, pub, 3}; return true; }
  // "three days ago", "two weeks ago"
  if (std::optional<Count> n = AgoAhead(t, i, end) ? ParseCount(t, i) : std::nullopt;
      n && n->last + 2 < end && Is(t, n->last + 2, end, "ago")) {
    const std::string& unit = t[n->last + 1].lower;
    int days = unit.rfind("day", 0) == 0 ? 1 : unit.rfind("week", 0) == 0 ? 7 : unit.rfind("month", 0) == 0 ? 30 : 0;
    if (days) {
      *e = {i, n->last + 2, AddDays(pub, -static_cast<int64_t>(n->max) * days), days == 1 ? 1 : days == 7 ? 2 : 3};
      return true;
    }
  }
  if (Is(t, i, end, "yesterday")) { *e = {i, i, AddDays(pub, -1), 1}; return true; }
  if ((Is(t, i, end, "this") || Is(t, i, end, "earlier")) &&
      (Is(t, i + 1, end, "morning") || Is(t, i + 1, end, "afternoon") || Is(t, i + 1, end, "evening") ||
       Is(t, i + 1, end, "today"))) {
    *e = {i, i + 1, pub, 1};
    return true;
  }
  if (Is(t, i, end, "today") || Is(t, i, end, "overnight") || Is(t, i, end, "tonight")) {
    *e = {i, i, pub, 1};
    return true;
  }
  if (Is(t, i, end, "last") && Is(t, i + 1, end, "night")) { *e = {i, i + 1, AddDays(pub, -1), 1}; return true; }
  // "in the last/past 24 hours", "over (the past) two days"
  j = i;
  if (!(Is(t, j, end, "in") || Is(t, j, end, "over") || Is(t, j, end, "during"))) return false;
  ++j;
  if (Is(t, j, end, "the")) ++j;
  bool back = Is(t, j, end, "last") || Is(t, j, end, "past");
  if (back) ++j;
  // "in 24-48 hours" without "the last/past" looks ahead: a horizon, not a date.
  if (j >= end || (Is(t, i, end, "in") && !back)) return false;
  std::optional<Count> c = ParseCount(t, j);
  if (!c || c->last + 1 >= end) return false;
  const std::string& unit = t[c->last + 1].lower;
  if (unit == "hours" || unit == "hour") { *e = {i, c->last + 1, pub, c->max > 24 ? 2 : 1}; return true; }
  if (unit == "days" || unit == "day") {
    int n = static_cast<int>(c->max);
    *e = {i, c->last + 1, AddDays(pub, -(n / 2)), n <= 1 ? 1 : 2};
    return true;
  }
  return false;
}

}  // namespace

int64_t ToDays(const Day& d) {
  int y = d.year - (d.month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

Day FromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Day{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(const Day& d) {
  int64_t z = ToDays(d);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

Day AddDays(const Day& d, int64_t n) { return FromDays(ToDays(d) + n); }

std::optional<Day> ParseIsoDay(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Day d{std::atoi(std::string(s.substr(0, 4)).c_str()), std::atoi(std::string(s.substr(5, 2)).c_str()),
        std::atoi(std::string(s.substr(8, 2)).c_str())};
  if (!d.valid()) return std::nullopt;
  return d;
}

std::string FormatDay(const Day& d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year % 10000, d.month % 100, d.day % 100);
  return buf;
}

namespace {

// False for a token no time expression starts at: every expression starts
// with a digit, a capital (month, weekday), one of these words, "mid-..."
// or a count before "ago".
bool MayStartTime(const std::vector<Token>& toks, size_t i, size_t end) {
  static const WordSet kStarters = {"in",   "by",        "at",    "since",     "on",      "last",
                                    "past", "previous",  "this",  "yesterday", "today",   "overnight",
                                    "tonight", "over",   "during", "earlier"};
  const Token& t = toks[i];
  return t.has_digit || t.capitalized || kStarters.count(t.lower) > 0 || t.lower.rfind("mid-", 0) == 0 ||
         AgoAhead(toks, i, end);
}

}  // namespace

std::vector<TimeExpr> FindTimes(const std::vector<Token>& toks, size_t begin, size_t end,
                                const Day& published) {
  std::vector<TimeExpr> out;
  for (size_t i = begin; i < end && i < toks.size(); ++i) {
    if (!MayStartTime(toks, i, end)) continue;
    TimeExpr e;
    std::optional<Day> numeric = NumericDate(toks[i].lower);
    int year = YearNumber(toks[i].lower);
    bool bare_year = year && i > begin && (toks[i - 1].lower == "in" || toks[i - 1].lower == "since");
    if (numeric) {
      e = {i, i, *numeric, 1};
    } else if (bare_year) {
      e = {i - 1, i, Day{year, year == published.year ? published.month : 7, 1}, 3};
    } else if (!DayMonth(toks, i, end, published, &e) && !MonthPhrase(toks, i, end, published, &e) &&
               !Relative(toks, i, end, published, &e)) {
      continue;
    }
    out.push_back(e);
    i = e.last;
  }
  return out;
}

}  // namespace sitrep::text
