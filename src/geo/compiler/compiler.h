// The gazetteer compiler: build-time only (linked into sitrep_gazc, never
// into the sitrep binary), like sentencepiece's trainer.
//
// Reads GeoNames cities500 and the team's data/geo tables (countries,
// first-level divisions, extra variants, words that are not places) and
// writes the memory-mapped index described in geo/index_format.h. One
// Compile call per object; not thread-safe.
#pragma once

#include <string>

#include "sitrep/status.h"

namespace sitrep::geo {

struct CompilerInputs {
  std::string cities_tsv;     // GeoNames cities500.txt
  std::string countries_tsv;  // data/geo/countries.tsv: ISO2, name, variants|..., demonyms|...
  std::string admin1_tsv;     // data/geo/admin1.tsv: ISO2, admin1 code, name, variants|...
  std::string variants_tsv;   // data/geo/variants.tsv: geonameid, variants|...
  std::string not_places;     // data/geo/not_places.txt: one name a line (actors, organisations)
};

struct CompileStats {
  size_t places = 0;
  size_t names = 0;        // (name, place) pairs indexed
  size_t keys = 0;
  size_t bytes = 0;
};

// Writes the index to `out_path`. Fails when an input cannot be read or a
// line is malformed (the message names file and line).
Status CompileGazetteer(const CompilerInputs& inputs, const std::string& out_path,
                        CompileStats* stats);

}  // namespace sitrep::geo
