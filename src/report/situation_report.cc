// The situation report gathers everything first (Picture), then renders it:
// one JSON object, or text / Markdown sections that share one renderer and
// differ only in their heading and bullet marks.
#include "report/situation_report.h"

#include <map>
#include <set>

#include "base/json_records.h"
#include "merge/names.h"
#include "merge/situation.h"
#include "report/table.h"
#include "report/writers.h"

namespace sitrep::report {
namespace {

using nlohmann::json;

struct Picture {
  std::vector<merge::MergedEvent> events;
  std::vector<Claim> claims;
  std::vector<merge::ControlChange> control;
  std::map<std::string, std::vector<merge::FrontPoint>> fronts;  // by reference place
  std::vector<merge::Contradiction> contradictions;
  std::set<std::string> outlets;
};

Result<Picture> Gather(store::Store& store, const ReportOptions& o) {
  store::Filter filter;
  filter.place = o.place;
  filter.since = o.since;
  filter.until = o.until;
  ASSIGN_OR_RETURN(std::vector<Event> events, store.ListReports(filter));
  ASSIGN_OR_RETURN(auto claim_rows, store.ListClaims(filter));
  Picture p;
  for (auto& r : claim_rows) p.claims.push_back(std::move(r.value));
  p.events = merge::MergeEvents(std::move(events));
  p.control = merge::ControlTimeline(p.events);
  std::map<std::string, std::string> references;  // place key -> a name as written
  if (!o.place.empty()) {
    references[merge::PlaceKey(o.place)] = o.place;
  } else {
    for (const Claim& c : p.claims) {
      if (c.kind == "distance" && !c.reference.empty()) references.emplace(merge::PlaceKey(c.reference), c.reference);
    }
  }
  for (const auto& [key, name] : references) {
    auto series = merge::FrontSeries(p.claims, p.events, name);
    if (!series.empty()) p.fronts[name] = std::move(series);
  }
  p.contradictions = merge::ClaimContradictions(p.claims);
  for (const auto& m : p.events) {
    for (const auto& c : m.contradictions) p.contradictions.push_back(c);
    for (const auto& r : m.reports) {
      if (!r.source.outlet.empty()) p.outlets.insert(r.source.outlet);
    }
  }
  for (const Claim& c : p.claims) {
    if (!c.source.outlet.empty()) p.outlets.insert(c.source.outlet);
  }
  return p;
}

json PictureJson(const Picture& p, const ReportOptions& o) {
  json j;
  j["place"] = o.place;
  j["since"] = o.since;
  j["until"] = o.until;
  j["developments"] = json::array();
  for (const auto& m : p.events) j["developments"].push_back(MergedEventJson(m));
  j["control"] = json::array();
  for (const auto& c : p.control) j["control"].push_back(ControlChangeJson(c));
  j["front"] = json::object();
  for (const auto& [place, series] : p.fronts) {
    for (const auto& pt : series) j["front"][place].push_back(FrontPointJson(pt));
  }
  j["claims"] = json::array();
  for (const auto& c : p.claims) j["claims"].push_back(ToJson(c));
  j["contradictions"] = json::array();
  for (const auto& c : p.contradictions) j["contradictions"].push_back(ContradictionJson(c));
  j["outlets"] = p.outlets;
  return j;
}

// Text and Markdown differ only in these marks.
struct Marks {
  bool markdown = false;
  std::string Heading(const std::string& h) const {
    return markdown ? "## " + h + "\n\n" : h + "\n" + std::string(h.size(), '-') + "\n";
  }
  std::string Bullet() const { return markdown ? "- " : "  * "; }
  std::string Sub() const { return markdown ? "  - " : "      "; }
};

std::string SourceLine(const Event& r) {
  std::string s = r.source.outlet.empty() ? r.source.file : r.source.outlet;
  if (!r.source.published.empty()) s += " (" + r.source.published + ")";
  if (!r.claimed_by.empty()) s += ", claimed by " + r.claimed_by;
  if (r.modality == Modality::kDenied) s += ", denied";
  return s;
}

std::string Headline(const merge::MergedEvent& m) {
  const Event& e = m.event;
  std::string s = e.date + ": " + (e.sub_event_type.empty() ? e.event_type : e.sub_event_type);
  if (!e.actor1.empty()) s += ", " + e.actor1;
  if (!e.actor2.empty()) s += " vs " + e.actor2;
  if (!e.location.empty()) s += ", at " + e.location;
  if (m.fatalities_min) {
    s += ", fatalities " + std::to_string(*m.fatalities_min);
    if (*m.fatalities_max != *m.fatalities_min) s += "-" + std::to_string(*m.fatalities_max);
  }
  if (!e.tags.empty()) s += " [" + e.tags.front() + "]";
  return s + " (" + m.confidence + ")";
}

void WriteDevelopments(const Picture& p, const Marks& k, std::ostream& out) {
  out << k.Heading("Key developments");
  if (p.events.empty()) out << "No events in this period.\n";
  for (const auto& m : p.events) {
    out << k.Bullet() << Headline(m) << "\n";
    out << k.Sub() << "\"" << m.event.evidence << "\"\n";
    for (const auto& r : m.reports) out << k.Sub() << "source: " << SourceLine(r) << "\n";
  }
  out << "\n";
}

void WriteControl(const Picture& p, const Marks& k, std::ostream& out) {
  out << k.Heading("Control changes");
  if (p.control.empty()) out << "No control changes reported.\n";
  for (const auto& c : p.control) {
    out << k.Bullet() << c.date << ": " << c.place << " taken by " << c.controller;
    if (!c.previous.empty()) out << " from " << c.previous;
    out << " (" << c.kind << "; " << c.sources.size() << " report"
        << (c.sources.size() == 1 ? "" : "s") << ")\n";
  }
  out << "\n";
}

void WriteFronts(const Picture& p, const Marks& k, std::ostream& out) {
  out << k.Heading("Front line");
  if (p.fronts.empty()) out << "No distance claims.\n";
  for (const auto& [place, series] : p.fronts) {
    out << k.Bullet() << "Distance to " << place << ":\n";
    // One line per distinct point; the same figure from the same voice on
    // the same day, carried by several pages, is one point with its count.
    for (size_t i = 0; i < series.size();) {
      const merge::FrontPoint& pt = series[i];
      std::string value = pt.kind == "contact" ? "contact" : KmRange(pt.km_min, pt.km_max) + " km";
      size_t n = 1;
      while (i + n < series.size() && series[i + n].date == pt.date &&
             series[i + n].subject == pt.subject && series[i + n].kind == pt.kind &&
             series[i + n].km_min == pt.km_min && series[i + n].km_max == pt.km_max &&
             series[i + n].claimed_by == pt.claimed_by) {
        ++n;
      }
      out << k.Sub() << pt.date << "  " << pt.subject << "  " << value << "  (" << pt.claimed_by
          << (n > 1 ? "; " + std::to_string(n) + " reports" : "") << ")\n";
      i += n;
    }
  }
  out << "\n";
}

void WriteClaimsAndContradictions(const Picture& p, const Marks& k, std::ostream& out) {
  out << k.Heading("Claims");
  if (p.claims.empty()) out << "No claims.\n";
  for (const auto& c : p.claims) {
    std::string who = c.claimed_by.empty() ? c.speaker : c.claimed_by;
    out << k.Bullet() << c.date << " (" << c.kind << (who.empty() ? "" : ", " + who) << "): \""
        << c.evidence << "\"\n";
  }
  out << "\n" << k.Heading("Contradictions");
  if (p.contradictions.empty()) out << "None found.\n";
  for (const auto& c : p.contradictions) {
    out << k.Bullet() << c.field << ": " << c.a << " (" << c.source_a << ") vs " << c.b << " ("
        << c.source_b << ")\n";
  }
  out << "\n" << k.Heading("Outlets used");
  for (const auto& o : p.outlets) out << k.Bullet() << o << "\n";
  if (p.outlets.empty()) out << "None named.\n";
}

void WriteText(const Picture& p, const ReportOptions& o, bool markdown, std::ostream& out) {
  Marks k{markdown};
  std::string title = "Situation report";
  if (!o.place.empty()) title += ": " + o.place;
  if (!o.since.empty() || !o.until.empty()) {
    title += " (" + (o.since.empty() ? std::string("...") : o.since) + " to " +
             (o.until.empty() ? std::string("...") : o.until) + ")";
  }
  out << (markdown ? "# " + title + "\n\n" : title + "\n" + std::string(title.size(), '=') + "\n\n");
  out << p.events.size() << " events from "
      << [&p] { size_t n = 0; for (const auto& m : p.events) n += m.reports.size(); return n; }()
      << " reports, " << p.claims.size() << " claims, " << p.outlets.size() << " outlets.\n\n";
  WriteDevelopments(p, k, out);
  WriteControl(p, k, out);
  WriteFronts(p, k, out);
  WriteClaimsAndContradictions(p, k, out);
}

}  // namespace

Status WriteSituationReport(store::Store& store, const ReportOptions& options, std::ostream& out) {
  if (options.format != "text" && options.format != "markdown" && options.format != "json") {
    return InvalidArgumentError("unknown report format '" + options.format +
                                "' (text, markdown or json)");
  }
  ASSIGN_OR_RETURN(Picture p, Gather(store, options));
  if (options.format == "json") {
    out << PictureJson(p, options).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  } else {
    WriteText(p, options, options.format == "markdown", out);
  }
  return Status::OK();
}

}  // namespace sitrep::report
