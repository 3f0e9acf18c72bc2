// Test helpers for the geo stage: the compiled gazetteer the build made, and
// documents built from bare text. Test-only.
#pragma once

#include <memory>
#include <string>

#include "geo/gazetteer.h"
#include "sitrep/document.h"

namespace sitrep::geo::testing {

// The gazetteer at $SITREP_GAZETTEER, else <build>/gazetteer.idx; shared by
// all tests of a binary. Null when missing (the caller skips).
const Gazetteer* SharedGazetteer();

// A document with one body segment holding all of `text`.
Document PlainDocument(const std::string& text, const std::string& path = "test.txt");

// File contents, or empty when unreadable.
std::string ReadFileOrEmpty(const std::string& path);

}  // namespace sitrep::geo::testing
