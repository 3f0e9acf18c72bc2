// ACLED-style CSV of merged events. Columns ACLED fills from its own coding
// that sitrep does not derive (iso, region, admin2, admin3, source_scale,
// timestamp) stay empty; inter codes come from the actor name's form
// ("Military Forces of ..." is 1, state forces; "Civilians" 7; ...).
#include <cmath>
#include <cstdio>
#include <string>

#include "base/strings.h"
#include "report/writers.h"

namespace sitrep::report {
namespace {

const char* const kColumns[] = {
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp"};

std::string DisorderType(const std::string& event_type) {
  if (event_type == "Protests" || event_type == "Riots") return "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  if (event_type.empty()) return "";
  return "Political violence";
}

// ACLED's actor type codes, from the form of a canonical actor name.
int InterCode(const std::string& actor) {
  if (actor.empty()) return 0;
  if (StartsWith(actor, "Military Forces of") || StartsWith(actor, "Police Forces of")) return 1;
  if (StartsWith(actor, "Protesters")) return 6;
  if (StartsWith(actor, "Rioters")) return 5;
  if (StartsWith(actor, "Civilians")) return 7;
  if (StartsWith(actor, "Unidentified")) return 3;
  return 2;  // a named non-state armed group
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += "; ";
    out += p;
  }
  return out;
}

std::string Number(double v) {
  if (std::isnan(v)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

std::vector<std::string> Row(const merge::MergedEvent& m) {
  const Event& e = m.event;
  int i1 = InterCode(e.actor1), i2 = InterCode(e.actor2);
  int interaction = i2 == 0 ? i1 * 10 : (i1 <= i2 ? i1 * 10 + i2 : i2 * 10 + i1);
  auto code = [](int v) { return v == 0 ? std::string() : std::to_string(v); };
  return {e.id,
          e.date,
          e.date.size() >= 4 ? e.date.substr(0, 4) : "",
          std::to_string(e.time_precision),
          DisorderType(e.event_type),
          e.event_type,
          e.sub_event_type,
          e.actor1,
          e.assoc_actor1,
          code(i1),
          e.actor2,
          e.assoc_actor2,
          code(i2),
          code(interaction),
          e.event_type == "Violence against civilians" ? "Civilian targeting" : "",
          "",
          "",
          e.place.country,
          e.place.admin1,
          "",
          "",
          e.location.empty() ? e.place.name : e.location,
          Number(e.place.latitude),
          Number(e.place.longitude),
          std::to_string(e.geo_precision),
          Join(m.outlets),
          "",
          e.notes.empty() ? e.evidence : e.notes,
          e.fatalities ? std::to_string(*e.fatalities) : "0",
          Join(e.tags),
          ""};
}

}  // namespace

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void WriteAcledCsv(const std::vector<merge::MergedEvent>& events, std::ostream& out) {
  bool first = true;
  for (const char* c : kColumns) {
    out << (first ? "" : ",") << c;
    first = false;
  }
  out << '\n';
  for (const auto& m : events) {
    std::vector<std::string> row = Row(m);
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << CsvField(row[i]);
    out << '\n';
  }
}

}  // namespace sitrep::report
