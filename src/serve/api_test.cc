// The route table over a real in-memory store: every endpoint, paging,
// filters, bad parameters (400, never a crash), write protection and ingest
// through a test pipeline.
#include "serve/api.h"

#include <gtest/gtest.h>

namespace sitrep::serve {
namespace {

using nlohmann::json;

Analysis MakePage(const std::string& id, const std::string& body, const std::string& published) {
  Analysis a;
  a.document.id = id;
  a.document.path = "/pages/" + id + ".txt";
  a.document.source_id = id;
  a.document.content = "Title\n\n" + body;
  a.document.meta.published = {published, "meta.jsonl"};
  a.document.meta.outlet = {"Test Wire", "meta.jsonl"};
  Segment s;
  s.label = SegmentLabel::kBody;
  s.text = body;
  s.start = 7;
  s.end = 7 + body.size();
  a.document.segments = {s};
  return a;
}

Event MakeEvent(const Analysis& a, const std::string& id, const std::string& sub_type,
                const std::string& place, double lat, double lon, const std::string& date) {
  Event e;
  e.id = id;
  e.source.document_id = a.document.id;
  e.source.outlet = "Test Wire";
  e.event_type = sub_type == "Armed clash" ? "Battles" : "Strategic developments";
  e.sub_event_type = sub_type;
  e.actor1 = "Military Forces of Syria";
  e.actor2 = "Islamic State";
  e.location = place;
  e.place.name = place;
  e.place.latitude = lat;
  e.place.longitude = lon;
  e.place.resolved = true;
  e.place.geonameid = static_cast<int64_t>(lat * 1000);
  e.date = date;
  e.evidence_start = 7;
  e.evidence_end = a.document.content.size();
  e.evidence = a.document.content.substr(7);
  return e;
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = store::Store::Open(":memory:");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    Analysis a = MakePage("aaaa0001", "Troops broke the siege of Deir ez-Zor.", "2017-09-05");
    Event siege = MakeEvent(a, "ev01", "Government regains territory", "Deir ez-Zor", 35.336,
                            40.141, "2017-09-05");
    siege.tags = {"siege broken"};
    a.events = {siege};
    Claim c;
    c.id = "cl01";
    c.source.document_id = a.document.id;
    c.kind = "distance";
    c.subject = "Syrian army";
    c.reference = "Deir ez-Zor";
    c.km_min = c.km_max = 3;
    c.date = "2017-09-04";
    a.claims = {c};
    ASSERT_TRUE(store_->Put(a).ok());
    Analysis b = MakePage("bbbb0002", "<script>alert('x')</script> Clashes in Mayadin.",
                          "2017-09-10");
    b.events = {MakeEvent(b, "ev02", "Armed clash", "Mayadin", 35.021, 40.452, "2017-09-10")};
    ASSERT_TRUE(store_->Put(b).ok());
  }

  Response Get(const std::string& path, std::multimap<std::string, std::string> params = {}) {
    Request r;
    r.path = path;
    r.params = std::move(params);
    return api_.Handle(r, store_.get());
  }
  json GetJson(const std::string& path, std::multimap<std::string, std::string> params = {},
               int want = 200) {
    Response r = Get(path, std::move(params));
    EXPECT_EQ(r.status, want) << path << ": " << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    return json::parse(r.body, nullptr, false);
  }

  std::unique_ptr<store::Store> store_;
  Api api_{ApiOptions{}};
};

TEST_F(ApiTest, Health) {
  json j = GetJson("/api/health");
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["empty"], false);
  EXPECT_EQ(j["ingest"], false);
  json st = GetJson("/api/stats");
  EXPECT_EQ(st["documents"], 2);
  EXPECT_EQ(st["events"], 2);
  EXPECT_EQ(st["claims"], 1);
}

TEST_F(ApiTest, EventsWithFieldNamesOfTheCli) {
  json j = GetJson("/api/events");
  ASSERT_EQ(j["count"], 2);
  EXPECT_TRUE(j["next_cursor"].is_null());
  const json& e = j["events"][0];
  for (const char* field : {"id", "event_type", "sub_event_type", "actor1", "location", "date",
                            "latitude", "longitude", "sources", "confidence", "fatalities_min"}) {
    EXPECT_TRUE(e.contains(field)) << field;
  }
  EXPECT_EQ(e["sources"][0]["document_id"], "aaaa0001");
}

