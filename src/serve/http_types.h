// Request and Response: the plain values a route handler reads and returns.
//
// The HTTP adapter (http_server.cc, the only file that includes cpp-httplib)
// copies each request into a Request, calls the route table, and copies the
// Response back, so every handler is a plain function testable without
// sockets (udpipe's rest_server style). Value types; not synchronized.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "sitrep/status.h"

namespace sitrep::serve {

struct Request {
  std::string method = "GET";  // "GET", "POST", ...
  std::string path;            // without the query string, e.g. "/api/events/1a2b"
  // Query parameters, decoded. A parameter given twice keeps the first value
  // and is reported as an error by the handlers (see Params).
  std::multimap<std::string, std::string> params;
  std::string content_type;
  std::string body;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// A JSON response; invalid UTF-8 in strings is replaced, never thrown on.
Response JsonResponse(const nlohmann::json& j, int status = 200);
// {"error": {"code": <HTTP status>, "status": "INVALID_ARGUMENT", "message": ...}}.
Response ErrorResponse(int http_status, const std::string& message);
// Maps a Status to its HTTP status: InvalidArgument 400, NotFound 404,
// AlreadyExists 409, Unavailable 503, everything else 500.
Response StatusResponse(const Status& status);
int HttpStatusOf(StatusCode code);

}  // namespace sitrep::serve
