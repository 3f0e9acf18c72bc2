// Where sitrep finds its built and written data when no option names it.
#pragma once

#include <string>

namespace sitrep {

// $SITREP_GAZETTEER, else gazetteer.idx beside the running binary, else the
// build tree's gazetteer.idx (SITREP_BINARY_DIR at compile time).
std::string DefaultGazetteerPath();
// $SITREP_DATA, else data/ of the source tree sitrep was built from.
std::string DefaultDataDir();

}  // namespace sitrep
