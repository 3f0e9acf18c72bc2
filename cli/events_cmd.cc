// sitrep events / claims / explain: list what extraction found, from the
// store or, with --input, from pages processed on the fly (into a store in
// memory, so the same filters apply).
#include <iostream>
#include <memory>

#include "base/json_records.h"
#include "command.h"
#include "common.h"
#include "merge/merge.h"
#include "pipeline/ingest_job.h"
#include "report/writers.h"

namespace sitrep::cli {
namespace {

struct ListArgs {
  std::vector<std::string> inputs;
  PipelineFlags flags;
  store::Filter filter;
  std::string format = "table";
  bool merged = false;
  bool reports = false;  // the default, accepted for clarity
};

void AddListFlags(CLI::App* cmd, ListArgs* a, bool events) {
  cmd->add_option("--input", a->inputs,
                  "Process these pages without storing them (files, folders or -)");
  AddPipelineFlags(cmd, &a->flags);
  cmd->add_option("--place", a->filter.place, "Place name (substring of location or admin1)");
  cmd->add_option("--actor", a->filter.actor, "Actor name (substring)");
  cmd->add_option("--type", a->filter.type,
                  events ? "Event type or sub-event type" : "Claim kind: distance, forecast, statement");
  cmd->add_option("--since", a->filter.since, "First date, YYYY-MM-DD");
  cmd->add_option("--until", a->filter.until, "Last date, YYYY-MM-DD");
  cmd->add_option("--limit", a->filter.limit, "Most rows to print (0: all)");
  std::vector<std::string> formats = {"table", "jsonl", "csv"};
  if (events) formats.push_back("geojson");
  AddFormatOption(cmd, &a->format, formats);
}

report::Format ParseFormat(const ListArgs& a) {
  if (a.format == "jsonl") return report::Format::kJsonl;
  if (a.format == "csv") return report::Format::kCsv;
  if (a.format == "geojson") return report::Format::kGeoJson;
  return report::Format::kTable;
}

// The store to list from: the --db store, or an in-memory one filled from --input.
Result<std::unique_ptr<store::Store>> SourceStore(const ListArgs& a, const Globals& g,
                                                  int* exit_code) {
  if (a.inputs.empty()) return OpenStore(g.db);
  ASSIGN_OR_RETURN(auto pipeline, MakePipeline(a.flags));
  ASSIGN_OR_RETURN(auto store, store::Store::Open(":memory:"));
  IngestJobOptions options;
  options.read = MakeReadOptions(a.flags);
  IngestProgress progress;
  RETURN_IF_ERROR(RunIngest(*pipeline, store.get(), a.inputs, options, &progress));
  PrintProblems(progress.problems);
  if (!progress.problems.empty()) *exit_code = kExitSkipped;
  return store;
}

int RunEvents(const ListArgs& a, const Globals& g) {
  int exit_code = kExitOk;
  auto store = SourceStore(a, g, &exit_code);
  if (!store.ok()) return Fail(store.status(), kExitFailure);
  auto events = (*store)->ListReports(a.filter);
  if (!events.ok()) return Fail(events.status(), kExitFailure);
  if (a.merged) {
    report::WriteEvents(merge::MergeEvents(std::move(*events)), ParseFormat(a), std::cout);
  } else {
    report::WriteReports(*events, ParseFormat(a), std::cout);
  }
  return exit_code;
}

int RunClaims(const ListArgs& a, const Globals& g) {
  int exit_code = kExitOk;
  auto store = SourceStore(a, g, &exit_code);
  if (!store.ok()) return Fail(store.status(), kExitFailure);
  auto rows = (*store)->ListClaims(a.filter);
  if (!rows.ok()) return Fail(rows.status(), kExitFailure);
  std::vector<Claim> claims;
  for (auto& r : *rows) claims.push_back(std::move(r.value));
  report::WriteClaims(claims, ParseFormat(a), std::cout);
  return exit_code;
}

void SetupEvents(CLI::App& app, Globals& g) {
  auto a = std::make_shared<ListArgs>();
  CLI::App* cmd = app.add_subcommand(
      "events",
      "ACLED-style events: one line per page's report of an event, each with the id of the "
      "event merged across pages (event_id); --merged for one line per event");
  AddListFlags(cmd, a.get(), true);
  auto* merged = cmd->add_flag("--merged", a->merged,
                               "One line per event merged across pages, with every source");
  cmd->add_flag("--reports", a->reports, "One line per report (the default)")->excludes(merged);
  cmd->callback([a, &g] { g.exit_code = RunEvents(*a, g); });
}
SITREP_COMMAND(events, 60, SetupEvents);

void SetupClaims(CLI::App& app, Globals& g) {
  auto a = std::make_shared<ListArgs>();
  CLI::App* cmd = app.add_subcommand("claims", "Distance claims, forecasts and statements");
  AddListFlags(cmd, a.get(), false);
  cmd->callback([a, &g] { g.exit_code = RunClaims(*a, g); });
}
SITREP_COMMAND(claims, 70, SetupClaims);

void PrintExplanation(const Event& e) {
  auto line = [](const char* k, const std::string& v) {
    std::cout << "  " << k << ": " << (v.empty() ? "-" : v) << "\n";
  };
  std::cout << "event " << e.id << "\n\nevidence (" << e.source.file << ", bytes "
            << e.evidence_start << "-" << e.evidence_end << "):\n  " << e.evidence
            << "\n\nrule: " << e.rule << "\n\nslots:\n";
  line("event_type", e.event_type);
  line("sub_event_type", e.sub_event_type);
  line("actor1", e.actor1);
  line("actor2", e.actor2);
  std::string where = e.location;
  if (e.place.geonameid) where += " (geonameid " + std::to_string(e.place.geonameid) + ")";
  if (!e.place.resolved && !e.location.empty()) where += " (not in the gazetteer)";
  line("location", where);
  line("admin1", e.place.admin1);
  line("country", e.place.country);
  line("geo_precision", std::to_string(e.geo_precision));
  line("date", e.date + " (time_precision " + std::to_string(e.time_precision) + ")");
  line("fatalities", e.fatalities ? (e.fatalities_qualifier.empty() ? "" : e.fatalities_qualifier + " ") +
                                        std::to_string(*e.fatalities)
                                  : "");
  line("claimed_by", e.claimed_by);
  line("modality", std::string(ModalityName(e.modality)));
  line("published", e.source.published + (e.source.outlet.empty() ? "" : " by " + e.source.outlet));
  if (!e.notes.empty()) line("notes", e.notes);
}

void SetupExplain(CLI::App& app, Globals& g) {
  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "explain", "Show an event's evidence sentence, the rule that fired and each resolved slot");
  cmd->add_option("event", *id, "Event id (or a unique prefix of 4+ characters)")->required();
  cmd->add_flag("--json", *json, "Print the event as JSON");
  cmd->callback([id, json, &g] {
    auto store = OpenStore(g.db);
    if (!store.ok()) {
      g.exit_code = Fail(store.status(), kExitFailure);
      return;
    }
    auto e = (*store)->GetEvent(*id);
    if (!e.ok()) {
      g.exit_code = Fail(e.status(), e.status().code() == StatusCode::kNotFound ? kExitSkipped
                                                                                : kExitUsage);
      return;
    }
    if (*json) {
      PrintJsonLine(ToJson(*e));
    } else {
      PrintExplanation(*e);
    }
  });
}
SITREP_COMMAND(explain, 80, SetupExplain);

}  // namespace
}  // namespace sitrep::cli
