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

#include "extract/attribution.h"

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

// "suicide bombers", "a suicide attack", "suicide car bomb", "blew himself up".
bool SuicideBombing(const Sentence& s) {
  static const std::set<std::string> kBomb = {"bomber", "bombers", "bombing", "bombings", "attack", "attacks",
                                              "attacker", "attackers", "car", "truck", "vest", "vests", "blast",
                                              "bomb", "bombs", "explosion"};
  static const std::set<std::string> kSelf = {"himself", "herself", "themselves"};
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
  static const std::set<std::string> kHomes = {"house", "houses", "home", "homes", "residents", "villagers",
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
  static const std::set<std::string> kAgents = {"chlorine", "sarin", "mustard", "toxic", "poison", "nerve",
                                                "chemical", "chemicals", "poisonous"};
  static const std::set<std::string> kSite = {"facility", "facilities", "plant", "plants", "factory", "factories",
                                              "site", "sites", "depot", "depots", "stockpile", "stockpiles",
                                              "program", "programme", "laboratory", "lab", "warehouse"};
  static const std::set<std::string> kCause = {"retaliation", "revenge", "reprisal", "response"};
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
  static const std::set<std::string> kAir = {"airstrike", "airstrikes", "air", "warplane", "warplanes", "jet",
                                             "jets", "aircraft", "drone", "drones", "helicopter", "helicopters",
                                             "plane", "planes", "airforce"};
  for (const text::Token& t : s.toks) {
    if (kAir.count(t.lower)) return true;
  }
  return false;
}

// Territory that changed hands without a fight: "without resistance",
// "without any armed clashes", "met no resistance", or taken after the other
// side withdrew ("regained Marka after government forces withdrew").
bool NoFight(const Sentence& s) {
  static const std::set<std::string> kFight = {"resistance", "fight", "fighting", "clash", "clashes", "battle",
                                               "shot", "gunshot", "bloodshed", "firing", "combat", "opposition"};
  static const std::set<std::string> kLeft = {"withdrew", "withdrawn", "pulled", "vacated", "abandoned",
                                              "evacuated"};
  const std::vector<text::Token>& t = s.toks;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (w == "without" || w == "no") {
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

bool ProtestWord(const Sentence& s) {
  static const std::set<std::string> kProtest = {"protest", "protests", "protesters", "protestors", "demonstration",
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

}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

int ProtestLevel(const Event& e) {
  if (e.sub_event_type == "Peaceful protest") return 0;
  if (e.sub_event_type == "Protest with intervention") return 1;
  if (e.sub_event_type == "Excessive force against protesters") return 2;
  if (e.sub_event_type == "Violent demonstration") return 3;
  return -1;
}

bool HasPair(const Sentence& s, const std::set<std::string>& first, const std::set<std::string>& second) {
  for (size_t i = 0; i + 1 < s.toks.size(); ++i) {
    if (first.count(s.toks[i].lower) && second.count(s.toks[i + 1].lower)) return true;
  }
  return false;
}

// "marched to denounce sexual violence", "a protest against police violence":
// the violence is the grievance, not the crowd's.
bool Grievance(const Sentence& s, size_t i) {
  static const std::set<std::string> kAbout = {"against", "denounce", "denouncing", "condemn", "condemning", "end",
                                               "ending", "sexual", "domestic", "gender", "gender-based", "gun",
                                               "police", "state", "over", "protest", "protesting"};
  if (s.toks[i].lower != "violence") return false;
  for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {  // "an end to the violence"
    if (kAbout.count(s.toks[k].lower)) return true;
  }
  return false;
}

// Demonstrators who throw, burn, loot or fight ("threw rocks at police",
// "set fire to", "clashed with police").
bool RiotCue(const Sentence& s) {
  static const std::set<std::string> kWords = {
      "threw",  "throws",  "throwing", "hurled",   "hurling", "molotov", "projectiles", "stones",  "rocks",
      "looted", "looting", "torched",  "clashed",  "clashes", "clashing", "scuffles",   "scuffled", "smashed",
      "vandalised", "vandalized", "rioting", "riots", "riot", "violent", "violence", "ransacked", "firebombs",
      "aggressive", "ablaze"};
  // The force's violence is not the crowd's: "the violent dispersal of the sit-in".
  static const std::set<std::string> kByForce = {"dispersal", "crackdown", "repression", "suppression",
                                                 "break-up", "eviction", "raid"};
  for (size_t i = 0; i < s.toks.size(); ++i) {
    bool named = false;  // "riot police"
    for (const ActorMention& a : s.actors) named |= i >= a.first && i <= a.last;
    bool by_force = i + 1 < s.toks.size() && kByForce.count(s.toks[i + 1].lower);
    if (kWords.count(s.toks[i].lower) && !named && !by_force && !Grievance(s, i)) return true;
  }
  return HasPair(s, {"set", "setting", "sets"}, {"fire", "ablaze", "alight", "on"}) ||
         HasPair(s, {"pull", "pulled", "pulling", "tore", "tear", "tearing"}, {"down"});
}

// Force short of lethal: tear gas, water cannon, rubber bullets, arrests.
bool InterventionCue(const Sentence& s) {
  static const std::set<std::string> kWords = {"dispersed", "disperse", "batons", "pepper", "pepper-sprayed",
                                               "arrested", "detained", "cannons", "cannon", "stun"};
  for (const text::Token& t : s.toks) {
    if (kWords.count(t.lower)) return true;
  }
  return HasPair(s, {"tear"}, {"gas"}) || HasPair(s, {"rubber"}, {"bullets"});
}

// Lethal or injuring force against demonstrators: live fire, gunfire,
// protesters killed or wounded.
bool ExcessiveCue(const Sentence& s) {
  static const std::set<std::string> kHurt = {"killed", "died", "dead", "injured", "wounded", "shot", "killing",
                                              "wounding", "injuring", "injuries", "casualties", "deaths", "hurt",
                                              "hospitalised", "hospitalized", "beaten", "bloodied"};
  static const std::set<std::string> kDemo = {"protesters", "protester", "demonstrators", "demonstrator",
                                              "marchers", "protestors"};
  if (HasPair(s, {"live"}, {"bullets", "ammunition", "rounds", "fire"})) return true;
  for (size_t i = 0; i < s.toks.size(); ++i) {
    if (s.toks[i].lower == "gunfire") return true;
    if (!kHurt.count(s.toks[i].lower)) continue;
    for (size_t k = i >= 4 ? i - 4 : 0; k < s.toks.size() && k <= i + 4; ++k) {
      if (kDemo.count(s.toks[k].lower)) return true;
    }
  }
  return false;
}

// Arrests made at the demonstration itself: protesters or demonstrators
// arrested, or an arrest "during", "at" or "amid" the protest (not "before"
// or "following" it).
bool ArrestAtProtest(const Sentence& s) {
  static const std::set<std::string> kDemo = {"protesters", "protester", "demonstrators", "demonstrator",
                                              "marchers", "protestors"};
  static const std::set<std::string> kAt = {"during", "at", "amid", "amidst"};
  static const std::set<std::string> kProtest = {"protest", "protests", "demonstration", "demonstrations",
                                                 "rally", "rallies", "march", "marches", "sit-in", "sit-ins"};
  for (size_t i = 0; i < s.toks.size(); ++i) {
    if (kDemo.count(s.toks[i].lower)) return true;
    if (!kAt.count(s.toks[i].lower)) continue;
    for (size_t k = i + 1; k < s.toks.size() && k <= i + 4; ++k) {
      if (kProtest.count(s.toks[k].lower)) return true;
    }
  }
  return false;
}

}  // namespace

bool EscalateAcross(const Event& later, Event* earlier) {
  int was = ProtestLevel(*earlier), now = ProtestLevel(later);
  if (was < 0 || now < 0) return false;
  bool same_place = earlier->location.empty() || later.location.empty() || earlier->location == later.location;
  if (!same_place) return false;
  if (now > was) {
    earlier->event_type = later.event_type;
    earlier->sub_event_type = later.sub_event_type;
    earlier->actor1 = later.actor1;
    if (!later.actor2.empty()) earlier->actor2 = later.actor2;
  }
  return true;
}

void EscalateProtests(const Sentence& s, std::vector<Event>* events) {
  size_t first = SIZE_MAX, top = SIZE_MAX;
  int best = -1;
  for (size_t i = 0; i < events->size(); ++i) {
    int level = ProtestLevel((*events)[i]);
    if (level < 0) continue;
    if (first == SIZE_MAX) first = i;
    if (level > best) best = level, top = i;
  }
  if (first == SIZE_MAX) {
    // "Four people were detained during an attempt to protest": arrests at a
    // demonstration are the protest with intervention.
    for (Event& e : *events) {
      if (e.sub_event_type != "Arrests" || !ArrestAtProtest(s)) continue;
      e.event_type = "Protests";
      e.sub_event_type = "Protest with intervention";
      e.actor2 = e.actor1;
      e.actor1 = "Protesters";
      break;
    }
    return;
  }
  // ACLED codes arrests at a demonstration as the protest with intervention,
  // not as a separate arrest event.
  const Event* arrest = nullptr;
  for (const Event& e : *events) {
    if (e.sub_event_type == "Arrests" && !arrest && ArrestAtProtest(s)) arrest = &e;
  }
  Event merged = (*events)[top];
  int level = best;
  if (arrest && best == 0) level = 1;
  if (arrest && merged.actor2.empty()) merged.actor2 = arrest->actor1;
  if (RiotCue(s)) level = 3;
  else if (level < 2 && ExcessiveCue(s)) level = 2;
  else if (level == 0 && InterventionCue(s)) level = 1;
  if (level != best) {
    static const char* kTypes[] = {"Peaceful protest", "Protest with intervention",
                                   "Excessive force against protesters", "Violent demonstration"};
    merged.sub_event_type = kTypes[level];
    merged.event_type = level == 3 ? "Riots" : "Protests";
    merged.actor1 = level == 3 ? "Rioters" : "Protesters";
  }
  std::vector<Event> out;
  for (size_t i = 0; i < events->size(); ++i) {
    if (i == first) out.push_back(merged);
    else if (ProtestLevel((*events)[i]) < 0 && !(arrest && (*events)[i].sub_event_type == "Arrests")) {
      out.push_back(std::move((*events)[i]));
    }
  }
  *events = std::move(out);
}

}  // namespace sitrep::extract
