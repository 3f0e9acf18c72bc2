// ACLED conventions (see conventions.h). Reclassify applies, in order:
// chemical agents named in the sentence make an explosion a chemical
// weapon; civilians who attack are a mob (Rioters, Mob violence); state
// parties to an agreement are coded as their forces; force used against
// protesters is a protest event with Protesters as actor1 (arrests of
// demonstrators: Protest with intervention); protesters who fight, loot or
// burn are Rioters; armed action that hurts only civilians is an Attack.
#include "extract/conventions.h"

#include <cstdint>
#include <set>

#include "extract/actors.h"
#include "extract/attribution.h"
#include "text/word_set.h"

namespace sitrep::extract {

// "killing seven people", "wounding 12 civilians": the victims are civilians.
bool CiviliansHurt(const Sentence& s) {
  static const text::WordSet kHurt = {"killing", "killed", "wounding", "wounded", "injuring", "injured",
                                              "dead", "kills", "leaving", "hit", "fired", "opened", "died",
                                              "exploded", "detonated"};
  static const text::WordSet kCivil = {"people", "civilians", "children", "women", "residents", "villagers",
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
  static const text::WordSet kPeople = {"men", "women", "people", "civilians", "residents", "villagers",
                                                "persons", "man", "woman", "students", "journalists", "youths"};
  for (size_t k = last + 1; k < s.toks.size() && k <= last + 4; ++k) {
    if (kPeople.count(s.toks[k].lower)) return true;
  }
  return false;
}

// "suicide bombers", "a suicide attack", "suicide car bomb", "blew himself up".
bool SuicideBombing(const Sentence& s) {
  static const text::WordSet kBomb = {"bomber", "bombers", "bombing", "bombings", "attack", "attacks",
                                              "attacker", "attackers", "car", "truck", "vest", "vests", "blast",
                                              "bomb", "bombs", "explosion"};
  static const text::WordSet kSelf = {"himself", "herself", "themselves"};
  for (size_t i = 0; i + 1 < s.toks.size(); ++i) {
    if (s.toks[i].lower == "suicide" && kBomb.count(s.toks[i + 1].lower)) return true;
    bool blew = s.toks[i].lower == "blew" || s.toks[i].lower == "blown" || s.toks[i].lower == "exploded";
    if (blew && kSelf.count(s.toks[i + 1].lower)) return true;
  }
  return false;
}

std::string TypeOf(const Lexicon& lex, const std::string& canonical) {
  int idx = lex.FindCanonical(canonical);
  return idx >= 0 ? lex.actors()[idx].type : "";
}

// Territory that changed hands without a fight: "without resistance",
// "without any armed clashes", "met no resistance", or taken after the other
// side withdrew ("regained Marka after government forces withdrew").
bool NoFight(const Sentence& s) {
  static const text::WordSet kFight = {"resistance", "fight", "fighting", "clash", "clashes", "battle",
                                               "shot", "gunshot", "bloodshed", "firing", "combat", "opposition"};
  static const text::WordSet kLeft = {"withdrew", "withdrawn", "pulled", "vacated", "abandoned",
                                              "evacuated", "withdrawal"};
  const std::vector<text::Token>& t = s.toks;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (w == "without" || w == "no" || w == "not" || w == "n't") {  // "had not encountered any resistance"
      for (size_t k = i + 1; k < t.size() && k <= i + 5; ++k) {
        if (kFight.count(t[k].lower)) return true;
      }
    }
    if (w == "after" || w == "when" || w == "as") {
      for (size_t k = i + 1; k < t.size() && k <= i + 8; ++k) {
        if (kLeft.count(t[k].lower)) return true;
        if (t[k].text == ",") break;
      }
    }
  }
  return false;
}

namespace {

bool StartsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// The first state force the sentence names, not as a speaker ("police said").
std::string StateTarget(const Sentence& s) {
  for (const ActorMention& a : s.actors) {
    bool speaker = a.last + 1 < s.toks.size() && IsSpeechVerb(s.toks[a.last + 1].lower);
    if (a.type == "state" && !a.canonical.empty() && !a.pronoun && !speaker) return a.canonical;
  }
  return "";
}

bool PeoplesHomes(const Sentence& s) {
  static const text::WordSet kHomes = {"house", "houses", "home", "homes", "residents", "villagers",
                                               "families", "family", "dwellings", "huts"};
  for (const text::Token& t : s.toks) {
    if (kHomes.count(t.lower)) return true;
  }
  return false;
}

// The actor is named in the sentence, not supplied by default.
bool NamedIn(const Sentence& s, const std::string& canonical) {
  for (const ActorMention& a : s.actors) {
    if (a.canonical == canonical && !a.pronoun) return true;
  }
  return false;
}

// A chemical agent used in the attack: not a target ("chemical weapons
// facilities", "a chemical plant") nor the cause of a reprisal ("in
// retaliation for a suspected poison gas attack").
bool ChemicalAgent(const Sentence& s) {
  static const text::WordSet kAgents = {"chlorine", "sarin", "mustard", "toxic", "poison", "nerve",
                                                "chemical", "chemicals", "poisonous"};
  static const text::WordSet kSite = {"facility", "facilities", "plant", "plants", "factory", "factories",
                                              "site", "sites", "depot", "depots", "stockpile", "stockpiles",
                                              "program", "programme", "laboratory", "lab", "warehouse"};
  static const text::WordSet kCause = {"retaliation", "revenge", "reprisal", "response"};
  for (size_t i = 0; i < s.toks.size(); ++i) {
    bool tear_gas = s.toks[i].lower == "tear" && i + 1 < s.toks.size() && s.toks[i + 1].lower == "gas";
    if (!kAgents.count(s.toks[i].lower) && !tear_gas) continue;
    bool site = false, cause = false;
    for (size_t k = i + 1; k < s.toks.size() && k <= i + 2; ++k) site |= kSite.count(s.toks[k].lower) > 0;
    for (size_t k = i >= 6 ? i - 6 : 0; k < i; ++k) cause |= kCause.count(s.toks[k].lower) > 0;
    if (!site && !cause) return true;
  }
  return false;
}

// Aircraft named in the sentence ("an airstrike", "warplanes", "a drone").
bool AirWord(const Sentence& s) {
  static const text::WordSet kAir = {"airstrike", "airstrikes", "air", "warplane", "warplanes", "jet",
                                             "jets", "aircraft", "drone", "drones", "helicopter", "helicopters",
                                             "plane", "planes", "airforce"};
  for (const text::Token& t : s.toks) {
    if (kAir.count(t.lower)) return true;
  }
  return false;
}

bool ProtestWord(const Sentence& s) {
  static const text::WordSet kProtest = {"protest", "protests", "protesters", "protestors", "demonstration",
                                                 "demonstrations", "demonstrators", "rally", "rallies", "marchers"};
  for (const text::Token& t : s.toks) {
    if (kProtest.count(t.lower)) return true;
  }
  return false;
}

}  // namespace

// ACLED conventions that depend on who is involved: force against
// protesters is a protest event, arresting protesters an intervention,
// protesters who fight or burn are rioters.
void Reclassify(const Lexicon& lex, const Sentence& s, Event* e) {
  std::string t1 = TypeOf(lex, e->actor1), t2 = TypeOf(lex, e->actor2);
  if (e->event_type == "Explosions/Remote violence" && ChemicalAgent(s)) e->sub_event_type = "Chemical weapon";
  bool territory = e->sub_event_type == "Government regains territory" ||
                   e->sub_event_type == "Non-state actor overtakes territory";
  if (territory && t1 == "protesters") {  // "activists occupied the main square": a sit-in
    e->event_type = "Protests";
    e->sub_event_type = "Peaceful protest";
    e->actor2.clear();
    return;
  }
  if (territory && NoFight(s)) {  // ACLED: territory that changes hands without fighting
    e->event_type = "Strategic developments";
    e->sub_event_type = "Non-violent transfer of territory";
    return;
  }
  if (SuicideBombing(s) && (e->sub_event_type != "Air/drone strike" || !AirWord(s)) &&
      (e->event_type == "Battles" || e->event_type == "Explosions/Remote violence" ||
       e->sub_event_type == "Attack" || e->sub_event_type == "Looting/property destruction")) {
    e->event_type = "Explosions/Remote violence";  // ACLED: any attack by suicide bombers
    e->sub_event_type = "Suicide bomb";
    return;
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
  // A crowd hit where no protest is told ("a grenade thrown into a crowd of
  // shoppers") is no force against protesters.
  bool protest_told = demonstrators || ProtestWord(s);
  if (t2 == "protesters" && violent && !protest_told) e->actor2 = "Civilians", t2 = "civilians";
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
  if (t1 == "rioters" && e->event_type == "Violence against civilians") {  // "a mob beat a man to death"
    e->event_type = "Riots";
    e->sub_event_type = "Mob violence";
    return;
  }
  if (t1 == "rioters" && e->event_type == "Battles") {  // "rioters clashed with troops"
    e->event_type = "Riots";
    // Crowds fighting each other, not the forces and with no protest told,
    // are a mob ("youths from rival clans fought with sticks").
    bool forces = TypeOf(lex, e->actor2) == "state" || StartsWith(e->actor2, "Police Forces");
    e->sub_event_type = ProtestWord(s) || forces ? "Violent demonstration" : "Mob violence";
    if (e->sub_event_type == "Mob violence") e->actor2 = "Civilians";
  }
  bool property = e->sub_event_type == "Looting/property destruction";
  // A riot's target is the force whose post burns ("set fire to a police
  // station"), else no one: rioters burn property, not "civilians"; burning
  // people's homes is mob violence against them.
  bool homes = property && e->actor2 == "Civilians" && PeoplesHomes(s);
  bool rioting = t1 == "protesters" || t1 == "rioters";
  if (rioting && property && e->actor2 == "Civilians" && !homes) e->actor2 = StateTarget(s);
  if (t1 == "rioters" && property && (NamedIn(s, e->actor1) || ProtestWord(s))) {
    // A mob that burns or loots ("an angry mob vandalized temples") riots:
    // mob violence, or a violent demonstration when a protest is under way.
    e->event_type = "Riots";
    e->sub_event_type = ProtestWord(s) ? "Violent demonstration" : "Mob violence";
    return;
  }
  if (t1 == "protesters" && (violent || e->event_type == "Riots" || property)) {
    violent |= homes;
    e->event_type = "Riots";
    // Burning or looting property is a violent demonstration; violence
    // against people who are not police is mob violence.
    e->sub_event_type = e->actor2 == "Civilians" && violent ? "Mob violence" : "Violent demonstration";
    e->actor1 = "Rioters";
    // "protesters threw stones ... Police fired tear gas": the force they face.
    if (e->sub_event_type == "Violent demonstration" && e->actor2 == "Civilians") e->actor2 = StateTarget(s);
  }
}

bool ArmedTargetAfter(const Sentence& s, size_t last) {
  static const text::WordSet kPosts = {"checkpoint", "checkpoints", "barracks", "outpost", "outposts",
                                               "garrison", "convoy", "convoys", "patrol", "patrols", "base",
                                               "bases"};
  for (size_t k = last + 1; k < s.toks.size() && k <= last + 4; ++k) {
    const std::string& w = s.toks[k].lower;
    if (w == "," || w == "killing" || w == "and") return false;
    if (kPosts.count(w)) return true;
  }
  return false;
}

void InterceptedStrike(const Lexicon& lex, const Sentence& s, Event* e) {
  if (e->sub_event_type != "Shelling/artillery/missile attack" && e->sub_event_type != "Air/drone strike") return;
  bool stopped = false;
  for (size_t k = 1; k + 1 < s.toks.size(); ++k) {
    const std::string& w = s.toks[k].lower;
    bool passive = s.toks[k - 1].lower == "were" || s.toks[k - 1].lower == "was";
    stopped |= passive && (w == "intercepted" || w == "downed" || (w == "shot" && s.toks[k + 1].lower == "down"));
  }
  if (!stopped || CiviliansHurt(s)) return;
  std::string defender = e->actor2;
  if (!e->place.country_code.empty()) defender = CountryActor(lex, e->place.country_code, "Military Forces").canonical;
  if (defender.empty() || defender == e->actor1 || defender == "Civilians") return;
  e->event_type = "Strategic developments";
  e->sub_event_type = "Disrupted weapons use";
  e->actor2 = e->actor1;
  e->actor1 = defender;
}

}  // namespace sitrep::extract
