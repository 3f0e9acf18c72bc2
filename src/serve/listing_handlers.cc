// Listing handlers: events, one event, claims, control and front series.
// Each parses and validates its parameters (400 on any error), reads the
// thread's store, and writes the same JSON records the CLI writes.
//
// Paging: a listing reads at most `limit` store rows after `cursor` (a row
// id) and answers "next_cursor" (the last row id read, or null at the end).
// /api/events merges the reports of one page of rows; reports of one event
// that fall on different pages stay separate there (ask reports=1 for raw
// reports, or a larger limit).
#include <set>

#include "base/json_records.h"
#include "merge/merge.h"
#include "merge/situation.h"
#include "report/writers.h"
#include "serve/api.h"
#include "serve/params.h"

namespace sitrep::serve {
namespace {

using nlohmann::json;

Response Reply(const Result<json>& j) {
  return j.ok() ? JsonResponse(*j) : StatusResponse(j.status());
}

template <typename T>
json NextCursor(const std::vector<store::Row<T>>& rows, const store::Filter& f) {
  if (f.limit <= 0 || static_cast<int64_t>(rows.size()) < f.limit) return nullptr;
  return rows.back().rowid;
}

json Point(double lat, double lon, json properties) {
  return {{"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {lon, lat}}}},
          {"properties", std::move(properties)}};
}

// The events of `rows` and the reports their pages' near-duplicate copies
// add (a re-posted article is an extra source of the same event).
Result<std::vector<Event>> Reports(std::vector<store::Row<Event>> rows, store::Store* s) {
  std::vector<Event> events;
  events.reserve(rows.size());
  for (auto& row : rows) events.push_back(std::move(row.value));
  ASSIGN_OR_RETURN(std::vector<Event> copies, s->CopyReports(events));
  for (Event& e : copies) events.push_back(std::move(e));
  return events;
}

Result<json> EventsJson(const Request& r, store::Store* s) {
  Params p(r.params);
  store::Filter f;
  RETURN_IF_ERROR(p.Filter(&f));
  ASSIGN_OR_RETURN(std::string format, p.OneOf("format", {"json", "geojson"}, "json"));
  ASSIGN_OR_RETURN(bool reports, p.Flag("reports"));
  RETURN_IF_ERROR(p.Finish());
  ASSIGN_OR_RETURN(auto rows, s->ListEvents(f));
  json next = NextCursor(rows, f);
  std::vector<merge::MergedEvent> merged;
  if (reports) {
    for (auto& row : rows) merged.push_back(merge::MergeEvents({std::move(row.value)}).front());
  } else {
    ASSIGN_OR_RETURN(std::vector<Event> events, Reports(std::move(rows), s));
    merged = merge::MergeEvents(std::move(events));
  }
  json out = json::array();
  for (const auto& m : merged) {
    if (format == "json") {
      out.push_back(report::MergedEventJson(m));
    } else if (m.event.place.has_coordinates()) {
      out.push_back(Point(m.event.place.latitude, m.event.place.longitude,
                          report::MergedEventJson(m)));
    }
  }
  size_t count = out.size();
  if (format == "geojson") {
    return json{{"type", "FeatureCollection"}, {"features", std::move(out)},
                {"count", count}, {"next_cursor", next}};
  }
  return json{{"events", std::move(out)}, {"count", count}, {"next_cursor", next}};
}

Result<json> ClaimsJson(const Request& r, store::Store* s) {
  Params p(r.params);
  store::Filter f;
  RETURN_IF_ERROR(p.Filter(&f));
  ASSIGN_OR_RETURN(std::string format, p.OneOf("format", {"json", "geojson"}, "json"));
  RETURN_IF_ERROR(p.Finish());
  if (f.min_lon) return InvalidArgumentError("parameter 'bbox': claims cannot be filtered by bbox");
  ASSIGN_OR_RETURN(auto rows, s->ListClaims(f));
  json out = json::array();
  for (const auto& row : rows) {
    const Claim& c = row.value;
    if (format == "json") {
      out.push_back(ToJson(c));
    } else if (c.reference_place.has_coordinates()) {
      out.push_back(Point(c.reference_place.latitude, c.reference_place.longitude, ToJson(c)));
    }
  }
  size_t count = out.size();
  json next = NextCursor(rows, f);
  if (format == "geojson") {
    return json{{"type", "FeatureCollection"}, {"features", std::move(out)},
                {"count", count}, {"next_cursor", next}};
  }
  return json{{"claims", std::move(out)}, {"count", count}, {"next_cursor", next}};
}

// The merged events (and claims, when `claims` is set) that the situation
// views read: every row matching the filters, up to max_situation_rows.
struct Situation {
  std::vector<merge::MergedEvent> merged;
  std::vector<Claim> claims;
  bool truncated = false;
};

Result<Situation> ReadSituation(const store::Filter& filter, store::Store* s, const ApiOptions& o,
                                bool with_claims) {
  store::Filter f = filter;
  f.limit = o.max_situation_rows;
  f.after = 0;
  Situation out;
  ASSIGN_OR_RETURN(auto rows, s->ListEvents(f));
  out.truncated = static_cast<int64_t>(rows.size()) >= f.limit;
  ASSIGN_OR_RETURN(std::vector<Event> events, Reports(std::move(rows), s));
  out.merged = merge::MergeEvents(std::move(events));
  if (with_claims) {
    store::Filter cf;  // the place is matched by FrontSeries, across spellings
    cf.since = f.since;
    cf.until = f.until;
    cf.limit = o.max_situation_rows;
    ASSIGN_OR_RETURN(auto claim_rows, s->ListClaims(cf));
    out.truncated = out.truncated || static_cast<int64_t>(claim_rows.size()) >= cf.limit;
    for (auto& row : claim_rows) out.claims.push_back(std::move(row.value));
  }
  return out;
}

Status SituationFilter(Params* p, store::Filter* f) {
  RETURN_IF_ERROR(p->Filter(f));
  return Status::OK();
}

Result<json> ControlJson(const Request& r, store::Store* s, const ApiOptions& o) {
  Params p(r.params);
  store::Filter f;
  RETURN_IF_ERROR(SituationFilter(&p, &f));
  ASSIGN_OR_RETURN(auto date, p.Date("date"));
  RETURN_IF_ERROR(p.Finish());
  ASSIGN_OR_RETURN(Situation sit, ReadSituation(f, s, o, false));
  auto timeline = merge::ControlTimeline(sit.merged);
  if (date) timeline = merge::ControlAt(timeline, *date);
  json out = json::array();
  for (const auto& c : timeline) out.push_back(report::ControlChangeJson(c));
  return json{{"control", std::move(out)},
              {"date", date ? json(*date) : json(nullptr)},
              {"truncated", sit.truncated}};
}

Result<json> FrontJson(const Request& r, store::Store* s, const ApiOptions& o) {
  Params p(r.params);
  store::Filter f;
  RETURN_IF_ERROR(SituationFilter(&p, &f));
  RETURN_IF_ERROR(p.Finish());
  if (f.place.empty()) return InvalidArgumentError("parameter 'place' is required: /api/front?place=NAME");
  std::string place = f.place;
  f.place.clear();  // contact points come from events at the place under any spelling
  ASSIGN_OR_RETURN(Situation sit, ReadSituation(f, s, o, true));
  json out = json::array();
  for (const auto& pt : merge::FrontSeries(sit.claims, sit.merged, place)) {
    out.push_back(report::FrontPointJson(pt));
  }
  return json{{"place", place}, {"points", std::move(out)}, {"truncated", sit.truncated}};
}

}  // namespace

Response HandleEvents(const Request& r, store::Store* s, const ApiOptions&) {
  return Reply(EventsJson(r, s));
}

Response HandleEvent(const Request& r, store::Store* s, const std::string& id) {
  Params p(r.params);
  Status st = p.Finish();
  if (!st.ok()) return StatusResponse(st);
  auto e = s->GetEvent(id);
  if (!e.ok()) return StatusResponse(e.status());
  return JsonResponse(ToJson(*e));
}

Response HandleClaims(const Request& r, store::Store* s, const ApiOptions&) {
  return Reply(ClaimsJson(r, s));
}

Response HandleControl(const Request& r, store::Store* s, const ApiOptions& o) {
  return Reply(ControlJson(r, s, o));
}

Response HandleFront(const Request& r, store::Store* s, const ApiOptions& o) {
  return Reply(FrontJson(r, s, o));
}

}  // namespace sitrep::serve
