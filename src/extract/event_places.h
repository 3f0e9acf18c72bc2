// Where an event happened: the place a trigger's sentence names for it
// (the object of "shelled the town of X", a place after in/near/at, a
// capitalized name after a territory trigger, else the document's last
// place or home country), datelines that only say where a story was filed,
// and one event per place of a coordination ("the villages of A and B").
// Internal to the extract stage; pure functions.
#pragma once

#include <optional>
#include <vector>

#include "extract/sentence.h"
#include "extract/triggers.h"
#include "sitrep/event.h"

namespace sitrep::extract {

// The place of the event trigger `h` fires (`territory`: a territory
// event, whose object is the place taken); nullopt when there is none.
std::optional<PlaceRef> ChoosePlace(const Sentence& s, const TriggerHit& h, bool territory, const DocState& st);

// The location of a sentence-level record: place `p` as an Event would hold it.
void SetPlace(const PlaceRef& p, Event* e);

// "recaptured the villages of A and B", "shelled A, B and C": appends a copy
// of each event of *found for every place coordinated with its own, as ACLED
// codes one event per place (not after "between": a road between A and B).
void AddCoordinatedPlaces(const Sentence& s, std::vector<Event>* found);

// True for a dateline ("BAMAKO — ...", "KYIV, Nov 11 (Reuters) -"): a
// capitalized place opening the sentence before a dash, bracket or comma
// says where the story was filed, not where anything happened.
bool IsDateline(const Sentence& s, const PlaceRef& p);

}  // namespace sitrep::extract
