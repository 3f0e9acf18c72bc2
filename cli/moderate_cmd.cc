// sitrep moderate: judge the reader comments of pages against an outlet's
// comment policy (approve or reject, with rule and reason).
#include <iostream>
#include <map>
#include <memory>

#include "clean/cleaner.h"
#include "command.h"
#include "common.h"
#include "moderate/moderator.h"
#include "pipeline/paths.h"

namespace sitrep::cli {
namespace {

struct ModerateArgs {
  std::vector<std::string> paths;
  PipelineFlags flags;
  std::string policy;        // --policy FILE; else chosen by outlet
  std::string policy_dir;    // --policy-dir; else <data>/moderation
  std::string format = "table";
};

struct Summary {
  int approved = 0;
  int rejected = 0;
  std::map<std::string, int> by_rule;
};

nlohmann::json DecisionJson(const Document& doc, const moderate::CommentDecision& c,
                            const std::string& policy) {
  const auto& d = c.decision;
  return {{"file", doc.path}, {"source_id", doc.source_id}, {"start", c.start}, {"end", c.end},
          {"depth", c.segment->depth},
          {"author", c.author.empty() ? nlohmann::json() : nlohmann::json(c.author)},
          {"policy", policy}, {"decision", d.reject ? "reject" : "approve"},
          {"rule", d.rule.empty() ? nlohmann::json() : nlohmann::json(d.rule)},
          {"reason", d.reason.empty() ? nlohmann::json() : nlohmann::json(d.reason)},
          {"text", c.segment->text}};
}

// Moderators for every policy, built once; `chosen` when --policy was given.
class PolicyBook {
 public:
  Status Load(const ModerateArgs& args) {
    std::vector<moderate::Policy> policies;
    if (!args.policy.empty()) {
      auto p = moderate::LoadPolicy(args.policy);
      if (!p.ok()) return p.status();
      policies.push_back(std::move(*p));
    } else {
      std::string dir = args.policy_dir.empty() ? DefaultDataDir() + "/moderation" : args.policy_dir;
      auto ps = moderate::LoadPolicyDir(dir);
      if (!ps.ok()) return ps.status();
      policies = std::move(*ps);
    }
    fixed_ = !args.policy.empty();
    policies_ = policies;
    for (auto& p : policies) {
      auto m = moderate::Moderator::Create(std::move(p));
      if (!m.ok()) return m.status();
      moderators_.push_back(std::move(*m));
    }
    return Status::OK();
  }

  // The moderator for a page's outlet; null when no policy fits.
  const moderate::Moderator* For(const Document& doc) const {
    if (fixed_) return moderators_.front().get();
    const moderate::Policy* p = moderate::SelectPolicy(policies_, doc.meta.outlet.value, doc.meta.url.value);
    return p == nullptr ? nullptr : moderators_[p - policies_.data()].get();
  }

 private:
  bool fixed_ = false;
  std::vector<moderate::Policy> policies_;
  std::vector<std::unique_ptr<moderate::Moderator>> moderators_;
};

void PrintTable(const Document& doc, const std::vector<moderate::CommentDecision>& cs,
                const std::string& policy) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : cs) {
    rows.push_back({std::to_string(c.start) + "-" + std::to_string(c.end), std::to_string(c.segment->depth),
                    c.author, c.decision.reject ? "reject" : "approve", c.decision.rule,
                    c.decision.reject ? c.decision.reason : c.segment->text});
  }
  std::cout << "== " << doc.path << " (policy " << policy << ")\n"
            << FormatTable({"bytes", "depth", "author", "decision", "rule", "reason / text"}, rows, 100);
}

int RunModerate(const ModerateArgs& args, const Globals& g) {
  PolicyBook book;
  if (Status s = book.Load(args); !s.ok()) return Fail(s, kExitFailure);
  bool jsonl = args.format == "jsonl";
  Summary sum;
  std::vector<ingest::Problem> problems;
  ingest::MetaCache meta_cache;
  for (const auto& input : ingest::ListInputs(args.paths, &problems)) {
    ingest::ReadInput(input, MakeReadOptions(args.flags), &meta_cache, [&](RawPage&& page) {
      Result<Document> doc = clean::Clean(page);
      if (!doc.ok()) return problems.push_back({page.path, page.record, doc.status().message()});
      const moderate::Moderator* m = book.For(*doc);
      if (m == nullptr) return problems.push_back({page.path, page.record, "no comment policy fits"});
      auto cs = moderate::ModerateDocument(*m, *doc);
      for (const auto& c : cs) {
        c.decision.reject ? ++sum.rejected : ++sum.approved;
        if (c.decision.reject) ++sum.by_rule[c.decision.rule];
        if (jsonl) PrintJsonLine(DecisionJson(*doc, c, m->policy().name));
      }
      if (!jsonl && !cs.empty()) PrintTable(*doc, cs, m->policy().name);
    }, &problems);
  }
  std::cout.flush();
  PrintProblems(problems);
  if (!g.quiet) {
    std::fprintf(stderr, "%d comments: %d approved, %d rejected", sum.approved + sum.rejected,
                 sum.approved, sum.rejected);
    for (const auto& [rule, n] : sum.by_rule) std::fprintf(stderr, "; %s %d", rule.c_str(), n);
    std::fprintf(stderr, "\n");
  }
  return problems.empty() ? kExitOk : kExitSkipped;
}

void SetupModerate(CLI::App& app, Globals& g) {
  auto args = std::make_shared<ModerateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "moderate", "Judge the reader comments of pages against the outlet's comment policy");
  cmd->add_option("paths", args->paths, "Files, folders or - (standard input)")->required();
  cmd->add_option("--outlet", args->flags.outlet,
                  "Outlet name for pages that do not state one (it chooses the policy)");
  cmd->add_option("--policy", args->policy, "Policy file (default: chosen by the page's outlet)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--policy-dir", args->policy_dir,
                  "Folder of *.policy files (default: the data folder's moderation/)")
      ->check(CLI::ExistingDirectory);
  AddFormatOption(cmd, &args->format, {"table", "jsonl"});
  cmd->callback([args, &g] { g.exit_code = RunModerate(*args, g); });
}
SITREP_COMMAND(moderate, 60, SetupModerate);

}  // namespace
}  // namespace sitrep::cli
