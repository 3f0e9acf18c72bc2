// Private to src/store: the state behind Store, shared by its write
// (store.cc) and read (store_read.cc) halves.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "store/sqlite.h"
#include "store/store.h"

namespace sitrep::store {

// A page's full-text row, kept until the batch commits (see Store::Put).
struct PendingFts {
  int64_t rowid = 0;
  std::string title;
  std::string body;
};

struct Store::Impl {
  std::unique_ptr<Db> db;
  bool in_batch = false;               // between Begin and Commit/Rollback
  std::vector<PendingFts> pending_fts;  // article_fts rows of the batch's pages
};

}  // namespace sitrep::store
