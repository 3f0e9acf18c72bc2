// Trigger matching and role assignment for one sentence: which rule fires
// at which token, in which voice, with which actor1/actor2 mentions.
// Internal to the extract stage; pure functions.
#pragma once

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace sitrep::extract {

struct TriggerHit {
  size_t first = 0;  // token range of the trigger
  size_t last = 0;
  size_t rule = 0;
  Voice voice = Voice::kActive;
  std::string actor1, actor2;       // canonical names; actor2 may be empty
  std::string actor1_type;
  std::string claimant;             // set by "accusing X of bombing": the accuser
};

// Every trigger in the sentence whose rule's voice, roles and conditions
// hold, and that no negation, intent or modal marker blocks.
std::vector<TriggerHit> MatchTriggers(const Lexicon& lex, const Sentence& s, const DocState& st);

}  // namespace sitrep::extract
