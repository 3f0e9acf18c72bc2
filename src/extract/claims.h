// Claims: distances ("as close as 12 km from the city", "within 10 km of",
// "18-20 km away", "25 kilometers south of al-Koum"), forecasts with a
// horizon ("will arrive at X in 24-48 hours", "within hours") and
// statements (a named speaker of a government criticizing, denying,
// threatening, praising or supporting another party). Internal to the
// extract stage.
#pragma once

#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "sitrep/event.h"

namespace sitrep::extract {

void ExtractClaims(const Lexicon& lex, const Sentence& s, DocState* st, std::vector<Claim>* out);

}  // namespace sitrep::extract
