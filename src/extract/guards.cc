// Trigger guards (see guards.h): what keeps a trigger from reporting an
// event, and the adverbs that may stand between a verb and its auxiliary.
#include "extract/guards.h"
#include "text/word_set.h"

#include <set>

namespace sitrep::extract {
namespace {

using text::Token;

const text::WordSet kAdverbs = {"also", "reportedly", "recently", "already", "finally", "later",
                                        "successfully", "completely", "fully", "allegedly", "then", "just",
                                        "not", "apparently", "partially", "largely", "again"};

const text::WordSet kNegation = {"not", "n't", "never", "no", "failed", "without", "nor"};

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
  static const text::WordSet kGoOn = {"continue", "continues", "continued", "continuing", "began",
                                              "begin", "begins", "begun", "started", "start", "starts"};
  return first >= 2 && kGoOn.count(s.toks[first - 2].lower) > 0;
}

// "in retaliation for a suspected gas attack", "in revenge for the killing":
// the cause of what the sentence reports, told before.
bool Background(const Sentence& s, size_t first) {
  // "condemned the attack": a statement about an event told elsewhere.
  static const text::WordSet kJudge = {"condemned", "condemns", "condemn", "condemning", "denounced",
                                               "denounces", "denouncing", "deplored", "mourned"};
  for (size_t k = first >= 2 ? first - 2 : 0; k < first; ++k) {
    if (kJudge.count(s.toks[k].lower)) return true;
  }
  static const text::WordSet kCause = {"retaliation", "revenge", "reprisal", "response", "avenge", "avenging"};
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

// "called for an immediate and lasting ceasefire", "urged both sides to
// agree a truce", "appealed for talks": a noun that is asked for has not
// happened (an agreement is reached, signed, brokered or in force). The
// call may stand six words back, within the clause.
bool Appeal(const Sentence& s, size_t first) {
  static const text::WordSet kCall = {"called", "calling", "calls", "call", "urged", "urging", "urges",
                                              "appealed", "appealing", "appeals", "demanded", "demanding",
                                              "demands", "pleaded"};
  static const text::WordSet kBreak = {",", ";", ":", ".", "after", "when", "as", "since", "following",
                                               "amid", "while", "but", "which", "that", "who"};
  for (size_t k = first; k > 0 && first - k < 6;) {
    const std::string& w = s.toks[--k].lower;
    if (kBreak.count(w)) return false;
    if (kCall.count(w)) return true;
  }
  return false;
}

}  // namespace

bool Adverb(const std::string& w) { return kAdverbs.count(w) > 0; }

bool Coreferent(const Sentence& s, size_t first, size_t last, const std::string& event_type, const DocState& st) {
  static const text::WordSet kDefinite = {"the", "this", "these", "those"};
  static const text::WordSet kBetween = {"same", "twin", "two", "three", "deadly", "double", "earlier"};
  static const text::WordSet kNew = {"on", "against", "in", "at", "near", "by", "of", "targeting", "between"};
  static const text::WordSet kViolent = {"Battles", "Explosions/Remote violence",
                                                 "Violence against civilians"};
  const std::vector<Token>& t = s.toks;
  size_t det = first;
  if (first >= 1 && kDefinite.count(t[first - 1].lower)) det = first - 1;
  if (first >= 2 && kDefinite.count(t[first - 2].lower) && kBetween.count(t[first - 1].lower)) det = first - 2;
  // "after days of street fighting": the span of a battle already told.
  static const text::WordSet kSpan = {"hours", "days", "weeks", "months", "years"};
  for (size_t k = first; det == first && k > 1 && k + 3 > first; --k) {
    if (t[k - 1].lower == "of" && kSpan.count(t[k - 2].lower)) det = k - 2;
  }
  if (det == first) return false;
  if (last + 1 < t.size() && kNew.count(t[last + 1].lower)) return false;  // "the attack on the base"
  for (const ActorMention& a : s.actors) {
    if (a.first >= det && a.first <= last) return false;
  }
  if (!kViolent.count(event_type)) return st.told_types.count(event_type) > 0;
  for (const std::string& told : st.told_types) {
    if (kViolent.count(told)) return true;
  }
  return false;
}

bool Blocked(const Sentence& s, size_t first, bool verb, bool claim_tells) {
  const std::vector<Token>& t = s.toks;
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k) {
    bool not_only = t[k].lower == "not" && k + 1 < t.size() && t[k + 1].lower == "only";
    if (kNegation.count(t[k].lower) && !not_only) return true;
  }
  if (verb && first > 0 && t[first - 1].lower == "to" && !ProtestPurpose(s, first) && !Ongoing(s, first)) return true;
  if (Background(s, first) || (!claim_tells && ClaimOfResponsibility(s, first))) return true;
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
  if (!verb && Appeal(s, first)) return true;
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


}  // namespace sitrep::extract
