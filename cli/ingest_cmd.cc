// sitrep ingest / segments: read pages, clean them, and store or print them.
#include <iostream>
#include <memory>

#include "base/json_records.h"
#include "clean/cleaner.h"
#include "command.h"
#include "common.h"
#include "pipeline/ingest_job.h"

namespace sitrep::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  PipelineFlags flags;
  bool json = false;
};

void PrintSummary(const IngestProgress& p, bool json) {
  if (json) {
    nlohmann::json j = {{"pages", p.pages}, {"stored", p.stored}, {"unchanged", p.unchanged},
                        {"near_duplicates", p.near_duplicates}, {"events", p.events},
                        {"claims", p.claims}, {"skipped", p.problems.size()}};
    nlohmann::json skipped = nlohmann::json::array();
    for (const auto& pr : p.problems) {
      skipped.push_back({{"file", pr.path}, {"where", pr.where}, {"message", pr.message}});
    }
    j["problems"] = skipped;
    PrintJsonLine(j);
    return;
  }
  std::fprintf(stderr,
               "ingested %lld pages: %lld new, %lld unchanged, %lld near-duplicates; "
               "%lld events, %lld claims\n",
               static_cast<long long>(p.pages), static_cast<long long>(p.stored),
               static_cast<long long>(p.unchanged), static_cast<long long>(p.near_duplicates),
               static_cast<long long>(p.events), static_cast<long long>(p.claims));
  if (!p.problems.empty()) {
    std::fprintf(stderr, "skipped %zu input(s):\n", p.problems.size());
    for (const auto& pr : p.problems) {
      std::fprintf(stderr, "  %s%s\n", pr.path.c_str(),
                   pr.where.empty() ? "" : (" (" + pr.where + ")").c_str());
    }
  }
}

int RunIngestCommand(const IngestArgs& args, const Globals& g) {
  auto pipeline = MakePipeline(args.flags);
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return kExitFailure;
  }
  auto store = OpenStore(g.db);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFailure;
  }
  ProgressBar bar(!g.quiet);
  IngestJobOptions options;
  options.read = MakeReadOptions(args.flags);
  options.on_progress = [&bar](const IngestProgress& p) {
    bar.Update(p.pages, p.bytes_done, p.bytes_total);
  };
  IngestProgress progress;
  Status s = RunIngest(**pipeline, store->get(), args.paths, options, &progress);
  bar.Finish();
  PrintProblems(progress.problems);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  if (!g.quiet || args.json) PrintSummary(progress, args.json);
  return progress.problems.empty() ? kExitOk : kExitSkipped;
}

void SetupIngest(CLI::App& app, Globals& g) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Read pages (.txt .html .jsonl .warc .warc.gz, folders, - for stdin), clean, "
                "geoparse and extract them, and store the results");
  cmd->add_option("paths", args->paths, "Files, folders or - (standard input)")->required();
  AddPipelineFlags(cmd, &args->flags);
  cmd->add_flag("--json", args->json, "Print the summary as JSON");
  cmd->callback([args, &g] { g.exit_code = RunIngestCommand(*args, g); });
}
SITREP_COMMAND(ingest, 10, SetupIngest);

struct SegmentsArgs {
  std::vector<std::string> paths;
  PipelineFlags flags;
  std::string format = "table";
};

nlohmann::json SegmentJson(const Document& doc, const Segment& s) {
  return {{"file", doc.path}, {"source_id", doc.source_id}, {"label", LabelName(s.label)},
          {"start_line", s.start_line}, {"end_line", s.end_line}, {"start", s.start},
          {"end", s.end}, {"depth", s.depth}, {"time", s.time.empty() ? nlohmann::json() : nlohmann::json(s.time)},
          {"text", s.text}};
}

void PrintSegmentsTable(const Document& doc) {
  std::vector<std::vector<std::string>> rows;
  for (const Segment& s : doc.segments) {
    std::string label(LabelName(s.label));
    if (s.label == SegmentLabel::kComment) label += "/" + std::to_string(s.depth);
    rows.push_back({std::to_string(s.start_line) + "-" + std::to_string(s.end_line), label, s.text});
  }
  std::cout << "== " << doc.path << (doc.record.empty() ? "" : " (" + doc.record + ")") << "\n"
            << FormatTable({"lines", "label", "text"}, rows, 90);
}

int RunSegments(const SegmentsArgs& args) {
  bool jsonl = args.format == "jsonl";
  std::vector<ingest::Problem> problems;
  ingest::MetaCache meta_cache;
  for (const auto& input : ingest::ListInputs(args.paths, &problems)) {
    ingest::ReadInput(input, MakeReadOptions(args.flags), &meta_cache, [&](RawPage&& page) {
      Result<Document> doc = args.flags.plain ? clean::CleanPlain(page) : clean::Clean(page);
      if (!doc.ok()) {
        problems.push_back({page.path, page.record, doc.status().message()});
        return;
      }
      if (!jsonl) return PrintSegmentsTable(*doc);
      for (const Segment& s : doc->segments) PrintJsonLine(SegmentJson(*doc, s));
    }, &problems);
  }
  PrintProblems(problems);
  return problems.empty() ? kExitOk : kExitSkipped;
}

void SetupSegments(CLI::App& app, Globals& g) {
  auto args = std::make_shared<SegmentsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "segments", "Clean pages without storing them and print their labelled segments");
  cmd->add_option("paths", args->paths, "Files, folders or - (standard input)")->required();
  AddPipelineFlags(cmd, &args->flags);
  AddFormatOption(cmd, &args->format, {"table", "jsonl"});
  cmd->callback([args, &g] { g.exit_code = RunSegments(*args); });
}
SITREP_COMMAND(segments, 20, SetupSegments);

}  // namespace
}  // namespace sitrep::cli
