// Options for building a Pipeline. Every option is commented with its default.
#pragma once

#include <string>

namespace sitrep {

struct PipelineOptions {
  // Compiled gazetteer index (built at build time from GeoNames cities500).
  // Default: $SITREP_GAZETTEER, else gazetteer.idx beside the sitrep binary,
  // else <prefix>/share/sitrep/gazetteer.idx.
  std::string gazetteer_path;
  // Extra GeoNames dump (allCountries.txt or SY.txt, TSV) loaded on top of the
  // index, for villages, oil fields and mountains. Default: none.
  std::string extra_gazetteer_path;
  // Folder of the lexicons the team writes (actors, event verbs, policies).
  // Default: $SITREP_DATA, else data/ of the source tree the binary was built from.
  std::string data_dir;
  // Treat every page as bare article text: no cleaning (benchmarks). Default: false.
  bool plain = false;
  // Keep candidate lists and reasons on place mentions (geo --explain). Default: false.
  bool explain_geo = false;
};

}  // namespace sitrep
