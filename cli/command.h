// The CLI's command registry. Each cli/*_cmd.cc file adds its subcommands to
// the app through SITREP_COMMAND; main.cc parses and runs. Commands only call
// the library: no text processing lives here.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace sitrep::cli {

// Options every command may read; filled by main before the callback runs.
struct Globals {
  std::string db = "sitrep.db";  // --db: the embedded store
  bool quiet = false;            // --quiet: no progress bar, no summary
  int exit_code = 0;             // set by a command's callback
};

using CommandSetup = void (*)(CLI::App& app, Globals& globals);

// Registers a setup function; `order` sorts commands in --help.
struct CommandRegistrar {
  CommandRegistrar(int order, CommandSetup setup);
};

#define SITREP_COMMAND(name, order, setup) \
  static ::sitrep::cli::CommandRegistrar sitrep_command_##name(order, setup)

// Runs every registered setup function, in order.
void SetupCommands(CLI::App& app, Globals& globals);

// Exit statuses: 0 all fine, 1 some inputs skipped, 2 usage error, 3 failure.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFailure = 3;

}  // namespace sitrep::cli
