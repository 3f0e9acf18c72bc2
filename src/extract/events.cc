// Events from trigger hits. For each hit: the sub-event type (@territory by
// actor1's type), actor2 (the hit's, else the document's main opponent of
// actor1: the most mentioned armed actor that is neither actor1 nor its
// ally), the location (event_places.h), the time (nearest time expression; background facts more
// than four weeks before publication yield no event), fatalities, claimant
// and modality. Then two merges: within the sentence, one event per
// (type, actor1, place), a region absorbed by a place inside it, and an
// armed clash absorbed by a territory event of the same actor; across
// sentences, a follow-up that repeats the previous sentence's event
// ("Russian warplanes made 80 sorties. The airstrikes destroyed ...") only
// adds its fatalities.
#include "extract/event_places.h"
#include "extract/events.h"

#include <algorithm>
#include <set>

#include "base/hash.h"
#include "extract/actors.h"
#include "extract/attribution.h"
#include "extract/conventions.h"
#include "extract/guards.h"
#include "extract/roles.h"
#include "extract/triggers.h"

namespace sitrep::extract {
namespace {

using text::Token;

constexpr int kBackgroundDays = 28;

const text::WordSet kDeath = {"killed", "dead", "died", "executed", "killing", "deaths", "losses",
                                      "slain", "massacred", "kills", "killings", "casualties", "beheaded"};
const text::WordSet kVictimNouns = {"men", "fighters", "militants", "civilians", "people", "soldiers",
                                            "terrorists", "members", "troops", "women", "children", "persons",
                                            "jihadists", "insurgents", "rebels", "policemen", "officers"};

std::string Opponent(const std::string& actor1, const Lexicon& lex, const DocState& st) {
  int a = lex.FindCanonical(actor1);
  std::string best;
  int n = 0;
  for (const auto& [name, count] : st.mentions) {
    if (name == actor1 || count <= n) continue;
    if (lex.AreAllies(a, lex.FindCanonical(name))) continue;
    auto type = st.actor_type.find(name);
    if (type != st.actor_type.end() && type->second == "civilians") continue;
    // Two state forces of one country are one side.
    best = name;
    n = count;
  }
  return best;
}

constexpr const char* kToldBefore = "told before";

bool TaggedTold(const Event& e) { return std::find(e.tags.begin(), e.tags.end(), kToldBefore) != e.tags.end(); }

bool IsRegion(const Event& e) {
  return e.place.feature.rfind("ADM", 0) == 0 || e.place.feature == "PCLI" ||
         (e.place.geonameid == 0 && !e.place.resolved && e.location == e.place.admin1 && !e.location.empty());
}

// True when b repeats a (same type, actor1 and place, or one place holds the other).
bool SameEvent(const Event& a, const Event& b) {
  if (a.sub_event_type != b.sub_event_type || a.actor1 != b.actor1) return false;
  if (a.location.empty() || b.location.empty() || a.location == b.location) return true;
  if (IsRegion(a) && a.place.admin1 == b.place.admin1 && !a.place.admin1.empty()) return true;
  if (IsRegion(b) && a.place.admin1 == b.place.admin1 && !b.place.admin1.empty()) return true;
  return false;
}

void AddFatalities(const text::Count& c, bool claimed, Event* e) {
  if (e->fatalities) return;
  e->fatalities = static_cast<int>(c.min);
  e->fatalities_qualifier = c.qualifier;
  e->fatalities_claimed = claimed;
}

// True when someone the outlet quotes tells the event, known party or
// not: "..., medics said", "according to a local official", "Villagers
// said bandits abducted ...", "Soldiers were accused of ...". Not "was
// confirmed" nor "claimed responsibility" (the perpetrator's own claim is
// coded as reported, like ACLED).
bool Attributed(const Sentence& s, size_t trigger) {
  const std::vector<Token>& t = s.toks;
  static const text::WordSet kBefore = {"said", "says", "say", "told", "reported", "reports", "alleged",
                                        "accused", "claimed", "claims", "allege"};
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (w == "according" && i + 1 < t.size() && t[i + 1].lower == "to") return true;
    if (i == trigger || !IsSpeechVerb(w)) continue;
    if (i + 1 < t.size() && t[i + 1].lower == "responsibility") continue;
    bool passive = i > 0 && (t[i - 1].lower == "was" || t[i - 1].lower == "were");
    if (i > trigger) {  // "..., the regional governor said"
      for (size_t k = i; k-- > 0 && k + 8 > i && k > trigger;) {
        if (t[k].text == ",") return !passive || w != "confirmed";
      }
    } else if (kBefore.count(w) && (!passive || w == "accused" || w == "alleged")) {
      return true;  // "Residents told reporters that ...", "were accused of"
    }
  }
  return false;
}

bool Violent(const Event& e) { return e.event_type != "Strategic developments" && e.event_type != "Protests"; }

// ACLED: a government regains its own territory; a state force of another
// country that takes ground (Russian forces capturing a Ukrainian town) is
// coded as a non-state actor overtaking territory.
bool ForeignState(const Lexicon& lex, const Event& e, const DocState& st) {
  if (e.sub_event_type != "Government regains territory") return false;
  int a = lex.FindCanonical(e.actor1);
  if (a < 0) return false;
  const std::string& mine = lex.actors()[a].country;
  // Both the place (resolved, not a country named as a whole) and the
  // document's country lie elsewhere: a place resolved to the wrong
  // country alone does not make the army foreign.
  bool place = e.place.resolved && !e.place.country_code.empty() && e.place.feature.rfind("PCL", 0) != 0;
  if (mine.empty() || !place) return false;
  return e.place.country_code != mine && st.home_country != mine;
}

Event Build(const Lexicon& lex, const Sentence& s, const TriggerHit& h, const DocState& st) {
  const TriggerRule& r = lex.rules()[h.rule];
  const Document& doc = *st.doc;
  Event e;
  e.source = {doc.id, doc.FileName(), doc.source_id, doc.meta.outlet.value, doc.meta.published.value,
              doc.meta.url.value};
  e.event_type = r.event_type;
  bool territory = r.sub_event_type == "@territory";
  e.sub_event_type = !territory ? r.sub_event_type
                     : h.actor1_type == "state" ? "Government regains territory"
                                                : "Non-state actor overtakes territory";
  e.actor1 = h.actor1;
  e.actor2 = h.actor2;
  bool want_actor2 = r.event_type != "Strategic developments" && r.event_type != "Protests";
  bool violent = r.event_type == "Explosions/Remote violence" || r.event_type == "Violence against civilians" ||
                 r.event_type == "Riots";
  bool hurts_civilians = CiviliansHurt(s);
  // A clash, a fight or a gun battle has two armed sides, whoever it kills.
  bool two_sided = r.lemma.rfind("clash", 0) == 0 || r.lemma.rfind("fight", 0) == 0 ||
                   r.lemma.find("battle") != std::string::npos || r.lemma.find("gunfight") != std::string::npos ||
                   r.lemma.find("exchange fire") != std::string::npos;
  if (e.actor2.empty() && (violent || r.event_type == "Battles") && hurts_civilians && !two_sided &&
      !(r.event_type == "Battles" && ArmedTargetAfter(s, h.last))) {
    e.actor2 = "Civilians";
  }
  if (e.actor2.empty() && want_actor2) e.actor2 = Opponent(e.actor1, lex, st);
  if (e.actor2.empty() && r.sub_event_type == "Arrests" && PeopleAfter(s, h.last)) e.actor2 = "Civilians";
  Reclassify(lex, s, &e);
  // Gas dropped on a town with no armed target named falls on the people there.
  if (e.sub_event_type == "Chemical weapon" && e.actor2.empty()) e.actor2 = "Civilians";
  if (auto p = ChoosePlace(s, h, territory, st)) SetPlace(*p, &e);
  InterceptedStrike(lex, s, &e);
  if (territory && ForeignState(lex, e, st)) {
    e.sub_event_type = "Non-state actor overtakes territory";
    // Unless another holder is named, the ground was the home army's.
    if (e.actor2.empty()) e.actor2 = CountryActor(lex, e.place.country_code, "Military Forces").canonical;
  }
  // Generic police ("a police station", "officers") are the police of the
  // country the event happens in.
  std::string country = !e.place.country_code.empty() ? e.place.country_code : st.home_country;
  for (std::string* a : {&e.actor1, &e.actor2}) {
    if (*a == "Police Forces" && !country.empty()) *a = CountryActor(lex, country, "Police Forces").canonical;
  }
  if (e.actor2 == e.actor1) e.actor2.clear();  // "police ... officers": one party named twice
  text::TimeExpr t = TimeAt(s, h.first, st);
  e.date = text::FormatDay(t.day);
  e.time_precision = t.precision;
  if (!st.has_published && s.times.empty()) {  // no date at all: coded, date unknown
    e.date.clear();
    e.time_precision = 0;
  }
  e.claimed_by = !h.claimant.empty() ? h.claimant : s.claimant;
  // "residents said", "activists said": witnesses, not a party that claims.
  int by = lex.FindCanonical(e.claimed_by);
  const std::string by_type = by >= 0 ? lex.actors()[by].type : "";
  if (by_type == "civilians" || by_type == "protesters" || by_type == "rioters") e.claimed_by.clear();
  e.modality = e.claimed_by.empty() && s.claimant.empty() && !Attributed(s, h.first) ? Modality::kReported
                                                                                     : Modality::kClaimed;
  e.evidence = s.evidence;
  e.evidence_start = s.start;
  e.evidence_end = s.end;
  static const char* kVoice[] = {"active", "passive", "nominal"};
  e.rule = r.where + " '" + r.lemma + "' " + kVoice[static_cast<int>(h.voice)];
  if (!r.tag.empty()) e.tags.push_back(r.tag);
  return e;
}

}  // namespace

