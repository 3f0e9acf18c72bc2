// ACLED coding conventions applied after the trigger rules: who the
// victims are when the text says people were killed, and the event types
// that depend on who is involved (force against protesters, protesters who
// riot, mobs, chemical agents, state parties to a deal). Internal to the
// extract stage; pure functions (the protest escalation is in escalation.cc).
#pragma once

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "sitrep/event.h"

namespace sitrep::extract {

// True when the sentence says people who are not fighters were killed or
// wounded ("killing seven people", "three civilians were killed").
bool CiviliansHurt(const Sentence& s);

// True when the target after token `last` is an armed post ("attacked a
// checkpoint", "ambushed a convoy"): the people killed there are its
// defenders, not civilians.
bool ArmedTargetAfter(const Sentence& s, size_t last);

// True when people who are not fighters ("four men", "14 people") follow
// token `last` closely: the object of an arrest or abduction.
bool PeopleAfter(const Sentence& s, size_t last);

// The lexicon type of a canonical actor name, or empty.
std::string TypeOf(const Lexicon& lex, const std::string& canonical);

// Territory that changed hands without a fight: "without resistance",
// "had not encountered any resistance", or taken after the other side
// withdrew ("after Russian forces completed their withdrawal").
bool NoFight(const Sentence& s);

// Rewrites type, sub-event type and actors of `e` by the conventions above.
void Reclassify(const Lexicon& lex, const Sentence& s, Event* e);

// "fired two ballistic missiles at the Saudi city of Jizan ..., adding that
// both were intercepted": a strike stopped in the air is a disrupted weapons
// use by the defender (the army of the place, else the target), against the
// shooter. Call once the place is set.
void InterceptedStrike(const Lexicon& lex, const Sentence& s, Event* e);

// One protest event per sentence, at the highest escalation the sentence
// shows: peaceful < with intervention (tear gas, arrests) < excessive force
// < violent demonstration (demonstrators throw, burn, clash). The merged
// event takes the place of the sentence's first protest event.
void EscalateProtests(const Sentence& s, std::vector<Event>* events);

// A protest event that follows one of the previous sentences at the same
// place (or with no place) is the same demonstration told on ("Police
// fired tear gas to disperse them. Protesters threw bottles"): *earlier
// takes the higher escalation. True when `later` is such a repeat.
bool EscalateAcross(const Event& later, Event* earlier);

}  // namespace sitrep::extract
