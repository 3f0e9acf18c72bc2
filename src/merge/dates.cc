#include "merge/dates.h"

#include "text/dates.h"

namespace sitrep::merge {
namespace {

bool ParseNumber(std::string_view s, size_t pos, size_t len, int* out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::optional<int64_t> DayNumber(std::string_view date) {
  int y = 0, m = 0, d = 1;
  if (!ParseNumber(date, 0, 4, &y) || date.size() < 7 || date[4] != '-' ||
      !ParseNumber(date, 5, 2, &m) || m < 1 || m > 12) {
    return std::nullopt;
  }
  if (date.size() >= 10 && (date[7] != '-' || !ParseNumber(date, 8, 2, &d) || d < 1 || d > 31)) {
    return std::nullopt;
  }
  return text::ToDays(text::Day{y, m, d});
}

std::string DateOfDay(int64_t day) { return text::FormatDay(text::FromDays(day)); }

std::optional<DayRange> DateRange(std::string_view date, int time_precision) {
  std::optional<int64_t> day = DayNumber(date);
  if (!day) return std::nullopt;
  if (time_precision >= 3) {
    int64_t first = *DayNumber(date.substr(0, 7));
    std::string next = DateOfDay(first + 31).substr(0, 7);
    return DayRange{first, *DayNumber(next) - 1};
  }
  int64_t slack = time_precision == 2 ? 4 : 1;
  return DayRange{*day - slack, *day + slack};
}

}  // namespace sitrep::merge
