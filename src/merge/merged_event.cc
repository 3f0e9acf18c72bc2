// The pairwise rule (SameEvent) and the merged record of a cluster: most
// precise date and place, fatality range, confidence from the voices that
// report it, and the contradictions between its reports.
#include <algorithm>
#include <set>

#include "base/strings.h"
#include "merge/dates.h"
#include "merge/merge_internal.h"
#include "merge/names.h"

namespace sitrep::merge {
namespace {

std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> out;
  for (auto w : Split(key, ' ')) {
    if (!w.empty()) out.emplace_back(w);
  }
  return out;
}

// A one-word key in demonym form names the country's forces: "syrian" (from
// "Syrian army") -> "syria", "ostravan" (from "Ostravan air force") -> "ostrava". Longer keys keep their words ("syrian democratic").
std::vector<std::string> ActorWords(std::string_view actor) {
  std::vector<std::string> words = Words(ActorKey(actor));
  // "syrian" -> "syria", "russian" -> "russia", "ostravan" -> "ostrava".
  if (words.size() == 1 && words[0].size() > 5 && EndsWith(words[0], "an")) words[0].pop_back();
  std::sort(words.begin(), words.end());
  return words;
}

// PlaceKey of a region name without "province", "governorate", "region".
std::string RegionKey(std::string_view name) {
  std::string folded = FoldName(name);
  for (const char* w : {" province", " governorate", " region"}) {
    if (EndsWith(folded, w)) folded.resize(folded.size() - std::string_view(w).size());
  }
  return PlaceKey(folded);
}

// A province-level report (geo precision 3) names the province: it fits a
// report whose place lies in it. Others must be the same place, or close
// enough for the coarser precision.
// "BBF" for "Black Banner Front", "SDF" for "Syrian Democratic Forces":
// a single short word equal to the initials of the other name's words
// (without "of", "the", "and" and a parenthesis).
bool IsAcronymOf(std::string_view acronym, std::string_view name) {
  std::string short_form = FoldName(acronym);
  if (short_form.size() < 2 || short_form.size() > 6 || short_form.find(' ') != std::string::npos) {
    return false;
  }
  std::string_view n = name.substr(0, name.find('('));
  std::string initials;
  for (const auto& w : Words(FoldName(n))) {
    if (w != "of" && w != "the" && w != "and") initials += w[0];
  }
  return initials.size() >= 2 && initials == short_form;
}

// A name that is not an ACLED-style proper name: lower case or "the ...".
bool LooseName(std::string_view actor) {
  if (actor.empty()) return false;
  if (actor[0] >= 'a' && actor[0] <= 'z') return true;
  return StartsWith(actor, "The ");
}

bool PlacesCompatible(const Event& a, const Event& b) {
  bool a_none = a.location.empty() && a.place.name.empty() && !a.place.has_coordinates();
  bool b_none = b.location.empty() && b.place.name.empty() && !b.place.has_coordinates();
  if (a_none || b_none) return a_none && b_none;
  if (SamePlace(a.place, a.location, b.place, b.location)) return true;
  if (a.geo_precision >= 3 || b.geo_precision >= 3) {
    const Event& wide = a.geo_precision >= 3 ? a : b;
    const Event& other = a.geo_precision >= 3 ? b : a;
    std::string region = RegionKey(wide.location.empty() ? wide.place.name : wide.location);
    return !region.empty() && (region == RegionKey(other.place.admin1) ||
                               region == RegionKey(other.location));
  }
  if (!a.place.has_coordinates() || !b.place.has_coordinates()) return false;
  double km = DistanceKm(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude);
  return km <= PlaceToleranceKm(std::max(a.geo_precision, b.geo_precision));
}

bool DatesOverlap(const Event& a, const Event& b) {
  auto ra = DateRange(a.date, a.time_precision);
  auto rb = DateRange(b.date, b.time_precision);
  if (!ra || !rb) return false;
  return ra->first <= rb->last && rb->first <= ra->last;
}

bool ActorSetsCompatible(const Event& a, const Event& b) {
  if (!a.actor1.empty() && !b.actor1.empty()) return ActorsCompatible(a.actor1, b.actor1);
  std::vector<std::string> x, y;
  for (const auto* s : {&a.actor1, &a.actor2}) if (!s->empty()) x.push_back(*s);
  for (const auto* s : {&b.actor1, &b.actor2}) if (!s->empty()) y.push_back(*s);
  if (x.empty() || y.empty()) return true;
  for (const auto& p : x) {
    for (const auto& q : y) {
      if (ActorsCompatible(p, q)) return true;
    }
  }
  return false;
}

bool IsClaim(const Event& e) {
  return !e.claimed_by.empty() || e.modality == Modality::kClaimed;
}

// Finest time precision first; among equals the earliest published report.
const Event& BestDated(const std::vector<Event>& reports) {
  const Event* best = &reports.front();
  for (const Event& r : reports) {
    if (!DayNumber(best->date) && DayNumber(r.date)) best = &r;
    if (DayNumber(r.date) && r.time_precision < best->time_precision) best = &r;
  }
  return *best;
}

const Event& BestPlaced(const std::vector<Event>& reports) {
  auto rank = [](const Event& e) {
    return std::make_pair(e.place.resolved ? 0 : (e.location.empty() ? 2 : 1), e.geo_precision);
  };
  const Event* best = &reports.front();
  for (const Event& r : reports) {
    if (rank(r) < rank(*best)) best = &r;
  }
  return *best;
}

Contradiction Disagree(std::string field, std::string a, std::string b, const Event& ea,
                       const Event& eb) {
  return Contradiction{std::move(field), std::move(a), std::move(b), Voice(ea), Voice(eb),
                       ea.evidence, eb.evidence, ea.id, eb.id};
}

bool IsLowerBound(const std::string& q) {
  return q == "at least" || q == "more than" || q == "over" || q == "dozens" || q == "scores";
}

void FindContradictions(MergedEvent* m) {
  const auto& r = m->reports;
  const Event* lo = nullptr;
  const Event* hi = nullptr;
  const Event* denied = nullptr;
  const Event* affirmed = nullptr;
  for (const Event& e : r) {
    if (e.fatalities && (!lo || *e.fatalities < *lo->fatalities)) lo = &e;
    if (e.fatalities && (!hi || *e.fatalities > *hi->fatalities)) hi = &e;
    if (e.modality == Modality::kDenied) {
      if (!denied) denied = &e;
    } else if (!affirmed) {
      affirmed = &e;
    }
  }
  if (lo && hi && *lo->fatalities != *hi->fatalities && !IsLowerBound(lo->fatalities_qualifier)) {
    m->contradictions.push_back(Disagree("fatalities", std::to_string(*lo->fatalities),
                                         std::to_string(*hi->fatalities), *lo, *hi));
  }
  if (denied && affirmed) {
    m->contradictions.push_back(Disagree("modality", std::string(ModalityName(affirmed->modality)),
                                         "denied", *affirmed, *denied));
  }
  for (size_t i = 1; i < r.size(); ++i) {
    if (r[i].time_precision == 1 && r[0].time_precision == 1 && r[i].date != r[0].date &&
        !r[i].date.empty() && !r[0].date.empty()) {
      m->contradictions.push_back(Disagree("date", r[0].date, r[i].date, r[0], r[i]));
      break;
    }
  }
}

std::string Confidence(const std::vector<Event>& reports) {
  std::set<std::string> claimants, voices;
  bool all_claims = true;
  for (const Event& e : reports) {
    if (IsClaim(e)) {
      claimants.insert(AsciiLower(e.claimed_by));
    } else if (e.modality != Modality::kDenied) {
      all_claims = false;
    }
    if (e.modality != Modality::kDenied) voices.insert(AsciiLower(Voice(e)));
  }
  if (all_claims && claimants.size() <= 1) return "single claim";
  return voices.size() >= 2 ? "corroborated" : "reported";
}

}  // namespace