void DropRegionRepeats(size_t first, std::vector<Event>* events) {
  std::vector<Event> kept;
  for (size_t i = first; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    bool absorbed = false;
    if (IsRegion(e) && !e.place.admin1.empty()) {
      for (size_t j = first; j < events->size() && !absorbed; ++j) {
        const Event& f = (*events)[j];
        absorbed = j != i && !IsRegion(f) && f.sub_event_type == e.sub_event_type && f.actor1 == e.actor1 &&
                   f.place.admin1 == e.place.admin1;
      }
    }
    if (!absorbed && !TaggedTold(e)) kept.push_back(e);
  }
  events->resize(first);
  for (Event& e : kept) events->push_back(std::move(e));
}

text::TimeExpr TimeAt(const Sentence& s, size_t pos, const DocState& st) {
  const text::TimeExpr* best = nullptr;
  size_t best_d = SIZE_MAX;
  for (const text::TimeExpr& t : s.times) {
    size_t d = t.first > pos ? t.first - pos : pos - t.last;
    if (d < best_d) best = &t, best_d = d;
  }
  if (best) return *best;
  bool follows = st.last_event_time && st.last_events_sentence == st.sentence_index;
  if (follows) return *st.last_event_time;
  text::TimeExpr e;
  e.day = st.published;
  e.precision = 2;
  return e;
}

