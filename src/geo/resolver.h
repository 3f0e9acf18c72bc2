// Resolver: picks one place for each recognized span of a document.
//
// Two passes. The first ranks each span's candidates alone (population,
// feature class, qualifiers: "X Province" wants the division, "X city" the
// city; a bare name that is both a division and its seat is the city). The
// document's country focus and the first-pass places then re-rank every
// span: candidates in the focus countries and near other mentioned places
// win (spatial coherence). Spans the gazetteer lacks (cue names) stay
// unresolved and take their division and country from the nearest resolved
// mention, or a following "in X Province". Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/recognizer.h"
#include "sitrep/event.h"

namespace sitrep::geo {

// A span placed in the document: offsets in the page content, its segment.
struct DocSpan {
  Span span;
  size_t start = 0, end = 0;
  std::string mention;
  size_t segment = 0;
};

std::vector<PlaceMention> Resolve(const Gazetteer& gazetteer, const std::vector<DocSpan>& spans,
                                  bool explain);

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::geo
