// Query-parameter parsing and validation for the HTTP API.
//
// Params wraps a request's query parameters. Each getter validates one
// parameter and returns InvalidArgument with a message naming it ("bbox:
// expected min_lon,min_lat,max_lon,max_lat") so the server answers 400, never
// crashes. Finish() rejects parameters no getter asked for and parameters
// given twice, so a misspelt filter is an error rather than silently ignored.
// A Params is used by one handler call; not synchronized.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "sitrep/status.h"
#include "store/store.h"

namespace sitrep::serve {

inline constexpr int64_t kDefaultLimit = 1000;
inline constexpr int64_t kMaxLimit = 10000;
inline constexpr size_t kMaxParamBytes = 512;

class Params {
 public:
  explicit Params(const std::multimap<std::string, std::string>& params) : params_(params) {}

  // The value of `name`, or nullopt when absent. Error: longer than
  // kMaxParamBytes, or not valid UTF-8.
  Result<std::optional<std::string>> Text(const std::string& name);
  // A date YYYY-MM-DD (a real calendar date), or nullopt.
  Result<std::optional<std::string>> Date(const std::string& name);
  // An integer in [min, max], or nullopt.
  Result<std::optional<int64_t>> Int(const std::string& name, int64_t min, int64_t max);
  // A flag: absent, "0", "false" -> false; "", "1", "true" -> true.
  Result<bool> Flag(const std::string& name);
  // One of `choices`, or `fallback` when absent.
  Result<std::string> OneOf(const std::string& name, const std::set<std::string>& choices,
                            const std::string& fallback);

  // The listing filters: place, actor, type, since, until, document, bbox,
  // limit (1..kMaxLimit, default kDefaultLimit) and cursor (a rowid >= 0).
  Status Filter(store::Filter* filter);

  // Error when a parameter was not asked for, or was given more than once.
  Status Finish() const;

 private:
  const std::multimap<std::string, std::string>& params_;
  std::set<std::string> asked_;
};

// Parses "min_lon,min_lat,max_lon,max_lat" into the filter's box.
Status ParseBbox(const std::string& text, store::Filter* filter);
// True for a calendar date written YYYY-MM-DD.
bool IsIsoDate(const std::string& s);

}  // namespace sitrep::serve
