#include "merge/situation.h"

#include <gtest/gtest.h>

namespace sitrep::merge {
namespace {

Event Taken(std::string id, std::string who, std::string from, std::string where, std::string date) {
  Event e;
  e.id = std::move(id);
  e.source.outlet = "Outlet";
  e.event_type = "Battles";
  e.sub_event_type = who == "Islamic State" ? "Non-state actor overtakes territory"
                                            : "Government regains territory";
  e.actor1 = std::move(who);
  e.actor2 = std::move(from);
  e.location = std::move(where);
  e.date = std::move(date);
  e.evidence = "took " + e.location;
  return e;
}

Claim Distance(std::string id, std::string ref, std::string date, double lo, double hi,
               std::string by) {
  Claim c;
  c.id = std::move(id);
  c.kind = "distance";
  c.subject = "Military Forces of Syria";
  c.reference = std::move(ref);
  c.date = std::move(date);
  c.km_min = lo;
  c.km_max = hi;
  c.claimed_by = std::move(by);
  c.evidence = "km claim " + c.id;
  return c;
}

TEST(ControlTimeline, PerPlaceInDateOrderWithPrevious) {
  auto merged = MergeEvents({Taken("1", "Military Forces of Syria", "Islamic State", "Qaryatayn", "2017-04-03"),
                             Taken("2", "Islamic State", "", "al-Qaryatain", "2017-10-01"),
                             Taken("3", "Military Forces of Syria", "Islamic State", "al-Sukhna", "2017-08-12")});
  auto timeline = ControlTimeline(merged);
  ASSERT_EQ(timeline.size(), 3u);
  // Qaryatayn's two changes are adjacent, in date order; the second names the loser.
  int q = timeline[0].place == "al-Sukhna" ? 1 : 0;
  EXPECT_EQ(timeline[q].date, "2017-04-03");
  EXPECT_EQ(timeline[q + 1].controller, "Islamic State");
  EXPECT_EQ(timeline[q + 1].previous, "Military Forces of Syria");
  auto at = ControlAt(timeline, "2017-09-01");
  ASSERT_EQ(at.size(), 2u);
  for (const auto& c : at) EXPECT_EQ(c.controller, "Military Forces of Syria");
  EXPECT_EQ(ControlAt(timeline, "2017-01-01").size(), 0u);
}

TEST(ControlTimeline, SiegeBrokenCountsDeniedDoesNot) {
  Event siege;
  siege.id = "s";
  siege.event_type = "Battles";
  siege.sub_event_type = "Armed clash";
  siege.actor1 = "Military Forces of Syria";
  siege.location = "Deir ez-Zor";
  siege.date = "2017-09-05";
  siege.tags = {"siege broken"};
  Event denied = Taken("d", "Islamic State", "", "Palmyra", "2017-09-06");
  denied.modality = Modality::kDenied;
  auto timeline = ControlTimeline(MergeEvents({siege, denied}));
  ASSERT_EQ(timeline.size(), 1u);
  EXPECT_EQ(timeline[0].kind, "siege broken");
  EXPECT_EQ(timeline[0].place, "Deir ez-Zor");
}

TEST(FrontSeries, DistancesThenContactAcrossSpellings) {
  std::vector<Claim> claims = {Distance("c1", "Deir ez-Zor", "2017-09-01", 30, 30, "Russia"),
                               Distance("c2", "Deir el-Zour", "2017-09-03", 18, 20, "Governor"),
                               Distance("c3", "Deir Ezzor", "2017-09-03", 12, 12, "Army"),
                               Distance("c4", "Mayadin", "2017-09-03", 50, 50, "Army")};
  Event siege = Taken("s", "Military Forces of Syria", "Islamic State", "Dayr az Zawr", "2017-09-05");
  siege.tags = {"siege broken"};
  Event early_clash = Taken("e", "Military Forces of Syria", "Islamic State", "Deir ez-Zor", "2017-08-14");
  early_clash.sub_event_type = "Armed clash";
  auto series = FrontSeries(claims, MergeEvents({siege, early_clash}), "Deir ez-Zor");
  ASSERT_EQ(series.size(), 4u);
  EXPECT_EQ(series[0].km_min, 30);
  EXPECT_EQ(series[1].km_max, 20);  // farthest first within a day
  EXPECT_EQ(series[2].km_max, 12);
  EXPECT_EQ(series[3].kind, "contact");
  EXPECT_EQ(series[3].date, "2017-09-05");
  EXPECT_EQ(series[3].km_max, 0);
}

TEST(FrontSeries, DistancesBetweenPlacesAreGeographyNotAFront) {
  Claim geography = Distance("g", "Deir ez-Zor", "2017-08-13", 125, 125, "");
  geography.subject = "Sukhnah";  // "Sukhnah lies 125 km from Deir ez-Zor"
  std::vector<Claim> claims = {geography, Distance("c", "Deir ez-Zor", "2017-09-01", 30, 30, "Russia")};
  Event clash = Taken("e", "Military Forces of Syria", "Islamic State", "Sukhnah", "2017-08-12");
  auto series = FrontSeries(claims, MergeEvents({clash}), "Deir ez-Zor");
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].subject, "Military Forces of Syria");
  EXPECT_EQ(series[0].km_max, 30);
}

