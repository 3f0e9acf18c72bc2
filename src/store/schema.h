// The store's schema as an ordered list of migrations. Migration i brings the
// database from user_version i to i+1; Store::Open applies the missing ones
// in one transaction each. Never edit a released migration: append one.
#pragma once

#include <string_view>
#include <vector>

namespace sitrep::store {

const std::vector<std::string_view>& Migrations();

}  // namespace sitrep::store
