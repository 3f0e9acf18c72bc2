// Default actors: who acts when the text names no one the lexicon knows.
// ACLED's conventions (an unidentified armed group plants a bomb, protesters
// protest, the police arrest, a mob loots), an unidentified force named by
// its noun ("hundreds of soldiers were deployed", "the rebels signed"), an
// unknown crowd that fights ("youths from rival clans"), and a crowd counted
// in thousands (displacement). Internal to the extract stage; pure
// functions over the immutable Lexicon; thread-safe. Results point into the
// caller's scratch mention.
#pragma once

#include "extract/actors.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace sitrep::extract {

// "Thousands of civilians are fleeing", "almost 15,000 Egyptians have fled".
bool CrowdBefore(const Sentence& s, size_t first);

// "An airstrike", "two drone strikes": a new strike, not one told before.
bool IndefiniteStrike(const Sentence& s, size_t first);

// ACLED's default actor for rule `r` in `voice`, or null.
const ActorMention* DefaultActor(const Lexicon& lex, const TriggerRule& r, Voice voice, bool indefinite,
                                 ActorMention* scratch);

// An unidentified force by the first force noun in tokens [from, to), or null.
const ActorMention* GenericForce(const Lexicon& lex, const Sentence& s, size_t from, size_t to,
                                 ActorMention* scratch);

// Rioters, when a crowd noun stands in the six tokens before `first`; else null.
const ActorMention* GenericCrowd(const Lexicon& lex, const Sentence& s, size_t first, ActorMention* scratch);

}  // namespace sitrep::extract
