// Tests of the printed date, update-time and wire dateline scanners.
#include "clean/dateline.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::clean {
namespace {

TEST(DateLineTest, NumericAndWrittenDates) {
  std::string iso;
  EXPECT_TRUE(ParseDateLine("15-08-2017", &iso));
  EXPECT_EQ(iso, "2017-08-15");
  EXPECT_TRUE(ParseDateLine("8/18/2017", &iso));
  EXPECT_EQ(iso, "2017-08-18");
  EXPECT_TRUE(ParseDateLine("Tuesday, August 15, 2017 10:23", &iso));
  EXPECT_EQ(iso, "2017-08-15");
  EXPECT_TRUE(ParseDateLine("Published: 3 May 2019", &iso));
  EXPECT_EQ(iso, "2019-05-03");
  EXPECT_TRUE(ParseDateLine("2019-05-03", &iso));
  EXPECT_EQ(iso, "2019-05-03");
}

TEST(DateLineTest, SentencesAndBadDatesAreNotDateLines) {
  std::string iso;
  EXPECT_FALSE(ParseDateLine("The army entered the town on August 15, 2017.", &iso));
  EXPECT_FALSE(ParseDateLine("32-08-2017", &iso));
  EXPECT_FALSE(ParseDateLine("Rudaw", &iso));
  EXPECT_FALSE(ParseDateLine("", &iso));
}

TEST(TrailingDateTest, CommentDates) {
  std::string printed;
  std::string text = "Islamic State finance emir relocated, US says 8/31/2017";
  size_t at = FindTrailingDate(text, &printed);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(printed, "8/31/2017");
  EXPECT_EQ(text.substr(at), "8/31/2017");
  EXPECT_EQ(FindTrailingDate("No date at the end of this one", &printed), std::string::npos);
  EXPECT_EQ(FindTrailingDate("In 2017 the siege ended after three years", &printed),
            std::string::npos);
}

TEST(UpdateLineTest, UpdateTimes) {
  std::string time;
  EXPECT_TRUE(ParseUpdateLine("UPDATE 1700 GMT: Claimed footage of the link-up", &time));
  EXPECT_EQ(time, "1700 GMT");
  EXPECT_TRUE(ParseUpdateLine("17:00 GMT: Army says road open", &time));
  EXPECT_EQ(time, "17:00 GMT");
  EXPECT_TRUE(ParseUpdateLine("UPDATE: more to follow", &time));
  EXPECT_EQ(time, "");
  EXPECT_FALSE(ParseUpdateLine("Update the map when the road opens", &time));
  EXPECT_FALSE(ParseUpdateLine("Updates from the front are scarce", &time));
}

TEST(WireDatelineTest, PlacesInCapitalsBeforeADash) {
  EXPECT_TRUE(StartsWithDateline("ERBIL, Kurdistan Region \xE2\x80\x93 The Syrian army advanced"));
  EXPECT_TRUE(StartsWithDateline("BEIRUT (Reuters) - Fighting resumed"));
  EXPECT_TRUE(StartsWithDateline("DAMASCUS \xE2\x80\x94 Officials said"));
  EXPECT_FALSE(StartsWithDateline("Beirut - a city of contrasts"));
  EXPECT_FALSE(StartsWithDateline("The army - with its allies - advanced"));
}

}  // namespace
}  // namespace sitrep::clean
