// Writes a nlohmann::json value as compact JSON text, byte for byte what
// json::dump() writes (no indent, UTF-8 kept, strict on invalid UTF-8), at a
// fraction of the cost: dump() decodes every byte of every string through a
// UTF-8 state machine, and storing a dense page's records was spending more
// time there than SQLite spent inserting them. Strings are copied in runs
// between the bytes that need escaping; a string that is not valid UTF-8
// is left to dump() itself (which rejects it), so errors are unchanged.
//
// Stateless free functions: thread-safe.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace sitrep::store {

// Appends `value` to `out`; returns false (out unchanged) when some string
// in it is not valid UTF-8 or it holds a type dump() writes specially
// (binary, discarded): the caller then uses value.dump().
bool AppendJson(const nlohmann::json& value, std::string* out);

// value.dump(), written by AppendJson when it can.
std::string DumpJson(const nlohmann::json& value);

}  // namespace sitrep::store
