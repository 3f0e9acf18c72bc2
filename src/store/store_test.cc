#include "store/store.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "store/schema.h"
#include "store/sqlite.h"

namespace sitrep::store {
namespace {

Analysis MakePage(const std::string& id, const std::string& body) {
  Analysis a;
  a.document.id = id;
  a.document.path = "/tmp/" + id + ".txt";
  a.document.source_id = id;
  a.document.content = "Title\n\n" + body;
  a.document.meta.published = {"2017-09-05", "meta.jsonl"};
  Segment title;
  title.label = SegmentLabel::kTitle;
  title.text = "Title";
  title.end = 5;
  Segment s;
  s.label = SegmentLabel::kBody;
  s.text = body;
  s.start = 7;
  s.end = 7 + body.size();
  s.offset_map = {{0, 7}};
  a.document.segments = {title, s};
  return a;
}

Event MakeEvent(const std::string& id, const std::string& date, double lat, double lon) {
  Event e;
  e.id = id;
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.actor1 = "Military Forces of Syria";
  e.actor2 = "Islamic State";
  e.location = "Deir ez-Zor";
  e.place.latitude = lat;
  e.place.longitude = lon;
  e.place.admin1 = "Deir ez-Zor";
  e.date = date;
  e.evidence = "The army clashed with ISIS.";
  return e;
}

TEST(StoreTest, PutIsIdempotentAndRoundTrips) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Analysis a = MakePage("aaaa1111", "The army clashed with ISIS near the city.");
  a.events.push_back(MakeEvent("e1", "2017-09-05", 35.33, 40.14));
  Claim c;
  c.id = "c1";
  c.kind = "distance";
  c.reference = "Deir ez-Zor";
  c.km_min = c.km_max = 3;
  a.claims.push_back(c);
  ASSERT_TRUE(*(*store)->Put(a));
  EXPECT_FALSE(*(*store)->Put(a));  // same id: nothing changes
  auto stats = (*store)->GetStats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->events, 1);
  EXPECT_EQ(stats->claims, 1);
  EXPECT_EQ(stats->schema_version, Store::kSchemaVersion);

  auto doc = (*store)->GetDocument("aaaa");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->document.segments.size(), 2u);
  EXPECT_EQ(doc->document.segments[1].OriginalOffset(4), 11u);
  EXPECT_EQ(doc->document.meta.published.source, "meta.jsonl");
  ASSERT_EQ(doc->events.size(), 1u);
  EXPECT_EQ(doc->events[0].actor2, "Islamic State");
  EXPECT_EQ(doc->claims[0].km_max, 3);
}

TEST(StoreTest, FiltersBoundingBoxAndPaging) {
  auto store = *Store::Open(":memory:");
  Analysis a = MakePage("bbbb2222", "Fighting.");
  a.events.push_back(MakeEvent("e1", "2017-08-12", 34.88, 38.87));   // al-Sukhna
  a.events.push_back(MakeEvent("e2", "2017-09-05", 35.33, 40.14));   // Deir ez-Zor
  a.events.push_back(MakeEvent("e3", "2017-10-14", 35.02, 40.45));   // Mayadin
  a.events[2].sub_event_type = "Government regains territory";
  ASSERT_TRUE(store->Put(a).ok());

  Filter f;
  f.since = "2017-09-01";
  EXPECT_EQ(store->ListEvents(f)->size(), 2u);
  f = Filter();
  f.min_lon = 40.0;
  f.max_lon = 41.0;
  f.min_lat = 35.2;
  f.max_lat = 35.5;
  auto in_box = *store->ListEvents(f);
  ASSERT_EQ(in_box.size(), 1u);
  EXPECT_EQ(in_box[0].value.id, "e2");
  f = Filter();
  f.type = "government regains territory";
  EXPECT_EQ(store->ListEvents(f)->size(), 1u);
  f = Filter();
  f.limit = 2;
  auto page1 = *store->ListEvents(f);
  ASSERT_EQ(page1.size(), 2u);
  f.after = page1.back().rowid;
  auto page2 = *store->ListEvents(f);
  ASSERT_EQ(page2.size(), 1u);
  EXPECT_EQ(page2[0].value.id, "e3");
  EXPECT_EQ(store->GetEvent("e").status().code(), StatusCode::kInvalidArgument);
}

std::vector<std::string> EventIds(Store& store, const Filter& f) {
  std::vector<std::string> ids;
  auto rows = store.ListEvents(f);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  if (rows.ok()) {
    for (const auto& row : *rows) ids.push_back(row.value.id);
  }
  return ids;
}

