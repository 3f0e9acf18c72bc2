// Actor mentions in a sentence: lexicon aliases (longest first), generic
// "demonym + force noun" phrases ("Russian warplanes", "the Iranian Foreign
// Ministry", "Turkish police"), bare force nouns that stand for the
// country's own army ("the army", "government troops"), and pronouns
// ("it", "they") for later resolution. Pure functions over an immutable
// Lexicon; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "text/tokenizer.h"

namespace sitrep::extract {

struct ActorMention {
  size_t first = 0;  // token range [first, last]
  size_t last = 0;
  std::string canonical;  // empty for pronouns and the home army until resolved
  std::string type;       // lexicon type
  std::string country;    // ISO2
  std::string means;      // "air", "naval", "ground" or empty
  bool pronoun = false;   // it, they
  bool home_army = false; // "the army": the army of the document's country
  bool owned = false;     // "its aircraft", "their fighters": the owner's forces
  std::string regional;   // "coalition", "kurdish": whose depends on the document's country
  std::string prep;       // the preposition right before, lower case, or empty
  bool armed() const {
    return !pronoun && type != "media" && type != "government" && type != "person" && type != "civilians";
  }
};

// Actor mentions in tokens [begin, end), in text order, not overlapping.
std::vector<ActorMention> FindActors(const Lexicon& lex, const std::vector<text::Token>& toks,
                                     size_t begin, size_t end);

// Fills canonical/type/country of a "home army" mention for country `iso2`.
void ResolveHomeArmy(const Lexicon& lex, const std::string& iso2, ActorMention* m);

// Fills canonical/type/country of a regional mention for country `iso2`:
// "coalition" is the Saudi-led coalition in Yemen and Saudi Arabia, the
// US-led one in Syria and Iraq; "Kurdish fighters" are the SDF in Syria,
// the Peshmerga in Iraq, the PKK in Turkey. Left empty (no actor) elsewhere.
void ResolveRegional(const Lexicon& lex, const std::string& iso2, ActorMention* m);

// The canonical actor for "<Kind> of <country>" (Military Forces, Police
// Forces, Government): the lexicon's when it has one, else built from the
// country table.
ActorMention CountryActor(const Lexicon& lex, const std::string& iso2, const std::string& kind);

}  // namespace sitrep::extract
