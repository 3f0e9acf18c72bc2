// DumpJson against json::dump() (the reference) on hand-picked and seeded
// random values: strings with every escape, multi-byte and malformed UTF-8,
// integers and doubles of every magnitude, nesting.
#include "store/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

namespace sitrep::store {
namespace {

using nlohmann::json;

TEST(JsonWriterTest, MatchesDumpOnChosenValues) {
  std::vector<json> values = {
      json(), true, false, 0, -1, 42u, std::numeric_limits<int64_t>::min(),
      std::numeric_limits<uint64_t>::max(), 0.0, -0.0, 1.0, 3.5, 35.32592010498047, 1e-7, 1e21, 1e16,
      123456789012345.0, -2.5e-300, std::nan(""), std::numeric_limits<double>::infinity(),
      "", "plain", "quote \" back \\ slash / ", "\b\f\n\r\t\x01\x1f\x7f", "Dayr az Zawr \xD8\xAF\xDB\x8C\xD8\xB1",
      "\xE2\x80\x9C" "curly" "\xE2\x80\x9D \xF0\x9F\x98\x80", json::array(), json::object(),
      json{{"b", 1}, {"a", json::array({1, "x", nullptr, 2.25})}, {"c", json{{"z", false}}}},
  };
  for (const json& v : values) EXPECT_EQ(DumpJson(v), v.dump()) << v.dump();
}

TEST(JsonWriterTest, RefusesMalformedUtf8LikeDump) {
  for (const char* bad : {"\x80", "a\xC0\xAF", "\xC3", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                          "\xF5\x80\x80\x80", "x\xE2\x82"}) {
    json v = {{"k", std::string(bad)}};
    std::string out = "keep";
    EXPECT_FALSE(AppendJson(v, &out)) << bad;
    EXPECT_EQ(out, "keep");
    EXPECT_THROW(v.dump(), json::type_error);
    EXPECT_THROW(DumpJson(v), json::type_error);  // the same error dump() gives
  }
}

std::string RandomString(std::mt19937_64& rng) {
  static const std::vector<std::string> kPieces = {
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xD8\xB9",
      "\xE2\x80\x99", "\xEF\xBF\xBD", "\xF0\x9F\x92\xA5", "\xE4\xB8\xAD", "0", "}", "\xC2\xA0"};
  std::string s;
  int n = static_cast<int>(rng() % 12);
  for (int i = 0; i < n; ++i) s += kPieces[rng() % kPieces.size()];
  return s;
}

double RandomDouble(std::mt19937_64& rng) {
  switch (rng() % 4) {
    case 0: return static_cast<double>(static_cast<int64_t>(rng() % 2000000) - 1000000) / 1000.0;
    case 1: return std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 200) - 140);
    case 2: return -std::ldexp(1.0 + static_cast<double>(rng() % 1000), static_cast<int>(rng() % 80) - 40);
    default: {
      uint64_t bits = rng();
      double d;
      std::memcpy(&d, &bits, sizeof d);
      return d;  // any bit pattern, NaN and infinities included
    }
  }
}

json RandomValue(std::mt19937_64& rng, int depth) {
  switch (rng() % (depth > 3 ? 6 : 8)) {
    case 0: return nullptr;
    case 1: return rng() % 2 == 0;
    case 2: return static_cast<int64_t>(rng());
    case 3: return rng();
    case 4: return RandomDouble(rng);
    case 5: return RandomString(rng);
    case 6: {
      json a = json::array();
      for (int i = static_cast<int>(rng() % 5); i > 0; --i) a.push_back(RandomValue(rng, depth + 1));
      return a;
    }
    default: {
      json o = json::object();
      for (int i = static_cast<int>(rng() % 6); i > 0; --i) o[RandomString(rng)] = RandomValue(rng, depth + 1);
      return o;
    }
  }
}

TEST(JsonWriterTest, MatchesDumpOnRandomValues) {
  std::mt19937_64 rng(20261123);
  for (int i = 0; i < 20000; ++i) {
    json v = RandomValue(rng, 0);
    ASSERT_EQ(DumpJson(v), v.dump()) << "value " << i;
  }
}

}  // namespace
}  // namespace sitrep::store
