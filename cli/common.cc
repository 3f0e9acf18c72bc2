#include "common.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace sitrep::cli {

void AddPipelineFlags(CLI::App* cmd, PipelineFlags* flags, bool with_meta) {
  cmd->add_option("--gazetteer", flags->gazetteer,
                  "Extra GeoNames dump (allCountries.txt, SY.txt, ...) loaded over the built-in index")
      ->check(CLI::ExistingFile);
  if (with_meta) {
    cmd->add_option("--outlet", flags->outlet, "Outlet name for pages that do not state one");
    cmd->add_option("--published", flags->published,
                    "Publication date (YYYY-MM-DD) for pages that do not state one");
  }
  cmd->add_flag("--plain", flags->plain,
                "Inputs are bare article text (JSONL lines with id and text): no cleaning");
}

void AddFormatOption(CLI::App* cmd, std::string* format, const std::vector<std::string>& choices) {
  cmd->add_option("--format", *format, "Output format")->check(CLI::IsMember(choices))->capture_default_str();
  if (std::find(choices.begin(), choices.end(), "jsonl") == choices.end()) return;
  cmd->add_flag_callback("--json", [format] { *format = "jsonl"; }, "Same as --format jsonl");
}

Result<std::unique_ptr<Pipeline>> MakePipeline(const PipelineFlags& flags, bool explain_geo) {
  PipelineOptions options;
  options.extra_gazetteer_path = flags.gazetteer;
  options.plain = flags.plain;
  options.explain_geo = explain_geo;
  return Pipeline::Create(options);
}

ingest::ReadOptions MakeReadOptions(const PipelineFlags& flags) {
  ingest::ReadOptions options;
  options.outlet = flags.outlet;
  options.published = flags.published;
  options.plain = flags.plain;
  return options;
}

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& path) {
  return store::Store::Open(path);
}

void PrintProblems(const std::vector<ingest::Problem>& problems) {
  for (const auto& p : problems) {
    std::string where = p.where.empty() ? "" : " (" + p.where + ")";
    std::fprintf(stderr, "sitrep: %s%s: %s\n", p.path.c_str(), where.c_str(), p.message.c_str());
  }
}

void PrintError(const std::string& message) {
  std::fprintf(stderr, "sitrep: %s\n", message.c_str());
}

int Fail(const Status& status, int exit_code) {
  PrintError(status.message());
  return exit_code;
}

void PrintJsonLine(const nlohmann::json& j) {
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressBar::Update(int64_t pages, uint64_t bytes_done, uint64_t bytes_total, bool force) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  if (secs <= 0) secs = 1e-9;
  double frac = bytes_total ? static_cast<double>(bytes_done) / bytes_total : 0;
  int filled = static_cast<int>(frac * 30);
  std::string bar(filled, '=');
  bar.resize(30, ' ');
  std::fprintf(stderr, "\r[%s] %3.0f%% %lld pages  %.1f pages/s  %.2f MB/s ", bar.c_str(),
               frac * 100, static_cast<long long>(pages), pages / secs,
               bytes_done / secs / 1e6);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (enabled_ && drawn_) std::fprintf(stderr, "\n");
}

std::string FormatTable(const std::vector<std::string>& header,
                        const std::vector<std::vector<std::string>>& rows, size_t max_width) {
  auto cut = [max_width](const std::string& s) {
    std::string one = s;
    for (char& c : one) {
      if (c == '\n' || c == '\t') c = ' ';
    }
    if (one.size() <= max_width) return one;
    size_t n = max_width - 3;
    while (n > 0 && (static_cast<unsigned char>(one[n]) & 0xC0) == 0x80) --n;  // UTF-8 boundary
    return one.substr(0, n) + "...";
  };
  std::vector<size_t> width(header.size());
  for (size_t i = 0; i < header.size(); ++i) width[i] = header[i].size();
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : rows) {
    std::vector<std::string> r;
    for (size_t i = 0; i < header.size(); ++i) {
      r.push_back(i < row.size() ? cut(row[i]) : "");
      width[i] = std::max(width[i], r.back().size());
    }
    cells.push_back(std::move(r));
  }
  std::string out;
  auto line = [&](const std::vector<std::string>& r) {
    for (size_t i = 0; i < r.size(); ++i) {
      out += r[i];
      if (i + 1 < r.size()) out += std::string(width[i] - r[i].size() + 2, ' ');
    }
    out += '\n';
  };
  line(header);
  for (const auto& r : cells) line(r);
  return out;
}

}  // namespace sitrep::cli
