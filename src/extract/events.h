// Event rules: trigger matching, voice, roles, conditions, location, time,
// fatalities and the merging of events that one sentence (or a follow-up
// sentence) reports twice. Internal to the extract stage.
#pragma once

#include <optional>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "sitrep/event.h"
#include "text/numbers.h"

namespace sitrep::extract {

// Appends the sentence's events to *out (and may add fatalities to the
// events of the previous sentence with events, via st->last_events).
void ExtractEvents(const Lexicon& lex, const Sentence& s, DocState* st, std::vector<Event>* out);

// The death toll a sentence gives ("more than 120 fighters were killed",
// "executed three young men", "losses amounted to more than 70 men").
std::optional<text::Count> FindFatalities(const Sentence& s);

// Drops, among (*events)[first..], a region-level event (a province) when
// another event of the same type and actor1 names a place inside it.
void DropRegionRepeats(size_t first, std::vector<Event>* events);

// The time of token position `pos` in the sentence: the nearest time
// expression, else the time the previous sentence's events took from their
// own words, else the publication date (precision 2).
text::TimeExpr TimeAt(const Sentence& s, size_t pos, const DocState& st);

}  // namespace sitrep::extract
