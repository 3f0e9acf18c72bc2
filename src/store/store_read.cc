// The read half of Store: documents, listings with filters and paging,
// full-text search and counts. Listings build one parameterized query from
// the Filter; the bounding box goes through the events R*Tree.
#include <string>
#include <vector>

#include "base/json_records.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace sitrep::store {
namespace {

using nlohmann::json;

// A WHERE clause and its bound values, built up filter by filter.
class Where {
 public:
  void Add(const std::string& clause, std::vector<std::string> values = {}) {
    sql_ += sql_.empty() ? " WHERE " : " AND ";
    sql_ += clause;
    for (auto& v : values) values_.push_back(std::move(v));
  }
  void AddNumbers(const std::string& clause, std::vector<double> numbers) {
    sql_ += sql_.empty() ? " WHERE " : " AND ";
    sql_ += clause;
    for (double n : numbers) numbers_.push_back({values_.size() + numbers_.size(), n});
  }
  const std::string& sql() const { return sql_; }
  void Bind(Stmt& st) const {
    size_t vi = 0, ni = 0;
    for (size_t pos = 0; pos < values_.size() + numbers_.size(); ++pos) {
      if (ni < numbers_.size() && numbers_[ni].first == pos) {
        st.Bind(static_cast<int>(pos + 1), numbers_[ni++].second);
      } else {
        st.Bind(static_cast<int>(pos + 1), values_[vi++]);
      }
    }
  }

 private:
  std::string sql_;
  std::vector<std::string> values_;
  std::vector<std::pair<size_t, double>> numbers_;
};

std::string Like(const std::string& s) { return "%" + s + "%"; }

Status ParseRecord(const std::string& text, auto* record) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return DataLossError("store: a stored record is not valid JSON");
  return FromJson(j, record);
}

std::string Paging(const Filter& f, Where* where, const char* rowid) {
  if (f.after > 0) where->AddNumbers(std::string(rowid) + " > ?", {static_cast<double>(f.after)});
  std::string tail = std::string(" ORDER BY ") + rowid;
  if (f.limit > 0) tail += " LIMIT " + std::to_string(f.limit);
  return tail;
}

Result<std::string> ResolveId(Db& db, const std::string& table, const std::string& id) {
  if (id.size() < 4) return InvalidArgumentError("id '" + id + "' is too short (4 characters at least)");
  ASSIGN_OR_RETURN(Stmt st, db.Prepare("SELECT id FROM " + table + " WHERE id >= ? AND id < ? LIMIT 2"));
  st.Bind(1, id).Bind(2, id + "\xff");
  std::vector<std::string> found;
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    found.push_back(st.Text(0));
  }
  if (found.empty()) return NotFoundError("no " + table.substr(0, table.size() - 1) + " with id " + id);
  // The index returns ids in order, so an exact id comes first and wins
  // over longer ids it is a prefix of.
  if (found.size() > 1 && found[0] != id) {
    return InvalidArgumentError("id prefix " + id + " is ambiguous");
  }
  return found[0];
}

Status LoadSegments(Db& db, int64_t rowid, Document* doc) {
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(
      "SELECT label, start, end, start_line, end_line, depth, time, text, offset_map"
      " FROM segments WHERE document_rowid = ? ORDER BY ord"));
  st.Bind(1, rowid);
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    Segment s;
    ParseLabel(st.Text(0), &s.label);
    s.start = st.Int(1);
    s.end = st.Int(2);
    s.start_line = static_cast<int>(st.Int(3));
    s.end_line = static_cast<int>(st.Int(4));
    s.depth = static_cast<int>(st.Int(5));
    s.time = st.Text(6);
    s.text = st.Text(7);
    std::string map = st.Text(8);
    if (!map.empty()) {
      json j = json::parse(map, nullptr, false);
      if (j.is_array()) {
        for (const auto& p : j) s.offset_map.emplace_back(p[0].get<uint32_t>(), p[1].get<uint32_t>());
      }
    }
    doc->segments.push_back(std::move(s));
  }
  return Status::OK();
}