bool ActorsCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  if (IsAcronymOf(a, b) || IsAcronymOf(b, a)) return true;
  std::vector<std::string> x = ActorWords(a);
  std::vector<std::string> y = ActorWords(b);
  if (x.empty() || y.empty()) return true;
  return std::includes(x.begin(), x.end(), y.begin(), y.end()) ||
         std::includes(y.begin(), y.end(), x.begin(), x.end());
}

double PlaceToleranceKm(int geo_precision) {
  if (geo_precision <= 1) return 5;
  return 10;  // "near X", "outskirts of X"
}

bool SameEvent(const Event& a, const Event& b) {
  if (!IEquals(a.event_type, b.event_type)) return false;
  if (!a.sub_event_type.empty() && !b.sub_event_type.empty() &&
      !IEquals(a.sub_event_type, b.sub_event_type)) {
    return false;
  }
  if (!DatesOverlap(a, b) || !PlacesCompatible(a, b)) return false;
  if (ActorSetsCompatible(a, b)) return true;
  // One side named loosely ("the regime", "government troops": not an
  // ACLED-style proper name) but the same opponent, the same place and the
  // same day: one event. Two proper names ("Syrian Democratic Forces",
  // "Military Forces of Syria") stay two actors.
  if (!LooseName(a.actor1) && !LooseName(b.actor1)) return false;
  return !a.actor2.empty() && !b.actor2.empty() && ActorsCompatible(a.actor2, b.actor2) &&
         a.time_precision == 1 && b.time_precision == 1 && a.date == b.date &&
         SamePlace(a.place, a.location, b.place, b.location);
}

MergedEvent BuildMerged(std::vector<Event> reports) {
  std::sort(reports.begin(), reports.end(), [](const Event& a, const Event& b) {
    if (a.source.published != b.source.published) return a.source.published < b.source.published;
    return a.id < b.id;
  });
  MergedEvent m;
  const Event& dated = BestDated(reports);
  const Event& placed = BestPlaced(reports);
  m.event = dated;
  m.event.id = reports.front().id;
  m.event.source = reports.front().source;
  m.event.place = placed.place;
  m.event.location = placed.location;
  m.event.geo_precision = placed.geo_precision;
  std::set<std::string> tags(m.event.tags.begin(), m.event.tags.end());
  std::set<std::string> outlets;
  for (const Event& r : reports) {
    if (m.event.actor1.empty()) m.event.actor1 = r.actor1;
    if (m.event.actor2.empty()) m.event.actor2 = r.actor2;
    if (r.fatalities) {
      m.fatalities_min = std::min(m.fatalities_min.value_or(*r.fatalities), *r.fatalities);
      m.fatalities_max = std::max(m.fatalities_max.value_or(*r.fatalities), *r.fatalities);
    }
    if (r.modality == Modality::kReported) m.event.modality = Modality::kReported;
    for (const auto& t : r.tags) {
      if (tags.insert(t).second) m.event.tags.push_back(t);
    }
    if (!r.source.outlet.empty()) outlets.insert(r.source.outlet);
  }
  m.event.fatalities = m.fatalities_min;
  m.reports = std::move(reports);
  m.confidence = Confidence(m.reports);
  if (m.confidence != "single claim") m.event.claimed_by.clear();
  m.outlets.assign(outlets.begin(), outlets.end());
  FindContradictions(&m);
  return m;
}

}  // namespace sitrep::merge
