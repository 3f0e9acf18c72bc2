// sitrep serve: the read-only HTTP API and the web map over a store.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "command.h"
#include "common.h"
#include "serve/api.h"
#include "serve/http_server.h"

namespace sitrep::cli {
namespace {

struct ServeArgs {
  serve::ServerOptions server;
  bool allow_ingest = false;
  PipelineFlags flags;
  size_t max_body_bytes = 8u << 20;
  std::string db;  // --db after `serve` (else the global --db)
};

// web/ beside the binary (the build tree's copy), else $SITREP_WEB.
std::string DefaultWebDir() {
  if (const char* env = std::getenv("SITREP_WEB")) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto dir = exe.parent_path() / "web";
    if (std::filesystem::exists(dir / "index.html", ec)) return dir.string();
  }
  return "";
}

int RunServe(ServeArgs& a, const Globals& g) {
  a.server.db_path = a.db.empty() ? g.db : a.db;
  std::error_code ec;
  if (!a.allow_ingest && !std::filesystem::exists(a.server.db_path, ec)) {
    PrintError("no store at " + a.server.db_path + ": run `sitrep --db " + a.server.db_path +
               " ingest PAGES` first (or serve with --allow-ingest to start empty)");
    return kExitUsage;
  }
  if (a.server.web_dir.empty()) a.server.web_dir = DefaultWebDir();
  if (a.server.web_dir.empty()) PrintError("web/ not found beside the binary: serving the API only");
  serve::ApiOptions options;
  options.allow_ingest = a.allow_ingest;
  options.max_body_bytes = a.max_body_bytes;
  std::unique_ptr<Pipeline> pipeline;
  if (a.allow_ingest) {
    auto p = MakePipeline(a.flags);
    if (!p.ok()) return Fail(p.status(), kExitFailure);
    pipeline = std::move(*p);
    options.pipeline = pipeline.get();
  }
  serve::Api api(options);
  Status st = serve::Serve(a.server, api, [&](const std::string& address) {
    std::printf("sitrep: serving %s (store %s%s)\n", address.c_str(),
                a.server.db_path.c_str(), a.allow_ingest ? ", POST /ingest allowed" : ", read-only");
    std::fflush(stdout);
  });
  if (!st.ok()) return Fail(st, kExitFailure);
  return kExitOk;
}

void SetupServe(CLI::App& app, Globals& g) {
  auto a = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON API and the web map over the store");
  cmd->add_option("--db", a->db, "SQLite store (default: the global --db)");
  cmd->add_option("--port", a->server.port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--host", a->server.host, "Address to listen on (loopback by default)")
      ->capture_default_str();
  cmd->add_option("--web", a->server.web_dir, "Folder of the web map (default: web/ beside the binary)");
  cmd->add_option("--threads", a->server.threads, "Worker threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  cmd->add_option("--rate-limit", a->server.rate_per_second,
                  "Requests per second per client address (0: no limit)")
      ->check(CLI::Range(0.0, 1e9))
      ->capture_default_str();
  cmd->add_option("--max-body", a->max_body_bytes, "Largest page POST /ingest accepts, in bytes")
      ->capture_default_str();
  cmd->add_flag("--allow-ingest", a->allow_ingest, "Accept pages with POST /ingest (writes the store)");
  AddPipelineFlags(cmd, &a->flags, false);
  cmd->callback([a, &g] {
    a->server.rate_burst = a->server.rate_per_second * 2;
    g.exit_code = RunServe(*a, g);
  });
}
SITREP_COMMAND(serve, 120, SetupServe);

}  // namespace
}  // namespace sitrep::cli
