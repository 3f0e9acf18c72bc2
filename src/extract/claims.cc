// Claim rules.
//
// Distance: a count followed by km/kilometers/kilometres/miles (a figure in
// brackets after a km figure is a conversion and skipped). "within N" sets
// only km_max; a range sets both; "as close as N" and a plain figure set
// both. The subject is the sentence's armed subject before the figure (a
// pronoun or a noun like "the main force" takes the document's last
// subject), or a place named before the figure when no actor is ("The town
// of al-Sukhna about 25 kilometers south of al-Koum"). The reference is the
// place after from/of/south of... ("the city of X": X), "the city" alone
// the document's last city. A claim whose sentence names no time takes the
// day of its claimant's last dated statement (see InheritedTime).
//
// Forecast: a future marker with an arrival verb (arrive, reach, enter) and
// a horizon "in N(-M) hours/days", "within N hours", "within hours".
//
// Statement: a person's name with a government role or organisation, a
// speech verb, and a stance word in the sentence (criticize, deny, threaten,
// praise, support); the target is the first government or state actor after
// the verb other than the speaker's own.
#include "extract/claims.h"

#include <algorithm>
#include <map>

#include "base/hash.h"
#include "extract/attribution.h"
#include "extract/countries.h"
#include "extract/events.h"
#include "text/numbers.h"

