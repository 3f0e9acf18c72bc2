// Api: the HTTP API's route table and handlers, free of any HTTP library.
//
//   GET  /api/health                      store reachable (cheap), version, ingest allowed
//   GET  /api/stats                       counts of documents, segments, events, claims
//   GET  /api/events                      merged events (filters, paging, format=geojson,
//                                         reports=1 for one record per report)
//   GET  /api/events/{id}                 one report by id or unique prefix (4+ chars)
//   GET  /api/claims                      claims (filters, paging, format=geojson)
//   GET  /api/control                     control changes per place (date= for who held
//                                         what on that day)
//   GET  /api/front?place=                front-line distance series to a place
//   GET  /api/documents                   stored pages (limit)
//   GET  /api/documents/{id}              a page: metadata, segments cut into evidence pieces,
//                                         its events and claims
//   POST /ingest                          one page in the body (only with allow_ingest)
//
// Filters: bbox=min_lon,min_lat,max_lon,max_lat, place, actor, type, since,
// until (YYYY-MM-DD), document; paging: limit (1..10000, default 1000) and
// cursor (the next_cursor of the previous page); /api/events merges the
// reports of one page of rows (reports of one event on different pages stay
// apart: use a larger limit, or reports=1). Field names are the CLI's
// JSONL names (report::MergedEventJson, ToJson). Errors are JSON
// ({"error": {"code", "status", "message"}}); bad parameters get 400.
//
// Lifecycle: build one Api for the server; Handle is const and thread-safe.
// The caller passes the calling thread's Store (one SQLite connection per
// thread), so handlers are plain functions testable without sockets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "serve/http_types.h"
#include "sitrep/pipeline.h"
#include "store/store.h"

namespace sitrep::serve {

struct ApiOptions {
  // Accept POST /ingest. Default: false (no endpoint writes).
  bool allow_ingest = false;
  // The pipeline POST /ingest runs; must outlive the Api. Required when
  // allow_ingest is set.
  const Pipeline* pipeline = nullptr;
  // Largest page POST /ingest accepts. Default: 8 MiB.
  size_t max_body_bytes = 8u << 20;
  // Most event and claim rows /api/control and /api/front read (more set
  // "truncated": true in the answer). Default: 100000.
  int64_t max_situation_rows = 100000;
};

class Api {
 public:
  explicit Api(ApiOptions options) : options_(options) {}

  // Routes `request`. `store` is the calling thread's store (not null).
  Response Handle(const Request& request, store::Store* store) const;

  const ApiOptions& options() const { return options_; }

 private:
  ApiOptions options_;
};

// Handlers (api.cc, listing_handlers.cc). `id` is the path's last segment.
Response HandleHealth(const Request& r, store::Store* s, const ApiOptions& o);
Response HandleStats(const Request& r, store::Store* s);
Response HandleEvents(const Request& r, store::Store* s, const ApiOptions& o);
Response HandleEvent(const Request& r, store::Store* s, const std::string& id);
Response HandleClaims(const Request& r, store::Store* s, const ApiOptions& o);
Response HandleControl(const Request& r, store::Store* s, const ApiOptions& o);
Response HandleFront(const Request& r, store::Store* s, const ApiOptions& o);
Response HandleDocuments(const Request& r, store::Store* s);
Response HandleDocument(const Request& r, store::Store* s, const std::string& id);
Response HandleIngest(const Request& r, store::Store* s, const ApiOptions& o);

}  // namespace sitrep::serve
