// sitrep report: the situation report for a place and period.
#include <iostream>
#include <memory>

#include "command.h"
#include "common.h"
#include "report/situation_report.h"

namespace sitrep::cli {
namespace {

void SetupReport(CLI::App& app, Globals& g) {
  auto o = std::make_shared<report::ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Situation report: developments with sources, control, front line, claims, "
                "contradictions, outlets");
  cmd->add_option("--place", o->place, "Place name (substring of location, admin1 or reference)");
  cmd->add_option("--since", o->since, "First date, YYYY-MM-DD");
  cmd->add_option("--until", o->until, "Last date, YYYY-MM-DD");
  AddFormatOption(cmd, &o->format, {"text", "markdown", "json"});
  cmd->callback([o, &g] {
    auto store = OpenStore(g.db);
    if (!store.ok()) {
      g.exit_code = Fail(store.status(), kExitFailure);
      return;
    }
    Status s = report::WriteSituationReport(**store, *o, std::cout);
    if (!s.ok()) g.exit_code = Fail(s, kExitFailure);
  });
}
SITREP_COMMAND(report, 100, SetupReport);

}  // namespace
}  // namespace sitrep::cli
