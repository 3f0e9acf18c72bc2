#include "serve/rate_limiter.h"

#include <algorithm>

namespace sitrep::serve {

bool RateLimiter::Allow(const std::string& client, Clock::time_point now) {
  if (per_second_ <= 0) return true;
  std::lock_guard<std::mutex> lock(mu_);
  DropIdle(now);
  auto [it, inserted] = buckets_.try_emplace(client);
  Bucket& b = it->second;
  if (inserted) {
    b.tokens = burst_;
  } else {
    double elapsed = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(burst_, b.tokens + std::max(0.0, elapsed) * per_second_);
  }
  b.last = now;
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

size_t RateLimiter::tracked() const {
  std::lock_guard<std::mutex> lock(mu_);
  return buckets_.size();
}

void RateLimiter::DropIdle(Clock::time_point now) {
  if (now - last_sweep_ < std::chrono::seconds(10)) return;
  last_sweep_ = now;
  // A bucket idle for burst / per_second seconds is full: same as a new one.
  auto full_after = std::chrono::duration<double>(burst_ / per_second_);
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    if (now - it->second.last > full_after) {
      it = buckets_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace sitrep::serve
