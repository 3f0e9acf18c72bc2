// Role helpers for the trigger rules (triggers.cc): who fills a role the
// rule table cannot express by position alone. Pure functions over one
// Sentence and the immutable Lexicon; thread-safe.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/actors.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "extract/triggers.h"
#include "sitrep/event.h"

namespace sitrep::extract {

// The first named actor starting within `window` tokens after `last`
// whose preposition is in `preps` (any when empty); none across a comma
// or a new clause ("after US forces withdrew").
const ActorMention* ActorAfter(const Sentence& s, size_t last, size_t window, const text::WordSet& preps);

// True when `a` is the subject of a passive harm verb ("two soldiers were
// killed"): a victim, not an agent.
bool Victim(const Sentence& s, const ActorMention& a);

// The group that "claimed responsibility for" the trigger at `first`.
const ActorMention* Responsible(const Sentence& s, size_t first);

// "Al-Shabaab claimed responsibility for the blast" in a sentence of its
// own: the group becomes actor1 of the events `last` (indexes into *out)
// whose perpetrator was unidentified.
void ClaimedAttack(const Sentence& s, const std::vector<size_t>& last, std::vector<Event>* out);

// The armed object of the harm verb a noun trigger governs ("a roadside
// bomb killed two Burkinabe soldiers").
const ActorMention* HarmedAfter(const Sentence& s, size_t last);

// "X repelled an assault by Y", "repulsed a Russian attack", "X clashed
// with Y, who had ambushed ...": swaps *hit so that the attacker is actor1
// and the defender actor2.
void RepelledAttacker(const Lexicon& lex, const Sentence& s, const TriggerRule& r, size_t last, TriggerHit* hit);

}  // namespace sitrep::extract
