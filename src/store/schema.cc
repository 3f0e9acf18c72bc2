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

// Version 2: the spatial index gains time. A bbox + date query (the map's
// query) used to fetch every event in the box just to test its date; with
// days as a third R*Tree dimension the index answers both at once. Days
// count from 1970-01-01; an event with no full date spans all time.
constexpr std::string_view kV2 = R"sql(
CREATE VIRTUAL TABLE events_space_time USING rtree(id, min_lon, max_lon, min_lat, max_lat,
                                                   min_day, max_day);
INSERT INTO events_space_time
  SELECT r.id, r.min_lon, r.max_lon, r.min_lat, r.max_lat,
         COALESCE(julianday(e.date) - 2440587.5, -10000000),
         COALESCE(julianday(e.date) - 2440587.5, 10000000)
  FROM events_rtree r JOIN events e ON e.rowid = r.id;
DROP TABLE events_rtree;
)sql";

// Version 3: finding the copies of a page (CopyReports) by index.
constexpr std::string_view kV3 = R"sql(
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of != '';
)sql";

// Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ParseNumber(std::string_view s, size_t pos, size_t len, unsigned* out) {
  if (s.size() < pos + len) return false;
  *out = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    *out = *out * 10 + static_cast<unsigned>(s[i] - '0');
  }
  return true;
}

}  // namespace

const std::vector<std::string_view>& Migrations() {
  static const std::vector<std::string_view> migrations = {kV1, kV2, kV3};
  return migrations;
}

std::optional<int64_t> DayNumber(std::string_view date, bool last) {
  unsigned y = 0, m = 1, d = 1;
  if (!ParseNumber(date, 0, 4, &y)) return std::nullopt;
  bool has_month = date.size() >= 7 && date[4] == '-' && ParseNumber(date, 5, 2, &m);
  bool has_day = has_month && date.size() >= 10 && date[7] == '-' && ParseNumber(date, 8, 2, &d);
  if (!has_month) m = last ? 12 : 1;
  if (m < 1 || m > 12) return std::nullopt;
  if (!has_day) {
    if (!last) return DaysFromCivil(y, m, 1);
    return DaysFromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
  }
  if (d < 1 || d > 31) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

}  // namespace sitrep::store
