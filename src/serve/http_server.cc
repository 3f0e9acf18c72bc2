// The cpp-httplib adapter: copies requests into serve::Request, routes them
// through Api::Handle with the worker thread's Store, and copies the answer
// back. The only file that includes httplib.h.
#include "serve/http_server.h"

#include <httplib.h>

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
  svr->set_keep_alive_max_count(1000);
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
    Send(ErrorResponse(res.status, res.status == 413 ? "request body too large"
                                                     : "no such page: " + req.path.substr(0, 100)),
         &res);
  });
  svr->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Send(ErrorResponse(500, "internal error"), &res);
      });
}

}  // namespace

Status Serve(const ServerOptions& o, const Api& api, const OnListening& on_listening) {
  {
    auto check = store::Store::Open(o.db_path);  // fail early on a bad database
    if (!check.ok()) return check.status();
  }
  StorePool pool(o.db_path);
  RateLimiter limiter(o.rate_per_second, o.rate_burst);
  try {
    httplib::Server svr;
    Configure(&svr, o, api, &pool, &limiter);
    int port = o.port;
    if (port == 0) {
      port = svr.bind_to_any_port(o.host);
    } else if (!svr.bind_to_port(o.host, port)) {
      port = -1;
    }
    if (port < 0) {
      return UnavailableError("cannot listen on " + o.host + ":" + std::to_string(o.port));
    }
    if (on_listening) on_listening("http://" + o.host + ":" + std::to_string(port) + "/");
    if (!svr.listen_after_bind()) return UnavailableError("the listener stopped with an error");
  } catch (const std::exception& e) {
    return InternalError(std::string("http server: ") + e.what());
  }
  return Status::OK();
}

}  // namespace sitrep::serve