TEST_F(ApiTest, Filters) {
  EXPECT_EQ(GetJson("/api/events", {{"place", "mayadin"}})["count"], 1);
  EXPECT_EQ(GetJson("/api/events", {{"since", "2017-09-06"}})["count"], 1);
  EXPECT_EQ(GetJson("/api/events", {{"until", "2017-09-05"}})["events"][0]["id"], "ev01");
  EXPECT_EQ(GetJson("/api/events", {{"type", "armed clash"}})["count"], 1);
  EXPECT_EQ(GetJson("/api/events", {{"actor", "Islamic"}})["count"], 2);
  EXPECT_EQ(GetJson("/api/events", {{"bbox", "40.3,34.9,40.6,35.1"}})["events"][0]["location"],
            "Mayadin");
  EXPECT_EQ(GetJson("/api/events", {{"bbox", "0,0,1,1"}})["count"], 0);
  EXPECT_EQ(GetJson("/api/events", {{"document", "bbbb0002"}})["count"], 1);
}

TEST_F(ApiTest, Paging) {
  json first = GetJson("/api/events", {{"limit", "1"}, {"reports", "1"}});
  ASSERT_EQ(first["count"], 1);
  ASSERT_TRUE(first["next_cursor"].is_number());
  json second = GetJson("/api/events", {{"limit", "1"}, {"reports", "1"},
                                        {"cursor", std::to_string(first["next_cursor"].get<int64_t>())}});
  ASSERT_EQ(second["count"], 1);
  EXPECT_NE(first["events"][0]["id"], second["events"][0]["id"]);
  json third = GetJson("/api/events", {{"limit", "1"}, {"reports", "1"},
                                       {"cursor", std::to_string(second["next_cursor"].get<int64_t>())}});
  EXPECT_EQ(third["count"], 0);
  EXPECT_TRUE(third["next_cursor"].is_null());
}

