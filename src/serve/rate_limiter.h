// RateLimiter: a token bucket per client address.
//
// Each client may make `burst` requests at once and `per_second` requests per
// second on average; Allow() takes a token or says no (the server answers 429).
// Buckets idle long enough to be full again are dropped, so memory stays
// bounded by the number of recently active clients. Thread-safe (one mutex).
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace sitrep::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // per_second <= 0 disables limiting (Allow always true).
  RateLimiter(double per_second, double burst) : per_second_(per_second), burst_(burst) {}

  // True when `client` may make a request at time `now` (takes one token).
  bool Allow(const std::string& client, Clock::time_point now = Clock::now());
  // Clients currently tracked (for tests).
  size_t tracked() const;

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point last;
  };
  void DropIdle(Clock::time_point now);

  const double per_second_;
  const double burst_;
  mutable std::mutex mu_;
  std::map<std::string, Bucket> buckets_;
  Clock::time_point last_sweep_;
};

}  // namespace sitrep::serve
