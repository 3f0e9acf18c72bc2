#include "text/numbers.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

std::optional<Count> At0(const std::string& s) { return ParseCount(Tokenize(s), 0); }

TEST(NumbersTest, QualifiedFigures) {
  auto c = At0("more than 120 Islamic State fighters");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->min, 120);
  EXPECT_EQ(c->qualifier, "more than");
  EXPECT_EQ(c->last, 2u);
  c = At0("at least 14 insurgents");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->min, 14);
  EXPECT_EQ(c->qualifier, "at least");
}

TEST(NumbersTest, WordsRangesAndVague) {
  EXPECT_EQ(At0("three young men")->min, 3);
  EXPECT_EQ(At0("twenty-five soldiers")->min, 25);
  EXPECT_EQ(At0("a dozen trucks")->min, 12);
  auto r = At0("18-20 km");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->min, 18);
  EXPECT_EQ(r->max, 20);
  auto d = At0("dozens of people");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->vague);
  EXPECT_EQ(d->min, 12);
  EXPECT_EQ(d->qualifier, "dozens");
  EXPECT_EQ(At0("1,285 truckloads")->min, 1285);
}

TEST(NumbersTest, NotACount) {
  EXPECT_FALSE(At0("the army"));
  EXPECT_FALSE(At0("more than the army"));
  EXPECT_FALSE(NumberWord("twenty-hundred"));
}

}  // namespace
}  // namespace sitrep::text
