// Resolver (see resolver.h for the passes). Scores are additive:
//   prior      log10(population + 10) + feature bonus (index_format.h),
//              -0.3 when only an alternate name matched
//   qualifier  "Province": division +10, others -2; "city" and "County":
//              division and country -5; bare name: a division whose seat is
//              also a candidate -2 (plain "Homs" is the city)
//   spelling   +0.6 when the candidate's own name is spelled as written
//   focus      +5 x the share of the other names' votes in the candidate's
//              country (a name votes once: 3 for an unambiguous country, 1.5
//              for a name in one country, 1/n for a name in n countries;
//              mentions of the same name never vote for each other)
//   division   +1.5 x the share of other places in the candidate's division,
//              +2 when the text names that division ("Hall County, Georgia")
//   coherence  +1.5 within 30 km of another mentioned place, +0.8 within 150 km
//   adjacency  +3 followed by its division ("Athens, Ga."), +2 by its country
// The context terms are computed twice, the second time from the first
// round's choices.
#include "geo/resolver.h"

#include "geo/fold.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace sitrep::geo {
namespace {

struct Scored {
  uint32_t id = 0;
  double score = 0;
  std::string why;
};

double BaseScore(const Gazetteer& g, const Span& s, const Candidate& c, std::string* why) {
  PlaceView v = g.View(c.id);
  double score = PriorScore(v.kind, v.feature, v.population) - (c.alternate ? 0.3 : 0.0);
  if (s.qualifier == Qualifier::kProvince) {
    score += v.kind == PlaceKind::kAdmin1 ? 10.0 : -2.0;
    if (why) *why += v.kind == PlaceKind::kAdmin1 ? " province-qualifier" : "";
  } else if (s.qualifier == Qualifier::kCity || s.qualifier == Qualifier::kCounty) {
    if (v.kind == PlaceKind::kAdmin1 || v.kind == PlaceKind::kCountry) score -= 5.0;
  } else if (v.kind == PlaceKind::kAdmin1) {
    for (const Candidate& o : s.candidates) {
      PlaceView w = g.View(o.id);
      if (w.kind == PlaceKind::kPopulated && w.country_code == v.country_code &&
          w.admin1_code == v.admin1_code && (w.feature == "PPLA" || w.feature == "PPLC")) {
        score -= 2.0;
        if (why) *why += " seat-named";
        break;
      }
    }
  }
  return score;
}

size_t Best(const std::vector<Scored>& scored) {
  size_t best = 0;
  for (size_t k = 1; k < scored.size(); ++k) {
    if (scored[k].score > scored[best].score) best = k;
  }
  return best;
}

std::string Explain(const Gazetteer& g, std::vector<Scored> scored) {
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
  std::ostringstream out;
  for (size_t k = 0; k < scored.size() && k < 5; ++k) {
    PlaceView v = g.View(scored[k].id);
    if (k) out << "; ";
    out << v.name << " (" << v.geonameid << ", " << v.feature << ", " << v.country_code << "." << v.admin1_code
        << ", pop " << v.population << ") score " << std::round(scored[k].score * 100) / 100 << scored[k].why;
  }
  return out.str();
}

void SetPrecision(const Span& s, PlaceMention* m) {
  const std::string& f = m->place.feature;
  if (s.qualifier == Qualifier::kProvince || f == "ADM1" || f == "PCLI") {
    m->geo_precision = 3;
  } else if (s.qualifier == Qualifier::kRegion || s.qualifier == Qualifier::kCounty || s.km_min || !s.direction.empty() || f == "AREA") {
    m->geo_precision = 2;
  } else {
    m->geo_precision = 1;
  }
}

// The country most resolved mentions lie in ("" when none).
std::string FocusCountry(const std::vector<PlaceMention>& out) {
  std::map<std::string, int> count;
  std::string best;
  for (const PlaceMention& m : out) {
    if (!m.place.resolved || m.place.country_code.empty()) continue;
    int c = ++count[m.place.country_code];
    if (best.empty() || c > count[best]) best = m.place.country_code;
  }
  return best;
}

// The resolved mention an unresolved span k takes its division and country
// from: the nearest in its segment (a following "in X Province" counts as
// next to it), else the last before it; among mentions in `focus_cc` when
// not empty ("al-Kharata oil field" near "Tajikistan's police" is in Syria).
int Anchor(const std::vector<DocSpan>& spans, const std::vector<PlaceMention>& out, size_t k,
           const std::string& focus_cc) {
  int best = -1;
  size_t best_distance = SIZE_MAX;
  for (size_t o = 0; o < out.size(); ++o) {
    if (o == k || !out[o].place.resolved || spans[o].segment != spans[k].segment) continue;
    if (!focus_cc.empty() && out[o].place.country_code != focus_cc) continue;
    size_t d = spans[o].start > spans[k].start ? spans[o].start - spans[k].end : spans[k].start - spans[o].end;
    if (spans[o].start > spans[k].start && spans[o].span.qualifier == Qualifier::kProvince && d < 40) d = 0;
    if (d < best_distance) {
      best_distance = d;
      best = static_cast<int>(o);
    }
  }
  for (size_t o = k; best < 0 && o-- > 0;) {
    if (out[o].place.resolved && (focus_cc.empty() || out[o].place.country_code == focus_cc)) best = static_cast<int>(o);
  }
  return best;
}

// Division and country of an unresolved span from its anchor mention.
void FillFromContext(const std::vector<DocSpan>& spans, const std::vector<PlaceMention>& out, size_t k,
                     PlaceMention* m) {
  int best = Anchor(spans, out, k, FocusCountry(out));
  if (best < 0) best = Anchor(spans, out, k, "");
  if (best < 0) return;
  const Place& anchor = out[best].place;
  m->place.admin1 = anchor.feature == "PCLI" ? "" : anchor.admin1;
  m->place.country = anchor.country;
  m->place.country_code = anchor.country_code;
}

// Divisions ("US.FL") and countries of the mention right after span k
// ("Gainesville, Fla."), from its candidates; returns the countries.
std::set<std::string> NextAreas(const Gazetteer& g, const std::vector<DocSpan>& spans,
                                const std::vector<std::vector<Scored>>& scored, size_t k,
                                std::set<std::string>* areas) {
  std::set<std::string> countries;
  if (k + 1 >= spans.size() || spans[k + 1].segment != spans[k].segment ||
      spans[k + 1].start > spans[k].end + 2 || spans[k + 1].start < spans[k].end) {
    return countries;
  }
  for (const Scored& s : scored[k + 1]) {
    PlaceView v = g.View(s.id);
    if (v.kind == PlaceKind::kAdmin1) areas->insert(std::string(v.country_code) + "." + std::string(v.admin1_code));
    if (v.kind == PlaceKind::kCountry) countries.insert(std::string(v.country_code));
  }
  return countries;
}

// What the other mentions of a document say about one candidate. Mentions
// of the same name do not vote for each other ("Georgia" five times is no
// evidence for the country Georgia).
struct DocContext {
  const Gazetteer& g;
  const std::vector<DocSpan>& spans;
  const std::vector<std::string>& loose;
  const std::vector<double>& weight;
  const std::vector<int>& picks;
  std::vector<PlaceView> picked = {};  // View of each pick, looked up once (see Picked)
};

// The views of the current picks: ContextScore reads every other mention's
// pick for every candidate, and decoding a view each time was a visible share
// of geoparsing.
void FillPicked(DocContext* d) {
  d->picked.resize(d->picks.size());
  for (size_t o = 0; o < d->picks.size(); ++o) {
    if (d->picks[o] >= 0) d->picked[o] = d->g.View(d->picks[o]);
  }
}

constexpr double kMaxNearLatDeg = 150.0 / (6371.0 * M_PI / 180.0);  // 150 km of latitude

double ContextScore(const DocContext& d, size_t k, const PlaceView& v, std::string* why) {
  double votes = 0, cc_votes = 0, places = 0, area_places = 0, coherence = 0;
  bool named_division = false;
  for (size_t o = 0; o < d.spans.size(); ++o) {
    if (d.picks[o] < 0 || o == k || d.loose[o] == d.loose[k]) continue;
    const PlaceView& w = d.picked[o];
    votes += d.weight[o];
    if (w.country_code == v.country_code) cc_votes += d.weight[o];
    if (w.kind == PlaceKind::kCountry) continue;
    bool same_area = w.country_code == v.country_code && w.admin1_code == v.admin1_code;
    places += 1;
    area_places += same_area;
    named_division = named_division || (same_area && w.kind == PlaceKind::kAdmin1);
    if (std::isnan(v.latitude) || std::isnan(w.latitude)) continue;
    // The distance is at least the latitude difference's arc: no need to
    // compute it when that alone is past 150 km, or when 1.5 is reached.
    if (coherence >= 1.5 || std::abs(v.latitude - w.latitude) > kMaxNearLatDeg) continue;
    double km = DistanceKm(v.latitude, v.longitude, w.latitude, w.longitude);
    coherence = std::max(coherence, km < 30 ? 1.5 : km < 150 ? 0.8 : 0.0);
  }
  double share = votes > 0 ? cc_votes / votes : 0;
  double score = 5.0 * share + coherence;
  if (places > 0 && v.kind != PlaceKind::kCountry) score += 1.5 * area_places / places;
  // "Hall County, Georgia": the text names the division this place is in.
  if (named_division && v.kind != PlaceKind::kAdmin1) score += 2.0;
  if (why) {
    if (share > 0) *why += " focus " + std::to_string(static_cast<int>(share * 100)) + "%";
    if (coherence > 0) *why += " near-other-place";
    if (named_division && v.kind != PlaceKind::kAdmin1) *why += " in-named-division";
  }
  return score;
}

// Share of the other mentions' votes for country `cc`.
double CountryShare(const DocContext& d, size_t k, std::string_view cc, double* votes) {
  double cc_votes = 0;
  *votes = 0;
  for (size_t o = 0; o < d.spans.size(); ++o) {
    if (d.picks[o] < 0 || o == k || d.loose[o] == d.loose[k]) continue;
    *votes += d.weight[o];
    if (d.picked[o].country_code == cc) cc_votes += d.weight[o];
  }
  return *votes > 0 ? cc_votes / *votes : 0;
}

// Whether another place of the document lies near `id` (60 km) in its
// division: "Laurel County" is placed at the town of Laurel only in a story
// about the towns around it.
bool InDocArea(const DocContext& d, size_t k, uint32_t id) {
  PlaceView v = d.g.View(id);
  if (v.kind != PlaceKind::kPopulated) return false;
  for (size_t o = 0; o < d.spans.size(); ++o) {
    if (d.picks[o] < 0 || o == k || d.loose[o] == d.loose[k]) continue;
    const PlaceView& w = d.picked[o];
    if (w.kind != PlaceKind::kPopulated || w.country_code != v.country_code || w.admin1_code != v.admin1_code) continue;
    if (DistanceKm(v.latitude, v.longitude, w.latitude, w.longitude) < 60) return true;
  }
  return false;
}

// "al-Koum", "el-Arish", "ad-Dawr": a name opening with the Arabic article.
bool ArabicArticle(const std::string& name) {
  std::string lower;
  for (size_t i = 0; i < name.size() && i < 3; ++i) lower += static_cast<char>(name[i] | 0x20);
  return lower == "al-" || lower == "el-" || lower == "ad-" || lower == "as-" || lower == "ar-";
}

// A place the document's other mentions do not point to is more likely one
// the gazetteer lacks (or no place at all) than a namesake abroad, when at
// least two other names make a focus: an Arabic name with its article
// ("al-Koum") spelled unlike its best place; a small place matched only
// through an alternate name in a country nothing else names ("Aid groups");
// a small place or a division spelled otherwise far from every other
// mentioned place (1000 km: "Saqr island" in a Syria story is no Kazakh village).
bool OutOfFocus(const DocContext& d, size_t k, uint32_t best) {
  PlaceView v = d.g.View(best);
  if (v.kind == PlaceKind::kCountry || v.kind == PlaceKind::kOther) return false;
  double votes = 0, share = CountryShare(d, k, v.country_code, &votes);
  if (votes <= 0 || share >= 0.1) return false;
  bool spelled_otherwise = LooseKey(v.name) != d.loose[k];
  if (ArabicArticle(d.spans[k].span.name) && spelled_otherwise && v.kind == PlaceKind::kPopulated) return true;
  bool small = v.population < 100000 && v.feature != "PPLC" && v.feature != "PPLA";
  if (votes < 1.5 || (v.kind == PlaceKind::kPopulated && !small) || (v.kind == PlaceKind::kAdmin1 && !spelled_otherwise)) {
    return false;
  }
  bool alternate = true;
  for (const Candidate& c : d.spans[k].span.candidates) alternate = alternate && (c.id != best || c.alternate);
  bool far = true;
  std::set<std::string> voters;
  for (size_t o = 0; o < d.spans.size(); ++o) {
    // A demonym is no place near or far ("French helicopters" in a Mali story).
    if (d.picks[o] < 0 || o == k || d.loose[o] == d.loose[k] || d.spans[o].hint) continue;
    const PlaceView& w = d.picked[o];
    voters.insert(d.loose[o]);
    if (std::isnan(w.latitude) || std::isnan(v.latitude)) continue;
    far = far && DistanceKm(v.latitude, v.longitude, w.latitude, w.longitude) >= 1000;
  }
  if (voters.size() < 2) return false;
  return far || (share == 0 && alternate && v.kind == PlaceKind::kPopulated);
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

namespace {

// A demonym's vote for its country's focus, against 3 for naming the country.
constexpr double kDemonymWeight = 0.25;

// The city "the city" at span k stands for: the city named most often
// before it (the latest of equals: the story has moved on to it), else the
// one named most often in the whole text; -1 when no city is named.
int64_t TheCity(const std::vector<int64_t>& city_of, size_t k) {
  std::map<int64_t, std::pair<int, size_t>> seen;  // city -> (mentions, last span)
  auto pick = [&](size_t from, size_t to) {
    seen.clear();
    for (size_t o = from; o < to; ++o) {
      if (city_of[o] < 0) continue;
      auto& [count, last] = seen[city_of[o]];
      ++count;
      last = o;
    }
    int64_t best = -1;
    std::pair<int, size_t> best_key{0, 0};
    for (const auto& [city, key] : seen) {
      if (best < 0 || key > best_key) best = city, best_key = key;
    }
    return best;
  };
  int64_t before = pick(0, k);
  return before >= 0 ? before : pick(0, city_of.size());
}

}  // namespace

std::vector<PlaceMention> Resolve(const Gazetteer& g, const std::vector<DocSpan>& spans, bool explain) {
  size_t n = spans.size();
  std::vector<std::vector<Scored>> scored(n);
  std::vector<int> picks(n, -1);
  std::vector<double> weight(n, 0);
  std::vector<std::string> loose(n);
  std::set<std::string> voted;
  for (size_t k = 0; k < n; ++k) {
    loose[k] = LooseKey(spans[k].span.name);
    std::set<std::string_view> countries;
    for (const Candidate& c : spans[k].span.candidates) {
      Scored s{c.id, 0, ""};
      s.score = BaseScore(g, spans[k].span, c, explain ? &s.why : nullptr);
      PlaceView v = g.View(c.id);
      if (countries.size() < 10) countries.insert(v.country_code);
      if (scored[k].size() < 8 && LooseKey(v.name) == loose[k]) {
        s.score += 0.6;
        if (explain) s.why += " exact-spelling";
      }
      scored[k].push_back(std::move(s));
    }
    if (scored[k].empty()) continue;
    picks[k] = static_cast<int>(scored[k][Best(scored[k])].id);
    // An unambiguous country counts most; an ambiguous name little.
    bool country = g.View(picks[k]).kind == PlaceKind::kCountry;
    weight[k] = countries.size() > 1 ? 1.0 / countries.size() : country ? 3.0 : 1.5;
    if (spans[k].hint) weight[k] = kDemonymWeight;  // "American" often describes people, not places
    if (!voted.insert(loose[k]).second) weight[k] = 0;  // a name votes once, however often repeated
  }
  std::vector<std::vector<Scored>> base = scored;
  std::vector<PlaceMention> out(n);
  // Two rounds: the second sees the divisions and countries the first chose
  // ("Georgia" becomes the state once "Atlanta" votes; then "Gainesville" follows).
  for (int round = 0; round < 2; ++round) {
    DocContext d{g, spans, loose, weight, picks};
    FillPicked(&d);
    std::vector<int> next = picks;
    for (size_t k = 0; k < n; ++k) {
      if (base[k].empty()) continue;
      std::set<std::string> next_areas, next_countries = NextAreas(g, spans, base, k, &next_areas);
      scored[k] = base[k];
      for (Scored& s : scored[k]) {
        PlaceView v = g.View(s.id);
        std::string cc(v.country_code), area = cc + "." + std::string(v.admin1_code);
        s.score += ContextScore(d, k, v, explain ? &s.why : nullptr);
        if (next_areas.count(area) && v.kind != PlaceKind::kAdmin1) {
          s.score += 3.0;  // "Gainesville, Fla."
          if (explain) s.why += " followed-by-its-division";
        } else if (next_countries.count(cc)) {
          s.score += 2.0;  // "Alexandria, Egypt"
          if (explain) s.why += " followed-by-its-country";
        }
      }
      next[k] = static_cast<int>(scored[k][Best(scored[k])].id);
    }
    picks = std::move(next);
  }
  DocContext d{g, spans, loose, weight, picks};
  FillPicked(&d);
  std::vector<bool> drop(n, false);
  std::vector<int64_t> city_of(n, -1);  // the populated place each span resolved to
  for (size_t k = 0; k < n; ++k) {
    PlaceMention& m = out[k];
    m.mention = spans[k].mention;
    m.start = spans[k].start;
    m.end = spans[k].end;
    m.direction = spans[k].span.direction;
    m.km_min = spans[k].span.km_min;
    m.km_max = spans[k].span.km_max;
    if (!scored[k].empty() && spans[k].span.qualifier == Qualifier::kCounty &&
        !InDocArea(d, k, scored[k][Best(scored[k])].id)) {
      scored[k].clear();  // "Licking County" names no town we can place: unresolved, in its state
    } else if (!scored[k].empty() && OutOfFocus(d, k, scored[k][Best(scored[k])].id)) {
      scored[k].clear();  // "al-Koum" in a Syria story is no town in Iran: unresolved, context fills it
      // A name that is no place's own name, out of focus, is no place at all ("Share | Email").
      bool own_name = false;
      for (const Candidate& c : spans[k].span.candidates) own_name = own_name || !c.alternate;
      drop[k] = !own_name && spans[k].span.feature.empty() && !ArabicArticle(spans[k].span.name);
    }
    if (!scored[k].empty()) {
      size_t b = Best(scored[k]);
      m.place = g.ToPlace(scored[k][b].id);
      if (g.View(scored[k][b].id).kind == PlaceKind::kPopulated) city_of[k] = scored[k][b].id;
      if (explain) m.explanation = Explain(g, scored[k]);
    } else {
      m.place.name = spans[k].span.name;
      m.place.feature = spans[k].span.feature;
      m.place.resolved = false;
    }
    SetPrecision(spans[k].span, &m);
  }
  for (size_t k = 0; k < n; ++k) {
    if (!scored[k].empty()) continue;
    int64_t city = spans[k].span.the_city ? TheCity(city_of, k) : -1;
    if (city >= 0) {
      out[k].place = g.ToPlace(static_cast<uint32_t>(city));
      if (explain) out[k].explanation = "the city the text is about (most mentioned so far)";
      continue;
    }
    if (spans[k].span.the_city) continue;
    FillFromContext(spans, out, k, &out[k]);
    if (explain) out[k].explanation = "not in the gazetteer; division and country from context";
  }
  std::vector<PlaceMention> kept;
  for (size_t k = 0; k < n; ++k) {
    if ((spans[k].span.the_city && !out[k].place.resolved) || drop[k] || spans[k].hint) continue;
    kept.push_back(std::move(out[k]));
  }
  return kept;
}

}  // namespace sitrep::geo
