// Store: the embedded SQLite store of documents, segments, place mentions,
// events and claims.
//
// Lifecycle: Store::Open(path) opens or creates the database (":memory:" for
// tests), turns on WAL and foreign keys, and migrates the schema to the
// current version. Writes go through Put, which stores one page's analysis in
// one transaction; a page whose id is already stored changes nothing.
// Thread safety: a Store is used from one thread at a time; open one Store
// per thread (SQLite serializes writers across connections).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/event.h"
#include "sitrep/pipeline.h"
#include "sitrep/status.h"

namespace sitrep::store {

// Filters shared by events and claims listings; empty fields do not filter.
struct Filter {
  std::string place;         // case-insensitive substring of location / admin1 / reference
  std::string actor;         // substring of actor1 / actor2 / subject / speaker
  std::string type;          // event_type or sub_event_type (exact, case-insensitive); claim kind
  std::string since;         // YYYY-MM-DD inclusive
  std::string until;         // YYYY-MM-DD inclusive
  std::string document_id;   // events of one page
  // Bounding box: min_lon, min_lat, max_lon, max_lat (all set or none).
  std::optional<double> min_lon, min_lat, max_lon, max_lat;
  int64_t limit = 0;         // 0: no limit
  int64_t after = 0;         // cursor: rows with rowid greater than this
};

struct DocumentSummary {
  std::string id;
  std::string path;
  std::string title;
  std::string outlet;
  std::string published;
  int64_t bytes = 0;
  int64_t events = 0;
  int64_t claims = 0;
};

struct SearchHit {
  std::string document_id;
  std::string title;
  std::string snippet;       // with the match in [brackets]
  double rank = 0;
};

struct Stats {
  int64_t documents = 0;
  int64_t segments = 0;
  int64_t article_segments = 0;
  int64_t comments = 0;
  int64_t mentions = 0;
  int64_t events = 0;
  int64_t claims = 0;
  int64_t bytes = 0;
  int schema_version = 0;
};

// A listed row and its cursor (rowid) for paging.
template <typename T>
struct Row {
  int64_t rowid = 0;
  T value;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores a page's analysis. Returns true if stored, false if a document
  // with the same id was already there (nothing changes then).
  Result<bool> Put(const Analysis& analysis);
  // Groups many Puts into one transaction (much faster for bulk ingest).
  Status Begin();
  Status Commit();
  Status Rollback();

  // The stored page whose SimHash is within `max_distance` bits of
  // `simhash` (a near duplicate), or an empty string.
  Result<std::string> FindNearDuplicate(uint64_t simhash, int max_distance);
  // A document by id or by a unique id prefix (at least 4 characters).
  Result<Analysis> GetDocument(const std::string& id_or_prefix);
  Result<std::vector<DocumentSummary>> ListDocuments(int64_t limit = 0);
  Result<std::vector<Row<Event>>> ListEvents(const Filter& filter);
  Result<Event> GetEvent(const std::string& id_or_prefix);
  // The reports that near-duplicate copies of the events' pages add: for
  // each copy of a page (a syndicated or re-posted version, stored without
  // its own events), a copy of each of that page's events carrying the
  // copy's provenance and the id "<event id>@<copy id>". Merging puts them
  // with their originals, so a re-posted article counts as an extra source,
  // never as an extra event.
  Result<std::vector<Event>> CopyReports(const std::vector<Event>& events);
  // Every report of the events `filter` selects, ready for merging: the
  // events of ListEvents (without row ids) and their CopyReports.
  Result<std::vector<Event>> ListReports(const Filter& filter);
  Result<std::vector<Row<Claim>>> ListClaims(const Filter& filter);
  Result<std::vector<PlaceMention>> ListMentions(const std::string& document_id);
  // Full-text search over article text (FTS5 query syntax).
  Result<std::vector<SearchHit>> Search(const std::string& query, int64_t limit = 20);
  Result<Stats> GetStats();

  static constexpr int kSchemaVersion = 3;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::store
