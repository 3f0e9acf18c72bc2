// ACLED conventions (see conventions.h). Reclassify applies, in order:
// chemical agents named in the sentence make an explosion a chemical
// weapon; civilians who attack are a mob (Rioters, Mob violence); state
// parties to an agreement are coded as their forces; force used against
// protesters is a protest event with Protesters as actor1 (arrests of
// demonstrators: Protest with intervention); protesters who fight, loot or
// burn are Rioters; armed action that hurts only civilians is an Attack.
#include "extract/conventions.h"

#include <set>

namespace sitrep::extract {

// "killing seven people", "wounding 12 civilians": the victims are civilians.
bool CiviliansHurt(const Sentence& s) {
  static const std::set<std::string> kHurt = {"killing", "killed", "wounding", "wounded", "injuring", "injured",
                                              "dead", "kills", "leaving", "hit", "fired", "opened", "died",
                                              "exploded", "detonated"};
  static const std::set<std::string> kCivil = {"people", "civilians", "children", "women", "residents", "villagers",
                                               "worshippers", "passengers", "students", "traders", "guests",
                                               "shoppers", "family", "families", "man", "woman", "boy", "girl",
                                               "wedding", "market", "school", "hospital", "mosque", "church",
                                               "bus", "crowded", "crowd"};
  for (size_t i = 0; i < s.toks.size(); ++i) {
    if (!kHurt.count(s.toks[i].lower)) continue;
    for (size_t k = i + 1; k < s.toks.size() && k <= i + 6; ++k) {
      if (kCivil.count(s.toks[k].lower)) return true;
    }
    for (size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) {  // "three civilians were killed"
      if (kCivil.count(s.toks[k].lower) || s.toks[k].lower == "traders") return true;
    }
  }
  return false;
}

bool PeopleAfter(const Sentence& s, size_t last) {
  static const std::set<std::string> kPeople = {"men", "women", "people", "civilians", "residents", "villagers",
                                                "persons", "man", "woman", "students", "journalists", "youths"};
  for (size_t k = last + 1; k < s.toks.size() && k <= last + 4; ++k) {
    if (kPeople.count(s.toks[k].lower)) return true;
  }
  return false;
}

std::string TypeOf(const Lexicon& lex, const std::string& canonical) {
  int idx = lex.FindCanonical(canonical);
  return idx >= 0 ? lex.actors()[idx].type : "";
}

// ACLED conventions that depend on who is involved: force against
// protesters is a protest event, arresting protesters an intervention,
// protesters who fight or burn are rioters.
void Reclassify(const Lexicon& lex, const Sentence& s, Event* e) {
  std::string t1 = TypeOf(lex, e->actor1), t2 = TypeOf(lex, e->actor2);
  if (e->event_type == "Explosions/Remote violence") {
    static const std::set<std::string> kAgents = {"chlorine", "sarin", "mustard", "toxic", "poison", "nerve",
                                                  "chemical", "chemicals"};
    for (size_t i = 0; i < s.toks.size(); ++i) {
      bool tear_gas = s.toks[i].lower == "tear" && i + 1 < s.toks.size() && s.toks[i + 1].lower == "gas";
      if (kAgents.count(s.toks[i].lower) || tear_gas) e->sub_event_type = "Chemical weapon";
    }
  }
  if (t1 == "civilians" && (e->event_type == "Violence against civilians" || e->event_type == "Battles")) {
    e->event_type = "Riots";
    e->sub_event_type = "Mob violence";
    e->actor1 = "Rioters";
    if (e->actor2.empty()) e->actor2 = "Civilians";
    return;
  }
  bool violent = e->event_type == "Battles" || e->event_type == "Violence against civilians" ||
                 e->event_type == "Explosions/Remote violence";
  bool demonstrators = false;
  for (const text::Token& t : s.toks) {
    demonstrators |= t.lower == "protesters" || t.lower == "demonstrators" || t.lower == "marchers";
  }
  if (e->event_type == "Strategic developments" && e->sub_event_type == "Agreement") {
    for (std::string* a : {&e->actor1, &e->actor2}) {  // state parties to a deal: their forces
      if (a->rfind("Government of ", 0) == 0) *a = "Military Forces of " + a->substr(14);
    }
  }
  if (t2 == "protesters" && (violent || (e->sub_event_type == "Arrests" && demonstrators))) {
    e->event_type = "Protests";
    e->sub_event_type = violent ? "Excessive force against protesters" : "Protest with intervention";
    std::swap(e->actor1, e->actor2);
    return;
  }
  bool intervention = e->sub_event_type == "Protest with intervention" ||
                      e->sub_event_type == "Excessive force against protesters";
  if (intervention && t1 != "protesters" && e->actor1 != "Protesters") {
    if (e->actor2.empty() || TypeOf(lex, e->actor2) == "protesters") e->actor2 = e->actor1;
    e->actor1 = "Protesters";
    return;
  }
  // Armed action that hurts only civilians is an attack on civilians.
  if (e->sub_event_type == "Armed clash" && e->actor2 == "Civilians") {
    e->event_type = "Violence against civilians";
    e->sub_event_type = "Attack";
  }
  if (e->sub_event_type == "Mob violence" && TypeOf(lex, e->actor2) != "civilians" && e->actor2 != "Civilians") {
    e->actor2 = "Civilians";
  }
  if (t1 == "protesters" && (violent || e->event_type == "Riots" || e->sub_event_type == "Looting/property destruction")) {
    e->event_type = "Riots";
    e->sub_event_type = e->actor2 == "Civilians" ? "Mob violence" : "Violent demonstration";
    e->actor1 = "Rioters";
  }
}

}  // namespace sitrep::extract