TEST_F(ApiTest, GeoJson) {
  json j = GetJson("/api/events", {{"format", "geojson"}});
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 2u);
  const json& f = j["features"][0];
  EXPECT_EQ(f["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][0].get<double>(), 40.141);  // lon first
  EXPECT_EQ(f["properties"]["location"], "Deir ez-Zor");
}

TEST_F(ApiTest, OneEvent) {
  EXPECT_EQ(GetJson("/api/events/ev02")["location"], "Mayadin");
  GetJson("/api/events/ffffffff", {}, 404);
  GetJson("/api/events/..%2Fetc", {}, 400);
  GetJson("/api/events/ev02", {{"x", "1"}}, 400);
}

TEST_F(ApiTest, Claims) {
  json j = GetJson("/api/claims", {{"type", "distance"}});
  ASSERT_EQ(j["count"], 1);
  EXPECT_EQ(j["claims"][0]["reference"], "Deir ez-Zor");
  EXPECT_EQ(GetJson("/api/claims", {{"type", "forecast"}})["count"], 0);
  GetJson("/api/claims", {{"bbox", "0,0,1,1"}}, 400);
}

TEST_F(ApiTest, ControlAndFront) {
  json c = GetJson("/api/control");
  ASSERT_EQ(c["control"].size(), 1u);
  EXPECT_EQ(c["control"][0]["place"], "Deir ez-Zor");
  EXPECT_EQ(c["control"][0]["date"], "2017-09-05");
  EXPECT_EQ(GetJson("/api/control", {{"date", "2017-09-01"}})["control"].size(), 0u);
  EXPECT_EQ(GetJson("/api/control", {{"date", "2017-09-06"}})["control"].size(), 1u);
  json f = GetJson("/api/front", {{"place", "Deir ez-Zor"}});
  ASSERT_GE(f["points"].size(), 1u);
  EXPECT_EQ(f["points"][0]["kind"], "distance");
  EXPECT_EQ(f["points"][0]["km_max"], 3);
  json missing = GetJson("/api/front", {}, 400);
  EXPECT_NE(missing["error"]["message"].get<std::string>().find("place"), std::string::npos);
}

TEST_F(ApiTest, SituationViewsSayWhenTheyAreTruncated) {
  EXPECT_EQ(GetJson("/api/control")["truncated"], false);
  ApiOptions o;
  o.max_situation_rows = 1;
  Api small(o);
  Request r;
  r.path = "/api/control";
  json j = json::parse(small.Handle(r, store_.get()).body);
  EXPECT_EQ(j["truncated"], true);
  r.path = "/api/front";
  r.params = {{"place", "Deir ez-Zor"}};
  EXPECT_EQ(json::parse(small.Handle(r, store_.get()).body)["truncated"], true);
}

TEST_F(ApiTest, StatsAndHeadRequests) {
  json st = GetJson("/api/stats");
  EXPECT_EQ(st["schema_version"], store::Store::kSchemaVersion);
  Request r;
  r.method = "HEAD";
  r.path = "/api/health";
  EXPECT_EQ(api_.Handle(r, store_.get()).status, 200);
  GetJson("/api/stats", {{"verbose", "1"}}, 400);
}

TEST_F(ApiTest, DocumentsAndMarkupStaysText) {
  EXPECT_EQ(GetJson("/api/documents")["count"], 2);
  json d = GetJson("/api/documents/bbbb0002");
  EXPECT_EQ(d["outlet"], "Test Wire");
  ASSERT_EQ(d["segments"].size(), 1u);
  const json& piece = d["segments"][0]["pieces"][0];
  EXPECT_EQ(piece["text"], "<script>alert('x')</script> Clashes in Mayadin.");
  EXPECT_EQ(piece["ids"][0], "ev02");
  GetJson("/api/documents/cccc9999", {}, 404);
}

TEST_F(ApiTest, BadRequestsAreJsonErrors) {
  const std::vector<std::multimap<std::string, std::string>> bad = {
      {{"limit", "abc"}}, {{"limit", "-5"}},       {{"since", "2017-99-01"}},
      {{"bbox", "1,2"}},  {{"format", "xml"}},     {{"nope", "1"}},
      {{"cursor", "99999999999999999999999"}},
  };
  for (const auto& p : bad) {
    json j = GetJson("/api/events", p, 400);
    EXPECT_EQ(j["error"]["code"], 400);
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
  }
  GetJson("/api/nothing", {}, 404);
  Request post;
  post.method = "POST";
  post.path = "/api/events";
  EXPECT_EQ(api_.Handle(post, store_.get()).status, 405);
}

TEST_F(ApiTest, IngestIsOffByDefault) {
  Request r;
  r.method = "POST";
  r.path = "/ingest";
  r.body = "Clashes in Mayadin.";
  EXPECT_EQ(api_.Handle(r, store_.get()).status, 403);
  r.method = "GET";
  EXPECT_EQ(api_.Handle(r, store_.get()).status, 405);
  EXPECT_EQ(GetJson("/api/stats")["documents"], 2);  // nothing written
}

// A pipeline for tests: one body segment, one event per page at Mayadin.
class TestPipeline : public Pipeline {
 public:
  Result<Analysis> Process(const RawPage& page) const override {
    if (page.content.find('\0') != std::string::npos) return InvalidArgumentError("binary page");
    Analysis a = MakePage("p" + std::to_string(page.content.size()), page.content,
                          page.meta.published.value);
    a.document.meta.url = page.meta.url;
    a.events = {MakeEvent(a, "ev" + a.document.id, "Armed clash", "Mayadin", 35.0, 40.4,
                          page.meta.published.value)};
    return a;
  }
  Result<Document> Clean(const RawPage& page) const override { return Process(page)->document; }
  Result<Analysis> Geoparse(const RawPage& page) const override { return Process(page); }
};

TEST_F(ApiTest, IngestWhenAllowed) {
  TestPipeline pipeline;
  ApiOptions o;
  o.allow_ingest = true;
  o.pipeline = &pipeline;
  o.max_body_bytes = 100;
  Api api(o);
  Request r;
  r.method = "POST";
  r.path = "/ingest";
  r.params = {{"published", "2017-09-12"}, {"url", "https://example.org/a"}};
  r.body = "Fighting went on in Mayadin.";
  Response first = api.Handle(r, store_.get());
  EXPECT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(json::parse(first.body)["events"], 1);
  EXPECT_EQ(api.Handle(r, store_.get()).status, 200);  // same page: stored once
  EXPECT_EQ(GetJson("/api/events", {{"since", "2017-09-12"}})["count"], 1);
  r.params = {{"published", "12 Sept"}};
  EXPECT_EQ(api.Handle(r, store_.get()).status, 400);
  r.params = {};
  r.body = std::string(101, 'x');
  EXPECT_EQ(api.Handle(r, store_.get()).status, 413);
  r.body = "";
  EXPECT_EQ(api.Handle(r, store_.get()).status, 400);
}

}  // namespace
}  // namespace sitrep::serve
