#include "base/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>

namespace sitrep {
namespace {

// Reference: a slow decoder written from the definitions, not from the
// scanner's byte ranges. A sequence is valid when decoding it by its lead
// byte's bit pattern and encoding the code point again gives the same bytes
// (which rules out overlongs) and the code point is a scalar value. A
// maximal invalid subpart is the longest prefix of some valid encoding.
class ReferenceUtf8 {
 public:
  ReferenceUtf8() {
    for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      std::string e = Encode(cp);
      for (size_t k = 1; k < e.size(); ++k) prefixes_.insert(e.substr(0, k));
    }
  }

  std::string Repair(const std::string& s, size_t* replacements) const {
    std::string out;
    *replacements = 0;
    size_t i = 0;
    while (i < s.size()) {
      unsigned char c = s[i];
      size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
      if (n && i + n <= s.size() && ValidSequence(s.substr(i, n))) {
        out += s.substr(i, n);
        i += n;
        continue;
      }
      size_t k = 1;
      for (size_t len = 3; len >= 1; --len) {
        if (i + len <= s.size() && prefixes_.count(s.substr(i, len))) {
          k = len;
          break;
        }
      }
      out += "\xEF\xBF\xBD";
      ++*replacements;
      i += k;
    }
    return out;
  }

 private:
  static std::string Encode(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
  }

  static bool ValidSequence(const std::string& b) {
    unsigned char c = b[0];
    char32_t cp;
    if (b.size() == 1) return c < 0x80;
    cp = c & (0x7F >> b.size());
    for (size_t i = 1; i < b.size(); ++i) {
      if ((static_cast<unsigned char>(b[i]) & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b[i] & 0x3F);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    return Encode(cp) == b;
  }

  std::set<std::string> prefixes_;
};

const ReferenceUtf8& Reference() {
  static const ReferenceUtf8* ref = new ReferenceUtf8();
  return *ref;
}

TEST(Utf8Test, ValidInputIsUnchanged) {
  std::string s = "Deir ez-Zor \xE2\x80\x93 Erdo\xC4\x9F" "an \xF0\x9F\x98\x80 ok";
  EXPECT_TRUE(IsValidUtf8(s));
  std::string out;
  Utf8Repair r = RepairUtf8(s, &out);
  EXPECT_EQ(r.replacements, 0u);
  EXPECT_EQ(out, s);
}

TEST(Utf8Test, MaximalSubparts) {
  std::string out;
  // Truncated three-byte sequence followed by ASCII: one replacement.
  EXPECT_EQ(RepairUtf8("a\xE2\x80" "b", &out).replacements, 1u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b");
  // Overlong C0 80: two replacements (C0 never starts a sequence).
  EXPECT_EQ(RepairUtf8("\xC0\x80", &out).replacements, 2u);
  // Surrogate ED A0 80: three replacements.
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80", &out).replacements, 3u);
  // Above U+10FFFF.
  EXPECT_EQ(RepairUtf8("\xF4\x90\x80\x80", &out).replacements, 4u);
  // Latin-1 text read as UTF-8.
  Utf8Repair r = RepairUtf8("caf\xE9 cr\xE8me", &out);
  EXPECT_EQ(r.replacements, 2u);
  EXPECT_EQ(r.invalid_bytes, 2u);
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  std::string s;
  for (char32_t cp : {U'a', U'\u00E9', U'\u2013', U'\U0001F600'}) AppendUtf8(cp, &s);
  size_t pos = 0;
  std::u32string back;
  while (pos < s.size()) {
    char32_t cp;
    pos += DecodeUtf8(s, pos, &cp);
    back += cp;
  }
  EXPECT_EQ(back, U"a\u00E9\u2013\U0001F600");
  char32_t cp;
  EXPECT_EQ(DecodeUtf8("\xE2\x80", 0, &cp), 2u);
  EXPECT_EQ(cp, kReplacementChar);
}

TEST(Utf8Test, NfcComposes) {
  EXPECT_EQ(NormalizeNfc("e\xCC\x81"), "\xC3\xA9");
  EXPECT_EQ(NormalizeNfc("plain"), "plain");
}

// The fast scanner against the reference on seeded random input: pure noise,
// valid text with noise mixed in, and valid text cut at random points.
TEST(Utf8Test, MatchesReferenceOnRandomBytes) {
  std::mt19937 rng(20170904);
  const ReferenceUtf8& ref = Reference();
  const std::string pieces[] = {"a", "Syria ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80",
                                "\xE2\x80\x93", "\xD8\xAF", "12 km"};
  for (int iter = 0; iter < 4000; ++iter) {
    std::string s;
    int len = rng() % 40;
    int mode = iter % 3;
    for (int i = 0; i < len; ++i) {
      if (mode == 0 || rng() % 6 == 0) {
        s += static_cast<char>(rng() & 0xFF);
      } else {
        s += pieces[rng() % std::size(pieces)];
      }
    }
    if (mode == 2 && !s.empty()) s.resize(rng() % s.size());
    size_t want_n;
    std::string want = ref.Repair(s, &want_n);
    std::string got;
    Utf8Repair r = RepairUtf8(s, &got);
    ASSERT_EQ(got, want) << "iteration " << iter;
    ASSERT_EQ(r.replacements, want_n);
    ASSERT_EQ(IsValidUtf8(s), want_n == 0);
    ASSERT_TRUE(IsValidUtf8(got));
  }
}

}  // namespace
}  // namespace sitrep
