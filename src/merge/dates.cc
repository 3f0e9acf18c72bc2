#include "merge/dates.h"

#include <cstdio>

namespace sitrep::merge {
namespace {

// Howard Hinnant's days_from_civil.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

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
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string DateOfDay(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
  return buf;
}

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
