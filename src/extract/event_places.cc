#include "extract/event_places.h"
#include "text/word_set.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace sitrep::extract {
namespace {

using text::Token;

const text::WordSet kDestination = {"to", "towards", "toward", "into", "from", "past"};
const text::WordSet kLocative = {"in", "near", "at", "on", "of", "around", "outside", "across", "inside",
                                         "city", "town", "village", "over", "west", "east", "north", "south"};
const text::WordSet kPlaceNouns = {"oil", "field", "airbase", "base", "dam", "airport", "district",
                                           "province", "camp", "hill", "mountain", "crossing", "village"};

// A capitalized name right after the trigger ("taking al-Kharata oil field",
// "the capture of the town of Uqayribat"), used when no place mention fits.
std::optional<PlaceRef> NameAfter(const Sentence& s, size_t last) {
  const std::vector<Token>& t = s.toks;
  size_t i = last + 1;
  while (i < t.size() && (t[i].lower == "the" || t[i].lower == "of" || t[i].lower == "town" ||
                          t[i].lower == "city" || t[i].lower == "village" || t[i].lower == "strategic")) {
    ++i;
  }
  if (i >= t.size() || !t[i].capitalized || !t[i].is_word) return std::nullopt;
  for (const ActorMention& a : s.actors) {
    if (i >= a.first && i <= a.last) return std::nullopt;
  }
  size_t e = i;
  while (e + 1 < t.size() && (t[e + 1].capitalized || (kPlaceNouns.count(t[e + 1].lower) && e + 1 < i + 4))) ++e;
  PlaceRef r;
  r.first = i;
  r.last = e;
  r.name = s.Words(i, e);
  r.place.name = r.name;
  return r;
}

// A country named as a whole ("Russia defied ...") is an actor's name, not
// where something happened; a place after a destination ("to the town of X
// in Y") is part of the destination.
std::vector<PlaceRef> UsablePlaces(const Sentence& s) {
  std::vector<PlaceRef> out;
  bool after_destination = false;
  size_t prev_last = 0;
  for (const PlaceRef& p : s.places) {
    if (IsDateline(s, p)) continue;
    bool country = p.place.feature.rfind("PCL", 0) == 0;
    bool chained = after_destination && p.first <= prev_last + 3 && (p.prep == "in" || p.prep == "of");
    after_destination = kDestination.count(p.prep) > 0 || chained;
    prev_last = p.last;
    if (country || chained) continue;
    out.push_back(p);
  }
  return out;
}

}  // namespace

std::optional<PlaceRef> ChoosePlace(const Sentence& s, const TriggerHit& h, bool territory, const DocState& st) {
  std::vector<PlaceRef> places = UsablePlaces(s);
  if (territory && h.voice == Voice::kPassive) {  // "The town of X ... was taken by"
    for (const PlaceRef& p : places) {
      if (p.first < h.first) return p;
    }
  }
  if (territory) {
    for (const PlaceRef& p : places) {
      if (p.first > h.last && p.first <= h.last + 8 && !kDestination.count(p.prep)) return p;
    }
    if (auto name = NameAfter(s, h.last)) {
      for (const PlaceRef& p : s.places) {
        if (p.first >= name->first && p.first <= name->last) return p;
      }
      return name;
    }
  }
  const PlaceRef* before = nullptr;
  for (const PlaceRef& p : places) {
    if (kDestination.count(p.prep)) continue;
    // "shelled (the town of) Bakhmut": the trigger's object is where it happened.
    bool object = p.first > h.last && p.first <= h.last + 4 && p.prep == s.toks[h.last].lower;
    if (object || (p.first > h.last && kLocative.count(p.prep))) return p;
    if (p.first < h.first && kLocative.count(p.prep) && !before) before = &p;
  }
  if (before) return *before;
  for (const PlaceRef& p : places) {
    if (!kDestination.count(p.prep)) return p;
  }
  if (!places.empty()) return places.front();
  if (st.last_place) return *st.last_place;
  for (const PlaceRef& p : s.places) {  // only countries (and a dateline): the home country
    if (p.place.country_code == st.home_country && !IsDateline(s, p)) return p;
  }
  return std::nullopt;
}

void SetPlace(const PlaceRef& p, Event* e) {
  e->place = p.place;
  e->location = p.mention ? p.mention->mention : p.name;
  // "south of the city": a mention resolved from context goes by its place's name.
  bool generic = p.mention && !p.mention->mention.empty() && std::islower(static_cast<unsigned char>(p.mention->mention[0]));
  if (generic && p.place.resolved && !p.place.name.empty()) e->location = p.place.name;
  if (p.mention) {
    e->geo_precision = p.mention->geo_precision;
    if (e->place.feature.rfind("ADM1", 0) == 0 && e->place.admin1.empty()) e->place.admin1 = e->place.name;
  } else {
    e->geo_precision = 2;
  }
}

void AddCoordinatedPlaces(const Sentence& s, std::vector<Event>* found) {
  size_t n = found->size();
  for (size_t i = 0; i < n; ++i) {
    const PlaceRef* at = nullptr;
    for (const PlaceRef& p : s.places) {
      if ((p.mention ? p.mention->mention : p.name) == (*found)[i].location) at = at ? at : &p;
    }
    if (at == nullptr || at->prep == "between" || kDestination.count(at->prep)) continue;
    for (const PlaceRef& q : s.places) {
      if (q.first <= at->last || q.place.feature.rfind("PCL", 0) == 0) continue;
      size_t gap = q.first - at->last;
      const std::string& w1 = s.toks[at->last + 1].lower;
      bool joined = (gap == 2 && (w1 == "and" || w1 == ",")) ||
                    (gap == 3 && w1 == "," && s.toks[at->last + 2].lower == "and");
      if (!joined) break;
      Event copy = (*found)[i];
      SetPlace(q, &copy);
      found->push_back(std::move(copy));
      at = &q;
    }
  }
}

bool IsDateline(const Sentence& s, const PlaceRef& p) {
  if (p.first != 0 || p.last + 1 >= s.toks.size()) return false;
  const std::string& next = s.toks[p.last + 1].text;
  bool mark = next == "\xE2\x80\x94" || next == "\xE2\x80\x93" || next == "-" || next == "(" || next == ",";
  const std::string& word = s.toks[p.first].text;
  bool caps = std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return mark && caps;
}

}  // namespace sitrep::extract
