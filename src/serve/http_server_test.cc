// The httplib adapter over a real loopback socket: static files, security
// headers, JSON errors for unknown paths, the body-size and rate limits, and
// a clean Stop.
#include "serve/http_server.h"

#include <httplib.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace sitrep::serve {
namespace {

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("sitrep_http_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "web");
    std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>map</title>";
    options_.db_path = (dir_ / "t.db").string();
    options_.web_dir = (dir_ / "web").string();
    options_.port = 0;
    options_.threads = 2;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<HttpServer> StartServer(const Api& api) {
    auto s = HttpServer::Start(options_, api);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  std::filesystem::path dir_;
  ServerOptions options_;
};

TEST_F(HttpServerTest, ServesApiAndFilesWithSecurityHeaders) {
  Api api{ApiOptions{}};
  auto server = StartServer(api);
  ASSERT_NE(server, nullptr);
  EXPECT_GT(server->port(), 0);
  httplib::Client cli("127.0.0.1", server->port());
  auto health = cli.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_NE(health->body.find("\"status\":\"ok\""), std::string::npos);
  EXPECT_EQ(health->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(health->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  auto page = cli.Get("/index.html");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<title>map</title>"), std::string::npos);
  auto missing = cli.Get("/no/such/file.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("\"error\""), std::string::npos);
  auto bad = cli.Get("/api/events?limit=zero");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  auto post = cli.Post("/ingest", "some page", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 403);
  server->Stop();
  EXPECT_TRUE(server->Wait().ok());
}

TEST_F(HttpServerTest, BodyAndRateLimits) {
  options_.rate_per_second = 2;
  options_.rate_burst = 4;
  ApiOptions o;
  o.max_body_bytes = 1000;
  Api api(o);
  auto server = StartServer(api);
  ASSERT_NE(server, nullptr);
  httplib::Client cli("127.0.0.1", server->port());
  auto big = cli.Post("/ingest", std::string(5000, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  int limited = 0;
  for (int i = 0; i < 12; ++i) {
    auto r = cli.Get("/api/health");
    ASSERT_TRUE(r);
    if (r->status == 429) ++limited;
  }
  EXPECT_GE(limited, 6);
}

TEST_F(HttpServerTest, BadStoreOrPortIsAnError) {
  Api api{ApiOptions{}};
  options_.db_path = (dir_ / "no" / "such" / "dir" / "t.db").string();
  EXPECT_FALSE(HttpServer::Start(options_, api).ok());
  options_.db_path = (dir_ / "t.db").string();
  auto first = StartServer(api);
  ASSERT_NE(first, nullptr);
  options_.port = first->port();  // taken
  auto second = HttpServer::Start(options_, api);
  EXPECT_FALSE(second.ok());
}

}  // namespace
}  // namespace sitrep::serve