TEST(StoreTest, BoundingBoxWithDatesUsesPlaceAndTime) {
  auto store = *Store::Open(":memory:");
  Analysis a = MakePage("dddd4444", "Fighting.");
  a.events.push_back(MakeEvent("in-aug", "2017-08-30", 35.30, 40.10));
  a.events.push_back(MakeEvent("in-sep", "2017-09-05", 35.33, 40.14));
  a.events.push_back(MakeEvent("month", "2017-09", 35.31, 40.12));  // month precision
  a.events.push_back(MakeEvent("undated", "", 35.32, 40.13));
  a.events.push_back(MakeEvent("outside", "2017-09-05", 34.88, 38.87));
  ASSERT_TRUE(store->Put(a).ok());
  Filter f;
  f.min_lon = 40.0;
  f.max_lon = 41.0;
  f.min_lat = 35.2;
  f.max_lat = 35.5;
  EXPECT_EQ(store->ListEvents(f)->size(), 4u);
  f.since = "2017-09-01";
  f.until = "2017-09-30";
  // The same answer as the date test alone: "2017-09" sorts before
  // "2017-09-01", and an undated event has no date to compare.
  EXPECT_EQ(EventIds(*store, f), std::vector<std::string>({"in-sep"}));
  f.since = "2017-08";
  f.until = "2017-08";
  EXPECT_EQ(EventIds(*store, f), std::vector<std::string>());  // "2017-08-30" > "2017-08" as text
  f.until = "2017-08-31";
  EXPECT_EQ(store->ListEvents(f)->size(), 1u);
}

TEST(StoreTest, DayNumbers) {
  EXPECT_EQ(DayNumber("1970-01-01", false), 0);
  EXPECT_EQ(DayNumber("2017-09-05", false), 17414);
  EXPECT_EQ(DayNumber("2017-09-05T10:00:00Z", true), 17414);
  EXPECT_EQ(DayNumber("2017-09", false), DayNumber("2017-09-01", false));
  EXPECT_EQ(DayNumber("2017-09", true), DayNumber("2017-09-30", false));
  EXPECT_EQ(DayNumber("2016-02", true), DayNumber("2016-02-29", false));
  EXPECT_EQ(DayNumber("2017", true), DayNumber("2017-12-31", false));
  EXPECT_EQ(DayNumber("", false), std::nullopt);
  EXPECT_EQ(DayNumber("2017-13-01", false), std::nullopt);
  EXPECT_EQ(DayNumber("last week", false), std::nullopt);
}

TEST(StoreTest, ExactIdWinsOverLongerIds) {
  auto store = *Store::Open(":memory:");
  Analysis a = MakePage("eeee5555", "Fighting.");
  a.events.push_back(MakeEvent("event5", "2017-09-05", 35.33, 40.14));
  a.events.push_back(MakeEvent("event50", "2017-09-06", 35.33, 40.14));
  ASSERT_TRUE(store->Put(a).ok());
  EXPECT_EQ(store->GetEvent("event5")->date, "2017-09-05");
  EXPECT_EQ(store->GetEvent("event50")->date, "2017-09-06");
  EXPECT_EQ(store->GetEvent("even").status().code(), StatusCode::kInvalidArgument);
}

TEST(StoreTest, MigratesVersionOneSpatialIndex) {
  const std::string path = ::testing::TempDir() + "/sitrep_store_v1.db";
  std::remove(path.c_str());
  {
    auto db = *Db::Open(path);
    ASSERT_TRUE(db->Exec(Migrations()[0]).ok());
    ASSERT_TRUE(db->Exec("PRAGMA user_version = 1").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO documents(id, path, source_id, format, content, bytes)"
                         " VALUES ('ffff6666', '/x.txt', 'ffff6666', 'text', 'x', 1)").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO events(id, document_rowid, event_type, sub_event_type, date,"
                         " latitude, longitude, record) VALUES ('old', 1, 'Battles',"
                         " 'Armed clash', '2017-09-05', 35.33, 40.14, '{\"id\":\"old\"}')").ok());
    ASSERT_TRUE(db->Exec("INSERT INTO events_rtree VALUES (1, 40.14, 40.14, 35.33, 35.33)").ok());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Filter f;
  f.min_lon = 40.0;
  f.max_lon = 41.0;
  f.min_lat = 35.2;
  f.max_lat = 35.5;
  f.since = "2017-09-05";
  f.until = "2017-09-05";
  auto rows = (*store)->ListEvents(f);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].value.id, "old");
  f.since = "2017-09-06";
  f.until = "";
  EXPECT_EQ((*store)->ListEvents(f)->size(), 0u);
  std::remove(path.c_str());
}

