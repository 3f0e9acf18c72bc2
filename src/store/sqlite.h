// A thin RAII layer over the SQLite C API: a connection and prepared
// statements that report errors as Status. The only file that talks to
// sqlite3 directly is sqlite.cc. Not thread-safe: one Db per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sitrep/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store {

class Stmt {
 public:
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt();
  Stmt(Stmt&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binds are 1-based like SQLite's.
  Stmt& Bind(int i, std::string_view text);
  Stmt& Bind(int i, int64_t value);
  Stmt& Bind(int i, double value);
  Stmt& BindNull(int i);
  Stmt& BindOptional(int i, const std::optional<double>& value);

  // Advances: true with a row, false when done; an error Status otherwise.
  Result<bool> Step();
  // Steps once and expects no row (INSERT/UPDATE/DELETE).
  Status Run();
  void Reset();

  std::string Text(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class Db {
 public:
  static Result<std::unique_ptr<Db>> Open(const std::string& path);
  ~Db();
  Status Exec(std::string_view sql);
  Result<Stmt> Prepare(std::string_view sql);
  // The statement for `sql`, prepared on first use and kept for the life of
  // the connection, reset (bindings cleared) on every call: for statements
  // run once per page. The pointer stays valid until the Db is destroyed;
  // a second call with the same sql resets the same statement.
  Result<Stmt*> Cached(const std::string& sql);
  int64_t LastInsertRowid() const;
  int64_t Changes() const;
  const std::string& path() const { return path_; }

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<Stmt>> cache_;
};

}  // namespace sitrep::store
