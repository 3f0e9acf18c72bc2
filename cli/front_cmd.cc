// sitrep front PLACE: how far each force is from a place, day by day, from
// distance claims and from fighting at the place (contact).
#include <iostream>
#include <memory>

#include "command.h"
#include "common.h"
#include "merge/merge.h"
#include "merge/situation.h"
#include "report/table.h"
#include "report/writers.h"

namespace sitrep::cli {
namespace {

struct FrontArgs {
  std::string place;
  std::string format = "table";
};

int RunFront(const FrontArgs& a, const Globals& g) {
  auto store = OpenStore(g.db);
  if (!store.ok()) return Fail(store.status(), kExitFailure);
  auto events = (*store)->ListReports(store::Filter{});
  if (!events.ok()) return Fail(events.status(), kExitFailure);
  store::Filter claim_filter;
  claim_filter.type = "distance";
  auto claim_rows = (*store)->ListClaims(claim_filter);
  if (!claim_rows.ok()) return Fail(claim_rows.status(), kExitFailure);
  std::vector<Claim> claims;
  for (auto& r : *claim_rows) claims.push_back(std::move(r.value));
  auto series = merge::FrontSeries(claims, merge::MergeEvents(std::move(*events)), a.place);
  if (a.format == "jsonl") {
    for (const auto& p : series) PrintJsonLine(report::FrontPointJson(p));
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : series) {
    rows.push_back({p.date, p.subject, p.reference,
                    p.kind == "contact" ? "contact" : report::KmRange(p.km_min, p.km_max) + " km",
                    p.claimed_by, p.evidence});
  }
  report::WriteTable({"date", "subject", "reference", "distance", "claimed_by", "evidence"}, rows,
                     std::cout, 60);
  return kExitOk;
}

void SetupFront(CLI::App& app, Globals& g) {
  auto a = std::make_shared<FrontArgs>();
  CLI::App* cmd = app.add_subcommand(
      "front", "Front-line distance series to a place: distance claims and contact");
  cmd->add_option("place", a->place, "A place name (any transliteration) or geonameid")->required();
  AddFormatOption(cmd, &a->format, {"table", "jsonl"});
  cmd->callback([a, &g] { g.exit_code = RunFront(*a, g); });
}
SITREP_COMMAND(front, 95, SetupFront);

}  // namespace
}  // namespace sitrep::cli
