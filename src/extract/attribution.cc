// Attribution rules, tried in order for each speech verb of the sentence
// (the last one wins when a sentence has several: "Citing a source, SANA
// said" -> SANA):
//  1. "according to X";
//  2. "X quoted Y as saying" -> Y;
//  3. an actor ending within four tokens before the verb ("the Russian
//     Defense Ministry said Saturday", "SANA reported on Monday");
//  4. a pronoun or a defining noun (it, the ministry, the source, the
//     agency) -> the previous claimant; "he"/"she" -> the last person;
//  5. a person's name ("NAME, the ROLE, said", "ROLE NAME claimed").
// A claimant that is a state's government or defense ministry is written as
// the canonical actor; a person keeps the name.
#include "extract/attribution.h"

#include <set>

#include "extract/event_places.h"
#include "extract/events.h"
#include "text/word_set.h"

namespace sitrep::extract {
namespace {

using text::Token;

const text::WordSet kSpeech = {
    "said",      "says",     "say",       "reported",  "reports",   "claimed",  "claims",
    "declared",  "declares", "announced", "announces", "added",     "stated",   "asserted",
    "asserts",   "told",     "quoted",    "hailed",    "proclaimed", "insisted", "confirmed",
    "estimated", "alleged",  "accused",   "tweeted",   "wrote",     "noted",    "denied",
    "acknowledged", "warned", "emphasized", "emphasised", "explained", "boasted", "admitted"};
const text::WordSet kFuture = {"will", "'ll", "shall", "expected", "expects", "plans", "plan",
                                       "planning", "intends", "intend", "aims", "vowed", "vows",
                                       "threatened", "threatens", "could", "might", "promise", "promised"};
const text::WordSet kDefiniteNouns = {"ministry", "source", "sources", "agency", "outlet", "outlets",
                                              "statement", "monitor", "observatory", "group", "spokesman",
                                              "military", "army", "media", "channel", "television", "unit"};
const text::WordSet kSkip = {"also", "has", "had", "have", "later", "earlier", "then", "further",
                                     "on", "in", "a", "statement", "on"};

bool IsWeekdayOrTime(const Token& t) {
  static const text::WordSet kW = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                           "saturday", "sunday", "today", "yesterday", "tonight"};
  return kW.count(t.lower) > 0;
}

const ActorMention* ActorEndingNear(const Sentence& s, size_t verb, size_t window) {
  const ActorMention* best = nullptr;
  for (const ActorMention& a : s.actors) {
    if (a.last < verb && a.last + window >= verb) best = &a;
  }
  return best;
}

const text::WordSet kTitles = {
    "defense", "defence", "foreign", "interior", "prime", "minister", "ministry", "spokesman", "spokeswoman",
    "spokesperson", "president", "vice", "general", "gen.", "gen", "col.", "col", "colonel", "lt.", "major",
    "commander", "governor", "secretary", "ambassador", "envoy", "official", "chief", "deputy", "mr.", "mr",
    "mrs.", "dr.", "dr", "sheikh", "brigadier", "admiral", "king", "emir", "senator", "mayor", "state"};

bool NameToken(const Token& t) {
  return t.is_word && t.capitalized && !t.has_digit && t.lower != "the" && t.lower != "a";
}

// Drops leading titles: "Defense Minister Nurettin Canikli" -> "Nurettin Canikli".
size_t SkipTitles(const std::vector<Token>& t, size_t b, size_t e) {
  while (b < e && kTitles.count(t[b].lower)) ++b;
  return b;
}

// The claimant of speech verb `v`; empty when none is found.
std::string ClaimantOf(const Lexicon& lex, const Sentence& s, size_t v, const DocState& st) {
  const std::vector<Token>& t = s.toks;
  if (t[v].lower == "quoted") {  // X quoted Y as saying -> Y
    for (const ActorMention& a : s.actors) {
      if (a.first > v && a.first < v + 6 && !a.pronoun) return a.canonical;
    }
  }
  // Skip adverbs and a time between the speaker and the verb.
  size_t end = v;
  while (end > 0 && (kSkip.count(t[end - 1].lower) || IsWeekdayOrTime(t[end - 1]))) --end;
  // "X, a foreign ally of the regime, said": X speaks, not the appositive.
  if (end > 1 && t[end - 1].text == ",") {
    size_t c = end - 1;
    while (c > 0 && t[c - 1].text != ",") --c;
    bool appositive = c > 1 && c + 1 < end && (t[c].lower == "a" || t[c].lower == "an" || t[c].lower == "the" ||
                                               t[c].lower == "which" || t[c].lower == "who");
    if (appositive) {
      if (const ActorMention* a = ActorEndingNear(s, c - 1, 1)) {
        if (!a->pronoun && !a->canonical.empty()) return a->canonical;
      }
    }
  }
  if (const ActorMention* a = ActorEndingNear(s, end, 1)) {
    if (a->pronoun) return st.last_claimant;
    if (!a->canonical.empty()) return a->canonical;
  }
  if (end > 0 && (t[end - 1].lower == "he" || t[end - 1].lower == "she")) return st.last_person;
  if (end > 0 && kDefiniteNouns.count(t[end - 1].lower)) {
    if (const ActorMention* a = ActorEndingNear(s, end, 3)) return a->canonical;
    return st.last_claimant;
  }
  size_t first = 0;
  std::string person = PersonBefore(t, end, &first);
  if (!person.empty()) return person;
  if (const ActorMention* a = ActorEndingNear(s, end, 4)) {
    bool comma = false;  // "killing six policemen, officials said": not the speaker
    for (size_t k = a->last + 1; k < end; ++k) comma |= t[k].text == ",";
    if (!a->pronoun && !comma) return a->canonical;
  }
  return "";
}

std::string AccordingTo(const Sentence& s) {
  for (size_t i = 0; i + 2 < s.toks.size(); ++i) {
    if (s.toks[i].lower != "according" || s.toks[i + 1].lower != "to") continue;
    for (const ActorMention& a : s.actors) {
      if (a.first > i + 1 && a.first <= i + 4 && !a.pronoun) return a.canonical;
    }
    size_t first = 0;
    size_t end = i + 2;
    while (end < s.toks.size() && NameToken(s.toks[end])) ++end;
    if (end > i + 3) return PersonBefore(s.toks, end, &first);
  }
  return "";
}

void SetModality(Sentence* s) {
  const std::vector<Token>& t = s->toks;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (kFuture.count(w) && !t[i].capitalized) s->future = true;
    if (w == "may" && !t[i].capitalized) s->future = true;
    if (w == "going" && i + 1 < t.size() && t[i + 1].lower == "to") s->future = true;
    if ((w == "if" || w == "unless") && (i == 0 || t[i - 1].text == "," || !t[i - 1].is_word)) s->hypothetical = true;
    if (w == "denied" || w == "denies" || w == "deny" || w == "dismissed" || w == "rejected") s->denied = true;
  }
}

}  // namespace