TEST(ClaimContradictions, DistancesAndDenials) {
  std::vector<Claim> claims = {Distance("a", "Deir ez-Zor", "2017-09-03", 18, 20, "Governor"),
                               Distance("b", "Deir ez-Zor", "2017-09-03", 12, 12, "Army"),
                               Distance("c", "Deir ez-Zor", "2017-09-03", 19, 19, "Other")};
  Claim accuse;
  accuse.id = "x";
  accuse.kind = "statement";
  accuse.stance = "accuse";
  accuse.target = "Military Forces of Russia";
  accuse.date = "2017-10-07";
  Claim deny = accuse;
  deny.id = "y";
  deny.stance = "deny";
  deny.target = "";
  deny.speaker_org = "Military Forces of Russia";
  deny.claimed_by = "Military Forces of Russia";
  deny.target = "Syrian Democratic Forces";
  claims.push_back(accuse);
  claims.push_back(deny);
  auto found = ClaimContradictions(claims);
  int km = 0, stance = 0;
  for (const auto& c : found) {
    km += c.field == "km";
    stance += c.field == "stance";
  }
  EXPECT_EQ(km, 2);  // 18-20 vs 12 and 19 vs 12; 18-20 and 19 agree
  EXPECT_EQ(stance, 1);
}

}  // namespace
}  // namespace sitrep::merge

namespace sitrep::merge {
namespace {

TEST(FrontSeries, NearbyEventsOfTheSubject) {
  Claim c;
  c.id = "c";
  c.kind = "distance";
  c.subject = "Military Forces of Syria";
  c.reference = "Deir ez-Zor";
  c.date = "2017-09-01";
  c.km_min = c.km_max = 30;
  auto at = [](std::string id, std::string where, double lat, double lon, std::string actor) {
    Event e;
    e.id = std::move(id);
    e.event_type = "Battles";
    e.sub_event_type = "Armed clash";
    e.actor1 = std::move(actor);
    e.location = std::move(where);
    e.place.latitude = lat;
    e.place.longitude = lon;
    e.date = "2017-09-03";
    return e;
  };
  auto events = MergeEvents({at("city", "Deir ez-Zor", 35.336, 40.141, "Islamic State"),
                             at("near", "Shoula", 35.10, 40.05, "Military Forces of Syria"),
                             at("far", "Palmyra", 34.56, 38.27, "Military Forces of Syria"),
                             at("other", "Muhasan", 35.15, 40.20, "Syrian Democratic Forces")});
  auto series = FrontSeries({c}, events, "Deir ez-Zor");
  ASSERT_EQ(series.size(), 2u);  // the claim and the army's fight 27 km away
  EXPECT_EQ(series[1].kind, "nearby");
  EXPECT_EQ(series[1].reference, "Shoula");
  EXPECT_NEAR(series[1].km_min, 27, 2);
}

}  // namespace
}  // namespace sitrep::merge
