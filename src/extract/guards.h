// Trigger guards: whether a trigger at a token reports an event at all.
// Blocked: a negation or "failed" in the three tokens before; an infinitive
// ("trying to capture", not "continues to detain" nor "gathered to
// protest"); a relative clause describing an actor; "charged with"; a
// hypothetical or denial; a past marker ("previously", "in the past"); a
// call or plan ("called for demonstrations"); a forecast; the cause of a
// reprisal ("in retaliation for the shelling"); whatever follows a claim of
// responsibility (unless the page has told no violence yet); a noun asked
// for ("called for an immediate ceasefire"). Also whether a definite noun
// refers back to an event told before. Internal to the extract stage; pure
// functions, thread-safe.
#pragma once

#include <string>

#include "extract/sentence.h"

namespace sitrep::extract {

// True when the trigger starting at token `first` (`verb`: its form is a
// verb) reports no event. `claim_tells`: a claim of responsibility may tell
// its attack (a dated news page that has told no violence yet); else what
// follows the claim is an attack reported before.
bool Blocked(const Sentence& s, size_t first, bool verb, bool claim_tells = false);

// True when a noun trigger at [first, last] with the definite article (or
// "this", "the same") and no new actor or place of its own ("the attack",
// "the bombings came days after ...") refers back to an event of the same
// family (violence; else the same event type) the document told before.
bool Coreferent(const Sentence& s, size_t first, size_t last, const std::string& event_type, const DocState& st);

// Adverbs that may stand between an auxiliary and its participle ("was
// reportedly taken") or before a verb.
bool Adverb(const std::string& w);

}  // namespace sitrep::extract
