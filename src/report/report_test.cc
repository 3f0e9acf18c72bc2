#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/situation_report.h"
#include "report/writers.h"
#include "store/store.h"

namespace sitrep::report {
namespace {

Event Took(std::string id, std::string outlet, std::string where, std::string date) {
  Event e;
  e.id = std::move(id);
  e.source.outlet = std::move(outlet);
  e.source.file = e.source.outlet + ".txt";
  e.source.published = date;
  e.event_type = "Battles";
  e.sub_event_type = "Government regains territory";
  e.actor1 = "Military Forces of Syria";
  e.actor2 = "Islamic State";
  e.location = std::move(where);
  e.place.name = e.location;
  e.place.latitude = 34.86;
  e.place.longitude = 38.87;
  e.place.country = "Syria";
  e.date = std::move(date);
  e.evidence = "The army took " + e.location + ", \"officials\" said.";
  return e;
}

Claim Km(std::string id, std::string date, double km) {
  Claim c;
  c.id = std::move(id);
  c.kind = "distance";
  c.subject = "Military Forces of Syria";
  c.reference = "Deir ez-Zor";
  c.km_min = c.km_max = km;
  c.date = std::move(date);
  c.claimed_by = "Governor";
  c.source.outlet = "Wire A";
  c.evidence = "The army is " + std::to_string(static_cast<int>(km)) + " km from the city.";
  return c;
}

std::vector<merge::MergedEvent> TwoReports() {
  Event b = Took("b", "Wire B", "al-Sukhna", "2017-08-12");
  b.fatalities = 20;
  return merge::MergeEvents({Took("a", "Wire A", "Sukhna", "2017-08-12"), b});
}

TEST(WriteEvents, JsonlCarriesSourcesAndConfidence) {
  std::ostringstream out;
  WriteEvents(TwoReports(), Format::kJsonl, out);
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["sources"].size(), 2u);
  EXPECT_EQ(j["confidence"], "corroborated");
  EXPECT_EQ(j["fatalities_min"], 20);
  EXPECT_EQ(j["sub_event_type"], "Government regains territory");
  EXPECT_EQ(j["outlets"].size(), 2u);
}

TEST(WriteEvents, AcledCsvColumnsAndQuoting) {
  std::ostringstream out;
  WriteEvents(TwoReports(), Format::kCsv, out);
  std::string text = out.str();
  std::string header = text.substr(0, text.find('\n'));
  EXPECT_EQ(header.rfind("event_id_cnty,event_date,year,time_precision,disorder_type,", 0), 0u);
  EXPECT_NE(header.find(",latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"),
            std::string::npos);
  EXPECT_NE(text.find("Political violence"), std::string::npos);
  EXPECT_NE(text.find("\"The army took Sukhna, \"\"officials\"\" said.\""), std::string::npos);
  EXPECT_NE(text.find(",Military Forces of Syria,,1,Islamic State,,2,12,"), std::string::npos);
}

TEST(WriteEvents, GeoJsonPointsLonLat) {
  std::ostringstream out;
  WriteEvents(TwoReports(), Format::kGeoJson, out);
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 1u);
  EXPECT_DOUBLE_EQ(j["features"][0]["geometry"]["coordinates"][0].get<double>(), 38.87);
}

TEST(WriteReports, OneLinePerReportWithItsMergedEvent) {
  std::ostringstream out;
  Event b = Took("b", "Wire B", "al-Sukhna", "2017-08-12");
  std::vector<Event> reports = {Took("a", "Wire A", "Sukhna", "2017-08-12"), b};
  WriteReports(reports, Format::kJsonl, out);
  std::istringstream in(out.str());
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0]["file"], lines[1]["file"]);
  EXPECT_EQ(lines[0]["event_id"], lines[1]["event_id"]);
  EXPECT_EQ(lines[0]["event_reports"], 2);
  EXPECT_EQ(lines[0]["sources"].size(), 1u);
  std::ostringstream table;
  WriteReports(reports, Format::kTable, table);
  EXPECT_NE(table.str().find("Wire B"), std::string::npos);
}

TEST(WriteClaims, TableAndJsonl) {
  std::ostringstream table, jsonl;
  WriteClaims({Km("c1", "2017-09-01", 30)}, Format::kTable, table);
  EXPECT_NE(table.str().find("30"), std::string::npos);
  WriteClaims({Km("c1", "2017-09-01", 30)}, Format::kJsonl, jsonl);
  EXPECT_EQ(nlohmann::json::parse(jsonl.str())["km"], 30);
}

Analysis Page(std::string id, std::vector<Event> events, std::vector<Claim> claims) {
  Analysis a;
  a.document.id = id;
  a.document.path = "/tmp/" + id + ".txt";
  a.document.source_id = id;
  a.document.content = "Title\n\nBody.";
  for (auto& e : events) e.source.document_id = id;
  for (auto& c : claims) c.source.document_id = id;
  a.events = std::move(events);
  a.claims = std::move(claims);
  return a;
}

TEST(SituationReport, SectionsFromTheStore) {
  auto store = *store::Store::Open(":memory:");
  ASSERT_TRUE(store->Put(Page("doc1", {Took("a", "Wire A", "Sukhna", "2017-08-12")},
                              {Km("c1", "2017-09-01", 30)}))
                  .ok());
  ASSERT_TRUE(store->Put(Page("doc2", {Took("b", "Wire B", "al-Sukhna", "2017-08-12")},
                              {Km("c2", "2017-09-03", 12)}))
                  .ok());
  ReportOptions o;
  o.format = "markdown";
  std::ostringstream md;
  ASSERT_TRUE(WriteSituationReport(*store, o, md).ok());
  std::string text = md.str();
  for (const char* s : {"# Situation report", "## Key developments", "## Control changes",
                        "## Front line", "## Contradictions", "## Outlets used", "Wire A", "Wire B",
                        "30 km", "12 km", "taken by Military Forces of Syria"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s << "\n" << text;
  }
  o.format = "json";
  std::ostringstream js;
  ASSERT_TRUE(WriteSituationReport(*store, o, js).ok());
  auto j = nlohmann::json::parse(js.str());
  EXPECT_EQ(j["developments"].size(), 1u);
  EXPECT_EQ(j["developments"][0]["sources"].size(), 2u);
  EXPECT_EQ(j["control"].size(), 1u);
  EXPECT_EQ(j["front"]["Deir ez-Zor"].size(), 2u);
  o.format = "pdf";
  EXPECT_EQ(WriteSituationReport(*store, o, js).code(), StatusCode::kInvalidArgument);
  o.format = "text";
  o.since = "2018-01-01";
  std::ostringstream empty;
  ASSERT_TRUE(WriteSituationReport(*store, o, empty).ok());
  EXPECT_NE(empty.str().find("No events in this period."), std::string::npos);
}

}  // namespace
}  // namespace sitrep::report
