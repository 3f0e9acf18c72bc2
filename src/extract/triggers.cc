// Trigger matching. At each token the longest trigger form starting there is
// taken; its rules are tried in file order and the first one that holds
// fires. Voice: a noun, or a gerund after "the" or before "of", is nominal;
// a participle after a form of "be" (adverbs between) or before "by" is
// passive; anything else is active. What blocks a trigger is in guards.h,
// who acts when the text names no known actor in defaults.h.
#include "extract/triggers.h"

#include <set>

#include "extract/attribution.h"
#include "extract/conventions.h"
#include "extract/countries.h"
#include "extract/defaults.h"
#include "extract/guards.h"
#include "extract/roles.h"
#include "text/word_set.h"

namespace sitrep::extract {
namespace {

using text::Token;

const text::WordSet kBe = {"was", "were", "been", "being", "is", "are", "be", "got", "get"};
const text::WordSet kPeople = {"men",      "women",   "children", "people",   "civilians", "residents",
                                       "villagers", "boys",   "girls",    "persons",  "man",       "woman",
                                       "child",    "worshippers", "farmers", "students", "teachers", "journalists",
                                       "family", "families", "members", "youths", "passengers", "traders", "worker", "workers",
                                       "patients", "pilgrims", "guests", "shoppers", "fishermen", "herders",
                                       "customers", "diners", "mourners", "commuters", "spectators", "bystanders",
                                       "tourists", "revellers",
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

struct Match {
  size_t last = 0;
  const TriggerForm* form = nullptr;
};

Voice VoiceOf(const Sentence& s, size_t first, size_t last, const TriggerForm& f, const TriggerRule& r) {
  const std::vector<Token>& t = s.toks;
  if (r.noun) return Voice::kNominal;
  static const text::WordSet kDeterminers = {"the", "a", "an", "its", "their", "his", "her", "'s", "this"};
  if (!f.gerund && !f.participle && first > 0 && kDeterminers.count(t[first - 1].lower)) return Voice::kNominal;
  if (f.gerund && ((first > 0 && (t[first - 1].lower == "the" || t[first - 1].lower == "'s")) ||
                   (last + 1 < t.size() && t[last + 1].lower == "of"))) {
    return Voice::kNominal;
  }
  if (f.participle) {
    size_t p = first;
    while (p > 0 && Adverb(t[p - 1].lower)) --p;
    if (p > 0 && kBe.count(t[p - 1].lower)) return Voice::kPassive;
    if (last + 1 < t.size() && t[last + 1].lower == "by") return Voice::kPassive;
  }
  return Voice::kActive;
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

// In the passive the victims come first: "A teacher was shot dead by gunmen".
bool VictimsBefore(const Sentence& s, size_t first) {
  for (size_t k = first; k-- > 0 && k + 8 >= first;) {
    if (s.toks[k].text == ",") break;
    for (const ActorMention& a : s.actors) {
      if (a.first <= k && k <= a.last) return a.type == "civilians" || (!a.armed() && kPeople.count(s.toks[k].lower));
    }
    if (kPeople.count(s.toks[k].lower)) return true;
  }
  return false;
}

const text::WordSet kGround = {
    "town",      "towns",  "village",  "villages",  "city",      "area",      "areas",    "positions",
    "position",  "territory", "hill",  "hills",     "base",      "airbase",   "airport",  "district",
    "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "field", "oil", "pocket", "pockets", "dam",
    "checkpoint", "checkpoints", "outpost", "outposts", "stronghold", "strongholds", "crossing", "road",
    "highway", "bridge", "mountain", "region", "suburb", "suburbs", "district", "island", "port", "camp",
    "headquarters", "province", "countryside", "desert", "control", "parts", "part", "posts", "post",
    "centre", "center", "garrison", "barracks", "compound", "mines", "oilfield", "enclave", "crossings",
    "hilltop", "hilltops", "heights", "ridge", "bases", "airfield", "cities", "capital"};

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
  static const text::WordSet kNone;
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
    // "the army's ground offensive", not "killed seven soldiers in an ambush".
    static const text::WordSet kApart = {"in", "on", "at", "during", "after", "before", "a", "an", "with",
                                                 "by", "for", "from", "to", "near", "into", ","};
    for (const ActorMention& a : s.actors) {
      bool apart = false;
      for (size_t k = a.last + 1; k < first; ++k) apart |= kApart.count(s.toks[k].lower) > 0;
      if (a.last < first && a.last + 3 >= first && !a.pronoun && a.armed() && !apart) return &a;
    }
    if (first > 0) {
      const ActorMention* subj = SubjectBefore(s, first, st, false);
      if (subj && !Victim(s, *subj)) return subj;
    }
    return nullptr;
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
  // "Protesters will gather next week": a protest named in a forecast is to come.
  if (r.noun && r.event_type == "Protests" && s.future) return false;
  const Roles& roles = voice == Voice::kActive ? r.active : voice == Voice::kPassive ? r.passive : r.nominal;
  if (!roles.enabled) return false;
  if (!r.not_before.empty() && HasWordNear(s.toks, first >= 3 ? first - 3 : 0, first, r.not_before)) return false;
  if (!r.not_after.empty() && HasWordNear(s.toks, m.last + 1, m.last + 2, r.not_after)) return false;
  if (r.victims && !(voice == Voice::kPassive ? VictimsBefore(s, first) : VictimsAfter(s, m.last))) return false;
  // "weapons and ammunition were seized": in the passive the object comes first.
  size_t need_from = voice == Voice::kPassive ? (first >= 8 ? first - 8 : 0) : m.last + 1;
  if (!r.need_after.empty() && !HasWordNear(s.toks, need_from, m.last + 7, r.need_after)) return false;
  if (r.ground && voice != Voice::kPassive && !GroundAfter(s, m.last)) return false;
  if (r.ground && voice == Voice::kPassive && !GroundBefore(s, first)) return false;
  if (r.unopposed && !NoFight(s)) return false;
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
  static const text::WordSet kDisaster = {
      "earthquake", "quake", "landslide", "flood", "floods", "flooding", "cyclone", "hurricane", "typhoon",
      "storm", "overturned", "collided", "collision", "derailed", "avalanche", "tsunami", "heatwave",
      "drowned", "capsized", "wildfire", "accident", "crashed", "eruption", "stampede", "outbreak", "plunged",
      "veered", "skidded", "sank"};
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
  // "ISWAP claimed responsibility for a roadside bomb that killed four
  // soldiers": on a dated news page that has told no violence yet, the
  // claim is the first report of the attack. (An undated snippet is taken
  // as the follow-up of a report told elsewhere.)
  bool claim_tells = st.has_published;
  for (const std::string& type : st.told_types) claim_tells &= type == "Protests" || type == "Strategic developments";
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
    if (Blocked(s, i, verb, claim_tells)) {
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
