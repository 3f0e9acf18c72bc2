#include "serve/params.h"

#include <gtest/gtest.h>

namespace sitrep::serve {
namespace {

using Map = std::multimap<std::string, std::string>;

TEST(ParamsTest, IsoDates) {
  EXPECT_TRUE(IsIsoDate("2017-09-05"));
  EXPECT_TRUE(IsIsoDate("2016-02-29"));
  EXPECT_FALSE(IsIsoDate("2017-02-29"));
  EXPECT_FALSE(IsIsoDate("2017-13-01"));
  EXPECT_FALSE(IsIsoDate("2017-9-5"));
  EXPECT_FALSE(IsIsoDate("2017-09-05T00"));
  EXPECT_FALSE(IsIsoDate("yyyy-mm-dd"));
}

TEST(ParamsTest, FilterDefaultsAndValues) {
  Map m = {{"place", "Mayadin"}, {"since", "2017-09-01"}, {"until", "2017-09-30"},
           {"bbox", "39.5, 34.5,41,36"}, {"cursor", "17"}};
  Params p(m);
  store::Filter f;
  ASSERT_TRUE(p.Filter(&f).ok());
  EXPECT_TRUE(p.Finish().ok());
  EXPECT_EQ(f.place, "Mayadin");
  EXPECT_EQ(f.since, "2017-09-01");
  EXPECT_EQ(f.limit, kDefaultLimit);
  EXPECT_EQ(f.after, 17);
  ASSERT_TRUE(f.min_lon && f.max_lat);
  EXPECT_DOUBLE_EQ(*f.min_lon, 39.5);
  EXPECT_DOUBLE_EQ(*f.min_lat, 34.5);
  EXPECT_DOUBLE_EQ(*f.max_lon, 41);
  EXPECT_DOUBLE_EQ(*f.max_lat, 36);
}

Status FilterError(const Map& m) {
  Params p(m);
  store::Filter f;
  Status s = p.Filter(&f);
  if (s.ok()) s = p.Finish();
  return s;
}

TEST(ParamsTest, BadFiltersAreInvalidArgument) {
  const std::vector<Map> bad = {
      {{"limit", "0"}},           {{"limit", "10001"}},        {{"limit", "12abc"}},
      {{"limit", ""}},            {{"cursor", "-1"}},          {{"since", "2017-02-30"}},
      {{"until", "tomorrow"}},    {{"bbox", "1,2,3"}},         {{"bbox", "a,b,c,d"}},
      {{"bbox", "0,0,200,10"}},   {{"bbox", "5,5,1,1"}},       {{"bbox", "nan,0,1,1"}},
      {{"since", "2017-09-10"}, {"until", "2017-09-01"}},
      {{"colour", "red"}},        {{"place", "a"}, {"place", "b"}},
      {{"place", std::string(kMaxParamBytes + 1, 'x')}},
      {{"actor", "\xff\xfe"}},
  };
  for (const Map& m : bad) {
    Status s = FilterError(m);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << m.begin()->first << "=" << m.begin()->second;
    EXPECT_FALSE(s.message().empty());
  }
}

TEST(ParamsTest, ErrorMessagesNameTheParameter) {
  Status s = FilterError({{"bbox", "1,2,3"}});
  EXPECT_NE(s.message().find("bbox"), std::string::npos) << s.message();
  s = FilterError({{"colour", "red"}});
  EXPECT_NE(s.message().find("colour"), std::string::npos) << s.message();
}

TEST(ParamsTest, FlagsAndChoices) {
  Map m = {{"reports", "1"}, {"format", "geojson"}, {"x", "maybe"}};
  Params p(m);
  EXPECT_TRUE(*p.Flag("reports"));
  EXPECT_FALSE(*p.Flag("absent"));
  EXPECT_EQ(*p.OneOf("format", {"json", "geojson"}, "json"), "geojson");
  EXPECT_EQ(*p.OneOf("other", {"json", "geojson"}, "json"), "json");
  EXPECT_FALSE(p.Flag("x").ok());
  Map bad = {{"format", "xml"}};
  Params q(bad);
  EXPECT_FALSE(q.OneOf("format", {"json", "geojson"}, "json").ok());
}

}  // namespace
}  // namespace sitrep::serve
