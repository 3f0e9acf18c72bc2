// Trigger matching. At each token the longest trigger form starting there is
// taken; its rules are tried in file order and the first one that holds
// fires. Voice: a noun, or a gerund after "the" or before "of", is nominal;
// a participle after a form of "be" (adverbs between) or before "by" is
// passive; anything else is active. Blocked: a negation or "failed" in the
// three tokens before; an infinitive ("trying to capture", "to prevent");
// "charged with"; a forecast, hypothetical or denial marker before the
// trigger (the sentence's modal flags).
#include "extract/triggers.h"

#include <cctype>
#include <set>

#include "extract/attribution.h"
#include "extract/countries.h"
#include "extract/roles.h"

namespace sitrep::extract {
namespace {

using text::Token;

const std::set<std::string> kBe = {"was", "were", "been", "being", "is", "are", "be", "got", "get"};
const std::set<std::string> kAdverbs = {"also", "reportedly", "recently", "already", "finally", "later",
                                        "successfully", "completely", "fully", "allegedly", "then", "just",
                                        "not", "apparently", "partially", "largely", "again"};
const std::set<std::string> kPeople = {"men",      "women",   "children", "people",   "civilians", "residents",
                                       "villagers", "boys",   "girls",    "persons",  "man",       "woman",
                                       "child",    "worshippers", "farmers", "students", "teachers", "journalists",
                                       "family", "families", "members", "youths", "passengers", "traders", "worker", "workers",
                                       "patients", "pilgrims", "guests", "shoppers", "fishermen", "herders",
                                       // one civilian named by occupation or standing ("killed a teacher")
                                       "civilian", "resident", "villager", "student", "teacher", "journalist", "farmer",
                                       "trader", "driver", "activist", "lawyer", "doctor", "nurse", "priest", "pastor",
                                       "imam", "cleric", "chief", "elder", "businessman", "boy", "girl", "teenager",
                                       "teenagers", "worshipper", "herder", "fisherman", "shopkeeper", "doctors",
                                       "nurses", "priests", "clerics", "elders", "activists", "lawyers", "drivers",
                                       "politician", "politicians", "lawmaker", "councillor", "councilor", "mayor",
                                       // people a mob punishes ("beat a suspected thief to death")
                                       "thief", "thieves", "robber", "robbers", "suspect", "suspects", "criminal",
                                       "criminals"};
const std::set<std::string> kNegation = {"not", "n't", "never", "no", "failed", "without", "nor"};

struct Match {
  size_t last = 0;
  const TriggerForm* form = nullptr;
};

Voice VoiceOf(const Sentence& s, size_t first, size_t last, const TriggerForm& f, const TriggerRule& r) {
  const std::vector<Token>& t = s.toks;
  if (r.noun) return Voice::kNominal;
  static const std::set<std::string> kDeterminers = {"the", "a", "an", "its", "their", "his", "her", "'s", "this"};
  if (!f.gerund && !f.participle && first > 0 && kDeterminers.count(t[first - 1].lower)) return Voice::kNominal;
  if (f.gerund && ((first > 0 && (t[first - 1].lower == "the" || t[first - 1].lower == "'s")) ||
                   (last + 1 < t.size() && t[last + 1].lower == "of"))) {
    return Voice::kNominal;
  }
  if (f.participle) {
    size_t p = first;
    while (p > 0 && kAdverbs.count(t[p - 1].lower)) --p;
    if (p > 0 && kBe.count(t[p - 1].lower)) return Voice::kPassive;
    if (last + 1 < t.size() && t[last + 1].lower == "by") return Voice::kPassive;
  }
  return Voice::kActive;
}

// "Crowds gathered in Yangon to protest": the gathering is the protest.
bool ProtestPurpose(const Sentence& s, size_t first) {
  const std::string& w = s.toks[first].lower;
  if (w.rfind("protest", 0) != 0 && w.rfind("demonstrat", 0) != 0 && w.rfind("rally", 0) != 0) return false;
  for (size_t k = first >= 6 ? first - 6 : 0; k + 1 < first; ++k) {
    const std::string& v = s.toks[k].lower;
    if (v == "gathered" || v == "assembled" || v == "marched" || v == "rallied" || v == "took" || v == "held" ||
        v == "staged" || v == "organised" || v == "organized" || v == "came" || v == "joined") {
      return true;
    }
  }
  return false;
}

// "continues to detain", "began to shell": the infinitive tells what goes on.
bool Ongoing(const Sentence& s, size_t first) {
  static const std::set<std::string> kGoOn = {"continue", "continues", "continued", "continuing", "began",
                                              "begin", "begins", "begun", "started", "start", "starts"};
  return first >= 2 && kGoOn.count(s.toks[first - 2].lower) > 0;
}

// "in retaliation for a suspected gas attack", "in revenge for the killing":
// the cause of what the sentence reports, told before.
bool Background(const Sentence& s, size_t first) {
  static const std::set<std::string> kCause = {"retaliation", "revenge", "reprisal", "response", "avenge", "avenging"};
  for (size_t k = first >= 6 ? first - 6 : 0; k + 1 < first; ++k) {
    const std::string& next = s.toks[k + 1].lower;
    bool linked = next == "for" || next == "to" || s.toks[k].lower.rfind("aveng", 0) == 0;
    if (kCause.count(s.toks[k].lower) && linked) return true;
  }
  return false;
}

// "X claimed responsibility for a car bomb that killed eight": the news is
// the claim (an attribution) of an attack reported before; nothing after
// the claim in its sentence is a new event.
bool ClaimOfResponsibility(const Sentence& s, size_t first) {
  for (size_t k = 0; k + 1 < first; ++k) {
    if (s.toks[k].lower.rfind("claim", 0) == 0 && s.toks[k + 1].lower == "responsibility") return true;
  }
  return false;
}

bool Blocked(const Sentence& s, size_t first, bool verb) {
  const std::vector<Token>& t = s.toks;
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    bool not_only = t[k].lower == "not" && k + 1 < t.size() && t[k + 1].lower == "only";
    if (kNegation.count(t[k].lower) && !not_only) return true;
  }
  if (verb && first > 0 && t[first - 1].lower == "to" && !ProtestPurpose(s, first) && !Ongoing(s, first)) return true;
  if (Background(s, first) || ClaimOfResponsibility(s, first)) return true;
  // A relative clause ("the SDF, who closed on the city from the north")
  // describes the actor unless it dates what it tells.
  size_t p = first;
  while (p > 0 && (kAdverbs.count(t[p - 1].lower) || t[p - 1].lower == "had" || t[p - 1].lower == "have" ||
                   t[p - 1].lower == "has")) {
    --p;
  }
  if (p > 0 && (t[p - 1].lower == "who" || t[p - 1].lower == "which")) {
    bool dated = false;
    for (const text::TimeExpr& e : s.times) dated |= e.first > first;
    if (!dated) return true;
  }
  if (first > 1 && t[first - 1].lower == "with" && t[first - 2].lower == "charged") return true;
  if (s.hypothetical || s.denied) return true;
  for (size_t k = 0; k + 2 < first; ++k) {  // "has in the past hit", "previously"
    if (t[k].lower == "in" && t[k + 1].lower == "the" && t[k + 2].lower == "past") return true;
  }
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    if (t[k].lower == "previously" || t[k].lower == "formerly" || t[k].lower == "once") return true;
  }
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {  // "called for mass demonstrations"
    const std::string& w = t[k].lower;
    if (w == "called" || w == "calling" || w == "urged" || w == "urging" || w == "planned" || w == "planning") return true;
  }
  if (s.future) {
    for (size_t k = 0; k < first; ++k) {
      const std::string& w = t[k].lower;
      if (w == "will" || w == "'ll" || w == "shall" || w == "expected" || w == "plans" || w == "could" ||
          w == "might" || w == "may" || w == "vowed" || w == "threatened" || w == "going" || w == "intends" ||
          w == "promised" || w == "aims") {
        return true;
      }
    }
  }
  return false;
}

