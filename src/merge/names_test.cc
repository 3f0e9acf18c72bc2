#include "merge/names.h"

#include <gtest/gtest.h>

#include "merge/dates.h"

namespace sitrep::merge {
namespace {

TEST(FoldName, DropsArticlesHyphensAndGenericWords) {
  EXPECT_EQ(FoldName("Deir el-Zour City"), "deir zour");
  EXPECT_EQ(FoldName("al-Sukhna"), "sukhna");
  EXPECT_EQ(FoldName("Ma'arrat al-Nu'man"), "maarrat numan");
  EXPECT_EQ(FoldName("Al"), "al");
}

TEST(FoldName, FoldsDiacriticsAndScript) {
  EXPECT_EQ(FoldName("Dayr az Zawr"), "dayr zawr");
  EXPECT_EQ(FoldName("Ḥamāh"), "hamah");
  EXPECT_FALSE(FoldName("دير الزور").empty());
}

TEST(PlaceKey, TransliterationsShareAKey) {
  EXPECT_EQ(PlaceKey("Deir ez-Zor"), PlaceKey("Deir el-Zour"));
  EXPECT_EQ(PlaceKey("Deir ez-Zor"), PlaceKey("Dayr az Zawr"));
  EXPECT_EQ(PlaceKey("Qaryatayn"), PlaceKey("al-Qaryatain"));
  EXPECT_EQ(PlaceKey("al-Sukhna"), PlaceKey("Sukhnah"));
  EXPECT_EQ(PlaceKey("al-Kharata oil field"), PlaceKey("Kharrata oil field"));
  EXPECT_NE(PlaceKey("Mayadin"), PlaceKey("Deir ez-Zor"));
  EXPECT_NE(PlaceKey("Palmyra"), PlaceKey("Raqqa"));
  EXPECT_EQ(PlaceKey(""), "");
}

TEST(SamePlace, ByIdOrName) {
  Place a, b;
  a.geonameid = 170794;
  b.geonameid = 170794;
  EXPECT_TRUE(SamePlace(a, "x", b, "y"));
  b.geonameid = 0;
  EXPECT_FALSE(SamePlace(a, "Deir ez-Zor", b, "Mayadin"));
  EXPECT_TRUE(SamePlace(a, "Deir ez-Zor", b, "Deir el-Zour"));
}

TEST(ActorKey, DropsPeriodAndGenericWords) {
  EXPECT_EQ(ActorKey("Military Forces of Syria (2000-)"), "syria");
  EXPECT_EQ(ActorKey("Islamic State"), "islamic state");
  EXPECT_EQ(ActorKey(""), "");
}

TEST(DistanceKm, KnownDistance) {
  // Deir ez-Zor to Mayadin: about 42 km.
  double km = DistanceKm(35.336, 40.140, 35.020, 40.452);
  EXPECT_GT(km, 40);
  EXPECT_LT(km, 46);
  EXPECT_DOUBLE_EQ(DistanceKm(1, 2, 1, 2), 0);
}

TEST(Dates, DayNumbersAndRanges) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2017-09-05T10:00:00Z"), DayNumber("2017-09-05"));
  EXPECT_FALSE(DayNumber("5 Sept 2017").has_value());
  EXPECT_FALSE(DayNumber("2017-13-01").has_value());
  EXPECT_EQ(DateOfDay(*DayNumber("2016-02-29")), "2016-02-29");
  auto day = DateRange("2017-09-05", 1);
  EXPECT_EQ(day->last - day->first, 2);
  auto month = DateRange("2017-09-17", 3);
  EXPECT_EQ(DateOfDay(month->first), "2017-09-01");
  EXPECT_EQ(DateOfDay(month->last), "2017-09-30");
  auto dec = DateRange("2017-12-03", 3);
  EXPECT_EQ(DateOfDay(dec->last), "2017-12-31");
}

}  // namespace
}  // namespace sitrep::merge
