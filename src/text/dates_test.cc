#include "text/dates.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

// Resolves the only time expression of `s` against `pub`.
std::string Resolve(const std::string& s, const std::string& pub, int* precision = nullptr) {
  std::vector<Token> toks = Tokenize(s);
  std::vector<TimeExpr> t = FindTimes(toks, 0, toks.size(), *ParseIsoDay(pub));
  if (t.size() != 1) return "count " + std::to_string(t.size());
  if (precision) *precision = t[0].precision;
  return FormatDay(t[0].day);
}

TEST(DatesTest, CivilArithmetic) {
  EXPECT_EQ(ToDays({1970, 1, 1}), 0);
  EXPECT_EQ(FormatDay(FromDays(ToDays({2017, 9, 4}))), "2017-09-04");
  EXPECT_EQ(Weekday({2017, 9, 4}), 1);  // a Monday
  EXPECT_EQ(FormatDay(AddDays({2017, 3, 1}, -1)), "2017-02-28");
  EXPECT_FALSE(ParseIsoDay("2017-13-01"));
  EXPECT_EQ(FormatDay(*ParseIsoDay("2017-08-15T10:00:00Z")), "2017-08-15");
}

TEST(DatesTest, WeekdaysAreOnOrBeforePublication) {
  int p = 0;
  EXPECT_EQ(Resolve("On Sunday, the army said", "2017-09-04", &p), "2017-09-03");
  EXPECT_EQ(p, 1);
  EXPECT_EQ(Resolve("taken on Saturday", "2017-08-15"), "2017-08-12");
  EXPECT_EQ(Resolve("reported on Monday", "2017-09-04"), "2017-09-04");
  EXPECT_EQ(Resolve("began last Monday", "2017-09-04"), "2017-08-28");
}

TEST(DatesTest, AbbreviatedMonthsMidMonthAndPartsOfToday) {
  int p = 0;
  EXPECT_EQ(Resolve("killed on Oct. 5 near the town", "2017-10-12", &p), "2017-10-05");
  EXPECT_EQ(p, 1);
  EXPECT_EQ(Resolve("fighting in mid-September", "2017-10-12", &p), "2017-09-15");
  EXPECT_EQ(p, 2);
  EXPECT_EQ(Resolve("struck this morning", "2017-10-12", &p), "2017-10-12");
  EXPECT_EQ(p, 1);
  EXPECT_EQ(Resolve("took the town last month", "2017-10-31", &p), "2017-09-15");
  EXPECT_EQ(p, 3);
  EXPECT_EQ(Resolve("took the town last month", "2018-01-04"), "2017-12-15");
}

TEST(DatesTest, WeeksMonthsAndParts) {
  int p = 0;
  EXPECT_EQ(Resolve("last week ISIS counter-attacked", "2017-10-07", &p), "2017-09-30");
  EXPECT_EQ(p, 2);
  EXPECT_EQ(Resolve("Throughout this week, the army", "2017-10-07", &p), "2017-10-07");
  EXPECT_EQ(p, 2);
  EXPECT_EQ(Resolve("in early August", "2017-08-15", &p), "2017-08-05");
  EXPECT_EQ(p, 2);
  EXPECT_EQ(Resolve("in late July", "2017-08-15"), "2017-07-25");
  EXPECT_EQ(Resolve("at the start of September", "2017-10-07"), "2017-09-03");
  EXPECT_EQ(Resolve("in December", "2018-01-10", &p), "2017-12-15");
  EXPECT_EQ(p, 3);
}

TEST(DatesTest, ExplicitDatesAndSpans) {
  int p = 0;
  EXPECT_EQ(Resolve("on August 23 proving", "2017-09-05", &p), "2017-08-23");
  EXPECT_EQ(p, 1);
  EXPECT_EQ(Resolve("Syria Daily, September 1, 2017", "2017-09-04"), "2017-09-01");
  EXPECT_EQ(Resolve("on 23 August 2016", "2017-09-05"), "2016-08-23");
  EXPECT_EQ(Resolve("15-08-2017", "2017-09-05"), "2017-08-15");
  EXPECT_EQ(Resolve("in the last 24 hours", "2017-09-05", &p), "2017-09-05");
  EXPECT_EQ(p, 1);
  EXPECT_EQ(Resolve("over two days of operations", "2017-09-03", &p), "2017-09-02");
  EXPECT_EQ(p, 2);
  EXPECT_EQ(Resolve("seized Mosul in 2014", "2017-09-03", &p), "2014-07-01");
  EXPECT_EQ(p, 3);
}

TEST(DatesTest, CountedBack) {
  int p = 0;
  EXPECT_EQ(Resolve("taken away three weeks ago", "2020-06-10", &p), "2020-05-20");
  EXPECT_EQ(p, 2);
  EXPECT_EQ(Resolve("killed two days ago", "2020-06-10", &p), "2020-06-08");
  EXPECT_EQ(p, 1);
}

TEST(DatesTest, NoTimeInPlainText) {
  EXPECT_EQ(Resolve("the army may march on", "2017-09-03"), "count 0");
}

}  // namespace
}  // namespace sitrep::text