bool HasWordNear(const std::vector<Token>& t, size_t from, size_t to, const std::vector<std::string>& words) {
  for (size_t k = from; k < to && k < t.size(); ++k) {
    for (const std::string& w : words) {
      if (t[k].lower == w) return true;
    }
  }
  return false;
}

bool ProtestersAfter(const Sentence& s, size_t last) {
  for (size_t k = last + 1; k < s.toks.size() && k <= last + 5; ++k) {
    const std::string& w = s.toks[k].lower;
    if (w == "protesters" || w == "demonstrators" || w == "marchers") return true;
  }
  return false;
}

bool VictimsAfter(const Sentence& s, size_t last) {
  if (ProtestersAfter(s, last)) return true;
  for (size_t k = last + 1; k < s.toks.size() && k <= last + 5; ++k) {
    if (kPeople.count(s.toks[k].lower)) return true;
    for (const ActorMention& a : s.actors) {
      if (a.first == k && a.type == "civilians") return true;
      if (a.first == k && a.armed()) return false;
    }
  }
  return false;
}

const std::set<std::string> kGround = {
    "town",      "towns",  "village",  "villages",  "city",      "area",      "areas",    "positions",
    "position",  "territory", "hill",  "hills",     "base",      "airbase",   "airport",  "district",
    "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "field", "oil", "pocket", "pockets", "dam",
    "checkpoint", "checkpoints", "outpost", "outposts", "stronghold", "strongholds", "crossing", "road",
    "highway", "bridge", "mountain", "region", "suburb", "suburbs", "district", "island", "port", "camp",
    "headquarters", "province", "countryside", "desert", "control", "parts", "part", "posts", "post",
    "centre", "center", "garrison", "barracks", "compound", "mines", "oilfield", "enclave", "crossings",
    "hilltop", "hilltops", "heights", "ridge", "bases", "airfield", "cities"};

