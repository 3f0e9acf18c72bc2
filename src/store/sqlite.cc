#include "store/sqlite.h"

#include <sqlite3.h>

namespace sitrep::store {
namespace {

Status Error(sqlite3* db, std::string_view what) {
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db);
  int code = sqlite3_errcode(db);
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_CANTOPEN ||
      code == SQLITE_FULL || code == SQLITE_IOERR) {
    return UnavailableError(msg);
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return DataLossError(msg);
  return InternalError(msg);
}

}  // namespace

Stmt::~Stmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Stmt& Stmt::Bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::Bind(int i, int64_t value) {
  sqlite3_bind_int64(stmt_, i, value);
  return *this;
}

Stmt& Stmt::Bind(int i, double value) {
  sqlite3_bind_double(stmt_, i, value);
  return *this;
}

Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

Stmt& Stmt::BindOptional(int i, const std::optional<double>& value) {
  return value ? Bind(i, *value) : BindNull(i);
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error(db_, std::string("sqlite step (") + sqlite3_sql(stmt_) + ")");
}

Status Stmt::Run() {
  Result<bool> row = Step();
  if (!row.ok()) return row.status();
  sqlite3_reset(stmt_);
  return Status::OK();
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Stmt::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  if (!t) return "";
  return std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt_, col));
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

Result<std::unique_ptr<Db>> Db::Open(const std::string& path) {
  sqlite3* db = nullptr;
  // No per-connection mutex: a Db is used by one thread at a time (see
  // sqlite.h), and SQLite's serialized mode took a lock on every call
  // (~1.5% of ingesting dense text).
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open store " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return UnavailableError(msg);
  }
  sqlite3_busy_timeout(db, 10000);
  return std::unique_ptr<Db>(new Db(db, path));
}

Db::~Db() {
  cache_.clear();  // finalize cached statements before closing
  sqlite3_close(db_);
}

Result<Stmt*> Db::Cached(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  ASSIGN_OR_RETURN(Stmt st, Prepare(sql));
  auto stmt = std::make_unique<Stmt>(std::move(st));
  Stmt* raw = stmt.get();
  cache_.emplace(sql, std::move(stmt));
  return raw;
}

Status Db::Exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = std::string("sqlite: ") + (err ? err : "error") + " in: " + s.substr(0, 120);
    sqlite3_free(err);
    return InternalError(msg);
  }
  return Status::OK();
}

Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return Error(db_, "sqlite prepare (" + std::string(sql.substr(0, 120)) + ")");
  }
  return Stmt(db_, stmt);
}

int64_t Db::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
int64_t Db::Changes() const { return sqlite3_changes(db_); }

}  // namespace sitrep::store
