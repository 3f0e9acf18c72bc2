#include "serve/http_types.h"

namespace sitrep::serve {

Response JsonResponse(const nlohmann::json& j, int status) {
  Response r;
  r.status = status;
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

namespace {

const char* StatusName(int http_status) {
  switch (http_status) {
    case 400: return "INVALID_ARGUMENT";
    case 403: return "FORBIDDEN";
    case 404: return "NOT_FOUND";
    case 405: return "METHOD_NOT_ALLOWED";
    case 409: return "ALREADY_EXISTS";
    case 413: return "PAYLOAD_TOO_LARGE";
    case 429: return "RATE_LIMITED";
    case 503: return "UNAVAILABLE";
    default: return http_status >= 500 ? "INTERNAL" : "ERROR";
  }
}

}  // namespace

Response ErrorResponse(int http_status, const std::string& message) {
  nlohmann::json j = {{"error",
                       {{"code", http_status}, {"status", StatusName(http_status)},
                        {"message", message}}}};
  return JsonResponse(j, http_status);
}

int HttpStatusOf(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kAlreadyExists: return 409;
    case StatusCode::kUnavailable: return 503;
    default: return 500;
  }
}

Response StatusResponse(const Status& status) {
  return ErrorResponse(HttpStatusOf(status.code()), status.message());
}

}  // namespace sitrep::serve
