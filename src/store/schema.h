// The store's schema as an ordered list of migrations. Migration i brings the
// database from user_version i to i+1; Store::Open applies the missing ones
// in one transaction each. Never edit a released migration: append one.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sitrep::store {

const std::vector<std::string_view>& Migrations();

// The day dimension of the events' space-time index: days from 1970-01-01
// of an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything after the day
// is ignored). A partial date gives its first day, or with `last` its last
// day. nullopt when `date` does not start with such a date.
std::optional<int64_t> DayNumber(std::string_view date, bool last);

// The day range an event without a usable date spans: all time.
inline constexpr int64_t kNoDayMin = -10000000;
inline constexpr int64_t kNoDayMax = 10000000;

}  // namespace sitrep::store
