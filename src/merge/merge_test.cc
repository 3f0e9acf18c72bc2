#include "merge/merge.h"

#include <gtest/gtest.h>

namespace sitrep::merge {
namespace {

Event Report(std::string id, std::string outlet, std::string location, std::string date) {
  Event e;
  e.id = std::move(id);
  e.source.outlet = std::move(outlet);
  e.source.file = e.source.outlet + ".txt";
  e.source.published = date;
  e.event_type = "Battles";
  e.sub_event_type = "Government regains territory";
  e.actor1 = "Military Forces of Syria";
  e.actor2 = "Islamic State";
  e.location = std::move(location);
  e.place.name = e.location;
  e.date = std::move(date);
  e.evidence = "evidence of " + e.id;
  return e;
}

TEST(MergeEvents, TwoOutletsOneEvent) {
  Event a = Report("a1", "EA WorldView", "al-Kharata oil field", "2017-09-03");
  a.claimed_by = "Military Forces of Syria";
  a.modality = Modality::kClaimed;
  Event b = Report("b1", "Other Daily", "Kharrata oil field", "2017-09-03");
  b.source.published = "2017-09-04";
  auto merged = MergeEvents({b, a});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].reports.size(), 2u);
  EXPECT_EQ(merged[0].event.id, "a1");  // earliest published
  EXPECT_EQ(merged[0].confidence, "corroborated");
  EXPECT_EQ(merged[0].outlets.size(), 2u);
  EXPECT_TRUE(merged[0].event.claimed_by.empty());
}

TEST(MergeEvents, SingleClaimStaysAClaim) {
  Event a = Report("a1", "EA WorldView", "Uqayribat", "2017-09-03");
  a.claimed_by = "SANA";
  a.modality = Modality::kClaimed;
  Event b = Report("b1", "Other Daily", "Uqayribat", "2017-09-03");
  b.claimed_by = "SANA";
  b.modality = Modality::kClaimed;
  auto merged = MergeEvents({a, b});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].confidence, "single claim");
  EXPECT_EQ(merged[0].event.claimed_by, "SANA");
  auto one = MergeEvents({Report("c", "X", "Uqayribat", "2017-09-03")});
  EXPECT_EQ(one[0].confidence, "reported");
}

TEST(MergeEvents, KeepsDistinctEventsApart) {
  Event base = Report("a", "X", "Mayadin", "2017-10-06");
  Event other_place = Report("b", "Y", "Deir ez-Zor", "2017-10-06");
  Event other_day = Report("c", "Y", "Mayadin", "2017-10-12");
  Event other_type = Report("d", "Y", "Mayadin", "2017-10-06");
  other_type.sub_event_type = "Armed clash";
  Event other_actor = Report("e", "Y", "Mayadin", "2017-10-06");
  other_actor.actor1 = "Syrian Democratic Forces";
  auto merged = MergeEvents({base, other_place, other_day, other_type, other_actor});
  EXPECT_EQ(merged.size(), 5u);
}

TEST(MergeEvents, DatesWithinPrecisionAndNearbyCoordinates) {
  Event a = Report("a", "X", "Mayadin", "2017-10-06");
  a.place.latitude = 35.0198;
  a.place.longitude = 40.4515;
  a.place.geonameid = 173480;
  a.place.resolved = true;
  Event b = Report("b", "Y", "Al Mayadin", "2017-10-04");
  b.time_precision = 2;  // that week
  b.place.latitude = 35.03;
  b.place.longitude = 40.46;
  b.geo_precision = 2;
  auto merged = MergeEvents({a, b});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].event.date, "2017-10-06");        // the day-precise report's date
  EXPECT_EQ(merged[0].event.place.geonameid, 173480);   // the resolved place
  EXPECT_EQ(merged[0].event.time_precision, 1);
}

TEST(MergeEvents, FatalityRangeAndContradictions) {
  Event a = Report("a", "X", "Mayadin", "2017-10-06");
  a.fatalities = 12;
  Event b = Report("b", "Y", "Mayadin", "2017-10-06");
  b.fatalities = 30;
  Event c = Report("c", "Z", "Mayadin", "2017-10-06");
  c.modality = Modality::kDenied;
  c.claimed_by = "Islamic State";
  auto merged = MergeEvents({a, b, c});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].fatalities_min, 12);
  EXPECT_EQ(merged[0].fatalities_max, 30);
  EXPECT_EQ(merged[0].event.fatalities, 12);
  bool fatal = false, denial = false;
  for (const auto& k : merged[0].contradictions) {
    fatal |= k.field == "fatalities" && k.a == "12" && k.b == "30";
    denial |= k.field == "modality" && k.b == "denied" && k.source_b == "Islamic State";
  }
  EXPECT_TRUE(fatal);
  EXPECT_TRUE(denial);
}

TEST(MergeEvents, UndatedReportsStandAlone) {
  Event a = Report("a", "X", "Mayadin", "");
  Event b = Report("b", "Y", "Mayadin", "");
  EXPECT_EQ(MergeEvents({a, b}).size(), 2u);
  EXPECT_TRUE(MergeEvents({}).empty());
}

TEST(MergeEvents, IdStableWhenReportsArriveLater) {
  Event a = Report("m", "X", "Mayadin", "2017-10-06");
  Event b = Report("a", "Y", "Mayadin", "2017-10-06");
  b.source.published = "2017-10-08";
  EXPECT_EQ(MergeEvents({a})[0].event.id, "m");
  EXPECT_EQ(MergeEvents({a, b})[0].event.id, "m");
}

TEST(SameEvent, ActorAliasesByWord) {
  Event a = Report("a", "X", "Mayadin", "2017-10-06");
  Event b = a;
  b.actor1 = "Syrian army";
  EXPECT_TRUE(SameEvent(a, b));
  b.actor1 = "Hezbollah";
  EXPECT_FALSE(SameEvent(a, b));
}

}  // namespace
}  // namespace sitrep::merge

namespace sitrep::merge {
namespace {

TEST(SameEvent, LooseActorNameWithSameOpponentPlaceAndDay) {
  Event a;
  a.event_type = "Battles";
  a.sub_event_type = "Armed clash";
  a.actor1 = "Military Forces of Syria";
  a.actor2 = "Islamic State";
  a.location = "Mayadin";
  a.date = "2017-10-06";
  Event b = a;
  b.actor1 = "the regime";
  EXPECT_TRUE(SameEvent(a, b));
  b.date = "2017-10-07";  // a day off is not enough with a loose name
  EXPECT_FALSE(SameEvent(a, b));
  b = a;
  b.actor1 = "SDF";  // acronym of another proper name
  EXPECT_FALSE(SameEvent(a, b));
  b.actor1 = "Syrian Democratic Forces (SDF)";
  a.actor1 = "SDF";
  EXPECT_TRUE(SameEvent(a, b));
}

}  // namespace
}  // namespace sitrep::merge