template <typename T>
Status LoadRecords(Db& db, const std::string& sql, int64_t rowid, std::vector<T>* out) {
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(sql));
  st.Bind(1, rowid);
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    T record;
    RETURN_IF_ERROR(ParseRecord(st.Text(0), &record));
    out->push_back(std::move(record));
  }
  return Status::OK();
}

}  // namespace

Result<Analysis> Store::GetDocument(const std::string& id_or_prefix) {
  Db& db = *impl_->db;
  ASSIGN_OR_RETURN(std::string id, ResolveId(db, "documents", id_or_prefix));
  ASSIGN_OR_RETURN(Stmt st, db.Prepare(
      "SELECT rowid, id, path, source_id, record, format, meta, content, simhash, duplicate_of"
      " FROM documents WHERE id = ?"));
  st.Bind(1, id);
  ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFoundError("no document with id " + id);
  Analysis a;
  int64_t rowid = st.Int(0);
  Document& d = a.document;
  d.id = st.Text(1);
  d.path = st.Text(2);
  d.source_id = st.Text(3);
  d.record = st.Text(4);
  d.format = st.Text(5) == "html" ? PageFormat::kHtml : PageFormat::kText;
  json meta = json::parse(st.Text(6), nullptr, false);
  if (!meta.is_discarded()) RETURN_IF_ERROR(FromJson(meta, &d.meta));
  d.content = st.Text(7);
  a.simhash = static_cast<uint64_t>(st.Int(8));
  a.duplicate_of = st.Text(9);
  RETURN_IF_ERROR(LoadSegments(db, rowid, &d));
  RETURN_IF_ERROR(LoadRecords(db, "SELECT record FROM mentions WHERE document_rowid = ? ORDER BY ord",
                              rowid, &a.mentions));
  RETURN_IF_ERROR(LoadRecords(db, "SELECT record FROM events WHERE document_rowid = ? ORDER BY rowid",
                              rowid, &a.events));
  RETURN_IF_ERROR(LoadRecords(db, "SELECT record FROM claims WHERE document_rowid = ? ORDER BY rowid",
                              rowid, &a.claims));
  return a;
}

Result<std::vector<DocumentSummary>> Store::ListDocuments(int64_t limit) {
  std::string sql =
      "SELECT d.id, d.path, d.title, d.outlet, d.published, d.bytes,"
      " (SELECT COUNT(*) FROM events e WHERE e.document_rowid = d.rowid),"
      " (SELECT COUNT(*) FROM claims c WHERE c.document_rowid = d.rowid)"
      " FROM documents d ORDER BY d.rowid";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare(sql));
  std::vector<DocumentSummary> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({st.Text(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Int(5),
                   st.Int(6), st.Int(7)});
  }
  return out;
}

Result<std::vector<Row<Event>>> Store::ListEvents(const Filter& f) {
  Where where;
  if (!f.place.empty()) where.Add("(location LIKE ? OR admin1 LIKE ?)", {Like(f.place), Like(f.place)});
  if (!f.actor.empty()) where.Add("(actor1 LIKE ? OR actor2 LIKE ?)", {Like(f.actor), Like(f.actor)});
  if (!f.type.empty()) {
    where.Add("(event_type = ? COLLATE NOCASE OR sub_event_type = ? COLLATE NOCASE)", {f.type, f.type});
  }
  if (!f.since.empty()) where.Add("date >= ?", {f.since});
  if (!f.until.empty()) where.Add("date <= ?", {f.until});
  if (!f.document_id.empty()) {
    where.Add("document_rowid = (SELECT rowid FROM documents WHERE id = ?)", {f.document_id});
  }
  if (f.min_lon && f.min_lat && f.max_lon && f.max_lat) {
    // One index answers place and time; the exact date test above stays.
    double first = static_cast<double>(DayNumber(f.since, false).value_or(kNoDayMin));
    double last = static_cast<double>(DayNumber(f.until, true).value_or(kNoDayMax));
    where.AddNumbers("rowid IN (SELECT id FROM events_space_time WHERE min_lon >= ? AND max_lon <= ?"
                     " AND min_lat >= ? AND max_lat <= ? AND max_day >= ? AND min_day <= ?)",
                     {*f.min_lon, *f.max_lon, *f.min_lat, *f.max_lat, first, last});
  }
  std::string tail = Paging(f, &where, "rowid");
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare("SELECT rowid, record FROM events" + where.sql() + tail));
  where.Bind(st);
  std::vector<Row<Event>> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    Row<Event> r;
    r.rowid = st.Int(0);
    RETURN_IF_ERROR(ParseRecord(st.Text(1), &r.value));
    out.push_back(std::move(r));
  }
  return out;
}

