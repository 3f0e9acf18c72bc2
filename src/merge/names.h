// Name keys for matching places and actors across outlets and transliterations.
//
// Outlets spell one Arabic place many ways ("Deir ez-Zor", "Deir el-Zour",
// "Dayr az Zawr", "دير الزور"). FoldName gives a readable folded form (ASCII,
// lower case, no diacritics, no Arabic article, no hyphens); PlaceKey gives a
// consonant skeleton of it that the common transliterations share. Pure
// functions; thread-safe (the ICU transliterator is one per thread).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sitrep/event.h"

namespace sitrep::merge {

// "Deir el-Zour City" -> "deir zour": script and diacritics folded to ASCII,
// lower case, the article (al-, el-, ez-, ...) and hyphens and apostrophes
// dropped, generic words (city, town, village) dropped, spaces collapsed.
std::string FoldName(std::string_view name);

// Consonant skeleton of FoldName: vowels, y, w and a word-final h dropped,
// doubled letters collapsed, spaces removed ("deir zour" -> "drzr"). Equal
// keys mean "probably the same name"; an empty name gives an empty key.
std::string PlaceKey(std::string_view name);

// The key two records must share to name the same place: "g:<geonameid>"
// when the place is resolved to an id, else "n:" + PlaceKey of its name
// (the place's name, else `location`). Empty when there is no place at all.
std::string PlaceIdKey(const Place& place, std::string_view location);

// True when two places are the same place: same geonameid, or same PlaceKey
// of their names (either name or location).
bool SamePlace(const Place& a, std::string_view location_a, const Place& b,
               std::string_view location_b);

// Actor key: FoldName without a parenthesis ("(2000-)", "(SDF)") and without
// generic words ("forces", "army", "troops", "air", "jets", "of", "the", ...):
// "Military Forces of Syria (2000-)" -> "syria". Empty for an empty actor.
std::string ActorKey(std::string_view actor);

// Great-circle distance in km between two coordinates.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::merge
