// Role helpers (see roles.h): the actor after a trigger, victims, the
// group that claims responsibility, the victims of a bomb's verb and the
// attacker of a repelled assault.
#include "extract/roles.h"

#include "extract/countries.h"
#include "text/word_set.h"

namespace sitrep::extract {

using text::Token;

const ActorMention* ActorAfter(const Sentence& s, size_t last, size_t window, const text::WordSet& preps) {
  for (const ActorMention& a : s.actors) {
    if (a.first <= last || a.first > last + window) continue;
    if (a.pronoun || a.canonical.empty()) continue;
    if (!preps.empty() && !preps.count(a.prep)) continue;
    if (s.toks[a.first > 0 ? a.first - 1 : 0].text == ",") return nullptr;
    // "took over the base after US forces withdrew": another clause's actor.
    static const text::WordSet kClause = {"after", "before", "while", "when", "as", "because",
                                                  "who", "which", "that", "until", "since", "whereas"};
    for (size_t k = last + 1; k < a.first; ++k) {
      if (kClause.count(s.toks[k].lower)) return nullptr;
    }
    return &a;
  }
  return nullptr;
}

// "Two soldiers were killed when their vehicle hit a landmine": the
// subject of a passive harm verb is a victim, not the noun trigger's agent.
bool Victim(const Sentence& s, const ActorMention& a) {
  static const text::WordSet kBe = {"was", "were", "been", "being", "is", "are", "be", "got", "get"};
  static const text::WordSet kHarmed = {"killed", "wounded", "injured", "hurt", "dead"};
  size_t k = a.last + 1;
  if (k < s.toks.size() && kBe.count(s.toks[k].lower)) ++k;
  return k < s.toks.size() && k > a.last + 1 && kHarmed.count(s.toks[k].lower);
}

// The group that "claimed responsibility for" the trigger within the six
// words before it.
const ActorMention* Responsible(const Sentence& s, size_t first) {
  const std::vector<Token>& t = s.toks;
  for (size_t k = first >= 7 ? first - 7 : 0; k + 1 < first; ++k) {
    if (t[k].lower != "responsibility" || (t[k + 1].lower != "for" && t[k + 1].lower != "of")) continue;
    const ActorMention* who = nullptr;
    for (const ActorMention& a : s.actors) {
      if (a.last < k && !a.pronoun && a.armed() && !a.canonical.empty() && a.prep.empty()) who = &a;
    }
    return who;
  }
  return nullptr;
}

void ClaimedAttack(const Sentence& s, const std::vector<size_t>& last, std::vector<Event>* out) {
  if (s.denied || s.hypothetical) return;
  const std::vector<Token>& t = s.toks;
  for (size_t k = 1; k + 1 < t.size(); ++k) {
    if (t[k + 1].lower != "responsibility") continue;
    if (t[k].lower.rfind("claim", 0) != 0 && t[k].lower != "admitted" && t[k].lower != "accepted") continue;
    const ActorMention* who = nullptr;
    for (const ActorMention& a : s.actors) {
      if (a.last < k && !a.pronoun && a.armed() && !a.canonical.empty() && a.prep.empty()) who = &a;
    }
    if (!who || who->canonical.rfind("Unidentified", 0) == 0) return;
    for (size_t idx : last) {
      if (idx >= out->size()) continue;
      Event& e = (*out)[idx];
      if (e.actor1 == "Unidentified Armed Group" && e.actor2 != who->canonical) e.actor1 = who->canonical;
    }
    return;
  }
}

// "a roadside bomb killed two Burkinabe soldiers", "a car bomb that hit a
// convoy of Somali troops": the armed object of the verb the noun governs.
const ActorMention* HarmedAfter(const Sentence& s, size_t last) {
  static const text::WordSet kHarm = {"killed", "wounded", "injured", "hit", "struck", "targeted",
                                              "killing", "wounding", "hitting", "targeting"};
  size_t k = last + 1;
  if (k < s.toks.size() && (s.toks[k].lower == "that" || s.toks[k].lower == "which")) ++k;
  if (k >= s.toks.size() || !kHarm.count(s.toks[k].lower)) return nullptr;
  const ActorMention* a = ActorAfter(s, k, 6, {});
  return a && a->armed() && a->prep != "by" ? a : nullptr;
}

// "Ukrainian troops repelled an assault by Russian infantry", "repulsed a
// Russian attack": ACLED's actor1 is the attacker, the defender actor2.
namespace {

// "Soldiers exchanged fire with ISWAP militants who ambushed a convoy": in
// a clash, the party a relative clause says attacked is actor1.
void InitiatorFirst(const Sentence& s, size_t last, TriggerHit* hit) {
  static const text::WordSet kAttacked = {"ambushed", "attacked", "raided", "stormed", "assaulted",
                                                  "struck", "overran"};
  static const text::WordSet kRelative = {"who", "which", "that"};
  const std::vector<Token>& t = s.toks;
  for (const ActorMention& a : s.actors) {
    if (a.first <= last || a.canonical != hit->actor2 || a.last + 2 >= t.size()) continue;
    size_t k = a.last + 1;
    if (!kRelative.count(t[k].lower)) return;
    if (t[k + 1].lower == "had" && k + 2 < t.size()) ++k;
    if (!kAttacked.count(t[k + 1].lower)) return;
    std::swap(hit->actor1, hit->actor2);
    hit->actor1_type = a.type;
    return;
  }
}

}  // namespace

void RepelledAttacker(const Lexicon& lex, const Sentence& s, const TriggerRule& r, size_t last, TriggerHit* hit) {
  if (r.sub_event_type == "Armed clash" && !hit->actor2.empty()) InitiatorFirst(s, last, hit);
  static const text::WordSet kDefend = {"repel", "repulse", "thwart", "foil", "fend off", "beat back",
                                                "fight off", "push back", "halt", "stop"};
  static const text::WordSet kAttack = {"attack", "attacks", "assault", "assaults", "offensive",
                                                "advance", "incursion", "raid", "push", "attempt", "onslaught",
                                                "counteroffensive", "counter-offensive", "counterattack",
                                                "counter-attack", "counterattacks", "attacks"};
  if (!kDefend.count(r.lemma)) return;
  const std::vector<Token>& t = s.toks;
  for (size_t k = last + 1; k < t.size() && k <= last + 4; ++k) {
    if (!kAttack.count(t[k].lower)) continue;
    ActorMention scratch;
    const ActorMention* attacker = ActorAfter(s, k, 3, {"by", "from"});
    const Country* c = t[k - 1].capitalized ? CountryByWord(t[k - 1].lower) : nullptr;
    if (!attacker && c) {
      scratch = CountryActor(lex, c->iso2, "Military Forces");
      attacker = &scratch;
    }
    if (!attacker) {  // "an ISIS attack"
      for (const ActorMention& a : s.actors) {
        if (a.last + 1 == k && a.armed() && !a.canonical.empty()) attacker = &a;
      }
    }
    if (!attacker || attacker->canonical == hit->actor1) return;
    hit->actor2 = hit->actor1;
    hit->actor1 = attacker->canonical;
    hit->actor1_type = attacker->type;
    return;
  }
}

}  // namespace sitrep::extract
