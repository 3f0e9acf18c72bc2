// The route table, and the handlers that are not listings: health, documents
// and ingest. Listings (events, claims, control, front) are in
// listing_handlers.cc.
#include "serve/api.h"

#include <functional>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "merge/near_duplicate.h"
#include "serve/document_view.h"
#include "serve/params.h"

namespace sitrep::serve {
namespace {

using nlohmann::json;

// Record ids are hex hashes; anything else in an id segment is rejected
// before it reaches the store.
bool IsValidId(const std::string& id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

Response Reply(const Result<json>& j, int status = 200) {
  return j.ok() ? JsonResponse(*j, status) : StatusResponse(j.status());
}

Result<json> DocumentsJson(const Request& r, store::Store* s) {
  Params p(r.params);
  ASSIGN_OR_RETURN(auto limit, p.Int("limit", 1, kMaxLimit));
  RETURN_IF_ERROR(p.Finish());
  ASSIGN_OR_RETURN(auto docs, s->ListDocuments(limit.value_or(kDefaultLimit)));
  json out = json::array();
  for (const auto& d : docs) {
    out.push_back({{"id", d.id}, {"path", d.path}, {"title", d.title}, {"outlet", d.outlet},
                   {"published", d.published}, {"bytes", d.bytes}, {"events", d.events},
                   {"claims", d.claims}});
  }
  return json{{"documents", std::move(out)}, {"count", docs.size()}};
}

// Cheap: one indexed read, so load balancers may poll it.
Result<json> HealthJson(const Request& r, store::Store* s, const ApiOptions& o) {
  Params p(r.params);
  RETURN_IF_ERROR(p.Finish());
  ASSIGN_OR_RETURN(auto docs, s->ListDocuments(1));
  return json{{"status", "ok"}, {"version", "0.1.0"}, {"ingest", o.allow_ingest},
              {"empty", docs.empty()}};
}

Result<json> StatsJson(const Request& r, store::Store* s) {
  Params p(r.params);
  RETURN_IF_ERROR(p.Finish());
  ASSIGN_OR_RETURN(store::Stats st, s->GetStats());
  return json{{"schema_version", st.schema_version},
              {"documents", st.documents},
              {"segments", st.segments},
              {"article_segments", st.article_segments},
              {"comments", st.comments},
              {"mentions", st.mentions},
              {"events", st.events},
              {"claims", st.claims},
              {"bytes", st.bytes}};
}

Result<RawPage> PageFromRequest(const Request& r) {
  Params p(r.params);
  ASSIGN_OR_RETURN(auto url, p.Text("url"));
  ASSIGN_OR_RETURN(auto outlet, p.Text("outlet"));
  ASSIGN_OR_RETURN(auto title, p.Text("title"));
  ASSIGN_OR_RETURN(auto published, p.Date("published"));
  std::string guess = StartsWith(AsciiLower(r.content_type), "text/html") ? "html" : "text";
  ASSIGN_OR_RETURN(std::string format, p.OneOf("format", {"html", "text"}, guess));
  RETURN_IF_ERROR(p.Finish());
  RawPage page;
  page.path = url.value_or("ingest");
  page.format = format == "html" ? PageFormat::kHtml : PageFormat::kText;
  page.content = r.body;
  auto set = [](const std::optional<std::string>& v, MetaValue* m) {
    if (v && !v->empty()) *m = {*v, "flag"};
  };
  set(url, &page.meta.url);
  set(outlet, &page.meta.outlet);
  set(title, &page.meta.title);
  set(published, &page.meta.published);
  return page;
}

Result<json> IngestJson(const Request& r, store::Store* s, const ApiOptions& o, int* status) {
  ASSIGN_OR_RETURN(RawPage page, PageFromRequest(r));
  if (page.content.empty()) return InvalidArgumentError("the request body (the page) is empty");
  if (!IsValidUtf8(page.content)) return InvalidArgumentError("the page is not valid UTF-8");
  ASSIGN_OR_RETURN(Analysis a, o.pipeline->Process(page));
  if (a.simhash != 0) {
    ASSIGN_OR_RETURN(std::string original,
                     s->FindNearDuplicate(a.simhash, merge::kNearDuplicateMaxBits));
    if (!original.empty() && original != a.document.id) a.duplicate_of = original;
  }
  ASSIGN_OR_RETURN(bool stored, s->Put(a));
  *status = stored ? 201 : 200;
  return json{{"stored", stored},
              {"document_id", a.document.id},
              {"events", a.events.size()},
              {"claims", a.claims.size()},
              {"duplicate_of", a.duplicate_of.empty() ? json(nullptr) : json(a.duplicate_of)}};
}

}  // namespace

Response HandleHealth(const Request& r, store::Store* s, const ApiOptions& o) {
  return Reply(HealthJson(r, s, o));
}

Response HandleStats(const Request& r, store::Store* s) { return Reply(StatsJson(r, s)); }

Response HandleDocuments(const Request& r, store::Store* s) { return Reply(DocumentsJson(r, s)); }

Response HandleDocument(const Request& r, store::Store* s, const std::string& id) {
  Params p(r.params);
  Status st = p.Finish();
  if (!st.ok()) return StatusResponse(st);
  auto a = s->GetDocument(id);
  if (!a.ok()) return StatusResponse(a.status());
  return JsonResponse(DocumentJson(*a));
}

Response HandleIngest(const Request& r, store::Store* s, const ApiOptions& o) {
  if (!o.allow_ingest || o.pipeline == nullptr) {
    return ErrorResponse(403, "ingest is disabled: start the server with --allow-ingest");
  }
  if (r.body.size() > o.max_body_bytes) {
    return ErrorResponse(413, "the page is larger than " + std::to_string(o.max_body_bytes) +
                                  " bytes");
  }
  int status = 200;
  auto j = IngestJson(r, s, o, &status);
  return Reply(j, status);
}

Response Api::Handle(const Request& r, store::Store* s) const {
  const std::string& path = r.path;
  if (path == "/ingest" || path == "/api/ingest") {
    if (r.method != "POST") return ErrorResponse(405, "use POST to ingest a page");
    return HandleIngest(r, s, options_);
  }
  if (!StartsWith(path, "/api/")) return ErrorResponse(404, "no such endpoint");
  if (r.method != "GET" && r.method != "HEAD") {
    return ErrorResponse(405, "the API is read-only: use GET");
  }
  struct Route {
    const char* path;
    std::function<Response()> run;
  };
  const std::vector<Route> exact = {
      {"/api/health", [&] { return HandleHealth(r, s, options_); }},
      {"/api/stats", [&] { return HandleStats(r, s); }},
      {"/api/events", [&] { return HandleEvents(r, s, options_); }},
      {"/api/claims", [&] { return HandleClaims(r, s, options_); }},
      {"/api/control", [&] { return HandleControl(r, s, options_); }},
      {"/api/front", [&] { return HandleFront(r, s, options_); }},
      {"/api/documents", [&] { return HandleDocuments(r, s); }},
  };
  for (const Route& route : exact) {
    if (path == route.path) return route.run();
  }
  for (const char* prefix : {"/api/events/", "/api/documents/"}) {
    if (!StartsWith(path, prefix)) continue;
    std::string id = path.substr(std::string(prefix).size());
    if (!IsValidId(id)) return ErrorResponse(400, "malformed id: expected letters and digits");
    if (std::string(prefix) == "/api/events/") return HandleEvent(r, s, id);
    return HandleDocument(r, s, id);
  }
  return ErrorResponse(404, "no such endpoint: " + path.substr(0, 100));
}

}  // namespace sitrep::serve
