#include "base/json_records.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(JsonRecordsTest, EventRoundTripKeepsContractFields) {
  Event e;
  e.id = "abc";
  e.source.file = "p.txt";
  e.source.source_id = "line-7";
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.actor1 = "Military Forces of Syria";
  e.location = "Mayadin";
  e.place.geonameid = 173480;
  e.place.latitude = 35.01982;
  e.place.longitude = 40.45154;
  e.place.admin1 = "Deir ez-Zor";
  e.date = "2017-10-06";
  e.fatalities = 3;
  e.modality = Modality::kClaimed;
  e.evidence = "units closed on the city of Mayadin";
  e.tags = {"siege broken"};
  nlohmann::json j = ToJson(e);
  for (const char* key : {"file", "event_type", "sub_event_type", "actor1", "actor2", "location",
                          "geonameid", "latitude", "longitude", "admin1", "country", "date",
                          "time_precision", "fatalities", "claimed_by", "modality", "evidence",
                          "source_id"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_TRUE(j["actor2"].is_null());
  EXPECT_EQ(j["modality"], "claimed");
  Event back;
  ASSERT_TRUE(FromJson(j, &back).ok());
  EXPECT_EQ(back.place.geonameid, 173480);
  EXPECT_EQ(back.fatalities, 3);
  EXPECT_EQ(back.modality, Modality::kClaimed);
  EXPECT_EQ(back.tags, e.tags);
  EXPECT_EQ(back.source.source_id, "line-7");
}

TEST(JsonRecordsTest, ClaimSingleFigureWritesKm) {
  Claim c;
  c.kind = "distance";
  c.km_min = c.km_max = 12;
  nlohmann::json j = ToJson(c);
  EXPECT_EQ(j["km"], 12);
  c.km_min = 18;
  c.km_max = 20;
  EXPECT_TRUE(ToJson(c)["km"].is_null());
}

TEST(JsonRecordsTest, BadModalityIsAnError) {
  nlohmann::json j = {{"modality", "rumoured"}};
  Event e;
  EXPECT_EQ(FromJson(j, &e).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace sitrep