bool IsSpeechVerb(const std::string& lower) { return kSpeech.count(lower) > 0; }

std::string PersonBefore(const std::vector<Token>& t, size_t end, size_t* first) {
  if (end == 0) return "";
  size_t e = end;
  if (t[e - 1].text == ",") {  // "NAME, the provincial governor, said" or "ROLE, NAME, told"
    size_t c = e - 1;
    size_t b = c;
    while (b > 0 && t[b - 1].text != "," && t[b - 1].is_word && c - b < 8) --b;
    b = SkipTitles(t, b, c);
    bool all_caps = b < c;
    for (size_t k = b; k < c; ++k) all_caps &= NameToken(t[k]);
    if (all_caps && c - b >= 2) {
      *first = b;
      std::string name;
      for (size_t k = b; k < c; ++k) name += (name.empty() ? "" : " ") + t[k].text;
      return name;
    }
    if (b == 0 || t[b - 1].text != ",") return "";
    e = b - 1;
  }
  size_t b = e;
  while (b > 0 && NameToken(t[b - 1]) && e - b < 5) --b;
  b = SkipTitles(t, b, e);
  if (e < b + 2) return "";
  *first = b;
  std::string name;
  for (size_t k = b; k < e; ++k) name += (name.empty() ? "" : " ") + t[k].text;
  return name;
}