TEST(StoreTest, CopiesOfAPageAreExtraReportsOfItsEvents) {
  auto store = *Store::Open(":memory:");
  Analysis original = MakePage("abab0001", "The army took the oil field on Sunday.");
  original.document.meta.outlet = {"Levant Ledger", "meta.jsonl"};
  Event e = MakeEvent("ev1", "2017-09-03", 35.2, 40.0);
  e.source.document_id = "abab0001";
  e.source.outlet = "Levant Ledger";
  original.events.push_back(e);
  Analysis copy = MakePage("cdcd0002", "The army took the oil field on Sunday. (Syndicated)");
  copy.document.meta.outlet = {"Orontes Observer", "meta.jsonl"};
  copy.document.meta.published = {"2017-09-04", "meta.jsonl"};
  copy.duplicate_of = "abab0001";
  copy.events.push_back(e);  // a copy's events are not stored
  ASSERT_TRUE(store->Put(original).ok());
  ASSERT_TRUE(store->Put(copy).ok());
  EXPECT_EQ(store->GetStats()->events, 1);
  std::vector<Event> events;
  auto rows = store->ListEvents(Filter());
  ASSERT_TRUE(rows.ok());
  for (auto& row : *rows) events.push_back(row.value);
  ASSERT_EQ(events.size(), 1u);
  auto copies = store->CopyReports(events);
  ASSERT_TRUE(copies.ok()) << copies.status().ToString();
  ASSERT_EQ(copies->size(), 1u);
  EXPECT_EQ((*copies)[0].id, "ev1@cdcd0002");
  EXPECT_EQ((*copies)[0].source.document_id, "cdcd0002");
  EXPECT_EQ((*copies)[0].source.outlet, "Orontes Observer");
  EXPECT_EQ((*copies)[0].source.published, "2017-09-04");
  EXPECT_EQ((*copies)[0].source.file, "cdcd0002.txt");
  EXPECT_EQ((*copies)[0].sub_event_type, e.sub_event_type);
}

TEST(StoreTest, SearchAndNearDuplicates) {
  auto store = *Store::Open(":memory:");
  Analysis a = MakePage("cccc3333", "Troops broke the siege of the airport.");
  a.simhash = 0xF0F0F0F0F0F0F0F0ULL;
  ASSERT_TRUE(store->Put(a).ok());
  auto hits = store->Search("siege");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE((*hits)[0].snippet.find("[siege]"), std::string::npos);
  EXPECT_FALSE(store->Search("\"unbalanced").ok());
  EXPECT_EQ(*store->FindNearDuplicate(0xF0F0F0F0F0F0F0F3ULL, 3), "cccc3333");
  EXPECT_EQ(*store->FindNearDuplicate(0x0F0F0F0F0F0F0F0FULL, 3), "");
}

// Inside Begin/Commit the pages' full-text rows wait for the commit: a
// committed batch is searchable, a rolled-back one leaves no row. Offset
// maps round-trip.
TEST(StoreTest, BatchedFullTextRowsFollowTheTransaction) {
  auto store = *Store::Open(":memory:");
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Put(MakePage("dddd0001", "Shelling hit the granary.")).ok());
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_TRUE(store->Search("granary")->empty());
  EXPECT_FALSE(store->GetDocument("dddd0001").ok());
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Put(MakePage("dddd0002", "Shelling hit the granary.")).ok());
  Analysis copy = MakePage("dddd0003", "Shelling hit the granary.");
  copy.duplicate_of = "dddd0002";  // a copy: stored, but no full-text row
  ASSERT_TRUE(store->Put(copy).ok());
  Analysis other = MakePage("dddd0004", "The granary burned again.");
  other.document.segments[1].offset_map = {{0, 7}, {3, 12}, {40000, 123456}};
  ASSERT_TRUE(store->Put(other).ok());
  ASSERT_TRUE(store->Commit().ok());
  auto hits = store->Search("granary");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_NE((*hits)[0].document_id, "dddd0003");
  EXPECT_NE((*hits)[1].document_id, "dddd0003");
  auto doc = store->GetDocument("dddd0004");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->document.segments.size(), 2u);
  EXPECT_EQ(doc->document.segments[1].offset_map,
            (std::vector<std::pair<uint32_t, uint32_t>>{{0, 7}, {3, 12}, {40000, 123456}}));
}

TEST(StoreTest, RefusesNewerSchema) {
  const std::string path = ::testing::TempDir() + "/sitrep_store_newer.db";
  std::remove(path.c_str());
  { ASSERT_TRUE(Store::Open(path).ok()); }
  {
    auto db = Db::Open(path);
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 99").ok());
  }
  EXPECT_EQ(Store::Open(path).status().code(), StatusCode::kInvalidArgument);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace sitrep::store