namespace sitrep::extract {
namespace {

using text::Token;

bool IsKm(const std::string& w) { return w == "km" || w == "kilometers" || w == "kilometres" || w == "kilometer" || w == "kilometre"; }
bool IsMiles(const std::string& w) { return w == "miles" || w == "mile"; }

Claim NewClaim(const Sentence& s, const DocState& st, const std::string& kind) {
  const Document& doc = *st.doc;
  Claim c;
  c.source = {doc.id, doc.FileName(), doc.source_id, doc.meta.outlet.value, doc.meta.published.value,
              doc.meta.url.value};
  c.kind = kind;
  c.claimed_by = s.claimant;
  c.modality = s.claimant.empty() ? Modality::kReported : Modality::kClaimed;
  c.evidence = s.evidence;
  c.evidence_start = s.start;
  c.evidence_end = s.end;
  return c;
}

// The time of a claim whose sentence names none: the date of its
// claimant's last dated statement ("Samra said on Sunday ... He estimated"),
// else, for a claim someone makes, of a dated statement one or two
// sentences before (reported speech goes on in the same frame), else the
// publication date.
text::TimeExpr InheritedTime(const Sentence& s, const DocState& st) {
  auto it = s.claimant.empty() ? st.speaker_day.end() : st.speaker_day.find(s.claimant);
  if (it != st.speaker_day.end()) return text::TimeExpr{0, 0, it->second, 1};
  if (!s.claimant.empty() && st.claim_sentence - st.statement_sentence <= 2) {
    return text::TimeExpr{0, 0, st.statement_day, 1};
  }
  return text::TimeExpr{0, 0, st.published, 2};
}

// Remembers the day of a dated statement ("X said on Sunday", "On Sunday,
// X declared"): a day-precise time in a sentence with a speech verb.
void NoteStatement(const Sentence& s, DocState* st) {
  ++st->claim_sentence;
  if (s.claim_verb == SIZE_MAX || s.claimant.empty() || s.times.empty()) return;
  text::TimeExpr t = TimeAt(s, s.claim_verb, *st);
  if (t.precision != 1) return;
  st->speaker_day[s.claimant] = t.day;
  st->statement_day = t.day;
  st->statement_sentence = st->claim_sentence;
}

// pos SIZE_MAX: no time in the sentence applies (the publication date).
void Finish(const Sentence& s, const DocState& st, size_t pos, Claim* c, std::vector<Claim>* out) {
  text::TimeExpr t = pos == SIZE_MAX ? text::TimeExpr{0, 0, st.published, 2}
                     : s.times.empty() ? InheritedTime(s, st)
                                       : TimeAt(s, pos, st);
  c->date = text::FormatDay(t.day);
  c->time_precision = t.precision;
  c->id = HexId(Hash64(c->source.document_id + ":" + std::to_string(c->evidence_start) + ":" + c->kind + ":" +
                       std::to_string(pos)));
  out->push_back(std::move(*c));
}

std::string SubjectName(const Sentence& s, size_t pos, const DocState& st) {
  if (const ActorMention* a = SubjectBefore(s, pos, st, true)) return a->canonical;
  return st.has_last_subject ? st.last_subject.canonical : "";
}

// "the city", "the town": a mention the geoparser resolved from context.
bool Generic(const PlaceRef& p) {
  return p.mention && (p.mention->mention.rfind("the ", 0) == 0 || p.mention->mention.rfind("The ", 0) == 0);
}

// The place's name as the text writes it; a generic mention's resolved name.
std::string NameOf(const PlaceRef& p) { return p.mention && !Generic(p) ? p.mention->mention : p.name; }

// "the city of X": the place X is named right after "of".
bool NamedAfterOf(const Sentence& s, size_t k) {
  if (k + 2 >= s.toks.size() || s.toks[k + 1].lower != "of") return false;
  for (const PlaceRef& p : s.places) {
    if (p.first == k + 2) return true;
  }
  return false;
}

// The place measured from: the first place after token `from`, or "the
// city"/"away" (the document's last city), whichever comes first.
bool ReferenceAfter(const Sentence& s, size_t from, const DocState& st, Claim* c) {
  for (size_t k = from + 1; k < s.toks.size() && k <= from + 8; ++k) {
    for (const PlaceRef& p : s.places) {
      if (p.first != k || (Generic(p) && NamedAfterOf(s, p.last))) continue;
      c->reference = NameOf(p);
      c->reference_place = p.place;
      return true;
    }
    const std::string& w = s.toks[k].lower;
    bool city = (w == "city" || w == "town") && k > 0 && s.toks[k - 1].lower == "the" && !NamedAfterOf(s, k);
    if ((city || (w == "away" && k == from + 1)) && st.has_last_city) {
      c->reference = NameOf(st.last_city_ref);
      c->reference_place = st.last_city_ref.place;
      return true;
    }
    if (s.toks[k].text == "," || s.toks[k].text == ";") break;
  }
  return false;
}

// A figure that measures a movement or an extent, not how far something is
// from a place: "advanced up to 7 km", "pushed 5 km deeper", "a 40-km
// front", "a 10 km stretch of the road".
const text::WordSet kMovementVerbs = {"advanced", "advance", "advancing", "advances", "moved",
                                      "pushed", "progressed", "gained", "penetrated", "covered",
                                      "retreated", "withdrew", "pulled", "fell"};
const text::WordSet kExtentNouns = {"front", "frontline", "stretch", "long", "wide", "deep",
                                    "radius", "corridor", "section", "segment", "strip", "zone",
                                    "perimeter", "buffer", "length", "depth", "area"};

bool MeasuresExtent(const std::vector<Token>& t, size_t figure, size_t unit) {
  if (unit + 1 < t.size() && kExtentNouns.count(t[unit + 1].lower)) return true;
  for (size_t k = figure; k > 0 && k + 4 > figure; --k) {
    if (kMovementVerbs.count(t[k - 1].lower)) return true;
  }
  return false;
}

void Distances(const Sentence& s, const DocState& st, std::vector<Claim>* out) {
  const std::vector<Token>& t = s.toks;
  if (std::none_of(t.begin(), t.end(), [](const Token& k) {
        return (k.lower[0] == 'k' || k.lower[0] == 'm') && (IsKm(k.lower) || IsMiles(k.lower));
      })) {
    return;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    std::optional<text::Count> n = text::ParseCount(t, i);
    if (!n || n->vague || n->last + 1 >= t.size()) continue;
    size_t unit = n->last + 1;
    bool km = IsKm(t[unit].lower);
    if (!km && !IsMiles(t[unit].lower)) continue;
    if (i > 0 && t[i - 1].text == "(") continue;  // a conversion in brackets
    Claim c = NewClaim(s, st, "distance");
    double f = km ? 1.0 : 1.609344;
    bool within = (i > 0 && t[i - 1].lower == "within") || n->qualifier == "up to" || n->qualifier == "less than";
    if (!within) c.km_min = n->min * f;
    c.km_max = n->max * f;
    // Subject: an actor before, else a place before, else the last subject.
    const ActorMention* actor = SubjectBefore(s, i, st, true);
    const PlaceRef* place_before = nullptr;
    const PlaceRef* place_before2 = nullptr;
    for (const PlaceRef& p : s.places) {
      if (p.last < i) place_before2 = place_before, place_before = &p;
    }
    // "Mayadin, 45 km to the south": the figure places the place just named.
    bool place_named = place_before && place_before->last + 3 >= i;
    if (place_named || (!actor && place_before)) c.subject = NameOf(*place_before);
    else if (actor) c.subject = actor->canonical;
    else c.subject = SubjectName(s, i, st);
    size_t after = unit;
    if (after + 1 < t.size() && t[after + 1].text == "(") {
      ++after;
      while (after + 1 < t.size() && t[after].text != ")") ++after;
    }
    bool referenced = ReferenceAfter(s, after, st, &c);
    if (!referenced && MeasuresExtent(t, i, unit)) continue;
    if (!referenced) {
      if (place_named && place_before2) {
        c.reference = NameOf(*place_before2);
        c.reference_place = place_before2->place;
      } else if (st.has_last_city) {
        c.reference = NameOf(st.last_city_ref);
        c.reference_place = st.last_city_ref.place;
      }
    }
    if (c.reference == c.subject) continue;
    c.rule = "distance: figure + unit";
    Finish(s, st, i, &c, out);
    i = unit;
  }
}

void Forecasts(const Sentence& s, const DocState& st, std::vector<Claim>* out) {
  if (!s.future) return;
  const std::vector<Token>& t = s.toks;
  size_t verb = SIZE_MAX;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (w == "arrive" || w == "reach" || w == "enter" || w == "capture" || w == "take" || w == "liberate") {
      verb = i;
      break;
    }
  }
  if (verb == SIZE_MAX) return;
  for (size_t i = verb; i + 1 < t.size(); ++i) {
    if (t[i].lower != "in" && t[i].lower != "within") continue;
    Claim c = NewClaim(s, st, "forecast");
    size_t unit = i + 1;
    if (std::optional<text::Count> n = text::ParseCount(t, i + 1)) {
      unit = n->last + 1;
      if (unit >= t.size()) continue;
      double f = t[unit].lower.rfind("day", 0) == 0 ? 24 : t[unit].lower.rfind("hour", 0) == 0 ? 1 : 0;
      if (f == 0) continue;
      if (t[i].lower == "in") c.hours_min = n->min * f;
      c.hours_max = n->max * f;
    } else if (t[unit].lower != "hours" && t[unit].lower != "days") {
      continue;
    }
    c.subject = SubjectName(s, verb, st);
    if (!ReferenceAfter(s, verb, st, &c) && st.has_last_city) {
      c.reference = NameOf(st.last_city_ref);
      c.reference_place = st.last_city_ref.place;
    }
    c.modality = Modality::kForecast;
    c.rule = "forecast: future + arrival verb + horizon";
    Finish(s, st, verb, &c, out);
    return;
  }
}

std::string StanceOf(const std::vector<Token>& t) {
  static const std::map<std::string, std::string> kStance = {
      {"condemn", "criticize"},  {"condemned", "criticize"}, {"condemns", "criticize"},
      {"criticized", "criticize"}, {"criticised", "criticize"}, {"denounced", "criticize"},
      {"denounces", "criticize"}, {"accused", "criticize"},  {"challenged", "criticize"},
      {"tarnish", "criticize"},  {"slammed", "criticize"},   {"blamed", "criticize"},
      {"rebuff", "criticize"},   {"illogical", "criticize"}, {"decried", "criticize"},
      {"denied", "deny"},        {"denies", "deny"},         {"rejected", "deny"},
      {"threatened", "threaten"}, {"warned", "threaten"},    {"threatens", "threaten"},
      {"praised", "praise"},     {"hailed", "praise"},       {"welcomed", "praise"},
      {"commended", "praise"},   {"supported", "support"},   {"endorsed", "support"}};
  for (const Token& tok : t) {
    auto it = kStance.find(tok.lower);
    if (it != kStance.end()) return it->second;
  }
  return "";
}

// "Iranian Foreign Ministry spokesman NAME", "Defense Minister NAME": the
// speaker's government from a country word in this or the last sentence.
std::string SpeakerOrg(const Lexicon& lex, const Sentence& s, size_t name_first, const DocState& st) {
  for (size_t k = name_first; k-- > 0 && k + 6 > name_first;) {
    if (const Country* c = CountryByWord(s.toks[k].lower)) return CountryActor(lex, c->iso2, "Government").canonical;
  }
  for (const ActorMention& a : s.actors) {
    if (a.last < name_first && a.type == "government") return a.canonical;
  }
  if (!st.last_government.empty()) return st.last_government;
  return st.last_person_org;
}

void Statements(const Lexicon& lex, const Sentence& s, DocState* st, std::vector<Claim>* out) {
  const std::vector<Token>& t = s.toks;
  for (size_t v = 0; v < t.size(); ++v) {
    if (!IsSpeechVerb(t[v].lower) && t[v].lower != "challenged" && t[v].lower != "condemned" &&
        t[v].lower != "criticized" && t[v].lower != "denounced") {
      continue;
    }
    size_t first = 0;
    std::string person = PersonBefore(t, v, &first);
    if (person.empty()) continue;
    bool actor_name = false;
    for (const ActorMention& a : s.actors) actor_name |= a.last >= first && a.first < v;
    if (actor_name) continue;
    std::string stance = StanceOf(t);
    if (stance.empty()) return;
    Claim c = NewClaim(s, *st, "statement");
    c.speaker = person;
    c.speaker_org = SpeakerOrg(lex, s, first, *st);
    for (size_t k = v + 1; k < t.size() && c.target.empty(); ++k) {
      if (const Country* cc = CountryByWord(t[k].lower)) {
        if ((cc->iso2 == "US" && t[k].text != "US" && t[k].text != "U.S." && !t[k].capitalized) || !t[k].capitalized) continue;
        std::string g = CountryActor(lex, cc->iso2, "Government").canonical;
        if (g != c.speaker_org) c.target = g;
      }
    }
    if (c.target.empty()) {
      for (const ActorMention& a : s.actors) {
        if (a.first > v && (a.type == "government" || a.type == "state") && a.canonical != c.speaker_org) {
          c.target = a.canonical;
          break;
        }
      }
    }
    c.stance = stance;
    for (size_t q = 0; q < t.size(); ++q) {
      if (t[q].text != "\xE2\x80\x9C" && t[q].text != "\"") continue;
      size_t e = q + 1;
      while (e < t.size() && t[e].text != "\xE2\x80\x9D" && t[e].text != "\"") ++e;
      if (e < t.size() && e > q + 1) c.quote = s.Words(q + 1, e - 1);
      break;
    }
    c.claimed_by = person;
    c.modality = Modality::kClaimed;
    c.rule = "statement: person + speech verb + stance";
    if (!c.speaker_org.empty()) st->last_person_org = c.speaker_org;
    text::TimeExpr when = TimeAt(s, v, *st);
    bool adjacent = when.first <= v + 3 && when.last + 3 >= v;
    Finish(s, *st, adjacent ? v : SIZE_MAX, &c, out);
    return;
  }
}

}  // namespace

void ExtractClaims(const Lexicon& lex, const Sentence& s, DocState* st, std::vector<Claim>* out) {
  if (!st->has_published) return;
  NoteStatement(s, st);
  Distances(s, *st, out);
  Forecasts(s, *st, out);
  Statements(lex, s, st, out);
}

}  // namespace sitrep::extract
