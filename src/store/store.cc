// SQLite store. Each Put runs inside a SAVEPOINT, so a failed page leaves
// nothing behind, and a surrounding Begin/Commit batches many pages into one
// transaction. Inside such a batch the pages' full-text rows are held back
// and inserted together just before COMMIT: FTS5 flushes its pending index
// data into a new segment on every SAVEPOINT, so a row inserted per page
// made one tiny segment (and merge work) per page. A page that fails adds
// no row; a batch that fails or is rolled back drops them all. Records are stored twice: as columns that queries filter on,
// and as their full JSON form (base/json_records), which is what reads
// return; so adding a field to a record needs no migration.
#include "store/store.h"

#include <bit>

#include "base/json_records.h"
#include "store/json_writer.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store_impl.h"

namespace sitrep::store {

using nlohmann::json;

namespace {

constexpr int kBands = 4;  // SimHash split in 4 bands of 16 bits: any 3-bit difference shares a band

std::string FormatName(PageFormat f) { return f == PageFormat::kHtml ? "html" : "text"; }

std::string ArticleText(const Document& doc, std::string* title) {
  std::string body;
  for (const Segment& s : doc.segments) {
    if (s.label == SegmentLabel::kTitle && title->empty()) *title = s.text;
    if (!IsArticle(s.label) || s.label == SegmentLabel::kTitle) continue;
    if (!body.empty()) body += '\n';
    body += s.text;
  }
  return body;
}

// The offset map as JSON, "[[t,o],...]", the bytes json::dump() gave.
std::string OffsetMapJson(const Segment& s) {
  std::string out;
  out.reserve(2 + s.offset_map.size() * 14);
  out += '[';
  for (const auto& [t, o] : s.offset_map) {
    if (out.size() > 1) out += ',';
    out += '[';
    out += std::to_string(t);
    out += ',';
    out += std::to_string(o);
    out += ']';
  }
  out += ']';
  return out;
}

Result<int64_t> SchemaVersion(Db& db) {
  ASSIGN_OR_RETURN(Stmt st, db.Prepare("PRAGMA user_version"));
  ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : 0;
}

Status Migrate(Db& db) {
  // The version statement is finalized before migrating: an open statement
  // would keep tables locked (SQLite refuses to drop them).
  ASSIGN_OR_RETURN(int64_t version, SchemaVersion(db));
  const auto& migrations = Migrations();
  if (version > static_cast<int64_t>(migrations.size())) {
    return InvalidArgumentError(db.path() + ": store schema version " + std::to_string(version) +
                                " is newer than this sitrep (" +
                                std::to_string(migrations.size()) + ")");
  }
  for (size_t v = version; v < migrations.size(); ++v) {
    RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    Status s = db.Exec(migrations[v]);
    if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (!s.ok()) {
      (void)db.Exec("ROLLBACK");
      return s;
    }
    RETURN_IF_ERROR(db.Exec("COMMIT"));
  }
  return Status::OK();
}

Status InsertSegments(Db& db, int64_t doc_rowid, const Document& doc) {
  ASSIGN_OR_RETURN(Stmt* st_ptr, db.Cached(
      "INSERT INTO segments(document_rowid, ord, label, start, end, start_line, end_line, depth,"
      " time, text, offset_map) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
  Stmt& st = *st_ptr;
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    const Segment& s = doc.segments[i];
    st.Bind(1, doc_rowid).Bind(2, static_cast<int64_t>(i)).Bind(3, LabelName(s.label));
    st.Bind(4, static_cast<int64_t>(s.start)).Bind(5, static_cast<int64_t>(s.end));
    st.Bind(6, static_cast<int64_t>(s.start_line)).Bind(7, static_cast<int64_t>(s.end_line));
    st.Bind(8, static_cast<int64_t>(s.depth)).Bind(9, s.time).Bind(10, s.text);
    st.Bind(11, s.offset_map.empty() ? std::string() : OffsetMapJson(s));
    RETURN_IF_ERROR(st.Run());
  }
  return Status::OK();
}

Status InsertMentions(Db& db, int64_t doc_rowid, const std::vector<PlaceMention>& mentions) {
  ASSIGN_OR_RETURN(Stmt* st_ptr, db.Cached(
      "INSERT INTO mentions(document_rowid, ord, record) VALUES (?,?,?)"));
  Stmt& st = *st_ptr;
  for (size_t i = 0; i < mentions.size(); ++i) {
    st.Bind(1, doc_rowid).Bind(2, static_cast<int64_t>(i)).Bind(3, DumpJson(ToJson(mentions[i])));
    RETURN_IF_ERROR(st.Run());
  }
  return Status::OK();
}

Status InsertEvents(Db& db, int64_t doc_rowid, const std::vector<Event>& events) {
  ASSIGN_OR_RETURN(Stmt* st_ptr, db.Cached(
      "INSERT OR IGNORE INTO events(id, document_rowid, event_type, sub_event_type, actor1, actor2,"
      " location, admin1, country, date, latitude, longitude, fatalities, record)"
      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  Stmt& st = *st_ptr;
  ASSIGN_OR_RETURN(Stmt* rt_ptr, db.Cached(
      "INSERT INTO events_space_time(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)"
      " VALUES (?,?,?,?,?,?,?)"));
  Stmt& rt = *rt_ptr;
  for (const Event& e : events) {
    st.Bind(1, e.id).Bind(2, doc_rowid).Bind(3, e.event_type).Bind(4, e.sub_event_type);
    st.Bind(5, e.actor1).Bind(6, e.actor2).Bind(7, e.location).Bind(8, e.place.admin1);
    st.Bind(9, e.place.country).Bind(10, e.date);
    bool has_xy = e.place.has_coordinates();
    if (has_xy) {
      st.Bind(11, e.place.latitude).Bind(12, e.place.longitude);
    } else {
      st.BindNull(11).BindNull(12);
    }
    if (e.fatalities) st.Bind(13, static_cast<int64_t>(*e.fatalities)); else st.BindNull(13);
    st.Bind(14, DumpJson(ToJson(e)));
    RETURN_IF_ERROR(st.Run());
    if (has_xy && db.Changes() > 0) {
      rt.Bind(1, db.LastInsertRowid()).Bind(2, e.place.longitude).Bind(3, e.place.longitude);
      rt.Bind(4, e.place.latitude).Bind(5, e.place.latitude);
      rt.Bind(6, DayNumber(e.date, false).value_or(kNoDayMin));
      rt.Bind(7, DayNumber(e.date, true).value_or(kNoDayMax));
      RETURN_IF_ERROR(rt.Run());
    }
  }
  return Status::OK();
}

Status InsertClaims(Db& db, int64_t doc_rowid, const std::vector<Claim>& claims) {
  ASSIGN_OR_RETURN(Stmt* st_ptr, db.Cached(
      "INSERT OR IGNORE INTO claims(id, document_rowid, kind, subject, reference, speaker, date,"
      " record) VALUES (?,?,?,?,?,?,?,?)"));
  Stmt& st = *st_ptr;
  for (const Claim& c : claims) {
    st.Bind(1, c.id).Bind(2, doc_rowid).Bind(3, c.kind).Bind(4, c.subject).Bind(5, c.reference);
    st.Bind(6, c.speaker).Bind(7, c.date).Bind(8, DumpJson(ToJson(c)));
    RETURN_IF_ERROR(st.Run());
  }
  return Status::OK();
}

Status InsertBands(Db& db, int64_t doc_rowid, uint64_t simhash) {
  ASSIGN_OR_RETURN(Stmt* st_ptr, db.Cached(
      "INSERT INTO simhash_bands(band, value, document_rowid) VALUES (?,?,?)"));
  Stmt& st = *st_ptr;
  for (int b = 0; b < kBands; ++b) {
    st.Bind(1, static_cast<int64_t>(b));
    st.Bind(2, static_cast<int64_t>((simhash >> (16 * b)) & 0xFFFF)).Bind(3, doc_rowid);
    RETURN_IF_ERROR(st.Run());
  }
  return Status::OK();
}

Status InsertDocument(Db& db, const Analysis& a, int64_t* rowid) {
  const Document& d = a.document;
  ASSIGN_OR_RETURN(Stmt* st_ptr, db.Cached(
      "INSERT INTO documents(id, path, source_id, record, format, title, outlet, published, url,"
      " meta, content, bytes, simhash, duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  Stmt& st = *st_ptr;
  st.Bind(1, d.id).Bind(2, d.path).Bind(3, d.source_id).Bind(4, d.record);
  st.Bind(5, FormatName(d.format)).Bind(6, d.meta.title.value).Bind(7, d.meta.outlet.value);
  st.Bind(8, d.meta.published.value).Bind(9, d.meta.url.value).Bind(10, DumpJson(ToJson(d.meta)));
  st.Bind(11, d.content).Bind(12, static_cast<int64_t>(d.content.size()));
  st.Bind(13, static_cast<int64_t>(a.simhash)).Bind(14, a.duplicate_of);
  RETURN_IF_ERROR(st.Run());
  *rowid = db.LastInsertRowid();
  return Status::OK();
}

Status InsertFts(Db& db, int64_t rowid, std::string_view title, std::string_view body) {
  ASSIGN_OR_RETURN(Stmt* fts, db.Cached("INSERT INTO article_fts(rowid, title, body) VALUES (?,?,?)"));
  return fts->Bind(1, rowid).Bind(2, title).Bind(3, body).Run();
}

// Stores every record of the page but its full-text row, which goes to
// `fts` (the caller inserts it now or with the batch).
Status PutAll(Db& db, const Analysis& a, PendingFts* fts) {
  int64_t rowid = 0;
  RETURN_IF_ERROR(InsertDocument(db, a, &rowid));
  RETURN_IF_ERROR(InsertSegments(db, rowid, a.document));
  RETURN_IF_ERROR(InsertBands(db, rowid, a.simhash));
  if (!a.duplicate_of.empty()) return Status::OK();  // a copy: counted as a source, not re-analysed
  fts->rowid = rowid;
  fts->body = ArticleText(a.document, &fts->title);
  RETURN_IF_ERROR(InsertMentions(db, rowid, a.mentions));
  RETURN_IF_ERROR(InsertEvents(db, rowid, a.events));
  return InsertClaims(db, rowid, a.claims);
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  ASSIGN_OR_RETURN(std::unique_ptr<Db> db, Db::Open(path));
  if (path != ":memory:") {
    // 16 KB pages for a new store (no effect on an existing one): a stored
    // page of analysis is ~30 KB of records, and WAL writes one frame, two
    // system calls, per database page; with 4 KB pages those writes were
    // ~14% of the CPU time of ingesting dense text (perf).
    RETURN_IF_ERROR(db->Exec("PRAGMA page_size = 16384"));
    RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode = WAL"));
    RETURN_IF_ERROR(db->Exec("PRAGMA synchronous = NORMAL"));
    // An 8 MB page cache (SQLite's default is 2 MB): a batch of pages
    // dirties more than 2 MB, and pages spilled to the WAL mid-transaction
    // were written again at commit (dense ingest: system time 0.70 -> 0.42 s
    // for 2,000 pages; peak memory +6 MB).
    RETURN_IF_ERROR(db->Exec("PRAGMA cache_size = -8192"));
  }
  RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys = ON"));
  Status s = Migrate(*db);
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(db);
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::Begin() {
  RETURN_IF_ERROR(impl_->db->Exec("BEGIN IMMEDIATE"));
  impl_->in_batch = true;
  impl_->pending_fts.clear();
  return Status::OK();
}

Status Store::Commit() {
  // On an error the transaction stays open: the caller rolls it back.
  for (const PendingFts& f : impl_->pending_fts) {
    RETURN_IF_ERROR(InsertFts(*impl_->db, f.rowid, f.title, f.body));
  }
  impl_->pending_fts.clear();
  RETURN_IF_ERROR(impl_->db->Exec("COMMIT"));
  impl_->in_batch = false;
  return Status::OK();
}

Status Store::Rollback() {
  impl_->pending_fts.clear();
  impl_->in_batch = false;
  return impl_->db->Exec("ROLLBACK");
}

Result<bool> Store::Put(const Analysis& analysis) {
  Db& db = *impl_->db;
  ASSIGN_OR_RETURN(Stmt* exists_ptr, db.Cached("SELECT 1 FROM documents WHERE id = ?"));
  Stmt& exists = *exists_ptr;
  exists.Bind(1, analysis.document.id);
  ASSIGN_OR_RETURN(bool found, exists.Step());
  exists.Reset();  // release the read before writing
  if (found) return false;
  // Prepared once: parsing the savepoint statements on every page was a
  // visible share of storing a small page.
  ASSIGN_OR_RETURN(Stmt* savepoint, db.Cached("SAVEPOINT put"));
  ASSIGN_OR_RETURN(Stmt* release, db.Cached("RELEASE put"));
  RETURN_IF_ERROR(savepoint->Run());
  PendingFts fts;
  Status s = PutAll(db, analysis, &fts);
  bool has_fts = fts.rowid != 0;
  if (s.ok() && has_fts && !impl_->in_batch) s = InsertFts(db, fts.rowid, fts.title, fts.body);
  if (!s.ok()) {
    (void)db.Exec("ROLLBACK TO put");
    (void)release->Run();
    return Status(s.code(), analysis.document.path + ": " + s.message());
  }
  RETURN_IF_ERROR(release->Run());
  if (has_fts && impl_->in_batch) impl_->pending_fts.push_back(std::move(fts));
  return true;
}

Result<std::string> Store::FindNearDuplicate(uint64_t simhash, int max_distance) {
  // Prepared once per store (preparing it for every page showed in profiles);
  // reset before returning so no read stays open between pages.
  ASSIGN_OR_RETURN(Stmt* st_ptr, impl_->db->Cached(
      "SELECT DISTINCT d.id, d.simhash, d.duplicate_of FROM simhash_bands b"
      " JOIN documents d ON d.rowid = b.document_rowid WHERE b.band = ? AND b.value = ?"));
  Stmt& st = *st_ptr;
  for (int b = 0; b < kBands; ++b) {
    st.Reset();
    st.Bind(1, static_cast<int64_t>(b));
    st.Bind(2, static_cast<int64_t>((simhash >> (16 * b)) & 0xFFFF));
    while (true) {
      Result<bool> row = st.Step();
      if (!row.ok()) {
        st.Reset();
        return row.status();
      }
      if (!*row) break;
      uint64_t other = static_cast<uint64_t>(st.Int(1));
      if (std::popcount(other ^ simhash) <= max_distance) {
        std::string original = st.Text(2);
        if (original.empty()) original = st.Text(0);
        st.Reset();
        return original;
      }
    }
  }
  st.Reset();
  return std::string();
}

}  // namespace sitrep::store
