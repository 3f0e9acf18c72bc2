// JSONL, table and GeoJSON writers; the CSV writer is in acled_csv.cc.
#include "report/writers.h"

#include <unordered_map>

#include "base/json_records.h"
#include "report/table.h"

namespace sitrep::report {
namespace {

using nlohmann::json;

void PrintLine(const json& j, std::ostream& out) {
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

json SourceJson(const Event& r) {
  json s;
  s["id"] = r.id;
  s["document_id"] = r.source.document_id;
  s["file"] = r.source.file;
  s["outlet"] = r.source.outlet.empty() ? json(nullptr) : json(r.source.outlet);
  s["published"] = r.source.published.empty() ? json(nullptr) : json(r.source.published);
  s["url"] = r.source.url.empty() ? json(nullptr) : json(r.source.url);
  s["claimed_by"] = r.claimed_by.empty() ? json(nullptr) : json(r.claimed_by);
  s["modality"] = ModalityName(r.modality);
  s["date"] = r.date;
  s["time_precision"] = r.time_precision;
  s["location"] = r.location;
  s["fatalities"] = r.fatalities ? json(*r.fatalities) : json(nullptr);
  s["evidence"] = r.evidence;
  return s;
}

std::string Fatalities(const merge::MergedEvent& m) {
  if (!m.fatalities_min) return "";
  if (*m.fatalities_min == *m.fatalities_max) return std::to_string(*m.fatalities_min);
  return std::to_string(*m.fatalities_min) + "-" + std::to_string(*m.fatalities_max);
}

void WriteEventTable(const std::vector<merge::MergedEvent>& events, std::ostream& out) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : events) {
    const Event& e = m.event;
    std::string outlets;
    for (const auto& o : m.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
    rows.push_back({e.id.substr(0, 8), e.date, e.sub_event_type.empty() ? e.event_type : e.sub_event_type,
                    e.actor1, e.actor2, e.location, Fatalities(m), m.confidence,
                    std::to_string(m.reports.size()), outlets});
  }
  WriteTable({"id", "date", "type", "actor1", "actor2", "location", "fatalities", "confidence",
              "reports", "outlets"},
             rows, out, 40);
}

void WriteReportTable(const std::vector<merge::MergedEvent>& singles,
                      const std::vector<const merge::MergedEvent*>& parents, std::ostream& out) {
  std::vector<std::vector<std::string>> rows;
  for (size_t i = 0; i < singles.size(); ++i) {
    const Event& e = singles[i].event;
    rows.push_back({e.id.substr(0, 8), parents[i]->event.id.substr(0, 8), e.date,
                    e.sub_event_type.empty() ? e.event_type : e.sub_event_type, e.actor1,
                    e.actor2, e.location, Fatalities(singles[i]), e.claimed_by,
                    e.source.outlet.empty() ? e.source.file : e.source.outlet});
  }
  WriteTable({"id", "event", "date", "type", "actor1", "actor2", "location", "fatalities",
              "claimed_by", "source"},
             rows, out, 40);
}

json PointFeature(double lat, double lon, json properties) {
  json f;
  f["type"] = "Feature";
  f["geometry"] = {{"type", "Point"}, {"coordinates", {lon, lat}}};
  f["properties"] = std::move(properties);
  return f;
}

json Collection(json features) {
  return {{"type", "FeatureCollection"}, {"features", std::move(features)}};
}

}  // namespace

json ContradictionJson(const merge::Contradiction& c) {
  return {{"field", c.field},           {"a", c.a},
          {"b", c.b},                   {"source_a", c.source_a},
          {"source_b", c.source_b},     {"evidence_a", c.evidence_a},
          {"evidence_b", c.evidence_b}, {"id_a", c.id_a},
          {"id_b", c.id_b}};
}

json MergedEventJson(const merge::MergedEvent& m) {
  json j = ToJson(m.event);
  j["sources"] = json::array();
  for (const Event& r : m.reports) j["sources"].push_back(SourceJson(r));
  j["fatalities_min"] = m.fatalities_min ? json(*m.fatalities_min) : json(nullptr);
  j["fatalities_max"] = m.fatalities_max ? json(*m.fatalities_max) : json(nullptr);
  j["confidence"] = m.confidence;
  j["outlets"] = m.outlets;
  j["contradictions"] = json::array();
  for (const auto& c : m.contradictions) j["contradictions"].push_back(ContradictionJson(c));
  return j;
}

json ControlChangeJson(const merge::ControlChange& c) {
  json j = {{"place", c.place},
            {"geonameid", c.geonameid == 0 ? json(nullptr) : json(c.geonameid)},
            {"date", c.date},
            {"time_precision", c.time_precision},
            {"controller", c.controller},
            {"previous", c.previous.empty() ? json(nullptr) : json(c.previous)},
            {"event_id", c.event_id},
            {"kind", c.kind},
            {"evidence", c.evidence}};
  j["sources"] = json::array();
  for (const Event& r : c.sources) j["sources"].push_back(SourceJson(r));
  return j;
}

json FrontPointJson(const merge::FrontPoint& p) {
  return {{"subject", p.subject},       {"reference", p.reference}, {"date", p.date},
          {"km_min", p.km_min},         {"km_max", p.km_max},       {"kind", p.kind},
          {"claimed_by", p.claimed_by}, {"evidence", p.evidence},   {"id", p.id}};
}

void WriteEvents(const std::vector<merge::MergedEvent>& events, Format format, std::ostream& out) {
  switch (format) {
    case Format::kTable:
      WriteEventTable(events, out);
      return;
    case Format::kJsonl:
      for (const auto& m : events) PrintLine(MergedEventJson(m), out);
      return;
    case Format::kCsv:
      WriteAcledCsv(events, out);
      return;
    case Format::kGeoJson: {
      json features = json::array();
      for (const auto& m : events) {
        if (!m.event.place.has_coordinates()) continue;
        features.push_back(
            PointFeature(m.event.place.latitude, m.event.place.longitude, MergedEventJson(m)));
      }
      PrintLine(Collection(std::move(features)), out);
      return;
    }
  }
}

void WriteReports(const std::vector<Event>& reports, Format format, std::ostream& out) {
  std::vector<merge::MergedEvent> merged = merge::MergeEvents(reports);
  std::unordered_map<std::string, const merge::MergedEvent*> parent_of;
  for (const auto& m : merged) {
    for (const Event& r : m.reports) parent_of[r.id] = &m;
  }
  std::vector<merge::MergedEvent> singles;
  std::vector<const merge::MergedEvent*> parents;
  for (const Event& r : reports) {
    singles.push_back(merge::MergeEvents({r}).front());
    parents.push_back(parent_of.at(r.id));
  }
  if (format == Format::kCsv) return WriteAcledCsv(singles, out);
  if (format == Format::kTable) return WriteReportTable(singles, parents, out);
  json features = json::array();
  for (size_t i = 0; i < singles.size(); ++i) {
    json j = MergedEventJson(singles[i]);
    j["event_id"] = parents[i]->event.id;
    j["event_reports"] = parents[i]->reports.size();
    if (format == Format::kJsonl) {
      PrintLine(j, out);
    } else if (singles[i].event.place.has_coordinates()) {
      const Place& p = singles[i].event.place;
      features.push_back(PointFeature(p.latitude, p.longitude, std::move(j)));
    }
  }
  if (format == Format::kGeoJson) PrintLine(Collection(std::move(features)), out);
}

void WriteClaims(const std::vector<Claim>& claims, Format format, std::ostream& out) {
  if (format == Format::kJsonl) {
    for (const auto& c : claims) PrintLine(ToJson(c), out);
    return;
  }
  if (format == Format::kGeoJson) {
    json features = json::array();
    for (const auto& c : claims) {
      if (!c.reference_place.has_coordinates()) continue;
      features.push_back(PointFeature(c.reference_place.latitude, c.reference_place.longitude, ToJson(c)));
    }
    PrintLine(Collection(std::move(features)), out);
    return;
  }
  std::vector<std::string> header = {"id", "date", "kind", "subject", "reference", "km",
                                     "speaker", "stance", "claimed_by", "modality", "outlet", "evidence"};
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : claims) {
    std::string km = c.km_min && c.km_max ? KmRange(*c.km_min, *c.km_max) : "";
    rows.push_back({c.id, c.date, c.kind, c.subject, c.reference, km, c.speaker, c.stance,
                    c.claimed_by, std::string(ModalityName(c.modality)), c.source.outlet, c.evidence});
  }
  if (format == Format::kCsv) {
    for (size_t i = 0; i < header.size(); ++i) out << (i ? "," : "") << header[i];
    out << '\n';
    for (const auto& r : rows) {
      for (size_t i = 0; i < r.size(); ++i) out << (i ? "," : "") << CsvField(r[i]);
      out << '\n';
    }
    return;
  }
  for (auto& r : rows) r[0] = r[0].substr(0, 8);
  WriteTable(header, rows, out, 60);
}

}  // namespace sitrep::report