// The object is ground: a place mention, a capitalized name or a ground noun.
bool GroundAfter(const Sentence& s, size_t last) {
  for (const PlaceRef& p : s.places) {
    if (p.first > last && p.first <= last + 6) return true;
  }
  for (size_t k = last + 1; k < s.toks.size() && k <= last + 6; ++k) {
    if (kGround.count(s.toks[k].lower)) return true;
    if (s.toks[k].text == "," || s.toks[k].text == ";") break;
    bool actor = false;
    for (const ActorMention& a : s.actors) actor |= k >= a.first && k <= a.last;
    if (!actor && s.toks[k].capitalized && k <= last + 3) return true;
    bool introduced = k > 0 && (s.toks[k - 1].lower == "of" || s.toks[k - 1].lower == "from" || s.toks[k - 1].lower == "in");
    if (!actor && s.toks[k].capitalized && introduced) return true;
  }
  return false;
}

// "Thousands of civilians are fleeing", "almost 15,000 Egyptians have fled":
// a crowd counted in thousands within six tokens before the trigger.
bool CrowdBefore(const Sentence& s, size_t first) {
  static const std::set<std::string> kMany = {"thousands", "millions"};
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

// In the passive the ground comes first: "the town was taken by", "Palmyra,
// held by IS since May, was retaken" (not "he was taken by security agents").
bool GroundBefore(const Sentence& s, size_t first) {
  size_t from = first >= 15 ? first - 15 : 0;
  for (const PlaceRef& p : s.places) {
    if (p.first >= from && p.first < first) return true;
  }
  for (size_t k = from; k < first; ++k) {
    if (kGround.count(s.toks[k].lower)) return true;
    bool actor = false;
    for (const ActorMention& a : s.actors) actor |= k >= a.first && k <= a.last;
    if (!actor && s.toks[k].capitalized && k > 0) return true;
  }
  return false;
}

// The actor filling `role` for a hit at [first, last].
const ActorMention* Fill(const Lexicon& lex, const std::string& role, const Sentence& s, size_t first, size_t last, const DocState& st,
                         bool gerund, ActorMention* scratch) {
  static const std::set<std::string> kNone;
  if (role == "poss" && first > 0 && s.toks[first - 1].capitalized) {  // "Russian airstrikes"
    if (const Country* c = CountryByWord(s.toks[first - 1].lower)) {
      *scratch = CountryActor(lex, c->iso2, "Military Forces");
      scratch->first = scratch->last = first - 1;
      return scratch;
    }
  }
  if (role == "subj") {
    bool opening = gerund && first <= 1;  // "Taking the town, the army ..."
    // "Police beat demonstrators ..., killing one": the clause's subject acts.
    bool trailing = gerund && first > 0 && s.toks[first - 1].text == ",";
    return SubjectBefore(s, first, st, !opening && !trailing);
  }
  if (role == "obj") return ActorAfter(s, last, 8, kNone);
  // As actor1, `civilians` is a crowd of people acting ("thousands fled").
  if (role == "civilians" && CrowdBefore(s, first)) {
    scratch->canonical = "Civilians";
    scratch->type = "civilians";
    scratch->first = scratch->last = first;
    return scratch;
  }
  // "handed control of several villages west of the Euphrates to the army".
  if (role == "to") return ActorAfter(s, last, 14, {"to"});
  if (role == "by") return ActorAfter(s, last, 6, {"by"});
  if (role == "of") return ActorAfter(s, last, 6, {"of", "against", "on", "at", "in", "with"});
  if (role == "poss") {
    for (const ActorMention& a : s.actors) {
      if (a.last < first && a.last + 3 >= first && !a.pronoun && a.armed()) return &a;
    }
    if (first > 0) {
      const ActorMention* subj = SubjectBefore(s, first, st, false);
      if (subj && !Victim(s, *subj)) return subj;
    }
    return nullptr;
  }
  return nullptr;
}

// Who acts when the text names no one: ACLED's unidentified armed group for
// bombs and attacks, protesters and rioters for protests and riots.
// "An airstrike", "two drone strikes", "Airstrikes hit ...": a new strike,
// not "the airstrikes" told before or "supported by (Russian) airstrikes".
bool IndefiniteStrike(const Sentence& s, size_t first) {
  static const std::set<std::string> kOpen = {"a", "an", "two", "three", "four", "several", "multiple", "repeated",
                                              "unidentified", "suspected", "overnight", "new"};
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
  static const std::set<std::string> kState = {"soldiers", "soldier", "troops", "army", "armies", "military", "armed", "gendarmes",
                                               "government", "authorities", "police", "policemen", "regime"};
  static const std::set<std::string> kNonState = {"rebels", "rebel", "militia", "militias", "militants",
                                                  "insurgents", "fighters", "guerrillas", "guerrilla", "factions",
                                                  "jihadists", "separatists", "militiamen", "terrorists", "sides",
                                                  "parties", "group", "movement"};
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
  static const std::set<std::string> kCrowd = {"youths", "members", "communities", "clans", "supporters",
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

bool MeansOk(const TriggerRule& r, const std::string& means) {
  if (r.means.empty()) return true;
  if (means.empty()) return false;
  return r.means.find(means) != std::string::npos;
}

bool ClassOk(const TriggerRule& r, const std::string& type) {
  if (r.a1_class.empty()) return true;
  return (r.a1_class == "state") == (type == "state");
}

// Tries one rule at a match; fills *hit and returns true when it fires.
bool TryRule(const Lexicon& lex, const Sentence& s, const DocState& st, size_t first, const Match& m,
             const TriggerRule& r, TriggerHit* hit) {
  Voice voice = VoiceOf(s, first, m.last, *m.form, r);
  const Roles& roles = voice == Voice::kActive ? r.active : voice == Voice::kPassive ? r.passive : r.nominal;
  if (!roles.enabled) return false;
  if (!r.not_before.empty() && HasWordNear(s.toks, first >= 3 ? first - 3 : 0, first, r.not_before)) return false;
  if (!r.not_after.empty() && HasWordNear(s.toks, m.last + 1, m.last + 2, r.not_after)) return false;
  if (r.victims && !VictimsAfter(s, m.last)) return false;
  // "weapons and ammunition were seized": in the passive the object comes first.
  size_t need_from = voice == Voice::kPassive ? (first >= 8 ? first - 8 : 0) : m.last + 1;
  if (!r.need_after.empty() && !HasWordNear(s.toks, need_from, m.last + 7, r.need_after)) return false;
  if (r.ground && voice != Voice::kPassive && !GroundAfter(s, m.last)) return false;
  if (r.ground && voice == Voice::kPassive && !GroundBefore(s, first)) return false;
  ActorMention scratch1, scratch2;
  // "the leading group in the SDF fighting ISIS": a gerund after the object
  // of a preposition describes that group, it reports no event.
  if (m.form->gerund && voice == Voice::kActive) {
    for (const ActorMention& a : s.actors) {
      if (a.last + 1 == first && !a.prep.empty()) return false;
    }
  }
  const ActorMention* a1 = Fill(lex, roles.actor1, s, first, m.last, st, m.form->gerund, &scratch1);
  // "handed over the port (to X)": the receiver acts when named, else the giver alone.
  bool giver_only = false;
  if (!a1 && (roles.actor1 == "obj" || roles.actor1 == "to") && roles.actor2 == "subj") {
    a1 = Fill(lex, "subj", s, first, m.last, st, m.form->gerund, &scratch1);
    giver_only = a1 != nullptr;
  }
  // "accusing Russian warplanes of bombing": actor1 is the accused.
  std::string claimant;
  // "accused Russian troops of dropping grenades": "of" up to two words before.
  size_t of = first;
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    if (s.toks[k].lower == "of") of = k;
  }
  if (of >= 1 && of < first) {
    for (const ActorMention& a : s.actors) {
      if (a.last < of && a.last + 2 >= of && a.armed()) {
        if (a.first > 0 && s.toks[a.first - 1].lower.rfind("accus", 0) == 0) {
          claimant = SubjectBefore(s, a.first - 1, st, true) ? SubjectBefore(s, a.first - 1, st, true)->canonical : "";
          a1 = &a;
        }
      }
    }
  }
  // "the recapture of X by the army": a noun's agent follows "by".
  bool a1_by = false;
  if ((!a1 || a1->canonical.empty()) && voice == Voice::kNominal) {
    a1 = ActorAfter(s, m.last, 8, {"by"});  // "the bombing of the Sheikh Othman district by"
    a1_by = a1 != nullptr;
  }
  // "fighting between X and Y", "clashes between X and Y".
  const ActorMention* between2 = nullptr;
  for (size_t k = m.last; k < s.toks.size() && k <= m.last + 3; ++k) {  // the form may end in "between"
    if (s.toks[k].lower != "between") continue;
    const ActorMention* x = ActorAfter(s, k, 3, {});
    const ActorMention* y = x ? ActorAfter(s, x->last + 1, 3, {}) : nullptr;
    if (x && y) a1 = x, between2 = y;
    break;
  }
  // "Turkish authorities detained 14 people": a government arrests through its police.
  if ((!a1 || a1->canonical.empty()) && r.sub_event_type == "Arrests" && roles.actor1 == "subj") {
    const ActorMention* gov = nullptr;  // the last actor before the verb, right before it
    for (const ActorMention& a : s.actors) {
      if (a.last < first) gov = &a;
    }
    if (gov && gov->type == "government" && gov->prep.empty() && !gov->country.empty() && gov->last + 3 >= first) {
      const ActorMention& a = *gov;
      scratch1 = CountryActor(lex, a.country, "Police Forces");
      scratch1.first = a.first;
      scratch1.last = a.last;
      a1 = &scratch1;
    }
  }
  // "X claimed responsibility for a bombing that ...": the claimant acts.
  if (!a1 || a1->canonical.empty()) a1 = Responsible(s, first);
  // "despite the shelling": a condition of the scene, not a reported event.
  bool despite = HasWordNear(s.toks, first >= 3 ? first - 3 : 0, first, {"despite", "amid"});
  if ((!a1 || a1->canonical.empty()) && !s.in_quote && !despite) {
    a1 = DefaultActor(lex, r, voice, IndefiniteStrike(s, first), &scratch1);
  }
  if ((!a1 || a1->canonical.empty()) && r.event_type == "Strategic developments" && roles.actor1 != "civilians" &&
      !s.in_quote) {
    a1 = GenericForce(lex, s, 0, s.toks.size(), &scratch1);
  }
  // "Gouda's troops retook the town", "was seized by the militants": ground
  // taken by a force the lexicon does not know; its noun tells state or not.
  if ((!a1 || a1->canonical.empty()) && r.sub_event_type == "@territory" && !s.in_quote) {
    if (voice == Voice::kActive) {
      a1 = GenericForce(lex, s, first >= 6 ? first - 6 : 0, first, &scratch1);
    } else if (m.last + 1 < s.toks.size() && s.toks[m.last + 1].lower == "by") {
      a1 = GenericForce(lex, s, m.last + 2, m.last + 6, &scratch1);
    }
  }
  bool violence = r.event_type == "Violence against civilians" || r.event_type == "Battles";
  if ((!a1 || a1->canonical.empty()) && violence && voice == Voice::kActive && roles.actor1 == "subj" &&
      !s.in_quote) {
    a1 = GenericCrowd(lex, s, first, &scratch1);
  }
  if (!a1 || a1->canonical.empty()) return false;
  bool strategic = r.event_type == "Strategic developments" || r.event_type == "Protests" || r.event_type == "Riots";
  bool mob = a1->type == "civilians" && voice == Voice::kActive && !m.form->gerund &&
             (r.event_type == "Violence against civilians" || r.event_type == "Battles");
  if (!a1->armed() && !mob && !(strategic && a1->type != "media")) return false;
  if (!MeansOk(r, a1->means) || !ClassOk(r, a1->type)) return false;
  hit->first = first;
  hit->last = m.last;
  hit->voice = voice;
  hit->actor1 = a1->canonical;
  hit->actor1_type = a1->type;
  hit->claimant = claimant;
  if (r.victims && ProtestersAfter(s, m.last)) {
    hit->actor2 = "Protesters";
  } else if (roles.actor2 == "civilians" || r.victims) {
    hit->actor2 = "Civilians";
  } else if (between2) {
    hit->actor2 = between2->canonical;
  } else if (roles.actor2 != "none" && !giver_only) {
    std::string role2 = a1_by && roles.actor2 == "by" ? "of" : roles.actor2;
    const ActorMention* a2 = Fill(lex, role2, s, first, m.last, st, m.form->gerund, &scratch2);
    if (!a2 && a1->last + 2 < first && s.toks[a1->last + 1].lower == "and") {  // "X and Y fought"
      for (const ActorMention& b : s.actors) {
        if (b.first == a1->last + 2 || (b.first == a1->last + 3 && s.toks[a1->last + 2].lower == "the")) a2 = &b;
      }
    }
    if (!a2 && voice == Voice::kNominal) a2 = HarmedAfter(s, m.last);
    bool party = a2 && (a2->armed() || (strategic && a2->type == "government"));
    if (party && a2->canonical != hit->actor1) hit->actor2 = a2->canonical;
    if (!a2 && roles.actor2 == "obj" && claimant.empty()) {
      // "bombing their positions": their = the accuser; otherwise left for the opponent rule.
    }
  }
  if (!claimant.empty() && hit->actor2.empty()) hit->actor2 = claimant;
  if (voice == Voice::kActive) RepelledAttacker(lex, s, r, m.last, hit);
  // "fought alongside the army": allies are not each other's enemy.
  bool hostile = r.event_type == "Battles" || r.event_type == "Explosions/Remote violence";
  if (hostile && !hit->actor2.empty() &&
      lex.AreAllies(lex.FindCanonical(hit->actor1), lex.FindCanonical(hit->actor2))) {
    return false;
  }
  return true;
}

}  // namespace

// A disaster or accident with no armed actor in the sentence is no event.
bool Disaster(const Sentence& s) {
  static const std::set<std::string> kDisaster = {
      "earthquake", "quake", "landslide", "flood", "floods", "flooding", "cyclone", "hurricane", "typhoon",
      "storm", "overturned", "collided", "collision", "derailed", "avalanche", "tsunami", "heatwave",
      "drowned", "capsized", "wildfire", "accident", "crashed", "eruption", "stampede", "outbreak"};
  bool disaster = false;
  for (const Token& tok : s.toks) disaster |= kDisaster.count(tok.lower) > 0;
  if (!disaster) return false;
  for (const ActorMention& a : s.actors) {
    if (a.armed() && !a.canonical.empty() && a.type != "protesters") return false;
  }
  return true;
}

std::vector<TriggerHit> MatchTriggers(const Lexicon& lex, const Sentence& s, const DocState& st) {
  std::vector<TriggerHit> out;
  const std::vector<Token>& t = s.toks;
  if (Disaster(s)) return out;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::vector<TriggerForm>* forms = lex.FormsStartingWith(t[i].lower);
    if (!forms) continue;
    // Longest form first; all rules of that form in file order.
    size_t best_len = 0;
    for (const TriggerForm& f : *forms) {
      bool ok = i + f.tokens.size() <= t.size();
      for (size_t k = 1; ok && k < f.tokens.size(); ++k) ok = t[i + k].lower == f.tokens[k];
      if (ok) best_len = std::max(best_len, f.tokens.size());
    }
    if (best_len == 0) continue;
    // "Riot police", "Strike Force": no trigger inside a name, except the
    // crowd that is itself the protest ("protesters blocked the road").
    bool protest_form = false;
    for (const TriggerForm& f : *forms) protest_form |= lex.rules()[f.rule].event_type == "Protests";
    bool inside_actor = false;
    for (const ActorMention& a : s.actors) {
      bool crowd = a.type == "protesters" && protest_form;
      inside_actor |= i >= a.first && i <= a.last && !a.pronoun && !crowd;
    }
    if (inside_actor) continue;
    // A month beside a day or year is a date ("KYIV, March 3 (Reuters)").
    bool dated = (i + 1 < t.size() && t[i + 1].has_digit) || (i > 0 && t[i - 1].has_digit);
    if (t[i].capitalized && dated) continue;
    // A capitalized word inside a sentence is a name ("since March 2011").
    if (i > 0 && t[i].capitalized && t[i - 1].is_word && t[i].text.size() > 3 &&
        !(t[i].text[1] >= 'A' && t[i].text[1] <= 'Z')) {
      continue;
    }
    bool verb = false;
    for (const TriggerForm& f : *forms) verb |= f.tokens.size() == best_len && !lex.rules()[f.rule].noun;
    if (Blocked(s, i, verb)) {
      i += best_len - 1;
      continue;
    }
    for (const TriggerForm& f : *forms) {
      if (f.tokens.size() != best_len) continue;
      bool ok = true;
      for (size_t k = 1; ok && k < f.tokens.size(); ++k) ok = t[i + k].lower == f.tokens[k];
      if (!ok) continue;
      TriggerHit hit;
      hit.rule = f.rule;
      if (TryRule(lex, s, st, i, Match{i + best_len - 1, &f}, lex.rules()[f.rule], &hit)) {
        out.push_back(hit);
        break;
      }
    }
    i += best_len - 1;
  }
  return out;
}

}  // namespace sitrep::extract
