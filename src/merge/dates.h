// Calendar arithmetic on ISO dates for merging: day numbers and the interval
// of days a date with an ACLED time precision stands for. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::merge {

// Days since 1970-01-01 of "YYYY-MM-DD" (a longer ISO timestamp is cut to
// its date; "YYYY-MM" counts as the 1st). nullopt when it does not parse.
std::optional<int64_t> DayNumber(std::string_view date);

// "YYYY-MM-DD" of a day number.
std::string DateOfDay(int64_t day);

// The days a date may mean: precision 1 (day) the day itself widened by one
// day each side (outlets in other time zones, "yesterday" read a day off);
// 2 (week) four days each side; 3 (month) the whole calendar month.
struct DayRange {
  int64_t first = 0;
  int64_t last = 0;
};
std::optional<DayRange> DateRange(std::string_view date, int time_precision);

}  // namespace sitrep::merge
