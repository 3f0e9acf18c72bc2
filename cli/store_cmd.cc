// sitrep show / search / stats: read the store.
#include <iostream>
#include <memory>

#include "base/json_records.h"
#include "command.h"
#include "common.h"

namespace sitrep::cli {
namespace {

std::string MetaLine(const char* name, const MetaValue& v) {
  if (v.empty()) return std::string(name) + ": -\n";
  return std::string(name) + ": " + v.value + "  (from " + v.source + ")\n";
}

void PrintDocument(const Analysis& a) {
  const Document& d = a.document;
  std::cout << "id: " << d.id << "\nfile: " << d.path
            << (d.record.empty() ? "" : " (" + d.record + ")") << "\nsource_id: " << d.source_id
            << "\n"
            << MetaLine("title", d.meta.title) << MetaLine("outlet", d.meta.outlet)
            << MetaLine("published", d.meta.published) << MetaLine("url", d.meta.url);
  if (!a.duplicate_of.empty()) std::cout << "near-duplicate of: " << a.duplicate_of << "\n";
  std::vector<std::vector<std::string>> rows;
  for (const Segment& s : d.segments) {
    std::string label(LabelName(s.label));
    if (s.label == SegmentLabel::kComment) label += "/" + std::to_string(s.depth);
    rows.push_back({std::to_string(s.start_line), label, s.text});
  }
  std::cout << "\nsegments:\n" << FormatTable({"line", "label", "text"}, rows, 100);
  rows.clear();
  for (const Event& e : a.events) {
    rows.push_back({e.id.substr(0, 10), e.date, e.sub_event_type, e.actor1, e.actor2, e.location});
  }
  std::cout << "\nevents: " << a.events.size() << "\n";
  if (!rows.empty()) {
    std::cout << FormatTable({"id", "date", "sub_event_type", "actor1", "actor2", "location"}, rows, 40);
  }
  std::cout << "claims: " << a.claims.size() << "\nplace mentions: " << a.mentions.size() << "\n";
}

nlohmann::json DocumentJson(const Analysis& a) {
  const Document& d = a.document;
  nlohmann::json segments = nlohmann::json::array();
  for (const Segment& s : d.segments) {
    segments.push_back({{"label", LabelName(s.label)}, {"start", s.start}, {"end", s.end},
                        {"start_line", s.start_line}, {"end_line", s.end_line},
                        {"depth", s.depth}, {"time", s.time}, {"text", s.text}});
  }
  nlohmann::json events = nlohmann::json::array(), claims = nlohmann::json::array(),
                 mentions = nlohmann::json::array();
  for (const auto& e : a.events) events.push_back(ToJson(e));
  for (const auto& c : a.claims) claims.push_back(ToJson(c));
  for (const auto& m : a.mentions) mentions.push_back(ToJson(m));
  return {{"id", d.id}, {"file", d.path}, {"source_id", d.source_id}, {"record", d.record},
          {"meta", ToJson(d.meta)}, {"duplicate_of", a.duplicate_of}, {"segments", segments},
          {"events", events}, {"claims", claims}, {"mentions", mentions}};
}

void SetupShow(CLI::App& app, Globals& g) {
  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("show", "Show a stored page: metadata, segments, events");
  cmd->add_option("id", *id, "Page id (or a unique prefix of 4+ characters)")->required();
  cmd->add_flag("--json", *json, "Print as JSON");
  cmd->callback([id, json, &g] {
    auto store = OpenStore(g.db);
    if (!store.ok()) {
      g.exit_code = Fail(store.status(), kExitFailure);
      return;
    }
    auto a = (*store)->GetDocument(*id);
    if (!a.ok()) {
      PrintError(a.status().message());
      g.exit_code = a.status().code() == StatusCode::kNotFound ? kExitSkipped : kExitFailure;
      return;
    }
    if (*json) {
      PrintJsonLine(DocumentJson(*a));
    } else {
      PrintDocument(*a);
    }
  });
}
SITREP_COMMAND(show, 30, SetupShow);

void SetupSearch(CLI::App& app, Globals& g) {
  auto query = std::make_shared<std::string>();
  auto limit = std::make_shared<int64_t>(20);
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over stored article text");
  cmd->add_option("query", *query, "FTS5 query, e.g. 'siege AND airport' or '\"oil field\"'")
      ->required();
  cmd->add_option("--limit", *limit, "Most hits to print")->capture_default_str();
  cmd->add_flag("--json", *json, "One JSON line per hit");
  cmd->callback([query, limit, json, &g] {
    auto store = OpenStore(g.db);
    if (!store.ok()) {
      g.exit_code = Fail(store.status(), kExitFailure);
      return;
    }
    auto hits = (*store)->Search(*query, *limit);
    if (!hits.ok()) {
      g.exit_code = Fail(hits.status(), kExitUsage);
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& h : *hits) {
      if (*json) {
        PrintJsonLine({{"id", h.document_id}, {"title", h.title}, {"snippet", h.snippet},
                       {"rank", h.rank}});
      } else {
        rows.push_back({h.document_id, h.title, h.snippet});
      }
    }
    if (!*json) std::cout << FormatTable({"id", "title", "snippet"}, rows, 70);
  });
}
SITREP_COMMAND(search, 40, SetupSearch);

void SetupStats(CLI::App& app, Globals& g) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("stats", "Counts of what the store holds");
  cmd->add_flag("--json", *json, "Print as JSON");
  cmd->callback([json, &g] {
    auto store = OpenStore(g.db);
    if (!store.ok()) {
      g.exit_code = Fail(store.status(), kExitFailure);
      return;
    }
    auto s = (*store)->GetStats();
    if (!s.ok()) {
      g.exit_code = Fail(s.status(), kExitFailure);
      return;
    }
    nlohmann::json j = {{"documents", s->documents}, {"segments", s->segments},
                        {"article_segments", s->article_segments}, {"comments", s->comments},
                        {"place_mentions", s->mentions}, {"events", s->events},
                        {"claims", s->claims}, {"bytes", s->bytes},
                        {"schema_version", s->schema_version}};
    if (*json) return PrintJsonLine(j);
    for (auto& [k, v] : j.items()) std::cout << k << ": " << v.dump() << "\n";
  });
}
SITREP_COMMAND(stats, 50, SetupStats);

}  // namespace
}  // namespace sitrep::cli
