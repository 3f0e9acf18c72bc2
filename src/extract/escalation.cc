// Protest escalation (see conventions.h): one protest event per sentence at
// the highest escalation it shows (peaceful < with intervention < excessive
// force < violent demonstration), arrests at a demonstration folded into it,
// and a protest told on in the next sentence raising the earlier event.
#include <set>
#include <string>
#include <vector>

#include "extract/conventions.h"  // declares EscalateProtests and EscalateAcross
#include "text/word_set.h"

namespace sitrep::extract {
namespace {

int ProtestLevel(const Event& e) {
  if (e.sub_event_type == "Peaceful protest") return 0;
  if (e.sub_event_type == "Protest with intervention") return 1;
  if (e.sub_event_type == "Excessive force against protesters") return 2;
  if (e.sub_event_type == "Violent demonstration") return 3;
  return -1;
}

bool HasPair(const Sentence& s, const text::WordSet& first, const text::WordSet& second) {
  for (size_t i = 0; i + 1 < s.toks.size(); ++i) {
    if (first.count(s.toks[i].lower) && second.count(s.toks[i + 1].lower)) return true;
  }
  return false;
}

// "marched to denounce sexual violence", "a protest against police violence":
// the violence is the grievance, not the crowd's.
bool Grievance(const Sentence& s, size_t i) {
  static const text::WordSet kAbout = {"against", "denounce", "denouncing", "condemn", "condemning", "end",
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
  static const text::WordSet kWords = {
      "threw",  "throws",  "throwing", "hurled",   "hurling", "molotov", "projectiles", "stones",  "rocks",
      "looted", "looting", "torched",  "clashed",  "clashes", "clashing", "scuffles",   "scuffled", "smashed",
      "vandalised", "vandalized", "rioting", "riots", "riot", "violent", "violence", "ransacked", "firebombs",
      "aggressive", "ablaze"};
  // The force's violence is not the crowd's: "the violent dispersal of the sit-in".
  static const text::WordSet kByForce = {"dispersal", "crackdown", "repression", "suppression",
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
  static const text::WordSet kWords = {"dispersed", "disperse", "batons", "pepper", "pepper-sprayed",
                                               "arrested", "detained", "cannons", "cannon", "stun"};
  for (const text::Token& t : s.toks) {
    if (kWords.count(t.lower)) return true;
  }
  return HasPair(s, {"tear"}, {"gas"}) || HasPair(s, {"rubber"}, {"bullets"});
}

// Lethal or injuring force against demonstrators: live fire, gunfire,
// protesters killed or wounded.
bool ExcessiveCue(const Sentence& s) {
  static const text::WordSet kHurt = {"killed", "died", "dead", "injured", "wounded", "shot", "killing",
                                              "wounding", "injuring", "injuries", "casualties", "deaths", "hurt",
                                              "hospitalised", "hospitalized", "beaten", "bloodied"};
  static const text::WordSet kDemo = {"protesters", "protester", "demonstrators", "demonstrator",
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
  static const text::WordSet kDemo = {"protesters", "protester", "demonstrators", "demonstrator",
                                              "marchers", "protestors"};
  static const text::WordSet kAt = {"during", "at", "amid", "amidst"};
  static const text::WordSet kProtest = {"protest", "protests", "demonstration", "demonstrations",
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
