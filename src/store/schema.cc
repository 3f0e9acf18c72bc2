#include "store/schema.h"

namespace sitrep::store {
namespace {

// Version 1: documents with their segments, an FTS5 index over article text,
// place mentions, events (R*Tree on coordinates, index on date) and claims.
// Each record also keeps its full JSON form (`record`), so new fields need no
// migration; the columns are what queries filter on.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  source_id TEXT NOT NULL,
  record TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  meta TEXT NOT NULL DEFAULT '{}',
  content TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  simhash INTEGER NOT NULL DEFAULT 0,
  duplicate_of TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE simhash_bands (
  band INTEGER NOT NULL,
  value INTEGER NOT NULL,
  document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE
);
CREATE INDEX simhash_bands_key ON simhash_bands(band, value);
CREATE TABLE segments (
  document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  label TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  start_line INTEGER NOT NULL,
  end_line INTEGER NOT NULL,
  depth INTEGER NOT NULL DEFAULT 0,
  time TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  offset_map TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (document_rowid, ord)
);
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE mentions (
  document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (document_rowid, ord)
);
CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1 TEXT NOT NULL DEFAULT '',
  actor2 TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  admin1 TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  latitude REAL,
  longitude REAL,
  fatalities INTEGER,
  record TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_document ON events(document_rowid);
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE TABLE claims (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  speaker TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  record TEXT NOT NULL
);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_document ON claims(document_rowid);
)sql";

}  // namespace

const std::vector<std::string_view>& Migrations() {
  static const std::vector<std::string_view> migrations = {kV1};
  return migrations;
}

}  // namespace sitrep::store
