// Calendar days and the time expressions of news text, resolved against a
// publication date with ACLED's time precision (1 day, 2 week, 3 month).
//
// A weekday ("on Sunday", "said Saturday") is the most recent such day on or
// before the publication date; "last Monday" is strictly before it. "last
// week" is seven days back (precision 2), "this week" the publication date
// (precision 2), "in early/mid/late August" the 5th/15th/25th (precision 2),
// "in August" the 15th (precision 3), "at the start/end of September" the
// 3rd/28th (precision 2), "three days ago" / "two weeks ago" counted back,
// explicit dates ("August 23", "23 August 2017",
// "15-08-2017", "2017-08-15") precision 1. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace sitrep::text {

struct Day {
  int year = 0;
  int month = 0;
  int day = 0;
  bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
};

int64_t ToDays(const Day& d);      // days since 1970-01-01
Day FromDays(int64_t days);
int Weekday(const Day& d);         // 0 Sunday .. 6 Saturday
Day AddDays(const Day& d, int64_t n);
// "2017-08-15" or "2017-08-15T10:00:00Z" (the first 10 characters).
std::optional<Day> ParseIsoDay(std::string_view s);
std::string FormatDay(const Day& d);  // "YYYY-MM-DD"

struct TimeExpr {
  size_t first = 0;   // token range [first, last]
  size_t last = 0;
  Day day;
  int precision = 1;
};

// Every time expression in tokens [begin, end), resolved against `published`.
std::vector<TimeExpr> FindTimes(const std::vector<Token>& toks, size_t begin, size_t end,
                                const Day& published);

}  // namespace sitrep::text
