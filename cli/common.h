// Helpers shared by the CLI's commands: opening the store and the pipeline
// with the common flags, printing problems, the terminal progress bar, and
// JSON output. Nothing here processes text.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "ingest/reader.h"
#include "sitrep/pipeline.h"
#include "store/store.h"

namespace sitrep::cli {

// Flags that build a pipeline; add them with AddPipelineFlags.
struct PipelineFlags {
  std::string gazetteer;  // --gazetteer: an extra GeoNames dump
  std::string outlet;     // --outlet
  std::string published;  // --published YYYY-MM-DD
  bool plain = false;     // --plain
};

void AddPipelineFlags(CLI::App* cmd, PipelineFlags* flags, bool with_meta = true);
// --format FORMAT, one of `choices` (*format holds the default), and, when
// "jsonl" is a choice, --json as its shorthand.
void AddFormatOption(CLI::App* cmd, std::string* format, const std::vector<std::string>& choices);
Result<std::unique_ptr<Pipeline>> MakePipeline(const PipelineFlags& flags, bool explain_geo = false);
ingest::ReadOptions MakeReadOptions(const PipelineFlags& flags);
Result<std::unique_ptr<store::Store>> OpenStore(const std::string& path);

// "sitrep: <file> (<where>): <message>" on stderr, one line per problem.
void PrintProblems(const std::vector<ingest::Problem>& problems);
// "sitrep: <message>" on stderr.
void PrintError(const std::string& message);
// Prints the status's message and returns `exit_code`.
int Fail(const Status& status, int exit_code);
void PrintJsonLine(const nlohmann::json& j);

// A one-line progress bar on stderr, shown only when stderr is a terminal.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  // Redraws at most every 100 ms unless `force`.
  void Update(int64_t pages, uint64_t bytes_done, uint64_t bytes_total, bool force = false);
  void Finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// Text table: pads columns to the widest cell (cells cut at `max_width`).
std::string FormatTable(const std::vector<std::string>& header,
                        const std::vector<std::vector<std::string>>& rows, size_t max_width = 60);

}  // namespace sitrep::cli
