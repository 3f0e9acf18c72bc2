// Recognizer: the place-name spans of one text, before resolution.
//
// Splits a text into words with byte offsets, then scans each word position
// for the longest word sequence whose folded key the gazetteer holds (so the
// cost does not depend on the gazetteer's size or a name's length). English
// text guards: a name must be capitalized (or in a non-Latin script); single
// common English words, demonyms and organisation names are rejected; a
// single word glued to other capitalized words ("Washington Post") is part of
// another name. Cue patterns add qualifiers ("X Province", "X city"),
// directions and distances ("25 km south of X"), and names the gazetteer
// lacks ("al-Kharata oil field", "Jebel al-Bashri", "the Hmimeh area").
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "geo/fold.h"
#include "geo/gazetteer.h"

namespace sitrep::geo {

struct Word {
  size_t start = 0, end = 0;    // byte offsets in the text
  std::string_view text;
  bool capitalized = false;     // upper-case first letter or a non-Latin script
  bool all_caps = false;
  bool sentence_start = false;  // first word of a sentence
  bool joined = false;          // only spaces or hyphens since the previous word
  bool hyphen_before = false;   // a hyphen right before (e.g. "US-backed")
  std::vector<FoldedToken> folded;
};

// kCounty: "X County", a second-level division the gazetteer lacks; resolved
// to a town named X in the document's division, else left unresolved.
enum class Qualifier { kNone, kProvince, kCity, kRegion, kCounty };

struct Span {
  size_t first_word = 0, last_word = 0;  // words of the name
  size_t start = 0, end = 0;             // byte offsets of the mention (qualifiers included)
  std::string name;                      // the name as written (no qualifier)
  std::vector<Candidate> candidates;     // empty: a cue-pattern name the gazetteer lacks
  Qualifier qualifier = Qualifier::kNone;
  std::string feature;                   // for unresolved names: OILF, MT, AREA, PPL
  std::string direction;                 // "southwest" in "southwest of X"
  std::optional<double> km_min, km_max;
  bool the_city = false;                 // "the city": the city the text is about
};

std::vector<Word> SplitText(std::string_view text);

// What recognition learned earlier in a document: last names of people
// ("Raquel Henry", "Sen. Jones"), so a later "Henry" alone is no place; and
// the countries its demonyms point at ("the Syrian army": Syria), evidence
// for the document's country though no place is named.
struct RecognizerMemory {
  std::set<std::string> surnames;  // lower case
  std::set<uint32_t> demonym_countries;  // gazetteer records
};

// Place spans of `text`, in order, not overlapping. `memory` carries over
// between the segments of one document.
std::vector<Span> Recognize(std::string_view text, const Gazetteer& gazetteer, RecognizerMemory* memory);

}  // namespace sitrep::geo
