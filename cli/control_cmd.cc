// sitrep control / front: the territorial-control timeline and front-line
// distance series, computed from the stored events and claims (merged first,
// so one event told by five outlets is one change of control).
#include <iostream>
#include <memory>

#include "command.h"
#include "common.h"
#include "merge/merge.h"
#include "merge/names.h"
#include "merge/situation.h"
#include "report/table.h"
#include "report/writers.h"

namespace sitrep::cli {
namespace {

struct ControlArgs {
  std::string place;
  std::string at;
  std::string format = "table";
};

Result<std::vector<merge::MergedEvent>> StoredMergedEvents(store::Store& store) {
  ASSIGN_OR_RETURN(std::vector<Event> events, store.ListReports(store::Filter{}));
  return merge::MergeEvents(std::move(events));
}

void PrintControl(const std::vector<merge::ControlChange>& changes, const std::string& format) {
  if (format == "jsonl") {
    for (const auto& c : changes) PrintJsonLine(report::ControlChangeJson(c));
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : changes) {
    rows.push_back({c.place, c.date, c.controller, c.previous, c.kind,
                    std::to_string(c.sources.size()), c.evidence});
  }
  report::WriteTable({"place", "date", "controller", "previous", "change", "reports", "evidence"},
                     rows, std::cout, 60);
}

int RunControl(const ControlArgs& a, const Globals& g) {
  auto store = OpenStore(g.db);
  if (!store.ok()) return Fail(store.status(), kExitFailure);
  auto events = StoredMergedEvents(**store);
  if (!events.ok()) return Fail(events.status(), kExitFailure);
  std::vector<merge::ControlChange> timeline = merge::ControlTimeline(*events);
  if (!a.at.empty()) timeline = merge::ControlAt(timeline, a.at);
  if (!a.place.empty()) {
    Place wanted;
    wanted.name = a.place;
    std::erase_if(timeline, [&](const merge::ControlChange& c) {
      Place p;
      p.name = c.place;
      p.geonameid = c.geonameid;
      return !merge::SamePlace(wanted, a.place, p, c.place) &&
             a.place != std::to_string(c.geonameid);
    });
  }
  PrintControl(timeline, a.format);
  return kExitOk;
}

void SetupControl(CLI::App& app, Globals& g) {
  auto a = std::make_shared<ControlArgs>();
  CLI::App* cmd = app.add_subcommand(
      "control", "Who took or lost each place and when (territorial-control timeline)");
  cmd->add_option("place", a->place, "A place name (any transliteration) or geonameid");
  cmd->add_option("--at", a->at, "Who held each place on this date (YYYY-MM-DD)");
  AddFormatOption(cmd, &a->format, {"table", "jsonl"});
  cmd->callback([a, &g] { g.exit_code = RunControl(*a, g); });
}
SITREP_COMMAND(control, 90, SetupControl);

}  // namespace
}  // namespace sitrep::cli
