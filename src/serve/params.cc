#include "serve/params.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "base/strings.h"
#include "base/utf8.h"

namespace sitrep::serve {
namespace {

Status Bad(const std::string& name, const std::string& what) {
  return InvalidArgumentError("parameter '" + name + "': " + what);
}

bool ParseDouble(std::string_view s, double* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 32) return false;
  std::string copy(s);
  char* end = nullptr;
  double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

}  // namespace

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = std::atoi(s.substr(0, 4).c_str());
  int m = std::atoi(s.substr(5, 2).c_str());
  int d = std::atoi(s.substr(8, 2).c_str());
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

Result<std::optional<std::string>> Params::Text(const std::string& name) {
  asked_.insert(name);
  auto it = params_.find(name);
  if (it == params_.end()) return std::optional<std::string>();
  if (it->second.size() > kMaxParamBytes) {
    return Bad(name, "longer than " + std::to_string(kMaxParamBytes) + " bytes");
  }
  if (!IsValidUtf8(it->second)) return Bad(name, "not valid UTF-8");
  return std::optional<std::string>(it->second);
}

Result<std::optional<std::string>> Params::Date(const std::string& name) {
  ASSIGN_OR_RETURN(auto v, Text(name));
  if (v && !IsIsoDate(*v)) return Bad(name, "expected a date YYYY-MM-DD, got '" + *v + "'");
  return v;
}

Result<std::optional<int64_t>> Params::Int(const std::string& name, int64_t min, int64_t max) {
  ASSIGN_OR_RETURN(auto v, Text(name));
  if (!v) return std::optional<int64_t>();
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || v->empty()) {
    return Bad(name, "expected an integer, got '" + *v + "'");
  }
  if (n < min || n > max) {
    return Bad(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return std::optional<int64_t>(n);
}

Result<bool> Params::Flag(const std::string& name) {
  ASSIGN_OR_RETURN(auto v, Text(name));
  std::string value = v.value_or("0");
  if (value.empty() || value == "1" || value == "true") return true;
  if (value == "0" || value == "false") return false;
  return Bad(name, "expected 1/0 or true/false");
}

Result<std::string> Params::OneOf(const std::string& name, const std::set<std::string>& choices,
                                  const std::string& fallback) {
  ASSIGN_OR_RETURN(auto v, Text(name));
  if (!v) return fallback;
  if (choices.count(*v)) return *v;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  return Bad(name, "expected one of " + list);
}

Status ParseBbox(const std::string& text, store::Filter* filter) {
  auto parts = Split(text, ',');
  double v[4];
  if (parts.size() != 4) return Bad("bbox", "expected min_lon,min_lat,max_lon,max_lat");
  for (int i = 0; i < 4; ++i) {
    if (!ParseDouble(parts[i], &v[i])) {
      return Bad("bbox", "'" + std::string(parts[i]) + "' is not a number");
    }
  }
  if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
    return Bad("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90]");
  }
  if (v[0] > v[2] || v[1] > v[3]) return Bad("bbox", "min must not exceed max");
  filter->min_lon = v[0];
  filter->min_lat = v[1];
  filter->max_lon = v[2];
  filter->max_lat = v[3];
  return Status::OK();
}

Status Params::Filter(store::Filter* f) {
  ASSIGN_OR_RETURN(auto place, Text("place"));
  ASSIGN_OR_RETURN(auto actor, Text("actor"));
  ASSIGN_OR_RETURN(auto type, Text("type"));
  ASSIGN_OR_RETURN(auto since, Date("since"));
  ASSIGN_OR_RETURN(auto until, Date("until"));
  ASSIGN_OR_RETURN(auto document, Text("document"));
  ASSIGN_OR_RETURN(auto bbox, Text("bbox"));
  ASSIGN_OR_RETURN(auto limit, Int("limit", 1, kMaxLimit));
  ASSIGN_OR_RETURN(auto cursor, Int("cursor", 0, INT64_MAX));
  if (since && until && *since > *until) return Bad("since", "is after 'until'");
  f->place = place.value_or("");
  f->actor = actor.value_or("");
  f->type = type.value_or("");
  f->since = since.value_or("");
  f->until = until.value_or("");
  f->document_id = document.value_or("");
  if (bbox) RETURN_IF_ERROR(ParseBbox(*bbox, f));
  f->limit = limit.value_or(kDefaultLimit);
  f->after = cursor.value_or(0);
  return Status::OK();
}

Status Params::Finish() const {
  for (auto it = params_.begin(); it != params_.end(); it = params_.upper_bound(it->first)) {
    if (!asked_.count(it->first)) {
      std::string shown = it->first.substr(0, 64);
      return InvalidArgumentError("unknown parameter '" + shown + "'");
    }
    if (params_.count(it->first) > 1) return Bad(it->first, "given more than once");
  }
  return Status::OK();
}

}  // namespace sitrep::serve
