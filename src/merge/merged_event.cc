// The merged record of a cluster: most precise date and place, fatality
// range, confidence from the voices that report it, and the contradictions
// between its reports.
#include <algorithm>
#include <set>

#include "base/strings.h"
#include "merge/dates.h"
#include "merge/merge_internal.h"
#include "merge/names.h"

namespace sitrep::merge {
namespace {

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