Result<Event> Store::GetEvent(const std::string& id_or_prefix) {
  ASSIGN_OR_RETURN(std::string id, ResolveId(*impl_->db, "events", id_or_prefix));
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare("SELECT record FROM events WHERE id = ?"));
  st.Bind(1, id);
  ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFoundError("no event with id " + id);
  Event e;
  RETURN_IF_ERROR(ParseRecord(st.Text(0), &e));
  return e;
}

Result<std::vector<Row<Claim>>> Store::ListClaims(const Filter& f) {
  Where where;
  if (!f.place.empty()) where.Add("reference LIKE ?", {Like(f.place)});
  if (!f.actor.empty()) where.Add("(subject LIKE ? OR speaker LIKE ?)", {Like(f.actor), Like(f.actor)});
  if (!f.type.empty()) where.Add("kind = ? COLLATE NOCASE", {f.type});
  if (!f.since.empty()) where.Add("date >= ?", {f.since});
  if (!f.until.empty()) where.Add("date <= ?", {f.until});
  if (!f.document_id.empty()) {
    where.Add("document_rowid = (SELECT rowid FROM documents WHERE id = ?)", {f.document_id});
  }
  std::string tail = Paging(f, &where, "rowid");
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare("SELECT rowid, record FROM claims" + where.sql() + tail));
  where.Bind(st);
  std::vector<Row<Claim>> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    Row<Claim> r;
    r.rowid = st.Int(0);
    RETURN_IF_ERROR(ParseRecord(st.Text(1), &r.value));
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<PlaceMention>> Store::ListMentions(const std::string& document_id) {
  std::vector<PlaceMention> out;
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare("SELECT rowid FROM documents WHERE id = ?"));
  st.Bind(1, document_id);
  ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFoundError("no document with id " + document_id);
  RETURN_IF_ERROR(LoadRecords(*impl_->db,
                              "SELECT record FROM mentions WHERE document_rowid = ? ORDER BY ord",
                              st.Int(0), &out));
  return out;
}

Result<std::vector<SearchHit>> Store::Search(const std::string& query, int64_t limit) {
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare(
      "SELECT d.id, d.title, snippet(article_fts, 1, '[', ']', '...', 16), bm25(article_fts)"
      " FROM article_fts JOIN documents d ON d.rowid = article_fts.rowid"
      " WHERE article_fts MATCH ? ORDER BY bm25(article_fts) LIMIT ?"));
  st.Bind(1, query).Bind(2, limit);
  std::vector<SearchHit> out;
  while (true) {
    Result<bool> row = st.Step();
    if (!row.ok()) return InvalidArgumentError("search '" + query + "': " + row.status().message());
    if (!*row) break;
    out.push_back({st.Text(0), st.Text(1), st.Text(2), st.Double(3)});
  }
  return out;
}

Result<Stats> Store::GetStats() {
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM segments),"
      " (SELECT COUNT(*) FROM segments WHERE label IN ('title','dek','heading','body','update')),"
      " (SELECT COUNT(*) FROM segments WHERE label = 'comment'), (SELECT COUNT(*) FROM mentions),"
      " (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM claims),"
      " (SELECT COALESCE(SUM(bytes), 0) FROM documents), (SELECT user_version FROM pragma_user_version)"));
  ASSIGN_OR_RETURN(bool row, st.Step());
  Stats s;
  if (row) {
    s.documents = st.Int(0);
    s.segments = st.Int(1);
    s.article_segments = st.Int(2);
    s.comments = st.Int(3);
    s.mentions = st.Int(4);
    s.events = st.Int(5);
    s.claims = st.Int(6);
    s.bytes = st.Int(7);
    s.schema_version = static_cast<int>(st.Int(8));
  }
  return s;
}

}  // namespace sitrep::store
