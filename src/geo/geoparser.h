// Geoparser: finds place mentions in a cleaned document and resolves them
// against the gazetteer.
//
// Lifecycle: Create() once with a gazetteer that outlives the geoparser;
// Parse() is const and thread-safe (it keeps no state between calls).
// Recognition (recognizer.h) matches capitalized word sequences against the
// gazetteer's folded keys and cue patterns ("X Province", "the town of X",
// "X oil field", "Jebel X"); resolution (resolver.h) picks one place per
// mention from document country focus, co-mentioned places, population,
// feature class and explicit qualifiers.
#pragma once

#include <memory>
#include <vector>

#include "geo/gazetteer.h"
#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep::geo {

class Geoparser {
 public:
  // `gazetteer` must be non-null and outlive the geoparser. With `explain`,
  // mentions carry the candidates considered and why the winner won.
  static Result<std::unique_ptr<Geoparser>> Create(const Gazetteer* gazetteer, bool explain = false);

  // Place mentions in the article segments (IsArticle(label)) of a cleaned
  // document, offsets in doc.content, in page order.
  std::vector<PlaceMention> Parse(const Document& doc) const;

 private:
  Geoparser(const Gazetteer* gazetteer, bool explain) : gazetteer_(gazetteer), explain_(explain) {}
  const Gazetteer* gazetteer_;
  bool explain_;
};

}  // namespace sitrep::geo