// "Raids by gunmen killed 30 villagers": the agent of an event noun in the
// subject acts.
bool AgentOfEventNoun(const Sentence& s, const ActorMention& a) {
  static const text::WordSet kEventNouns = {"raid", "raids", "attack", "attacks", "assault", "assaults",
                                                    "ambush", "ambushes", "incursion", "incursions", "gunfire",
                                                    "shelling", "fire", "violence", "reprisals"};
  if (a.prep != "by" || !a.armed()) return false;
  for (size_t k = a.first; k-- > 1 && k + 3 > a.first;) {
    if (s.toks[k].lower == "by") return kEventNouns.count(s.toks[k - 1].lower) > 0;
  }
  return false;
}

const ActorMention* SubjectBefore(const Sentence& s, size_t pos, const DocState& st, bool nearest) {
  const ActorMention* found = nullptr;
  for (const ActorMention& a : s.actors) {
    if (a.last >= pos) break;
    if (!a.prep.empty() && a.prep != "than" && !AgentOfEventNoun(s, a)) continue;
    if (a.pronoun) {
      const ActorMention* inner = nullptr;
      for (const ActorMention& b : s.actors) {
        if (b.last < a.first && b.armed() && b.prep.empty() && !b.canonical.empty()) inner = &b;
      }
      const ActorMention* r = inner ? inner : (st.has_last_subject ? &st.last_subject : nullptr);
      if (r) found = r;
      if (!nearest && found) return found;
      continue;
    }
    if (!a.armed() || a.canonical.empty()) continue;
    found = &a;
    if (!nearest) return found;
    // "the regime army and foreign militias": the first conjunct leads.
    // "Turkish troops and allied Syrian rebels": one word may stand between.
    size_t and_at = a.first >= 2 && s.toks[a.first - 1].is_word && s.toks[a.first - 1].lower != "and"
                        ? a.first - 2 : a.first - 1;
    if (a.first >= 2 && s.toks[and_at].lower == "and") {
      for (const ActorMention& b : s.actors) {
        if (b.last + 1 == and_at && b.armed() && !b.canonical.empty() && b.prep.empty()) found = &b;
      }
    }
  }
  return found;
}

void Attribute(const Lexicon& lex, Sentence* s, DocState* st) {
  SetModality(s);
  std::string claimant = AccordingTo(*s);
  for (size_t i = 0; i < s->toks.size() && claimant.empty(); ++i) {
    if (!IsSpeechVerb(s->toks[i].lower)) continue;
    std::string c = ClaimantOf(lex, *s, i, *st);
    if (!c.empty()) {
      claimant = c;
      s->claim_verb = i;
    }
  }
  // A later speech verb names the claimant of the whole sentence ("Citing
  // a source, SANA said ...": the first verb is "Citing").
  if (claimant.empty() && !st->segment_claimant.empty()) claimant = st->segment_claimant;
  s->claimant = claimant;
  if (!s->toks.empty() && s->toks.back().text == ":" && !claimant.empty()) st->carry_claimant = claimant;
}

void UpdateState(const Sentence& s, DocState* st) {
  if (const ActorMention* subj = SubjectBefore(s, s.toks.size(), *st, false)) {
    st->last_subject = *subj;
    st->has_last_subject = true;
  }
  for (const ActorMention& a : s.actors) {
    if (a.type == "government" && !a.canonical.empty()) {
      st->last_government = a.canonical;
      break;
    }
  }
  if (!s.claimant.empty()) {
    st->last_claimant = s.claimant;
    bool person = s.claimant.find(' ') != std::string::npos && s.claimant.find(" of ") == std::string::npos &&
                  s.claimant != "Islamic State";
    if (person) st->last_person = s.claimant;
  }
  for (const PlaceRef& p : s.places) {
    if (p.place.feature.rfind("PCL", 0) == 0 || IsDateline(s, p)) continue;  // no place to inherit
    st->last_place = p;
    bool city = p.place.feature.rfind("PPL", 0) == 0 || p.prep == "city" ||
                (p.first > 0 && (s.toks[p.first - 1].lower == "city" || s.toks[p.first - 1].lower == "of"));
    if (p.last + 1 < s.toks.size() && s.toks[p.last + 1].lower == "city") city = true;
    if (city) {
      st->last_city_ref = p;
      st->has_last_city = true;
    }
  }
}

}  // namespace sitrep::extract
