// The HTTP server: the one adapter over cpp-httplib.
//
// Serve() binds host:port, then answers /api/* and /ingest through an Api and
// every other path from the web folder (the map page and the vendored
// Leaflet and world-atlas files). Each worker thread opens its own Store on
// the database (SQLite connections are per thread). Limits: request bodies
// over max_body_bytes get 413, clients over the rate limit get 429, and a
// request is given `timeout_seconds` to arrive. Every answer carries
// Content-Security-Policy and nosniff headers; page text is only ever sent
// as JSON. httplib's exceptions are caught here and become 500s.
//
// Lifecycle: HttpServer::Start binds and starts listening on a background
// thread; Wait blocks until Stop is called (from any thread) or the
// listener fails. Serve is Start + Wait for the CLI.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "serve/api.h"
#include "sitrep/status.h"

namespace sitrep::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0: any free port (printed when bound)
  std::string db_path;             // the store each worker opens
  std::string web_dir;             // static files; empty: API only
  int threads = 8;                 // worker threads
  double rate_per_second = 100;    // per client address; 0: no limit
  double rate_burst = 200;
  int timeout_seconds = 10;        // read and write timeout per request
};

class HttpServer {
 public:
  // Opens the store once (to fail early), binds host:port and starts
  // listening. `api` must outlive the server. Error: the store cannot be
  // opened, or the port cannot be bound.
  static Result<std::unique_ptr<HttpServer>> Start(const ServerOptions& options, const Api& api);
  ~HttpServer();  // stops and joins
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // "http://host:port/", with the bound port.
  const std::string& address() const { return address_; }
  int port() const { return port_; }
  // Stops listening; thread-safe.
  void Stop();
  // Blocks until the listener ends. Error: it ended by failing, not by Stop.
  Status Wait();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::string address_;
  int port_ = 0;
};

// Called once the socket is bound, with the address ("http://host:port/").
using OnListening = std::function<void(const std::string& address)>;

// Start, report the address, Wait (until SIGINT or SIGTERM stops the server).
Status Serve(const ServerOptions& options, const Api& api, const OnListening& on_listening);

}  // namespace sitrep::serve
