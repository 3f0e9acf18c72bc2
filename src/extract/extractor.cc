// Extract(): splits every event-source segment into sentences, finds actors,
// places and time expressions in each, then runs attribution, the event
// rules and the claim rules sentence by sentence, carrying the last subject,
// claimant and place from one sentence to the next (see sentence.h).
//
// A first pass over all sentences counts armed actors and place countries:
// the document's home country (for "the army") is the country of most
// place mentions, else of the most mentioned state actor.
#include "extract/extractor.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "extract/attribution.h"
#include "extract/claims.h"
#include "extract/countries.h"
#include "extract/event_places.h"
#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/scope.h"
#include "extract/sentence.h"
#include "text/tokenizer.h"
#include "text/word_set.h"

namespace sitrep::extract {
namespace {

// Places of the sentence, in token order.
void AttachPlaces(const std::vector<PlaceMention>& mentions, Sentence* s) {
  for (const PlaceMention& m : mentions) {
    if (m.start < s->start || m.end > s->end || m.start >= m.end) continue;
    PlaceRef r;
    r.mention = &m;
    r.place = m.place;
    r.name = m.place.resolved && !m.place.name.empty() ? m.place.name : m.mention;
    r.first = SIZE_MAX;
    for (size_t i = 0; i < s->toks.size(); ++i) {
      if (s->toks[i].end <= m.start || s->toks[i].start >= m.end) continue;
      if (r.first == SIZE_MAX) r.first = i;
      r.last = i;
    }
    if (r.first == SIZE_MAX) continue;
    if (r.first > 0) {
      size_t p = r.first - 1;
      while (p > 0 && (s->toks[p].lower == "the" || s->toks[p].lower == "city" || s->toks[p].lower == "town" ||
                       s->toks[p].lower == "of" || s->toks[p].lower == "village" ||
                       s->toks[p].lower == "eastern" || s->toks[p].lower == "western" ||
                       s->toks[p].lower == "northern" || s->toks[p].lower == "southern")) {
        if (s->toks[p].lower == "of" && p >= 2 && (s->toks[p - 1].lower == "town" || s->toks[p - 1].lower == "city" ||
                                                    s->toks[p - 1].lower == "village")) {
          --p;
          continue;
        }
        if (s->toks[p].lower == "of") break;
        --p;
      }
      r.prep = s->toks[p].lower;
    }
    s->places.push_back(std::move(r));
  }
  std::sort(s->places.begin(), s->places.end(), [](const PlaceRef& a, const PlaceRef& b) { return a.first < b.first; });
}

// "Riot police" is an actor, not the town of Re'ut: a place that starts an
// actor's name and ends inside it is part of the name; so is a place
// inside the name of an actor of another country ("Ansar al-Sunna" is no
// town), not the country an actor's name ends with ("the government of Mali").
void DropPlacesInActors(Sentence* s) {
  auto inside = [s](const PlaceRef& p) {
    for (const ActorMention& a : s->actors) {
      if (a.pronoun || p.first < a.first || p.last > a.last) continue;
      if (p.first == a.first && p.last < a.last) return true;
      if (a.country != p.place.country_code) return true;
    }
    return false;
  };
  s->places.erase(std::remove_if(s->places.begin(), s->places.end(), inside), s->places.end());
}

int QuoteMarks(const std::vector<text::Token>& toks) {
  int n = 0;
  for (const text::Token& t : toks) {
    if (t.text == "\"" || t.text == "\xE2\x80\x9C" || t.text == "\xE2\x80\x9D") ++n;
  }
  return n;
}

std::vector<Sentence> BuildSentences(const Lexicon& lex, const Document& doc,
                                     const std::vector<PlaceMention>& mentions) {
  std::vector<Sentence> out;
  for (const Segment& seg : doc.segments) {
    if (!IsEventSource(seg.label)) continue;
    bool open_quote = false;
    std::vector<text::Token> seg_toks = text::Tokenize(seg.text);
    for (const text::SentenceSpan& span : text::SplitSentences(seg.text, seg_toks)) {
      Sentence s;
      s.segment = &seg;
      s.start = seg.OriginalOffset(span.start);
      s.end = span.end > span.start ? seg.OriginalOffset(span.end - 1) + 1 : s.start;
      if (s.end > doc.content.size() || s.end <= s.start) continue;
      // A multi-byte character's last byte maps to the byte after its start.
      while (s.end < doc.content.size() && (static_cast<unsigned char>(doc.content[s.end]) & 0xC0) == 0x80) ++s.end;
      s.evidence = seg.text.substr(span.start, span.end - span.start);
      s.toks.assign(std::make_move_iterator(seg_toks.begin() + span.first_token),
                    std::make_move_iterator(seg_toks.begin() + span.end_token));
      s.tok_at.reserve(s.toks.size());
      for (text::Token& t : s.toks) {
        s.tok_at.push_back(t.start - span.start);
        size_t a = seg.OriginalOffset(t.start);
        size_t b = t.end > t.start ? seg.OriginalOffset(t.end - 1) + 1 : a;
        t.start = a;
        t.end = b;
      }
      s.in_quote = open_quote || (!s.toks.empty() && text::IsQuoteMark(s.toks[0].text));
      if (QuoteMarks(s.toks) % 2 == 1) open_quote = !open_quote;
      s.actors = FindActors(lex, s.toks, 0, s.toks.size());
      AttachPlaces(mentions, &s);
      DropPlacesInActors(&s);
      out.push_back(std::move(s));
    }
  }
  return out;
}

// True for a mention that only says who speaks ("police said", "according
// to police"): a claimant is not a party to the events.
bool Claimant(const Sentence& s, const ActorMention& a) {
  if (a.last + 1 < s.toks.size() && IsSpeechVerb(s.toks[a.last + 1].lower)) return true;
  return a.first >= 2 && s.toks[a.first - 2].lower == "according" && s.toks[a.first - 1].lower == "to";
}

// Home country and actor counts (the first pass).
void Survey(const std::vector<PlaceMention>& mentions, std::vector<Sentence>* sentences, DocState* st) {
  std::map<std::string, int> countries, local_countries, state_countries, any_countries, media_countries;
  bool lone_country_named = false;  // a place is a country itself ("in Mali")
  for (const Sentence& s : *sentences) {
    for (const PlaceRef& p : s.places) {
      if (!p.place.country_code.empty()) ++countries[p.place.country_code];
      lone_country_named |= p.place.feature.rfind("PCL", 0) == 0;
    }
    for (const ActorMention& a : s.actors) {
      if (!a.pronoun && !a.country.empty()) ++(a.type == "media" ? media_countries : any_countries)[a.country];
      if (a.pronoun || a.home_army || !a.armed() || a.canonical.empty() || Claimant(s, a)) continue;
      ++st->mentions[a.canonical];
      st->actor_type[a.canonical] = a.type;
      if (!a.country.empty()) ++(a.type == "state" ? state_countries : local_countries)[a.country];
    }
  }
  auto best = [](const std::map<std::string, int>& m) {
    std::string key;
    int n = 0;
    for (const auto& [k, v] : m) {
      if (v > n) key = k, n = v;
    }
    return key;
  };
  st->country_votes = countries;
  for (const auto& [iso2, n] : any_countries) st->country_votes[iso2] += n;
  st->home_country = best(countries);
  // Lone towns (no country named twice) are more often geocoding slips
  // than the story's country when the named rebels, militias or media are
  // of another one.
  std::string local = best(local_countries).empty() ? best(media_countries) : best(local_countries);
  bool lone = std::all_of(countries.begin(), countries.end(), [](const auto& c) { return c.second == 1; });
  if (!countries.empty() && lone && !lone_country_named && !local.empty()) {
    st->home_country = local;
  }
  // With no place: rebels and militias fight at home ("the Houthis", "the
  // Taliban"), while armies also fight abroad ("Russian warplanes").
  if (st->home_country.empty()) st->home_country = best(local_countries);
  if (st->home_country.empty()) st->home_country = best(state_countries);
  if (st->home_country.empty()) st->home_country = best(any_countries);
  if (st->home_country.empty()) st->home_country = best(media_countries);  // the outlet's country, last
}

// The country whose army or police "the troops", "soldiers", "police" of
// sentence `s` are: that of the first place the sentence puts an event in
// ("near Djibo", "in central Mali") when it is the country itself or the
// document names that country at least twice (a lone town in another
// country is more often a geocoding slip than a border crossing), else the
// home country.
std::string SentenceCountry(const Sentence& s, const DocState& st) {
  static const text::WordSet kAt = {"in", "near", "at", "outside", "around", "across"};
  for (const PlaceRef& p : s.places) {
    const std::string& c = p.place.country_code;
    bool at = kAt.count(p.prep) || (p.first >= 2 && kAt.count(s.toks[p.first - 2].lower));  // "in central Mali"
    if (c.empty() || !at || IsDateline(s, p)) continue;
    bool named = p.place.feature.rfind("PCL", 0) == 0;  // the country itself: no slip
    auto votes = st.country_votes.find(c);
    return named || (votes != st.country_votes.end() && votes->second >= 2) ? c : st.home_country;
  }
  return st.home_country;
}

// "No group has claimed the attack", "no one claimed responsibility": the
// story says its attackers are unknown.
bool UnclaimedStory(const std::vector<Sentence>& sentences) {
  for (const Sentence& s : sentences) {
    for (size_t i = 0; i + 2 < s.toks.size(); ++i) {
      if (s.toks[i].lower != "no" || (s.toks[i + 1].lower != "group" && s.toks[i + 1].lower != "one")) continue;
      for (size_t k = i + 2; k < s.toks.size() && k <= i + 4; ++k) {
        if (s.toks[k].lower.rfind("claim", 0) == 0) return true;
      }
    }
  }
  return false;
}

// "the militants", "the jihadists": a definite generic group is the
// document's most mentioned non-state armed actor, when there is one and
// it is named before.
void ResolveDefiniteGroups(std::vector<Sentence>* sentences, DocState* st) {
  std::string main;
  int n = 0;
  for (const auto& [name, count] : st->mentions) {
    auto type = st->actor_type.find(name);
    bool nonstate = type != st->actor_type.end() && type->second != "state" && type->second != "civilians" &&
                    type->second != "protesters" && type->second != "rioters" && name.rfind("Unidentified", 0) != 0;
    if (nonstate && count > n) main = name, n = count;
  }
  if (main.empty() || UnclaimedStory(*sentences)) return;
  // The group must be named before: "the attackers" point back, not at a
  // group the story names later ("No group has claimed it, but JNIM ...").
  bool named = false;
  for (Sentence& s : *sentences) {
    for (ActorMention& a : s.actors) {
      named |= a.canonical == main;
      if (!named || a.canonical != "Unidentified Armed Group" || a.first == 0 || s.toks[a.first - 1].lower != "the") {
        continue;
      }
      a.canonical = main;
      a.type = st->actor_type.at(main);
      // The opponent rules count it as the group, no longer as unidentified.
      if (--st->mentions["Unidentified Armed Group"] <= 0) st->mentions.erase("Unidentified Armed Group");
      ++st->mentions[main];
    }
  }
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Lexicon> lexicon, std::unique_ptr<ScopeFilter> scope)
    : lexicon_(std::move(lexicon)), scope_(std::move(scope)) {}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Create(const std::string& data_dir) {
  ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lex, Lexicon::Load(data_dir));
  ASSIGN_OR_RETURN(std::unique_ptr<ScopeFilter> scope, ScopeFilter::Load(data_dir));
  return std::unique_ptr<Extractor>(new Extractor(std::move(lex), std::move(scope)));
}

void Extractor::Extract(const Document& doc, const std::vector<PlaceMention>& mentions,
                        std::vector<Event>* events, std::vector<Claim>* claims,
                        std::vector<ScopedOut>* out_of_scope) const {
  DocState st;
  st.doc = &doc;
  if (auto day = text::ParseIsoDay(doc.meta.published.value)) {
    st.published = *day;
    st.has_published = true;
  }
  std::vector<Sentence> sentences = BuildSentences(*lexicon_, doc, mentions);
  // "The Houthis said their drones ...": a generic force owned by "their"
  // or "its" belongs to the last party named before it.
  for (Sentence& s : sentences) {
    for (size_t i = 0; i < s.actors.size(); ++i) {
      ActorMention& a = s.actors[i];
      bool owned = a.first > 0 && (s.toks[a.first - 1].lower == "their" || s.toks[a.first - 1].lower == "its");
      // "Militants from Islamic State", "fighters of the CPC": the group
      // named after "from"/"of".
      size_t group_at = a.last + 2 < s.toks.size() && s.toks[a.last + 2].lower == "the" ? a.last + 3 : a.last + 2;
      if (a.canonical.rfind("Unidentified", 0) == 0 && i + 1 < s.actors.size() &&
          s.actors[i + 1].first == group_at && (s.actors[i + 1].prep == "from" || s.actors[i + 1].prep == "of") &&
          s.actors[i + 1].armed() && !s.actors[i + 1].canonical.empty()) {
        a.canonical = s.actors[i + 1].canonical;
        a.type = s.actors[i + 1].type;
        a.country = s.actors[i + 1].country;
        continue;
      }
      if (!a.owned && (!owned || a.canonical.rfind("Unidentified", 0) != 0)) continue;
      for (size_t j = i; j-- > 0;) {
        const ActorMention& b = s.actors[j];
        // "The army said its helicopters ...": the owner may be resolved later.
        if (b.pronoun || !b.armed() || (b.canonical.empty() && !b.home_army && b.regional.empty())) continue;
        a.canonical = b.canonical;
        a.type = b.type;
        a.country = b.country;
        a.home_army = b.home_army;
        a.regional = b.regional;
        break;
      }
    }
  }
  Survey(mentions, &sentences, &st);
  ResolveDefiniteGroups(&sentences, &st);
  for (Sentence& s : sentences) {
    std::string here = SentenceCountry(s, st);
    for (ActorMention& a : s.actors) {
      if (a.canonical == "Police Forces" && !here.empty()) {
        a = [&] { ActorMention p = CountryActor(*lexicon_, here, "Police Forces");
                  p.first = a.first; p.last = a.last; p.prep = a.prep; return p; }();
        continue;
      }
      if (!a.home_army && a.regional.empty()) continue;
      if (!a.regional.empty()) ResolveRegional(*lexicon_, st.home_country, &a);
      else ResolveHomeArmy(*lexicon_, here, &a);
      if (!a.canonical.empty() && !Claimant(s, a)) ++st.mentions[a.canonical], st.actor_type[a.canonical] = a.type;
    }
  }
  const Segment* segment = nullptr;
  size_t first_event = events->size();
  for (Sentence& s : sentences) {
    if (s.segment != segment) {
      st.segment_claimant = st.carry_claimant;
      st.carry_claimant.clear();
      segment = s.segment;
    }
    if (st.has_published) s.times = text::FindTimes(s.toks, 0, s.toks.size(), st.published);
    Attribute(*lexicon_, &s, &st);
    ExtractEvents(*lexicon_, s, &st, events);
    ExtractClaims(*lexicon_, s, &st, claims);
    UpdateState(s, &st);
  }
  scope_->Filter(*lexicon_, sentences, first_event, events, out_of_scope);
  DropRegionRepeats(first_event, events);
  // ACLED's generic names carry the country of the event's place.
  for (size_t i = first_event; i < events->size(); ++i) {
    Event& e = (*events)[i];
    e.actor1 = WithCountrySuffix(e.actor1, e.place.country_code);
    e.actor2 = WithCountrySuffix(e.actor2, e.place.country_code);
  }
}

}  // namespace sitrep::extract