std::optional<text::Count> FindFatalities(const Sentence& s) {
  const std::vector<Token>& t = s.toks;
  bool death = false;
  for (const Token& tok : t) death |= kDeath.count(tok.lower) > 0;
  if (!death) return std::nullopt;
  for (size_t i = 0; i < t.size(); ++i) {
    std::optional<text::Count> c = text::ParseCount(t, i);
    if (!c) continue;
    for (size_t k = c->last + 1; k < t.size() && k <= c->last + 4; ++k) {
      if (kVictimNouns.count(t[k].lower)) return c;
      if (!t[k].is_word) break;
    }
    i = c->last;
  }
  return std::nullopt;
}

void ExtractEvents(const Lexicon& lex, const Sentence& s, DocState* st, std::vector<Event>* out) {
  std::vector<TriggerHit> hits = MatchTriggers(lex, s, *st);
  std::vector<Event> found;
  for (const TriggerHit& h : hits) {
    Event e = Build(lex, s, h, *st);
    // "the attack", "the bombings": an event told before takes part in the
    // merges below (what it absorbs stays absorbed) but is not told again.
    const std::string& type = lex.rules()[h.rule].event_type;
    bool noun = h.voice == Voice::kNominal || s.toks[h.first].lower.ends_with("ing");  // "days of street fighting"
    if (noun && Coreferent(s, h.first, h.last, type, *st)) e.tags.push_back(kToldBefore);
    std::optional<text::Day> day = text::ParseIsoDay(e.date);
    // The period's last day counts: "last month" may be three weeks ago.
    int64_t latest = day ? text::ToDays(*day) + (e.time_precision == 3 ? 15 : e.time_precision == 2 ? 6 : 0) : 0;
    if (st->has_published && day && latest < text::ToDays(st->published) - kBackgroundDays) continue;
    bool merged = false;
    for (Event& f : found) {
      // One sentence, one event per (type, actor1, province): "clearing the
      // last pocket in eastern Hama, with the capture of Uqayribat".
      bool same_province = f.sub_event_type == e.sub_event_type && f.actor1 == e.actor1 &&
                           !f.place.admin1.empty() && f.place.admin1 == e.place.admin1;
      if (!SameEvent(f, e) && !same_province) continue;
      bool finer = !e.location.empty() &&
                   (f.location.empty() || (IsRegion(f) && !IsRegion(e)) ||
                    (same_province && e.place.population < f.place.population));
      bool told = TaggedTold(f) && TaggedTold(e);
      if (finer) f = e;
      if (!told) std::erase(f.tags, std::string(kToldBefore));
      merged = true;
      break;
    }
    if (!merged) found.push_back(std::move(e));
  }
  AddCoordinatedPlaces(s, &found);
  EscalateProtests(s, &found);
  // A territory event absorbs an armed clash of the same actor1; an event
  // with a named actor absorbs one whose actor is only presumed ("the
  // killing of four children in a Russian missile strike"); disarming a
  // bomb absorbs the bomb.
  bool named = false, disrupted = false;
  std::set<std::string> blast_targets;  // actor2 of explosions: their "killing" is the blast's toll
  std::set<std::string> blasters;       // actor1 of explosions: "struck X, killing 120" is one event
  for (const Event& f : found) {
    disrupted |= f.sub_event_type == "Disrupted weapons use";
    if (f.event_type == "Explosions/Remote violence") {
      blasters.insert(f.actor1);
      blast_targets.insert(f.actor2);
      blast_targets.insert("Unidentified Armed Group");
    }
  }
  // "A roadside bomb struck an army patrol, killing two soldiers": the
  // patrol's "killing" is the blast's toll, so it names no perpetrator.
  for (const Event& f : found) {
    bool toll = (f.sub_event_type == "Armed clash" || f.sub_event_type == "Attack") && blast_targets.count(f.actor1);
    named |= f.actor1 != "Unidentified Armed Group" && !toll;
  }
  std::vector<Event> kept;
  for (const Event& e : found) {
    bool absorbed = (named && e.actor1 == "Unidentified Armed Group" && found.size() > 1) ||
                    (disrupted && e.event_type == "Explosions/Remote violence") ||
                    ((e.sub_event_type == "Armed clash" || e.sub_event_type == "Attack") &&
                     (blast_targets.count(e.actor1) > 0 ||
                      (blasters.count(e.actor1) > 0 && e.rule.find("'kill'") != std::string::npos)));
    // "kidnapped and killed two aid workers": the killing is the event (ACLED).
    if (e.sub_event_type == "Abduction/forced disappearance") {
      for (const Event& f : found) absorbed |= f.sub_event_type == "Attack" && f.actor1 == e.actor1;
    }
    if (e.sub_event_type == "Armed clash") {
      for (const Event& f : found) {
        bool taken = (f.event_type == "Battles" && f.sub_event_type != "Armed clash") ||
                     f.sub_event_type == "Non-violent transfer of territory";
        absorbed |= taken && f.actor1 == e.actor1;
      }
    }
    if (!absorbed && !TaggedTold(e)) kept.push_back(e);
  }
  std::optional<text::Count> dead = FindFatalities(s);
  if (s.future || s.hypothetical || s.denied) dead.reset();
  ++st->sentence_index;
  bool recent = st->sentence_index - st->last_events_sentence <= 2;
  std::vector<size_t> now;
  for (Event& e : kept) {
    bool repeat = false;
    for (size_t idx : st->last_events) {
      if (!recent || idx >= out->size()) continue;
      Event& old = (*out)[idx];
      if (EscalateAcross(e, &old)) {  // one demonstration told over sentences
        repeat = true;
        continue;
      }
      if (old.event_type != e.event_type || !SameEvent(old, e) || old.evidence_start == e.evidence_start) continue;
      if (IsRegion(old) && !IsRegion(e) && !e.location.empty()) {  // the follow-up names the place
        std::optional<int> f = old.fatalities;
        std::string q = old.fatalities_qualifier;
        std::string id = old.id;
        old = e;
        old.id = id;
        if (f && !old.fatalities) old.fatalities = f, old.fatalities_qualifier = q;
      }
      if (dead && Violent(old)) AddFatalities(*dead, !s.claimant.empty(), &old);
      repeat = true;
      st->last_events_sentence = st->sentence_index;
    }
    if (repeat) continue;
    if (dead && Violent(e)) AddFatalities(*dead, !s.claimant.empty(), &e);
    std::string key = e.source.document_id + ":" + std::to_string(e.evidence_start) + "-" +
                      std::to_string(e.evidence_end) + ":" + e.sub_event_type;
    for (size_t idx : now) {
      if ((*out)[idx].sub_event_type == e.sub_event_type) key += ":" + e.location;
    }
    e.id = HexId(Hash64(key));
    now.push_back(out->size());
    st->told_types.insert(e.event_type);
    out->push_back(std::move(e));
  }
  if (!now.empty()) {
    st->last_events = now;
    st->last_events_sentence = st->sentence_index;
    st->last_event_time.reset();
    const Event& first = (*out)[now.front()];
    std::optional<text::Day> day = text::ParseIsoDay(first.date);
    if (!s.times.empty() && day) st->last_event_time = text::TimeExpr{0, 0, *day, first.time_precision};
  } else if (dead && recent) {
    for (size_t idx : st->last_events) {
      if (idx < out->size() && Violent((*out)[idx])) AddFatalities(*dead, !s.claimant.empty(), &(*out)[idx]);
    }
  }
  if (now.empty() && recent) ClaimedAttack(s, st->last_events, out);
}

}  // namespace sitrep::extract
