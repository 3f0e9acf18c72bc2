#include "serve/rate_limiter.h"

#include <gtest/gtest.h>

namespace sitrep::serve {
namespace {

using std::chrono::milliseconds;

TEST(RateLimiterTest, BurstThenRefill) {
  RateLimiter limiter(10, 3);
  auto t = RateLimiter::Clock::now();
  EXPECT_TRUE(limiter.Allow("a", t));
  EXPECT_TRUE(limiter.Allow("a", t));
  EXPECT_TRUE(limiter.Allow("a", t));
  EXPECT_FALSE(limiter.Allow("a", t));
  EXPECT_TRUE(limiter.Allow("b", t));  // clients are separate
  EXPECT_FALSE(limiter.Allow("a", t + milliseconds(50)));
  EXPECT_TRUE(limiter.Allow("a", t + milliseconds(110)));  // one token per 100 ms
  EXPECT_FALSE(limiter.Allow("a", t + milliseconds(120)));
}

TEST(RateLimiterTest, DisabledAllowsEverything) {
  RateLimiter limiter(0, 0);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.Allow("a"));
  EXPECT_EQ(limiter.tracked(), 0u);
}

TEST(RateLimiterTest, IdleClientsAreDropped) {
  RateLimiter limiter(10, 5);
  auto t = RateLimiter::Clock::now();
  for (int i = 0; i < 50; ++i) limiter.Allow("client" + std::to_string(i), t);
  EXPECT_EQ(limiter.tracked(), 50u);
  limiter.Allow("late", t + std::chrono::seconds(60));
  EXPECT_EQ(limiter.tracked(), 1u);
}

}  // namespace
}  // namespace sitrep::serve
