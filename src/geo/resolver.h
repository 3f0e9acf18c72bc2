// Resolver: picks one place for each recognized span of a document.
//
// Passes. The first ranks each span's candidates alone (population, feature
// class, qualifiers: "X Province" wants the division, "X city" the city; a
// bare name that is both a division and its seat is the city). Then two
// context rounds re-rank every span from the other names' choices: the
// document's country focus (each name votes once, ambiguous names little),
// its divisions ("Georgia" becomes the state once "Atlanta" votes, then
// "Gainesville" follows), nearby places (spatial coherence) and an adjacent
// division or country ("Athens, Ga."). A best place the document's focus
// does not support stays unresolved: a small place far (1000+ km) from every
// other mentioned place, an Arabic "al-" name spelled unlike its namesake
// abroad, a division spelled otherwise far away; names that are nobody's own
// name there are dropped ("Share", "Email"). "X County" takes a town named X
// only near another mentioned place. Unresolved spans (cue names, the above)
// take their division and country from the nearest resolved mention in the
// focus country, or a following "in X Province". Pure; thread-safe.
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
  // A country the text points at without naming a place (a demonym): it
  // votes for the document's focus and is not a mention of its own.
  bool hint = false;
};

std::vector<PlaceMention> Resolve(const Gazetteer& gazetteer, const std::vector<DocSpan>& spans,
                                  bool explain);

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::geo
