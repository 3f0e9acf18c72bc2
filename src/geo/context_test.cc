// Document-context rules of the resolver and recognizer, one behaviour per
// test, on sentences the team wrote: US states against countries, names the
// gazetteer lacks in a focused story, acronyms, institutions, counties,
// distances in brackets, division and country points.
#include <gtest/gtest.h>

#include <cmath>

#include "geo/geo_testutil.h"
#include "geo/geoparser.h"
#include "geo/resolver.h"

namespace sitrep::geo {
namespace {

class ContextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gazetteer_ = testing::SharedGazetteer();
    if (gazetteer_ == nullptr) GTEST_SKIP() << "gazetteer index not built";
    parser_ = std::move(*Geoparser::Create(gazetteer_));
  }
  std::vector<PlaceMention> Parse(const std::string& text) const {
    return parser_->Parse(testing::PlainDocument(text));
  }
  // The mentions whose text is `mention`.
  std::vector<PlaceMention> Find(const std::string& text, const std::string& mention) const {
    std::vector<PlaceMention> out;
    for (PlaceMention& m : Parse(text)) {
      if (m.mention == mention) out.push_back(std::move(m));
    }
    return out;
  }
  const Gazetteer* gazetteer_ = nullptr;
  std::unique_ptr<Geoparser> parser_;
};

TEST_F(ContextTest, ADemonymPointsAtItsCountry) {
  // Maadan is a town on the Euphrates and an alternate spelling of Mardan in
  // Pakistan; "Syrian" is the only country evidence, and no mention itself.
  std::vector<PlaceMention> all = Parse("The Syrian army seized Maadan on Monday.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].mention, "Maadan");
  EXPECT_EQ(all[0].place.country_code, "SY");
  std::vector<PlaceMention> alone = Find("The army seized Maadan on Monday.", "Maadan");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_NE(alone[0].place.country_code, "SY") << "without the demonym the biggest namesake wins";
}

TEST_F(ContextTest, GeorgiaInAnAmericanStoryIsTheState) {
  std::string text =
      "ATLANTA - Lawmakers in Georgia voted on Tuesday to raise the fuel tax. The bill now goes to the "
      "governor. Georgia drivers pay less than drivers in Tennessee or Alabama, and officials in Macon "
      "and Savannah want Georgia roads repaired.";
  std::vector<PlaceMention> georgia = Find(text, "Georgia");
  ASSERT_EQ(georgia.size(), 3u);
  for (const PlaceMention& m : georgia) {
    EXPECT_EQ(m.place.country_code, "US");
    EXPECT_EQ(m.place.feature, "ADM1");
  }
}

TEST_F(ContextTest, GeorgiaNextToTheCaucasusIsTheCountry) {
  std::string text =
      "Russian troops remain in South Ossetia, a breakaway region of Georgia. Officials in Tbilisi said "
      "talks with Moscow and Yerevan had stalled.";
  std::vector<PlaceMention> georgia = Find(text, "Georgia");
  ASSERT_EQ(georgia.size(), 1u);
  EXPECT_EQ(georgia[0].place.country_code, "GE");
}

TEST_F(ContextTest, NewsAgencyAcronymIsNoCapital) {
  std::string text =
      "Troops advanced east of Palmyra toward Deir ez-Zor, SANA reported, while aircraft struck Mayadin.";
  EXPECT_TRUE(Find(text, "SANA").empty());
  EXPECT_EQ(Find(text, "Mayadin").size(), 1u);
}

TEST_F(ContextTest, SmallUnknownIslandInASyriaStoryStaysInSyria) {
  std::string text =
      "A general who defended Deir ez-Zor for years was killed by a mine on Saqr island in the Euphrates, "
      "south of Raqqa and north of Mayadin.";
  std::vector<PlaceMention> saqr = Find(text, "Saqr island");
  ASSERT_EQ(saqr.size(), 1u);
  EXPECT_FALSE(saqr[0].place.resolved);
  EXPECT_EQ(saqr[0].place.country_code, "SY");
}

TEST_F(ContextTest, PlaceBeforeAnInstitutionIsThePlace) {
  std::string text = "The Athens Police Department arrested two men on Tuesday, officials in Atlanta said.";
  std::vector<PlaceMention> athens = Find(text, "Athens");
  ASSERT_EQ(athens.size(), 1u);
  EXPECT_EQ(athens[0].place.country_code, "US");
}

TEST_F(ContextTest, CountyIsOneMention) {
  std::string text = "Deputies in Licking County, Ohio, searched a farm between Newark and Heath.";
  std::vector<PlaceMention> county = Find(text, "Licking County");
  ASSERT_EQ(county.size(), 1u);
  EXPECT_EQ(county[0].place.country_code, "US");
  EXPECT_EQ(county[0].geo_precision, 2);
}

TEST_F(ContextTest, BracketedMilesKeepTheKilometres) {
  std::string text =
      "Syrian troops reached Deir ez-Zor's outskirts. They are now 12 km (7.5 miles) from the city, the army said.";
  std::vector<PlaceMention> city = Find(text, "the city");
  ASSERT_EQ(city.size(), 1u);
  ASSERT_TRUE(city[0].km_min.has_value());
  EXPECT_NEAR(*city[0].km_min, 12.0, 0.01);
  EXPECT_EQ(city[0].place.geonameid, 170794);  // Deir ez-Zor
}

TEST_F(ContextTest, HeadlineDoesNotTeachACountryAsASurname) {
  std::string text = "Rethinking Egypt-US relations. Egypt cooperated closely with Washington for decades.";
  std::vector<PlaceMention> egypt = Find(text, "Egypt");
  ASSERT_EQ(egypt.size(), 1u);  // the second; the first is glued to the headline's "Rethinking"
  EXPECT_EQ(egypt[0].place.country_code, "EG");
}

TEST_F(ContextTest, DivisionsAtTheirSeatCountriesAtTheirCapital) {
  std::vector<Place> province = gazetteer_->Lookup("Idlib");
  std::vector<Place> city, division;
  for (const Place& p : province) (p.feature == "ADM1" ? division : city).push_back(p);
  ASSERT_FALSE(division.empty());
  ASSERT_FALSE(city.empty());
  EXPECT_LT(DistanceKm(division[0].latitude, division[0].longitude, city[0].latitude, city[0].longitude), 1.0);
  // A federal state is shown near its middle, not at its seat: Texas is not at Austin.
  for (const Place& p : gazetteer_->Lookup("Texas")) {
    if (p.feature != "ADM1") continue;
    EXPECT_GT(DistanceKm(p.latitude, p.longitude, 30.27, -97.74), 100.0);
  }
}

}  // namespace
}  // namespace sitrep::geo
