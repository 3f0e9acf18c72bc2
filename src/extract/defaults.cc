// Default actors (see defaults.h).
#include "extract/defaults.h"
#include "text/word_set.h"

#include <cctype>
#include <set>

namespace sitrep::extract {

using text::Token;

// "Thousands of civilians are fleeing", "almost 15,000 Egyptians have fled":
// a crowd counted in thousands within six tokens before the trigger.
bool CrowdBefore(const Sentence& s, size_t first) {
  static const text::WordSet kMany = {"thousands", "millions"};
  for (size_t k = first >= 6 ? first - 6 : 0; k < first; ++k) {
    const Token& t = s.toks[k];
    if (kMany.count(t.lower)) return true;
    std::string digits;
    for (char c : t.text) {
      if (c >= '0' && c <= '9') digits += c;
      else if (c != ',') digits.clear(), digits += 'x';
    }
    if (!digits.empty() && digits.find('x') == std::string::npos && digits.size() >= 4) return true;
  }
  return false;
}


// Who acts when the text names no one: ACLED's unidentified armed group for
// bombs and attacks, protesters and rioters for protests and riots.
// "An airstrike", "two drone strikes", "Airstrikes hit ...": a new strike,
// not "the airstrikes" told before or "supported by (Russian) airstrikes".
bool IndefiniteStrike(const Sentence& s, size_t first) {
  static const text::WordSet kOpen = {"a", "an", "two", "three", "four", "several", "multiple", "repeated",
                                              "unidentified", "suspected", "overnight", "new", "dropped", "dropping"};
  if (first == 0) return true;
  const std::string& prev = s.toks[first - 1].lower;
  return kOpen.count(prev) || std::isdigit(static_cast<unsigned char>(prev[0]));
}

const ActorMention* DefaultActor(const Lexicon& lex, const TriggerRule& r, Voice voice, bool indefinite,
                                 ActorMention* scratch) {
  std::string name;
  if (r.event_type == "Protests") name = "Protesters";
  else if (r.event_type == "Riots") name = "Rioters";
  else if ((r.event_type == "Explosions/Remote violence" || r.event_type == "Violence against civilians") &&
           voice != Voice::kActive && r.sub_event_type != "Air/drone strike" && r.means.empty())
    name = "Unidentified Armed Group";
  // "A militant hurled a grenade": a bomb's unnamed thrower or planter.
  else if (r.sub_event_type == "Grenade" || r.sub_event_type == "Remote explosive/landmine/IED" ||
           r.sub_event_type == "Suicide bomb")
    name = "Unidentified Armed Group";
  // "An attack on an army post left five soldiers dead": assailants the text
  // does not name.
  else if (r.event_type == "Battles" && voice == Voice::kNominal && indefinite &&
           (r.lemma == "attack" || r.lemma == "assault" || r.lemma == "ambush"))
    name = "Unidentified Armed Group";
  // "An airstrike hit a clinic": an air force the text does not name.
  else if (r.sub_event_type == "Air/drone strike" && voice != Voice::kActive && indefinite)
    name = "Unidentified Military Forces";
  // "Weapons were seized", "649 people were arrested": the authorities act;
  // "shops were looted": a mob does.
  // "The security service continues to detain people": an unnamed subject too.
  else if (r.agentless && (r.sub_event_type == "Disrupted weapons use" || r.sub_event_type == "Arrests"))
    name = "Police Forces";
  else if (r.agentless && r.sub_event_type == "Looting/property destruction")
    name = "Rioters";
  if (name.empty()) return nullptr;
  int idx = lex.FindCanonical(name);
  scratch->canonical = name;
  scratch->type = idx >= 0 ? lex.actors()[idx].type : "rebel";
  return scratch;
}

// Forces the lexicon does not know ("the rebels signed", "hundreds of
// soldiers were deployed"): an unidentified force,
// state or not by the first force noun in tokens [from, to).
const ActorMention* GenericForce(const Lexicon& lex, const Sentence& s, size_t from, size_t to,
                                 ActorMention* scratch) {
  static const text::WordSet kState = {"soldiers", "soldier", "troops",      "army",   "armies",
                                               "military", "armed",   "gendarmes",   "navy",   "marines",
                                               "government", "authorities", "police", "policemen", "regime"};
  static const text::WordSet kNonState = {"rebels", "rebel", "militia", "militias", "militants",
                                                  "insurgents", "fighters", "guerrillas", "guerrilla", "factions",
                                                  "jihadists", "separatists", "militiamen", "terrorists", "sides",
                                                  "parties"};
  for (size_t k = from; k < to && k < s.toks.size(); ++k) {
    const Token& t = s.toks[k];
    bool state = kState.count(t.lower) > 0;
    if (!state && !kNonState.count(t.lower)) continue;
    scratch->canonical = state ? "Unidentified Military Forces" : "Unidentified Armed Group";
    int idx = lex.FindCanonical(scratch->canonical);
    scratch->type = idx >= 0 ? lex.actors()[idx].type : (state ? "state" : "rebel");
    return scratch;
  }
  return nullptr;
}

// "Youths from rival clans fought", "supporters of the two parties clashed":
// a crowd the lexicon does not know, acting in the six words before.
const ActorMention* GenericCrowd(const Lexicon& lex, const Sentence& s, size_t first, ActorMention* scratch) {
  static const text::WordSet kCrowd = {"youths", "members", "communities", "clans", "supporters",
                                               "nationalists", "gangs", "crowd", "crowds", "tribesmen", "locals"};
  for (size_t k = first >= 6 ? first - 6 : 0; k < first; ++k) {
    if (!kCrowd.count(s.toks[k].lower)) continue;
    scratch->canonical = "Rioters";
    int idx = lex.FindCanonical(scratch->canonical);
    scratch->type = idx >= 0 ? lex.actors()[idx].type : "rioters";
    return scratch;
  }
  return nullptr;
}


}  // namespace sitrep::extract
