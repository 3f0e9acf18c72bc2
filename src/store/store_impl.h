// Private to src/store: the state behind Store, shared by its write
// (store.cc) and read (store_read.cc) halves.
#pragma once

#include <memory>

#include "store/sqlite.h"
#include "store/store.h"

namespace sitrep::store {

struct Store::Impl {
  std::unique_ptr<Db> db;
};

}  // namespace sitrep::store
