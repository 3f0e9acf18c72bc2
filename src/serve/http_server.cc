// The cpp-httplib adapter: copies requests into serve::Request, routes them
// through Api::Handle with the worker thread's Store, and copies the answer
// back. The only file that includes httplib.h.
#include "serve/http_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "serve/rate_limiter.h"

namespace sitrep::serve {
namespace {

// One Store per worker thread, opened on first use.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  Result<store::Store*> ForThisThread() {
    std::lock_guard<std::mutex> lock(mu_);
    auto& slot = stores_[std::this_thread::get_id()];
    if (!slot) {
      ASSIGN_OR_RETURN(slot, store::Store::Open(path_));
    }
    return slot.get();
  }

 private:
  std::string path_;
  std::mutex mu_;
  std::map<std::thread::id, std::unique_ptr<store::Store>> stores_;
};

void Send(const Response& from, httplib::Response* to) {
  to->status = from.status;
  to->set_content(from.body, from.content_type.c_str());
}

Request Convert(const httplib::Request& req) {
  Request r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.params.emplace(k, v);
  r.content_type = req.get_header_value("Content-Type");
  r.body = req.body;
  return r;
}

constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'";

void Configure(httplib::Server* svr, const ServerOptions& o, const Api& api, StorePool* pool,
               RateLimiter* limiter) {
  int threads = o.threads > 0 ? o.threads : 1;
  svr->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr->set_payload_max_length(api.options().max_body_bytes + 1);
  svr->set_read_timeout(o.timeout_seconds, 0);
  svr->set_write_timeout(o.timeout_seconds, 0);
  // A worker serves one connection at a time: bound how long one client holds it.
  svr->set_keep_alive_max_count(100);
  svr->set_keep_alive_timeout(2);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm holds the body until the client's delayed ACK (~40 ms) on a
  // kept-alive connection, which set the p99 of the load benchmark.
  svr->set_tcp_nodelay(true);
  // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, which would
  // let a second server bind a port that is already serving.
  svr->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  svr->set_default_headers({{"Content-Security-Policy", kCsp},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"}});
  svr->set_pre_routing_handler([limiter](const httplib::Request& req, httplib::Response& res) {
    if (limiter->Allow(req.remote_addr)) return httplib::Server::HandlerResponse::Unhandled;
    Send(ErrorResponse(429, "too many requests: slow down"), &res);
    return httplib::Server::HandlerResponse::Handled;
  });
  auto handle = [&api, pool](const httplib::Request& req, httplib::Response& res) {
    auto store = pool->ForThisThread();
    if (!store.ok()) return Send(StatusResponse(store.status()), &res);
    Send(api.Handle(Convert(req), *store), &res);
  };
  svr->Get(R"(/api/.*)", handle);
  for (const char* p : {R"(/api/.*)", "/ingest"}) {
    svr->Post(p, handle);
    svr->Put(p, handle);
    svr->Delete(p, handle);
    svr->Patch(p, handle);
  }
  svr->Get("/ingest", handle);
  if (!o.web_dir.empty()) svr->set_mount_point("/", o.web_dir);
  svr->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = "request failed";
    if (res.status == 404) message = "no such page: " + req.path.substr(0, 100);
    if (res.status == 413) message = "request body too large";
    if (res.status == 400) message = "malformed request";
    if (res.status == 414) message = "request line too long";
    Send(ErrorResponse(res.status, message), &res);
  });
  svr->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Send(ErrorResponse(500, "internal error"), &res);
      });
}

}  // namespace

struct HttpServer::Impl {
  Impl(const ServerOptions& o) : pool(o.db_path), limiter(o.rate_per_second, o.rate_burst) {}
  StorePool pool;
  RateLimiter limiter;
  httplib::Server svr;
  std::thread listener;
  std::atomic<bool> stopped{false};
  std::atomic<bool> failed{false};
  std::atomic<bool> done{false};
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() {
  Stop();
  if (impl_->listener.joinable()) impl_->listener.join();
}

Result<std::unique_ptr<HttpServer>> HttpServer::Start(const ServerOptions& o, const Api& api) {
  {
    auto check = store::Store::Open(o.db_path);  // fail early on a bad database
    if (!check.ok()) return check.status();
  }
  auto impl = std::make_unique<Impl>(o);
  int port = -1;
  try {
    Configure(&impl->svr, o, api, &impl->pool, &impl->limiter);
    if (o.port == 0) {
      port = impl->svr.bind_to_any_port(o.host);
    } else if (impl->svr.bind_to_port(o.host, o.port)) {
      port = o.port;
    }
  } catch (const std::exception& e) {
    return InternalError(std::string("http server: ") + e.what());
  }
  if (port < 0) return UnavailableError("cannot listen on " + o.host + ":" + std::to_string(o.port));
  Impl* raw = impl.get();
  impl->listener = std::thread([raw] {
    bool ok = false;
    try {
      ok = raw->svr.listen_after_bind();
    } catch (const std::exception&) {
      ok = false;
    }
    if (!ok && !raw->stopped) raw->failed = true;
    raw->done = true;
  });
  // Wait until requests are accepted, so that Stop can never come too early.
  for (int i = 0; i < 5000 && !impl->svr.is_running() && !impl->done; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::unique_ptr<HttpServer> server(new HttpServer(std::move(impl)));
  server->port_ = port;
  server->address_ = "http://" + o.host + ":" + std::to_string(port) + "/";
  return server;
}

void HttpServer::Stop() {
  impl_->stopped = true;
  impl_->svr.stop();
}

Status HttpServer::Wait() {
  if (impl_->listener.joinable()) impl_->listener.join();
  if (impl_->failed) return UnavailableError("the listener on " + address_ + " stopped with an error");
  return Status::OK();
}

namespace {

std::atomic<HttpServer*> g_serving{nullptr};

void StopOnSignal(int) {
  // svr.stop() only sets a flag and shuts the listening socket down.
  if (HttpServer* s = g_serving.load()) s->Stop();
}

}  // namespace

Status Serve(const ServerOptions& o, const Api& api, const OnListening& on_listening) {
  ASSIGN_OR_RETURN(auto server, HttpServer::Start(o, api));
  if (on_listening) on_listening(server->address());
  g_serving = server.get();
  std::signal(SIGINT, StopOnSignal);
  std::signal(SIGTERM, StopOnSignal);
  Status st = server->Wait();
  g_serving = nullptr;
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  return st;
}

}  // namespace sitrep::serve
