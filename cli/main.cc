// sitrep: one binary, many subcommands. See `sitrep --help`.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "command.h"

namespace sitrep::cli {
namespace {

std::vector<std::pair<int, CommandSetup>>& Registry() {
  static std::vector<std::pair<int, CommandSetup>> registry;
  return registry;
}

}  // namespace

CommandRegistrar::CommandRegistrar(int order, CommandSetup setup) {
  Registry().emplace_back(order, setup);
}

void SetupCommands(CLI::App& app, Globals& globals) {
  auto& registry = Registry();
  std::stable_sort(registry.begin(), registry.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [order, setup] : registry) setup(app, globals);
}

}  // namespace sitrep::cli

int main(int argc, char** argv) {
  using sitrep::cli::Globals;
  CLI::App app{"sitrep: turns conflict news pages into a situation picture: "
               "clean pages, geoparse places, extract ACLED events and claims, "
               "merge reports, and serve a map."};
  app.set_version_flag("--version", "sitrep 0.1.0");
  app.require_subcommand(1);
  Globals globals;
  app.add_option("--db", globals.db, "SQLite store (embedded)")
      ->capture_default_str()
      ->envname("SITREP_DB");
  app.add_flag("-q,--quiet", globals.quiet, "No progress bar or summary");
  // Global options also after the command: `sitrep ingest --db x.db pages/`.
  // (Set before the commands are added: they inherit it.)
  app.fallthrough();
  sitrep::cli::SetupCommands(app, globals);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : sitrep::cli::kExitUsage;
  }
  return globals.exit_code;
}
