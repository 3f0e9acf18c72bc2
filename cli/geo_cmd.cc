// sitrep geo: place mentions of pages (article segments only), one line per
// mention; sitrep gazetteer lookup: the places a name matches.
#include <cmath>
#include <iostream>
#include <memory>

#include "base/json_records.h"
#include "command.h"
#include "common.h"
#include "geo/gazetteer.h"
#include "pipeline/paths.h"

namespace sitrep::cli {
namespace {

struct GeoArgs {
  std::vector<std::string> inputs;
  PipelineFlags flags;
  std::string format = "jsonl";
  bool explain = false;
};

std::string Coord(double v) {
  if (std::isnan(v)) return "";
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.5f", v);
  return buf;
}

std::vector<std::string> Row(const std::string& file, const PlaceMention& m) {
  return {file,
          m.mention,
          std::to_string(m.start),
          std::to_string(m.end),
          m.place.geonameid ? std::to_string(m.place.geonameid) : "",
          m.place.name,
          Coord(m.place.latitude),
          Coord(m.place.longitude),
          m.place.admin1,
          m.place.country,
          m.place.feature,
          m.place.resolved ? "yes" : "no"};
}

int RunGeo(const GeoArgs& a) {
  auto pipeline = MakePipeline(a.flags, a.explain);
  if (!pipeline.ok()) return Fail(pipeline.status(), kExitFailure);
  std::vector<ingest::Problem> problems;
  std::vector<ingest::InputFile> files = ingest::ListInputs(a.inputs, &problems);
  ingest::ReadOptions options = MakeReadOptions(a.flags);
  bool table = a.format == "table";
  std::vector<std::vector<std::string>> rows;
  ingest::MetaCache cache;
  for (const ingest::InputFile& file : files) {
    ingest::ReadInput(file, options, &cache, [&](RawPage&& page) {
      auto analysis = (*pipeline)->Geoparse(page);
      if (!analysis.ok()) {
        problems.push_back({page.path, page.record, analysis.status().message()});
        return;
      }
      std::string name = analysis->document.FileName();
      for (const PlaceMention& m : analysis->mentions) {
        if (table) {
          rows.push_back(Row(name, m));
          continue;
        }
        nlohmann::json j = ToJson(m);
        j["file"] = name;
        j["source_id"] = analysis->document.source_id;
        PrintJsonLine(j);
      }
    }, &problems);
  }
  if (table) {
    std::cout << FormatTable({"file", "mention", "start", "end", "geonameid", "name", "latitude",
                              "longitude", "admin1", "country", "feature", "resolved"},
                             rows);
  }
  PrintProblems(problems);
  return problems.empty() ? kExitOk : kExitSkipped;
}

void SetupGeo(CLI::App& app, Globals& g) {
  auto a = std::make_shared<GeoArgs>();
  CLI::App* cmd = app.add_subcommand(
      "geo", "Place mentions in the article text of pages, resolved against GeoNames");
  cmd->add_option("inputs", a->inputs, "Files, folders, or - for standard input")->required();
  AddPipelineFlags(cmd, &a->flags);
  AddFormatOption(cmd, &a->format, {"jsonl", "table"});
  cmd->add_flag("--explain", a->explain, "Add the candidates considered and why the winner won");
  cmd->callback([a, &g] { g.exit_code = RunGeo(*a); });
}
SITREP_COMMAND(geo, 30, SetupGeo);

void SetupGazetteer(CLI::App& app, Globals& g) {
  CLI::App* gaz = app.add_subcommand("gazetteer", "Query the place-name gazetteer");
  gaz->require_subcommand(1);
  auto name = std::make_shared<std::string>();
  auto limit = std::make_shared<size_t>(10);
  auto dump = std::make_shared<std::string>();
  CLI::App* lookup = gaz->add_subcommand("lookup", "Places a name matches, best first (JSON lines)");
  lookup->add_option("name", *name, "Place name, any spelling or script")->required();
  lookup->add_option("--limit", *limit, "Most places to list")->capture_default_str();
  lookup->add_option("--gazetteer", *dump, "Extra GeoNames dump loaded over the built-in index")
      ->check(CLI::ExistingFile);
  lookup->callback([name, limit, dump, &g] {
    auto gazetteer = geo::Gazetteer::Open(DefaultGazetteerPath());
    if (!gazetteer.ok()) {
      g.exit_code = Fail(gazetteer.status(), kExitFailure);
      return;
    }
    if (!dump->empty()) {
      Status s = (*gazetteer)->LoadGeoNamesDump(*dump);
      if (!s.ok()) {
        g.exit_code = Fail(s, kExitFailure);
        return;
      }
    }
    std::vector<Place> places = (*gazetteer)->Lookup(*name, *limit);
    for (const Place& p : places) PrintJsonLine(ToJson(p));
    g.exit_code = places.empty() ? kExitSkipped : kExitOk;
  });
}
SITREP_COMMAND(gazetteer, 31, SetupGazetteer);

}  // namespace
}  // namespace sitrep::cli
